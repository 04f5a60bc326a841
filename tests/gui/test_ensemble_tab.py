"""The Ensemble tab: run on a local Dask cluster off the GUI thread, its tables equal the ensemble's summary,
its map shows the probability of flooding with a colour bar; a bad scheduler address is one sentence.
The polder and its expected failure shares are the hand-computed ones of tests/sim/test_ensemble.py."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from floodplan.gui.dashboard import DashboardDock
from floodplan.gui.ensemble_tab import ead_spread_rows, failure_rows

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sim"))
from test_ensemble import _polder  # noqa: E402

pytestmark = pytest.mark.slow


def test_ensemble_tab_runs_off_the_gui_thread_and_shows_map_and_tables(qtbot):
    dash = DashboardDock(_polder())
    qtbot.addWidget(dash)
    pane = dash.ensemble_pane
    assert "Ensemble" in [dash.tabs.tabText(i) for i in range(dash.tabs.count())]
    pane.events = "100=101.5"
    pane.members.setValue(200)
    pane.workers.setValue(1)
    job = pane.compute()
    # The job's own completion, with a generous bound (never a speed test).
    qtbot.waitUntil(lambda: not job.running and pane.result is not None, timeout=300_000)
    s = pane.result.summary
    assert pane.failure_table.rowCount() == len(failure_rows(s)) == 2  # one event, two levees
    assert pane.ead_table.rowCount() == len(ead_spread_rows(s)) == 2
    # L1's fragility gives 0.5 at the event's load of 1.5 m (tests/sim/test_ensemble.py).
    assert pane.failure_table.item(0, 3).data(0x0100 + 1) == pytest.approx(50.0)
    texts = pane.map_chart.texts()
    assert "Probability of flooding, T = 100 years" in texts
    assert len(pane.map_chart.figure.axes) == 2  # the map and its colour bar, once
    pane._show_map()
    assert len(pane.map_chart.figure.axes) == 2
    assert pane.run_button.isEnabled()


def test_ensemble_tab_error_is_one_sentence(qtbot):
    dash = DashboardDock(_polder())
    qtbot.addWidget(dash)
    pane = dash.ensemble_pane
    pane.events = "100=101.5"
    pane.members.setValue(5)
    pane.scheduler.setText("tcp://127.0.0.1:9")
    job = pane.compute()
    qtbot.waitUntil(lambda: not job.running, timeout=120_000)
    assert "no dask scheduler answers" in pane.summary_label.text()
    assert pane.run_button.isEnabled()
