"""Plan versions (snapshots): a dated, noted copy of the plan and of its indicators as computed then.

The plan is what the partners decide on: the layers with role ``defenses`` and ``resources`` and the
scenarios. Everything else (terrain, river, roads, buildings, jurisdictions) is the valley the plan is
made for and is not copied. Each plan layer is kept as GeoJSON text in the project's working CRS (the
coordinates as they are, metres), so the copy is readable by any tool that reads JSON.

A snapshot is added (:class:`AddSnapshot`) and a plan restored (:class:`RestoreSnapshot`) through the
project's command stack, so both can be undone. :func:`compare_plans` lists what changed between two plans:
features added, moved, removed and changed (by layer and ``id``) and scenarios added, removed, changed.

The indicators are computed by :mod:`floodplan.sim.indicators` (the model does not run simulations); a
snapshot only carries them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from floodplan.errors import InputError
from floodplan.model.commands import Command
from floodplan.model.project import Change

#: The roles of the layers that make up the plan (docs/command-line.md: defenses, resources, scenarios).
PLAN_ROLES = ("defenses", "resources")
#: A feature whose geometry moved by less than this (m, Hausdorff distance) has not moved: GeoJSON keeps
#: full double precision, so only a real edit exceeds it.
MOVE_TOLERANCE_M = 0.01


def now_iso() -> str:
    """The current time as ISO 8601 in UTC, to the second ("2026-11-30T12:40:00Z")."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass
class PlanLayer:
    """One plan layer as stored: name, role, GeoJSON text (working CRS) and the column dtypes."""

    name: str
    role: str
    geojson: str
    dtypes: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_frame(cls, name: str, role: str, gdf: gpd.GeoDataFrame) -> PlanLayer:
        g = gdf.copy()
        if g.geometry.name != "geometry":
            g = g.rename_geometry("geometry")
        dtypes = {c: str(g[c].dtype) for c in g.columns if c != "geometry"}
        # The index is the feature id the edit commands use; it is kept as each GeoJSON feature's "id".
        g.index = [int(i) for i in range(len(g))] if not _int_index(g.index) else g.index
        text = g.set_crs(None, allow_override=True).to_json(
            drop_id=False, na="null", to_wgs84=False, default=_json_value
        )
        return cls(name, role, text, dtypes)

    def frame(self, crs) -> gpd.GeoDataFrame:
        """The layer as a GeoDataFrame in ``crs`` (the project's working CRS), index = feature id."""
        data = json.loads(self.geojson)
        feats = data.get("features", [])
        cols = list(self.dtypes)
        if feats:
            gdf = gpd.GeoDataFrame.from_features(feats, crs=crs, columns=["geometry", *cols])
            gdf.index = pd.Index([int(f.get("id", i)) for i, f in enumerate(feats)])
        else:
            gdf = gpd.GeoDataFrame({c: [] for c in cols}, geometry=gpd.GeoSeries([], crs=crs), crs=crs)
        for c, dt in self.dtypes.items():
            if c not in gdf.columns:
                gdf[c] = None
            try:
                gdf[c] = gdf[c].astype(dt)
            except (TypeError, ValueError):
                pass  # a column with nulls stays as read (an int column with a missing value: float)
        return gdf[[*cols, "geometry"]]

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "geojson": self.geojson, "dtypes": self.dtypes}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PlanLayer:
        return cls(d["name"], d["role"], d["geojson"], dict(d.get("dtypes") or {}))


def _json_value(v):
    """JSON for the attribute values json does not know: dates as ISO 8601 text, numpy scalars as numbers."""
    if hasattr(v, "isoformat"):
        return v.isoformat()
    if isinstance(v, np.generic):
        return v.item()
    return str(v)


def _int_index(index) -> bool:
    return pd.api.types.is_integer_dtype(index) and index.is_unique


@dataclass
class Plan:
    """The plan of a project at one time: its plan layers (in drawing order) and its scenarios (as dicts)."""

    layers: list[PlanLayer]
    scenarios: dict[str, dict[str, Any]]

    @classmethod
    def of(cls, project) -> Plan:
        layers = [
            PlanLayer.from_frame(lyr.name, lyr.role, lyr.data)
            for lyr in project.layers
            if lyr.role in PLAN_ROLES and not lyr.is_raster
        ]
        return cls(layers, {n: s.to_dict() for n, s in project.scenarios.items()})

    def to_dict(self) -> dict[str, Any]:
        return {"layers": [lyr.to_dict() for lyr in self.layers], "scenarios": self.scenarios}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Plan:
        return cls([PlanLayer.from_dict(x) for x in d.get("layers", [])], dict(d.get("scenarios") or {}))

    def frames(self, crs) -> dict[str, tuple[str, gpd.GeoDataFrame]]:
        """{layer name: (role, GeoDataFrame in crs)}."""
        return {lyr.name: (lyr.role, lyr.frame(crs)) for lyr in self.layers}


