"""Draw a project and a scenario result into a matplotlib Axes: the one drawing code of the map canvas,
the plates and the report figures (so a plate looks like the screen).

Speed rules: one collection per layer (a compound path per style class, see :mod:`floodplan.render.paths`),
no artist per feature; the relief is cached per Grid; the flood depth is one image that
:func:`update_depth` swaps in place for the slider; very dense layers are marked rasterised so that PDF
and SVG files stay small. Legend labels are i18n keys (see :mod:`floodplan.plates.i18n`); a key starting
with ``=`` is literal text.
"""

from __future__ import annotations

from collections.abc import Callable

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from matplotlib.collections import PathCollection
from matplotlib.lines import Line2D
from matplotlib.markers import MarkerStyle
from matplotlib.patches import Patch
from matplotlib.transforms import IdentityTransform

from floodplan.core import styles as S
from floodplan.core.depth import DepthClasses
from floodplan.core.grid import Grid
from floodplan.render.paths import compound_paths, point_xy, split_kinds
from floodplan.render.relief import shaded_relief
from floodplan.render.resultview import BOAT_KIND, access_view, boat_only, kind_gaps

#: Scale denominator from which a plate is "small scale": the flood gets a halo, flooded roads are thinner.
SMALL_SCALE = 50_000.0
#: Least width (mm on paper) of the halo around the flood at small scales.
HALO_MM = 0.35
#: Line width factor of flooded roads at small scales.
SMALL_SCALE_ROAD_FACTOR = 0.45
#: z-order of the flood at small scales: above the vector layers (100 + 1 + their position: 135 clears a
#: project of up to 33 layers), below coverage gaps (140), flooded roads (145) and names (200).
SMALL_SCALE_DEPTH_Z = 135.0
#: Lift of point symbols at small scales, above the flood.
SMALL_SCALE_POINT_Z = 40.0
#: Opacity of the flood at small scales (roads and rivers show through).
SMALL_SCALE_DEPTH_ALPHA = 0.85


def halo_cells(depth: Grid, scale_denominator: float) -> int:
    """Cells of halo around the flood so it is at least :data:`HALO_MM` wide on paper (1–3 cells).

    A cell of ``dx`` m is ``res / denominator × 1000`` mm on paper; at 1:150,000 a 90 m cell is
    0.6 mm (one cell of halo), a 20 m cell 0.13 mm (three).
    """
    cell_mm = min(abs(depth.dx), abs(depth.dy)) / float(scale_denominator) * 1000.0
    return int(np.clip(np.ceil(HALO_MM / max(cell_mm, 1e-9)), 1, 3))


class MapArtists(dict):
    """Layer name -> matplotlib artist (one collection, or image, per layer), plus the result overlays.

    Overlays are stored under names starting with ``_`` ('_gaps', '_service_areas', '_closed_roads',
    '_highlight'); ``labels`` holds the text artists of jurisdiction and country names and ``depth`` the
    flood image (or None).
    """

    def __init__(self):
        super().__init__()
        self.depth = None
        self.depth_classes = list(S.DEPTH_CLASSES)
        self.labels: list = []
        self._entries: list[tuple[float, str, object]] = []
        self._group = 0.0

    def add_entry(self, key: str, handle, group: float | None = None) -> None:
        """Add a legend entry once; ``group`` orders entries (higher first: the layer drawn on top)."""
        if all(k != key for _, k, _ in self._entries):
            self._entries.append((self._group if group is None else group, key, handle))

    def legend_entries(self) -> list[tuple[str, object]]:
        """(label_key, handle) pairs for a legend, in reading order (result first, then layers top down).

        A handle of None marks a section heading (the flood depth title before its classes). Label keys
        are i18n keys; a key starting with '=' is literal text (depth class ranges, user layer names).
        """
        out = []
        if self.depth is not None:
            out.append(("legend.flood_depth", None))
            table = DepthClasses.of(self.depth_classes)
            for lab, col in zip(table.labels(), table.colors):
                out.append(("=" + lab, Patch(facecolor=col, edgecolor="none")))
        # Stable sort by group, highest first: result overlays, then layers from the top of the drawing order.
        ordered = sorted(range(len(self._entries)), key=lambda i: -self._entries[i][0])
        return out + [self._entries[i][1:] for i in ordered]


