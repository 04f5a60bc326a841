"""Where floodplan writes its log (unexpected errors with their tracebacks), for the CLI and the app."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_log_dir


def log_path() -> Path:
    """The log file (created folders included): ``<user log dir>/floodplan.log``."""
    folder = Path(user_log_dir("floodplan", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "floodplan.log"
