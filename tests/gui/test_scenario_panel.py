"""The scenario panel: undoable scenario edits, the live flood slider, Run with progress and Cancel, modes.

The synthetic valley used here (and by test_dashboard.py), 20 rows × 40 columns of 10 m cells:

- ground z = 100 + 0.5·|c − 19.5| m in column c (a V-shaped valley, lowest in columns 19 and 20);
  row 0 is an embankment at 106 m carrying the bridge road, so no water passes north of row 1;
- the river runs down column 19 (rows 1–19): the source cells, ground 100.25 m;
- the border follows the river: Westdorf (country DE) west of x = 500200, Ostdorf (PL) east of it;
- a wall D1 (crest 102 m, existing, cost 1000) down column 18 on the west bank;
- buildings (points): W1 col 17 (ground 101.25 m, 10 people), W2 col 10 (104.75 m, 20 people, school),
  E1 col 21 (100.75 m, 30 people), E2 col 35 (107.75 m, 40 people);
- roads at 36 km/h on the dry ground: west col 10, east col 35, and the bridge along row 0 joining them;
- one fire station, on the west bank (cross-border).

At a flat level L the water covers the connected cells with ground < L. With the wall at L = 101.5 m:
column 19 (depth 1.25) west of it, columns 20 (1.25), 21 (0.75), 22 (0.25) east: 4 columns × 19 rows =
76 cells; without the wall columns 17 (0.25) and 18 (0.75) flood too: 6 × 19 = 114 cells.
At L = 101.0 m with the wall: columns 19, 20 (0.75) and 21 (0.25): 3 × 19 = 57 cells.
"""

from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import geopandas as gpd  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from shapely.geometry import LineString, Point, box  # noqa: E402

pytest.importorskip("pytestqt")

from floodplan.errors import Cancelled, InputError  # noqa: E402
from floodplan.gui.dashboard import DashboardDock  # noqa: E402
from floodplan.gui.scenario_panel import ScenarioPanel  # noqa: E402
from floodplan.model.commands import SetAttributes, SetScenario  # noqa: E402
from floodplan.model.project import Layer, Project  # noqa: E402
from floodplan.model.scenario import Scenario  # noqa: E402
from floodplan.model.schema import normalise  # noqa: E402
from floodplan.sim.runner import run_scenario  # noqa: E402
from floodplan.testing import TEST_CRS, make_grid  # noqa: E402

pytestmark = pytest.mark.gui

X0, Y0, CELL = 500000.0, 5600000.0, 10.0


def cx(col: int) -> float:
    return X0 + (col + 0.5) * CELL


def cy(row: int) -> float:
    return Y0 - (row + 0.5) * CELL


def valley_project() -> Project:
    """The synthetic valley described in the module docstring, as a project with one level scenario."""
    cols = np.arange(40)
    z = np.tile(100.0 + 0.5 * np.abs(cols - 19.5), (20, 1))
    z[0, :] = 106.0
    dem = make_grid(z, CELL, X0, Y0)
    p = Project(TEST_CRS)

    def add(name, role, gdf):
        data = dem if role == "dem" else normalise(gpd.GeoDataFrame(gdf, crs=TEST_CRS), role, name)
        p.add_layer(Layer(name, role, data))

    add("dem", "dem", None)
    add("river", "river", {"geometry": [LineString([(cx(19), cy(1)), (cx(19), cy(19))])]})
    ymin = Y0 - 20 * CELL
    add(
        "jurisdictions",
        "jurisdictions",
        {
            "name": ["Westdorf", "Ostdorf"],
            "country": ["DE", "PL"],
            "geometry": [box(X0, ymin, X0 + 200, Y0), box(X0 + 200, ymin, X0 + 400, Y0)],
        },
    )
    add(
        "defenses",
        "defenses",
        {
            "id": ["D1"],
            "crest_m": [102.0],
            "type": ["wall"],
            "status": ["existing"],
            "cost": [1000.0],
            "jurisdiction": ["Westdorf"],
            "geometry": [LineString([(cx(18), cy(1)), (cx(18), cy(19))])],
        },
    )
    add(
        "buildings",
        "assets",
        {
            "name": ["W1", "W2", "E1", "E2"],
            "population": [10, 20, 30, 40],
            "kind": ["residential", "school", "residential", "residential"],
            "geometry": [
                Point(cx(17), cy(9)),
                Point(cx(10), cy(9)),
                Point(cx(21), cy(9)),
                Point(cx(35), cy(9)),
            ],
        },
    )
    add(
        "roads",
        "roads",
        {
            "name": ["west", "east", "bridge"],
            "speed_kmh": [36.0, 36.0, 36.0],
            "bridge": [False, False, True],
            "geometry": [
                LineString([(cx(10), cy(0)), (cx(10), cy(19))]),
                LineString([(cx(35), cy(0)), (cx(35), cy(19))]),
                LineString([(cx(10), cy(0)), (cx(35), cy(0))]),
            ],
        },
    )
    add(
        "resources",
        "resources",
        {
            "id": ["F1"],
            "name": ["Westdorf fire"],
            "kind": ["fire"],
            "cross_border": [True],
            "geometry": [Point(cx(10), cy(0))],
        },
    )
    p.set_scenario(Scenario("wall", flood="level", level_m=101.5, mode="joint"))
    p.stack.clear()
    return p


