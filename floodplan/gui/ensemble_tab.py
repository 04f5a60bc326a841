"""The Ensemble tab of the results dock: levee failures drawn from their fragility, many floods on Dask.

"Run ensemble" calls :func:`floodplan.sim.ensemble.run_ensemble` for the chosen scenario's scheme off the
GUI thread (progress and Cancel through :mod:`floodplan.gui.worker`; a local Dask cluster of the chosen
number of worker processes, or a scheduler address), then shows the probability that each cell floods in
the chosen event as a map with its colour bar, each defense's failure share beside its fragility, and the
spread of the expected annual damage per jurisdiction. Selecting a jurisdiction highlights its buildings
that flood in at least half of the members.

The ``*_rows`` functions turn an ensemble summary into plain rows without Qt, so they can be checked alone.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
)

from floodplan.gui.charts import ChartCanvas
from floodplan.gui.risk_tab import SchemePane

translate = QCoreApplication.translate


def failure_rows(summary: dict) -> list[dict]:
    """One row per event and defense: the fragility's failure probability and the share of members in
    which the defense failed."""
    return [
        {
            "return_period_years": ev["return_period_years"],
            "defense": did,
            "load_m": d.get("load_m"),
            "failure_probability": d["failure_probability"],
            "failure_fraction": d["failure_fraction"],
        }
        for ev in summary.get("events", [])
        for did, d in ev["defenses"].items()
    ]


def ead_spread_rows(summary: dict) -> list[dict]:
    """One row per jurisdiction: EAD (EUR/year) as mean, 5 %, 50 % and 95 % over the members."""
    return [{"jurisdiction": name, **j["ead_eur"]} for name, j in summary.get("jurisdictions", {}).items()]


def plot_probability(ax, grid, p: np.ndarray, return_period: float) -> None:
    """The probability (0–1) that each cell floods, on the DEM's coordinates, with a colour bar."""
    left, bottom, right, top = grid.bounds
    shown = np.ma.masked_where(~np.isfinite(p) | (p <= 0), p)
    im = ax.imshow(shown, extent=(left, right, bottom, top), cmap="YlGnBu", vmin=0.0, vmax=1.0)
    ax.set_title(
        translate("ensemble_tab", "Probability of flooding, T = {return_period:g} years").format(
            return_period=return_period
        )
    )
    ax.set_aspect("equal")
    ax.tick_params(labelsize=7)
    cbar = ax.figure.colorbar(im, ax=ax, fraction=0.035, pad=0.02)
    cbar.set_label("share of members in which the cell floods")