def project_extent(project, roles=None) -> tuple[float, float, float, float]:
    """(xmin, ymin, xmax, ymax) of the project's layers (the DEM's when there is one), in metres."""
    boxes = []
    for lyr in project.layers:
        if roles is not None and lyr.role not in roles:
            continue
        if lyr.is_raster:
            boxes.append(lyr.data.bounds)
        elif len(lyr.data):
            b = lyr.data.total_bounds
            if np.all(np.isfinite(b)):
                boxes.append(tuple(b))
    if not boxes:
        return (0.0, 0.0, 1.0, 1.0)
    b = np.array(boxes)
    return float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 2].max()), float(b[:, 3].max())


def _rasterise_if_dense(coll, n_features: int, n_vertices: int) -> None:
    if n_features > S.RASTERISE_FEATURES or n_vertices > S.RASTERISE_VERTICES:
        coll.set_rasterized(True)


def _paths_collection(ax, k, paths, faces, edges, lws, z, lss=None, alpha=None, hatch=None) -> PathCollection:
    coll = PathCollection(
        paths,
        facecolors=faces,
        edgecolors=edges,
        linewidths=np.asarray(lws, dtype=float) * k,
        linestyles=lss if lss is not None else "solid",
        transform=ax.transData,
        zorder=z,
        alpha=alpha,
        hatch=hatch,
        capstyle="round",
        joinstyle="round",
    )
    ax.add_collection(coll, autolim=False)
    return coll


def _marker_collection(ax, k, xy, markers, faces, edges, size_pt2, lw, z, alpha=None) -> PathCollection:
    """Point symbols: one collection, one marker path per point (cycling is avoided by giving one each)."""
    paths = []
    cache = {}
    for m in markers:  # marker objects are shared: one MarkerStyle per distinct marker, not per point
        if m not in cache:
            ms = MarkerStyle(m)
            cache[m] = ms.get_path().transformed(ms.get_transform())
        paths.append(cache[m])
    coll = PathCollection(
        paths,
        sizes=np.full(len(xy), size_pt2 * k * k),
        offsets=xy,
        offset_transform=ax.transData,
        facecolors=faces,
        edgecolors=edges,
        linewidths=lw * k,
        zorder=z,
        alpha=alpha,
    )
    coll.set_transform(IdentityTransform())
    ax.add_collection(coll, autolim=False)
    return coll


def _col(gdf, name, default):
    if name in gdf.columns:
        return gdf[name].to_numpy()
    return np.full(len(gdf), default, dtype=object)


def _country_colors(countries) -> dict:
    uniq = sorted({str(c) for c in countries})
    return {c: S.COUNTRY_TINTS[i % len(S.COUNTRY_TINTS)] for i, c in enumerate(uniq)}


