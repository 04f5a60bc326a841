"""Background work for the app: run an engine function in a QThread with progress and a working Cancel.

The engine knows nothing of Qt: a long function takes ``feedback: Feedback`` and calls
``feedback.step(fraction, message)`` between steps, which raises :class:`floodplan.errors.Cancelled`
once ``cancel()`` was called. Here :func:`run_in_thread` runs such a function on a worker thread,
passes it a :class:`~floodplan.progress.Feedback` whose progress goes out through a Qt signal (queued
to the GUI thread: nothing on the worker thread ever touches a widget), and calls back in the GUI
thread with the result, the error or the cancellation.

:class:`ProgressWidget` is the bar + message + Cancel button the docks show while a job runs.
"""

from __future__ import annotations

import atexit
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from floodplan.errors import Cancelled, FloodplanError, InputError
from floodplan.progress import Feedback

log = logging.getLogger(__name__)

#: Jobs whose thread is still running; holding them here keeps Python from deleting a running QThread
#: when the caller drops its reference (which would abort the process).
_ACTIVE: set[Job] = set()


def shutdown_jobs(timeout_ms: int = 30000) -> int:
    """Cancel every running job and wait for its thread to end (at exit: a QThread destroyed while its
    thread runs aborts the whole process). Returns how many were still running after the wait."""
    jobs = list(_ACTIVE)
    for job in jobs:
        job.cancel()
    left = 0
    for job in jobs:
        if not job.thread.wait(timeout_ms):
            left += 1
    return left


# Last line of defence: whatever is still running when Python exits is stopped cleanly first.
atexit.register(shutdown_jobs)


def error_message(exc: BaseException) -> str:
    """The one sentence to show the user for an exception raised by engine work.

    InputError (and every other deliberate FloodplanError) already carries a sentence naming the
    file/layer/attribute and the fix; anything else is a bug, so the message says so and points to the
    log, where :class:`Worker` wrote the traceback.
    """
    if isinstance(exc, Cancelled):
        return "Cancelled; nothing was changed."
    if isinstance(exc, InputError | FloodplanError):
        text = str(exc).strip() or type(exc).__name__
        return text[0].upper() + text[1:]
    return f"Unexpected error ({type(exc).__name__}: {exc}); the details are in the log."


class Worker(QObject):
    """Runs ``fn(*args, feedback=Feedback, **kwargs)`` once, on whatever thread it was moved to.

    Signals (emitted on the worker thread; connections to objects living in the GUI thread are queued):

    - ``progress(float, str)``: fraction in [0, 1] and a short message;
    - ``done(object)``: the function's return value;
    - ``failed(object)``: the exception (InputError for the user's mistakes, anything else is logged);
    - ``cancelled()``: the function raised Cancelled after :meth:`cancel`;
    - ``finished()``: always last, whatever happened.

    Parameters
    ----------
    fn : callable
        Called as ``fn(*args, feedback=feedback, **kwargs)``; it should call ``feedback.step`` between
        steps so that progress shows and Cancel takes effect.
    pass_feedback : bool
        False for functions that take no ``feedback`` argument (they cannot be cancelled midway).
    """

    #: Seconds between two progress signals at most (20 Hz): the GUI never needs more, and every queued
    #: signal costs the GUI thread an event; the engine may report as often as it likes.
    PROGRESS_INTERVAL_S = 0.05

    progress = Signal(float, str)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, fn: Callable[..., Any], *args, pass_feedback: bool = True, **kwargs):
        super().__init__()
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._pass_feedback = pass_feedback
        self.feedback = Feedback(self._report)
        self._last_report = float("-inf")

    def _report(self, fraction: float, message: str) -> None:
        # Runs on the worker thread: it only emits (queued to the GUI thread), touches no widget and no
        # shared Python state, and drops reports that come faster than PROGRESS_INTERVAL_S (the last
        # one, fraction 1, always goes out).
        now = time.monotonic()
        if fraction < 1.0 and now - self._last_report < self.PROGRESS_INTERVAL_S:
            return
        self._last_report = now
        self.progress.emit(float(fraction), str(message))

    def cancel(self) -> None:
        """Ask the function to stop at its next step (thread-safe; returns at once)."""
        self.feedback.cancel()

    @Slot()
    def run(self) -> None:
        try:
            kwargs = dict(self._kwargs)
            if self._pass_feedback:
                kwargs["feedback"] = self.feedback
            result = self._fn(*self._args, **kwargs)
            # A function that ignores the feedback between its last step and its return still
            # finished its work; but if the user pressed Cancel, honour it: nothing is delivered.
            if self.feedback.cancelled:
                raise Cancelled("cancelled by the user; nothing was changed")
        except Cancelled:
            self.cancelled.emit()
        except InputError as exc:
            log.info("input error in background job: %s", exc)
            self.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - a bug in the engine must not kill the app
            log.exception("background job %s failed", getattr(self._fn, "__name__", self._fn))
            self.failed.emit(exc)
        else:
            self.done.emit(result)
        finally:
            self.finished.emit()