class EnsemblePane(SchemePane):
    """The Ensemble tab (see module docstring); parameters as :class:`SchemePane`."""

    def __init__(self, project, highlight=None, parent=None):
        super().__init__(project, highlight, parent)
        import os

        from floodplan.gui.dashboard import _table

        box, top = self.box, self.top
        self.members = QSpinBox()
        self.members.setRange(1, 1_000_000)
        self.members.setValue(500)
        self.members.setToolTip(self.tr("Members: each draws which defenses fail in each event"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2_000_000_000)
        self.seed.setToolTip(self.tr("The same seed gives the same result, on any number of workers"))
        self.workers = QSpinBox()
        self.workers.setRange(1, 256)
        self.workers.setValue(max(1, os.cpu_count() or 1))
        self.workers.setToolTip(self.tr("Worker processes of the local Dask cluster"))
        self.scheduler = QLineEdit()
        self.scheduler.setPlaceholderText(self.tr("local (or tcp://HOST:PORT)"))
        self.scheduler.setMinimumWidth(80)
        self.scheduler.setToolTip(self.tr("Address of a running dask scheduler; empty: a local cluster"))
        self.run_button = QPushButton(self.tr("Run ensemble"))
        self.run_button.clicked.connect(self.compute)
        # Two short rows, so the tab does not widen the dock it shares with the scenario panel.
        second = QHBoxLayout()
        for row, items in (
            (top, ((self.tr("Scheme of:"), self.scenario_choice), (self.tr("Members:"), self.members))),
            (
                second,
                (
                    (self.tr("Seed:"), self.seed),
                    (self.tr("Workers:"), self.workers),
                    (self.tr("Scheduler:"), self.scheduler),
                ),
            ),
        ):
            for label, w in items:
                row.addWidget(QLabel(label))
                row.addWidget(w, 1 if w in (self.scheduler, self.scenario_choice) else 0)
        second.addWidget(self.run_button)
        box.addLayout(top)
        box.addLayout(second)
        self.add_status(self.tr("Defenses with fragility_median_m and fragility_beta may fail; press Run."))
        ev_row = QHBoxLayout()
        ev_row.addWidget(QLabel(self.tr("Map of event:")))
        self.event_choice = QComboBox()
        self.event_choice.currentIndexChanged.connect(self._show_map)
        ev_row.addWidget(self.event_choice, 1)
        box.addLayout(ev_row)
        split = QSplitter(Qt.Orientation.Vertical)
        self.map_chart = ChartCanvas()
        self.failure_table = _table(
            [
                self.tr("T (years)"),
                self.tr("Defense"),
                self.tr("Load (m)"),
                self.tr("Fragility %"),
                self.tr("Failed in %"),
            ]
        )
        self.ead_table = _table(
            [self.tr("Jurisdiction"), self.tr("EAD mean"), "5 %", self.tr("median"), "95 %"]
        )
        for w in (self.map_chart, self.failure_table, self.ead_table):
            split.addWidget(w)
        box.addWidget(split, 1)
        self.ead_table.itemSelectionChanged.connect(self._selected_jurisdiction)
        self.refresh_scenarios()

    def compute(self):
        """Start run_ensemble on a worker thread; returns the Job."""
        from floodplan.sim.ensemble import run_ensemble

        address = self.scheduler.text().strip() or None
        return self.start(
            run_ensemble,
            self.run_button,
            events=self.events,
            members=self.members.value(),
            seed=self.seed.value(),
            scheduler=address,
            workers=None if address else self.workers.value(),
        )

    def show_result(self, result) -> None:
        from floodplan.gui.dashboard import _fill

        self.result = result
        s = result.summary
        self.progress.finish(
            self.tr("done: {0} members, {1} distinct flood states").format(
                s["members"], s["distinct_states"]
            ),
            1.0,
        )
        notes = f" Notes: {' '.join(s.get('warnings', []))}" if s.get("warnings") else ""
        self.summary_label.setText(
            self.tr("{0}: {1} members (seed {2}) on {3} with {4} worker(s).{notes}").format(
                s["scenario"], s["members"], s["seed"], s["scheduler"], s["workers"], notes=notes
            )
        )
        fr = failure_rows(s)
        _fill(
            self.failure_table,
            [
                [
                    f"{r['return_period_years']:g}",
                    r["defense"],
                    r["load_m"],
                    100.0 * r["failure_probability"],
                    100.0 * r["failure_fraction"],
                ]
                for r in fr
            ],
            [("defense", r["defense"]) for r in fr],
        )
        er = ead_spread_rows(s)
        _fill(
            self.ead_table,
            [[r["jurisdiction"], r["mean"], r["p05"], r["p50"], r["p95"]] for r in er],
            [("jurisdiction", r["jurisdiction"]) for r in er],
        )
        self.event_choice.blockSignals(True)
        self.event_choice.clear()
        self.event_choice.addItems(
            [f"T = {ev.return_period_years:g} years ({ev.label})" for ev in result.events]
        )
        self.event_choice.setCurrentIndex(len(result.events) - 1)
        self.event_choice.blockSignals(False)
        self._show_map()

    def _show_map(self) -> None:
        if self.result is None or not self.result.events:
            return
        k = max(self.event_choice.currentIndex(), 0)
        fig = self.map_chart.figure
        fig.clear()  # the previous map's colour bar goes with it
        self.map_chart.ax = fig.add_subplot()
        self.map_chart.plot(
            plot_probability,
            self.result.grid,
            self.result.p_flooded[k],
            self.result.events[k].return_period_years,
        )

    def _selected_jurisdiction(self) -> None:
        from floodplan.gui.dashboard import _feature_ids
        from floodplan.sim.exposure import assign_jurisdictions

        items = self.ead_table.selectedItems()
        if not items or self.result is None or self.highlight is None:
            return
        name = self.ead_table.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole)[1]
        a = self.result.assets
        k = max(self.event_choice.currentIndex(), 0)
        jur = assign_jurisdictions(a, self.project.combined("jurisdictions"), "assets")
        sel = (jur["jurisdiction"].astype(str) == name).to_numpy() & (self.result.asset_p_flooded[k] >= 0.5)
        self.highlight(_feature_ids(a[sel], None))
