"""The map canvas: matplotlib in Qt (FigureCanvasQTAgg) with GIS navigation and fast redraws.

The view is kept by the canvas itself as a centre and a resolution (map metres per logical pixel), so the
map-to-pixel transform is exact and known before matplotlib draws (tools and tests rely on it); the Axes
fills the whole figure and its limits follow that view.

What the map looks like is decided in one place, :mod:`floodplan.render.artists` (the plates' drawer too):
every layer, the flood depth, the result overlays, the border and the names are built by its builders from
the style tables (:mod:`floodplan.core.styles`, :mod:`floodplan.core.depth`). This module keeps the Qt side:
events, tools, the view, culling and level of detail, the cached bitmaps, and Qt painting of the names and
the selection.

Speed (see benchmarks/bench_canvas.py):
- every layer is one artist per geometry kind (a PathCollection holding one compound path per style class,
  one marker collection, or one image), never one artist per feature;
- what does not change with the view is computed once per layer version and cached: vertex arrays and
  path codes, feature bounding boxes, colours per feature, the shaded relief, the border lines;
- on every view change each vector layer is culled to the view (a vectorised bounding-box test), and
  polygon features smaller than a few screen pixels are drawn into one small image instead of as paths
  (level of detail: 100,000 buildings seen from afar are a few thousand pixels, not 500,000 vertices);
- while dragging, the last rendered bitmap is moved (no matplotlib draw at all); the full redraw
  happens once, when the button is released; wheel zooms are coalesced by ``draw_idle``.
Overlays that change with every mouse move (selection, the line being drawn, snapping marks, the zoom
box) are painted with QPainter on top of the cached bitmap, without redrawing the map.
"""

from __future__ import annotations

import time

import numpy as np
import shapely
from matplotlib.artist import Artist
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QRubberBand, QSizePolicy

from floodplan.core import styles
from floodplan.core.depth import DepthClasses
from floodplan.core.grid import Grid
from floodplan.gui import startup_trace
from floodplan.render.artists import (  # the one drawer: every colour, width, marker and z-order is render's
    VectorPart,
    border_lines,
    depth_alpha,
    depth_rgba,  # noqa: F401 - the screen's depth colours, re-exported for tests
    draw_border,
    draw_closed_roads,
    draw_exercise_marks,
    draw_gaps,
    draw_service_areas,
    draw_vector,
    label_specs,
    layer_zorders,
    raster_rgba,
)
from floodplan.render.resultview import access_view

#: A layer with more visible polygons than this draws its sub-pixel features as an image.
LOD_MIN_FEATURES = 2000
#: Features whose bounding box is smaller than this many logical pixels go into the LOD image.
LOD_PIXELS = 2.5
BACKGROUND = styles.MAP_BACKGROUND
#: Search radius (logical pixels) for identify, selection and snapping.
PICK_PIXELS = 6.0
SNAP_PIXELS = 10.0


# ---------------------------------------------------------------------------------------------- layer art
class _LayerArt:
    """Draws one layer; ``update_view`` culls it to the current view."""

    def __init__(self, canvas: MapCanvas, layer, zorder: float):
        self.canvas = canvas
        self.layer = layer
        self.data = layer.data
        self.zorder = zorder
        self.artists: list = []

    def update_view(self, view, mpp: float) -> None:  # pragma: no cover - interface
        pass

    def remove(self) -> None:
        for a in self.artists:
            try:
                a.remove()
            except (ValueError, NotImplementedError):
                pass
        self.artists = []

    def set_visible(self, visible: bool) -> None:
        for a in self.artists:
            a.set_visible(visible)


