"""Time plates, atlas and report on the sample valley and print a table (run by hand, not by pytest).

    python benchmarks/bench_plates.py [--scenario hq100-joint] [--repeat 2]

Targets (issue 6): an A3 plate at 300 dpi ≤ 3 s as PNG and ≤ 5 s as PDF. The scenario run and the
building of the sample are timed separately and are not part of the plate times. The relief is cached per
DEM like in the app, so the first plate of a session also pays for it (shown as its own row).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from floodplan.plates.layout import render_atlas, render_plate  # noqa: E402
from floodplan.plates.report import write_report  # noqa: E402
from floodplan.plates.spec import PlateSpec  # noqa: E402
from floodplan.render.relief import clear_cache, shaded_relief  # noqa: E402

_CPU: dict[str, float] = {}


def _timed(fn):
    """Wall seconds and result; the CPU seconds of the same call go to _CPU["last"] (the machine is shared,
    so wall time alone overstates the cost when other work competes for the cores)."""
    t, c = time.perf_counter(), time.process_time()
    out = fn()
    _CPU["last"] = time.process_time() - c
    return time.perf_counter() - t, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scenario", default="hq100-joint")
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()

    from floodplan.sample.project import build_project
    from floodplan.sample.valley import make_valley, write_sources
    from floodplan.sim.runner import run_scenario

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t, valley = _timed(make_valley)
        write_sources(valley, tmp / "src")
        project = build_project(tmp / "src", valley)
        rows.append(("sample valley built (not a plate)", t, ""))
        t, result = _timed(lambda: run_scenario(project, args.scenario))
        rows.append((f"run_scenario {args.scenario} (not a plate)", t, ""))
        clear_cache()
        t, _ = _timed(lambda: shaded_relief(project.dem))
        rows.append((f"relief of the DEM {project.dem.shape} (once per DEM)", t, ""))

        cases = [
            ("A3 landscape 300 dpi PNG", PlateSpec(paper="A3", dpi=300, languages=["en", "de"]), "png", 3.0),
            ("A3 landscape 300 dpi PDF", PlateSpec(paper="A3", dpi=300, languages=["en", "de"]), "pdf", 5.0),
            ("A3 landscape SVG", PlateSpec(paper="A3", dpi=300, languages=["en", "de"]), "svg", None),
            ("A4 portrait 150 dpi PNG", PlateSpec(paper="A4", orientation="portrait", dpi=150), "png", None),
            (
                "A0 landscape 150 dpi PDF",
                PlateSpec(paper="A0", dpi=150, languages=["en", "de", "pl"]),
                "pdf",
                None,
            ),
        ]
        for label, spec, fmt, target in cases:
            best, best_cpu = float("inf"), float("inf")
            size = 0
            for _ in range(args.repeat):
                out = tmp / f"plate.{fmt}"
                t, _ = _timed(lambda spec=spec, out=out: render_plate(project, result, spec, out))
                best, best_cpu = min(best, t), min(best_cpu, _CPU["last"])
                size = os.path.getsize(out)
            ok = "" if target is None else ("OK" if best <= target else f"OVER {target:g} s")
            rows.append((f"{label} ({size / 1e6:.1f} MB)", best, f"cpu {best_cpu:.2f} s  {ok}"))
        t, info = _timed(
            lambda: render_atlas(
                project, result, PlateSpec(paper="A4", dpi=150, languages=["en", "de"]), tmp / "atlas.pdf"
            )
        )
        rows.append((f"atlas A4, {info['pages']} pages PDF", t, ""))
        t, _ = _timed(lambda: write_report(project, result, tmp / "report.html", languages=["en", "de"]))
        rows.append(("report HTML + CSV + GPKG", t, ""))
        t, _ = _timed(lambda: write_report(project, result, tmp / "report.pdf", languages=["en", "de"]))
        rows.append(("report PDF + CSV + GPKG", t, ""))

    width = max(len(r[0]) for r in rows)
    print(f"{'case':<{width}}  {'seconds':>8}  target")
    print("-" * (width + 20))
    for label, t, ok in rows:
        print(f"{label:<{width}}  {t:8.2f}  {ok}")
    print(f"(cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
