"""The "New project from public data" wizard (issue 8): what ``floodplan new`` does, step by step.

Pages: elevation files (SRTM tiles, GeoTIFFs, zipped tiles; each with a vertical offset in metres to
bring it to the others' datum), an OpenStreetMap extract (optional), the area (a box W, S, E, N in
degrees of longitude and latitude, optional, with "From the DEM") and the design flood's depth above
the river bed, and where to save. Finish builds the project with
:func:`floodplan.io.newproject.new_project` and saves it with :func:`floodplan.io.projectfile.save_project`
on a worker thread (a progress bar and a working Cancel; the window never freezes), then emits
``projectCreated(path)`` and closes. An input error is shown as its one sentence and nothing is written
(the project file is only written once the whole project was built; the save itself is atomic).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from floodplan.errors import InputError
from floodplan.gui.worker import Job, ProgressWidget, error_message, run_in_thread, while_alive

log = logging.getLogger(__name__)

DEM_FILTER = "Elevation (*.hgt *.zip *.tif *.tiff *.asc *.img *.vrt);;All files (*)"
OSM_FILTER = "OpenStreetMap extract (*.osm.pbf *.pbf *.osm);;All files (*)"


def dem_bounds_lonlat(paths) -> tuple[float, float, float, float]:
    """The box (W, S, E, N in degrees, WGS 84) covering every elevation file.

    Raises
    ------
    InputError
        A file that does not exist, is not a raster, or has no coordinate reference system.
    """
    import rasterio
    from rasterio.errors import RasterioIOError
    from rasterio.warp import transform_bounds

    from floodplan.io.dem_import import raster_paths

    boxes = []
    for path in paths:
        for gdal_path in raster_paths(path):
            try:
                with rasterio.open(gdal_path) as src:
                    if src.crs is None:
                        raise InputError(
                            f"{path}: the elevation file has no coordinate reference system; "
                            "give the box by hand or fix the file."
                        )
                    boxes.append(transform_bounds(src.crs, "EPSG:4326", *src.bounds))
            except RasterioIOError:
                raise InputError(f"{path}: not a raster GDAL can read; choose an elevation file.") from None
    if not boxes:
        raise InputError("add at least one elevation file first.")
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def build_and_save(
    dem_paths, osm_path, bbox_lonlat, vertical_offsets_m, flood_depth_m, out_path, feedback=None
) -> Path:
    """Build a project from public data and save it (what the wizard runs on its worker thread)."""
    from floodplan.io.newproject import new_project
    from floodplan.io.projectfile import save_project

    out = Path(out_path)
    if out.suffix.lower() != ".gpkg":
        raise InputError(f"{out}: a project is saved as a GeoPackage; give a file name ending in .gpkg.")
    project = new_project(
        list(dem_paths),
        osm_path or None,
        bbox_lonlat=bbox_lonlat,
        vertical_offsets_m=vertical_offsets_m or None,
        flood_depth_m=flood_depth_m,
        feedback=feedback.sub(0.0, 0.9) if feedback is not None else None,
    )
    if feedback is not None:
        feedback.step(0.9, f"saving {out.name}")  # the last chance to cancel before anything is written
    save_project(project, out)
    return out


class ElevationPage(QWizardPage):
    """Elevation files with a vertical offset each (m)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Elevation"))
        self.setSubTitle(
            self.tr(
                "Add the elevation tiles or files (SRTM .hgt or .hgt.zip, GeoTIFF, …). Overlapping files are "
                "mosaicked in this order; give a vertical offset (m) to bring a file to the others' datum."
            )
        )
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Vertical offset (m)")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setToolTip(
            self.tr("The elevation files in priority order; edit an offset by typing in its cell")
        )
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("Choose one or more elevation files"))
        self.add_button.clicked.connect(lambda: self.add_files())
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected file from the list"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.addWidget(self.table, 1)
        row.addLayout(buttons)
        self.table.itemChanged.connect(lambda *_: self.completeChanged.emit())

    def add_files(self, paths=None) -> None:
        """Add files (asks with a file dialog unless given)."""
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Elevation files"), "", DEM_FILTER)
        for p in paths:
            if str(p) in self.paths():
                continue
            r = self.table.rowCount()
            self.table.insertRow(r)
            item = QTableWidgetItem(str(p))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(str(p))
            self.table.setItem(r, 0, item)
            self.table.setItem(r, 1, QTableWidgetItem("0"))
        self.completeChanged.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.rowCount():
            rows = [self.table.currentRow()] if self.table.currentRow() >= 0 else []
        for r in rows:
            self.table.removeRow(r)
        self.completeChanged.emit()

    def paths(self) -> list[str]:
        return [self.table.item(r, 0).text() for r in range(self.table.rowCount())]

    def offsets(self) -> dict[str, float]:
        """{path: metres} for the files with a non-zero offset; InputError names a bad entry."""
        out = {}
        for r in range(self.table.rowCount()):
            path = self.table.item(r, 0).text()
            text = (self.table.item(r, 1).text() if self.table.item(r, 1) else "").strip() or "0"
            try:
                v = float(text.replace(",", "."))
            except ValueError:
                raise InputError(
                    f"{path}: the vertical offset '{text}' is not a number of metres; type e.g. 0.3 or -1.2."
                ) from None
            if v != 0.0:
                out[path] = v
        return out

    def isComplete(self) -> bool:
        return self.table.rowCount() > 0

    def validatePage(self) -> bool:
        try:
            self.offsets()
        except InputError as exc:
            self.wizard().show_error(exc)
            return False
        return True