@dataclass
class Snapshot:
    """A plan version.

    Attributes
    ----------
    name : unique within the project
    date : ISO 8601 UTC time it was taken
    note : free text (what was decided, at which meeting)
    plan : the plan then
    indicators : ``{"jurisdictions": {name: {scenario: {indicator: value}}}, "countries": {...}}`` as
        computed by :func:`floodplan.sim.indicators.compute_indicators` (``covered_population`` and
        ``gap_population`` keyed by ``joint``/``national``; people), plus ``warnings``
    floodplan_version : the floodplan that computed the indicators
    """

    name: str
    date: str
    note: str
    plan: Plan
    indicators: dict[str, Any]
    floodplan_version: str = ""

    def summary(self) -> dict[str, Any]:
        """Name, date and note (what ``floodplan info`` lists)."""
        return {"name": self.name, "date": self.date, "note": self.note}


def snapshots(project) -> list[Snapshot]:
    """The project's snapshots, oldest first (an empty list for projects that have none)."""
    return project.__dict__.setdefault("snapshots", [])


def find_snapshot(project, name: str, source: str = "the project") -> Snapshot:
    """The snapshot named ``name``; InputError listing the names when there is none."""
    for s in snapshots(project):
        if s.name == name:
            return s
    names = ", ".join(s.name for s in snapshots(project)) or "none; take one with floodplan snapshot"
    raise InputError(f"{source} has no snapshot named '{name}' (it has: {names}).")


# ---------------------------------------------------------------- commands
class AddSnapshot(Command):
    """Add a snapshot to the project (undo removes it). The plan itself is not changed."""

    def __init__(self, snapshot: Snapshot):
        self.snapshot = snapshot
        self.text = f"Save version {snapshot.name}"

    def redo(self, project) -> None:
        if any(s.name == self.snapshot.name for s in snapshots(project)):
            raise InputError(
                f"the project already has a snapshot named '{self.snapshot.name}'; choose another name."
            )
        snapshots(project).append(self.snapshot)
        project._emit(Change.SNAPSHOTS, self.snapshot.name)

    def undo(self, project) -> None:
        snapshots(project).remove(self.snapshot)
        project._emit(Change.SNAPSHOTS, self.snapshot.name)


class RestoreSnapshot(Command):
    """Put a snapshot's plan back: its plan layers' features and its scenarios replace the current ones.

    Plan layers of the same name keep their place and style and get the snapshot's features; plan layers
    the snapshot has and the project lacks are added; plan layers the snapshot lacks are removed. Undo
    gives back the plan exactly as it was (the same layer objects and data).
    """

    def __init__(self, snapshot: Snapshot):
        self.snapshot = snapshot
        self.text = f"Restore version {snapshot.name}"
        self._old_data: dict[str, Any] = {}
        self._added: list[str] = []
        self._removed: list[tuple[int, Any]] = []
        self._old_scenarios: dict[str, Any] = {}

    def redo(self, project) -> None:
        from floodplan.model.project import Layer
        from floodplan.model.scenario import Scenario

        frames = self.snapshot.plan.frames(project.crs)
        self._old_data, self._added, self._removed = {}, [], []
        for lyr in [x for x in project.layers if x.role in PLAN_ROLES and not x.is_raster]:
            if lyr.name in frames and frames[lyr.name][0] == lyr.role:
                self._old_data[lyr.name] = lyr.data
                project._replace_data(lyr.name, frames[lyr.name][1])
            else:
                self._removed.append((project.layer_names().index(lyr.name), lyr))
                project._remove_layer(lyr.name)
        for name, (role, gdf) in frames.items():
            if name not in self._old_data:
                if project.has_layer(name):
                    raise InputError(
                        f"version '{self.snapshot.name}': its layer '{name}' has the name of another layer "
                        "of the project; rename that layer first."
                    )
                project._insert_layer(Layer(name, role, gdf), None)
                self._added.append(name)
        self._old_scenarios = dict(project.scenarios)
        wanted = {n: Scenario.from_dict(d) for n, d in self.snapshot.plan.scenarios.items()}
        for name in list(project.scenarios):
            if name not in wanted:
                project._set_scenario(name, None)
        for name, sc in wanted.items():
            project._set_scenario(name, sc)
        # Scenarios keep the snapshot's order (the same dict object: views may hold it).
        _reorder(project.scenarios, list(wanted))

    def undo(self, project) -> None:
        for name in reversed(self._added):
            project._remove_layer(name)
        for index, lyr in sorted(self._removed, key=lambda t: t[0]):
            project._insert_layer(lyr, index)
        for name, data in self._old_data.items():
            project._replace_data(name, data)
        for name in list(project.scenarios):
            if name not in self._old_scenarios:
                project._set_scenario(name, None)
        for name, sc in self._old_scenarios.items():
            project._set_scenario(name, sc)
        _reorder(project.scenarios, list(self._old_scenarios))


def _reorder(d: dict, order: list) -> None:
    """Put the keys of ``d`` in ``order`` (others after them), in place."""
    items = [(k, d[k]) for k in order if k in d] + [(k, v) for k, v in d.items() if k not in order]
    d.clear()
    d.update(items)


