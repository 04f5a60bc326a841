"""Start-up order (issue 13 item 15): the map's first frame comes before the engine's heavy imports and the
docks; the live flood is prepared afterwards, on a worker. The times themselves are measured by
benchmarks/bench_canvas.py (never asserted here: tests do not depend on the machine's speed)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.gui

FIRST_FRAME = r"""
import sys
from floodplan.gui.app import application
from floodplan.gui.main_window import MainWindow
app = application()
w = MainWindow(docks_after_first_frame=True)
w.show()
w.open_project(sys.argv[1], ask=False)
w.canvas.redraw()
app.processEvents()  # paints the first frame; the docks are built by a timer after it, not yet run
heavy = ("numba", "scipy", "dask", "floodplan.sim", "floodplan.plates")
# the result's typed container (dataclasses over pandas, which the map needs anyway) is not engine work
light = {"floodplan.sim", "floodplan.sim.result"}
print("heavy:", " ".join(sorted({m for m in sys.modules if m.startswith(heavy) and m not in light})))
print("drawn:", len(w.canvas._arts), w.scenario_panel is None)
w.project.stack.set_clean()
"""


def test_the_first_frame_needs_neither_the_engine_nor_the_docks(valley_path, tmp_path):
    # Which modules are loaded is a fact of the code, not of the machine: read from sys.modules in a new
    # process that opens the window the way run_app does and paints the project once.
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        FLOODPLAN_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    out = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, str(valley_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    lines = dict(
        line.split(":", 1) for line in out.stdout.splitlines() if line.startswith(("heavy:", "drawn:"))
    )
    assert lines["heavy"].strip() == ""  # no numba, scipy, dask, simulation or plate module before the frame
    n_layers, no_panel = lines["drawn"].split()
    assert int(n_layers) == 7 and no_panel == "True"  # the test valley's 7 layers drawn, docks not yet built


def test_the_scenario_dock_comes_after_the_first_frame_and_the_rest_after_the_live_flood(
    qtbot, valley_builder
):
    from floodplan.gui.main_window import MainWindow

    win = MainWindow(valley_builder(), docks_after_first_frame=True)
    qtbot.addWidget(win)
    assert win.scenario_panel is None and win.dashboard is None and win.tabletop is None
    with qtbot.waitSignal(win.canvas.firstFrame, timeout=120_000):
        win.resize(1280, 860)
        win.show()
    # Generous bounds: these wait for the app's own steps (a timer after the first frame; the live flood's
    # preparation on a worker), not for a speed.
    qtbot.waitUntil(lambda: win.scenario_panel is not None, timeout=120_000)  # it prepares the live flood
    qtbot.waitUntil(lambda: win.canvas.depth is not None, timeout=120_000)  # the live flood is shown
    qtbot.waitUntil(lambda: win.tabletop is not None, timeout=120_000)  # then the other docks
    assert win.dashboard is not None
    assert win.findChildren(type(win.tabletop)) == [win.tabletop]  # built once
    assert win.findChildren(type(win.dashboard)) == [win.dashboard]
    # Shown, not only built (a dock added to a shown window must not stay hidden): the scenario dock in
    # front, the others as tabs behind it.
    docks = (win.scenario_panel, win.dashboard, win.tabletop)
    qtbot.waitUntil(lambda: all(not d.isHidden() for d in docks), timeout=120_000)
    assert win.scenario_panel.isVisible()
    win.project.stack.set_clean()
    win.close()
