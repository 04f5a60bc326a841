"""The Risk tab of the results dock: flood risk in money and people, and what each defense is worth.

A "Compute risk" button runs :func:`floodplan.sim.risk.compute_risk` for the chosen scenario's scheme off
the GUI thread (progress and Cancel through :mod:`floodplan.gui.worker`), then shows the risk curve per
country, EAD and EAP per jurisdiction, and the defenses' table: Shapley benefit, BCR, NPV, and per
jurisdiction the cost share and any harm (compensation). Selecting a jurisdiction highlights its
buildings with an expected annual damage on the map; selecting a defense highlights the defense.

The ``*_rows`` functions turn a risk summary into plain rows without Qt, so they can be checked alone.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from floodplan.gui.charts import ChartCanvas

translate = QCoreApplication.translate

EXISTING = "(all existing defenses)"


def jurisdiction_rows(summary: dict) -> list[dict]:
    """Rows per jurisdiction, then per country: EAD and EAP with the scheme, and EAD without it."""
    rows = []
    for typ, key in (("jurisdiction", "jurisdictions"), ("country", "countries")):
        for name, e in summary.get(key, {}).items():
            rows.append(
                {
                    "type": typ,
                    "name": name,
                    "ead_eur": e["ead_eur"],
                    "eap_population": e["eap_population"],
                    "ead_without_defenses_eur": e.get("ead_without_defenses_eur"),
                }
            )
    return rows


def defense_risk_rows(summary: dict) -> list[dict]:
    """One row per defense and jurisdiction: the defense's Shapley benefit, BCR and NPV, and the
    jurisdiction's avoided EAD, cost share and harm (EUR/year)."""
    rows = []
    for did, d in summary.get("defenses", {}).items():
        for jn, j in d["jurisdictions"].items():
            rows.append(
                {
                    "defense": did,
                    "benefit_eur": d["avoided_ead_eur"],
                    "bcr": d["bcr"],
                    "npv_eur": d["npv_eur"],
                    "jurisdiction": jn,
                    "avoided_ead_eur": j["avoided_ead_eur"],
                    "cost_share": j["cost_share"],
                    "harm_eur_per_year": j["harm_eur_per_year"],
                }
            )
    return rows


def plot_risk_curve(ax, curve: dict) -> None:
    """Damage (million EUR) against return period (years, log axis) per country."""
    for country, (tp, dmg) in sorted(curve.items()):
        ax.plot(tp, np.asarray(dmg) / 1e6, marker="o", label=str(country))
    ax.set_xscale("log")
    ax.set_xlabel(translate("risk_tab", "return period (years)"))
    ax.set_ylabel(translate("risk_tab", "damage (million EUR)"))
    ax.set_title(translate("risk_tab", "Risk curve per country"))
    ax.grid(True, which="both", alpha=0.3)
    if curve:
        ax.legend(title="country")


class SchemePane(QWidget):
    """A results-dock tab that runs one engine job for a scenario's defenses (the scheme) off the GUI
    thread: the scheme's chooser, the progress bar, the summary line and the refusal of a failed job.

    Parameters
    ----------
    project : Project
    highlight : callable({layer: [fid]}), optional
        Shows features on the map (the dock's highlight).

    The constructor leaves ``self.box`` (the tab's layout) and ``self.top`` (its first row, holding the
    scheme's chooser) for the subclass to fill.
    """

    def __init__(self, project, highlight=None, parent=None):
        super().__init__(parent)
        self.project = project
        self.highlight = highlight
        self.result = None
        self.job = None
        #: Events as ``T=FLOOD,…`` (None: the project's hq<N> profile floods).
        self.events: str | None = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(2, 2, 2, 2)
        self.top = QHBoxLayout()
        self.scenario_choice = QComboBox()
        self.scenario_choice.setToolTip(
            self.tr("Whose defenses make the scheme (the scenario's flood is not used)")
        )

    def refresh_scenarios(self) -> None:
        names = list(self.project.scenarios) if self.project is not None else []
        current = self.scenario_choice.currentText()
        self.scenario_choice.blockSignals(True)
        self.scenario_choice.clear()
        self.scenario_choice.addItems(names or [EXISTING])
        if current in names:
            self.scenario_choice.setCurrentText(current)
        self.scenario_choice.blockSignals(False)

    def scheme(self) -> str | None:
        """The chosen scenario's name, or None for all existing defenses."""
        self.refresh_scenarios()
        name = self.scenario_choice.currentText()
        return None if name == EXISTING else name

    def start(self, fn, button, **kwargs):
        """Run ``fn(self.project, <the scheme>, **kwargs)`` on a worker thread (one at a time), with the
        progress bar, Cancel and ``button`` disabled meanwhile; ``show_result`` gets its result. Returns
        the Job."""
        from floodplan.gui.worker import run_in_thread

        if self.job is not None and self.job.running:
            return self.job
        scheme = self.scheme()
        button.setEnabled(False)
        self.job = run_in_thread(
            fn,
            self.project,
            scheme,
            on_done=self.show_result,
            on_error=self._failed,
            on_progress=self.progress.set_progress,
            on_cancelled=lambda: self.progress.finish(self.tr("cancelled; nothing was changed")),
            on_finished=lambda: button.setEnabled(True),
            **kwargs,
        )
        self.progress.track(self.job)
        return self.job

    def add_status(self, text: str) -> None:
        """Add the progress bar and the summary line, showing ``text`` (already translated), to the tab
        below the rows the subclass has built."""
        from floodplan.gui.worker import ProgressWidget

        self.progress = ProgressWidget()
        self.box.addWidget(self.progress)
        self.summary_label = QLabel(text)
        self.summary_label.setWordWrap(True)
        self.box.addWidget(self.summary_label)

    def _failed(self, exc) -> None:
        from floodplan.gui.worker import error_message

        self.progress.finish(error_message(exc))
        self.summary_label.setText(error_message(exc))


