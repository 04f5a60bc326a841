"""The main window: map canvas in the middle, docks around it (layers, properties, attribute table,
scenario, results, history), menus and toolbars, status bar with coordinates and scale.

The window holds no domain state: every change is an engine command pushed on ``project.stack`` (Qt's
undo stack mirrors it, :mod:`floodplan.gui.undo`); views listen to the project's events.

Interface for the other docks (see this module): ``.project``, ``.canvas``, ``.set_result(result)``,
``.set_preview_depth(grid)``, ``.show_error(exc)``, ``.undo_stack``.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import numpy as np
from pyproj import Transformer
from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QDesktopServices,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QUndoView,
)

from floodplan.errors import FloodplanError, InputError, ProjectChangedError
from floodplan.gui import errors as gui_errors
from floodplan.gui import help as gui_help
from floodplan.gui import i18n, map_tools, settings
from floodplan.gui.attribute_table import AttributeTable
from floodplan.gui.canvas import MapCanvas
from floodplan.gui.layer_panel import LayerPanel
from floodplan.gui.legend import LegendDock
from floodplan.gui.properties import PropertiesPanel
from floodplan.gui.undo import UndoAdapter
from floodplan.model import edits
from floodplan.model.commands import (
    DeleteFeature,
    Macro,
    SetAttributes,
    SetGeometry,
)
from floodplan.model.project import Project
from floodplan.model.schema import RESOURCE_KINDS
from floodplan.paths import resources_dir

translate = QCoreApplication.translate

log = logging.getLogger("floodplan")

ICONS = resources_dir() / "icons"
GIS_FILTER = (
    "GIS files (*.gpkg *.shp *.geojson *.json *.fgb *.tif *.tiff *.hgt *.zip *.asc *.img *.vrt);;"
    "All files (*)"
)
PROJECT_FILTER = "floodplan projects (*.gpkg);;All files (*)"


#: Start-up: the results, exercise and versions docks are built at the latest this long (ms) after the first docks,
#: when the live flood is not shown before (no scenario, a dynamic flood).
MORE_DOCKS_AFTER_MS = 4000


def icon(name: str) -> QIcon:
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def _first_size() -> tuple[int, int]:
    """The window's size before any saved layout: 90 % of a large screen (the map gets room, as in
    QGIS, which starts maximised), never less than 1280 x 820 (what the docks' forms need)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return 1280, 820
    avail = screen.availableGeometry()
    return max(1280, int(0.9 * avail.width())), max(820, int(0.9 * avail.height()))


class MainWindow(QMainWindow):
    """The floodplan main window for one project at a time."""

    def __init__(self, project: Project | None = None, parent=None, *, docks_after_first_frame: bool = False):
        """``docks_after_first_frame``: build the scenario, results, exercise and versions docks (and import
        the engine behind them) only once the map has painted its first frame — the app's start-up
        (issue 13 item 15); tests and scripts get them at once."""
        super().__init__(parent)
        self._docks_later = docks_after_first_frame
        self.setObjectName("FloodplanMainWindow")
        self.setAcceptDrops(True)
        self.resize(*_first_size())
        self.project: Project | None = None
        self.result = None
        self.mode = "joint"
        self._data_events: list[tuple[int, str]] = []  # (data revision after, role) of each layer edit
        self._live_timer: QTimer | None = None
        self._live_job = None
        self.undo_adapter: UndoAdapter | None = None
        # One undo group: the Edit menu's actions follow whichever project's stack is active.
        self.undo_group = QUndoGroup(self)
        self._style_dirty = False
        self._recovered = False
        self._to_lonlat = None
        self.recovery_file: Path | None = None
        self.resource_kind = "fire"

        self.canvas = MapCanvas(parent=self)
        self.setCentralWidget(self.canvas)
        self.canvas.firstFrame.connect(self._after_first_frame)
        self.layer_panel = LayerPanel(self, self)
        self.properties = PropertiesPanel(self, self)
        self.attribute_table = AttributeTable(self, self)
        self.history = QDockWidget(self.tr("History"), self)
        self.history.setObjectName("HistoryDock")
        self.undo_view = QUndoView(self.history)
        self.undo_view.setEmptyLabel(self.tr("<project opened>"))
        self.undo_view.setToolTip(self.tr("Every edit, oldest first; click a line to go back to it"))
        self.history.setWidget(self.undo_view)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.layer_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.properties)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.attribute_table)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.history)
        self.legend = LegendDock(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.legend)
        self.history.hide()
        self.attribute_table.hide()
        self.scenario_panel = None
        self.dashboard = None
        self.tabletop = None

        self.tools = {cls.name: cls(self) for cls in map_tools.ALL_TOOLS}
        self.actions: dict[str, QAction] = {}
        self._build_status_bar()
        self._build_actions()
        self._build_menus_and_toolbars()
        self.canvas.cursorMoved.connect(self._cursor_moved)
        self.canvas.viewChanged.connect(self._view_changed)

        self._autosave_error: str | None = None
        self._autosave = QTimer(self)
        self._autosave.timeout.connect(self.autosave)
        self._autosave.start(int(settings.autosave_minutes() * 60_000))

        self.set_project(project if project is not None else Project())
        self.set_tool("pan")
        self._restore_layout()

    # ================================================================= project
    def set_project(self, project: Project) -> None:
        """Show another project (the caller has asked about unsaved changes)."""
        if self.project is not None:
            self.project.unsubscribe(self._project_changed)
        if self.undo_adapter is not None:
            self.undo_adapter.close()
            self.undo_adapter.stack.cleanChanged.disconnect(self._update_title)
            self.undo_adapter.stack.indexChanged.disconnect(self._update_title)
            self.undo_group.removeStack(self.undo_adapter.stack)
            self.undo_adapter.deleteLater()
        if self.recovery_file is not None:
            settings.remove_recovery(self.recovery_file)
            self.recovery_file = None
        self.project = project
        self.result = None
        self._data_events: list[tuple[int, str]] = []
        self._style_dirty = False
        self._recovered = False
        project.subscribe(self._project_changed)
        self.undo_adapter = UndoAdapter(project, self)
        self.undo_adapter.stack.cleanChanged.connect(self._update_title)
        self.undo_adapter.stack.indexChanged.connect(self._update_title)
        self.undo_group.addStack(self.undo_adapter.stack)
        self.undo_group.setActiveStack(self.undo_adapter.stack)
        self.undo_view.setStack(self.undo_adapter.stack)
        self._update_crs()
        self.canvas.set_project(project)
        self.layer_panel.set_project(project)
        self.properties.set_project(project)
        self.attribute_table.set_project(project)
        if not self._docks_later:
            self._install_result_docks()
        self._update_title()
        self._exercise_shown = False
        self._refresh_staleness()
        self._refresh_legend()

    def _update_crs(self) -> None:
        """Status-bar coordinates in the project's CRS (it may be set only later, by the first layer the
        wizard or the user adds)."""
        crs = self.project.crs if self.project is not None else None
        if getattr(self, "_crs_shown", None) == (crs.to_wkt() if crs is not None else None) and hasattr(
            self, "_to_lonlat"
        ):
            return
        self._crs_shown = crs.to_wkt() if crs is not None else None
        try:
            self._to_lonlat = Transformer.from_crs(crs, "EPSG:4326", always_xy=True) if crs else None
        except Exception:  # a CRS pyproj cannot transform: no lon/lat in the status bar
            self._to_lonlat = None
        if hasattr(self, "crs_label"):
            self.crs_label.setText(crs.to_string() if crs is not None else self.tr("no CRS"))

    @property
    def undo_stack(self):
        """The QUndoStack mirroring ``project.stack``."""
        return self.undo_adapter.stack

    def _stop_dock_jobs(self) -> None:
        """Cancel the scenario dock's background jobs and wait for their threads (a QThread destroyed while
        running aborts the process)."""
        panel = self.scenario_panel
        table = getattr(self, "tabletop", None)
        jobs = []
        if panel is not None:
            jobs += [
                getattr(panel, "run_job", None),
                getattr(panel, "_preview_job", None),
                *getattr(panel, "_jobs", []),
            ]
        if table is not None:
            jobs += [getattr(table, "job", None), getattr(table, "report_job", None)]
        jobs += getattr(getattr(self, "versions", None), "jobs", [])
        jobs.append(getattr(self, "_live_job", None))
        for job in {id(j): j for j in jobs if j is not None}.values():
            if getattr(job, "running", False):
                job.cancel()
            if hasattr(job, "wait"):
                job.wait(10_000)

    def _install_result_docks(self, rest_later: bool = False) -> None:
        """(Re)create the scenario and results docks for the current project (a broken one is logged, not fatal).

        ``rest_later``: the results, exercise and versions docks (and the engine they import) are built
        only once the live flood is shown (or after :data:`MORE_DOCKS_AFTER_MS`), so at start-up the live
        flood's preparation does not wait for them."""
        self._stop_dock_jobs()
        for dock in (self.scenario_panel, self.dashboard, getattr(self, "tabletop", None)):
            if dock is not None:
                self.removeDockWidget(dock)
                dock.deleteLater()
        self.scenario_panel = self.dashboard = self.tabletop = None
        try:
            from floodplan.gui.scenario_panel import ScenarioPanel

            self.scenario_panel = ScenarioPanel(
                self.project,
                on_preview_depth=self.set_preview_depth,
                on_result=self.set_result,
                on_mode_changed=self.set_mode,
                on_error=self.show_error,
                parent=self,
            )
            self.scenario_panel.on_scenario_shown = self._refresh_staleness
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.scenario_panel)
        except Exception as exc:  # a broken dock must not stop the app opening
            log.exception("scenario panel failed: %s", exc)
            self.scenario_panel = None
        if rest_later:
            self._more_docks_wanted = True
            QTimer.singleShot(MORE_DOCKS_AFTER_MS, self, self._more_docks_now)  # not after the window's end
            return
        self._install_more_docks()

    def _install_more_docks(self) -> None:
        """The results, exercise and versions docks (part of :meth:`_install_result_docks`)."""
        self._more_docks_wanted = False

        def results_dock():
            from floodplan.gui.dashboard import DashboardDock

            return DashboardDock(self.project, on_highlight=self._highlight, parent=self)

        def exercise_dock():
            from floodplan.gui.tabletop_dock import TabletopDock

            return TabletopDock(
                self.project, on_state=self.show_exercise_state, on_error=self.show_error, parent=self
            )

        self.dashboard = self._tab_beside_scenario(results_dock, "results dock")
        # A run that ended before the dock was built (start-up) shows in it at once.
        if self.dashboard is not None and self.result is not None:
            self.dashboard.set_result(self.result)
            self.dashboard.set_mode(self.mode)
            self._refresh_staleness()
        self.tabletop = self._tab_beside_scenario(exercise_dock, "tabletop dock")
        if hasattr(self, "_panels_menu"):
            self._fill_panels_menu()
        try:  # plan versions: the Versions dock, Plan › Save version…, File › Export progress report…
            from floodplan.gui.versions_dock import install_versions

            install_versions(self)
        except Exception as exc:  # a broken dock must not stop the app opening
            log.exception("versions dock failed: %s", exc)
        if self.isVisible():  # docks built after the first frame: size them now
            self._size_docks()

    def _tab_beside_scenario(self, make, what: str):
        """A dock made by ``make()``, on the right in a tab beside the Scenario panel (which stays in
        front); None, logged, when it fails: a broken dock must not stop the app opening."""
        try:
            dock = make()
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            if self.scenario_panel is not None:
                self.tabifyDockWidget(self.scenario_panel, dock)
                self.scenario_panel.raise_()
            return dock
        except Exception as exc:
            log.exception("%s failed: %s", what, exc)
            return None

    def _after_first_frame(self) -> None:
        """Start-up: the map is on screen; now build the docks (their engine imports and the live flood's
        preparation, on a worker, come after the first frame), in the layout the last session left."""
        if not self._docks_later:
            return
        self._docks_later = False

        def build():
            self._install_result_docks(rest_later=True)  # the layout of the last session: in _more_docks_now

        QTimer.singleShot(0, self, build)

    def _more_docks_now(self) -> None:
        """Start-up: the live flood is shown; build the docks left for later (in the last session's layout)."""
        if not getattr(self, "_more_docks_wanted", False):
            return

        def build():
            if getattr(self, "_more_docks_wanted", False):
                self._install_more_docks()
                # Every dock exists now: the last session's layout (places, tabs, hidden docks) as
                # restoreState gave it at start-up to the docks that existed then.
                state = settings.settings().value("window/state")
                if getattr(self, "_state_restored", False) and isinstance(state, QByteArray | bytes):
                    self.restoreState(state)

        QTimer.singleShot(0, self, build)

    def showEvent(self, event):  # noqa: N802 - Qt API
        """On the first show, once the window has its size: the map gets most of it, as in QGIS (the
        right-hand docks start at a third of the window, at least the 560 px their forms need)."""
        super().showEvent(event)
        if not getattr(self, "_docks_sized", False):
            self._size_docks()

    def _size_docks(self) -> None:
        self._docks_sized = True
        right = [
            d
            for d in (self.properties, getattr(self, "scenario_panel", None))
            if d is not None and self.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea
        ]
        if right:
            # wide enough for the forms in the user's language (German and Polish labels are longer than
            # English ones), but never more than 55 % of the window: the map keeps the rest
            need = 560
            for d in right:
                for area in d.findChildren(QScrollArea):
                    if area.widget() is not None:  # the forms' own width (560 px in English)
                        need = max(need, area.widget().sizeHint().width())
            if need <= 560 + 24:  # a few pixels over scroll as they always did (and the map keeps its size)
                need = 560
            width = min(max(need, self.width() // 3), max(560, self.width() * 11 // 20))
            self.resizeDocks(right, [width] * len(right), Qt.Orientation.Horizontal)
        if len(right) == 2:  # once laid out (the next turn of the event loop): Properties small
            QTimer.singleShot(0, lambda: self._split_right_docks(right))

    def _split_right_docks(self, docks) -> None:
        """Properties says "nothing selected" in a few lines; the scenario form gets the rest."""
        total = sum(d.height() for d in docks)
        props = min(self.properties.wanted_height(), total // 4)
        self.resizeDocks(docks, [props, total - props], Qt.Orientation.Vertical)

    def _fit_properties(self) -> None:
        """Grow the Properties dock (at the Scenario dock's expense, never the map's) until the selected
        feature's form and attributes show without scrolling, up to 80 % of the docks' height."""
        props, other = self.properties, getattr(self, "scenario_panel", None)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        if (
            other is None
            or props.isFloating()
            or not props.isVisible()
            or self.dockWidgetArea(props) != right
            or self.dockWidgetArea(other) != right
            or other.isFloating()
            or self.tabifiedDockWidgets(props)
        ):
            return
        total = props.height() + other.height()
        want = min(props.wanted_height(), int(0.8 * total))
        if props.height() < want:
            self.resizeDocks([props, other], [want, total - want], Qt.Orientation.Vertical)

    # ================================================================= dialogs of the File menu
    def new_from_public_data(self) -> None:
        """The 'New project from public data' wizard; the new project opens when it is built."""
        from floodplan.gui.new_project_wizard import NewProjectWizard

        if not self.maybe_save():
            return
        wizard = NewProjectWizard(self)
        wizard.projectCreated.connect(lambda path: self.open_project(path, ask=False))
        wizard.open()

    def export_plate(self) -> None:
        """The plate export dialog (live preview, layout saved in the project)."""
        from floodplan.gui.export_dialog import ExportDialog

        dialog = ExportDialog(self.project, self.result, parent=self)
        dialog.open()

    def export_report(self) -> None:
        from floodplan.gui.export_dialog import export_report

        export_report(self, self.project, self.result)

    def show_exercise_state(self, state) -> None:
        """Show a tabletop exercise's current moment: the water, the roads it closed, the clock. A run's
        gaps and highlights do not belong to that moment: they leave the map (the dashboard keeps them).
        An exercise the facilitator has not started yet (built when the project opened) stays in its dock."""
        if self.tabletop is not None and not getattr(self.tabletop, "engaged", True):
            return
        if self.canvas.result is not None:
            self.canvas.set_result(None)
        self._clear_result_highlight()
        self._exercise_shown = True
        self.result_state_label.setText(self.tr("Map: tabletop exercise (run results hidden)"))
        self._mark_exercise_resources(getattr(state, "resources", None))
        self.canvas.set_depth(state.depth)
        self._refresh_legend()
        if hasattr(self.canvas, "set_closed_roads"):
            self.canvas.set_closed_roads(getattr(state, "closed_roads", None))
        self.status(
            self.tr("Exercise T+{0:02d}:{1:02d} — {2} road piece(s) closed").format(
                int(state.minute) // 60,
                int(state.minute) % 60,
                len(state.closed_roads) if state.closed_roads is not None else 0,
            )
        )

    def _mark_exercise_resources(self, res) -> None:
        """Mark on the map the exercise's resources that are not as in the plan (moved: a dashed ring at the
        exercise's position; out of service: a red cross): the exercise plays on its own copy."""
        moved, out = [], []
        if res is not None and len(res) and "id" in res:
            plan = self.project.combined("resources")
            where = {str(i): g for i, g in zip(plan["id"].astype(str), plan.geometry)} if "id" in plan else {}
            for rid, g, ok in zip(
                res["id"].astype(str),
                res.geometry,
                res["in_service"] if "in_service" in res else [True] * len(res),
            ):
                if g is None or g.is_empty:
                    continue
                if not bool(ok):
                    out.append((g.x, g.y))
                elif rid in where and where[rid] is not None and not where[rid].equals(g):
                    moved.append((g.x, g.y))
        self.canvas.set_exercise_marks(moved or None, out or None)

    def _project_changed(self, event: str, name) -> None:
        if event == "style":
            self._style_dirty = True
        self._update_title()
        if event in ("layers", "settings"):
            self._update_crs()
        if event in ("features", "layers") and self.project is not None:
            lyr = self.project.layer(name) if name and self.project.has_layer(name) else None
            role = lyr.role if (lyr is not None and event == "features") else f"layers:{name}"
            self._data_events.append((self.project.data_revision, role))
            del self._data_events[:-500]
        if event in ("features", "layers", "scenarios"):
            self._refresh_staleness()
        if event in ("features", "layers", "style"):
            self._refresh_legend()

    # ================================================================= are the shown results current?
    def result_staleness(self, result=None) -> str | None:
        """Why ``result`` (default: the shown one) is out of date, as the sentence the user reads, or None
        when it is current. A result remembers the project's data revision and the scenario it was run
        with (:attr:`Project.data_revision`, set by the scenario panel)."""
        result = self.result if result is None else result
        prov = getattr(result, "provenance", None) if result is not None else None
        if prov is None or self.project is None:
            return None
        ran = prov["scenario"]
        if self.project.data_revision != prov["data_revision"]:
            return "from before your last edit — Run again"
        now = self.project.scenarios.get(ran.name)
        if now is None:
            return f"of scenario '{ran.name}', which no longer exists"

        if _scenario_key(now) != _scenario_key(ran):
            return f"from before scenario '{ran.name}' was changed — Run again"
        shown = getattr(self.scenario_panel, "current", None) if self.scenario_panel is not None else None
        if shown is not None and shown != ran.name:
            return f"of scenario '{ran.display_name}', not of '{shown}' shown now — Run it to see its results"
        return None

    # ----------------------------------------------------------------- coverage follows the plan live
    def _roles_changed_since(self, revision: int) -> set:
        return {role for rev, role in self._data_events if rev > revision}

    def live_coverage_possible(self, result=None) -> bool:
        """True when the only edits since ``result`` (default: the shown one) were to resources, so its
        response figures can follow the plan live (:mod:`floodplan.sim.live`) instead of a new run."""
        result = self.result if result is None else result
        prov = getattr(result, "provenance", None) if result is not None else None
        if prov is None or self.project is None or self.project.data_revision == prov["data_revision"]:
            return False
        now = self.project.scenarios.get(prov["scenario"].name)
        if now is None or _scenario_key(now) != _scenario_key(prov["scenario"]):
            return False
        roles = self._roles_changed_since(prov["data_revision"])
        return bool(roles) and roles <= {"resources"}

    def _schedule_live_coverage(self) -> None:
        if self._live_timer is None:
            self._live_timer = QTimer(self)
            self._live_timer.setSingleShot(True)
            self._live_timer.setInterval(150)  # one update for a burst of edits (a drag, an undo series)
            self._live_timer.timeout.connect(self._start_live_coverage)
        self._live_timer.start()

    def _start_live_coverage(self) -> None:
        """Recompute the shown run's response figures for the plan's resources now, off the GUI thread: the
        snapshot is taken here (GUI thread), the work runs on a worker on the snapshot alone."""
        from floodplan.gui.worker import run_in_thread
        from floodplan.sim.live import prepare_coverage, recompute_coverage

        if self._live_job is not None and self._live_job.running:
            return  # its end looks again
        result = self.result
        if not self.live_coverage_possible(result):
            return
        try:
            snap = prepare_coverage(self.project, result)
        except FloodplanError as exc:  # the plan cannot be run as it is: the results stay marked
            self.result_state_label.setText(
                self.tr("Results out of date: {0}").format(gui_errors.user_message(exc))
            )
            return
        project, scenario = self.project, result.provenance["scenario"]

        def done(new) -> None:
            if self.project is not project or self.result is not result:
                return  # another project or another run meanwhile
            new.provenance = {"data_revision": snap.data_revision, "scenario": scenario}
            self.set_result(new)
            self.status(self.tr("Coverage updated for your last edit"), 4000)

        def finished() -> None:
            self._live_job = None
            if self.result is not None and self.live_coverage_possible():
                self._schedule_live_coverage()  # more edits came in while it ran

        self._live_job = run_in_thread(
            recompute_coverage, snap, on_done=done, on_error=lambda exc: log.warning("live coverage: %s", exc),
            on_finished=finished,
        )  # fmt: skip

    def _refresh_legend(self) -> None:
        panel = getattr(self, "layer_panel", None)
        if panel is not None and hasattr(panel, "show_results"):
            shown = self.canvas.result
            if (shown is not None) != panel.results_box.isVisibleTo(panel) or getattr(
                self, "_outputs_of", None
            ) is not shown:
                self._outputs_of = shown
                panel.show_results(shown)
        legend = getattr(self, "legend", None)
        if legend is not None:
            legend.refresh(
                self.project,
                self.canvas.result,
                self.canvas.depth is not None,
                exercise=bool(getattr(self, "_exercise_shown", False)),
            )

    def _clear_result_highlight(self) -> None:
        if getattr(self, "_result_highlight", False):
            self._result_highlight = False
            self.select(None)

    def _refresh_staleness(self, *_args) -> None:
        """Clear out-of-date results from the map and mark them in the status line and the dashboard."""
        self._mark_results()
        self._refresh_legend()

    def _mark_results(self) -> None:
        if not hasattr(self, "result_state_label"):
            return
        result = self.result
        reason = self.result_staleness()
        if self.dashboard is not None and hasattr(self.dashboard, "set_stale"):
            self.dashboard.set_stale(reason if self.dashboard.result is result else None)
        if result is None:
            self.result_state_label.setText("")
            return
        if reason is not None and self.live_coverage_possible(result):
            # only resources changed: the response figures follow the plan within a second (worker thread)
            self.result_state_label.setText(
                self.tr("Results: {0} — updating coverage…").format(self._result_label(result))
            )
            self.result_state_label.setStyleSheet("")
            if self.dashboard is not None and hasattr(self.dashboard, "set_stale"):
                self.dashboard.set_stale(None)
            self._schedule_live_coverage()
            return
        if reason is None:
            hidden = (
                " (hidden while the map shows the exercise)"
                if getattr(self, "_exercise_shown", False)
                else ""
            )
            self.result_state_label.setText(
                self.tr("Results: {0}{hidden}").format(self._result_label(result), hidden=hidden)
            )
            self.result_state_label.setStyleSheet("")
            if self.canvas.result is not result and not getattr(self, "_exercise_shown", False):
                self.canvas.set_result(result, self.mode)  # current again (e.g. back on its scenario)
            return
        self.result_state_label.setText(self.tr("Results {reason}").format(reason=reason))
        self.result_state_label.setStyleSheet("QLabel { color: #b00020; }")
        if self.canvas.result is not None:
            self.canvas.set_result(None)  # gaps, closed roads and service areas of another state
            self._clear_result_highlight()
            if self.scenario_panel is not None and getattr(self.scenario_panel, "preview", None) is not None:
                self.scenario_panel._emitted = None
                self.scenario_panel._emit_preview()  # the live flood of the present state

    @staticmethod
    def _result_label(result) -> str:
        from floodplan.gui.dashboard import scenario_name

        return scenario_name(result)

    def is_modified(self) -> bool:
        return bool(self.project is not None and (self.project.dirty or self._style_dirty or self._recovered))

    def project_title(self) -> str:
        return (
            self.project.path.name if self.project is not None and self.project.path else "Untitled project"
        )

    def _update_title(self, *_args) -> None:
        self.setWindowTitle(self.tr("{0}[*] — floodplan").format(self.project_title()))
        self.setWindowModified(self.is_modified())
        if "save" in self.actions:
            self.actions["save"].setEnabled(True)

    # ================================================================= results from the docks
    def set_result(self, result) -> None:
        """Show a finished scenario run on the map and in the results dock."""
        self.result = result
        self._exercise_shown = False
        self.canvas._exercise_marks = (None, None)
        self.canvas.set_result(result, self.mode)
        if self.dashboard is not None and hasattr(self.dashboard, "set_result"):
            self.dashboard.set_result(result)
        self._refresh_staleness()

    def set_preview_depth(self, grid) -> None:
        """Show a flood depth grid (the water-level slider's preview) without touching the rest."""
        had = self.canvas.depth is not None
        self.canvas.set_depth(grid)
        if had != (grid is not None):
            self._refresh_legend()
        self._more_docks_now()  # start-up: the live flood is on the map, the other docks may come

    def set_mode(self, mode: str) -> None:
        """Show 'joint' or 'national' response results."""
        self.mode = mode
        self.canvas.mode = mode
        if self.result is not None:
            self.canvas.set_result(self.result, mode)
        if self.dashboard is not None and hasattr(self.dashboard, "set_mode"):
            self.dashboard.set_mode(mode)

    def _highlight(self, layer, fids) -> None:
        if layer is None:
            self.select(None)
        elif self.project.has_layer(layer):
            self.select(layer, list(fids))
            # results' highlights (gaps, compare changes) leave the map with the results they came from
            self._result_highlight = self.result_staleness() is None

    def show_error(self, exc: BaseException, context: str = "") -> None:
        gui_errors.show_error(exc, self, context)

    def open_settings(self) -> None:
        """The Settings dialog; the autosave interval applies at once, a new language at the next start."""
        from floodplan.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        if dialog.exec():
            self._autosave.start(int(settings.autosave_minutes() * 60_000))

    def status(self, text: str, ms: int = 6000) -> None:
        self.statusBar().showMessage(text, ms)

    # ================================================================= selection and edits
    def select(self, layer: str | None, fids=(), identify: bool = False, from_table: bool = False) -> None:
        """Select features on the map, in the attribute table and in the properties panel."""
        fids = list(fids)
        self.canvas.set_selection(layer, fids)
        self.properties.show_feature(layer, fids[0] if layer is not None and fids else None)
        if layer is not None:
            self._fit_properties()
        if not from_table:
            if (
                layer is not None
                and self.attribute_table.isVisible()
                and self.attribute_table.model.layer != layer
            ):
                self.attribute_table.show_layer(layer)
            self.attribute_table.follow_selection(self.canvas.selection)
        if identify and layer is not None:
            self.properties.show()
            self.properties.raise_()
        if layer is not None:
            self.layer_panel.select_layer(layer)
        self.actions["delete"].setEnabled(self._deletable_selection() is not None)

    def _deletable_selection(self):
        sel = self.canvas.selection
        if sel is None or not self.project.has_layer(sel[0]):
            return None
        return sel

    def push(self, command) -> bool:
        """Push an engine command; show the error (and change nothing) when it fails."""
        try:
            self.project.stack.push(command)
        except Exception as exc:
            self.show_error(exc, self.tr("doing '{0}'").format(command.text))
            return False
        return True

    def set_attributes(self, layer: str, fid, values: dict, text: str, full_text: bool = False) -> None:
        label = self._feature_label(layer, fid)
        self.push(SetAttributes(layer, fid, values, text if full_text else f"{text} {label}"))

    def set_geometry(self, layer: str, fid, geometry, verb: str = "Move") -> None:
        self.push(SetGeometry(layer, fid, geometry, f"{verb} {self._feature_label(layer, fid)}"))

    def _feature_label(self, layer: str, fid) -> str:
        lyr = self.project.layer(layer)
        row = lyr.data.loc[fid] if fid in lyr.data.index else None
        if lyr.role == "defenses" and row is not None:
            return f"{row.get('type') or 'defense'} {row.get('id')}"
        if lyr.role == "resources" and row is not None:
            return f"{row.get('kind')} {row.get('name') or row.get('id')}"
        return f"feature {fid} of {layer}"

    def delete_selected(self) -> None:
        sel = self._deletable_selection()
        if sel is None:
            self.status(self.tr("Nothing selected to delete."))
            return
        layer, fids = sel
        if self.project.layer(layer).is_raster:
            return
        cmds = [DeleteFeature(layer, f, f"Delete {self._feature_label(layer, f)}") for f in fids]
        cmd = cmds[0] if len(cmds) == 1 else Macro(f"Delete {len(cmds)} features of {layer}", cmds)
        self.select(None)
        self.push(cmd)

    def jurisdiction_at(self, geom) -> str | None:
        return edits.jurisdiction_at(self.project, geom)

    def jurisdiction_names(self) -> list[str]:
        juris = self.project.combined("jurisdictions")
        return sorted(map(str, juris["name"].dropna().unique())) if "name" in juris else []

    def _selected_layer(self) -> str | None:
        """The layer the user chose in the Layers panel (not one the window selected after an edit)."""
        panel = getattr(self, "layer_panel", None)
        name = getattr(panel, "user_choice", None)
        return name if name is not None and self.project.has_layer(name) else None

    def _push_edit(self, make, *args, hint: str = "", **kwargs):
        """Build an edit with :mod:`floodplan.model.edits` (the rule lives in the engine), push it, select the
        new feature and tell its notes (else ``hint``) in the status bar. Returns the Edit, or None."""
        try:
            edit = make(self.project, *args, **kwargs)
        except InputError as exc:
            self.show_error(exc)
            return None
        if not self.push(edit.command):
            return None
        self.select(edit.layer, [edit.fid])
        self.status(": ".join([edit.text, "; ".join(edit.notes) or hint]).rstrip(": "), 15000)
        return edit

    def add_defense(self, line, **attributes) -> None:
        """Add a drawn defense line as one undoable edit (planned levee, 1.5 m high, until edited), in the
        selected defenses layer, else the one of the country under its middle (:mod:`floodplan.model.edits`);
        the status bar says when the active scenario leaves it out."""
        scen = self.active_scenario()
        self._push_edit(
            edits.draw_defense,
            line,
            selected_layer=self._selected_layer(),
            scenario=scen.name if scen is not None else None,
            hint=self.tr("set its crest, type, owner and cost in the Properties panel."),
            **attributes,
        )

    def add_resource(self, point, kind: str | None = None, **attributes) -> None:
        """Place a resource of ``kind`` (default: the toolbar's kind) as one undoable edit, in the selected
        resources layer, else the one of the country under the point (:mod:`floodplan.model.edits`)."""
        self._push_edit(
            edits.place_resource,
            point,
            kind or self.resource_kind,
            selected_layer=self._selected_layer(),
            **attributes,
        )

    def active_scenario(self):
        """The scenario breaches are marked in: the scenario panel's current one, else the project's
        'active_scenario' setting, else the first."""
        if not self.project.scenarios:
            return None
        name = getattr(self.scenario_panel, "current", None) if self.scenario_panel is not None else None
        name = name or self.project.settings.get("active_scenario")
        return self.project.scenarios.get(name) or self.project.scenario()

    def set_breach(self, layer: str, fid, breached: bool) -> None:
        """Mark (or clear) a defense as breached in the active scenario (SetScenario, undoable)."""
        scen = self.active_scenario()
        try:
            if scen is None:
                raise InputError("the project has no scenario; add one in the Scenario panel first.")
            cmd = edits.set_breach(self.project, layer, fid, scen.name, breached)
        except InputError as exc:
            self.show_error(exc)
            return
        if cmd is not None:
            self.push(cmd)

    def toggle_breach(self, layer: str, fid) -> None:
        scen = self.active_scenario()
        did = str(self.project.layer(layer).data.loc[fid, "id"])
        self.set_breach(layer, fid, scen is None or did not in set(map(str, scen.breaches)))

    def show_attribute_table(self, name: str | None = None) -> None:
        self.attribute_table.show()
        self.attribute_table.raise_()
        name = name or self.layer_panel.current_layer()
        if name:
            self.attribute_table.show_layer(name)

    # ================================================================= files
    def new_project(self) -> None:
        if self.maybe_save():
            self.set_project(Project())

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), self._last_dir(), PROJECT_FILTER)
        if path:
            self.open_project(path, ask=False)

    def open_project(self, path, ask: bool = True) -> bool:
        """Open a project file; on failure show why and keep the current project."""
        if ask and not self.maybe_save():
            return False
        from floodplan.io.projectfile import open_project

        try:
            project = open_project(path)
        except Exception as exc:
            self._file_error(path, exc)
            if isinstance(exc, InputError) and not Path(path).exists():
                self._refresh_recent(settings.remove_recent_file(path))
            return False
        self.set_project(project)
        self._refresh_recent(settings.add_recent_file(path))
        self.status(self.tr("Opened {0}").format(Path(path).name))
        return True

    def save(self) -> bool:
        if self.project.path is None:
            return self.save_as()
        return self._save_to(self.project.path)

    def save_as(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save project as"), self._last_dir(), PROJECT_FILTER
            )
            if not path:
                return False
        return self._save_to(path)

    def _save_to(self, path) -> bool:
        from floodplan.io.projectfile import save_project

        try:
            try:
                target = save_project(self.project, path)
            except ProjectChangedError as exc:
                # Another program (or another floodplan) saved the file since it was opened: say so rather
                # than silently overwriting its edits.
                B = QMessageBox.StandardButton  # noqa: N806
                answer = gui_errors.ask(
                    self,
                    self.tr("{0} Overwrite it with this version?").format(gui_errors.user_message(exc)),
                    B.Save | B.Cancel,
                    B.Cancel,
                )
                if answer != B.Save:
                    self.status(self.tr("Not saved: {0} changed on disk").format(Path(path).name))
                    return False
                target = save_project(self.project, path, overwrite_changes=True)
        except Exception as exc:
            self.show_error(exc, self.tr("saving {path}").format(path=path))
            return False
        self._style_dirty = False
        self._recovered = False
        if self.recovery_file is not None:
            settings.remove_recovery(self.recovery_file)
            self.recovery_file = None
        self._refresh_recent(settings.add_recent_file(target))
        self._update_title()
        self.status(self.tr("Saved {target}").format(target=target))
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels (or saving fails)."""
        if not self.is_modified():
            return True
        B = QMessageBox.StandardButton  # noqa: N806
        answer = QMessageBox.question(
            self,
            self.tr("floodplan"),
            self.tr("{0} has unsaved changes. Save them?").format(self.project_title()),
            B.Save | B.Discard | B.Cancel,
            B.Save,
        )
        if answer == B.Save:
            return self.save()
        return answer == B.Discard

    def add_layer_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Add layers"), self._last_dir(), GIS_FILTER)
        if paths:
            self.add_files(paths)

    def add_files(self, paths) -> list[str]:
        """Add GIS files as layers (a floodplan project file is opened instead). A file that fails shows
        one message naming it and changes nothing. Returns the names of the layers added."""
        from floodplan.io.layers import add_file
        from floodplan.io.projectfile import is_project_file

        added = []
        for path in map(str, paths):
            if path.lower().endswith(".gpkg") and Path(path).is_file() and is_project_file(path):
                self.open_project(path)
                continue
            try:
                layers = add_file(self.project, path)
            except Exception as exc:
                self._file_error(path, exc)
                continue
            added += [lyr.name for lyr in layers]
            if self._to_lonlat is None and self.project.crs is not None:
                self._to_lonlat = Transformer.from_crs(self.project.crs, "EPSG:4326", always_xy=True)
        if added:
            if len(self.project.layers) == len(added):
                self.canvas.zoom_full()
            self.status(self.tr("Added {0}").format(", ".join(added)))
            for note in self.project.notes[-5:]:
                log.info("note: %s", note)
        return added

    def _file_error(self, path, exc: BaseException) -> None:
        """One sentence naming the file for a file that cannot be used; the traceback goes to the log."""
        if isinstance(exc, FloodplanError):
            text = gui_errors.user_message(exc)
            if str(Path(path).name) not in text:
                text = f"{Path(path).name}: {text[0].lower()}{text[1:]}"
            gui_errors.warn(self, text)
            return
        gui_errors.setup_logging()
        log.exception("could not read %s", path, exc_info=exc)
        first = (str(exc).strip().splitlines() or [exc.__class__.__name__])[0]
        gui_errors.warn(
            self,
            self.tr("{0} could not be read ({first}); the project is unchanged. Details are in {1}.").format(
                Path(path).name, settings.log_path(), first=first
            ),
        )

    def _last_dir(self) -> str:
        recent = settings.recent_files()
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    # drag and drop of files
    def dragEnterEvent(self, event):  # noqa: N802 - Qt API
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event):  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # Let the drop finish before opening dialogs (a modal box inside a drop handler blocks the source).
        QTimer.singleShot(0, lambda: self.add_files(paths))

    # ================================================================= autosave and recovery
    def autosave(self) -> Path | None:
        """Write the unsaved project to its recovery file (the project's own file is not touched)."""
        if self.project is None or not self.is_modified():
            return None
        from floodplan.io.projectfile import save_project

        target = self.recovery_file or settings.recovery_path_for(self.project.path)
        try:
            with self.undo_adapter.paused():
                # A copy: the project keeps its own file, its unsaved state and its outside references
                # (written relative to the recovery folder, so recovery finds the same files).
                save_project(self.project, target, as_copy=True)
            settings.write_recovery_info(target, self.project.path)
            self.recovery_file = target
        except Exception as exc:
            log.warning("autosave to %s failed: %s", target, exc)
            if isinstance(exc, FloodplanError):
                text = gui_errors.user_message(exc)
            else:  # a bug, not the user's doing: no raw Python text in the message, the details go to the log
                gui_errors.setup_logging()
                log.exception("autosave to %s failed", target, exc_info=exc)
                text = f"an unexpected error (details in {settings.log_path()})."
            message = (
                f"Autosave failed: {text} Your changes are not protected against a crash; save the project."
            )
            self.status(message, 0)
            # Once per distinct failure: a box every few minutes would be worse than none.
            if message != self._autosave_error:
                self._autosave_error = message
                gui_errors.warn(self, message)
            return None
        self._autosave_error = None
        self.status(self.tr("Autosaved a recovery copy at {0}").format(time.strftime("%H:%M")))
        return target

    def offer_recovery(self, crashed: list[float] | None = None) -> bool:
        """At start: say so if the last session crashed (``crashed``: the start times of sessions that did
        not close normally) and offer the newest recovery file left behind. True if one was opened."""
        pending = settings.pending_recoveries()
        log_file = settings.log_path()
        if not pending:
            if crashed:
                QMessageBox.warning(
                    self,
                    self.tr("floodplan"),
                    self.tr(
                        "floodplan stopped unexpectedly last time; it had no unsaved changes to recover. What happened is in the log {log_file} (Help > Show log folder)."
                    ).format(log_file=log_file),
                )
            return False
        gpkg, original, saved = pending[0]
        name = Path(original).name if original else "an unsaved project"
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(saved))
        how = (
            f"floodplan stopped unexpectedly last time (the log {log_file} says what happened)"
            if crashed
            else "floodplan did not close normally"
        )
        B = QMessageBox.StandardButton  # noqa: N806
        answer = QMessageBox.question(
            self,
            self.tr("floodplan"),
            self.tr("{how}; changes to {name} autosaved at {when} were kept. Recover them?").format(
                how=how, name=name, when=when
            ),
            B.Yes | B.No,
            B.Yes,
        )
        opened = False
        if answer == B.Yes:
            from floodplan.io.projectfile import open_project

            try:
                project = open_project(gpkg)
            except Exception as exc:
                self._file_error(gpkg, exc)
            else:
                from floodplan.io.projectfile import adopt_path

                # The recovered edits are saved over the original file as it is now.
                adopt_path(project, original)
                self.set_project(project)
                self._recovered = True
                self._update_title()
                opened = True
        for g, _o, _t in pending:
            settings.remove_recovery(g)
        return opened

    # ================================================================= close
    def closeEvent(self, event):  # noqa: N802 - Qt API
        if not self.maybe_save():
            event.ignore()
            return
        s = settings.settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.sync()
        self._autosave.stop()
        self._stop_dock_jobs()
        if self.recovery_file is not None:
            settings.remove_recovery(self.recovery_file)
            self.recovery_file = None
        event.accept()

    def _restore_layout(self) -> None:
        s = settings.settings()
        geom = s.value("window/geometry")
        state = s.value("window/state")
        if isinstance(geom, QByteArray | bytes):
            self.restoreGeometry(geom)
        if isinstance(state, QByteArray | bytes):
            self._state_restored = bool(self.restoreState(state))

    # ================================================================= status bar
    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        self.coord_label = QLabel("")
        self.coord_label.setToolTip(self.tr("Cursor position in the project's working CRS (m)"))
        self.lonlat_label = QLabel("")
        self.lonlat_label.setToolTip(self.tr("Cursor position in longitude and latitude (WGS 84)"))
        self.scale_label = QLabel("")
        self.scale_label.setToolTip(self.tr("Map scale on this screen"))
        self.crs_label = QLabel("")
        self.result_state_label = QLabel("")
        self.result_state_label.setToolTip(
            self.tr("Which results the map and the Results panel show, and whether they are current")
        )
        for w in (
            self.result_state_label,
            self.coord_label,
            self.lonlat_label,
            self.scale_label,
            self.crs_label,
        ):
            w.setMinimumWidth(90)
            sb.addPermanentWidget(w)

    def _cursor_moved(self, x: float, y: float) -> None:
        self.coord_label.setText(self.tr("{x:,.1f} E  {y:,.1f} N").format(x=x, y=y))
        if self._to_lonlat is not None:
            lon, lat = self._to_lonlat.transform(x, y)
            self.lonlat_label.setText(
                f"{abs(lat):.5f}°{'N' if lat >= 0 else 'S'} {abs(lon):.5f}°{'E' if lon >= 0 else 'W'}"
            )

    def _view_changed(self) -> None:
        self.scale_label.setText(f"1:{_round_scale(self.canvas.scale_denominator()):,}")
        crs = self.project.crs if self.project is not None else None
        self.crs_label.setText(crs.to_string() if crs is not None else self.tr("no CRS"))

    # ================================================================= actions, menus, toolbars
    def _act(self, key, text, slot, shortcut=None, tip="", icon_name=None, checkable=False) -> QAction:
        act = QAction(text, self)
        if icon_name:
            act.setIcon(icon(icon_name))
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            act.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            act.setToolTip(tip)
            act.setStatusTip(tip)
        act.setCheckable(checkable)
        if slot is not None:
            act.triggered.connect(lambda *_: slot())
        self.actions[key] = act
        return act

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey  # noqa: N806
        self._act(
            "new", self.tr("&New project"), self.new_project, K.New, self.tr("Start an empty project"), "new"
        )
        self._act(
            "open",
            self.tr("&Open…"),
            self.open_dialog,
            K.Open,
            self.tr("Open a floodplan project (.gpkg)"),
            "open",
        )
        self._act("save", self.tr("&Save"), self.save, K.Save, self.tr("Save the project"), "save")
        self._act(
            "save_as",
            self.tr("Save &As…"),
            self.save_as,
            "Ctrl+Shift+S",
            self.tr("Save the project under another name"),
        )
        self._act(
            "add_layer",
            self.tr("&Add layer…"),
            self.add_layer_dialog,
            "Ctrl+L",
            self.tr("Add layers from GIS files (or drop files on the window)"),
            "add_layer",
        )
        self._act(
            "new_from_data",
            self.tr("New project from &public data…"),
            self.new_from_public_data,
            None,
            self.tr("Build a project from elevation tiles and an OpenStreetMap extract"),
        )
        self._act(
            "export_plate",
            self.tr("&Export map plate…"),
            self.export_plate,
            K.Print,
            self.tr("A map plate for a joint meeting (PDF, PNG or SVG, A4–A0, two languages)"),
        )
        self._act(
            "export_report",
            self.tr("Export &report…"),
            self.export_report,
            None,
            self.tr("The scenario report (HTML or PDF) with its tables as CSV and GeoPackage"),
        )
        self._act("quit", self.tr("&Quit"), self.close, K.Quit, self.tr("Close floodplan"))
        self._act(
            "settings",
            self.tr("Se&ttings…"),
            self.open_settings,
            None,
            self.tr("The interface language and the autosave interval"),
        ).setMenuRole(QAction.MenuRole.PreferencesRole)
        self._act(
            "delete",
            self.tr("&Delete selected"),
            self.delete_selected,
            K.Delete,
            self.tr("Delete the selected feature"),
            "delete",
        )
        self._act(
            "zoom_full",
            self.tr("Zoom to &everything"),
            self.canvas.zoom_full,
            "Ctrl+Shift+F",
            self.tr("Show every layer"),
            "zoom_full",
        )
        self._act(
            "zoom_layer",
            self.tr("Zoom to &layer"),
            lambda: self.layer_panel._with_current(self.canvas.zoom_to_layer),
            "Ctrl+Shift+L",
            self.tr("Show the layer selected in the Layers panel"),
            "zoom_layer",
        )
        self._act(
            "zoom_in",
            self.tr("Zoom &in"),
            lambda: self.canvas.zoom_by(2.0),
            K.ZoomIn,
            self.tr("Zoom in"),
            "zoom_in",
        )
        self._act(
            "zoom_out",
            self.tr("Zoom &out"),
            lambda: self.canvas.zoom_by(0.5),
            K.ZoomOut,
            self.tr("Zoom out"),
            "zoom_out",
        )
        self._act(
            "attribute_table",
            self.tr("Open &attribute table"),
            self.show_attribute_table,
            "F6",
            self.tr("List the selected layer's features"),
        )
        self._act(
            "run",
            self.tr("&Run scenario"),
            self.run_scenario,
            ["F5", "Ctrl+R"],
            self.tr("Run the scenario shown in the Scenario panel (in the background; Cancel stops it)"),
            None,
        )
        self._act(
            "cancel_run",
            self.tr("&Cancel run"),
            self.cancel_run,
            "Shift+F5",
            self.tr("Stop the running scenario after its current step; nothing is changed"),
        )
        self._act(
            "log_folder",
            self.tr("Show &log folder"),
            self.show_log_folder,
            None,
            self.tr("Open the folder of floodplan's log file (what to send with a bug report)"),
        )
        self._act(
            "guide",
            self.tr("How to plan a joint &defense"),
            lambda: gui_help.guide_dialog(self).exec(),
            K.HelpContents,
            self.tr("A short step-by-step guide"),
            "help",
        )
        self._act(
            "shortcuts",
            self.tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            "Ctrl+F1",
            self.tr("List the keyboard shortcuts"),
        )
        self._act(
            "about",
            self.tr("&About floodplan"),
            lambda: gui_help.show_about(self),
            None,
            self.tr("Version and licences"),
        )
        tool_keys = {
            "pan": "P",
            "zoom_box": "Z",
            "identify": "I",
            "select": "S",
            "draw_defense": "D",
            "vertex": "V",
            "place_resource": "R",
            "breach": "B",
        }
        self.tool_group = QActionGroup(self)
        self.tool_group.setExclusive(True)
        for name, tool in self.tools.items():
            act = self._act(
                f"tool_{name}",
                translate("MapTool", tool.label),
                (lambda n=name: self.set_tool(n)),
                tool_keys.get(name),
                f"{translate('MapTool', tool.tooltip)} ({tool_keys.get(name)})",
                name,
                checkable=True,
            )
            self.tool_group.addAction(act)
        self.actions["delete"].setEnabled(False)

    def _undo_actions(self):
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        undo.setIcon(icon("undo"))
        undo.setToolTip(self.tr("Undo the last edit (Ctrl+Z)"))
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.setIcon(icon("redo"))
        redo.setToolTip(self.tr("Redo the last undone edit (Ctrl+Shift+Z)"))
        return undo, redo

    def _build_menus_and_toolbars(self) -> None:
        a = self.actions
        mb = self.menuBar()
        file_menu = mb.addMenu(self.tr("&File"))
        file_menu.setObjectName("menu_File")  # found by name, not by its translated text
        for k in ("new", "open"):
            file_menu.addAction(a[k])
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self._refresh_recent(settings.recent_files())
        for k in ("save", "save_as"):
            file_menu.addAction(a[k])
        file_menu.addSeparator()
        file_menu.addAction(a["add_layer"])
        file_menu.addAction(a["new_from_data"])
        file_menu.addSeparator()
        file_menu.addAction(a["export_plate"])
        file_menu.addAction(a["export_report"])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])

        self._undo_action, self._redo_action = self._undo_actions()
        a["undo"], a["redo"] = self._undo_action, self._redo_action
        edit = mb.addMenu(self.tr("&Edit"))
        edit.setObjectName("menu_Edit")  # found by name, not by its translated text
        edit.addAction(self._undo_action)
        edit.addAction(self._redo_action)
        edit.addSeparator()
        edit.addAction(a["delete"])
        edit.addSeparator()
        for name in ("select", "draw_defense", "vertex", "place_resource", "breach"):
            edit.addAction(a[f"tool_{name}"])
        edit.addSeparator()
        edit.addAction(a["settings"])

        view = mb.addMenu(self.tr("&View"))
        view.setObjectName("menu_View")  # found by name, not by its translated text
        for k in ("zoom_full", "zoom_layer", "zoom_in", "zoom_out"):
            view.addAction(a[k])
        view.addSeparator()
        for name in ("pan", "zoom_box", "identify"):
            view.addAction(a[f"tool_{name}"])
        view.addSeparator()
        view.addAction(a["attribute_table"])
        self._panels_menu = view.addMenu(self.tr("&Panels"))
        self._fill_panels_menu()

        scen_menu = mb.addMenu(self.tr("&Scenario"))
        scen_menu.setObjectName("menu_Scenario")  # found by name, not by its translated text
        scen_menu.addAction(a["run"])
        scen_menu.addAction(a["cancel_run"])

        help_menu = mb.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menu_Help")  # found by name, not by its translated text
        for k in ("guide", "shortcuts", "log_folder", "about"):
            help_menu.addAction(a[k])

        tb = self.addToolBar(self.tr("File"))
        tb.setObjectName("FileToolbar")
        for k in ("new", "open", "save", "add_layer"):
            tb.addAction(a[k])
        tb.addSeparator()
        tb.addAction(self._undo_action)
        tb.addAction(self._redo_action)
        run_tb = self.addToolBar(self.tr("Run"))
        run_tb.setObjectName("RunToolbar")
        run_tb.addAction(a["run"])
        run_tb.addAction(a["cancel_run"])
        nav = self.addToolBar(self.tr("Navigation"))
        nav.setObjectName("NavigationToolbar")
        for k in ("tool_pan", "tool_zoom_box", "zoom_full", "zoom_layer", "tool_identify"):
            nav.addAction(a[k])
        ed = self.addToolBar(self.tr("Editing"))
        ed.setObjectName("EditingToolbar")
        for k in ("tool_select", "tool_draw_defense", "tool_vertex", "tool_place_resource"):
            ed.addAction(a[k])
        self.kind_box = QComboBox()
        for kind in RESOURCE_KINDS:  # the kind in the user's language, the code as data
            self.kind_box.addItem(i18n.data_label(f"resource.{kind}", kind), kind)
        self.kind_box.setEditable(True)
        self.kind_box.setToolTip(self.tr("Kind of resource the Place resource tool puts on the map"))
        self.kind_box.currentTextChanged.connect(self._kind_changed)
        ed.addWidget(self.kind_box)
        for k in ("tool_breach", "delete"):
            ed.addAction(a[k])

    def _fill_panels_menu(self) -> None:
        self._panels_menu.clear()
        for dock in (
            self.layer_panel,
            getattr(self, "legend", None),
            self.properties,
            self.attribute_table,
            self.history,
            self.scenario_panel,
            self.dashboard,
            getattr(self, "tabletop", None),
        ):
            if dock is not None:
                self._panels_menu.addAction(dock.toggleViewAction())
        # any other dock (added later, by a plugin or a new panel) is listed too, so none is lost once closed
        listed = {a.text() for a in self._panels_menu.actions()}
        for dock in self.findChildren(QDockWidget):
            if dock.parent() is self and dock.toggleViewAction().text() not in listed:
                self._panels_menu.addAction(dock.toggleViewAction())

    def _kind_changed(self, text: str) -> None:
        if text.strip():
            i = self.kind_box.findText(text)
            data = self.kind_box.itemData(i) if i >= 0 else None
            self.resource_kind = str(data) if data else text.strip().lower()
            self.set_tool("place_resource")

    def set_resource_kind(self, kind: str) -> None:
        i = self.kind_box.findData(kind)
        self.kind_box.setCurrentText(self.kind_box.itemText(i) if i >= 0 else kind)
        self.resource_kind = kind

    def _refresh_recent(self, files) -> None:
        self.recent_menu.clear()
        for f in files:
            act = self.recent_menu.addAction(Path(f).name)
            act.setToolTip(f)
            act.setStatusTip(f)
            act.triggered.connect(lambda *_, p=f: self.open_project(p))
        self.recent_menu.setEnabled(bool(files))

    def set_tool(self, name: str) -> None:
        """Make ``name`` (a key of ``self.tools``) the active map tool."""
        self.canvas.set_tool(self.tools[name])
        self.actions[f"tool_{name}"].setChecked(True)
        self.status(self.tools[name].tooltip, 4000)

    def run_scenario(self):
        """Scenario > Run (F5): run the scenario shown in the Scenario panel; the job, or None."""
        panel = self.scenario_panel
        if panel is None or panel.scenario is None:
            self.status(self.tr("No scenario to run: add one in the Scenario panel."))
            return None
        if panel.running:
            self.status(self.tr("A run is already going; Shift+F5 cancels it."))
            return None
        panel.show()
        panel.raise_()
        return panel.run()

    def cancel_run(self) -> None:
        """Scenario > Cancel run (Shift+F5)."""
        if self.scenario_panel is not None and self.scenario_panel.running:
            self.scenario_panel.cancel()

    def show_log_folder(self) -> Path:
        """Help > Show log folder: open the log's folder in the file manager and name it in the status bar."""
        path = settings.log_path()
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        text = f"The log is {path}"
        self.status(text if opened else text + " (no file manager could be opened)", 15000)
        return path.parent

    def show_shortcuts(self) -> None:
        acts = [act for m in self.menuBar().actions() if m.menu() for act in m.menu().actions()]
        acts += [self._undo_action, self._redo_action]
        gui_help.shortcuts_dialog(self, acts).exec()


def _scenario_key(sc) -> dict:
    """What a run's numbers depend on in a scenario (the mode is inside the result; texts are not)."""
    d = sc.to_dict()
    for k in ("mode", "description", "tabletop"):
        d.pop(k, None)
    return d


def _round_scale(n: float) -> int:
    """A map scale rounded to two significant digits (1:12,345 reads as 1:12,000)."""
    if not np.isfinite(n) or n <= 0:
        return 0
    digits = max(int(np.floor(np.log10(n))) - 1, 0)
    return int(round(n / 10**digits) * 10**digits)
