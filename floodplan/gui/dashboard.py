"""The results dashboard: tables and charts of a scenario run, per jurisdiction and country.

Tabs: exposure (people in flooded buildings by depth class), response (covered vs uncovered in the
shown mode, and the cooperation gain joint − national per country), defenses (each defense's benefit,
harm and cost share per jurisdiction) and compare (two runs side by side, and the buildings whose
flooded/covered state differs, given to the map through ``on_highlight``).

Every figure shown is read from the run's typed result (:class:`floodplan.sim.result.ScenarioResult`,
through :mod:`floodplan.render.resultview` as the map and the plates read it; the same figures
``floodplan run`` writes into summary.json); nothing is recomputed here except differences between two
runs. The ``*_rows`` functions turn a result into plain rows without Qt, so they can be checked on their
own.

Highlighting: selecting a row calls ``on_highlight(None, [])`` (clear) and then
``on_highlight(layer_name, fids)`` once per project layer holding features of that row (building rows
use the ``layer``/``fid`` columns ``Project.combined`` adds).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from floodplan.core.vocabulary import MODES  # noqa: E402
from floodplan.gui import i18n
from floodplan.gui.charts import (
    ChartCanvas,
    plot_cooperation,
    plot_coverage,
    plot_defenses,
    plot_exposure_classes,
)
from floodplan.gui.docks import Dock
from floodplan.render.resultview import access_view
from floodplan.sim.result import DefenseAppraisal, InundationFigures, ScenarioResult

# ------------------------------------------------------------------------------------------------
# Reading a result (plain Python; no Qt)


def scenario_name(result: ScenarioResult | None) -> str:
    """The result's scenario as it is named everywhere: with its profile offset, if any."""
    if result is None:
        return "result"
    return str(result.scenario.display_name)


def exposure_summary(result: ScenarioResult) -> dict:
    """The exposure tables (``classes``, ``jurisdictions``, ``countries``, ``critical``) of a result."""
    return result.exposure_tables()


def inundation_figures(result: ScenarioResult) -> InundationFigures:
    """level_m, flooded_cells, flooded_area_m2 (m²), volume_m3 (m³), max_depth_m (m), jurisdictions."""
    return result.inundation


def access_part(result: ScenarioResult, mode: str, part: str):
    """One part (``assets``, ``gaps``, ``service_areas``, ``summary``) of a result's access in a mode
    (:func:`floodplan.render.resultview.access_view`, the map's and the plates' reader too)."""
    return access_view(result, mode)[part]


def appraisal_of(result: ScenarioResult) -> dict[str, DefenseAppraisal]:
    """Defense id → its appraisal."""
    return result.appraisal


def exposure_rows(result) -> tuple[list[str], list[dict]]:
    """(class labels, rows) of exposure: jurisdictions first, then countries.

    Each row: ``area``, ``type`` ('jurisdiction'/'country'), ``population``, ``exposed_population``,
    ``exposed_assets`` and ``classes`` {label: population} (people).
    """
    exp = exposure_summary(result)
    labels = list(exp.get("classes", []))
    rows = []
    for typ, key in (("jurisdiction", "jurisdictions"), ("country", "countries")):
        for name, e in (exp.get(key) or {}).items():
            rows.append(
                {
                    "area": str(name),
                    "type": typ,
                    "population": float(e.get("population", 0.0)),
                    "exposed_assets": int(e.get("exposed_assets", 0)),
                    "exposed_population": float(e.get("exposed_population", 0.0)),
                    "classes": {
                        lab: float((e.get("classes") or {}).get(lab, {}).get("population", 0.0))
                        for lab in labels
                    },
                }
            )
    return labels, rows


translate = QCoreApplication.translate
ALL_KINDS = "all kinds"


def _area_type(code: str) -> str:
    """'jurisdiction' / 'country' as the tables show it: the code in English, the plates' term otherwise."""
    return i18n.data_label(f"table.{code}", code)


def _kind_summary(summary: dict, kind: str | None) -> dict:
    """The access summary of one resource kind (its ``kinds`` entry), or the whole one for None/all."""
    if not kind or kind == ALL_KINDS:
        return summary
    return ((summary or {}).get("kinds") or {}).get(kind) or {}


