"""Travel times from response resources to every building, and who is reached in time, per mode.

All shortest paths run in :func:`scipy.sparse.csgraph.dijkstra` (compiled), never in a Python loop over
nodes. Several resources of one kind are one run: a virtual source node is joined to every resource's
nearest network point (part-way along an edge, with the travel time of that part), so one single-source
run gives every node the time from its nearest resource.

Modes (contract, ``floodplan access``):

- ``national``: resources serve only their own country and travel only inside it (one run per country on
  the network with the other countries' edges and the border crossings removed).
- ``joint`` (default): resources whose ``cross_border`` is true serve and travel everywhere (one run on
  the whole network); those with ``cross_border`` false behave as in national mode.

Times are seconds inside and minutes at the edges (the ``minutes`` columns and targets).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
from scipy.sparse.csgraph import dijkstra

from floodplan.core.checks import Field, refuse_with
from floodplan.core.grid import Grid
from floodplan.errors import InputError
from floodplan.progress import Feedback, step
from floodplan.sim.boats import (
    BOAT_KIND,
    DEFAULT_DRAFT_M,
    DEFAULT_LAUNCH_MINUTES,
    DEFAULT_TRAILER_WADING_M,
    DEFAULT_WATER_SPEED_KMH,
    WaterGraph,
    WaterGrid,
    launch_seconds,
)
from floodplan.sim.exposure import asset_max, assign_jurisdictions, population_of
from floodplan.sim.footprints import AssetCells
from floodplan.sim.network import RoadNetwork, Snap, _bool_column, cut_road

#: What the access step reads and writes (landlab-style ``_info``: see :mod:`floodplan.core.checks`).
INFO = {
    "network": Field("RoadNetwork", "in", "m", "the road network", "roads cut into pieces, km/h per piece",
                     shape="pieces"),
    "resources": Field("GeoDataFrame", "in", "-", "the resources", "points with kind, cross_border",
                       shape="features"),
    "assets": Field("GeoDataFrame", "in", "people", "the buildings", "polygons or points with population",
                    shape="features"),
    "depth": Field("float32", "in", "m", "the water depth", "flood depth on the DEM's grid", optional=True,
                   shape="(rows, cols)"),
    "max_depth_m": Field("float64", "in", "m", "the wading limit", "deepest water a road vehicle drives"),
    "minutes": Field("float64", "in", "min", "the target time", "covered within this many minutes"),
    "max_snap_m": Field("float64", "in", "m", "the snap distance", "farthest from a road still reached"),
    "boat_draft_m": Field("float64", "in", "m", "the boats' draft", "shallowest water a boat floats in"),
    "minutes_out": Field("float64", "out", "min", "the travel time", "per building, NaN unreachable",
                         shape="(n_assets,)"),
    "covered": Field("bool", "out", "-", "covered", "reached within the target", shape="(n_assets,)"),
}  # fmt: skip

#: Default target response times (minutes) per resource kind; other kinds take OTHER_MINUTES.
DEFAULT_MINUTES = {"fire": 10.0, "ambulance": 15.0}
OTHER_MINUTES = 15.0
from floodplan.core.vocabulary import MODES_NATIONAL_FIRST as MODES  # noqa: E402

#: Resources and assets farther than this from the nearest road (m) are unreachable (docs/command-line.md,
#: ``access --max-snap-m``): a station typed with latitude and longitude swapped, thousands of km away,
#: must not "cover" anyone from the nearest road end.
DEFAULT_MAX_SNAP_M = 500.0


# ---------------------------------------------------------------------- travel times
#: The fix the far-from-road notes offer, in the user's terms first (the app shows them as they are).
_RAISE_SNAP = (
    "raise the largest distance to a road (the scenario's setting; --max-snap-m on the command line)"
)


def _source_links(net: RoadNetwork, snap: Snap, wet_lo: np.ndarray, wet_hi: np.ndarray):
    """(nodes, seconds, which source) linking a virtual source to the ends of each source's edge.

    A source reaches an end of its edge when the road between them is dry (``wet_lo``/``wet_hi``: the
    impassable stretch of each edge, :meth:`RoadNetwork.edge_wet`).
    """
    e, f = snap.edge, snap.fraction
    u, v = net.edge_u[e], net.edge_v[e]
    sec = net.edge_seconds[e]
    u_ok = f <= wet_lo[e]
    v_ok = f >= wet_hi[e]
    nodes = np.concatenate([u[u_ok], v[v_ok]])
    secs = np.concatenate([(f * sec)[u_ok], ((1 - f) * sec)[v_ok]])
    which = np.concatenate([np.nonzero(u_ok)[0], np.nonzero(v_ok)[0]])
    return nodes, secs, which


def node_seconds(
    network: RoadNetwork,
    sources,
    blocked_pieces: np.ndarray | None = None,
    country_restrict=None,
    limit_s: float | None = None,
    source_country: np.ndarray | None = None,
    contracted: bool = True,
) -> np.ndarray:
    """Travel time (s) from the nearest source to every node (inf where unreachable).

    Parameters
    ----------
    sources : array of node ids, or Snap (points part-way along edges)
    blocked_pieces : the flood's cut (:class:`floodplan.sim.network.RoadCut`, from
        ``RoadNetwork.cut_flooded``: only the flooded stretches are impassable) or a bool per road piece
        (True = impassable whole)
    country_restrict : country name or index: travel stays inside that country; or "own": every source
        stays inside its own country (``source_country``, indices), all countries in one run
    limit_s : stop the search beyond this time (s); farther nodes read inf
    source_country : country index of each source, for ``country_restrict="own"``
    contracted : run Dijkstra on the junctions only (:class:`floodplan.sim.network.Chains`, the fast
        path); False runs it on every node (same times to rounding; kept as the reference)
    """
    passable, lo, hi = network.edge_intervals(blocked_pieces, country_restrict)
    c = country_restrict
    own = isinstance(c, str) and c == "own"
    if c is not None and not own and not isinstance(c, int | np.integer):
        c = network.country_index(c)
    lim = np.inf if limit_s is None else float(limit_s)
    n = network.n_nodes
    if isinstance(sources, Snap):
        if len(sources) == 0:
            return np.full(n, np.inf)
        flo, fhi = network.edge_wet(blocked_pieces)
        nodes, secs, which = _source_links(network, sources, flo, fhi)
        if own:
            # an edge left out only because it crosses the border is still driven up to its end inside
            keep = network.node_country[nodes] == np.asarray(source_country)[which]
            nodes, secs = nodes[keep], secs[keep]
        elif c is not None:
            keep = network.node_country[nodes] == c
            nodes, secs = nodes[keep], secs[keep]
        if len(nodes) == 0:
            return np.full(n, np.inf)
        if contracted and network._chains is not None:
            return network._chains.seconds_from(network, nodes, secs, passable, lim, lo, hi)
        g = network.csr(passable, extra=(nodes, secs))
        d = dijkstra(g, directed=True, indices=n, limit=lim)
        return d[:n]
    ids = np.asarray(sources, dtype=np.int64).ravel()
    if len(ids) == 0:
        return np.full(n, np.inf)
    if contracted and network._chains is not None:
        return network._chains.seconds_from(network, ids, np.zeros(len(ids)), passable, lim, lo, hi)
    g = network.csr(passable)
    return dijkstra(g, directed=True, indices=ids, min_only=True, limit=lim)


def travel_minutes(
    network: RoadNetwork,
    sources_node_ids,
    blocked_pieces: np.ndarray | None = None,
    country_restrict=None,
) -> np.ndarray:
    """Travel time (minutes) from the nearest source to every node; inf where unreachable.

    Parameters
    ----------
    network : RoadNetwork
    sources_node_ids : array of int, or Snap
        Network nodes the resources stand at (or their snapped positions along edges).
    blocked_pieces : ndarray of bool, optional
        Impassable road pieces (True), e.g. from ``network.cut_flooded(depth, 0.3)``.
    country_restrict : str or int, optional
        Keep travel inside this country (national mode).
    """
    return node_seconds(network, sources_node_ids, blocked_pieces, country_restrict) / 60.0


def point_seconds(
    network: RoadNetwork,
    node_s: np.ndarray,
    snap: Snap,
    passable,
    sources: Snap | None = None,
    point_country: np.ndarray | None = None,
    source_country: np.ndarray | None = None,
) -> np.ndarray:
    """Travel time (s) to points snapped part-way along edges, from the node times of a run.

    A point is reached from an end of its edge when the road between them is dry; when a source lies
    on the same edge the direct drive along it counts too, where that stretch is dry. ``passable`` is
    the flood's (lo, hi) per edge (:meth:`RoadNetwork.edge_wet`) or a bool per edge (False: the edge
    is impassable whole; a point at an end is still reached at that end). With ``point_country`` (a
    run where every country stays on its own) a point is reached only from ends in its own country and
    only by sources of its own country (``source_country``).
    """
    e, f = snap.edge, snap.fraction
    if len(e) == 0:
        return np.zeros(0)
    if isinstance(passable, tuple):
        lo, hi = passable[0][e], passable[1][e]
        lo_all, hi_all = passable
    else:
        ok_all = np.asarray(passable, dtype=bool)
        lo_all = np.where(ok_all, np.inf, 0.0)
        hi_all = np.where(ok_all, -np.inf, 1.0)
        lo, hi = lo_all[e], hi_all[e]
    sec = network.edge_seconds[e]
    u, v = network.edge_u[e], network.edge_v[e]
    du = node_s[u]
    dv = node_s[v]
    if point_country is not None:
        du = np.where(network.node_country[u] == point_country, du, np.inf)
        dv = np.where(network.node_country[v] == point_country, dv, np.inf)
    tu = np.where(f <= lo, du + f * sec, np.inf)
    tv = np.where(f >= hi, dv + (1 - f) * sec, np.inf)
    t = np.minimum(tu, tv)
    if sources is not None:
        for k, (se, sf) in enumerate(zip(sources.edge, sources.fraction)):  # per resource (a few)
            m = e == se
            if point_country is not None:
                m &= point_country == source_country[k]
            if m.any():
                fm = f[m]
                dry = (np.maximum(fm, sf) <= lo_all[se]) | (np.minimum(fm, sf) >= hi_all[se])
                t[m] = np.where(dry, np.minimum(t[m], np.abs(fm - sf) * network.edge_seconds[se]), t[m])
    return t


# ---------------------------------------------------------------------- inputs
def _text_column(gdf, name, layer, required=True, default=None) -> np.ndarray:
    if name not in gdf.columns:
        if required:
            raise InputError(f"layer '{layer}' has no attribute '{name}'; add a '{name}' column")
        return np.full(len(gdf), default, dtype=object)
    col = gdf[name]
    if required and col.isna().any():
        raise InputError(
            f"layer '{layer}', attribute '{name}' is empty for {int(col.isna().sum())} feature(s); fill it in"
        )
    return col.astype(str).str.strip().to_numpy(dtype=object)


@dataclass
class AccessInputs:
    """Everything about the layers that does not change between scenarios (cache it per project).

    Built by :meth:`prepare`: assets and resources tagged with jurisdiction and country, snapped to the
    network, the assets' population, kinds and cross-border flags checked.
    """

    network: RoadNetwork
    assets: gpd.GeoDataFrame
    resources: gpd.GeoDataFrame
    jurisdictions: gpd.GeoDataFrame
    asset_snap: Snap
    resource_snap: Snap
    asset_country: np.ndarray
    resource_country: np.ndarray
    population: np.ndarray
    asset_jur: np.ndarray
    asset_cells: AssetCells | None = None
    notes: list = field(default_factory=list)
    _footprints: tuple | None = None
    #: per asset / resource: farther than ``max_snap_m`` from the nearest road, so unreachable
    asset_far: np.ndarray | None = None
    resource_far: np.ndarray | None = None
    max_snap_m: float = DEFAULT_MAX_SNAP_M

    def footprint_topology(self) -> tuple[np.ndarray, bool]:
        """How the asset footprints lie against each other, for dissolving gaps fast (cached).

        Returns
        -------
        isolated : ndarray of bool
            Per asset: a polygon that touches no other asset (its dissolve is itself). False for
            points and lines.
        overlapping : bool
            Some polygon interiors overlap (a coverage union is then invalid; the general union is
            needed).
        """
        if self._footprints is None:
            import shapely

            geoms = np.asarray(self.assets.geometry.values)
            is_poly = np.isin(shapely.get_type_id(geoms), [3, 6])
            isolated = np.zeros(len(geoms), bool)
            overlapping = False
            idx = np.nonzero(is_poly)[0]
            if len(idx):
                g = geoms[idx]
                a, b = shapely.STRtree(g).query(g, predicate="intersects")
                other = a != b
                a, b = a[other], b[other]
                isolated[idx] = np.bincount(a, minlength=len(idx)) == 0
                # interiors that meet (overlap or containment); shared walls only touch
                overlapping = bool(len(a)) and bool(shapely.relate_pattern(g[a], g[b], "T********").any())
            self._footprints = (isolated, overlapping)
        return self._footprints

    @classmethod
    def prepare(
        cls,
        network: RoadNetwork,
        resources: gpd.GeoDataFrame,
        assets: gpd.GeoDataFrame,
        jurisdictions: gpd.GeoDataFrame,
        depth_grid: Grid | None = None,
        asset_cells: AssetCells | None = None,
        max_snap_m: float = DEFAULT_MAX_SNAP_M,
    ) -> AccessInputs:
        """Check and tag the layers; see :func:`compute_access` for their attributes.

        ``max_snap_m`` (m): resources and assets farther than this from the nearest road are
        unreachable (never covered, reaching nobody), each named in a note.
        """
        notes: list[str] = []
        max_snap_m = float(max_snap_m)
        if not max_snap_m > 0:
            raise refuse_with(
                "max_snap_m", "the snap distance", f"{{what}} must be more than 0 m, got {max_snap_m:g}"
            )
        if assets is None or len(assets) == 0:
            raise InputError("layer 'assets' is empty; give buildings (polygons or points) to compute access")
        if jurisdictions is None:
            raise InputError("no jurisdictions layer; give polygons with 'name' and 'country'")
        if not network.countries:
            raise InputError("the road network was built without jurisdictions; build it with them")
        if resources is None:
            resources = gpd.GeoDataFrame({"kind": []}, geometry=[], crs=assets.crs)
        if len(resources) and "kind" not in resources.columns:
            raise InputError("layer 'resources' has no attribute 'kind'; add a 'kind' (fire, ambulance, ...)")
        a = assign_jurisdictions(assets, jurisdictions, "assets")
        if a.attrs.get("note"):
            notes.append(a.attrs["note"])
        a["population"] = population_of(assets, notes)
        r = assign_jurisdictions(resources, jurisdictions, "resources")
        if r.attrs.get("note"):
            notes.append(r.attrs["note"])
        if len(r):
            r["kind"] = _text_column(resources, "kind", "resources").astype(str)
            r["kind"] = r["kind"].str.lower()
            r["cross_border"] = _bool_column(resources, "cross_border", True, "resources")
            if "id" not in r.columns:
                r["id"] = [str(i) for i in r.index]
            r["id"] = r["id"].astype(str)
            for col, default, low in (
                ("max_wading_m", np.nan, 0.0),
                ("launch_minutes", DEFAULT_LAUNCH_MINUTES, 0.0),
                ("water_speed_kmh", DEFAULT_WATER_SPEED_KMH, None),
            ):
                r[col] = _number_column(r, col, default, low)
        else:
            r["kind"] = pd.Series([], dtype=object)
            r["cross_border"] = pd.Series([], dtype=bool)
            r["id"] = pd.Series([], dtype=object)
            for col in ("max_wading_m", "launch_minutes", "water_speed_kmh"):
                r[col] = pd.Series([], dtype=float)
            notes.append("layer 'resources' is empty: nobody can be reached")
        asnap = network.snap(a.geometry)
        rsnap = network.snap(r.geometry)
        rfar = rsnap.distance_m > max_snap_m
        if rfar.any():
            ids = _names(r, rfar)
            notes.append(
                f"layer 'resources': {int(rfar.sum())} resource(s) lie more than {max_snap_m:g} m from the "
                f"nearest road ({ids}; up to {rsnap.distance_m[rfar].max() / 1000:,.1f} km) and reach nobody; "
                f"check their position (latitude and longitude swapped?) or {_RAISE_SNAP}"
            )
        afar = asnap.distance_m > max_snap_m
        if afar.any():
            ids = _names(a, afar)
            notes.append(
                f"layer 'assets': {int(afar.sum())} building(s) lie more than {max_snap_m:g} m from the nearest "
                f"road ({ids}) and count as unreachable; check their position or {_RAISE_SNAP}"
            )
        if network.n_components > 1 and len(r):
            main = np.argmax(np.bincount(network.node_component))
            off = network.node_component[network.edge_u[rsnap.edge]] != main
            if off.any():
                ids = ", ".join(r["id"].to_numpy()[off][:10])
                notes.append(
                    f"{int(off.sum())} resource(s) stand on a road piece cut off from the main network ({ids})"
                )
        a["snap_m"] = asnap.distance_m
        r["snap_m"] = rsnap.distance_m
        ac = pd.Index(network.countries).get_indexer(a["country"].astype(str)).astype(np.int64)
        rc = pd.Index(network.countries).get_indexer(r["country"].astype(str)).astype(np.int64)
        if asset_cells is None and depth_grid is not None:
            asset_cells = AssetCells.build(assets, depth_grid)
        aj = pd.Index(jurisdictions["name"].astype(str)).get_indexer(a["jurisdiction"].astype(str))
        pop = a["population"].to_numpy(dtype=float)
        return cls(
            network,
            a,
            r,
            jurisdictions,
            asnap,
            rsnap,
            ac,
            rc,
            pop,
            aj,
            asset_cells,
            notes,
            asset_far=afar,
            resource_far=rfar,
            max_snap_m=max_snap_m,
        )


def _number_column(gdf, name: str, default: float, low: float | None) -> np.ndarray:
    """A numeric resource attribute: empty values take ``default``; below ``low`` (or not above 0 when
    ``low`` is None) or not a number is refused, naming the attribute and the resource."""
    if name not in gdf.columns:
        return np.full(len(gdf), default, dtype=float)
    raw = gdf[name]
    v = pd.to_numeric(raw, errors="coerce").to_numpy(dtype=float)
    text = raw.notna() & raw.astype(str).str.strip().ne("") & np.isnan(v)
    bad = text.to_numpy() | (v < low if low is not None else v <= 0)
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        need = f"a number of {low:g} or more" if low is not None else "a number above 0"
        raise InputError(
            f"layer 'resources', attribute '{name}': value {raw.iloc[i]!r} of resource "
            f"'{gdf['id'].iloc[i]}' is not {need}; fix it or leave it empty for the default"
        )
    return np.where(np.isnan(v), default, v)


def _names(gdf, mask, most: int = 10) -> str:
    """'id' (or 'name', or the row number) of the first few features of a mask, for a note."""
    col = next((c for c in ("id", "name") if c in gdf.columns), None)
    rows = np.flatnonzero(mask)
    names = [str(gdf[col].iloc[i]) if col else f"row {i}" for i in rows[:most]]
    more = f" and {len(rows) - most} more" if len(rows) > most else ""
    return ", ".join(names) + more


def targets_for(kinds, minutes) -> dict:
    """Target minutes per kind: one number for all, or a dict (missing kinds take the defaults)."""
    out = {}
    for k in kinds:
        if isinstance(minutes, dict):
            t = minutes.get(k, DEFAULT_MINUTES.get(k, OTHER_MINUTES))
        elif minutes is None:
            t = DEFAULT_MINUTES.get(k, OTHER_MINUTES)
        else:
            t = minutes
        t = float(t)
        if not t > 0:
            raise InputError(f"target minutes for '{k}' must be positive, got {t:g}")
        out[k] = t
    return out


def _runs(inp: AccessInputs, sel: np.ndarray, mode: str):
    """The runs a set of resources needs: (resource mask, restriction) pairs.

    Resources that cross borders share one run on the whole network; all the others share one run in
    which every resource stays in its own country (the border crossings removed).
    """
    runs = []
    if mode == "joint":
        cb = inp.resources["cross_border"].to_numpy(dtype=bool)
        if (sel & cb).any():
            runs.append((sel & cb, None))
        local = sel & ~cb
    else:
        local = sel
    if local.any():
        runs.append((local, "own"))
    return runs


class FloodTravel:
    """What a flood does to movement, computed once per flood and shared by every kind and both modes:
    the road cut for each distinct wading limit (not once per resource), and the water graphs boats use.

    Parameters
    ----------
    network : RoadNetwork
    depth : Grid, optional
        Water depth (m); without it no road is cut and boats have no water.
    terrain : Grid, optional
        Ground with the defenses (m): bridges with ``deck_m`` are judged by their deck
        (:func:`floodplan.sim.network.cut_road`).
    closed_pieces : ndarray of bool, optional
        Road pieces closed whatever the water (tabletop injects).
    jurisdictions : GeoDataFrame, optional
        To keep boats in their own country's water in national mode.
    """

    def __init__(self, network, depth=None, terrain=None, closed_pieces=None, jurisdictions=None):
        self.network = network
        self.depth = depth
        self.terrain = terrain
        self.closed = None if closed_pieces is None else np.asarray(closed_pieces, dtype=bool)
        self.jurisdictions = jurisdictions
        self._cuts: dict = {}
        self._water: dict = {}
        self._water_grid: dict = {}
        self._water_country: dict = {}
        self._cell_country = None

    def set_cut(self, limit_m: float, cut) -> None:
        """Use a cut computed elsewhere (with the same closures) for that wading limit."""
        self._cuts[round(float(limit_m), 6)] = cut

    def cut(self, limit_m: float):
        """The road cut (:class:`floodplan.sim.network.RoadCut`, or the closures, or None) for vehicles
        that drive through ``limit_m`` metres of water."""
        key = round(float(limit_m), 6)
        if key not in self._cuts:
            if self.depth is None:
                cut = self.closed
            else:
                cut = cut_road(self.network, self.depth, key, self.terrain)
                if self.closed is not None:
                    cut = cut.close(self.network, self.closed)
            self._cuts[key] = cut
        return self._cuts[key]

    @property
    def limits(self) -> list:
        return sorted(self._cuts)

    def water(self, draft_m: float, national: bool) -> WaterGraph | None:
        """The navigable cells for a draft (m); national: no move between two countries' cells."""
        if self.depth is None:
            return None
        key = (round(float(draft_m), 6), bool(national))
        if key not in self._water:
            if national:
                self._water[key] = self.water(draft_m, False).within(self.cell_country())
            else:
                self._water[key] = WaterGraph.build(self.depth, float(draft_m))
        return self._water[key]

    def water_grid(self, draft_m: float) -> WaterGrid | None:
        """The navigable cells for a draft (m), searched on the grid (:class:`WaterGrid`); cached for the
        flood, shared by both modes and every boat."""
        if self.depth is None:
            return None
        key = round(float(draft_m), 6)
        if key not in self._water_grid:
            self._water_grid[key] = WaterGrid.build(self.depth, float(draft_m))
        return self._water_grid[key]

    def water_country(self, draft_m: float) -> np.ndarray:
        """Country index (into ``network.countries``, -1 outside) of every cell of the search's array of
        :meth:`water_grid` (its window of the water, :meth:`WaterGrid.crop`): only the cells there are ever
        asked (the boats' water)."""
        key = round(float(draft_m), 6)
        if key not in self._water_country:
            water = self.water_grid(draft_m)
            if self._cell_country is not None:
                self._water_country[key] = water.crop(self._cell_country, -1)
            else:
                self._water_country[key] = water.pad(self._countries_of(water.window_grid(self.depth)), -1)
        return self._water_country[key]

    def _countries_of(self, grid: Grid) -> np.ndarray:
        from floodplan.sim.stats import zone_grid

        zones = zone_grid(self.jurisdictions, grid)
        jc = pd.Index(self.network.countries).get_indexer(self.jurisdictions["country"].astype(str))
        return np.where(zones >= 0, jc[np.maximum(zones, 0)], -1)

    def cell_country(self) -> np.ndarray:
        """Country index (into ``network.countries``) of every cell of the depth grid, -1 outside."""
        if self._cell_country is None:
            self._cell_country = self._countries_of(self.depth)
        return self._cell_country


