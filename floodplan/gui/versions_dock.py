"""Plan versions in the app: the Versions dock, Plan › Save version… and File › Export progress report….

- **Versions** tab: the project's snapshots (name, date, note). *Save version…* computes the plan's
  indicators off the GUI thread and then adds the snapshot through an undoable command (nothing is added if
  the plan was edited meanwhile: the numbers would not be the plan's). *Restore* puts the selected
  version's plan back as one undoable edit.
- **Compare** tab: two selected versions (or one and the current plan): the plan before and after on the
  map, with added, moved, removed and changed features marked (the report's figure, drawn by the plates'
  renderer), the indicators that changed, and the list of changes.
- **Trend** tab: one indicator of one scenario across all versions, a line per jurisdiction (or country),
  so a meeting sees where the plan is going.
- *Export progress report…* writes the public report (``floodplan progress``) into a folder, off the GUI
  thread, with progress and Cancel.

:func:`install_versions` adds the dock and the two menu entries to the main window (its only hook there).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from floodplan.errors import InputError
from floodplan.gui import i18n
from floodplan.gui.charts import ChartCanvas
from floodplan.gui.docks import Dock
from floodplan.gui.worker import ProgressWidget, run_in_thread, tie_to_lifetime, while_alive
from floodplan.model.versions import AddSnapshot, RestoreSnapshot, snapshots
from floodplan.notes import collect_notes

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

#: (label, indicator, mode) offered by the trend chart.
TREND_CHOICES = (
    (QT_TRANSLATE_NOOP("versions_dock", "Covered population, national"), "covered_population", "national"),
    (QT_TRANSLATE_NOOP("versions_dock", "Covered population, joint"), "covered_population", "joint"),
    (QT_TRANSLATE_NOOP("versions_dock", "Gap (uncovered), national"), "gap_population", "national"),
    (QT_TRANSLATE_NOOP("versions_dock", "Gap (uncovered), joint"), "gap_population", "joint"),
    (QT_TRANSLATE_NOOP("versions_dock", "Cooperation gain"), "cooperation_gain_population", None),
    (QT_TRANSLATE_NOOP("versions_dock", "Expected annual damage (EUR)"), "ead_eur", None),
    (QT_TRANSLATE_NOOP("versions_dock", "Expected people affected per year"), "eap_population", None),
)

#: Short names of the indicators in the Compare table.
INDICATOR_LABELS = {
    "covered_population": QT_TRANSLATE_NOOP("versions_dock", "Covered"),
    "gap_population": QT_TRANSLATE_NOOP("versions_dock", "Gap"),
    "cooperation_gain_population": QT_TRANSLATE_NOOP("versions_dock", "Cooperation gain"),
    "ead_eur": QT_TRANSLATE_NOOP("versions_dock", "EAD (EUR/year)"),
    "eap_population": QT_TRANSLATE_NOOP("versions_dock", "EAP (people/year)"),
}


# ------------------------------------------------------------------------------------------------ jobs
def _snapshot_job(project, name: str, note: str, feedback=None):
    from floodplan.sim.indicators import take_snapshot

    with collect_notes() as notes:
        snap = take_snapshot(project, name, note, feedback)
    return snap, list(notes)


def _compare_job(project, from_name: str, to_name: str | None, feedback=None):
    """The comparison of two versions and the before/after map as PNG bytes (both built off the GUI
    thread: the current plan's indicators take runs, the map draws every building twice)."""
    from floodplan.plates.i18n import Translator
    from floodplan.plates.progress import _maps_figure, _png
    from floodplan.sim.indicators import progress_between

    fb_data = feedback.sub(0.0, 0.8) if feedback is not None else None
    data = progress_between(project, from_name, to_name, feedback=fb_data)
    if feedback is not None:
        feedback.step(0.85, "map")
    png = _png(_maps_figure(project, data, Translator(["en"], project)), dpi=90)
    return data, png


def _report_job(project, from_name: str, to_name: str | None, folder: str, languages, feedback=None):
    from pathlib import Path

    from floodplan.plates.progress import write_progress
    from floodplan.sim.indicators import progress_between

    out = Path(folder)
    data = progress_between(
        project, from_name, to_name, feedback=feedback.sub(0.0, 0.7) if feedback else None
    )
    return write_progress(
        project, data, out, languages, feedback=feedback.sub(0.7, 1.0) if feedback else None
    )


def trend_rows(project, level: str, scenario: str, indicator: str, mode: str | None):
    """The trend chart's data: (version names, {name: values}) (no Qt; see indicator_series)."""
    from floodplan.sim.indicators import indicator_series

    versions = snapshots(project)
    return [v.name for v in versions], indicator_series(versions, level, scenario, indicator, mode)


def plot_trend(ax, names: list[str], series: dict, title: str) -> None:
    """A line per jurisdiction across versions."""
    x = list(range(len(names)))
    for label, values in series.items():
        ax.plot(x, [float("nan") if v is None else v for v in values], marker="o", label=label)
    ax.set_xticks(x, names, rotation=30, ha="right", fontsize="small")
    ax.set_ylabel(
        translate("versions_dock", "people")
        if "eur" not in title.lower()
        else translate("versions_dock", "EUR per year")
    )
    ax.set_title(title, fontsize="medium")
    if series:
        ax.legend(fontsize="small")
    ax.grid(alpha=0.3)


# ------------------------------------------------------------------------------------------------ dialog
class SaveVersionDialog(QDialog):
    """Name and note of a new version."""

    def __init__(self, taken: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save version"))
        self.name = QLineEdit(f"version {len(taken) + 1}")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("what was decided, at which meeting"))
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


# ------------------------------------------------------------------------------------------------ dock
class VersionsDock(Dock):
    """The Versions dock of one project (see module docstring).

    Parameters
    ----------
    project : Project
    push : callable(command) -> bool that does an edit (the main window's ``push``: errors shown there);
        default: the project's stack directly
    on_error : callable(exc, context)
    on_status : callable(text)
    """

    def __init__(
        self,
        project,
        push: Callable | None = None,
        on_error: Callable | None = None,
        on_status: Callable | None = None,
        parent=None,
    ):
        super().__init__(
            QCoreApplication.translate("VersionsDock", "Versions"), "VersionsDock", parent, project=project
        )
        self._push = push or (lambda cmd: bool(project.stack.push(cmd)))
        self._on_error = on_error or (lambda exc, context="": log.error("%s: %s", context, exc))
        self._on_status = on_status or (lambda text: None)
        self._alive, self.jobs = tie_to_lifetime(self, project, self._project_changed)
        self.job = None
        self.last_comparison: dict | None = None

        tabs = QTabWidget()
        self.tabs = tabs
        # ---- versions
        page = QWidget()
        box = QVBoxLayout(page)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Date"), self.tr("Note")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        box.addWidget(self.table)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save version…"))
        self.save_button.setToolTip(
            self.tr("Keep the plan as it is now, with its indicators, inside the project")
        )
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setToolTip(
            self.tr("Put the selected version's plan back (Undo gives the current one back)")
        )
        self.compare_button = QPushButton(self.tr("Compare"))
        self.compare_button.setToolTip(self.tr("Compare two selected versions, or one with the current plan"))
        self.report_button = QPushButton(self.tr("Export report…"))
        self.report_button.setToolTip(
            self.tr("Write the public progress report (page, PDF, open data) into a folder")
        )
        for b in (self.save_button, self.restore_button, self.compare_button, self.report_button):
            row.addWidget(b)
        self.save_button.clicked.connect(self.ask_save_version)
        self.restore_button.clicked.connect(self.restore_selected)
        self.compare_button.clicked.connect(self.compare_selected)
        self.report_button.clicked.connect(self.ask_export_report)
        box.addLayout(row)
        self.progress = ProgressWidget()
        box.addWidget(self.progress)
        tabs.addTab(page, self.tr("Versions"))
        # ---- compare
        page = QWidget()
        box = QVBoxLayout(page)
        self.compare_title = QLabel(
            self.tr("Select two versions (or one, to compare it with the current plan).")
        )
        self.compare_title.setWordWrap(True)
        box.addWidget(self.compare_title)
        self.map_label = QLabel()
        self.map_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.map_label)
        box.addWidget(scroll, 2)
        self.changes = QListWidget()
        box.addWidget(self.changes, 1)
        self.numbers = QTableWidget(0, 6)
        self.numbers.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Scenario"),
                self.tr("Indicator"),
                self.tr("Before"),
                self.tr("After"),
                self.tr("Change"),
            ]
        )
        self.numbers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.numbers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.numbers.verticalHeader().setVisible(False)
        box.addWidget(self.numbers, 2)
        tabs.addTab(page, self.tr("Compare"))
        # ---- trend
        page = QWidget()
        box = QVBoxLayout(page)
        row = QHBoxLayout()
        self.trend_indicator = QComboBox()
        for label, ind, mode in TREND_CHOICES:
            self.trend_indicator.addItem(translate("versions_dock", label), (ind, mode))
        self.trend_scenario = QComboBox()
        self.trend_level = QComboBox()
        self.trend_level.addItem(self.tr("per jurisdiction"), "jurisdictions")
        self.trend_level.addItem(self.tr("per country"), "countries")
        for w in (self.trend_indicator, self.trend_scenario, self.trend_level):
            row.addWidget(w)
            w.currentIndexChanged.connect(self.refresh_trend)
        box.addLayout(row)
        self.trend = ChartCanvas(page, width=5.0, height=3.2)
        box.addWidget(self.trend, 1)
        tabs.addTab(page, self.tr("Trend"))
        # In a scroll area, as the Results dock: the trend chart's ~300 px would otherwise set the
        # minimum height of the tab group shared with the Scenario panel (and squeeze Properties).
        self.set_body(tabs, scroll=True)
        self.refresh()

    # ---------------------------------------------------------------- state
    def _project_changed(self, event: str, name) -> None:
        if event == "snapshots":
            self.refresh()

    def refresh(self) -> None:
        """Fill the list and the trend from the project's snapshots."""
        items = snapshots(self.project)
        self.table.setRowCount(len(items))
        for i, s in enumerate(items):
            for j, text in enumerate((s.name, s.date, s.note)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        names = []
        for s in items:
            names += [n for n in s.indicators.get("scenarios", []) if n not in names]
        current = self.trend_scenario.currentText()
        self.trend_scenario.blockSignals(True)
        self.trend_scenario.clear()
        self.trend_scenario.addItems(names)
        if current in names:
            self.trend_scenario.setCurrentText(current)
        self.trend_scenario.blockSignals(False)
        self.refresh_trend()
        self._update_buttons()

    def refresh_trend(self, *_args) -> None:
        ind, mode = self.trend_indicator.currentData() or ("covered_population", "national")
        level = self.trend_level.currentData() or "jurisdictions"
        scenario = self.trend_scenario.currentText()
        names, series = trend_rows(self.project, level, scenario, ind, mode)
        series = {k: v for k, v in series.items() if any(x is not None for x in v)}
        title = f"{self.trend_indicator.currentText()} — {scenario or 'no version yet'}"
        self.trend.plot(plot_trend, names, series, title)

    def selected_names(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        items = snapshots(self.project)
        return [items[r].name for r in rows if r < len(items)]

    def _update_buttons(self) -> None:
        busy = self.job is not None and self.job.running
        n = len(self.selected_names())
        self.save_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and n == 1)
        self.compare_button.setEnabled(not busy and n in (1, 2))
        self.report_button.setEnabled(not busy and bool(snapshots(self.project)))

    def _start(self, fn, *args, on_done, what: str):
        def finished():
            self.job = None
            self._update_buttons()

        def failed(exc):
            self.progress.finish(self.tr("{what} failed").format(what=what))
            self._on_error(exc, what)

        job = run_in_thread(
            fn,
            *args,
            on_done=while_alive(self._alive, on_done),
            on_error=while_alive(self._alive, failed),
            on_progress=while_alive(self._alive, self.progress.set_progress),
            on_cancelled=while_alive(
                self._alive, lambda: self.progress.finish(self.tr("cancelled; nothing changed"))
            ),
            on_finished=while_alive(self._alive, finished),
        )
        self.job = job
        self.jobs.append(job)
        self.progress.track(job)
        self._update_buttons()
        return job

    def stop(self, wait_ms: int = 10_000) -> None:
        """Cancel a running job and wait for its thread (before the dock goes away)."""
        for job in self.jobs:
            if job.running:
                job.cancel()
            job.wait(wait_ms)

    # ---------------------------------------------------------------- actions
    def ask_save_version(self) -> None:
        dialog = SaveVersionDialog([s.name for s in snapshots(self.project)], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_version(dialog.name.text(), dialog.note.text())

    def save_version(self, name: str, note: str = ""):
        """Compute the plan's indicators off the GUI thread, then add the version as an undoable edit."""
        revision = self.project.revision

        def done(value):
            snap, _notes = value
            if self.project.revision != revision:
                # The numbers belong to the plan as it was when the job started, not to the plan now.
                self.progress.finish(
                    self.tr("not saved: the plan changed while its indicators were computed")
                )
                self._on_error(
                    InputError(
                        f"version '{snap.name}' was not saved: the plan was edited while its indicators were "
                        "computed; save the version again."
                    ),
                    "saving a version",
                )
                return
            if self._push(AddSnapshot(snap)):
                self.progress.finish(self.tr("version '{0}' saved").format(snap.name))
                self._on_status(f"Version '{snap.name}' saved (save the project to keep it)")

        return self._start(_snapshot_job, self.project, name, note, on_done=done, what="saving a version")

    def restore_selected(self) -> bool:
        names = self.selected_names()
        if len(names) != 1:
            return False
        snap = next(s for s in snapshots(self.project) if s.name == names[0])
        ok = self._push(RestoreSnapshot(snap))
        if ok:
            self._on_status(f"Version '{snap.name}' restored (Undo gives the plan before back)")
        return ok

    def compare_selected(self):
        names = self.selected_names()
        if len(names) not in (1, 2):
            return None
        to_name = names[1] if len(names) == 2 else None

        def done(value):
            data, png = value
            self.show_comparison(data, png)
            self.progress.finish(self.tr("compared"))

        return self._start(
            _compare_job, self.project, names[0], to_name, on_done=done, what="comparing versions"
        )

    def show_comparison(self, data: dict, png: bytes | None = None) -> None:
        """Show a comparison (progress_between's dict) and its before/after map."""
        from floodplan.plates.i18n import Translator
        from floodplan.plates.progress import change_texts
        from floodplan.sim.indicators import indicator_rows

        self.last_comparison = data
        to = data["to"]["name"]
        self.compare_title.setText(
            self.tr("From '{0}' ({1}) to {2} ({3})").format(
                data["from"]["name"],
                data["from"]["date"],
                "the current plan" if to == "current" else repr(to),
                data["to"]["date"],
            )
        )
        if png:
            pix = QPixmap()
            pix.loadFromData(png, "PNG")
            self.map_label.setPixmap(pix)
        self.changes.clear()
        self.changes.addItems(
            change_texts(data, Translator(["en"], self.project)) or [self.tr("no change to the plan")]
        )
        rows = [r for r in indicator_rows(data) if r["change"] not in (0, 0.0)]
        self.numbers.setRowCount(len(rows))
        for i, r in enumerate(rows):
            ind = translate("versions_dock", INDICATOR_LABELS.get(r["indicator"], r["indicator"])) + (
                f", {i18n.data_label('mode.' + r['mode'], r['mode'])}" if r["mode"] else ""
            )
            values = (r["name"], r["scenario"], ind, _num(r["from"]), _num(r["to"]), _num(r["change"], True))
            for j, text in enumerate(values):
                self.numbers.setItem(i, j, QTableWidgetItem(text))
        self.tabs.setCurrentIndex(1)

    def ask_export_report(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export progress report into folder"))
        if folder:
            self.export_report(folder)

    def export_report(self, folder: str, from_name: str | None = None, to_name: str | None = None):
        """Write the progress report into ``folder``: from the first selected version (else the oldest)
        to the second selected one (else the current plan), in the project's languages."""
        items = snapshots(self.project)
        if not items:
            self._on_error(
                InputError("the project has no version yet; save one first (Plan › Save version…).")
            )
            return None
        names = self.selected_names()
        from_name = from_name or (names[0] if names else items[0].name)
        to_name = to_name or (names[1] if len(names) == 2 else None)
        languages = self.project.settings.get("languages") or ["en"]

        def done(paths):
            self.progress.finish(self.tr("report written: {0}").format(paths["index.html"]))
            self._on_status(f"Progress report written to {folder}")

        return self._start(
            _report_job, self.project, from_name, to_name, folder, languages, on_done=done, what="the report"
        )


def _num(v, signed: bool = False) -> str:
    if v is None:
        return "–"
    return f"{v:+,.0f}" if signed else f"{v:,.0f}"


# ------------------------------------------------------------------------------------------------ hook
def _window_action(window, key: str, text: str, tip: str, slot) -> QAction:
    """A main-window action ``window.actions[key]`` with ``text`` and tool tip ``tip`` (both already
    translated) that calls ``slot()`` when triggered."""
    act = QAction(text, window)
    act.setToolTip(tip)
    act.triggered.connect(slot)
    window.actions[key] = act
    return act


def install_versions(window) -> VersionsDock:
    """Add (or renew, for a newly opened project) the Versions dock and, once, the menu entries
    Plan › Save version… and File › Export progress report… to the main window."""
    old = getattr(window, "versions", None)
    if old is not None:
        old.stop()
        window.removeDockWidget(old)
        old.deleteLater()
    dock = VersionsDock(
        window.project, push=window.push, on_error=window.show_error, on_status=window.status, parent=window
    )
    window.versions = dock
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    if getattr(window, "_panels_menu", None) is not None:
        window._panels_menu.addAction(dock.toggleViewAction())
    if getattr(window, "scenario_panel", None) is not None:
        window.tabifyDockWidget(window.scenario_panel, dock)
        window.scenario_panel.raise_()
    if "save_version" not in window.actions:
        save = _window_action(
            window,
            "save_version",
            translate("versions_dock", "Save &version…"),
            translate(
                "versions_dock",
                "Keep the plan as it is now, with its indicators, as a version inside the project",
            ),
            lambda: window.versions.ask_save_version(),
        )
        report = _window_action(
            window,
            "export_progress",
            translate("versions_dock", "Export &progress report…"),
            translate(
                "versions_dock",
                "A public page, PDF and open data of what the plan changed between two versions",
            ),
            lambda: window.versions.ask_export_report(),
        )
        bar = window.menuBar()
        # menus found by object name: their texts are in the user's language
        menus = {a.menu().objectName(): a.menu() for a in bar.actions() if a.menu() is not None}
        plan = menus.get("menu_Plan")
        if plan is None:
            help_action = next(
                (a for a in bar.actions() if a.menu() is not None and a.menu().objectName() == "menu_Help"),
                None,
            )
            plan = bar.addMenu(translate("versions_dock", "&Plan")) if help_action is None else None
            if plan is None:
                from PySide6.QtWidgets import QMenu

                plan = QMenu(translate("versions_dock", "&Plan"), window)
                bar.insertMenu(help_action, plan)
            plan.setObjectName("menu_Plan")
        plan.addAction(save)
        file_menu = menus.get("menu_File")
        if file_menu is not None:
            acts = file_menu.actions()
            anchor = window.actions.get("export_report")
            after = (
                acts[acts.index(anchor) + 1]
                if anchor in acts and acts.index(anchor) + 1 < len(acts)
                else None
            )
            file_menu.insertAction(after, report) if after is not None else file_menu.addAction(report)
    return dock
