"""The map's artist builders: one per layer kind, used by the app's canvas and by the plates alike.

Each builder turns a layer (or a part of a scenario result) and the style table
(:mod:`floodplan.core.styles`, depth classes in :mod:`floodplan.core.depth`) into matplotlib artists with
their colours, widths, markers and z-order, and adds them to an Axes. Every decision about how the map looks
is made here, so a plate looks like the screen because both are drawn by this code:

- vector layers by role (:func:`draw_vector`): resources by kind, defenses by status and breach, buildings
  by kind, roads by speed class and closure, jurisdictions by country, rivers and other layers in one style;
- rasters (:func:`raster_rgba`): the DEM as shaded relief, other rasters as a colour ramp;
- the flood depth (:func:`depth_rgba`, :func:`depth_alpha`), coverage gaps (:func:`draw_gaps`), service
  areas (:func:`draw_service_areas`), roads closed by water (:func:`draw_closed_roads`), buildings reached
  only by boat (:func:`draw_boat_only`), the national border (:func:`draw_border`), the names
  (:func:`label_specs`), the selection / atlas highlight (:func:`draw_highlight`) and a tabletop
  exercise's marks (:func:`draw_exercise_marks`);
- the drawing order of all of them (:func:`layer_zorders` and the ``Z_*`` constants).

What differs between screen and paper stays with the host: the canvas culls the collections to its view
(each vector builder returns a :class:`VectorPart` holding the vertex arrays a culler needs), samples
images to its pixels and paints names and the selection with Qt; plates scale symbols for large paper.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely
from matplotlib.collections import PathCollection
from matplotlib.colors import to_rgba
from matplotlib.lines import Line2D
from matplotlib.markers import MarkerStyle
from matplotlib.patches import Patch
from matplotlib.path import Path
from matplotlib.transforms import IdentityTransform

from floodplan.core import styles as S
from floodplan.core.depth import DepthClasses
from floodplan.core.grid import Grid
from floodplan.render.paths import line_arrays, point_xy, polygon_arrays, split_kinds
from floodplan.render.relief import shaded_relief
from floodplan.render.resultview import BOAT_KIND

# z-order of what is drawn above the layers (vector layers are at 100 + their position, see layer_zorders).
#: The national border (under the result overlays, above every layer of a project of up to 37 layers).
Z_BORDER = 138.0
#: Coverage gaps.
Z_GAPS = 140.0
#: Roads closed by water.
Z_CLOSED_ROADS = 145.0
#: Buildings reached only by boat.
Z_BOAT_ONLY = 146.0
#: Marks of a tabletop exercise (moved resources, resources out of service).
Z_EXERCISE = 147.0
#: The highlighted selection / atlas feature.
Z_HIGHLIGHT = 150.0
#: Names of jurisdictions and countries.
Z_LABELS = 200.0
#: Offset of vector layers above the rasters, the jurisdictions' tint and the flood.
Z_VECTOR = 100.0


def layer_zorders(project, small_scale: bool = False) -> tuple[dict[str, float], float]:
    """The z-order of each layer and of the flood depth.

    Layers are drawn in project order (first = bottom). The flood goes above rasters and the jurisdictions'
    tint and below roads, buildings and symbols (every other vector layer is lifted by :data:`Z_VECTOR`),
    whatever the layer order, so the water never hides what it threatens. At small scales (plates at
    1:50,000 and smaller) the flood is a strip a few cells wide and goes above the lines and areas, below
    the result overlays, the point symbols and the names.

    Returns
    -------
    zorders : {layer name: z}
    depth_z : z of the flood depth image
    """
    out = {}
    depth_z = 1.5
    z = 1.0
    for lyr in project.layers:
        z += 1.0
        if lyr.is_raster or lyr.role in ("dem", "jurisdictions"):
            out[lyr.name] = z
            depth_z = max(depth_z, z + 0.5)
        else:
            out[lyr.name] = z + Z_VECTOR
    if small_scale:
        depth_z = S.SMALL_SCALE_DEPTH_Z
    return out, depth_z


def depth_alpha(small_scale: bool = False) -> float:
    """Opacity of the flood depth: opaque (the class colours exactly) on screen and on large-scale plates;
    slightly translucent at small scales, where roads and rivers must show through the flood strip."""
    return S.SMALL_SCALE_DEPTH_ALPHA if small_scale else 1.0


# ---------------------------------------------------------------------------------------------- helpers
def _col(gdf, name, default):
    if name in gdf.columns:
        return gdf[name].to_numpy()
    return np.full(len(gdf), default, dtype=object)


def _lower(values, default) -> np.ndarray:
    return pd.Series(values, dtype=object).fillna(default).astype(str).str.strip().str.lower().to_numpy()


def _rgba(color, opacity: float = 1.0) -> tuple[float, float, float, float]:
    """RGBA of a colour with the layer's opacity folded into its alpha (not the collection's alpha, which
    would replace a colour's own alpha, e.g. the jurisdictions' translucent tint)."""
    if color is None or (isinstance(color, str) and color == "none"):
        return (0.0, 0.0, 0.0, 0.0)
    r, g, b, a = to_rgba(color)
    return (r, g, b, a * float(opacity))


def fade(artist, opacity: float):
    """Scale an artist's face and edge alpha by ``opacity`` (0–1): a result layer's opacity on screen."""
    if opacity < 1.0:
        for get, put in (
            (artist.get_facecolor, artist.set_facecolor),
            (artist.get_edgecolor, artist.set_edgecolor),
        ):
            c = np.array(get(), dtype=float, copy=True)
            if c.size:
                c[..., 3] *= opacity
                put(c)
    return artist


def _marker_path(marker) -> Path:
    ms = MarkerStyle(marker)
    return ms.get_path().transformed(ms.get_transform())


def _marker_collection(ax, k, xy, markers, faces, edges, size_pt2, lw, z) -> PathCollection:
    """Point symbols: one collection, one marker path per point (shared per distinct marker)."""
    cache = {}
    paths = []
    for m in markers:
        if m not in cache:
            cache[m] = _marker_path(m)
        paths.append(cache[m])
    coll = PathCollection(
        paths,
        sizes=np.full(len(xy), size_pt2 * k * k),
        offsets=np.asarray(xy, float).reshape(-1, 2),
        offset_transform=ax.transData,
        facecolors=faces,
        edgecolors=edges,
        linewidths=lw * k,
        zorder=z,
    )
    coll.set_transform(IdentityTransform())
    ax.add_collection(coll, autolim=False)
    return coll


def _paths_collection(ax, k, paths, faces, edges, lws, z, lss=None, hatch=None) -> PathCollection:
    coll = PathCollection(
        paths,
        facecolors=faces,
        edgecolors=edges,
        linewidths=np.asarray(lws, dtype=float) * k,
        linestyles=lss if lss is not None else "solid",
        transform=ax.transData,
        zorder=z,
        hatch=hatch,
        capstyle="round",
        joinstyle="round",
    )
    ax.add_collection(coll, autolim=False)
    return coll


def layer_key(lyr) -> str:
    """The legend key of a layer drawn in one style: ``layer.<name>``.

    Its text is the layer's title in each language (``lyr.extra["titles"]``, {lang: text}; see
    :func:`floodplan.plates.i18n.layer_titles`); a layer without titles is named by its role's term
    (``role.river``: "River / Fluss") or, for role 'other', by its humanised name ("water_areas" ->
    "Water areas"), never by the raw table name.
    """
    return f"layer.{lyr.name}"


def country_colors(countries) -> dict:
    """{country: tint}: the countries in sorted order take :data:`~floodplan.core.styles.COUNTRY_TINTS`
    in turn (the same country gets the same tint on screen, on every plate and in the inset)."""
    uniq = sorted({str(c) for c in countries})
    return {c: S.COUNTRY_TINTS[i % len(S.COUNTRY_TINTS)] for i, c in enumerate(uniq)}


# ---------------------------------------------------------------------------------------------- classes
@dataclass
class _Classes:
    """Style classes of one geometry kind of one layer: a class per unit and a style per class."""

    unit_class: np.ndarray  # class key per unit (object)
    styles: dict  # key -> {face, edge, lw, ls, marker, size}
    legend: list = field(default_factory=list)  # (key, handle)


def _polygon_classes(lyr, sub) -> _Classes:
    role, custom = lyr.role, lyr.color
    base = S.ROLE_STYLE.get(role, S.ROLE_STYLE["other"])
    edge, lw = base.get("edge", "#636363"), base.get("lw", 0.8)
    if role == "assets":
        cls = _lower(_col(sub, "kind", "residential"), "residential")
        st = {k: {"face": custom or S.asset_color(k), "edge": edge, "lw": lw} for k in dict.fromkeys(cls)}
        leg = [
            (f"kind.{k}", Patch(facecolor=s["face"], edgecolor=edge, linewidth=0.5)) for k, s in st.items()
        ]
        return _Classes(cls, st, leg)
    if role == "jurisdictions":
        cls = pd.Series(_col(sub, "country", "")).astype(str).to_numpy()
        tints = country_colors(cls)
        st = {
            k: {"face": to_rgba(custom or tints[k], S.JURISDICTION_ALPHA), "edge": edge, "lw": lw,
                "ls": S.JURISDICTION_DASH}
            for k in dict.fromkeys(cls)
        }  # fmt: skip
        leg = [("legend.jurisdiction_border", Line2D([], [], color=edge, lw=lw, ls=S.JURISDICTION_DASH))]
        return _Classes(cls, st, leg)
    face = custom or base.get("face", "#d9d9d9")
    cls = np.full(len(sub), "", dtype=object)
    return _Classes(cls, {"": {"face": face, "edge": edge, "lw": lw}},
                    [(layer_key(lyr), Patch(facecolor=face, edgecolor=edge))])  # fmt: skip


def _line_classes(lyr, sub, breaches) -> tuple[_Classes, str | None]:
    role, custom = lyr.role, lyr.color
    base = S.ROLE_STYLE.get(role, S.ROLE_STYLE["other"])
    if role == "roads":
        closed = np.asarray(pd.Series(_col(sub, "closed", False)).fillna(False), dtype=bool)
        speed = pd.to_numeric(pd.Series(_col(sub, "speed_kmh", 50.0)), errors="coerce").fillna(50).to_numpy()
        cls = np.where(closed, "closed", np.where(speed >= S.ROAD_FAST_KMH, "fast", "slow")).astype(object)
        table, prefix = {"fast": S.ROAD_FAST, "slow": S.ROAD_SLOW, "closed": S.ROAD_CLOSED}, "legend.road_"
    elif role == "defenses":
        status = _lower(_col(sub, "status", "existing"), "existing")
        ids = pd.Series(_col(sub, "id", "")).astype(str).to_numpy()
        cls = np.where(
            np.isin(ids, list(breaches)), "breached", np.where(status == "planned", "planned", "existing")
        ).astype(object)
        table = {"existing": S.DEFENSE_EXISTING, "planned": S.DEFENSE_PLANNED, "breached": S.DEFENSE_BREACHED}
        prefix = "legend.defense_"
    else:
        edge, lw = custom or base.get("edge", "#636363"), base.get("lw", 0.8)
        cls = np.full(len(sub), "", dtype=object)
        return _Classes(cls, {"": {"face": "none", "edge": edge, "lw": lw}},
                        [(layer_key(lyr), Line2D([], [], color=edge, lw=lw))]), None  # fmt: skip
    # A user's layer colour recolours the open classes; closed roads and breached defenses stay red.
    keep_red = ("closed", "breached")
    st = {
        k: {"face": "none", "edge": (custom if custom and k not in keep_red else s["edge"]), "lw": s["lw"],
            "ls": s.get("ls", "solid")}
        for k, s in table.items()
    }  # fmt: skip
    present = set(cls.tolist())
    leg = [
        (prefix + k, Line2D([], [], color=s["edge"], lw=s["lw"], ls=s.get("ls", "solid")))
        for k, s in table.items()
        if k in present
    ]
    return _Classes(cls, {k: st[k] for k in dict.fromkeys(cls)}, leg), prefix


def _point_classes(lyr, sub) -> _Classes:
    role, custom = lyr.role, lyr.color
    base = S.ROLE_STYLE.get(role, S.ROLE_STYLE["other"])
    if role == "resources":
        cls = _lower(_col(sub, "kind", "other"), "other")
        st, leg = {}, []
        for k in dict.fromkeys(cls):
            c, m = S.resource_style(k)
            st[k] = {
                "face": custom or c,
                "edge": base["edge"],
                "lw": base["lw"],
                "marker": m,
                "size": base["size"],
            }
            leg.append((f"resource.{k}", Line2D([], [], ls="none", marker=m, markerfacecolor=custom or c,
                                                markeredgecolor=base["edge"], markersize=8)))  # fmt: skip
        return _Classes(cls, st, leg)
    if role == "assets":
        cls = _lower(_col(sub, "kind", "residential"), "residential")
        st = {
            k: {"face": custom or S.asset_color(k), "edge": base["edge"], "lw": base["lw"], "marker": "s",
                "size": S.ASSET_POINT_SIZE}
            for k in dict.fromkeys(cls)
        }  # fmt: skip
        leg = [(f"kind.{k}", Patch(facecolor=s["face"], edgecolor=base["edge"])) for k, s in st.items()]
        return _Classes(cls, st, leg)
    marker, face = base.get("marker", "o"), custom or base.get("face", "#d9d9d9")
    edge = base.get("edge", "#636363")
    st = {"": {"face": face, "edge": edge, "lw": base.get("lw", 0.5), "marker": marker,
               "size": base.get("size", 15)}}  # fmt: skip
    leg = [(layer_key(lyr), Line2D([], [], ls="none", marker=marker, markerfacecolor=face,
                                   markeredgecolor=edge, markersize=6))]  # fmt: skip
    return _Classes(np.full(len(sub), "", dtype=object), st, leg)


# ---------------------------------------------------------------------------------------------- vectors
@dataclass
class VectorPart:
    """One geometry kind of one layer, drawn as one collection, with what a view culler needs.

    A *unit* is a feature for polygons, a feature's part for lines and one point for points.

    Attributes
    ----------
    kind : 'polygon', 'line' or 'point'
    artist : the PathCollection (polygons and lines: one compound path per style class, in the order of
        ``class_face``/``class_edge``; points: one marker path per point)
    rows : (n_units,) int, the layer row (position) of each unit
    bounds : (n_units, 4) float, xmin, ymin, xmax, ymax of each unit (m)
    coords : (n_vertices, 2) float, codes : (n_vertices,) path codes, vert_unit : (n_vertices,) int —
        polygons and lines only (empty for points)
    unit_class : (n_units,) int, the style class of each unit
    class_face, class_edge : (n_classes, 4) float RGBA, the layer's opacity folded in
    legend : (i18n key, handle) pairs of the classes present
    """

    kind: str
    artist: PathCollection
    rows: np.ndarray
    bounds: np.ndarray
    unit_class: np.ndarray
    class_face: np.ndarray
    class_edge: np.ndarray
    coords: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    codes: np.ndarray = field(default_factory=lambda: np.zeros(0, Path.code_type))
    vert_unit: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    legend: list = field(default_factory=list)

    def class_paths(self, keep: np.ndarray | None = None) -> list[Path]:
        """One compound path per class of the units where ``keep`` (None: all units); a class with no unit
        kept gets an empty path, so the collection's per-class colours and widths stay aligned."""
        vcls = self.__dict__.get("_vert_class")
        if vcls is None:  # once per part: the class of each vertex
            vcls = self._vert_class = (
                self.unit_class[self.vert_unit] if len(self.vert_unit) else self.vert_unit
            )
        coords, codes = self.coords, self.codes
        if keep is not None:  # the kept vertices first, then split by class: O(vertices + kept × classes)
            vkeep = keep[self.vert_unit]
            coords, codes, vcls = coords[vkeep], codes[vkeep], vcls[vkeep]
        out = []
        for k in range(len(self.class_face)):  # a handful of style classes, not features
            m = vcls == k
            out.append(Path(coords[m], codes[m]) if m.any() else Path(np.zeros((0, 2))))
        return out