class ViewImage(Artist):
    """An RGBA image drawn pixel for pixel into the view, without matplotlib's image resampling.

    AxesImage resamples, masks and composites its whole source on every draw (100+ ms for a DEM-sized
    RGBA on this canvas); here the source is sampled to the view's device pixels with one vectorised
    nearest-neighbour lookup when the view changes (a few ms), and drawing is one blit.

    Either ``set_source(rgba, bounds)`` (a georeferenced image, resampled at each view change),
    ``set_values(values, bounds, colorize)`` (a georeferenced array of numbers coloured only where it is
    seen: sampled to the view's pixels first, then coloured, so a DEM-sized depth grid costs what the
    view's pixels cost, whatever the grid's size) or ``set_view_rgba(rgba)`` (an image already made for
    the current view, e.g. the LOD image).
    """

    def __init__(self, zorder: float, alpha: float = 1.0):
        super().__init__()
        self.set_zorder(zorder)
        self.opacity = float(alpha)
        self._src32 = None
        self._values = None
        self._colorize = None
        self._bounds = None
        self._rgba = None
        self._lookup = None  # (key, rows, cols, rsel, csel): the view's sample indices, reused per move

    def set_source(self, rgba: np.ndarray | None, bounds=None) -> None:
        self._values, self._colorize = None, None
        if rgba is None:
            self._src32, self._bounds, self._rgba = None, None, None
            return
        rgba = np.ascontiguousarray(rgba, dtype=np.uint8)
        if self.opacity < 1.0:
            rgba = rgba.copy()
            rgba[..., 3] = (rgba[..., 3] * self.opacity).astype(np.uint8)
        # one uint32 per pixel: the lookup moves 4 bytes at once
        self._src32 = rgba.view(np.uint32).reshape(rgba.shape[:2])
        self._bounds = tuple(map(float, bounds))

    def set_values(self, values: np.ndarray | None, bounds=None, colorize=None) -> None:
        """A georeferenced array (e.g. depth, m) and ``colorize(sampled) -> uint32 RGBA`` for it.

        ``colorize`` gets the values at the view's pixels (a 2-D array) and returns one packed RGBA
        (``uint32``, the bytes in R, G, B, A order) per value; this image's opacity is applied to it.
        """
        self._src32 = None
        if values is None:
            self._values, self._colorize, self._bounds, self._rgba = None, None, None, None
            return
        self._values = values
        self._colorize = colorize
        self._bounds = tuple(map(float, bounds))

    def set_view_rgba(self, rgba: np.ndarray | None) -> None:
        self._rgba = rgba

    def _view_lookup(self, view, width: int, height: int, shape):
        """Source rows and columns under the view's device pixels (nearest neighbour), cached per view."""
        key = (tuple(view), width, height, self._bounds, shape)
        if self._lookup is not None and self._lookup[0] == key:
            return self._lookup[1:]
        xmin, ymin, xmax, ymax = view
        sx0, sy0, sx1, sy1 = self._bounds
        nr, nc = shape
        px = xmin + (np.arange(width) + 0.5) * (xmax - xmin) / width
        py = ymax - (np.arange(height) + 0.5) * (ymax - ymin) / height
        cols = np.floor((px - sx0) / (sx1 - sx0) * nc).astype(np.int64)
        rows = np.floor((sy1 - py) / (sy1 - sy0) * nr).astype(np.int64)
        rsel = np.nonzero((rows >= 0) & (rows < nr))[0]
        csel = np.nonzero((cols >= 0) & (cols < nc))[0]
        self._lookup = (key, rows[rsel], cols[csel], rsel, csel)
        return self._lookup[1:]

    def update_view(self, view, width: int, height: int) -> None:
        """Sample the source for a view (xmin, ymin, xmax, ymax) of width x height device pixels."""
        src = self._src32 if self._src32 is not None else self._values
        if src is None:
            return
        rows, cols, rsel, csel = self._view_lookup(view, width, height, src.shape[:2])
        out = np.zeros((height, width), np.uint32)
        if rsel.size and csel.size:
            ix = np.ix_(rows, cols)
            if self._src32 is not None:
                out[np.ix_(rsel, csel)] = src[ix]
            else:
                packed = np.asarray(self._colorize(src[ix]), dtype=np.uint32)
                if self.opacity < 1.0:
                    rgba = packed.view(np.uint8).reshape(*packed.shape, 4)
                    rgba[..., 3] = (rgba[..., 3] * self.opacity).astype(np.uint8)
                out[np.ix_(rsel, csel)] = packed
        self._rgba = out.view(np.uint8).reshape(height, width, 4)

    def draw(self, renderer) -> None:
        if not self.get_visible() or self._rgba is None:
            return
        h, w = self._rgba.shape[:2]
        fig_w, fig_h = renderer.get_canvas_width_height()
        if (w, h) != (int(fig_w), int(fig_h)):
            return  # made for another canvas size; the next view update remakes it
        gc = renderer.new_gc()
        # Agg's image origin is the lower-left corner while row 0 of the array is the top of the view.
        renderer.draw_image(gc, 0, 0, self._rgba[::-1])
        gc.restore()


class _RasterArt(_LayerArt):
    """A raster layer (the DEM's relief or another raster's ramp, from render) sampled to the view."""

    def __init__(self, canvas, layer, zorder):
        super().__init__(canvas, layer, zorder)
        rgba, _interpolation = raster_rgba(layer)
        im = ViewImage(zorder, layer.opacity)
        im.set_source(rgba, layer.data.bounds)
        canvas.ax.add_artist(im)
        self.artists = [im]

    def update_view(self, view, mpp):
        w, h = self.canvas.device_size()
        self.artists[0].update_view(view, w, h)


class _PolygonArt(_LayerArt):
    """Polygons drawn by :func:`floodplan.render.artists.draw_vector` (one compound path per style class),
    culled to the view, with the sub-pixel features drawn as one level-of-detail image."""

    def __init__(self, canvas, layer, part: VectorPart):
        super().__init__(canvas, layer, part.artist.get_zorder())
        self.part = part
        self.bounds = part.bounds
        self.coll = part.artist
        self.image = ViewImage(self.zorder)
        canvas.ax.add_artist(self.image)
        self.image.set_visible(False)
        self.artists = [self.coll, self.image]
        self._visible = True
        self._class_u32 = None

    def set_visible(self, visible: bool) -> None:
        self._visible = visible
        self.coll.set_visible(visible)
        if not visible:
            self.image.set_visible(False)

    def update_view(self, view, mpp: float) -> None:
        if not self._visible or not len(self.bounds):
            self.coll.set_paths([])
            self.image.set_visible(False)
            return
        xmin, ymin, xmax, ymax = view
        b = self.bounds
        vis = (b[:, 2] >= xmin) & (b[:, 0] <= xmax) & (b[:, 3] >= ymin) & (b[:, 1] <= ymax)
        small = np.zeros_like(vis)
        if vis.sum() > LOD_MIN_FEATURES:
            size = np.maximum(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]) / mpp
            small = vis & (size < LOD_PIXELS)
        big = vis & ~small
        if big.all():
            self.coll.set_paths(self.part.class_paths())
        elif big.any():
            self.coll.set_paths(self.part.class_paths(big))
        else:
            self.coll.set_paths([])
        self._set_image(small, view, mpp)

    def _set_image(self, small: np.ndarray, view, mpp: float) -> None:
        if not small.any():
            self.image.set_visible(False)
            return
        xmin, ymin, xmax, ymax = view
        w, h = self.canvas.device_size()
        mpp = (xmax - xmin) / w  # device pixels (HiDPI screens have more than logical ones)
        b = self.bounds[small]
        c0 = np.clip(np.floor((b[:, 0] - xmin) / mpp).astype(np.int64), 0, w - 1)
        c1 = np.clip(np.floor((b[:, 2] - xmin) / mpp).astype(np.int64), 0, w - 1)
        r0 = np.clip(np.floor((ymax - b[:, 3]) / mpp).astype(np.int64), 0, h - 1)
        r1 = np.clip(np.floor((ymax - b[:, 1]) / mpp).astype(np.int64), 0, h - 1)
        # one uint32 per pixel (RGBA bytes): each write moves 4 bytes at once; the class colours are the
        # collection's (render's), so a building looks the same as a pixel and as a path
        if self._class_u32 is None:
            u8 = np.ascontiguousarray((self.part.class_face * 255).round().astype(np.uint8))
            u8[:, 3] = np.maximum(u8[:, 3], 1)
            self._class_u32 = u8.view(np.uint32).ravel()
        rgba = self._class_u32[self.part.unit_class[small]]
        img = np.zeros((h, w), np.uint32)
        img[r0, c0] = rgba  # every feature covers at least its first pixel
        # Features spanning more pixels (at most LOD_PIXELS + 1 each way) fill their box in a few
        # vectorised passes over just those features; no loop over features.
        more = np.nonzero((r1 > r0) | (c1 > c0))[0]
        if len(more):
            r0, r1, c0, c1, rgba = r0[more], r1[more], c0[more], c1[more], rgba[more]
            span = int(max((r1 - r0).max(), (c1 - c0).max())) + 1
            for dr in range(span):
                for dc in range(span):
                    if dr == 0 and dc == 0:
                        continue
                    m = (r0 + dr <= r1) & (c0 + dc <= c1)
                    if m.any():
                        img[r0[m] + dr, c0[m] + dc] = rgba[m]
        self.image.set_view_rgba(img.view(np.uint8).reshape(h, w, 4))
        self.image.set_visible(True)


