"""Road network: joining, speeds, closed roads, countries and crossings, flooded pieces, snapping.

Every expected value is worked out by hand in the test from the geometry (metres) and speeds (km/h).
"""

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import LineString, box

from floodplan.errors import InputError
from floodplan.sim.network import RoadNetwork
from floodplan.testing import TEST_CRS, make_grid, two_countries, write_read


def roads_layer(rows, tmp_path):
    return write_read(gpd.GeoDataFrame(rows, crs=TEST_CRS), tmp_path, "roads")


def jurisdictions_layer(tmp_path):
    # Alpha (country A) west of x = 1500 m, Beta (country B) east of it
    return two_countries(tmp_path, 1500, (-500, -1500, 6500, 1500))


def test_vertices_within_one_metre_join_and_speeds(tmp_path):
    roads = roads_layer(
        {
            "speed_kmh": [36.0, 72.0, None],
            "geometry": [
                LineString([(0, 0), (50, 0), (100, 0)]),
                # shares the vertex (50, 0) within 0.6 m: the two roads cross there
                LineString([(50, -100), (50, 0.6), (50, 100)]),
                # starts 0.5 m from the first road's end: joined; no speed -> 50 km/h
                LineString([(100.5, 0), (200.5, 0)]),
            ],
        },
        tmp_path,
    )
    net = RoadNetwork.build(roads)
    # 3 + 3 + 2 vertices, two pairs merged -> 6 nodes; 2 + 2 + 1 segments
    assert net.n_nodes == 6
    assert net.n_edges == 5
    assert net.n_components == 1
    # 50 m at 36 km/h = 10 m/s -> 5 s; 100 m at 50 km/h = 13.889 m/s -> 7.2 s
    by_piece = {p: np.sort(net.edge_seconds[net.edge_piece == p]) for p in range(3)}
    np.testing.assert_allclose(by_piece[0], [5.0, 5.0])
    # lengths are the segments' own (joining moves no distance): 99.4 m and 100.6 m at 72 km/h = 20 m/s
    np.testing.assert_allclose(by_piece[1], [99.4 / 20, 100.6 / 20])
    np.testing.assert_allclose(by_piece[2], [100.0 / (50 / 3.6)])  # 100 m at the default 50 km/h


def test_gap_wider_than_tolerance_gives_disconnected_pieces_reported(tmp_path):
    roads = roads_layer(
        {"geometry": [LineString([(0, 0), (100, 0)]), LineString([(102, 0), (200, 0)])]}, tmp_path
    )
    net = RoadNetwork.build(roads)
    assert net.n_components == 2
    assert any("2 disconnected pieces" in n for n in net.notes)


def test_closed_roads_left_out(tmp_path):
    roads = roads_layer(
        {
            "closed": ["true", "false"],
            "geometry": [LineString([(0, 0), (100, 0)]), LineString([(100, 0), (200, 0)])],
        },
        tmp_path,
    )
    net = RoadNetwork.build(roads)
    assert net.n_pieces == 1 and net.n_edges == 1
    assert any("1 closed road" in n for n in net.notes)


def test_border_crossing_found_and_delayed(tmp_path):
    jur = jurisdictions_layer(tmp_path)
    roads = roads_layer(
        {
            "speed_kmh": [60.0, 60.0],
            "geometry": [LineString([(0, 0), (1400, 0)]), LineString([(1400, 0), (1600, 0), (3000, 0)])],
        },
        tmp_path,
    )
    net = RoadNetwork.build(roads, jur, crossing_delay_min=2.0)
    assert net.countries == ["A", "B"]
    # only the segment (1400, 0)-(1600, 0) has its ends in two countries
    assert net.edge_crossing.sum() == 1
    k = np.nonzero(net.edge_crossing)[0][0]
    # 200 m at 60 km/h = 12 s, plus the 2-minute border delay
    assert net.edge_seconds[k] == pytest.approx(12.0 + 120.0)
    assert list(net.pieces["country"]) == ["A", "B"]  # the second piece's midpoint is at x = 2200