def _class_index(keys_per_unit: np.ndarray, keys: list) -> np.ndarray:
    pos = {k: i for i, k in enumerate(keys)}
    return np.fromiter((pos[k] for k in keys_per_unit), dtype=np.int64, count=len(keys_per_unit))


def draw_vector(
    ax, lyr, z: float, *, breaches=(), symbol_scale: float = 1.0, point_z: float = 0.0
) -> list[VectorPart]:
    """Draw a vector layer: one collection per geometry kind present (polygons, lines, points).

    Parameters
    ----------
    ax : matplotlib Axes in the layer's (metric) CRS
    lyr : floodplan Layer (``role``, ``data`` GeoDataFrame, ``color`` user colour or None, ``opacity`` 0–1)
    z : z-order of the layer (see :func:`layer_zorders`)
    breaches : ids of breached defenses (drawn in the breach style)
    symbol_scale : factor on line widths and symbol sizes (plates on large paper)
    point_z : added to the z-order of point symbols (small-scale plates lift them above the flood)

    Returns
    -------
    list of VectorPart, in the order polygons, lines, points (kinds absent are left out)
    """
    gdf = lyr.data
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    kinds = split_kinds(geoms)
    ks, op = float(symbol_scale), float(lyr.opacity)
    breaches = set(map(str, breaches))
    parts = []

    idx = kinds["polygon"]
    if len(idx):
        cl = _polygon_classes(lyr, gdf.iloc[idx])
        keys = list(cl.styles)
        g = geoms[idx]
        coords, codes, vert = polygon_arrays(g)
        part = _line_or_polygon_part(
            "polygon", ax, ks, op, z, cl, keys, idx, shapely.bounds(g), coords, codes, vert
        )
        parts.append(part)

    idx = kinds["line"]
    if len(idx):
        cl, _prefix = _line_classes(lyr, gdf.iloc[idx], breaches)
        keys = list(cl.styles)
        pieces, owner = shapely.get_parts(geoms[idx], return_index=True)  # cull by part: rivers are long
        coords, codes, vert = line_arrays(pieces)
        cl.unit_class = cl.unit_class[owner]
        part = _line_or_polygon_part(
            "line", ax, ks, op, z, cl, keys, idx[owner], shapely.bounds(pieces), coords, codes, vert
        )
        parts.append(part)

    idx = kinds["point"]
    if len(idx):
        cl = _point_classes(lyr, gdf.iloc[idx])
        xy, owner = point_xy(geoms[idx])
        keys = list(cl.styles)
        ucls = _class_index(cl.unit_class[owner], keys)
        faces = np.array([_rgba(cl.styles[k]["face"], op) for k in keys]).reshape(-1, 4)
        edges = np.array([_rgba(cl.styles[k]["edge"], op) for k in keys]).reshape(-1, 4)
        s0 = cl.styles[keys[0]]
        coll = _marker_collection(
            ax, ks, xy, [cl.styles[keys[c]]["marker"] for c in ucls], faces[ucls], edges[ucls],
            s0["size"], s0["lw"], z + point_z,
        )  # fmt: skip
        _rasterise_if_dense(coll, len(xy), len(xy))
        bounds = np.column_stack([xy, xy]) if len(xy) else np.zeros((0, 4))
        parts.append(VectorPart("point", coll, idx[owner], bounds, ucls, faces, edges, legend=cl.legend))
    if lyr.width is not None:  # one width for every symbol (a QGIS style's, see floodplan.io.qml)
        for part in parts:
            part.artist.set_linewidths(lyr.width * ks)
    return parts