class _LineArt(_LayerArt):
    """Lines drawn by :func:`floodplan.render.artists.draw_vector` (one compound path per style class:
    one Agg call each, and per-class widths and dashes, never per-feature lists, which matplotlib
    broadcasts at O(n²)), culled to the view by part."""

    def __init__(self, canvas, layer, part: VectorPart):
        super().__init__(canvas, layer, part.artist.get_zorder())
        self.part = part
        self.bounds = part.bounds
        self.coll = part.artist
        self.artists = [self.coll]
        self._visible = True

    def set_visible(self, visible):
        self._visible = visible
        self.coll.set_visible(visible)

    def update_view(self, view, mpp):
        if not self._visible or not len(self.bounds):
            self.coll.set_paths([])
            return
        xmin, ymin, xmax, ymax = view
        b = self.bounds
        vis = (b[:, 2] >= xmin) & (b[:, 0] <= xmax) & (b[:, 3] >= ymin) & (b[:, 1] <= ymax)
        self.coll.set_paths(self.part.class_paths(None if vis.all() else vis))


class _PointArt(_LayerArt):
    """Point symbols drawn by :func:`floodplan.render.artists.draw_vector` (one collection; not culled:
    Agg skips markers outside the view at no cost worth a cull)."""

    def __init__(self, canvas, layer, part: VectorPart):
        super().__init__(canvas, layer, part.artist.get_zorder())
        self.part = part
        self.artists = [part.artist]


