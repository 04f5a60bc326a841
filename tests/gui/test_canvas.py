"""The map canvas: exact map/pixel transform, pan by drag, wheel zoom at the cursor, box zoom, zoom to
layer, what is drawn (relief, border, flood depth), culling and level of detail, identify, and the layer
panel and attribute table around it."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def _image(canvas):
    canvas.redraw()
    img = canvas.grab().toImage()
    return img


def _rgb(img, px, py):
    c = QColor(img.pixel(int(px), int(py)))
    return c.red(), c.green(), c.blue()


def test_map_pixel_transform_is_exact_and_inverse(window):
    c = window.canvas
    w, h = c.size_px()
    xmin, ymin, xmax, ymax = c.view_bounds()
    # the view is w x h pixels of mpp metres each
    assert xmax - xmin == pytest.approx(w * c.mpp) and ymax - ymin == pytest.approx(h * c.mpp)
    assert c.map_to_pixel(xmin, ymax) == pytest.approx((0.0, 0.0))
    assert c.pixel_to_map(*c.map_to_pixel(500123.0, 5599456.0)) == pytest.approx((500123.0, 5599456.0))
    # zoom_full shows the valley (1200 m x 800 m) whole with a 5 % margin on the limiting side
    assert xmin <= 500000 and xmax >= 501200 and ymin <= 5599200 and ymax >= 5600000
    assert max(1200 * 1.1 / w, 800 * 1.1 / h) == pytest.approx(c.mpp)


def test_pan_by_dragging_moves_map_with_mouse(qtbot, window):
    c = window.canvas
    before = c.view_bounds()
    qtbot.mousePress(c, Qt.MouseButton.LeftButton, pos=QPoint(200, 200))
    qtbot.mouseMove(c, QPoint(240, 170))
    assert c._drag is not None and c._drag_offset == QPointF(40, -30)  # bitmap moved, no redraw yet
    assert c.view_bounds() == before
    qtbot.mouseRelease(c, Qt.MouseButton.LeftButton, pos=QPoint(240, 170))
    after = c.view_bounds()
    # dragging 40 px right and 30 px up moves the view 40 px west and 30 px south
    assert after[0] == pytest.approx(before[0] - 40 * c.mpp)
    assert after[1] == pytest.approx(before[1] - 30 * c.mpp)


def test_wheel_zooms_at_cursor(qtbot, window):
    c = window.canvas
    mpp = c.mpp
    anchor = QPointF(150, 120)
    under = c.pixel_to_map(anchor.x(), anchor.y())
    ev = QWheelEvent(
        anchor,
        c.mapToGlobal(anchor),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(c, ev)
    # one notch zooms in by 1.25 and the map point under the cursor stays under it
    assert c.mpp == pytest.approx(mpp / 1.25)
    assert c.pixel_to_map(anchor.x(), anchor.y()) == pytest.approx(under)


def test_zoom_box_and_zoom_to_layer(qtbot, window, pixel):
    c = window.canvas
    window.set_tool("zoom_box")
    a, b = pixel(c, 500200.0, 5599900.0), pixel(c, 500400.0, 5599700.0)
    qtbot.mousePress(c, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(c, b)
    qtbot.mouseRelease(c, Qt.MouseButton.LeftButton, pos=b)
    xmin, ymin, xmax, ymax = c.view_bounds()
    # the box (200 m x 200 m, up to a pixel of rounding) is shown whole and fills the view's short side
    tol = 2 * c.mpp
    assert xmin <= 500200 + tol and xmax >= 500400 - tol and ymin <= 5599700 + tol and ymax >= 5599900 - tol
    assert min(xmax - xmin, ymax - ymin) == pytest.approx(200, abs=20)
    c.zoom_to_layer("defenses")  # D1: 300 m long at y = 5599650
    xmin, ymin, xmax, ymax = c.view_bounds()
    assert xmin < 500100 and xmax > 500400 and xmax - xmin == pytest.approx(330, rel=0.01)


def test_map_draws_relief_border_and_flood(window):
    from floodplan.core.grid import Grid

    c = window.canvas
    img = _image(c)
    # the border at x = 500600 is drawn in purple (#7a0177) with a white halo: some pixel on its column is
    # purple-ish (red and blue well above green)
    bx, _ = c.map_to_pixel(500600.0, 5599500.0)
    column = [
        _rgb(img, bx + d, py)
        for d in (-1, 0, 1)
        for py in range(*map(int, (c.map_to_pixel(0, 5599990)[1], c.map_to_pixel(0, 5599210)[1])))
    ]
    assert any(r > g + 40 and b > g + 40 for r, g, b in column)
    # relief: the valley interior is not the background colour
    px, py = c.map_to_pixel(500450.0, 5599300.0)
    assert _rgb(img, px, py) != (0xF7, 0xF7, 0xF4)
    # a flood depth of 1.5 m everywhere south of the river shows in the blue ramp's third class (#2171b5)
    dem = window.project.dem
    z = np.zeros(dem.shape)
    z[40:, :] = 1.5
    window.set_preview_depth(Grid(z, dem.transform, dem.crs))
    img = _image(c)
    px, py = c.map_to_pixel(500450.0, 5599300.0)
    r, g, b = _rgb(img, px, py)
    assert b > r + 60 and b > g  # blue
    px, py = c.map_to_pixel(500450.0, 5599900.0)  # north of the river: dry, no blue
    r, g, b = _rgb(img, px, py)
    assert not (b > r + 60)


def test_culling_and_level_of_detail(qtbot, window):
    """10,000 tiny buildings: seen whole they go into one image; zoomed in, only the visible ones are paths."""
    import geopandas as gpd
    import shapely

    from floodplan.model.project import Layer
    from floodplan.model.schema import normalise

    rng = np.random.default_rng(3)
    x = rng.uniform(500000, 501200, 10_000)
    y = rng.uniform(5599200, 5600000, 10_000)
    gdf = gpd.GeoDataFrame(
        {"population": np.ones(10_000)}, geometry=shapely.box(x, y, x + 2, y + 2), crs=window.project.crs
    )
    window.project.add_layer(Layer("many", "assets", normalise(gdf, "assets", "many")))
    c = window.canvas
    c.rebuild()
    art = c._arts["many"].parts[0]
    c.zoom_full()
    c.redraw()
    # at ~2.5 m per pixel a 2 m building is under 2.5 px: all in the LOD image, no paths
    assert c.mpp > 2 / 2.5
    assert art.image.get_visible() and len(art.coll.get_paths()) == 0
    # zoomed to 0.5 m per pixel around the centre, buildings are 4 px: drawn as paths, only those in view
    c.set_view(500600.0, 5599600.0, 0.5)
    c.redraw()
    assert not art.image.get_visible()
    xmin, ymin, xmax, ymax = c.view_bounds()
    visible = np.sum((x + 2 >= xmin) & (x <= xmax) & (y + 2 >= ymin) & (y <= ymax))
    drawn = sum(len(p.vertices) for p in art.coll.get_paths()) // 5  # 5 vertices per box
    assert drawn == visible and visible < 10_000 / 4


def test_identify_shows_attributes(qtbot, window, pixel):
    c = window.canvas
    window.set_tool("identify")
    # Zoomed in on the school, so the pick's few pixels of tolerance cannot reach the defense line nearby
    # whatever room the docks leave the canvas.
    c.set_view(500310.0, 5599707.0, 0.5)
    c.redraw()
    qtbot.mouseClick(c, Qt.MouseButton.LeftButton, pos=pixel(c, 500310.0, 5599707.0))  # the school
    assert c.selection[0] == "buildings"
    items = window.properties.attributes
    values = {
        items.topLevelItem(i).text(0): items.topLevelItem(i).text(1) for i in range(items.topLevelItemCount())
    }
    assert values["kind"] == "school" and values["population"] == "3"
    assert values["(geometry)"] == "Polygon 300.0 m²"  # 20 m x 15 m


def test_layer_panel_visibility_order_opacity_remove(qtbot, window):
    panel = window.layer_panel
    proj = window.project
    item = panel.tree.topLevelItem(panel.layer_names_top_first().index("roads"))
    item.setCheckState(0, Qt.CheckState.Unchecked)
    assert not proj.layer("roads").visible and window.isWindowModified()
    # drag "dem" to the top of the list: it becomes the last layer in drawing order, as one undo step
    panel.move_layer("dem", 0)
    assert proj.layer_names()[-1] == "dem" and panel.layer_names_top_first()[0] == "dem"
    assert window.undo_stack.undoText() == "Reorder layer dem"
    window.actions["undo"].trigger()
    assert proj.layer_names()[0] == "dem"
    panel.select_layer("buildings")
    panel.opacity.setValue(40)
    assert proj.layer("buildings").opacity == pytest.approx(0.4)
    panel.remove_current()
    assert not proj.has_layer("buildings")
    window.actions["undo"].trigger()
    assert proj.has_layer("buildings")


def test_attribute_table_selection_follows_map_and_back(qtbot, window, pixel):
    window.show_attribute_table("buildings")
    table = window.attribute_table
    assert table.model.rowCount() == 4 and "population" in table.model.columns
    # map -> table
    window.set_tool("select")
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=pixel(window.canvas, 500810.0, 5599707.0))
    assert table.selected_fids() == [2]
    # table -> map
    table.view.selectRow(3)
    assert window.canvas.selection == ("buildings", [3])
    # editing a cell is an undoable command
    idx = table.model.index(3, table.model.columns.index("population"))
    assert table.model.setData(idx, "7")
    assert window.project.layer("buildings").data.loc[3, "population"] == 7.0
    window.actions["undo"].trigger()
    assert window.project.layer("buildings").data.loc[3, "population"] == 2.0


def test_first_view_fills_the_canvas_with_the_project_extent_whatever_size_it_gets(
    qtbot, make_window, valley_path
):
    # Issue 13, item 8: the view is fitted when the project opens, before the window has its final size;
    # it must still fill the canvas afterwards (expected scale: the extent plus 5 % margins each side
    # on the limiting axis, MapCanvas.set_extent), until the user pans or zooms.
    win = make_window(valley_path, (500, 400))
    w0 = win.canvas.size_px()[0]
    win.resize(1500, 950)
    qtbot.waitUntil(lambda: win.canvas.size_px()[0] > w0, timeout=10000)
    xmin, ymin, xmax, ymax = win.canvas.full_extent()
    w, h = win.canvas.size_px()
    expected = max((xmax - xmin) * 1.1 / w, (ymax - ymin) * 1.1 / h)
    assert win.canvas.mpp == pytest.approx(expected, rel=1e-9)
    # after a zoom by the user, a resize keeps the user's view
    win.canvas.zoom_by(2.0)
    mpp = win.canvas.mpp
    win.resize(1400, 900)
    qtbot.wait(50)
    assert win.canvas.mpp == mpp
    win.project.stack.set_clean()
    win.close()


def test_a_depth_on_a_class_edge_has_one_colour_on_screen_and_on_paper():
    # Issue 14: the canvas coloured 0.3 m in the upper class, plates in the lower. Both now read the one
    # table of floodplan.core.depth, classes (lo, hi]: 0.3 m is in 0–0.3 m, 0.30000001 m in 0.3–1 m.
    from floodplan.core.depth import DepthClasses
    from floodplan.render.artists import depth_rgba
    from floodplan.testing import make_grid

    z = np.array([[np.nan, 0.0, 0.1, 0.3, 0.30000001, 1.0, 2.0, 2.5]])
    grid = make_grid(z, 1.0)
    classes = (0.0, 0.3, 1.0, 2.0)
    # The canvas colours the depth at its pixels with the table's packed colours; the plates with
    # render's depth_rgba: the same bytes.
    screen = DepthClasses.of(classes).packed(grid.z).view(np.uint8).reshape(grid.z.shape + (4,))
    np.testing.assert_array_equal(screen, depth_rgba(grid, classes))
    table = DepthClasses.of(classes)
    assert tuple(screen[0, 3, :3]) == tuple(table.lut()[1, :3])  # 0.3 m: the first class
    assert tuple(screen[0, 4, :3]) == tuple(table.lut()[2, :3])  # just above: the second


def test_a_layer_width_from_a_qgis_style_is_drawn_on_screen(window):
    """Layer.width (points; set from a QGIS style, floodplan.io.qml) replaces every symbol's line width on
    the canvas, as on plates; without it floodplan's per-class widths stay (styles.ROAD_SLOW 0.8 pt, the
    test valley's roads)."""
    from matplotlib.collections import Collection

    c = window.canvas
    roads = next(lyr.name for lyr in window.project.layers if lyr.role == "roads")

    def widths():
        c.rebuild()
        return {
            float(w) for a in c._arts[roads].artists if isinstance(a, Collection) for w in a.get_linewidths()
        }

    assert widths() == {0.8}
    window.project.set_style(roads, width=2.5)
    assert widths() == {2.5}
