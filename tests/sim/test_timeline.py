"""Coverage timeline and first arrival on the small synthetic valley (floodplan.testing.small_valley_project).

Geometry used by the hand calculations (see small_valley_project's docstring): 10 m cells, river row 30
(ground 100 m, rising 1 m per cell away from it), the east-west roads on rows 24 and 36 (ground 106 m),
the only river crossing is the bridge piece at x = 500500 (column 50) with deck_m 104, resources F1
(fire) and A1 (ambulance) on the north road, F2 (fire) on the south road; 18 buildings of 10 people on
each bank (N = 180 people, S = 180 people). Speeds 30 km/h = 500 m/min: every road trip here is under
5 minutes, so every building connected to a resource's road is covered (fire 10 min, ambulance 15 min).
"""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import Point, box

from floodplan.sim.access import AccessInputs
from floodplan.sim.footprints import AssetCells
from floodplan.sim.network import RoadNetwork
from floodplan.sim.timeline import coverage_timeline, first_arrival
from floodplan.testing import make_grid, small_valley_project


@pytest.fixture(scope="module")
def setup():
    p = small_valley_project()
    roads = p.combined("roads")
    jur = p.combined("jurisdictions")
    net = RoadNetwork.build(roads, jur)
    for col in ("bridge", "deck_m"):  # as the runner does: bridges are judged against their deck
        net.pieces[col] = roads[col].to_numpy()[net.pieces["road_index"].to_numpy()]
    res = p.combined("resources")
    res = res[res["id"] != "F2"].reset_index(drop=True)  # no responder on the south bank
    responders = res[~res["kind"].isin(["shelter"])].reset_index(drop=True)
    inputs = AccessInputs.prepare(net, responders, p.combined("assets"), jur, p.dem)
    return p, net, inputs


def _water_over_bridge(dem, surface_m):
    """Depth (m) giving a flat water surface at ``surface_m`` over the river rows 26..34 of the bridge's
    two columns (49, 50), dry elsewhere; the roads on rows 24 and 36 stay dry."""
    d = np.zeros(dem.shape)
    rows = slice(26, 35)
    d[rows, 49:51] = np.maximum(surface_m - dem.z[rows, 49:51], 0.0)
    return dem.like(d)


def test_bridge_closes_and_south_loses_coverage(setup):
    p, net, inputs = setup
    dem = p.dem
    depths = {
        0.0: dem.like(np.zeros(dem.shape)),
        60.0: _water_over_bridge(dem, 104.2),  # 0.2 m above the deck: still passable (limit 0.3 m)
        120.0: _water_over_bridge(dem, 105.0),  # 1.0 m above the deck: closed
    }
    tl = coverage_timeline(
        net, inputs, depths, minutes={"fire": 10, "ambulance": 15}, max_depth_m=0.3, terrain=dem
    )
    assert list(tl["minute"]) == [0.0, 60.0, 120.0]
    # only the bridge closes, and only once the surface stands more than 0.3 m above its 104 m deck
    assert list(tl["closed_pieces"]) == [0, 0, 1]
    # joint: A1 crosses the bridge to the 180 southern people until it closes; then nobody reaches them
    assert list(tl["covered_joint_S"]) == [180.0, 180.0, 0.0]
    assert list(tl["gap_joint_S"]) == [0.0, 0.0, 180.0]
    assert list(tl["covered_joint_N"]) == [180.0, 180.0, 180.0]
    # national: S has no responder of its own at all
    assert list(tl["covered_national_S"]) == [0.0, 0.0, 0.0]
    assert list(tl["population_S"]) == [180.0] * 3
    # flooded area: 9 rows x 2 columns of 100 m2 cells where the surface is above the ground
    z = dem.z[26:35, 49:51]
    assert tl["flooded_area_m2"].iloc[2] == pytest.approx(np.count_nonzero(105.0 - z > 0.01) * 100.0)


def test_without_terrain_the_depth_alone_closes_the_bridge(setup):
    # with no bed elevation the deck cannot be judged: 4.2 m of water on the bridge's cells closes it
    p, net, inputs = setup
    dem = p.dem
    tl = coverage_timeline(net, inputs, {0.0: _water_over_bridge(dem, 104.2)}, minutes=15)
    assert tl["closed_pieces"].iloc[0] == 1
    assert tl["covered_joint_S"].iloc[0] == 0.0


def test_inputs_per_minute_and_closed_pieces(setup):
    # a mapping minute -> AccessInputs: at 60 F2 is back on the south road, so S is covered again
    p, net, inputs = setup
    jur = p.combined("jurisdictions")
    res = p.combined("resources")
    with_f2 = AccessInputs.prepare(
        net, res[res["kind"] == "fire"].reset_index(drop=True), p.combined("assets"), jur, p.dem
    )
    dry = p.dem.like(np.zeros(p.dem.shape))
    bridge = net.pieces["bridge"].to_numpy(dtype=bool)
    tl = coverage_timeline(
        net,
        {0.0: inputs, 60.0: with_f2},
        {0.0: dry, 60.0: dry},
        minutes=15,
        closed_pieces={0.0: bridge, 60.0: bridge},
    )
    assert list(tl["closed_pieces"]) == [1, 1]
    assert list(tl["covered_joint_S"]) == [0.0, 180.0]
    assert list(tl["covered_national_S"]) == [0.0, 180.0]


def test_first_arrival_is_the_minimum_over_the_cells():
    import geopandas as gpd

    g = make_grid(np.zeros((4, 4)), 10.0)
    arr = np.full((4, 4), np.nan)
    arr[0, 0], arr[0, 1], arr[1, 1] = 50.0, 30.0, 70.0  # (1, 0) never wet
    arr[3, 3] = 12.5
    x0, y0 = 500000.0, 5600000.0
    assets = gpd.GeoDataFrame(
        geometry=[
            box(x0 + 1, y0 - 19, x0 + 19, y0 - 1),  # the 2 x 2 cells top left: min(50, 30, NaN, 70) = 30
            Point(x0 + 35, y0 - 35),  # cell (3, 3): 12.5
            Point(x0 + 25, y0 - 5),  # cell (0, 2): never reached
        ],
        crs=g.crs,
    )
    out = first_arrival(AssetCells.build(assets, g), g.like(arr))
    assert out[0] == 30.0
    assert out[1] == 12.5
    assert np.isnan(out[2])
