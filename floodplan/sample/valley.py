"""The bundled sample valley: a fictional lowland border valley, generated deterministically.

The valley of the *Erle / Olsza* (a made-up river) lies around x 496000–502000, y 5666000–5670000 in
EPSG:25833, near 15.0 E 51.15 N. The river flows west to east through a floodplain 1.2–1.7 km wide and
forms the border between Germany (north bank, layers in EPSG:25833) and Poland (south bank, layers in
EPSG:2180 / PL-1992), except where the border still follows an old meander (an oxbow) and so leaves a
Polish pocket, the village of Zakole, on the German bank.

Everything here is made up, but designed so that the product's questions have clear answers:

* cooperation gain: Zakole (PL) has no Polish road link: only German crews (the Weidenau fire station
  600 m away) reach it, so it is covered in joint mode and not in national mode;
* the planned levee ``DE-N1`` closes the German Niederau lowland; with the flood volume fixed (scenario
  ``hq100-volume``) the water that no longer fits there rises on the Polish bank and floods the lower
  row of houses in Łęgi, which stay dry without the levee;
* coverage gap: the plateau village Górka (PL) is more than 10 minutes by road from every fire station
  in either mode; one station in the village covers it;
* the low bridge (``bridge`` true, ``deck_m`` below the hq30 level) floods first; the two high bridges
  stay open to hq300;
* boats: water-rescue teams on both banks (DE-B1 Auenfurt, PL-B1 Brzozowiec, PL-B2 Łęgi). At hq100 the
  people of Niederau (DE) stand in water no road vehicle drives through; DE-B1 alone reaches most of them
  within 15 minutes, the deepest houses in the east of the village only PL-B2 from Łęgi does, across the
  flooded meadows and the river: a gap only a cross-border boat closes.

Units are SI (m, m², m³, s) except ``speed_kmh`` (km/h) and the hydrograph's ``minutes``.
``make_valley(seed)`` is pure and fast (a few seconds); ``write_sources`` writes the files
``floodplan sample DIR`` ships. ``describe`` gives a content digest for determinism checks (GeoPackages
carry timestamps, so their bytes differ between runs even when their contents do not).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import rasterio
import rasterio.features
import shapely
from affine import Affine
from rasterio.crs import CRS
from scipy import ndimage
from scipy.interpolate import CubicSpline
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree
from shapely.geometry import LineString, Point, Polygon, box
from shapely.ops import split as shp_split

from floodplan.core.grid import Grid
from floodplan.progress import Feedback, step

#: CRS of the German layers and of the DEM (ETRS89 / UTM zone 33N).
CRS_DE = CRS.from_epsg(25833)
#: CRS of the Polish layers (ETRS89 / Poland CS92, "PL-1992").
CRS_PL = CRS.from_epsg(2180)

#: South-west corner of the valley in EPSG:25833 (m); the layout below is in local metres from here.
X0, Y0 = 496000.0, 5666000.0
#: Size of the valley (m) and DEM cell size (m): 1200 × 800 = 960,000 cells.
WIDTH, HEIGHT, CELL = 6000.0, 4000.0, 5.0

#: Floodplain reference level at the upstream (west) edge (m a.s.l.) and its fall (m per m, 0.5 m/km).
BASE_WEST, BASE_SLOPE = 100.5, 0.0005
#: Design flood levels above the floodplain reference level (m).
FLOOD_OFFSETS = {"hq30": 0.7, "hq100": 1.5, "hq300": 2.1}
#: Crest of the levees above the floodplain reference level at their upstream end (m): hq300 + 0.3 m.
LEVEE_CREST_OFFSET = 2.4
#: Channel: half width at the top (m) and depth of the thalweg below the floodplain reference (m).
CHANNEL_HALF_WIDTH, CHANNEL_DEPTH = 18.0, 3.0
#: Where the Łęgi showcase is centred (local u, m); its ground is set relative to hq100 here.
LEGI_U = 4950.0

COUNTRY_NAMES = {"DE": "Deutschland", "PL": "Polska"}


def base_level(u):
    """Floodplain reference level (m a.s.l.) at local easting ``u`` (m from the west edge)."""
    return BASE_WEST - BASE_SLOPE * np.asarray(u, dtype=float)


def flood_level(flood: str, u):
    """Design water level (m a.s.l.) of ``flood`` (hq30, hq100, hq300) at local easting ``u`` (m)."""
    return base_level(u) + FLOOD_OFFSETS[flood]


@dataclass
class SampleValley:
    """Everything the sample valley is made of; vector layers in their native CRS.

    Attributes
    ----------
    dem : Grid
        Terrain (m a.s.l., float32 values rounded to cm, no nodata) in EPSG:25833, 5 m cells.
    river : GeoDataFrame
        The river's centre line (EPSG:25833; ``name``), flowing west to east.
    channel : GeoDataFrame
        The river channel as a polygon (EPSG:25833), 36 m wide.
    border : GeoDataFrame
        The national border line (EPSG:25833; ``name``), west to east.
    jurisdictions_de, jurisdictions_pl : GeoDataFrame
        Municipalities (``name``, ``country`` code DE/PL, ``country_name``, ``kind``), native CRS.
    buildings_de, buildings_pl : GeoDataFrame
        Footprints (``id``, ``population`` int, ``kind``, ``name``, ``settlement``), native CRS.
    roads_de, roads_pl : GeoDataFrame
        Road pieces (``id``, ``name``, ``highway``, ``speed_kmh``, ``bridge``, ``deck_m`` (m a.s.l.,
        null unless a bridge), ``closed``), native CRS. A bridge across the border is cut at the
        border: each half lies in, and belongs to, its own country's layer; both carry the bridge's
        ``name`` and ``deck_m``.
    defenses : GeoDataFrame
        Levees, a wall, a mobile barrier and the planned levee (EPSG:25833; ``id``, ``name``, ``type``,
        ``status``, ``crest_m``, ``height_m`` (null), ``cost``, ``maintenance_eur_per_year``, ``jurisdiction``,
        ``fragility_median_m``,
        ``fragility_beta``: the lognormal fragility of floodplan ensemble, NaN for the wall).
    resources_de, resources_pl : GeoDataFrame
        Response resources (``id``, ``name``, ``kind``, ``cross_border``, ``capacity``,
        ``jurisdiction``), native CRS.
    profiles : GeoDataFrame
        One layer for the three design floods: points on the river every 250 m (EPSG:25833;
        ``flood`` in hq30/hq100/hq300, ``level_m``, ``chainage_m``).
    hydrograph : DataFrame
        ``minutes`` (since the event's start), ``m3s`` (m³/s): an 18 h spring flood entering at
        ``inflow_xy`` (its volume is the static hq100 flood's; see ``_hydrograph``).
    inflow_xy : tuple of float
        Where the hydrograph enters (EPSG:25833): on the river, inside the first column of cells.
    scenarios : dict
        Suggested scenario definitions (name → settings) and the figures they need.
    landmarks : dict
        Named places and facts the showcases rest on (EPSG:25833 coordinates), for tests and docs.
    """

    dem: Grid
    river: gpd.GeoDataFrame
    channel: gpd.GeoDataFrame
    border: gpd.GeoDataFrame
    jurisdictions_de: gpd.GeoDataFrame
    jurisdictions_pl: gpd.GeoDataFrame
    buildings_de: gpd.GeoDataFrame
    buildings_pl: gpd.GeoDataFrame
    roads_de: gpd.GeoDataFrame
    roads_pl: gpd.GeoDataFrame
    defenses: gpd.GeoDataFrame
    resources_de: gpd.GeoDataFrame
    resources_pl: gpd.GeoDataFrame
    profiles: gpd.GeoDataFrame
    hydrograph: pd.DataFrame
    inflow_xy: tuple[float, float]
    scenarios: dict = field(default_factory=dict)
    landmarks: dict = field(default_factory=dict)

    @property
    def breach_defense_id(self) -> str:
        """The levee that fails in the ``hq300-breach`` scenario (PL-L1, protecting Brzozowiec-Zawale)."""
        return self.scenarios["hq300-breach"]["breach"][0]

    @property
    def hq100_volume_m3(self) -> float:
        """Flood volume (m³) for the fixed-volume scenario: what a FLAT water surface at the hq100 level
        at Łęgi (99.53 m) holds with the existing defenses. Held fixed with the planned levee DE-N1 built,
        it floods Łęgi's lower row (the volume of the sloping hq100 profile flood is far larger and
        would drown Łęgi either way, so it is not the figure to use with ``--volume``)."""
        return float(self.scenarios["hq100-volume"]["volume_m3"])

    def layers(self) -> dict[str, gpd.GeoDataFrame]:
        """Every vector layer by name (``<layer>_de`` / ``<layer>_pl`` for the national ones)."""
        return {
            "river": self.river,
            "channel": self.channel,
            "border": self.border,
            "jurisdictions_de": self.jurisdictions_de,
            "jurisdictions_pl": self.jurisdictions_pl,
            "buildings_de": self.buildings_de,
            "buildings_pl": self.buildings_pl,
            "roads_de": self.roads_de,
            "roads_pl": self.roads_pl,
            "defenses": self.defenses,
            "resources_de": self.resources_de,
            "resources_pl": self.resources_pl,
            "profiles": self.profiles,
        }


# ----------------------------------------------------------------------------------------------
# Layout (local metres: u east of X0, v north of Y0)


def _valley_centre(u):
    return 2000.0 + 120.0 * np.sin(2 * np.pi * u / 6500.0 + 0.4)


def _valley_half_width(u):
    return 720.0 + 130.0 * np.sin(2 * np.pi * u / 4300.0 + 1.0)


# Control points of the river's centre line, west to east (u, v); a spline passes through them.
_RIVER_CTRL = [
    (-60, 2230), (250, 2170), (550, 2060), (800, 1950), (1000, 1895), (1150, 1870), (1300, 1900),
    (1550, 2030), (1800, 2140), (2050, 2120), (2300, 2050), (2550, 2080), (2800, 2200), (3050, 2270),
    (3300, 2280), (3550, 2200), (3800, 2060), (3950, 1960), (4150, 1860), (4400, 1790), (4650, 1760),
    (4900, 1800), (5150, 1900), (5400, 1960), (5700, 1930), (6060, 1880),
]  # fmt: skip
# The old course that the border still follows: a meander loop cut off at its neck (u 1000–1290).
_OXBOW_CTRL = [
    (1000, None), (955, 2000), (930, 2150), (975, 2310), (1090, 2405), (1230, 2400), (1335, 2300),
    (1370, 2140), (1340, 2010), (1290, None),
]  # fmt: skip


def _spline_path(points, step_m: float = 2.0) -> np.ndarray:
    """A smooth polyline through ``points`` (chord-length cubic spline), vertices every ~step_m."""
    p = np.asarray(points, dtype=float)
    s = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(p, axis=0).T))])
    n = max(int(s[-1] / step_m), 2)
    t = np.linspace(0.0, s[-1], n + 1)
    return np.column_stack([CubicSpline(s, p[:, 0])(t), CubicSpline(s, p[:, 1])(t)])


@dataclass
class _Layout:
    river: np.ndarray  # (n, 2) dense centre line, west to east
    oxbow: np.ndarray  # (m, 2) dense old course, from the upstream to the downstream neck
    border: np.ndarray

    def river_v(self, u):
        """North coordinate of the river at easting u (the current river is single-valued in u)."""
        return np.interp(u, self.river[:, 0], self.river[:, 1])


def _layout() -> _Layout:
    river = _spline_path(_RIVER_CTRL)
    river = river[(river[:, 0] >= -40) & (river[:, 0] <= WIDTH + 40)]
    assert np.all(np.diff(river[:, 0]) > 0), "the river must run west to east"
    rv = lambda u: float(np.interp(u, river[:, 0], river[:, 1]))  # noqa: E731
    ctrl = [(u, rv(u) if v is None else v) for u, v in _OXBOW_CTRL]
    oxbow = _spline_path(ctrl)
    i0 = np.searchsorted(river[:, 0], ctrl[0][0])
    i1 = np.searchsorted(river[:, 0], ctrl[-1][0])
    border = np.vstack([river[:i0], oxbow, river[i1 + 1 :]])
    return _Layout(river, oxbow, border)


# ----------------------------------------------------------------------------------------------
# Terrain


def _smooth_noise(rng, shape, scale_m: float, amplitude: float) -> np.ndarray:
    """Smooth random relief (m): Gaussian noise on a coarse grid, blurred and interpolated up.

    Values have a standard deviation of about ``amplitude`` and a correlation length of ``scale_m``.
    """
    rows, cols = shape
    coarse = max(scale_m / 4.0, CELL)
    cr = int(np.ceil(rows * CELL / coarse)) + 4
    cc = int(np.ceil(cols * CELL / coarse)) + 4
    g = ndimage.gaussian_filter(rng.standard_normal((cr, cc)), sigma=2.0, mode="wrap")
    g /= g.std()
    # Cell centres in coarse-grid units (offset by 2 so that the spline sees a margin).
    rr = (np.arange(rows) + 0.5) * CELL / coarse + 2.0
    cc_ = (np.arange(cols) + 0.5) * CELL / coarse + 2.0
    R, C = np.meshgrid(rr, cc_, indexing="ij")
    return amplitude * ndimage.map_coordinates(g, [R, C], order=3, mode="nearest")


def _soft_mask(polygon, shape, transform, edge_m: float) -> np.ndarray:
    """A 0..1 mask of ``polygon`` (local coordinates) with edges blurred over about ``edge_m`` metres."""
    m = rasterio.features.rasterize([(polygon, 1)], out_shape=shape, transform=transform, dtype="uint8")
    if edge_m <= 0:
        return m.astype(float)
    r, c = np.nonzero(m)
    pad = int(3 * edge_m / CELL) + 2
    r0, r1 = max(r.min() - pad, 0), min(r.max() + pad + 1, shape[0])
    c0, c1 = max(c.min() - pad, 0), min(c.max() + pad + 1, shape[1])
    out = np.zeros(shape)
    out[r0:r1, c0:c1] = ndimage.gaussian_filter(m[r0:r1, c0:c1].astype(float), sigma=edge_m / CELL / 2.0)
    return out


def _distance_to(path: np.ndarray, U, V, upper: float) -> np.ndarray:
    """Distance (m) from each (U, V) to a densely sampled path; inf beyond ``upper``."""
    tree = cKDTree(path)
    d, _ = tree.query(np.column_stack([U.ravel(), V.ravel()]), distance_upper_bound=upper)
    return d.reshape(U.shape)


def _smoothstep(t):
    t = np.clip(t, 0.0, 1.0)
    return t * t * (3.0 - 2.0 * t)


def _lower(z, soft, target):
    return z + soft * np.minimum(target - z, 0.0)


def _raise(z, soft, target):
    return z + soft * np.maximum(target - z, 0.0)


def _set(z, soft, target):
    return z + soft * (target - z)


def _terrain(lay: _Layout, zones: dict, rng) -> np.ndarray:
    """The DEM (m a.s.l.) on the 800 × 1200 grid, rows from north to south, local transform."""
    rows, cols = int(HEIGHT / CELL), int(WIDTH / CELL)
    shape = (rows, cols)
    tr = Affine(CELL, 0, 0, 0, -CELL, HEIGHT)
    u = (np.arange(cols) + 0.5) * CELL
    v = HEIGHT - (np.arange(rows) + 0.5) * CELL
    U, V = np.meshgrid(u, v)
    base = base_level(U)
    vc, w = _valley_centre(U), _valley_half_width(U)

    # Valley sides: a smooth rise over 350–500 m to a plateau 30–60 m above the floodplain that keeps
    # climbing gently (1 %), with more relief on the slopes and plateau than on the floodplain.
    dn = V - (vc + w)
    ds = (vc - w) - V
    h_north = 44.0 + 8.0 * np.sin(2 * np.pi * U / 5200.0 + 0.7)
    h_south = 35.0 + 6.0 * np.sin(2 * np.pi * U / 3900.0 + 2.0)
    w_north = 420.0 + 60.0 * np.sin(2 * np.pi * U / 2700.0)
    w_south = 380.0 + 70.0 * np.sin(2 * np.pi * U / 3100.0 + 1.3)
    side = np.where(
        dn > 0,
        h_north * _smoothstep(dn / w_north) + 0.01 * np.maximum(dn - w_north, 0.0),
        0.0,
    ) + np.where(ds > 0, h_south * _smoothstep(ds / w_south) + 0.01 * np.maximum(ds - w_south, 0.0), 0.0)
    upland = _smoothstep(np.maximum(dn, ds) / 300.0)  # 0 on the floodplain, 1 on the slopes and plateau
    relief_up = _smooth_noise(rng, shape, 600.0, 4.0) + _smooth_noise(rng, shape, 120.0, 1.0)
    # Floodplain microrelief: broad swells and swales, and fine roughness (cm).
    relief_fp = _smooth_noise(rng, shape, 350.0, 0.22) + _smooth_noise(rng, shape, 40.0, 0.04)
    z = base + side + upland * relief_up + (1.0 - upland) * relief_fp

    # Natural levees along the channel, backswamps towards the valley feet.
    d_river = _distance_to(lay.river, U, V, upper=400.0)
    z = z + (1.0 - upland) * 0.45 * np.exp(-np.where(np.isfinite(d_river), d_river, 1e9) / 110.0)
    foot = np.minimum(np.abs(dn), np.abs(ds))
    z = z - (1.0 - upland) * 0.35 * np.exp(-((foot - 120.0) ** 2) / (2 * 90.0**2))

    # Old channels on the floodplain (silted, 0.8–1 m deep) and the oxbow lake (1.8 m, plugged ends).
    for path, depth, half in zones["paleochannels"]:
        d = _distance_to(path, U, V, upper=3 * half)
        prof = np.where(np.isfinite(d), np.clip(1.0 - (d / half) ** 2, 0.0, 1.0), 0.0)
        z = _lower(z, prof, base - depth + 0.4)
    d_ox = _distance_to(lay.oxbow, U, V, upper=60.0)
    prof = np.where(np.isfinite(d_ox), np.clip(1.0 - (d_ox / 16.0) ** 2, 0.0, 1.0), 0.0)
    z = _lower(z, prof, base - 1.8)

    # Terraces (towns on higher ground), lowland suburbs, the Niederau backswamp and village mound.
    for poly, dz, edge in zones["terraces"]:
        z = _raise(z, _soft_mask(poly, shape, tr, edge), base + dz + 0.6 * relief_fp)
    for poly, dz, edge in zones["set"]:
        z = _set(z, _soft_mask(poly, shape, tr, edge), base + dz + 0.5 * relief_fp)
    for poly, dz, edge in zones["raise"]:
        z = _raise(z, _soft_mask(poly, shape, tr, edge), base + dz + 0.3 * relief_fp)

    # Łęgi: a plain slope whose contours run east–west, so the height of each row of houses above the
    # hq100 level is known to the centimetre (the volume showcase depends on it).
    poly, v_edge, slope = zones["legi"]
    ref = float(flood_level("hq100", LEGI_U))
    z = _set(z, _soft_mask(poly, shape, tr, 25.0), ref + slope * (v_edge - V))

    # The causeway to Zakole across the oxbow (above hq300), then the channel itself.
    for path, dz in zones["causeways"]:
        d = _distance_to(path, U, V, upper=30.0)
        z = _raise(z, np.where(np.isfinite(d), np.clip((14.0 - d) / 6.0, 0.0, 1.0), 0.0), base + dz)
    bank = base + 0.45
    bed = base - CHANNEL_DEPTH
    chan = np.where(np.isfinite(d_river), bed + (bank - bed) * (d_river / CHANNEL_HALF_WIDTH) ** 2, np.inf)
    z = np.where(d_river < CHANNEL_HALF_WIDTH, np.minimum(z, chan), z)
    return np.round(z, 2).astype(np.float32)


# ----------------------------------------------------------------------------------------------
# Road network


class _Net:
    """Road nodes and pieces in local coordinates; pieces meet only at shared end nodes."""

    def __init__(self):
        self.xy: list[tuple[float, float]] = []
        self.index: dict[tuple[int, int], int] = {}
        self.pieces: list[dict] = []
        self.groups: dict[str, np.ndarray] = {}

    def node(self, x, y) -> int:
        key = (round(x * 100), round(y * 100))
        if key not in self.index:
            self.index[key] = len(self.xy)
            self.xy.append((key[0] / 100.0, key[1] / 100.0))
        return self.index[key]

    def nearest(self, group: str, x, y) -> tuple[float, float]:
        ids = self.groups[group]
        pts = np.asarray(self.xy)[ids]
        k = int(np.argmin(np.hypot(pts[:, 0] - x, pts[:, 1] - y)))
        return tuple(pts[k])

    def piece(self, coords, **attrs) -> None:
        coords = np.asarray(coords, dtype=float)
        a = self.node(*coords[0])
        b = self.node(*coords[-1])
        coords = np.vstack([self.xy[a], coords[1:-1], self.xy[b]])
        self.pieces.append({"coords": coords, **attrs})

    def path(self, waypoints, max_piece: float, smooth: bool = True, **attrs) -> None:
        """A road along waypoints (smoothed), cut into pieces of at most ``max_piece`` metres."""
        pts = _spline_path(waypoints, step_m=20.0) if smooth and len(waypoints) > 2 else None
        if pts is None:
            pts = np.asarray(waypoints, dtype=float)
            pts = np.vstack([pts[:1]] + [_densify(pts[i], pts[i + 1], 20.0) for i in range(len(pts) - 1)])
        pts[0], pts[-1] = waypoints[0], waypoints[-1]
        s = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(pts, axis=0).T))])
        n = max(int(np.ceil(s[-1] / max_piece)), 1)
        cuts = np.searchsorted(s, np.linspace(0, s[-1], n + 1)[1:-1])
        bounds = [0, *sorted(set(cuts.tolist())), len(pts) - 1]
        for i0, i1 in zip(bounds[:-1], bounds[1:]):
            if i1 > i0:
                self.piece(pts[i0 : i1 + 1], **attrs)

    def grid(self, group, polygon, origin, angle_deg, spacing, jitter, rng, names, **attrs) -> None:
        """A street grid inside ``polygon`` (largest connected part), one piece per block side."""
        minx, miny, maxx, maxy = polygon.bounds
        span = np.hypot(maxx - minx, maxy - miny)
        sx, sy = spacing
        ni, nj = int(span / sx) + 2, int(span / sy) + 2
        gi, gj = np.meshgrid(np.arange(-ni, ni + 1), np.arange(-nj, nj + 1), indexing="ij")
        a = np.radians(angle_deg)
        lx, ly = gi * sx, gj * sy
        X = origin[0] + lx * np.cos(a) - ly * np.sin(a) + rng.uniform(-jitter, jitter, gi.shape)
        Y = origin[1] + lx * np.sin(a) + ly * np.cos(a) + rng.uniform(-jitter, jitter, gi.shape)
        inside = shapely.contains_xy(polygon, X, Y)
        edges = []
        for di, dj, line in ((1, 0, "col"), (0, 1, "row")):
            ok = inside[: gi.shape[0] - di, : gi.shape[1] - dj] & inside[di:, dj:]
            ii, jj = np.nonzero(ok)
            for i, j in zip(ii, jj):
                edges.append(((i, j), (i + di, j + dj), line))
        # Keep the largest connected part so that every street reaches the rest of the network.
        key = {(i, j): k for k, (i, j) in enumerate(zip(*np.nonzero(inside)))}
        ea = np.array([key[e[0]] for e in edges])
        eb = np.array([key[e[1]] for e in edges])
        g = coo_matrix((np.ones(len(ea)), (ea, eb)), shape=(len(key), len(key)))
        _, lab = connected_components(g, directed=False)
        main = np.bincount(lab[ea]).argmax()
        members = []
        for (p, q, line), la in zip(edges, lab[ea]):
            if la != main:
                continue
            # Streets along one grid line share a name (north–south lines by i, east–west by j).
            nm = names[(p[1] if line == "row" else p[0] + 7) % len(names)]
            self.piece([(X[p], Y[p]), (X[q], Y[q])], name=nm, **attrs)
            members += [self.node(X[p], Y[p]), self.node(X[q], Y[q])]
        self.groups[group] = np.unique(members)


def _densify(a, b, step_m):
    n = max(int(np.ceil(np.hypot(*(np.asarray(b) - a)) / step_m)), 1)
    t = np.linspace(0, 1, n + 1)[1:]
    return np.asarray(a) + t[:, None] * (np.asarray(b) - np.asarray(a))


DE_STREETS = [
    "Hauptstraße", "Lindenstraße", "Gartenstraße", "Schulstraße", "Mühlweg", "Auenweg", "Birkenweg",
    "Ahornweg", "Kirchgasse", "Rosenstraße", "Feldstraße", "Wiesenweg", "Bergstraße", "Waldstraße",
    "Eichenweg", "Ulmenweg", "Uferstraße", "Marktstraße", "Fischergasse", "Weberstraße", "Töpferweg",
    "Erlenweg", "Fliederweg", "Sonnenweg", "Am Hang", "Talstraße", "Schillerstraße", "Goethestraße",
    "Parkstraße", "Querweg", "Holunderweg", "Kastanienallee", "Pappelweg", "Weidenweg", "Grabenstraße",
    "Sandweg", "Bahnhofstraße", "Lessingstraße", "Amselweg", "Finkenweg",
]  # fmt: skip
PL_STREETS = [
    "ul. Lipowa", "ul. Ogrodowa", "ul. Szkolna", "ul. Kościelna", "ul. Polna", "ul. Łąkowa", "ul. Leśna",
    "ul. Słoneczna", "ul. Kwiatowa", "ul. Brzozowa", "ul. Klonowa", "ul. Dębowa", "ul. Wierzbowa",
    "ul. Rzeczna", "ul. Nadbrzeżna", "ul. Młyńska", "ul. Krótka", "ul. Długa", "ul. Wąska", "ul. Zielona",
    "ul. Spacerowa", "ul. Parkowa", "ul. Jasna", "ul. Cicha", "ul. Różana", "ul. Akacjowa",
    "ul. Graniczna", "ul. Wałowa", "ul. Sportowa", "ul. Kolejowa", "ul. Jaśminowa", "ul. Topolowa",
    "ul. Olchowa", "ul. Sosnowa", "ul. Widokowa", "ul. Sadowa", "ul. Miodowa", "ul. Piaskowa",
]  # fmt: skip


# ----------------------------------------------------------------------------------------------
# Settlements: where the towns and villages are, their streets and their houses


@dataclass
class _Settlement:
    name: str
    country: str
    polygon: Polygon
    origin: tuple[float, float]
    angle: float
    spacing: tuple[float, float]
    persons: float  # mean residents per house
    occupancy: float = 0.8  # share of plots along a street that hold a house
    blocks: float = 0.0  # share of streets lined with apartment blocks instead of houses
    floors: tuple[int, int] = (3, 5)
    grid: bool = True


def _settlements(lay: _Layout) -> list[_Settlement]:
    rv = lay.river_v
    aue = Polygon([(u, rv(u) + 105) for u in np.arange(3480, 4281, 40)] + [(4280, 2650), (3480, 2640)])
    zawale = Polygon([(u, rv(u) - 115) for u in np.arange(2340, 4101, 40)] + [(4100, 1680), (2340, 1660)])
    return [
        _Settlement("Weidenau", "DE", Polygon([(280, 2720), (1720, 2660), (1700, 3120), (300, 3170)]),
                    (1000, 2900), 3.0, (82, 80), 3.1, 0.78),
        _Settlement("Auenfurt", "DE", Polygon([(2180, 2600), (2700, 2480), (2960, 2420), (3230, 2420),
                                               (3440, 2490), (3480, 2700), (4150, 2980), (4180, 3360),
                                               (2150, 3380)]),
                    (2900, 2900), 8.0, (64, 66), 3.7, 0.88, blocks=0.28, floors=(3, 4)),
        _Settlement("Auenfurt-Aue", "DE", aue, (3900, 2450), -6.0, (74, 68), 3.5, 0.85),
        _Settlement("Niederau", "DE", Polygon([(4560, 2230), (5480, 2260), (5470, 2560), (4580, 2560)]),
                    (5000, 2400), 9.0, (88, 82), 2.7, 0.7),
        _Settlement("Brzozowiec", "PL", Polygon([(2250, 1590), (4280, 1610), (4330, 1150), (3300, 1080),
                                                 (2260, 1220)]),
                    (3300, 1350), -11.0, (62, 64), 3.7, 0.88, blocks=0.42, floors=(4, 5)),
        _Settlement("Brzozowiec-Zawale", "PL", zawale, (3200, 1850), 2.0, (72, 70), 3.6, 0.85),
        _Settlement("Olszyny", "PL", Polygon([(260, 1010), (1760, 1060), (1760, 1420), (260, 1330)]),
                    (1000, 1200), 5.0, (82, 80), 3.2, 0.75),
        _Settlement("Zakole", "PL", Point(1150, 2190).buffer(150, quad_segs=16), (1150, 2190), 0.0,
                    (68, 68), 3.0, 0.9),
        _Settlement("Łęgi", "PL", Polygon([(4760, 1090), (5140, 1090), (5140, 1300), (4760, 1300)]),
                    (4950, 1200), 0.0, (0, 0), 2.8, 0.95, grid=False),
        _Settlement("Górka", "PL", Polygon([(5250, 160), (5700, 150), (5710, 470), (5260, 490)]),
                    (5480, 320), 18.0, (72, 70), 3.0, 0.85),
    ]  # fmt: skip


def _zones(lay: _Layout) -> dict:
    """Polygons and paths that shape the terrain (local coordinates)."""
    rv = lay.river_v
    aue = Polygon([(u, rv(u) + 75) for u in np.arange(3420, 4311, 30)] + [(4310, 2720), (3420, 2700)])
    zawale = Polygon([(u, rv(u) - 85) for u in np.arange(2300, 4141, 30)] + [(4140, 1640), (2300, 1620)])
    niederau_swamp = Polygon(
        [(u, rv(u) + 130) for u in np.arange(4420, 5741, 30)] + [(5740, 2640), (4420, 2660)]
    )
    pal1 = _spline_path([(150, 1500), (500, 1620), (900, 1560), (1300, 1660), (1700, 1640)], 4.0)
    pal2 = _spline_path([(4450, 2520), (4800, 2430), (5150, 2560), (5500, 2450), (5800, 2560)], 4.0)
    oxbow_top = lay.oxbow[np.argmax(lay.oxbow[:, 1])]
    return {
        "paleochannels": [(pal1, 1.0, 14.0), (pal2, 0.8, 12.0)],
        "terraces": [
            (Polygon([(150, 2650), (1850, 2590), (1900, 3100), (150, 3150)]), 3.5, 50.0),  # Weidenau
            (
                Polygon(
                    [
                        (2080, 2560),
                        (2680, 2400),
                        (2950, 2350),
                        (3250, 2360),
                        (3460, 2430),
                        (3520, 2720),
                        (3400, 3000),
                        (2080, 3000),
                    ]
                ),
                3.8,
                45.0,
            ),  # Auenfurt old town (bluff at the river)
            (Polygon([(2200, 1600), (4350, 1620), (4400, 1000), (2200, 1100)]), 3.6, 45.0),  # Brzozowiec
            (Polygon([(150, 1360), (1850, 1470), (1850, 950), (150, 900)]), 3.2, 50.0),  # Olszyny
        ],  # fmt: skip
        "set": [
            (aue, 0.95, 40.0),  # Auenfurt-Aue: protected lowland, 0.55 m below hq100
            (zawale, 0.9, 40.0),  # Brzozowiec-Zawale: protected lowland
            (niederau_swamp, -0.25, 60.0),  # Niederau backswamp
        ],
        "raise": [
            (Polygon([(4540, 2210), (5500, 2240), (5490, 2580), (4560, 2580)]), 0.75, 40.0),  # village
            (Point(1150, 2190).buffer(185), 2.6, 25.0),  # Zakole on its mound, above hq300
        ],
        "legi": (Polygon([(4700, 1040), (5200, 1040), (5200, 1420), (4700, 1420)]), 1300.0, 0.005),
        "causeways": [(_spline_path([(1150, 2340), tuple(oxbow_top), (1150, 2660)], 2.0), 2.6)],
    }


def _roads(lay: _Layout, setts: list[_Settlement], rng) -> tuple[_Net, dict]:
    """The road network (local coordinates) and the named nodes the resources sit at."""
    net = _Net()
    rv = lay.river_v
    for s in setts:
        if not s.grid:
            continue
        names = DE_STREETS if s.country == "DE" else PL_STREETS
        names = names[(len(s.name) * 7) % len(names) :] + names[: (len(s.name) * 7) % len(names)]
        net.grid(s.name, s.polygon, s.origin, s.angle, s.spacing, jitter=5.0, rng=rng, names=names,
                 highway="residential", speed_kmh=30.0, bridge=False, deck_m=np.nan)  # fmt: skip
    # Łęgi: two streets along the contours and three lanes between them.
    legi = []
    for vv in (1255.0, 1150.0):
        xs = np.arange(4770.0, 5131.0, 90.0)
        for a, b in zip(xs[:-1], xs[1:]):
            net.piece([(a, vv), (b, vv)], name="ul. Łęgowa" if vv > 1200 else "ul. Nadrzeczna",
                      highway="residential", speed_kmh=30.0, bridge=False, deck_m=np.nan)  # fmt: skip
            legi += [net.node(a, vv), net.node(b, vv)]
    for a in (4770.0, 4950.0, 5130.0):
        net.piece([(a, 1255.0), (a, 1150.0)], name="ul. Poprzeczna", highway="residential",
                  speed_kmh=30.0, bridge=False, deck_m=np.nan)  # fmt: skip
    net.groups["Łęgi"] = np.unique(legi)

    def road(way, name, highway, speed, piece=160.0, smooth=True):
        net.path(way, piece, smooth=smooth, name=name, highway=highway, speed_kmh=float(speed),
                 bridge=False, deck_m=np.nan)  # fmt: skip

    g = net.nearest
    # Germany: the main road on the northern plateau and the links down to the towns.
    b99 = [(0, 3560), (800, 3480), (1600, 3430), (2500, 3490), (3300, 3540), (4200, 3480), (5100, 3500),
           (6000, 3580)]  # fmt: skip
    for p, q in zip(b99[:-1], b99[1:]):
        road([p, q], "B 99", "primary", 90, piece=260.0, smooth=False)
    road([b99[1], (950, 3330), g("Weidenau", 1000, 3150)], "Weidenauer Straße", "tertiary", 60)
    road([b99[3], g("Auenfurt", 2500, 3370)], "Nordring", "secondary", 50)
    road([(4200, 3480), g("Auenfurt", 4120, 3300)], "Zubringer Auenfurt-Ost", "secondary", 60)
    road([g("Weidenau", 1700, 2800), (1950, 2760), g("Auenfurt", 2200, 2650)], "Talstraße (L 318)",
         "secondary", 70)  # fmt: skip
    for a, b in (((3420, 2560), (3520, 2580)), ((3470, 2690), (3560, 2680)), ((4150, 2950), (4150, 2700))):
        road([g("Auenfurt", *a), g("Auenfurt-Aue", *b)], "Auenstraße", "residential", 30, smooth=False)
    road([g("Auenfurt-Aue", 4270, 2600), (4420, 2560), g("Niederau", 4600, 2450)], "Niederauer Straße",
         "tertiary", 60)  # fmt: skip
    road([g("Niederau", 5460, 2500), (5650, 2560), (5860, 2800), (5950, 3150), b99[-1]],
         "Hohe Straße", "tertiary", 60)  # fmt: skip
    # Poland: the main road from the south-west, the town's link south and the road east to Łęgi.
    dw = [(0, 560), (700, 780), (1500, 890), (2000, 1000)]
    for p, q in zip(dw[:-1], dw[1:]):
        road([p, q], "DW 351", "primary", 90, piece=260.0, smooth=False)
    road([dw[-1], (2150, 1080), g("Brzozowiec", 2300, 1230)], "DW 351", "primary", 70)
    road([dw[1], (800, 880), g("Olszyny", 800, 1040)], "ul. Olszyńska", "tertiary", 50)
    road([dw[2], (1650, 1000), g("Olszyny", 1740, 1100)], "ul. Polna", "tertiary", 50)
    road([g("Brzozowiec", 3450, 1100), (3550, 700), (3700, 300), (3760, 0)], "DK 94", "primary", 90)
    road([g("Brzozowiec", 4300, 1300), (4550, 1270), (4770, 1255)], "ul. Łęgowska", "tertiary", 60)
    for a, b in (((2600, 1580), (2600, 1700)), ((3300, 1590), (3300, 1710)), ((4050, 1600), (4050, 1700))):
        road([g("Brzozowiec", *a), g("Brzozowiec-Zawale", *b)], "ul. Wałowa", "residential", 30,
             smooth=False)  # fmt: skip
    # Górka: a narrow lane climbs from Łęgi to the plateau in hairpins (the only way in).
    road([(5130, 1255), (5450, 1235), (5700, 1190), (5850, 1090), (5560, 1000), (5900, 920), (5580, 840),
          (5910, 760), (5600, 680), (5900, 590), (5880, 450), g("Górka", 5700, 330)],
         "Waldweg Górka / droga leśna", "track", 25, piece=150.0)  # fmt: skip
    # Farm tracks on the open floodplain (they flood first), each joined to a village.
    for group, poly, origin, angle, names, (pa, ga, pb) in _farm_tracks(lay):
        net.grid(group, poly, origin, angle, (150.0, 130.0), jitter=12.0, rng=rng, names=names,
                 highway="track", speed_kmh=30.0, bridge=False, deck_m=np.nan)  # fmt: skip
        road([g(group, *pa), g(ga, *pb)], names[0], "track", 30, smooth=False)

    # Bridges: two high bridges between the towns and a low one at Niederau. Each bridge is one straight
    # span from the land behind the levees; the border cut happens later.
    bridges = {}
    for name, ua, ga, gb, deck_off, hw in (
        ("Altstadtbrücke / Most Staromiejski", 3000.0, "Auenfurt", "Brzozowiec-Zawale", 4.6, "secondary"),
        ("Europabrücke / Most Europejski", 3960.0, "Auenfurt-Aue", "Brzozowiec-Zawale", 4.6, "primary"),
    ):
        a = g(ga, ua, rv(ua) + 150)
        b = g(gb, ua, rv(ua) - 150)
        deck = round(float(base_level(ua)) + deck_off, 2)
        net.piece([a, b], name=name, highway=hw, speed_kmh=50.0, bridge=True, deck_m=deck)
        bridges[name] = (a, b, deck)
    # The low bridge: a farm road bridge at Niederau whose deck lies 0.25 m under the hq30 level.
    ul = 5300.0
    a, b = (ul, rv(ul) + 45.0), (ul, rv(ul) - 45.0)
    deck = round(float(flood_level("hq30", ul)) - 0.25, 2)
    road([g("Niederau", ul, 2250), (ul, rv(ul) + 200), a], "Furtweg", "unclassified", 50, smooth=False)
    net.piece([a, b], name="Furtbrücke / Most Brodowy", highway="unclassified", speed_kmh=50.0, bridge=True,
              deck_m=deck)  # fmt: skip
    bridges["Furtbrücke / Most Brodowy"] = (a, b, deck)
    road([b, (ul, rv(ul) - 250), (5150, 1480), (5130, 1255)], "ul. Brodowa", "unclassified", 50)
    # Zakole: its only road runs north over the causeway to Weidenau (German roads).
    oxbow_top = tuple(lay.oxbow[np.argmax(lay.oxbow[:, 1])])
    road([g("Zakole", 1150, 2330), (1150, 2380), oxbow_top, (1150, 2560), g("Weidenau", 1150, 2700)],
         "Dammweg / Droga Grobla", "unclassified", 50, smooth=False)  # fmt: skip
    return net, bridges


def _farm_tracks(lay: _Layout):
    """Open floodplain areas with a loose grid of farm tracks: (group, polygon, origin, angle, names,
    (point in the grid, village it joins, point in the village))."""
    rv = lay.river_v
    pocket = Polygon(
        np.vstack(
            [
                lay.oxbow,
                lay.river[(lay.river[:, 0] > lay.oxbow[0, 0]) & (lay.river[:, 0] < lay.oxbow[-1, 0])][::-1],
            ]
        )
    )
    keep_off = pocket.buffer(45.0)
    t1 = Polygon([(u, rv(u) - 95) for u in np.arange(200, 2061, 40)] + [(2060, 1560), (200, 1440)])
    t2 = Polygon([(u, rv(u) + 95) for u in np.arange(150, 1861, 40)] + [(1860, 2560), (150, 2620)])
    t3 = Polygon(
        [(u, rv(u) - 95) for u in np.arange(4380, 5961, 40)]
        + [(5960, 1330), (5200, 1380), (4700, 1380), (4380, 1430)]
    )
    return [
        ("Felder Olszyny", t1, (1100, 1650), 4.0, ["droga polna"], ((1000, 1500), "Olszyny", (1000, 1400))),
        ("Felder Weidenau", t2.difference(keep_off), (700, 2450), -3.0, ["Feldweg"],
         ((700, 2560), "Weidenau", (700, 2720))),
        ("Felder Łęgi", t3.difference(Point(5130, 1255).buffer(60)), (5100, 1550), 6.0, ["droga polna"],
         ((4950, 1400), "Łęgi", (4950, 1255))),
    ]  # fmt: skip


def _houses(s: _Settlement, net: _Net, rng) -> list[dict]:
    """House and apartment-block footprints along the settlement's streets (local coordinates)."""
    out = []
    for p in net.pieces:
        c = p["coords"]
        if len(c) != 2 or p["bridge"] or p["highway"] == "primary":
            continue
        mid = c.mean(axis=0)
        if not s.polygon.contains(Point(mid)):
            continue
        a, b = c[0], c[1]
        length = float(np.hypot(*(b - a)))
        if length < 40:
            continue
        d = (b - a) / length
        nrm = np.array([-d[1], d[0]])
        block = rng.random() < s.blocks
        for side in (-1.0, 1.0):
            if block:
                w = length - 36.0
                dep = rng.uniform(11.0, 14.0)
                ts = np.array([length / 2])
                ws = np.array([w])
            else:
                step_m = rng.uniform(17.0, 22.0)
                ts = np.arange(16.0, length - 15.0, step_m)
                ts = ts + rng.uniform(-1.5, 1.5, ts.size)
                ws = rng.uniform(8.5, 13.5, ts.size)
                dep = None
            for t, w in zip(ts, ws):
                if not block and rng.random() > s.occupancy:
                    continue
                depth = dep if dep is not None else rng.uniform(8.5, 12.0)
                setback = rng.uniform(7.0, 10.0)
                ctr = a + d * t + side * nrm * (setback + depth / 2)
                if block:
                    floors = int(rng.integers(s.floors[0], s.floors[1] + 1))
                    pop = int(round(w * depth * floors * 0.78 / 38.0))
                    kind = "residential"
                    name = "Wohnblock" if s.country == "DE" else "blok mieszkalny"
                else:
                    pop = int(rng.poisson(s.persons))
                    kind = "residential"
                    name = ""
                out.append({"ctr": ctr, "d": d, "w": w, "depth": depth, "population": pop, "kind": kind,
                            "name": name, "settlement": s.name, "country": s.country})  # fmt: skip
    return out


# Special buildings: (name, kind, settlement, u, v, width, depth, angle_deg, population)
_SPECIAL = [
    ("Kreiskrankenhaus Auenfurt", "hospital", "Auenfurt", 3300, 3180, 90, 45, 8, 210),
    ("Grundschule Auenfurt", "school", "Auenfurt", 2700, 2700, 55, 22, 8, 0),
    ("Gymnasium Auenfurt", "school", "Auenfurt", 3650, 3230, 70, 25, 8, 0),
    ("Stadthalle Auenfurt", "public", "Auenfurt", 2420, 2920, 45, 30, 8, 0),
    ("Rathaus Auenfurt", "public", "Auenfurt", 2950, 2600, 30, 20, 8, 0),
    ("Seniorenheim An der Aue", "care_home", "Auenfurt-Aue", 3880, 2470, 50, 18, -6, 96),
    ("Kita Sonnenschein", "kindergarten", "Auenfurt-Aue", 3700, 2560, 25, 15, -6, 0),
    ("Grundschule Weidenau", "school", "Weidenau", 900, 2950, 40, 18, 3, 0),
    ("Gemeindehaus Weidenau", "public", "Weidenau", 1200, 2840, 25, 14, 3, 0),
    ("Kita Niederau", "kindergarten", "Niederau", 4900, 2420, 22, 14, 9, 0),
    ("Pflegeheim Niederau", "care_home", "Niederau", 5200, 2330, 40, 16, 9, 64),
    ("Szkoła Podstawowa nr 1", "school", "Brzozowiec", 3200, 1430, 60, 22, -11, 0),
    ("Liceum Ogólnokształcące", "school", "Brzozowiec", 3800, 1250, 60, 22, -11, 0),
    ("Urząd Miasta Brzozowiec", "public", "Brzozowiec", 3000, 1330, 30, 20, -11, 0),
    ("Dom Kultury", "public", "Brzozowiec", 3650, 1450, 35, 20, -11, 0),
    ("Szkoła Podstawowa nr 2", "school", "Brzozowiec-Zawale", 3000, 1800, 50, 20, 2, 0),
    ("Dom Pomocy Społecznej", "care_home", "Brzozowiec-Zawale", 3550, 1820, 45, 18, 2, 110),
    ("Przedszkole nr 3", "kindergarten", "Brzozowiec-Zawale", 2700, 1850, 22, 15, 2, 0),
    ("Szkoła Podstawowa w Olszynach", "school", "Olszyny", 1000, 1150, 40, 18, 5, 0),
    ("Świetlica wiejska", "public", "Górka", 5480, 330, 20, 12, 18, 0),
]  # fmt: skip

# Industrial estates (kind industrial/commercial, no residents): (settlement, polygon) — big sheds.
_INDUSTRY = [
    ("Auenfurt", "industrial", Polygon([(3700, 2950), (4150, 2990), (4170, 3340), (3700, 3350)])),
    ("Brzozowiec", "industrial", Polygon([(3950, 1100), (4320, 1150), (4300, 1350), (3950, 1330)])),
]


def _rect(ctr, d, w, depth):
    nrm = np.array([-d[1], d[0]])
    hw, hd = d * w / 2, nrm * depth / 2
    return Polygon([ctr - hw - hd, ctr + hw - hd, ctr + hw + hd, ctr - hw + hd])


def _buildings(lay, setts, net, rng) -> gpd.GeoDataFrame:
    rows = []
    for name, kind, sname, u, v, w, dep, ang, pop in _SPECIAL:
        a = np.radians(ang)
        s = next(x for x in setts if x.name == sname)
        rows.append({"geometry": _rect(np.array([u, v], float), np.array([np.cos(a), np.sin(a)]), w, dep),
                     "population": pop, "kind": kind, "name": name, "settlement": sname,
                     "country": s.country})  # fmt: skip
    houses = []
    for s in setts:
        if s.name == "Łęgi":
            houses += _legi_houses(s, rng)
        else:
            houses += _houses(s, net, rng)
    for h in houses:
        h["geometry"] = _rect(h.pop("ctr"), h.pop("d"), h.pop("w"), h.pop("depth"))
    rows += houses
    gdf = gpd.GeoDataFrame(rows, geometry="geometry")
    # Industrial and retail sheds replace houses in the estates; shops in the town centres.
    geoms = gdf.geometry.values
    for _sname, _kind, poly in _INDUSTRY:
        inside = shapely.within(shapely.centroid(geoms), poly) & (gdf["kind"] == "residential").to_numpy()
        idx = np.nonzero(inside)[0]
        gdf.loc[gdf.index[idx], "kind"] = np.where(rng.random(idx.size) < 0.7, "industrial", "commercial")
        gdf.loc[gdf.index[idx], "population"] = 0
        gdf.loc[gdf.index[idx], "name"] = ""
        # Sheds are bigger than houses: scale their footprints up about their centres.
        gdf.loc[gdf.index[idx], "geometry"] = [shapely.affinity.scale(g, 1.8, 1.5) for g in geoms[idx]]
    for _sname, cu, cv, r in (("Auenfurt", 2950, 2650, 260), ("Brzozowiec", 3150, 1380, 280)):
        c = shapely.centroid(gdf.geometry.values)
        near = (np.hypot(shapely.get_x(c) - cu, shapely.get_y(c) - cv) < r) & (gdf["kind"] == "residential")
        idx = np.nonzero(near.to_numpy() & (rng.random(len(gdf)) < 0.35))[0]
        gdf.loc[gdf.index[idx], "kind"] = "commercial"
        gdf.loc[gdf.index[idx], "population"] = (gdf.loc[gdf.index[idx], "population"] // 3).astype(int)
    return gdf


def _legi_houses(s: _Settlement, rng) -> list[dict]:
    """Łęgi's houses: a low row north of ul. Łęgowa, 0.05–0.15 m above hq100, and higher rows south."""
    out = []
    d = np.array([1.0, 0.0])
    for vv, rows in ((1255.0, ((1, 0.0), (-1, 0.0))), (1150.0, ((1, 0.0), (-1, 0.0)))):
        for side, _ in rows:
            xs = np.arange(4785.0, 5120.0, 19.0)
            for x in xs:
                if rng.random() > s.occupancy:
                    continue
                if min(abs(x - 4770), abs(x - 4950), abs(x - 5130)) < 12:
                    continue
                depth = rng.uniform(8.5, 10.0)
                setback = 7.0 if side > 0 else rng.uniform(7.0, 10.0)
                ctr = np.array([x, vv + side * (setback + depth / 2)])
                out.append({"ctr": ctr, "d": d, "w": rng.uniform(8.5, 12.0), "depth": depth,
                            "population": int(rng.poisson(s.persons)), "kind": "residential", "name": "",
                            "settlement": s.name, "country": s.country})  # fmt: skip
    return out


def _clean_buildings(gdf, net, lay, defense_lines) -> gpd.GeoDataFrame:
    """Drop footprints on roads, in water, on levees, outside the valley or overlapping others."""
    roads = shapely.buffer(np.array([LineString(p["coords"]) for p in net.pieces]), 3.5)
    geoms = gdf.geometry.values
    special = (gdf["kind"] != "residential").to_numpy() & (gdf["name"] != "").to_numpy()
    bad = np.zeros(len(gdf), bool)
    tree = shapely.STRtree(roads)
    hit = tree.query(geoms, predicate="intersects")
    bad[np.unique(hit[0])] = True
    water = shapely.union_all(
        [LineString(lay.river).buffer(CHANNEL_HALF_WIDTH + 6), LineString(lay.oxbow).buffer(22)]
        + [shapely.buffer(x, 12.0) for x in defense_lines]
    )
    bad |= shapely.intersects(geoms, water)
    bad |= ~shapely.within(geoms, box(10, 10, WIDTH - 10, HEIGHT - 10))
    bad &= ~special
    keep = np.nonzero(~bad)[0]
    gdf = gdf.iloc[keep].reset_index(drop=True)
    # Overlaps: special buildings win, then earlier footprints.
    geoms = gdf.geometry.values
    order = np.argsort(~(gdf["name"] != "").to_numpy() | (gdf["kind"] == "residential").to_numpy(),
                       kind="stable")  # fmt: skip
    geoms_o = geoms[order]
    # Half a metre apart at least, so that rounding to cm and reprojection never make them touch.
    pairs = shapely.STRtree(geoms_o).query(shapely.buffer(geoms_o, 0.5), predicate="intersects")
    pairs = pairs[:, pairs[0] < pairs[1]]
    drop = np.zeros(len(geoms_o), bool)
    for i, j in zip(*pairs):
        if not drop[i]:
            drop[j] = True
    keep = np.sort(order[~drop])
    return gdf.iloc[keep].reset_index(drop=True)


# ----------------------------------------------------------------------------------------------
# Defenses, resources, jurisdictions


def _bank_line(lay, u0, u1, off, step_m=25.0):
    uu = np.arange(u0, u1 + 0.1, step_m)
    return [(float(u), float(lay.river_v(u) + off)) for u in uu]


def _defenses(lay) -> list[dict]:
    """Defense lines (local coordinates)."""
    crest = lambda u: round(float(base_level(u)) + LEVEE_CREST_OFFSET, 2)  # noqa: E731
    de_l1 = [(3320, 2440)] + _bank_line(lay, 3340, 3690, 70)
    de_m1 = [de_l1[-1], (3715.0, float(lay.river_v(3715) + 70))]
    de_l2 = [de_m1[-1]] + _bank_line(lay, 3740, 4330, 70) + [(4335, 2760), (4340, 2880)]
    corner = de_l2[-3]
    de_n1 = [corner] + _bank_line(lay, 4355, 5760, 75) + [(5780, 2600), (5790, 2900)]
    pl_l1 = [(2280, 1560)] + _bank_line(lay, 2290, 4160, -70) + [(4170, 1640), (4180, 1560)]
    # The old town's river wall along the foot of the bluff, its ends turned up into the terrace.
    wall = (
        [(2830, float(lay.river_v(2830)) + 190)]
        + _bank_line(lay, 2840, 3180, 45)
        + [(3190, float(lay.river_v(3190)) + 190)]
    )
    # Fragility (floodplan ensemble): lognormal in the load h = water level minus the lowest ground under
    # the line. Illustrative values, not a survey: an earthen levee's median failure load at about 85 % of
    # its height above the lowest ground (DE-L1 2.55 m, DE-L2 3.13 m, DE-N1 3.57 m), the older Polish levee
    # at 80 % (PL-L1 3.06 m; it is the one that breaches in hq300-breach), the mobile wall at 90 % of its
    # 1.87 m with a tighter spread (it fails by being overtopped or not closed, less by seepage); beta 0.3
    # for earth, the order of the spreads of levee fragility curves in the literature (e.g. Vorogushyn,
    # Merz & Apel 2009; USACE ETL 1110-2-556). The concrete river wall DE-W1 has none: it never fails here.
    # Maintenance (floodplan risk: PV cost = cost + maintenance as an annuity): illustrative, about 1 % of the
    # construction cost a year for earthen levees (mowing, inspection, burrow repair; the order Jonkman et al.
    # 2013, "Costs of adapting coastal defences to sea-level rise", use for dikes), 0.5 % for the concrete
    # wall, 4 % for the mobile wall (stored elements, yearly set-up drills, seals).
    return [
        dict(id="DE-L1", name="Deich Auenfurt-Aue West", type="levee", status="existing",
             crest_m=crest(3320), cost=3_200_000.0, jurisdiction="Auenfurt", coords=de_l1,
             maintenance_eur_per_year=32_000.0, fragility_median_m=2.2, fragility_beta=0.3),
        dict(id="DE-M1", name="Mobile Wand Fischertor", type="mobile", status="existing",
             crest_m=crest(3690), cost=450_000.0, jurisdiction="Auenfurt", coords=de_m1,
             maintenance_eur_per_year=18_000.0, fragility_median_m=1.7, fragility_beta=0.25),
        dict(id="DE-L2", name="Deich Auenfurt-Aue Ost", type="levee", status="existing",
             crest_m=crest(3715), cost=5_400_000.0, jurisdiction="Auenfurt", coords=de_l2,
             maintenance_eur_per_year=54_000.0, fragility_median_m=2.7, fragility_beta=0.3),
        dict(id="DE-W1", name="Ufermauer Altstadt", type="wall", status="existing",
             crest_m=crest(2830), cost=2_100_000.0, jurisdiction="Auenfurt", coords=wall,
             maintenance_eur_per_year=10_500.0, fragility_median_m=np.nan, fragility_beta=np.nan),
        dict(id="DE-N1", name="Deich Niederau (geplant)", type="levee", status="planned",
             crest_m=crest(4330), cost=7_800_000.0, jurisdiction="Auenfurt", coords=de_n1,
             maintenance_eur_per_year=78_000.0, fragility_median_m=3.0, fragility_beta=0.3),
        dict(id="PL-L1", name="Wał przeciwpowodziowy Zawale", type="levee", status="existing",
             crest_m=crest(2280), cost=6_900_000.0, jurisdiction="Brzozowiec", coords=pl_l1,
             maintenance_eur_per_year=69_000.0, fragility_median_m=2.45, fragility_beta=0.3),
    ]  # fmt: skip


# (id, name, kind, cross_border, capacity, country, u, v)
_RESOURCES = [
    ("DE-F1", "Feuerwache Auenfurt", "fire", True, 0, "DE", 2640, 2760),
    ("DE-F2", "Freiwillige Feuerwehr Weidenau", "fire", True, 0, "DE", 1110, 2790),
    ("DE-A1", "Rettungswache Auenfurt", "ambulance", True, 0, "DE", 3180, 3120),
    ("DE-A2", "Rettungswache Weidenau", "ambulance", True, 0, "DE", 620, 2930),
    ("DE-H1", "Kreiskrankenhaus Auenfurt", "hospital", True, 240, "DE", 3300, 3120),
    ("DE-S1", "Sporthalle Gymnasium Auenfurt", "shelter", True, 400, "DE", 3650, 3180),
    ("DE-S2", "Stadthalle Auenfurt", "shelter", True, 650, "DE", 2420, 2880),
    ("DE-S3", "Mehrzweckhalle Weidenau", "shelter", True, 250, "DE", 880, 2990),
    ("DE-P1", "THW Ortsverband Auenfurt (Pumpen)", "pump", False, 0, "DE", 2300, 3200),
    ("DE-P2", "Feuerwehr Auenfurt Großpumpe", "pump", True, 0, "DE", 2660, 2790),
    ("DE-R1", "THW Bergungsgruppe Auenfurt", "rescue", True, 0, "DE", 2320, 3230),
    ("DE-B1", "DLRG Wasserrettung Auenfurt", "boat", True, 0, "DE", 3100, 2520),
    ("PL-F1", "JRG PSP Brzozowiec", "fire", True, 0, "PL", 2720, 1360),
    ("PL-F2", "OSP Olszyny", "fire", True, 0, "PL", 880, 1130),
    ("PL-A1", "Zespół Ratownictwa Medycznego Brzozowiec", "ambulance", True, 0, "PL", 3420, 1300),
    ("PL-S1", "Hala sportowa Brzozowiec", "shelter", True, 500, "PL", 3720, 1260),
    ("PL-S2", "Szkoła Podstawowa w Olszynach", "shelter", True, 200, "PL", 1000, 1120),
    ("PL-S3", "Dom Kultury Brzozowiec", "shelter", False, 300, "PL", 3620, 1420),
    ("PL-P1", "PSP Brzozowiec pompa dużej wydajności", "pump", True, 0, "PL", 2740, 1330),
    ("PL-P2", "OSP Olszyny motopompa", "pump", False, 0, "PL", 900, 1150),
    ("PL-R1", "Specjalistyczna Grupa Ratownictwa Technicznego", "rescue", True, 0, "PL", 2700, 1390),
    ("PL-B1", "WOPR Brzozowiec", "boat", True, 0, "PL", 3320, 1580),
    # at Łęgi, on the edge of the Polish floodplain opposite Niederau: at hq100 it is the only team that
    # reaches Niederau's deepest houses (0.6-0.7 m of water, east of u 5200) within 15 minutes, over the
    # flooded meadows and the river; DE-B1 from Auenfurt needs 15-16 minutes (issue 19 item 6)
    ("PL-B2", "OSP Łęgi, łódź ratownicza", "boat", True, 0, "PL", 5135, 1290),
]  # fmt: skip

_MUNICIPALITIES = {
    # name, country, kind, boundary line (from the border to the edge), side of the line it lies
    "DE": ("Weidenau", "Gemeinde", "Auenfurt", "Stadt",
           [(1880, 2000), (1900, 2500), (1950, 2700), (1860, 3200), (1900, 3700), (1850, 4100)]),
    "PL": ("Olszyny", "gmina wiejska", "Brzozowiec", "gmina miejska",
           [(2220, 2200), (2180, 1700), (2100, 1300), (2200, 800), (2150, 300), (2200, -100)]),
}  # fmt: skip


def _jurisdictions(lay) -> dict[str, gpd.GeoDataFrame]:
    frame = box(0, 0, WIDTH, HEIGHT)
    border = LineString(np.vstack([[-10, lay.border[0, 1]], lay.border, [WIDTH + 10, lay.border[-1, 1]]]))
    parts = list(shp_split(frame, border).geoms)
    north = max(parts, key=lambda p: p.centroid.y)
    south = min(parts, key=lambda p: p.centroid.y)
    out = {}
    for code, country_poly in (("DE", north), ("PL", south)):
        west_name, west_kind, east_name, east_kind, line = _MUNICIPALITIES[code]
        halves = list(shp_split(country_poly, LineString(line)).geoms)
        west = shapely.union_all([h for h in halves if h.centroid.x < 2050])
        east = shapely.union_all([h for h in halves if h.centroid.x >= 2050])
        out[code] = [
            {"name": west_name, "country": code, "country_name": COUNTRY_NAMES[code], "kind": west_kind,
             "geometry": west},
            {"name": east_name, "country": code, "country_name": COUNTRY_NAMES[code], "kind": east_kind,
             "geometry": east},
        ]  # fmt: skip
    return out


# ----------------------------------------------------------------------------------------------
# A small static flood fill, for the figures the scenarios need (the engine has its own).


def _static_flood(dem: np.ndarray, source: np.ndarray, level: np.ndarray | float, barrier: np.ndarray):
    """Depth (m) where the water at ``level`` reaches from ``source`` cells through edge neighbours.

    ``barrier`` holds defense crests (m, NaN where none); cells under a defense take max(ground, crest).
    """
    ground = np.where(np.isfinite(barrier), np.fmax(dem, barrier), dem)
    wet = ground < level
    lab, _ = ndimage.label(wet)  # 4-connectivity (scipy's default structure)
    keep = np.unique(lab[source & wet])
    flooded = np.isin(lab, keep[keep > 0])
    return np.where(flooded, level - ground, 0.0)


def _levels_grid(dem_shape, transform, river_cells, river_levels):
    """Each cell takes the level of its nearest river cell."""
    mask = np.ones(dem_shape, bool)
    mask[river_cells] = False
    _, (ir, ic) = ndimage.distance_transform_edt(mask, return_indices=True)
    lv = np.full(dem_shape, np.nan)
    lv[river_cells] = river_levels
    return lv[ir, ic]


def _volume_for(dem, source, barrier, volume, lo, hi) -> float:
    """Flat water level (m) whose flood holds ``volume`` m³ (bisection to 1 mm)."""
    for _ in range(40):
        mid = 0.5 * (lo + hi)
        v = _static_flood(dem, source, mid, barrier).sum() * CELL * CELL
        lo, hi = (mid, hi) if v < volume else (lo, mid)
        if hi - lo < 0.001:
            break
    return 0.5 * (lo + hi)


# ----------------------------------------------------------------------------------------------


def _to_world(geoms):
    return shapely.transform(np.asarray(geoms, dtype=object), lambda c: c + np.array([X0, Y0]))


def _round_cm(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    gdf = gdf.copy()
    gdf["geometry"] = shapely.transform(gdf.geometry.values, lambda c: np.round(c, 2))
    return gdf


def _native(gdf: gpd.GeoDataFrame, country: str) -> gpd.GeoDataFrame:
    """The layer in its country's CRS, coordinates rounded to cm."""
    gdf = gdf.set_crs(CRS_DE, allow_override=True)
    if country == "PL":
        gdf = gdf.to_crs(CRS_PL)
    return _round_cm(gdf)


def make_valley(seed: int = 1, feedback: Feedback | None = None) -> SampleValley:
    """Generate the sample valley.

    Parameters
    ----------
    seed : int
        Seed of the random details (terrain noise, street jitter, houses). The layout (river, towns,
        roads between them, levees, stations) does not depend on it; the showcases are designed and
        tested for seed 1, which ``floodplan sample`` must use.
    feedback : Feedback, optional
        Progress and cancellation.

    Returns
    -------
    SampleValley
        The same seed always gives the same valley (byte-identical DEM, identical layers).
    """
    lay = _layout()
    step(feedback, 0.05, "terrain")
    zones = _zones(lay)
    z = _terrain(lay, zones, np.random.default_rng([seed, 1]))
    transform = Affine(CELL, 0.0, X0, 0.0, -CELL, Y0 + HEIGHT)
    dem = Grid(z, transform, CRS_DE)

    step(feedback, 0.35, "roads")
    setts = _settlements(lay)
    net, bridges = _roads(lay, setts, np.random.default_rng([seed, 2]))
    defs = _defenses(lay)
    def_lines = [LineString(d["coords"]) for d in defs]

    step(feedback, 0.5, "buildings")
    b = _buildings(lay, setts, net, np.random.default_rng([seed, 3]))
    b = _clean_buildings(b, net, lay, def_lines)
    b["geometry"] = _to_world(b.geometry.values)
    b = gpd.GeoDataFrame(b, geometry="geometry", crs=CRS_DE)

    step(feedback, 0.65, "jurisdictions and roads by country")
    jur = _jurisdictions(lay)
    border_world = LineString(lay.border + [X0, Y0])
    jur_gdf = {
        c: gpd.GeoDataFrame(
            [{k: v for k, v in r.items() if k != "geometry"} for r in rows],
            geometry=_to_world([r["geometry"] for r in rows]),
            crs=CRS_DE,
        )
        for c, rows in jur.items()
    }
    pl_area = shapely.union_all(jur_gdf["PL"].geometry.values)

    # Road pieces: world coordinates; the pieces that cross the border are cut there.
    recs = []
    for p in net.pieces:
        line = LineString(p["coords"] + [X0, Y0])
        attrs = {k: v for k, v in p.items() if k != "coords"}
        if line.crosses(border_world):
            cut = line.intersection(border_world)
            pts = [cut] if cut.geom_type == "Point" else list(cut.geoms)
            coords = np.asarray(line.coords)
            s_cut = sorted(line.project(q) for q in pts)
            pieces = _cut_line(coords, s_cut)
            for pc in pieces:
                recs.append({**attrs, "geometry": LineString(pc)})
        else:
            recs.append({**attrs, "geometry": line})
    roads = gpd.GeoDataFrame(recs, geometry="geometry", crs=CRS_DE)
    mid = shapely.line_interpolate_point(roads.geometry.values, 0.5, normalized=True)
    roads["country"] = np.where(shapely.contains(pl_area, mid), "PL", "DE")
    roads["closed"] = False
    roads["speed_kmh"] = roads["speed_kmh"].astype(float)
    roads["bridge"] = roads["bridge"].astype(bool)

    b_mid = shapely.point_on_surface(b.geometry.values)
    b["country"] = np.where(shapely.contains(pl_area, b_mid), "PL", "DE")

    step(feedback, 0.75, "defenses, resources, profiles")
    dgdf = gpd.GeoDataFrame(
        [{k: v for k, v in d.items() if k != "coords"} for d in defs],
        geometry=_to_world([LineString(d["coords"]) for d in defs]),
        crs=CRS_DE,
    )
    dgdf["height_m"] = np.nan
    dgdf = dgdf[
        [
            "id",
            "name",
            "type",
            "status",
            "crest_m",
            "height_m",
            "cost",
            "maintenance_eur_per_year",
            "jurisdiction",
            "fragility_median_m",
            "fragility_beta",
            "geometry",
        ]
    ]

    res = _resources(net, jur_gdf)
    river_line = LineString(lay.river + [X0, Y0])
    profiles = _profiles(lay)
    channel = LineString(lay.river).buffer(CHANNEL_HALF_WIDTH, cap_style="flat")

    # Figures for the scenarios, from a plain flood fill on this DEM.
    figures = _scenario_figures(dem, river_line, profiles, dgdf)
    hydro = _hydrograph(figures["hq100_volume_m3"])
    inflow = (X0 + 2.5, float(lay.river_v(2.5)) + Y0)

    out_b, out_r, out_res, out_j = {}, {}, {}, {}
    for c in ("DE", "PL"):
        bc = b[b["country"] == c].reset_index(drop=True)
        bc.insert(0, "id", [f"{c}-B{i + 1:05d}" for i in range(len(bc))])
        bc["population"] = bc["population"].astype(np.int64)
        out_b[c] = _native(bc[["id", "population", "kind", "name", "settlement", "geometry"]], c)
        rc = roads[roads["country"] == c].reset_index(drop=True)
        rc.insert(0, "id", [f"{c}-R{i + 1:05d}" for i in range(len(rc))])
        out_r[c] = _native(
            rc[["id", "name", "highway", "speed_kmh", "bridge", "deck_m", "closed", "geometry"]], c
        )
        out_res[c] = _native(res[res["country"] == c].drop(columns="country").reset_index(drop=True), c)
        out_j[c] = _native(jur_gdf[c], c)

    step(feedback, 1.0, "done")
    rv = lay.river_v
    legi_u = LEGI_U + X0
    landmarks = {
        "pocket": {"village": "Zakole", "country": "PL", "jurisdiction": "Olszyny",
                   "polygon": _pocket(lay).buffer(0)},
        "gap_village": {"village": "Górka", "country": "PL", "centre": (5480 + X0, 330 + Y0)},
        "volume_showcase": {"levee": "DE-N1", "protected": "Niederau", "harmed": "Łęgi",
                            "level_ref_m": round(float(flood_level("hq100", LEGI_U)), 2), "u": legi_u},
        "bridges": {k: {"deck_m": v[2]} for k, v in bridges.items()},
        "low_bridge": "Furtbrücke / Most Brodowy",
        "neck": (1150 + X0, float(rv(1150)) + Y0),
    }  # fmt: skip
    scenarios = _scenarios(figures)
    return SampleValley(
        dem=dem,
        river=gpd.GeoDataFrame({"name": ["Erle / Olsza"]}, geometry=[river_line], crs=CRS_DE).pipe(_round_cm),
        channel=gpd.GeoDataFrame({"name": ["Erle / Olsza"]}, geometry=_to_world([channel]), crs=CRS_DE).pipe(
            _round_cm
        ),
        border=gpd.GeoDataFrame(
            {"name": ["Staatsgrenze / granica państwowa"]}, geometry=[border_world], crs=CRS_DE
        ).pipe(_round_cm),
        jurisdictions_de=out_j["DE"],
        jurisdictions_pl=out_j["PL"],
        buildings_de=out_b["DE"],
        buildings_pl=out_b["PL"],
        roads_de=out_r["DE"],
        roads_pl=out_r["PL"],
        defenses=_round_cm(dgdf),
        resources_de=out_res["DE"],
        resources_pl=out_res["PL"],
        profiles=profiles,
        hydrograph=hydro,
        inflow_xy=(round(inflow[0], 2), round(inflow[1], 2)),
        scenarios=scenarios,
        landmarks=landmarks,
    )


def _pocket(lay: _Layout) -> Polygon:
    """The land inside the old loop (world coordinates): Polish, on the German bank."""
    r = lay.river
    inner = r[(r[:, 0] > lay.oxbow[0, 0]) & (r[:, 0] < lay.oxbow[-1, 0])][::-1]
    return Polygon(np.vstack([lay.oxbow, inner]) + [X0, Y0])


def _cut_line(coords: np.ndarray, s_cuts) -> list[np.ndarray]:
    """Cut a polyline at the given distances along it (new end vertices at the cut points)."""
    line = LineString(coords)
    s_v = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(coords, axis=0).T))])
    out, start = [], 0.0
    for s in [*s_cuts, line.length]:
        inner = coords[(s_v > start) & (s_v < s)]
        a = np.asarray(line.interpolate(start).coords[0])
        b = np.asarray(line.interpolate(s).coords[0])
        if s - start > 1e-6:
            out.append(np.vstack([a, inner, b]) if len(inner) else np.vstack([a, b]))
        start = s
    return out


