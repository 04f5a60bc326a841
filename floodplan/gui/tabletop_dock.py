"""Tabletop mode (issue 7): a facilitator's clock over a scenario's exercise, injects, coverage, decision log.

- The exercise (:class:`floodplan.sim.tabletop.Exercise`) is built and stepped on a worker thread, one
  step at a time, so the window never freezes; Play is a timer that asks for the next step only when the
  previous one has arrived. Each state goes to ``on_state`` (the main window draws its depth, closed
  roads and resources on the map) and fills the coverage table (country × mode).
- Injects appear in the list as they fall due (the newest highlighted).
- Decision log: timestamped notes, optionally at a map location (:meth:`TabletopDock.set_pick_location`)
  and tied to a decision that changes a resource (send across the border, move, out of service). Each
  entry is one undoable edit on ``project.stack``: the entry is stored in the scenario's tabletop dict
  (key ``log``, through :class:`~floodplan.model.commands.SetScenario`, so it is saved with the project).
  Undo takes it back; the dock redraws from the project's 'scenarios' event.
- The exercise plays on its OWN copy of the resources (:class:`~floodplan.sim.tabletop.Exercise` copies
  them when it is built): a decision in the log moves the exercise's copy only, never the plan's
  resources layers. Reset rebuilds the copy from the plan. "Adopt into the plan" is the one, explicit,
  undoable way a logged decision reaches the plan (:func:`floodplan.sim.tabletop.decision_command`, and
  the entry is marked adopted, in one Macro).
- Scripted decisions of the exercise (``tabletop["decisions"]``) are offered when they fall due and take
  effect only when the facilitator applies them (then as above), so the coverage numbers show what the
  teams actually decided. The exercise's resources follow the decisions in the log.
- Reset starts the clock again from the plan's resources (the log is kept, its decisions take effect
  again at their minutes); "Write after-action report…" replays the exercise with the decisions and
  notes of the log on a worker thread and writes the report into a folder.

Log entry (a dict in ``tabletop["log"]``): ``minute``, ``time`` (ISO clock time), ``text``, ``location``
([x, y] in the working CRS, m, or None), ``decision`` (a decision dict or None) and ``scripted`` (index
into ``tabletop["decisions"]`` or None).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from floodplan.errors import InputError
from floodplan.gui.docks import Dock
from floodplan.gui.worker import (
    Job,
    ProgressWidget,
    error_message,
    run_in_thread,
    tie_to_lifetime,
    while_alive,
)
from floodplan.model.commands import Macro, SetScenario
from floodplan.sim.tabletop import Decision, Exercise, Tabletop, decision_command, text_in

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

STEPS_MIN = (15, 30, 60)
#: Wall-clock time (ms) between two automatic steps while playing.
PLAY_INTERVAL_MS = 1000
HIGHLIGHT = QColor("#fff3b0")
#: Decision kinds the facilitator can log (a note changes nothing).
LOG_KINDS = ("note", "send_resource", "move_resource", "out_of_service")
#: The kinds of log entry as the Kind box shows them (for lupdate; the codes are the exercise's data).
_LOG_KIND_LABELS = (
    QT_TRANSLATE_NOOP("LogKind", "note"),
    QT_TRANSLATE_NOOP("LogKind", "send_resource"),
    QT_TRANSLATE_NOOP("LogKind", "move_resource"),
    QT_TRANSLATE_NOOP("LogKind", "out_of_service"),
)


def hhmm(minute: float) -> str:
    """'T+hh:mm' of a minute of the exercise."""
    m = int(round(minute))
    return f"T+{m // 60:02d}:{m % 60:02d}"


def use_decisions(exercise: Exercise, decisions: list[Decision], reported: bool = True) -> None:
    """Make the exercise's resources follow ``decisions`` (those taken in the app) instead of its script.

    Called on the worker thread that owns the exercise; see :meth:`Exercise.set_decisions`.
    """
    exercise.set_decisions(decisions, reported=reported)


def start_exercise(project, scenario_name: str, decisions: list[Decision], feedback=None):
    """Build the exercise with the logged decisions and take its first state (minute 0).

    Returns (exercise, state). Runs on a worker thread.
    """
    exercise = Exercise(project, scenario_name, feedback=feedback.sub(0.0, 0.9) if feedback else None)
    use_decisions(exercise, decisions, reported=False)  # nothing reported yet: the injects at 0 show
    exercise.advance_to(0.0)
    return exercise, exercise.state()


def advance_exercise(exercise: Exercise, minute: float, decisions: list[Decision] | None, feedback=None):
    """Advance to ``minute`` (the same minute recomputes the state) and return its state (worker thread)."""
    if decisions is not None:
        use_decisions(exercise, decisions)
        exercise.advance_to(exercise.minute)  # re-derive the resources at the current minute
    exercise.advance_to(minute, feedback=feedback)
    return exercise.state()


def _local_time(when) -> str:
    """The exercise clock's date and time with the day and month named in the app's language."""
    dt = QDateTime(when.year, when.month, when.day, when.hour, when.minute, 0)  # naive: the exercise clock
    return QLocale().toString(dt, "ddd dd MMM yyyy HH:mm")


class _ScenarioView:
    """A project seen with one scenario replaced (the after-action replay with the log's decisions)."""

    def __init__(self, project, scenario):
        self._project = project
        self._scenario = scenario

    def scenario(self, name=None):
        return self._scenario

    def __getattr__(self, name):
        return getattr(self._project, name)


def replay_and_report(project, scenario, out_dir, languages, feedback=None) -> dict:
    """Replay the exercise with ``scenario``'s tabletop and write the after-action report (worker thread)."""
    from floodplan.plates.aar import write_after_action_report

    fb = feedback
    exercise = Exercise(
        _ScenarioView(project, scenario), scenario.name, feedback=fb.sub(0.0, 0.05) if fb else None
    )
    result = exercise.run(feedback=fb.sub(0.05, 0.9) if fb else None)
    if fb is not None:
        fb.step(0.9, "writing the after-action report")
    return write_after_action_report(result, project, out_dir, languages)


class TabletopDock(Dock):
    """Dock running a tabletop exercise (see the module docstring).

    Parameters
    ----------
    project : Project
    on_state : callable(TimelineState), optional
        Called in the GUI thread with each new state (depth, closed roads, resources at that time).
    on_error : callable(BaseException), optional
        Called with errors; the dock also shows their one sentence.
    parent : QWidget, optional

    Attributes
    ----------
    state : TimelineState or None
        The latest state shown.
    job : Job or None
        The running build/step (one at a time).
    """

    def __init__(
        self,
        project,
        on_state: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(
            QCoreApplication.translate("TabletopDock", "Tabletop exercise"),
            "TabletopDock",
            parent,
            project=project,
        )
        self.on_state = on_state
        self.on_error = on_error
        self.current: str | None = None
        self.exercise: Exercise | None = None
        self.tabletop: Tabletop | None = None
        self.state = None
        self.job: Job | None = None
        self.report_job: Job | None = None
        self.pick_location: tuple[float, float] | None = None
        self._target: float | None = None  # the minute asked for while a step runs
        #: True once the facilitator started, stepped or reset the exercise: only then is it on the map
        self.engaged = False
        self._decisions_dirty = False
        self._loading = False
        self._build()
        self._play_timer = QTimer(self)
        self._play_timer.setInterval(PLAY_INTERVAL_MS)
        self._play_timer.timeout.connect(self._play_tick)
        # Jobs may report back after the dock is gone (closed window, test teardown).
        self._alive, self._jobs = tie_to_lifetime(self, project, self._on_project_event)
        self._fill_scenarios()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        body, box = self.new_body(margin=None)

        top = QHBoxLayout()
        self.scenario_combo = QComboBox()
        self.scenario_combo.setToolTip(self.tr("The scenario whose tabletop exercise to run"))
        self.scenario_combo.currentTextChanged.connect(self._choose)
        lab = QLabel(self.tr("&Exercise:"))
        lab.setBuddy(self.scenario_combo)
        top.addWidget(lab)
        top.addWidget(self.scenario_combo, 1)
        box.addLayout(top)
        model_row = QHBoxLayout()
        self.model_combo = QComboBox()
        self.model_combo.addItem(self.tr("Local inertial (LISFLOOD-FP)"), False)
        self.model_combo.addItem(self.tr("Full momentum (with advection)"), True)
        self.model_combo.setToolTip(
            self.tr(
                "The flood model's momentum equation. Local inertial is the standard for floodplains; full "
                "momentum keeps the convective term and brings fast, shallow fronts over smooth ground in on "
                "time (about twice the computing time). Changing it restarts the exercise (undoable)."
            )
        )
        self.model_combo.currentIndexChanged.connect(lambda *_: self._model_chosen())
        lab = QLabel(self.tr("Flood &model:"))
        lab.setBuddy(self.model_combo)
        model_row.addWidget(lab)
        model_row.addWidget(self.model_combo, 1)
        box.addLayout(model_row)

        self.clock_label = QLabel("–")
        font = QFont(self.clock_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.clock_label.setFont(font)
        self.clock_label.setToolTip(
            self.tr("Exercise time since the start (T+hh:mm) and the clock time in the exercise")
        )
        box.addWidget(self.clock_label)

        ctl = QHBoxLayout()
        self.play_button = QPushButton(self.tr("&Play"))
        self.play_button.setCheckable(True)
        self.play_button.setToolTip(self.tr("Run the exercise step by step on its own; press again to pause"))
        self.play_button.toggled.connect(self.set_playing)
        ctl.addWidget(self.play_button)
        self.step_buttons: dict[int, QPushButton] = {}
        for m in STEPS_MIN:
            b = QPushButton(self.tr("+{m} min").format(m=m))
            b.setToolTip(self.tr("Advance the exercise by {m} minutes").format(m=m))
            b.clicked.connect(lambda _=False, m=m: self.step(m))
            self.step_buttons[m] = b
            ctl.addWidget(b)
        box.addLayout(ctl)
        jump = QHBoxLayout()
        self.jump_spin = QSpinBox()
        self.jump_spin.setRange(0, 0)
        self.jump_spin.setSingleStep(15)
        self.jump_spin.setSuffix(" min")
        self.jump_spin.setToolTip(
            self.tr("Minutes since the start to jump to (forward only: the flood cannot run back)")
        )
        self.jump_button = QPushButton(self.tr("&Jump"))
        self.jump_button.setToolTip(self.tr("Advance the exercise to the minute on the left"))
        self.jump_button.clicked.connect(lambda: self.jump_to(self.jump_spin.value()))
        self.reset_button = QPushButton(self.tr("&Reset"))
        self.reset_button.setToolTip(
            self.tr("Start the exercise again from minute 0 (the decision log is kept)")
        )
        self.reset_button.clicked.connect(lambda: self.reset(user=True))
        lab = QLabel(self.tr("Jump &to:"))
        lab.setBuddy(self.jump_spin)
        jump.addWidget(lab)
        jump.addWidget(self.jump_spin, 1)
        jump.addWidget(self.jump_button)
        jump.addWidget(self.reset_button)
        box.addLayout(jump)
        self.progress = ProgressWidget()
        box.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        box.addWidget(self.status)

        cov = QGroupBox(self.tr("Coverage now (people reached in time)"))
        cbox = QVBoxLayout(cov)
        self.coverage_table = QTableWidget(0, 6)
        self.coverage_table.setHorizontalHeaderLabels(
            [
                self.tr("Country"),
                self.tr("Mode"),
                self.tr("Population"),
                self.tr("Covered"),
                self.tr("Not reached"),
                self.tr("Covered %"),
            ]
        )
        self.coverage_table.verticalHeader().setVisible(False)
        self.coverage_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.coverage_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.coverage_table.setToolTip(
            self.tr("Per country and response mode, at the exercise's current time")
        )
        cbox.addWidget(self.coverage_table)
        box.addWidget(cov)

        inj = QGroupBox(self.tr("Injects"))
        ibox = QVBoxLayout(inj)
        self.injects_list = QListWidget()
        self.injects_list.setToolTip(self.tr("Injects as they fall due; the newest are highlighted"))
        self.injects_list.setWordWrap(True)
        ibox.addWidget(self.injects_list)
        box.addWidget(inj)

        dec = QGroupBox(self.tr("Decisions"))
        dbox = QVBoxLayout(dec)
        self.due_list = QListWidget()
        self.due_list.setToolTip(
            self.tr("Scripted decisions that have fallen due; apply one when the teams take it")
        )
        self.due_list.setMaximumHeight(90)
        self.due_list.setWordWrap(True)
        dbox.addWidget(QLabel(self.tr("Due (scripted):")))
        dbox.addWidget(self.due_list)
        self.apply_button = QPushButton(self.tr("&Apply decision"))
        self.apply_button.setToolTip(
            self.tr(
                "Apply the selected scripted decision in the exercise now (undoable); the plan is unchanged"
            )
        )
        self.apply_button.clicked.connect(lambda: self.apply_scripted())
        dbox.addWidget(self.apply_button)

        form = QFormLayout()
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("What was decided or observed"))
        self.note_edit.setToolTip(self.tr("The log entry's text; it gets the exercise's current time"))
        self.note_edit.returnPressed.connect(lambda: self.add_entry())
        lab = QLabel(self.tr("&Note:"))
        lab.setBuddy(self.note_edit)
        form.addRow(lab, self.note_edit)
        self.kind_combo = QComboBox()
        for k in LOG_KINDS:  # the kind in the user's language, the code as data
            self.kind_combo.addItem(translate("LogKind", k), k)
        self.kind_combo.setToolTip(
            self.tr(
                "note: text only; send_resource: the resource may serve across the border (and moves to the "
                "map point); move_resource: to the map point; out_of_service: the resource stops responding"
            )
        )
        self.kind_combo.currentTextChanged.connect(lambda *_: self._sync_enabled())
        lab = QLabel(self.tr("&Kind:"))
        lab.setBuddy(self.kind_combo)
        form.addRow(lab, self.kind_combo)
        self.resource_combo = QComboBox()
        self.resource_combo.setToolTip(self.tr("The resource the decision concerns (by id)"))
        lab = QLabel(self.tr("Re&source:"))
        lab.setBuddy(self.resource_combo)
        form.addRow(lab, self.resource_combo)
        loc = QHBoxLayout()
        self.location_label = QLabel(self.tr("no map point"))
        self.location_label.setToolTip(self.tr("Pick a point on the map to tie the entry to a place"))
        self.clear_location_button = QPushButton(self.tr("Clear"))
        self.clear_location_button.setToolTip(self.tr("Forget the map point"))
        self.clear_location_button.clicked.connect(lambda: self.set_pick_location(None, None))
        loc.addWidget(self.location_label, 1)
        loc.addWidget(self.clear_location_button)
        form.addRow(self.tr("Map point:"), loc)
        dbox.addLayout(form)
        self.add_button = QPushButton(self.tr("Add to &log"))
        self.add_button.setToolTip(self.tr("Record the entry at the current time (one undoable edit)"))
        self.add_button.clicked.connect(lambda: self.add_entry())
        dbox.addWidget(self.add_button)
        self.log_list = QListWidget()
        self.log_list.setToolTip(self.tr("The decision log, saved in the project (Undo takes an entry back)"))
        self.log_list.setWordWrap(True)
        self.log_list.currentRowChanged.connect(lambda *_: self._sync_enabled())
        dbox.addWidget(self.log_list)
        self.adopt_button = QPushButton(self.tr("Adopt into the &plan"))
        self.adopt_button.setToolTip(
            self.tr(
                "Make the selected logged decision part of the plan: move or change the resource in its "
                "resources layer (one undoable edit). Until then decisions stay in the exercise."
            )
        )
        self.adopt_button.clicked.connect(lambda: self.adopt_into_plan())
        dbox.addWidget(self.adopt_button)
        box.addWidget(dec)

        self.report_button = QPushButton(self.tr("Write after-action &report…"))
        self.report_button.setToolTip(
            self.tr("Replay the whole exercise with the logged decisions and write its report into a folder")
        )
        self.report_button.clicked.connect(lambda: self.write_report())
        box.addWidget(self.report_button)
        box.addStretch(1)

        self.set_body(body, scroll=True)

    # ------------------------------------------------------------------ helpers
    def _guard(self, fn):
        return while_alive(self._alive, fn)

    def _report(self, exc: BaseException) -> None:
        self.status.setText(error_message(exc))
        if self.on_error is not None:
            self.on_error(exc)

    @property
    def scenario(self):
        return self.project.scenarios.get(self.current) if self.current else None

    @property
    def minute(self) -> float:
        """The exercise's current minute (0 before the first state)."""
        return float(self.state.minute) if self.state is not None else 0.0

    @property
    def end_minute(self) -> float:
        return float(self.tabletop.duration_minutes) if self.tabletop is not None else 0.0

    @property
    def busy(self) -> bool:
        return self.job is not None

    def log_entries(self) -> list[dict]:
        sc = self.scenario
        return list((sc.tabletop or {}).get("log") or []) if sc is not None else []

    def taken_decisions(self) -> list[Decision]:
        """The decisions in the log (with the minute they were taken), in time order."""
        out = []
        for e in self.log_entries():
            d = e.get("decision")
            if d:
                try:
                    out.append(Decision.from_dict({**d, "minute": e.get("minute", d.get("minute", 0))}))
                except InputError as exc:
                    log.warning("log entry ignored: %s", exc)
        return sorted(out, key=lambda d: d.minute)

    def due_decisions(self) -> list[tuple[int, Decision]]:
        """Scripted decisions due by now and not yet applied: (index in the script, decision)."""
        if self.tabletop is None or self.state is None:
            return []
        applied = {e.get("scripted") for e in self.log_entries()}
        return [
            (i, d)
            for i, d in enumerate(self.tabletop.decisions)
            if d.minute <= self.minute + 1e-9 and i not in applied
        ]

    # ------------------------------------------------------------------ scenarios
    def _fill_scenarios(self) -> None:
        names = [n for n, sc in self.project.scenarios.items() if sc.tabletop]
        keep = self.current in names
        self._loading = True
        self.scenario_combo.clear()
        self.scenario_combo.addItems(names)
        if keep:
            self.scenario_combo.setCurrentText(self.current)
        self._loading = False
        if keep:
            self._refresh_log()
        elif names:
            self.current = names[0]
            self.scenario_combo.setCurrentText(names[0])
            self.reset()
        else:
            self.current = None
            self.status.setText(self.tr("No scenario of this project has a tabletop exercise."))
            self._sync_enabled()

    def _choose(self, name: str) -> None:
        if self._loading or not name or name == self.current:
            return
        self.set_playing(False)
        self.current = name
        self.reset()

    def _on_project_event(self, event: str, name: str | None) -> None:
        if not self._alive["alive"]:
            return
        if event == "scenarios":
            names = [n for n, sc in self.project.scenarios.items() if sc.tabletop]
            combo = [self.scenario_combo.itemText(i) for i in range(self.scenario_combo.count())]
            if names != combo:
                self._fill_scenarios()
            if name == self.current:
                sc = self.scenario
                stored = bool((sc.tabletop or {}).get("advection", False)) if sc is not None else False
                if self.tabletop is not None and stored != self.tabletop.advection:
                    self.reset()  # another flood model: the exercise starts again with it
                    return
                self._refresh_log()
                self._decisions_changed()
        elif event in ("features", "layers"):
            self._fill_resources()

    def _fill_resources(self) -> None:
        res = self.project.combined("resources")
        ids = res["id"].astype(str).tolist() if "id" in res.columns else []
        names = res["name"].astype(str).tolist() if "name" in res.columns else ids
        keep = self.resource_combo.currentData()
        self.resource_combo.clear()
        for rid, nm in zip(ids, names):
            self.resource_combo.addItem(f"{rid} — {nm}" if nm and nm != rid else rid, rid)
        if keep is not None:
            i = self.resource_combo.findData(keep)
            if i >= 0:
                self.resource_combo.setCurrentIndex(i)

    # ------------------------------------------------------------------ clock
    def reset(self, user: bool = False) -> Job | None:
        """(Re)build the exercise of the chosen scenario and show minute 0 (on a worker thread).

        ``user``: the facilitator asked for it (the Reset button), so the map shows the exercise; an
        exercise built by itself (a project opened) stays in the dock until the facilitator starts it."""
        self.engaged = bool(user)
        self.set_playing(False)
        if self.job is not None:
            self.job.cancel()  # its late callbacks are ignored (see _run)
            self.job = None
        sc = self.scenario
        self.exercise = None
        self.state = None
        self.injects_list.clear()
        self.coverage_table.setRowCount(0)
        self._fill_resources()
        if sc is None:
            self._sync_enabled()
            return None
        try:
            self.tabletop = Tabletop.from_dict(sc.tabletop, sc.name)
        except InputError as exc:
            self.tabletop = None
            self._report(exc)
            self._sync_enabled()
            return None
        self.model_combo.blockSignals(True)
        self.model_combo.setCurrentIndex(self.model_combo.findData(self.tabletop.advection))
        self.model_combo.blockSignals(False)
        self.jump_spin.setRange(0, int(round(self.end_minute)))
        self.clock_label.setText(f"{hhmm(0)}  {_local_time(self.tabletop.clock(0))}")
        self.status.setText(self.tr("Preparing the exercise (flood model, road network)…"))
        self._refresh_log()
        self._fill_due()
        self._decisions_dirty = False  # the exercise is built with the log's decisions
        return self._run(start_exercise, (self.project, sc.name, self.taken_decisions()), self._started)

    def _run(self, fn, args: tuple, on_done) -> Job:
        """Run one build/step job; its callbacks are ignored once another job replaced it (Reset)."""
        holder: dict = {}

        def mine(callback):
            def call(*a):
                if self._alive["alive"] and self.job is holder.get("job"):
                    callback(*a)

            return call

        job = run_in_thread(
            fn,
            *args,
            on_done=mine(on_done),
            on_error=mine(self._failed),
            on_progress=mine(self.progress.set_progress),
            on_cancelled=mine(self._cancelled),
            on_finished=mine(self._finished),
        )
        holder["job"] = job
        self.job = job
        self._jobs[:] = [j for j in self._jobs if j.running] + [job]
        self.progress.track(job)
        self._sync_enabled()
        return job

    def _started(self, value) -> None:
        self.exercise, state = value
        self._show(state)
        self._decisions_changed(refresh=False)  # the log may have changed while it was built
        self.status.setText(self.tr("Ready: press Play or a step button."))

    def step(self, minutes: float) -> Job | None:
        """Advance the clock by ``minutes`` (capped at the end of the exercise)."""
        return self.jump_to(self.minute + float(minutes))

    def jump_to(self, minute: float) -> Job | None:
        """Advance the exercise to ``minute`` on a worker thread; None if busy, at the end or backwards."""
        if self.exercise is None or self.job is not None:
            return None
        self.engaged = True
        target = min(float(minute), self.end_minute)
        if target < self.minute - 1e-9:
            self.status.setText(self.tr("The flood cannot run backwards: press Reset to start again."))
            return None
        if target <= self.minute + 1e-9 and not self._decisions_dirty:
            return None
        return self._advance(target)

    def _advance(self, target: float) -> Job:
        decisions = self.taken_decisions() if self._decisions_dirty else None
        self._decisions_dirty = False
        self._target = target
        self.status.setText(self.tr("Running the flood to {0}…").format(hhmm(target)))
        return self._run(advance_exercise, (self.exercise, target, decisions), self._show)

    def set_playing(self, on: bool) -> None:
        """Play (a step of the exercise's step length every PLAY_INTERVAL_MS, one at a time) or pause."""
        on = bool(on) and self.exercise is not None and self.minute < self.end_minute - 1e-9
        self.play_button.blockSignals(True)
        self.play_button.setChecked(on)
        self.play_button.setText(self.tr("&Pause") if on else self.tr("&Play"))
        self.play_button.blockSignals(False)
        if on:
            self.engaged = True
            self._play_timer.start()
            self._play_tick()
        else:
            self._play_timer.stop()

    @property
    def playing(self) -> bool:
        return self._play_timer.isActive()

    def _play_tick(self) -> None:
        if self.job is not None:
            return  # the previous step is still running: never pile up work
        if self.exercise is None or self.minute >= self.end_minute - 1e-9:
            self.set_playing(False)
            return
        self.step(self.tabletop.step_minutes)

    def _failed(self, exc: BaseException) -> None:
        self.set_playing(False)
        self.progress.finish(self.tr("failed"))
        self._report(exc)

    def _cancelled(self) -> None:
        self.progress.finish(self.tr("cancelled"), 0.0)
        self.status.setText(self.tr("Stopped; the exercise stays at the last step shown."))

    def _finished(self) -> None:
        self.job = None
        self._sync_enabled()
        if self._decisions_dirty and self.exercise is not None:
            self._advance(self.minute)  # a decision was taken or undone meanwhile: recompute now

    # ------------------------------------------------------------------ showing a state
    def _show(self, state) -> None:
        self.state = state
        self.progress.finish(self.tr("{0} shown").format(hhmm(state.minute)), 1.0)
        self.clock_label.setText(f"{hhmm(state.minute)}  {_local_time(state.time)}")
        self.jump_spin.setValue(int(min(self.end_minute, state.minute + self.tabletop.step_minutes)))
        self._fill_coverage(state.coverage)
        for i in range(self.injects_list.count()):  # only the newest injects stay highlighted
            self.injects_list.item(i).setBackground(QBrush())
        for inj in state.injects:
            text = text_in(inj.text) or inj.label()
            item = QListWidgetItem(f"{hhmm(inj.minute)}  [{inj.kind.replace('_', ' ')}] {text}")
            item.setBackground(QBrush(HIGHLIGHT))
            item.setData(Qt.ItemDataRole.UserRole, inj.minute)
            item.setToolTip(inj.label())
            self.injects_list.addItem(item)
        if state.injects:
            self.injects_list.scrollToBottom()
        self._fill_due()
        if self.minute >= self.end_minute - 1e-9:
            self.set_playing(False)
            self.status.setText(self.tr("End of the exercise: write the after-action report, or Reset."))
        else:
            self.status.setText("")
        self._sync_enabled()
        if self.on_state is not None:
            self.on_state(state)

    def _fill_coverage(self, coverage: dict) -> None:
        rows = []
        for mode in ("joint", "national"):
            for country, v in sorted((coverage.get(mode) or {}).items()):
                pop = float(v.get("population", 0.0))
                covered = float(v.get("covered_population", 0.0))
                gap = float(v.get("gap_population", 0.0))
                pct = f"{100.0 * covered / pop:.0f} %" if pop > 0 else "–"
                rows.append([country, mode, f"{pop:,.0f}", f"{covered:,.0f}", f"{gap:,.0f}", pct])
        self.coverage_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.coverage_table.setItem(r, c, item)

    def coverage(self, country: str, mode: str) -> float:
        """Covered population (people) now, as the table shows it (for scripts and tests)."""
        return float(self.state.coverage[mode][country]["covered_population"])

    def _fill_due(self) -> None:
        self.due_list.clear()
        for i, d in self.due_decisions():
            text = text_in(d.text) or d.label()
            item = QListWidgetItem(f"{hhmm(d.minute)}  {text}")
            item.setData(Qt.ItemDataRole.UserRole, i)
            item.setToolTip(d.label())
            item.setBackground(QBrush(HIGHLIGHT))
            self.due_list.addItem(item)
        if self.due_list.count():
            self.due_list.setCurrentRow(0)
        self._sync_enabled()

    def _refresh_log(self) -> None:
        self.log_list.clear()
        for e in self.log_entries():
            loc = e.get("location")
            where = f"  @ {loc[0]:.0f}, {loc[1]:.0f}" if loc else ""
            d = e.get("decision")
            what = f"  [{d['kind'].replace('_', ' ')} {d.get('resource', '')}]" if d else ""
            adopted = "  — adopted into the plan" if e.get("adopted") else ""
            self.log_list.addItem(f"{hhmm(e.get('minute', 0))}  {e.get('text', '')}{what}{where}{adopted}")
        self._sync_enabled()

    def _decisions_changed(self, refresh: bool = True) -> None:
        """The log's decisions may differ from the exercise's: recompute the state at the current minute."""
        self._fill_due()
        taken = self.taken_decisions()
        running = self.exercise.tabletop.decisions if self.exercise is not None else None
        if running is not None and [d.to_dict() for d in taken] == [d.to_dict() for d in running]:
            return
        self._decisions_dirty = True
        if refresh and self.exercise is not None and self.job is None:
            self._advance(self.minute)

    def _sync_enabled(self) -> None:
        ready = self.exercise is not None and self.job is None
        more = ready and self.minute < self.end_minute - 1e-9
        for b in self.step_buttons.values():
            b.setEnabled(more)
        self.jump_button.setEnabled(more)
        self.jump_spin.setEnabled(self.exercise is not None)
        self.play_button.setEnabled(self.exercise is not None and (self.minute < self.end_minute - 1e-9))
        self.reset_button.setEnabled(self.scenario is not None)
        self.model_combo.setEnabled(self.tabletop is not None)
        self.apply_button.setEnabled(self.state is not None and self.due_list.count() > 0)
        has_state = self.state is not None
        self.add_button.setEnabled(has_state)
        row = self.log_list.currentRow()
        entries = self.log_entries() if self.scenario is not None else []
        self.adopt_button.setEnabled(
            0 <= row < len(entries) and bool(entries[row].get("decision")) and not entries[row].get("adopted")
        )
        needs_resource = self.kind_combo.currentData() != "note"
        self.resource_combo.setEnabled(needs_resource)
        self.report_button.setEnabled(self.scenario is not None and self.report_job is None)

    # ------------------------------------------------------------------ decision log
    def set_pick_location(self, x: float | None, y: float | None) -> None:
        """A point picked on the map (working CRS, m) to tie the next log entry to; None clears it."""
        if x is None or y is None:
            self.pick_location = None
            self.location_label.setText(self.tr("no map point"))
        else:
            self.pick_location = (float(x), float(y))
            self.location_label.setText(self.tr("x {x:,.0f} m, y {y:,.0f} m").format(x=x, y=y))

    def add_entry(
        self,
        text: str | None = None,
        kind: str | None = None,
        resource: str | None = None,
        location: tuple[float, float] | None = None,
    ) -> bool:
        """Log an entry at the current time from the form (or the arguments), as one undoable edit.

        ``kind`` other than 'note' makes it a decision on ``resource``; send_resource and move_resource
        take the map point as the destination. Returns False (with a sentence shown) when refused.
        """
        text = (self.note_edit.text() if text is None else text).strip()
        kind = kind or self.kind_combo.currentData()
        resource = resource if resource is not None else self.resource_combo.currentData()
        location = location if location is not None else self.pick_location
        decision = None
        try:
            if self.state is None:
                raise InputError("start the exercise first: the log entry takes the exercise's time.")
            if kind == "note":
                if not text:
                    raise InputError("type the note's text first.")
            else:
                to = location if kind in ("send_resource", "move_resource") else None
                decision = Decision(self.minute, kind, resource, to, text or None).validate()
            ok = self._push_entry(text or (decision.label() if decision else ""), decision, location, None)
        except InputError as exc:
            self._report(exc)
            return False
        if ok:
            self.note_edit.clear()
            self.set_pick_location(None, None)
        return ok

    def apply_scripted(self, index: int | None = None) -> bool:
        """Apply a due scripted decision (the selected one unless ``index`` given) now, undoably."""
        due = dict(self.due_decisions())
        if index is None:
            item = self.due_list.currentItem()
            index = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if index not in due:
            self._report(InputError("no scripted decision is due; step the exercise on or log one by hand."))
            return False
        d = due[index]
        taken = Decision(self.minute, d.kind, d.resource, d.to, d.text)
        try:
            return self._push_entry(text_in(d.text) or d.label(), taken, d.to, index)
        except InputError as exc:
            self._report(exc)
            return False

    def _model_chosen(self) -> None:
        """Store the chosen flood model in the scenario's tabletop (one undoable edit); the project event
        that follows restarts the exercise with it."""
        sc = self.scenario
        advection = bool(self.model_combo.currentData())
        if sc is None or bool((sc.tabletop or {}).get("advection", False)) == advection:
            return
        tabletop = dict(sc.tabletop)
        if advection:
            tabletop["advection"] = True
        else:
            tabletop.pop("advection", None)
        label = "full momentum" if advection else "local inertial"
        self.project.stack.push(
            SetScenario(sc.name, sc.copy(tabletop=tabletop), text=f"Exercise flood model: {label}")
        )

    def _push_entry(self, text: str, decision: Decision | None, location, scripted: int | None) -> bool:
        sc = self.scenario
        entry = {
            "minute": self.minute,
            "time": self.state.time.isoformat(timespec="minutes"),
            "text": text,
            "location": [float(location[0]), float(location[1])] if location is not None else None,
            "decision": decision.to_dict() if decision is not None else None,
            "scripted": scripted,
        }
        if decision is not None:
            decision_command(self.project, decision)  # the resource exists: InputError before any change
        tabletop = dict(sc.tabletop)
        tabletop["log"] = [*list(tabletop.get("log") or []), entry]
        label = f"{hhmm(self.minute)} {decision.kind.replace('_', ' ') if decision else 'note'}"
        # Only the log (the exercise's record) changes: the exercise's own copy of the resources follows
        # it; the plan's resources layers are untouched until "Adopt into the plan".
        self.project.stack.push(
            SetScenario(sc.name, sc.copy(tabletop=tabletop), text=f"Exercise log: {label}")
        )
        tail = " (in the exercise only; Adopt into the plan to keep it)" if decision is not None else ""
        self.status.setText(
            self.tr("Logged at {0}: {text}{tail}").format(hhmm(self.minute), text=text, tail=tail)
        )
        return True

    def adopt_into_plan(self, row: int | None = None) -> bool:
        """Make the logged decision at ``row`` of the log (the selected one by default) part of the plan.

        One undoable Macro: :func:`~floodplan.sim.tabletop.decision_command` on the plan's resources layer
        and the log entry marked ``adopted``. Returns False (with a sentence shown) when refused.
        """
        sc = self.scenario
        row = self.log_list.currentRow() if row is None else row
        entries = self.log_entries()
        try:
            if sc is None or not 0 <= row < len(entries) or not entries[row].get("decision"):
                raise InputError("select a logged decision first; notes change nothing in the plan.")
            entry = entries[row]
            if entry.get("adopted"):
                raise InputError("this decision is already part of the plan.")
            d = entry["decision"]
            decision = Decision.from_dict({**d, "minute": entry.get("minute", d.get("minute", 0))})
            cmd = decision_command(self.project, decision)
        except InputError as exc:
            self._report(exc)
            return False
        tabletop = dict(sc.tabletop)
        log_ = [dict(e) for e in entries]
        log_[row]["adopted"] = True
        tabletop["log"] = log_
        text = f"Adopt into the plan: {decision.label()}"
        self.project.stack.push(
            Macro(text, [cmd, SetScenario(sc.name, sc.copy(tabletop=tabletop), text=text)])
        )
        self.status.setText(
            self.tr("{0}: now part of the plan (Undo takes it back).").format(decision.label())
        )
        return True

    # ------------------------------------------------------------------ after-action report
    def write_report(self, out_dir=None) -> Job | None:
        """Replay the exercise with the log's decisions and notes and write the after-action report.

        Asks for a folder unless given. The log's decisions replace the scripted ones and its notes
        appear in the report's timeline. Runs on a worker thread with progress and Cancel.
        """
        sc = self.scenario
        if sc is None or self.report_job is not None:
            return None
        if out_dir is None:
            out_dir = QFileDialog.getExistingDirectory(self, self.tr("Folder for the after-action report"))
            if not out_dir:
                return None
        tabletop = dict(sc.tabletop)
        entries = self.log_entries()
        if entries:
            decisions = []
            for e in entries:
                d = dict(e.get("decision") or {"kind": "note"})
                d["minute"] = e.get("minute", 0)
                d["text"] = e.get("text") or d.get("text")
                decisions.append(d)
            tabletop["decisions"] = decisions
        replay = sc.copy(tabletop=tabletop)
        try:
            from floodplan.plates import PlateSpec

            languages = PlateSpec.from_project(self.project).languages
        except InputError:
            languages = ["en"]
        self.status.setText(self.tr("Replaying the whole exercise for the after-action report…"))

        def done(paths):
            self.status.setText(self.tr("After-action report written: {0}").format(paths["html"]))

        def finished():
            self.report_job = None
            self._sync_enabled()

        job = run_in_thread(
            replay_and_report,
            self.project,
            replay,
            out_dir,
            languages,
            on_done=self._guard(done),
            on_error=self._guard(lambda exc: (self.progress.finish(self.tr("failed")), self._report(exc))),
            on_progress=self._guard(self.progress.set_progress),
            on_cancelled=self._guard(lambda: self.progress.finish(self.tr("cancelled"), 0.0)),
            on_finished=self._guard(finished),
        )
        self.report_job = job
        self._jobs[:] = [j for j in self._jobs if j.running] + [job]
        if self.job is None:
            self.progress.track(job)
        self._sync_enabled()
        return job
