"""Travel times and coverage on a small hand-made valley whose answers are worked out here.

Layout (metres, all roads 60 km/h = 1000 m per minute; the border is the line x = 1500):

    (0,1000) ---- R5 detour ---- (1000,1000)
       |                            |
    a (0,0) --R1-- b (1000,0) --R2-- c (1400,0) --R3 (crossing)-- d (1600,0) ------R4------ e (6000,0)
    Alpha (country A): x < 1500                         Beta (country B): x > 1500

Resources: fire "fa" at a (Alpha), fire "fb" at e (Beta), ambulance "am" at e.
Assets (points): H1 at (1000, -20), 10 people, Alpha (nearest road point b);
H2 at (2000, 20), 100 people, Beta (400 m past d towards e); H3 at (5900, 20), 5 people, Beta.
Node minutes from fa: a 0, b 1, c 1.4, d 1.6, e 6.0; from fb: e 0, d 4.4, c 4.6, b 5.0, a 6.0.
"""

import numpy as np
import pytest
from shapely.geometry import Point

from floodplan.errors import InputError
from floodplan.sim.access import AccessInputs, compute_access, travel_minutes
from floodplan.testing import hand_valley, make_grid

valley = hand_valley

TARGET = 3.2  # minutes


def test_travel_minutes_from_nodes(tmp_path):
    net, *_ = valley(tmp_path)
    a = int(np.argmin(np.hypot(*net.node_xy.T)))
    m = travel_minutes(net, [a])
    x = net.node_xy[:, 0]
    y = net.node_xy[:, 1]
    on_main = y == 0
    # along the straight main road the time is the distance at 1000 m/min
    np.testing.assert_allclose(m[on_main], x[on_main] / 1000.0)
    # national: travel stays in A, so Beta's nodes d and e are unreachable
    mA = travel_minutes(net, [a], country_restrict="A")
    assert np.isinf(mA[x >= 1600]).all()
    assert mA[(x == 1400) & on_main][0] == pytest.approx(1.4)


def test_joint_and_national_fire(tmp_path):
    net, res, assets, jur = valley(tmp_path)
    joint = compute_access(net, res, assets, jur, mode="joint", minutes=TARGET, kind="fire")
    # H1: fa 1.0 (fb 5.0); H2: fa 1.6 + 0.4 = 2.0 (fb 4.4 - 0.4 = 4.0); H3: fb 0.1
    np.testing.assert_allclose(joint.assets["minutes"], [1.0, 2.0, 0.1], atol=1e-9)
    assert joint.assets["covered"].tolist() == [True, True, True]
    national = compute_access(net, res, assets, jur, mode="national", minutes=TARGET, kind="fire")
    # Beta's H2 may only be served by fb: 4.0 minutes > 3.2
    np.testing.assert_allclose(national.assets["minutes"], [1.0, 4.0, 0.1], atol=1e-9)
    assert national.assets["covered"].tolist() == [True, False, True]
    s = national.summary
    assert set(s) >= {"mode", "minutes", "jurisdictions", "countries"}
    assert s["mode"] == "national" and s["minutes"] == TARGET
    assert s["countries"]["B"] == {
        "assets": 2,
        "population": 105.0,
        "covered_population": 5.0,
        "gap_population": 100.0,
    }
    assert s["jurisdictions"]["Alpha"]["gap_population"] == 0.0
    assert joint.summary["countries"]["B"]["covered_population"] == 105.0
    assert list(joint.assets["jurisdiction"]) == ["Alpha", "Beta", "Beta"]
    assert list(joint.assets["country"]) == ["A", "B", "B"]


def test_border_crossing_delay(tmp_path):
    net, res, assets, jur = valley(tmp_path, crossing_delay_min=1.5)
    joint = compute_access(net, res, assets, jur, mode="joint", minutes=TARGET, kind="fire")
    # H2 from fa: 2.0 + 1.5 minutes at the border = 3.5 > 3.2; fb 4.0 -> 3.5, not covered
    assert joint.assets["minutes"][1] == pytest.approx(3.5)
    assert joint.assets["covered"].tolist() == [True, False, True]
    # H1 from fb would cross too: 5.0 + 1.5 = 6.5 but fa is at 1.0
    assert joint.assets["minutes"][0] == pytest.approx(1.0)


