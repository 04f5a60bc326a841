"""Time ``floodplan risk`` on the bundled sample valley with ALL subsets of its defenses; print a table
(run by hand, not by the tests).

    python benchmarks/bench_risk.py [--repeat 2]

The scheme is scenario ``hq100-volume-planned`` (the planned levee built): 6 defenses, so the exact
Shapley values need 2⁶ = 64 subsets × 3 events (hq30, hq100, hq300) = 192 floods on the 800 × 1200 grid,
plus 3 water surfaces (one per profile event, shared by every subset).

Target, from the number of floods: one flood under a given surface is one flood fill of the grid
(numba, ~0.1 s for 0.96 M cells on one core) and the damage of 5,643 buildings one gather (< 10 ms), so
192 floods should take about 192 × 0.1 s ≈ 20 s; the target is 60 s on one unloaded core (3× margin for
burning the terrain per subset and the bookkeeping). Volume events cost a priority-flood per subset
instead (the FloodModel, ~1 s), so the same scheme with volume events has a target of 64 × 1 s + 192 ×
0.05 s ≈ 75 s.
"""

from __future__ import annotations

import argparse
import time

from floodplan.io.projectfile import open_project
from floodplan.progress import Feedback
from floodplan.sample import sample_project_path
from floodplan.sim.risk import compute_risk


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args(argv)
    project = open_project(sample_project_path())
    cases = [
        ("profile events hq30/100/300", None, 60.0),
        ("volume events 3.5/4.6/5.5 Mm³", "30=V3.5e6,100=V4.613e6,300=V5.5e6", 75.0),
    ]
    compute_risk(project, "hq100-joint")  # warm-up: numba compilation, caches
    print(f"{'case':<32} {'defenses':>8} {'floods':>7} {'best s':>8} {'per flood ms':>13} {'target s':>9}")
    for label, events, target in cases:
        best = float("inf")
        for _ in range(args.repeat):
            t = time.perf_counter()
            r = compute_risk(project, "hq100-volume-planned", events=events, feedback=Feedback())
            best = min(best, time.perf_counter() - t)
        n = len(r.summary["scheme"])
        floods = r.summary["floods_computed"]
        print(f"{label:<32} {n:>8} {floods:>7} {best:>8.1f} {1000 * best / floods:>13.0f} {target:>9.0f}")


if __name__ == "__main__":
    main()