def _line_or_polygon_part(kind, ax, ks, op, z, cl, keys, rows, bounds, coords, codes, vert) -> VectorPart:
    ucls = _class_index(cl.unit_class, keys)
    faces = np.array([_rgba(cl.styles[k]["face"], op) for k in keys]).reshape(-1, 4)
    edges = np.array([_rgba(cl.styles[k]["edge"], op) for k in keys]).reshape(-1, 4)
    part = VectorPart(
        kind, None, np.asarray(rows), bounds, ucls, faces, edges, coords, codes, vert, cl.legend
    )
    coll = _paths_collection(
        ax, ks, part.class_paths(), faces if kind == "polygon" else "none", edges,
        [cl.styles[k]["lw"] for k in keys], z, lss=[cl.styles[k].get("ls", "solid") for k in keys],
    )  # fmt: skip
    _rasterise_if_dense(coll, len(rows), len(coords))
    part.artist = coll
    return part


def _rasterise_if_dense(coll, n_features: int, n_vertices: int) -> None:
    # Above this many features (or vertices) a layer is rasterised in PDF/SVG output so files stay small.
    if n_features > S.RASTERISE_FEATURES or n_vertices > S.RASTERISE_VERTICES:
        coll.set_rasterized(True)


# ---------------------------------------------------------------------------------------------- rasters
def raster_rgba(lyr) -> tuple[np.ndarray, str]:
    """RGBA uint8 image (rows, cols, 4) of a raster layer and the interpolation to show it with.

    The DEM is a pale hypsometric tint with a soft hillshade (:func:`floodplan.render.relief.shaded_relief`,
    cached per grid); any other raster is the :data:`~floodplan.core.styles.RASTER_CMAP` ramp between its
    2nd and 98th percentiles. NaN cells are transparent. The layer's opacity is not folded in.
    """
    grid: Grid = lyr.data
    if lyr.role == "dem":
        return shaded_relief(grid), "bilinear"
    from matplotlib import colormaps

    z = np.asarray(grid.z, float)
    ok = np.isfinite(z)
    out = np.zeros(z.shape + (4,), np.uint8)
    if ok.any():
        lo, hi = np.percentile(z[ok], [2, 98])
        v = np.clip((np.where(ok, z, lo) - lo) / max(hi - lo, 1e-9), 0, 1)
        out[...] = colormaps[S.RASTER_CMAP](v, bytes=True)
        out[..., 3] = np.where(ok, 255, 0)
    return out, "nearest"