def resource_limits(inp: AccessInputs, max_depth_m: float, wading: dict | None = None) -> np.ndarray:
    """The wading limit (m) of every resource: its ``max_wading_m``; else its kind's limit in ``wading``;
    else ``max_depth_m`` (boats' trailers: 0.3 m). docs/command-line.md, `floodplan access`."""
    r = inp.resources
    if len(r) == 0:
        return np.zeros(0)
    kinds = r["kind"].to_numpy(dtype=object).astype(str)
    wading = {str(k).strip().lower(): float(v) for k, v in (wading or {}).items()}
    for k, v in wading.items():
        if not v >= 0:
            raise InputError(f"the wading limit for '{k}' must be 0 m or more, got {v:g}")
    kind_default = np.array(
        [wading.get(k, DEFAULT_TRAILER_WADING_M if k == BOAT_KIND else max_depth_m) for k in kinds], float
    )
    own = r["max_wading_m"].to_numpy(dtype=float) if "max_wading_m" in r.columns else np.full(len(r), np.nan)
    return np.where(np.isnan(own), kind_default, own)


def kind_seconds(
    inp: AccessInputs,
    sel: np.ndarray,
    mode: str,
    blocked: np.ndarray | None,
    travel: FloodTravel | None = None,
    limits: np.ndarray | None = None,
    asset_depth: np.ndarray | None = None,
    draft_m: float | None = None,
    limit_s: float | None = None,
    water: bool = True,
) -> tuple[np.ndarray, np.ndarray]:
    """Time (s) from the nearest of the selected resources to every asset and node, in a mode.

    Without ``travel`` every resource drives the roads of ``blocked``. With it (and ``limits``, the
    wading limit of every resource) the resources are run in groups of one wading limit, each on its own
    road cut, and an asset whose ``asset_depth`` (m) is deeper than a group's limit is not reached by
    that group by road. With ``draft_m`` the resources are boats (docs/command-line.md, `floodplan access`):
    by road
    (on the trailer) only to assets no deeper than the draft, and over the water of ``travel`` from
    every launch point to the assets at least ``draft_m`` deep.

    ``water`` False leaves the boats' water search out (a caller that needs no building in the water).

    Returns (asset seconds, node seconds); inf where unreachable. Resources kept to their own country
    reach only that country's assets and nodes; resources and assets farther than ``max_snap_m`` from
    the roads reach nobody and are reached by nobody.
    """
    net = inp.network
    at = np.full(len(inp.assets), np.inf)
    nt = np.full(net.n_nodes, np.inf)
    if inp.resource_far is not None:
        sel = sel & ~inp.resource_far
    res = inp.resources
    groups = []
    if travel is None or limits is None:
        groups.append((sel, blocked, None, None, None))
    else:
        keys = np.column_stack(
            [
                limits,
                res["water_speed_kmh"].to_numpy(dtype=float) if draft_m is not None else np.zeros(len(res)),
                res["launch_minutes"].to_numpy(dtype=float) if draft_m is not None else np.zeros(len(res)),
            ]
        )
        for key in np.unique(keys[sel], axis=0):  # one group per distinct limit (and boat speed/launch)
            g = sel & (keys == key).all(axis=1)
            groups.append((g, travel.cut(key[0]), key[0], key[1], key[2]))
    depth = None if asset_depth is None else np.nan_to_num(asset_depth, nan=0.0)
    for gmask, cut, limit, speed_kmh, launch_min in groups:
        # the last stretch to an asset may use a crossing edge up to the asset: only the flood stops it
        flood_ok = net.edge_wet(cut)
        road_ok = np.ones(len(at), bool)
        if depth is not None and limit is not None:
            road_ok &= ~(depth > limit)  # an asset in water deeper than the limit is not reached by road
        if depth is not None and draft_m is not None:
            road_ok &= ~(depth > draft_m)  # deeper than the draft: a boat reaches it only over the water
        for rmask, restrict in _runs(inp, gmask, mode):
            src = inp.resource_snap.subset(rmask)
            if restrict is None:
                d = node_seconds(net, src, cut, None, limit_s=limit_s)
                t = point_seconds(net, d, inp.asset_snap, flood_ok, src)
            else:
                rc = inp.resource_country[rmask]
                d = node_seconds(net, src, cut, "own", limit_s=limit_s, source_country=rc)
                t = point_seconds(net, d, inp.asset_snap, flood_ok, src, inp.asset_country, rc)
            np.minimum(at, np.where(road_ok, t, np.inf), out=at)
            np.minimum(nt, d, out=nt)
            if (
                water
                and draft_m is not None
                and travel is not None
                and depth is not None
                and (depth >= draft_m).any()
            ):
                w = _boat_water_seconds(
                    inp, travel, d, cut, draft_m, restrict, speed_kmh, launch_min, limit_s
                )
                if w is not None:
                    np.minimum(at, np.where(depth >= draft_m, w, np.inf), out=at)
    if inp.asset_far is not None:
        at[inp.asset_far] = np.inf
    return at, nt


