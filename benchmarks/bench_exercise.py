"""Time the sample valley's spring-flood tabletop replay (target: at most 2 minutes on 2 cores).

Targets (issue 15): build + replay within 120 s at 10 m cells and within 10 minutes at the DEM's 5 m,
on an idle 2-core machine. Run by hand: ``python benchmarks/bench_exercise.py [--cell 10] [--advection]
[--report DIR]`` (default: the sample exercise's own cell size). Generates the sample
valley into a temporary folder, adds the ``spring-flood`` exercise (floodplan.sample.exercise.
spring_flood_tabletop), replays it headless and prints a table: flood-model grid, steps, wall time of
building the exercise, of the replay (flood model, coverage per step, the comparison without the
cross-border decisions) and of the after-action report, and what the decision changed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numba
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

from floodplan.io.projectfile import open_project  # noqa: E402
from floodplan.model.scenario import Scenario  # noqa: E402
from floodplan.sample.exercise import spring_flood_tabletop  # noqa: E402
from floodplan.sample.project import write_sample  # noqa: E402
from floodplan.sample.valley import make_valley  # noqa: E402
from floodplan.sim.tabletop import Exercise  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--cell", type=float, default=None, help="flood model cell size (m); default the sample's"
    )
    ap.add_argument("--report", type=Path, default=None, help="also write the after-action report here")
    ap.add_argument(
        "--advection", action="store_true", help="full momentum flood model (default local inertial)"
    )
    ap.add_argument("--hours", type=float, default=None, help="replay only the first H hours")
    ap.add_argument(
        "--inflow-width",
        type=float,
        default=None,
        help="the inflow's width (m; 0: into one cell); default the sample's (its channel, 36 m)",
    )
    args = ap.parse_args()
    load0 = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        write_sample(Path(tmp))
        valley = make_valley(1)
        t_sample = time.perf_counter() - t
        project = open_project(Path(tmp) / "valley.gpkg")
        tt = spring_flood_tabletop(valley) if args.cell is None else spring_flood_tabletop(valley, args.cell)
        if args.advection:
            tt["advection"] = True
        if args.hours is not None:
            tt["duration_minutes"] = 60 * args.hours
        if args.inflow_width is not None:
            tt["inflow"]["width_m"] = args.inflow_width
        project.set_scenario(Scenario("spring-flood", "Spring flood tabletop", flood="dynamic", tabletop=tt))
        t = time.perf_counter()
        cpu = time.process_time()
        ex = Exercise(project, "spring-flood")
        t_build = time.perf_counter() - t
        t = time.perf_counter()
        result = ex.run()
        t_run = time.perf_counter() - t
        cpu = time.process_time() - cpu
        t_report = float("nan")
        if args.report is not None:
            from floodplan.plates.aar import write_after_action_report

            t = time.perf_counter()
            write_after_action_report(result, project, args.report, languages=("en", "de"))
            t_report = time.perf_counter() - t
    rows = [
        ("flood model grid", f"{ex.grid.shape[0]} x {ex.grid.shape[1]} cells of {ex.grid.dx:g} m"),
        ("flood model", "full momentum (advection)" if args.advection else "local inertial"),
        ("flood model steps", f"{ex.model.steps}"),
        ("exercise steps", f"{len(result.timeline)}"),
        ("sample generation (s, not timed)", f"{t_sample:.1f}"),
        ("build exercise (s)", f"{t_build:.1f}"),
        ("replay (s)", f"{t_run:.1f}"),
        ("build + replay (s, target <= 120)", f"{t_build + t_run:.1f}"),
        ("CPU time of build + replay (s, all threads)", f"{cpu:.1f}"),
        ("flood model cell-updates (cells computed)", f"{ex.model.cells_updated:.3g}"),
        ("cell-updates per CPU-second", f"{ex.model.cells_updated / cpu / 1e6:.0f} million"),
        ("numba threads", f"{numba.get_num_threads()}"),
        (
            "load average (1 min) at start / end",
            f"{load0:.1f} / {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
        ),
        ("water in / out (m³)", f"{ex.model.volume_in_m3:.3g} / {ex.model.volume_out_m3:.3g}"),
        ("mass error (%)", f"{ex.model.mass_error_pct:.2g}"),
        ("max depth (m)", f"{float(np.nanmax(ex.model.max_depth)):.2f}"),
        ("max depth farther than 50 m from the inflow (m)", f"{_max_depth_beyond(ex, tt, 50.0):.2f}"),
        ("after-action report (s)", f"{t_report:.1f}"),
    ]
    for m, tab in result.decision_summary.items():
        if m == "decisions":
            continue
        for c, e in tab.items():
            rows.append((f"decision effect {m} {c} (people, end)", f"{e['difference_final']:+.0f}"))
    w = max(len(a) for a, _ in rows)
    print(f"{'measure':<{w}}  value")
    print("-" * (w + 30))
    for a, b in rows:
        print(f"{a:<{w}}  {b}")


def _max_depth_beyond(ex, tt, dist_m: float) -> float:
    """The largest maximum depth (m) of the cells farther than ``dist_m`` from the inflow point."""
    rows, cols = np.indices(ex.grid.shape)
    x, y = ex.grid.xy(rows, cols)
    far = np.hypot(x - tt["inflow"]["x"], y - tt["inflow"]["y"]) > dist_m
    return float(np.nanmax(np.where(far, ex.model.max_depth, np.nan)))


if __name__ == "__main__":
    main()
