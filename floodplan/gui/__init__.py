"""The desktop app: the only part of floodplan that imports Qt (PySide6).

It turns clicks into engine commands (:mod:`floodplan.model.commands`) and shows the engine's results;
widgets hold no domain state. Entry points: :func:`floodplan.gui.app.run_app` (the ``floodplan`` command)
and :func:`floodplan.gui.app.create_main_window` (tests).
"""

# Start-up (issue 13 item 15): once PySide6 is loaded it inspects every module imported after it for its
# `__feature__` switches, reading the source of each importing module (some 800 in numpy, pandas,
# geopandas and matplotlib: 0.3–0.7 s). The map's first frame needs these libraries anyway, so they are
# imported before Qt; the engine behind the docks (scipy, numba, the simulations) still comes after the
# first frame.
import geopandas  # noqa: E402, F401, I001
import matplotlib.backends.backend_agg  # noqa: E402, F401
import matplotlib.figure  # noqa: E402, F401
import pyogrio  # noqa: E402, F401
import pyproj  # noqa: E402, F401

from floodplan.gui import qt_guard as _qt_guard  # noqa: E402

# Before any widget exists: some PySide6 builds use up None/True on CPython < 3.12 (see qt_guard).
_qt_guard.install()