class _Relay(QObject):
    """Lives in the GUI thread and turns the worker's signals into calls of plain Python callbacks.

    Connecting a signal straight to a lambda would run the lambda on the emitting (worker) thread;
    routing through slots of an object that lives in the GUI thread makes Qt queue the calls there.
    """

    #: Emitted in the GUI thread after everything else of the job (its on_finished callback included):
    #: what tests and scripts wait on, instead of polling for a state with a timeout.
    ended = Signal()

    def __init__(self, job: Job, on_done, on_error, on_progress, on_cancelled, on_finished):
        super().__init__()
        self._job = job
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self._on_cancelled = on_cancelled
        self._on_finished = on_finished

    @Slot(float, str)
    def progress(self, fraction: float, message: str) -> None:
        self._job.fraction = fraction
        self._job.message = message
        if self._on_progress is not None and not self._job.is_cancelling:
            # the engine's steps are English; the app shows them in its language (gui/engine_texts.py)
            self._on_progress(fraction, QCoreApplication.translate("engine", message) if message else message)

    @Slot(object)
    def done(self, value) -> None:
        self._job.state = "done"
        self._job.result = value
        if self._on_done is not None:
            self._on_done(value)

    @Slot(object)
    def failed(self, exc) -> None:
        self._job.state = "failed"
        self._job.error = exc
        if self._on_error is not None:
            self._on_error(exc)

    @Slot()
    def cancelled(self) -> None:
        self._job.state = "cancelled"
        if self._on_cancelled is not None:
            self._on_cancelled()

    @Slot()
    def thread_finished(self) -> None:
        job = self._job
        job.thread.wait()  # returns at once: the thread's finished() is its last act
        _ACTIVE.discard(job)
        try:
            if self._on_finished is not None:
                self._on_finished()
        finally:
            self.ended.emit()