def raster_legend(lyr):
    """(legend key, handle) of a raster layer."""
    if lyr.role == "dem":
        return "legend.terrain", Patch(facecolor="#e6dccb", edgecolor="#8c8c8c")
    from matplotlib import colormaps

    return layer_key(lyr), Patch(facecolor=colormaps[S.RASTER_CMAP](0.5))


def depth_rgba(depth: Grid, classes=None, halo_cells: int = 0) -> np.ndarray:
    """RGBA uint8 image of flood depth in the depth classes (:class:`floodplan.core.depth.DepthClasses`,
    classes (lo, hi]); dry (≤ 0) and nodata cells transparent.

    ``halo_cells`` > 0 rings the wet cells with that many cells of the deepest class's colour: at small
    scales (a 90 m cell is 0.6 mm at 1:150,000) a one-cell flood strip along a valley floor would
    otherwise vanish under the roads and the river drawn over it.
    """
    table = DepthClasses.of(classes)
    k = table.index(depth.z)
    rgba = table.lut()[k + 1]
    if halo_cells > 0:
        from scipy.ndimage import binary_dilation

        wet = k >= 0
        ring = binary_dilation(wet, iterations=int(halo_cells)) & ~wet
        rgba[ring] = table.lut()[-1]
        rgba[ring, 3] = 200
    return rgba