def test_cut_flooded_samples_the_whole_piece(tmp_path):
    roads = roads_layer(
        {"geometry": [LineString([(0, 0), (1000, 0)]), LineString([(0, 500), (1000, 500)])]}, tmp_path
    )
    net = RoadNetwork.build(roads)
    # 10 m cells from x = -100 to 1100, y = 600 down to -100 (row 0 at the top)
    z = np.zeros((70, 120))
    # water 0.5 m deep only at x in [950, 960) under the first road, far from its midpoint
    z[60, 105] = 0.5  # row 60: y in [-10, 0)... the road at y = 0 lies on its top edge
    z[59, 105] = 0.5  # row 59: y in [0, 10)
    # water exactly at the wading limit (not above) under the second road
    z[10, 60] = 0.3
    depth = make_grid(z, cellsize=10.0, x0=-100.0, y0=600.0, crs=roads.crs)
    blocked = net.cut_flooded(depth, 0.3)
    assert blocked.tolist() == [True, False]
    # a lower limit cuts the second too
    assert net.cut_flooded(depth, 0.2).tolist() == [True, True]


def test_cut_splits_a_road_where_the_water_edge_crosses_it(tmp_path):
    """Only the flooded stretch is cut: the water's edges are the cell borders the road crosses."""
    roads = roads_layer(
        {
            "geometry": [
                LineString([(0, 5), (1000, 5)]),  # one straight segment
                LineString([(0, 305), (500, 305), (1000, 305)]),  # two segments, one vertex at 500
                LineString([(-50, 605), (1000, 605)]),  # starts west of the grid
            ]
        },
        tmp_path,
    )
    net = RoadNetwork.build(roads)
    # 10 m cells, x 0..1000, y 700 down to 0; water 1 m deep in x [400, 600) across every road, and a
    # 0.2 m puddle (under the 0.3 m limit) at x [100, 110)
    z = np.zeros((70, 100))
    z[:, 40:60] = 1.0
    z[:, 10] = 0.2
    depth = make_grid(z, cellsize=10.0, x0=0.0, y0=700.0, crs=roads.crs)
    cut = net.cut_flooded(depth, 0.3)
    assert cut.tolist() == [True, True, True]
    lo, hi = net.edge_wet(cut)
    e0 = np.flatnonzero(net.edge_piece == 0)[0]
    # by hand: the road enters the water at x = 400 (0.4 of 1000 m) and leaves it at x = 600
    assert (lo[e0], hi[e0]) == pytest.approx((0.4, 0.6))
    e1 = np.flatnonzero(net.edge_piece == 1)
    for e in e1:
        # each 500 m half holds 100 m of the water: from 400 to 500 (fractions 0.8-1.0 of 0..500)
        # and from 500 to 600 (0.0-0.2 of 500..1000), whichever way the edge runs
        xa = net.node_xy[net.edge_u[e], 0]
        xb = net.node_xy[net.edge_v[e], 0]
        wet_x = sorted([xa + lo[e] * (xb - xa), xa + min(hi[e], 1.0) * (xb - xa)])
        wet_x = np.clip(wet_x, min(xa, xb), max(xa, xb))
        assert wet_x == pytest.approx([400.0, 500.0] if max(xa, xb) == 500 else [500.0, 600.0])
    e2 = np.flatnonzero(net.edge_piece == 2)[0]
    # 1050 m from x = -50: the water from x = 400 to 600 is 450..650 m along it
    assert (lo[e2], hi[e2]) == pytest.approx((450 / 1050, 650 / 1050))
    # the deeper limit leaves everything open
    assert not net.cut_flooded(depth, 1.0).any()
    # the map shows only the stretches under water: x 400 to 600 on each road
    shown = cut.stretches(net)
    assert len(shown) == 3
    for g in shown.geometry:
        assert g.length == pytest.approx(200.0)
        assert g.bounds[0] == pytest.approx(400.0) and g.bounds[2] == pytest.approx(600.0)
    # a cut keeps its stretches through pickling (results handed between processes)
    import pickle

    again = pickle.loads(pickle.dumps(cut))
    assert np.array_equal(net.edge_wet(again)[0], lo) and again.tolist() == cut.tolist()