def test_cross_border_false_stays_national(tmp_path):
    net, res, assets, jur = valley(tmp_path, fa_cross_border=False)
    joint = compute_access(net, res, assets, jur, mode="joint", minutes=TARGET, kind="fire")
    # fa neither serves Beta nor drives through it: H2 only from fb, 4.0
    np.testing.assert_allclose(joint.assets["minutes"], [1.0, 4.0, 0.1], atol=1e-9)
    assert joint.summary["countries"]["B"]["gap_population"] == 100.0


def test_flooded_piece_cuts_route(tmp_path):
    net, res, assets, jur = valley(tmp_path)
    # 50 m cells over x -500..6500, y 1500..-1500; water 0.5 m deep over R1 at x 400-600 only
    z = np.zeros((60, 140))
    rows = slice(28, 32)  # y from 100 down to -100
    cols = slice(18, 22)  # x from 400 to 600
    z[rows, cols] = 0.5
    depth = make_grid(z, cellsize=50.0, x0=-500.0, y0=1500.0, crs=net.crs)
    joint = compute_access(net, res, assets, jur, depth_grid=depth, mode="joint", minutes=TARGET, kind="fire")
    assert joint.blocked_pieces.tolist() == [True, False, False, False, False]
    # fa must take the 3000 m detour R5 to b: H1 3.0 (covered), H2 3.0 + 1.0 = 4.0 (fb 4.0): not covered
    np.testing.assert_allclose(joint.assets["minutes"], [3.0, 4.0, 0.1], atol=1e-9)
    assert joint.assets["covered"].tolist() == [True, False, True]
    np.testing.assert_allclose(joint.assets["depth_m"], [0.0, 0.0, 0.0])
    # the same with the wading limit above the water: nothing cut
    dry = compute_access(
        net, res, assets, jur, depth_grid=depth, max_depth_m=0.6, minutes=TARGET, kind="fire"
    )
    assert not dry.blocked_pieces.any()


def test_partly_flooded_road_keeps_its_dry_ends(tmp_path):
    """A long road flooded in its middle is cut only there (CONTRACT, access (added)): the houses on
    its dry ends stay reachable from their own side. Expected minutes by hand at 1000 m per minute."""
    net, res, assets, jur = valley(tmp_path)
    # water 0.5 m deep over R4 (d (1600, 0) to e (6000, 0), one straight 4400 m segment) from x = 3000
    # to x = 3500 only: 50 m cells, columns 70-79 (x -500 + 50 * col), rows 28-31 (y 100 to -100)
    z = np.zeros((60, 140))
    z[28:32, 70:80] = 0.5
    depth = make_grid(z, cellsize=50.0, x0=-500.0, y0=1500.0, crs=net.crs)
    joint = compute_access(net, res, assets, jur, depth_grid=depth, mode="joint", minutes=TARGET, kind="fire")
    assert joint.blocked_pieces.tolist() == [False, False, False, True, False]
    # H1 (b): fa 1.0. H2 (x 2000, west of the water): fa over a-b-c-d to x 2000 = 2.0 (fb's way is
    # under water). H3 (x 5900, east of it): fb from e, 100 m = 0.1. Cutting R4 whole (as before)
    # left H2 and H3 unreachable by fire.
    np.testing.assert_allclose(joint.assets["minutes"], [1.0, 2.0, 0.1], atol=1e-9)
    assert joint.assets["covered"].tolist() == [True, True, True]
    # national: fa stays in Alpha and fb cannot cross the water to H2
    national = compute_access(
        net, res, assets, jur, depth_grid=depth, mode="national", minutes=TARGET, kind="fire"
    )
    m = national.assets["minutes"].to_numpy()
    assert np.isnan(m[1])
    np.testing.assert_allclose(m[[0, 2]], [1.0, 0.1], atol=1e-9)
    # a fire engine standing on the dry east part (x 4000) drives to H3 along R4: 1.9; H2 beyond the
    # water only by fa
    res2 = res.copy()
    res2.loc[1, "geometry"] = Point(4000, 0)
    r = compute_access(net, res2, assets, jur, depth_grid=depth, minutes=TARGET, kind="fire")
    np.testing.assert_allclose(r.assets["minutes"], [1.0, 2.0, 1.9], atol=1e-9)
    # a fire engine standing in the water (x 3200) reaches nobody by road
    res3 = res.copy()
    res3 = res3[res3["id"] == "fb"].copy()
    res3.loc[1, "geometry"] = Point(3200, 0)
    r = compute_access(net, res3, assets, jur, depth_grid=depth, minutes=TARGET, kind="fire")
    assert r.assets["minutes"].isna().all()


