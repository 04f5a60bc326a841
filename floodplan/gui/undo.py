"""Qt's undo stack mirroring the engine's command stack.

The engine's :class:`floodplan.model.commands.CommandStack` (``project.stack``) is the truth: everything
pushes engine commands there (the GUI, ``io.layers.add_file``, the scenario panel...). :class:`UndoAdapter`
listens to it and keeps a :class:`QUndoStack` in step, one :class:`EngineCommand` per engine command, so
the Edit menu's Undo/Redo actions (with the command's name) and a QUndoView work as in any Qt app:

- an engine push appears as a Qt push whose first ``redo()`` does nothing (the work is already done);
- Qt's undo()/redo() (Ctrl+Z / Ctrl+Shift+Z) call ``project.stack.undo()/redo()``;
- an engine undo()/redo() made elsewhere moves the Qt stack's index to match;
- ``project.stack.set_clean()`` (on save) sets the Qt stack clean.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from floodplan.model.commands import StackEvent


class EngineCommand(QUndoCommand):
    """A QUndoCommand standing for one engine command already on ``project.stack``."""

    def __init__(self, adapter: UndoAdapter, command):
        super().__init__(command.text)
        self.adapter = adapter
        self.command = command
        self._first = True

    def redo(self) -> None:
        if self._first:  # QUndoStack.push calls redo(); the engine has already done the work
            self._first = False
            return
        if not self.adapter._mirroring:
            with self.adapter._driving():
                self.adapter.project.stack.redo()

    def undo(self) -> None:
        if not self.adapter._mirroring:
            with self.adapter._driving():
                self.adapter.project.stack.undo()


class UndoAdapter(QObject):
    """Keeps ``stack`` (a QUndoStack) in step with ``project.stack``."""

    def __init__(self, project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        self.stack = QUndoStack(self)
        self._mirroring = False  # the Qt stack is being moved to follow the engine
        self._busy = False  # Qt is driving the engine
        self._paused = False
        project.stack.subscribe(self._engine_changed)
        self._sync_all()

    def close(self) -> None:
        """Stop listening (before the project is replaced)."""
        self.project.stack.unsubscribe(self._engine_changed)

    @contextmanager
    def paused(self):
        """Engine stack changes inside are not mirrored (autosave's temporary clean marks)."""
        self._paused = True
        try:
            yield
        finally:
            self._paused = False

    @contextmanager
    def _driving(self):
        self._busy = True
        try:
            yield
        finally:
            self._busy = False
            self._sync_clean()

    def _sync_all(self) -> None:
        self._mirroring = True
        try:
            self.stack.clear()
            for cmd in self.project.stack.done:
                self.stack.push(EngineCommand(self, cmd))
        finally:
            self._mirroring = False
        self._sync_clean()

    def _sync_clean(self) -> None:
        if self.project.stack.is_clean and not self.stack.isClean():
            self.stack.setClean()
        elif not self.project.stack.is_clean and self.stack.isClean():
            self.stack.resetClean()

    def _engine_changed(self, event: StackEvent) -> None:
        """Follow one engine stack event (:class:`floodplan.model.commands.StackEvent`)."""
        if self._busy or self._paused:
            return
        qi = self.stack.index()
        self._mirroring = True
        try:
            if event.kind == "clean":
                pass
            elif event.kind == "cleared":
                if self.stack.count():
                    self.stack.clear()
            elif event.kind == "done" and event.index == qi + 1:
                self.stack.push(EngineCommand(self, event.command))  # a new command
            elif (
                event.kind == "redone"
                and event.index == qi + 1
                and qi < self.stack.count()
                and self.stack.command(qi).command is event.command
            ):
                self.stack.redo()  # the engine redid the next command
            elif (
                event.kind == "undone"
                and event.index == qi - 1
                and self.stack.command(qi - 1).command is event.command
            ):
                self.stack.undo()  # the engine undid the last command
            else:
                self._sync_all()  # out of step (e.g. changes made while paused): rebuild from the engine
        finally:
            self._mirroring = False
        self._sync_clean()
