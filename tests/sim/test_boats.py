"""Response by kind (CONTRACT, "Response by kind"): wading limits per kind and boats over the water.

Every expected value is worked out by hand here from the geometry (metres), the speeds and the launch
time. The valley: 10 m cells, x 0..600, y -100..100 (row r covers y 90 - 10 r .. 100 - 10 r); a road
along y = 5 from x = 0 to x = 200 at 36 km/h (10 m/s, 600 m per minute), ending at the water's edge;
water 1 m deep in x 200..500, every row.
"""

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import LineString, Point, box

from floodplan.errors import InputError
from floodplan.sim.access import compute_access
from floodplan.sim.boats import WaterGraph
from floodplan.sim.network import RoadNetwork
from floodplan.testing import TEST_CRS, make_grid, two_countries, write_read

SQRT2 = np.sqrt(2.0)


def layers(tmp_path, resources, assets, roads=None):
    jur = two_countries(tmp_path, 300, (-100, -200, 700, 200), names=("West", "East"))
    roads = roads or [LineString([(0, 5), (200, 5)])]
    roads = write_read(
        gpd.GeoDataFrame({"speed_kmh": [36.0] * len(roads)}, geometry=roads, crs=TEST_CRS), tmp_path, "roads"
    )
    net = RoadNetwork.build(roads, jur)
    res = write_read(gpd.GeoDataFrame(resources, crs=TEST_CRS), tmp_path, "resources")
    assets = write_read(gpd.GeoDataFrame(assets, crs=TEST_CRS), tmp_path, "assets")
    return net, res, assets, jur


