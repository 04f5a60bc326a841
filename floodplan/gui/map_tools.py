"""Map tools: what a click on the map means (pan, zoom box, identify, select and move, draw a defense,
edit vertices, place a resource, mark a breach), after QGIS's map tools.

A tool turns mouse events into calls on its ``editor`` (the main window), which turns them into engine
commands; tools never change the project themselves. Positions are logical widget pixels; the canvas
converts them to map coordinates.
"""

from __future__ import annotations

import numpy as np
import shapely
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from shapely.geometry import LineString, Point

translate = QCoreApplication.translate

LEFT = Qt.MouseButton.LeftButton
RIGHT = Qt.MouseButton.RightButton


class MapTool:
    """Base class: ignores everything."""

    name = "tool"
    label = QT_TRANSLATE_NOOP("MapTool", "Tool")
    tooltip = ""
    cursor = Qt.CursorShape.ArrowCursor
    pans = False  # a left drag pans the map

    def __init__(self, editor=None):
        self.editor = editor
        self.canvas = None

    def activate(self, canvas) -> None:
        self.canvas = canvas

    def deactivate(self) -> None:
        pass

    def press(self, canvas, px, py, button, modifiers) -> None:
        pass

    def move(self, canvas, px, py, buttons, modifiers) -> None:
        pass

    def release(self, canvas, px, py, button, modifiers) -> None:
        pass

    def double_click(self, canvas, px, py, button, modifiers) -> None:
        pass

    def key_press(self, canvas, key, modifiers) -> bool:
        return False

    def paint(self, canvas, painter: QPainter) -> None:
        pass


class PanTool(MapTool):
    name = "pan"
    label = QT_TRANSLATE_NOOP("MapTool", "Pan")
    tooltip = QT_TRANSLATE_NOOP(
        "MapTool", "Pan the map by dragging (Shift+drag zooms to a box; the wheel zooms at the cursor)"
    )
    cursor = Qt.CursorShape.OpenHandCursor
    pans = True

    def __init__(self, editor=None):
        super().__init__(editor)
        self._box = None

    def press(self, canvas, px, py, button, modifiers):
        if button == LEFT and modifiers & Qt.KeyboardModifier.ShiftModifier:
            self._box = (px, py)

    def move(self, canvas, px, py, buttons, modifiers):
        if self._box is not None:
            canvas.show_box(*self._box, px, py)

    def release(self, canvas, px, py, button, modifiers):
        if self._box is not None:
            x0, y0 = self._box
            self._box = None
            canvas.hide_box()
            if abs(px - x0) > 4 and abs(py - y0) > 4:
                canvas.zoom_to_pixel_box(x0, y0, px, py)


class ZoomBoxTool(MapTool):
    name = "zoom_box"
    label = QT_TRANSLATE_NOOP("MapTool", "Zoom to box")
    tooltip = QT_TRANSLATE_NOOP(
        "MapTool", "Drag a box to zoom to it; click to zoom in, right-click to zoom out"
    )
    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, editor=None):
        super().__init__(editor)
        self._start = None

    def press(self, canvas, px, py, button, modifiers):
        if button == LEFT:
            self._start = (px, py)
        elif button == RIGHT:
            canvas.zoom_by(1 / 2, (px, py))

    def move(self, canvas, px, py, buttons, modifiers):
        if self._start is not None:
            canvas.show_box(*self._start, px, py)

    def release(self, canvas, px, py, button, modifiers):
        if self._start is None or button != LEFT:
            return
        x0, y0 = self._start
        self._start = None
        canvas.hide_box()
        if abs(px - x0) > 4 and abs(py - y0) > 4:
            canvas.zoom_to_pixel_box(x0, y0, px, py)
        else:
            canvas.zoom_by(2.0, (px, py))


class IdentifyTool(MapTool):
    name = "identify"
    label = QT_TRANSLATE_NOOP("MapTool", "Identify")
    tooltip = QT_TRANSLATE_NOOP("MapTool", "Click a feature to see its attributes")
    cursor = Qt.CursorShape.WhatsThisCursor

    def release(self, canvas, px, py, button, modifiers):
        if button != LEFT:
            return
        hit = canvas.feature_at(px, py)
        if hit is None:
            self.editor.select(None)
        else:
            self.editor.select(hit[0], [hit[1]], identify=True)
        # In a tabletop exercise the clicked point is where the next decision-log entry is tied to.
        table = getattr(self.editor, "tabletop", None)
        if table is not None and table.isVisible():
            table.set_pick_location(*canvas.pixel_to_map(px, py))


