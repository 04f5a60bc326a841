"""Where floodplan writes its log (unexpected errors with their tracebacks, hard crashes), for the CLI and
the app alike: one file, ``floodplan.log``.

The folder is ``$FLOODPLAN_DATA_DIR/logs`` when that variable is set (tests, portable installs), else
platformdirs' user log folder for floodplan. :func:`setup_logging` also points :mod:`faulthandler` at the
file, so that even a hard crash (a fatal error inside Qt or an extension, where no Python handler runs)
leaves the thread stacks in the log instead of vanishing with the terminal.
"""

from __future__ import annotations

import faulthandler
import logging
import os
from pathlib import Path

from platformdirs import user_log_dir

log = logging.getLogger("floodplan")
_handler: logging.Handler | None = None
_fault_file = None  # kept open for the life of the process: faulthandler writes to its descriptor


def log_dir() -> Path:
    """The log folder (created if needed)."""
    env = os.environ.get("FLOODPLAN_DATA_DIR")
    folder = Path(env) / "logs" if env else Path(user_log_dir("floodplan", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_path() -> Path:
    """The log file: ``<log folder>/floodplan.log`` (the folder is created if needed)."""
    return log_dir() / "floodplan.log"


def setup_logging(fault_handler: bool = True) -> Path:
    """Send floodplan's log to :func:`log_path` (once per process and folder) and, with ``fault_handler``,
    write the stacks of every thread there on a hard crash.

    Returns
    -------
    Path
        The log file.
    """
    global _handler, _fault_file
    path = log_path()
    if _handler is None or getattr(_handler, "baseFilename", None) != str(path):
        if _handler is not None:
            log.removeHandler(_handler)
            _handler.close()
        _handler = logging.FileHandler(path, encoding="utf-8")
        _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(_handler)
        log.setLevel(logging.INFO)
    if fault_handler and (_fault_file is None or _fault_file.name != str(path)):
        old = _fault_file
        _fault_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - must stay open
        faulthandler.enable(file=_fault_file, all_threads=True)
        if old is not None:
            old.close()
    return path
