"""Tests of the dynamic flood model (floodplan.sim.hydro): validation against analytic and hand-computed
answers, mass conservation, boundary conditions, breaches, outputs.

Each expected value says where it comes from. Grids are small so the file runs in a few seconds.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
import rasterio

from floodplan.errors import Cancelled, InputError
from floodplan.progress import Feedback
from floodplan.sim.hydro import FLOOD_DEPTH_M, Hydrograph, HydroModel, SimulationResult, simulate
from floodplan.sim.hydro_outputs import NODATA, minute_label, write_outputs
from floodplan.testing import make_grid

CONTRACT_KEYS = {
    "minutes",
    "steps",
    "volume_in_m3",
    "volume_out_m3",
    "volume_stored_m3",
    "mass_error_pct",
    "max_depth_m",
    "flooded_area_m2",
}


def _min_depth_recorder():
    seen = {"min": np.inf, "steps": 0}

    def on_step(model: HydroModel) -> None:
        seen["min"] = min(seen["min"], float(np.nanmin(model.depth)))
        seen["steps"] += 1

    return seen, on_step


# ------------------------------------------------------------------------------------ validation
def _hunter_wave(n: float, dx: float, advection: bool):
    """The flat-plane wave of Bates, Horritt & Fewtrell (2010) test 1, analytic solution of Hunter et al.
    (2005): a wave moving at constant u over a horizontal plane with Manning friction has
    h(x, t) = [-7/3 n² u² (x - u t)]^(3/7), driven by the depth h(0, t) = (7/3 n² u³ t)^(3/7) at x = 0.
    u = 1 m/s, t = 3600 s, on a 3-cell-wide strip (walls north and south) from x = 0 to 4150 m at the
    cell centres (column 0 holds the boundary depth). Returns x (m), expected and simulated depth (m)
    along the strip's middle row, and the result."""
    u, t_end = 1.0, 3600.0
    cols = int(round(4150.0 / dx)) + 1
    grid = make_grid(np.zeros((3, cols)), dx)
    t = np.arange(0.0, t_end + 1.0, 5.0)
    boundary = Hydrograph(t / 60.0, (7.0 / 3.0 * n**2 * u**3 * t) ** (3.0 / 7.0))
    res = simulate(grid, t_end / 60.0, stage=("west", boundary), manning=n, advection=advection)
    x = np.arange(cols) * dx
    expected = np.where(
        x < u * t_end, (7.0 / 3.0 * n**2 * u**2 * np.clip(u * t_end - x, 0, None)) ** (3 / 7), 0.0
    )
    return x, expected, res.final_depth.z[1], res


def test_wave_front_with_advection_matches_hunter_analytic_solution():
    # Bates et al. (2010) test 1 / Hunter et al. (2005), n = 0.01, with the full momentum equation
    # (advection=True; the local inertial default is the next test). For this wave the convective
    # acceleration exactly cancels the local one (u is constant), so the full equations reproduce it and
    # the tolerance applies: depth within 0.02 m at t = 3600 s everywhere but the last five
    # cells before the front, where h ~ (u t - x)^(3/7) is too steep for any first-order scheme.
    fronts = {}
    for dx in (50.0, 25.0, 10.0):
        x, expected, got, res = _hunter_wave(0.01, dx, advection=True)
        if dx <= 25.0:
            body = x <= 3600.0 - 5 * dx  # x <= 3475 m on 25 m cells, <= 3550 m on 10 m cells
            assert np.max(np.abs(got[body] - expected[body])) <= 0.02
        fronts[dx] = x[got > 0.01].max()  # the front: the last cell deeper than 1 cm
        assert abs(fronts[dx] - 3600.0) <= 4 * dx
        # no spurious oscillations: depth falls monotonically from the boundary to the front
        assert np.all(np.diff(got[: int(fronts[dx] / dx) + 1]) <= 1e-9)
        assert abs(res.mass_error_pct) < 1e-9
        # the three cells across the strip agree (no cross-strip bias from the cross terms)
        assert np.allclose(res.final_depth.z[0], got, atol=1e-12)
        assert np.allclose(res.final_depth.z[2], got, atol=1e-12)
    # the front converges on u t = 3600 m as the cells shrink (first order: 150, 75, 40 m off)
    errors = [abs(fronts[dx] - 3600.0) for dx in (50.0, 25.0, 10.0)]
    assert errors[0] > errors[1] > errors[2]


def test_wave_front_local_inertial_lags_where_the_froude_number_is_high():
    # The same wave with the contract's local inertial scheme (LISFLOOD-FP's, advection=False). Those
    # equations leave out convective acceleration, so their travelling wave has a surface slope steeper
    # by 1 / (1 - u²/(g h)) than the analytic one; near the tip, where h -> 0 and the Froude number
    # u / sqrt(g h) passes 0.5, they cannot follow it (de Almeida & Bates 2013, WRR 49:4833) and the
    # front lags. What is asserted is the scheme's documented behaviour: within 0.02 m over the rear
    # 60 % of the wave (x <= 2160 m, analytic depth >= 0.63 m, u²/(g h) <= 0.16), the boundary exact,
    # and the front behind u t by less than 10 %, at both cell sizes (the lag does not shrink with the
    # cells: it is the equations', not the grid's).
    for dx in (25.0, 10.0):
        x, expected, got, res = _hunter_wave(0.01, dx, advection=False)
        rear = x <= 0.6 * 3600.0
        assert np.max(np.abs(got[rear] - expected[rear])) <= 0.02
        # column 0 holds h(0, 3600 s) = (0.84)^(3/7) = 0.928 m
        assert got[0] == pytest.approx((7.0 / 3.0 * 1e-4 * 3600.0) ** (3.0 / 7.0), abs=1e-9)
        front = x[got > 0.01].max()
        assert 0.9 * 3600.0 <= front < 3600.0
        if dx == 25.0:  # on 10 m cells the smooth plane (n = 0.01) lets the tip oscillate from cell to
            # cell, the local inertial instability de Almeida et al. (2012, WRR 48:W05528) damp with
            # their theta scheme; with advection (previous test) the tip stays monotonic on both grids
            assert np.all(np.diff(got[: int(front / dx) + 1]) <= 1e-9)
        assert np.allclose(res.final_depth.z[0], got, atol=1e-12)


