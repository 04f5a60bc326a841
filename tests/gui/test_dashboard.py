"""The results dashboard shows the run's numbers (the same as `floodplan run`'s summary.json), highlights a
row's features and compares two runs.

The valley is the synthetic one of test_scenario_panel.py (its docstring gives the geometry). Expected
values, by hand, for the scenario 'wall' (level 101.5 m, wall D1 standing):

- flood: columns 19–22 of rows 1–19: 76 cells × 100 m² = 7600 m²; volume 19 × (1.25 + 1.25 + 0.75 + 0.25)
  × 100 = 6650 m³.
- exposure: only E1 (Ostdorf, PL, 30 people) is wet, 0.75 m deep: class '0.3-1'.
- response: the one fire station stands in Westdorf (DE) and reaches everybody over the bridge within
  10 minutes (≤ 600 m of road at 10 m/s is ≤ 60 s); national mode leaves Ostdorf's E1 and E2 (70 people)
  without a resource: PL covered 0 → 70 jointly, cooperation gain +70; DE 30 either way, gain 0.
- defense D1: without it W1 (col 17, 10 people, Westdorf) floods at 101.5 m: benefit 10 in Westdorf,
  0 in Ostdorf, no harm; the whole cost (1000) falls on Westdorf (share 1).

The scenario 'breach' is the same with D1 breached: columns 17–22 flood (114 cells, 11400 m²) and W1 is
wet (0.25 m): 10 more exposed people in DE.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import geopandas as gpd  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402

from floodplan.gui.charts import ChartCanvas, plot_defenses  # noqa: E402
from floodplan.gui.dashboard import DashboardDock, compare_results, cooperation_rows  # noqa: E402
from floodplan.model.scenario import Scenario  # noqa: E402
from floodplan.sim.results import write_run  # noqa: E402
from floodplan.sim.runner import run_scenario  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from shapely.geometry import Point  # noqa: E402
from test_scenario_panel import cx, cy, valley_project  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    project = valley_project()
    project.set_scenario(Scenario("breach", flood="level", level_m=101.5, breaches=["D1"]))
    wall = run_scenario(project, "wall")
    breach = run_scenario(project, "breach")
    out = tmp_path_factory.mktemp("run")
    write_run(wall, out)  # what `floodplan run` writes
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return project, wall, breach, summary


def cell(table, row_label: str, header: str, type_: str | None = None):
    """The value shown in a table cell (number where it is one), found by its row's first two columns."""
    headers = [table.horizontalHeaderItem(j).text() for j in range(table.columnCount())]
    j = headers.index(header)
    for i in range(table.rowCount()):
        if table.item(i, 0).text() == row_label and (type_ is None or table.item(i, 1).text() == type_):
            item = table.item(i, j)
            value = item.data(Qt.ItemDataRole.UserRole + 1)
            return item.text() if value is None else value
    raise AssertionError(f"no row {row_label!r} in {headers}")


def select(table, row_label: str, type_: str | None = None, col1: int = 1):
    for i in range(table.rowCount()):
        if table.item(i, 0).text() == row_label and (type_ is None or table.item(i, col1).text() == type_):
            table.selectRow(i)
            return
    raise AssertionError(row_label)


