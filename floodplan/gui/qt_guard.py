"""A guard against a reference-counting defect of some PySide6 builds on CPython < 3.12.

What goes wrong (measured here, PySide6-Essentials 6.12.0 abi3 wheel on CPython 3.11): every call of a
wrapped Qt method that returns ``void`` (``QPainterPath.lineTo``, ``QPainter.setPen``, ``QWidget.update``
…) hands back ``None`` without taking a reference to it, and every ``Signal.emit()`` does the same with
``True``. Each call so takes one reference away from ``None`` (or ``True``). CPython 3.12+ made these
objects immortal (PEP 683), so there the defect is harmless; on 3.11 their counts run down to zero and the
interpreter aborts with ``Fatal Python error: none_dealloc: deallocating None`` (or ``bool_dealloc``).
The app dies wherever the last reference happens to go: typically in ``MapCanvas._paint_selection``
(thousands of ``lineTo`` per frame for a large selection) while a worker thread emits progress — the two
threads in the crash report are where the count ran out, not a race between them. PySide6 6.11.3 does
not have the defect (same test, same interpreter); ``pyproject.toml`` excludes 6.12.0.

The guard, for an installation that still has such a build: :func:`install` measures the leak once
(64 calls) and, only if there is one, gives ``None``, ``True`` and ``False`` a very large number of extra
references (2**60), which is what CPython 3.12 does for them. These three objects are never freed
during the life of an interpreter anyway, so the extra references change nothing else; at ten million
leaking calls a second they would last over three thousand years.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys

log = logging.getLogger(__name__)

#: Extra references given to None/True/False when the defect is found (far below Py_ssize_t's 2**63).
EXTRA_REFS = 2**60
_PROBE_CALLS = 64
_state: dict = {}


def measure_leaks(calls: int = _PROBE_CALLS) -> dict[str, int]:
    """References lost by ``calls`` void Qt calls (``None``) and signal emissions (``True``).

    Returns
    -------
    dict
        ``{"None": n, "True": m}``: how many references each object lost (0 on a sound build; ``calls``
        on a build with the defect).
    """
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtGui import QPainterPath

    class _Probe(QObject):
        ping = Signal()

    path = QPainterPath()
    probe = _Probe()
    lost = {}
    before = sys.getrefcount(None)
    for _ in range(calls):
        path.lineTo(1.0, 1.0)
    lost["None"] = before - sys.getrefcount(None)
    before = sys.getrefcount(True)
    for _ in range(calls):
        probe.ping.emit()
    lost["True"] = before - sys.getrefcount(True)
    return lost


def _add_refs(obj, n: int) -> None:
    # ob_refcnt is the first field of every object (a Py_ssize_t at id(obj)) in CPython < 3.12's layout.
    ctypes.c_ssize_t.from_address(id(obj)).value += n


def install() -> dict:
    """Make the app safe from the defect (once per process; a no-op on a sound build or on CPython 3.12+).

    Returns
    -------
    dict
        ``{"leaks": {...}, "guarded": bool}``: what was measured and whether the guard acted.
    """
    if _state:
        return _state
    if os.environ.get("FLOODPLAN_NO_QT_GUARD"):  # to reproduce the defect (tests/gui/test_crash_guard.py)
        _state.update(leaks={}, guarded=False)
        return _state
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        _state.update(leaks={}, guarded=False)
        return _state
    leaks = measure_leaks()
    guarded = any(v > _PROBE_CALLS // 2 for v in leaks.values())
    if guarded:
        import PySide6

        for obj in (None, True, False):
            _add_refs(obj, EXTRA_REFS)
        log.warning(
            "PySide6 %s loses a reference to None/True on every void Qt call on this Python (%s); "
            "floodplan made them immortal as Python 3.12 does. Install PySide6 6.11.3 to avoid this.",
            PySide6.__version__,
            sys.version.split()[0],
        )
    _state.update(leaks=leaks, guarded=guarded)
    return _state