@pytest.mark.parametrize("advection", [False, True], ids=["local-inertial", "advection"])
def test_uniform_flow_on_a_slope_reaches_manning_normal_depth(advection):
    # Steady uniform flow: the local inertial momentum equation reduces to Manning's formula,
    # q = h^(5/3) S^(1/2) / n, so the normal depth is h = (q n / sqrt(S))^(3/5)
    # = (1 * 0.03 / sqrt(0.001))^(0.6) = 0.96889 m for q = 1 m²/s, n = 0.03, S = 0.001 (hand calculation).
    # Water starts 0.5 m deep; the east edge is held at the normal depth, so the steady state is uniform.
    dx, rows, cols, slope, n, q = 10.0, 3, 60, 0.001, 0.03, 1.0
    z = np.tile(10.0 - slope * dx * np.arange(cols), (rows, 1))
    grid = make_grid(z, dx)
    xs, ys = grid.xy(np.arange(rows), np.zeros(rows))
    normal = (q * n / np.sqrt(slope)) ** 0.6
    res = simulate(
        grid,
        60,
        inflows=[(x, y, q * dx) for x, y in zip(xs, ys)],  # q per metre x 10 m of width per cell
        stage=("east", z[0, -1] + normal),
        manning=n,
        initial_depth=np.full(z.shape, 0.5),
        advection=advection,
    )
    if not advection:
        assert res.final_depth.z == pytest.approx(np.full(z.shape, normal), abs=1e-4)
    else:
        # The inflows enter the first column as mass without momentum; with the convective term the
        # pressure on that column must give the water its momentum flux u q = q² / h, so there the depth
        # follows the momentum balance g h0² / 2 = g hn² / 2 + q² / hn: h0 = sqrt(hn² + 2 q² / (g hn))
        # = sqrt(0.9389 + 0.2104) = 1.072 m (hand calculation; first-order upwind gives 1.065). A few
        # cells on, the flow is uniform and at the normal depth again.
        h0 = np.sqrt(normal**2 + 2 * q**2 / (9.81 * normal))
        assert res.final_depth.z[:, 0] == pytest.approx(np.full(rows, h0), abs=0.01)
        assert res.final_depth.z[:, 4:] == pytest.approx(np.full((rows, cols - 4), normal), abs=1e-4)
    # steady state: as much leaves through the east edge as enters; the balance closes to rounding
    assert abs(res.mass_error_pct) < 1e-9


@pytest.mark.parametrize("advection", [False, True], ids=["local-inertial", "advection"])
def test_mass_is_conserved_in_a_closed_domain_with_an_inflow_hydrograph(advection):
    # Closed box with uneven ground; a triangular hydrograph 0 -> 20 -> 0 m³/s over 0-30-60 minutes.
    # Volume in = area of the triangle = 0.5 * 20 m³/s * 3600 s = 36,000 m³ (hand calculation).
    rng = np.random.default_rng(7)
    z = rng.uniform(0.0, 1.5, size=(30, 30))
    grid = make_grid(z, 10.0)
    x, y = grid.xy(5, 5)
    hyd = Hydrograph([0, 30, 60], [0.0, 20.0, 0.0])
    model = HydroModel(grid, inflows=[(x, y, hyd)], advection=advection)
    seen, on_step = _min_depth_recorder()
    model.advance_to(90, on_step=on_step)
    res = model.result()
    assert abs(res.volume_stored_m3 - 36000.0) / 36000.0 <= 0.005  # the 0.5 %
    assert res.volume_in_m3 == pytest.approx(36000.0, rel=1e-12)  # exact integral of the hydrograph
    assert res.volume_out_m3 == 0.0  # closed boundaries
    assert abs(res.mass_error_pct) < 1e-9  # flux-limited scheme: conservation to rounding
    assert seen["min"] >= 0.0  # depths never negative, at any step
    # water spread over the box: more than the inflow cell is wet
    assert res.flooded_area_m2 > 10 * grid.cell_area


@pytest.mark.parametrize("advection", [False, True], ids=["local-inertial", "advection"])
def test_basin_fills_to_its_sill_and_no_further(advection):
    # 5 x 30 cells of 10 m: a basin (columns 0-14, ground 0 m), a sill (column 15, 1.0 m), and a lower
    # area beyond (columns 16-29, -0.5 m). The basin holds 15 * 5 * 100 m² * 1.0 m = 7,500 m³ below
    # the sill (hand calculation), so at 1 m³/s it fills to the sill after 7,500 s = 125 minutes.
    z = np.zeros((5, 30))
    z[:, 15] = 1.0
    z[:, 16:] = -0.5
    grid = make_grid(z, 10.0)
    x, y = grid.xy(2, 3)

    # (a) 1 m³/s for 80 minutes falling to 0 over 10 more: 4,800 + 300 = 5,100 m³ (hand calculation),
    # which settles at a level of 5,100 m³ / 7,500 m² = 0.68 m in the basin; beyond stays dry
    res = simulate(grid, 150, inflows=[(x, y, Hydrograph([0, 80, 90], [1.0, 1.0, 0.0]))], advection=advection)
    basin = res.final_depth.z[:, :15]
    assert res.volume_in_m3 == pytest.approx(5100.0, rel=1e-12)
    assert basin == pytest.approx(np.full(basin.shape, 0.68), abs=0.01)
    assert np.all(res.max_depth.z[:, 15:] == 0.0)  # never a drop on the sill or beyond

    # (b) constant 1 m³/s: the first water beyond the sill comes only once the basin's level exceeds it
    model = HydroModel(grid, inflows=[(x, y, 1.0)], advection=advection)
    first = {}

    def watch(m: HydroModel) -> None:
        if "minute" not in first and np.any(m.depth[:, 16:] > 0):
            first["minute"] = m.minute
            first["basin_level"] = float(np.max(m.depth[:, :15] + z[:, :15]))

    model.advance_to(160, on_step=watch)
    assert first, "the basin never spilled although 9,600 m³ > 7,500 m³ came in"
    assert first["basin_level"] > 1.0  # above the sill's 1.0 m when the spill starts
    assert 125.0 <= first["minute"] <= 135.0  # not before the basin held 7,500 m³ (125 min)


@pytest.mark.parametrize("advection", [False, True], ids=["local-inertial", "advection"])
def test_levee_breach_floods_the_polder_only_after_the_breach_time(advection):
    # A river strip (columns 0-9) whose level the west edge raises from 0 to 2.0 m over 15 minutes, a
    # levee on column 10 with its crest at 3.0 m, and a polder (columns 11-29) at ground level 0 m. The
    # levee breaches at minute 30 over rows 4-5: the polder must stay bone dry before, and flood after.
    z = np.zeros((10, 30))
    grid = make_grid(z, 10.0)
    crests = np.full(z.shape, np.nan)
    crests[:, 10] = 3.0
    gap = np.zeros(z.shape, dtype=bool)
    gap[4:6, 10] = True
    stage = ("west", Hydrograph([0, 15], [0.0, 2.0]))

    model = HydroModel(
        grid, stage=stage, defense_crests=crests, breaches={"L1": (gap, 30.0)}, advection=advection
    )
    model.advance_to(29.9)
    assert np.all(model.depth[:, 11:] == 0.0)  # before the breach: not a drop in the polder
    assert model.depth[:, :10].mean() > 1.5  # while the river side is full (2 m held at the edge)
    model.advance_to(60)
    assert model.depth[:, 11:].mean() > 0.5  # after: the polder floods
    arrival = model.arrival_minutes[:, 11:]
    assert np.nanmin(arrival) >= 30.0  # and no cell of it got water before minute 30
    assert model.breached[4:6, 10].all() and not model.breached[:4, 10].any()

    # without the breach the levee holds for the whole hour
    res = simulate(grid, 60, stage=stage, defense_crests=crests, advection=advection)
    assert np.all(res.max_depth.z[:, 11:] == 0.0)
    # simulate() takes the breaches as a list of (mask, minute) too
    res = simulate(grid, 60, stage=stage, defense_crests=crests, breaches=[(gap, 30.0)], advection=advection)
    assert np.nanmin(res.arrival_minutes.z[:, 11:]) >= 30.0
    assert abs(res.mass_error_pct) < 1e-9


