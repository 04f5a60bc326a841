"""Shelters over capacity and hospital access, on the hand-made valley of test_access.py.

Layout (metres, roads 60 km/h = 1000 m/min, border at x = 1500): main road a (0,0) - b (1000,0) -
c (1400,0) - [crossing] - d (1600,0) - e (6000,0), detour a - (0,1000) - (1000,1000) - b.
Shelter "sa" (50 people) and hospital "ha" at a in country A; shelter "sb" (30 people) at e in B.
H1 (1000,-120): 10 people, Alpha, nearest road point b; H2 (2000,-120): 100 people, Beta, 400 m past d;
H3 (5900, 20): 5 people, Beta. Minutes from a: H1 1.0, H2 2.0; from e: H1 5.0, H2 4.0.
Water 1 m deep under H1 and H2 (50 m cells), none on the roads.
"""

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import Point, box

from floodplan.errors import InputError
from floodplan.sim.access import AccessInputs
from floodplan.sim.shelters import assign_shelters, hospital_access
from floodplan.testing import TEST_CRS, hand_valley, make_grid


def valley(tmp_path, fa_cross_border=True, crossing_delay_min=0.0, closed_r1=False):
    """The hand-made valley with shelters sa (Alpha, 50 places), sb (Beta, 30) and hospital ha (Alpha)."""
    resources = gpd.GeoDataFrame(
        {
            "id": ["sa", "sb", "ha"],
            "kind": ["shelter", "shelter", "hospital"],
            "cross_border": [fa_cross_border, True, True],
            "capacity": [50, 30, 500],
        },
        geometry=[Point(0, 0), Point(6000, 0), Point(0, 0)],
        crs=TEST_CRS,
    )
    assets = gpd.GeoDataFrame(
        {"population": [10, 100, 5], "kind": ["residential"] * 3},
        geometry=[Point(1000, -120), Point(2000, -120), Point(5900, 20)],
        crs=TEST_CRS,
    )
    return hand_valley(
        tmp_path, fa_cross_border, crossing_delay_min, closed_r1, resources=resources, assets=assets
    )


def flood(net):
    # 50 m cells over x -500..6500, y 1500..-1500: row 32 is y -100..-150, H1 in col 30, H2 in col 50
    z = np.zeros((60, 140))
    z[32, 30] = 1.0
    z[32, 50] = 1.0
    return make_grid(z, cellsize=50.0, x0=-500.0, y0=1500.0, crs=net.crs)


@pytest.fixture
def setup(tmp_path):
    net, res, assets, jur = valley(tmp_path)
    depth = flood(net)
    return AccessInputs.prepare(net, res, assets, jur, depth), depth


def test_shelters_over_capacity_joint(setup):
    inputs, depth = setup
    r = assign_shelters(inputs, depth, mode="joint")
    # 110 displaced, 80 places. Fewest person-minutes with all 80 places used: H1 -> sa 10 (1 min),
    # H2 -> sa 40 (2 min) and sb 30 (4 min) = 210; H1 -> sb instead would cost 50 + 100 + 80 = 230.
    flows = {(int(a), s): p for a, s, p in r.flows[["asset", "shelter", "people"]].itertuples(index=False)}
    assert flows == {(0, "sa"): 10.0, (1, "sa"): 40.0, (1, "sb"): 30.0}
    assert r.summary["jurisdictions"]["Alpha"] == {"displaced": 10.0, "sheltered": 10.0, "unsheltered": 0.0}
    assert r.summary["jurisdictions"]["Beta"] == {"displaced": 100.0, "sheltered": 70.0, "unsheltered": 30.0}
    assert r.shelters.set_index("id")["free"].to_dict() == {"sa": 0.0, "sb": 0.0}
    assert r.displaced["shelter"].tolist() == ["sa", "sa"]
    np.testing.assert_allclose(r.displaced["minutes"], [1.0, 4.0])
    assert any("30 displaced people" in n for n in r.notes)


def test_shelters_national(setup):
    inputs, depth = setup
    r = assign_shelters(inputs, depth, mode="national")
    # sa takes only Alpha's 10; Beta's 100 can only go to sb (30 places): 70 unsheltered
    assert r.summary["countries"]["B"]["unsheltered"] == 70.0
    assert r.summary["countries"]["A"]["unsheltered"] == 0.0
    assert r.shelters.set_index("id")["assigned"].to_dict() == {"sa": 10.0, "sb": 30.0}


def test_shelter_trip_limit(setup):
    inputs, depth = setup
    # no trip over 3 minutes: H2 cannot use sb (4 min); sa takes H1 10 and H2 40
    r = assign_shelters(inputs, depth, mode="joint", max_minutes=3.0)
    assert r.summary["jurisdictions"]["Beta"]["unsheltered"] == 60.0


def test_shelter_capacity_missing(tmp_path):
    net, res, assets, jur = valley(tmp_path)
    inputs = AccessInputs.prepare(net, res.drop(columns="capacity"), assets, jur)
    with pytest.raises(InputError, match="'capacity'"):
        assign_shelters(inputs, flood(net))


def test_hospital_access_national_and_joint(setup):
    inputs, depth = setup
    h = hospital_access(inputs, depth_grid=depth)
    # flooded buildings H1 (Alpha) and H2 (Beta); the only hospital is at a in country A
    np.testing.assert_allclose(h["minutes_joint"], [1.0, 2.0])
    assert h["minutes_national"].iloc[0] == pytest.approx(1.0)
    assert np.isnan(h["minutes_national"].iloc[1])  # no hospital in country B
    assert h["hospital_joint"].tolist() == ["ha", "ha"]
    # flooded areas given as polygons: reached at their inner point
    areas = gpd.GeoDataFrame(geometry=[box(1950, -150, 2050, -100)], crs=TEST_CRS)
    h2 = hospital_access(inputs, places=areas)
    # inner point (2000, -125) snaps 400 m past d: 2.0 minutes jointly
    assert h2["minutes_joint"].iloc[0] == pytest.approx(2.0)
    assert h2["country"].iloc[0] == "B"
