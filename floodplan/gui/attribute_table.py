"""The attribute table (QGIS's "Open Attribute Table"): one vector layer's features as rows.

Selecting rows selects the features on the map and the reverse (through the main window's ``select``).
Editing a cell is an engine command (SetAttributes), so it can be undone.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableView

from floodplan.gui.docks import Dock


class FrameModel(QAbstractTableModel):
    """A read/write Qt model over a GeoDataFrame's non-geometry columns (rows = features)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.frame = None
        self.columns: list[str] = []
        self.layer: str | None = None
        self.editor = None

    def set_frame(self, layer: str | None, frame) -> None:
        self.beginResetModel()
        self.layer = layer
        self.frame = frame
        self.columns = [c for c in frame.columns if c != frame.geometry.name] if frame is not None else []
        self.endResetModel()

    def rowCount(self, parent=None):  # noqa: N802 - Qt API
        return 0 if self.frame is None or (parent is not None and parent.isValid()) else len(self.frame)

    def columnCount(self, parent=None):  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.columns)

    def fid(self, row: int):
        return self.frame.index[row]

    def row_of(self, fid) -> int | None:
        try:
            return int(self.frame.index.get_loc(fid))
        except KeyError:
            return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.frame is None:
            return None
        value = self.frame.iat[index.row(), self.frame.columns.get_loc(self.columns[index.column()])]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return format_value(value) if role == Qt.ItemDataRole.DisplayRole else _plain(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float | np.number):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section] if section < len(self.columns) else None
        return (
            str(self.frame.index[section]) if self.frame is not None and section < len(self.frame) else None
        )

    def flags(self, index):
        f = super().flags(index)
        if index.isValid() and self.editor is not None:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or self.editor is None or not index.isValid():
            return False
        col = self.columns[index.column()]
        old = self.frame.iat[index.row(), self.frame.columns.get_loc(col)]
        new = coerce_like(value, old, self.frame[col].dtype)
        self.editor.set_attributes(
            self.layer, self.fid(index.row()), {col: new}, self.tr("Edit {col} of").format(col=col)
        )
        return True


def _plain(value):
    if isinstance(value, np.generic):
        return value.item()
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return value


def format_value(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def coerce_like(text, old, dtype):
    """The typed value for a cell edited as text: numbers for numeric columns, booleans for bool ones."""
    if isinstance(text, bool) or dtype.kind == "b":
        if isinstance(text, str):
            return text.strip().lower() in ("1", "true", "yes", "y")
        return bool(text)
    if dtype.kind in "iuf" or isinstance(old, int | float | np.number):
        if isinstance(text, str) and not text.strip():
            return None
        try:
            v = float(text)
        except (TypeError, ValueError):
            from floodplan.errors import InputError

            raise InputError(f"'{text}' is not a number; type a number in this column.") from None
        return int(v) if dtype.kind in "iu" and v == int(v) else v
    return None if isinstance(text, str) and text == "" and old is None else text


class AttributeTable(Dock):
    """The Attribute table dock: a layer chooser and a table; selection follows the map and back."""

    def __init__(self, host, parent=None):
        super().__init__(
            QCoreApplication.translate("AttributeTable", "Attribute table"),
            "AttributeTable",
            parent,
            host=host,
        )
        body, lay = self.new_body()
        self.layer_box = QComboBox()
        self.layer_box.setToolTip(self.tr("The layer whose features are listed"))
        lay.addWidget(self.layer_box)
        self.view = QTableView()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setToolTip(
            self.tr("Select rows to select the features on the map; double-click a cell to edit it")
        )
        self.model = FrameModel(self)
        self.model.editor = host
        self.view.setModel(self.model)
        lay.addWidget(self.view)
        self.set_body(body)
        self._syncing = False
        self.layer_box.currentTextChanged.connect(self._layer_chosen)
        self.view.selectionModel().selectionChanged.connect(self._rows_selected)
        self.view.doubleClicked.connect(self._zoom_to_row)

    def set_project(self, project) -> None:
        self.follow(project)
        self._fill_layers()

    def _fill_layers(self) -> None:
        current = self.layer_box.currentText()
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        names = [lyr.name for lyr in (self.project.layers if self.project else []) if not lyr.is_raster]
        self.layer_box.addItems(names)
        if current in names:
            self.layer_box.setCurrentText(current)
        self.layer_box.blockSignals(False)
        self._layer_chosen(self.layer_box.currentText())

    def _project_changed(self, event, name):
        if event == "layers":
            self._fill_layers()
        elif event == "features" and name == self.model.layer:
            self._layer_chosen(name)

    def show_layer(self, name: str) -> None:
        self.layer_box.setCurrentText(name)
        self._layer_chosen(name)

    def _layer_chosen(self, name: str) -> None:
        if self.project is None or not name or not self.project.has_layer(name):
            self.model.set_frame(None, None)
            return
        self.model.set_frame(name, self.project.layer(name).data)
        self.follow_selection(self.host.canvas.selection)

    def follow_selection(self, selection) -> None:
        """Select the rows of the map's selection (when it is in the listed layer)."""
        self._syncing = True
        try:
            sm = self.view.selectionModel()
            sm.clearSelection()
            if selection is None or selection[0] != self.model.layer:
                return
            sel = QItemSelection()
            for fid in selection[1]:
                row = self.model.row_of(fid)
                if row is not None:
                    sel.select(
                        self.model.index(row, 0), self.model.index(row, max(self.model.columnCount() - 1, 0))
                    )
            sm.select(sel, QItemSelectionModel.SelectionFlag.Select)
            rows = [self.model.row_of(f) for f in selection[1]]
            if rows and rows[0] is not None:
                self.view.scrollTo(self.model.index(rows[0], 0))
        finally:
            self._syncing = False

    def selected_fids(self) -> list:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.fid(r) for r in rows]

    def _rows_selected(self, *_):
        if self._syncing or self.model.layer is None:
            return
        fids = self.selected_fids()
        self.host.select(self.model.layer if fids else None, fids, from_table=True)

    def _zoom_to_row(self, index) -> None:
        if self.model.frame is None:
            return
        geom = self.model.frame.geometry.iloc[index.row()]
        if geom is not None and not geom.is_empty:
            self.host.canvas.zoom_to_geometry(geom)


def frame_records(frame) -> list[dict]:
    """Rows of a frame as plain dicts (tests and the identify view)."""
    cols = [c for c in frame.columns if c != frame.geometry.name]
    return [
        {c: _plain(v) for c, v in zip(cols, row)} for row in pd.DataFrame(frame[cols]).itertuples(index=False)
    ]