def _resources(net: _Net, jur: dict) -> gpd.GeoDataFrame:
    """Resource points 12 m off the nearest road node (at their station's gate)."""
    xy = np.asarray(net.xy)
    tree = cKDTree(xy)
    rows = []
    for rid, name, kind, cb, cap, c, u, v in _RESOURCES:
        _, k = tree.query([u, v])
        n = xy[k]
        d = np.array([u, v]) - n
        d = d / (np.hypot(*d) or 1.0) * 12.0
        p = Point(*(n + d + [X0, Y0]))
        jd = jur[c]
        jname = jd.loc[jd.geometry.distance(p).idxmin(), "name"]
        rows.append({"id": rid, "name": name, "kind": kind, "cross_border": bool(cb), "capacity": int(cap),
                     "jurisdiction": jname, "country": c, "geometry": p})  # fmt: skip
    gdf = gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS_DE)
    gdf["capacity"] = gdf["capacity"].astype(np.int64)
    return gdf


def _profiles(lay) -> gpd.GeoDataFrame:
    """Water-level points on the river every 250 m of chainage, one set per design flood."""
    line = LineString(lay.river)
    ch = np.arange(0.0, line.length, 250.0)
    ch = np.append(ch, line.length)
    pts = shapely.line_interpolate_point(line, ch)
    u = shapely.get_x(pts)
    rows = []
    for flood in FLOOD_OFFSETS:
        lv = np.round(flood_level(flood, u), 2)
        for c, p, lvl in zip(ch, pts, lv):
            rows.append(
                {"flood": flood, "level_m": float(lvl), "chainage_m": round(float(c), 1), "geometry": p}
            )
    gdf = gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS_DE)
    gdf["geometry"] = _to_world(gdf.geometry.values)
    return _round_cm(gdf)


