"""The plate export dialog: live preview, layout saved in the project (undoable), export in a worker with
progress and Cancel, the atlas, errors as one sentence, and the dashboard's report export.

The project is the GUI tests' valley (tests/gui/conftest.py), saved to a real GeoPackage and opened:
two jurisdictions (Westdorf DE, Ostrow PL), four buildings, one road, one levee, one fire station.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QFileDialog  # noqa: E402

from floodplan.gui.export_dialog import PREVIEW_DPI, ExportDialog, export_report  # noqa: E402
from floodplan.io.projectfile import open_project  # noqa: E402

pytestmark = pytest.mark.gui

MM_PER_INCH = 25.4


@pytest.fixture
def project(valley_path):
    p = open_project(valley_path)
    p.stack.clear()
    return p


@pytest.fixture(scope="module")
def valley_result(tmp_path_factory, valley_builder):
    """A real run of the valley's hq100 scenario (flat level 102 m)."""
    from floodplan.io.projectfile import save_project
    from floodplan.sim.runner import run_scenario

    path = tmp_path_factory.mktemp("valley") / "valley.gpkg"
    save_project(valley_builder(), path)
    p = open_project(path)
    return path, run_scenario(p, "hq100")


def make_dialog(qtbot, project, result=None):
    dlg = ExportDialog(project, result)
    qtbot.addWidget(dlg)
    return dlg


def fig_px(dlg) -> tuple[int, int]:
    w, h = dlg.preview_canvas.figure.get_size_inches() * dlg.preview_canvas.figure.dpi
    return round(w), round(h)


def test_preview_follows_the_settings(qtbot, project):
    dlg = make_dialog(qtbot, project)
    # Defaults: A3 landscape = 420 × 297 mm; at PREVIEW_DPI (40) that is 420 / 25.4 × 40 = 661 by 468 px.
    assert dlg.preview_canvas is not None, dlg.preview_error
    assert fig_px(dlg) == (round(420 / MM_PER_INCH * PREVIEW_DPI), round(297 / MM_PER_INCH * PREVIEW_DPI))
    assert "A3 landscape, 420 × 297 mm" in dlg.preview_label.text()
    first = dlg.preview_canvas
    dlg.paper_combo.setCurrentText("A4")
    dlg.orientation_combo.setCurrentText("portrait")
    assert dlg.preview_canvas is first  # not redrawn per keystroke: the debounce timer waits
    qtbot.waitUntil(lambda: dlg.preview_canvas is not first, timeout=5000)
    # A4 portrait: 210 × 297 mm -> 331 × 468 px at 40 dpi.
    assert fig_px(dlg) == (round(210 / MM_PER_INCH * PREVIEW_DPI), round(297 / MM_PER_INCH * PREVIEW_DPI))
    # The title typed is on the plate, in the main language and its second one beside it.
    dlg.title_edit.setText("Hochwasser Grenzbach")
    dlg.language2_combo.setCurrentText("de")
    dlg.update_preview()
    texts = [t.get_text() for t in dlg.preview_canvas.figure.findobj(lambda a: hasattr(a, "get_text"))]
    assert any("Hochwasser Grenzbach" in t for t in texts)
    assert dlg.spec().languages == ["en", "de"]
    assert project.settings.get("plate") is None  # nothing is saved until the user saves or exports