# ---------------------------------------------------------------------------------------------- result
def _outline_paths(geoms) -> list[Path]:
    from floodplan.render.paths import compound_paths

    kinds = split_kinds(geoms)
    paths = []
    if len(kinds["polygon"]):
        paths += compound_paths(geoms[kinds["polygon"]])[0]
    if len(kinds["line"]):
        paths += compound_paths(geoms[kinds["line"]], kind="line")[0]
    return paths


def draw_closed_roads(ax, roads, *, symbol_scale=1.0, small_scale=False, opacity=1.0):
    """Road pieces cut by water (red, wide), or None when there are none. Returns (artist, legend)."""
    if roads is None or not len(roads):
        return None, []
    paths = _outline_paths(np.asarray(roads.geometry.values, dtype=object))
    if not paths:
        return None, []
    st = S.ROAD_FLOODED
    # At small scales a flooded road drawn full width covers the flood strip it runs in.
    lw = st["lw"] * (S.SMALL_SCALE_ROAD_FACTOR if small_scale else 1.0)
    coll = _paths_collection(
        ax, symbol_scale, paths, "none", [_rgba(st["edge"], opacity)], lw, Z_CLOSED_ROADS
    )
    return coll, [("legend.road_flooded", Line2D([], [], color=st["edge"], lw=lw))]


