"""Time the response engine on a synthetic valley and on the bundled sample valley; print tables (run by
hand, not by the tests).

    python benchmarks/bench_access.py [--repeat 5] [--sample-repeat 3] [--no-sample] [--sample-only]

To compare with an older floodplan, run the same script with PYTHONPATH set to a worktree of that commit
(``git worktree add --detach /tmp/old COMMIT``; ``PYTHONPATH=/tmp/old python benchmarks/bench_access.py
--sample-only``): the sample table times ``run_scenario`` of whichever floodplan is imported.

Synthetic case: a 1000 × 1000 DEM (10 m cells, 10 km square) with a river valley along its middle, a flat
water level that floods the valley floor, 20,000 buildings (10 m squares), a street grid of 51 + 51
streets 200 m apart cut into 200 m pieces with a vertex every 10 m (~100,000 nodes), two countries (border
at x = 5 km, two jurisdictions each), 20 fire, 10 ambulance, 10 shelter and 4 hospital resources.

Cached per project (built once, not in the per-scenario time): the road network (RoadNetwork.build, with
its contracted chains), the prepared layers (AccessInputs.prepare: jurisdictions, snapping, the
buildings' footprint cells, and the footprints' topology used to dissolve gaps) and the sampling index of
the flooded-road cut (built on the first cut for a grid). The per-scenario time is everything a new flood
or a new set of resources needs: cut flooded roads, exposure, access in both modes with per-kind targets
(fire 10, ambulance 15 minutes), the gap polygons of both modes (INCLUDED: the 60 ms target of issue 4
applies to this total with the polygons built), cooperation gain. Each step is timed as the best of
--repeat runs after one warm-up run (first-call compilation excluded).

Response by kind (issue 19): today's engine (one wading limit for every kind: the cut, then access in both
modes) against the per-kind engine (fire engines 0.6 m, ambulances 0.3 m: one cut per distinct limit,
shared by both modes), and the same plus 4 boats (the boats' water on the ~120,000 navigable cells: its
window, the launch points, one grid search per mode, floodplan.sim.boats.WaterGrid). The three are run in turn, one run of each per round, and the best of each is
kept, so that the load of a shared machine weighs on them alike.

Sample valley: ``run_scenario(project, "hq100-joint")``, the whole runner, timed step by step through the
Feedback it reports to (best whole run of --sample-repeat after a warm-up). Indented rows are the
sub-steps the engines report inside a runner step.
"""

from __future__ import annotations

import argparse
import time

import geopandas as gpd
import numpy as np
import shapely
from benchtools import best_of
from shapely.geometry import box

try:  # the synthetic tables need today's engine; the sample table (--sample-only) runs on older commits too
    from floodplan.sim.access import AccessInputs, FloodTravel, compute_access
    from floodplan.sim.coverage import cooperation_gain, gap_closers, gap_polygons, service_areas
    from floodplan.sim.exposure import exposure
    from floodplan.sim.network import RoadNetwork
    from floodplan.sim.shelters import assign_shelters
    from floodplan.sim.siting import suggest_from_access
    from floodplan.testing import TEST_CRS, make_grid
except ImportError:  # pragma: no cover - an older floodplan on PYTHONPATH
    TEST_CRS = None

N = 1000
CELL = 10.0
X0, Y0 = 500000.0, 5600000.0