@pytest.fixture
def project():
    return valley_project()


def make_panel(qtbot, project, **kw):
    calls = {"depth": [], "result": [], "mode": [], "error": []}
    panel = ScenarioPanel(
        project,
        on_preview_depth=calls["depth"].append,
        on_result=calls["result"].append,
        on_mode_changed=calls["mode"].append,
        on_error=calls["error"].append,
        **kw,
    )
    qtbot.addWidget(panel)
    return panel, calls


def wet_cells(depth) -> int:
    return int(np.count_nonzero(np.nan_to_num(depth.z) > 0))


def test_slider_redraws_flood(qtbot, project):
    panel, calls = make_panel(qtbot, project)
    # The preview is built on a worker thread, then the scenario's level (101.5 m) is shown.
    qtbot.waitUntil(lambda: len(calls["depth"]) >= 1, timeout=10000)
    assert wet_cells(calls["depth"][-1]) == 76  # module docstring: 4 columns × 19 rows at 101.5 m
    assert panel.slider.isEnabled()
    n = len(calls["depth"])
    panel.set_preview_value(101.0)
    assert len(calls["depth"]) == n + 1
    assert wet_cells(calls["depth"][-1]) == 57  # 3 columns × 19 rows at 101.0 m
    # A preview only: the scenario keeps its 101.5 m, nothing is on the undo stack, the label says so.
    assert project.scenario("wall").level_m == 101.5 and not project.stack.can_undo
    assert "preview only" in panel.slider_label.text() and panel.keep_button.isEnabled()
    # An edit elsewhere (another scenario's mode) leaves the preview where the user put it.
    project.stack.push(SetScenario("other", project.scenario("wall").copy(name="other")))
    assert panel.previewing and wet_cells(calls["depth"][-1]) == 57
    project.stack.undo()
    # "Keep in this scenario": the explicit, undoable way to make it the scenario's flood.
    panel.keep_button.click()
    assert project.scenario("wall").level_m == pytest.approx(101.0, abs=0.02)
    assert "level 101.0" in project.stack.undo_text and not panel.keep_button.isEnabled()
    project.stack.undo()
    assert project.scenario("wall").level_m == 101.5
    # "Save as new scenario": a copy with the previewed level; "wall" itself is untouched.
    panel.set_preview_value(101.0)
    new = panel.save_preview_as_new("wall 101")
    assert new.level_m == pytest.approx(101.0, abs=0.02) and project.scenario("wall").level_m == 101.5
    assert panel.scenario.name == "wall 101"
    project.stack.undo()
    assert "wall 101" not in project.scenarios
    # "Back to the scenario" shows its own flood again.
    panel.set_preview_value(101.0)
    panel.back_button.click()
    assert not panel.previewing and wet_cells(calls["depth"][-1]) == 76


def test_defense_edit_rebuilds_preview(qtbot, project):
    panel, calls = make_panel(qtbot, project)
    qtbot.waitUntil(lambda: len(calls["depth"]) >= 1, timeout=10000)
    assert wet_cells(calls["depth"][-1]) == 76
    # Lower the wall's crest below the ground (100 m < 100.75 m): it no longer holds anything back.
    project.stack.push(SetAttributes("defenses", 0, {"crest_m": 100.0}))
    qtbot.waitUntil(lambda: wet_cells(calls["depth"][-1]) == 114, timeout=10000)  # 6 columns × 19 rows
    # Breaching the wall in the scenario (untick it) does the same after undoing the crest edit.
    project.stack.undo()
    qtbot.waitUntil(lambda: wet_cells(calls["depth"][-1]) == 76, timeout=10000)
    item = panel.defense_list.item(0)
    assert item.text() == "D1"
    from PySide6.QtCore import Qt

    item.setCheckState(Qt.CheckState.Unchecked)
    assert project.scenario("wall").breaches == ["D1"]
    qtbot.waitUntil(lambda: wet_cells(calls["depth"][-1]) == 114, timeout=10000)


