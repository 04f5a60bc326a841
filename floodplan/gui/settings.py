"""Settings kept between runs (QSettings: window layout, recent files, autosave interval) and the
folders the app writes to (log file, autosave recovery files).

``FLOODPLAN_DATA_DIR`` overrides the data folder (tests point it at a temporary folder); otherwise it is
platformdirs' user data folder for floodplan.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

from floodplan import logs

ORGANIZATION = "floodplan"
APPLICATION = "floodplan"
MAX_RECENT = 8
#: Minutes between autosaves to the recovery file (only when there are unsaved changes).
DEFAULT_AUTOSAVE_MINUTES = 3.0


def data_dir() -> Path:
    """The folder for recovery files and session notes (created if needed)."""
    env = os.environ.get("FLOODPLAN_DATA_DIR")
    path = Path(env) if env else Path(platformdirs.user_data_dir(APPLICATION, ORGANIZATION))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_path() -> Path:
    """The log file unexpected errors are written to: the one of the CLI too (:func:`floodplan.logs.log_path`)."""
    return logs.log_path()


# ---------------------------------------------------------------- sessions (was the last one a crash?)
def _session_file(pid: int) -> Path:
    return data_dir() / f"session-{pid}.running"


def mark_session_start() -> Path:
    """Note that this process runs the app; :func:`mark_session_end` removes the note on a normal exit, so
    a note left behind by a process that is gone means it crashed."""
    path = _session_file(os.getpid())
    path.write_text(json.dumps({"pid": os.getpid(), "started": time.time()}))
    return path


def mark_session_end() -> None:
    try:
        _session_file(os.getpid()).unlink()
    except FileNotFoundError:
        pass


def take_crashed_sessions() -> list[float]:
    """Start times of earlier app sessions that ended without closing normally (their notes are removed)."""
    found = []
    for f in data_dir().glob("session-*.running"):
        try:
            info = json.loads(f.read_text())
        except (OSError, ValueError):
            info = {}
        pid = info.get("pid")
        if pid == os.getpid() or (pid and _alive(pid)):
            continue
        found.append(float(info.get("started", 0.0)))
        try:
            f.unlink()
        except OSError:
            pass
    return sorted(found)


def recovery_dir() -> Path:
    folder = data_dir() / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def settings() -> QSettings:
    """The app's QSettings (the folder and format are whatever QSettings was pointed at; tests point it at
    a temporary folder)."""
    # INI format on every platform: one readable file, and tests can point QSettings.setPath at a folder.
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


# ---------------------------------------------------------------- recent files
def recent_files() -> list[str]:
    value = settings().value("recent_files", [])
    if isinstance(value, str):  # QSettings hands back a lone string for a one-item list
        value = [value]
    return [str(v) for v in (value or []) if v]


def add_recent_file(path: str | os.PathLike) -> list[str]:
    """Put ``path`` first in the recent files list (without duplicates, at most MAX_RECENT)."""
    path = str(Path(path).resolve())
    files = [f for f in recent_files() if f != path]
    files.insert(0, path)
    files = files[:MAX_RECENT]
    s = settings()
    s.setValue("recent_files", files)
    s.sync()
    return files


def remove_recent_file(path: str | os.PathLike) -> list[str]:
    files = [f for f in recent_files() if f != str(path)]
    s = settings()
    s.setValue("recent_files", files)
    s.sync()
    return files


def autosave_minutes() -> float:
    try:
        return float(settings().value("autosave_minutes", DEFAULT_AUTOSAVE_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_AUTOSAVE_MINUTES


# ---------------------------------------------------------------- recovery files
def recovery_path_for(project_path: str | os.PathLike | None) -> Path:
    """The recovery file of a project: one per project file, one for an unsaved project, per process so
    two running windows do not overwrite each other's recovery files."""
    key = str(Path(project_path).resolve()) if project_path else "untitled"
    stem = Path(key).stem if project_path else "untitled"
    digest = abs(hash((key, os.getpid()))) % 10**10
    return recovery_dir() / f"{stem}-{digest}.gpkg"


def write_recovery_info(recovery: Path, project_path: str | os.PathLike | None) -> None:
    info = {
        "project": str(project_path) if project_path else None,
        "saved_at": time.time(),
        "pid": os.getpid(),
    }
    recovery.with_suffix(".json").write_text(json.dumps(info))


def remove_recovery(recovery: Path) -> None:
    for p in (recovery, recovery.with_suffix(".json")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass


def pending_recoveries() -> list[tuple[Path, str | None, float]]:
    """Recovery files left by a floodplan that did not close normally: (file, original project or None,
    time saved), newest first. Files of a floodplan that is still running are left out."""
    found = []
    for info_file in recovery_dir().glob("*.json"):
        gpkg = info_file.with_suffix(".gpkg")
        if not gpkg.exists():
            continue
        try:
            info = json.loads(info_file.read_text())
        except (OSError, ValueError):
            continue
        pid = info.get("pid")
        if pid and pid != os.getpid() and _alive(pid):
            continue
        if pid == os.getpid():
            continue
        found.append((gpkg, info.get("project"), float(info.get("saved_at", 0.0))))
    found.sort(key=lambda t: -t[2])
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(int(pid), 0)
    except (OSError, ValueError):
        return False
    return True