def test_numbers_equal_summary_json(qtbot, runs):
    project, wall, _, summary = runs
    dash = DashboardDock(project)
    qtbot.addWidget(dash)
    dash.set_result(wall)

    # Hand values (module docstring) and summary.json agree, and the dashboard shows them.
    assert summary["flooded_area_m2"] == 7600.0 and summary["volume_m3"] == 6650.0
    assert "0.8 ha flooded, 6,650 m³" in dash.title.text()  # 7600 m² = 0.76 ha

    t = dash.exposure_table
    for name in ("Westdorf", "Ostdorf"):
        e = summary["exposure"]["jurisdictions"][name]
        assert cell(t, name, "Exposed", "jurisdiction") == e["exposed_population"]
        assert cell(t, name, "0.3-1 m", "jurisdiction") == e["classes"]["0.3-1"]["population"]
    assert cell(t, "Ostdorf", "0.3-1 m", "jurisdiction") == 30.0
    assert cell(t, "Westdorf", "Exposed", "jurisdiction") == 0.0
    assert (
        cell(t, "PL", "Exposed", "country")
        == summary["exposure"]["countries"]["PL"]["exposed_population"]
        == 30.0
    )

    t = dash.coverage_table
    for country in ("DE", "PL"):
        c = summary["countries"][country]
        assert cell(t, country, "Covered", "country") == c["covered_population_joint"]
        assert cell(t, country, "Not reached", "country") == c["gap_population_joint"]
        assert cell(t, country, "Cooperation gain", "country") == c["cooperation_gain_population"]
    # 40 = E2 (40 people); E1 (30) stands in 0.75 m of water, deeper than the fire engine's 0.3 m wading
    # limit, so no road vehicle reaches it in either mode (CONTRACT "Response by kind")
    assert cell(t, "PL", "Cooperation gain", "country") == 40.0
    assert cell(t, "DE", "Cooperation gain", "country") == 0.0
    for name, j in summary["access"]["joint"]["jurisdictions"].items():
        assert cell(t, name, "Covered", "jurisdiction") == j["covered_population"]
    assert "+40" in dash.cooperation_chart.texts()

    dash.set_mode("national")
    for country in ("DE", "PL"):
        c = summary["countries"][country]
        assert cell(t, country, "Covered", "country") == c["covered_population_national"]
        assert cell(t, country, "Not reached", "country") == c["gap_population_national"]
    assert cell(t, "PL", "Not reached", "country") == 70.0
    assert (
        dash.gap_label.text()
        == "Gaps (national): 2 building(s) not reached in time, 70 people, in 1 jurisdiction(s)"
    )
    dash.set_mode("joint")
    assert dash.gap_label.text().startswith("Gaps (joint): 1 building(s) not reached in time, 30 people")

    t = dash.defense_table
    d1 = summary["defenses"]["D1"]
    rows = {(t.item(i, 0).text(), t.item(i, 1).text()): i for i in range(t.rowCount())}
    assert set(rows) == {("D1", "Westdorf"), ("D1", "Ostdorf")}
    for name in ("Westdorf", "Ostdorf"):
        i = rows[("D1", name)]
        assert t.item(i, 2).data(Qt.ItemDataRole.UserRole + 1) == d1[name]["benefit_population"]
        assert t.item(i, 3).data(Qt.ItemDataRole.UserRole + 1) == d1[name]["harm_population"]
        assert t.item(i, 4).data(Qt.ItemDataRole.UserRole + 1) == pytest.approx(100 * d1[name]["cost_share"])
    assert t.item(rows[("D1", "Westdorf")], 2).data(Qt.ItemDataRole.UserRole + 1) == 10.0
    assert t.item(rows[("D1", "Westdorf")], 5).data(Qt.ItemDataRole.UserRole + 1) == 1000.0  # share 1 × cost


def test_cooperation_rows_from_summary(runs):
    _, wall, _, summary = runs
    rows = {r["country"]: r for r in cooperation_rows(wall)}
    # E2 only: E1 stands in 0.75 m of water, beyond the fire engine's wading limit
    assert rows["PL"] == {"country": "PL", "national": 0.0, "joint": 40.0, "gain": 40.0}
    assert rows["DE"]["gain"] == summary["countries"]["DE"]["cooperation_gain_population"] == 0.0


def test_response_tab_per_kind(qtbot):
    """The Response tab shows one kind's own figures (CONTRACT "Response by kind"): a boat launched
    from the east road reaches E1 in its 0.75 m of water, which the fire engine cannot."""
    project = valley_project()
    res = project.layer("resources").data
    boat = res.iloc[[0]].copy()
    boat["id"], boat["kind"], boat["name"] = "B1", "boat", "Ostdorf boat"
    boat["geometry"] = [Point(cx(35), cy(5))]
    project.layer("resources").data = gpd.GeoDataFrame(pd.concat([res, boat], ignore_index=True), crs=res.crs)
    result = run_scenario(project, "wall")
    dash = DashboardDock(project)
    qtbot.addWidget(dash)
    dash.set_result(result)
    kinds = [dash.kind_choice.itemText(i) for i in range(dash.kind_choice.count())]
    assert kinds == ["all kinds", "boat", "fire"]
    t = dash.coverage_table
    for kind in ("boat", "fire"):
        dash.kind_choice.setCurrentText(kind)
        table = result.summary["kinds"][kind]["joint"]["countries"]
        for c in ("DE", "PL"):
            assert cell(t, c, "Covered", "country") == table[c]["covered_population"], (kind, c)
    # the boat covers E1 (30 people, in the water) and E2 by road on its trailer; the fire engine only E2
    dash.kind_choice.setCurrentText("boat")
    assert cell(t, "PL", "Covered", "country") == 70.0
    dash.kind_choice.setCurrentText("fire")
    assert cell(t, "PL", "Covered", "country") == 40.0