def _barrier_grid(dem: Grid, defenses: gpd.GeoDataFrame) -> np.ndarray:
    """Crest (m) on every cell a defense line touches; NaN elsewhere (highest crest wins)."""
    out = np.full(dem.shape, np.nan)
    for geom, crest in sorted(zip(defenses.geometry, defenses["crest_m"]), key=lambda t: t[1]):
        m = rasterio.features.rasterize([(geom, 1)], out_shape=dem.shape, transform=dem.transform,
                                        all_touched=True, dtype="uint8").astype(bool)  # fmt: skip
        out[m] = crest
    return out


def _river_cells(dem: Grid, river_line) -> np.ndarray:
    return rasterio.features.rasterize(
        [(river_line, 1)], out_shape=dem.shape, transform=dem.transform, all_touched=True, dtype="uint8"
    ).astype(bool)


def profile_levels(dem: Grid, river_line, profiles: gpd.GeoDataFrame, flood: str) -> np.ndarray:
    """Water level (m) on every cell for a design flood: linear along the river between the profile
    points, and each cell takes the level of its nearest river cell (the contract's ``--levels``)."""
    src = _river_cells(dem, river_line)
    rr, cc = np.nonzero(src)
    x, y = dem.xy(rr, cc)
    s = shapely.line_locate_point(river_line, shapely.points(x, y))
    p = profiles[profiles["flood"] == flood].sort_values("chainage_m")
    s_p = shapely.line_locate_point(river_line, p.geometry.values)
    lv = np.interp(s, s_p, p["level_m"].to_numpy())
    return _levels_grid(dem.shape, dem.transform, (rr, cc), lv)


