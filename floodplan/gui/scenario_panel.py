"""The scenario panel: choose and edit scenarios, drag a live flood, run a scenario in the background.

- Scenario chooser with New / Duplicate / Delete; every change to a scenario (its flood, level, volume,
  mode, targets, wading limit, defenses) is one :class:`floodplan.model.commands.SetScenario` on
  ``project.stack``, so it is undoable; the panel redraws itself from the project's 'scenarios' events
  (widgets hold no domain state).
- Live flood: a slider over the water level, the volume, or — for a profile flood — an offset added to
  the whole profile ("hq100 + 0.50 m"), that asks the engine's instant what-if
  (``FloodPreview.depth_at_level`` / ``depth_for_volume`` / ``depth_at_offset``) for the depth at every
  move and hands it to ``on_preview_depth``. The slider is a PREVIEW only: it never changes the
  scenario. "Keep in this scenario" and "Save as new scenario…" are the explicit, undoable ways to keep
  the previewed flood; "Back to the scenario" returns the slider to the scenario's own flood. A profile
  offset shows wherever the scenario is named (:attr:`Scenario.display_name`). The preview is rebuilt — on a worker thread, so the window never
  freezes — when the terrain changes (an edit of a defenses, DEM, river or profile layer), the
  scenario's defenses change (planned on/off, breaches) or its profile changes (layer, flood).
- Mode (joint / national): the run's result holds both, so switching only calls ``on_mode_changed``
  (and records the scenario's mode as an undoable edit).
- Run: ``run_scenario`` on a worker thread with a progress bar and a working Cancel; a cancelled run
  changes nothing (no result is delivered).
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from floodplan.core.grid import Grid
from floodplan.errors import FloodplanError, InputError
from floodplan.gui import i18n, startup_trace
from floodplan.gui.dashboard import gap_figures, scenario_name
from floodplan.gui.docks import Dock
from floodplan.gui.worker import (
    Job,
    ProgressWidget,
    error_message,
    run_in_thread,
    tie_to_lifetime,
    while_alive,
)
from floodplan.model.commands import SetScenario, SetSetting
from floodplan.model.scenario import FLOOD_KINDS, MODES, Scenario, offset_text

translate = QCoreApplication.translate
#: The kinds of flood as the Kind box shows them (for lupdate; the codes are the scenario's data).
_FLOOD_KIND_LABELS = (
    QT_TRANSLATE_NOOP("FloodKind", "level"),
    QT_TRANSLATE_NOOP("FloodKind", "profile"),
    QT_TRANSLATE_NOOP("FloodKind", "volume"),
    QT_TRANSLATE_NOOP("FloodKind", "dynamic"),
)
log = logging.getLogger(__name__)

#: Layer roles whose edits change the flood the preview shows (defenses are burned into the DEM; profile
#: points set a profile flood's surface).
TERRAIN_ROLES = ("dem", "river", "defenses", "profile")
SLIDER_STEPS = 1000
#: Flood kinds with a live slider.
SLIDER_KINDS = ("level", "volume", "profile")


def _default_run(project, scenario, feedback=None):
    from floodplan.sim.runner import run_scenario

    return run_scenario(project, scenario, feedback=feedback)


def _default_preview(project, scenario, feedback=None):
    from floodplan.sim.runner import FloodPreview

    return FloodPreview(project, scenario, feedback=feedback)


def _takes_feedback(fn) -> bool:
    try:
        return "feedback" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def _as_grid(value) -> Grid | None:
    """The depth Grid of a preview answer (a Grid, or a result object carrying ``.depth``)."""
    if value is None or isinstance(value, Grid):
        return value
    return getattr(value, "depth", value)


class ScenarioPanel(Dock):
    """Dock to choose, edit and run scenarios, with the live flood slider.

    Parameters
    ----------
    project : Project
    on_preview_depth : callable(Grid | None), optional
        Called with the preview's depth (m) whenever the slider moves or the preview is rebuilt; None
        when no preview can be shown (dynamic floods before a run).
    on_result : callable(RunResult), optional
        Called in the GUI thread with each finished run's result.
    on_mode_changed : callable(str), optional
        Called with 'joint' or 'national' when the shown mode changes.
    on_error : callable(BaseException), optional
        Called with errors (e.g. the main window's ``show_error``); the panel also shows their sentence.
    run_fn : callable(project, scenario, feedback) -> RunResult, optional
        The runner (default: :func:`floodplan.sim.runner.run_scenario`).
    preview_factory : callable(project, scenario) -> FloodPreview, optional
        Default: :class:`floodplan.sim.runner.FloodPreview`.
    """

    def __init__(
        self,
        project,
        on_preview_depth: Callable[[Grid | None], None] | None = None,
        on_result: Callable[[Any], None] | None = None,
        on_mode_changed: Callable[[str], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        run_fn: Callable | None = None,
        preview_factory: Callable | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(
            QCoreApplication.translate("ScenarioPanel", "Scenario"), "ScenarioPanel", parent, project=project
        )
        self.on_preview_depth = on_preview_depth
        self.on_result = on_result
        self.on_mode_changed = on_mode_changed
        self.on_error = on_error
        #: called with the scenario's name when the user shows another scenario
        self.on_scenario_shown: Callable[[str], None] | None = None
        self._run_provenance: dict | None = None
        self._run_fn = run_fn or _default_run
        self._preview_factory = preview_factory or _default_preview

        self.current: str | None = None  # the scenario shown (view state, not a project edit)
        self.last_result = None
        self.run_job: Job | None = None
        self.preview = None
        self._preview_key = None
        self._preview_job: Job | None = None
        self._preview_job_key = None
        self._terrain_rev = 0
        self._terrain_layers = self._layers_with(TERRAIN_ROLES)
        self._loading = False
        self._shown_mode: str | None = None
        self._range: tuple[float, float] | None = None
        self.preview_value: float | None = None  # level (m), volume (m³) or profile offset (m)
        self._stored_value: float | None = None  # the scenario's own value of the same
        self._preview_of = None  # (scenario, flood kind, stored value) the preview belongs to
        self.preview_depth: Grid | None = None
        self.gap_count: int | None = None
        self._emitted = None

        self._build()
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(30)  # coalesce the events of one macro edit into one rebuild
        self._preview_timer.timeout.connect(self._ensure_preview)
        # Jobs may report back after the dock is gone (closed window, test teardown).
        self._alive, self._jobs = tie_to_lifetime(self, project, self._on_project_event)
        self._reload()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        body, box = self.new_body(margin=None)

        row = QHBoxLayout()
        self.scenario_combo = QComboBox()
        self.scenario_combo.setToolTip(self.tr("The scenario to edit and run"))
        # items show Scenario.display_name (with a profile offset), their data is the scenario's name
        self.scenario_combo.currentIndexChanged.connect(
            lambda i: self._choose(self.scenario_combo.itemData(i) if i >= 0 else "")
        )
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.clicked.connect(lambda: self.new_scenario())
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.clicked.connect(lambda: self.duplicate_scenario())
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(lambda: self.delete_scenario())
        row.addWidget(self.scenario_combo, 1)
        for b in (self.new_button, self.duplicate_button, self.delete_button):
            row.addWidget(b)
        box.addLayout(row)
        self.description = QLabel("")
        self.description.setWordWrap(True)
        box.addWidget(self.description)

        flood = QGroupBox(self.tr("Flood"))
        form = QFormLayout(flood)
        self.flood_combo = QComboBox()
        for k in FLOOD_KINDS:  # the kind in the user's language, the code as data
            self.flood_combo.addItem(translate("FloodKind", k), k)
        self.flood_combo.setToolTip(
            self.tr("level: a flat water level; profile: levels along the river; volume: the water held")
        )
        self.flood_combo.currentIndexChanged.connect(
            lambda *_: self._flood_kind_changed(self.flood_combo.currentData())
        )
        form.addRow(self.tr("Kind"), self.flood_combo)
        self.level_spin = QDoubleSpinBox()
        self.level_spin.setRange(-1000.0, 9000.0)
        self.level_spin.setDecimals(2)
        self.level_spin.setSuffix(" m")
        self.level_spin.editingFinished.connect(lambda: self._edit(level_m=self.level_spin.value()))
        form.addRow(self.tr("Water level"), self.level_spin)
        self.volume_spin = QDoubleSpinBox()
        self.volume_spin.setRange(0.0, 1e12)
        self.volume_spin.setDecimals(0)
        self.volume_spin.setSuffix(" m³")
        self.volume_spin.setGroupSeparatorShown(True)
        self.volume_spin.editingFinished.connect(lambda: self._edit(volume_m3=self.volume_spin.value()))
        form.addRow(self.tr("Volume"), self.volume_spin)
        self.profile_combo = QComboBox()
        self.profile_combo.currentTextChanged.connect(self._profile_changed)
        form.addRow(self.tr("Profile layer"), self.profile_combo)
        self.profile_flood_combo = QComboBox()
        self.profile_flood_combo.currentTextChanged.connect(self._profile_flood_changed)
        form.addRow(self.tr("Profile flood"), self.profile_flood_combo)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setToolTip(
            self.tr(
                "Drag to preview the flood at another level, volume or profile offset; the scenario is not "
                "changed unless you keep the preview"
            )
        )
        self.slider.valueChanged.connect(self._slider_moved)
        self.slider.sliderReleased.connect(self._slider_released)
        self.slider_label = QLabel("")
        self.slider_label.setWordWrap(True)
        form.addRow(self.tr("Live flood"), self.slider)
        form.addRow("", self.slider_label)
        keep = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Keep in this scenario"))
        self.keep_button.setToolTip(
            self.tr("Make the previewed flood this scenario's flood (one undoable edit)")
        )
        self.keep_button.clicked.connect(lambda: self.save_preview())
        self.save_new_button = QPushButton(self.tr("Save as new scenario…"))
        self.save_new_button.setToolTip(
            self.tr("A copy of this scenario with the previewed flood (undoable)")
        )
        self.save_new_button.clicked.connect(lambda: self.save_preview_as_new())
        self.back_button = QPushButton(self.tr("Back to the scenario"))
        self.back_button.setToolTip(self.tr("Show this scenario's own flood again"))
        self.back_button.clicked.connect(lambda: self.revert_preview())
        for b in (self.keep_button, self.save_new_button, self.back_button):
            b.setEnabled(False)
            keep.addWidget(b)
        form.addRow("", keep)
        box.addWidget(flood)

        resp = QGroupBox(self.tr("Response"))
        rform = QFormLayout(resp)
        self.mode_combo = QComboBox()
        for m in MODES:
            self.mode_combo.addItem(i18n.data_label(f"mode.{m}", m), m)
        self.mode_combo.setToolTip(
            self.tr("joint: cross-border resources serve both sides; national: each country alone")
        )
        self.mode_combo.currentIndexChanged.connect(
            lambda *_: self._mode_changed(self.mode_combo.currentData())
        )
        rform.addRow(self.tr("Mode"), self.mode_combo)
        self.wading_spin = QDoubleSpinBox()
        self.wading_spin.setRange(0.0, 5.0)
        self.wading_spin.setSingleStep(0.05)
        self.wading_spin.setDecimals(2)
        self.wading_spin.setSuffix(" m")
        self.wading_spin.setToolTip(
            self.tr(
                "Roads under deeper water than this are impassable for response vehicles (kinds without "
                "their own limit below, resources without max_wading_m)"
            )
        )
        self.wading_spin.editingFinished.connect(lambda: self._edit(max_depth_m=self.wading_spin.value()))
        rform.addRow(self.tr("Wading limit"), self.wading_spin)
        # one wading limit per resource kind, like the target minutes (docs/command-line.md, `floodplan
        # access`)
        self.wading_box = QWidget()
        self.wading_form = QFormLayout(self.wading_box)
        self.wading_form.setContentsMargins(0, 0, 0, 0)
        self.wading_spins: dict[str, QDoubleSpinBox] = {}
        rform.addRow(self.tr("Wading limit per kind"), self.wading_box)
        self.draft_spin = QDoubleSpinBox()
        self.draft_spin.setRange(0.05, 5.0)
        self.draft_spin.setSingleStep(0.05)
        self.draft_spin.setDecimals(2)
        self.draft_spin.setSuffix(" m")
        self.draft_spin.setToolTip(
            self.tr("Water a boat needs: boats move only through cells at least this deep")
        )
        self.draft_spin.editingFinished.connect(lambda: self._edit(boat_draft_m=self.draft_spin.value()))
        rform.addRow(self.tr("Boat draft"), self.draft_spin)
        self.snap_spin = QDoubleSpinBox()
        self.snap_spin.setRange(1.0, 100000.0)
        self.snap_spin.setDecimals(0)
        self.snap_spin.setSuffix(" m")
        self.snap_spin.setToolTip(
            self.tr(
                "Resources and buildings farther than this from the nearest road are unreachable "
                "(a project setting, for every scenario)"
            )
        )
        self.snap_spin.editingFinished.connect(self._snap_edited)
        rform.addRow(self.tr("Max distance to a road"), self.snap_spin)
        self.minutes_box = QWidget()
        self.minutes_form = QFormLayout(self.minutes_box)
        self.minutes_form.setContentsMargins(0, 0, 0, 0)
        self.minutes_spins: dict[str, QDoubleSpinBox] = {}
        rform.addRow(self.tr("Target minutes"), self.minutes_box)
        box.addWidget(resp)

        dfn = QGroupBox(self.tr("Defenses"))
        dbox = QVBoxLayout(dfn)
        self.planned_check = QCheckBox(self.tr("Include planned defenses"))
        self.planned_check.toggled.connect(lambda on: self._edit(include_planned=bool(on)))
        dbox.addWidget(self.planned_check)
        self.defense_list = QListWidget()
        self.defense_list.setToolTip(self.tr("Unticked defenses are breached (left out of the terrain)"))
        self.defense_list.itemChanged.connect(self._defense_toggled)
        dbox.addWidget(self.defense_list)
        box.addWidget(dfn)

        self.run_button = QPushButton(self.tr("Run scenario"))
        self.run_button.clicked.connect(self.run)
        box.addWidget(self.run_button)
        self.progress = ProgressWidget()
        box.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        box.addWidget(self.status)
        self.gap_label = QLabel("")
        self.gap_label.setWordWrap(True)
        box.addWidget(self.gap_label)
        box.addStretch(1)

        self.set_body(body, scroll=True)

    # ------------------------------------------------------------------ model → widgets
    def _layers_with(self, roles) -> set[str]:
        return {lyr.name for lyr in self.project.layers if lyr.role in roles}

    @property
    def scenario(self) -> Scenario | None:
        """The scenario shown (None when the project has none)."""
        if self.current is None:
            return None
        return self.project.scenarios.get(self.current)

    def _guard(self, fn):
        """``fn`` wrapped to do nothing once the dock was destroyed."""
        return while_alive(self._alive, fn)

    def _track(self, job: Job) -> Job:
        self._jobs[:] = [j for j in self._jobs if j.running] + [job]
        return job

    def _on_project_event(self, event: str, name: str | None) -> None:
        if not self._alive["alive"]:
            return
        if event in ("features", "layers"):
            before = self._terrain_layers
            self._terrain_layers = self._layers_with(TERRAIN_ROLES)
            if name in before or name in self._terrain_layers:
                self._terrain_rev += 1  # the terrain the preview floods changed: rebuild it
        shown = ("defenses", "resources", "profile")  # the panel lists their ids, kinds and floods
        if event == "settings" and name == "max_snap_m":
            self.snap_spin.blockSignals(True)
            self.snap_spin.setValue(self._snap_setting())
            self.snap_spin.blockSignals(False)
        if event in ("scenarios", "layers") or (
            event == "features" and any(lyr.name == name and lyr.role in shown for lyr in self.project.layers)
        ):
            self._reload()
        elif event == "features" and name in self._terrain_layers:
            self._schedule_preview()

    def _reload(self) -> None:
        """Redraw every widget from the project (after any change, including undo/redo)."""
        self._loading = True
        try:
            names = list(self.project.scenarios)
            if self.current not in names:
                self.current = names[0] if names else None
            self.scenario_combo.blockSignals(True)
            self.scenario_combo.clear()
            for n in names:
                self.scenario_combo.addItem(self.project.scenarios[n].display_name, n)
            if self.current is not None:
                self.scenario_combo.setCurrentIndex(self.scenario_combo.findData(self.current))
            self.scenario_combo.blockSignals(False)
            sc = self.scenario
            for w in (
                self.duplicate_button,
                self.delete_button,
                self.run_button,
                self.flood_combo,
                self.mode_combo,
                self.wading_spin,
                self.draft_spin,
                self.planned_check,
                self.defense_list,
            ):
                w.setEnabled(sc is not None)
            if sc is None:
                self.description.setText(self.tr("The project has no scenario: press New to add one."))
                self.slider.setEnabled(False)
                return
            self.description.setText(sc.description)
            self.flood_combo.setCurrentIndex(self.flood_combo.findData(sc.flood))
            self.level_spin.setValue(sc.level_m if sc.level_m is not None else self.level_spin.value())
            self.volume_spin.setValue(sc.volume_m3 if sc.volume_m3 is not None else 0.0)
            self.level_spin.setEnabled(sc.flood == "level")
            self.volume_spin.setEnabled(sc.flood == "volume")
            profiles = [lyr.name for lyr in self.project.layers_by_role("profile")]
            self.profile_combo.clear()
            self.profile_combo.addItems(profiles)
            if sc.profile_layer:
                if sc.profile_layer not in profiles:
                    self.profile_combo.addItem(sc.profile_layer)
                self.profile_combo.setCurrentText(sc.profile_layer)
            self._fill_profile_floods(sc)
            self.profile_combo.setEnabled(sc.flood == "profile")
            self.profile_flood_combo.setEnabled(
                sc.flood == "profile" and self.profile_flood_combo.count() > 0
            )
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(sc.mode))
            self.wading_spin.setValue(sc.max_depth_m)
            self._fill_minutes(sc)
            self._fill_wading(sc)
            self.draft_spin.setValue(sc.boat_draft_m)
            self.snap_spin.setValue(self._snap_setting())
            self.planned_check.setChecked(sc.include_planned)
            self._fill_defenses(sc)
        finally:
            self._loading = False
        self._apply_range()
        if self._shown_mode != sc.mode:
            self._shown_mode = sc.mode
            self._show_gaps()
            if self.on_mode_changed is not None:
                self.on_mode_changed(sc.mode)
        self._schedule_preview()

    def _fill_profile_floods(self, sc: Scenario) -> None:
        floods: list[str] = []
        if sc.profile_layer and self.project.has_layer(sc.profile_layer):
            data = self.project.layer(sc.profile_layer).data
            if hasattr(data, "columns") and "flood" in data.columns:
                floods = sorted({str(v) for v in data["flood"].dropna()})
        if sc.profile_flood and sc.profile_flood not in floods:
            floods.append(sc.profile_flood)
        self.profile_flood_combo.clear()
        self.profile_flood_combo.addItems(floods)
        if sc.profile_flood:
            self.profile_flood_combo.setCurrentText(sc.profile_flood)

    def _fill_minutes(self, sc: Scenario) -> None:
        kinds = set(sc.minutes)
        res = self.project.combined("resources")
        if "kind" in res.columns:
            kinds |= {str(k).strip().lower() for k in res["kind"].dropna()}
        wanted = [*sorted(kinds), "other kinds"]
        if list(self.minutes_spins) != wanted:
            while self.minutes_form.rowCount():
                self.minutes_form.removeRow(0)
            self.minutes_spins = {}
            for kind in wanted:
                spin = QDoubleSpinBox()
                spin.setRange(0.5, 600.0)
                spin.setDecimals(1)
                spin.setSuffix(self.tr(" min"))
                spin.editingFinished.connect(self._minutes_edited)
                self.minutes_spins[kind] = spin
                label = (
                    self.tr("other kinds")
                    if kind == "other kinds"
                    else i18n.data_label(f"resource.{kind}", kind)
                )
                self.minutes_form.addRow(label, spin)
        for kind, spin in self.minutes_spins.items():
            spin.blockSignals(True)
            spin.setValue(sc.default_minutes if kind == "other kinds" else sc.target_minutes(kind))
            spin.blockSignals(False)

    def _fill_wading(self, sc: Scenario) -> None:
        kinds = set(sc.wading_m)
        res = self.project.combined("resources")
        if "kind" in res.columns:
            kinds |= {str(k).strip().lower() for k in res["kind"].dropna()}
        kinds -= {"shelter", "hospital"}  # places people are taken to: they do not drive to anyone
        wanted = sorted(kinds)
        if list(self.wading_spins) != wanted:
            while self.wading_form.rowCount():
                self.wading_form.removeRow(0)
            self.wading_spins = {}
            for kind in wanted:
                spin = QDoubleSpinBox()
                spin.setRange(0.0, 5.0)
                spin.setSingleStep(0.05)
                spin.setDecimals(2)
                spin.setSuffix(" m")
                spin.setToolTip(
                    self.tr(
                        "Water a {kind} vehicle drives through (a boat: its trailer); a resource's max_wading_m overrides it"
                    ).format(kind=kind)
                )
                spin.editingFinished.connect(self._wading_edited)
                self.wading_spins[kind] = spin
                self.wading_form.addRow(i18n.data_label(f"resource.{kind}", kind), spin)
        for kind, spin in self.wading_spins.items():
            spin.blockSignals(True)
            spin.setValue(sc.wading_limit(kind))
            spin.blockSignals(False)

    def _wading_edited(self) -> None:
        sc = self.scenario
        if sc is None:
            return
        wading = dict(sc.wading_m)
        for kind, spin in self.wading_spins.items():
            default = 0.3 if kind == "boat" else sc.max_depth_m
            if kind in wading or abs(spin.value() - default) > 1e-9:
                wading[kind] = float(spin.value())
        self._edit("wading limit per kind", wading_m=wading)

    def _snap_setting(self) -> float:
        try:
            return float(self.project.settings.get("max_snap_m", 500.0))
        except (TypeError, ValueError):
            return 500.0

    def _snap_edited(self) -> None:
        if self._loading:
            return
        value = float(self.snap_spin.value())
        if abs(value - self._snap_setting()) < 1e-9:
            return
        self.project.stack.push(SetSetting("max_snap_m", value, text="Max distance to a road"))

    def _fill_defenses(self, sc: Scenario) -> None:
        defs = self.project.combined("defenses")
        self.defense_list.blockSignals(True)
        self.defense_list.clear()
        if "id" in defs.columns:
            status = defs["status"].astype(str) if "status" in defs.columns else ["existing"] * len(defs)
            for did, st in zip(defs["id"].astype(str), status):
                item = QListWidgetItem(did if st != "planned" else self.tr("{0} (planned)").format(did))
                item.setData(Qt.ItemDataRole.UserRole, did)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked if did in sc.breaches else Qt.CheckState.Checked)
                if st == "planned" and not sc.include_planned:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                self.defense_list.addItem(item)
        self.defense_list.blockSignals(False)

    # ------------------------------------------------------------------ widgets → commands
    def _edit(self, text: str | None = None, **changes) -> bool:
        """Apply ``changes`` to the shown scenario as one undoable SetScenario; False if nothing changed."""
        sc = self.scenario
        if self._loading or sc is None:
            return False
        if all(getattr(sc, k) == v for k, v in changes.items()):
            return False
        try:
            new = sc.copy(**changes).validate()
        except InputError as exc:
            self._report(exc)
            self._reload()
            return False
        what = text or ", ".join(changes).replace("_", " ")
        self.project.stack.push(SetScenario(sc.name, new, text=f"Edit scenario {sc.name}: {what}"))
        return True

    def _flood_kind_changed(self, kind: str) -> None:
        sc = self.scenario
        if self._loading or sc is None:
            return
        changes: dict[str, Any] = {"flood": kind}
        # A kind needs its figure; start from what the slider shows so that the switch is valid.
        if kind == "level" and sc.level_m is None:
            changes["level_m"] = self._default_level()
        if kind == "volume" and sc.volume_m3 is None:
            changes["volume_m3"] = self._volume_for_default()
        if kind == "profile" and not sc.profile_layer:
            profiles = self.project.layers_by_role("profile")
            if not profiles:
                self._report(
                    InputError(
                        "a profile flood needs a layer of profile points (role 'profile'); add one first."
                    )
                )
                self._reload()
                return
            changes["profile_layer"] = profiles[0].name
        self._edit(f"flood {kind}", **changes)

    def _profile_changed(self, name: str) -> None:
        if name:
            self._edit(profile_layer=name)

    def _profile_flood_changed(self, name: str) -> None:
        if name:
            self._edit(profile_flood=name)

    def _mode_changed(self, mode: str) -> None:
        if self._loading:
            return
        self._edit(f"mode {mode}", mode=mode)
        # _reload (from the edit's event) calls on_mode_changed; if the edit was refused, still show it.
        if self._shown_mode != mode:
            self._shown_mode = mode
            self._show_gaps()
            if self.on_mode_changed is not None:
                self.on_mode_changed(mode)

    def _minutes_edited(self) -> None:
        sc = self.scenario
        if sc is None:
            return
        minutes = dict(sc.minutes)
        for kind, spin in self.minutes_spins.items():
            if kind != "other kinds" and (kind in minutes or abs(spin.value() - sc.default_minutes) > 1e-9):
                minutes[kind] = float(spin.value())
        self._edit(
            "target minutes",
            minutes=minutes,
            default_minutes=float(self.minutes_spins["other kinds"].value()),
        )

    def _defense_toggled(self, item: QListWidgetItem) -> None:
        sc = self.scenario
        if sc is None:
            return
        did = item.data(Qt.ItemDataRole.UserRole)
        breaches = [b for b in sc.breaches if b != did]
        if item.checkState() == Qt.CheckState.Unchecked:
            breaches.append(did)
        self._edit(f"breach {did}" if did in breaches else f"restore {did}", breaches=breaches)

    # ------------------------------------------------------------------ scenarios
    def _choose(self, name: str) -> None:
        if self._loading or not name or name == self.current:
            return
        self.current = name
        self._reload()
        if self.on_scenario_shown is not None:
            self.on_scenario_shown(name)

    def _unique(self, base: str) -> str:
        name, i = base, 2
        while name in self.project.scenarios:
            name = f"{base} {i}"
            i += 1
        return name

    def _ask_name(self, title: str, suggestion: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, self.tr("Scenario name:"), text=suggestion)
        return text.strip() if ok and text.strip() else None

    def new_scenario(self, name: str | None = None) -> Scenario | None:
        """Add a level scenario (asks for its name unless given) as one undoable edit and show it."""
        name = name or self._ask_name(self.tr("New scenario"), self._unique("scenario"))
        if not name:
            return None
        if name in self.project.scenarios:
            self._report(InputError(f"a scenario named '{name}' exists already; choose another name."))
            return None
        sc = Scenario(name, flood="level", level_m=self._default_level())
        self.current = name
        self.project.stack.push(SetScenario(name, sc.validate(), text=f"New scenario {name}"))
        return sc

    def duplicate_scenario(self, name: str | None = None) -> Scenario | None:
        """Copy the shown scenario under a new name (one undoable edit) and show the copy."""
        sc = self.scenario
        if sc is None:
            return None
        name = name or self._ask_name(self.tr("Duplicate scenario"), self._unique(f"{sc.name} copy"))
        if not name:
            return None
        if name in self.project.scenarios:
            self._report(InputError(f"a scenario named '{name}' exists already; choose another name."))
            return None
        new = sc.copy(name=name)
        self.current = name
        self.project.stack.push(SetScenario(name, new, text=f"Duplicate scenario {sc.name} as {name}"))
        return new

    def delete_scenario(self) -> None:
        """Delete the shown scenario (one undoable edit)."""
        sc = self.scenario
        if sc is None:
            return
        names = list(self.project.scenarios)
        i = names.index(sc.name)
        rest = names[:i] + names[i + 1 :]
        self.current = rest[min(i, len(rest) - 1)] if rest else None
        self.project.stack.push(SetScenario(sc.name, None, text=f"Delete scenario {sc.name}"))

    def _default_level(self) -> float:
        if self._range is not None and self.scenario is not None and self.scenario.flood == "level":
            return float(self.preview_value if self.preview_value is not None else np.mean(self._range))
        if self.preview is not None:
            lo, hi = self.preview.level_range
            return float(lo + 0.25 * (hi - lo))
        try:
            z = self.project.dem.z
            return float(np.nanpercentile(z, 10))
        except FloodplanError:
            return 0.0

    def _volume_at(self, level_m: float) -> float:
        """Water (m³) the preview's flood holds at a level (m): the depth summed over the cells."""
        model = getattr(self.preview, "model", None)
        if model is not None and hasattr(model, "volume_at_level"):
            return float(model.volume_at_level(level_m))  # closed form, no pass over the grid
        depth = _as_grid(self.preview.depth_at_level(level_m))
        return float(np.nansum(depth.z)) * depth.cell_area

    def _volume_for_default(self) -> float:
        if self.preview is None:
            return 0.0
        sc = self.scenario
        level = sc.level_m if sc is not None and sc.level_m is not None else self._default_level()
        return self._volume_at(level)

    # ------------------------------------------------------------------ live preview
    def _preview_wanted_key(self):
        sc = self.scenario
        if sc is None:
            return None
        # A profile preview is built for one profile; level and volume share one flat-level preview.
        profile = (sc.profile_layer, sc.profile_flood) if sc.flood == "profile" else None
        return (self._terrain_rev, bool(sc.include_planned), tuple(sorted(sc.breaches)), profile)

    def _schedule_preview(self) -> None:
        self._preview_timer.start()

    def _ensure_preview(self) -> None:
        """Rebuild the preview on a worker thread when its terrain or defenses changed; else redraw."""
        key = self._preview_wanted_key()
        if key is None:
            return
        if key == self._preview_key and self.preview is not None:
            self._apply_range()
            self._emit_preview(only_if_changed=True)
            return
        if self._preview_job is not None and self._preview_job.running:
            if self._preview_job_key == key:
                return
            self._preview_job.cancel()  # stale: its result would be thrown away
        sc = self.scenario.copy()
        factory = self._preview_factory

        with_feedback = _takes_feedback(factory)

        def build(project, scenario, feedback):
            preview = (
                factory(project, scenario, feedback=feedback) if with_feedback else factory(project, scenario)
            )
            feedback.check()
            return preview

        self.slider_label.setText(self.tr("preparing the live flood…"))
        self._preview_job_key = key
        self._preview_job = self._track(
            run_in_thread(
                build,
                self.project,
                sc,
                on_done=self._guard(lambda p, key=key: self._preview_ready(p, key)),
                on_error=self._guard(self._preview_failed),
            )
        )

    def _preview_ready(self, preview, key) -> None:
        if key != self._preview_wanted_key():
            self._schedule_preview()  # something changed meanwhile: build again
            return
        self.preview = preview
        self._preview_key = key
        self._apply_range()
        self._emit_preview()
        startup_trace.mark("flood_ready")  # benchmarks/bench_canvas.py (no-op unless traced)

    def _preview_failed(self, exc: BaseException) -> None:
        self.preview = None
        self._preview_key = None
        self.slider.setEnabled(False)
        self.slider_label.setText(self.tr("Live flood unavailable: {0}").format(error_message(exc)))
        if not isinstance(exc, ImportError):
            self._report(exc, show=False)

    def _apply_range(self) -> None:
        """Slider range and position from the preview and the scenario's level or volume."""
        sc = self.scenario
        if sc is None or self.preview is None:
            self.slider.setEnabled(False)
            self._range = None
            return
        if sc.flood == "level":
            lo, hi = (float(v) for v in self.preview.level_range)
            value = sc.level_m
        elif sc.flood == "volume":
            lo, hi = 0.0, self._volume_max(sc)
            value = sc.volume_m3
        elif sc.flood == "profile" and getattr(self.preview, "profile", None) is not None:
            lo, hi = (float(v) for v in self.preview.offset_range)
            value = float(getattr(sc, "profile_offset_m", 0.0) or 0.0)
        else:
            self.slider.setEnabled(False)
            self._range = None
            self.preview_value = None
            return
        if value is not None:
            lo, hi = min(lo, value), max(hi, value)
        if hi <= lo:
            hi = lo + 1.0
        self._range = (lo, hi)
        self.slider.setEnabled(True)
        stored = float(value) if value is not None else lo
        key = (sc.name, sc.flood, stored)
        shown = stored
        if key == self._preview_of and self.preview_value is not None and lo <= self.preview_value <= hi:
            shown = self.preview_value  # an edit elsewhere: the preview the user is looking at stays
        self._preview_of = key
        self._stored_value = stored
        pos = round((shown - lo) / (hi - lo) * SLIDER_STEPS)
        self.slider.blockSignals(True)
        self.slider.setValue(int(pos))
        self.slider.blockSignals(False)
        self.preview_value = shown
        self._sync_preview_buttons()

    def _volume_max(self, sc: Scenario) -> float:
        """Top of the volume slider (m³): what the top of the level range holds, at least twice the
        scenario's volume."""
        rng = getattr(self.preview, "volume_range", None)
        hi = float(rng[1]) if rng is not None else self._volume_at(float(self.preview.level_range[1]))
        return max(hi, 2.0 * float(sc.volume_m3 or 0.0), 1.0)

    def _slider_value(self) -> float | None:
        if self._range is None:
            return None
        lo, hi = self._range
        value = lo + (hi - lo) * self.slider.value() / SLIDER_STEPS
        sc = self.scenario
        if sc is not None and sc.flood == "profile":
            value = round(value, 2)  # whole centimetres: "hq100 + 0.50 m", as engineers ask
        return value

    def _slider_moved(self, _pos: int) -> None:
        value = self._slider_value()
        if value is None:
            return
        self.preview_value = value
        self._emit_preview()
        self._sync_preview_buttons()

    def _slider_released(self) -> None:
        """A preview only: releasing the slider changes nothing in the scenario (issue 13)."""
        self._sync_preview_buttons()

    @property
    def previewing(self) -> bool:
        """True when the slider shows another flood than the scenario's own."""
        if self.preview_value is None or self._range is None or self._stored_value is None:
            return False
        lo, hi = self._range
        return abs(self.preview_value - self._stored_value) > (hi - lo) / SLIDER_STEPS / 2

    def _sync_preview_buttons(self) -> None:
        on = self.previewing and self.scenario is not None
        for b in (self.keep_button, self.save_new_button, self.back_button):
            b.setEnabled(on)

    def _preview_changes(self, sc: Scenario) -> tuple[str, dict]:
        """(label, scenario changes) that would make the previewed flood the scenario's."""
        value = self.preview_value
        if sc.flood == "level":
            return f"level {value:.2f} m", {"level_m": round(value, 3)}
        if sc.flood == "volume":
            return f"volume {value:,.0f} m³", {"volume_m3": float(round(value))}
        if sc.flood == "profile":
            return offset_text(self._profile_name(sc), value), {"profile_offset_m": round(value, 3)}
        raise InputError(f"a {sc.flood} flood has no live preview to keep.")

    def save_preview(self) -> bool:
        """Keep the previewed flood in the shown scenario: one undoable edit. False if nothing to keep."""
        sc = self.scenario
        if sc is None or not self.previewing:
            return False
        label, changes = self._preview_changes(sc)
        return self._edit(f"flood from the preview, {label}", **changes)

    def save_preview_as_new(self, name: str | None = None) -> Scenario | None:
        """A copy of the shown scenario with the previewed flood, under a new name (asked unless given), as
        one undoable edit; the copy is shown."""
        sc = self.scenario
        if sc is None or self.preview_value is None or self._range is None:
            return None
        label, changes = self._preview_changes(sc)
        name = name or self._ask_name(
            self.tr("Save previewed flood as a scenario"), self._unique(f"{sc.name} {label}")
        )
        if not name:
            return None
        if name in self.project.scenarios:
            self._report(InputError(f"a scenario named '{name}' exists already; choose another name."))
            return None
        try:
            new = sc.copy(name=name, tabletop=None, **changes).validate()
        except InputError as exc:
            self._report(exc)
            return None
        self.current = name
        self.project.stack.push(SetScenario(name, new, text=f"New scenario {name} ({label}, from {sc.name})"))
        return new

    def revert_preview(self) -> None:
        """Show the scenario's own flood again."""
        self._preview_of = None
        self._apply_range()
        self._emit_preview()

    @staticmethod
    def _profile_name(sc: Scenario) -> str:
        return str(sc.profile_flood or sc.profile_layer or "profile")

    def _emit_preview(self, only_if_changed: bool = False) -> None:
        """Hand the preview's depth at the slider's value to ``on_preview_depth``."""
        sc = self.scenario
        if sc is None or self.preview is None:
            return
        state = (id(self.preview), sc.flood, self.preview_value)
        if only_if_changed and state == self._emitted:
            return  # already on the map (e.g. the edit that follows a slider move)
        self._emitted = state
        if sc.flood not in SLIDER_KINDS or self.preview_value is None or self._range is None:
            self.slider_label.setText(self.tr("A {0} flood shows on the map after Run.").format(sc.flood))
            if self.on_preview_depth is not None:
                self.on_preview_depth(None)
            return
        if sc.flood == "level":
            depth = _as_grid(self.preview.depth_at_level(self.preview_value))
            label = f"level {self.preview_value:.2f} m"
        elif sc.flood == "profile":
            depth = _as_grid(self.preview.depth_at_offset(self.preview_value))
            label = offset_text(self._profile_name(sc), self.preview_value)
        else:
            depth = _as_grid(self.preview.depth_for_volume(self.preview_value))
            label = f"volume {self.preview_value:,.0f} m³"
        self.preview_depth = depth
        wet = np.asarray(depth.z) > 0
        area = float(np.count_nonzero(wet)) * depth.cell_area
        note = " — preview only, the scenario is unchanged" if self.previewing else ""
        self.slider_label.setText(
            self.tr("{label}: {0:,.1f} ha flooded, deepest {1:.2f} m{note}").format(
                area / 1e4, np.nanmax(depth.z, initial=0.0), label=label, note=note
            )
        )
        if self.on_preview_depth is not None:
            self.on_preview_depth(depth)

    def set_preview_value(self, value: float) -> None:
        """Move the slider to a level (m), volume (m³) or profile offset (m) as the user would (for scripts
        and tests)."""
        if self._range is None:
            raise InputError("the live flood is not ready (or not available for this flood kind).")
        lo, hi = self._range
        self.slider.setValue(round((min(max(value, lo), hi) - lo) / (hi - lo) * SLIDER_STEPS))

    # ------------------------------------------------------------------ run
    @property
    def running(self) -> bool:
        return self.run_job is not None and self.run_job.running

    def run(self) -> Job | None:
        """Run the shown scenario on a worker thread; the result goes to ``on_result`` (not if cancelled)."""
        sc = self.scenario
        if sc is None or self.running:
            return None
        self.run_button.setEnabled(False)
        self.status.setText(self.tr("Running {0}…").format(sc.name))
        # What the result will have been computed from (the window marks it out of date after an edit).
        self._run_provenance = {"data_revision": self.project.data_revision, "scenario": sc.copy()}
        # A copy: edits made while it runs belong to the next run, not this one.
        self.run_job = self._track(
            run_in_thread(
                self._run_fn,
                self.project,
                sc.copy(),
                on_done=self._guard(self._run_done),
                on_error=self._guard(self._run_failed),
                on_cancelled=self._guard(self._run_cancelled),
                on_progress=self._guard(self.progress.set_progress),
                on_finished=self._guard(lambda: self.run_button.setEnabled(self.scenario is not None)),
            )
        )
        self.progress.track(self.run_job)
        return self.run_job

    def cancel(self) -> None:
        """Cancel the running scenario (it stops at its next step; nothing is changed)."""
        self.progress.cancel()

    def _run_done(self, result) -> None:
        try:
            result.provenance = self._run_provenance
        except AttributeError:  # a result type without a __dict__ (a test double): it cannot go stale
            pass
        self.last_result = result
        self.progress.finish(self.tr("done"), 1.0)
        notes = list(getattr(result, "notes", []) or [])
        self.status.setText(
            f"Finished {scenario_name(result)}."
            + (f" {len(notes)} note(s): " + "; ".join(notes[:3]) if notes else "")
        )
        self._show_gaps()
        if self.on_result is not None:
            self.on_result(result)

    def _run_cancelled(self) -> None:
        self.progress.finish(self.tr("cancelled"), 0.0)
        self.status.setText(self.tr("Cancelled; nothing was changed."))

    def _run_failed(self, exc: BaseException) -> None:
        self.progress.finish(self.tr("failed"))
        self._report(exc)

    def _show_gaps(self) -> None:
        mode = self._shown_mode or "joint"
        if self.last_result is None:
            self.gap_label.setText("")
            return
        g = gap_figures(self.last_result, mode)
        self.gap_label.setText(
            self.tr("Gaps ({mode}, {0}): {1} building(s), {2:,.0f} people not reached in time").format(
                scenario_name(self.last_result), g["buildings"], g["population"], mode=mode
            )
        )
        self.gap_count = g["buildings"]

    def _report(self, exc: BaseException, show: bool = True) -> None:
        self.status.setText(error_message(exc))
        if show and self.on_error is not None:
            self.on_error(exc)