def result_kinds(result: ScenarioResult) -> list[str]:
    """The responding kinds of a run (those with figures of their own), sorted."""
    return result.kinds()


def coverage_rows(result, mode: str, kind: str | None = None) -> list[dict]:
    """Access tables of one mode: jurisdictions then countries, each with ``area``, ``type``, ``assets``,
    ``population``, ``covered_population`` and ``gap_population`` (people); of one resource ``kind``
    (how that kind moves in the flood: docs/command-line.md, `floodplan access`) or of all kinds together."""
    summary = _kind_summary(access_part(result, mode, "summary") or {}, kind)
    rows = []
    for typ, key in (("jurisdiction", "jurisdictions"), ("country", "countries")):
        for name, e in (summary.get(key) or {}).items():
            rows.append(
                {
                    "area": str(name),
                    "type": typ,
                    "assets": int(e.get("assets", 0)),
                    "population": float(e.get("population", 0.0)),
                    "covered_population": float(e.get("covered_population", 0.0)),
                    "gap_population": float(e.get("gap_population", 0.0)),
                }
            )
    return rows


def cooperation_rows(result, kind: str | None = None) -> list[dict]:
    """Per country: covered population ``national`` and ``joint`` and the ``gain`` (joint − national).

    The gain is read from the run's summary (``countries.<c>.cooperation_gain_population`` or
    ``cooperation_gain_population.<c>``) when it carries one, else computed from the two modes' tables.
    With ``kind``: the figures of that resource kind alone (joint − national of its own tables).
    """
    nat = _kind_summary(access_part(result, "national", "summary") or {}, kind).get("countries") or {}
    joint = _kind_summary(access_part(result, "joint", "summary") or {}, kind).get("countries") or {}
    if kind and kind != ALL_KINDS:
        return [
            {
                "country": c,
                "national": float((nat.get(c) or {}).get("covered_population", 0.0)),
                "joint": float((joint.get(c) or {}).get("covered_population", 0.0)),
                "gain": float((joint.get(c) or {}).get("covered_population", 0.0))
                - float((nat.get(c) or {}).get("covered_population", 0.0)),
            }
            for c in sorted(set(nat) | set(joint))
        ]
    rows = []
    for c in sorted(set(nat) | set(joint)):
        n = float((nat.get(c) or {}).get("covered_population", 0.0))
        j = float((joint.get(c) or {}).get("covered_population", 0.0))
        gain = result.coverage.gain_population(c)
        rows.append({"country": c, "national": n, "joint": j, "gain": j - n if gain is None else gain})
    return rows


def defense_rows(result) -> list[dict]:
    """One row per defense and jurisdiction: ``defense``, ``jurisdiction``, ``country``, ``cost``,
    ``benefit_population``, ``harm_population`` (people), ``cost_share`` (fraction) and
    ``cost_share_amount`` (currency units)."""
    rows = []
    for did, entry in appraisal_of(result).items():
        cost = entry.cost
        for name, e in entry.jurisdictions.items():
            share = float(e.get("cost_share", 0.0))
            rows.append(
                {
                    "defense": str(did),
                    "jurisdiction": str(name),
                    "country": e.get("country"),
                    "cost": cost,
                    "benefit_population": float(e.get("benefit_population", 0.0)),
                    "harm_population": float(e.get("harm_population", 0.0)),
                    "cost_share": share,
                    "cost_share_amount": float(e.get("cost_share_amount", share * cost)),
                }
            )
    return rows


def gap_figures(result, mode: str) -> dict:
    """``buildings`` not reached in time, their ``population`` and the ``jurisdictions`` with a gap."""
    assets = access_part(result, mode, "assets")
    gaps = access_part(result, mode, "gaps")
    out = {"buildings": 0, "population": 0.0, "jurisdictions": 0}
    if assets is not None and len(assets) and "covered" in assets.columns:
        unc = ~assets["covered"].astype(bool).to_numpy()
        out["buildings"] = int(unc.sum())
        if "population" in assets.columns:
            out["population"] = float(assets["population"].to_numpy(dtype=float)[unc].sum())
    else:
        out["population"] = sum(
            r["gap_population"] for r in coverage_rows(result, mode) if r["type"] == "jurisdiction"
        )
    if gaps is not None:
        out["jurisdictions"] = int(len(gaps))
    return out