def draw_service_areas(ax, areas, z: float, *, symbol_scale=1.0, opacity=1.0):
    """Service areas per resource kind, translucent in the kind's colour. Returns (artist or None, legend)."""
    if areas is None or not len(areas):
        return None, []
    from floodplan.render.paths import compound_paths

    kinds = _lower(_col(areas, "kind", "other"), "other")
    g = np.asarray(areas.geometry.values, dtype=object)
    poly = split_kinds(g)["polygon"]
    if not len(poly):
        return None, []
    paths, keys, _ = compound_paths(g[poly], kinds[poly])
    cols = [S.resource_style(k)[0] for k in keys]
    coll = _paths_collection(
        ax, symbol_scale, paths, [_rgba(c, S.SERVICE_ALPHA * opacity) for c in cols],
        [_rgba(c, S.SERVICE_ALPHA * opacity) for c in cols], 0.8, z,
    )  # fmt: skip
    leg = [
        (f"legend.service_area.{k}", Patch(facecolor=c, alpha=0.4, edgecolor=c)) for k, c in zip(keys, cols)
    ]
    return coll, leg


def draw_gaps(ax, gaps, *, symbol_scale=1.0, opacity=1.0, legend_key="legend.gap"):
    """Coverage gaps: hatched red polygons (or red rings around gap points). Returns (artist, legend)."""
    if gaps is None or not len(gaps):
        return None, []
    from floodplan.render.paths import compound_paths

    g = np.asarray(gaps.geometry.values, dtype=object)
    kinds = split_kinds(g)
    gs = S.GAP_STYLE
    if len(kinds["polygon"]):
        paths, _, _ = compound_paths(g[kinds["polygon"]])
        coll = _paths_collection(ax, symbol_scale, paths, [gs["face"]], [gs["edge"]], gs["lw"], Z_GAPS,
                                 hatch=gs["hatch"])  # fmt: skip
    elif len(kinds["point"]):
        xy, _ = point_xy(g[kinds["point"]])
        coll = _marker_collection(ax, symbol_scale, xy, ["o"] * len(xy), "none", gs["edge"],
                                  gs["point_size"], gs["point_lw"], Z_GAPS)  # fmt: skip
    else:
        return None, []
    fade(coll, opacity)
    return coll, [(legend_key, Patch(facecolor=gs["face"], edgecolor=gs["edge"], hatch=gs["hatch"]))]


