"""Issue 13, item 2 (crashes are never silent), 11 (every dock in View > Panels) and 14 (no display).

A hard crash leaves the thread stacks in the one log file (faulthandler), the next start says so and
recovers the autosaved work; an unexpected exception in a slot or a plain thread shows a dialog naming
the log and the autosave; the CLI and the app share one log file.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading

import pytest
from PySide6.QtWidgets import QMessageBox
from shapely.geometry import LineString

pytestmark = pytest.mark.gui
B = QMessageBox.StandardButton


def test_one_log_file_for_the_cli_and_the_app(tmp_path):
    from floodplan import logs
    from floodplan.gui import settings

    assert settings.log_path() == logs.log_path() == tmp_path / "data" / "logs" / "floodplan.log"


def test_a_hard_crash_is_logged_and_the_next_start_says_so_and_recovers(
    qtbot, tmp_path, valley_path, messages
):
    from floodplan.gui import settings
    from floodplan.gui.app import create_main_window
    from floodplan.io.projectfile import open_project

    # A real app process: the log and fault handler as run_app sets them up, an unsaved defense
    # autosaved, then a hard crash inside C code (a segmentation fault: no Python handler runs).
    script = textwrap.dedent(
        f"""
        import ctypes
        from shapely.geometry import LineString
        from floodplan.gui import errors, settings
        from floodplan.gui.app import application, create_main_window
        from floodplan.io.projectfile import open_project
        app = application()
        errors.install_excepthook()
        settings.mark_session_start()
        win = create_main_window(open_project({str(valley_path)!r}))
        win.add_defense(LineString([(500700, 5599650), (501000, 5599650)]))
        assert win.autosave() is not None
        print("autosaved", flush=True)
        ctypes.string_at(0)
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FLOODPLAN_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode != 0 and "autosaved" in proc.stdout
    log = settings.log_path().read_text()
    assert "Segmentation fault" in log and "string_at" in log  # faulthandler's stacks, in the log

    crashed = settings.take_crashed_sessions()
    assert len(crashed) == 1 and settings.take_crashed_sessions() == []  # said once
    other = create_main_window(open_project(valley_path))
    qtbot.addWidget(other)
    messages.answers = [B.Yes]
    assert other.offer_recovery(crashed)
    text = messages.texts("question")[-1]
    assert "stopped unexpectedly" in text and str(settings.log_path()) in text
    assert list(other.project.layer("defenses").data["id"]) == ["D1", "D2"]  # the autosaved defense
    other._recovered = False
    other.project.stack.set_clean()
    other.close()


def test_a_crash_without_unsaved_work_is_still_reported(qtbot, window, messages):
    assert not window.offer_recovery([1.0])
    (text,) = messages.texts("warning")
    assert "stopped unexpectedly" in text and "log" in text


def test_an_exception_in_a_thread_shows_a_dialog_with_the_log_and_autosaves(
    qtbot, window, messages, monkeypatch
):
    from floodplan.gui import errors as gui_errors
    from floodplan.gui import settings

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(gui_errors, "setup_logging", lambda fault_handler=False: settings.log_path())
    gui_errors.install_excepthook()
    window.add_defense(LineString([(500700, 5599650), (501000, 5599650)]))  # unsaved work

    def broken():
        raise ZeroDivisionError("a bug in a helper thread")

    t = threading.Thread(target=broken, name="helper")
    t.start()
    t.join()
    qtbot.waitUntil(lambda: bool(messages.texts("critical")), timeout=10000)
    (text,) = messages.texts("critical")
    assert "ZeroDivisionError" in text and str(settings.log_path()) in text and "autosaved" in text
    assert window.recovery_file is not None and window.recovery_file.exists()


def test_help_shows_the_log_folder(window, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from floodplan.gui import settings

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    help_texts = [a.text() for a in window.menuBar().actions()[-1].menu().actions()]
    assert "Show &log folder" in help_texts
    window.actions["log_folder"].trigger()
    assert opened == [str(settings.log_path().parent)]
    assert str(settings.log_path()) in window.statusBar().currentMessage()


def test_every_dock_is_in_view_panels(window):
    from PySide6.QtWidgets import QDockWidget

    listed = {a.text() for a in window._panels_menu.actions()}
    docks = {d.windowTitle() for d in window.findChildren(QDockWidget) if d.parent() is window}
    assert "Tabletop exercise" in docks and docks <= listed
    window.tabletop.close()
    action = next(a for a in window._panels_menu.actions() if a.text() == "Tabletop exercise")
    action.trigger()
    assert window.tabletop.isVisibleTo(window)


@pytest.mark.parametrize(
    "env, platform, ok",
    [
        ({}, "linux", False),
        ({"DISPLAY": ":0"}, "linux", True),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"}, "linux", False),
        ({}, "win32", True),
        ({}, "darwin", True),
    ],
)
def test_no_display_is_found_before_qt_starts(env, platform, ok):
    from floodplan.cli import _no_display

    assert (_no_display(env, platform) is None) == ok


def test_floodplan_without_a_display_says_so_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["FLOODPLAN_DATA_DIR"] = str(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "floodplan"], capture_output=True, text=True, env=env, timeout=120
    )
    if sys.platform.startswith("linux"):
        assert proc.returncode == 2
        assert proc.stderr.startswith("floodplan: error: no display") and proc.stderr.count("\n") == 1