def boat_launches(inp, travel, water, draft_m, node_s, cut, own_country):
    """Where a boat's trailer can put it in the water, and when it gets there.

    Parameters
    ----------
    inp : AccessInputs
    travel : FloodTravel
    water : WaterGrid
        The water the boat can use (:meth:`FloodTravel.water_grid` for its draft).
    draft_m : float
        The boat's draft (m).
    node_s : ndarray (n_nodes,)
        Seconds for the trailer to reach each road node (inf where it cannot).
    cut : ndarray of bool or None
        Road pieces the flood closes.
    own_country : bool
        A boat kept to its own country (national mode) is put in only into its own country's water.

    Returns
    -------
    launch : ndarray of int
        Launch cells (flat indices of ``water``'s window).
    seconds : ndarray of float
        Seconds to reach each launch cell by road (s), the launch itself not included.
    water_country : ndarray of int or None
        The country of every water cell for ``own_country``, else None (the boat moves anywhere).
    """
    cells, ts, node_country = launch_seconds(inp.network, node_s, cut, travel.depth, water.near())
    launch, which = water.launch_cells(cells)
    wcc = None
    if own_country:
        # a boat kept to its own country is put in only into its own country's water, and moves only there
        wcc = travel.water_country(draft_m)
        own = wcc[water.window_cells(launch)] == node_country[which]
        launch, which = launch[own], which[own]
    return launch, ts[which], wcc


