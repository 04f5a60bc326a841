"""Tabletop exercises on the small synthetic valley (see tests/sim/test_timeline.py for its geometry).

The exercise: 80 m3/s enter at the river's west end for 60 minutes (2.88e5 m3), the fire station F2 on
the south bank is out of service from minute 0, the ambulance A1 is sent across to the south road at
minute 100. Until the bridge closes A1 reaches the south bank over it; after that the south bank has
no responder until the decision puts A1 there.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point

from floodplan.errors import InputError
from floodplan.model.commands import SetAttributes
from floodplan.model.scenario import Scenario
from floodplan.sim.tabletop import Decision, Exercise, Inject, Tabletop, apply_to_resources, decision_command
from floodplan.testing import small_valley_project

X0, Y0 = 500000.0, 5600000.0
YR = Y0 - 30.5 * 10  # river line
XM = X0 + 500.0  # bridge
DECK_M, LIMIT_M = 104.0, 0.3


def _tabletop():
    return {
        "start": "2025-04-12T06:00",
        "duration_minutes": 120,
        "step_minutes": 20,
        "inflow": {"x": X0 + 5, "y": YR, "hydrograph": [[0, 80], [60, 80], [61, 0]]},
        "injects": [
            {
                "minute": 0,
                "kind": "out_of_service",
                "target": "F2",
                "text": {"en": "F2 down", "de": "F2 fällt aus"},
            },
            {"minute": 40, "kind": "message", "text": "Water rising"},
        ],
        "decisions": [
            {
                "minute": 100,
                "kind": "send_resource",
                "resource": "A1",
                "to": [XM, YR - 60],
                "text": "A1 south",
            }
        ],
    }


def _project():
    p = small_valley_project()
    # the first building of the north bank's near row (3 cells from the river, ground 103 m) is a care home
    b = p.layer("buildings").data
    fid = b.index[(b.geometry.centroid.y > YR) & (b.geometry.centroid.y < YR + 40)][0]
    p.stack.push(SetAttributes("buildings", fid, {"kind": "care_home"}))
    p.set_scenario(Scenario("drill", flood="dynamic", tabletop=_tabletop()))
    return p


@pytest.fixture(scope="module")
def stepped():
    """Step an exercise by hand, recording the state and the water surface over the bridge each step."""
    p = _project()
    ex = Exercise(p, "drill")
    rows, cols = ex.grid.shape
    col = int(ex.grid.rowcol(XM + 1.0, YR)[1])  # the bridge's column of cells
    r_lo, r_hi = int(ex.grid.rowcol(XM, YR + 60)[0]), int(ex.grid.rowcol(XM, YR - 60)[0])
    out = []
    for t in ex.tabletop.step_times():
        ex.advance_to(t)
        surface = np.nanmax(
            (ex.model.terrain + np.where(ex.model.depth > 0, ex.model.depth, -np.inf))[
                r_lo : r_hi + 1, col - 1 : col + 1
            ]
        )
        out.append((t, surface, ex.state()))
    return p, ex, out


def test_bridge_closes_when_the_water_passes_the_limit_over_the_deck(stepped):
    _, _, out = stepped
    # expected from the model's own water surface over the bridge cells: closed once it stands more than
    # 0.3 m above the 104 m deck (the roads themselves, on 106 m ground, stay below 0.3 m of water)
    expect_closed = [s > DECK_M + LIMIT_M for _, s, _ in out]
    assert any(expect_closed) and not expect_closed[0]  # the exercise must show the closure
    got_closed = [bool(len(st.closed_roads)) for _, _, st in out]
    assert got_closed == expect_closed
    for (_t, _s, st), closed in zip(out, expect_closed, strict=True):
        before_decision = st.minute < 100
        # joint: the 180 people in S reached over the bridge while it is open; nobody once it closes, until
        # A1 is sent over at minute 100. A building standing in water deeper than the ambulance's 0.3 m
        # wading limit is not reached by road (CONTRACT "Response by kind"), so its people drop out once
        # the water reaches them.
        a = st.access["joint"].assets
        in_s = a["country"].to_numpy() == "S"
        reachable = float(a["population"][in_s & ~(a["depth_m"].to_numpy() > LIMIT_M)].sum())
        assert float(a["population"][in_s].sum()) == 180.0
        if before_decision:
            assert st.coverage["joint"]["S"]["covered_population"] == (0.0 if closed else reachable)
            assert st.coverage["national"]["S"]["covered_population"] == 0.0
        else:
            assert reachable < 180.0  # the flood has reached some of S by now: the rule is exercised
            assert st.coverage["joint"]["S"]["covered_population"] == reachable
            assert st.coverage["national"]["S"]["covered_population"] == reachable
        in_n = a["country"].to_numpy() == "N"
        dry_n = float(a["population"][in_n & ~(a["depth_m"].to_numpy() > LIMIT_M)].sum())
        assert st.coverage["joint"]["N"]["covered_population"] == dry_n


def test_injects_and_decisions_are_reported_at_their_step(stepped):
    _, _, out = stepped
    by_minute = {t: st for t, _, st in out}
    assert [i.kind for i in by_minute[0.0].injects] == ["out_of_service"]
    assert [i.kind for i in by_minute[40.0].injects] == ["message"]
    assert [d.kind for d in by_minute[100.0].decisions] == ["send_resource"]
    res = by_minute[0.0].resources.set_index("id")
    assert not res.loc["F2", "in_service"]
    moved = by_minute[100.0].resources.set_index("id").loc["A1"]
    assert (moved.geometry.x, moved.geometry.y) == (XM, YR - 60)
    assert by_minute[100.0].time.isoformat() == "2025-04-12T07:40:00"


def test_project_is_never_changed_by_the_exercise(stepped):
    p, _, _ = stepped
    r = p.combined("resources").set_index("id")
    assert r.loc["F2", "in_service"]
    assert (r.loc["A1"].geometry.x, r.loc["A1"].geometry.y) == (XM, YR + 60)


def test_run_timeline_arrival_and_decision_effect():
    p = _project()
    ex = Exercise(p, "drill")
    res = ex.run()
    tl = res.timeline
    assert list(tl["minute"]) == [0, 20, 40, 60, 80, 100, 120]
    assert tl["time"].iloc[3] == "2025-04-12T07:00"
    # the out_of_service inject at minute 0 takes F2 away: national S coverage is 0 until A1 arrives
    # ... and then only the 90 people of S whose houses stand dry: by minute 100 the near row of S (9
    # houses, 10 people each, 2-3.6 m deep in the model) is in water deeper than the ambulance's 0.3 m
    # wading limit, so no road vehicle reaches them (CONTRACT "Response by kind")
    assert list(tl["covered_national_S"]) == [0, 0, 0, 0, 0, 90, 90]
    # what the decision changed: without it S stays uncovered in both modes at 100 and 120 (A1 is the
    # only responder that can reach S then: the bridge is closed, see the stepped test)
    eff = res.decision_effect.set_index(["minute", "mode", "country"])
    for m in ("joint", "national"):
        assert eff.loc[(120.0, m, "S"), "covered_without"] == 0.0
        assert eff.loc[(120.0, m, "S"), "difference"] == 90.0
        assert eff.loc[(80.0, m, "S"), "difference"] == 0.0
        assert res.decision_summary[m]["S"]["difference_final"] == 90.0
        assert res.decision_summary[m]["N"]["difference_final"] == 0.0
    # first arrival at the care home = the hydro arrival grid at the cell holding it (0.8-cell footprint
    # inside one cell: that cell alone)
    care = res.arrivals[res.arrivals["kind"] == "care_home"].iloc[0]
    c = care.geometry.centroid
    r_, c_ = ex.grid.rowcol(c.x, c.y)
    expected = ex.model.arrival_minutes[int(r_), int(c_)]
    assert np.isfinite(expected)
    assert care["arrival_minute"] == pytest.approx(expected)
    # the schools 12 cells from the river (ground 112 m) are never reached
    assert res.arrivals[res.arrivals["kind"] == "school"]["arrival_minute"].isna().all()
    kinds = list(res.events["kind"])
    assert kinds[:1] == ["out_of_service"] and "send_resource" in kinds and "road_closed" in kinds
    assert set(res.snapshots) <= set(tl["minute"]) and 120.0 in res.snapshots


def test_tabletop_round_trips_through_scenario_and_project_file(tmp_path):
    from floodplan.io.projectfile import open_project, save_project

    tt = Tabletop.from_dict(_tabletop(), "drill")
    assert Tabletop.from_dict(tt.to_dict(), "drill").to_dict() == tt.to_dict()
    sc = Scenario("drill", flood="dynamic", tabletop=tt.to_dict())
    assert Scenario.from_dict(sc.to_dict()).tabletop == tt.to_dict()
    p = _project()
    path = save_project(p, tmp_path / "drill.gpkg")
    q = open_project(path)
    assert q.scenario("drill").tabletop == p.scenario("drill").tabletop
    assert Tabletop.from_dict(q.scenario("drill").tabletop).decisions[0].to == (XM, YR - 60)


def test_tabletop_can_ask_for_the_full_momentum_flood_model():
    # "advection": true is stored, read back and handed to the flood model; the default leaves it out of
    # the stored dict (existing projects and the sample stay byte for byte the same)
    assert "advection" not in Tabletop.from_dict(_tabletop(), "drill").to_dict()
    d = {**_tabletop(), "advection": True, "duration_minutes": 20}
    tt = Tabletop.from_dict(d, "drill")
    assert tt.advection and tt.to_dict()["advection"] is True
    p = _project()
    p.set_scenario(Scenario("fast", flood="dynamic", tabletop=d))
    ex = Exercise(p, "fast")
    assert ex.model.advection
    ex.advance_to(20)
    assert ex.model.depth.max() > 0 and abs(ex.model.result().mass_error_pct) < 1e-9
    with pytest.raises(InputError, match="'advection' must be true or false"):
        Tabletop.from_dict({**_tabletop(), "advection": "yes"}, "drill")


@pytest.mark.parametrize(
    ("item", "words"),
    [
        ({"minute": -5, "kind": "message", "text": "x"}, "'minute' must be 0 or more"),
        ({"minute": 5, "kind": "flood", "target": "x"}, "kind must be one of"),
        ({"minute": 5, "kind": "breach"}, "needs a 'target'"),
        ({"minute": 5, "kind": "move_resource", "target": "A1"}, "needs 'geometry'"),
    ],
)
def test_bad_inject_names_itself(item, words):
    with pytest.raises(InputError, match=words):
        Inject.from_dict(item)


def test_bad_decision_and_unknown_ids():
    with pytest.raises(InputError, match="needs 'to'"):
        Decision.from_dict({"minute": 1, "kind": "move_resource", "resource": "A1"})
    p = small_valley_project()
    bad = _tabletop()
    bad["decisions"][0]["resource"] = "Z9"
    p.set_scenario(Scenario("bad", flood="dynamic", tabletop=bad))
    with pytest.raises(InputError, match="no resource has id 'Z9'"):
        Exercise(p, "bad")
    bad = _tabletop()
    bad["injects"].append({"minute": 10, "kind": "breach", "target": "LS"})  # planned, not built here
    p.set_scenario(Scenario("bad2", flood="dynamic", tabletop=bad))
    with pytest.raises(InputError, match="no active defense has id 'LS'"):
        Exercise(p, "bad2")
    p.set_scenario(Scenario("none", level_m=101.0))
    with pytest.raises(InputError, match="has no tabletop"):
        Exercise(p, "none")


def test_set_decisions_replaces_the_script_and_recomputes_from_the_new_one():
    # The app replaces the scripted decisions with those the teams took. The resource state after the
    # same number of items must come from the new decisions, not from a state cached for the old ones:
    # here "send A1 south" (script) is replaced by "A1 out of service" at the same minute 100, so at
    # minute 120 the state must equal that of an exercise built with the new decision from the start.
    p = _project()
    ex = Exercise(p, "drill")
    ex.advance_to(120)
    sent = ex.state().coverage
    new = Decision(100.0, "out_of_service", "A1", None, "A1 breaks down")
    ex.set_decisions([new])
    ex.advance_to(120)  # the same minute: the resources are re-derived from the new decisions
    replaced = ex.state()
    fresh_spec = {**_tabletop(), "decisions": [new.to_dict()]}
    p.set_scenario(Scenario("drill2", flood="dynamic", tabletop=fresh_spec))
    fresh = Exercise(p, "drill2")
    fresh.advance_to(120)
    expected = fresh.state()
    assert replaced.coverage == expected.coverage
    assert replaced.coverage != sent  # and the decision did matter
    a1 = replaced.resources.set_index("id").loc["A1"]
    assert not bool(a1["in_service"])
    # decisions already due count as reported: they are not listed again
    assert replaced.decisions == []


def test_decision_command_is_undoable():
    p = small_valley_project()
    d = Decision(100, "send_resource", "A1", (XM, YR - 60)).validate()
    cmd = decision_command(p, d)
    p.stack.push(cmd)
    r = p.layer("resources").data.set_index("id")
    assert r.loc["A1"].geometry.equals(Point(XM, YR - 60)) and bool(r.loc["A1", "cross_border"])
    p.stack.undo()
    r = p.layer("resources").data.set_index("id")
    assert r.loc["A1"].geometry.equals(Point(XM, YR + 60))
    cmd = decision_command(p, {"minute": 5, "kind": "out_of_service", "resource": "F1"})
    p.stack.push(cmd)
    assert not bool(p.layer("resources").data.set_index("id").loc["F1", "in_service"])
    assert decision_command(p, {"minute": 5, "kind": "note", "text": "call PL"}) is None
    with pytest.raises(InputError, match="'Q1'"):
        decision_command(p, {"minute": 5, "kind": "out_of_service", "resource": "Q1"})


def test_apply_to_resources_leaves_the_input_alone():
    p = small_valley_project()
    res = p.combined("resources")
    res["in_service"] = True
    out = apply_to_resources(res, Inject(0, "out_of_service", "F1").validate())
    assert bool(res.set_index("id").loc["F1", "in_service"])
    assert not bool(out.set_index("id").loc["F1", "in_service"])


def test_run_on_a_dynamic_scenario_uses_the_maximum_depth_over_the_event():
    # `floodplan run` (and the app's Run) on a dynamic scenario: the flood model runs over the whole
    # event (two inflows, free outflow across the east edge) and exposure, access and cooperation are
    # computed on the maximum depth. On the DEM's own grid that depth is the model's maximum, cell for
    # cell (the same model run here by hand); on coarser model cells (cell_m) the highest water surface
    # of each block is laid over the DEM's ground.
    from floodplan.sim.runner import run_scenario
    from floodplan.sim.tabletop import flood_model

    p = _project()
    tt = _tabletop()
    tt["inflows"] = [{"x": X0 + 5, "y": YR - 10, "hydrograph": [[0, 20], [120, 20]]}]
    tt["outflow"] = ["east"]
    p.set_scenario(Scenario("drill", flood="dynamic", tabletop=tt))
    res = run_scenario(p, "drill")
    s = res.summary
    assert s["flood"] == "dynamic" and s["depth"] == "maximum over the event"
    sim = s["simulation"]
    # 80 m³/s for 60 min (and ramping to 0 over a minute) plus 20 m³/s for 120 min (hand calculation)
    assert sim["volume_in_m3"] == pytest.approx(80 * 3600 + 40 * 60 + 20 * 7200, rel=1e-9)
    assert sim["volume_out_m3"] > 0 and abs(sim["mass_error_pct"]) < 0.5
    assert {"national", "joint", "countries"} <= set(s) and s["national"]["jurisdictions"]
    grid, model = flood_model(p, p.scenario("drill"), Tabletop.from_dict(tt))
    model.advance_to(120)
    assert np.array_equal(res.depth.z, model.max_depth.astype(np.float32), equal_nan=True)
    assert s["max_depth_m"] == pytest.approx(float(np.nanmax(model.max_depth)), rel=1e-6)

    tt["cell_m"] = 20.0  # 2 x 2 blocks of the 10 m DEM
    p.set_scenario(Scenario("drill", flood="dynamic", tabletop=tt))
    coarse = run_scenario(p, "drill").depth.z
    assert coarse.shape == p.dem.shape and np.nanmax(coarse) > 0.5
    grid, model = flood_model(p, p.scenario("drill"), Tabletop.from_dict(tt))
    model.advance_to(120)
    top = np.nanmax(model.terrain + np.where(model.max_depth > 0, model.max_depth, -np.inf))
    assert np.nanmax(p.dem.z + np.where(coarse > 0, coarse, -np.inf)) <= top + 1e-6


def test_a_boat_launches_in_the_exercise_and_is_sent_across_the_border():
    """Issue 19 item 7: boats move and launch in exercises, and the decision log can send one across the
    border. A water-rescue boat B1 of country N stands on the north road; at minute 100 it is sent to the
    south road (country S). Only boats reach the near rows, which stand in 2-3.6 m of water."""
    p = _project()
    lyr = p.layer("resources")
    res = lyr.data
    boat = res.iloc[[0]].copy()
    boat["id"], boat["kind"] = "B1", "boat"
    boat["geometry"] = [Point(XM + 200.0, YR + 60.0)]
    lyr.data = gpd.GeoDataFrame(pd.concat([res, boat], ignore_index=True), crs=res.crs)
    tt = _tabletop()
    tt["decisions"] = [
        {"minute": 100, "kind": "send_resource", "resource": "B1", "to": [XM, YR - 60], "text": "B1 south"}
    ]
    p.set_scenario(Scenario("boat drill", flood="dynamic", tabletop=tt))
    ex = Exercise(p, "boat drill")
    states = {}
    for t in (80.0, 120.0):
        ex.advance_to(t)
        states[t] = ex.state()
    for t, st in states.items():
        for mode in ("joint", "national"):
            a = st.access[mode].assets
            deep = (a["depth_m"].to_numpy() > LIMIT_M) & (a["population"].to_numpy() > 0)
            assert deep.any()
            # no road vehicle reaches a house standing deeper than its 0.3 m wading limit
            for kind in ("fire", "ambulance"):
                assert a.loc[deep, f"minutes_{kind}"].isna().all(), (t, mode, kind)
            in_s = deep & (a["country"].to_numpy() == "S")
            in_n = deep & (a["country"].to_numpy() == "N")
            boat_s = np.isfinite(a.loc[in_s, "minutes_boat"].to_numpy())
            boat_n = np.isfinite(a.loc[in_n, "minutes_boat"].to_numpy())
            if mode == "joint":
                # the boat is launched where a road meets the water and crosses the river: both banks
                assert boat_s.all() and boat_n.all(), (t, mode)
            elif t < 100:
                # national, before the decision: B1 serves only N and stays in N's water
                assert boat_n.all() and not boat_s.any(), (t, mode)
            else:
                # national, after it was sent across: B1 now stands in S and serves S
                assert boat_s.all() and not boat_n.any(), (t, mode)


def test_a_tabletop_without_cell_size_runs_at_the_dems_resolution_where_it_is_small_enough():
    # EXERCISE_MAX_CELL_STEPS = 1.5e11 cell-steps (from benchmarks/bench_exercise.py), the work of a 24 h
    # flood estimated as cells x CFL steps of 4 m deep water, dt = 0.7 dx / sqrt(9.81 x 4) (hand
    # calculation): the sample's 5 m DEM of 800 x 1200 cells needs 960,000 x 86,400 s / 0.559 s =
    # 1.48e11 and runs on its own 5 m cells; a 300 x 300 DEM of 10 m (6.96e9) on its own cells; 1,500 x
    # 1,500 cells of 5 m (3.48e11) on 10 m cells (4.35e10); 2,000 x 2,000 of 5 m (6.18e11; 10 m: 7.7e10)
    # on 10 m; a 48-hour tabletop on the sample's DEM (2.97e11) on 10 m cells, a 6-hour one on 5 m.
    from floodplan.sim.tabletop import exercise_cell_m
    from floodplan.testing import make_grid

    assert exercise_cell_m(make_grid(np.zeros((800, 1200)), 5.0)) == 5.0
    assert exercise_cell_m(make_grid(np.zeros((300, 300)), 10.0)) == 10.0
    assert exercise_cell_m(make_grid(np.zeros((1500, 1500)), 5.0)) == 10.0
    assert exercise_cell_m(make_grid(np.zeros((800, 1200)), 5.0), minutes=2880) == 10.0
    assert exercise_cell_m(make_grid(np.zeros((800, 1200)), 5.0), minutes=360) == 5.0
    z = np.full((800, 1200), np.nan)
    z[:300, :300] = 0.0  # only the valid cells count
    assert exercise_cell_m(make_grid(z, 5.0)) == 5.0


def test_an_inflow_width_is_stored_and_spreads_the_inflow_over_the_channel():
    # "width_m": 30 on the 10 m cells of the small valley: the discharge enters over the cells whose
    # centres lie within 15 m of the point (counted by the model; more than one, none farther), the
    # stored dict keeps it, and a negative width is refused naming the inflow
    d = _tabletop()
    d["inflow"] = {**d["inflow"], "width_m": 30.0}
    d["duration_minutes"] = 20
    tt = Tabletop.from_dict(d, "drill")
    assert tt.to_dict()["inflow"]["width_m"] == 30.0
    p = _project()
    p.set_scenario(Scenario("wide", flood="dynamic", tabletop=d))
    ex = Exercise(p, "wide")
    x, y = ex.grid.xy(ex.model._src_r, ex.model._src_c)
    assert len(x) > 1 and np.hypot(x - d["inflow"]["x"], y - d["inflow"]["y"]).max() <= 15.0
    ex.advance_to(20)
    assert ex.model.volume_in_m3 == pytest.approx(80.0 * 20 * 60, rel=1e-9)
    with pytest.raises(InputError, match="inflow 1 width_m"):
        Tabletop.from_dict({**_tabletop(), "inflow": {**_tabletop()["inflow"], "width_m": -2}}, "drill")
