"""Editing through the real window: draw a levee with mouse clicks, undo/redo it, edit its properties,
move/reshape/delete it, place and edit resources, mark breaches. Every edit must be one named undo step."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

pytestmark = pytest.mark.gui


def _draw_line(qtbot, window, pixel, points, finish="double"):
    window.set_tool("draw_defense")
    canvas = window.canvas
    for x, y in points[:-1]:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pixel(canvas, x, y))
    last = pixel(canvas, *points[-1])
    if finish == "double":
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=last)
        qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=last)
    else:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=last)
        qtbot.keyClick(canvas, Qt.Key.Key_Return)


def test_draw_levee_by_clicks_then_undo_and_redo(qtbot, window, pixel):
    canvas = window.canvas
    defenses = window.project.layer("defenses")
    before = len(defenses.data)
    # East bank levee in Ostrow (PL), 50 m north of the river at y = 5599600.
    pts = [(500700.0, 5599650.0), (500850.0, 5599660.0), (501000.0, 5599650.0)]
    _draw_line(qtbot, window, pixel, pts)

    gdf = window.project.layer("defenses").data
    assert len(gdf) == before + 1
    new = gdf.iloc[-1]
    xy = np.asarray(new.geometry.coords)
    # A click lands on an integer pixel: each vertex is within half a pixel (mpp / 2 per axis) of its point.
    assert xy.shape == (3, 2)
    assert np.all(np.abs(xy - np.array(pts)) <= canvas.mpp * 0.5 + 1e-9)
    assert new["id"] == "D2"  # D1 exists in the valley; the next free id
    assert new["status"] == "planned" and new["type"] == "levee" and new["height_m"] == 1.5
    # the middle of the line lies east of the border at x = 500600: Ostrow owns it
    assert new["jurisdiction"] == "Ostrow"
    assert window.undo_stack.undoText() == "Add levee D2"
    assert window.actions["undo"].text() == "&Undo Add levee D2"
    # the new defense is selected and shown in the properties panel
    assert canvas.selection == ("defenses", [gdf.index[-1]])
    assert window.properties.defense_box.isVisibleTo(window.properties)

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.project.layer("defenses").data) == before
    assert window.project.stack.redo_text == "Add levee D2"
    qtbot.keyClick(
        window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    gdf = window.project.layer("defenses").data
    assert len(gdf) == before + 1
    assert np.all(np.abs(np.asarray(gdf.iloc[-1].geometry.coords) - np.array(pts)) <= canvas.mpp * 0.5 + 1e-9)
    assert window.undo_stack.index() == window.project.stack.index == 1


def test_enter_finishes_and_vertices_snap_to_existing_defense(qtbot, window, pixel):
    canvas = window.canvas
    # D1 runs from (500100, 5599650) to (500400, 5599650); click 3 px away from its east end.
    end = pixel(canvas, 500400.0, 5599650.0)
    window.set_tool("draw_defense")
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(end.x() + 3, end.y() - 2))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pixel(canvas, 500550.0, 5599700.0))
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    gdf = window.project.layer("defenses").data
    first = gdf.iloc[-1].geometry.coords[0]
    # snapped: exactly D1's vertex, not the clicked pixel
    assert first == (500400.0, 5599650.0)


def test_escape_cancels_and_one_vertex_is_not_a_defense(qtbot, window, pixel):
    canvas = window.canvas
    n = len(window.project.layer("defenses").data)
    window.set_tool("draw_defense")
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pixel(canvas, 500700.0, 5599700.0))
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert len(window.project.layer("defenses").data) == n
    assert not window.project.stack.can_undo


def test_properties_panel_edits_defense_as_one_undo_step(qtbot, window):
    gdf = window.project.layer("defenses").data
    fid = gdf.index[0]
    window.select("defenses", [fid])
    props = window.properties
    props.d_mode.setCurrentIndex(1)  # height above ground
    props.d_value.setValue(2.5)
    props.d_type.setCurrentText("wall")
    props.d_juris.setCurrentText("Ostrow")
    props.d_cost.setValue(250000)
    props.apply_button.click()
    row = window.project.layer("defenses").data.loc[fid]
    assert row["height_m"] == 2.5 and np.isnan(row["crest_m"])
    assert row["type"] == "wall" and row["jurisdiction"] == "Ostrow" and row["cost"] == 250000.0
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Edit defense D1"
    window.actions["undo"].trigger()
    row = window.project.layer("defenses").data.loc[fid]
    assert row["crest_m"] == 103.0 and row["type"] == "levee" and row["cost"] == 100000.0


def test_move_reshape_and_delete_defense(qtbot, window, pixel):
    canvas = window.canvas
    fid = window.project.layer("defenses").data.index[0]
    window.set_tool("select")
    mid = pixel(canvas, 500250.0, 5599650.0)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=mid)
    assert canvas.selection == ("defenses", [fid])
    mid = pixel(canvas, 500250.0, 5599650.0)  # (the same pixel unless the docks resized the map)
    # drag the selected line 20 px right and 10 px down
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=mid)
    qtbot.mouseMove(canvas, QPoint(mid.x() + 20, mid.y() + 10))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(mid.x() + 20, mid.y() + 10))
    xy = np.asarray(window.project.layer("defenses").data.geometry.loc[fid].coords)
    # moved by (20 px, -10 px) times the resolution
    assert np.allclose(
        xy, np.array([[500100.0, 5599650.0], [500400.0, 5599650.0]]) + [20 * canvas.mpp, -10 * canvas.mpp]
    )
    assert window.undo_stack.undoText() == "Move levee D1"

    # reshape: drag the west vertex to a new place
    window.set_tool("vertex")
    west = pixel(canvas, *xy[0])
    target = QPoint(west.x(), west.y() - 30)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=west)
    qtbot.mouseMove(canvas, target)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=target)
    new = np.asarray(window.project.layer("defenses").data.geometry.loc[fid].coords)
    assert np.allclose(new[0], canvas.pixel_to_map(target.x(), target.y()))
    assert np.allclose(new[1], xy[1])
    assert window.undo_stack.undoText() == "Reshape levee D1"

    window.set_tool("select")
    window.actions["delete"].trigger()
    assert fid not in window.project.layer("defenses").data.index
    assert window.undo_stack.undoText() == "Delete levee D1"
    for _ in range(3):
        window.actions["undo"].trigger()
    xy_back = np.asarray(window.project.layer("defenses").data.geometry.loc[fid].coords)
    assert np.allclose(xy_back, [[500100.0, 5599650.0], [500400.0, 5599650.0]])


def test_place_resource_and_edit_it(qtbot, window, pixel):
    canvas = window.canvas
    window.set_resource_kind("ambulance")
    assert canvas.tool.name == "place_resource"
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pixel(canvas, 500900.0, 5599900.0))
    res = window.project.layer("resources").data
    assert len(res) == 2
    new = res.iloc[-1]
    assert new["kind"] == "ambulance" and new["id"] == "R2" and bool(new["cross_border"])
    assert (
        abs(new.geometry.x - 500900.0) <= canvas.mpp * 0.5
        and abs(new.geometry.y - 5599900.0) <= canvas.mpp * 0.5
    )
    assert new["jurisdiction"] == "Ostrow"
    assert window.undo_stack.undoText() == "Add ambulance Ambulance R2"

    props = window.properties
    assert props.resource_box.isVisibleTo(props)
    props.r_name.setText("Ostrow ambulance")
    props.r_capacity.setValue(4)
    props.r_cross.setChecked(False)
    props.apply_button.click()
    row = window.project.layer("resources").data.iloc[-1]
    assert row["name"] == "Ostrow ambulance" and row["capacity"] == 4.0 and not bool(row["cross_border"])
    window.actions["undo"].trigger()
    assert bool(window.project.layer("resources").data.iloc[-1]["cross_border"])


def test_first_resource_creates_its_layer_in_the_same_undo_step(qtbot, window, pixel):
    window.project.stack.push(
        __import__("floodplan.model.commands", fromlist=["RemoveLayer"]).RemoveLayer("resources")
    )
    n_layers = len(window.project.layers)
    window.set_tool("place_resource")
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=pixel(window.canvas, 500300.0, 5599900.0))
    assert len(window.project.layers) == n_layers + 1
    assert len(window.project.layers_by_role("resources")[0].data) == 1
    window.actions["undo"].trigger()
    assert len(window.project.layers) == n_layers


def test_breach_tool_marks_breach_in_active_scenario(qtbot, window, pixel):
    canvas = window.canvas
    window.set_tool("breach")
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pixel(canvas, 500250.0, 5599650.0))
    assert window.project.scenarios["hq100"].breaches == ["D1"]
    assert window.undo_stack.undoText() == "Mark breach of D1 in hq100"
    assert window.properties.d_breach.isChecked()
    # the canvas draws breached defenses in the breach style
    assert canvas.breaches == {"D1"} or (window.canvas.rebuild() is None and canvas.breaches == {"D1"})
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=pixel(canvas, 500250.0, 5599650.0))
    assert window.project.scenarios["hq100"].breaches == []
    window.actions["undo"].trigger()
    assert window.project.scenarios["hq100"].breaches == ["D1"]


def test_undo_adapter_follows_engine_stack(qtbot, window):
    """Engine-side pushes, undos and redos (scenario panel, add_file) are mirrored in Qt's stack, and
    Qt's undo drives the engine: the two never disagree."""
    from floodplan.model.commands import SetSetting

    stack, qstack = window.project.stack, window.undo_stack
    stack.push(SetSetting("a", 1))
    stack.push(SetSetting("b", 2))
    assert qstack.count() == 2 and qstack.index() == 2 and qstack.text(1) == "Change setting b"
    stack.undo()
    assert qstack.index() == 1 and window.project.settings == {"a": 1}
    stack.redo()
    assert qstack.index() == 2 and window.project.settings == {"a": 1, "b": 2}
    qstack.undo()
    qstack.undo()
    assert stack.index == 0 and window.project.settings == {}
    qstack.redo()
    assert stack.index == 1 and window.project.settings == {"a": 1}
    stack.push(SetSetting("c", 3))  # a push after an undo drops the redo branch in both
    assert qstack.count() == 2 and not stack.can_redo and not qstack.canRedo()
    stack.set_clean()
    assert qstack.isClean()
    qstack.undo()
    assert not qstack.isClean() and window.isWindowModified()


