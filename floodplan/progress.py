"""Progress reporting and cancellation for long engine work, without Qt.

Every long engine function takes ``feedback: Feedback | None``. It calls ``feedback.step(fraction,
message)`` between steps; that raises :class:`floodplan.errors.Cancelled` once ``cancel()`` was called
(from any thread). The GUI's worker turns ``on_progress`` into a progress bar and its Cancel button into
``cancel()`` (the same shape as QGIS's QgsFeedback).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from floodplan.errors import Cancelled


class Feedback:
    """Progress callback plus a thread-safe cancel flag.

    Parameters
    ----------
    on_progress : callable(fraction: float, message: str), optional
        Called with a fraction in [0, 1] and a short message at every step.
    """

    def __init__(self, on_progress: Callable[[float, str], None] | None = None):
        self._on_progress = on_progress
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled if cancel() was called."""
        if self._cancel.is_set():
            raise Cancelled("cancelled by the user; nothing was changed")

    def step(self, fraction: float, message: str = "") -> None:
        """Report progress (fraction in [0, 1]) and raise Cancelled if cancelled."""
        self.check()
        if self._on_progress is not None:
            self._on_progress(min(max(float(fraction), 0.0), 1.0), message)

    def sub(self, start: float, stop: float) -> Feedback:
        """A Feedback for one part of the work that maps its [0, 1] onto [start, stop] of this one."""
        parent = self

        def forward(fraction: float, message: str) -> None:
            parent.step(start + (stop - start) * fraction, message)

        child = Feedback(forward)
        child._cancel = self._cancel  # one cancel flag for the whole job
        return child


def step(feedback: Feedback | None, fraction: float, message: str = "") -> None:
    """Report progress on an optional Feedback."""
    if feedback is not None:
        feedback.step(fraction, message)