def draw_boat_only(ax, xy, *, symbol_scale=1.0):
    """A small boat symbol at each building reached only by boat ((n, 2) map points). Returns
    (artist or None, legend)."""
    if xy is None or not len(xy):
        return None, []
    face, marker = S.resource_style(BOAT_KIND)
    b = S.BOAT_ONLY
    coll = _marker_collection(ax, symbol_scale, xy, [marker] * len(xy), face, b["edge"], b["size"], b["lw"],
                              Z_BOAT_ONLY)  # fmt: skip
    return coll, [("legend.boat_only", Line2D([], [], ls="none", marker=marker, markerfacecolor=face,
                                              markeredgecolor=b["edge"], markersize=5))]  # fmt: skip


def draw_highlight(ax, geoms, *, symbol_scale=1.0):
    """Outline geometries (selection, atlas page) in the highlight style; None when nothing to draw."""
    paths = _outline_paths(np.asarray(geoms, dtype=object))
    if not paths:
        return None
    h = S.HIGHLIGHT
    return _paths_collection(ax, symbol_scale, paths, "none", [h["edge"]], h["lw"], Z_HIGHLIGHT)


def draw_exercise_marks(ax, moved=None, out_of_service=None) -> list:
    """Where a tabletop exercise's copy of the resources differs from the plan: dashed rings at moved
    resources, crosses at resources out of service ((n, 2) map points each, or None)."""
    arts = []
    for pts, st in ((moved, S.EXERCISE_MOVED), (out_of_service, S.EXERCISE_OUT)):
        if pts is None or not len(pts):
            continue
        xy = np.asarray(pts, float).reshape(-1, 2)
        coll = _marker_collection(ax, 1.0, xy, [st["marker"]] * len(xy), "none", st["edge"], st["size"],
                                  st["lw"], Z_EXERCISE)  # fmt: skip
        coll.set_linestyle(st.get("ls", "solid"))
        arts.append(coll)
    return arts