def _feature_ids(frame: pd.DataFrame, default_layer: str | None) -> dict[str, list[int]]:
    """{layer: [fid, ...]} of rows, from the ``layer``/``fid`` columns Project.combined adds."""
    if frame is None or len(frame) == 0:
        return {}
    if {"layer", "fid"} <= set(frame.columns):
        out: dict[str, list[int]] = {}
        for layer, fid in zip(frame["layer"].astype(str), frame["fid"]):
            out.setdefault(layer, []).append(int(fid))
        return out
    if default_layer is None:
        return {}
    return {default_layer: [int(i) for i in frame.index]}


def asset_states(result, mode: str) -> pd.DataFrame:
    """Per building: ``key`` (layer:fid), ``flooded`` (depth > 0) and ``covered`` in one mode."""
    assets = access_part(result, mode, "assets")
    if assets is None or len(assets) == 0:
        return pd.DataFrame(columns=["key", "flooded", "covered"])
    if {"layer", "fid"} <= set(assets.columns):
        keys = assets["layer"].astype(str) + ":" + assets["fid"].astype(str)
    else:
        keys = pd.Series(assets.index.astype(str), index=assets.index)
    depth = pd.to_numeric(
        assets.get("depth_m", pd.Series(np.nan, index=assets.index)), errors="coerce"
    ).to_numpy()
    out = pd.DataFrame(
        {
            "key": keys.to_numpy(),
            "flooded": np.nan_to_num(depth, nan=0.0) > 0,
            "covered": assets["covered"].astype(bool).to_numpy() if "covered" in assets.columns else False,
            "population": assets["population"].to_numpy(dtype=float)
            if "population" in assets.columns
            else 0.0,
        }
    )
    for col in ("layer", "fid", "jurisdiction", "country"):
        if col in assets.columns:
            out[col] = assets[col].to_numpy()
    out["geometry"] = assets.geometry.to_numpy()
    return out


def compare_results(a, b, mode: str) -> tuple[list[dict], gpd.GeoDataFrame]:
    """Differences between two runs in one mode.

    Returns
    -------
    rows : list of dict
        ``metric``, ``a``, ``b`` and ``change`` (b − a): flooded area (m²), flood volume (m³), exposed
        population, covered population and gap population (people), per country for the people.
    changes : GeoDataFrame
        Buildings (matched by layer and fid) whose flooded or covered state differs, with ``change``
        (e.g. 'now flooded', 'no longer covered'), ``layer``, ``fid`` and ``population``.
    """
    rows = []

    def add(metric, va, vb):
        va = float(va or 0.0)
        vb = float(vb or 0.0)
        rows.append({"metric": metric, "a": va, "b": vb, "change": vb - va})

    ia, ib = inundation_figures(a), inundation_figures(b)
    add("flooded area (m²)", ia.flooded_area_m2, ib.flooded_area_m2)
    add("flood volume (m³)", ia.volume_m3, ib.volume_m3)
    ea = {r["area"]: r for r in exposure_rows(a)[1] if r["type"] == "country"}
    eb = {r["area"]: r for r in exposure_rows(b)[1] if r["type"] == "country"}
    for c in sorted(set(ea) | set(eb)):
        add(
            translate("dashboard", "{c}: exposed population").format(c=c),
            ea.get(c, {}).get("exposed_population"),
            eb.get(c, {}).get("exposed_population"),
        )
    ca = {r["area"]: r for r in coverage_rows(a, mode) if r["type"] == "country"}
    cb = {r["area"]: r for r in coverage_rows(b, mode) if r["type"] == "country"}
    for c in sorted(set(ca) | set(cb)):
        add(
            translate("dashboard", "{c}: covered population ({mode})").format(
                c=c, mode=i18n.data_label(f"table.{mode}", mode)
            ),
            ca.get(c, {}).get("covered_population"),
            cb.get(c, {}).get("covered_population"),
        )
        add(
            translate("dashboard", "{c}: gap population ({mode})").format(
                c=c, mode=i18n.data_label(f"table.{mode}", mode)
            ),
            ca.get(c, {}).get("gap_population"),
            cb.get(c, {}).get("gap_population"),
        )

    sa, sb = asset_states(a, mode), asset_states(b, mode)
    crs = None
    for r in (b, a):
        assets = access_part(r, mode, "assets")
        if assets is not None:
            crs = assets.crs
            break
    merged = sb.merge(sa[["key", "flooded", "covered"]], on="key", how="inner", suffixes=("", "_a"))
    changes = []
    for col, yes, no in (
        ("flooded", "now flooded", "no longer flooded"),
        ("covered", "now covered", "no longer covered"),
    ):
        diff = merged[col] != merged[f"{col}_a"]
        part = merged[diff].copy()
        part["change"] = np.where(part[col], yes, no)
        changes.append(part)
    out = pd.concat(changes, ignore_index=True) if changes else merged.iloc[0:0]
    out = out.drop(columns=[c for c in out.columns if c.endswith("_a")])
    return rows, gpd.GeoDataFrame(out, geometry="geometry", crs=crs)


