"""Plates and reports from a real RunResult (floodplan.sim.runner) of the synthetic valley."""

import sys

import pandas as pd
import pytest

from floodplan.model.scenario import Scenario
from floodplan.plates.layout import render_plate
from floodplan.plates.report import write_report
from floodplan.plates.spec import PlateSpec

runner = pytest.importorskip("floodplan.sim.runner")
sv = sys.modules["floodplan_test_synthetic_valley"]


@pytest.fixture(scope="module")
def run():
    project = sv.build_project()
    project.set_scenario(Scenario("HQ100", level_m=193.0))
    return project, runner.run_scenario(project, "HQ100")


def test_plate_and_report_carry_the_run(tmp_path, run):
    project, result = run
    info = render_plate(
        project, result, PlateSpec(paper="A4", dpi=72, languages=["de", "pl"]), tmp_path / "p.png"
    )
    expo = result.exposure.summary["countries"]
    acc = {m: result.access[m].summary["countries"] for m in ("joint", "national")}
    rows = {r["country"]: r for r in info["summary"]}
    for c in ("Germany", "Poland"):
        assert rows[c]["flooded_population"] == expo[c]["exposed_population"]
        assert rows[c]["covered_population"] == acc["joint"][c]["covered_population"]
        assert (
            rows[c]["cooperation_gain"]
            == acc["joint"][c]["covered_population"] - acc["national"][c]["covered_population"]
        )
    assert "legend.flood_depth" in info["legend"]

    rep = write_report(project, result, tmp_path / "r.html", languages="en,de")
    jt = pd.read_csv(rep["csv"]["jurisdictions"]).set_index("jurisdiction")
    for name, e in result.exposure.summary["jurisdictions"].items():
        assert jt.loc[name, "flooded_population"] == e["exposed_population"]
    html = rep["path"].read_text(encoding="utf-8")
    for name in ("Görlitz", "Markersdorf", "Zgorzelec"):
        assert name in html