# ---------------------------------------------------------------------------------------------- border, names
def border_lines(project) -> list:
    """LineStrings where jurisdictions of different countries meet (the national border)."""
    juris = project.combined("jurisdictions")
    if not len(juris) or "country" not in juris:
        return []
    countries = {
        c: shapely.union_all(np.asarray(part.geometry.values, dtype=object))
        for c, part in juris.groupby(juris["country"].astype(str))
    }
    names = list(countries)
    lines = []
    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            a, b = countries[names[i]], countries[names[j]]
            inter = shapely.intersection(shapely.boundary(a), shapely.boundary(b))
            # a tolerance for boundaries that meet only almost (digitised separately)
            if inter.is_empty or inter.length == 0:
                inter = shapely.intersection(shapely.boundary(a), shapely.buffer(b, 1.0))
            merged = shapely.line_merge(shapely.union_all(shapely.get_parts(inter)))
            lines.extend(g for g in shapely.get_parts(merged) if g.geom_type == "LineString")
    return lines


def draw_border(ax, lines, *, symbol_scale=1.0) -> tuple[list, list]:
    """The national border: a dark dash-dot over a white halo, readable on relief, water and buildings.
    Returns (artists, legend)."""
    if not lines:
        return [], []
    paths = _outline_paths(np.asarray(lines, dtype=object))
    b = S.BORDER
    halo = _paths_collection(ax, symbol_scale, paths, "none", [_rgba(b["halo"], b["halo_alpha"])],
                             b["halo_lw"], Z_BORDER)  # fmt: skip
    line = _paths_collection(ax, symbol_scale, paths, "none", [b["edge"]], b["lw"], Z_BORDER + 0.5,
                             lss=[b["ls"]])  # fmt: skip
    return [halo, line], [("legend.national_border", Line2D([], [], color=b["edge"], lw=b["lw"], ls=b["ls"]))]


def label_specs(project, translate=None) -> list[tuple[str, float, float, str]]:
    """The names on the map: (text, x, y, kind) with kind 'jurisdiction' (at an inner point of each) or
    'country' (capitals, at an inner point of each country's union nudged down by an eighth of its height,
    so the two rarely overlap). Their looks are :data:`floodplan.core.styles.LABELS` [kind]."""
    jur = project.combined("jurisdictions")
    if len(jur) == 0 or "name" not in jur.columns:
        return []
    tr = translate or (lambda s: s)
    geoms = np.asarray(jur.geometry.values, dtype=object)
    out = []
    for name, p in zip(jur["name"], shapely.point_on_surface(geoms)):
        if name is not None and p is not None and not p.is_empty:
            out.append((tr(str(name)), float(shapely.get_x(p)), float(shapely.get_y(p)), "jurisdiction"))
    if "country" in jur.columns:
        countries = jur["country"].astype(str).to_numpy()
        for c in dict.fromkeys(countries):
            union = shapely.union_all(geoms[countries == c])
            if union.is_empty:
                continue
            p = union.point_on_surface()
            b = union.bounds
            y = p.y - 0.12 * (b[3] - b[1])
            if not union.contains(shapely.Point(p.x, y)):
                y = p.y
            out.append((tr(c).upper(), float(p.x), float(y), "country"))
    return out
