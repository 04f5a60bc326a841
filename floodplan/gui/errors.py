"""How errors reach the user: one-sentence message boxes for input errors, a logged report with the log
file's location for anything unexpected. No traceback ever reaches the user.

All message boxes go through :func:`warn`, :func:`critical`, :func:`ask` so there is one place that
decides the wording (and tests monkeypatch ``QMessageBox`` static methods to answer them).
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from floodplan import logs
from floodplan.errors import Cancelled, FloodplanError

translate = QCoreApplication.translate

log = logging.getLogger("floodplan")


def setup_logging(fault_handler: bool = False) -> Path:
    """Send floodplan's log to the one log file of the CLI and the app (:func:`floodplan.logs.setup_logging`);
    ``fault_handler`` also sends hard-crash stacks there (the app does that once at start)."""
    return logs.setup_logging(fault_handler=fault_handler)


def _parent(parent: QWidget | None) -> QWidget | None:
    if parent is not None:
        return parent
    return QApplication.activeWindow()


def warn(parent: QWidget | None, text: str, title: str = "floodplan") -> None:
    """A warning box with one sentence (what is wrong and what to do)."""
    QMessageBox.warning(_parent(parent), title, text)


def critical(parent: QWidget | None, text: str, title: str = "floodplan") -> None:
    QMessageBox.critical(_parent(parent), title, text)


def info(parent: QWidget | None, text: str, title: str = "floodplan") -> None:
    QMessageBox.information(_parent(parent), title, text)


def ask(parent: QWidget | None, text: str, buttons, default, title: str = "floodplan"):
    """A question box; returns the QMessageBox.StandardButton clicked."""
    return QMessageBox.question(_parent(parent), title, text, buttons, default)


def user_message(exc: BaseException) -> str:
    """The sentence shown for an error floodplan raised on purpose (its message, capitalised)."""
    text = str(exc).strip() or exc.__class__.__name__
    return text[0].upper() + text[1:]


def _autosave_all() -> list[Path]:
    """Autosave every open main window with unsaved changes (recovery copies); the files written."""
    saved = []
    app = QApplication.instance()
    for w in app.topLevelWidgets() if app is not None else []:
        fn = getattr(w, "autosave", None)
        if callable(fn) and hasattr(w, "recovery_file"):
            try:
                path = fn()
            except Exception:  # noqa: BLE001 - reporting must go on
                log.exception("autosave after an unexpected error failed")
                path = None
            if path is not None:
                saved.append(Path(path))
    return saved


def unexpected_message(exc: BaseException, path: Path, saved: list[Path], context: str = "") -> str:
    """What the user reads after a bug: what happened, where the log is, what became of their work."""
    what = f" while {context}" if context else ""
    detail = " ".join(str(exc).split())[:200]
    text = (
        f"Something went wrong{what} ({exc.__class__.__name__}{': ' + detail if detail else ''}). "
        f"The details are in the log {path} (Help > Show log folder). "
    )
    if saved:
        text += (
            "Your unsaved work was autosaved to a recovery copy; floodplan offers it the next time it "
            "starts. Save your project now if you can."
        )
    else:
        text += "Your work is autosaved every few minutes; nothing unsaved is waiting to be saved now."
    return text


def report_unexpected(exc: BaseException, parent: QWidget | None = None, context: str = "") -> Path:
    """Log an unexpected error with its traceback, autosave open work and tell the user both."""
    path = setup_logging()
    log.error(
        "unexpected error%s:\n%s",
        f" while {context}" if context else "",
        "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
    )
    for h in log.handlers:
        h.flush()
    saved = _autosave_all()
    critical(
        parent,
        unexpected_message(exc, path, saved, context),
        title=translate("errors", "floodplan: unexpected error"),
    )
    return path


def show_error(exc: BaseException, parent: QWidget | None = None, context: str = "") -> None:
    """Show an error: an input error's own sentence in a warning box; anything else is logged and reported."""
    if isinstance(exc, Cancelled):
        return
    if isinstance(exc, FloodplanError):
        log.info("input error: %s", exc)
        warn(parent, user_message(exc))
    else:
        report_unexpected(exc, parent, context)


def excepthook(exc_type, exc, tb) -> None:
    """sys.excepthook for the app: errors escaping Qt slots end up here instead of on the terminal."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc is not None and exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    try:
        show_error(exc)
    except Exception:  # the dialog itself failed: at least keep the log
        log.exception("error while reporting an error")


class _ThreadErrors(QObject):
    """Lives in the GUI thread: an exception escaping a plain Python thread is logged there and shown
    here (a signal emitted from the other thread is queued to this object's thread)."""

    raised = Signal(object)

    def __init__(self):
        super().__init__()
        self.raised.connect(self._show)

    @Slot(object)
    def _show(self, exc) -> None:
        try:
            show_error(exc, context=self.tr("working in the background"))
        except Exception:  # noqa: BLE001
            log.exception("error while reporting an error")


_thread_errors: _ThreadErrors | None = None


def threading_excepthook(args) -> None:
    """threading.excepthook for the app: log the traceback at once, then show the dialog in the GUI thread."""
    if args.exc_type is SystemExit:
        return
    log.error(
        "unexpected error in thread %s:\n%s",
        getattr(args.thread, "name", "?"),
        "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)),
    )
    if _thread_errors is not None and args.exc_value is not None:
        _thread_errors.raised.emit(args.exc_value)


def install_excepthook() -> Path:
    """For the app: the log (and hard-crash stacks) to the log file, and a dialog for every unexpected
    exception, in a Qt slot or any thread. Returns the log file."""
    global _thread_errors
    path = setup_logging(fault_handler=True)
    if _thread_errors is None:
        _thread_errors = _ThreadErrors()
    sys.excepthook = excepthook
    threading.excepthook = threading_excepthook
    return path