@pytest.mark.parametrize("advection", [False, True], ids=["local-inertial", "advection"])
def test_depths_never_negative_while_a_dam_break_drains_over_steep_rough_ground(advection):
    # 1.5 m of water released on steep, rough ground (up to 5 m relief between 5 m cells) that drains
    # through a stage edge held below the ground: the flux limiter must keep every depth >= 0 at every
    # step while cells wet and dry, and the balance in = out + stored must close to rounding.
    rng = np.random.default_rng(3)
    z = rng.uniform(0.0, 5.0, size=(20, 20)) + np.arange(20)[None, ::-1] * 1.0
    grid = make_grid(z, 5.0)
    h0 = np.zeros(z.shape)
    h0[5:15, 12:18] = 1.5
    model = HydroModel(grid, initial_depth=h0, stage=("east", -50.0), manning=0.02, advection=advection)
    seen, on_step = _min_depth_recorder()
    model.advance_to(20, on_step=on_step)
    res = model.result()
    assert seen["min"] >= 0.0
    assert res.volume_initial_m3 == pytest.approx(1.5 * 60 * 25.0, rel=1e-12)  # 60 cells x 25 m² x 1.5 m
    assert res.volume_out_m3 > 0.0
    assert abs(res.mass_error_pct) < 1e-9
    # the east edge's ground is far above -50 m: those cells are dry at the end of every step
    assert np.all(model.depth[:, -1] == 0.0)


@pytest.mark.parametrize("advection", [False, True], ids=["local-inertial", "advection"])
def test_rain_on_a_closed_box_adds_rain_times_area_times_time(advection):
    # Closed box of 12 x 8 cells of 5 m with 4 nodata cells; 36 mm/h for 30 minutes, then 0 after a
    # 10-minute linear fall. Expected: (36 mm/h * 0.5 h + 0.5 * 36 mm/h * 1/6 h) = 21 mm over the 92
    # valid cells of 25 m² = 0.021 m * 2,300 m² = 48.3 m³ (hand calculation); nothing on nodata cells.
    rng = np.random.default_rng(11)
    z = rng.uniform(0.0, 0.5, size=(8, 12))
    z[0, :4] = np.nan
    grid = make_grid(z, 5.0)
    rain = Hydrograph([0, 30, 40], [36.0, 36.0, 0.0])
    res = simulate(grid, 60, rain=rain, advection=advection)
    assert res.volume_in_m3 == pytest.approx(48.3, rel=1e-12)
    assert res.volume_stored_m3 == pytest.approx(48.3, rel=1e-12)
    assert np.all(np.isnan(res.final_depth.z[0, :4]))
    assert np.all(res.final_depth.z[np.isfinite(z)] >= 0.0)


@pytest.mark.parametrize("advection", [False, True], ids=["local-inertial", "advection"])
def test_stage_edge_fills_a_flat_box_to_the_stage_and_keeps_high_edge_cells_dry(advection):
    # A flat box (ground 0 m) with the level along its west edge rising to 1.0 m in 10 minutes and held:
    # at rest (after 60 minutes; rough ground, n = 0.1, damps the seiche) the box holds water 1.0 m deep
    # except on two west-edge cells raised to 2.0 m: their ground is above the stage, so they stay dry.
    z = np.zeros((5, 20))
    z[0, 0] = z[4, 0] = 2.0
    grid = make_grid(z, 10.0)
    model = HydroModel(
        grid, stage=("west", Hydrograph([0, 10], [0.0, 1.0])), manning=0.1, advection=advection
    )
    dry_edge = []
    model.advance_to(60, on_step=lambda m: dry_edge.append(m.depth[0, 0] == 0.0 and m.depth[4, 0] == 0.0))
    res = model.result()
    assert all(dry_edge)
    low = z == 0.0
    assert res.final_depth.z[low] == pytest.approx(np.ones(low.sum()), abs=0.005)
    assert res.volume_stored_m3 == pytest.approx(98 * 100.0, rel=0.01)  # 98 low cells x 100 m² x 1 m
    assert abs(res.mass_error_pct) < 1e-9


def test_stage_edge_outflow_counts_as_volume_out():
    # Water on a plane sloping to the east, with the east edge held at a level below its ground: all
    # water that leaves is volume_out, so out = initial - stored exactly (conservation).
    z = np.tile(np.linspace(3.0, 0.0, 25), (4, 1))
    grid = make_grid(z, 10.0)
    h0 = np.full(z.shape, 0.3)
    res = simulate(grid, 60, stage=("east", -1.0), initial_depth=h0)
    initial = 0.3 * z.size * 100.0
    assert res.volume_in_m3 == pytest.approx(initial, rel=1e-12)  # initial water counts as in
    assert res.volume_out_m3 == pytest.approx(initial - res.volume_stored_m3, rel=1e-9)
    assert res.volume_out_m3 > 0.5 * initial  # most of it drained in an hour down a 12 % slope


def test_arrival_times_increase_downstream_and_match_the_flooded_area():
    z = np.tile(np.linspace(1.0, 0.0, 40), (3, 1))
    grid = make_grid(z, 10.0)
    x, y = grid.xy(1, 0)
    res = simulate(grid, 60, inflows=[(x, y, 2.0)])
    arr = res.arrival_minutes.z[1]
    reached = np.isfinite(arr)
    assert reached[:5].all()
    assert np.all(np.diff(arr[reached]) >= 0)  # the front moves down the slope
    # flooded area = cells whose maximum depth exceeded 0.01 m = cells with an arrival time
    assert res.flooded_area_m2 == pytest.approx(np.isfinite(res.arrival_minutes.z).sum() * 100.0)
    assert np.all((res.max_depth.z > FLOOD_DEPTH_M) == np.isfinite(res.arrival_minutes.z))


# ---------------------------------------------------------------------- steppable model, API, I/O
def test_model_can_be_advanced_in_stages_and_defenses_changed_between_them():
    # The tabletop exercise: advance an hour, raise a barrier, advance again. Splitting the run into
    # stages gives the same state as one run (up to the shorter steps taken at the stops), and changing
    # the terrain keeps the water volume (depths are kept: the water on the new barrier spills off it).
    z = np.zeros((6, 20))
    grid = make_grid(z, 10.0)
    x, y = grid.xy(3, 2)
    one = HydroModel(grid, inflows=[(x, y, 3.0)])
    one.advance_to(60)
    staged = HydroModel(grid, inflows=[(x, y, 3.0)])
    for minute in (15, 30, 45, 60):
        staged.advance_to(minute)
    assert staged.minute == 60.0
    assert np.allclose(staged.depth, one.depth, atol=1e-3)
    crests = np.full(z.shape, np.nan)
    crests[:, 10] = 5.0
    before = staged.volume_stored_m3
    staged.set_defense_crests(crests)
    assert staged.volume_stored_m3 == before
    assert staged.terrain[0, 10] == 5.0
    area = grid.cell_area
    east_before = staged.depth[:, 11:].sum() * area
    on_barrier = staged.depth[:, 10].sum() * area
    staged.advance_to(90)
    # the barrier holds back the inflow on its west side: the east side gains at most the water that
    # was standing where the barrier went up (it spills off both sides), nothing of the 5,400 m³ inflow
    assert staged.depth[:, 11:].sum() * area <= east_before + on_barrier + 1e-6
    assert abs(staged.mass_error_pct) < 1e-9
    staged.set_breach(crests == 5.0)  # breach now: the barrier drops to the ground
    assert staged.terrain[0, 10] == 0.0