class SelectTool(MapTool):
    """Click to select a feature (defenses and resources first); drag a selected one to move it."""

    name = "select"
    label = QT_TRANSLATE_NOOP("MapTool", "Select / move")
    tooltip = QT_TRANSLATE_NOOP(
        "MapTool",
        "Click a feature to select it; drag a selected defense or resource to move it; Delete removes it",
    )
    cursor = Qt.CursorShape.ArrowCursor
    EDITABLE = ("defenses", "resources")

    def __init__(self, editor=None):
        super().__init__(editor)
        self._press = None
        self._moving = None  # (layer, fid, geometry) being dragged
        self._offset = (0.0, 0.0)

    def press(self, canvas, px, py, button, modifiers):
        if button != LEFT:
            return
        self._press = (px, py)
        hit = canvas.feature_at(px, py, roles=self.EDITABLE) or canvas.feature_at(px, py)
        sel = canvas.selection
        if hit is not None and sel is not None and sel[0] == hit[0] and hit[1] in sel[1]:
            lyr = canvas.project.layer(hit[0])
            if lyr.role in self.EDITABLE:
                self._moving = (hit[0], hit[1], lyr.data.geometry.loc[hit[1]])
                return
        if hit is None:
            self.editor.select(None)
        else:
            self.editor.select(hit[0], [hit[1]])

    def move(self, canvas, px, py, buttons, modifiers):
        if self._moving is not None and self._press is not None:
            self._offset = ((px - self._press[0]) * canvas.mpp, -(py - self._press[1]) * canvas.mpp)
            canvas.update()

    def release(self, canvas, px, py, button, modifiers):
        moving, self._moving = self._moving, None
        if moving is None or button != LEFT:
            self._press = None
            return
        start = self._press
        self._press = None
        if abs(px - start[0]) < 2 and abs(py - start[1]) < 2:
            canvas.update()
            return
        layer, fid, geom = moving
        dx, dy = (px - start[0]) * canvas.mpp, -(py - start[1]) * canvas.mpp
        self._offset = (0.0, 0.0)
        self.editor.set_geometry(
            layer, fid, shapely.transform(geom, lambda c: c + np.array([dx, dy])), "Move"
        )

    def key_press(self, canvas, key, modifiers):
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.editor.delete_selected()
            return True
        return False

    def paint(self, canvas, painter):
        if self._moving is None:
            return
        geom = shapely.transform(self._moving[2], lambda c: c + np.array(self._offset))
        painter.setPen(QPen(QColor("#1f78b4"), 2, Qt.PenStyle.DashLine))
        painter.drawPath(canvas.qpath(geom))
        if geom.geom_type == "Point":
            p = canvas.map_to_pixel(geom.x, geom.y)
            painter.drawEllipse(QPointF(*p), 8, 8)


