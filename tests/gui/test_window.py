"""The main window as a whole: start-up on a project, title, docks, menus with shortcuts, status bar,
Help, error reporting (no traceback reaches the user; unexpected errors are logged)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def test_window_shows_project(window, valley_path):
    assert window.windowTitle() == "valley.gpkg[*] — floodplan"
    assert not window.isWindowModified()
    # the layer panel lists the top layer first (the project keeps drawing order bottom first)
    assert window.layer_panel.layer_names_top_first() == list(reversed(window.project.layer_names()))
    # every layer has its artist on the canvas
    assert set(window.canvas._arts) == set(window.project.layer_names())
    for dock in (window.layer_panel, window.properties):
        assert dock.isVisibleTo(window)
    # the docks written by the other GUI engineer are installed when present
    assert window.scenario_panel is not None and window.dashboard is not None
    assert window.canvas.tool.name == "pan"


def test_edit_menu_actions_and_shortcuts(window):
    menus = {m.text(): m.menu() for m in window.menuBar().actions()}
    assert list(menus) == [
        "&File",
        "&Edit",
        "&View",
        "&Scenario",
        "&Plan",
        "&Help",
    ]  # Plan: versions (issue 20)
    edit = [a for a in menus["&Edit"].actions() if not a.isSeparator()]
    assert edit[0] is window.actions["undo"] and edit[1] is window.actions["redo"]
    assert window.actions["undo"].shortcut() == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Shift+Z") in window.actions["redo"].shortcuts()
    assert not window.actions["undo"].isEnabled()
    # every tool has a single-key shortcut and a tooltip naming it
    for name in window.tools:
        act = window.actions[f"tool_{name}"]
        assert act.shortcut().toString() and act.toolTip().endswith(f"({act.shortcut().toString()})")


def test_status_bar_shows_coordinates_lonlat_and_scale(qtbot, window, pixel):
    canvas = window.canvas
    qtbot.mouseMove(canvas, pixel(canvas, 500600.0, 5599600.0))
    # working CRS coordinates of the pixel centre, to 0.1 m (the pixel is at most half a pixel off)
    x, y = canvas.pixel_to_map(*canvas.map_to_pixel(500600.0, 5599600.0))
    text = window.coord_label.text()
    assert "500,6" in text and "5,599,6" in text
    # EPSG:25833 (UTM 33N) at x=500600 is 0.0083° east of the central meridian 15°E; y=5599600 m is ~50.54°N
    assert window.lonlat_label.text().startswith("50.5") and "15.00" in window.lonlat_label.text()
    # scale 1:N = metres per pixel / metres per screen pixel (0.0254 m / dpi)
    dpi = canvas.logicalDpiX()
    expected = canvas.mpp / (0.0254 / dpi)
    shown = int(window.scale_label.text().split(":")[1].replace(",", ""))
    assert abs(shown - expected) / expected < 0.05
    assert window.crs_label.text() == "EPSG:25833"


def test_help_dialogs(window, messages, monkeypatch):
    from floodplan.gui import help as gui_help

    window.actions["about"].trigger()
    assert "floodplan" in messages.texts("about")[0]
    acts = [a for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()]
    rows = dict(gui_help.shortcut_rows(acts + [window.actions["undo"], window.actions["redo"]]))
    assert rows["Undo"] == "Ctrl+Z" and rows["Draw defense"] == "D"
    from PySide6.QtWidgets import QTextBrowser

    dlg = gui_help.guide_dialog(window)
    assert "how to plan a joint defense" in dlg.findChild(QTextBrowser).toPlainText().lower()
    text = gui_help.GUIDE.lower()
    assert "draw defense" in text and "breach" in text and "ctrl+z" in text


def test_input_error_in_a_slot_shows_its_sentence(window, messages):
    from floodplan.errors import InputError
    from floodplan.gui import errors as gui_errors

    try:
        raise InputError("roads.shp: attribute 'speed_kmh' must be a number (found 'fast'); correct it.")
    except InputError as exc:
        gui_errors.excepthook(type(exc), exc, exc.__traceback__)
    assert messages.texts("warning") == [
        "Roads.shp: attribute 'speed_kmh' must be a number (found 'fast'); correct it."
    ]


def test_unexpected_error_is_logged_and_reported_with_log_location(window, messages):
    from floodplan.gui import errors as gui_errors
    from floodplan.gui import settings

    def broken():
        return {}["missing"]

    try:
        broken()
    except KeyError as exc:
        gui_errors.excepthook(type(exc), exc, exc.__traceback__)
    (text,) = messages.texts("critical")
    log = settings.log_path()
    assert str(log) in text and "Traceback" not in text
    content = log.read_text()
    assert "Traceback" in content and "broken" in content and "KeyError" in content


def test_failed_edit_changes_nothing(window, messages):
    from floodplan.model.commands import SetAttributes

    before = window.project.stack.index
    assert not window.push(SetAttributes("defenses", 999, {"cost": 1.0}))
    assert "has no feature 999" in messages.texts("warning")[0]
    assert window.project.stack.index == before and window.undo_stack.count() == before


def test_run_app_opens_given_project(qtbot, valley_path, messages):
    """`floodplan PROJECT.gpkg`: run_app opens the window on that project (closed again by a timer)."""
    from floodplan.gui.app import run_app
    from floodplan.gui.main_window import MainWindow

    seen = {}

    def close_it():
        wins = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["titles"] = [w.windowTitle() for w in wins]
        for w in wins:
            w.close()  # the last window closing ends app.exec()

    QTimer.singleShot(300, close_it)
    assert run_app(str(valley_path)) == 0
    assert "valley.gpkg[*] — floodplan" in seen["titles"]
    import sys

    from floodplan.gui.errors import excepthook

    assert sys.excepthook is excepthook
    sys.excepthook = sys.__excepthook__


def test_tool_shortcut_keys(qtbot, window):
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_D)
    assert window.canvas.tool.name == "draw_defense"
    qtbot.keyClick(window.canvas, Qt.Key.Key_I)
    assert window.canvas.tool.name == "identify"
    qtbot.mouseClick(
        window.canvas, Qt.MouseButton.LeftButton, pos=QPoint(5, 5)
    )  # empty map: nothing selected
    assert window.canvas.selection is None


@pytest.mark.parametrize("role", ["resources", "defenses"])
def test_properties_form_shows_without_scrolling(qtbot, window, role):
    """Issue 13 item 10: selecting a feature shows its whole edit form, its Apply button and its
    attribute list in the Properties dock without scrolling the dock (it grows at the Scenario dock's
    expense; before, three attribute rows showed and the form was below the fold). The list itself
    may scroll when a feature has more attributes than fit."""
    layer = next(lyr.name for lyr in window.project.layers if lyr.role == role)
    fid = window.project.layer(layer).data.index[0]
    window.select(layer, [fid], identify=True)
    qtbot.wait(50)
    panel = window.properties
    viewport = panel.widget().viewport()
    box = panel.resource_box if role == "resources" else panel.defense_box
    for widget in (box, panel.apply_button, panel.attributes):
        top_left = widget.mapTo(viewport, QPoint(0, 0))
        bottom = top_left.y() + widget.height()
        assert widget.isVisible() and top_left.y() >= 0 and bottom <= viewport.height(), widget
    assert panel.widget().verticalScrollBar().value() == 0
