"""Issue 13, item 6 (stale results look current) and part of 13 (status line).

A result remembers the project's data revision and the scenario it ran with; after an edit, under another
scenario or with the scenario changed, its gaps and overlays leave the map and the status line and the
dashboard say "from before your last edit — Run again". Runs on the GUI tests' valley
(tests/gui/conftest.py), scenario hq100 (level 102 m).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from shapely.geometry import Point

pytestmark = pytest.mark.gui

JOB_BOUND_MS = 600_000  # only a hung run reaches it


def run(qtbot, window):
    job = window.scenario_panel.run()
    with qtbot.waitSignal(job.relay.ended, timeout=JOB_BOUND_MS):
        pass
    assert job.state == "done", window.scenario_panel.status.text()
    return job.result


def test_an_edit_marks_the_results_out_of_date_until_run_again(qtbot, window):
    result = run(qtbot, window)
    assert window.canvas.result is result and window.result_staleness() is None
    assert window.result_state_label.text() == "Results: hq100"
    assert not window.dashboard.stale_label.isVisibleTo(window.dashboard)

    from floodplan.model.commands import SetAttributes

    fid = window.project.layer("buildings").data.index[0]
    window.push(SetAttributes("buildings", fid, {"population": 40}, "Edit building"))
    assert window.result_staleness() == "from before your last edit — Run again"
    assert window.canvas.result is None  # its gaps and closed roads left the map
    assert window.result_state_label.text() == "Results from before your last edit — Run again"
    assert window.dashboard.stale_label.isVisibleTo(window.dashboard)
    assert "from before your last edit" in window.dashboard.stale_label.text()
    # Undo brings the plan back, but these numbers were not computed from it since: still marked.
    window.project.stack.undo()
    assert window.result_staleness() is not None
    again = run(qtbot, window)
    assert window.canvas.result is again and window.result_staleness() is None
    assert not window.dashboard.stale_label.isVisibleTo(window.dashboard)


def test_results_of_another_scenario_leave_the_map_and_come_back_with_it(qtbot, window):
    result = run(qtbot, window)
    panel = window.scenario_panel
    panel.new_scenario("other")  # shows the new scenario
    assert panel.current == "other"
    assert (
        window.result_staleness()
        == "of scenario 'hq100', not of 'other' shown now — Run it to see its results"
    )
    assert window.canvas.result is None
    panel.scenario_combo.setCurrentIndex(panel.scenario_combo.findData("hq100"))
    # the scenario panel's new scenario changed no layer and not hq100: its results are current again
    assert window.result_staleness() is None and window.canvas.result is result
    # changing hq100's flood makes them out of date
    panel._edit(level_m=103.0)
    assert window.result_staleness() == "from before scenario 'hq100' was changed — Run again"


def test_the_exercise_hides_run_results_only_once_the_facilitator_starts_it(qtbot, window):
    run(qtbot, window)
    window.status("before")
    state = SimpleNamespace(depth=None, closed_roads=None, minute=30.0)
    window.tabletop.engaged = False  # built by itself when the project opened: not on the map
    window.show_exercise_state(state)
    assert window.canvas.result is not None and window.statusBar().currentMessage() == "before"
    window.tabletop.engaged = True
    window.show_exercise_state(state)
    assert window.canvas.result is None and window.statusBar().currentMessage().startswith("Exercise T+00:30")
    assert window.result_state_label.text() == "Map: tabletop exercise (run results hidden)"
    # The exercise's own copy of the resources: R1 sent to Poland is marked where the exercise has it,
    # the plan's R1 stays where it was.
    res = window.project.layer("resources").data.copy()
    res.loc[res.index[0], res.geometry.name] = Point(500850, 5599850)
    res["in_service"] = True
    state.resources = res
    window.show_exercise_state(state)
    moved, out = window.canvas._exercise_marks
    assert moved == [(500850.0, 5599850.0)] and out is None
    assert window.project.layer("resources").data.geometry.iloc[0].equals(Point(500250, 5599850))
    assert "resource moved in the exercise (not in the plan)" in window.legend.texts()


def test_status_bar_coordinates_follow_a_crs_set_after_the_window_opened(qtbot, window):
    from floodplan.model.project import Project
    from floodplan.testing import small_valley_project

    window.set_project(Project())
    assert window.crs_label.text() == "no CRS" and window._to_lonlat is None
    window.project.stack.push(
        __import__("floodplan.model.commands", fromlist=["AddLayer"]).AddLayer(
            small_valley_project().layer("dem")
        )
    )
    if window.project.crs is None:  # the first layer sets the CRS in the wizard; do it here as it does
        window.project.crs = small_valley_project().crs
        window._project_changed("settings", "crs")
    assert window.crs_label.text() != "no CRS" and window._to_lonlat is not None
    assert "25833" in window.crs_label.text()  # TEST_CRS, ETRS89 / UTM 33N


def test_cancel_resets_the_progress_bar(qtbot):
    from floodplan.gui.worker import ProgressWidget

    w = ProgressWidget()
    qtbot.addWidget(w)
    w.set_progress(0.6, "half way")
    w.finish("cancelled")
    assert w.bar.value() == 0 and w.message.text() == "cancelled"


def test_coverage_follows_a_placed_resource_live_off_the_gui_thread(qtbot, window):
    # Issue 13, item 7: placing a resource after a run updates its coverage without a new run; the figures
    # are those of a whole new run on the edited plan (the peer: run_scenario).
    import json

    from floodplan.sim.runner import run_scenario

    first = run(qtbot, window)
    window.add_resource(Point(500900, 5599850), "fire")  # a fire station in Ostrow (PL)
    assert window.live_coverage_possible()
    assert window.result_state_label.text() == "Results: hq100 — updating coverage…"
    assert window.canvas.result is first  # the map keeps the run until the update arrives
    # the update is debounced (150 ms) and then runs on a worker: wait for it to deliver, however slow
    qtbot.waitUntil(lambda: window.result is not first, timeout=JOB_BOUND_MS)
    live = window.result
    assert live is not first and window.canvas.result is live and window.result_staleness() is None
    assert live.depth is first.depth  # the same flood
    full = run_scenario(window.project, "hq100")
    keys = ("national", "joint", "countries", "cooperation_gain")

    def pick(summary):
        return json.dumps({k: summary.get(k) for k in keys}, sort_keys=True, default=str)

    assert pick(live.summary) == pick(full.summary) and pick(live.summary) != pick(first.summary)
    assert window.result_state_label.text() == "Results: hq100"


def test_run_is_a_toolbar_action_with_a_shortcut(qtbot, window):
    # Issue 13, item 10: Run is F5 (and Ctrl+R) on a toolbar and in the Scenario menu; Shift+F5 cancels.
    act = window.actions["run"]
    assert [k.toString() for k in act.shortcuts()] == ["F5", "Ctrl+R"]
    toolbars = {
        tb.objectName(): tb
        for tb in window.findChildren(__import__("PySide6.QtWidgets", fromlist=["QToolBar"]).QToolBar)
    }
    assert act in toolbars["RunToolbar"].actions()
    act.trigger()
    job = window.scenario_panel.run_job
    assert job is not None
    with qtbot.waitSignal(job.relay.ended, timeout=JOB_BOUND_MS):
        pass
    assert job.state == "done" and window.result is job.result


def test_the_legend_lists_the_map_symbols_and_the_results_classes(qtbot, window):
    # Issue 13, item 9: the test valley has a fire station, a levee, residential/school/care_home
    # buildings, a road, a river and two countries; after a run the depth classes and gaps join.
    texts = window.legend.texts()
    for t in ("Response resources", "fire", "existing", "planned", "school", "road", "national border"):
        assert t in texts, t
    assert "coverage gap (not reached in time)" not in texts
    run(qtbot, window)
    texts = window.legend.texts()
    assert "Flood depth" in texts and "0–0.3 m" in texts and "> 2 m" in texts
    assert "coverage gap (not reached in time)" in texts and "road closed by water" in texts
    assert any(a.text() == "Legend" for a in window._panels_menu.actions())


def test_run_outputs_are_layers_with_visibility_and_opacity(qtbot, window):
    # Issue 13, item 9: after a run, the Layers panel lists its outputs; unticking one takes it off the
    # map, the opacity slider fades it (the gaps' hatched fill: 0.18 alpha × 50 % = 0.09).
    from floodplan.core import styles

    panel = window.layer_panel
    assert not panel.results_box.isVisibleTo(panel)
    run(qtbot, window)
    assert panel.results_box.isVisibleTo(panel)
    labels = [
        panel.results_tree.topLevelItem(i).text(0) for i in range(panel.results_tree.topLevelItemCount())
    ]
    assert labels == ["Flood depth", "Coverage gaps", "Service areas", "Roads closed by water"]
    depth_item = panel.results_tree.topLevelItem(0)
    depth_item.setCheckState(0, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.CheckState.Unchecked)
    assert window.canvas._depth_image is None and window.canvas.depth is not None
    depth_item.setCheckState(0, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.CheckState.Checked)
    assert window.canvas._depth_image is not None
    gaps_item = panel.results_tree.topLevelItem(1)
    panel.results_tree.setCurrentItem(gaps_item)
    panel.results_opacity.setValue(50)
    assert window.canvas.result_layers["gaps"]["opacity"] == 0.5
    from floodplan.render.resultview import access_view

    gaps = access_view(window.canvas.result, window.mode).get("gaps")
    from floodplan.render.artists import Z_GAPS

    fcs = [a.get_facecolor() for a in window.canvas._overlay_artists if a.get_zorder() == Z_GAPS]
    assert len(fcs) == (1 if gaps is not None and len(gaps) else 0)
    for fc in fcs:
        assert abs(float(fc[0][3]) - styles.GAP_STYLE["face"][3] * 0.5) < 1e-6