def test_closed_road_same_as_cut(tmp_path):
    net, res, assets, jur = valley(tmp_path, closed_r1=True)
    r = compute_access(net, res, assets, jur, minutes=TARGET, kind="fire")
    np.testing.assert_allclose(r.assets["minutes"], [3.0, 4.0, 0.1], atol=1e-9)


def test_per_kind_targets_and_pooled_coverage(tmp_path):
    net, res, assets, jur = valley(tmp_path)
    inputs = AccessInputs.prepare(net, res, assets, jur)
    # fire 2.5 min, ambulance (only at e) 1.0 min
    r = compute_access(net, None, None, None, minutes={"fire": 2.5, "ambulance": 1.0}, inputs=inputs)
    assert r.targets == {"ambulance": 1.0, "fire": 2.5}
    # ambulance from e: H1 6.0 - 1.0 = 5.0, H2 4.0, H3 0.1
    np.testing.assert_allclose(r.assets["minutes_ambulance"], [5.0, 4.0, 0.1], atol=1e-9)
    assert r.assets["covered_ambulance"].tolist() == [False, False, True]
    assert r.assets["covered_fire"].tolist() == [True, True, True]
    assert r.summary["kinds"]["ambulance"]["countries"]["A"]["gap_population"] == 10.0
    # an asset is covered when some kind reaches it in its own target time
    assert r.assets["covered"].tolist() == [True, True, True]
    # defaults when minutes=None: fire 10, ambulance 15
    d = compute_access(net, None, None, None, minutes=None, inputs=inputs)
    assert d.targets == {"ambulance": 15.0, "fire": 10.0}


def test_asset_on_same_edge_as_resource(tmp_path):
    net, res, assets, jur = valley(tmp_path)
    # a fire engine standing at x = 3000 on R4 reaches H2 (x = 2000) directly: 1.0 minute
    res2 = res.copy()
    res2.loc[1, "geometry"] = Point(3000, 0)
    r = compute_access(net, res2, assets, jur, mode="national", minutes=TARGET, kind="fire")
    np.testing.assert_allclose(r.assets["minutes"], [1.0, 1.0, 2.9], atol=1e-9)


def test_resource_and_asset_far_from_roads(tmp_path):
    """CONTRACT access (added): a resource or asset farther than --max-snap-m (default 500 m) from the
    nearest road is unreachable and never covered, and a note names it."""
    net, res, assets, jur = valley(tmp_path)
    res2 = res.copy()
    res2.loc[0, "geometry"] = Point(0, -900)  # fa 900 m south of a
    r = compute_access(net, res2, assets, jur, minutes=TARGET, kind="fire")
    assert any("more than 500 m from the nearest road (fa;" in n for n in r.notes)
    # fa reaches nobody: only fb from e, H1 6.0 - 1.0 = 5.0, H2 4.0, H3 0.1 (by hand, 1000 m/min)
    np.testing.assert_allclose(r.assets["minutes"], [5.0, 4.0, 0.1], atol=1e-9)
    # with a larger snap distance fa's travel starts at a, as it would from the road: 1.0, 2.0, 0.1
    r = compute_access(net, res2, assets, jur, minutes=TARGET, kind="fire", max_snap_m=1000.0)
    np.testing.assert_allclose(r.assets["minutes"], [1.0, 2.0, 0.1], atol=1e-9)
    # a building 600 m from every road (x 3000, y 600) is never covered, even by a station beside it
    far = assets.copy()
    far.loc[2, "geometry"] = Point(3000, 600)
    res3 = res.copy()
    res3.loc[1, "geometry"] = Point(3000, 590)  # fb 590 m from the road as well: reaches nobody
    r = compute_access(net, res3, far, jur, minutes=TARGET, kind="fire")
    assert np.isnan(r.assets["minutes"][2]) and not r.assets["covered"][2]
    assert any("layer 'assets': 1 building(s) lie more than 500 m" in n for n in r.notes)
    # the engine speaks the user's terms; the command line names its option instead (field -> --max-snap-m)
    with pytest.raises(InputError, match="the snap distance must be more than 0 m") as info:
        compute_access(net, res, assets, jur, max_snap_m=0.0)
    assert info.value.field == "max_snap_m" and info.value.in_terms("--max-snap-m").startswith(
        "--max-snap-m "
    )


