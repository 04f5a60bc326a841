"""Project handling through the real window: save and reopen, recent files, broken files dropped or
opened (a message naming the file, nothing changed), the unsaved-changes prompt, autosave and recovery."""

from __future__ import annotations

import json

import geopandas as gpd
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox
from shapely.geometry import LineString, Point

from floodplan.testing import require_shared_data

pytestmark = pytest.mark.gui
B = QMessageBox.StandardButton


def _drop(qtbot, window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(300, 300),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.wait(50)  # the drop is handled once control returns to the event loop


def _state(project):
    return (
        project.layer_names(),
        project.stack.index,
        {lyr.name: len(lyr.data) for lyr in project.layers if not lyr.is_raster},
    )


def test_save_as_and_reopen(qtbot, window, tmp_path):
    from floodplan.gui import settings
    from floodplan.io.projectfile import open_project

    window.add_defense(LineString([(500700, 5599650), (501000, 5599650)]))
    assert window.isWindowModified()
    target = tmp_path / "joint_plan.gpkg"
    assert window.save_as(str(target))
    assert target.exists() and not window.isWindowModified()
    assert window.windowTitle() == "joint_plan.gpkg[*] — floodplan"
    assert settings.recent_files()[0] == str(target.resolve())
    assert window.recent_menu.actions()[0].text() == "joint_plan.gpkg"

    reopened = open_project(target)
    ids = list(reopened.layer("defenses").data["id"])
    assert ids == ["D1", "D2"]
    # and through the window: File > Open recent
    window.new_project()
    assert window.project.layer_names() == []
    window.recent_menu.actions()[0].trigger()
    assert list(window.project.layer("defenses").data["id"]) == ["D1", "D2"]
    assert window.project.path == target.resolve()


def test_drop_broken_file_shows_message_and_changes_nothing(qtbot, window, tmp_path, messages):
    broken = tmp_path / "broken_buildings.geojson"
    broken.write_text('{"type": "FeatureCollection", "features": [ this is not json')
    before = _state(window.project)
    _drop(qtbot, window, [broken])
    warnings = messages.texts("warning")
    assert len(warnings) == 1
    assert "broken_buildings.geojson" in warnings[0]
    assert "Traceback" not in warnings[0] and warnings[0].count("\n") == 0
    assert _state(window.project) == before
    assert not window.isWindowModified()


def test_drop_real_corrupt_raster_from_shared_data(qtbot, window, messages):
    corrupt = require_shared_data("bad_inputs", "rasterio_corrupt.tif")
    before = _state(window.project)
    _drop(qtbot, window, [corrupt])
    assert len(messages.texts("warning")) == 1
    assert "rasterio_corrupt.tif" in messages.texts("warning")[0]
    assert _state(window.project) == before


def test_drop_good_file_adds_layer_reprojected(qtbot, window, tmp_path, messages):
    # A shelter given in lon/lat; the project works in EPSG:25833.
    gdf = gpd.GeoDataFrame(
        {"kind": ["shelter"], "capacity": [120]}, geometry=[Point(500500, 5599900)], crs="EPSG:25833"
    ).to_crs("EPSG:4326")
    path = tmp_path / "shelters.geojson"
    gdf.to_file(path, driver="GeoJSON")
    _drop(qtbot, window, [path])
    assert messages.calls == []
    lyr = window.project.layer("shelters")
    assert lyr.role == "resources" and lyr.data.crs == window.project.crs
    # back in metres: the round trip through degrees is exact to well under a millimetre
    assert (
        abs(lyr.data.geometry.iloc[0].x - 500500) < 1e-3 and abs(lyr.data.geometry.iloc[0].y - 5599900) < 1e-3
    )
    assert window.undo_stack.undoText() == "Add shelters.geojson"
    assert window.layer_panel.layer_names_top_first()[0] == "shelters"


def test_open_non_project_gpkg_is_refused_with_message(qtbot, window, tmp_path, messages):
    plain = tmp_path / "plain.gpkg"
    gpd.GeoDataFrame({"a": [1]}, geometry=[Point(0, 0)], crs="EPSG:25833").to_file(plain, driver="GPKG")
    before = _state(window.project)
    assert not window.open_project(str(plain), ask=False)
    assert "plain.gpkg" in messages.texts("warning")[0]
    assert _state(window.project) == before


def test_unsaved_changes_prompt_on_close(qtbot, window, messages):
    window.add_resource(Point(500500, 5599900), "pump")
    messages.answers = [B.Cancel]
    assert not window.close()  # Cancel keeps the window open
    assert window.isVisible()
    assert "unsaved changes" in messages.texts("question")[0]
    messages.answers = [B.Discard]
    assert window.close()


def test_new_project_asks_then_discards(qtbot, window, messages):
    window.add_resource(Point(500500, 5599900), "pump")
    messages.answers = [B.Cancel]
    window.new_project()
    assert window.project.has_layer("dem")  # cancelled: same project
    messages.answers = [B.Discard]
    window.new_project()
    assert window.project.layer_names() == [] and window.windowTitle() == "Untitled project[*] — floodplan"


def test_autosave_and_recovery_after_crash(qtbot, window, valley_path, messages):
    from floodplan.gui import settings
    from floodplan.gui.app import create_main_window
    from floodplan.io.projectfile import open_project

    window.add_defense(LineString([(500700, 5599650), (501000, 5599650)]))
    recovery = window.autosave()
    assert recovery is not None and recovery.exists() and recovery.parent == settings.recovery_dir()
    # the project itself is untouched: still its own path, still modified
    assert window.project.path == valley_path.resolve() and window.isWindowModified()
    assert len(open_project(valley_path).layer("defenses").data) == 1

    # Simulate a crash: the process that wrote the recovery file is gone.
    info = recovery.with_suffix(".json")
    data = json.loads(info.read_text())
    data["pid"] = 2**22 + 4321
    info.write_text(json.dumps(data))
    other = create_main_window(open_project(valley_path))
    qtbot.addWidget(other)
    messages.answers = [B.Yes]
    assert other.offer_recovery()
    assert "did not close normally" in messages.texts("question")[-1]
    assert list(other.project.layer("defenses").data["id"]) == ["D1", "D2"]
    assert other.project.path == valley_path.resolve() and other.isWindowModified()
    assert not recovery.exists()
    other._recovered = False
    other.close()


def test_layout_and_recent_files_kept_between_runs(qtbot, window, valley_path):
    from floodplan.gui import settings
    from floodplan.gui.app import create_main_window
    from floodplan.io.projectfile import open_project

    window.attribute_table.show()
    window.open_project(str(valley_path), ask=False)
    window.close()
    assert settings.settings().value("window/state") is not None
    again = create_main_window(open_project(valley_path))
    qtbot.addWidget(again)
    assert settings.recent_files() == [str(valley_path.resolve())]
    assert again.attribute_table.isVisibleTo(again)  # restored from the saved window state
    again.close()


def test_damaged_project_shows_the_same_sentence_as_the_command_line(qtbot, window, tmp_path, messages):
    """Issue 12 item 12: the open dialog's message is open_project's sentence (capitalised), never a raw
    Python message; the current project stays."""
    import shutil
    import sqlite3

    from floodplan.errors import InputError
    from floodplan.io.projectfile import open_project

    broken = tmp_path / "broken.gpkg"
    shutil.copy(window.project.path, broken)
    con = sqlite3.connect(broken)
    con.execute("UPDATE floodplan_meta SET value='one' WHERE key='format_version'")
    con.commit()
    con.close()
    with pytest.raises(InputError) as err:
        open_project(broken)
    before = _state(window.project)
    assert not window.open_project(str(broken), ask=False)
    text = messages.texts("warning")[0]
    assert text == str(err.value)[0].upper() + str(err.value)[1:]
    assert "format version 'one' is not a whole number" in text
    assert _state(window.project) == before


def test_autosave_failure_is_shown_once_and_in_the_status_bar(qtbot, window, tmp_path, messages, monkeypatch):
    """Issue 12 item 18: a failing autosave is visible (a box the first time, the status bar always)."""
    from floodplan.gui import settings

    monkeypatch.setattr(settings, "recovery_path_for", lambda p: tmp_path / "gone" / "recovery.gpkg")
    window.add_resource(Point(500500, 5599900), "pump")
    assert window.autosave() is None
    assert window.autosave() is None
    warnings = [t for t in messages.texts("warning") if t.startswith("Autosave failed")]
    assert len(warnings) == 1 and "folder does not exist" in warnings[0]
    assert window.statusBar().currentMessage().startswith("Autosave failed")


def test_saving_over_a_file_changed_elsewhere_asks_first(qtbot, window, valley_path, messages):
    """Issue 12 item 19: another floodplan saved the project since this window opened it: saving asks;
    Cancel keeps the other edit, Save overwrites it."""
    from floodplan.io.projectfile import open_project, save_project
    from floodplan.model.scenario import Scenario

    other = open_project(valley_path)
    other.set_scenario(Scenario("from-the-other-window", level_m=101.0))
    save_project(other)
    window.add_resource(Point(500500, 5599900), "pump")
    messages.answers = [B.Cancel]
    assert not window.save()
    assert "changed on disk" in messages.texts("question")[-1]
    assert "from-the-other-window" in open_project(valley_path).scenarios
    messages.answers = [B.Save]
    assert window.save()
    assert "from-the-other-window" not in open_project(valley_path).scenarios
    assert not window.isWindowModified()


def test_a_project_pointing_at_a_url_is_refused_in_the_app(qtbot, window, tmp_path, messages):
    """Issue 12 item 17: the open dialog refuses a project whose DEM is a /vsicurl/ URL with the same
    sentence as the command line (naming the project and the reference); the current project stays."""
    import shutil
    import sqlite3

    shared = tmp_path / "shared.gpkg"
    shutil.copy(window.project.path, shared)
    ref = "/vsicurl/http://127.0.0.1:9/dem.tif"  # never contacted: refused before GDAL sees it
    con = sqlite3.connect(shared)
    con.execute("UPDATE floodplan_layers SET storage='external', path=? WHERE role='dem'", (ref,))
    con.commit()
    con.close()
    before = _state(window.project)
    assert not window.open_project(str(shared), ask=False)
    text = messages.texts("warning")[0]
    assert str(shared) in text and ref in text and "never opens" in text
    assert _state(window.project) == before
