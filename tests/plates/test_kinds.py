"""Plates and reports per kind of resource (issue 19 item 4 on paper) and the flood-probability layer
(issue 17), on the small test valley with a boat added.

Hand set-up (floodplan.testing.small_valley_project): ground rises 1 m per cell (10 m) from the river at
100 m; the 9 buildings of each bank's near row stand 3 cells from the river on ground 103 m, the far rows
12 cells out on 112 m, 10 people each. At a level of 103.6 m the near rows stand in 0.6 m of water: deeper
than the road vehicles' wading limit (0.3 m) and the boats' draft (0.3 m), so only a boat reaches them
(CONTRACT "Response by kind"); the roads (6 cells out, 106 m) and the far rows stay dry. The one boat, B1,
is in country N and may cross the border, and reaches every near building well within its 15 minutes.
So, joint mode: 90 people per country are reached only by boat (9 × 10); national mode: 90 in N, 0 in S.
"""

import numpy as np
import pandas as pd
import pytest
from affine import Affine
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.path import Path as MplPath
from shapely.geometry import Point

from floodplan.errors import InputError
from floodplan.model.scenario import Scenario
from floodplan.plates.i18n import terms
from floodplan.plates.layout import render_plate
from floodplan.plates.report import write_report
from floodplan.plates.spec import PlateSpec
from floodplan.plates.tables import boat_only_population, country_summary, kind_table
from floodplan.render.mapview import draw_map
from floodplan.sim.runner import run_scenario
from floodplan.testing import small_valley_project, write_tif

X0, Y0, CS, MID = 500000.0, 5600000.0, 10.0, 30
YR = Y0 - (MID + 0.5) * CS  # the river line
XM = X0 + 50 * CS  # the bridge


def _with_boat(project):
    lyr = project.layer("resources")
    boat = lyr.data.iloc[[0]].copy()
    boat["id"], boat["kind"], boat["geometry"] = "B1", "boat", [Point(XM + 20, YR + 6 * CS)]
    lyr.data = pd.concat([lyr.data, boat], ignore_index=True)
    return project


def _run(project):
    project.set_scenario(Scenario("wet", level_m=103.6, mode="joint"))
    return run_scenario(project, "wet", appraise=False, service_areas=False)


@pytest.fixture(scope="module")
def boat_run():
    project = _with_boat(small_valley_project())
    return project, _run(project)


@pytest.fixture(scope="module")
def no_boat_run():
    project = small_valley_project()
    return project, _run(project)


def _flat(texts) -> str:
    """All placed texts as one line (wrapping may break a label anywhere between words)."""
    return " ".join(" ".join(texts).split())


def test_plate_summary_and_legend_count_people_only_a_boat_reaches(boat_run, tmp_path):
    project, result = boat_run
    info = render_plate(
        project, result, PlateSpec(paper="A4", dpi=60, languages=["de", "pl"]), tmp_path / "p.png"
    )
    assert info["pixels"][0] > 0
    rows = {r["country"]: r for r in info["summary"]}
    # Hand count (module docstring): 9 near buildings × 10 people per country in joint mode.
    assert rows["N"]["boat_only_population"] == 90.0
    assert rows["S"]["boat_only_population"] == 90.0
    # ... and the run's own per-asset figures: covered by the boat and by neither road kind.
    a = result.access["joint"].assets
    only = a["covered_boat"] & ~a["covered_fire"] & ~a["covered_ambulance"]
    for c in ("N", "S"):
        assert rows[c]["boat_only_population"] == a.loc[only & (a["country"] == c), "population"].sum()
    # National mode: S has no boat of its own, so nobody there is reached by boat at all.
    assert boat_only_population(result, "national") == {"N": 90.0, "S": 0.0}

    assert "legend.boat_only" in info["legend"]
    text = _flat(info["texts"])
    for lang in ("de", "pl"):
        t = terms(lang)
        assert " ".join(t["legend.boat_only"].split()) in text
        assert " ".join(t["table.boat_only_population"].split()) in text


