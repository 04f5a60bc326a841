"""`floodplan new --layer`, `floodplan scenario` and `floodplan risk` as scripts use them (CONTRACT.md)."""

from __future__ import annotations

import json

import pyogrio
import pytest

from floodplan.io.projectfile import open_project
from floodplan.io.raster import write_grid
from floodplan.testing import polder_project as _polder_project  # the hand-computed polder of test_risk
from floodplan.testing import run_floodplan as floodplan


def one_line_error(proc, text):
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("floodplan: error:") and text in lines[0], proc.stderr


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """The polder's layers as a user's files: a GeoTIFF DEM, a GeoPackage of several layers, a GeoJSON."""
    d = tmp_path_factory.mktemp("polder")
    p = _polder_project()
    write_grid(p.dem, d / "dem.tif")
    p.layer("river").data.to_file(d / "layers.gpkg", layer="river")
    p.layer("jurisdictions").data.to_file(d / "layers.gpkg", layer="jur")
    p.layer("defenses").data.to_file(d / "layers.gpkg", layer="defenses")
    p.layer("buildings").data.to_file(d / "buildings.geojson")
    return d


@pytest.fixture(scope="module")
def project(files):
    out = files / "polder.gpkg"
    proc = floodplan(
        "new",
        "--dem",
        files / "dem.tif",
        "--layer",
        f"river={files / 'layers.gpkg'}|layername=river",
        "--layer",
        f"jurisdictions={files / 'layers.gpkg'}|layername=jur",
        "--layer",
        f"defenses={files / 'layers.gpkg'}|layername=defenses",
        "--layer",
        f"assets={files / 'buildings.geojson'}",
        "--out",
        out,
        "--json",
    )
    assert proc.returncode == 0, proc.stderr
    return out


def test_new_with_layers_makes_a_project_with_those_roles(project):
    p = open_project(project)
    roles = {lyr.name: lyr.role for lyr in p.layers}
    assert roles == {
        "dem": "dem",
        "river": "river",
        "jur": "jurisdictions",
        "defenses": "defenses",
        "buildings": "assets",
    }
    assert not p.scenarios


def test_new_refuses_a_bad_layer_and_writes_no_file(files, tmp_path):
    out = tmp_path / "bad.gpkg"
    # A line layer given as buildings; an unknown role; a missing file.
    for layer, text in (
        (f"assets={files / 'layers.gpkg'}|layername=river", "role 'assets' needs polygon or point"),
        (f"houses={files / 'buildings.geojson'}", "unknown role 'houses'"),
        (f"roads={files / 'nothing.gpkg'}", "nothing.gpkg"),
    ):
        one_line_error(floodplan("new", "--dem", files / "dem.tif", "--layer", layer, "--out", out), text)
        assert not out.exists()


def test_risk_writes_the_contract_files_and_json(project, tmp_path):
    """Without a scenario: all existing defenses, joint mode; the polder's hand-computed figures
    (tests/sim/test_risk.py): EAD without defenses 182 EUR/year, each levee 91."""
    out = tmp_path / "risk"
    proc = floodplan("risk", project, "--events", "10=101,100=101.5", "--out", out, "--json")
    assert proc.returncode == 0, proc.stderr
    s = json.loads(proc.stdout)
    assert {"events", "jurisdictions", "countries", "defenses", "warnings"} <= set(s)
    ev = s["events"][0]
    assert {
        "return_period_years",
        "probability",
        "damage_eur",
        "affected_population",
        "jurisdictions",
    } <= set(ev)
    assert set(ev["jurisdictions"]["A-town"]) >= {"damage_eur", "affected_population"}
    assert [e["return_period_years"] for e in s["events"]] == [10, 100]
    for entry in (*s["jurisdictions"].values(), *s["countries"].values()):
        assert {"ead_eur", "eap_population"} <= set(entry)
    d = s["defenses"]["L1"]
    assert {"avoided_ead_eur", "pv_benefit_eur", "pv_cost_eur", "bcr", "npv_eur", "jurisdictions"} <= set(d)
    assert {"avoided_ead_eur", "cost_share", "harm_eur_per_year"} <= set(d["jurisdictions"]["B-town"])
    assert d["avoided_ead_eur"] == pytest.approx(91.0)
    assert json.loads((out / "risk.json").read_text()) == s
    assert (out / "risk_curve.png").stat().st_size > 1000
    layers = dict(pyogrio.list_layers(out / "risk.gpkg"))
    assert {"assets", "jurisdictions"} <= set(layers)
    cols = set(pyogrio.read_info(out / "risk.gpkg", layer="assets")["fields"])
    assert {"damage_T10_eur", "damage_T100_eur", "ead_eur"} <= cols
    cols = set(pyogrio.read_info(out / "risk.gpkg", layer="jurisdictions")["fields"])
    assert {"ead_eur", "eap_population"} <= cols


def test_scenario_adds_a_scenario_that_risk_uses(project, tmp_path):
    proc = floodplan("scenario", project, "one-breached", "--level", "101", "--breach", "L2", "--json")
    assert proc.returncode == 0, proc.stderr
    sc = open_project(project).scenario("one-breached")
    assert sc.flood == "level" and sc.level_m == 101.0 and sc.breaches == ["L2"] and sc.mode == "joint"
    # Replacing it keeps one scenario of that name.
    assert (
        floodplan("scenario", project, "one-breached", "--volume", "5000", "--breach", "L2").returncode == 0
    )
    p = open_project(project)
    assert list(p.scenarios) == ["one-breached"] and p.scenario("one-breached").flood == "volume"
    proc = floodplan(
        "risk", project, "--scenario", "one-breached", "--events", "10=101", "--out", tmp_path, "--json"
    )
    s = json.loads(proc.stdout)
    # L2 breached: L1 alone keeps nothing dry; the scheme is L1 only.
    assert list(s["defenses"]) == ["L1"] and s["defenses"]["L1"]["avoided_ead_eur"] == pytest.approx(0.0)
    one_line_error(floodplan("scenario", project, "x", "--level", "101", "--breach", "L9"), "L9")
    one_line_error(floodplan("scenario", project, "x", "--profile", "hq100"), "no profile layer")


def test_risk_refuses_bad_input_in_one_line(project, tmp_path):
    one_line_error(floodplan("risk", project, "--events", "100=hq100", "--out", tmp_path), "hq100")
    one_line_error(floodplan("risk", project, "--events", "0=101", "--out", tmp_path), "1 year or more")
    one_line_error(floodplan("risk", project, "--out", tmp_path), "no events")
    bad = tmp_path / "curves.csv"
    bad.write_text("curve,depth_m,fraction\nshed,0,0\nshed,1,2\n")
    one_line_error(
        floodplan("risk", project, "--events", "10=101", "--curves", bad, "--out", tmp_path), "curves.csv"
    )