def test_scenario_new_duplicate_delete_are_undoable(qtbot, project):
    panel, _ = make_panel(qtbot, project)
    panel.duplicate_scenario("wall copy")
    assert list(project.scenarios) == ["wall", "wall copy"]
    assert panel.scenario_combo.currentText() == "wall copy"
    assert project.scenario("wall copy").level_m == 101.5
    panel.new_scenario("fresh")
    assert project.scenario("fresh").flood == "level"
    panel.delete_scenario()
    assert "fresh" not in project.scenarios
    assert [panel.scenario_combo.itemText(i) for i in range(panel.scenario_combo.count())] == [
        "wall",
        "wall copy",
    ]
    project.stack.undo()  # the delete
    assert "fresh" in project.scenarios
    project.stack.undo()  # the new
    project.stack.undo()  # the duplicate
    assert list(project.scenarios) == ["wall"]
    assert panel.scenario_combo.count() == 1
    # A name in use is refused with a sentence, and nothing changes.
    assert panel.duplicate_scenario("wall") is None
    assert "exists already" in panel.status.text()
    assert list(project.scenarios) == ["wall"]


def test_form_edits_are_undoable_scenario_edits(qtbot, project):
    panel, calls = make_panel(qtbot, project)
    panel.wading_spin.setValue(0.5)
    panel.wading_spin.editingFinished.emit()
    assert project.scenario("wall").max_depth_m == 0.5
    panel.minutes_spins["fire"].setValue(7.0)
    panel.minutes_spins["fire"].editingFinished.emit()
    assert project.scenario("wall").target_minutes("fire") == 7.0
    panel.planned_check.setChecked(True)
    assert project.scenario("wall").include_planned is True
    panel.flood_combo.setCurrentText("volume")
    sc = project.scenario("wall")
    assert sc.flood == "volume" and sc.volume_m3 is not None
    for _ in range(3):  # flood kind, planned, minutes
        project.stack.undo()
    sc = project.scenario("wall")
    assert (sc.flood, sc.include_planned, sc.target_minutes("fire"), sc.max_depth_m) == (
        "level",
        False,
        10.0,
        0.5,
    )
    project.stack.undo()
    assert project.scenario("wall").max_depth_m == 0.3
    assert panel.wading_spin.value() == 0.3  # the form follows undo


def test_wading_per_kind_draft_and_snap_distance_are_undoable(qtbot, project):
    """CONTRACT "Response by kind": the panel shows one wading limit per kind (like the target minutes),
    the boats' draft, and the project's max distance to a road; each edit is one undoable command."""
    panel, calls = make_panel(qtbot, project)
    assert "fire" in panel.wading_spins and panel.wading_spins["fire"].value() == 0.3
    panel.wading_spins["fire"].setValue(0.6)
    panel.wading_spins["fire"].editingFinished.emit()
    sc = project.scenario("wall")
    assert sc.wading_m == {"fire": 0.6} and sc.wading_limit("fire") == 0.6
    panel.draft_spin.setValue(0.5)
    panel.draft_spin.editingFinished.emit()
    assert project.scenario("wall").boat_draft_m == 0.5
    panel.snap_spin.setValue(250.0)
    panel.snap_spin.editingFinished.emit()
    assert project.settings["max_snap_m"] == 250.0
    project.stack.undo()
    assert "max_snap_m" not in project.settings and panel.snap_spin.value() == 500.0
    project.stack.undo()
    project.stack.undo()
    assert project.scenario("wall").wading_m == {} and panel.wading_spins["fire"].value() == 0.3


def test_volume_slider_previews_by_volume(qtbot, project):
    panel, calls = make_panel(qtbot, project)
    qtbot.waitUntil(lambda: len(calls["depth"]) >= 1, timeout=10000)
    panel.flood_combo.setCurrentText("volume")
    # 101.5 m with the wall holds 19 rows × (1.25 + 1.25 + 0.75 + 0.25) m × 100 m² = 6650 m³.
    assert project.scenario("wall").volume_m3 == pytest.approx(6650.0)
    # Half of it: 3325 m³. At 101.0 m the wall-side flood holds 19 × (0.75 + 0.75 + 0.25) × 100 = 3325 m³,
    # so the preview shows the 57 cells of 101.0 m.
    panel.set_preview_value(3325.0)
    qtbot.waitUntil(lambda: wet_cells(calls["depth"][-1]) == 57, timeout=5000)