def test_resources_land_in_the_layer_of_the_country_or_the_one_the_user_chose(qtbot, window, pixel):
    # Issue 13, item 5. A second resources layer for Poland (east of the border at x = 500,600, empty: it
    # belongs to PL by its name); R1 stays in 'resources' (it lies in Germany, so that layer is DE's).
    import geopandas as gpd

    from floodplan.model.commands import AddLayer
    from floodplan.model.project import Layer

    res = window.project.layer("resources").data
    window.project.stack.push(AddLayer(Layer("resources_pl", "resources", gpd.GeoDataFrame(res.iloc[0:0]))))
    window.set_resource_kind("fire")
    window.set_tool("place_resource")

    def click(x, y):
        qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=pixel(window.canvas, x, y))

    click(500900.0, 5599900.0)  # in Poland
    assert (
        len(window.project.layer("resources_pl").data) == 1
        and len(window.project.layer("resources").data) == 1
    )
    click(500300.0, 5599900.0)  # in Germany: not into the layer the window just selected for the user
    assert len(window.project.layer("resources").data) == 2
    # the user chooses resources_pl in the Layers panel: it is the target, wherever the point is
    tree = window.layer_panel.tree
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if "resources_pl" in tree.topLevelItem(i).text(0)
    )
    tree.setCurrentItem(item)
    click(500350.0, 5599900.0)
    assert len(window.project.layer("resources_pl").data) == 2


def test_switching_crest_given_as_converts_the_value(qtbot, window):
    # Issue 13, item 12: 103.00 m as an elevation becomes its height above the mean ground under D1
    # (floodplan.model.edits.ground_under), and back again; nothing changes until Apply.
    from floodplan.model import edits

    fid = window.project.layer("defenses").data.index[0]
    window.select("defenses", [fid])
    props = window.properties
    assert props.d_mode.currentIndex() == 0 and props.d_value.value() == 103.0
    ground = edits.ground_under(window.project, window.project.layer("defenses").data.geometry.loc[fid])
    props.d_mode.setCurrentIndex(1)
    assert props.d_value.value() == pytest.approx(round(103.0 - ground, 2))
    assert "mean ground" in props.d_mode.toolTip()
    props.d_mode.setCurrentIndex(0)
    assert props.d_value.value() == pytest.approx(103.0, abs=0.011)
    assert not window.project.stack.can_undo