def test_simulate_snapshots_progress_json_and_cancel():
    z = np.zeros((5, 5))
    grid = make_grid(z, 10.0)
    x, y = grid.xy(2, 2)
    seen = []
    progress = []
    res = simulate(
        grid,
        30,
        inflows=[(x, y, 1.0)],
        snapshot_minutes=10,
        record_every_minutes=15,
        feedback=Feedback(lambda f, m: progress.append(f)),
        on_snapshot=lambda minute, g: seen.append(minute),
    )
    assert isinstance(res, SimulationResult)
    assert sorted(res.snapshots) == [10.0, 20.0, 30.0] == seen
    # 1 m³/s for 10 minutes = 600 m³ over 25 cells of 100 m²: mean depth 0.24 m at minute 10
    assert np.nanmean(res.snapshots[10.0].z) * 2500.0 == pytest.approx(600.0, rel=1e-5)
    assert progress[-1] == 1.0 and all(0.0 <= p <= 1.0 for p in progress)
    assert [r["minute"] for r in res.series] == [0.0, 15.0, 30.0]
    assert res.series[-1]["volume_stored_m3"] == pytest.approx(1800.0, rel=1e-12)
    out = res.to_json()
    assert set(out) == CONTRACT_KEYS
    json.dumps(out)  # plain numbers
    assert out["minutes"] == 30.0 and out["volume_in_m3"] == pytest.approx(1800.0)
    assert out["max_depth_m"] == pytest.approx(res.max_depth_m)

    fb = Feedback()
    fb.cancel()
    with pytest.raises(Cancelled):
        simulate(grid, 30, inflows=[(x, y, 1.0)], feedback=fb)


def test_write_outputs_writes_the_contract_rasters(tmp_path):
    z = np.zeros((4, 6))
    z[0, 0] = np.nan  # nodata cell: nodata in every raster
    z[:, 4:] = 5.0  # high ground the water never reaches: arrival nodata, depth 0
    grid = make_grid(z, 10.0)
    x, y = grid.xy(2, 1)
    res = simulate(grid, 20, inflows=[(x, y, 0.5)], snapshot_minutes=[7.5, 20])
    files = write_outputs(res, tmp_path / "out", grid.crs, grid.transform)
    assert set(files) == {
        "max_depth.tif",
        "arrival_minutes.tif",
        "final_depth.tif",
        "depth_0007.5.tif",
        "depth_0020.tif",
    }
    with rasterio.open(tmp_path / "out" / "arrival_minutes.tif") as src:
        assert src.dtypes[0] == "float32" and src.nodata == NODATA
        assert src.crs == grid.crs and src.transform == grid.transform
        arr = src.read(1)
    assert np.all(arr[:, 4:] == NODATA) and arr[0, 0] == NODATA
    assert np.all((arr[1:, :4] >= 0) & (arr[1:, :4] <= 20))
    with rasterio.open(tmp_path / "out" / "final_depth.tif") as src:
        d = src.read(1)
    assert d[0, 0] == NODATA
    assert np.all(d[:, 4:] == 0.0)
    # 0.5 m³/s x 1200 s = 600 m³ stored (float32 rounding), read back from the file
    assert float(d[d != NODATA].sum()) * 100.0 == pytest.approx(600.0, rel=1e-5)
    assert minute_label(30) == "0030" and minute_label(1440) == "1440"


def test_hydrograph_interpolates_holds_its_ends_and_integrates_exactly():
    h = Hydrograph([10, 20, 40], [0.0, 10.0, 0.0])
    assert h(15) == 5.0 and h(30) == 5.0  # linear between rows
    assert h(0) == 0.0 and h(100) == 0.0  # held before the first and after the last row
    # mean over 10-40 min = triangle area / 30 = (0.5 * 30 * 10) / 30 = 5
    assert h.mean(10, 40) == pytest.approx(5.0, rel=1e-12)
    # mean over 15-25 = trapezoids (5+10)/2*5 + (10+7.5)/2*5 = 37.5 + 43.75 = 81.25 over 10 minutes
    assert h.mean(15, 25) == pytest.approx(8.125, rel=1e-12)


def test_hydrograph_csv_reading_and_its_errors(tmp_path):
    good = tmp_path / "q.csv"
    good.write_text("minutes,m3s\n0,0\n60,120.5\n")
    h = Hydrograph.read_csv(good, "m3s", nonnegative=True)
    assert h(30) == pytest.approx(60.25)

    missing = tmp_path / "bad.csv"
    missing.write_text("flow,m3s\n0,1\n")
    with pytest.raises(InputError, match=r"bad\.csv.*missing column 'minutes'"):
        Hydrograph.read_csv(missing, "m3s")
    hours = tmp_path / "hours.csv"  # a 'time' column of numbers could be hours or seconds: refused
    hours.write_text("time,m3s\n0,1\n")
    with pytest.raises(InputError, match=r"hours\.csv.*name the column 'minutes'"):
        Hydrograph.read_csv(hours, "m3s")
    with pytest.raises(InputError, match=r"q\.csv.*missing column 'level_m'"):
        Hydrograph.read_csv(good, "level_m")
    unsorted = tmp_path / "unsorted.csv"
    unsorted.write_text("minutes,level_m\n10,1\n5,2\n")
    with pytest.raises(InputError, match="unsorted.csv.*increase"):
        Hydrograph.read_csv(unsorted, "level_m")
    text = tmp_path / "text.csv"
    text.write_text("minutes,mm_per_h\n0,1\n5,lots\n")
    with pytest.raises(InputError, match="text.csv, line 3"):
        Hydrograph.read_csv(text, "mm_per_h")
    negative = tmp_path / "neg.csv"
    negative.write_text("minutes,m3s\n0,-1\n")
    with pytest.raises(InputError, match="neg.csv.*negative"):
        Hydrograph.read_csv(negative, "m3s", nonnegative=True)
    with pytest.raises(InputError, match="nowhere.csv"):
        Hydrograph.read_csv(tmp_path / "nowhere.csv", "m3s")


def test_hydrograph_csv_with_decimal_commas_from_a_european_spreadsheet(tmp_path):
    # Excel in a German/Polish locale saves "minutes;m3s" rows as "7,5;30,25". Expected values by hand:
    # the rows (0, 30.5), (7.5, 40.25) interpolate to 30.5 + 9.75 * 3 / 7.5 = 34.4 at minute 3.
    from floodplan.notes import collect_notes

    f = tmp_path / "excel_de.csv"
    f.write_bytes(b"minutes;m3s\r\n0;30,5\r\n7,5;40,25\r\n")
    with collect_notes() as notes:
        h = Hydrograph.read_csv(f, "m3s", nonnegative=True)
    assert h(3) == pytest.approx(34.4, rel=1e-12)
    assert any("excel_de.csv" in n and "decimal comma" in n for n in notes)
    # a thousands mark makes the number ambiguous (1.234,5 or 1,2345?): refused, naming the row
    f.write_bytes(b"minutes;m3s\n0;1.234,5\n")
    with pytest.raises(InputError, match="excel_de.csv, line 2"):
        Hydrograph.read_csv(f, "m3s")
    # a comma-delimited file is read as before, without the note
    g = tmp_path / "plain.csv"
    g.write_text("minutes,m3s\n0,30\n")
    with collect_notes() as notes:
        assert Hydrograph.read_csv(g, "m3s")(0) == 30.0
    assert notes == []


