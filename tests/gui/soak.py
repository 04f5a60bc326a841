"""A seeded soak of the app: N random actions drawn from the real ones (tools, clicks, drags, wheel,
undo/redo, the live-flood slider, run, cancel, compare, the exercise's play/step/apply/reset, save and
reopen), with worker threads running, on the GUI tests' small valley.

``python tests/gui/soak.py SEED N`` prints ``ok N`` and exits 0 when no action raised, no unexpected-error
dialog appeared and the process did not abort; tests run it in a subprocess (an abort fails the test
instead of killing pytest). Every action is one a user can do; the waits between them are event-loop
turns, never timed assertions.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FLOODPLAN_DATA_DIR", tempfile.mkdtemp(prefix="fp-soak-"))

sys.path.insert(0, str(Path(__file__).parent))
import scripted  # noqa: E402  (this folder's helpers for scripts)

TABLETOP = scripted.tabletop(
    5.0,
    injects=[{"minute": 60, "kind": "out_of_service", "target": "R1", "text": "R1 cut off"}],
    decisions=[{"minute": 30, "kind": "send_resource", "resource": "R1", "to": [500850.0, 5599850.0]}],
)
X0, X1, Y0, Y1 = 500000.0, 501200.0, 5599200.0, 5600000.0


def main(seed: int, n: int) -> int:
    import conftest  # the GUI tests' valley
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

    from floodplan.gui.app import application, create_main_window
    from floodplan.io.projectfile import open_project, save_project
    from floodplan.model.scenario import Scenario

    problems: list[str] = []
    dialogs: list[tuple[str, str]] = []

    def record(kind):
        def fn(parent, title, text, *a, **k):
            dialogs.append((kind, text))
            if kind == "critical":
                problems.append(f"dialog: {text}")
            return QMessageBox.StandardButton.Discard if kind == "question" else QMessageBox.StandardButton.Ok

        return fn

    for kind in ("warning", "critical", "information", "question"):
        setattr(QMessageBox, kind, staticmethod(record(kind)))
    QInputDialog.getText = staticmethod(lambda *a, **k: (f"soak {len(dialogs)}", True))

    def hook(exc_type, exc, tb):
        problems.append("".join(traceback.format_exception(exc_type, exc, tb)))

    sys.excepthook = hook
    app = application()
    rng = random.Random(seed)
    tmp = Path(tempfile.mkdtemp(prefix="fp-soak-files-"))
    project = conftest.build_valley_project()
    project.scenarios["hq100"] = Scenario("hq100", level_m=102.0, tabletop=TABLETOP)
    path = tmp / "valley.gpkg"
    save_project(project, path)
    win = create_main_window(open_project(path))
    win.resize(1280, 860)
    win.show()
    canvas = win.canvas

    def turn(k: int = 3) -> None:
        for _ in range(k):
            app.processEvents()

    def px(x, y) -> QPoint:
        a, b = canvas.map_to_pixel(x, y)
        return QPoint(int(a), int(b))

    def rpoint():
        return rng.uniform(X0 + 20, X1 - 20), rng.uniform(Y0 + 20, Y1 - 20)

    # ----------------------------------------------------------------- the actions
    def click_tool():
        name = rng.choice(["select", "place_resource", "pan", "identify", "breach"])
        win.set_tool(name)
        QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=px(*rpoint()))

    def draw_defense():
        win.set_tool("draw_defense")
        for _ in range(rng.randint(2, 4)):
            QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=px(*rpoint()))
        QTest.keyClick(canvas, Qt.Key.Key_Return)

    def drag():
        canvas.start_drag(*map(float, (rng.randint(100, 600), rng.randint(100, 400))))
        for _ in range(rng.randint(2, 6)):
            canvas.drag_to(float(rng.randint(50, 700)), float(rng.randint(50, 500)))
            canvas.repaint()
        canvas.end_drag(300.0, 300.0)

    def wheel():
        pos = QPointF(rng.randint(50, 700), rng.randint(50, 500))
        ev = QWheelEvent(
            pos, canvas.mapToGlobal(pos), QPoint(), QPoint(0, rng.choice([-120, 120])),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        canvas.wheelEvent(ev)

    def undo():
        win.actions["undo"].trigger()

    def redo():
        win.actions["redo"].trigger()

    def slider():
        panel = win.scenario_panel
        if panel.slider.isEnabled():
            panel.slider.setValue(rng.randint(0, panel.slider.maximum()))
            if rng.random() < 0.2:
                panel.save_preview()

    def run():
        win.scenario_panel.run()

    def cancel():
        win.scenario_panel.cancel()

    def compare():
        dash = win.dashboard
        if dash.compare_a.count() >= 1:
            dash.compare()
            if dash.show_changes_button.isEnabled():
                dash.show_changes()

    def scenario():
        panel = win.scenario_panel
        r = rng.random()
        if r < 0.3 and len(win.project.scenarios) < 5:
            panel.duplicate_scenario(f"copy {rng.randint(0, 999)}")
        else:
            panel.scenario_combo.setCurrentIndex(rng.randrange(panel.scenario_combo.count()))

    def exercise():
        t = win.tabletop
        r = rng.random()
        if r < 0.3:
            t.set_playing(not t.playing)
        elif r < 0.6:
            t.step(rng.choice([15, 30, 60]))
        elif r < 0.8:
            t.apply_scripted(None) if t.due_list.count() else t.add_entry("soak note")
        elif r < 0.9:
            t.reset(user=True)
        else:
            t.log_list.setCurrentRow(t.log_list.count() - 1)
            t.adopt_into_plan()

    def save_reopen():
        target = tmp / f"saved-{rng.randint(0, 3)}.gpkg"
        if win.save_as(str(target)) and rng.random() < 0.5:
            win.open_project(str(target), ask=False)

    actions = [
        (click_tool, 6), (draw_defense, 2), (drag, 5), (wheel, 3), (undo, 4), (redo, 2), (slider, 3),
        (run, 2), (cancel, 1), (compare, 1), (scenario, 1), (exercise, 4), (save_reopen, 1),
    ]  # fmt: skip
    fns = [f for f, _ in actions]
    weights = [w for _, w in actions]
    done = 0
    for i in range(n):
        fn = rng.choices(fns, weights)[0]
        try:
            fn()
        except Exception:  # noqa: BLE001 - every failure is a finding
            problems.append(f"action {i} {fn.__name__}:\n{traceback.format_exc()}")
        turn(rng.randint(1, 6))
        done += 1
        if problems:
            break
    # let the workers finish (on their own completion), then close as a user would
    end = time.monotonic() + 300
    while time.monotonic() < end and any(
        j is not None and j.running for j in (win.scenario_panel.run_job, win.tabletop.job)
    ):
        app.processEvents()
        time.sleep(0.01)
    n_results = len(win.dashboard.results) if win.dashboard is not None else 0
    win.project.stack.set_clean()
    win._style_dirty = False
    win._recovered = False
    win.close()
    QApplication.processEvents()
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"failed after {done} actions", flush=True)
        return 1
    kinds = sorted({k for k, _ in dialogs})
    stats = {
        "results": n_results,
        "dialogs": {k: sum(1 for d, _ in dialogs if d == k) for k in kinds},
    }
    print(f"ok {done} {stats}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 13, int(sys.argv[2]) if len(sys.argv) > 2 else 300)
    )
