"""Edit commands and the command stack: every change to a project goes through here, so it can be
undone, redone and replayed (the CLI and the tests replay them; the GUI wraps them for Qt's undo stack).

A command has ``text`` (shown in the Edit menu: "Undo Add levee D7"), ``redo(project)`` and
``undo(project)``. Commands hold the data they need to restore state, never widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import geopandas as gpd
import pandas as pd

from floodplan.errors import InputError


class Command:
    text = "edit"

    def redo(self, project) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def undo(self, project) -> None:  # pragma: no cover - interface
        raise NotImplementedError


@dataclass(frozen=True)
class StackEvent:
    """What the command stack just did, as its listeners are told.

    Attributes
    ----------
    kind : 'done' (a new command was pushed and done), 'undone', 'redone', 'cleared' (the history was
        emptied) or 'clean' (the clean mark moved, e.g. on save; nothing was done or undone).
    command : the command done, undone or redone; None for 'cleared' and 'clean'.
    index : how many commands are done after the event (:attr:`CommandStack.index`).
    """

    kind: Literal["done", "undone", "redone", "cleared", "clean"]
    command: Command | None
    index: int


class CommandStack:
    """A linear undo/redo history. Every listener (``subscribe(fn)``) is called as ``fn(event)`` with a
    :class:`StackEvent` after every push, undo, redo, clear and clean mark."""

    def __init__(self, project):
        self._project = project
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._clean_index = 0
        self.listeners: list[Callable[[StackEvent], None]] = []

    def subscribe(self, fn: Callable[[StackEvent], None]) -> None:
        self.listeners.append(fn)

    def unsubscribe(self, fn: Callable[[StackEvent], None]) -> None:
        if fn in self.listeners:
            self.listeners.remove(fn)

    @property
    def done(self) -> tuple[Command, ...]:
        """The commands done, oldest first (the last one is undone first)."""
        return tuple(self._done)

    def push(self, command: Command) -> Command:
        """Do ``command`` and put it on the stack."""
        command.redo(self._project)
        self._done.append(command)
        self._undone.clear()
        if self._clean_index > len(self._done) - 1:
            self._clean_index = -1  # the clean state can no longer be reached by undo/redo
        self._changed("done", command)
        return command

    def undo(self) -> Command | None:
        if not self._done:
            return None
        cmd = self._done.pop()
        cmd.undo(self._project)
        self._undone.append(cmd)
        self._changed("undone", cmd)
        return cmd

    def redo(self) -> Command | None:
        if not self._undone:
            return None
        cmd = self._undone.pop()
        cmd.redo(self._project)
        self._done.append(cmd)
        self._changed("redone", cmd)
        return cmd

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    @property
    def undo_text(self) -> str:
        return self._done[-1].text if self._done else ""

    @property
    def redo_text(self) -> str:
        return self._undone[-1].text if self._undone else ""

    @property
    def index(self) -> int:
        return len(self._done)

    def set_clean(self) -> None:
        self._clean_index = len(self._done)
        self._changed("clean", None)

    @property
    def is_clean(self) -> bool:
        return self._clean_index == len(self._done)

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self._clean_index = 0
        self._changed("cleared", None)

    def _changed(self, kind, command: Command | None) -> None:
        event = StackEvent(kind, command, len(self._done))
        for fn in list(self.listeners):
            fn(event)


def _layer_frame(project, layer_name: str) -> gpd.GeoDataFrame:
    layer = project.layer(layer_name)
    if not isinstance(layer.data, gpd.GeoDataFrame):
        raise InputError(
            f"layer '{layer_name}' is not a vector layer; features can only be edited in vector layers."
        )
    return layer.data


class AddFeature(Command):
    """Add one feature (geometry + attributes) to a vector layer. The new row gets the next free index."""

    def __init__(self, layer: str, geometry, attributes: dict[str, Any], text: str | None = None):
        self.layer = layer
        self.geometry = geometry
        self.attributes = dict(attributes)
        self.fid: int | None = None
        self.text = text or f"Add feature to {layer}"

    def redo(self, project) -> None:
        gdf = _layer_frame(project, self.layer)
        if self.fid is None:
            self.fid = int(gdf.index.max()) + 1 if len(gdf) else 0
        geom_col = gdf.geometry.name
        row = {c: None for c in gdf.columns}
        row.update(self.attributes)
        row[geom_col] = self.geometry
        new = gpd.GeoDataFrame([row], index=[self.fid], geometry=geom_col, crs=gdf.crs)
        combined = pd.concat([gdf, new[[c for c in new.columns]]]) if len(gdf) else new
        project._replace_data(self.layer, gpd.GeoDataFrame(combined, geometry=geom_col, crs=gdf.crs))

    def undo(self, project) -> None:
        gdf = _layer_frame(project, self.layer)
        project._replace_data(self.layer, gdf.drop(index=self.fid))


class DeleteFeature(Command):
    """Remove one feature; undo puts it back at its place with all its attributes."""

    def __init__(self, layer: str, fid: int, text: str | None = None):
        self.layer = layer
        self.fid = fid
        self.row = None
        self.position = None
        self.text = text or f"Delete feature from {layer}"

    def redo(self, project) -> None:
        gdf = _layer_frame(project, self.layer)
        if self.fid not in gdf.index:
            raise InputError(f"layer '{self.layer}' has no feature {self.fid}.")
        self.position = list(gdf.index).index(self.fid)
        self.row = gdf.loc[[self.fid]].copy()
        project._replace_data(self.layer, gdf.drop(index=self.fid))

    def undo(self, project) -> None:
        gdf = _layer_frame(project, self.layer)
        parts = [gdf.iloc[: self.position], self.row, gdf.iloc[self.position :]]
        project._replace_data(
            self.layer, gpd.GeoDataFrame(pd.concat(parts), geometry=gdf.geometry.name, crs=gdf.crs)
        )


class SetGeometry(Command):
    """Move or reshape one feature (replace its geometry)."""

    def __init__(self, layer: str, fid: int, geometry, text: str | None = None):
        self.layer = layer
        self.fid = fid
        self.geometry = geometry
        self.old = None
        self.text = text or f"Move feature in {layer}"

    def redo(self, project) -> None:
        gdf = _layer_frame(project, self.layer).copy()
        self.old = gdf.geometry.loc[self.fid]
        gdf.loc[self.fid, gdf.geometry.name] = self.geometry
        project._replace_data(self.layer, gdf)

    def undo(self, project) -> None:
        gdf = _layer_frame(project, self.layer).copy()
        gdf.loc[self.fid, gdf.geometry.name] = self.old
        project._replace_data(self.layer, gdf)


class SetAttributes(Command):
    """Change attributes of one feature (crest, status, capacity, cross_border, ...)."""

    def __init__(self, layer: str, fid: int, values: dict[str, Any], text: str | None = None):
        self.layer = layer
        self.fid = fid
        self.values = dict(values)
        self.old: dict[str, Any] = {}
        self.new_columns: list[str] = []
        self.text = text or f"Edit attributes in {layer}"

    def redo(self, project) -> None:
        gdf = _layer_frame(project, self.layer).copy()
        if self.fid not in gdf.index:
            raise InputError(f"layer '{self.layer}' has no feature {self.fid}.")
        self.old = {}
        self.new_columns = []
        for k, v in self.values.items():
            if k not in gdf.columns:
                gdf[k] = None
                self.new_columns.append(k)
            else:
                self.old[k] = gdf.at[self.fid, k]
            if gdf[k].dtype != object and not _fits(gdf[k].dtype, v):
                gdf[k] = gdf[k].astype(object)
            gdf.at[self.fid, k] = v
        project._replace_data(self.layer, gdf)

    def undo(self, project) -> None:
        gdf = _layer_frame(project, self.layer).copy()
        for k, v in self.old.items():
            gdf.at[self.fid, k] = v
        if self.new_columns:
            gdf = gdf.drop(columns=self.new_columns)
        project._replace_data(self.layer, gdf)


def _fits(dtype, value) -> bool:
    if value is None:
        return dtype.kind == "f"
    if dtype.kind == "b":
        return isinstance(value, bool)
    if dtype.kind in "iu":
        return isinstance(value, int) and not isinstance(value, bool)
    if dtype.kind == "f":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return True


class AddLayer(Command):
    def __init__(self, layer, index: int | None = None):
        self.layer_obj = layer
        self.index = index
        self.text = f"Add layer {layer.name}"

    def redo(self, project) -> None:
        project._insert_layer(self.layer_obj, self.index)

    def undo(self, project) -> None:
        project._remove_layer(self.layer_obj.name)


class RemoveLayer(Command):
    def __init__(self, name: str):
        self.name = name
        self.layer_obj = None
        self.index = None
        self.text = f"Remove layer {name}"

    def redo(self, project) -> None:
        self.index = project.layer_names().index(self.name)
        self.layer_obj = project._remove_layer(self.name)

    def undo(self, project) -> None:
        project._insert_layer(self.layer_obj, self.index)


class MoveLayer(Command):
    """Change the drawing order: put a layer at position ``index`` (0 = bottom)."""

    def __init__(self, name: str, index: int):
        self.name = name
        self.index = index
        self.old_index = None
        self.text = f"Reorder layer {name}"

    def redo(self, project) -> None:
        self.old_index = project.layer_names().index(self.name)
        project._move_layer(self.name, self.index)

    def undo(self, project) -> None:
        project._move_layer(self.name, self.old_index)


class SetScenario(Command):
    """Add, replace or (with ``scenario=None``) delete a scenario by name."""

    def __init__(self, name: str, scenario, text: str | None = None):
        self.name = name
        self.scenario = scenario
        self.old = None
        self.text = text or (f"Delete scenario {name}" if scenario is None else f"Edit scenario {name}")

    def redo(self, project) -> None:
        self.old = project.scenarios.get(self.name)
        project._set_scenario(self.name, self.scenario)

    def undo(self, project) -> None:
        project._set_scenario(self.name, self.old)


class SetSetting(Command):
    """Change one project setting (plate layout, translations, population rules, ...)."""

    def __init__(self, key: str, value, text: str | None = None):
        self.key = key
        self.value = value
        self.old = None
        self.had = False
        self.text = text or f"Change setting {key}"

    def redo(self, project) -> None:
        self.had = self.key in project.settings
        self.old = project.settings.get(self.key)
        project._set_setting(self.key, self.value, present=True)

    def undo(self, project) -> None:
        project._set_setting(self.key, self.old, present=self.had)


class Macro(Command):
    """Several commands as one undo step."""

    def __init__(self, text: str, commands: list[Command]):
        self.text = text
        self.commands = list(commands)

    def redo(self, project) -> None:
        for c in self.commands:
            c.redo(project)

    def undo(self, project) -> None:
        for c in reversed(self.commands):
            c.undo(project)
