"""The Help menu's dialogs: About, keyboard shortcuts (read from the window's own actions, so the list
is never out of date) and a short guide to planning a joint defense."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import floodplan

translate = QCoreApplication.translate

ABOUT = f"""<h3>floodplan {floodplan.__version__}</h3>
<p>Joint cross-border flood and emergency-response planning: draw a levee and see the flood and the
response coverage change on both sides of the border; compare going it alone with working together.</p>
<p>Map data keep their own licences (shown in each layer's attribution), e.g. SRTM elevation courtesy
NASA/NGA/USGS, OpenStreetMap data © OpenStreetMap contributors (ODbL).</p>
<p>Licence: MIT.</p>"""

GUIDE = """<h2>How to plan a joint defense</h2>
<ol>
<li><b>Open the valley.</b> File &gt; Open a project, or drop a DEM, buildings, roads and the two
jurisdictions' boundaries on the window (every file is reprojected to the project's working CRS).
The border is drawn as a dashed purple line; each country has its own tint.</li>
<li><b>Set the flood.</b> In the Scenario panel choose the flood (a water level, a river profile or a
volume) and move the water-level slider to see the flooded area in blue, deeper water darker.</li>
<li><b>Draw the defense.</b> Choose <i>Draw defense</i> (D), click the vertices along the bank (they snap to
existing defenses), double-click or press Enter to finish. In the Properties panel give the crest (an
elevation, or a height above the ground), the type, the owning jurisdiction, the cost and whether it
is existing or planned, then Apply.</li>
<li><b>Test a failure.</b> Mark a breach with <i>Mark breach</i> (B) or the Properties panel's breach box:
the defense is left out of the active scenario.</li>
<li><b>Place the response.</b> Choose <i>Place resource</i> (R) and the kind (fire, ambulance, rescue,
pump, shelter, hospital) and click on the map; set its name, capacity and whether it serves across
the border.</li>
<li><b>Run and compare.</b> Run the scenario: the Dashboard shows flooded people per jurisdiction,
coverage gaps (hatched red on the map) and the cooperation gain (covered people in joint mode
minus national mode), and who benefits from each defense and who pays.</li>
<li><b>Share.</b> Save the project (one GeoPackage that QGIS opens as it is) and export a plate for the
meeting.</li>
</ol>
<p>Every edit can be undone (Ctrl+Z) and redone (Ctrl+Shift+Z); the Edit menu names each one.</p>"""


def show_about(parent) -> None:
    QMessageBox.about(parent, translate("help", "About floodplan"), ABOUT)


def shortcut_rows(actions) -> list[tuple[str, str]]:
    """(action, shortcut) for every action with a shortcut, in menu order, without duplicates."""
    rows, seen = [], set()
    for act in actions:
        keys = ", ".join(s.toString() for s in act.shortcuts() if not s.isEmpty())
        text = act.text().replace("&", "").rstrip(".…")
        if keys and (text, keys) not in seen:
            seen.add((text, keys))
            rows.append((text, keys))
    rows += [
        (translate("help", "Pan"), translate("help", "drag with the middle button, or arrow keys")),
        (translate("help", "Zoom at the cursor"), translate("help", "mouse wheel")),
        (translate("help", "Zoom in / out"), "+ / -"),
        (translate("help", "Zoom to a box"), translate("help", "Shift+drag with the Pan tool")),
    ]
    return rows


def _closable(parent, title: str, body: QWidget, size: tuple[int, int]) -> QDialog:
    """A dialog titled ``title`` (already translated) showing ``body`` above a Close button, ``size``
    (width, height) pixels large."""
    dlg = QDialog(parent)
    dlg.setWindowTitle(title)
    lay = QVBoxLayout(dlg)
    lay.addWidget(body)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    box.rejected.connect(dlg.reject)
    lay.addWidget(box)
    dlg.resize(*size)
    return dlg


def shortcuts_dialog(parent, actions) -> QDialog:
    rows = shortcut_rows(actions)
    table = QTableWidget(len(rows), 2)
    table.setHorizontalHeaderLabels([translate("help", "Action"), translate("help", "Shortcut")])
    for i, (a, k) in enumerate(rows):
        table.setItem(i, 0, QTableWidgetItem(a))
        table.setItem(i, 1, QTableWidgetItem(k))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return _closable(parent, translate("help", "Keyboard shortcuts"), table, (460, 520))


def guide_dialog(parent) -> QDialog:
    text = QTextBrowser()
    text.setHtml(GUIDE)
    return _closable(parent, translate("help", "How to plan a joint defense"), text, (620, 560))