def _draw_vector(ax, lyr, z, arts: MapArtists, breaches: set[str], ks: float = 1.0, point_z: float = 0.0):
    """One layer: one collection (two when a layer mixes polygons and points). Returns the artist.

    ``point_z`` is added to the z-order of point symbols (small scales lift them above the flood)."""
    gdf = lyr.data
    role = lyr.role
    base = S.ROLE_STYLE.get(role, S.ROLE_STYLE["other"])
    geoms = gdf.geometry.to_numpy()
    kinds = split_kinds(geoms)
    alpha = lyr.opacity
    made = []
    custom = lyr.color

    # ---- polygons
    idx = kinds["polygon"]
    if len(idx):
        g = geoms[idx]
        sub = gdf.iloc[idx]
        if role == "assets":
            cls = pd.Series(_col(sub, "kind", "residential")).fillna("residential").astype(str).str.lower()
            paths, keys, nv = compound_paths(g, cls.to_numpy())
            faces = [custom or S.asset_color(k) for k in keys]
            coll = _paths_collection(ax, ks, paths, faces, base["edge"], base["lw"], z, alpha=alpha)
            for k, f in zip(keys, faces):
                arts.add_entry(f"kind.{k}", Patch(facecolor=f, edgecolor=base["edge"], linewidth=0.5))
        elif role == "jurisdictions":
            countries = pd.Series(_col(sub, "country", "")).astype(str).to_numpy()
            tints = _country_colors(countries)
            paths, keys, nv = compound_paths(g, countries)
            from matplotlib.colors import to_rgba

            faces = [to_rgba(custom or tints[str(k)], 0.35) for k in keys]
            coll = _paths_collection(
                ax, ks, paths, faces, base["edge"], base["lw"], z, lss=[(0, (6, 2))], alpha=None
            )
            arts.add_entry(
                "legend.jurisdiction_border",
                Line2D([], [], color=base["edge"], lw=base["lw"], ls=(0, (6, 2))),
            )
        else:
            paths, _, nv = compound_paths(g)
            face = custom or base.get("face", "#d9d9d9")
            coll = _paths_collection(
                ax, ks, paths, [face], base.get("edge", "#636363"), base.get("lw", 0.8), z, alpha=alpha
            )
            arts.add_entry(layer_key(lyr), Patch(facecolor=face, edgecolor=base.get("edge", "#636363")))
        _rasterise_if_dense(coll, len(idx), nv)
        made.append(coll)

    # ---- lines
    idx = kinds["line"]
    if len(idx):
        g = geoms[idx]
        sub = gdf.iloc[idx]
        if role == "roads":
            closed = np.asarray(_col(sub, "closed", False), dtype=bool)
            fast = (
                pd.to_numeric(pd.Series(_col(sub, "speed_kmh", 50.0)), errors="coerce").fillna(50).to_numpy()
                >= S.ROAD_FAST_KMH
            )
            cls = np.where(closed, "closed", np.where(fast, "fast", "slow")).astype(object)
            st = {"fast": S.ROAD_FAST, "slow": S.ROAD_SLOW, "closed": S.ROAD_CLOSED}
            coll, nv = _styled_lines(ax, arts, ks, g, cls, st, "legend.road_", custom, z, alpha)
        elif role == "defenses":
            status = (
                pd.Series(_col(sub, "status", "existing"))
                .fillna("existing")
                .astype(str)
                .str.lower()
                .to_numpy()
            )
            ids = pd.Series(_col(sub, "id", "")).astype(str).to_numpy()
            cls = np.where(
                np.isin(ids, list(breaches)), "breached", np.where(status == "planned", "planned", "existing")
            )
            st = {
                "existing": S.DEFENSE_EXISTING,
                "planned": S.DEFENSE_PLANNED,
                "breached": S.DEFENSE_BREACHED,
            }
            coll, nv = _styled_lines(
                ax, arts, ks, g, cls.astype(object), st, "legend.defense_", custom, z, alpha
            )
        else:
            paths, _, nv = compound_paths(g, kind="line")
            edge = custom or base.get("edge", "#636363")
            coll = _paths_collection(ax, ks, paths, "none", edge, base.get("lw", 0.8), z, alpha=alpha)
            arts.add_entry(layer_key(lyr), Line2D([], [], color=edge, lw=base.get("lw", 0.8)))
        _rasterise_if_dense(coll, len(idx), nv)
        made.append(coll)

    # ---- points
    idx = kinds["point"]
    z = z + point_z
    if len(idx):
        sub = gdf.iloc[idx]
        xy, owner = point_xy(geoms[idx])
        if role == "resources":
            rk = (
                pd.Series(_col(sub, "kind", "other"))
                .fillna("other")
                .astype(str)
                .str.lower()
                .to_numpy()[owner]
            )
            st = [S.resource_style(v) for v in rk]
            faces = [custom or c for c, _ in st]
            coll = _marker_collection(
                ax, ks, xy, [m for _, m in st], faces, "#000000", base["size"], base["lw"], z, alpha
            )
            for v in dict.fromkeys(rk):
                c, m = S.resource_style(v)
                arts.add_entry(
                    f"resource.{v}",
                    Line2D(
                        [],
                        [],
                        ls="none",
                        marker=m,
                        markerfacecolor=custom or c,
                        markeredgecolor="#000000",
                        markersize=8,
                    ),
                )
        elif role == "assets":
            kk = (
                pd.Series(_col(sub, "kind", "residential"))
                .fillna("residential")
                .astype(str)
                .str.lower()
                .to_numpy()[owner]
            )
            faces = [custom or S.asset_color(v) for v in kk]
            coll = _marker_collection(
                ax, ks, xy, ["s"] * len(xy), faces, base["edge"], 16, base["lw"], z, alpha
            )
            for v in dict.fromkeys(kk):
                arts.add_entry(
                    f"kind.{v}", Patch(facecolor=custom or S.asset_color(v), edgecolor=base["edge"])
                )
        else:
            marker = base.get("marker", "o")
            face = custom or base.get("face", "#d9d9d9")
            coll = _marker_collection(
                ax,
                ks,
                xy,
                [marker] * len(xy),
                face,
                base.get("edge", "#636363"),
                base.get("size", 15),
                base.get("lw", 0.5),
                z,
                alpha,
            )
            arts.add_entry(
                layer_key(lyr),
                Line2D(
                    [],
                    [],
                    ls="none",
                    marker=marker,
                    markerfacecolor=face,
                    markeredgecolor=base.get("edge", "#636363"),
                    markersize=6,
                ),
            )
        _rasterise_if_dense(coll, len(xy), len(xy))
        made.append(coll)
    if not made:
        return None
    if lyr.width is not None:  # one width for every symbol (a QGIS style's, see floodplan.io.qml)
        for coll in made:
            coll.set_linewidths(lyr.width * ks)
    return made[0] if len(made) == 1 else made