def lake(depth_m=1.0, x_from=200, x_to=500):
    z = np.zeros((20, 60))
    z[:, x_from // 10 : x_to // 10] = depth_m
    return make_grid(z, cellsize=10.0, x0=0.0, y0=100.0, crs=TEST_CRS)


def test_boat_reaches_a_house_in_the_water_fire_engine_cannot(tmp_path):
    # a house out in the water: the cell x 350..360, y 40..50 (row 5, column 35), 1 m deep, 160 m from
    # the road's end (within the 500 m snap distance, so the road rule alone would have "reached" it)
    net, res, assets, jur = layers(
        tmp_path,
        {
            "id": ["boat1", "fire1"],
            "kind": ["boat", "fire"],
            "geometry": [Point(0, 5), Point(0, 5)],
        },
        {"population": [4], "geometry": [box(351, 41, 359, 49)]},
    )
    r = compute_access(net, res, assets, jur, depth_grid=lake(), minutes=30.0)
    # by hand: the trailer drives 190 m to the last road cell (x 190..200, row 9), which borders the
    # water: 19 s. The boat is put into the water cells next to it (column 20, rows 8-10) after the
    # 5-minute launch (300 s). From (8, 20) to the house (5, 35): 3 corner steps and 12 edge steps =
    # (12 + 3 √2) x 10 m = 162.43 m at 8 km/h (2.2222 m/s) = 73.09 s.
    expected = (19.0 + 300.0 + (12 + 3 * SQRT2) * 10.0 / (8 / 3.6)) / 60.0
    assert r.assets["minutes_boat"][0] == pytest.approx(expected, abs=1e-9)
    assert expected == pytest.approx(6.5348, abs=1e-4)
    # the fire engine (wading limit 0.3 m) cannot reach a house standing in 1 m of water by road
    assert np.isnan(r.assets["minutes_fire"][0])
    assert r.assets["depth_m"][0] == 1.0
    assert r.summary["kinds"]["boat"]["countries"]["B"]["covered_population"] == 4.0
    assert r.summary["kinds"]["fire"]["countries"]["B"]["covered_population"] == 0.0
    # a faster boat and a shorter launch (resource attributes): 19 + 60 + 162.43 / (16 / 3.6)
    res2 = res.assign(water_speed_kmh=[16.0, None], launch_minutes=[1.0, None])
    r2 = compute_access(net, res2, assets, jur, depth_grid=lake(), minutes=30.0)
    fast = (19.0 + 60.0 + (12 + 3 * SQRT2) * 10.0 / (16 / 3.6)) / 60.0
    assert r2.assets["minutes_boat"][0] == pytest.approx(fast, abs=1e-9)
    # a deeper draft than the water: the boat cannot move, nobody reaches the house
    r3 = compute_access(net, res, assets, jur, depth_grid=lake(), minutes=30.0, boat_draft_m=1.5)
    assert np.isnan(r3.assets["minutes"][0])


def test_boat_stays_in_its_country_in_national_mode(tmp_path):
    # the same house lies in East (country B, x > 300); the boat is West's (country A)
    net, res, assets, jur = layers(
        tmp_path,
        {"id": ["boat1"], "kind": ["boat"], "geometry": [Point(0, 5)]},
        {"population": [4], "geometry": [box(351, 41, 359, 49)]},
    )
    nat = compute_access(net, res, assets, jur, depth_grid=lake(), mode="national", minutes=30.0)
    assert np.isnan(nat.assets["minutes_boat"][0])
    joint = compute_access(net, res, assets, jur, depth_grid=lake(), mode="joint", minutes=30.0)
    assert joint.assets["minutes_boat"][0] == pytest.approx(6.5348, abs=1e-4)
    # a house in West's water (x 250..260, row 5, column 25): nationally reachable, from (8, 20)
    # 3 corner + 2 edge steps = (2 + 3 √2) x 10 m at 2.2222 m/s
    net, res, assets, jur = layers(
        tmp_path,
        {"id": ["boat1"], "kind": ["boat"], "geometry": [Point(0, 5)]},
        {"population": [4], "geometry": [box(251, 41, 259, 49)]},
    )
    nat = compute_access(net, res, assets, jur, depth_grid=lake(), mode="national", minutes=30.0)
    expected = (19.0 + 300.0 + (2 + 3 * SQRT2) * 10.0 / (8 / 3.6)) / 60.0
    assert nat.assets["minutes_boat"][0] == pytest.approx(expected, abs=1e-9)


def test_wading_limit_per_kind(tmp_path):
    """A house in water shallower than the fire engine's wading limit but deeper than the ambulance's."""
    # a road from x 0 to 600 along y = 5; 0.45 m of water over x 300..400 (road and house alike)
    roads = [LineString([(0, 5), (600, 5)])]
    net, res, assets, jur = layers(
        tmp_path,
        {
            "id": ["fire1", "amb1"],
            "kind": ["fire", "ambulance"],
            "max_wading_m": [0.6, None],
            "geometry": [Point(0, 5), Point(0, 5)],
        },
        # house A at x 350 in the water (20 m off the road); house B at x 500 beyond the water, dry
        {"population": [3, 5], "geometry": [box(345, 20, 355, 30), box(495, 20, 505, 30)]},
        roads=roads,
    )
    water = lake(0.45, 300, 400)
    r = compute_access(net, res, assets, jur, depth_grid=water, minutes=30.0)
    # by hand at 600 m per minute: the fire engine drives through 0.45 m: A at x 350 in 0.5833 min,
    # B at x 500 in 0.8333 min
    np.testing.assert_allclose(r.assets["minutes_fire"], [350 / 600, 500 / 600], atol=1e-9)
    # the ambulance (--max-depth 0.3) reaches neither: A stands in 0.45 m and the road to B is cut
    assert r.assets["minutes_ambulance"].isna().all()
    assert r.summary["kinds"]["fire"]["max_wading_m"] == [0.6]
    assert r.summary["kinds"]["ambulance"]["max_wading_m"] == [0.3]
    # a per-kind setting (project or scenario) gives the ambulance 0.5 m: now it reaches both
    r2 = compute_access(net, res, assets, jur, depth_grid=water, minutes=30.0, wading={"ambulance": 0.5})
    np.testing.assert_allclose(r2.assets["minutes_ambulance"], [350 / 600, 500 / 600], atol=1e-9)
    # the resource's own max_wading_m wins over the kind's setting
    r3 = compute_access(net, res, assets, jur, depth_grid=water, minutes=30.0, wading={"fire": 0.3})
    np.testing.assert_allclose(r3.assets["minutes_fire"], [350 / 600, 500 / 600], atol=1e-9)
    # the road cut is computed once per distinct limit (0.3 and 0.6), not per resource
    assert r.travel.limits == [0.3, 0.6]
    with pytest.raises(InputError, match="max_wading_m"):
        compute_access(net, res.assign(max_wading_m=[-1.0, None]), assets, jur, depth_grid=water)


def test_boat_reaches_a_dry_house_by_road_only(tmp_path):
    # a dry house beside the road at x 100: the boat's trailer drives there (100 m = 10 s), no launch
    net, res, assets, jur = layers(
        tmp_path,
        {"id": ["boat1"], "kind": ["boat"], "geometry": [Point(0, 5)]},
        {"population": [2], "geometry": [box(95, 20, 105, 30)]},
    )
    r = compute_access(net, res, assets, jur, depth_grid=lake(), minutes=30.0)
    assert r.assets["minutes_boat"][0] == pytest.approx(10.0 / 60.0, abs=1e-9)


def test_water_graph_corner_steps_count_root_two():
    # 5 x 5 cells of 10 m all 1 m deep: from the corner (0, 0) to (4, 4) is 4 corner steps = 40 √2 m,
    # to (0, 4) 4 edge steps = 40 m, to (2, 4) 2 corner + 2 edge steps
    g = WaterGraph.build(make_grid(np.ones((5, 5)), cellsize=10.0), 0.3)
    s = g.seconds([g.node_of_cell[0]], [0.0], speed_ms=1.0)
    at = s[g.node_of_cell].reshape(5, 5)
    assert at[4, 4] == pytest.approx(40 * SQRT2)
    assert at[0, 4] == pytest.approx(40.0)
    assert at[2, 4] == pytest.approx(20 + 20 * SQRT2)
    # a dry wall in column 2 except the bottom row: around it
    z = np.ones((5, 5))
    z[:4, 2] = 0.0
    g = WaterGraph.build(make_grid(z, cellsize=10.0), 0.3)
    s = g.seconds([g.node_of_cell[0]], [0.0], speed_ms=1.0)
    # by hand, to (0, 3): 8 row moves (down to row 4 and back) and 3 column moves; a corner step does
    # one of each, so at best 3 corner + 5 edge steps, e.g. 0,0 -> 1,1 -> 2,1 -> 3,1 -> 4,2 -> 3,3 ->
    # 2,3 -> 1,3 -> 0,3 = 50 + 30 √2 m
    assert s[g.node_of_cell[3]] == pytest.approx(50 + 30 * SQRT2)


def test_suggest_places_a_boat_on_dry_road_next_to_the_water(tmp_path):
    from floodplan.sim.siting import suggest_from_access

    # the road has a vertex every 50 m; only a fire engine exists, which cannot reach the house in the water
    road = [LineString([(x, 5) for x in range(0, 201, 50)])]
    net, res, assets, jur = layers(
        tmp_path,
        {"id": ["fire1"], "kind": ["fire"], "geometry": [Point(0, 5)]},
        {"population": [4], "geometry": [box(351, 41, 359, 49)]},
        roads=road,
    )
    r = compute_access(net, res, assets, jur, depth_grid=lake(), minutes=30.0)
    assert not r.assets["covered"][0]
    sites, summary = suggest_from_access(r, "boat", 1, minutes=15.0, depth_grid=lake())
    # candidates: dry nodes within 100 m of the water (cell centres x 105 and 155 against the water's
    # first cell centre x 205); x 0 and 50 are farther, x 200 stands in the water
    assert summary["candidates"] == 2
    x = sites.geometry.iloc[0].x
    assert x in (100.0, 150.0)
    # from x 150: 40 m to the last road cell (4 s), the launch (300 s), 162.43 m over the water (73.09 s):
    # 6.3 minutes, within 15; from x 100: 9 s more
    assert summary["covered_population"] == 4.0
    # a fire station in the same place would not help: the house stands in 1 m of water
    _, fire = suggest_from_access(r, "fire", 1, minutes=15.0, depth_grid=lake())
    assert fire["covered_population"] == 0.0
