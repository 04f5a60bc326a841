"""Starting the app: ``floodplan`` (the sample valley) and ``floodplan PROJECT.gpkg``.

:func:`run_app` is what the command line calls; :func:`create_main_window` builds the window on a
project for tests and scripts (it needs a QApplication already running).
"""

from __future__ import annotations

import logging
import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from floodplan.gui import errors as gui_errors
from floodplan.gui import settings
from floodplan.paths import resources_dir

log = logging.getLogger("floodplan")
STYLE_SHEET = resources_dir() / "style.qss"


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once, with floodplan's names so QSettings finds its folder)."""
    QCoreApplication.setOrganizationName(settings.ORGANIZATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    if STYLE_SHEET.exists():
        app.setStyleSheet(STYLE_SHEET.read_text(encoding="utf-8"))
    return app


def create_main_window(project=None):
    """A MainWindow on ``project`` (an empty project when None)."""
    from floodplan.gui.main_window import MainWindow

    return MainWindow(project)


def run_app(project_path: str | None = None, lang: str | None = None) -> int:
    """Open the desktop app on ``project_path`` (or the bundled sample valley) and run until it closes.

    ``lang`` is the interface language (``floodplan --lang``); without it the Settings choice, else the
    system locale (:func:`floodplan.gui.i18n.choose_language`). Returns the process exit status (0). A project that cannot be opened is reported in a message box
    and the window opens with an empty project instead.
    """
    t0 = time.perf_counter()
    app = application()
    log_file = gui_errors.install_excepthook()
    log.info("floodplan started (log %s)", log_file)
    from floodplan.gui import qt_guard

    if qt_guard.install()["guarded"]:  # measured when floodplan.gui was imported; now in the log too
        log.warning(
            "PySide6 refcount defect found and worked around (qt_guard): %s", qt_guard.install()["leaks"]
        )
    # Was the last session a crash? (its note is still there; a normal exit removes ours below)
    crashed = settings.take_crashed_sessions()
    settings.mark_session_start()
    from floodplan.gui import i18n
    from floodplan.gui.main_window import MainWindow

    # before any widget is made: widgets translate their texts when they are built
    log.info("interface language: %s", i18n.install(i18n.choose_language(lang), app))

    window = MainWindow(docks_after_first_frame=True)  # the map first, then the docks and engine
    path = project_path
    if path is None:
        try:
            from floodplan.sample import sample_project_path

            path = str(sample_project_path())
        except Exception as exc:  # no sample available: start empty, say why in the log
            log.warning("the sample project could not be opened: %s", exc)
            path = None
    window.show()
    if path is not None:
        window.open_project(path, ask=False)
    log.info("window shown %.2f s after launch", time.perf_counter() - t0)
    # Say so after a crash and offer recovery once the window is up (the question needs a visible parent).
    QTimer.singleShot(0, lambda: window.offer_recovery(crashed))
    try:
        return int(app.exec())
    finally:
        from floodplan.gui.worker import shutdown_jobs

        shutdown_jobs()  # a job started just before the window closed must not outlive the app
        settings.mark_session_end()