def _boat_water_seconds(inp, travel, node_s, cut, draft_m, restrict, speed_kmh, launch_min, limit_s):
    """Seconds to every asset over the water, from the launch points the trailers reach (node_s)."""
    water = travel.water_grid(draft_m)
    if water is None or water.n == 0 or inp.asset_cells is None:
        return None
    launch, ts, wcc = boat_launches(inp, travel, water, draft_m, node_s, cut, restrict is not None)
    lim = np.inf if limit_s is None else float(limit_s)
    start = ts + launch_min * 60.0
    out = water.asset_seconds(inp.asset_cells, len(inp.assets), launch, start, speed_kmh / 3.6, lim, wcc)
    if restrict is not None:
        # and serves only its own country's people
        fc = inp.asset_cells.cells
        wet = water.nav[fc]
        reach_c = np.full(len(out), -1)
        reach_c[inp.asset_cells.owner[wet]] = wcc[water.window_cells(fc[wet])]
        out = np.where(reach_c == inp.asset_country, out, np.inf)
    return out


# ---------------------------------------------------------------------- result
@dataclass
class AccessResult:
    """Travel times and coverage of one mode.

    Attributes
    ----------
    assets : GeoDataFrame
        Every asset with the contract columns ``jurisdiction``, ``country``, ``depth_m``, ``minutes``
        (NaN where unreachable) and ``covered``, plus ``population``, ``snap_m`` (distance to the road,
        m) and per kind ``minutes_<kind>`` and ``covered_<kind>``.
    summary : dict
        The contract's JSON: ``mode``, ``minutes``, ``jurisdictions`` and ``countries`` (each with
        ``assets``, ``population``, ``covered_population``, ``gap_population``), plus ``kinds``
        (the same tables per resource kind with its target) and ``notes``.
    mode : str
    targets : dict
        Target minutes per kind.
    node_minutes : dict
        Per kind, minutes from the nearest resource to every network node (inf where unreachable).
    blocked_pieces : RoadCut or ndarray of bool or None
        Road pieces cut by the flood at the default wading limit (``max_depth_m``).
    notes : list of str
    travel : FloodTravel or None
        The road cuts per wading limit and the boats' water of this flood.
    limits : ndarray of float or None
        The wading limit (m) of every resource.
    kind_cuts : dict
        Per kind, the road cut of its most capable vehicles (its highest wading limit), for drawing.
    draft_m : float
        The boats' draft (m).
    """

    assets: gpd.GeoDataFrame
    summary: dict
    mode: str
    targets: dict
    node_minutes: dict
    blocked_pieces: np.ndarray | None
    inputs: AccessInputs
    notes: list = field(default_factory=list)
    travel: FloodTravel | None = None
    limits: np.ndarray | None = None
    kind_cuts: dict = field(default_factory=dict)
    draft_m: float = DEFAULT_DRAFT_M

    def kind_seconds(
        self, sel: np.ndarray, mode: str | None = None, limit_s: float | None = None, kind=None, water=True
    ):
        """Asset and node seconds of the resources ``sel`` under this result's flood and rules
        (:func:`kind_seconds`); ``kind`` says whether they are boats (default: the kind of the first)."""
        if kind is None:
            kinds = self.inputs.resources["kind"].to_numpy(dtype=object).astype(str)
            kind = kinds[np.flatnonzero(sel)[0]] if sel.any() else ""
        depth = self.assets["depth_m"].to_numpy(dtype=float)
        return kind_seconds(
            self.inputs,
            sel,
            mode or self.mode,
            self.blocked_pieces,
            self.travel,
            self.limits,
            depth,
            self.draft_m if kind == BOAT_KIND else None,
            limit_s,
            water,
        )

    @property
    def kinds(self) -> list:
        return list(self.targets)


