"""`floodplan sample`, `suggest`, `exercise` and `plate --atlas` as scripts use them (CONTRACT.md)."""

import json

import pytest
from pypdf import PdfReader
from shapely.geometry import Point

from floodplan.io.projectfile import open_project, save_project
from floodplan.model.scenario import Scenario
from floodplan.testing import run_floodplan as floodplan
from floodplan.testing import small_valley_project


def test_sample_writes_a_project_that_info_describes(tmp_path):
    proc = floodplan("sample", tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert {"valley.gpkg", "dem.tif", "de.gpkg", "pl.gpkg", "shared.gpkg", "hydrograph.csv"} <= {
        p.name for p in tmp_path.iterdir()
    }
    info = json.loads(floodplan("info", tmp_path / "valley.gpkg", "--json").stdout)
    roles = {lyr["name"]: lyr["role"] for lyr in info["layers"]}
    assert roles["dem"] == "dem" and roles["buildings_pl"] == "assets" and roles["roads_de"] == "roads"
    assert info["crs"].startswith("EPSG:25833")
    assert {"hq100-joint", "hq100-national", "hq300-breach", "spring-flood"} <= {
        s["name"] for s in info["scenarios"]
    }
    # The two countries' source files come in two national CRSs (PL-1992 for Poland).
    src = json.loads(floodplan("info", tmp_path / "pl.gpkg", "--json").stdout)
    assert all("2180" in lyr["crs"] for lyr in src["layers"])


@pytest.fixture(scope="module")
def project_file(tmp_path_factory):
    p = small_valley_project()
    # A far village on the north bank: 50 people with no road link that reaches them in time.
    tabletop = {
        "start": "2025-03-28T06:00", "duration_minutes": 60, "step_minutes": 30,
        "inflow": {"x": 500005.0, "y": 5599695.0, "hydrograph": [[0, 5.0], [60, 5.0]]},
        "injects": [{"minute": 30, "kind": "out_of_service", "target": "F2", "text": "F2 is cut off"}],
        "decisions": [{"minute": 30, "kind": "send_resource", "resource": "F1", "to": [500900.0, 5599640.0],
                       "text": "F1 crosses the bridge"}],
    }  # fmt: skip
    p.set_scenario(Scenario("drill", flood="dynamic", tabletop=tabletop))
    path = tmp_path_factory.mktemp("p") / "valley.gpkg"
    save_project(p, path)
    return path


def test_suggest_writes_sites_and_json(project_file, tmp_path):
    out = tmp_path / "sites.gpkg"
    proc = floodplan(
        "suggest",
        project_file,
        "--scenario",
        "level-national",
        "--kind",
        "ambulance",
        "--count",
        1,
        "--out",
        out,
        "--json",
    )
    assert proc.returncode == 0, proc.stderr
    s = json.loads(proc.stdout)
    assert s["count"] == 1 and len(s["sites"]) == 1
    # National mode: country S has no ambulance (A1 stands in N), so its 180 people are the demand a
    # new station on the south bank can cover.
    assert s["uncovered_population"] >= 180
    assert s["covered_population"] > 0 and s["sites"][0]["country"] == "S"
    import geopandas as gpd

    sites = gpd.read_file(out, layer="sites")
    assert (
        len(sites) == 1
        and sites.geometry.iloc[0].distance(Point(s["sites"][0]["x"], s["sites"][0]["y"])) < 1e-6
    )
    bad = floodplan("suggest", project_file, "--kind", "fire", "--count", 0, "--out", out)
    assert bad.returncode == 2 and "--count" in bad.stderr


def test_exercise_writes_the_after_action_report(project_file, tmp_path):
    proc = floodplan("exercise", project_file, "--scenario", "drill", "--out", tmp_path)
    assert proc.returncode == 0, proc.stderr
    names = {p.name for p in tmp_path.iterdir()}
    assert {"report.html", "report.pdf", "timeline.csv"} <= names
    # Every file it wrote is listed (issue 18 item 8), one per line after the summary line.
    listed = {line.strip() for line in proc.stdout.splitlines()[1:]}
    assert {str(p) for p in tmp_path.iterdir() if p.is_file()} <= listed
    import pandas as pd

    timeline = pd.read_csv(tmp_path / "timeline.csv")
    assert list(timeline["minute"]) == [0, 30, 60]
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "F2 is cut off" in html and "F1 crosses the bridge" in html
    not_tabletop = floodplan("exercise", project_file, "--scenario", "level-joint", "--out", tmp_path)
    assert not_tabletop.returncode == 2 and "tabletop" in not_tabletop.stderr


def test_atlas_has_one_page_per_jurisdiction(project_file, tmp_path):
    out = tmp_path / "atlas.pdf"
    proc = floodplan(
        "plate", project_file, "--scenario", "level-joint", "--atlas", "--paper", "A4", "--out", out
    )
    assert proc.returncode == 0, proc.stderr
    reader = PdfReader(out)
    assert len(reader.pages) == len(open_project(project_file).layer("jurisdictions").data) == 4
    for page, name in zip(reader.pages, ("N-West", "N-East", "S-West", "S-East")):
        assert name in page.extract_text()
