"""Coverage overlays on the hand-made valley of test_access.py (same layout, built again here).

Layout (metres, roads 60 km/h = 1000 m/min, border at x = 1500): main road a (0,0) - b (1000,0) -
c (1400,0) - [crossing] - d (1600,0) - e (6000,0), detour R5 a - (0,1000) - (1000,1000) - b (3000 m).
Fire "fa" at a (country A), fire "fb" and ambulance "am" at e (country B). H1 (1000,-20) 10 people in
Alpha, H2 (2000,20) 100 people in Beta, H3 (5900,20) 5 people in Beta. Target 3.2 minutes.
Fire minutes: joint H1 1.0, H2 2.0 (fa), H3 0.1; national H2 4.0 (fb only) -> a national gap of 100.
"""

import geopandas as gpd
import numpy as np
import pytest
import shapely
from shapely.geometry import Point, box

from floodplan.sim.coverage import (
    access_both_modes,
    cooperation_gain,
    coverage_overlays,
    gap_closers,
    gap_polygons,
    reached_segments,
    service_areas,
)
from floodplan.testing import TEST_CRS, hand_valley, make_grid, write_read

valley = hand_valley

TARGET = 3.2


@pytest.fixture
def both(tmp_path):
    net, res, assets, jur = valley(tmp_path)
    return access_both_modes(net, res, assets, jur, minutes=TARGET, kind="fire")


def test_gap_polygons_per_mode(both):
    nat = gap_polygons(both["national"])
    assert list(nat["jurisdiction"]) == ["Beta"]
    assert nat["population"].tolist() == [100.0] and nat["assets"].tolist() == [1]
    assert nat.geometry.iloc[0].equals(shapely.multipoints([Point(2000, 20)]))
    assert len(gap_polygons(both["joint"])) == 0
    # the same people as the access summary's gap_population
    assert both["national"].summary["countries"]["B"]["gap_population"] == 100.0


def test_gap_polygons_dissolve_footprints(tmp_path):
    net, res, assets, jur = valley(tmp_path)
    # H2 as two touching 10 m x 10 m buildings: one dissolved 20 m x 10 m polygon of 200 m²
    polys = assets.copy()
    polys["geometry"] = [
        box(990, -30, 1000, -20),
        box(1995, 15, 2005, 25),
        box(5895, 15, 5905, 25),
    ]
    extra = polys.iloc[[1]].copy()
    extra["geometry"] = [box(2005, 15, 2015, 25)]
    polys = gpd.GeoDataFrame(__import__("pandas").concat([polys, extra], ignore_index=True), crs=polys.crs)
    r = access_both_modes(net, res, polys, jur, minutes=TARGET, kind="fire")
    g = gap_polygons(r["national"])
    assert g["assets"].tolist() == [2] and g["population"].tolist() == [200.0]
    assert g.geometry.iloc[0].area == pytest.approx(200.0)
    assert g.geometry.iloc[0].geom_type == "Polygon"


def test_flooded_gap_only_counts_wet_people(tmp_path):
    net, res, assets, jur = valley(tmp_path)
    # 50 m cells over x -500..6500, y 1500..-1500; 0.4 m of water around H2 only (roads stay passable at 0.5)
    z = np.zeros((60, 140))
    z[29, 50] = 0.4  # x 2000-2050, y 50-0: holds H2 at (2000, 20)
    depth = make_grid(z, cellsize=50.0, x0=-500.0, y0=1500.0, crs=net.crs)
    r = access_both_modes(
        net, res, assets, jur, depth_grid=depth, max_depth_m=0.5, minutes=TARGET, kind="fire"
    )
    g = gap_polygons(r["national"], only="flooded")
    assert g["flooded_population"].tolist() == [100.0]
    assert len(gap_polygons(r["national"], only="flooded", flooded_depth_m=0.5)) == 0