def test_run_delivers_result_and_mode_switch_changes_gaps(qtbot, project):
    dash = DashboardDock(project)
    qtbot.addWidget(dash)
    panel, calls = make_panel(qtbot, project)
    panel.on_result = lambda r: (calls["result"].append(r), dash.set_result(r))
    panel.on_mode_changed = lambda m: (calls["mode"].append(m), dash.set_mode(m))
    job = panel.run()
    assert job is not None and not panel.run_button.isEnabled()
    qtbot.waitUntil(lambda: not job.running, timeout=30000)
    assert calls["error"] == [], [str(e) for e in calls["error"]]
    assert len(calls["result"]) == 1 and panel.progress.message.text() == "done"
    assert panel.run_button.isEnabled()
    # Joint: the west-bank fire station reaches everyone over the bridge but E1, which stands in 0.75 m
    # of water (level 101.5 m, ground 100.75 m at column 21): deeper than the fire engine's 0.3 m wading
    # limit, so no road vehicle reaches it (CONTRACT "Response by kind").
    assert panel.gap_count == 1
    assert "1 building(s)" in dash.gap_label.text()
    panel.mode_combo.setCurrentText("national")
    assert calls["mode"][-1] == "national"
    # National: Ostdorf (PL) has no resource of its own: E1 and E2 (30 + 40 people) are not reached.
    assert panel.gap_count == 2
    assert dash.gap_label.text().startswith("Gaps (national): 2 building(s) not reached in time, 70 people")
    assert project.scenario("wall").mode == "national"
    project.stack.undo()  # the mode is an undoable scenario edit; undo shows joint again
    assert calls["mode"][-1] == "joint" and panel.gap_count == 1
    assert "1 building(s)" in dash.gap_label.text()


def test_cancel_changes_nothing(qtbot, project):
    started = threading.Event()
    release = threading.Event()

    def slow_run(project, scenario, feedback=None):
        feedback.step(0.05, "waiting")
        started.set()
        release.wait(10)
        return run_scenario(project, scenario, feedback=feedback)

    panel, calls = make_panel(qtbot, project, run_fn=slow_run)
    revision = project.revision
    job = panel.run()
    assert started.wait(10)
    assert panel.progress.cancel_button.isEnabled()
    panel.progress.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: not job.running, timeout=30000)
    assert panel.progress.message.text() == "cancelled"
    assert "nothing was changed" in panel.status.text()
    assert calls["result"] == [] and panel.last_result is None
    assert project.revision == revision
    assert job.state == "cancelled"
    assert isinstance(Cancelled("x"), RuntimeError)


def test_run_error_is_one_sentence(qtbot, project):
    def failing(project, scenario, feedback=None):
        raise InputError(
            "layer 'roads': attribute 'speed_kmh' must be above 0; correct the roads with 0 or less."
        )

    panel, calls = make_panel(qtbot, project, run_fn=failing)
    job = panel.run()
    qtbot.waitUntil(lambda: not job.running, timeout=10000)
    assert len(calls["error"]) == 1
    assert (
        panel.status.text()
        == "Layer 'roads': attribute 'speed_kmh' must be above 0; correct the roads with 0 or less."
    )
    assert calls["result"] == []


def profile_project() -> Project:
    """The valley with a profile layer 'profiles' (flood 'hq100': 101.5 m at both ends of the river, so
    the design surface is the flat 101.5 m of the module docstring) and a profile scenario on it."""
    p = valley_project()
    pts = gpd.GeoDataFrame(
        {"flood": ["hq100", "hq100"], "level_m": [101.5, 101.5]},
        geometry=[Point(cx(19), cy(1)), Point(cx(19), cy(19))],
        crs=TEST_CRS,
    )
    p.add_layer(Layer("profiles", "profile", normalise(pts, "profile", "profiles")))
    p.set_scenario(Scenario("hq100", flood="profile", profile_layer="profiles", profile_flood="hq100"))
    p.stack.clear()
    return p