# ------------------------------------------------------------------------------------------------
# Widgets


def _fmt(value, digits: int = 0) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, str):
        return value
    return f"{value:,.{digits}f}"


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return t


def _fill(table: QTableWidget, rows: list[list], keys: list[Any]) -> None:
    """Fill a table; ``keys[i]`` is kept on row i (Qt.UserRole of column 0) for the highlight."""
    table.blockSignals(True)
    table.clearSelection()
    table.setRowCount(len(rows))
    for i, (row, key) in enumerate(zip(rows, keys)):
        for j, value in enumerate(row):
            item = QTableWidgetItem(value if isinstance(value, str) else _fmt(value))
            if not isinstance(value, str):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(Qt.ItemDataRole.UserRole + 1, value)
            if j == 0:
                item.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(i, j, item)
    table.blockSignals(False)


def _pane(table: QTableWidget, chart: ChartCanvas, extra: QWidget | None = None) -> QWidget:
    w = QWidget()
    box = QVBoxLayout(w)
    box.setContentsMargins(2, 2, 2, 2)
    if extra is not None:
        box.addWidget(extra)
    split = QSplitter(Qt.Orientation.Vertical)
    split.addWidget(table)
    split.addWidget(chart)
    box.addWidget(split)
    return w


class DashboardDock(Dock):
    """Dock showing the results of scenario runs (see module docstring).

    Parameters
    ----------
    project : Project
        For layer names (defense features) when highlighting.
    on_highlight : callable(layer: str | None, fids: list[int]), optional
        Called when a row is selected: first ``(None, [])`` to clear, then once per layer.
    parent : QWidget, optional

    Signals
    -------
    changes_shown(GeoDataFrame) : the buildings that differ between the compared runs, with ``change``.
    """

    changes_shown = Signal(object)

    def __init__(
        self, project, on_highlight: Callable[[str | None, list[int]], None] | None = None, parent=None
    ):
        super().__init__(
            QCoreApplication.translate("DashboardDock", "Results"), "DashboardDock", parent, project=project
        )
        self.on_highlight = on_highlight
        #: Results of runs by scenario name (the latest run of each), for comparison.
        self.results: dict[str, Any] = {}
        self.current: str | None = None
        self.mode = "joint"
        self.changes: gpd.GeoDataFrame | None = None

        body, box = self.new_body(margin=None)
        top = QHBoxLayout()
        self.result_choice = QComboBox()
        self.result_choice.setToolTip(self.tr("Which run's results to show"))
        self.result_choice.currentTextChanged.connect(self._choose)
        self.title = QLabel(self.tr("No results yet: run a scenario."))
        top.addWidget(QLabel(self.tr("Run:")))
        top.addWidget(self.result_choice, 1)
        self.report_button = QPushButton(self.tr("Export report…"))
        self.report_button.setToolTip(
            self.tr("Write the report of the shown run (HTML or PDF, tables as CSV and GeoPackage)")
        )
        self.report_button.clicked.connect(self.export_report)
        top.addWidget(self.report_button)
        box.addLayout(top)
        self.stale_label = QLabel("")
        self.stale_label.setObjectName("stale_label")
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
        self.stale_label.setVisible(False)
        box.addWidget(self.stale_label)
        box.addWidget(self.title)
        self.gap_label = QLabel("")
        self.gap_label.setObjectName("gap_label")
        box.addWidget(self.gap_label)
        self.tabs = QTabWidget()
        box.addWidget(self.tabs, 1)

        self.exposure_table = _table(
            [self.tr("Area"), self.tr("Type"), self.tr("Population"), self.tr("Exposed")]
        )
        self.exposure_chart = ChartCanvas()
        self.tabs.addTab(_pane(self.exposure_table, self.exposure_chart), self.tr("Exposure"))

        self.coverage_table = _table(
            [
                self.tr("Area"),
                self.tr("Type"),
                self.tr("Buildings"),
                self.tr("Population"),
                self.tr("Covered"),
                self.tr("Not reached"),
                self.tr("Covered %"),
                self.tr("Cooperation gain"),
            ]
        )
        self.coverage_chart = ChartCanvas()
        self.cooperation_chart = ChartCanvas()
        # each kind moves as it does in a flood (boats over the water, engines up to their wading limit):
        # the tab shows all kinds together or one kind's own coverage and cooperation gain
        kind_bar = QWidget()
        kb = QHBoxLayout(kind_bar)
        kb.setContentsMargins(0, 0, 0, 0)
        kb.addWidget(QLabel(self.tr("Resource kind")))
        self.kind_choice = QComboBox()
        self.kind_choice.addItem(self.tr("all kinds"), ALL_KINDS)  # labels in the language, codes as data
        self.kind_choice.setToolTip(
            self.tr("Coverage by all kinds together, or by one kind as it moves in the flood")
        )
        self.kind_choice.currentTextChanged.connect(lambda _t: self.refresh())
        kb.addWidget(self.kind_choice, 1)
        cov = _pane(self.coverage_table, self.coverage_chart, kind_bar)
        cov.layout().addWidget(self.cooperation_chart)
        self.tabs.addTab(cov, self.tr("Response"))

        self.defense_table = _table(
            [
                self.tr("Defense"),
                self.tr("Jurisdiction"),
                self.tr("Benefit (people)"),
                self.tr("Harm (people)"),
                self.tr("Cost share %"),
                self.tr("Cost share"),
            ]
        )
        self.defense_chart = ChartCanvas()
        self.tabs.addTab(_pane(self.defense_table, self.defense_chart), self.tr("Defenses"))

        cmp_bar = QWidget()
        row = QHBoxLayout(cmp_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.compare_a = QComboBox()
        self.compare_b = QComboBox()
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.clicked.connect(self.compare)
        self.show_changes_button = QPushButton(self.tr("Show changes on map"))
        self.show_changes_button.setEnabled(False)
        self.show_changes_button.clicked.connect(self.show_changes)
        for w in (
            QLabel(self.tr("A:")),
            self.compare_a,
            QLabel(self.tr("B:")),
            self.compare_b,
            self.compare_button,
            self.show_changes_button,
        ):
            row.addWidget(w)
        self.compare_table = _table([self.tr("Figure"), self.tr("A"), self.tr("B"), self.tr("B − A")])
        self.changes_label = QLabel("")
        cmp_pane = QWidget()
        cbox = QVBoxLayout(cmp_pane)
        cbox.addWidget(cmp_bar)
        cbox.addWidget(self.compare_table, 1)
        cbox.addWidget(self.changes_label)
        self.tabs.addTab(cmp_pane, self.tr("Compare"))

        # Risk in money over the project's floods: computed on demand in its own worker (risk_tab.py).
        from floodplan.gui.risk_tab import RiskPane

        self.risk_pane = RiskPane(project, highlight=self._highlight)
        self.tabs.addTab(self.risk_pane, self.tr("Risk"))

        # Levee failures drawn from their fragility, many floods on Dask (ensemble_tab.py).
        from floodplan.gui.ensemble_tab import EnsemblePane

        self.ensemble_pane = EnsemblePane(project, highlight=self._highlight)
        self.tabs.addTab(self.ensemble_pane, self.tr("Ensemble"))

        # In a scroll area: the tables and charts want ~600 px, and without it the tab group the dock
        # shares with the Scenario panel could not shrink to let the Properties form show in full.
        self.set_body(body, scroll=True)
        for t in (self.exposure_table, self.coverage_table, self.defense_table):
            t.itemSelectionChanged.connect(lambda t=t: self._selected(t))

    # ----- public API
    def set_result(self, result) -> None:
        """Keep ``result`` under its scenario's name (replacing that scenario's previous run) and show it."""
        name = scenario_name(result)
        self.results[name] = result
        for combo in (self.result_choice, self.compare_a, self.compare_b):
            combo.blockSignals(True)
            if combo.findText(name) < 0:
                combo.addItem(name)
            combo.blockSignals(False)
        if self.compare_a.count() > 1 and self.compare_b.currentIndex() == self.compare_a.currentIndex():
            self.compare_b.setCurrentIndex(self.compare_b.findText(name))
        self.current = name
        self.result_choice.blockSignals(True)
        self.result_choice.setCurrentText(name)
        self.result_choice.blockSignals(False)
        self.refresh()

    def set_stale(self, reason: str | None) -> None:
        """Mark the shown results as out of date with ``reason`` ("from before your last edit — Run
        again"), or as current with None."""
        self.stale_label.setText(
            self.tr("⚠ These results are {reason}.").format(reason=reason) if reason else ""
        )
        self.stale_label.setVisible(bool(reason))

    def set_mode(self, mode: str) -> None:
        """Show the response figures of 'joint' or 'national' mode (the result holds both)."""
        if mode not in MODES:
            raise ValueError(f"mode must be 'joint' or 'national', not {mode!r}")
        self.mode = mode
        self.refresh()

    def export_report(self):
        """Write the shown run's report (file dialog, then a worker thread)."""
        from floodplan.gui.export_dialog import export_report

        return export_report(self, self.project, self.result)

    @property
    def result(self):
        return self.results.get(self.current) if self.current else None

    def refresh(self) -> None:
        result = self.result
        if result is None:
            self.title.setText(self.tr("No results yet: run a scenario."))
            self.gap_label.setText("")
            return
        inund = inundation_figures(result)
        self.title.setText(
            self.tr("{0}: {1} ha flooded, {2} m³, deepest {3} m").format(
                scenario_name(result),
                _fmt(inund.flooded_area_m2 / 1e4, 1),
                _fmt(inund.volume_m3),
                _fmt(inund.max_depth_m, 2),
            )
        )
        g = gap_figures(result, self.mode)
        self.gap_label.setText(
            self.tr(
                "Gaps ({0}): {1} building(s) not reached in time, {2} people, in {3} jurisdiction(s)"
            ).format(
                i18n.data_label(f"table.{self.mode}", self.mode),
                g["buildings"],
                _fmt(g["population"]),
                g["jurisdictions"],
            )
        )
        self._show_exposure(result)
        self._show_coverage(result)
        self._show_defenses(result)

    def compare(self) -> None:
        """Fill the compare tab from the runs chosen as A and B."""
        a, b = self.results.get(self.compare_a.currentText()), self.results.get(self.compare_b.currentText())
        if a is None or b is None:
            self.changes_label.setText(self.tr("Run two scenarios to compare them."))
            return
        rows, self.changes = compare_results(a, b, self.mode)
        _fill(
            self.compare_table, [[r["metric"], r["a"], r["b"], r["change"]] for r in rows], [None] * len(rows)
        )
        counts = self.changes["change"].value_counts().to_dict() if len(self.changes) else {}
        text = ", ".join(f"{n} {c}" for c, n in sorted(counts.items())) or self.tr(
            "no building changes state"
        )
        self.changes_label.setText(
            self.tr("Buildings ({0}): {text}").format(
                i18n.data_label(f"table.{self.mode}", self.mode), text=text
            )
        )
        self.show_changes_button.setEnabled(len(self.changes) > 0)

    def show_changes(self) -> None:
        """Highlight the buildings that differ between A and B on the map (and emit ``changes_shown``)."""
        if self.changes is None:
            return
        self._highlight(_feature_ids(self.changes, self._layer_of("assets")))
        self.changes_shown.emit(self.changes)

    # ----- internals
    def _choose(self, name: str) -> None:
        if name in self.results:
            self.current = name
            self.refresh()

    def _layer_of(self, role: str) -> str | None:
        layers = self.project.layers_by_role(role) if self.project is not None else []
        return layers[0].name if layers else None

    def _show_exposure(self, result) -> None:
        labels, rows = exposure_rows(result)
        headers = [self.tr("Area"), self.tr("Type"), self.tr("Population"), self.tr("Exposed")] + [
            f"{lab} m" for lab in labels
        ]
        self.exposure_table.setColumnCount(len(headers))
        self.exposure_table.setHorizontalHeaderLabels(headers)
        _fill(
            self.exposure_table,
            [
                [
                    r["area"],
                    _area_type(r["type"]),
                    r["population"],
                    r["exposed_population"],
                    *[r["classes"][lab] for lab in labels],
                ]
                for r in rows
            ],
            [(r["type"], r["area"]) for r in rows],
        )
        self.exposure_chart.plot(
            plot_exposure_classes, [r for r in rows if r["type"] == "jurisdiction"], labels
        )

    def _show_coverage(self, result) -> None:
        kinds = [ALL_KINDS, *result_kinds(result)]
        if [self.kind_choice.itemData(i) for i in range(self.kind_choice.count())] != kinds:
            shown = self.kind_choice.currentData()
            self.kind_choice.blockSignals(True)
            self.kind_choice.clear()
            for k in kinds:
                label = self.tr("all kinds") if k == ALL_KINDS else i18n.data_label(f"resource.{k}", k)
                self.kind_choice.addItem(label, k)
            self.kind_choice.setCurrentIndex(
                max(0, self.kind_choice.findData(shown if shown in kinds else ALL_KINDS))
            )
            self.kind_choice.blockSignals(False)
        kind = self.kind_choice.currentData() or ALL_KINDS
        rows = coverage_rows(result, self.mode, kind)
        coop = cooperation_rows(result, kind)
        gains = {r["country"]: r["gain"] for r in coop}
        table = []
        for r in rows:
            pct = 100.0 * r["covered_population"] / r["population"] if r["population"] > 0 else float("nan")
            gain = gains.get(r["area"]) if r["type"] == "country" else None
            table.append(
                [
                    r["area"],
                    _area_type(r["type"]),
                    float(r["assets"]),
                    r["population"],
                    r["covered_population"],
                    r["gap_population"],
                    pct,
                    "" if gain is None else gain,
                ]
            )
        _fill(self.coverage_table, table, [(r["type"], r["area"]) for r in rows])
        self.coverage_chart.plot(plot_coverage, [r for r in rows if r["type"] == "jurisdiction"], self.mode)
        self.cooperation_chart.plot(plot_cooperation, coop)

    def _show_defenses(self, result) -> None:
        rows = defense_rows(result)
        _fill(
            self.defense_table,
            [
                [
                    r["defense"],
                    r["jurisdiction"],
                    r["benefit_population"],
                    r["harm_population"],
                    100.0 * r["cost_share"],
                    r["cost_share_amount"],
                ]
                for r in rows
            ],
            [("defense", r["defense"]) for r in rows],
        )
        self.defense_chart.plot(plot_defenses, rows)

    def _selected(self, table: QTableWidget) -> None:
        items = table.selectedItems()
        if not items or self.result is None:
            return
        key = table.item(items[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        if not key:
            return
        typ, name = key
        if typ == "defense":
            defs = self.project.combined("defenses") if self.project is not None else None
            hit = defs[defs["id"].astype(str) == name] if defs is not None and "id" in defs.columns else None
            self._highlight(_feature_ids(hit, None))
            return
        assets = access_part(self.result, self.mode, "assets")
        if assets is None or len(assets) == 0:
            return
        column = "jurisdiction" if typ == "jurisdiction" else "country"
        sel = assets[column].astype(str) == name if column in assets.columns else np.zeros(len(assets), bool)
        if table is self.exposure_table and "depth_m" in assets.columns:
            sel &= np.nan_to_num(pd.to_numeric(assets["depth_m"], errors="coerce").to_numpy(), nan=0.0) > 0
        elif table is self.coverage_table and "covered" in assets.columns:
            sel &= ~assets["covered"].astype(bool)
        self._highlight(_feature_ids(assets[np.asarray(sel)], self._layer_of("assets")))

    def _highlight(self, ids: dict[str, list[int]]) -> None:
        if self.on_highlight is None:
            return
        self.on_highlight(None, [])
        for layer, fids in ids.items():
            self.on_highlight(layer, fids)
