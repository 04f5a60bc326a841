"""The bundled sample project shows, through the engines, the three things it was built to show
(issue 2 item 4, issue 4 "Done when"): a cooperation gain, a planned levee that pushes water across the
border when the volume is fixed, and a coverage gap that one new resource closes."""

from pathlib import Path

import numpy as np
import pytest
import shapely

from floodplan.io.projectfile import open_project
from floodplan.sample import bundled_sample_dir, sample_project_path
from floodplan.sample.project import build_project
from floodplan.sample.valley import make_valley
from floodplan.sim.runner import run_scenario
from floodplan.sim.siting import suggest_from_access

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def valley():
    return make_valley(1)


@pytest.fixture(scope="module")
def project():
    return open_project(sample_project_path())


@pytest.fixture(scope="module")
def national(project):
    return run_scenario(project, "hq100-national", appraise=False, service_areas=False)


def test_sample_project_is_bundled_and_matches_its_sources(project, tmp_path):
    assert bundled_sample_dir() is not None
    rebuilt = build_project(bundled_sample_dir(), make_valley(1))
    assert project.layer_names() == rebuilt.layer_names()
    for a, b in zip(project.layers, rebuilt.layers):
        if a.is_raster:
            np.testing.assert_array_equal(a.data.z, b.data.z.astype("float32"))
        else:
            assert len(a.data) == len(b.data) and a.data.crs == b.data.crs
    assert list(project.scenarios) == list(rebuilt.scenarios)
    assert {"hq100-joint", "hq100-national", "hq300-breach", "spring-flood"} <= set(project.scenarios)


def test_cooperation_gain_in_the_polish_pocket(project, national, valley):
    """Zakole (PL, on the German bank) has no Polish road link: only German crews reach it."""
    joint = national.access["joint"].assets
    nat = national.access["national"].assets
    pocket = valley.landmarks["pocket"]["polygon"]
    inside = (
        shapely.within(shapely.point_on_surface(joint.geometry.values), pocket)
        & (joint["country"] == "PL").to_numpy()
    )
    assert inside.sum() > 10
    assert joint.loc[inside, "covered"].all() and not nat.loc[inside, "covered"].any()
    gain = national.summary["countries"]["PL"]["cooperation_gain_population"]
    assert gain >= joint.loc[inside, "population"].sum() > 200


def test_planned_levee_pushes_water_onto_the_other_bank(project):
    """With the hq100 volume held fixed, building DE-N1 spares Niederau (DE) and floods Łęgi (PL)."""
    r = run_scenario(project, "hq100-volume-planned", service_areas=False)
    entry = r.appraisal["DE-N1"]
    assert entry["mode"] == "volume"
    assert entry["countries"]["DE"]["benefit_population"] > 500
    assert entry["countries"]["PL"]["harm_population"] > 50
    assert entry["transboundary_harm"] is True
    shares = [j["cost_share"] for j in r.summary["defenses"]["DE-N1"].values()]
    assert sum(shares) == pytest.approx(1.0)


def test_one_new_fire_station_closes_the_gorka_gap(national, valley):
    """Górka (PL, ~500 people) is beyond 10 minutes of every fire station in both modes; one new station
    placed by the maximal covering model covers it."""
    access = national.access["national"]
    cx, cy = valley.landmarks["gap_village"]["centre"]
    a = access.assets
    near = shapely.distance(a.geometry.values, shapely.Point(cx, cy)) < 300
    assert near.sum() > 20 and not a.loc[near, "covered_fire"].any()
    sites, summary = suggest_from_access(access, "fire", 1, depth_grid=national.depth)
    assert summary["covered_population"] >= 0.9 * a.loc[near, "population"].sum()
    assert shapely.distance(sites.geometry.iloc[0], shapely.Point(cx, cy)) < 800
