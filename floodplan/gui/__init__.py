"""The desktop app: the only part of floodplan that imports Qt (PySide6).

It turns clicks into engine commands (:mod:`floodplan.model.commands`) and shows the engine's results;
widgets hold no domain state. Entry points: :func:`floodplan.gui.app.run_app` (the ``floodplan`` command)
and :func:`floodplan.gui.app.create_main_window` (tests).
"""

from floodplan.gui import qt_guard as _qt_guard

# Before any widget exists: some PySide6 builds use up None/True on CPython < 3.12 (see qt_guard).
_qt_guard.install()