# ---------------------------------------------------------------------------------------------- canvas
class MapCanvas(FigureCanvasQTAgg):
    """A matplotlib map of a project with GIS navigation.

    Signals
    -------
    cursorMoved(x, y) : map coordinates (working CRS, m) under the mouse.
    viewChanged() : the visible extent or scale changed.
    firstFrame() : the canvas painted its first frame (the app builds its docks after it).
    """

    cursorMoved = Signal(float, float)
    viewChanged = Signal()
    firstFrame = Signal()

    def __init__(self, project=None, parent=None):
        self.figure = Figure(figsize=(8, 6), dpi=100, facecolor=BACKGROUND)
        super().__init__(self.figure)
        self.setParent(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(False)  # the main window takes dropped files
        self.setToolTip("")
        self.ax = self.figure.add_axes((0, 0, 1, 1))
        self.ax.set_axis_off()
        self.ax.set_facecolor(BACKGROUND)
        self.ax.set_autoscale_on(False)
        self.project = None
        self.result = None
        self.mode = "joint"
        self.depth: Grid | None = None
        self.breaches: set[str] = set()
        self.selection: tuple[str, list] | None = None  # (layer name, [fid, ...])
        self.tool = None
        self._arts: dict[str, _LayerArt] = {}
        self._overlay_artists: list = []
        #: The run's outputs as map layers (Layers panel › Run outputs): visibility and opacity of each.
        self.result_layers = {k: {"visible": True, "opacity": 1.0} for k in RESULT_LAYERS}
        self._depth_image = None
        self._labels: list = []
        self._border = None
        self._geom_cache: dict[str, tuple[int, object]] = {}
        self._cx, self._cy, self._mpp = 0.0, 0.0, 1.0
        self._drag = None  # (start QPointF, pixmap) while panning
        self._drag_offset = QPointF(0, 0)
        self._rubber = QRubberBand(QRubberBand.Shape.Rectangle, self)
        self._rebuild_pending = False
        self.last_draw_ms = 0.0
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(0)
        self._rebuild_timer.timeout.connect(self.rebuild)
        if project is not None:
            self.set_project(project)

    # ------------------------------------------------------------------ project and results
    def set_project(self, project) -> None:
        """Show ``project`` (listening to its changes) and zoom to its extent."""
        if self.project is not None:
            self.project.unsubscribe(self._project_changed)
        self.project = project
        self.result = None
        self.depth = None
        self.selection = None
        self._exercise_marks = (None, None)
        self._geom_cache.clear()
        if project is not None:
            project.subscribe(self._project_changed)
        self.rebuild()
        self.zoom_full()

    def _project_changed(self, event: str, name: str | None) -> None:
        if event in ("layers", "features", "style", "scenarios"):
            if self.selection is not None and event in ("layers", "features"):
                self._prune_selection()
            if event == "layers" and getattr(self, "_fit_extent", False):
                self.zoom_full(draw=False)  # the first layers of a new project: show them whole
            self.schedule_rebuild()

    def schedule_rebuild(self) -> None:
        """Rebuild the layer artists once control returns to the event loop (edits come in bursts)."""
        self._rebuild_pending = True
        self._rebuild_timer.start()

    def set_result(self, result, mode: str | None = None) -> None:
        """Show a scenario result: its depth, coverage gaps and service areas."""
        self.result = result
        self._closed_roads = None
        if mode is not None:
            self.mode = mode
        self.depth = getattr(result, "depth", None) if result is not None else None
        self.rebuild()

    def set_closed_roads(self, roads) -> None:
        """Draw road pieces the water (or an inject) has closed, e.g. at a tabletop exercise's moment;
        None draws those of the shown result."""
        self._closed_roads = roads
        self.rebuild()

    def _closed_roads_to_draw(self):
        roads = getattr(self, "_closed_roads", None)
        if roads is None and self.result is not None:
            roads = getattr(self.result, "closed_roads", None)
        return roads

    def set_depth(self, depth: Grid | None) -> None:
        """Swap the flood depth image only (the water-level slider calls this many times a second).

        Fast path (a depth shown already, nothing else waiting to be drawn): the depth is coloured only
        at the view's device pixels, and the frame is composed from two bitmaps cached per view — the
        map below the depth image and the map above it (roads, buildings, labels' halo...) on a
        transparent background — instead of redrawing every layer with matplotlib: restore the first,
        draw the depth, draw the second, repaint. The bitmaps are remade (two partial draws) after any
        full draw, i.e. after a pan, zoom, resize or layer change.
        """
        self.depth = depth
        if self._depth_image is None or depth is None:
            self._draw_depth()
            self.draw_idle()
            return
        self._depth_image.set_values(depth.z, depth.bounds, DepthClasses.of(self._depth_classes()).packed)
        self._depth_image.update_view(self.view_bounds(), *self.device_size())
        if not self._compose_depth():
            self.draw_idle()

    # The slider's fast path: blit the depth between cached "below" and "above" bitmaps.
    def _compose_depth(self) -> bool:
        """Recompose the frame with the new depth image without a full draw; False when a full draw is
        needed anyway (something else changed, or the canvas was never drawn)."""
        if (
            getattr(self, "_draw_pending", False)
            or self._rebuild_pending
            or not hasattr(self, "renderer")
            or self._depth_image is None
        ):
            return False
        if not getattr(self, "_depth_blit_hooked", False):
            # Any full draw (pan, zoom, layer edit, result) invalidates the cached bitmaps.
            self.mpl_connect("draw_event", self._forget_depth_blit)
            self._depth_blit_hooked = True
        renderer = self.get_renderer()
        key = (self.view_bounds(), self.device_size(), self.figure.dpi, id(renderer), id(self._depth_image))
        cache = getattr(self, "_depth_blit", None)
        if cache is None or cache[0] != key:
            cache = self._depth_blit = (key, *self._layer_bitmaps(renderer))
        _key, below, above = cache
        np.asarray(renderer.buffer_rgba())[...] = below  # the whole buffer, edge rows included
        self._depth_image.draw(renderer)
        if above is not None:
            gc = renderer.new_gc()
            renderer.draw_image(gc, 0, 0, above)
            gc.restore()
        self.update()
        return True

    def _forget_depth_blit(self, _event=None) -> None:
        if not getattr(self, "_making_depth_blit", False):
            self._depth_blit = None

    def _layer_bitmaps(self, renderer):
        """(RGBA below the depth image, RGBA above it or None) for the current view, by two partial
        draws with the other half hidden."""
        depth = self._depth_image
        dz = depth.get_zorder()
        artists = [a for a in self.ax.get_children() if a is not depth]
        shown = {a: a.get_visible() for a in artists}
        above = [a for a in artists if shown[a] and a.get_zorder() > dz]
        patches = (self.figure.patch, self.ax.patch)
        patch_shown = [p.get_visible() for p in patches]
        self._making_depth_blit = True
        try:
            depth.set_visible(False)
            for a in above:
                a.set_visible(False)
            renderer.clear()
            self.figure.draw(renderer)
            below = np.asarray(renderer.buffer_rgba()).copy()
            top = None
            if above:
                for a in artists:
                    a.set_visible(False)
                for a in above:
                    a.set_visible(True)
                for p in patches:
                    p.set_visible(False)
                renderer.clear()  # transparent: only what lies above the depth is left opaque
                self.figure.draw(renderer)
                # Agg's origin is the lower-left corner: flip once here rather than at every move.
                top = np.asarray(renderer.buffer_rgba())[::-1].copy()
        finally:
            for a, v in shown.items():
                a.set_visible(v)
            for p, v in zip(patches, patch_shown):
                p.set_visible(v)
            depth.set_visible(True)
            self._making_depth_blit = False
        return below, top

    def _depth_classes(self):
        try:
            if self.project is not None and self.project.scenarios:
                return tuple(self.active_scenario().depth_classes)
        except Exception:
            pass
        return styles.DEPTH_CLASSES

    def active_scenario(self):
        name = self.project.settings.get("active_scenario") if self.project is not None else None
        if name in (self.project.scenarios if self.project else {}):
            return self.project.scenarios[name]
        return self.project.scenario() if self.project and self.project.scenarios else None

    # ------------------------------------------------------------------ building artists
    def rebuild(self) -> None:
        """Recreate every layer's artist from the project (after edits, order or style changes)."""
        self._rebuild_pending = False
        self._rebuild_timer.stop()
        for art in self._arts.values():
            art.remove()
        self._arts.clear()
        for a in self._overlay_artists + self._labels:
            try:
                a.remove()
            except (ValueError, NotImplementedError):
                pass
        self._overlay_artists, self._labels = [], []
        if self._depth_image is not None:
            self._depth_image.remove()
            self._depth_image = None
        project = self.project
        if project is not None:
            scen = self.active_scenario()
            self.breaches = set(map(str, scen.breaches)) if scen is not None else set()
            zorders, self._depth_z = layer_zorders(project)  # render's order, as on the plates
            for layer in project.layers:
                z = zorders[layer.name]
                try:
                    art = self._make_art(layer, z)
                except Exception as exc:  # a layer that cannot be drawn must not take the map down
                    import logging

                    logging.getLogger("floodplan").warning("layer %s cannot be drawn: %s", layer.name, exc)
                    continue
                if art is None:
                    continue
                art.set_visible(layer.visible)
                self._arts[layer.name] = art
            self._draw_depth()
            self._draw_result_overlays()
            self._draw_border_and_labels()
        self._apply_view(draw=True)

    def _make_art(self, layer, z):
        if layer.is_raster:
            return _RasterArt(self, layer, z)
        if len(layer.data) == 0:
            return None
        parts = draw_vector(self.ax, layer, z, breaches=self.breaches)
        arts = [
            {"polygon": _PolygonArt, "line": _LineArt, "point": _PointArt}[p.kind](self, layer, p)
            for p in parts
        ]
        if not arts:
            return None
        return _Group(self, layer, z, arts)

    def _draw_depth(self) -> None:
        if self._depth_image is not None:
            self._depth_image.remove()
            self._depth_image = None
        if self.depth is None or not self.result_layers["depth"]["visible"]:
            return
        self._depth_image = ViewImage(
            getattr(self, "_depth_z", 1.5), alpha=depth_alpha() * self.result_layers["depth"]["opacity"]
        )
        self._depth_image.set_values(
            self.depth.z, self.depth.bounds, DepthClasses.of(self._depth_classes()).packed
        )
        self.ax.add_artist(self._depth_image)
        self._depth_image.update_view(self.view_bounds(), *self.device_size())

    def set_result_layer(self, key: str, visible: bool | None = None, opacity: float | None = None) -> None:
        """Show or hide one of the run's outputs (``RESULT_LAYERS``) and set its opacity (0–1)."""
        st = self.result_layers[key]
        if visible is not None:
            st["visible"] = bool(visible)
        if opacity is not None:
            st["opacity"] = float(min(max(opacity, 0.0), 1.0))
        self.rebuild()

    def _draw_closed_roads(self) -> None:
        st = self.result_layers["closed_roads"]
        if not st["visible"]:
            return
        coll, _legend = draw_closed_roads(self.ax, self._closed_roads_to_draw(), opacity=st["opacity"])
        if coll is not None:
            self._overlay_artists.append(coll)

    def set_exercise_marks(self, moved=None, out_of_service=None) -> None:
        """Mark where a tabletop exercise's own copy of the resources differs from the plan: ``moved`` and
        ``out_of_service`` are (n, 2) arrays of map points (None clears the marks)."""
        self._exercise_marks = (moved, out_of_service)
        self.rebuild()

    def _draw_exercise_marks(self) -> None:
        moved, out = getattr(self, "_exercise_marks", (None, None))
        self._overlay_artists += draw_exercise_marks(self.ax, moved, out)

    def _draw_result_overlays(self) -> None:
        self._draw_exercise_marks()
        self._draw_closed_roads()
        part = access_view(self.result, self.mode)  # empty for no result or an exercise's moment
        st = self.result_layers["service_areas"]
        if st["visible"]:
            coll, _legend = draw_service_areas(
                self.ax, part.get("service_areas"), self._depth_z + 0.2, opacity=st["opacity"]
            )
            if coll is not None:
                self._overlay_artists.append(coll)
        st = self.result_layers["gaps"]
        if st["visible"]:
            coll, _legend = draw_gaps(self.ax, part.get("gaps"), opacity=st["opacity"])
            if coll is not None:
                self._overlay_artists.append(coll)

    def _border_and_names(self):
        """(border lines, label specs) of the project, cached per version of the jurisdictions layers."""
        key = tuple(id(lyr.data) for lyr in self.project.layers_by_role("jurisdictions"))
        hit = self._geom_cache.get("border")
        if hit is not None and hit[0] == key:
            return hit[1]
        out = (border_lines(self.project), label_specs(self.project))
        self._geom_cache["border"] = (key, out)
        return out

    def _draw_border_and_labels(self) -> None:
        self._label_specs = []
        if self.project is None or not any(
            lyr.visible for lyr in self.project.layers_by_role("jurisdictions")
        ):
            return
        lines, specs = self._border_and_names()
        self._overlay_artists += draw_border(self.ax, lines)[0]
        # Labels are painted by Qt over the rendered map (paintEvent): a haloed matplotlib text costs
        # ~10 ms per label at every redraw, a QPainter text path well under 1 ms. Text, place, colour and
        # size are render's (label_specs, styles.LABELS), as on the plates.
        self._label_specs = specs

    def _paint_labels(self, painter: QPainter) -> None:
        from PySide6.QtGui import QFont

        w, h = self.size_px()
        for text, x, y, kind in getattr(self, "_label_specs", []):
            px, py = self.map_to_pixel(x, y)
            if not (-200 < px < w + 200 and -50 < py < h + 50):
                continue
            st = styles.LABELS[kind]
            font = QFont(self.font())
            font.setPointSizeF(st["size"])
            font.setBold(st["bold"])
            font.setItalic(st["italic"])
            color = QColor(st["color"])
            path = QPainterPath()
            path.addText(0, 0, font, text)
            br = path.boundingRect()
            path.translate(px - br.center().x(), py - br.center().y())  # centred on its point, as on paper
            painter.setPen(QPen(QColor(255, 255, 255, 220), 3.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawPath(path)

    # ------------------------------------------------------------------ view
    def size_px(self) -> tuple[int, int]:
        return max(self.width(), 1), max(self.height(), 1)

    def device_size(self) -> tuple[int, int]:
        """The figure's size in device pixels (what Agg renders)."""
        bbox = self.figure.bbox
        return max(int(round(bbox.width)), 1), max(int(round(bbox.height)), 1)

    @property
    def mpp(self) -> float:
        """Map metres per logical pixel."""
        return self._mpp

    def view_bounds(self) -> tuple[float, float, float, float]:
        """(xmin, ymin, xmax, ymax) of the visible map (working CRS, m)."""
        w, h = self.size_px()
        return (
            self._cx - w * self._mpp / 2,
            self._cy - h * self._mpp / 2,
            self._cx + w * self._mpp / 2,
            self._cy + h * self._mpp / 2,
        )

    def map_to_pixel(self, x: float, y: float) -> tuple[float, float]:
        """Logical widget pixel (from the top-left corner) of map point (x, y)."""
        xmin, _ymin, _xmax, ymax = self.view_bounds()
        return (x - xmin) / self._mpp, (ymax - y) / self._mpp

    def pixel_to_map(self, px: float, py: float) -> tuple[float, float]:
        xmin, _ymin, _xmax, ymax = self.view_bounds()
        return xmin + px * self._mpp, ymax - py * self._mpp

    def set_view(self, cx: float, cy: float, mpp: float, draw: bool = True) -> None:
        if not (np.isfinite(cx) and np.isfinite(cy) and np.isfinite(mpp)) or mpp <= 0:
            return
        # any view but "everything" (a pan, a zoom): a resize keeps it instead of refitting the extent
        self._fit_extent = getattr(self, "_fitting", False)
        self._cx, self._cy, self._mpp = float(cx), float(cy), float(min(max(mpp, 1e-3), 1e6))
        self._apply_view(draw=draw)

    def set_extent(self, bounds, margin: float = 0.05, draw: bool = True) -> None:
        """Show the box (xmin, ymin, xmax, ymax) whole, centred, with a margin (fraction of its size)."""
        xmin, ymin, xmax, ymax = map(float, bounds)
        if not all(np.isfinite([xmin, ymin, xmax, ymax])):
            return
        w, h = self.size_px()
        dx = max(xmax - xmin, 1.0) * (1 + 2 * margin)
        dy = max(ymax - ymin, 1.0) * (1 + 2 * margin)
        self.set_view((xmin + xmax) / 2, (ymin + ymax) / 2, max(dx / w, dy / h), draw=draw)

    def full_extent(self):
        if self.project is None or not self.project.layers:
            return None
        boxes = [layer_bounds(lyr) for lyr in self.project.layers]
        boxes = [b for b in boxes if b is not None]
        if not boxes:
            return None
        b = np.array(boxes)
        return b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max()

    def zoom_full(self, draw: bool = True) -> None:
        """Show the project's whole extent; until the user pans or zooms, the view keeps filling the canvas
        with it when the canvas changes size (the window's first layout, docks opening)."""
        ext = self.full_extent()
        if ext is not None:
            self._fitting = True
            try:
                self.set_extent(ext, draw=draw)
            finally:
                self._fitting = False
        else:
            self._fit_extent = True
            self._apply_view(draw=draw)

    def zoom_to_layer(self, name: str) -> None:
        b = layer_bounds(self.project.layer(name))
        if b is not None:
            self.set_extent(b)

    def zoom_to_geometry(self, geom, min_size: float = 200.0) -> None:
        xmin, ymin, xmax, ymax = geom.bounds
        cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
        half = max(xmax - xmin, ymax - ymin, min_size) / 2
        self.set_extent((cx - half, cy - half, cx + half, cy + half))

    def zoom_by(self, factor: float, anchor: tuple[float, float] | None = None) -> None:
        """Zoom in (factor > 1) or out, keeping the map point under ``anchor`` (logical px) in place."""
        w, h = self.size_px()
        ax_, ay_ = anchor if anchor is not None else (w / 2, h / 2)
        mx, my = self.pixel_to_map(ax_, ay_)
        mpp = self._mpp / factor
        # the anchor keeps its map point: centre moves towards it
        cx = mx - (ax_ - w / 2) * mpp
        cy = my + (ay_ - h / 2) * mpp
        self.set_view(cx, cy, mpp)

    def pan_pixels(self, dx: float, dy: float, draw: bool = True) -> None:
        """Move the map by (dx, dy) logical pixels (the map follows the mouse)."""
        self.set_view(self._cx - dx * self._mpp, self._cy + dy * self._mpp, self._mpp, draw=draw)

    def scale_denominator(self) -> float:
        """The map scale 1:N on this screen (from the screen's logical DPI)."""
        dpi = self.logicalDpiX() or 96
        return self._mpp / (0.0254 / dpi)

    def _apply_view(self, draw: bool = True) -> None:
        view = self.view_bounds()
        self.ax.set_xlim(view[0], view[2])
        self.ax.set_ylim(view[1], view[3])
        for art in self._arts.values():
            art.update_view(view, self._mpp)
        if self._depth_image is not None:
            self._depth_image.update_view(view, *self.device_size())
        self.viewChanged.emit()
        if draw:
            self.draw_idle()

    def redraw(self) -> float:
        """Cull to the view and render now; returns the time taken (ms). Used by the benchmark."""
        t0 = time.perf_counter()
        self._apply_view(draw=False)
        self.draw()
        self.last_draw_ms = (time.perf_counter() - t0) * 1000
        return self.last_draw_ms

    def resizeEvent(self, event):  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if getattr(self, "_fit_extent", False) and self.full_extent() is not None:
            self.zoom_full(draw=False)  # the first view fills the canvas, whatever size it gets
        else:
            self._apply_view(draw=False)

    # ------------------------------------------------------------------ picking and snapping
    def feature_at(self, px: float, py: float, roles=None, layers=None, tolerance_px: float = PICK_PIXELS):
        """The topmost visible feature near pixel (px, py): (layer name, fid) or None."""
        if self.project is None:
            return None
        x, y = self.pixel_to_map(px, py)
        tol = tolerance_px * self._mpp
        pt = shapely.Point(x, y)
        for lyr in reversed(self.project.layers):
            if lyr.is_raster or not lyr.visible or len(lyr.data) == 0:
                continue
            if roles is not None and lyr.role not in roles:
                continue
            if layers is not None and lyr.name not in layers:
                continue
            gdf = lyr.data
            cand = gdf.sindex.query(shapely.box(x - tol, y - tol, x + tol, y + tol))
            if len(cand) == 0:
                continue
            geoms = np.asarray(gdf.geometry.values, dtype=object)[cand]
            d = shapely.distance(geoms, pt)
            # lines and points within the tolerance; polygons when the point is inside (distance 0)
            best = int(np.argmin(d))
            if d[best] <= tol:
                return lyr.name, gdf.index[cand[best]]
        return None

    def snap(self, px: float, py: float, extra_xy: np.ndarray | None = None, roles=("defenses",)):
        """The nearest vertex of a layer of ``roles`` (or of ``extra_xy``) within SNAP_PIXELS, or None."""
        if self.project is None:
            return None
        x, y = self.pixel_to_map(px, py)
        verts = [
            self._vertices(lyr)
            for lyr in self.project.layers
            if lyr.role in roles and not lyr.is_raster and lyr.visible
        ]
        if extra_xy is not None and len(extra_xy):
            verts.append(np.asarray(extra_xy, float).reshape(-1, 2))
        verts = [v for v in verts if len(v)]
        if not verts:
            return None
        v = np.concatenate(verts)
        d = np.hypot(v[:, 0] - x, v[:, 1] - y)
        i = int(np.argmin(d))
        if d[i] <= SNAP_PIXELS * self._mpp:
            return float(v[i, 0]), float(v[i, 1])
        return None

    def _vertices(self, lyr) -> np.ndarray:
        hit = self._geom_cache.get(("verts", lyr.name))
        if hit is not None and hit[0] is lyr.data:
            return hit[1]
        v = (
            shapely.get_coordinates(np.asarray(lyr.data.geometry.values, dtype=object))
            if len(lyr.data)
            else np.zeros((0, 2))
        )
        self._geom_cache[("verts", lyr.name)] = (lyr.data, v)
        return v

    # ------------------------------------------------------------------ selection
    def set_selection(self, layer: str | None, fids=()) -> None:
        self.selection = (layer, list(fids)) if layer is not None and len(fids) else None
        self.update()

    def selected_geometries(self) -> list:
        if self.selection is None or self.project is None:
            return []
        name, fids = self.selection
        if not self.project.has_layer(name):
            return []
        gdf = self.project.layer(name).data
        return [gdf.geometry.loc[f] for f in fids if f in gdf.index]

    def _prune_selection(self) -> None:
        name, fids = self.selection
        if not self.project.has_layer(name) or self.project.layer(name).is_raster:
            self.selection = None
            return
        idx = self.project.layer(name).data.index
        fids = [f for f in fids if f in idx]
        self.selection = (name, fids) if fids else None

    # ------------------------------------------------------------------ tools and events
    def set_tool(self, tool) -> None:
        if self.tool is not None:
            self.tool.deactivate()
        self.tool = tool
        if tool is not None:
            tool.activate(self)
            self.setCursor(tool.cursor)
        self.update()

    def _event_xy(self, event) -> tuple[float, float]:
        p = event.position()
        return p.x(), p.y()

    def mousePressEvent(self, event):  # noqa: N802
        px, py = self._event_xy(event)
        self.setFocus()
        if event.button() == Qt.MouseButton.MiddleButton or (
            self.tool is not None
            and self.tool.pans
            and event.button() == Qt.MouseButton.LeftButton
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.start_drag(px, py)
            return
        if self.tool is not None:
            self.tool.press(self, px, py, event.button(), event.modifiers())

    def mouseMoveEvent(self, event):  # noqa: N802
        px, py = self._event_xy(event)
        x, y = self.pixel_to_map(px, py)
        self.cursorMoved.emit(x, y)
        if self._drag is not None:
            self.drag_to(px, py)
            return
        if self.tool is not None:
            self.tool.move(self, px, py, event.buttons(), event.modifiers())

    def mouseReleaseEvent(self, event):  # noqa: N802
        px, py = self._event_xy(event)
        if self._drag is not None:
            self.end_drag(px, py)
            return
        if self.tool is not None:
            self.tool.release(self, px, py, event.button(), event.modifiers())

    def mouseDoubleClickEvent(self, event):  # noqa: N802
        # Qt delivers the second press of a quick click pair as a double-click: it is a press too (a
        # quick click-and-drag must still drag), then the tool's double-click action.
        self.mousePressEvent(event)
        if self._drag is not None:
            return
        px, py = self._event_xy(event)
        if self.tool is not None:
            self.tool.double_click(self, px, py, event.button(), event.modifiers())

    def wheelEvent(self, event):  # noqa: N802
        steps = event.angleDelta().y() / 120.0
        if steps == 0:
            return
        px, py = self._event_xy(event)
        self.zoom_by(1.25**steps, (px, py))
        event.accept()

    def keyPressEvent(self, event):  # noqa: N802
        if self.tool is not None and self.tool.key_press(self, event.key(), event.modifiers()):
            return
        step = 0.25
        w, h = self.size_px()
        k = event.key()
        if k == Qt.Key.Key_Left:
            self.pan_pixels(w * step, 0)
        elif k == Qt.Key.Key_Right:
            self.pan_pixels(-w * step, 0)
        elif k == Qt.Key.Key_Up:
            self.pan_pixels(0, h * step)
        elif k == Qt.Key.Key_Down:
            self.pan_pixels(0, -h * step)
        elif k in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.5)
        elif k == Qt.Key.Key_Minus:
            self.zoom_by(1 / 1.5)
        else:
            super().keyPressEvent(event)

    def leaveEvent(self, event):  # noqa: N802
        super().leaveEvent(event)

    # panning by moving the cached bitmap
    def start_drag(self, px: float, py: float) -> None:
        self._drag = (QPointF(px, py), self.grab())
        self._drag_offset = QPointF(0, 0)
        self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def drag_to(self, px: float, py: float) -> None:
        start, _pix = self._drag
        self._drag_offset = QPointF(px, py) - start
        self.update()  # repaint moves the bitmap; no matplotlib draw

    def end_drag(self, px: float, py: float) -> None:
        start, _pix = self._drag
        self._drag = None
        d = QPointF(px, py) - start
        self._drag_offset = QPointF(0, 0)
        self.setCursor(self.tool.cursor if self.tool is not None else Qt.CursorShape.ArrowCursor)
        if d.x() or d.y():
            self.pan_pixels(d.x(), d.y())
        else:
            self.update()

    # zoom box (rubber band widget: no redraw while dragging)
    def show_box(self, x0, y0, x1, y1) -> None:
        r = QRect(int(min(x0, x1)), int(min(y0, y1)), int(abs(x1 - x0)), int(abs(y1 - y0)))
        self._rubber.setGeometry(r)
        self._rubber.show()

    def hide_box(self) -> None:
        self._rubber.hide()

    def zoom_to_pixel_box(self, x0, y0, x1, y1) -> None:
        a = self.pixel_to_map(x0, y0)
        b = self.pixel_to_map(x1, y1)
        self.set_extent((min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])), margin=0.0)

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event):  # noqa: N802
        if self._drag is not None:
            painter = QPainter(self)
            painter.fillRect(self.rect(), QColor(BACKGROUND))
            painter.drawPixmap(self._drag_offset, self._drag[1])
            painter.end()
            return
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            self._paint_labels(painter)
            self._paint_selection(painter)
            if self.tool is not None:
                self.tool.paint(self, painter)
        finally:
            painter.end()
        if not getattr(self, "_painted", False):
            self._painted = True
            self.firstFrame.emit()
        if self._arts and startup_trace.enabled():
            startup_trace.mark("first_frame")  # a frame with the project's layers is on screen

    def _paint_selection(self, painter: QPainter) -> None:
        geoms = self.selected_geometries()
        if not geoms:
            return
        pen = QPen(QColor(styles.HIGHLIGHT["edge"]), styles.HIGHLIGHT["lw"])
        halo = QPen(QColor(0, 0, 0, 160), styles.HIGHLIGHT["lw"] + 2)
        # One path for the whole selection, drawn twice (halo, then edge): a thousand highlighted
        # buildings cost two draw calls, not four thousand.
        path = QPainterPath()
        points = []
        for g in geoms:
            if g is None or g.is_empty:
                continue
            path.addPath(self.qpath(g))
            if g.geom_type in ("Point", "MultiPoint"):
                points.extend(shapely.get_coordinates(g))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for p in (halo, pen):
            painter.setPen(p)
            painter.drawPath(path)
        for x, y in points:
            px, py = self.map_to_pixel(x, y)
            painter.drawEllipse(QPointF(px, py), 9, 9)

    def qpath(self, geom) -> QPainterPath:
        """A QPainterPath in widget pixels for a shapely geometry (one polygon per ring: the pixel
        coordinates are computed with numpy, not one Qt call per vertex)."""
        path = QPainterPath()
        if geom is None or geom.is_empty:
            return path
        xmin, _ymin, _xmax, ymax = self.view_bounds()
        for part in shapely.get_parts(geom):
            polygon = part.geom_type == "Polygon"
            rings = [part.exterior, *part.interiors] if polygon else [part]
            for ring in rings:
                xy = shapely.get_coordinates(ring)
                if not len(xy):
                    continue
                px = (xy[:, 0] - xmin) / self._mpp
                py = (ymax - xy[:, 1]) / self._mpp
                if len(xy) == 1:
                    path.moveTo(float(px[0]), float(py[0]))
                    continue
                path.addPolygon(QPolygonF([QPointF(x, y) for x, y in zip(px.tolist(), py.tolist())]))
                if polygon:
                    path.closeSubpath()
        return path


