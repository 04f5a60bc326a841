"""The crash sequence of issue 13, as a script: a tabletop exercise plays (the flood model reports progress
from its worker thread) while the map paints a large selection (about 1,000 highlighted buildings) and is
dragged, over and over. Before the fix this died with ``Fatal Python error: none_dealloc`` within the first
round on PySide6 6.12.0 / CPython 3.11 (see floodplan/gui/qt_guard.py).

Run as ``python tests/gui/crash_scenario.py [ROUNDS]``; prints ``ok <paints>`` and exits 0 when it
survived. Tests run it in a subprocess, so that an abort fails the test instead of killing pytest.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FLOODPLAN_DATA_DIR", tempfile.mkdtemp(prefix="fp-crash-"))

sys.path.insert(0, str(Path(__file__).parent))
import scripted  # noqa: E402  (this folder's helpers for scripts)

TABLETOP = scripted.tabletop(20.0)


def build_project(n_buildings: int = 1000):
    import conftest  # the GUI tests' valley
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import box

    from floodplan.model.scenario import Scenario
    from floodplan.model.schema import normalise

    p = conftest.build_valley_project()
    lyr = p.layer("buildings")
    # a 40 x 25 block of 8 m houses north of the river (many highlighted outlines to paint)
    houses = [
        box(500010 + 29 * i, 5599650 + 13 * j, 500018 + 29 * i, 5599658 + 13 * j)
        for i in range(40)
        for j in range(n_buildings // 40)
    ]
    extra = gpd.GeoDataFrame(
        {"population": [1] * len(houses), "kind": ["residential"] * len(houses)}, geometry=houses, crs=p.crs
    )
    lyr.data = normalise(
        gpd.GeoDataFrame(pd.concat([lyr.data, extra], ignore_index=True), crs=p.crs), "assets", "buildings"
    )
    p.scenarios["hq100"] = Scenario("hq100", level_m=102.0, tabletop=TABLETOP)
    p.stack.clear()
    return p


def main(rounds: int = 3) -> int:
    from PySide6.QtWidgets import QApplication

    from floodplan.gui.app import application, create_main_window

    app = application()
    win = create_main_window(build_project())
    win.resize(1200, 800)
    win.show()
    canvas = win.canvas
    canvas.zoom_full()
    fids = list(win.project.layer("buildings").data.index)
    canvas.set_selection("buildings", fids)
    dock = win.tabletop
    paints = 0
    deadline = time.monotonic() + 240
    for _ in range(rounds):
        dock.reset()
        while (dock.state is None or dock.job is not None) and time.monotonic() < deadline:
            app.processEvents()
        dock.set_playing(True)
        k = 0
        while (dock.playing or dock.job is not None) and time.monotonic() < deadline:
            # a drag of the map: press, a few moves, release; every move repaints the selection
            paints += scripted.drag_map(app, canvas, (400, 300), k, moves=6, step=(5, 3), period=7)
            k += 1
    win.project.stack.set_clean()
    win._recovered = False
    win.close()
    QApplication.processEvents()
    print("ok", paints, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3))
