"""Draw a project and a scenario result into a matplotlib Axes: the map of the plates, the reports and the
after-action report, composed of the artist builders of :mod:`floodplan.render.artists` — the same
builders the app's canvas calls, so a plate looks like the screen.

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
import shapely
from matplotlib.patches import Patch

from floodplan.core import styles as S
from floodplan.core.depth import DepthClasses
from floodplan.core.grid import Grid
from floodplan.core.styles import (  # noqa: F401 - re-exported: the plates read these here
    HALO_MM,
    SMALL_SCALE,
    SMALL_SCALE_DEPTH_ALPHA,
    SMALL_SCALE_DEPTH_Z,
    SMALL_SCALE_POINT_Z,
    SMALL_SCALE_ROAD_FACTOR,
)
from floodplan.render import artists as A
from floodplan.render.artists import depth_rgba, layer_key  # noqa: F401 - re-exported
from floodplan.render.resultview import access_view, boat_only, kind_gaps


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

    def add_entries(self, entries, group: float | None = None) -> None:
        """Add (key, handle) legend entries (as :meth:`add_entry`)."""
        for key, handle in entries:
            self.add_entry(key, handle, group)

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


def _grid_extent(grid: Grid):
    x0, y0, x1, y1 = grid.bounds
    return (x0, x1, y0, y1)


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
    rgba = depth_rgba(depth, artists.depth_classes, getattr(artists, "_halo_cells", 0))
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


def draw_labels(
    ax, project, translate: Callable[[str], str] | None = None, fontsize: float = 8.0, z: float = A.Z_LABELS
):
    """Jurisdiction names at an inner point of each, and country names (larger, capitals) at an inner
    point of each country's union (:func:`floodplan.render.artists.label_specs`, looks from
    :data:`floodplan.core.styles.LABELS`). Returns the text artists (a few per project, not per feature)."""
    # A soft white box rather than a stroked halo: path effects turn text into outlines in PDF and SVG,
    # and names must stay searchable text on a plate.
    halo = {"boxstyle": "round,pad=0.15", "facecolor": "white", "alpha": 0.55, "edgecolor": "none"}
    base = S.LABELS["jurisdiction"]["size"]
    texts = []
    for text, x, y, kind in A.label_specs(project, translate):
        st = S.LABELS[kind]
        texts.append(
            ax.text(
                x, y, text, fontsize=fontsize * st["size"] / base, ha="center", va="center", zorder=z,
                bbox=halo, clip_on=True, color=st["color"], style="italic" if st["italic"] else "normal",
                fontweight="bold" if st["bold"] else "normal",
            )
        )  # fmt: skip
    return texts


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
    border: bool | None = None,
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
    border : draw the national border (where jurisdictions of different countries meet); None: with the
        names (``labels``)
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
    zorders, depth_z = A.layer_zorders(project, small)
    arts._depth_z = depth_z

    for i, lyr in enumerate(project.layers):
        arts._group = 2.0 + i
        if not lyr.visible:
            continue
        z = zorders[lyr.name]
        if lyr.is_raster:
            rgba, interp = A.raster_rgba(lyr)
            x0, y0, x1, y1 = lyr.data.bounds
            arts[lyr.name] = ax.imshow(
                rgba,
                extent=(x0, x1, y0, y1),
                origin="upper",
                interpolation=interp,
                zorder=z,
                alpha=lyr.opacity,
            )
            arts.add_entry(*A.raster_legend(lyr))
            continue
        if len(lyr.data) == 0:
            continue
        parts = A.draw_vector(
            ax, lyr, z, breaches=breaches, symbol_scale=ks, point_z=SMALL_SCALE_POINT_Z if small else 0.0
        )
        for p in parts:
            arts.add_entries(p.legend)
        if parts:
            arts[lyr.name] = parts[0].artist if len(parts) == 1 else [p.artist for p in parts]

    if result is not None or depth is not None:
        d = depth if depth is not None else getattr(result, "depth", None)
        if d is not None:
            if small:
                arts._halo_cells = halo_cells(d, float(scale_denominator))
            arts._depth_alpha = A.depth_alpha(small)
            update_depth(arts, ax, d)

    jur_shown = any(lyr.visible for lyr in project.layers_by_role("jurisdictions"))
    if (labels if border is None else border) and jur_shown:
        border_arts, leg = A.draw_border(ax, A.border_lines(project), symbol_scale=ks)
        if border_arts:
            arts["_border"] = border_arts
            # in the legend beside the jurisdictions' boundary (their layer's place in the drawing order)
            jur = [i for i, lyr in enumerate(project.layers) if lyr.role == "jurisdictions" and lyr.visible]
            arts.add_entries(leg, group=2.0 + jur[-1])

    arts._group = 1e6  # result overlays come first in the legend
    if result is not None:
        access = access_view(result, mode)
        coll, leg = A.draw_closed_roads(
            ax, getattr(result, "closed_roads", None), symbol_scale=ks, small_scale=small
        )
        if coll is not None:
            arts["_closed_roads"] = coll
            arts.add_entries(leg)
        if show_service_areas:
            coll, leg = A.draw_service_areas(ax, access.get("service_areas"), depth_z + 0.2, symbol_scale=ks)
            if coll is not None:
                arts["_service_areas"] = coll
                arts.add_entries(leg)
        gaps = access.get("gaps") if gaps_kind is None else kind_gaps(result, mode, gaps_kind)
        if show_gaps:
            key = "legend.gap" if gaps_kind is None else f"legend.gap.{gaps_kind}"
            coll, leg = A.draw_gaps(ax, gaps, symbol_scale=ks, legend_key=key)
            if coll is not None:
                arts["_gaps"] = coll
                arts.add_entries(leg)
        only = boat_only(access.get("assets")) if mark_boat_only else None
        if only is not None and only.any():
            # One symbol per building at its representative point, above the gaps and flooded roads: the
            # people whom only a boat team reaches in time, on either side of the border.
            pts = shapely.point_on_surface(np.asarray(access["assets"].geometry.values)[only])
            coll, leg = A.draw_boat_only(ax, shapely.get_coordinates(pts), symbol_scale=ks)
            if coll is not None:
                arts["_boat_only"] = coll
                arts.add_entries(leg)

    if highlight is not None:
        coll = A.draw_highlight(ax, _as_geoms(highlight), symbol_scale=ks)
        if coll is not None:
            arts["_highlight"] = coll

    if labels and jur_shown:
        arts.labels = draw_labels(ax, project, translate, fontsize=label_size)

    if set_limits:
        x0, y0, x1, y1 = project_extent(project)
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
    return arts
