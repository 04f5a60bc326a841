"""Tabletop mode: the facilitator's clock, injects as they fall due, coverage over time, the decision log
(undoable, saved in the scenario), the after-action report, and the real sample's spring-flood.

The small exercise runs on the GUI tests' valley (tests/gui/conftest.py): a 1,200 m × 800 m valley with the
river along y = 5,599,600, the DE/PL border at x = 500,600, one road (Talstrasse, 50 km/h) 200 m north of
the river across the whole valley, two buildings per country 100 m north of the river (DE 4 + 3 people,
PL 5 + 2) and one fire station R1 on the DE side (cross_border true). A 2 m³/s inflow for 2 h cannot
reach the road (10 m above the river: 14,400 m³ fill a V valley of side slope 0.05 along 1,200 m only
to about sqrt(14,400 / (1,200 × 20)) = 0.8 m), so only the injects and decisions change the coverage:

- T+0: everybody is within 15 min of R1 along the 1.2 km road (1.4 min at 50 km/h): joint DE 7, PL 7;
  national DE 7, PL 0 (R1 is German).
- send R1 to the PL side (x = 500,850): national DE 0, PL 7 (it now lies in, and serves, Poland).
- T+60 inject: R1 out of service: nobody is covered, in either mode.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from shapely.geometry import Point  # noqa: E402

from floodplan.gui.tabletop_dock import TabletopDock  # noqa: E402
from floodplan.io.projectfile import open_project, save_project  # noqa: E402
from floodplan.model.commands import SetScenario  # noqa: E402

pytestmark = pytest.mark.gui

TABLETOP = {
    "start": "2025-03-28T06:00",
    "duration_minutes": 120,
    "step_minutes": 30,
    "inflow": {"x": 500005.0, "y": 5599605.0, "hydrograph": [[0, 2.0], [120, 2.0]]},
    "injects": [
        {"minute": 0, "kind": "message", "text": {"en": "Flood warning for the Grenzbach", "de": "Hochwasserwarnung"}},
        {"minute": 60, "kind": "out_of_service", "target": "R1", "text": "The Westdorf fire crew is cut off"},
    ],
    "decisions": [
        {"minute": 30, "kind": "send_resource", "resource": "R1", "to": [500850.0, 5599850.0],
         "text": "Westdorf sends its fire crew across the border"},
    ],
}  # fmt: skip


@pytest.fixture
def project(valley_path):
    p = open_project(valley_path)
    p.stack.push(SetScenario("hq100", p.scenario("hq100").copy(tabletop=TABLETOP)))
    p.stack.clear()
    return p


#: A bound for one job that only a hung job reaches (tests never depend on the machine's speed).
JOB_BOUND_MS = 600_000


def make_dock(qtbot, project):
    states, errors = [], []
    dock = TabletopDock(project, on_state=states.append, on_error=errors.append)
    qtbot.addWidget(dock)
    wait_idle(qtbot, dock)
    assert errors == [], [str(e) for e in errors]
    return dock, states, errors


def wait_idle(qtbot, dock):
    """Wait for the dock's jobs to end, on each job's own completion signal (a job's end may start the
    next one, e.g. a recomputation after a decision)."""
    while dock.job is not None:
        job = dock.job
        if job.running:
            # no race: the job reports its end in this (GUI) thread, only while waitSignal processes events
            with qtbot.waitSignal(job.relay.ended, timeout=JOB_BOUND_MS):
                pass
        else:
            qtbot.wait(1)


def covered(dock) -> dict:
    return {(c, m): dock.coverage(c, m) for c in ("DE", "PL") for m in ("joint", "national")}


def inject_texts(dock) -> list[str]:
    return [dock.injects_list.item(i).text() for i in range(dock.injects_list.count())]


def test_runs_the_exercise_start_to_end_with_an_undoable_decision(qtbot, project):
    dock, states, errors = make_dock(qtbot, project)
    assert dock.scenario_combo.currentText() == "hq100"
    assert dock.clock_label.text() == "T+00:00  Fri 28 Mar 2025 06:00"
    # The minute-0 inject is there at once, highlighted; coverage as in the module docstring.
    assert inject_texts(dock) == ["T+00:00  [message] Flood warning for the Grenzbach"]
    assert dock.injects_list.item(0).background().color().name() == "#fff3b0"
    assert covered(dock) == {
        ("DE", "joint"): 7,
        ("PL", "joint"): 7,
        ("DE", "national"): 7,
        ("PL", "national"): 0,
    }
    assert dock.coverage_table.rowCount() == 4  # 2 countries × 2 modes
    assert dock.due_list.count() == 0 and not dock.apply_button.isEnabled()

    dock.step_buttons[30].click()
    wait_idle(qtbot, dock)
    assert dock.clock_label.text() == "T+00:30  Fri 28 Mar 2025 06:30"
    assert len(inject_texts(dock)) == 1  # nothing new at T+30
    assert dock.injects_list.item(0).background().style() == Qt.BrushStyle.NoBrush  # no longer highlighted
    # The scripted decision has fallen due; it changes nothing until the facilitator applies it.
    assert dock.due_list.count() == 1 and "across the border" in dock.due_list.item(0).text()
    assert covered(dock)[("PL", "national")] == 0
    plan = project.layer("resources").data.copy()
    dock.apply_button.click()
    # The decision moves the exercise's own copy of R1, never the plan's resources layer.
    res = project.layer("resources").data
    assert res.geometry.iloc[0].equals(Point(500250, 5599850)) and res.equals(plan)
    log = project.scenario("hq100").tabletop["log"]
    assert len(log) == 1 and log[0]["minute"] == 30 and log[0]["time"] == "2025-03-28T06:30"
    assert log[0]["scripted"] == 0 and log[0]["decision"]["kind"] == "send_resource"
    assert dock.log_list.count() == 1 and dock.due_list.count() == 0
    wait_idle(qtbot, dock)  # the state at T+30 is recomputed with the exercise's R1 on the Polish side
    assert covered(dock)[("DE", "national")] == 0 and covered(dock)[("PL", "national")] == 7
    assert dock.exercise.resources.geometry.iloc[0].equals(Point(500850, 5599850))
    # Undo: one step takes back the log entry; the decision is due again.
    assert project.stack.undo_text == "Exercise log: T+00:30 send resource"
    project.stack.undo()
    assert "log" not in project.scenario("hq100").tabletop or project.scenario("hq100").tabletop["log"] == []
    assert dock.log_list.count() == 0 and dock.due_list.count() == 1
    wait_idle(qtbot, dock)
    assert covered(dock)[("DE", "national")] == 7 and covered(dock)[("PL", "national")] == 0
    project.stack.redo()
    wait_idle(qtbot, dock)
    assert covered(dock)[("PL", "national")] == 7
    assert project.layer("resources").data.equals(plan)
    # "Adopt into the plan" is the one way the decision reaches the plan: explicit, one undoable edit.
    assert not dock.adopt_button.isEnabled()  # nothing selected
    dock.log_list.setCurrentRow(0)
    assert dock.adopt_button.isEnabled()
    dock.adopt_button.click()
    res = project.layer("resources").data
    assert res.geometry.iloc[0].equals(Point(500850, 5599850)) and bool(res["cross_border"].iloc[0])
    assert project.stack.undo_text.startswith("Adopt into the plan: ")
    assert (
        dock.log_list.item(0).text().endswith("adopted into the plan") and not dock.adopt_button.isEnabled()
    )
    project.stack.undo()
    assert project.layer("resources").data.equals(plan)
    assert not dock.log_list.item(0).text().endswith("adopted into the plan")
    wait_idle(qtbot, dock)

    # T+60: the out-of-service inject appears (highlighted) and nobody is covered any more.
    dock.step_buttons[30].click()
    wait_idle(qtbot, dock)
    assert inject_texts(dock)[-1] == "T+01:00  [out of service] The Westdorf fire crew is cut off"
    assert set(covered(dock).values()) == {0.0}
    # Jump to the end; the clock stops there and the step buttons with it.
    dock.jump_spin.setValue(120)
    dock.jump_button.click()
    wait_idle(qtbot, dock)
    assert dock.clock_label.text().startswith("T+02:00")
    assert not any(b.isEnabled() for b in dock.step_buttons.values())
    assert dock.step_buttons[60].click() is None and dock.step(60) is None
    assert "End of the exercise" in dock.status.text()
    assert [round(s.minute) for s in states] == [0, 30, 30, 30, 30, 60, 120]
    # The water rose all the time: more wet cells at each new minute.
    wet = [int((s.depth.z > 0).sum()) for s in (states[0], states[1], states[5], states[6])]
    assert wet == sorted(wet) and wet[0] < wet[-1]
    assert errors == []


def test_play_pause_reset_and_notes(qtbot, project, monkeypatch):
    monkeypatch.setattr("floodplan.gui.tabletop_dock.PLAY_INTERVAL_MS", 10)
    dock, states, _ = make_dock(qtbot, project)
    dock._play_timer.setInterval(10)
    dock.play_button.click()
    assert dock.playing and dock.play_button.text() == "&Pause"
    qtbot.waitUntil(lambda: dock.state.minute == 120 and dock.job is None, timeout=JOB_BOUND_MS)
    assert not dock.playing and dock.play_button.text() == "&Play"
    # Play went one step of the tabletop's 30 minutes at a time, never two at once.
    assert [round(s.minute) for s in states] == [0, 30, 60, 90, 120]
    # A note tied to a map point, at the current time; undo removes it.
    dock.set_pick_location(500500.0, 5599700.0)
    dock.note_edit.setText("Sandbags at the school")
    dock.add_button.click()
    entry = project.scenario("hq100").tabletop["log"][-1]
    assert entry["text"] == "Sandbags at the school" and entry["location"] == [500500.0, 5599700.0]
    assert entry["minute"] == 120 and entry["decision"] is None
    assert dock.log_list.item(0).text() == "T+02:00  Sandbags at the school  @ 500500, 5599700"
    assert dock.pick_location is None and dock.note_edit.text() == ""
    project.stack.undo()
    assert dock.log_list.count() == 0
    # An empty note is refused with a sentence; nothing is pushed.
    dock.note_edit.setText("")
    assert dock.add_entry() is False and dock.status.text() == "Type the note's text first."
    assert not project.stack.can_undo
    # An unknown resource is refused before anything changes.
    assert dock.add_entry("send it", kind="out_of_service", resource="NOPE") is False
    assert "no resources layer has a resource with id 'NOPE'" in dock.status.text()
    assert not project.stack.can_undo
    # Reset: back to minute 0, the minute-0 inject shown again.
    dock.reset_button.click()
    wait_idle(qtbot, dock)
    assert dock.state.minute == 0 and len(inject_texts(dock)) == 1


def test_reset_restores_the_exercise_copy_and_the_plan_never_moves(qtbot, project):
    # T+30: the teams send R1 across the border (exercise only); Reset starts again from the plan: at T+0
    # R1 is back in Germany (coverage as in the module docstring: national DE 7, PL 0).
    plan = project.layer("resources").data.copy()
    dock, _, _ = make_dock(qtbot, project)
    dock.step(30)
    wait_idle(qtbot, dock)
    dock.apply_scripted()
    wait_idle(qtbot, dock)
    assert covered(dock)[("PL", "national")] == 7
    dock.reset()
    wait_idle(qtbot, dock)
    assert dock.state.minute == 0
    assert covered(dock)[("DE", "national")] == 7 and covered(dock)[("PL", "national")] == 0
    assert dock.exercise.resources.geometry.iloc[0].equals(Point(500250, 5599850))
    assert project.layer("resources").data.equals(plan)


def test_flood_model_choice_is_stored_undoable_and_restarts_the_exercise(qtbot, project):
    dock, states, _ = make_dock(qtbot, project)
    assert dock.model_combo.currentData() is False and not dock.exercise.model.advection
    dock.step(30)
    wait_idle(qtbot, dock)
    assert dock.state.minute == 30
    # choosing full momentum stores it in the scenario (one undoable edit) and restarts at minute 0
    dock.model_combo.setCurrentIndex(dock.model_combo.findData(True))
    assert project.scenario("hq100").tabletop["advection"] is True
    qtbot.waitUntil(lambda: dock.exercise is not None and dock.job is None, timeout=JOB_BOUND_MS)
    assert dock.exercise.model.advection and dock.state.minute == 0
    dock.step(30)
    wait_idle(qtbot, dock)
    assert dock.state.minute == 30 and dock.exercise.model.depth.max() > 0
    # undo brings back the local inertial model (the combo follows), again from minute 0
    project.stack.undo()
    assert "advection" not in project.scenario("hq100").tabletop
    qtbot.waitUntil(lambda: dock.exercise is not None and dock.job is None, timeout=JOB_BOUND_MS)
    assert not dock.exercise.model.advection and dock.model_combo.currentData() is False


def test_log_is_saved_and_after_action_report_written(qtbot, project, tmp_path, monkeypatch):
    dock, _, _ = make_dock(qtbot, project)
    dock.step(30)
    wait_idle(qtbot, dock)
    dock.apply_scripted()
    dock.add_entry("Ostrow asks for pumps")
    wait_idle(qtbot, dock)
    path = tmp_path / "saved.gpkg"
    save_project(project, path)
    log = open_project(path).scenario("hq100").tabletop["log"]
    assert [e["text"] for e in log] == [
        "Westdorf sends its fire crew across the border",
        "Ostrow asks for pumps",
    ]
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *a, **k: str(tmp_path / "aar")
    )
    dock.report_button.click()
    job = dock.report_job
    with qtbot.waitSignal(job.relay.ended, timeout=JOB_BOUND_MS):
        pass
    assert job.state == "done", dock.status.text()
    html = (tmp_path / "aar" / "report.html").read_text(encoding="utf-8")
    # The report's timeline has the logged decision and note, and the injects.
    assert "Ostrow asks for pumps" in html and "Westdorf sends its fire crew" in html
    assert "The Westdorf fire crew is cut off" in html
    assert (tmp_path / "aar" / "timeline.csv").is_file()


def test_only_scenarios_with_a_tabletop_and_none_gives_a_sentence(qtbot, valley_path):
    p = open_project(valley_path)  # hq100 has no tabletop
    dock = TabletopDock(p)
    qtbot.addWidget(dock)
    assert dock.scenario_combo.count() == 0
    assert dock.status.text() == "No scenario of this project has a tabletop exercise."
    assert not dock.play_button.isEnabled() and not dock.step_buttons[15].isEnabled()
    p.stack.push(SetScenario("drill", p.scenario("hq100").copy(name="drill", tabletop=TABLETOP)))
    assert [dock.scenario_combo.itemText(i) for i in range(dock.scenario_combo.count())] == ["drill"]
    qtbot.waitUntil(lambda: dock.state is not None, timeout=JOB_BOUND_MS)
    p.stack.undo()
    assert dock.scenario_combo.count() == 0


def test_real_sample_spring_flood_first_steps(qtbot):
    from floodplan.sample import sample_project_path

    project = open_project(sample_project_path())
    dock, states, errors = make_dock(qtbot, project)
    # Only the spring-flood scenario of the five has a tabletop.
    assert [dock.scenario_combo.itemText(i) for i in range(dock.scenario_combo.count())] == ["spring-flood"]
    assert inject_texts(dock)[0].startswith("T+00:00  [message] Flood warning: the Erle/Olsza is rising")
    for _ in range(3):
        dock.step_buttons[60].click()
        wait_idle(qtbot, dock)
    assert errors == []
    # The exercise starts 2025-03-28T06:00 (floodplan.sample.exercise.spring_flood_tabletop): T+3 h is 09:00.
    assert dock.clock_label.text() == "T+03:00  Fri 28 Mar 2025 09:00"
    assert [round(s.minute) for s in states] == [0, 60, 120, 180]
    assert len(inject_texts(dock)) == 1  # the next inject (the bridge closure) is due at T+6 h
    assert dock.coverage_table.rowCount() == 4  # DE and PL × joint and national