def layer_key(lyr) -> str:
    """The legend key of a layer drawn in one style: ``layer.<name>``.

    Its text is the layer's title in each language (``lyr.extra["titles"]``, {lang: text}; see
    :func:`floodplan.plates.i18n.layer_titles`); a layer without titles is named by its role's term
    (``role.river``: "River / Fluss") or, for role 'other', by its humanised name ("water_areas" ->
    "Water areas"), never by the raw table name.
    """
    return f"layer.{lyr.name}"


def _grid_extent(grid: Grid):
    x0, y0, x1, y1 = grid.bounds
    return (x0, x1, y0, y1)


def _depth_rgba(depth: Grid, classes, halo_cells: int = 0) -> np.ndarray:
    """RGBA uint8 image of the depth classes at grid resolution; dry (≤ 0) and nodata transparent.

    Colouring here, once per grid cell, instead of letting matplotlib colour-map the image after
    resampling it to the output resolution, is what keeps a 300 dpi plate fast (17 Mpx on A3). The
    classes and colours are the one table's (:class:`floodplan.core.depth.DepthClasses`).

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


def update_depth(artists: MapArtists, ax, depth: Grid | None) -> None:
    """Swap the flood depth image in place (the level slider): no other artist is touched.

    Parameters
    ----------
    artists : the MapArtists returned by :func:`draw_map`
    ax : the Axes it was drawn in
    depth : depth grid (m, 0 dry, NaN nodata), or None to hide the flood
    """
    img = artists.depth
    if depth is None:
        if img is not None:
            img.set_visible(False)
        return
    rgba = _depth_rgba(depth, artists.depth_classes, getattr(artists, "_halo_cells", 0))
    if img is None:
        artists.depth = ax.imshow(
            rgba,
            extent=_grid_extent(depth),
            origin="upper",
            interpolation="nearest",
            zorder=getattr(artists, "_depth_z", 2.5),
            alpha=getattr(artists, "_depth_alpha", None),
        )
        return
    img.set_data(rgba)
    img.set_extent(_grid_extent(depth))
    img.set_visible(True)


def _as_geoms(obj):
    if obj is None:
        return np.array([], dtype=object)
    if isinstance(obj, gpd.GeoDataFrame):
        return obj.geometry.to_numpy()
    if isinstance(obj, gpd.GeoSeries):
        return obj.to_numpy()
    if isinstance(obj, shapely.Geometry):
        return np.array([obj], dtype=object)
    return np.asarray(obj, dtype=object)


def _outline_paths(geoms):
    kinds = split_kinds(geoms)
    paths = []
    if len(kinds["polygon"]):
        paths += compound_paths(geoms[kinds["polygon"]])[0]
    if len(kinds["line"]):
        paths += compound_paths(geoms[kinds["line"]], kind="line")[0]
    return paths


def draw_labels(
    ax, project, translate: Callable[[str], str] | None = None, fontsize: float = 8.0, z: float = 200
):
    """Jurisdiction names at an inner point of each, and country names (larger, capitals) at an inner
    point of each country's union. Returns the text artists (a few per project, not per feature)."""
    jur = project.combined("jurisdictions")
    if len(jur) == 0 or "name" not in jur.columns:
        return []
    tr = translate or (lambda s: s)
    # A soft white box rather than a stroked halo: path effects turn text into outlines in PDF and SVG,
    # and names must stay searchable text on a plate.
    halo = {"boxstyle": "round,pad=0.15", "facecolor": "white", "alpha": 0.55, "edgecolor": "none"}
    texts = []
    geoms = jur.geometry.to_numpy()
    pts = shapely.point_on_surface(geoms)
    for name, p in zip(jur["name"].astype(str), pts):
        texts.append(
            ax.text(
                shapely.get_x(p),
                shapely.get_y(p),
                tr(name),
                fontsize=fontsize,
                ha="center",
                va="center",
                zorder=z,
                bbox=halo,
                clip_on=True,
                color="#252525",
            )
        )
    if "country" in jur.columns:
        countries = jur["country"].astype(str).to_numpy()
        for c in dict.fromkeys(countries):
            union = shapely.union_all(geoms[countries == c])
            if union.is_empty:
                continue
            # Below the jurisdiction names: put the country name at the union's inner point nudged down by
            # a tenth of its height so the two rarely overlap.
            p = union.point_on_surface()
            b = union.bounds
            y = p.y - 0.12 * (b[3] - b[1])
            if not union.contains(shapely.Point(p.x, y)):
                y = p.y
            texts.append(
                ax.text(
                    p.x,
                    y,
                    tr(c).upper(),
                    fontsize=fontsize * 1.5,
                    ha="center",
                    va="center",
                    zorder=z,
                    bbox=halo,
                    clip_on=True,
                    color="#525252",
                    style="italic",
                    fontweight="bold",
                )
            )
    return texts


