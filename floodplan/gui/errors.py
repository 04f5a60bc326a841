"""How errors reach the user: one-sentence message boxes for input errors, a logged report with the log
file's location for anything unexpected. No traceback ever reaches the user.

All message boxes go through :func:`warn`, :func:`critical`, :func:`ask` so there is one place that
decides the wording (and tests monkeypatch ``QMessageBox`` static methods to answer them).
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from floodplan.errors import Cancelled, FloodplanError
from floodplan.gui import settings

log = logging.getLogger("floodplan")
_handler: logging.Handler | None = None


def setup_logging() -> Path:
    """Send floodplan's log to the log file under the user's data folder (once per process)."""
    global _handler
    path = settings.log_path()
    if _handler is None or getattr(_handler, "baseFilename", None) != str(path):
        if _handler is not None:
            log.removeHandler(_handler)
        _handler = logging.FileHandler(path, encoding="utf-8")
        _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(_handler)
        log.setLevel(logging.INFO)
    return path


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


def report_unexpected(exc: BaseException, parent: QWidget | None = None, context: str = "") -> Path:
    """Log an unexpected error with its traceback and tell the user where the log is."""
    path = setup_logging()
    log.error(
        "unexpected error%s:\n%s",
        f" while {context}" if context else "",
        "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
    )
    for h in log.handlers:
        h.flush()
    what = f" while {context}" if context else ""
    critical(
        parent,
        f"Something went wrong{what} ({exc.__class__.__name__}); your project is unchanged. "
        f"The details were written to {path}.",
        title="floodplan: unexpected error",
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


def install_excepthook() -> None:
    setup_logging()
    sys.excepthook = excepthook