def test_snap_to_nearest_point_along_edges(tmp_path):
    roads = roads_layer({"geometry": [LineString([(0, 0), (1000, 0)])]}, tmp_path)
    net = RoadNetwork.build(roads)
    s = net.snap(np.array([[250.0, 30.0], [-40.0, 0.0]]))
    # the first point projects a quarter of the way along, 30 m off; the second beyond the end, 40 m off
    np.testing.assert_allclose(s.fraction, [0.25, 0.0])
    np.testing.assert_allclose(s.distance_m, [30.0, 40.0])


def test_bad_roads_raise_input_error(tmp_path):
    with pytest.raises(InputError, match="'roads' is empty"):
        RoadNetwork.build(gpd.GeoDataFrame({"geometry": []}, crs=TEST_CRS))
    roads = gpd.GeoDataFrame({"speed_kmh": [0.0], "geometry": [LineString([(0, 0), (1, 0)])]}, crs=TEST_CRS)
    with pytest.raises(InputError, match="speed_kmh"):
        RoadNetwork.build(roads)
    jur = gpd.GeoDataFrame({"name": ["x"]}, geometry=[box(0, 0, 1, 1)], crs=TEST_CRS)
    with pytest.raises(InputError, match="'country'"):
        RoadNetwork.build(roads.assign(speed_kmh=50.0), jur)