def test_hydrograph_csv_in_utf16_with_its_byte_order_mark(tmp_path):
    # Windows "Unicode" text is UTF-16 with a BOM; read as Windows-1252 its header was refused as
    # "ÿþm i n u t e s". Expected: the same hydrograph as the UTF-8 file (30 → 40 m³/s over 60 min, so 35
    # at minute 30, by hand).
    f = tmp_path / "utf16.csv"
    f.write_bytes("minutes,m3s\r\n0,30\r\n60,40\r\n".encode("utf-16"))
    assert Hydrograph.read_csv(f, "m3s")(30) == pytest.approx(35.0, rel=1e-12)
    f.write_bytes(b"\xff\xfem\x00i")  # a BOM and an odd byte count: not UTF-16
    with pytest.raises(InputError, match="utf16.csv: starts as UTF-16"):
        Hydrograph.read_csv(f, "m3s")


def test_bad_inputs_raise_input_errors():
    z = np.zeros((4, 4))
    z[1, 1] = np.nan
    grid = make_grid(z, 10.0)
    with pytest.raises(InputError, match="outside the DEM or on a nodata cell"):
        simulate(grid, 10, inflows=[(0.0, 0.0, 1.0)])
    x, y = grid.xy(1, 1)
    with pytest.raises(InputError, match="nodata"):
        simulate(grid, 10, inflows=[(x, y, 1.0)])
    # the engine speaks the user's terms; the command line names its option (field -> cli.FIELD_OPTIONS)
    with pytest.raises(InputError, match="the stage edge 'up'") as info:
        simulate(grid, 10, stage=("up", 1.0))
    assert info.value.field == "edge" and info.value.in_terms("--edge").startswith("--edge 'up'")
    with pytest.raises(InputError, match="Manning"):
        simulate(grid, 10, rain=1.0, manning=0.0)
    with pytest.raises(InputError, match="the simulated time") as info:
        simulate(grid, 0, rain=1.0)
    assert info.value.in_terms("--minutes").startswith("--minutes must be a positive number")
    with pytest.raises(InputError, match="shape"):
        simulate(grid, 10, rain=1.0, defense_crests=np.zeros((2, 2)))
    with pytest.raises(InputError, match="no valid cell"):
        simulate(make_grid(np.full((2, 2), np.nan)), 10)


def _random_window(seed, invalid):
    """A 41 × 37 window for comparing kernels: ground 0–2 m and water 0–1 m drawn from numpy's generator
    with ``seed``, one cell ``invalid`` (row, column) not valid, Manning's n 0.03 everywhere.
    Returns (rows, cols, z, valid, h0, n2)."""
    rng = np.random.default_rng(seed)
    rows, cols = 41, 37
    z = rng.uniform(0.0, 2.0, size=(rows, cols))
    valid = np.ones((rows, cols), dtype=np.uint8)
    valid[invalid] = 0
    h0 = rng.uniform(0.0, 1.0, size=(rows, cols))
    return rows, cols, z, valid, h0, np.full((rows, cols), 0.03**2)


def test_parallel_kernel_gives_the_same_numbers_as_the_serial_one():
    # Large windows run on several threads in bands of rows; the arithmetic per cell is the same, so
    # the results must be identical to the single-thread kernel, bit for bit, including at band edges.
    from floodplan.sim import hydro_kernels as k

    rows, cols, z, valid, h0, n2 = _random_window(5, (7, 3))
    state = [
        [
            h,
            np.zeros((rows, cols + 1)),
            np.zeros((rows + 1, cols)),
            np.zeros((rows, cols)),
            np.full((rows, cols), np.nan),
        ]
        for h in (h0, h0.copy())
    ]
    outs = []
    for kernel, extra, (h, qx, qy, md, arr) in (
        (k.inertial_step, (), state[0]),
        (k.inertial_step_parallel, (3,), state[1]),
    ):
        rh, rf, rl = np.zeros(rows), np.zeros(rows, dtype=np.int64), np.zeros(rows, dtype=np.int64)
        for step in range(5):
            kernel(
                z, h, qx, qy, n2, valid, 5.0, 5.0, 0.4, 1e-3, 1e-4, 0.01,
                float(step), md, arr, rh, rf, rl, 2, rows - 1, 1, cols - 2, k.no_boundary((rows, cols)), *extra,
            )  # fmt: skip
        outs.append((h, qx, qy, md, arr, rh, rf, rl))
    for a, b in zip(*outs):
        assert np.array_equal(a, b, equal_nan=True)
    assert outs[0][0].min() >= 0.0


def test_parallel_advection_kernel_gives_the_same_numbers_as_the_serial_one():
    # The same check for the kernel with the convective terms, whose extra passes (face velocities,
    # then the momentum fluxes that read the neighbouring bands' velocities) run between barriers.
    from floodplan.sim import hydro_kernels as k

    rows, cols, z, valid, h0, n2 = _random_window(6, (9, 4))
    open_edges = np.array([0, 0, 1, 0], dtype=np.uint8)
    outs = []
    for kernel, extra in ((k.inertial_advection_step, ()), (k.inertial_advection_step_parallel, (3,))):
        h = h0.copy()
        qx, qy = np.zeros((rows, cols + 1)), np.zeros((rows + 1, cols))
        work = [np.zeros_like(qx), np.zeros_like(qy), np.zeros_like(qx), np.zeros_like(qy), np.zeros(rows)]
        md, arr = np.zeros((rows, cols)), np.full((rows, cols), np.nan)
        rh, rf, rl = np.zeros(rows), np.zeros(rows, dtype=np.int64), np.zeros(rows, dtype=np.int64)
        for step in range(6):
            kernel(
                z, h, qx, qy, n2, valid, 5.0, 5.0, 0.3, 1e-3, 1e-4, 0.01,
                float(step), md, arr, rh, rf, rl, 1, rows - 1, 1, cols - 2, k.no_boundary((rows, cols)),
                *work, open_edges, *extra,
            )  # fmt: skip
        outs.append((h, qx, qy, md, arr, rh, rf, rl, *work))
    for a, b in zip(*outs):
        assert np.array_equal(a, b, equal_nan=True)
    assert outs[0][0].min() >= 0.0
    assert np.abs(outs[0][9]).max() > 0.0  # the convective terms were not all zero


@pytest.mark.parametrize("advection", [False, True], ids=["local-inertial", "advection"])
def test_water_spreading_from_a_point_on_a_flat_plane_stays_symmetric(advection):
    # 50 m³/s into the centre cell of a flat 41 x 41 box: the answer is symmetric under the eight
    # symmetries of the square, so any difference between x and y (or east and west) in the momentum
    # terms, the cross terms of the convective acceleration included, would show.
    grid = make_grid(np.zeros((41, 41)), 10.0)
    x, y = grid.xy(20, 20)
    res = simulate(grid, 15, inflows=[(x, y, 50.0)], manning=0.02, advection=advection)
    h = res.final_depth.z
    assert np.count_nonzero(h > FLOOD_DEPTH_M) > 200
    for other in (h.T, h[::-1], h[:, ::-1], h[::-1, ::-1].T):
        assert np.allclose(h, other, rtol=0, atol=1e-12)
    assert abs(res.mass_error_pct) < 1e-9