class Job:
    """A function running on its own QThread (made by :func:`run_in_thread`).

    Attributes
    ----------
    state : 'running' | 'done' | 'failed' | 'cancelled'
    result : the function's return value once done.
    error : the exception once failed.
    fraction, message : the latest progress.
    """

    def __init__(self, worker: Worker, thread: QThread):
        self.worker = worker
        self.thread = thread
        self.state = "running"
        self.result: Any = None
        self.error: BaseException | None = None
        self.fraction = 0.0
        self.message = ""
        self.relay: _Relay | None = None

    def cancel(self) -> None:
        """Ask the job to stop at its next step; on_cancelled follows once it has."""
        self.worker.cancel()

    @property
    def is_cancelling(self) -> bool:
        return self.worker.feedback.cancelled

    @property
    def running(self) -> bool:
        """True until the result, error or cancellation was delivered to the GUI thread."""
        return self.state == "running" or self in _ACTIVE

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the thread ends (for shutdown and scripts; the GUI should use the callbacks)."""
        return self.thread.wait(msecs)


def run_in_thread(
    fn: Callable[..., Any],
    *args,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[float, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    pass_feedback: bool = True,
    **kwargs,
) -> Job:
    """Run ``fn(*args, feedback=..., **kwargs)`` on a new QThread; call back in the calling (GUI) thread.

    Must be called from a thread with a running Qt event loop (the GUI thread), which is where the
    callbacks run. Exactly one of ``on_done(result)``, ``on_error(exc)`` or ``on_cancelled()`` is
    called, then ``on_finished()``. ``on_progress(fraction, message)`` is called for every step until
    then (and no longer once Cancel was pressed).

    Returns
    -------
    Job
        With ``cancel()``, ``state``, ``result``, ``error`` and ``wait()``.
    """
    worker = Worker(fn, *args, pass_feedback=pass_feedback, **kwargs)
    thread = QThread()
    thread.setObjectName(f"floodplan-{getattr(fn, '__name__', 'job')}")
    job = Job(worker, thread)
    relay = _Relay(job, on_done, on_error, on_progress, on_cancelled, on_finished)
    job.relay = relay
    worker.moveToThread(thread)
    queued = Qt.ConnectionType.QueuedConnection
    worker.progress.connect(relay.progress, queued)
    worker.done.connect(relay.done, queued)
    worker.failed.connect(relay.failed, queued)
    worker.cancelled.connect(relay.cancelled, queued)
    # quit() is thread-safe; a direct connection ends the thread's event loop right after run().
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.started.connect(worker.run)
    thread.finished.connect(relay.thread_finished, queued)
    _ACTIVE.add(job)
    thread.start()
    return job


class ProgressWidget(QWidget):
    """A progress bar, the current step's message and a Cancel button for one :class:`Job` at a time.

    Call :meth:`track` with the job (or use :meth:`set_progress` / :meth:`finish` by hand). Cancel calls
    ``job.cancel()`` and shows "cancelling…" until the job reports back.
    """

    #: Steps of the bar (the fraction is shown to 0.1 %).
    RESOLUTION = 1000

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._job: Job | None = None
        self.bar = QProgressBar()
        self.bar.setRange(0, self.RESOLUTION)
        self.bar.setTextVisible(True)
        self.bar.setFormat("%p %")
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the run after its current step; nothing is changed"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row)
        box.addWidget(self.message)

    @property
    def job(self) -> Job | None:
        return self._job

    def track(self, job: Job) -> None:
        """Show this job: reset the bar and enable Cancel (feed it with :meth:`set_progress`)."""
        self._job = job
        self.bar.setValue(0)
        self.message.setText(self.tr("starting…"))
        self.cancel_button.setEnabled(True)

    def set_progress(self, fraction: float, message: str = "") -> None:
        self.bar.setValue(round(max(0.0, min(1.0, fraction)) * self.RESOLUTION))
        if message:
            self.message.setText(message)

    def cancel(self) -> None:
        if self._job is not None and self._job.running:
            self._job.cancel()
            self.message.setText(self.tr("cancelling…"))
            self.cancel_button.setEnabled(False)

    def finish(self, text: str, fraction: float | None = None) -> None:
        """The job is over: show ``text`` ('done', 'cancelled', the error) and disable Cancel."""
        self._job = None
        if fraction is None and text.lower().startswith("cancel"):
            fraction = 0.0  # a cancelled job did nothing: the bar must not say it got 60 % done
        if fraction is not None:
            self.set_progress(fraction)
        self.message.setText(text)
        self.cancel_button.setEnabled(False)


def while_alive(alive: dict, fn):
    """``fn`` wrapped to do nothing once ``alive["alive"]`` is false.

    A job may report back after the widget that started it is gone (a closed window, a test's teardown);
    the widget clears the flag from a closure connected to its ``destroyed`` signal.
    """

    def call(*args):
        if alive["alive"]:
            fn(*args)

    return call


def tie_to_lifetime(widget, project, handler) -> tuple[dict, list]:
    """Subscribe ``handler`` to the project's events for as long as ``widget`` lives.

    Returns ``(alive, jobs)``: a flag for :func:`while_alive` and a list the widget puts its jobs in.
    When the widget is destroyed the flag is cleared, the handler unsubscribed and the jobs cancelled,
    from a closure (a method of the dying object must not run then).
    """
    alive = {"alive": True}
    jobs: list = []
    project.subscribe(handler)

    def gone(*_):
        alive["alive"] = False
        project.unsubscribe(handler)
        for job in jobs:
            job.cancel()

    widget.destroyed.connect(gone)
    return alive, jobs