class OsmPage(QWizardPage):
    """An OpenStreetMap extract (optional): buildings, roads, rivers, borders, resources."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("OpenStreetMap (optional)"))
        self.setSubTitle(
            self.tr(
                "An OpenStreetMap extract (.osm.pbf) gives the buildings, roads, rivers, borders and stations. "
                "Leave it empty for a project with the elevation only."
            )
        )
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("e.g. andorra.osm.pbf (optional)"))
        self.edit.setToolTip(self.tr("Path of the OpenStreetMap extract"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setToolTip(self.tr("Choose the OpenStreetMap extract"))
        self.browse_button.clicked.connect(self.browse)
        label = QLabel(self.tr("&Extract:"))
        label.setBuddy(self.edit)
        row = QHBoxLayout(self)
        row.addWidget(label)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse_button)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("OpenStreetMap extract"), "", OSM_FILTER)
        if path:
            self.edit.setText(path)

    def path(self) -> str | None:
        return self.edit.text().strip() or None

    def validatePage(self) -> bool:
        p = self.path()
        if p is not None and not Path(p).is_file():
            self.wizard().show_error(
                InputError(f"{p}: no such file; choose the OpenStreetMap extract again.")
            )
            return False
        return True


class AreaPage(QWizardPage):
    """The box (W, S, E, N in degrees) and the design flood's depth above the river bed (m)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Area and flood"))
        self.setSubTitle(
            self.tr(
                "Limit the project to a box in degrees of longitude and latitude (WGS 84), or keep the whole "
                "of the elevation files. The starter scenarios put the water this far above the river bed."
            )
        )
        form = QFormLayout(self)
        self.box_check = QCheckBox(self.tr("&Limit to a box"))
        self.box_check.setToolTip(self.tr("Crop the elevation and the OpenStreetMap layers to the box below"))
        self.box_check.toggled.connect(self._sync)
        form.addRow(self.box_check)
        self.spins = {}
        for key, label, lo, hi, tip in (
            (
                "W",
                self.tr("&West:"),
                -180.0,
                180.0,
                self.tr("Western edge (degrees of longitude, east positive)"),
            ),
            (
                "S",
                self.tr("&South:"),
                -90.0,
                90.0,
                self.tr("Southern edge (degrees of latitude, north positive)"),
            ),
            ("E", self.tr("&East:"), -180.0, 180.0, self.tr("Eastern edge (degrees of longitude)")),
            ("N", self.tr("&North:"), -90.0, 90.0, self.tr("Northern edge (degrees of latitude)")),
        ):
            spin = QDoubleSpinBox()
            spin.setRange(lo, hi)
            spin.setDecimals(4)
            spin.setSingleStep(0.01)
            spin.setSuffix(" °")
            spin.setToolTip(tip)
            lab = QLabel(label)
            lab.setBuddy(spin)
            form.addRow(lab, spin)
            self.spins[key] = spin
        self.from_dem_button = QPushButton(self.tr("From the &DEM"))
        self.from_dem_button.setToolTip(self.tr("Fill the box with the extent of the elevation files"))
        self.from_dem_button.clicked.connect(self.box_from_dem)
        form.addRow("", self.from_dem_button)
        self.depth_spin = QDoubleSpinBox()
        self.depth_spin.setRange(0.1, 50.0)
        self.depth_spin.setDecimals(1)
        self.depth_spin.setSingleStep(0.5)
        self.depth_spin.setValue(3.0)
        self.depth_spin.setSuffix(" m")
        self.depth_spin.setToolTip(
            self.tr("Depth of the design flood above the river bed along every river (m)")
        )
        lab = QLabel(self.tr("Flood &depth above the river bed:"))
        lab.setBuddy(self.depth_spin)
        form.addRow(lab, self.depth_spin)
        self._sync(False)

    def _sync(self, on: bool) -> None:
        for spin in self.spins.values():
            spin.setEnabled(bool(on))

    def box_from_dem(self) -> bool:
        """Fill the box with the elevation files' extent (degrees) and tick "Limit to a box"."""
        try:
            w, s, e, n = dem_bounds_lonlat(self.wizard().elevation_page.paths())
        except InputError as exc:
            self.wizard().show_error(exc)
            return False
        self.set_box((w, s, e, n))
        return True

    def set_box(self, box: tuple[float, float, float, float] | None) -> None:
        self.box_check.setChecked(box is not None)
        if box is not None:
            for key, v in zip("WSEN", box):
                self.spins[key].setValue(float(v))

    def box(self) -> tuple[float, float, float, float] | None:
        if not self.box_check.isChecked():
            return None
        return tuple(self.spins[k].value() for k in "WSEN")

    def validatePage(self) -> bool:
        b = self.box()
        if b is not None and not (b[2] > b[0] and b[3] > b[1]):
            self.wizard().show_error(
                InputError(
                    f"the box W {b[0]:g}, S {b[1]:g}, E {b[2]:g}, N {b[3]:g} is empty; "
                    "East must exceed West and North must exceed South."
                )
            )
            return False
        return True