@pytest.mark.parametrize("advection", [False, True], ids=["local-inertial", "advection"])
def test_real_valley_gran_valira_srtm(advection):
    # Real terrain: SRTM 3" of the Gran Valira around Andorra la Vella (shared data), reprojected to
    # ETRS89 / UTM 31N at 90 m. 150 m³/s enter on the valley floor for an hour. No analytic answer:
    # the checks are physical bounds that hold on any terrain (conservation, depths >= 0, water
    # surface no higher than at the source, water on the valley floor rather than the slopes).
    from affine import Affine
    from rasterio.crs import CRS
    from rasterio.warp import Resampling, calculate_default_transform, reproject

    from floodplan.core.grid import Grid
    from floodplan.testing import require_shared_data

    path = require_shared_data("valira", "valira_srtm3_epsg4326_voidfilled.tif")
    with rasterio.open(path) as src:
        crs = CRS.from_epsg(25831)
        tr, w, h = calculate_default_transform(
            src.crs, crs, src.width, src.height, *src.bounds, resolution=90
        )
        z = np.full((h, w), np.nan)
        reproject(
            rasterio.band(src, 1), z, src_transform=src.transform, src_crs=src.crs, dst_transform=tr,
            dst_crs=crs, resampling=Resampling.bilinear, src_nodata=src.nodata, dst_nodata=np.nan,
        )  # fmt: skip
    # rows 100-179, columns 85-144: Andorra la Vella / Escaldes and the valley below them
    grid = Grid(z[100:180, 85:145].copy(), tr @ Affine.translation(85, 100), crs)
    rows, cols = grid.shape
    floor = np.unravel_index(np.nanargmin(grid.z[10:25, 20:40]), (15, 20))
    r_in, c_in = floor[0] + 10, floor[1] + 20  # the lowest cell near Andorra la Vella: the river
    x, y = grid.xy(r_in, c_in)
    model = HydroModel(grid, inflows=[(x, y, 150.0)], advection=advection)
    seen, on_step = _min_depth_recorder()
    model.advance_to(60, on_step=on_step)
    res = model.result()
    assert seen["min"] >= 0.0
    assert res.volume_in_m3 == pytest.approx(150.0 * 3600.0, rel=1e-12)
    assert abs(res.mass_error_pct) < 1e-9
    wet = res.max_depth.z > FLOOD_DEPTH_M
    assert wet.sum() > 20
    surface_at_source = grid.z[r_in, c_in] + res.max_depth.z[r_in, c_in]
    assert np.all(grid.z[wet] + res.max_depth.z[wet] <= surface_at_source + 0.5)  # 0.5 m: momentum
    assert np.median(grid.z[wet]) < np.nanpercentile(grid.z, 25)  # the floor, not the slopes


# ------------------------------------------------------------------ first step, free outflow (issue 15)
def _surface_roughness(depth: np.ndarray, z: np.ndarray) -> float:
    """Mean |difference| (m) of the water surface between edge-neighbouring cells both deeper than 1 cm."""
    eta, wet = z + depth, depth > FLOOD_DEPTH_M
    d = [
        np.abs(np.diff(eta, axis=a))[(wet[1:] & wet[:-1]) if a == 0 else (wet[:, 1:] & wet[:, :-1])]
        for a in (0, 1)
    ]
    return float(np.concatenate(d).mean())


def test_an_inflow_on_a_dry_grid_does_not_stack_up_in_its_cell():
    # 30 m³/s onto a flat, dry plane of 5 m cells (case 17 of ../shared/cases/realworld): with the 10 s
    # step of a dry grid the first step put 30 x 10 / 25 = 12 m into the inflow cell. The reference is
    # the same model with every step capped at 0.02 s (time-step converged: 0.01 s gives the same
    # 1.123 m), whose maximum depth is the flow's own; the default steps must match it within 10 %,
    # and the water surface must be smooth (the 12 m jump left a checkerboard behind).
    grid = make_grid(np.full((41, 41), 5.0), 5.0)
    x, y = grid.xy(20, 20)
    ref = HydroModel(grid, inflows=[(x, y, 30.0)], manning=0.035, max_dt_s=0.02)
    ref.advance_to(3)
    model = HydroModel(grid, inflows=[(x, y, 30.0)], manning=0.035)
    model.advance_to(3)
    res, want = model.result(), ref.result()
    assert want.max_depth_m == pytest.approx(1.12, abs=0.01)
    assert res.max_depth_m == pytest.approx(want.max_depth_m, rel=0.10)
    assert res.max_depth_m < 1.5  # 12 m before the fix
    for depth, smooth in ((res.max_depth.z, want.max_depth.z), (res.final_depth.z, want.final_depth.z)):
        # the mound around the inflow slopes (about 1 cm between neighbours on average, the reference's
        # own); a checkerboard would add its jumps on top
        assert _surface_roughness(depth, grid.z) <= 1.05 * _surface_roughness(smooth, grid.z) < 0.02
    assert res.steps < 20 * 60  # the short first steps grow back to the CFL step within a few dozen


def test_an_absurd_inflow_stops_with_a_clear_error_instead_of_running_for_ever():
    # 10^12 m³/s into a 5 m cell would need steps far below a millisecond (water kilometres deep)
    grid = make_grid(np.zeros((10, 10)), 5.0)
    x, y = grid.xy(5, 5)
    with pytest.raises(InputError, match=r"1e\+12 m³/s.*time steps under"):
        simulate(grid, 10, inflows=[(x, y, Hydrograph([0, 10], [1e12, 1e12], name="huge.csv"))])


@pytest.mark.parametrize("edge", ["east", "west", "south", "north"])
@pytest.mark.parametrize("theta", [1.0, 0.8], ids=["theta1", "theta0.8"])
def test_free_outflow_channel_reaches_manning_normal_depth(edge, theta):
    # A one-cell-wide channel, 1 km on a constant slope S = 0.001 (n = 0.03), 10 m³/s entering at its
    # upstream cell and leaving across a free outflow edge at the downstream end. Steady uniform flow:
    # Manning's equation per unit width, q = Q / width = 1 m²/s = h^(5/3) S^(1/2) / n, gives the normal
    # depth h = (q n / sqrt(S))^(3/5) = (1 x 0.03 / 0.031623)^0.6 = 0.9689 m (hand calculation). The
    # channel must stand at it within 5 %, and as much must leave as enters.
    dx, length, slope, n, q_in = 10.0, 100, 0.001, 0.03, 10.0
    fall = 10.0 - slope * dx * np.arange(length)  # falls away from the upstream end
    z = {
        "east": fall[None, :],
        "west": fall[::-1][None, :],
        "south": fall[:, None],
        "north": fall[::-1, None],
    }[edge]
    grid = make_grid(z, dx)
    up = {"east": (0, 0), "west": (0, length - 1), "south": (0, 0), "north": (length - 1, 0)}[edge]
    x, y = grid.xy(*up)
    model = HydroModel(grid, inflows=[(x, y, q_in)], manning=n, outflow=edge, theta=theta)
    model.advance_to(120)
    out_before = model.volume_out_m3
    model.advance_to(150)
    normal = (q_in / dx * n / np.sqrt(slope)) ** 0.6
    assert normal == pytest.approx(0.9689, abs=1e-4)
    depth = model.depth.ravel()
    assert depth == pytest.approx(np.full(length, normal), rel=0.05)
    assert (model.volume_out_m3 - out_before) / 1800.0 == pytest.approx(q_in, rel=0.005)
    assert abs(model.mass_error_pct) < 0.5