def build_case(seed: int = 0):
    rng = np.random.default_rng(seed)
    size = N * CELL
    # DEM: a valley along the middle (y = 5 km), rising 1 m per 500 m, with 0.2 m of roughness
    rows = np.arange(N)
    y_local = size - (rows + 0.5) * CELL
    z = np.abs(y_local - size / 2)[:, None] / 500.0 + rng.normal(0, 0.2, (N, N))
    dem = make_grid(z, CELL, X0, Y0 + size, TEST_CRS)  # top-left corner; the grid spans Y0..Y0+size
    depth = dem.like(np.maximum(1.5 - z, 0.0))  # water level 1.5 m: ~750 m either side of the river
    # streets: 51 horizontal and 51 vertical, 200 m apart, pieces of one block, vertices every 10 m
    t = np.linspace(0, 200, 21)
    lines = []
    for k in range(51):
        for b in range(50):
            s = b * 200 + t
            lines.append(np.column_stack([X0 + s, np.full(21, Y0 + k * 200)]))
            lines.append(np.column_stack([np.full(21, X0 + k * 200), Y0 + s]))
    roads = gpd.GeoDataFrame(
        {"speed_kmh": rng.choice([30.0, 50.0, 70.0], len(lines))},
        geometry=shapely.linestrings(lines),
        crs=TEST_CRS,
    )
    half = size / 2
    jur = gpd.GeoDataFrame(
        {"name": ["W-south", "W-north", "E-south", "E-north"], "country": ["A", "A", "B", "B"]},
        geometry=[
            box(X0, Y0, X0 + half, Y0 + half),
            box(X0, Y0 + half, X0 + half, Y0 + size),
            box(X0 + half, Y0, X0 + size, Y0 + half),
            box(X0 + half, Y0 + half, X0 + size, Y0 + size),
        ],
        crs=TEST_CRS,
    )
    # buildings: 20,000 10 m squares on a jittered 70 m lattice (footprints do not overlap, as in real data)
    n_b = 20000
    lat = np.arange(35, size - 35, 70.0)
    gx, gy = np.meshgrid(lat, lat)
    pick = rng.choice(gx.size, n_b, replace=False)
    cx = X0 + gx.ravel()[pick] + rng.uniform(-15, 15, n_b)
    cy = Y0 + gy.ravel()[pick] + rng.uniform(-15, 15, n_b)
    assets = gpd.GeoDataFrame(
        {
            "population": rng.integers(0, 12, n_b),
            "kind": rng.choice(["residential"] * 20 + ["school", "care_home", "hospital"], n_b),
        },
        geometry=shapely.box(cx - 5, cy - 5, cx + 5, cy + 5),
        crs=TEST_CRS,
    )
    kinds = ["fire"] * 20 + ["ambulance"] * 10 + ["shelter"] * 10 + ["hospital"] * 4
    nr = len(kinds)
    res = gpd.GeoDataFrame(
        {
            "id": [f"r{i}" for i in range(nr)],
            "kind": kinds,
            "cross_border": rng.random(nr) > 0.2,
            "capacity": rng.integers(200, 2000, nr),
        },
        geometry=shapely.points(X0 + rng.uniform(0, size, nr), Y0 + rng.uniform(0, size, nr)),
        crs=TEST_CRS,
    )
    return dem, depth, roads, jur, assets, res


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--sample-repeat", type=int, default=3)
    ap.add_argument("--no-sample", action="store_true", help="skip the sample valley runner table")
    ap.add_argument("--sample-only", action="store_true", help="only the sample valley runner table")
    ap.add_argument(
        "--fresh-project",
        action="store_true",
        help="open the sample project anew before each timed run (as `floodplan run` does: no per-project "
        "caches from the run before; the opening is not timed)",
    )
    args = ap.parse_args()
    if not args.sample_only:
        synthetic(args)
    if not args.no_sample:
        print()
        sample_runner(args.sample_repeat, fresh=args.fresh_project)


#: The runner's own steps (fraction, message) as floodplan/sim/runner.py reports them; every other message
#: is a sub-step of the runner step before it.
RUNNER_STEPS = {
    (0.0, "reading layers"),
    (0.05, "flood"),
    (0.32, "flood extent"),
    (0.38, "exposure"),
    (0.45, "road network"),
    (0.5, "travel times"),
    (0.65, "coverage gaps"),
    (0.75, "shelters and hospitals"),
    (0.8, "defense appraisal"),
    (0.98, "summary"),
    (1.0, "done"),
}


