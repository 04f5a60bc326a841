"""Fixtures for the GUI tests: offscreen Qt, settings and data folders in tmp_path, a small two-country
valley project written to a real GeoPackage, and message boxes that record instead of blocking."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

import geopandas as gpd  # noqa: E402
import numpy as np  # noqa: E402
import pytest  # noqa: E402
from shapely.geometry import LineString, Point, box  # noqa: E402

from floodplan.testing import TEST_CRS, make_grid  # noqa: E402

pytestmark = pytest.mark.gui

# The test valley: 120 x 80 cells of 10 m, top-left corner at (500000, 5600000) -> x 500000..501200,
# y 5599200..5600000. The ground rises 0.05 m per m away from the river at y = 5599600 (a V valley floor
# at 100 m), and the border between the two countries runs north-south at x = 500600.
X0, Y0, CELL, COLS, ROWS = 500000.0, 5600000.0, 10.0, 120, 80
RIVER_Y = 5599600.0
BORDER_X = 500600.0


def valley_grid():
    rows, cols = np.mgrid[0:ROWS, 0:COLS]
    y = Y0 - (rows + 0.5) * CELL
    x = X0 + (cols + 0.5) * CELL
    z = 100.0 + 0.05 * np.abs(y - RIVER_Y) + 0.001 * (x - X0)
    return make_grid(z, CELL, X0, Y0)


def valley_layers():
    crs = TEST_CRS
    juris = gpd.GeoDataFrame(
        {"name": ["Westdorf", "Ostrow"], "country": ["DE", "PL"]},
        geometry=[
            box(X0, Y0 - ROWS * CELL, BORDER_X, Y0),
            box(BORDER_X, Y0 - ROWS * CELL, X0 + COLS * CELL, Y0),
        ],
        crs=crs,
    )
    river = gpd.GeoDataFrame(
        {"name": ["Grenzbach"]}, geometry=[LineString([(X0, RIVER_Y), (X0 + COLS * CELL, RIVER_Y)])], crs=crs
    )
    # Two buildings each side of the border, 100 m north of the river.
    houses = [
        box(500200, 5599700, 500220, 5599715),
        box(500300, 5599700, 500320, 5599715),
        box(500800, 5599700, 500820, 5599715),
        box(500900, 5599700, 500920, 5599715),
    ]
    assets = gpd.GeoDataFrame(
        {"population": [4, 3, 5, 2], "kind": ["residential", "school", "residential", "care_home"]},
        geometry=houses,
        crs=crs,
    )
    roads = gpd.GeoDataFrame(
        {"speed_kmh": [50.0], "name": ["Talstrasse"]},
        geometry=[LineString([(X0, 5599800), (X0 + COLS * CELL, 5599800)])],
        crs=crs,
    )
    defenses = gpd.GeoDataFrame(
        {
            "id": ["D1"],
            "crest_m": [103.0],
            "type": ["levee"],
            "status": ["existing"],
            "cost": [100000.0],
            "jurisdiction": ["Westdorf"],
        },
        geometry=[LineString([(500100, 5599650), (500400, 5599650)])],
        crs=crs,
    )
    resources = gpd.GeoDataFrame(
        {"id": ["R1"], "name": ["Westdorf fire"], "kind": ["fire"], "cross_border": [True]},
        geometry=[Point(500250, 5599850)],
        crs=crs,
    )
    return {
        "jurisdictions": juris,
        "river": river,
        "buildings": assets,
        "roads": roads,
        "defenses": defenses,
        "resources": resources,
    }


def build_valley_project():
    from floodplan.model.project import Layer, Project
    from floodplan.model.scenario import Scenario
    from floodplan.model.schema import normalise

    project = Project(TEST_CRS)
    project._layers.append(Layer("dem", "dem", valley_grid()))
    roles = {
        "jurisdictions": "jurisdictions",
        "river": "river",
        "buildings": "assets",
        "roads": "roads",
        "defenses": "defenses",
        "resources": "resources",
    }
    for name, gdf in valley_layers().items():
        project._layers.append(Layer(name, roles[name], normalise(gdf, roles[name], name)))
    project.scenarios["hq100"] = Scenario("hq100", level_m=102.0)
    return project


@pytest.fixture(scope="session")
def valley_builder():
    """build_valley_project, for module-scoped fixtures in test files (a plain ``from conftest import``
    is ambiguous: every test folder has a conftest module)."""
    return build_valley_project


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """QSettings and floodplan's data folder (log, recovery files) live in tmp_path."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("floodplan")
    QCoreApplication.setApplicationName("floodplan")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    monkeypatch.setenv("FLOODPLAN_DATA_DIR", str(tmp_path / "data"))
    yield tmp_path


class MessageLog:
    """Records QMessageBox calls; ``answers`` gives the button to return for questions (FIFO)."""

    def __init__(self):
        self.calls: list[tuple[str, str]] = []
        self.answers: list = []

    def texts(self, kind: str | None = None) -> list[str]:
        return [t for k, t in self.calls if kind is None or k == kind]


@pytest.fixture(autouse=True)
def messages(monkeypatch):
    """Every QMessageBox static call is recorded and answered without blocking."""
    from PySide6.QtWidgets import QMessageBox

    log = MessageLog()

    def record(kind):
        def fn(parent, title, text, *args, **kwargs):
            log.calls.append((kind, text))
            if kind == "question":
                return log.answers.pop(0) if log.answers else QMessageBox.StandardButton.Cancel
            return QMessageBox.StandardButton.Ok

        return fn

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: log.calls.append(("about", text)))
    return log


@pytest.fixture
def valley_path(tmp_path):
    """The test valley saved as a real floodplan project file."""
    from floodplan.io.projectfile import save_project

    path = tmp_path / "valley.gpkg"
    save_project(build_valley_project(), path)
    return path


@pytest.fixture
def make_window(qtbot):
    """make_window(path, size): the real main window on the project file ``path``, resized to ``size``
    (width, height in pixels) and shown offscreen; closed by qtbot at the end of the test."""
    from floodplan.gui.app import create_main_window
    from floodplan.io.projectfile import open_project

    def make(path, size):
        win = create_main_window(open_project(path))
        qtbot.addWidget(win)
        win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        return win

    return make


@pytest.fixture
def make_canvas(qtbot):
    """make_canvas(project, size): a bare map canvas on ``project``, ``size`` (width, height) pixels,
    shown offscreen and zoomed to the whole project."""
    from floodplan.gui.canvas import MapCanvas

    def make(project, size):
        canvas = MapCanvas(project)
        qtbot.addWidget(canvas)
        canvas.resize(*size)
        canvas.show()
        qtbot.waitExposed(canvas)
        canvas.zoom_full()
        return canvas

    return make


@pytest.fixture
def window(make_window, valley_path):
    """The real main window on the test valley, shown offscreen at a fixed size, zoomed to everything."""
    win = make_window(valley_path, (1280, 860))
    win.canvas.zoom_full()
    win.canvas.redraw()
    yield win
    win.project.stack.set_clean()  # no unsaved-changes question at teardown
    win._style_dirty = False
    win._recovered = False
    win.close()


@pytest.fixture
def pixel():
    """pixel(canvas, x, y): the integer widget pixel (QPoint) of map point (x, y), what a user clicks on."""
    from PySide6.QtCore import QPoint

    def at(canvas, x, y):
        px, py = canvas.map_to_pixel(x, y)
        return QPoint(int(round(px)), int(round(py)))

    return at