def test_free_outflow_with_stage_inflows_and_rain_balances_its_mass():
    # Two inflows, a stage on the west edge, free outflow across the east and south edges, and rain:
    # what enters minus what leaves is what the grid holds (to 0.5 %, in practice to rounding).
    rng = np.random.default_rng(3)
    z = 10.0 - 0.002 * 10.0 * np.arange(40)[None, :] + rng.uniform(0, 0.2, (30, 40))
    grid = make_grid(z, 10.0)
    pts = [grid.xy(5, 10), grid.xy(20, 15)]
    res = simulate(
        grid, 60, inflows=[(pts[0][0], pts[0][1], 5.0), (pts[1][0], pts[1][1], Hydrograph([0, 30, 60], [0, 8, 0]))],
        stage=("west", float(z[:, 0].min()) + 0.5), rain=Hydrograph([0, 60], [20.0, 20.0]),
        outflow="east,south", manning=0.04,
    )  # fmt: skip
    assert res.volume_out_m3 > 0.1 * res.volume_in_m3
    assert abs(res.mass_error_pct) < 0.5
    assert abs(res.mass_error_pct) < 1e-9
    with pytest.raises(InputError, match="west edge holds the stage"):
        HydroModel(grid, stage=("west", 10.0), outflow="west")
    with pytest.raises(InputError, match="'up' is not one of"):
        HydroModel(grid, outflow="up")


@pytest.mark.parametrize("advection", [False, True], ids=["local-inertial", "advection"])
def test_parallel_kernel_with_theta_and_free_edges_gives_the_serial_numbers(advection):
    # The theta weighting reads the neighbouring bands' discharges of the step before, and the free
    # edges are set between the passes: still bit for bit the serial kernel's numbers.
    from floodplan.sim import hydro_kernels as k

    rng = np.random.default_rng(8)
    rows, cols = 41, 37
    z = rng.uniform(0.0, 2.0, size=(rows, cols))
    valid = np.ones((rows, cols), dtype=np.uint8)
    h0 = rng.uniform(0.0, 1.0, size=(rows, cols))
    n2 = np.full((rows, cols), 0.03**2)
    outs = []
    for parallel in (False, True):
        h = h0.copy()
        qx, qy = np.zeros((rows, cols + 1)), np.zeros((rows + 1, cols))
        bnd = (0.8, np.zeros_like(qx), np.zeros_like(qy), np.array([1, 1, 0, 1], dtype=np.uint8),
               np.full((4, max(rows, cols)), 0.01), *k.no_boundary((rows, cols))[5:])  # fmt: skip
        md, arr = np.zeros((rows, cols)), np.full((rows, cols), np.nan)
        rh, rf, rl = np.zeros(rows), np.zeros(rows, dtype=np.int64), np.zeros(rows, dtype=np.int64)
        work = [np.zeros_like(qx), np.zeros_like(qy), np.zeros_like(qx), np.zeros_like(qy), np.zeros(rows)]
        for step in range(6):
            common = (z, h, qx, qy, n2, valid, 5.0, 5.0, 0.3, 1e-3, 0.0, 0.01, float(step), md, arr, rh, rf, rl,
                      0, rows, 0, cols, bnd)  # fmt: skip
            if advection:
                extra = (*work, bnd[3])
                f = k.inertial_advection_step_parallel if parallel else k.inertial_advection_step
            else:
                extra = ()
                f = k.inertial_step_parallel if parallel else k.inertial_step
            f(*common, *extra, *((3,) if parallel else ()))
        outs.append((h, qx, qy, md))
    for a, b in zip(*outs):
        assert np.array_equal(a, b, equal_nan=True)
    assert np.abs(outs[0][1][:, -1]).max() > 0 and np.abs(outs[0][1][:, 0]).max() > 0  # water left
    assert np.all(outs[0][1][:, -1] >= 0) and np.all(outs[0][2][-1] >= 0)  # outwards only


def test_theta_default_keeps_a_point_source_at_its_time_step_converged_depth():
    # Why theta = 1 is the default (README): 50 m³/s into the centre of a flat plane of 10 m cells for
    # 10 minutes. The reference is the same model with every step capped at 0.02 s (time-step
    # converged). The default (theta = 1, adaptive steps) matches it everywhere, the inflow cell
    # included; theta = 0.8 holds the water back in the inflow cell (its neighbours carry less), so
    # it stands far too high there.
    grid = make_grid(np.zeros((41, 41)), 10.0)
    x, y = grid.xy(20, 20)
    ref = HydroModel(grid, inflows=[(x, y, 50.0)], manning=0.02, max_dt_s=0.02)
    ref.advance_to(10)
    plain = simulate(grid, 10, inflows=[(x, y, 50.0)], manning=0.02)
    weighted = simulate(grid, 10, inflows=[(x, y, 50.0)], manning=0.02, theta=0.8)
    assert np.abs(plain.final_depth.z - ref.depth).max() < 1e-3
    assert weighted.final_depth.z[20, 20] > 1.3 * ref.depth[20, 20]


@pytest.mark.parametrize("advection", [False, True], ids=["local-inertial", "advection"])
def test_row_spans_skip_dry_cells_without_changing_a_number(advection):
    # A channel running diagonally across the grid: its bounding box is almost the whole grid, but each
    # row computes only the columns near its own and its neighbour rows' wet cells. Forcing every row to
    # compute its whole width must give the same numbers, bit for bit (dry faces carry exactly 0).
    n = 60
    r, c = np.mgrid[0:n, 0:n]
    z = 10.0 + 0.5 * np.abs(r - c) - 0.01 * (r + c)
    grid = make_grid(z, 10.0)
    x, y = grid.xy(1, 1)
    runs = []
    for full in (False, True):
        model = HydroModel(grid, inflows=[(x, y, 5.0)], outflow="south,east", advection=advection)
        if full:
            model._span_lo[:] = 0
            model._span_hi[:] = n
        model.advance_to(40)
        runs.append(model)
    a, b = runs
    assert np.array_equal(a.depth, b.depth) and np.array_equal(a.max_depth, b.max_depth)
    assert a.volume_out_m3 == b.volume_out_m3 and a.steps == b.steps
    assert a.cells_updated < 0.5 * b.cells_updated  # the spans skip more than half of the cells