class _Group(_LayerArt):
    """The artists of one layer (a layer can mix polygons, lines and points)."""

    def __init__(self, canvas, layer, zorder, parts):
        super().__init__(canvas, layer, zorder)
        self.parts = parts
        self.artists = [a for p in parts for a in p.artists]

    def update_view(self, view, mpp):
        for p in self.parts:
            p.update_view(view, mpp)

    def set_visible(self, visible):
        for p in self.parts:
            p.set_visible(visible)

    def remove(self):
        for p in self.parts:
            p.remove()
        self.artists = []


#: The run's outputs the Layers panel lists as layers (key: label).
RESULT_LAYERS = {  # labels marked for Qt's translation files; the Layers panel translates them
    "depth": QT_TRANSLATE_NOOP("canvas", "Flood depth"),
    "gaps": QT_TRANSLATE_NOOP("canvas", "Coverage gaps"),
    "service_areas": QT_TRANSLATE_NOOP("canvas", "Service areas"),
    "closed_roads": QT_TRANSLATE_NOOP("canvas", "Roads closed by water"),
}


def layer_bounds(lyr):
    """(xmin, ymin, xmax, ymax) of a layer, or None when it is empty."""
    if lyr.is_raster:
        return lyr.data.bounds
    if len(lyr.data) == 0:
        return None
    b = lyr.data.total_bounds
    return tuple(b) if np.all(np.isfinite(b)) else None
