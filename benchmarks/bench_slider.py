"""Live flood slider speed: slider move to repainted map, per flood kind, printed as a table (run by hand).

    python benchmarks/bench_slider.py [--moves 20] [--size 1400x900]

Target (issue 5): slider-to-redrawn-flood <= 100 ms median on the sample (1200 x 800 DEM).
Opens the real main window on the bundled sample project (offscreen unless QT_QPA_PLATFORM is set),
and for each flood kind — profile (the sample's hq100-joint: the slider moves the whole profile by an
offset), volume (hq100-volume-planned) and level (a level scenario added for the run, not saved) —
waits for the live flood to be ready, then drags the scenario panel's slider over ``--moves`` positions
the way a mouse drag does (slider held down: no scenario edit until release). Each move is timed from
``slider.setValue`` to the end of a forced synchronous ``canvas.repaint()``; the events that Qt runs
afterwards (deferred timers) are timed separately. The first move after the view was drawn remakes the
canvas's cached bitmaps and is shown apart from the rest. "engine" is the preview's own answer time for
the same values; "full draw" is a complete matplotlib redraw of the canvas, for comparison.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def wait_until(app, cond, timeout=60.0) -> None:
    t0 = time.perf_counter()
    while not cond():
        if time.perf_counter() - t0 > timeout:
            raise TimeoutError("the live flood was not ready in time")
        app.processEvents()
        time.sleep(0.005)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--moves", type=int, default=20)
    ap.add_argument("--size", default="1400x900", help="main window size WxH (logical pixels)")
    args = ap.parse_args(argv)
    w_px, h_px = (int(v) for v in args.size.lower().split("x"))

    from floodplan.gui.app import application, create_main_window
    from floodplan.io.projectfile import open_project
    from floodplan.model.scenario import Scenario
    from floodplan.sample import sample_project_path

    app = application()
    project = open_project(sample_project_path())
    # A level scenario for the run (the sample's planning scenarios are profile and volume floods).
    lo_z = float(project.dem.z[~(project.dem.z != project.dem.z)].min())
    project.set_scenario(Scenario("bench-level", flood="level", level_m=lo_z + 5.0))
    project.stack.clear()
    win = create_main_window(project)
    win.resize(w_px, h_px)
    win.show()
    app.processEvents()
    panel, canvas = win.scenario_panel, win.canvas
    print(
        f"sample DEM {project.dem.shape[1]} x {project.dem.shape[0]} cells; "
        f"canvas {canvas.device_size()[0]} x {canvas.device_size()[1]} device px; {args.moves} moves"
    )

    rows = []
    for name in ("hq100-joint", "hq100-volume-planned", "bench-level"):
        panel.scenario_combo.setCurrentText(name)
        sc = project.scenario(name)
        wait_until(
            app,
            lambda: (
                panel.preview is not None
                and panel._preview_key == panel._preview_wanted_key()
                and panel.slider.isEnabled()
            ),
        )
        canvas.draw()  # the view as the user sees it before dragging
        app.processEvents()
        full = statistics.median(canvas.redraw() for _ in range(3))
        app.processEvents()

        preview, lo_hi = panel.preview, panel._range
        positions = [int(200 + 600 * i / max(args.moves - 1, 1)) for i in range(args.moves)]
        values = [lo_hi[0] + (lo_hi[1] - lo_hi[0]) * p / 1000 for p in positions]
        ask = {
            "profile": preview.depth_at_offset,
            "volume": preview.depth_for_volume,
            "level": preview.depth_at_level,
        }[sc.flood]
        engine = []
        for v in values:
            t0 = time.perf_counter()
            ask(v)
            engine.append((time.perf_counter() - t0) * 1000)

        panel.slider.setSliderDown(True)  # a mouse drag: the scenario is edited once, on release
        moves, after = [], []
        for pos in positions:
            t0 = time.perf_counter()
            panel.slider.setValue(pos)
            canvas.repaint()
            t1 = time.perf_counter()
            app.processEvents()
            t2 = time.perf_counter()
            moves.append((t1 - t0) * 1000)
            after.append((t2 - t1) * 1000)
        label = panel.slider_label.text().split(":")[0]
        panel.slider.setSliderDown(False)
        app.processEvents()
        if project.stack.can_undo:
            project.stack.undo()  # leave the scenario as it was
        app.processEvents()
        rest = moves[1:]
        rows.append(
            (
                sc.flood,
                name,
                statistics.median(engine),
                moves[0],
                statistics.median(rest),
                max(rest),
                statistics.median(after),
                max(after),
                full,
                label,
            )
        )

    head = (
        f"{'kind':8} {'scenario':22} {'engine':>7} {'1st move':>9} {'median':>7} {'max':>7} "
        f"{'after med':>9} {'after max':>9} {'full draw':>9}  last label"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        print(
            f"{r[0]:8} {r[1]:22} {r[2]:7.1f} {r[3]:9.1f} {r[4]:7.1f} {r[5]:7.1f} {r[6]:9.1f} {r[7]:9.1f} "
            f"{r[8]:9.1f}  {r[9]}"
        )
    print("(ms; median and max over moves 2..N; target: median <= 100 ms)")
    project.stack.set_clean()
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