def sample_runner(repeat: int, scenario: str = "hq100-joint", fresh: bool = False):
    """Time ``run_scenario`` on the bundled sample project, per step, and print the table."""
    from floodplan.io.projectfile import open_project
    from floodplan.progress import Feedback
    from floodplan.sample import sample_project_path
    from floodplan.sim.runner import run_scenario

    project = open_project(sample_project_path())
    best = None
    for i in range(repeat + 1):  # the first run warms up (imports, compilation)
        if fresh and i:
            project = open_project(sample_project_path())
        log = []
        fb = Feedback(lambda f, m, log=log: log.append((time.perf_counter(), round(f, 4), m)))
        t0 = time.perf_counter()
        run_scenario(project, scenario, feedback=fb)
        total = time.perf_counter() - t0
        log.append((t0 + total, 1.0, "end"))
        if i and (best is None or total < best[0]):
            best = (total, log)
    total, log = best
    how = ", the project opened anew before each run" if fresh else ""
    print(f"sample valley: run_scenario(project, {scenario!r}), best of {repeat} after a warm-up{how}")
    print(f"{'runner step (sub-steps indented)':48s} {'ms':>9s}")
    top = {}
    cur = None
    for (t, f, m), (t1, _, _) in zip(log[:-1], log[1:]):
        ms = (t1 - t) * 1000.0
        if (f, m) in RUNNER_STEPS:
            cur = m
            top[cur] = top.get(cur, 0.0) + ms
            line = f"{m:48s} {ms:9.1f}"
        else:
            top[cur] = top.get(cur, 0.0) + ms
            line = f"  {m[:46]:46s} {ms:9.1f}"
        if ms >= 0.5 or (f, m) in RUNNER_STEPS:
            print(line)
    print(f"{'WHOLE RUN':48s} {total * 1000:9.1f}")
    print("per runner step, sub-steps included:")
    for m, ms in top.items():
        print(f"  {m:46s} {ms:9.1f}")


