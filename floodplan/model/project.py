"""The project: an ordered list of layers with roles, a working CRS, scenarios and settings.

All layers are held in the working CRS (reprojected once, on load). Changes go through
:mod:`floodplan.model.commands` on ``project.stack``; views subscribe with ``project.subscribe(fn)`` and
are called as ``fn(event, name)`` with ``event`` a :class:`Change` (a ``str`` enum: it equals 'layers',
'features', 'style', 'scenarios', 'settings' or 'snapshots') and ``name`` the layer, scenario or setting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
from rasterio.crs import CRS

from floodplan.core.grid import Grid
from floodplan.errors import InputError
from floodplan.model.commands import AddLayer, CommandStack, RemoveLayer, SetScenario
from floodplan.model.scenario import Scenario
from floodplan.model.schema import ROLES, check_features, check_unique_names, normalise
from floodplan.model.settings import ProjectSettings


class Change(StrEnum):
    """What changed in a project, as its listeners are told (``fn(event, name)``)."""

    LAYERS = "layers"  # a layer added, removed or moved (name: the layer)
    FEATURES = "features"  # a layer's features (name: the layer)
    STYLE = "style"  # how a layer is drawn (name: the layer)
    SCENARIOS = "scenarios"  # a scenario added, changed or removed (name: the scenario)
    SETTINGS = "settings"  # a setting (name: its key)
    SNAPSHOTS = "snapshots"  # a plan version stored or removed


@dataclass
class Layer:
    """One layer of the project.

    Attributes
    ----------
    name : unique name (also the table name in the project file).
    role : one of :data:`floodplan.model.schema.ROLES`.
    data : GeoDataFrame (vector) or Grid (raster), in the project's working CRS.
    source : where it was loaded from (for information and attribution), or None.
    external : raster kept in an outside (local) file instead of embedded: its absolute path in memory; the
        project file stores it relative to the project (see :mod:`floodplan.io.projectfile`).
    visible, opacity, color : how it is drawn.
    width : the line width (points) of every symbol of the layer (lines; outlines of polygons and point
        symbols) replacing floodplan's per-category widths, as ``color`` replaces their colours; None: floodplan's
        widths. Set from a QGIS style that gives all symbols one width (:mod:`floodplan.io.qml`).
    attribution : data source and licence text carried to plates and reports.
    qml : the QGIS style (QML text) read from the project's ``layer_styles`` table when it is not
        floodplan's own, kept as it is on save (see :mod:`floodplan.io.qml`); None otherwise.
    qml_style : floodplan's style (:meth:`style`) as read together with ``qml``: a style changed since
        then in floodplan is written into the kept QML.
    """

    name: str
    role: str
    data: gpd.GeoDataFrame | Grid
    source: str | None = None
    external: str | None = None
    visible: bool = True
    opacity: float = 1.0
    color: str | None = None
    width: float | None = None
    attribution: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    qml: str | None = field(default=None, repr=False)
    qml_style: dict[str, Any] | None = field(default=None, repr=False)

    @property
    def is_raster(self) -> bool:
        return isinstance(self.data, Grid)

    @property
    def count(self) -> int:
        return 0 if self.is_raster else len(self.data)

    def style(self) -> dict[str, Any]:
        out = {"visible": self.visible, "opacity": self.opacity, "color": self.color}
        if self.width is not None:  # only when set: files and comparisons of older styles stay as they were
            out["width"] = self.width
        return out


class Project:
    """A floodplan project (see module docstring)."""

    def __init__(self, crs: CRS | str | int | None = None, path: str | Path | None = None):
        self.crs: CRS | None = CRS.from_user_input(crs) if crs is not None else None
        self.path: Path | None = Path(path) if path else None
        self._layers: list[Layer] = []
        self.scenarios: dict[str, Scenario] = {}
        self._settings = ProjectSettings()
        self.notes: list[str] = []
        self.snapshots: list = []  # plan versions (floodplan.model.versions.Snapshot), oldest first
        #: (size, mtime ns, inode) of ``path`` when opened or last saved: saving over a file that changed
        #: since is refused unless confirmed (:func:`floodplan.io.projectfile.save_project`).
        self.file_stamp: tuple[int, int, int] | None = None
        #: Tables of other programs carried through saves as read: name -> (CREATE sql, columns, rows)
        #: (QGIS's ``layer_styles`` and ``qgis_projects``).
        self.kept_tables: dict[str, tuple[str, list[str], list[tuple]]] = {}
        self.stack = CommandStack(self)
        self._listeners: list[Callable[[Change, str | None], None]] = []
        self._revision = 0
        self._data_revision = 0
        #: Layer name -> the revision of its last change (data, added, removed): caches key on it.
        self._layer_changed: dict[str, int] = {}

    @property
    def settings(self) -> ProjectSettings:
        """The project's settings (:class:`floodplan.model.settings.ProjectSettings`); assigning a dict
        (the project file's JSON object) keeps every key as given."""
        return self._settings

    @settings.setter
    def settings(self, value) -> None:
        self._settings = value if isinstance(value, ProjectSettings) else ProjectSettings(value or {})

    # ----- events
    def subscribe(self, fn: Callable[[Change, str | None], None]) -> None:
        self._listeners.append(fn)

    def unsubscribe(self, fn) -> None:
        if fn in self._listeners:
            self._listeners.remove(fn)

    def _emit(self, event: Change | str, name: str | None = None) -> None:
        event = Change(event)
        self._revision += 1
        if event in ("features", "layers"):
            self._data_revision += 1
            if name is not None:
                self._layer_changed[name] = self._revision
        for fn in list(self._listeners):
            fn(event, name)

    @property
    def revision(self) -> int:
        """Increases at every change; caches key on it."""
        return self._revision

    @property
    def data_revision(self) -> int:
        """Increases at every change of a layer or its features (not of styles, scenarios or settings):
        a result computed at another data revision is out of date."""
        return self._data_revision

    def layers_key(self, *roles: str) -> tuple:
        """What the layers of ``roles`` are now, for cache keys: per layer (in drawing order) its name,
        the revision of its last change and the identity of its data (a layer whose data was replaced
        outside a command still misses the cache; a cache holding the key also holds the data, so the
        identity cannot be reused while it is kept)."""
        return tuple(
            (lyr.name, self._layer_changed.get(lyr.name, 0), id(lyr.data))
            for lyr in self._layers
            if lyr.role in roles
        )

    @property
    def dirty(self) -> bool:
        return not self.stack.is_clean

    # ----- layers
    @property
    def layers(self) -> list[Layer]:
        """Layers in drawing order (first = bottom)."""
        return list(self._layers)

    def layer_names(self) -> list[str]:
        return [lyr.name for lyr in self._layers]

    def layer(self, name: str) -> Layer:
        for lyr in self._layers:
            if lyr.name == name:
                return lyr
        raise InputError(f"the project has no layer named '{name}'.")

    def has_layer(self, name: str) -> bool:
        return any(lyr.name == name for lyr in self._layers)

    def layers_by_role(self, role: str) -> list[Layer]:
        return [lyr for lyr in self._layers if lyr.role == role]

    def combined(self, role: str) -> gpd.GeoDataFrame:
        """All vector layers of one role as one GeoDataFrame (with a ``layer`` column saying where each
        feature comes from and ``fid`` its index there), in the working CRS."""
        parts = []
        for lyr in self.layers_by_role(role):
            if lyr.is_raster or len(lyr.data) == 0:
                continue
            d = self._checked(lyr, role).copy()
            d["layer"] = lyr.name
            d["fid"] = d.index
            if d.geometry.name != "geometry":
                d = d.rename_geometry("geometry")
            if len(d):
                parts.append(d)
        if not parts:
            return gpd.GeoDataFrame({"layer": [], "fid": []}, geometry=[], crs=self.crs)
        out = pd.concat(parts, ignore_index=True)
        out = gpd.GeoDataFrame(out, geometry="geometry", crs=self.crs)
        if role == "jurisdictions":
            check_unique_names(out, self._label(", ".join(lyr.name for lyr in self.layers_by_role(role))))
        if role in ("resources", "defenses"):
            self._check_ids_across_layers(role)
        return out

    def _check_ids_across_layers(self, role: str) -> None:
        """Resources and defenses are keyed by ``id`` (breaches, per-defense results, moves in an exercise):
        one id given in two layers of the role would make one of them stand for both, so refuse, naming
        both. (Inside one layer :func:`floodplan.model.schema.normalise` already refuses a repeated id.) A
        layer without an ``id`` column (numbered R1, R2 … on use) is not compared: its ids are not stored."""
        seen: dict[str, str] = {}
        for lyr in self.layers_by_role(role):
            if lyr.is_raster or "id" not in lyr.data.columns:
                continue
            ids = lyr.data["id"]
            for v in dict.fromkeys(str(v).strip() for v in ids[ids.notna()]):
                if v in seen and seen[v] != lyr.name:
                    where = f"{self.path.name}: " if self.path is not None else ""
                    what = "resource" if role == "resources" else "defense"
                    raise InputError(
                        f"{where}the {what} id '{v}' is used in layer '{seen[v]}' and in layer '{lyr.name}'; "
                        f"give each {what} its own id (ids must be unique across all {role} layers)."
                    )
                seen.setdefault(v, lyr.name)

    def _checked(self, lyr: Layer, role: str) -> gpd.GeoDataFrame:
        """A layer's features after the checks a file gets on loading (docs/layers.md, "What is left out, and
        said so"): a
        layer edited elsewhere (QGIS adds rows without geometry, NULL attributes) is used as a file would
        be; the layer itself is left as it is. Kept until the layer's data changes (every edit replaces the
        data frame), and its notes are said again on each use, for whoever collects them then."""
        from floodplan.notes import collect_notes, note_all

        key = (role, self._label(lyr.name), len(lyr.data), tuple(map(str, lyr.data.columns)))
        label = key[1]
        cache = getattr(lyr, "_checked_cache", None)
        if cache is not None and cache[0] is lyr.data and cache[1] == key:
            note_all(cache[3])
            return cache[2]
        with collect_notes() as said:
            checked = check_features(lyr.data, role, label)
        lyr._checked_cache = (lyr.data, key, checked, list(said))
        return checked

    def _label(self, layer: str) -> str:
        """'valley.gpkg, layer 'roads_de'' for messages about a project layer."""
        where = f"{self.path.name}, " if self.path is not None else ""
        return f"{where}layer '{layer}'"

    @property
    def dem(self) -> Grid:
        dems = self.layers_by_role("dem")
        if not dems:
            raise InputError("the project has no elevation layer (role 'dem'); add a DEM first.")
        return dems[0].data

    def editable_layer(self, role: str) -> Layer:
        """The layer new features of a role go into (the first of that role), created empty if none."""
        found = self.layers_by_role(role)
        if found:
            return found[0]
        empty = gpd.GeoDataFrame(geometry=gpd.GeoSeries([], crs=self.crs), crs=self.crs)
        empty = normalise(empty, role, role)
        layer = Layer(role, role, empty)
        self.stack.push(AddLayer(layer))
        return layer

    def add_layer(self, layer: Layer, index: int | None = None) -> Layer:
        """Add a layer as an undoable edit (its name is made unique)."""
        layer.name = self.unique_name(layer.name)
        self.stack.push(AddLayer(layer, index))
        return layer

    def remove_layer(self, name: str) -> None:
        self.stack.push(RemoveLayer(name))

    def unique_name(self, name: str) -> str:
        base = "".join(ch if ch.isalnum() or ch in "_-" else "_" for ch in name) or "layer"
        out, i = base, 2
        while self.has_layer(out):
            out = f"{base}_{i}"
            i += 1
        return out

    def set_style(self, name: str, **style) -> None:
        """Change how a layer is drawn (visible, opacity, color, width). Not an edit of the data: not undoable,
        as in QGIS, but it marks the project as changed."""
        lyr = self.layer(name)
        for k, v in style.items():
            if k not in ("visible", "opacity", "color", "width"):
                raise InputError(f"unknown style '{k}'.")
            setattr(lyr, k, v)
        self._emit(Change.STYLE, name)

    # ----- scenarios
    def scenario(self, name: str | None = None) -> Scenario:
        """A scenario by name; the first one when name is None."""
        # Name the file (docs/command-line.md: every refusal names it); an unsaved project is "the project".
        where = str(self.path) if self.path is not None else "the project"
        if not self.scenarios:
            raise InputError(f"{where} has no scenario; add one first.")
        if name is None:
            return next(iter(self.scenarios.values()))
        if name not in self.scenarios:
            raise InputError(f"{where} has no scenario named '{name}' (it has: {', '.join(self.scenarios)}).")
        return self.scenarios[name]

    def set_scenario(self, scenario: Scenario) -> None:
        self.stack.push(SetScenario(scenario.name, scenario.validate()))

    # ----- internal mutators used by commands (not for views)
    def _replace_data(self, name: str, data) -> None:
        self.layer(name).data = data
        self._emit(Change.FEATURES, name)

    def _insert_layer(self, layer: Layer, index: int | None) -> None:
        if self.has_layer(layer.name):
            raise InputError(f"the project already has a layer named '{layer.name}'.")
        if layer.role not in ROLES:
            raise InputError(f"layer '{layer.name}': unknown role '{layer.role}'.")
        if index is None:
            self._layers.append(layer)
        else:
            self._layers.insert(index, layer)
        self._emit(Change.LAYERS, layer.name)

    def _remove_layer(self, name: str) -> Layer:
        layer = self.layer(name)
        self._layers.remove(layer)
        self._emit(Change.LAYERS, name)
        return layer

    def _move_layer(self, name: str, index: int) -> None:
        layer = self.layer(name)
        self._layers.remove(layer)
        self._layers.insert(index, layer)
        self._emit(Change.LAYERS, name)

    def _set_scenario(self, name: str, scenario: Scenario | None) -> None:
        if scenario is None:
            self.scenarios.pop(name, None)
        else:
            self.scenarios[name] = scenario
        self._emit(Change.SCENARIOS, name)

    def _set_setting(self, key: str, value, present: bool) -> None:
        if present:
            self.settings[key] = value
        else:
            self.settings.pop(key, None)
        self._emit(Change.SETTINGS, key)