def test_export_png_in_worker_saves_layout_undoably(qtbot, project, tmp_path, monkeypatch):
    out = tmp_path / "plates" / "valley.png"
    asked = []

    def choose(parent, caption, start, filters):
        asked.append(filters)
        return str(out), "PNG image (*.png)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dlg = make_dialog(qtbot, project)
    dlg.dpi_spin.setValue(50)
    dlg.title_edit.setText("Valley")
    dlg.scale_combo.setCurrentIndex(1)
    dlg.scale_spin.setValue(10000)
    dlg.export_button.click()
    job = dlg.job
    assert job is not None and not dlg.export_button.isEnabled()
    qtbot.waitUntil(lambda: not job.running and dlg.job is None, timeout=30000)
    assert job.state == "done", dlg.status.text()
    assert dlg.progress.message.text() == "done"
    # A3 landscape at 50 dpi: 420 / 25.4 × 50 = 826.8 px by 297 / 25.4 × 50 = 584.6 px; matplotlib's Agg
    # canvas truncates to whole pixels: 826 × 584.
    assert dlg.last_info["pixels"] == (826, 584)
    assert dlg.last_info["scale"] == pytest.approx(10000)  # a fixed scale is exact on paper
    assert out.is_file() and out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "PNG" in asked[0]
    # The layout used is the project's now, as one undoable edit.
    saved = project.settings["plate"]
    assert (saved["dpi"], saved["title"], saved["scale"]) == (50, "Valley", 10000.0)
    assert project.stack.undo_text == "Change plate layout"
    project.stack.undo()
    assert "plate" not in project.settings
    # A new dialog starts from the saved layout.
    project.stack.redo()
    again = make_dialog(qtbot, project)
    assert again.dpi_spin.value() == 50 and again.title_edit.text() == "Valley"
    assert again.scale_combo.currentIndex() == 1 and again.scale_spin.value() == 10000


def test_atlas_writes_one_pdf_page_per_jurisdiction(qtbot, valley_result, tmp_path):
    from pypdf import PdfReader

    path, result = valley_result
    project = open_project(path)
    dlg = make_dialog(qtbot, project, result)
    dlg.dpi_spin.setValue(72)
    dlg.atlas_check.setChecked(True)
    job = dlg.export(tmp_path / "atlas.pdf")
    qtbot.waitUntil(lambda: dlg.job is None, timeout=60000)
    assert job.state == "done", dlg.status.text()
    # The valley has two jurisdictions, Westdorf and Ostrow: two pages.
    assert dlg.last_info["pages"] == 2
    reader = PdfReader(tmp_path / "atlas.pdf")
    assert len(reader.pages) == 2
    assert "Westdorf" in reader.pages[0].extract_text() and "Ostrow" in reader.pages[1].extract_text()
    assert "(2 pages)" in dlg.status.text()


def test_cancel_stops_the_export_and_writes_nothing(qtbot, project, tmp_path):
    dlg = make_dialog(qtbot, project)
    # A0 at 600 dpi is ~ 28,000 × 19,900 px: minutes of work, so Cancel surely comes first; the plate
    # is laid out before the 'writing' step, where the cancel is honoured before any byte is written.
    dlg.paper_combo.setCurrentText("A0")
    dlg.dpi_spin.setValue(600)
    out = tmp_path / "big.png"
    job = dlg.export(out)
    assert dlg.progress.cancel_button.isEnabled()
    dlg.progress.cancel_button.click()
    qtbot.waitUntil(lambda: dlg.job is None, timeout=30000)
    assert job.state == "cancelled"
    assert dlg.progress.message.text() == "cancelled"
    assert not out.exists()
    assert dlg.export_button.isEnabled()


def test_bad_file_name_is_one_sentence(qtbot, project, tmp_path, messages):
    dlg = make_dialog(qtbot, project)
    job = dlg.export(tmp_path / "plate.jpg")
    qtbot.waitUntil(lambda: dlg.job is None, timeout=10000)
    assert job.state == "failed"
    text = messages.texts("warning")[-1]
    assert text.endswith("a plate is written as .pdf, .png or .svg; change the file name's ending.")
    assert "Traceback" not in text and "\n" not in text
    assert dlg.status.text() == text


def test_export_report_from_dashboard(qtbot, valley_result, tmp_path, messages, monkeypatch):
    path, result = valley_result
    project = open_project(path)
    out = tmp_path / "report" / "hq100.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "HTML page (*.html)"))
    job = export_report(None, project, result)
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=60000)
    assert job.state == "done", messages.calls
    assert out.is_file() and "Westdorf" in out.read_text(encoding="utf-8")
    assert messages.texts("information")[-1] == f"Report written: {out}"
    # No result yet: a sentence, no file dialog, no job.
    assert export_report(None, project, None) is None
    assert messages.texts("information")[-1] == "A report needs a scenario result; run the scenario first."