class SavePage(QWizardPage):
    """Where to save the project, and the progress of building it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Save"))
        self.setSubTitle(self.tr("Where to save the new project. Finish builds it (this can take a minute)."))
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("e.g. valley.gpkg"))
        self.edit.setToolTip(self.tr("The new project file (a GeoPackage, .gpkg)"))
        self.edit.textChanged.connect(lambda *_: self.completeChanged.emit())
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setToolTip(self.tr("Choose where to save the project"))
        self.browse_button.clicked.connect(self.browse)
        label = QLabel(self.tr("&Project file:"))
        label.setBuddy(self.edit)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse_button)
        self.progress = ProgressWidget()
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.progress)
        box.addStretch(1)

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save new project"), "project.gpkg", "Project (*.gpkg)"
        )
        if path:
            if not path.lower().endswith(".gpkg"):
                path += ".gpkg"
            self.edit.setText(path)

    def path(self) -> str:
        return self.edit.text().strip()

    def isComplete(self) -> bool:
        return bool(self.path()) and self.wizard() is not None and self.wizard().job is None


class NewProjectWizard(QWizard):
    """Wizard making a project from public data (see the module docstring).

    Signals
    -------
    projectCreated(str) : the saved project's path, once built and saved.

    Attributes
    ----------
    project_path : Path or None
        The saved project, after success.
    job : Job or None
        The running build.
    """

    projectCreated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project from public data"))
        self.setObjectName("NewProjectWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.project_path: Path | None = None
        self.job: Job | None = None
        self.last_error: str | None = None
        self._alive = {"alive": True}
        self.destroyed.connect(lambda *_a, alive=self._alive: alive.update(alive=False))
        self.elevation_page = ElevationPage()
        self.osm_page = OsmPage()
        self.area_page = AreaPage()
        self.save_page = SavePage()
        for page in (self.elevation_page, self.osm_page, self.area_page, self.save_page):
            self.addPage(page)
        self.button(QWizard.WizardButton.FinishButton).setToolTip(self.tr("Build and save the project"))
        self.button(QWizard.WizardButton.CancelButton).setToolTip(
            self.tr("Stop building (nothing is written) or close the wizard")
        )
        self.resize(680, 440)

    # ------------------------------------------------------------------ errors
    def show_error(self, exc: BaseException) -> None:
        """One sentence in a message box (an InputError's own; anything else via error_message)."""
        self.last_error = error_message(exc)
        QMessageBox.warning(self, self.tr("New project"), self.last_error)

    # ------------------------------------------------------------------ finish: build on a worker thread
    def accept(self) -> None:
        """Finish: build and save the project on a worker thread; close once it is saved."""
        if self.job is not None:
            return
        if self.project_path is not None:
            super().accept()
            return
        try:
            out = self.save_page.path()
            if not out.lower().endswith(".gpkg"):
                raise InputError(f"{out or 'the project file'}: give a file name ending in .gpkg.")
            offsets = self.elevation_page.offsets()
        except InputError as exc:
            self.show_error(exc)
            return
        self._out = Path(out)
        self._out_existed = self._out.exists()
        guard = self._guard
        self.job = run_in_thread(
            build_and_save,
            self.elevation_page.paths(),
            self.osm_page.path(),
            self.area_page.box(),
            offsets,
            self.area_page.depth_spin.value(),
            out,
            on_done=guard(self._done),
            on_error=guard(self._failed),
            on_progress=guard(self.save_page.progress.set_progress),
            on_cancelled=guard(self._cancelled),
            on_finished=guard(self._finished),
        )
        self.save_page.progress.track(self.job)
        for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton):
            self.button(b).setEnabled(False)
        self.save_page.edit.setEnabled(False)
        self.save_page.browse_button.setEnabled(False)

    def _guard(self, fn):
        return while_alive(self._alive, fn)

    def _done(self, path: Path) -> None:
        self.project_path = Path(path)
        self.save_page.progress.finish(self.tr("done"), 1.0)
        self.projectCreated.emit(str(self.project_path))

    def _failed(self, exc: BaseException) -> None:
        self.save_page.progress.finish(self.tr("failed"))
        self.show_error(exc)

    def _cancelled(self) -> None:
        # Cancel pressed after the save had already happened (the worker then reports a cancellation):
        # take back the file this wizard wrote, so that a cancelled wizard never leaves a project behind.
        if not self._out_existed and self._out.exists():
            self._out.unlink()
        self.save_page.progress.finish(self.tr("cancelled; nothing was written"))

    def _finished(self) -> None:
        self.job = None
        self.save_page.edit.setEnabled(True)
        self.save_page.browse_button.setEnabled(True)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        self.save_page.completeChanged.emit()
        if self.project_path is not None:
            super().accept()

    def reject(self) -> None:
        """Cancel: stop a running build (nothing is written) and keep the wizard open; else close."""
        if self.job is not None:
            self.save_page.progress.cancel()  # asks the job to stop at its next step
            return
        super().reject()