def _scenario_figures(dem: Grid, river_line, profiles, defenses) -> dict:
    z = dem.z.astype(float)
    src = _river_cells(dem, river_line)
    existing = defenses[defenses["status"] == "existing"]
    bar = _barrier_grid(dem, existing)
    lv100 = profile_levels(dem, river_line, profiles, "hq100")
    depth100 = _static_flood(z, src, lv100, bar)
    ref = round(float(flood_level("hq100", LEGI_U)), 2)
    depth_ref = _static_flood(z, src, ref, bar)
    return {
        "hq100_volume_m3": float(depth100.sum() * dem.cell_area),
        "volume_level_m": ref,
        "volume_m3": float(round(depth_ref.sum() * dem.cell_area, -3)),
    }


def _hydrograph(volume_m3: float) -> pd.DataFrame:
    """An 18 h spring flood: a gamma-shaped wave on 30 m³/s base flow, peaking after 6 h.

    Columns ``minutes`` (minutes since the start of the event; the ``spring-flood`` exercise starts it at
    2025-03-28 06:00) and ``m3s`` (discharge, m³/s), every 15 minutes; after the last row the model
    holds the last value (the base flow). Its whole volume equals ``volume_m3`` (the static hq100
    flood's); the peak (about 250 m³/s) is well above what the channel carries bank-full (36 m wide,
    3 m deep, 0.5 ‰, Manning n 0.035: about 90 m³/s), so the water leaves the channel and the
    floodplain floods. With the valley's east (downstream) edge open, as in ``spring-flood``, most of
    it leaves the valley again; with every edge closed it would fill the valley like a bathtub.
    """
    t = np.arange(0, 18 * 60 + 1, 15, dtype=float)  # minutes
    base = 30.0
    tp, k = 6 * 60.0, 3.0
    shape = (t / tp) ** k * np.exp(k * (1 - t / tp))
    base_vol = np.trapezoid(np.full_like(t, base), t * 60.0)
    peak = (volume_m3 - base_vol) / np.trapezoid(shape, t * 60.0)
    q = np.round(base + peak * shape, 1)
    return pd.DataFrame({"minutes": t.astype(np.int64), "m3s": q})