def test_profile_slider_moves_the_whole_profile(qtbot):
    project = profile_project()
    panel, calls = make_panel(qtbot, project)
    panel.scenario_combo.setCurrentText("hq100")
    assert panel.scenario.flood == "profile"
    qtbot.waitUntil(
        lambda: panel.slider.isEnabled() and panel.slider_label.text().startswith("hq100"), timeout=10000
    )
    # Offset 0: the design surface, 101.5 m everywhere: 76 cells (module docstring).
    assert wet_cells(calls["depth"][-1]) == 76
    assert panel.slider_label.text().startswith("hq100 + 0.00 m")
    # Half a metre lower: 101.0 m, 57 cells; the label says so; the scenario is not changed.
    panel.set_preview_value(-0.5)
    assert wet_cells(calls["depth"][-1]) == 57
    assert panel.slider_label.text().startswith("hq100 − 0.50 m")
    assert project.scenario("hq100").profile_offset_m == 0.0 and not project.stack.can_undo
    assert run_scenario(project, "hq100").inundation.flooded_cells == 76  # runs use the design flood
    # Half a metre higher: 102.0 m overtops the wall (crest 102 m is not below 102 m, so it still
    # holds): columns 19 (1.75), 20 (1.75), 21 (1.25), 22 (0.75), 23 (0.25) = 5 × 19 = 95 cells.
    panel.set_preview_value(0.5)
    assert wet_cells(calls["depth"][-1]) == 95
    assert panel.slider_label.text().startswith("hq100 + 0.50 m")
    # Kept explicitly (one undoable edit): now the runner floods with the offset, the same 95 cells, and
    # the offset shows wherever the scenario is named.
    assert panel.save_preview()
    assert project.scenario("hq100").profile_offset_m == pytest.approx(0.5)
    assert "hq100 + 0.50 m" in project.stack.undo_text
    result = run_scenario(project, "hq100")
    assert result.inundation.flooded_cells == 95
    assert project.scenario("hq100").display_name == "hq100 (hq100 + 0.50 m)"
    assert panel.scenario_combo.currentText() == "hq100 (hq100 + 0.50 m)"
    from floodplan.gui.dashboard import scenario_name

    assert scenario_name(result) == "hq100 (hq100 + 0.50 m)"
    project.stack.undo()
    assert project.scenario("hq100").profile_offset_m == 0.0
    assert panel.scenario_combo.currentText() == "hq100"
    panel.revert_preview()
    qtbot.waitUntil(lambda: wet_cells(calls["depth"][-1]) == 76, timeout=5000)


def test_profile_edit_rebuilds_the_profile_preview(qtbot):
    project = profile_project()
    panel, calls = make_panel(qtbot, project)
    panel.scenario_combo.setCurrentText("hq100")
    qtbot.waitUntil(
        lambda: (
            bool(calls["depth"]) and calls["depth"][-1] is not None and wet_cells(calls["depth"][-1]) == 76
        ),
        timeout=10000,
    )
    # Both profile points down to 101.0 m: the design flood is now the 57 cells of 101.0 m.
    project.stack.push(SetAttributes("profiles", 0, {"level_m": 101.0}))
    project.stack.push(SetAttributes("profiles", 1, {"level_m": 101.0}))
    qtbot.waitUntil(lambda: wet_cells(calls["depth"][-1]) == 57, timeout=10000)
    # A dynamic flood has no live slider: the map is cleared and the label says why.
    panel.flood_combo.setCurrentText("dynamic")
    assert not panel.slider.isEnabled()
    qtbot.waitUntil(lambda: calls["depth"][-1] is None, timeout=5000)
    assert "after Run" in panel.slider_label.text()


def test_canvas_slider_path_draws_what_a_full_redraw_draws(qtbot, make_canvas):
    from floodplan.core.depth import DepthClasses
    from floodplan.gui.canvas import depth_rgba
    from floodplan.sim.runner import FloodPreview

    project = profile_project()
    canvas = make_canvas(project, (400, 300))
    preview = FloodPreview(project, project.scenario("hq100"))
    canvas.set_depth(preview.depth_at_offset(0.0))
    # Let the event loop run the pending full draw, as it does between two moves of a real drag.
    qtbot.waitUntil(lambda: not canvas._draw_pending and not canvas._rebuild_pending, timeout=5000)
    # A slider move: the fast path composes cached layer bitmaps around the new depth image...
    depth = preview.depth_at_offset(0.5)
    canvas.set_depth(depth)
    assert canvas._depth_blit is not None, "the slider move took the full-redraw path"
    fast = np.asarray(canvas.renderer.buffer_rgba()).copy()
    # ...and must show what a full matplotlib redraw of the same state shows (up to Agg rounding of
    # blending the above-the-water layers twice: a few levels of 255).
    canvas.draw()
    full = np.asarray(canvas.renderer.buffer_rgba()).copy()
    assert np.abs(fast.astype(int) - full.astype(int)).max() <= 4
    # The slider's packed colours are depth_rgba's (both the one table of core.depth), dry and nodata
    # transparent, and a depth on a class edge (0.3 m, 1.0 m) takes the lower class, as on paper.
    z = np.array([[np.nan, -1.0, 0.0, 0.1, 0.3, 0.9, 1.0, 2.5, 50.0]])
    packed = DepthClasses.of((0.0, 0.3, 1.0, 2.0)).packed(z)
    np.testing.assert_array_equal(packed.view(np.uint8).reshape(1, -1, 4), depth_rgba(make_grid(z, 1.0)))