def test_stage_on_an_edge_with_a_nodata_frame_is_held_where_the_data_begin():
    # Case 17 (c) of ../shared/cases/realworld: a DEM clipped to a polygon has nodata in its first columns;
    # a stage on its west edge is held in each row's first cell with data, exactly as on the same DEM
    # without the frame (same numbers, cell for cell).
    z = 10.0 + 0.01 * np.arange(30)[None, :] + np.zeros((12, 1))
    framed = z.copy()
    framed[:, :3] = np.nan
    framed[5, 3] = np.nan  # a ragged frame: this row's data begin one cell later
    bare = framed[:, 3:]
    a = simulate(make_grid(framed, 10.0), 20, stage=("west", Hydrograph([0, 20], [10.5, 11.0])))
    b = simulate(make_grid(bare, 10.0), 20, stage=("west", Hydrograph([0, 20], [10.5, 11.0])))
    assert np.array_equal(a.final_depth.z[:, 3:], b.final_depth.z, equal_nan=True)
    assert a.final_depth.z[5, 4] > 0.3 and abs(a.mass_error_pct) < 1e-9


def test_time_steps_run_in_compiled_batches_give_the_numbers_of_one_step_per_call():
    # advance_to runs many time steps per compiled call (hydro_kernels.run_steps); with on_step it runs
    # one per call. Both must give the same numbers bit for bit: the state (time, maximum depth, volumes,
    # wet box, spans) is carried between calls, and breach times, two inflows in one cell, a third
    # elsewhere, rain, a rising stage and a free edge are handled inside a batch as between them.
    n = 40
    r, c = np.mgrid[0:n, 0:n]
    z = 10.0 - 0.02 * c + 0.3 * np.abs(r - n / 2) / n * 10
    crest = np.full(z.shape, np.nan)
    crest[:, 25] = z[:, 25] + 1.0
    mask = np.zeros(z.shape, bool)
    mask[15:25, 25] = True
    grid = make_grid(z, 10.0)
    x, y = grid.xy(20, 1)
    x2, y2 = grid.xy(5, 10)
    inflow = Hydrograph([0, 10, 30], [2.0, 20.0, 5.0], name="a")
    runs = []
    for per_step in (True, False):
        model = HydroModel(
            grid, inflows=[(x, y, inflow), (x, y, 1.0), (x2, y2, Hydrograph([0, 20], [0.0, 3.0]))],
            rain=Hydrograph([0, 5, 15], [0.0, 30.0, 0.0]), stage=("north", Hydrograph([0, 30], [0.0, 10.5])),
            outflow="east", defense_crests=crest, breaches=[(mask, 12.5)],
        )  # fmt: skip
        calls = []
        for t in (7.3, 20.0, 30.0):
            model.advance_to(t, on_step=(lambda m, seen=calls: seen.append(m.t_s)) if per_step else None)
        runs.append((model, calls))
    (a, calls), (b, _) = runs
    assert len(calls) == a.steps and calls[-1] == a.t_s
    assert a.steps == b.steps and a.t_s == b.t_s and a.cells_updated == b.cells_updated
    for f in ("depth", "max_depth", "arrival_minutes", "breached"):
        assert np.array_equal(getattr(a, f), getattr(b, f), equal_nan=True), f
    assert (a.volume_in_m3, a.volume_out_m3) == (b.volume_in_m3, b.volume_out_m3)
    assert a.volume_out_m3 > 0 and abs(a.mass_error_pct) < 1e-9


def test_first_step_on_a_dry_cell_adds_one_centimetre_from_two_inflows_in_it():
    # Hand computation: two inflows of 1 m³/s in one dry 10 m cell (100 m²) add 0.02 m/s together; the
    # first step may add INFLOW_RAMP_M = 0.01 m to a dry cell, so dt = 0.01 / 0.02 = 0.5 s, and nothing
    # flows during it (the cell was dry when the faces were computed): the cell holds exactly 0.01 m.
    grid = make_grid(np.zeros((5, 5)), 10.0)
    x, y = grid.xy(2, 2)
    model = HydroModel(grid, inflows=[(x, y, 1.0), (x, y, Hydrograph([0, 10], [1.0, 1.0]))])
    times = []
    model.advance_to(0.1, on_step=lambda m: times.append((m.t_s, m.depth[2, 2])))
    assert times[0] == (0.5, 0.01)
    assert model.steps == len(times) and model.t_s == pytest.approx(6.0, abs=1e-9)


def test_an_inflow_over_a_width_enters_evenly_over_the_cells_of_its_disc():
    # 36 m wide on 5 m cells, the point at a cell centre: the cells whose centres lie within 18 m are
    # those with i² + j² <= 12.96 (i, j in cells), counted by hand: 7 + 2 x 7 + 2 x 5 + 2 x 3 = 37. Each
    # takes 1/37 of the discharge, and what enters is Q x t exactly; a zero width is the one cell.
    grid = make_grid(np.zeros((21, 21)), 5.0)
    x, y = grid.xy(10, 10)
    model = HydroModel(grid, inflows=[(x, y, 37.0, 36.0)], manning=0.035)
    assert len(model._src_r) == 37
    assert np.hypot(model._src_r - 10, model._src_c - 10).max() <= 3.6
    model.advance_to(2)
    assert model.volume_in_m3 == pytest.approx(37.0 * 120.0, rel=1e-12)
    assert len(HydroModel(grid, inflows=[(x, y, 37.0, 0.0)])._src_r) == 1
    with pytest.raises(InputError, match="width"):
        HydroModel(grid, inflows=[(x, y, 37.0, -1.0)])


def test_an_inflow_across_the_channel_at_5_m_matches_a_small_step_reference_with_far_fewer_steps():
    # A 40 m wide channel (8 cells of 5 m, 3 m deep) between flat banks, 400 m on a slope of 0.001, free
    # outflow downstream, and 150 m³/s entering near the upstream end for 20 minutes. Into one 25 m² cell
    # the inflow limit shortens every step of the grid (the 5 m replay's trouble, issue 15); entering
    # across the channel (36 m) it does not. References: the same run with every step capped at 0.05 s
    # (about a tenth of the CFL step of 3-4 m of water on 5 m cells: time-step converged) and the run
    # into one cell. Away from the inflow (beyond 30 m) the maximum depth must match both within 3 %;
    # mass balances to rounding in all three.
    dx, rows, cols = 5.0, 16, 80
    z = 10.0 - 0.001 * dx * np.arange(cols)[None, :] + np.zeros((rows, 1))
    z[4:12, :] -= 3.0
    grid = make_grid(z, dx)
    x, y = grid.xy(7.5, 3)  # the channel's middle line, between rows 7 and 8
    y = float(y) + 0.01  # inside row 7
    q = Hydrograph([0, 5, 20], [20.0, 150.0, 150.0], name="q.csv")

    def run(width, **kw):
        m = HydroModel(grid, inflows=[(x, y, q, width)], manning=0.035, outflow="east", **kw)
        m.advance_to(20)
        return m

    spread, ref, point = run(36.0), run(36.0, max_dt_s=0.05), run(0.0)
    rr, cc = np.indices(grid.shape)
    far = np.hypot((rr - 7.5) * dx, (cc - 3) * dx) > 30.0
    for m in (spread, ref, point):
        assert abs(m.mass_error_pct) < 1e-6
    want = ref.max_depth[far]
    assert want.max() > 2.5  # the channel runs deep
    assert np.abs(spread.max_depth[far] - want).max() < 0.03 * want.max()
    assert np.abs(point.max_depth[far] - want).max() < 0.03 * want.max()
    # inside the disc no mound either: the water stands no higher than in the reference
    assert spread.max_depth.max() < 1.03 * ref.max_depth.max()
    assert spread.steps < 0.7 * point.steps