def summarise(
    assets: pd.DataFrame,
    covered: np.ndarray,
    jurisdictions: gpd.GeoDataFrame,
    jur_code: np.ndarray | None = None,
    country_code: np.ndarray | None = None,
) -> dict:
    """Contract tables ``jurisdictions`` and ``countries`` for one coverage column.

    ``jur_code`` (row of the jurisdictions layer per asset) and ``country_code`` (index into the sorted
    country names) are taken from the assets' names when not given.
    """
    pop = assets["population"].to_numpy(dtype=float)
    jn = jurisdictions["name"].astype(str).tolist()
    cn = sorted(pd.unique(jurisdictions["country"].astype(str)))
    if jur_code is None:
        jur_code = pd.Index(jn).get_indexer(assets["jurisdiction"].astype(str))
    if country_code is None:
        country_code = pd.Index(cn).get_indexer(assets["country"].astype(str))
    out = {}
    for level, names, code in (("jurisdictions", jn, jur_code), ("countries", cn, country_code)):
        ok = code >= 0
        c = code[ok]
        n = len(names)
        cnt = np.bincount(c, minlength=n)
        p = np.bincount(c, pop[ok], minlength=n)
        cp = np.bincount(c, np.where(covered, pop, 0.0)[ok], minlength=n)
        out[level] = {
            str(name): {
                "assets": int(cnt[i]),
                "population": float(p[i]),
                "covered_population": float(cp[i]),
                "gap_population": float(p[i] - cp[i]),
            }
            for i, name in enumerate(names)
        }
    return out


