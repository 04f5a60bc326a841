"""Start-up trace for ``benchmarks/bench_canvas.py`` (issue 13 item 15), off unless asked for.

With ``FLOODPLAN_STARTUP_TRACE=<file>`` in the environment, the app appends one line per start-up event to
that file, ``<event> <time.time()> <time.process_time()>`` (seconds since the epoch, so the benchmark can
subtract the moment it started the process, and the CPU seconds the process has used, all its threads: on a
loaded machine they tell what an idle one would take): ``first_frame`` when the map canvas has painted a frame with the project's layers,
``flood_ready`` when the live flood preview is ready; once both are written the app quits by itself.
Without the variable :func:`mark` does nothing.
"""

from __future__ import annotations

import os
import time

EVENTS = ("first_frame", "flood_ready")
_done: set[str] = set()


def enabled() -> bool:
    return bool(os.environ.get("FLOODPLAN_STARTUP_TRACE"))


def mark(event: str) -> None:
    """Write ``event`` once (when tracing); quit the app when every event of :data:`EVENTS` is written."""
    path = os.environ.get("FLOODPLAN_STARTUP_TRACE")
    if not path or event in _done:
        return
    _done.add(event)
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"{event} {time.time():.6f} {time.process_time():.3f}\n")
    if _done >= set(EVENTS):
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        QTimer.singleShot(0, QApplication.quit)
