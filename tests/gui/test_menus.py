"""The File menu reaches the wizard, the plate export and the report export; the tabletop dock shows an
exercise's moment on the map."""

import geopandas as gpd
import numpy as np
from shapely.geometry import LineString

from floodplan.gui.export_dialog import ExportDialog
from floodplan.gui.new_project_wizard import NewProjectWizard
from floodplan.sim.tabletop import TimelineState


def test_file_menu_has_the_export_and_wizard_entries(window, qtbot):
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert (
        "&Export map plate…" in texts
        and "Export &report…" in texts
        and "New project from &public data…" in texts
    )
    window.actions["export_plate"].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    window.actions["new_from_data"].trigger()
    wizard = window.findChild(NewProjectWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.reject()


def test_report_without_a_run_says_so(window, messages):
    window.actions["export_report"].trigger()
    assert any("run" in t.lower() for t in messages.texts())


def test_tabletop_state_reaches_the_map(window):
    assert window.tabletop is not None
    dem = window.project.dem
    depth = dem.like(np.where(np.isfinite(dem.z), 0.5, np.nan))
    roads = gpd.GeoDataFrame(
        {"reason": ["water"]}, geometry=[LineString([(0, 0), (1, 1)])], crs=window.project.crs
    )
    state = TimelineState.__new__(TimelineState)
    state.minute, state.depth, state.closed_roads = 125.0, depth, roads
    window.tabletop.engaged = True  # the facilitator started it (an unstarted one stays in its dock)
    window.show_exercise_state(state)
    assert window.canvas.depth is depth
    assert "T+02:05" in window.statusBar().currentMessage()


def test_closed_roads_are_drawn_on_the_map(window):
    # Drawn by render's builder (floodplan.render.artists.draw_closed_roads), at its z-order and in the
    # style table's colour for roads cut by water (core/styles.py ROAD_FLOODED).
    from matplotlib.colors import to_rgba

    from floodplan.core.styles import ROAD_FLOODED
    from floodplan.render.artists import Z_CLOSED_ROADS

    def closed():
        return [a for a in window.canvas._overlay_artists if a.get_zorder() == Z_CLOSED_ROADS]

    road = window.project.combined("roads").geometry.iloc[0]
    roads = gpd.GeoDataFrame({"reason": ["water"]}, geometry=[road], crs=window.project.crs)
    assert closed() == []
    window.canvas.set_closed_roads(roads)
    window.canvas.rebuild()
    (after,) = closed()
    assert len(after.get_paths()) == 1
    assert tuple(after.get_edgecolor()[0]) == to_rgba(ROAD_FLOODED["edge"])


def test_identify_click_ties_the_next_log_entry_to_a_map_point(window, qtbot, pixel):
    from PySide6.QtCore import Qt

    window.tabletop.show()
    window.tabletop.raise_()
    window.set_tool("identify")
    x, y = 500350.0, 5599900.0
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=pixel(window.canvas, x, y))
    px, py = window.tabletop.pick_location
    # One screen pixel is a few metres at this zoom.
    assert abs(px - x) < 10 and abs(py - y) < 10