def _scenarios(fig: dict) -> dict:
    existing = ["DE-L1", "DE-M1", "DE-L2", "DE-W1", "PL-L1"]
    return {
        "hq100-joint": {"levels": "hq100", "mode": "joint", "defenses": existing, "minutes": 10,
                        "kind": "fire"},
        "hq100-national": {"levels": "hq100", "mode": "national", "defenses": existing, "minutes": 10,
                           "kind": "fire"},
        "hq300-breach": {"levels": "hq300", "mode": "joint", "defenses": existing, "breach": ["PL-L1"],
                         "minutes": 10, "kind": "fire"},
        "hq30": {"levels": "hq30", "mode": "joint", "defenses": existing, "minutes": 10, "kind": "fire"},
        "hq100-volume": {"volume_m3": fig["volume_m3"], "mode": "joint", "defenses": existing,
                         "compare_defenses": existing + ["DE-N1"], "level_without_planned_m":
                         fig["volume_level_m"]},
        "dynamic-hq100": {"inflow": "hydrograph.csv", "minutes": 18 * 60, "defenses": existing},
    }  # fmt: skip


# ----------------------------------------------------------------------------------------------
# Files


def write_sources(valley: SampleValley, directory) -> dict[str, Path]:
    """Write the valley's source files into ``directory`` (created if needed).

    Files: ``dem.tif`` (GeoTIFF float32, DEFLATE + floating-point predictor, 256 × 256 tiles, nodata
    -9999), ``de.gpkg`` (EPSG:25833) and ``pl.gpkg`` (EPSG:2180) each with layers ``jurisdictions``,
    ``buildings``, ``roads``, ``resources``; ``shared.gpkg`` (EPSG:25833) with ``river``, ``channel``,
    ``border``, ``defenses``, ``profiles``; ``hydrograph.csv`` (``minutes,m3s``) and ``scenarios.json``.

    Returns
    -------
    dict of str to Path
        ``dem``, ``de``, ``pl``, ``shared``, ``hydrograph``, ``scenarios``.
    """
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    paths = {
        "dem": d / "dem.tif",
        "de": d / "de.gpkg",
        "pl": d / "pl.gpkg",
        "shared": d / "shared.gpkg",
        "hydrograph": d / "hydrograph.csv",
        "scenarios": d / "scenarios.json",
    }
    z = np.where(np.isfinite(valley.dem.z), valley.dem.z, -9999.0).astype(np.float32)
    profile = {
        "driver": "GTiff", "width": z.shape[1], "height": z.shape[0], "count": 1, "dtype": "float32",
        "crs": valley.dem.crs, "transform": valley.dem.transform, "nodata": -9999.0, "compress": "deflate",
        "predictor": 3, "tiled": True, "blockxsize": 256, "blockysize": 256,
    }  # fmt: skip
    with rasterio.open(paths["dem"], "w", **profile) as dst:
        dst.write(z, 1)
    groups = {
        "de": {"jurisdictions": valley.jurisdictions_de, "buildings": valley.buildings_de,
               "roads": valley.roads_de, "resources": valley.resources_de},
        "pl": {"jurisdictions": valley.jurisdictions_pl, "buildings": valley.buildings_pl,
               "roads": valley.roads_pl, "resources": valley.resources_pl},
        "shared": {"river": valley.river, "channel": valley.channel, "border": valley.border,
                   "defenses": valley.defenses, "profiles": valley.profiles},
    }  # fmt: skip
    for key, layers in groups.items():
        if paths[key].exists():
            paths[key].unlink()
        for name, gdf in layers.items():
            pyogrio.write_dataframe(gdf, paths[key], layer=name, driver="GPKG")
    valley.hydrograph.to_csv(paths["hydrograph"], index=False, lineterminator="\n")
    paths["scenarios"].write_text(json.dumps(valley.scenarios, indent=2, ensure_ascii=False) + "\n")
    return paths


