"""`floodplan snapshot`, `progress` and `info` on the sample valley (CONTRACT.md, "Plan versions and
progress reports").

The expected rise comes from a peer in the package: `floodplan run` before and after a fire station is
added where `floodplan suggest` puts it; the report must show exactly run's change in national covered
population of that country, in progress.json, indicators.csv and on the page.
"""

import csv
import json
import re

import html5lib
import pytest
from shapely.geometry import Point

from floodplan.cli import main
from floodplan.io.projectfile import open_project, save_project
from floodplan.model.commands import AddFeature


def cli(capsys, *args):
    capsys.readouterr()
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    from floodplan.sample import write_sample

    root = tmp_path_factory.mktemp("progress")
    write_sample(root / "v")
    return root


def _json(args, capfd):
    capfd.readouterr()
    code = main([str(a) for a in args])
    out = capfd.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


@pytest.mark.slow
def test_progress_shows_runs_rise_after_a_suggested_fire_station(report, capfd):
    project = report / "v" / "valley.gpkg"
    snap = _json(["snapshot", project, "base", "--note", "before the joint meeting", "--json"], capfd)
    assert snap["name"] == "base" and snap["note"] == "before the joint meeting"
    info = _json(["info", project, "--json"], capfd)
    assert [s["name"] for s in info["snapshots"]] == ["base"]

    sug = _json(
        ["suggest", project, "--kind", "fire", "--count", "1", "--out", report / "s.gpkg", "--json"], capfd
    )
    site = sug["sites"][0]
    scenario, country = sug["scenario"], site["country"]
    before = _json(["run", project, "--scenario", scenario, "--out", report / "r0", "--json"], capfd)

    p = open_project(project)
    layer = f"resources_{country.lower()}"  # the sample keeps each country's resources in its own layer
    assert p.layer(layer).role == "resources"
    attrs = {
        "id": "NEW-F1",
        "name": "New fire station",
        "kind": "fire",
        "cross_border": True,
        "in_service": True,
    }
    p.stack.push(AddFeature(layer, Point(site["x"], site["y"]), attrs))
    save_project(p)
    after = _json(["run", project, "--scenario", scenario, "--out", report / "r1", "--json"], capfd)
    b = before["countries"][country]["covered_population_national"]
    a = after["countries"][country]["covered_population_national"]
    assert a > b  # the suggested site covers people no station of that country reached

    out = report / "rep"
    data = _json(
        ["progress", project, "--from", "base", "--languages", "de,pl", "--out", out, "--json"], capfd
    )
    assert set(data) >= {"from", "to", "jurisdictions", "countries", "warnings"}
    assert data["from"]["name"] == "base" and data["to"]["date"]
    got = data["countries"][country][scenario]["covered_population"]["national"]
    assert got == {"from": b, "to": a, "change": a - b}
    assert data["countries"][country][scenario]["gap_population"]["joint"].keys() == {"from", "to", "change"}
    assert "cooperation_gain_population" in data["jurisdictions"][next(iter(data["jurisdictions"]))][scenario]
    # The sample has hq<N> profile floods, so risk's indicators come too; a new fire station does not move
    # the flood risk: EAD is unchanged, and equals `floodplan risk`'s for the scenario's scheme.
    ead = data["countries"][country][scenario]["ead_eur"]
    assert ead["change"] == 0 and ead["from"] == ead["to"]
    from floodplan.sim.risk import compute_risk

    expected = compute_risk(open_project(project), scenario).summary["countries"][country]["ead_eur"]
    assert ead["to"] == pytest.approx(expected)
    assert [(f["change"], f["id"]) for f in data["changes"]["features"]] == [("added", "NEW-F1")]
    assert json.loads((out / "progress.json").read_text())["countries"] == data["countries"]

    with open(out / "indicators.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    row = next(
        r
        for r in rows
        if (r["level"], r["name"], r["scenario"], r["indicator"], r["mode"])
        == ("country", country, scenario, "covered_population", "national")
    )
    assert float(row["from"]) == b and float(row["to"]) == a and float(row["change"]) == a - b

    page = (out / "index.html").read_text(encoding="utf-8")
    html5lib.HTMLParser(strict=True).parse(page)  # raises on any parse error
    # The row of that country and scenario in the table of national covered population (the per-country
    # tables come before the per-jurisdiction ones): from, to and the signed change as run says.
    heading = re.escape("<h4>Versorgte Bevölkerung / Ludność objęta — National / Krajowy</h4>")
    cells = [
        re.escape(f"<td>{country}</td>"),
        re.escape(f"<td>{scenario}</td>"),
        re.escape(f"<td>{b:,.0f}</td>"),
        re.escape(f"<td>{a:,.0f}</td>"),
        re.escape(f"<td>+{a - b:,.0f}</td>"),
    ]
    assert re.search(heading + r"(?:(?!<h\d>).)*?" + r"\s*".join(cells), page, re.S)
    assert "Fortschritt des gemeinsamen Plans / Postęp wspólnego planu" in page  # languages side by side
    # Nothing outside the page: images are data: URIs, and beyond them no address, script, link or url().
    assert all(s.startswith("data:image/") for s in re.findall(r'(?:src|href)="([^"]*)"', page))
    text = re.sub(r'"data:image/[^"]*"', '""', page)
    assert not re.search(r"https?:|//[a-z0-9]|\burl\(|<script|<link|@import", text, re.I)
    assert (out / "progress.pdf").read_bytes().startswith(b"%PDF")
    import pyogrio

    layers = {name for name, _ in pyogrio.list_layers(out / "plan.gpkg")}
    assert layer in layers and "changes" in layers


def test_unknown_version_and_taken_name_are_one_line_exit_2(report, capsys):
    project = report / "v" / "valley.gpkg"
    code, out, err = cli(capsys, "progress", project, "--from", "nope", "--out", report / "x")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("floodplan: error: ") and "no snapshot named 'nope'" in err
    if not any(s.name == "base" for s in open_project(project).snapshots):
        pytest.skip("needs the snapshot of the first test")
    code, _, err = cli(capsys, "snapshot", project, "base")
    assert code == 2 and "already has a version named 'base'" in err and err.count("\n") == 1
