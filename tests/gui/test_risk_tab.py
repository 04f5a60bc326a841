"""The Risk tab: computed on the worker with progress, figures equal to the risk summary (hand-computed
polder of tests/sim/test_risk.py), Cancel leaves nothing half shown."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from floodplan.gui.dashboard import DashboardDock
from floodplan.gui.risk_tab import defense_risk_rows, jurisdiction_rows

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sim"))
from test_risk import _polder_project  # noqa: E402


def test_risk_tab_computes_off_the_gui_thread_and_shows_the_summary(qtbot):
    calls = []
    project = _polder_project()
    dash = DashboardDock(project, on_highlight=lambda layer, fids: calls.append((layer, list(fids))))
    qtbot.addWidget(dash)
    pane = dash.risk_pane
    assert "Risk" in [dash.tabs.tabText(i) for i in range(dash.tabs.count())]
    pane.events = "10=101,100=101.5"
    job = pane.compute()
    # The job's own completion, with a generous bound (never a speed test).
    qtbot.waitUntil(lambda: not job.running and pane.result is not None, timeout=120_000)
    s = pane.result.summary
    assert pane.progress.bar.value() == pane.progress.RESOLUTION
    # Each levee: Shapley half of 182 EUR/year (hand computation in tests/sim/test_risk.py).
    assert [r["benefit_eur"] for r in defense_risk_rows(s)][:1] == pytest.approx([91.0])
    assert pane.defense_table.rowCount() == len(defense_risk_rows(s)) == 4
    assert pane.jurisdiction_table.rowCount() == len(jurisdiction_rows(s)) == 4
    assert pane.defense_table.item(0, 1).data(0x0100 + 1) == pytest.approx(91.0)
    assert "Risk curve per country" in pane.curve_chart.texts()
    pane.defense_table.selectRow(0)
    assert calls and calls[-1][0] == "defenses"


def test_risk_tab_error_is_one_sentence(qtbot):
    project = _polder_project()
    dash = DashboardDock(project)
    qtbot.addWidget(dash)
    job = dash.risk_pane.compute()  # the polder has no hq<N> profile floods: no events
    qtbot.waitUntil(lambda: not job.running, timeout=120_000)
    assert "no events" in dash.risk_pane.summary_label.text().lower()
    assert dash.risk_pane.compute_button.isEnabled()
