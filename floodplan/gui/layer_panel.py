"""The layer panel (QGIS's Layers panel): visibility check boxes, drag to reorder, opacity, colour, zoom
to, attribute table, remove, add.

The list shows the top layer first, as QGIS does (the project keeps drawing order bottom first). Order
changes and removals are engine commands (undoable); visibility, opacity and colour are styles
(``project.set_style``), not undoable, as in QGIS.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSlider,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from floodplan.gui.docks import Dock
from floodplan.model.commands import MoveLayer

NAME_ROLE = Qt.ItemDataRole.UserRole

ROLE_LABELS = {
    "dem": "elevation",
    "river": "river",
    "jurisdictions": "jurisdictions",
    "assets": "buildings",
    "roads": "roads",
    "defenses": "defenses",
    "resources": "resources",
    "profile": "river levels",
    "candidates": "candidate sites",
    "other": "other",
}


class _LayerTree(QTreeWidget):
    """A tree that reports internal drags as a layer moving to a new list row."""

    moved = Signal(str, int)  # layer name, new row (0 = top)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def dropEvent(self, event):  # noqa: N802 - Qt API
        item = self.currentItem()
        name = item.data(0, NAME_ROLE) if item is not None else None
        super().dropEvent(event)
        if name is None:
            return
        # Dropping onto an item nests it in a tree; flatten back to a list and read the new row.
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            while top.childCount():
                child = top.takeChild(0)
                self.insertTopLevelItem(i + 1, child)
        rows = [self.topLevelItem(i).data(0, NAME_ROLE) for i in range(self.topLevelItemCount())]
        if name in rows:
            self.moved.emit(name, rows.index(name))


class LayerPanel(Dock):
    """The Layers dock. ``host`` is the main window (zoom to, attribute table, add/remove layer)."""

    def __init__(self, host, parent=None):
        super().__init__(QCoreApplication.translate("LayerPanel", "Layers"), "LayerPanel", parent, host=host)
        body, lay = self.new_body()
        self.tree = _LayerTree(body)
        self.tree.setToolTip(
            self.tr(
                "Layers, top first. Tick to show; drag to change the drawing order; right-click for more."
            )
        )
        lay.addWidget(self.tree, 1)
        row, self.opacity = self._opacity_row(self.tr("Opacity of the selected layer"))
        self.color_button = QToolButton()
        self.color_button.setText(self.tr("Colour…"))
        self.color_button.setToolTip(self.tr("Colour of the selected layer"))
        row.addWidget(self.color_button)
        lay.addLayout(row)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add a layer from a file (or drop files on the window)"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected layer (undoable)"))
        self.zoom_button = QPushButton(self.tr("Zoom to"))
        self.zoom_button.setToolTip(self.tr("Zoom the map to the selected layer"))
        for b in (self.add_button, self.zoom_button, self.remove_button):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        # The shown run's outputs, as layers (like QGIS Processing outputs): tick to show, own opacity.
        self.results_box = QGroupBox(self.tr("Run outputs"))
        rlay = QVBoxLayout(self.results_box)
        rlay.setContentsMargins(4, 4, 4, 4)
        self.results_tree = QTreeWidget()
        self.results_tree.setHeaderHidden(True)
        self.results_tree.setRootIsDecorated(False)
        self.results_tree.setToolTip(self.tr("The outputs of the shown run; tick to show on the map"))
        self.results_tree.setMaximumHeight(100)
        rlay.addWidget(self.results_tree)
        rrow, self.results_opacity = self._opacity_row(self.tr("Opacity of the selected run output"))
        rlay.addLayout(rrow)
        self.results_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        lay.addWidget(self.results_box, 0)
        self.results_box.setVisible(False)
        self.results_tree.itemChanged.connect(self._result_item_changed)
        self.results_tree.currentItemChanged.connect(lambda *_: self._sync_result_opacity())
        self.results_opacity.valueChanged.connect(self._result_opacity_changed)
        self.set_body(body)
        self._updating = False
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.moved.connect(self._moved)
        self.tree.currentItemChanged.connect(lambda *_: self._sync_controls())
        # The layer the user chose (a click or the keyboard in the tree), as opposed to one the window
        # selected for them after an edit: new features go into the layer the user chose.
        self.user_choice: str | None = None
        self._selecting = False
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.itemDoubleClicked.connect(
            lambda item, _c: self.host.canvas.zoom_to_layer(item.data(0, NAME_ROLE))
        )
        self.opacity.valueChanged.connect(self._opacity_changed)
        self.color_button.clicked.connect(self.choose_color)
        self.add_button.clicked.connect(lambda: self.host.add_layer_dialog())
        self.remove_button.clicked.connect(lambda: self.remove_current())
        self.zoom_button.clicked.connect(lambda: self._with_current(self.host.canvas.zoom_to_layer))

    # ----------------------------------------------------------------- run outputs

    def _opacity_row(self, tooltip: str) -> tuple[QHBoxLayout, QSlider]:
        """A row labelled Opacity with a 0–100 % slider whose tool tip is ``tooltip`` (already translated)."""
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Opacity")))
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(0, 100)
        slider.setToolTip(tooltip)
        row.addWidget(slider)
        return row, slider

    def show_results(self, result) -> None:
        """List the outputs of ``result`` (None: hide the group) with the canvas's visibility for each."""
        from floodplan.gui.canvas import RESULT_LAYERS

        canvas = self.host.canvas
        self.results_tree.blockSignals(True)
        try:
            self.results_tree.clear()
            for key, label in RESULT_LAYERS.items():
                item = QTreeWidgetItem([QCoreApplication.translate("canvas", label)])
                item.setData(0, NAME_ROLE, key)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                )
                on = canvas.result_layers[key]["visible"]
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.results_tree.addTopLevelItem(item)
        finally:
            self.results_tree.blockSignals(False)
        self.results_box.setVisible(result is not None)
        if self.results_tree.topLevelItemCount():
            self.results_tree.setCurrentItem(self.results_tree.topLevelItem(0))
        self._sync_result_opacity()

    def _result_item_changed(self, item, _column=0) -> None:
        on = item.checkState(0) == Qt.CheckState.Checked
        self.host.canvas.set_result_layer(item.data(0, NAME_ROLE), visible=on)

    def _sync_result_opacity(self) -> None:
        item = self.results_tree.currentItem()
        self.results_opacity.setEnabled(item is not None)
        if item is not None:
            self.results_opacity.blockSignals(True)
            op = self.host.canvas.result_layers[item.data(0, NAME_ROLE)]["opacity"]
            self.results_opacity.setValue(int(round(op * 100)))
            self.results_opacity.blockSignals(False)

    def _result_opacity_changed(self, value: int) -> None:
        item = self.results_tree.currentItem()
        if item is not None:
            self.host.canvas.set_result_layer(item.data(0, NAME_ROLE), opacity=value / 100.0)

    def set_project(self, project) -> None:
        self.follow(project)
        self.refresh()

    def _project_changed(self, event, name):
        if event in ("layers", "style"):
            self.refresh()

    def layer_names_top_first(self) -> list[str]:
        return [self.tree.topLevelItem(i).data(0, NAME_ROLE) for i in range(self.tree.topLevelItemCount())]

    def refresh(self) -> None:
        current = self.current_layer()
        self._updating = True
        try:
            self.tree.clear()
            if self.project is None:
                return
            for lyr in reversed(self.project.layers):
                item = QTreeWidgetItem([lyr.name])
                item.setData(0, NAME_ROLE, lyr.name)
                flags = (
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
                item.setFlags(flags)
                item.setCheckState(0, Qt.CheckState.Checked if lyr.visible else Qt.CheckState.Unchecked)
                what = "raster" if lyr.is_raster else f"{lyr.count} features"
                item.setToolTip(
                    0,
                    f"{lyr.name}: {ROLE_LABELS.get(lyr.role, lyr.role)} ({what})"
                    + (f"\nsource: {lyr.source}" if lyr.source else ""),
                )
                item.setIcon(0, _swatch(lyr))
                self.tree.addTopLevelItem(item)
                if lyr.name == current:
                    self.tree.setCurrentItem(item)
        finally:
            self._updating = False
        self._sync_controls()

    def current_layer(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, NAME_ROLE) if item is not None else None

    def select_layer(self, name: str) -> None:
        """Make ``name`` the current layer for the user to see (not a choice of the user's)."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, NAME_ROLE) == name:
                self._selecting = True
                try:
                    self.tree.setCurrentItem(item)
                finally:
                    self._selecting = False
                return

    def _current_changed(self, item, _previous) -> None:
        if not self._selecting and not self._updating and item is not None:
            self.user_choice = item.data(0, NAME_ROLE)

    def _with_current(self, fn) -> None:
        name = self.current_layer()
        if name is not None:
            fn(name)

    def _sync_controls(self) -> None:
        name = self.current_layer()
        enabled = name is not None and self.project is not None and self.project.has_layer(name)
        for w in (self.opacity, self.color_button, self.remove_button, self.zoom_button):
            w.setEnabled(enabled)
        if enabled:
            self.opacity.blockSignals(True)
            self.opacity.setValue(int(round(self.project.layer(name).opacity * 100)))
            self.opacity.blockSignals(False)

    def _item_changed(self, item, _column) -> None:
        if self._updating or self.project is None:
            return
        name = item.data(0, NAME_ROLE)
        visible = item.checkState(0) == Qt.CheckState.Checked
        if self.project.has_layer(name) and self.project.layer(name).visible != visible:
            self.project.set_style(name, visible=visible)

    def _moved(self, name: str, row: int) -> None:
        n = len(self.project.layers)
        index = n - 1 - row  # list row 0 is the top = last in drawing order
        if self.project.layer_names().index(name) != index:
            self.project.stack.push(MoveLayer(name, index))
        else:
            self.refresh()

    def move_layer(self, name: str, row: int) -> None:
        """Move a layer to list row ``row`` (0 = top), as a drag in the list does."""
        self._moved(name, row)

    def _opacity_changed(self, value: int) -> None:
        name = self.current_layer()
        if name is not None and self.project is not None and self.project.has_layer(name):
            self.project.set_style(name, opacity=value / 100.0)

    def choose_color(self) -> None:
        name = self.current_layer()
        if name is None:
            return
        current = self.project.layer(name).color or "#808080"
        color = QColorDialog.getColor(QColor(current), self, f"Colour of {name}")
        if color.isValid():
            self.project.set_style(name, color=color.name())

    def remove_current(self) -> None:
        name = self.current_layer()
        if name is not None:
            self.project.remove_layer(name)

    def _context_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        if item is None:
            return
        name = item.data(0, NAME_ROLE)
        self.tree.setCurrentItem(item)
        menu = QMenu(self)
        actions = [
            (self.tr("Zoom to layer"), lambda: self.host.canvas.zoom_to_layer(name)),
            (self.tr("Open attribute table"), lambda: self.host.show_attribute_table(name)),
            (self.tr("Change colour…"), self.choose_color),
            (self.tr("Remove layer"), lambda: self.project.remove_layer(name)),
        ]
        for text, fn in actions:
            act = QAction(text, menu)
            act.triggered.connect(fn)
            if text == "Open attribute table" and self.project.layer(name).is_raster:
                act.setEnabled(False)
            menu.addAction(act)
        menu.exec(self.tree.viewport().mapToGlobal(pos))


def _swatch(lyr) -> QIcon:
    from PySide6.QtGui import QPixmap

    from floodplan.core import styles

    pix = QPixmap(14, 14)
    st = styles.ROLE_STYLE.get(lyr.role, styles.ROLE_STYLE["other"])
    col = lyr.color or st.get("face") if st.get("face") not in (None, "none") else st.get("edge", "#808080")
    if lyr.color:
        col = lyr.color
    if lyr.role == "dem":
        col = "#c9bfa5"
    pix.fill(QColor(col or "#808080"))
    return QIcon(pix)