def test_plate_without_boats_has_no_boat_row_or_symbol(no_boat_run, tmp_path):
    project, result = no_boat_run
    info = render_plate(project, result, PlateSpec(paper="A4", dpi=40, languages=["en"]), tmp_path / "p.png")
    assert np.isnan(country_summary(project, result)["boat_only_population"]).all()
    assert "legend.boat_only" not in info["legend"]
    assert "Reached only by boat" not in _flat(info["texts"])


def test_map_shows_the_gaps_of_one_kind(boat_run):
    project, result = boat_run

    def draw(**kw):
        fig = Figure(figsize=(4, 3), dpi=50)
        FigureCanvasAgg(fig)
        return draw_map(fig.add_axes((0, 0, 1, 1)), project, result, labels=False, **kw)

    # The boat reaches every building in joint mode (hand set-up): no boat gaps to draw.
    arts = draw(gaps_kind="boat")
    assert "_gaps" not in arts
    assert "legend.gap.boat" not in [k for k, _ in arts.legend_entries()]
    # Fire engines stop at 0.3 m: both near rows are fire gaps, 18 buildings (one closed ring each).
    arts = draw(gaps_kind="fire", mark_boat_only=True)
    keys = [k for k, _ in arts.legend_entries()]
    assert "legend.gap.fire" in keys and "legend.gap" not in keys
    assert sum(int((p.codes == MplPath.CLOSEPOLY).sum()) for p in arts["_gaps"].get_paths()) == 18
    # One boat symbol per building reached only by boat: 9 per bank.
    assert len(arts["_boat_only"].get_offsets()) == 18


def test_report_has_the_per_kind_table_of_the_run(boat_run, tmp_path):
    project, result = boat_run
    rep = write_report(project, result, tmp_path / "r.html", languages="de,pl")
    kt = pd.read_csv(rep["csv"]["kinds"])
    assert set(kt["kind"]) == {"fire", "ambulance", "boat"}
    for row in kt.itertuples():
        for mode in ("national", "joint"):
            want = result.summary["kinds"][row.kind][mode]["countries"][row.country]["covered_population"]
            assert getattr(row, f"covered_population_{mode}") == want
    k = kt.set_index(["kind", "country"])
    # Hand values: the boat reaches all 180 people of each side jointly, none of S's nationally; fire
    # engines reach only the dry far rows (90 per side) in both modes.
    assert k.loc[("boat", "S"), "covered_population_joint"] == 180.0
    assert k.loc[("boat", "S"), "covered_population_national"] == 0.0
    assert k.loc[("boat", "S"), "cooperation_gain"] == 180.0
    assert k.loc[("fire", "N"), "covered_population_joint"] == 90.0
    html = rep["path"].read_text(encoding="utf-8")
    for lang in ("de", "pl"):
        assert terms(lang)["report.coverage_by_kind"] in html
        assert terms(lang)["table.boat_only_population"] in html
    assert kind_table(project, result).equals(rep["tables"]["kinds"])


def _probability_tif(path, project, crs="EPSG:25833"):
    g = project.dem
    rows, cols = g.shape
    p = np.zeros((rows, cols), dtype="float32")
    p[MID - 3 : MID + 4, :] = 0.5
    return write_tif(path, p, crs, Affine(CS, 0.0, X0, 0.0, -CS, Y0))


def test_plate_shows_a_flood_probability_raster(no_boat_run, tmp_path):
    project, _ = no_boat_run
    tif = _probability_tif(tmp_path / "p_flooded_T100.tif", project)
    info = render_plate(
        project, None, PlateSpec(paper="A4", dpi=40, languages=["de", "pl"], probability=str(tif)),
        tmp_path / "p.png",
    )  # fmt: skip
    assert (
        "Überflutungswahrscheinlichkeit (T = 100 Jahre) / Prawdopodobieństwo zalania (T = 100 lat)"
        in info["texts"]
    )
    with pytest.raises(InputError, match="return period"):
        PlateSpec(probability=str(tmp_path / "depth.tif")).validate()
    (tmp_path / "x").mkdir()
    other = _probability_tif(tmp_path / "x" / "p_flooded_T30.tif", project, crs="EPSG:2180")
    with pytest.raises(InputError, match="EPSG:2180"):
        render_plate(project, None, PlateSpec(paper="A4", dpi=40, probability=str(other)), tmp_path / "q.png")
