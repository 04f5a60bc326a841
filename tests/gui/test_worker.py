"""The background worker: results, progress, errors and Cancel arrive in the GUI thread; never a freeze."""

from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import QThread  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from floodplan.errors import InputError  # noqa: E402
from floodplan.gui.worker import ProgressWidget, error_message, run_in_thread  # noqa: E402
from floodplan.progress import Feedback  # noqa: E402

pytestmark = pytest.mark.gui


def _sum_of_squares(n: int, feedback: Feedback) -> int:
    total = 0
    for i in range(n):
        feedback.step(i / n, f"term {i}")
        total += i * i
    feedback.step(1.0, "done")
    return total


def test_result_and_progress_arrive_in_gui_thread(qtbot):
    gui = QThread.currentThread()
    seen: dict = {"progress": [], "threads": set()}
    ran_on = []

    def work(n, feedback):
        ran_on.append(threading.current_thread() is threading.main_thread())
        return _sum_of_squares(n, feedback)

    def on_progress(f, msg):
        seen["progress"].append(f)
        seen["threads"].add(QThread.currentThread() is gui)

    def on_done(value):
        seen["done"] = value
        seen["threads"].add(QThread.currentThread() is gui)

    job = run_in_thread(work, 10, on_done=on_done, on_progress=on_progress)
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    # 0² + 1² + ... + 9² = 9·10·19/6 = 285 (sum of squares formula)
    assert seen["done"] == 285
    assert job.state == "done" and job.result == 285
    assert ran_on == [False]  # the function ran off the GUI thread
    assert seen["threads"] == {True}  # every callback ran in the GUI thread
    assert seen["progress"][0] == 0.0 and seen["progress"][-1] == 1.0
    assert seen["progress"] == sorted(seen["progress"])


def test_cancel_stops_between_steps_and_reports_cancelled(qtbot):
    started = threading.Event()
    release = threading.Event()
    steps_after_release = []
    outcome = []

    def slow(feedback):
        feedback.step(0.0, "start")
        started.set()
        release.wait(5)
        for i in range(100):
            feedback.step(0.5 + i / 200, "step")
            steps_after_release.append(i)
        return "finished"

    job = run_in_thread(
        slow,
        on_done=lambda v: outcome.append(("done", v)),
        on_error=lambda e: outcome.append(("error", e)),
        on_cancelled=lambda: outcome.append(("cancelled",)),
    )
    assert started.wait(5)
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    assert outcome == [("cancelled",)]
    assert job.state == "cancelled"
    assert steps_after_release == []  # the very next step raised Cancelled


def test_input_error_gives_its_sentence(qtbot):
    errors = []

    def bad(feedback):
        raise InputError(
            "layer 'roads': attribute 'speed_kmh' must be above 0; correct the roads with 0 or less."
        )

    job = run_in_thread(bad, on_error=errors.append, on_done=lambda v: errors.append("done?"))
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    assert len(errors) == 1 and isinstance(errors[0], InputError)
    assert error_message(errors[0]) == (
        "Layer 'roads': attribute 'speed_kmh' must be above 0; correct the roads with 0 or less."
    )


def test_unexpected_error_is_logged_and_reported(qtbot, caplog):
    errors = []

    def buggy(feedback):
        return {}["missing"]

    job = run_in_thread(buggy, on_error=errors.append)
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    assert isinstance(errors[0], KeyError)
    assert "KeyError" in error_message(errors[0]) and "log" in error_message(errors[0])
    assert any("failed" in r.getMessage() and r.exc_info for r in caplog.records)


def test_gui_stays_responsive_while_job_runs(qtbot):
    """The event loop keeps turning while the worker blocks: a timer fires during the job."""
    release = threading.Event()
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    job = run_in_thread(lambda feedback: release.wait(5))
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=3000)
    assert job.running
    release.set()
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    timer.stop()


def test_progress_widget_drives_cancel(qtbot):
    widget = ProgressWidget()
    qtbot.addWidget(widget)
    started = threading.Event()
    outcome = []

    def endless(feedback):
        started.set()
        while True:
            feedback.step(0.25, "working")
            threading.Event().wait(0.005)

    job = run_in_thread(
        endless,
        on_progress=widget.set_progress,
        on_cancelled=lambda: (outcome.append("cancelled"), widget.finish("cancelled")),
    )
    widget.track(job)
    assert started.wait(5)
    qtbot.waitUntil(lambda: widget.bar.value() == 250, timeout=3000)  # 0.25 of 1000 steps
    assert widget.cancel_button.isEnabled()
    widget.cancel_button.click()
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    assert outcome == ["cancelled"]
    assert widget.message.text() == "cancelled"
    assert not widget.cancel_button.isEnabled()
    QApplication.processEvents()


def test_progress_is_throttled_to_twenty_per_second(qtbot):
    # 20,000 reports as fast as the engine can make them: the GUI gets at most one per 50 ms of the job's
    # own duration (plus the first and the final one), never a flood of queued events.
    import time

    seen = []
    took = {}

    def work(feedback):
        t0 = time.monotonic()
        for i in range(20_000):
            feedback.step(i / 20_000, "x")
        feedback.step(1.0, "done")
        took["s"] = time.monotonic() - t0

    job = run_in_thread(work, on_progress=lambda f, m: seen.append(f))
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert len(seen) <= took["s"] / 0.05 + 2


def test_a_job_still_running_at_exit_does_not_abort_the_process(tmp_path):
    # A QThread destroyed while its thread runs aborts the process ("QThread: Destroyed while thread …
    # is still running"); at exit the running jobs are cancelled and waited for (worker.shutdown_jobs).
    import os
    import subprocess
    import sys

    code = """
import time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from floodplan.gui.worker import run_in_thread
def slow(feedback):
    for i in range(200):
        feedback.step(i / 200)
        time.sleep(0.01)
job = run_in_thread(slow)
print("leaving", flush=True)
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FLOODPLAN_DATA_DIR=str(tmp_path))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "leaving" in proc.stdout and "Destroyed while thread" not in proc.stderr