def test_latlon_swapped_stations_cover_nobody(tmp_path):
    """Stations typed with latitude and longitude swapped land thousands of km away (case
    13-latlon-swapped): they must not cover anyone from the nearest road end."""
    net, res, assets, jur = valley(tmp_path)
    swapped = res.copy()
    swapped["geometry"] = [Point(5_400_000.0 + 10 * i, 0.0) for i in range(len(res))]
    r = compute_access(net, swapped, assets, jur, minutes=TARGET)
    assert r.assets["minutes"].isna().all() and not r.assets["covered"].any()
    assert any("reach nobody" in n and "fa, fb, am" in n for n in r.notes)


def test_unreachable_asset_has_no_minutes(tmp_path):
    net, res, assets, jur = valley(tmp_path)
    only_b = res[res["id"] == "fb"]
    r = compute_access(net, only_b, assets, jur, mode="national", minutes=TARGET)
    # fb cannot leave Beta, H1 lies in Alpha
    assert np.isnan(r.assets["minutes"][0])
    assert not r.assets["covered"][0]
    assert any("cannot be reached" in n for n in r.notes)


def test_bad_inputs(tmp_path):
    net, res, assets, jur = valley(tmp_path)
    with pytest.raises(InputError, match="'assets' is empty"):
        compute_access(net, res, assets.iloc[0:0], jur)
    with pytest.raises(InputError, match="attribute 'kind'"):
        compute_access(net, res.drop(columns="kind"), assets, jur)
    with pytest.raises(InputError, match="attribute 'name'"):
        compute_access(net, res, assets, jur.drop(columns="name"))
    with pytest.raises(InputError, match="attribute 'country'"):
        compute_access(net, res, assets, jur.drop(columns="country"))
    with pytest.raises(InputError, match="no resource of kind 'pump'"):
        compute_access(net, res, assets, jur, kind="pump")
    with pytest.raises(InputError, match="mode"):
        compute_access(net, res, assets, jur, mode="both")
    # a missing population counts 0 people and says so
    r = compute_access(net, res, assets.drop(columns="population"), jur)
    assert r.summary["countries"]["B"]["population"] == 0.0
    assert any("no attribute 'population'" in n for n in r.notes)


def test_a_dry_house_whose_road_point_is_under_water_is_not_reached(tmp_path):
    """Issue 19 item 3: an asset's road access point must itself be passable. A dry house at (3200, 40)
    whose nearest road point (3200, 0) lies in a 0.5 m deep stretch of R4 (x 3000-3500, only the road's
    own 50 m cells are wet) is reached by no vehicle of 0.3 m, from either side; a 0.6 m one drives in."""
    net, res, assets, jur = valley(tmp_path)
    a = assets.copy()
    a.loc[2, "geometry"] = Point(3200, 40)
    # 50 m cells: the road on y = 0 falls in row 30 (y -50..0, its top edge); the house at y = 40 in the
    # dry row 29
    z = np.zeros((60, 140))
    z[30, 70:80] = 0.5
    depth = make_grid(z, cellsize=50.0, x0=-500.0, y0=1500.0, crs=net.crs)
    r = compute_access(net, res, a, jur, depth_grid=depth, minutes=TARGET, kind="fire")
    assert r.assets["depth_m"][2] == 0.0
    assert np.isnan(r.assets["minutes"][2])
    # fire engines that wade 0.6 m: fa from a over d (1.6) and 1600 m along R4 = 3.2 min; fb from e 2.8
    r = compute_access(net, res, a, jur, depth_grid=depth, minutes=TARGET, kind="fire", wading={"fire": 0.6})
    assert r.assets["minutes"][2] == pytest.approx(2.8, abs=1e-9)