def random_roads(tmp_path, seed):
    """Random walks on a 50 m lattice (shared vertices make junctions, most vertices only continue a
    road), with a border at x = 1500 m, a closed ring road with no junction, and two parallel pieces
    between the same two points."""
    rng = np.random.default_rng(seed)
    steps = np.array([(50, 0), (-50, 0), (0, 50), (0, -50)])
    lines = []
    for _ in range(80):
        p = rng.integers(0, 40, 2) * 50.0
        pts = [p]
        for _ in range(rng.integers(2, 25)):
            p = p + steps[rng.integers(0, 4)]
            if not np.array_equal(p, pts[-1]) and (len(pts) < 2 or not np.array_equal(p, pts[-2])):
                pts.append(p)
        if len(pts) >= 2:
            lines.append(LineString(pts))
    ring = LineString([(4000, 4000), (4100, 4000), (4100, 4100), (4000, 4100), (4000, 4000)])
    lines += [ring, LineString([(0, -500), (500, -500)]), LineString([(0, -500), (500, -500)])]
    speeds = rng.choice([20.0, 50.0, 90.0], len(lines))
    speeds[-1] = 30.0  # the slower of the two parallel pieces
    roads = roads_layer({"speed_kmh": speeds, "geometry": lines}, tmp_path)
    jur = two_countries(tmp_path, 1500, (-1000, -1000, 5000, 5000))
    return roads, jur


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_contracted_travel_times_equal_whole_graph(tmp_path, seed):
    """Dijkstra on the junctions (chains contracted) gives Dijkstra on every node's times: the
    reference is scipy's Dijkstra on the whole graph, the path the engine took before contraction."""
    from floodplan.sim.access import node_seconds

    roads, jur = random_roads(tmp_path, seed)
    net = RoadNetwork.build(roads, jur, crossing_delay_min=1.0)
    ch = net._chains
    # the contraction must actually remove most nodes, or it is no speed-up
    assert ch.n_junctions < 0.7 * net.n_nodes
    rng = np.random.default_rng(seed + 10)
    pts = rng.uniform(0, 2000, (6, 2))
    pts[0] = (4050, 4000)  # on the ring road
    snap = net.snap(pts)
    src_country = net.node_country[snap.node]
    blocked = rng.random(net.n_pieces) < 0.2
    # a flood on 30 m cells cuts only stretches of roads (chains are then partly passable)
    wet = make_grid((rng.random((180, 180)) < 0.04) * 1.0, cellsize=30.0, x0=-500.0, y0=4900.0, crs=roads.crs)
    cut = net.cut_flooded(wet, 0.3)
    assert cut.any() and not cut.all()
    cases = [
        dict(blocked_pieces=None, country_restrict=None),
        dict(blocked_pieces=blocked, country_restrict=None),
        dict(blocked_pieces=cut, country_restrict=None),
        dict(blocked_pieces=cut, country_restrict="own", source_country=src_country),
        dict(blocked_pieces=cut.close(net, blocked[::-1]), country_restrict="A"),
        dict(blocked_pieces=blocked, country_restrict="own", source_country=src_country),
        dict(blocked_pieces=blocked, country_restrict="A"),
        dict(blocked_pieces=None, country_restrict=None, limit_s=120.0),
    ]
    for kw in cases:
        fast = node_seconds(net, snap, **kw)
        ref = node_seconds(net, snap, contracted=False, **kw)
        assert np.array_equal(np.isinf(fast), np.isinf(ref)), kw
        assert np.isfinite(ref).sum() > 5, kw  # the case reaches somewhere
        np.testing.assert_allclose(fast[np.isfinite(ref)], ref[np.isfinite(ref)], rtol=1e-9, atol=1e-6)
    # sources given as node ids, chain vertices and junctions alike
    ids = rng.choice(net.n_nodes, 5, replace=False)
    for kw in [c for c in cases if c["country_restrict"] != "own"]:
        fast = node_seconds(net, ids, **kw)
        ref = node_seconds(net, ids, contracted=False, **kw)
        assert np.array_equal(np.isinf(fast), np.isinf(ref)), kw
        np.testing.assert_allclose(fast[np.isfinite(ref)], ref[np.isfinite(ref)], rtol=1e-9, atol=1e-6)


def test_ring_without_junction_and_parallel_pieces(tmp_path):
    from floodplan.sim.access import node_seconds

    roads = roads_layer(
        {
            "speed_kmh": [36.0, 36.0, 18.0],
            "geometry": [
                # a closed ring, 400 m round, no other road: 10 m/s -> 40 s round
                LineString([(0, 0), (100, 0), (100, 100), (0, 100), (0, 0)]),
                # two pieces between the same two points (500 m): 50 s at 36 km/h, 100 s at 18 km/h
                LineString([(0, -500), (500, -500)]),
                LineString([(0, -500), (250, -500), (500, -500)]),
            ],
        },
        tmp_path,
    )
    net = RoadNetwork.build(roads)
    start = int(np.argmin(np.hypot(net.node_xy[:, 0], net.node_xy[:, 1])))
    t = node_seconds(net, [start])
    far = int(np.argmin(np.hypot(net.node_xy[:, 0] - 100, net.node_xy[:, 1] - 100)))
    # the opposite corner of the ring is half way round either way: 200 m at 10 m/s
    assert t[far] == pytest.approx(20.0)
    a = int(np.argmin(np.hypot(net.node_xy[:, 0], net.node_xy[:, 1] + 500)))
    b = int(np.argmin(np.hypot(net.node_xy[:, 0] - 500, net.node_xy[:, 1] + 500)))
    assert node_seconds(net, [a])[b] == pytest.approx(50.0)  # the quicker piece
    # with the quicker piece flooded, the slower parallel piece still gets through: 500 m at 5 m/s
    for contracted in (True, False):
        t2 = node_seconds(net, [a], blocked_pieces=np.array([False, True, False]), contracted=contracted)
        assert t2[b] == pytest.approx(100.0)
