"""The session of issue 13 on the real sample valley, as a script (run it under Xvfb to watch it, or
offscreen): run hq100-joint, run hq300-breach, Results › Compare › "Show changes on map" (about a
thousand buildings highlighted), Tabletop › Play, then drag the map while the exercise plays; Reset.

``python tests/gui/issue13_session.py [--rounds N] [--shots DIR]`` prints ``ok <rounds> <paints>`` and
exits 0 when it survived; with ``--shots`` it saves window grabs (first view, run with results, compare
highlights, exercise after Reset) as PNGs. Nothing here is timed: every wait is on the job's own end.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("FLOODPLAN_DATA_DIR", tempfile.mkdtemp(prefix="fp-session-"))
sys.path.insert(0, str(Path(__file__).parent))
import scripted  # noqa: E402  (this folder's helpers for scripts)


def wait_job(app, job, bound_s: float = 900.0) -> None:
    """Process events until ``job`` has reported its end (its relay's ``ended``), at most ``bound_s``."""
    if job is None:
        return
    done = []
    job.relay.ended.connect(lambda: done.append(True))
    end = time.monotonic() + bound_s
    while job.running and not done and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def settle(app, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--shots", default=None)
    ap.add_argument(
        "--play-steps", type=int, default=0, help="stop Play after this many steps (0: to the end)"
    )
    ap.add_argument("--runs-once", action="store_true", help="run the two scenarios in the first round only")
    ap.add_argument(
        "--edits", action="store_true", help="each round also places and moves a resource, saves, reopens"
    )
    args = ap.parse_args(argv)

    from floodplan.gui.app import application, create_main_window
    from floodplan.io.projectfile import open_project
    from floodplan.sample import sample_project_path

    app = application()
    shots = Path(args.shots) if args.shots else None
    if shots:
        shots.mkdir(parents=True, exist_ok=True)

    def grab(name):
        if shots:
            settle(app, 0.5)
            win.grab().save(str(shots / f"{name}.png"))

    win = create_main_window(open_project(sample_project_path()))
    win.resize(1600, 1000)
    win.show()
    settle(app, 1.0)
    grab("01-first-view")
    panel, dash, table, canvas = win.scenario_panel, win.dashboard, win.tabletop, win.canvas
    paints = 0
    for r in range(args.rounds):
        for name in ("hq100-joint", "hq300-breach") if (r == 0 or not args.runs_once) else ():
            panel.scenario_combo.setCurrentIndex(panel.scenario_combo.findData(name))
            job = panel.run()
            wait_job(app, job)
            if job.state != "done":
                print(f"run of {name} ended {job.state}: {panel.status.text()}", file=sys.stderr)
                return 3
        if r == 0:
            dash.raise_()
            grab("02-run-with-results")
        dash.compare_a.setCurrentText("hq100-joint")
        dash.compare_b.setCurrentText("hq300-breach")
        dash.compare()
        dash.show_changes()
        sel = canvas.selection
        if r == 0:
            print("highlighted", len(sel[1]) if sel else 0, flush=True)
            grab("03-compare-changes")
        # Tabletop › Play, and drag the map while it plays (one drag: press, moves, release).
        table.raise_()
        wait_job(app, table.job)
        table.set_playing(True)
        k = 0
        end = time.monotonic() + 600
        start_minute = table.minute
        step = table.tabletop.step_minutes

        limit = start_minute + args.play_steps * step - 1e-9 if args.play_steps else float("inf")
        while (table.playing or table.job is not None) and time.monotonic() < end and k < 400:
            if table.minute >= limit:
                break
            paints += scripted.drag_map(app, canvas, (600, 400), k, moves=5, step=(7, 4), period=9)
            k += 1
            if k % 50 == 0:
                canvas.set_selection(*sel) if sel else None  # keep the big selection on the map
        table.set_playing(False)
        wait_job(app, table.job)
        # The re-selection above is the script's stress, not the app's (Play clears result highlights);
        # the user clicks on empty map, which selects nothing, then presses Reset.
        win.select(None)
        table.reset(user=True)
        wait_job(app, table.job)
        if r == 0:
            grab("04-exercise-after-reset")
        if args.edits:
            # place a resource (its coverage follows live), move it, save the project and reopen it
            from shapely.geometry import Point

            x0, y0, x1, y1 = canvas.full_extent()
            win.add_resource(Point(x0 + (x1 - x0) * (0.3 + 0.02 * r), (y0 + y1) / 2), "fire")
            layer, fids = canvas.selection
            settle(app, 0.3)
            wait_job(app, win._live_job)
            win.set_geometry(layer, fids[0], Point(x0 + (x1 - x0) * 0.6, (y0 + y1) / 2))
            settle(app, 0.3)
            wait_job(app, win._live_job)
            target = Path(os.environ["FLOODPLAN_DATA_DIR"]) / f"session-{r % 2}.gpkg"
            if not win.save_as(str(target)) or not win.open_project(str(target), ask=False):
                print(f"save/reopen failed in round {r}", file=sys.stderr)
                return 4
            panel, dash, table, canvas = win.scenario_panel, win.dashboard, win.tabletop, win.canvas
            for name in ("hq100-joint", "hq300-breach"):  # a reopened project has no results yet
                panel.scenario_combo.setCurrentIndex(panel.scenario_combo.findData(name))
                job = panel.run()
                wait_job(app, job)
    win.project.stack.set_clean()
    win._recovered = False
    win.close()
    app.processEvents()
    print("ok", args.rounds, paints, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