def _digest_frame(gdf) -> str:
    h = hashlib.sha256()
    if isinstance(gdf, gpd.GeoDataFrame):
        h.update(str(gdf.crs.to_epsg() if gdf.crs else None).encode())
        h.update(b"".join(shapely.to_wkb(gdf.geometry.values, hex=False, output_dimension=2)))
        df = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    else:
        df = gdf
    h.update(",".join(map(str, df.columns)).encode())
    h.update(df.to_csv(index=False, lineterminator="\n").encode())
    return h.hexdigest()


def describe(valley: SampleValley) -> dict:
    """A summary of the valley's content: per layer CRS, count, columns and a content digest.

    Two valleys with equal ``describe`` are the same valley (the digests cover every coordinate and
    attribute value and the DEM's bytes).
    """
    out = {
        "dem": {
            "crs": valley.dem.crs.to_epsg(),
            "shape": list(valley.dem.shape),
            "transform": list(valley.dem.transform)[:6],
            "sha256": hashlib.sha256(np.ascontiguousarray(valley.dem.z).tobytes()).hexdigest(),
            "min": float(np.nanmin(valley.dem.z)),
            "max": float(np.nanmax(valley.dem.z)),
        },
        "hydrograph": {"rows": len(valley.hydrograph), "sha256": _digest_frame(valley.hydrograph)},
        "inflow_xy": list(valley.inflow_xy),
        "scenarios": json.loads(json.dumps(valley.scenarios)),
    }
    for name, gdf in valley.layers().items():
        out[name] = {
            "crs": gdf.crs.to_epsg(),
            "count": len(gdf),
            "columns": [c for c in gdf.columns if c != gdf.geometry.name],
            "sha256": _digest_frame(gdf),
        }
    return out


def describe_sources(directory) -> dict:
    """The same kind of summary, read back from the files ``write_sources`` wrote (for comparisons)."""
    d = Path(directory)
    out = {"dem.tif": hashlib.sha256((d / "dem.tif").read_bytes()).hexdigest()}
    for f in ("de.gpkg", "pl.gpkg", "shared.gpkg"):
        for name, _ in pyogrio.list_layers(d / f):
            gdf = pyogrio.read_dataframe(d / f, layer=name)
            out[f"{f}:{name}"] = {"crs": gdf.crs.to_epsg(), "count": len(gdf), "sha256": _digest_frame(gdf)}
    for f in ("hydrograph.csv", "scenarios.json"):
        out[f] = hashlib.sha256((d / f).read_bytes()).hexdigest()
    return out