# ---------------------------------------------------------------- comparing
def _feature_keys(gdf: gpd.GeoDataFrame) -> dict[str, Any]:
    """{identity: feature index}: a feature's ``id`` attribute, else its feature index (fid); an ``id``
    that several features share is told apart by their fid, so no feature is lost from the comparison."""
    keys = []
    for i in gdf.index:
        v = gdf.at[i, "id"] if "id" in gdf.columns else None
        missing = v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA
        keys.append(f"fid {i}" if missing else str(v))
    counts = pd.Series(keys).value_counts()
    return {(k if counts[k] == 1 else f"{k} (fid {i})"): i for k, i in zip(keys, gdf.index)}


def _same(a, b) -> bool:
    na = a is None or (isinstance(a, float) and np.isnan(a))
    nb = b is None or (isinstance(b, float) and np.isnan(b))
    if na or nb:
        return na and nb
    if isinstance(a, int | float | np.number) and isinstance(b, int | float | np.number):
        return float(a) == float(b)
    return str(a) == str(b)


def compare_plans(old: Plan, new: Plan, crs=None) -> dict[str, Any]:
    """What changed from plan ``old`` to plan ``new``.

    Features are matched by layer name and ``id`` (the feature index where a layer has no ``id``).

    Returns
    -------
    dict with ``features``: a list of ``{"change": "added"|"moved"|"removed"|"changed", "layer", "role",
    "id", "kind", "name", "moved_m", "attributes"}`` (``moved_m``: how far it moved, m, Hausdorff
    distance, for moved features; ``attributes``: ``{column: [old, new]}`` for changed ones; a feature
    both moved and changed is listed as moved with its attributes), ``geometries``: GeoDataFrame of those
    features (old geometry for removed, new otherwise) with ``change``, and ``scenarios``:
    ``{"added": [...], "removed": [...], "changed": [...]}``.
    """
    a, b = old.frames(crs), new.frames(crs)
    rows: list[dict[str, Any]] = []
    geoms: list = []
    for name in list(dict.fromkeys([*a, *b])):
        role = (b.get(name) or a.get(name))[0]
        ga = a[name][1] if name in a else gpd.GeoDataFrame(geometry=[], crs=crs)
        gb = b[name][1] if name in b else gpd.GeoDataFrame(geometry=[], crs=crs)
        ka, kb = _feature_keys(ga), _feature_keys(gb)
        for key in list(dict.fromkeys([*ka, *kb])):
            base = {"layer": name, "role": role, "id": key}
            if key not in ka or key not in kb:
                g, i = (gb, kb[key]) if key in kb else (ga, ka[key])
                change = "added" if key in kb else "removed"
                rows.append({**base, "change": change, **_describe(g, i)})
                geoms.append(g.geometry.loc[i])
                continue
            ra, rb = ga.loc[ka[key]], gb.loc[kb[key]]
            gA, gB = ra.geometry if hasattr(ra, "geometry") else ra["geometry"], rb["geometry"]
            moved = float(shapely.hausdorff_distance(gA, gB)) if gA is not None and gB is not None else 0.0
            attrs = {
                c: [json_scalar(ra.get(c)), json_scalar(rb.get(c))]
                for c in dict.fromkeys([*ga.columns, *gb.columns])
                if c != "geometry" and not _same(ra.get(c), rb.get(c))
            }
            if moved > MOVE_TOLERANCE_M or attrs:
                change = "moved" if moved > MOVE_TOLERANCE_M else "changed"
                rows.append(
                    {
                        **base,
                        "change": change,
                        **_describe(gb, kb[key]),
                        "moved_m": moved if change == "moved" else None,
                        "attributes": attrs,
                    }
                )
                geoms.append(gB)
    for r in rows:
        r.setdefault("moved_m", None)
        r.setdefault("attributes", {})
    geo = gpd.GeoDataFrame(
        {
            "change": [r["change"] for r in rows],
            "layer": [r["layer"] for r in rows],
            "id": [r["id"] for r in rows],
        },
        geometry=gpd.GeoSeries(geoms, crs=crs),
        crs=crs,
    )
    sa, sb = old.scenarios, new.scenarios
    scen = {
        "added": [n for n in sb if n not in sa],
        "removed": [n for n in sa if n not in sb],
        "changed": [n for n in sb if n in sa and sa[n] != sb[n]],
    }
    return {"features": rows, "geometries": geo, "scenarios": scen}


def json_scalar(v):
    """A JSON-friendly scalar: a numpy scalar as the Python number it holds, a float NaN as None.

    Anything else comes back as it is. Used for attribute values put in JSON-like dicts (plan comparisons
    here, :mod:`floodplan.sim.exposure`'s critical-facility list).
    """
    if isinstance(v, np.generic):
        return v.item()
    if isinstance(v, float) and np.isnan(v):
        return None
    return v


def _describe(g: gpd.GeoDataFrame, i) -> dict[str, Any]:
    return {
        "kind": json_scalar(g.at[i, "kind"]) if "kind" in g.columns else None,
        "name": json_scalar(g.at[i, "name"]) if "name" in g.columns else None,
    }
