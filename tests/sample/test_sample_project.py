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
    assert entry.mode == "volume"
    assert entry.countries["DE"]["benefit_population"] > 500
    assert entry.countries["PL"]["harm_population"] > 50
    assert entry.transboundary_harm is True
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


ROAD_KINDS = ("ambulance", "fire", "pump", "rescue")


def test_a_polish_boat_closes_a_gap_in_niederau_no_road_vehicle_can(national):
    """Issue 19 item 6 (CONTRACT "Response by kind"): at hq100 Niederau (DE) stands in water. Its people
    in houses deeper than the 0.3 m wading limit are out of reach of every road vehicle, in both modes.
    German boats alone (DE-B1 from Auenfurt) reach most of them within 15 minutes; the deepest houses in
    the east of the village (0.6-0.75 m, 15-16 minutes for DE-B1) are reached in time only by the Polish
    boat PL-B2 from Łęgi, across the flooded meadows and the river: a gap that only cooperation, and only
    a boat, closes."""
    joint = national.access["joint"].assets
    nat = national.access["national"].assets
    pop = joint["population"].to_numpy()
    depth = joint["depth_m"].fillna(0.0).to_numpy()
    in_water = (depth > 0.3) & (pop > 0)
    assert set(joint.loc[in_water, "settlement"]) == {"Niederau"}
    # no road vehicle reaches a house standing in water deeper than its wading limit, in either mode
    for kind in ROAD_KINDS:
        for a in (joint, nat):
            assert a.loc[in_water, f"minutes_{kind}"].isna().all(), kind
    by_boat_national = in_water & nat["covered_boat"].to_numpy()
    by_boat_joint = in_water & joint["covered_boat"].to_numpy()
    assert by_boat_national.sum() > 100  # DE-B1 reaches most of them alone
    closed = by_boat_joint & ~by_boat_national
    assert closed.any()
    assert np.array_equal(by_boat_joint, in_water)  # together the boats reach every house in the water
    assert (depth[closed] > 0.6).all()
    # the engine names the Polish boat as the resource that closes it, in the German municipality
    gc = national.coverage.gap_closers
    row = gc[(gc["kind"] == "boat") & (gc["country"] == "DE")]
    assert list(row["resource_id"]) == ["PL-B2"] and list(row["jurisdiction"]) == ["Auenfurt"]
    assert row["population"].item() == pop[closed].sum()
    # ... and counts it as Germany's cooperation gain for boats
    kinds = national.summary["kinds"]
    assert kinds["boat"]["cooperation_gain_population"]["DE"] == pop[closed].sum()
    for kind in ROAD_KINDS:
        assert kinds[kind]["cooperation_gain_population"]["DE"] == 0.0, kind


def test_per_kind_figures_differ_where_the_kinds_differ(national):
    """The kinds' coverage differs exactly where the kinds move differently (hq100, both modes)."""
    for mode in ("national", "joint"):
        a = national.access[mode].assets
        pop = a["population"].to_numpy()
        cov = {k: a[f"covered_{k}"].to_numpy() for k in (*ROAD_KINDS, "boat")}
        # the sample's road vehicles all drive through 0.3 m (no max_wading_m): they differ only in where
        # their stations stand and in their targets (fire 10, others 15 minutes)
        reach = {k: np.isfinite(a[f"minutes_{k}"].to_numpy()) for k in ROAD_KINDS}
        for k in ROAD_KINDS:
            # every road kind is stopped by the same water: the same houses are out of reach by road
            assert np.array_equal(reach[k], reach["ambulance"]), (mode, k)
        # boats reach every house the road kinds reach (their trailers drive the same roads at 0.3 m)
        # plus the houses in the water (over the water)
        in_water = np.nan_to_num(a["depth_m"].to_numpy()) > 0.3
        boat_reach = np.isfinite(a["minutes_boat"].to_numpy())
        assert (boat_reach | ~reach["ambulance"]).all()
        assert (boat_reach & in_water & (pop > 0)).sum() > 100
        # where the boats cover people no road kind covers: in the water (Niederau), and dry Łęgi, where
        # the boat PL-B2 stands: its trailer is there within minutes, Brzozowiec's ambulance is not
        extra = cov["boat"] & ~np.any([cov[k] for k in ROAD_KINDS], axis=0) & (pop > 0)
        assert set(a.loc[extra & in_water, "settlement"]) == {"Niederau"}, mode
        assert set(a.loc[extra & ~in_water, "settlement"]) <= {"Łęgi"}, mode