def test_selecting_rows_highlights_features(qtbot, runs):
    project, wall, _, _ = runs
    calls = []
    dash = DashboardDock(project, on_highlight=lambda layer, fids: calls.append((layer, list(fids))))
    qtbot.addWidget(dash)
    dash.set_result(wall)
    # Exposure row Ostdorf: its wet buildings — E1, feature 2 of layer 'buildings'.
    select(dash.exposure_table, "Ostdorf", "jurisdiction")
    assert calls == [(None, []), ("buildings", [2])]
    calls.clear()
    # Response row PL in national mode: the buildings not reached — E1 and E2 (features 2 and 3).
    dash.set_mode("national")
    select(dash.coverage_table, "PL", "country")
    assert calls == [(None, []), ("buildings", [2, 3])]
    calls.clear()
    dash.tabs.setCurrentIndex(2)
    select(dash.defense_table, "D1", "Westdorf")
    assert calls == [(None, []), ("defenses", [0])]


def test_compare_two_runs(qtbot, runs):
    project, wall, breach, _ = runs
    calls, shown = [], []
    dash = DashboardDock(project, on_highlight=lambda layer, fids: calls.append((layer, list(fids))))
    dash.changes_shown.connect(shown.append)
    qtbot.addWidget(dash)
    dash.set_result(wall)
    dash.set_result(breach)
    assert set(dash.results) == {"wall", "breach"}
    assert dash.result_choice.currentText() == "breach"
    dash.compare_a.setCurrentText("wall")
    dash.compare_b.setCurrentText("breach")
    dash.compare_button.click()
    t = dash.compare_table
    # 114 − 76 cells = 38 more cells of 100 m²; W1's 10 people in DE are now exposed.
    assert cell(t, "flooded area (m²)", "B − A") == 3800.0
    assert cell(t, "DE: exposed population", "A") == 0.0
    assert cell(t, "DE: exposed population", "B") == 10.0
    assert cell(t, "PL: exposed population", "B − A") == 0.0
    assert dash.changes_label.text() == "Buildings (joint): 1 now flooded"
    assert dash.show_changes_button.isEnabled()
    dash.show_changes_button.click()
    assert calls == [(None, []), ("buildings", [0])]
    assert len(shown) == 1 and list(shown[0]["change"]) == ["now flooded"]
    # Choosing an earlier run shows its figures again.
    dash.result_choice.setCurrentText("wall")
    assert "0.8 ha" in dash.title.text()


def test_compare_results_function(runs):
    _, wall, breach, _ = runs
    rows, changes = compare_results(wall, wall, "national")
    assert all(r["change"] == 0 for r in rows) and len(changes) == 0
    rows, changes = compare_results(breach, wall, "joint")
    assert list(changes["change"]) == ["no longer flooded"] and list(changes["fid"]) == [0]


def test_defense_chart_sums_per_defense(qtbot):
    canvas = ChartCanvas()
    qtbot.addWidget(canvas)
    rows = [
        {"defense": "D1", "benefit_population": 10.0, "harm_population": 0.0},
        {"defense": "D1", "benefit_population": 5.0, "harm_population": 2.0},
        {"defense": "D2", "benefit_population": 0.0, "harm_population": 4.0},
    ]
    canvas.plot(plot_defenses, rows)
    bars = canvas.ax.patches
    # benefit bars then harm bars (drawn downwards): D1 10 + 5 = 15 and −2; D2 0 and −4.
    assert [b.get_height() for b in bars] == [15.0, 0.0, -2.0, -4.0]
    assert "D1" in canvas.texts() and "D2" in canvas.texts()