def _styled_lines(ax, arts, ks, geoms, classes, styles, legend_prefix, custom, z, alpha):
    """Lines drawn as one collection with a style per class (``styles``: class -> edge, lw, ls), and a
    legend entry per class present, in the order of ``styles``. Returns (collection, vertex count)."""
    paths, keys, nv = compound_paths(geoms, classes, kind="line")
    coll = _paths_collection(
        ax,
        ks,
        paths,
        "none",
        [custom or styles[k]["edge"] for k in keys],
        [styles[k]["lw"] for k in keys],
        z,
        lss=[styles[k].get("ls", "solid") for k in keys],
        alpha=alpha,
    )
    for k, st in styles.items():
        if k in keys:
            arts.add_entry(
                legend_prefix + k, Line2D([], [], color=st["edge"], lw=st["lw"], ls=st.get("ls", "solid"))
            )
    return coll, nv


def draw_map(
    ax,
    project,
    result=None,
    *,
    mode: str = "joint",
    depth: Grid | None = None,
    show_gaps: bool = True,
    show_service_areas: bool = False,
    gaps_kind: str | None = None,
    mark_boat_only: bool = False,
    highlight=None,
    labels: bool = True,
    translate: Callable[[str], str] | None = None,
    label_size: float = 8.0,
    set_limits: bool = True,
    symbol_scale: float = 1.0,
    scale_denominator: float | None = None,
) -> MapArtists:
    """Draw the project's visible layers and a scenario result into ``ax``.

    Parameters
    ----------
    ax : matplotlib Axes (aspect is set equal: the working CRS is metric)
    project : floodplan Project; layers are drawn in project order (first = bottom)
    result : RunResult or None; when given, its depth, coverage gaps (``mode``), closed roads and
        optionally service areas are drawn
    mode : 'joint' or 'national': which access result's gaps and service areas to show
    depth : depth grid (m) to show instead of ``result.depth`` (the slider's preview)
    show_gaps, show_service_areas : result overlays
    gaps_kind : resource kind whose own gaps are drawn instead of the overall gaps (the buildings that
        kind does not reach within its target: ``coverage["gaps_by_kind"]``), e.g. 'boat'; None = overall
    mark_boat_only : mark the buildings that a boat reaches in time and no road vehicle does (a small
        boat-coloured symbol each, legend "Buildings reached only by boat"); nothing when there are no boats
    highlight : geometry, GeoSeries or GeoDataFrame outlined on top (selection, atlas page)
    labels : draw jurisdiction and country names
    translate : callable text -> text for names (plates give two-language names), default identity
    label_size : font size of the jurisdiction names (points)
    set_limits : set the axes limits to the project extent (False keeps the caller's limits)
    symbol_scale : factor on line widths and symbol sizes (plates on large paper)
    scale_denominator : the map's scale on paper (plates), or None (screen). At scales smaller than
        1::data:`SMALL_SCALE` the flood gets a halo at least :data:`HALO_MM` wide and flooded roads are
        drawn thinner, so the depth stays readable where a cell is under a millimetre on paper.

    Returns
    -------
    MapArtists
    """
    arts = MapArtists()
    ks = float(symbol_scale)
    small = scale_denominator is not None and float(scale_denominator) >= SMALL_SCALE
    ax.set_aspect("equal")
    scenario = getattr(result, "scenario", None)
    breaches = set(map(str, getattr(scenario, "breaches", None) or []))
    if scenario is not None and getattr(scenario, "depth_classes", None):
        arts.depth_classes = list(scenario.depth_classes)

    # The flood goes above rasters and area layers (relief, jurisdictions, rivers as polygons) and below
    # roads, buildings and symbols, whatever the layer order, so the water never hides what it threatens.
    z = 1.0
    depth_z = 1.5
    for lyr in project.layers:
        z += 1.0
        if lyr.role in ("dem", "jurisdictions") or lyr.is_raster:
            depth_z = max(depth_z, z + 0.5)
    if small:
        # At small scales the flood is a strip a few cells wide along the valley floor: it goes above the
        # lines and areas (which would hide it), slightly translucent so roads and rivers still show
        # through, and below the result overlays, the point symbols and the names.
        depth_z = SMALL_SCALE_DEPTH_Z
    arts._depth_z = depth_z

    z = 1.0
    for lyr in project.layers:
        z += 1.0
        arts._group = z
        if not lyr.visible:
            continue
        if lyr.is_raster:
            if lyr.role == "dem":
                img = ax.imshow(
                    shaded_relief(lyr.data),
                    extent=_grid_extent(lyr.data),
                    origin="upper",
                    interpolation="bilinear",
                    zorder=z,
                    alpha=lyr.opacity,
                )
                arts.add_entry("legend.terrain", Patch(facecolor="#e6dccb", edgecolor="#8c8c8c"))
            else:
                img = ax.imshow(
                    lyr.data.z,
                    extent=_grid_extent(lyr.data),
                    origin="upper",
                    cmap="viridis",
                    interpolation="nearest",
                    zorder=z,
                    alpha=lyr.opacity,
                )
                arts.add_entry(layer_key(lyr), Patch(facecolor="#21918c"))
            arts[lyr.name] = img
            continue
        if len(lyr.data) == 0:
            continue
        # Every vector layer but the jurisdictions' tint stays above the flood (z + 100), in layer order.
        zz = z if lyr.role == "jurisdictions" else z + 100.0
        art = _draw_vector(
            ax, lyr, zz, arts, breaches, symbol_scale, point_z=SMALL_SCALE_POINT_Z if small else 0.0
        )
        if art is not None:
            arts[lyr.name] = art

    if result is not None or depth is not None:
        d = depth if depth is not None else getattr(result, "depth", None)
        if d is not None:
            if small:
                arts._halo_cells = halo_cells(d, float(scale_denominator))
                arts._depth_alpha = SMALL_SCALE_DEPTH_ALPHA
            update_depth(arts, ax, d)

    arts._group = 1e6  # result overlays come first in the legend
    if result is not None:
        access = access_view(result, mode)
        closed = getattr(result, "closed_roads", None)
        if closed is not None and len(closed):
            paths = _outline_paths(closed.geometry.to_numpy())
            if paths:
                # At small scales a flooded road drawn full width covers the flood strip it runs in.
                lw = S.ROAD_FLOODED["lw"] * (SMALL_SCALE_ROAD_FACTOR if small else 1.0)
                arts["_closed_roads"] = _paths_collection(
                    ax, ks, paths, "none", S.ROAD_FLOODED["edge"], lw, 145
                )
                arts.add_entry("legend.road_flooded", Line2D([], [], color=S.ROAD_FLOODED["edge"], lw=lw))
        areas = access.get("service_areas")
        if show_service_areas and areas is not None and len(areas):
            kinds = pd.Series(_col(areas, "kind", "other")).astype(str).str.lower().to_numpy()
            g = areas.geometry.to_numpy()
            poly = split_kinds(g)["polygon"]
            if len(poly):
                paths, keys, _ = compound_paths(g[poly], kinds[poly])
                cols = [S.resource_style(k)[0] for k in keys]
                arts["_service_areas"] = _paths_collection(
                    ax, ks, paths, cols, cols, 0.8, depth_z + 0.2, alpha=S.SERVICE_ALPHA
                )
                for k, c in zip(keys, cols):
                    arts.add_entry(f"legend.service_area.{k}", Patch(facecolor=c, alpha=0.4, edgecolor=c))
        gaps = access.get("gaps") if gaps_kind is None else kind_gaps(result, mode, gaps_kind)
        if show_gaps and gaps is not None and len(gaps):
            g = gaps.geometry.to_numpy()
            kinds = split_kinds(g)
            gs = S.GAP_STYLE
            if len(kinds["polygon"]):
                paths, _, _ = compound_paths(g[kinds["polygon"]])
                arts["_gaps"] = _paths_collection(
                    ax, ks, paths, [gs["face"]], gs["edge"], gs["lw"], 140, hatch=gs["hatch"]
                )
            elif len(kinds["point"]):
                xy, _ = point_xy(g[kinds["point"]])
                arts["_gaps"] = _marker_collection(
                    ax, ks, xy, ["o"] * len(xy), "none", gs["edge"], 40, 1.2, 140
                )
            key = "legend.gap" if gaps_kind is None else f"legend.gap.{gaps_kind}"
            arts.add_entry(key, Patch(facecolor=gs["face"], edgecolor=gs["edge"], hatch=gs["hatch"]))
        only = boat_only(access.get("assets")) if mark_boat_only else None
        if only is not None and only.any():
            # One symbol per building at its representative point, above the gaps (140) and flooded
            # roads (145): the people whom only a boat team reaches in time, on either side of the border.
            pts = shapely.point_on_surface(np.asarray(access["assets"].geometry.values)[only])
            xy = shapely.get_coordinates(pts)
            face, marker = S.resource_style(BOAT_KIND)
            arts["_boat_only"] = _marker_collection(
                ax, ks, xy, [marker] * len(xy), face, S.BOAT_ONLY["edge"], S.BOAT_ONLY["size"],
                S.BOAT_ONLY["lw"], 146,
            )  # fmt: skip
            arts.add_entry(
                "legend.boat_only",
                Line2D([], [], ls="none", marker=marker, markerfacecolor=face,
                       markeredgecolor=S.BOAT_ONLY["edge"], markersize=5),
            )  # fmt: skip

    if highlight is not None:
        paths = _outline_paths(_as_geoms(highlight))
        if paths:
            arts["_highlight"] = _paths_collection(
                ax, ks, paths, "none", S.HIGHLIGHT["edge"], S.HIGHLIGHT["lw"], 150
            )

    if labels:
        jur_layers = [lyr for lyr in project.layers_by_role("jurisdictions") if lyr.visible]
        if jur_layers:
            arts.labels = draw_labels(ax, project, translate, fontsize=label_size)

    if set_limits:
        x0, y0, x1, y1 = project_extent(project)
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
    return arts