def test_cooperation_gain_and_closers(both):
    gain = cooperation_gain(both["national"], both["joint"])
    # Beta: joint covers 105, national 5 -> 100; Alpha covered either way -> 0
    assert gain["countries"]["B"]["cooperation_gain_population"] == 100.0
    assert gain["countries"]["A"]["cooperation_gain_population"] == 0.0
    assert gain["countries"]["B"]["kinds"] == {"fire": 100.0}
    assert gain["jurisdictions"]["Beta"]["cooperation_gain_population"] == 100.0
    closers = gap_closers(both["national"], both["joint"])
    assert closers.to_dict("records") == [
        {
            "kind": "fire",
            "jurisdiction": "Beta",
            "country": "B",
            "resource_id": "fa",
            "resource_country": "A",
            "assets": 1,
            "population": 100.0,
        }
    ]


def test_service_areas_follow_the_roads(both):
    net = both["joint"].inputs.network
    nat = both["national"].node_minutes["fire"]
    joint = both["joint"].node_minutes["fire"]
    # national: fa drives R1, R2 and the 3000 m detour in Alpha (1000 + 400 + 3000), fb drives back from
    # e to x = 6000 - 3200 = 2800 (3200 m); the crossing and d..2800 are not reached: 7600 m
    national_edges = ~net.edge_crossing
    assert shapely.length(reached_segments(net, nat, TARGET, national_edges)).sum() == pytest.approx(7600.0)
    # joint: fa reaches x = 3200 and fb x = 2800, so every road is reached: 1000+400+200+4400+3000
    assert shapely.length(reached_segments(net, joint, TARGET)).sum() == pytest.approx(9000.0)
    sa_nat = service_areas(both["national"], width_m=50.0)
    sa_joint = service_areas(both["joint"], width_m=50.0)
    gap_point = Point(2000, 20)  # H2
    assert not sa_nat.geometry.iloc[0].contains(gap_point)
    assert sa_joint.geometry.iloc[0].contains(gap_point)
    # a 50 m wide band: area at least 2 x 50 m x the reached length less the overlaps at the corners
    assert sa_joint["area_m2"].iloc[0] > 2 * 50 * 9000 * 0.95


def test_coverage_overlays_bundle(both):
    out = coverage_overlays(both)
    assert set(out["gaps"]["mode"]) == {"national"}
    assert len(out["service_areas"]) == 2
    assert out["cooperation_gain"]["countries"]["B"]["cooperation_gain_population"] == 100.0


def test_gap_dissolve_isolated_touching_and_overlapping(tmp_path):
    from floodplan.sim.coverage import _dissolve

    net, res, assets, jur = valley(tmp_path)
    # all in Beta, all uncovered nationally (fb is 4.4+ minutes away from x < 2100):
    # a terrace of two boxes sharing a wall, one box on its own, and two boxes overlapping by 5 m x 10 m
    geoms = [
        box(1995, 15, 2005, 25),
        box(2005, 15, 2015, 25),
        box(2030, 15, 2040, 25),
        box(2060, 15, 2070, 25),
        box(2065, 15, 2075, 25),
    ]
    polys = write_read(
        gpd.GeoDataFrame({"population": [1, 2, 3, 4, 5]}, geometry=geoms, crs=TEST_CRS), tmp_path, "houses"
    )
    r = access_both_modes(net, res, polys, jur, minutes=TARGET, kind="fire")
    isolated, overlapping = r["national"].inputs.footprint_topology()
    # only the box at x 2030-2040 touches nothing; the last two overlap
    assert isolated.tolist() == [False, False, True, False, False]
    assert overlapping
    g = gap_polygons(r["national"])
    assert g["assets"].tolist() == [5] and g["population"].tolist() == [15.0]
    # 200 m² terrace + 100 m² single + 150 m² for the overlapping pair (union, not sum) in 3 polygons
    geom = g.geometry.iloc[0]
    assert geom.area == pytest.approx(450.0)
    assert geom.geom_type == "MultiPolygon" and len(geom.geoms) == 3
    assert geom.equals(shapely.union_all(geoms))
    # without the overlapping pair the coverage union is used: same result as the general union
    four = np.asarray(geoms[:3] + [box(2060, 15, 2070, 25)], dtype=object)
    fast = _dissolve(four, np.array([False, False, True, True]), False)
    assert fast.equals(shapely.union_all(four)) and fast.area == pytest.approx(400.0)