def synthetic(args):
    dem, depth, roads, jur, assets, res = build_case()
    targets = {"fire": 10.0, "ambulance": 15.0}
    responders = res[res["kind"].isin(list(targets))]

    rows = []
    t0 = time.perf_counter()
    net = RoadNetwork.build(roads, jur, crossing_delay_min=2.0)
    rows.append(("network build (cached per project)", (time.perf_counter() - t0) * 1000, False))
    t0 = time.perf_counter()
    inputs = AccessInputs.prepare(net, responders, assets, jur, depth)
    inputs.footprint_topology()
    rows.append(("prepare layers: tag, snap, footprints (cached)", (time.perf_counter() - t0) * 1000, False))
    t0 = time.perf_counter()
    net.cut_flooded(depth, 0.3)
    rows.append(("flood-cut sampling index, first cut (cached)", (time.perf_counter() - t0) * 1000, False))
    tagged = inputs.assets

    ms, blocked = best_of(lambda: net.cut_flooded(depth, 0.3), args.repeat)
    rows.append(("cut flooded roads", ms, True))
    ms, _ = best_of(lambda: exposure(tagged, depth, jur, asset_cells=inputs.asset_cells), args.repeat)
    rows.append(("exposure", ms, True))

    def run(mode):
        return compute_access(
            net,
            None,
            None,
            None,
            depth_grid=depth,
            mode=mode,
            minutes=targets,
            blocked_pieces=blocked,
            inputs=inputs,
        )

    ms, joint = best_of(lambda: run("joint"), args.repeat)
    rows.append(("access joint (2 kinds, dijkstra)", ms, True))
    ms, national = best_of(lambda: run("national"), args.repeat)
    rows.append(("access national (2 kinds x 2 countries)", ms, True))
    ms, _ = best_of(lambda: (gap_polygons(national), gap_polygons(joint)), args.repeat)
    rows.append(("gap polygons, both modes", ms, True))
    ms, gain = best_of(lambda: cooperation_gain(national, joint), args.repeat)
    rows.append(("cooperation gain", ms, True))
    per_scenario = sum(ms for _, ms, inc in rows if inc)

    ms, _ = best_of(lambda: gap_closers(national, joint), 1)
    rows.append(("which foreign resources close gaps", ms, False))
    ms, _ = best_of(lambda: service_areas(joint), 1)
    rows.append(("service-area polygons, joint (display)", ms, False))
    sh_inputs = AccessInputs.prepare(net, res, assets, jur, depth, asset_cells=inputs.asset_cells)
    ms, sh = best_of(lambda: assign_shelters(sh_inputs, depth, blocked_pieces=blocked), 1)
    rows.append(("shelter assignment (LP), joint", ms, False))
    ms, (sites, summ) = best_of(lambda: suggest_from_access(joint, "fire", 3, max_candidates=500), 1)
    rows.append(("suggest 3 fire sites (500 candidates)", ms, False))

    # The response by kind (issue 19): fire engines wade 0.6 m, ambulances 0.3 m, plus 4 boats; the road
    # cut per distinct limit and the boats' water search are part of the per-scenario time here.
    rng = np.random.default_rng(7)
    boats = gpd.GeoDataFrame(
        {"id": [f"b{i}" for i in range(4)], "kind": "boat", "cross_border": True},
        geometry=shapely.points(
            X0 + rng.uniform(0, N * CELL, 4), Y0 + N * CELL / 2 + rng.choice([-900, 900], 4)
        ),
        crs=TEST_CRS,
    )
    kind_res = gpd.GeoDataFrame(
        __import__("pandas").concat([responders, boats], ignore_index=True), crs=TEST_CRS
    )
    kinputs = AccessInputs.prepare(net, kind_res, assets, jur, depth, asset_cells=inputs.asset_cells)
    kinputs._footprints = inputs.footprint_topology()
    ktargets = {**targets, "boat": 15.0}

    def both_modes(minutes, inp, **kw):
        """compute_access in joint and national mode on prepared inputs (no layers re-read)."""
        return {
            m: compute_access(
                net, None, None, None, depth_grid=depth, mode=m, minutes=minutes, inputs=inp, **kw
            )
            for m in ("joint", "national")
        }

    def by_kind():
        travel = FloodTravel(net, depth, None, None, jur)
        return both_modes(ktargets, kinputs, wading={"fire": 0.6}, travel=travel)

    def all_kinds():
        # today's engine: one wading limit for every kind, the cut then access in both modes
        return both_modes(targets, inputs, blocked_pieces=net.cut_flooded(depth, 0.3))

    def by_kind_roads():
        travel = FloodTravel(net, depth, None, None, jur)  # one cut per limit, shared by both modes
        return both_modes(targets, inputs, wading={"fire": 0.6}, travel=travel)

    # measured in turn, one run of each per round (best of 2 x --repeat rounds), so that the load of a
    # shared machine weighs on all three alike
    fns = {"all": all_kinds, "roads": by_kind_roads, "boats": by_kind}
    best = {k: np.inf for k in fns}
    kr = None
    for f in fns.values():
        f()  # warm-up
    for _ in range(2 * args.repeat):
        for k, f in fns.items():
            t0 = time.perf_counter()
            out = f()
            best[k] = min(best[k], (time.perf_counter() - t0) * 1000.0)
            if k == "boats":
                kr = out
    ms_all, ms_kind_roads, ms_kind = best["all"], best["roads"], best["boats"]

    print(
        f"synthetic case: DEM {N}x{N}, {len(assets)} buildings, {net.n_nodes} road nodes, {net.n_edges} edges, "
        f"{net.n_pieces} pieces, {int(blocked.sum())} pieces flooded, {len(responders)} responders"
    )
    print(f"{'step':48s} {'ms':>9s}  per-scenario")
    for name, ms, inc in rows:
        print(f"{name:48s} {ms:9.1f}  {'yes' if inc else ''}")
    print(f"{'PER-SCENARIO ENGINE TIME (target <= 60 ms)':48s} {per_scenario:9.1f}")
    print()
    print("response by kind (issue 19: within 2x of the all-kinds time)")
    print(f"{'all kinds one limit: cut + access both modes':48s} {ms_all:9.1f}")
    print(
        f"{'per kind: fire 0.6 m, ambulance 0.3 m (2 cuts)':48s} {ms_kind_roads:9.1f}  x{ms_kind_roads / ms_all:.2f}"
    )
    print(f"{'per kind + 4 boats (water search, launches)':48s} {ms_kind:9.1f}  x{ms_kind / ms_all:.2f}")
    jb = kr["joint"].assets
    print(
        f"check: fire reaches {np.isfinite(jb['minutes_fire']).mean():.1%} of buildings, ambulance "
        f"{np.isfinite(jb['minutes_ambulance']).mean():.1%}, boats {np.isfinite(jb['minutes_boat']).mean():.1%}"
    )
    b = gain["countries"]["B"]["cooperation_gain_population"]
    print(
        f"check: joint covers {joint.assets['covered'].mean():.1%} of buildings, national "
        f"{national.assets['covered'].mean():.1%}; gain in B {b:g} people; unsheltered "
        f"{sum(v['unsheltered'] for v in sh.summary['countries'].values()):g}; sites cover {summ['covered_population']:g}"
    )


if __name__ == "__main__":
    main()