class DrawDefenseTool(MapTool):
    """Draw a defense line: click vertices (snapping to existing defense vertices), double-click, Enter or
    right-click to finish, Backspace to drop the last vertex, Escape to cancel."""

    name = "draw_defense"
    label = QT_TRANSLATE_NOOP("MapTool", "Draw defense")
    tooltip = QT_TRANSLATE_NOOP(
        "MapTool",
        "Draw a levee, wall or mobile barrier: click its vertices (they snap to existing defenses), "
        "double-click or press Enter to finish, Esc to cancel",
    )
    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, editor=None):
        super().__init__(editor)
        self.vertices: list[tuple[float, float]] = []
        self._hover = None
        self._snapped = False

    def deactivate(self):
        self.vertices = []
        self._hover = None

    def _point(self, canvas, px, py):
        extra = np.array(self.vertices) if self.vertices else None
        s = canvas.snap(px, py, extra_xy=extra)
        self._snapped = s is not None
        return s if s is not None else canvas.pixel_to_map(px, py)

    def press(self, canvas, px, py, button, modifiers):
        if button == RIGHT:
            self.finish()
            return
        if button != LEFT:
            return
        x, y = self._point(canvas, px, py)
        if self.vertices and np.hypot(x - self.vertices[-1][0], y - self.vertices[-1][1]) < 1e-9:
            return  # the second press of a double-click on the same spot
        self.vertices.append((x, y))
        canvas.update()

    def move(self, canvas, px, py, buttons, modifiers):
        self._hover = self._point(canvas, px, py)
        canvas.update()

    def double_click(self, canvas, px, py, button, modifiers):
        if button == LEFT:
            self.finish()

    def key_press(self, canvas, key, modifiers):
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
        elif key == Qt.Key.Key_Escape:
            self.vertices = []
            canvas.update()
        elif key == Qt.Key.Key_Backspace:
            if self.vertices:
                self.vertices.pop()
            canvas.update()
        else:
            return False
        return True

    def finish(self) -> None:
        verts, self.vertices = self.vertices, []
        if len(verts) >= 2:
            self.editor.add_defense(LineString(verts))
        elif verts:
            self.editor.status(
                translate("DrawDefenseTool", "A defense needs at least two vertices; click at least twice.")
            )
        if self.canvas is not None:
            self.canvas.update()

    def paint(self, canvas, painter):
        pts = [canvas.map_to_pixel(x, y) for x, y in self.vertices]
        if self._hover is not None and pts:
            pts_line = pts + [canvas.map_to_pixel(*self._hover)]
        else:
            pts_line = pts
        painter.setPen(QPen(QColor("#e08214"), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for a, b in zip(pts_line[:-1], pts_line[1:]):
            painter.drawLine(QPointF(*a), QPointF(*b))
        painter.setPen(QPen(QColor("#7b3f00"), 1.5))
        painter.setBrush(QColor("white"))
        for p in pts:
            painter.drawRect(int(p[0]) - 3, int(p[1]) - 3, 6, 6)
        if self._hover is not None and self._snapped:
            p = canvas.map_to_pixel(*self._hover)
            painter.setPen(QPen(QColor("#e7298a"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(*p), 7, 7)


class VertexTool(MapTool):
    """Reshape the selected defense: drag a vertex; double-click a segment to add a vertex there;
    right-click a vertex to remove it."""

    name = "vertex"
    label = QT_TRANSLATE_NOOP("MapTool", "Edit vertices")
    tooltip = QT_TRANSLATE_NOOP(
        "MapTool",
        "Reshape the selected defense: drag a vertex, double-click a segment to add one, "
        "right-click a vertex to remove it",
    )
    cursor = Qt.CursorShape.PointingHandCursor

    def __init__(self, editor=None):
        super().__init__(editor)
        self._drag = None  # (layer, fid, vertex index)
        self._pos = None

    def _target(self, canvas):
        sel = canvas.selection
        if sel is None or not canvas.project.has_layer(sel[0]):
            return None
        lyr = canvas.project.layer(sel[0])
        if lyr.role != "defenses" or len(sel[1]) != 1:
            return None
        geom = lyr.data.geometry.loc[sel[1][0]]
        if geom is None or geom.geom_type != "LineString":
            return None
        return sel[0], sel[1][0], geom

    def _vertex_at(self, canvas, geom, px, py):
        xy = np.asarray(geom.coords)
        pix = np.array([canvas.map_to_pixel(x, y) for x, y in xy])
        d = np.hypot(pix[:, 0] - px, pix[:, 1] - py)
        i = int(np.argmin(d))
        return i if d[i] <= 8 else None

    def press(self, canvas, px, py, button, modifiers):
        t = self._target(canvas)
        if t is None:
            hit = canvas.feature_at(px, py, roles=("defenses",))
            if hit is not None:
                self.editor.select(*hit[:1], [hit[1]])
            return
        layer, fid, geom = t
        i = self._vertex_at(canvas, geom, px, py)
        if i is None:
            hit = canvas.feature_at(px, py, roles=("defenses",))
            if hit is not None and (hit[0], hit[1]) != (layer, fid):
                self.editor.select(hit[0], [hit[1]])
            return
        if button == RIGHT:
            xy = list(geom.coords)
            if len(xy) <= 2:
                self.editor.status(
                    translate(
                        "VertexTool", "A defense needs at least two vertices; delete the defense instead."
                    )
                )
                return
            del xy[i]
            self.editor.set_geometry(layer, fid, LineString(xy), "Remove vertex of")
            return
        if button == LEFT:
            self._drag = (layer, fid, i)
            self._pos = canvas.pixel_to_map(px, py)

    def move(self, canvas, px, py, buttons, modifiers):
        if self._drag is not None:
            s = canvas.snap(px, py)
            self._pos = s if s is not None else canvas.pixel_to_map(px, py)
            canvas.update()

    def release(self, canvas, px, py, button, modifiers):
        if self._drag is None:
            return
        layer, fid, i = self._drag
        self._drag = None
        geom = canvas.project.layer(layer).data.geometry.loc[fid]
        xy = list(geom.coords)
        if np.hypot(xy[i][0] - self._pos[0], xy[i][1] - self._pos[1]) < 1e-9:
            return
        xy[i] = tuple(self._pos)
        self.editor.set_geometry(layer, fid, LineString(xy), "Reshape")

    def double_click(self, canvas, px, py, button, modifiers):
        t = self._target(canvas)
        if t is None:
            return
        layer, fid, geom = t
        x, y = canvas.pixel_to_map(px, py)
        p = Point(x, y)
        if geom.distance(p) > 8 * canvas.mpp:
            return
        xy = list(geom.coords)
        # insert after the segment nearest to the click
        d = [LineString([a, b]).distance(p) for a, b in zip(xy[:-1], xy[1:])]
        k = int(np.argmin(d))
        xy.insert(k + 1, (x, y))
        self.editor.set_geometry(layer, fid, LineString(xy), "Add vertex to")

    def paint(self, canvas, painter):
        t = self._target(canvas)
        if t is None:
            return
        layer, fid, geom = t
        xy = list(geom.coords)
        if self._drag is not None:
            xy[self._drag[2]] = tuple(self._pos)
            painter.setPen(QPen(QColor("#1f78b4"), 2, Qt.PenStyle.DashLine))
            pts = [canvas.map_to_pixel(x, y) for x, y in xy]
            for a, b in zip(pts[:-1], pts[1:]):
                painter.drawLine(QPointF(*a), QPointF(*b))
        painter.setPen(QPen(QColor("#08306b"), 1.5))
        painter.setBrush(QColor("#ffd92f"))
        for x, y in xy:
            px, py = canvas.map_to_pixel(x, y)
            painter.drawRect(int(px) - 4, int(py) - 4, 8, 8)


class PlaceResourceTool(MapTool):
    """Click to place a resource of the editor's current kind."""

    name = "place_resource"
    label = QT_TRANSLATE_NOOP("MapTool", "Place resource")
    tooltip = QT_TRANSLATE_NOOP(
        "MapTool",
        "Click to place a resource (fire, ambulance, rescue, pump, shelter, hospital) of the chosen kind",
    )
    cursor = Qt.CursorShape.CrossCursor

    def release(self, canvas, px, py, button, modifiers):
        if button == LEFT:
            x, y = canvas.pixel_to_map(px, py)
            self.editor.add_resource(Point(x, y))


class BreachTool(MapTool):
    """Click a defense to mark it breached in the active scenario (click again to restore it)."""

    name = "breach"
    label = QT_TRANSLATE_NOOP("MapTool", "Mark breach")
    tooltip = QT_TRANSLATE_NOOP(
        "MapTool",
        "Click a defense to mark it breached (failing) in the active scenario; click again to undo the mark",
    )
    cursor = Qt.CursorShape.PointingHandCursor

    def release(self, canvas, px, py, button, modifiers):
        if button != LEFT:
            return
        hit = canvas.feature_at(px, py, roles=("defenses",))
        if hit is None:
            self.editor.status(translate("BreachTool", "Click on a defense line to mark a breach."))
            return
        self.editor.select(hit[0], [hit[1]])
        self.editor.toggle_breach(hit[0], hit[1])


ALL_TOOLS = (
    PanTool,
    ZoomBoxTool,
    IdentifyTool,
    SelectTool,
    DrawDefenseTool,
    VertexTool,
    PlaceResourceTool,
    BreachTool,
)
