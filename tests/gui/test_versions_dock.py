"""The Versions dock: save a version (off the GUI thread, then an undoable edit), restore (undoable),
compare two versions, the trend chart (a line per jurisdiction), the progress report export, and the
menu entries of the main window.

Expected values come from the small valley (floodplan.testing.small_valley_project: 5 resources, a fire
station in each country) and from the snapshots' own indicators (which tests/model/test_versions.py checks
against `run`).
"""

import numpy as np
import pytest
from shapely.geometry import Point

from floodplan.gui.versions_dock import VersionsDock
from floodplan.model.commands import AddFeature
from floodplan.testing import small_valley_project

pytestmark = pytest.mark.gui
BOUND_MS = 180_000  # a generous bound on the job's own completion, not a speed target


def _wait(qtbot, job):
    qtbot.waitUntil(lambda: not job.running, timeout=BOUND_MS)
    assert job.state == "done", job.error


@pytest.fixture
def dock(qtbot):
    project = small_valley_project()
    errors = []
    d = VersionsDock(project, on_error=lambda exc, context="": errors.append(str(exc)))
    d.errors = errors
    qtbot.addWidget(d)
    yield d
    d.stop()


def _add_pump(project):
    # a pump in the south bank's jurisdiction S-East, near its road
    res = project.layer("resources").data
    x, y = res.geometry.loc[2].x - 200.0, res.geometry.loc[2].y
    project.stack.push(
        AddFeature("resources", Point(x, y), {"id": "P9", "kind": "pump", "cross_border": True})
    )


def test_save_restore_compare_trend_and_export(dock, qtbot, tmp_path):
    project = dock.project
    _wait(qtbot, dock.save_version("v1", "start"))
    assert [s.name for s in project.snapshots] == ["v1"] and project.stack.undo_text == "Save version v1"
    assert dock.table.rowCount() == 1 and dock.table.item(0, 2).text() == "start"
    _add_pump(project)
    _wait(qtbot, dock.save_version("v2"))
    assert [s.name for s in project.snapshots] == ["v1", "v2"]

    # trend: a line per jurisdiction with each version's value
    dock.trend_indicator.setCurrentIndex(0)  # covered population, national
    dock.trend_scenario.setCurrentText("level-joint")
    lines = dock.trend.ax.get_lines()
    assert {ln.get_label() for ln in lines} == {"N-West", "N-East", "S-West", "S-East"}
    for ln in lines:
        want = [
            s.indicators["jurisdictions"][ln.get_label()]["level-joint"]["covered_population"]["national"]
            for s in project.snapshots
        ]
        assert np.allclose(ln.get_ydata(), want)

    # restore v1 (one undoable edit): the pump goes; undo brings it back
    dock.table.selectRow(0)
    assert dock.restore_selected()
    assert "P9" not in set(project.layer("resources").data["id"])
    project.stack.undo()
    assert "P9" in set(project.layer("resources").data["id"])

    # compare v1 and v2: the added pump on the map and in the list
    dock.table.clearSelection()
    dock.table.selectRow(0)
    from PySide6.QtWidgets import QAbstractItemView

    dock.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
    dock.table.selectRow(1)
    assert dock.selected_names() == ["v1", "v2"]
    _wait(qtbot, dock.compare_selected())
    texts = [dock.changes.item(i).text() for i in range(dock.changes.count())]
    assert texts == ["Added: Pump (resources, id P9)"]
    assert not dock.map_label.pixmap().isNull()
    assert dock.last_comparison["from"]["name"] == "v1" and dock.last_comparison["to"]["name"] == "v2"

    _wait(qtbot, dock.export_report(str(tmp_path), "v1", "v2"))
    assert {p.name for p in tmp_path.iterdir()} >= {
        "index.html",
        "progress.pdf",
        "indicators.csv",
        "plan.gpkg",
    }
    assert dock.errors == []


def test_a_version_is_not_saved_when_the_plan_changes_during_its_computation(dock, qtbot):
    project = dock.project
    job = dock.save_version("v1")
    _add_pump(project)  # an edit while the indicators are computed: they would not be this plan's
    _wait(qtbot, job)
    assert project.snapshots == []
    assert dock.errors and "was edited while its indicators were computed" in dock.errors[0]


def test_main_window_has_the_menu_entries_and_the_dock(window):
    bar = window.menuBar()
    menus = {a.text().replace("&", ""): a.menu() for a in bar.actions() if a.menu() is not None}
    assert window.actions["save_version"] in menus["Plan"].actions()
    assert window.actions["export_progress"] in menus["File"].actions()
    assert window.versions is not None and window.versions.project is window.project
