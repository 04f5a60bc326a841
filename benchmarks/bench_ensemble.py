"""Time ``floodplan ensemble`` on the sample valley with 1 and 2 local Dask workers, and size its transfers.

Run by hand: ``python benchmarks/bench_ensemble.py [--members 2000] [--seed 1]``. Prints a table: workers,
members, distinct flood states (members sharing a failed set share one flood per event), wall time (the
cluster's start included, and without it), members per second, states per second, parallel efficiency;
then the bytes sent to each worker once (the scattered inputs) and returned per state, and the time of one
state on one core, from which the README's estimate for a cluster is made.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

from floodplan.io.projectfile import open_project  # noqa: E402
from floodplan.progress import Feedback  # noqa: E402
from floodplan.sample.project import write_sample  # noqa: E402
from floodplan.sim import ensemble as ens  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--members", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        write_sample(Path(tmp))
        project = open_project(Path(tmp) / "valley.gpkg")

        # The inputs every worker gets once, and one state's flood on this core.
        marks: dict[str, float] = {}

        def mark(fraction, message):
            marks.setdefault(message.split(" ")[0], time.perf_counter())

        captured = {}
        real = ens._compute_states

        def capture(setup, states, scheduler, n_workers, fb):
            captured["setup"], captured["states"] = setup, states
            return real(setup, states, scheduler, n_workers, fb)

        ens._compute_states = capture
        rows = []
        for workers in (1, 2):
            t0 = time.perf_counter()
            t_dask = {}

            def on_progress(f, m, t_dask=t_dask):
                if "distinct flood state" in m:
                    t_dask.setdefault("start", time.perf_counter())

            r = ens.run_ensemble(
                project, members=args.members, seed=args.seed, workers=workers, feedback=Feedback(on_progress)
            )
            wall = time.perf_counter() - t0
            dask_wall = time.perf_counter() - t_dask.get("start", t0)
            s = r.summary["distinct_states"]
            rows.append((workers, args.members, s, wall, dask_wall))
        ens._compute_states = real

        setup, states = captured["setup"], captured["states"]
        t = time.perf_counter()
        one = setup.evaluate(states[0])
        per_state = time.perf_counter() - t
        scatter_mb = len(pickle.dumps(setup)) / 1e6
        result_kb = len(pickle.dumps(one)) / 1e3
        cells = setup.dem.shape[0] * setup.dem.shape[1]
        events = len(r.events)

    print(f"ensemble of the sample valley ({cells:,} cells, {events} events), seed {args.seed}")
    print(f"{'workers':>7} {'members':>8} {'states':>6} {'wall s':>7} {'dask s':>7} {'members/s':>10} "
          f"{'states/s':>9} {'efficiency':>10}")  # fmt: skip
    base = rows[0][4] / max(rows[0][2], 1)
    for workers, members, s, wall, dask_wall in rows:
        eff = base / (dask_wall / max(s, 1)) / workers
        print(
            f"{workers:>7} {members:>8} {s:>6} {wall:>7.1f} {dask_wall:>7.1f} {members / wall:>10.0f} "
            f"{s / dask_wall:>9.2f} {eff:>10.0%}"
        )
    print(f"one state (all {events} events' floods and damage) on one core: {per_state:.2f} s")
    print(f"sent to each worker once: {scatter_mb:.1f} MB; returned per state: {result_kb:.0f} kB")


if __name__ == "__main__":
    main()