class RiskPane(SchemePane):
    """The Risk tab (see module docstring); parameters as :class:`SchemePane`."""

    def __init__(self, project, highlight=None, parent=None):
        super().__init__(project, highlight, parent)
        from floodplan.gui.dashboard import _table

        box, top = self.box, self.top
        self.compute_button = QPushButton(self.tr("Compute risk"))
        self.compute_button.setToolTip(
            self.tr(
                "Damage over the project's hq<N> floods, EAD per jurisdiction, and each defense's Shapley "
                "benefit, BCR and cost shares"
            )
        )
        self.compute_button.clicked.connect(self.compute)
        top.addWidget(QLabel(self.tr("Scheme of:")))
        top.addWidget(self.scenario_choice, 1)
        top.addWidget(self.compute_button)
        box.addLayout(top)
        self.add_status(self.tr("Press Compute risk."))
        split = QSplitter(Qt.Orientation.Vertical)
        self.curve_chart = ChartCanvas()
        self.jurisdiction_table = _table(
            [
                self.tr("Area"),
                self.tr("Type"),
                self.tr("EAD (EUR/yr)"),
                self.tr("EAP (people/yr)"),
                self.tr("EAD without"),
            ]
        )
        self.defense_table = _table(
            [
                self.tr("Defense"),
                self.tr("Benefit (EUR/yr)"),
                self.tr("BCR"),
                self.tr("NPV (EUR)"),
                self.tr("Jurisdiction"),
                self.tr("Avoided (EUR/yr)"),
                self.tr("Cost share %"),
                self.tr("Harm (EUR/yr)"),
            ]
        )
        for w in (self.curve_chart, self.jurisdiction_table, self.defense_table):
            split.addWidget(w)
        box.addWidget(split, 1)
        self.jurisdiction_table.itemSelectionChanged.connect(self._selected_jurisdiction)
        self.defense_table.itemSelectionChanged.connect(self._selected_defense)
        self.refresh_scenarios()

    def compute(self):
        """Start compute_risk on a worker thread; returns the Job."""
        from floodplan.sim.risk import compute_risk

        return self.start(compute_risk, self.compute_button, events=self.events)

    def show_result(self, result) -> None:
        from floodplan.gui.dashboard import _fill

        self.result = result
        s = result.summary
        self.progress.finish(
            self.tr("done: {0} floods, Shapley values {1}").format(s["floods_computed"], s["shapley"]), 1.0
        )
        notes = f" Notes: {' '.join(result.notes)}" if result.notes else ""
        self.summary_label.setText(
            self.tr(
                "{0}: EAD {1:,.0f} EUR/year, EAP {2:.1f} people/year; the defenses avoid {3:,.0f} EUR/year (curves: JRC Europe, 2010 EUR).{notes}"
            ).format(s["scenario"], s["ead_eur"], s["eap_population"], s["avoided_ead_eur"], notes=notes)
        )
        self.curve_chart.plot(plot_risk_curve, result.curve)
        jr = jurisdiction_rows(s)
        _fill(
            self.jurisdiction_table,
            [
                [r["name"], r["type"], r["ead_eur"], r["eap_population"], r["ead_without_defenses_eur"]]
                for r in jr
            ],
            [(r["type"], r["name"]) for r in jr],
        )
        dr = defense_risk_rows(s)
        _fill(
            self.defense_table,
            [
                [
                    r["defense"],
                    r["benefit_eur"],
                    "–" if r["bcr"] is None else f"{r['bcr']:.2f}",
                    r["npv_eur"],
                    r["jurisdiction"],
                    r["avoided_ead_eur"],
                    100.0 * r["cost_share"],
                    r["harm_eur_per_year"],
                ]
                for r in dr
            ],
            [("defense", r["defense"]) for r in dr],
        )

    def _key(self, table) -> Any:
        items = table.selectedItems()
        if not items:
            return None
        return table.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def _selected_jurisdiction(self) -> None:
        from floodplan.gui.dashboard import _feature_ids

        key = self._key(self.jurisdiction_table)
        if key is None or self.result is None or self.highlight is None:
            return
        typ, name = key
        a = self.result.assets
        sel = (a[typ].astype(str) == name).to_numpy() & (a["ead_eur"].to_numpy() > 0)
        self.highlight(_feature_ids(a[sel], None))

    def _selected_defense(self) -> None:
        from floodplan.gui.dashboard import _feature_ids

        key = self._key(self.defense_table)
        if key is None or self.highlight is None:
            return
        defs = self.project.combined("defenses")
        if "id" in defs.columns:
            self.highlight(_feature_ids(defs[defs["id"].astype(str) == key[1]], None))
