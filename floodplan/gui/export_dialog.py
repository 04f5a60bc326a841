"""The plate export dialog (issue 6): layout settings, a live preview, export in the background.

- The settings (paper, orientation, dpi, texts, languages, scale, response mode, inset/summary,
  atlas) start from the project's saved layout (``project.settings["plate"]``) and are stored back
  with one undoable :class:`floodplan.model.commands.SetSetting` when the plate is exported (or with
  "Save layout"), so the next export and the command line's ``floodplan plate`` see the same layout.
- The preview is :func:`floodplan.plates.build_plate` at a low dpi in a matplotlib canvas, redrawn a
  short moment after the last change (a debounce timer, so typing a title does not redraw per key).
- Export… asks for a file and runs :func:`~floodplan.plates.render_plate` (or
  :func:`~floodplan.plates.render_atlas`, one PDF page per jurisdiction) on a worker thread with a
  progress bar and a working Cancel; the window never freezes.

:func:`export_report` is the results dashboard's "Export report" action: a file dialog, then
:func:`floodplan.plates.write_report` on a worker thread.

No traceback reaches the user: an :class:`~floodplan.errors.InputError` shows its sentence, anything
else the sentence of :func:`floodplan.gui.worker.error_message`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from floodplan.errors import InputError
from floodplan.gui.worker import Job, ProgressWidget, error_message, run_in_thread, while_alive
from floodplan.model.commands import SetSetting
from floodplan.plates import LANGUAGES, PAPER_MM, PlateSpec, build_plate, render_atlas, render_plate
from floodplan.plates.spec import ORIENTATIONS

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

#: Dots per inch of the preview: enough to read the layout, cheap enough to redraw in ~0.3 s.
PREVIEW_DPI = 40
#: Quiet time (ms) after the last change before the preview is redrawn.
PREVIEW_DELAY_MS = 300
NO_SECOND = "(none)"
#: The page orientations as the Orientation box shows them (for lupdate; the codes are the layout's data).
_ORIENTATION_LABELS = (
    QT_TRANSLATE_NOOP("Orientation", "landscape"),
    QT_TRANSLATE_NOOP("Orientation", "portrait"),
)

_FILTERS = "PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"


def _filter_suffix(selected_filter: str) -> str:
    for suffix in (".pdf", ".png", ".svg"):
        if suffix[1:] in selected_filter.lower():
            return suffix
    return ".pdf"


class ExportDialog(QDialog):
    """Dialog to lay out and export a map plate (PDF, PNG, SVG) or a per-jurisdiction atlas (PDF).

    Parameters
    ----------
    project : Project
        Drawn on the plate; its ``settings["plate"]`` is the starting layout and receives the layout
        used (undoable).
    result : RunResult, optional
        The scenario run to show (flood depth, coverage gaps, summary table); None draws the layers only.
    parent : QWidget, optional

    Attributes
    ----------
    last_info : dict or None
        What :func:`render_plate` / :func:`render_atlas` returned for the last finished export.
    job : Job or None
        The running export, if any.
    """

    def __init__(self, project, result=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export map plate"))
        self.setObjectName("ExportDialog")
        self.project = project
        self.result = result
        self.job: Job | None = None
        self.last_info: dict | None = None
        self.preview_canvas: FigureCanvasQTAgg | None = None
        self.preview_error = ""
        self._loading = False
        self._alive = {"alive": True}
        self.destroyed.connect(lambda *_a, alive=self._alive: alive.update(alive=False))

        try:
            spec = PlateSpec.from_project(project)
        except InputError as exc:  # a damaged saved layout: start from the defaults and say so
            spec = PlateSpec()
            self.preview_error = (
                f"The saved plate layout was not usable ({error_message(exc)}); defaults shown."
            )
        self._build()
        self.set_spec(spec)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self._connect_changes()
        self.update_preview()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        form_box = QGroupBox(self.tr("Layout"))
        form = QFormLayout(form_box)

        def row(label: str, widget: QWidget, tip: str) -> None:
            widget.setToolTip(tip)
            lab = QLabel(label)
            lab.setBuddy(widget)
            form.addRow(lab, widget)

        self.paper_combo = QComboBox()
        self.paper_combo.addItems(sorted(PAPER_MM, key=lambda p: -PAPER_MM[p][0]))
        row(self.tr("&Paper:"), self.paper_combo, self.tr("ISO paper size of the plate"))
        self.orientation_combo = QComboBox()
        for o in ORIENTATIONS:  # the orientation in the user's language, the code as data
            self.orientation_combo.addItem(translate("Orientation", o), o)
        row(
            self.tr("&Orientation:"),
            self.orientation_combo,
            self.tr("Landscape (wide) or portrait (tall) page"),
        )
        self.dpi_spin = QSpinBox()
        self.dpi_spin.setRange(10, 1200)
        self.dpi_spin.setSingleStep(50)
        self.dpi_spin.setSuffix(" dpi")
        row(
            self.tr("&Resolution:"),
            self.dpi_spin,
            self.tr("Dots per inch of a PNG, and of the flood image in PDF/SVG (300 for print)"),
        )
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Flood map"))
        row(
            self.tr("&Title:"),
            self.title_edit,
            self.tr("Title of the plate; empty gives 'Flood map' in the chosen languages"),
        )
        self.subtitle_edit = QLineEdit()
        row(
            self.tr("&Subtitle:"),
            self.subtitle_edit,
            self.tr("Line under the title (e.g. the scenario and the meeting)"),
        )
        self.organisation_edit = QLineEdit()
        row(
            self.tr("Or&ganisation:"),
            self.organisation_edit,
            self.tr("Who made the plate (shown in the information block)"),
        )
        langs = QWidget()
        lrow = QHBoxLayout(langs)
        lrow.setContentsMargins(0, 0, 0, 0)
        self.language_combo = QComboBox()
        self.language_combo.addItems(list(LANGUAGES))
        self.language_combo.setToolTip(self.tr("Main language of every text on the plate"))
        self.language2_combo = QComboBox()
        self.language2_combo.addItem(self.tr("(none)"), NO_SECOND)
        for code in LANGUAGES:
            self.language2_combo.addItem(code, code)
        self.language2_combo.setToolTip(
            self.tr("Second language shown beside the main one (e.g. the neighbour's)")
        )
        lrow.addWidget(self.language_combo)
        lrow.addWidget(QLabel(self.tr("and")))
        lrow.addWidget(self.language2_combo)
        row(self.tr("&Languages:"), langs, self.tr("The plate's texts in one or two languages side by side"))
        self.language_combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        form.labelForField(langs).setBuddy(self.language_combo)

        scale = QWidget()
        srow = QHBoxLayout(scale)
        srow.setContentsMargins(0, 0, 0, 0)
        self.scale_combo = QComboBox()
        self.scale_combo.addItems([self.tr("Fit the map"), self.tr("Fixed scale 1:")])
        self.scale_combo.setToolTip(
            self.tr("Fit the whole project (or atlas page) on the map, or print at an exact scale")
        )
        self.scale_spin = QSpinBox()
        self.scale_spin.setRange(100, 10_000_000)
        self.scale_spin.setSingleStep(5000)
        self.scale_spin.setValue(25000)
        self.scale_spin.setGroupSeparatorShown(True)
        self.scale_spin.setToolTip(
            self.tr("Scale denominator: 25,000 prints 1 cm on paper for 250 m on the ground")
        )
        srow.addWidget(self.scale_combo)
        srow.addWidget(self.scale_spin, 1)
        row(self.tr("S&cale:"), scale, self.tr("Map scale"))
        form.labelForField(scale).setBuddy(self.scale_combo)
        self.mode_combo = QComboBox()
        for code, label in (("joint", self.tr("joint")), ("national", self.tr("national"))):
            self.mode_combo.addItem(label, code)  # the label in the user's language, the code as data
        row(
            self.tr("Response &mode:"),
            self.mode_combo,
            self.tr(
                "Which coverage gaps the map shows: joint (cross-border help) or national (each country alone)"
            ),
        )
        self.inset_check = QCheckBox(self.tr("Locator &inset"))
        self.inset_check.setToolTip(self.tr("A small overview map showing where the plate lies"))
        self.summary_check = QCheckBox(self.tr("Summary &table"))
        self.summary_check.setToolTip(
            self.tr("Per-country table of flooded and reached people (needs a scenario run)")
        )
        self.service_check = QCheckBox(self.tr("Service a&reas"))
        self.service_check.setToolTip(self.tr("Draw the areas each resource reaches within its target time"))
        self.atlas_check = QCheckBox(self.tr("&Atlas: one page per jurisdiction (PDF)"))
        self.atlas_check.setToolTip(
            self.tr("Write a multi-page PDF with one plate fitted to each jurisdiction")
        )
        for w in (self.inset_check, self.summary_check, self.service_check, self.atlas_check):
            form.addRow("", w)

        self.preview_frame = QGroupBox(self.tr("Preview"))
        self.preview_box = QVBoxLayout(self.preview_frame)
        self.preview_label = QLabel("")
        self.preview_label.setWordWrap(True)
        self.preview_box.addWidget(self.preview_label)

        self.progress = ProgressWidget()
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save &layout"))
        self.save_button.setToolTip(
            self.tr("Keep these settings in the project (undoable) without exporting")
        )
        self.save_button.clicked.connect(self.save_layout)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setToolTip(
            self.tr("Choose a PDF, PNG or SVG file and write the plate in the background")
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(lambda: self.export())
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the dialog (a running export is cancelled)"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        left = QVBoxLayout()
        left.addWidget(form_box)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left)
        top.addWidget(self.preview_frame, 1)
        main = QVBoxLayout(self)
        main.addLayout(top, 1)
        main.addWidget(self.progress)
        main.addWidget(self.status)
        main.addLayout(buttons)
        self.resize(1000, 560)

    def _connect_changes(self) -> None:
        for combo in (
            self.paper_combo,
            self.orientation_combo,
            self.language_combo,
            self.language2_combo,
            self.scale_combo,
            self.mode_combo,
        ):
            combo.currentIndexChanged.connect(self._changed)
        for edit in (self.title_edit, self.subtitle_edit, self.organisation_edit):
            edit.textChanged.connect(self._changed)
        for spin in (self.dpi_spin, self.scale_spin):
            spin.valueChanged.connect(self._changed)
        for check in (self.inset_check, self.summary_check, self.service_check, self.atlas_check):
            check.toggled.connect(self._changed)

    # ------------------------------------------------------------------ spec <-> widgets
    def set_spec(self, spec: PlateSpec) -> None:
        """Show a layout in the widgets (the preview follows after the debounce)."""
        self._loading = True
        try:
            self.paper_combo.setCurrentText(spec.paper)
            self.orientation_combo.setCurrentIndex(max(0, self.orientation_combo.findData(spec.orientation)))
            self.dpi_spin.setValue(int(spec.dpi))
            self.title_edit.setText(spec.title or "")
            self.subtitle_edit.setText(spec.subtitle or "")
            self.organisation_edit.setText(spec.organisation or "")
            langs = list(spec.languages) or ["en"]
            self.language_combo.setCurrentText(langs[0])
            self.language2_combo.setCurrentIndex(
                max(0, self.language2_combo.findData(langs[1] if len(langs) > 1 else NO_SECOND))
            )
            self._extra_languages = langs[2:]  # kept as saved; the dialog edits the first two
            self._date = spec.date
            self._extent = spec.extent
            self._margins = spec.margins_mm
            if spec.scale:
                self.scale_combo.setCurrentIndex(1)
                self.scale_spin.setValue(int(round(spec.scale)))
            else:
                self.scale_combo.setCurrentIndex(0)
            self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(spec.mode)))
            self.inset_check.setChecked(bool(spec.show_inset))
            self.summary_check.setChecked(bool(spec.show_summary))
            self.service_check.setChecked(bool(spec.show_service_areas))
        finally:
            self._loading = False
        self._sync_enabled()

    def spec(self) -> PlateSpec:
        """The layout the widgets show, checked (raises InputError naming the bad setting)."""
        langs = [self.language_combo.currentText()]
        second = self.language2_combo.currentData()
        if second != NO_SECOND and second not in langs:
            langs.append(second)
        langs += [x for x in self._extra_languages if x not in langs]
        return PlateSpec(
            paper=self.paper_combo.currentText(),
            orientation=self.orientation_combo.currentData(),
            dpi=self.dpi_spin.value(),
            title=self.title_edit.text().strip(),
            subtitle=self.subtitle_edit.text().strip(),
            organisation=self.organisation_edit.text().strip(),
            date=self._date,
            languages=langs,
            scale=float(self.scale_spin.value()) if self.scale_combo.currentIndex() == 1 else None,
            extent=self._extent,
            margins_mm=self._margins,
            show_inset=self.inset_check.isChecked(),
            show_summary=self.summary_check.isChecked(),
            mode=self.mode_combo.currentData(),
            show_service_areas=self.service_check.isChecked(),
        ).validate()

    @property
    def atlas(self) -> bool:
        return self.atlas_check.isChecked()

    def _sync_enabled(self) -> None:
        self.scale_spin.setEnabled(self.scale_combo.currentIndex() == 1 and self.job is None)

    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self._sync_enabled()
        self._timer.start()  # restart: redraw once the user pauses

    # ------------------------------------------------------------------ preview
    def update_preview(self) -> None:
        """Redraw the preview now: the plate at PREVIEW_DPI (the page's layout, fonts and map as exported)."""
        self._timer.stop()
        if self.job is not None:
            return  # matplotlib is busy on the export's thread; the preview waits for it
        try:
            spec = self.spec()
            spec.dpi = PREVIEW_DPI
            fig, _info = build_plate(self.project, self.result, spec)
        except Exception as exc:  # noqa: BLE001 - a preview must never break the dialog
            if not isinstance(exc, InputError):
                log.exception("plate preview failed")
            self.preview_error = error_message(exc)
            self.preview_label.setText(self.tr("No preview: {0}").format(self.preview_error))
            return
        canvas = FigureCanvasQTAgg(fig)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setMinimumSize(240, 170)
        canvas.setToolTip(self.tr("Preview of the plate (low resolution); it follows every change"))
        canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if self.preview_canvas is not None:
            self.preview_box.removeWidget(self.preview_canvas)
            self.preview_canvas.deleteLater()
        self.preview_canvas = canvas
        self.preview_box.addWidget(canvas, 1)
        w, h = spec.page_mm
        atlas = " — atlas: one such page per jurisdiction" if self.atlas else ""
        self.preview_label.setText(
            self.tr("{0} {1}, {w:g} × {h:g} mm{atlas}").format(
                spec.paper, translate("Orientation", spec.orientation), w=w, h=h, atlas=atlas
            )
        )
        self.preview_error = ""
        canvas.draw_idle()

    # ------------------------------------------------------------------ saving and exporting
    def save_layout(self) -> bool:
        """Store the layout in the project as one undoable SetSetting; False if invalid or unchanged."""
        try:
            d = self.spec().to_dict()
        except InputError as exc:
            self._fail(exc)
            return False
        if self.project.settings.get("plate") == d:
            return False
        self.project.stack.push(SetSetting("plate", d, text="Change plate layout"))
        self.status.setText(self.tr("Layout saved in the project."))
        return True

    def export(self, path: str | Path | None = None) -> Job | None:
        """Ask for a file (unless given) and write the plate (or atlas) on a worker thread.

        The layout is saved in the project first (undoable). Returns the Job, or None when nothing
        started (no file chosen, invalid setting, an export already running).
        """
        if self.job is not None:
            return None
        try:
            spec = self.spec()
        except InputError as exc:
            self._fail(exc)
            return None
        if path is None:
            filters = "PDF (*.pdf)" if self.atlas else _FILTERS
            start = str(Path.home() / ("atlas.pdf" if self.atlas else "plate.pdf"))
            chosen, selected = QFileDialog.getSaveFileName(self, self.tr("Export plate"), start, filters)
            if not chosen:
                return None
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(_filter_suffix(selected))
        path = Path(path)
        self.save_layout()
        if self.atlas:
            fn: Any = render_atlas
            what = "atlas"
        else:
            fn = render_plate
            what = "plate"
        self.status.setText(self.tr("Writing the {what} to {path}…").format(what=what, path=path))
        guard = self._guard
        self.job = run_in_thread(
            fn,
            self.project,
            self.result,
            spec,
            path,
            on_done=guard(self._export_done),
            on_error=guard(self._export_failed),
            on_progress=guard(self.progress.set_progress),
            on_cancelled=guard(self._export_cancelled),
            on_finished=guard(self._export_finished),
        )
        self.progress.track(self.job)
        for w in (self.export_button, self.save_button):
            w.setEnabled(False)
        return self.job

    def _guard(self, fn):
        return while_alive(self._alive, fn)

    def _export_done(self, info: dict) -> None:
        self.last_info = info
        self.progress.finish(self.tr("done"), 1.0)
        pages = f" ({info['pages']} pages)" if "pages" in info else ""
        self.status.setText(self.tr("Written: {0}{pages}").format(info["path"], pages=pages))

    def _export_failed(self, exc: BaseException) -> None:
        self.progress.finish(self.tr("failed"))
        self._fail(exc)

    def _export_cancelled(self) -> None:
        self.progress.finish(self.tr("cancelled"))
        self.status.setText(self.tr("Export cancelled; the file may be incomplete and should not be used."))

    def _export_finished(self) -> None:
        self.job = None
        for w in (self.export_button, self.save_button):
            w.setEnabled(True)
        self._sync_enabled()
        if self._timer.isActive() or self.preview_canvas is None:
            self.update_preview()

    def _fail(self, exc: BaseException) -> None:
        text = error_message(exc)
        self.status.setText(text)
        QMessageBox.warning(self, self.tr("Export plate"), text)

    def reject(self) -> None:
        """Close; a running export is cancelled first (it stops at its next step)."""
        if self.job is not None:
            self.job.cancel()
        super().reject()


def export_report(parent: QWidget | None, project, result, *, path: str | Path | None = None) -> Job | None:
    """The results dashboard's "Export report": ask for an .html or .pdf file, write it in the background.

    The report (:func:`floodplan.plates.write_report`) is written in the languages of the project's plate
    layout, with its tables as CSV and GeoPackage beside it. A progress dialog with Cancel shows while it
    runs; the outcome is told in a message box (an error as its one sentence).

    Parameters
    ----------
    parent : QWidget or None
    project : Project
    result : RunResult
        The scenario run to report on; None tells the user to run a scenario first.
    path : path, optional
        Skip the file dialog (scripts, tests).

    Returns
    -------
    Job or None
        The running job (None when nothing started).
    """
    from floodplan.plates import write_report

    if result is None:
        QMessageBox.information(
            parent,
            translate("export_dialog", "Export report"),
            translate("export_dialog", "A report needs a scenario result; run the scenario first."),
        )
        return None
    if path is None:
        chosen, selected = QFileDialog.getSaveFileName(
            parent,
            translate("export_dialog", "Export report"),
            str(Path.home() / "report.pdf"),
            "PDF (*.pdf);;HTML page (*.html)",
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".html" if "html" in selected.lower() else ".pdf")
    try:
        languages = PlateSpec.from_project(project).languages
    except InputError:
        languages = ["en"]

    dialog = QProgressDialog(
        translate("export_dialog", "Writing the report…"),
        translate("export_dialog", "Cancel"),
        0,
        1000,
        parent,
    )
    dialog.setWindowTitle(translate("export_dialog", "Export report"))
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(fraction: float, message: str) -> None:
        dialog.setValue(round(fraction * 1000))
        if message:
            dialog.setLabelText(message)

    def done(info: dict) -> None:
        QMessageBox.information(
            parent,
            translate("export_dialog", "Export report"),
            translate("export_dialog", "Report written: {0}").format(info["path"]),
        )

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, translate("export_dialog", "Export report"), error_message(exc))

    job = run_in_thread(
        write_report,
        project,
        result,
        Path(path),
        languages,
        on_done=done,
        on_error=failed,
        on_progress=progress,
        on_finished=dialog.deleteLater,
    )
    dialog.canceled.connect(job.cancel)
    dialog.show()
    job.dialog = dialog
    return job