def compute_access(
    network: RoadNetwork,
    resources_gdf: gpd.GeoDataFrame | None,
    assets_gdf: gpd.GeoDataFrame | None,
    jurisdictions_gdf: gpd.GeoDataFrame | None,
    depth_grid: Grid | None = None,
    max_depth_m: float = 0.3,
    mode: str = "joint",
    minutes: float | dict | None = 15.0,
    kind: str | None = None,
    blocked_pieces: np.ndarray | None = None,
    inputs: AccessInputs | None = None,
    feedback: Feedback | None = None,
    *,
    wading: dict | None = None,
    boat_draft_m: float = DEFAULT_DRAFT_M,
    terrain: Grid | None = None,
    closed_pieces: np.ndarray | None = None,
    travel: FloodTravel | None = None,
    max_snap_m: float = DEFAULT_MAX_SNAP_M,
) -> AccessResult:
    """Who the response resources reach in time, in one mode, each kind moving as it does in a flood.

    Parameters
    ----------
    network : RoadNetwork
        Built with the jurisdictions (for countries and crossings).
    resources_gdf : GeoDataFrame
        Points with ``kind`` (required), ``cross_border`` (default true), ``id``, ``name``, and
        optionally ``max_wading_m`` (m), and for boats ``launch_minutes`` (default 5) and
        ``water_speed_kmh`` (default 8).
    assets_gdf : GeoDataFrame
        Building polygons or points with ``population`` (people, default 0).
    jurisdictions_gdf : GeoDataFrame
        Polygons with ``name`` and ``country``.
    depth_grid : Grid, optional
        Water depth (m): the stretches of road deeper than a resource's wading limit are impassable to
        it, each asset's ``depth_m`` is read from it, and boats move over it.
    max_depth_m : float
        Wading limit (m) of road vehicles without a ``max_wading_m`` or a limit for their kind.
    mode : {"joint", "national"}
    minutes : float or dict or None
        Target time (minutes): one number for every kind (contract default 15), or a dict per kind
        (kinds left out take fire 10, ambulance 15, others 15); None = those defaults.
    kind : str, optional
        Keep only resources of this kind.
    blocked_pieces : RoadCut or ndarray of bool, optional
        The precomputed cut at ``max_depth_m`` (skips that cut from ``depth_grid``).
    inputs : AccessInputs, optional
        Prepared layers (cache across scenarios); then the three GeoDataFrames may be None.
    wading : dict, optional
        Wading limit (m) per kind (a project's or scenario's setting).
    boat_draft_m : float
        Water a boat needs (m).
    terrain : Grid, optional
        Ground (m), for bridges with ``deck_m`` in the cuts of the other wading limits.
    closed_pieces : ndarray of bool, optional
        Road pieces closed whatever the water (joined to every cut).
    travel : FloodTravel, optional
        Shared cuts and water (pass the one of the other mode to cut each limit once).
    max_snap_m : float
        When ``inputs`` is not given: resources and assets farther than this (m) from the nearest road
        are unreachable.

    Returns
    -------
    AccessResult
        An asset is ``covered`` when some kept kind reaches it within that kind's target; with a single
        target this is exactly "the nearest resource is at most ``minutes`` away".
    """
    if mode not in MODES:
        raise InputError(f"mode '{mode}' is unknown; use 'joint' or 'national'")
    if not boat_draft_m > 0:
        raise refuse_with(
            "boat_draft_m", "the boats' draft", f"{{what}} must be more than 0 m, got {boat_draft_m:g}"
        )
    step(feedback, 0.0, "preparing layers")
    if inputs is None:
        inputs = AccessInputs.prepare(
            network, resources_gdf, assets_gdf, jurisdictions_gdf, depth_grid, max_snap_m=max_snap_m
        )
    notes = list(network.notes) + list(inputs.notes)
    res = inputs.resources
    rkind = res["kind"].to_numpy(dtype=object).astype(str) if len(res) else np.zeros(0, dtype=str)
    if kind is not None:
        kind = str(kind).strip().lower()
        if not (rkind == kind).any():
            present = ", ".join(sorted(set(rkind))) or "none"
            raise InputError(f"layer 'resources' has no resource of kind '{kind}' (kinds present: {present})")
        kinds = [kind]
    else:
        kinds = sorted(set(rkind))
    targets = targets_for(kinds, minutes)

    if travel is None:
        travel = FloodTravel(network, depth_grid, terrain, closed_pieces, inputs.jurisdictions)
    if blocked_pieces is not None:
        travel.set_cut(max_depth_m, blocked_pieces)
    elif depth_grid is not None or closed_pieces is not None:
        step(feedback, 0.1, "cutting flooded roads")
        blocked_pieces = travel.cut(max_depth_m)
    limits = resource_limits(inputs, max_depth_m, wading)

    a = inputs.assets.copy()
    if depth_grid is not None:
        cells = inputs.asset_cells or AssetCells.build(a, depth_grid)
        if inputs.asset_cells is None:
            inputs.asset_cells = cells
        a["depth_m"] = asset_max(cells, depth_grid.z)
    else:
        a["depth_m"] = np.nan
    depth_m = a["depth_m"].to_numpy(dtype=float)
    best = np.full(len(a), np.inf)
    covered = np.zeros(len(a), dtype=bool)
    codes = (inputs.asset_jur, inputs.asset_country)
    node_minutes = {}
    kind_tables = {}
    kind_cuts = {}
    for i, k in enumerate(kinds):  # per resource kind (a few)
        step(feedback, 0.2 + 0.7 * i / max(len(kinds), 1), f"travel times for {k} ({mode})")
        sel = rkind == k
        draft = boat_draft_m if k == BOAT_KIND else None
        at, nt = kind_seconds(inputs, sel, mode, blocked_pieces, travel, limits, depth_m, draft)
        if sel.any():
            kind_cuts[k] = travel.cut(float(limits[sel].max()))
        m = at / 60.0
        cov = m <= targets[k] + 1e-9
        a[f"minutes_{k}"] = np.where(np.isfinite(m), m, np.nan)
        a[f"covered_{k}"] = cov
        node_minutes[k] = nt / 60.0
        np.minimum(best, m, out=best)
        covered |= cov
        kind_tables[k] = {"minutes": targets[k], **summarise(a, cov, inputs.jurisdictions, *codes)}
        if sel.any():
            kind_tables[k]["max_wading_m"] = sorted({float(x) for x in limits[sel]})
            if k == BOAT_KIND:
                kind_tables[k]["boat_draft_m"] = float(boat_draft_m)
    for lim in travel.limits:
        cut = travel.cut(lim)
        if cut is not None and np.asarray(cut).any():
            notes.append(
                f"{int(np.asarray(cut).sum())} road piece(s) impassable (water deeper than {lim:g} m)"
            )
    a["minutes"] = np.where(np.isfinite(best), best, np.nan)
    a["covered"] = covered
    unreach = ~np.isfinite(best)
    if unreach.any():
        notes.append(f"{int(unreach.sum())} building(s) cannot be reached by any resource in {mode} mode")
    minutes_key = targets[kinds[0]] if len(set(targets.values())) == 1 and kinds else targets
    if not kinds:
        minutes_key = minutes if not isinstance(minutes, dict) else dict(minutes)
    summary = {
        "mode": mode,
        "minutes": minutes_key,
        **summarise(a, covered, inputs.jurisdictions, *codes),
        "kinds": kind_tables,
        "notes": notes,
    }
    step(feedback, 1.0, "access done")
    return AccessResult(
        a,
        summary,
        mode,
        targets,
        node_minutes,
        blocked_pieces,
        inputs,
        notes,
        travel=travel,
        limits=limits,
        kind_cuts=kind_cuts,
        draft_m=float(boat_draft_m),
    )
