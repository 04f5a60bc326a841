"""The "New project from public data" wizard: the real Gran Valira (SRTM + OSM 2013) built through its
pages on a worker thread, opened afterwards; bad input as one sentence with nothing written; Cancel."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QFileDialog, QWizard  # noqa: E402

from floodplan.gui.new_project_wizard import NewProjectWizard  # noqa: E402
from floodplan.io.projectfile import open_project  # noqa: E402
from floodplan.testing import require_shared_data  # noqa: E402

pytestmark = pytest.mark.gui

#: The box of the CLI's Valira test and README (degrees): Andorra la Vella to La Seu d'Urgell.
VALIRA_BOX = (1.40, 42.33, 1.62, 42.60)


def make_wizard(qtbot):
    wiz = NewProjectWizard()
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    return wiz


def to_last_page(wiz):
    while wiz.currentPage() is not wiz.save_page:
        before = wiz.currentPage()
        wiz.next()
        assert wiz.currentPage() is not before, "a page refused to go on"


def start_build(qtbot, elevation, out):
    """A wizard given one elevation file, walked to its last page and accepted with ``out`` as the project
    file: the build has started on its worker (``wiz.job``)."""
    wiz = make_wizard(qtbot)
    wiz.elevation_page.add_files([str(elevation)])
    to_last_page(wiz)
    wiz.save_page.edit.setText(str(out))
    wiz.accept()
    return wiz


def test_builds_the_valira_project_and_opens_it(qtbot, tmp_path, monkeypatch, messages):
    tile = require_shared_data("valira", "N42E001.hgt.zip")
    pbf = require_shared_data("valira", "andorra.osm.pbf")
    wiz = make_wizard(qtbot)
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()  # no elevation file yet
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(tile)], ""))
    wiz.elevation_page.add_button.click()
    assert wiz.elevation_page.paths() == [str(tile)]
    assert wiz.button(QWizard.WizardButton.NextButton).isEnabled()
    wiz.next()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pbf), ""))
    wiz.osm_page.browse_button.click()
    assert wiz.osm_page.path() == str(pbf)
    wiz.next()
    # "From the DEM": the SRTM tile N42E001 covers 1–2 E, 42–43 N to its cell centres; its 1/1200° cells
    # reach half a cell (1/2400° = 0.000417°) beyond: 0.9996, 41.9996, 2.0004, 43.0004.
    wiz.area_page.from_dem_button.click()
    assert wiz.area_page.box() == pytest.approx(
        (1 - 1 / 2400, 42 - 1 / 2400, 2 + 1 / 2400, 43 + 1 / 2400), abs=1e-4
    )
    wiz.area_page.set_box(VALIRA_BOX)
    wiz.area_page.depth_spin.setValue(2.0)
    wiz.next()
    out = tmp_path / "valira.gpkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "valira"), ""))
    wiz.save_page.browse_button.click()
    assert wiz.save_page.path() == str(out)  # .gpkg added
    created = []
    wiz.projectCreated.connect(created.append)
    wiz.button(QWizard.WizardButton.FinishButton).click()
    assert wiz.job is not None and wiz.isVisible()  # the build runs in the background
    qtbot.waitUntil(lambda: bool(created), timeout=120000)
    assert messages.calls == []
    assert created == [str(out)] and wiz.project_path == out
    qtbot.waitUntil(lambda: not wiz.isVisible(), timeout=5000)
    assert wiz.result() == QWizard.DialogCode.Accepted
    # Open what was written: the same project `floodplan new` makes (tests/cli/test_new_valira.py).
    p = open_project(out)
    assert p.crs.to_epsg() == 25831  # the box's centre, 1.51 E, lies in UTM zone 31
    roles = {lyr.name: lyr.role for lyr in p.layers}
    assert roles["dem"] == "dem" and roles["rivers"] == "river" and roles["buildings"] == "assets"
    assert roles["roads"] == "roads" and roles["jurisdictions"] == "jurisdictions"
    assert {"Andorra la Vella", "Spain"} <= set(p.layer("jurisdictions").data["name"])
    # The flood depth typed (2 m) names the two starter scenarios.
    assert set(p.scenarios) == {"bed+2m-joint", "bed+2m-national"}
    # The DEM was cropped to the box: 0.22° × 0.27° is about 18 km × 30 km at 42.5 N.
    xmin, ymin, xmax, ymax = p.dem.bounds
    assert 15e3 < xmax - xmin < 22e3 and 27e3 < ymax - ymin < 33e3


def test_bad_elevation_file_is_one_sentence_and_writes_nothing(qtbot, tmp_path, messages):
    bad = tmp_path / "not_a_dem.tif"
    bad.write_text("this is not a raster\n")
    out = tmp_path / "out.gpkg"
    wiz = start_build(qtbot, bad, out)
    job = wiz.job
    qtbot.waitUntil(lambda: not job.running, timeout=30000)
    assert job.state == "failed"
    text = messages.texts("warning")[-1]
    assert str(bad) in text and "Traceback" not in text and "\n" not in text
    assert wiz.last_error == text
    assert not out.exists()
    assert wiz.isVisible() and wiz.project_path is None  # the user can fix the input and try again
    assert wiz.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_box_from_dem_and_bad_offset_are_checked(qtbot, tmp_path, messages):
    wiz = make_wizard(qtbot)
    missing = tmp_path / "missing.hgt"
    wiz.elevation_page.add_files([str(missing)])
    wiz.elevation_page.table.item(0, 1).setText("three")
    wiz.next()
    assert wiz.currentPage() is wiz.elevation_page
    assert messages.texts("warning")[-1] == (
        f"{missing}: the vertical offset 'three' is not a number of metres; type e.g. 0.3 or -1.2."
    )
    wiz.elevation_page.table.item(0, 1).setText("0.5")
    assert wiz.elevation_page.offsets() == {str(missing): 0.5}
    wiz.next()
    wiz.next()
    assert wiz.currentPage() is wiz.area_page
    wiz.area_page.from_dem_button.click()
    assert wiz.area_page.box() is None
    assert messages.texts("warning")[-1].startswith(f"{missing}: no such file")
    wiz.area_page.set_box((2.0, 42.0, 1.0, 43.0))  # west of east is wrong
    wiz.next()
    assert wiz.currentPage() is wiz.area_page
    assert "East must exceed West" in messages.texts("warning")[-1]


def test_cancel_stops_the_build_and_writes_nothing(qtbot, tmp_path):
    tile = require_shared_data("valira", "N42E001.hgt.zip")
    out = tmp_path / "cancelled.gpkg"
    wiz = start_build(qtbot, tile, out)
    job = wiz.job
    wiz.button(QWizard.WizardButton.CancelButton).click()  # while building: stop, keep the wizard open
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    assert job.state == "cancelled"
    assert not out.exists() and wiz.project_path is None
    assert wiz.isVisible()
    assert "cancelled" in wiz.save_page.progress.message.text()
    wiz.button(QWizard.WizardButton.CancelButton).click()  # now it closes
    assert not wiz.isVisible()
