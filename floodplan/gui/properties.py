"""The properties panel: the selected feature's attributes (what Identify shows) and, for a defense or
a resource, a form to edit them. "Apply" makes one engine command (SetAttributes) named after the
feature, so Edit > Undo reads e.g. "Undo Edit defense D3". The breach box edits the active scenario
(SetScenario).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
)

from floodplan.gui.attribute_table import format_value
from floodplan.gui.docks import Dock
from floodplan.model.schema import DEFENSE_STATUS, DEFENSE_TYPES, RESOURCE_KINDS


def _missing(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def _num(v, default=0.0) -> float:
    if isinstance(v, np.generic):
        v = v.item()
    return default if _missing(v) else float(v)


class PropertiesPanel(Dock):
    """The Properties dock; ``host`` is the main window (select, set_attributes, set_breach)."""

    def __init__(self, host, parent=None):
        super().__init__(
            QCoreApplication.translate("PropertiesPanel", "Properties"), "PropertiesPanel", parent, host=host
        )
        self.target: tuple[str, object] | None = None  # (layer, fid)
        body, lay = self.new_body()
        self.title = QLabel(self.tr("Nothing selected. Use Identify or Select on the map."))
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        self.attributes = QTreeWidget()
        self.attributes.setColumnCount(2)
        self.attributes.setHeaderLabels([self.tr("Attribute"), self.tr("Value")])
        self.attributes.setRootIsDecorated(False)
        self.attributes.setToolTip(self.tr("All attributes of the selected feature"))
        # Small minimum: the list scrolls within itself, so the form above it never has to.
        self.attributes.setMinimumHeight(5 * (self.attributes.fontMetrics().height() + 4))

        # defense form
        self.defense_box = QGroupBox(self.tr("Defense"))
        f = QFormLayout(self.defense_box)
        self.d_id = QLineEdit()
        self.d_id.setToolTip(self.tr("The defense's id (scenarios name breaches by it)"))
        self.d_mode = QComboBox()
        self.d_mode.addItems([self.tr("Crest elevation (m)"), self.tr("Height above ground (m)")])
        self.d_mode.setToolTip(
            self.tr("Give the crest as an elevation (same datum as the DEM) or as a height above the ground")
        )
        self.d_mode.currentIndexChanged.connect(self._crest_mode_changed)
        self._filling = False
        self.d_value = QDoubleSpinBox()
        self.d_value.setRange(-500.0, 9000.0)
        self.d_value.setDecimals(2)
        self.d_value.setSingleStep(0.1)
        self.d_value.setSuffix(" m")
        self.d_type = QComboBox()
        self.d_type.addItems(list(DEFENSE_TYPES))
        self.d_type.setToolTip(
            self.tr("levee (earth bank), wall (flood wall) or mobile (demountable barrier)")
        )
        self.d_status = QComboBox()
        self.d_status.addItems(list(DEFENSE_STATUS))
        self.d_status.setToolTip(
            self.tr("existing: built; planned: built only in scenarios that include planned defenses")
        )
        self.d_juris = QComboBox()
        self.d_juris.setEditable(True)
        self.d_juris.setToolTip(self.tr("The jurisdiction that owns (and pays for) the defense"))
        self.d_cost = QDoubleSpinBox()
        self.d_cost.setRange(0.0, 1e12)
        self.d_cost.setDecimals(0)
        self.d_cost.setSingleStep(10000)
        self.d_cost.setToolTip(
            self.tr("Cost in currency units (split between jurisdictions by benefit in the appraisal)")
        )
        self.d_breach = QCheckBox(self.tr("Breached in the active scenario"))
        self.d_breach.setToolTip(
            self.tr("A breached defense is left out of the terrain in the active scenario")
        )
        for label, w in (
            (self.tr("Id"), self.d_id),
            (self.tr("Crest given as"), self.d_mode),
            (self.tr("Value"), self.d_value),
            (self.tr("Type"), self.d_type),
            (self.tr("Status"), self.d_status),
            (self.tr("Jurisdiction"), self.d_juris),
            (self.tr("Cost"), self.d_cost),
        ):
            f.addRow(label, w)
        f.addRow(self.d_breach)
        lay.addWidget(self.defense_box)

        # resource form
        self.resource_box = QGroupBox(self.tr("Resource"))
        g = QFormLayout(self.resource_box)
        self.r_name = QLineEdit()
        self.r_kind = QComboBox()
        self.r_kind.setEditable(True)
        self.r_kind.addItems(list(RESOURCE_KINDS))
        self.r_capacity = QDoubleSpinBox()
        self.r_capacity.setRange(0, 1e7)
        self.r_capacity.setDecimals(0)
        self.r_capacity.setToolTip(self.tr("People it can take (shelters, hospitals)"))
        self.r_cross = QCheckBox(self.tr("Serves across the border"))
        self.r_cross.setToolTip(
            self.tr("Joint mode: cross-border resources serve and travel in both countries")
        )
        self.r_service = QCheckBox(self.tr("In service"))
        for label, w in (
            (self.tr("Name"), self.r_name),
            (self.tr("Kind"), self.r_kind),
            (self.tr("Capacity"), self.r_capacity),
        ):
            g.addRow(label, w)
        g.addRow(self.r_cross)
        g.addRow(self.r_service)
        lay.addWidget(self.resource_box)

        row = QHBoxLayout()
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setToolTip(self.tr("Apply the changes (one undoable edit)"))
        self.zoom_button = QPushButton(self.tr("Zoom to"))
        row.addStretch(1)
        row.addWidget(self.zoom_button)
        row.addWidget(self.apply_button)
        lay.addLayout(row)
        # The form and its buttons first, the read-only attribute list below: what the user edits is
        # never below the fold (issue 13 item 10); the main window grows the dock to fit (wanted_height).
        lay.addWidget(self.attributes, 1)
        lay.addStretch(0)  # with nothing selected (the list hidden) the title stays at the top
        # In a scroll area, so that showing a form never resizes the dock (and so never shifts the map
        # under the mouse).
        self.set_body(body, scroll=True)
        self.apply_button.clicked.connect(self.apply)
        self.zoom_button.clicked.connect(self._zoom)
        self.d_breach.clicked.connect(self._breach_clicked)
        self.show_feature(None)

    def wanted_height(self) -> int:
        """Height (px) of the dock at which the title, the visible form, its buttons and the attribute
        list show without scrolling the dock.

        The body's height for its width, not its minimum: the title wraps, and a scroll area whose
        widget has a height-for-width lays it out at that height, scrolling when the viewport is shorter.
        """
        scroll = self.widget()
        body = scroll.widget()
        need = max(body.heightForWidth(scroll.viewport().width()), body.sizeHint().height())
        chrome = self.height() - scroll.viewport().height() if scroll.viewport().height() else 30
        return need + chrome

    def set_project(self, project) -> None:
        self.follow(project)
        self.show_feature(None)

    def _project_changed(self, event, name):
        if self.target is None:
            return
        if event in ("features", "layers") and (name == self.target[0] or event == "layers"):
            self.show_feature(*self.target) if self._exists(*self.target) else self.show_feature(None)
        elif event == "scenarios":
            self.show_feature(*self.target)

    def _exists(self, layer, fid) -> bool:
        p = self.project
        return (
            p is not None
            and p.has_layer(layer)
            and not p.layer(layer).is_raster
            and fid in p.layer(layer).data.index
        )

    def show_feature(self, layer: str | None, fid=None) -> None:
        """Show one feature (or nothing when ``layer`` is None)."""
        self.attributes.clear()
        if layer is None or not self._exists(layer, fid):
            self.target = None
            self.title.setText(self.tr("Nothing selected. Use Identify or Select on the map."))
            self.defense_box.hide()
            self.resource_box.hide()
            self.apply_button.setEnabled(False)
            self.zoom_button.setEnabled(False)
            self.attributes.hide()
            return
        self.target = (layer, fid)
        lyr = self.project.layer(layer)
        row = lyr.data.loc[fid]
        geom_col = lyr.data.geometry.name
        self.title.setText(
            self.tr("<b>{layer}</b> — feature {fid} ({0})").format(lyr.role, layer=layer, fid=fid)
        )
        for col in lyr.data.columns:
            if col == geom_col:
                continue
            self.attributes.addTopLevelItem(QTreeWidgetItem([str(col), format_value(row[col])]))
        geom = row[geom_col]
        if geom is not None:
            extra = (
                f"{geom.length:.1f} m long"
                if geom.geom_type.endswith("LineString")
                else f"{geom.area:.1f} m²"
                if geom.geom_type.endswith("Polygon")
                else f"x {geom.x:.1f}, y {geom.y:.1f}"
                if geom.geom_type == "Point"
                else ""
            )
            self.attributes.addTopLevelItem(
                QTreeWidgetItem(["(geometry)", f"{geom.geom_type} {extra}".strip()])
            )
        self.zoom_button.setEnabled(True)
        self.attributes.show()
        self.defense_box.setVisible(lyr.role == "defenses")
        self.resource_box.setVisible(lyr.role == "resources")
        self.apply_button.setEnabled(lyr.role in ("defenses", "resources"))
        if lyr.role == "defenses":
            self._fill_defense(row)
        elif lyr.role == "resources":
            self._fill_resource(row)

    def _fill_defense(self, row) -> None:
        self.d_id.setText("" if _missing(row.get("id")) else str(row.get("id")))
        crest, height = row.get("crest_m"), row.get("height_m")
        self._filling = True
        try:
            if not _missing(crest):
                self.d_mode.setCurrentIndex(0)
                self.d_value.setValue(_num(crest))
            else:
                self.d_mode.setCurrentIndex(1)
                self.d_value.setValue(_num(height, 1.0))
        finally:
            self._filling = False
        self.d_type.setCurrentText(str(row.get("type") or "levee"))
        self.d_status.setCurrentText(str(row.get("status") or "existing"))
        self.d_juris.clear()
        self.d_juris.addItems(self.host.jurisdiction_names())
        j = row.get("jurisdiction")
        self.d_juris.setCurrentText("" if _missing(j) else str(j))
        self.d_cost.setValue(_num(row.get("cost")))
        scen = self.host.active_scenario()
        self.d_breach.setEnabled(scen is not None)
        self.d_breach.setText(
            self.tr("Breached in scenario '{0}'").format(scen.name)
            if scen
            else self.tr("Breached (add a scenario first)")
        )
        self.d_breach.setChecked(scen is not None and str(row.get("id")) in set(map(str, scen.breaches)))

    def _crest_mode_changed(self, index: int) -> None:
        """The user switched 'crest given as': convert the number (1.50 m above the ground is not an
        elevation of 1.50 m) with the mean ground under the line (:func:`floodplan.model.edits.convert_crest`)."""
        if self._filling or self.target is None:
            return
        from floodplan.model.edits import convert_crest

        layer, fid = self.target
        geom = self.project.layer(layer).data.geometry.loc[fid]
        value, ground = convert_crest(
            self.project, geom, self.d_value.value(), "crest" if index == 0 else "height"
        )
        self.d_value.setValue(value)
        self.d_mode.setToolTip(
            self.tr("Converted with the mean ground under the line, {ground:.2f} m; Apply to keep it").format(
                ground=ground
            )
            if ground is not None
            else self.tr("No DEM under the line: check the value before you Apply")
        )

    def _fill_resource(self, row) -> None:
        self.r_name.setText("" if _missing(row.get("name")) else str(row.get("name")))
        self.r_kind.setCurrentText(str(row.get("kind") or "fire"))
        self.r_capacity.setValue(_num(row.get("capacity")))
        cb = row.get("cross_border")
        self.r_cross.setChecked(True if _missing(cb) else bool(cb))
        ins = row.get("in_service")
        self.r_service.setChecked(True if _missing(ins) else bool(ins))

    def form_values(self) -> dict:
        """The values the form holds for the current feature's role."""
        if self.target is None:
            return {}
        role = self.project.layer(self.target[0]).role
        if role == "defenses":
            value = float(self.d_value.value())
            crest, height = (value, None) if self.d_mode.currentIndex() == 0 else (None, value)
            j = self.d_juris.currentText().strip()
            return {
                "id": self.d_id.text().strip(),
                "crest_m": crest,
                "height_m": height,
                "type": self.d_type.currentText(),
                "status": self.d_status.currentText(),
                "jurisdiction": j or None,
                "cost": float(self.d_cost.value()),
            }
        if role == "resources":
            return {
                "name": self.r_name.text().strip(),
                "kind": self.r_kind.currentText().strip().lower(),
                "capacity": float(self.r_capacity.value()),
                "cross_border": self.r_cross.isChecked(),
                "in_service": self.r_service.isChecked(),
            }
        return {}

    def apply(self) -> None:
        """Write the form's changed values as one undoable edit."""
        if self.target is None:
            return
        layer, fid = self.target
        lyr = self.project.layer(layer)
        row = lyr.data.loc[fid]
        values = self.form_values()
        if lyr.role == "defenses" and not values["id"]:
            self.host.show_error(ValueError("a defense needs an id; type one."))
            return
        changed = {}
        for k, v in values.items():
            old = row.get(k) if k in lyr.data.columns else None
            if isinstance(old, np.generic):
                old = old.item()
            if _missing(old) and v is None:
                continue
            if not _missing(old) and v is not None and old == v:
                continue
            changed[k] = v
        if not changed:
            return
        what = "defense" if lyr.role == "defenses" else "resource"
        label = values.get("id") if lyr.role == "defenses" else values.get("name")
        self.host.set_attributes(
            layer, fid, changed, self.tr("Edit {what} {0}").format(label or fid, what=what), full_text=True
        )

    def _breach_clicked(self, checked: bool) -> None:
        if self.target is None:
            return
        layer, fid = self.target
        self.host.set_breach(layer, fid, checked)

    def _zoom(self) -> None:
        if self.target is not None:
            geom = self.project.layer(self.target[0]).data.geometry.loc[self.target[1]]
            if geom is not None:
                self.host.canvas.zoom_to_geometry(geom)

    def keyPressEvent(self, event):  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.apply()
        else:
            super().keyPressEvent(event)
