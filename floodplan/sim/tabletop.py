"""Tabletop exercises: a flood replayed step by step with injects and decisions, and what they changed.

The stored form is ``Scenario.tabletop``, a JSON-able dict::

    {"start": "2025-04-12T06:00",          # ISO date and time of minute 0
     "duration_minutes": 1440, "step_minutes": 60,
     "inflow": {"x": .., "y": .., "hydrograph": [[minute, m3s], ...]}     # and/or
     (an inflow may add "width_m": the discharge enters over the cells within width_m / 2 of x, y)
     "inflows": [{"x": .., "y": .., "hydrograph": [[minute, m3s], ...]}, ...],  # several; and/or
     "stage": {"edge": "west", "series": [[minute, level_m], ...]},
     "outflow": ["east"],                    # optional: free outflow edges (normal depth)
     "manning": 0.035,
     "cell_m": 20,                           # optional: run the flood model on a coarser grid (m)
     "advection": false,                     # optional: full momentum instead of local inertial
     "theta": 1.0,                           # optional: de Almeida et al. (2012) weighting
     "injects": [{"minute", "kind", "target", "text", "geometry"}],
     "decisions": [{"minute", "kind", "resource", "to", "text"}]}

Inject kinds: ``breach`` (target: defense id; it drops to the ground at that minute), ``close_road``
(target: road ``id`` or ``name``; every piece of it closes), ``out_of_service`` (target: resource id),
``move_resource`` (target: resource id, geometry: [x, y]), ``message`` (text only). Decision kinds:
``send_resource`` (the resource is sent across the border: it may serve there, ``cross_border`` true,
and moves to ``to`` when given), ``move_resource`` (to ``to``), ``out_of_service``, ``note``.
Texts are a string or a dict language -> string. Coordinates are in the project's working CRS (m).

:class:`Exercise` holds the flood model (defenses burned as crests, breaches scheduled), the road
network (built once) and its own copy of the resources (the project's layers are never edited; the GUI
applies decisions through :func:`decision_command`). Minutes at the interface, SI inside.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import Point

from floodplan.core.grid import Grid
from floodplan.errors import InputError
from floodplan.progress import Feedback, step
from floodplan.sim.timeline import MODES, countries_of, coverage_at, first_arrival, timeline_row

EDGES = ("west", "east", "north", "south")
INJECT_KINDS = ("breach", "close_road", "out_of_service", "move_resource", "message")
DECISION_KINDS = ("send_resource", "move_resource", "out_of_service", "note")
#: Resource kinds that are destinations (people are taken there), not responders (as in the runner).
from floodplan.core.vocabulary import DESTINATION_KINDS  # noqa: E402

DEFAULT_START = "2000-01-01T00:00"


def text_in(text, lang: str = "en") -> str:
    """A text in one language: a plain string, or the ``lang`` entry of a dict (else English, else any)."""
    if text is None:
        return ""
    if isinstance(text, dict):
        for k in (lang, "en"):
            if text.get(k):
                return str(text[k])
        return str(next(iter(text.values()), ""))
    return str(text)


def _minute(v, what: str) -> float:
    try:
        m = float(v)
    except (TypeError, ValueError):
        raise InputError(f"{what}: 'minute' must be a number of minutes, got {v!r}") from None
    if not (math.isfinite(m) and m >= 0):
        raise InputError(f"{what}: 'minute' must be 0 or more, got {v!r}")
    return m


def _xy(v, what: str, key: str) -> tuple[float, float]:
    try:
        x, y = (float(a) for a in v)
    except (TypeError, ValueError):
        raise InputError(f"{what}: '{key}' must be [x, y] in the project's CRS (m), got {v!r}") from None
    if not (math.isfinite(x) and math.isfinite(y)):
        raise InputError(f"{what}: '{key}' must be finite coordinates, got {v!r}")
    return x, y


@dataclass
class Inject:
    """Something the facilitator puts into the exercise at a given minute.

    Attributes
    ----------
    minute : float
        Minutes after the start.
    kind : str
        One of :data:`INJECT_KINDS`.
    target : str or None
        Defense id (breach), road id or name (close_road), resource id (out_of_service, move_resource).
    text : str or dict or None
        Message for the teams (one string or language -> string).
    geometry : (x, y) or None
        New position (m, working CRS) for move_resource.
    """

    minute: float
    kind: str
    target: str | None = None
    text: Any = None
    geometry: tuple[float, float] | None = None

    def label(self) -> str:
        return f"inject '{self.kind}' at minute {self.minute:g}" + (
            f" ({self.target})" if self.target else ""
        )

    def validate(self) -> Inject:
        what = self.label()
        self.minute = _minute(self.minute, what)
        if self.kind not in INJECT_KINDS:
            raise InputError(f"{what}: kind must be one of {', '.join(INJECT_KINDS)}")
        if self.kind != "message" and not (self.target and str(self.target).strip()):
            raise InputError(f"{what}: needs a 'target' (the id of the defense, road or resource)")
        if self.kind == "message" and not self.text:
            raise InputError(f"{what}: a message needs a 'text'")
        if self.kind == "move_resource":
            if self.geometry is None:
                raise InputError(f"{what}: needs 'geometry' [x, y], the new position")
        if self.geometry is not None:
            self.geometry = _xy(self.geometry, what, "geometry")
        if self.target is not None:
            self.target = str(self.target).strip()
        return self

    def to_dict(self) -> dict:
        d: dict[str, Any] = {"minute": self.minute, "kind": self.kind}
        if self.target is not None:
            d["target"] = self.target
        if self.text is not None:
            d["text"] = self.text
        if self.geometry is not None:
            d["geometry"] = [float(self.geometry[0]), float(self.geometry[1])]
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Inject:
        if not isinstance(d, dict):
            raise InputError(f"an inject must be an object with minute and kind, got {d!r}")
        return cls(
            d.get("minute"), str(d.get("kind", "")), d.get("target"), d.get("text"), d.get("geometry")
        ).validate()


@dataclass
class Decision:
    """A scripted decision of the teams at a given minute (an engine command when applied to a project).

    Attributes
    ----------
    minute : float
    kind : str
        One of :data:`DECISION_KINDS`.
    resource : str or None
        Resource id (all kinds but note).
    to : (x, y) or None
        Where the resource goes (m, working CRS): required for move_resource, optional for send_resource.
    text : str or dict or None
    """

    minute: float
    kind: str
    resource: str | None = None
    to: tuple[float, float] | None = None
    text: Any = None

    def label(self) -> str:
        return f"decision '{self.kind}' at minute {self.minute:g}" + (
            f" ({self.resource})" if self.resource else ""
        )

    def validate(self) -> Decision:
        what = self.label()
        self.minute = _minute(self.minute, what)
        if self.kind not in DECISION_KINDS:
            raise InputError(f"{what}: kind must be one of {', '.join(DECISION_KINDS)}")
        if self.kind != "note" and not (self.resource and str(self.resource).strip()):
            raise InputError(f"{what}: needs 'resource', the id of the resource it concerns")
        if self.kind == "move_resource" and self.to is None:
            raise InputError(f"{what}: needs 'to' [x, y], where the resource goes")
        if self.to is not None:
            self.to = _xy(self.to, what, "to")
        if self.resource is not None:
            self.resource = str(self.resource).strip()
        return self

    def to_dict(self) -> dict:
        d: dict[str, Any] = {"minute": self.minute, "kind": self.kind}
        if self.resource is not None:
            d["resource"] = self.resource
        if self.to is not None:
            d["to"] = [float(self.to[0]), float(self.to[1])]
        if self.text is not None:
            d["text"] = self.text
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Decision:
        if not isinstance(d, dict):
            raise InputError(f"a decision must be an object with minute and kind, got {d!r}")
        return cls(
            d.get("minute"), str(d.get("kind", "")), d.get("resource"), d.get("to"), d.get("text")
        ).validate()


@dataclass
class Tabletop:
    """The parsed ``Scenario.tabletop`` dict (see the module docstring)."""

    start: str = DEFAULT_START
    duration_minutes: float = 1440.0
    step_minutes: float = 60.0
    inflow: dict | None = None
    stage: dict | None = None
    manning: float = 0.035
    cell_m: float | None = None
    injects: list[Inject] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    advection: bool = False  # the flood model keeps the convective term (see HydroModel)
    inflows: list = field(default_factory=list)  # more inflows, each like ``inflow``
    outflow: list = field(default_factory=list)  # free outflow edges
    theta: float | None = None  # de Almeida et al. weighting (None: the model's default)

    def all_inflows(self) -> list[dict]:
        """``inflow`` and ``inflows`` together, in order."""
        return ([self.inflow] if self.inflow is not None else []) + list(self.inflows)

    @property
    def start_time(self) -> datetime:
        return datetime.fromisoformat(self.start)

    def clock(self, minute: float) -> datetime:
        """Clock time of a minute of the exercise."""
        return self.start_time + timedelta(minutes=float(minute))

    def step_times(self) -> list[float]:
        """Minutes of the steps: 0, step, 2 step, ... and the end."""
        n = int(math.floor(self.duration_minutes / self.step_minutes + 1e-9))
        out = [self.step_minutes * k for k in range(n + 1)]
        if self.duration_minutes - out[-1] > 1e-9:
            out.append(self.duration_minutes)
        return out

    def to_dict(self) -> dict:
        d: dict[str, Any] = {
            "start": self.start,
            "duration_minutes": self.duration_minutes,
            "step_minutes": self.step_minutes,
            "manning": self.manning,
            "injects": [i.to_dict() for i in self.injects],
            "decisions": [x.to_dict() for x in self.decisions],
        }
        if self.inflow is not None:
            d["inflow"] = self.inflow
        if self.stage is not None:
            d["stage"] = self.stage
        if self.cell_m is not None:
            d["cell_m"] = self.cell_m
        if self.advection:
            d["advection"] = True
        if self.inflows:
            d["inflows"] = self.inflows
        if self.outflow:
            d["outflow"] = self.outflow
        if self.theta is not None:
            d["theta"] = self.theta
        return d

    @classmethod
    def from_dict(cls, d: dict | None, scenario: str = "tabletop") -> Tabletop:
        """Parse and check a stored tabletop; InputError names the scenario and the bad entry."""
        if not d:
            raise InputError(
                f"scenario '{scenario}' has no tabletop exercise; give it one (start, inflow, injects)"
            )
        what = f"scenario '{scenario}', tabletop"
        start = str(d.get("start") or DEFAULT_START)
        try:
            datetime.fromisoformat(start)
        except ValueError:
            raise InputError(
                f"{what}: 'start' {start!r} is not an ISO date and time like 2025-04-12T06:00"
            ) from None
        try:
            duration = float(d.get("duration_minutes", 1440))
            stepm = float(d.get("step_minutes", 60) or 60)
            manning = float(d.get("manning", 0.035) or 0.035)
            cell = d.get("cell_m")
            cell = None if cell in (None, "") else float(cell)
        except (TypeError, ValueError):
            raise InputError(
                f"{what}: duration_minutes, step_minutes, manning and cell_m must be numbers"
            ) from None
        if not (duration > 0 and stepm > 0):
            raise InputError(f"{what}: duration_minutes and step_minutes must be positive")
        if cell is not None and not cell > 0:
            raise InputError(f"{what}: cell_m must be a positive cell size in metres")
        inflow, stage = d.get("inflow"), d.get("stage")
        inflows = d.get("inflows") or []
        if not isinstance(inflows, list):
            raise InputError(f"{what}: 'inflows' must be a list of inflows (x, y, hydrograph)")
        if inflow is None and not inflows and stage is None:
            raise InputError(
                f"{what}: give the water's source: 'inflow' or 'inflows' (x, y, hydrograph) or 'stage' "
                "(edge, series)"
            )
        for k, one in enumerate(([inflow] if inflow is not None else []) + inflows):
            if not isinstance(one, dict) or not {"x", "y", "hydrograph"} <= set(one):
                raise InputError(f"{what}: inflow {k + 1} needs x, y and hydrograph [[minute, m3s], ...]")
            _series(one["hydrograph"], f"{what}, inflow {k + 1} hydrograph")
            w = one.get("width_m")
            if w is not None and not (isinstance(w, (int, float)) and not isinstance(w, bool) and w >= 0):
                raise InputError(f"{what}: inflow {k + 1} width_m must be a width in metres, 0 or more")
        outflow = d.get("outflow") or []
        if isinstance(outflow, str):
            outflow = [e.strip() for e in outflow.split(",") if e.strip()]
        if not isinstance(outflow, list) or any(str(e).lower() not in EDGES for e in outflow):
            raise InputError(f"{what}: 'outflow' must list edges among {', '.join(EDGES)}")
        outflow = [str(e).lower() for e in outflow]
        theta = d.get("theta")
        if theta is not None:
            try:
                theta = float(theta)
            except (TypeError, ValueError):
                raise InputError(f"{what}: 'theta' must be a number in (0, 1]") from None
        if stage is not None:
            if not isinstance(stage, dict) or not {"edge", "series"} <= set(stage):
                raise InputError(f"{what}: 'stage' needs edge and series [[minute, level_m], ...]")
            _series(stage["series"], f"{what}, stage series")
        advection = d.get("advection", False)
        if not isinstance(advection, bool):
            raise InputError(f"{what}: 'advection' must be true or false")
        injects = [Inject.from_dict(i) for i in d.get("injects") or []]
        decisions = [Decision.from_dict(x) for x in d.get("decisions") or []]
        return cls(
            start, duration, stepm, inflow, stage, manning, cell, injects, decisions, advection, inflows,
            outflow, theta,
        )  # fmt: skip


def _series(rows, what: str):
    from floodplan.sim.hydro import Hydrograph

    try:
        arr = np.asarray(rows, dtype=float)
        if arr.ndim != 2 or arr.shape[1] != 2:
            raise ValueError
    except (TypeError, ValueError):
        raise InputError(f"{what}: give rows [minute, value]") from None
    return Hydrograph(arr[:, 0], arr[:, 1], name=what)


# ---------------------------------------------------------------------------------------------------
# Events on the exercise's copy of the resources
@dataclass
class Event:
    """An inject or a decision, or something the engine noticed (kind ``flooded``, ``road_closed``)."""

    minute: float
    source: str  # 'inject', 'decision' or 'engine'
    kind: str
    target: str | None
    text: Any
    item: Inject | Decision | None = None

    def as_row(self, tabletop: Tabletop, lang: str = "en") -> dict:
        return {
            "minute": self.minute,
            "time": tabletop.clock(self.minute).isoformat(timespec="minutes"),
            "source": self.source,
            "kind": self.kind,
            "target": self.target or "",
            "text": text_in(self.text, lang),
        }


def _resource_row(res: gpd.GeoDataFrame, rid: str, what: str) -> int:
    hit = np.flatnonzero(res["id"].astype(str).to_numpy() == str(rid))
    if hit.size == 0:
        ids = ", ".join(res["id"].astype(str).tolist()[:20])
        raise InputError(f"{what}: no resource has id '{rid}' (ids: {ids}); fix the resource id")
    return int(hit[0])


def apply_to_resources(res: gpd.GeoDataFrame, item: Inject | Decision) -> gpd.GeoDataFrame:
    """The resources after one inject or decision (a new frame; ``res`` is left as it was)."""
    kind = item.kind
    if isinstance(item, Inject):
        if kind not in ("out_of_service", "move_resource"):
            return res
        rid, to = item.target, item.geometry
    else:
        if kind == "note":
            return res
        rid, to = item.resource, item.to
    out = res.copy()
    i = _resource_row(out, rid, item.label())
    col = out.columns.get_loc("in_service")
    if kind == "out_of_service":
        out.iloc[i, col] = False
    if kind == "send_resource":
        out.iloc[i, out.columns.get_loc("cross_border")] = True
    if to is not None and kind in ("move_resource", "send_resource"):
        out.iloc[i, out.columns.get_loc(out.geometry.name)] = Point(to)
    return out


def decision_command(project, decision: Decision | dict):
    """The undoable engine command that applies a decision to the project's resources layer.

    ``send_resource``: SetAttributes ``cross_border`` true (and SetGeometry to ``to`` when given), as one
    Macro; ``move_resource``: SetGeometry; ``out_of_service``: SetAttributes ``in_service`` false;
    ``note``: None (a note changes nothing). Push it with ``project.stack.push(cmd)``.

    Raises
    ------
    InputError
        No resources layer holds a feature with the decision's resource id.
    """
    from floodplan.model.commands import Macro, SetAttributes, SetGeometry

    d = decision if isinstance(decision, Decision) else Decision.from_dict(decision)
    if d.kind == "note":
        return None
    for lyr in project.layers_by_role("resources"):
        gdf = lyr.data
        if "id" not in gdf.columns:
            continue
        hit = gdf.index[gdf["id"].astype(str) == d.resource]
        if len(hit) == 0:
            continue
        fid = hit[0]
        text = f"{d.kind.replace('_', ' ').capitalize()} {d.resource} (T+{d.minute / 60:g} h)"
        if d.kind == "move_resource":
            return SetGeometry(lyr.name, fid, Point(d.to), text=text)
        if d.kind == "out_of_service":
            return SetAttributes(lyr.name, fid, {"in_service": False}, text=text)
        cmds = [SetAttributes(lyr.name, fid, {"cross_border": True})]
        if d.to is not None:
            cmds.append(SetGeometry(lyr.name, fid, Point(d.to)))
        return Macro(text, cmds)
    raise InputError(f"{d.label()}: no resources layer has a resource with id '{d.resource}'; fix the id")


# ---------------------------------------------------------------------------------------------------
@dataclass
class TimelineState:
    """The exercise at one minute.

    Attributes
    ----------
    minute : float
    time : datetime
        Clock time.
    depth : Grid
        Water depth (m) now, on the flood model's grid.
    closed_roads : GeoDataFrame
        Road pieces impassable now (water over the wading limit or closed by an inject), with a
        ``reason`` column (``water`` or ``inject``).
    resources : GeoDataFrame
        The exercise's resources with ``in_service`` as now.
    coverage : dict
        mode -> country -> {population, covered_population, gap_population} (people).
    access : dict
        mode -> AccessResult (assets with minutes, covered).
    injects : list of Inject
        Injects due at this step (since the previous state).
    decisions : list of Decision
        Decisions applied at this step.
    """

    minute: float
    time: datetime
    depth: Grid
    closed_roads: gpd.GeoDataFrame
    resources: gpd.GeoDataFrame
    coverage: dict
    access: dict
    injects: list = field(default_factory=list)
    decisions: list = field(default_factory=list)


@dataclass
class ExerciseResult:
    """What a replayed exercise produced.

    Attributes
    ----------
    scenario : str
    tabletop : Tabletop
    timeline : DataFrame
        One row per step: ``minute``, ``time`` (ISO), ``closed_pieces``, ``flooded_area_m2``,
        ``population_C``, ``covered_M_C``, ``gap_M_C`` (people; mode M, country C).
    events : DataFrame
        ``minute``, ``time``, ``source`` (inject/decision/engine), ``kind``, ``target``, ``text``.
    arrivals : GeoDataFrame
        Critical facilities (kinds in CRITICAL_KINDS): ``id``, ``name``, ``kind``, ``jurisdiction``,
        ``country``, ``arrival_minute`` (NaN if never reached), ``arrival_time``, ``max_depth_m``.
    snapshots : dict minute -> Grid
        Depth (m) at key times (breaches, peak extent, end).
    terrain : Grid
        The flood model's bed with defenses (unbreached) burned in.
    closed_roads : dict minute -> GeoDataFrame
        Pieces impassable at each snapshot minute.
    decision_effect : DataFrame
        Per step, mode and country: ``covered_with``, ``covered_without`` (the send_resource decisions
        left out) and ``difference`` (people).
    decision_summary : dict
        mode -> country -> {covered_with_final, covered_without_final, difference_final,
        max_difference, max_difference_minute} (people, minutes).
    countries : list of str
    notes : list of str
    """

    scenario: str
    tabletop: Tabletop
    timeline: pd.DataFrame
    events: pd.DataFrame
    arrivals: gpd.GeoDataFrame
    snapshots: dict
    terrain: Grid
    closed_roads: dict
    decision_effect: pd.DataFrame
    decision_summary: dict
    countries: list
    resources_final: gpd.GeoDataFrame | None = None
    notes: list = field(default_factory=list)


def _coarsen(dem: Grid, cell_m: float) -> Grid:
    """The DEM averaged over blocks of k x k cells (k = cell_m / cell size, rounded, at least 1)."""
    from affine import Affine

    k = max(int(round(cell_m / dem.dx)), 1)
    if k == 1:
        return dem
    rows, cols = dem.shape
    r, c = rows // k, cols // k
    z = dem.z[: r * k, : c * k].reshape(r, k, c, k)
    with np.errstate(invalid="ignore"):
        # nanmean: a block with some data keeps its mean; an all-nodata block stays nodata
        valid = np.isfinite(z).sum(axis=(1, 3))
        s = np.nansum(z, axis=(1, 3))
        zc = np.where(valid > 0, s / np.maximum(valid, 1), np.nan)
    t = dem.transform
    return Grid(zc, Affine(t.a * k, t.b, t.c, t.d, t.e * k, t.f), dem.crs)


#: Work (cell-steps: cells x time steps, :func:`exercise_work`) a tabletop's flood model may take by
#: default, so that a whole replay at the DEM's own resolution stays within issue 15's ten minutes on an
#: idle 2-core machine. The cost of a replay goes with the cells times the time steps, and the CFL step
#: with the cell size, so with the cube of the cell size. From benchmarks/bench_exercise.py: the sample's
#: 24 h spring flood on its 5 m DEM, estimated 1.48e11 cell-steps, took 549 s (build + replay, 960 CPU-s
#: on two threads, 141,722 steps, 4.69e10 cells computed, the inflow over its 36 m channel) on an idle
#: 2-core machine; at 10 m (1.86e10) 76 s. 1.5e11 is then about ten minutes. A river fed into one cell
#: (no inflow width) takes about twice as many steps as the estimate says: give it a width or a cell_m.
EXERCISE_MAX_CELL_STEPS = 1.5e11
#: Depth (m) of the deepest water the estimate assumes: it sets the CFL time step (the sample's spring
#: flood at 10 m: 2.3-4.2 m).
EXERCISE_REF_DEPTH_M = 4.0


def exercise_work(cells: float, cell_m: float, minutes: float) -> float:
    """Estimated work (cell-steps) of a flood model of ``cells`` cells of ``cell_m`` m over ``minutes``:
    the cells times the number of CFL time steps of water :data:`EXERCISE_REF_DEPTH_M` deep,
    ``dt = ALPHA dx / sqrt(g h)`` (Bates et al. 2010)."""
    from floodplan.sim.hydro import ALPHA
    from floodplan.sim.hydro_kernels import GRAVITY

    dt = ALPHA * cell_m / math.sqrt(GRAVITY * EXERCISE_REF_DEPTH_M)
    return cells * minutes * 60.0 / dt


def exercise_cell_m(dem: Grid, minutes: float = 1440.0) -> float:
    """Default cell size (m) of a tabletop's flood model over ``minutes``: the DEM's own where its valid
    cells' estimated work (:func:`exercise_work`) is within :data:`EXERCISE_MAX_CELL_STEPS`, else the
    smallest whole multiple of it that brings it there (a tabletop has no ``cell_m`` of its own)."""
    n = int(np.count_nonzero(np.isfinite(dem.z)))
    k = 1
    while exercise_work(n / (k * k), dem.dx * k, minutes) > EXERCISE_MAX_CELL_STEPS:
        k += 1
    return float(dem.dx * k)


def flood_model(project, sc, tt: Tabletop, cell_m: float | None = None):
    """The flood model of a dynamic scenario: (grid, HydroModel) with the project's defenses as crests,
    the tabletop's inflows, stage, free outflow edges, Manning's n and theta, and its breach injects
    scheduled. ``cell_m`` (else the tabletop's ``cell_m``, else :func:`exercise_cell_m`: the DEM's own
    where that is small enough) is the model's cell size.
    Shared by :class:`Exercise` and the scenario runner (``floodplan run`` on a dynamic scenario)."""
    from floodplan.sim.hydro import THETA, HydroModel
    from floodplan.sim.setup import flood_defenses
    from floodplan.sim.terrain import defense_cells

    dem = project.dem
    cell = cell_m if cell_m is not None else tt.cell_m
    if cell is None:
        cell = exercise_cell_m(dem, tt.duration_minutes)
    grid = _coarsen(dem, cell) if cell else dem
    defenses = flood_defenses(project)
    dc = defense_cells(defenses if len(defenses) else None, grid, sc.breaches, sc.include_planned)
    inflows = [
        (float(one["x"]), float(one["y"]), _series(one["hydrograph"], f"inflow {k + 1}"), one.get("width_m"))
        for k, one in enumerate(tt.all_inflows())
    ]
    stage = (tt.stage["edge"], _series(tt.stage["series"], "stage")) if tt.stage is not None else None
    model = HydroModel(
        grid,
        inflows=inflows,
        stage=stage,
        manning=tt.manning,
        defense_crests=dc.dense(grid.shape),
        advection=tt.advection,
        outflow=tt.outflow,
        theta=THETA if tt.theta is None else tt.theta,
    )
    known = {d: i for i, d in enumerate(dc.ids)}
    for inj in tt.injects:
        if inj.kind == "breach":
            if inj.target not in known:
                raise InputError(
                    f"scenario '{sc.name}', {inj.label()}: no active defense has id '{inj.target}' "
                    f"(active: {', '.join(dc.ids) or 'none'}); fix the target"
                )
            mask = np.zeros(grid.shape[0] * grid.shape[1], dtype=bool)
            mask[dc.cells[known[inj.target]]] = True
            model.set_breach(mask.reshape(grid.shape), inj.minute, name=inj.target)
    return grid, model


class Exercise:
    """A tabletop exercise replayed on a project's layers (the project is never changed).

    Parameters
    ----------
    project : Project
    scenario_name : str
        A scenario whose ``tabletop`` holds the exercise.
    feedback : Feedback, optional
        Progress and cancellation while building (network, flood model).
    cell_m : float, optional
        Cell size (m) of the flood model; overrides the tabletop's ``cell_m`` (default:
        :func:`exercise_cell_m`).
    """

    def __init__(
        self, project, scenario_name: str, feedback: Feedback | None = None, cell_m: float | None = None
    ):
        from floodplan.sim.access import AccessInputs
        from floodplan.sim.setup import exercise_inputs, project_max_snap_m, road_network

        self.project = project
        sc = project.scenario(scenario_name)
        self.scenario = sc
        self.tabletop = Tabletop.from_dict(sc.tabletop, sc.name)
        tt = self.tabletop
        self.notes: list[str] = []
        step(feedback, 0.0, "flood model")
        self.grid, self.model = flood_model(project, sc, tt, cell_m)
        self.terrain = self.grid.like(self.model.terrain)

        step(feedback, 0.3, "road network")
        layers = exercise_inputs(project)
        self.jurisdictions = layers.jurisdictions
        roads = layers.roads
        if len(roads) == 0:
            raise InputError(
                "the project has no roads layer (role 'roads'): travel times need a road network."
            )
        if len(self.jurisdictions) == 0:
            raise InputError(
                "the project has no jurisdictions layer (role 'jurisdictions' with name and country)."
            )
        net = road_network(roads, self.jurisdictions, sc.crossing_delay_min)
        self.network = net
        self._road_pieces: dict[str, np.ndarray] = {}
        for inj in tt.injects:
            if inj.kind == "close_road":
                m = np.zeros(net.n_pieces, dtype=bool)
                for col in ("id", "name"):
                    if col in net.pieces.columns:
                        m |= net.pieces[col].astype(str).to_numpy() == inj.target
                if not m.any():
                    raise InputError(
                        f"scenario '{sc.name}', {inj.label()}: no road has id or name '{inj.target}'; fix the target"
                    )
                self._road_pieces[inj.target] = m

        step(feedback, 0.6, "resources and buildings")
        res = layers.resources
        if len(res) == 0:
            raise InputError("the project has no resources layer (role 'resources'): nobody responds.")
        res = res.copy()
        if "id" not in res.columns:
            res["id"] = [str(i) for i in range(len(res))]
        res["id"] = res["id"].astype(str)
        res["in_service"] = res["in_service"].fillna(True).astype(bool) if "in_service" in res else True
        res["cross_border"] = res["cross_border"].fillna(True).astype(bool) if "cross_border" in res else True
        res["kind"] = res["kind"].astype(str).str.lower()
        for item in [*tt.injects, *tt.decisions]:  # check every id now, not hours into the replay
            if isinstance(item, Inject) and item.kind in ("out_of_service", "move_resource"):
                _resource_row(res, item.target, f"scenario '{sc.name}', {item.label()}")
            if isinstance(item, Decision) and item.kind != "note":
                _resource_row(res, item.resource, f"scenario '{sc.name}', {item.label()}")
        self._resources0 = res
        self.assets = layers.assets
        if len(self.assets) == 0:
            raise InputError("the project has no buildings layer (role 'assets'): coverage needs people.")
        self._max_snap_m = project_max_snap_m(project)
        base = AccessInputs.prepare(
            net,
            self._responders(res),
            self.assets,
            self.jurisdictions,
            self.grid,
            max_snap_m=self._max_snap_m,
        )
        self._asset_cells = base.asset_cells
        self._inputs_cache: dict = {(): base}
        self.countries = countries_of(base)
        self.target_minutes = {
            **{k: sc.target_minutes(k) for k in set(res["kind"]) if k not in DESTINATION_KINDS},
            **sc.minutes,
        }
        self._items = self._ordered(tt.decisions)
        self._applied = 0
        self._applied_keys: tuple = ()
        self.resources = res
        self._closed = np.zeros(net.n_pieces, dtype=bool)
        self._pending_injects: list[Inject] = []
        self._pending_decisions: list[Decision] = []
        step(feedback, 1.0, "exercise ready")

    # ------------------------------------------------------------------ helpers
    def _ordered(self, decisions) -> list:
        """The injects and ``decisions`` in time order; injects before decisions at the same minute."""
        return sorted(
            [*self.tabletop.injects, *decisions], key=lambda it: (it.minute, isinstance(it, Decision))
        )

    def set_decisions(self, decisions: list[Decision], reported: bool = True) -> None:
        """Replace the exercise's decisions (e.g. with those the teams took in the app).

        The resources follow the new decisions from the next :meth:`advance_to` on (advancing to the
        current minute re-derives them now). With ``reported`` the items up to the current minute count
        as already reported (:meth:`state` does not list them as due again); without, all are reported
        as they fall due from the start.
        """
        for d in decisions:
            d.validate()
        self.tabletop.decisions = list(decisions)
        self._items = self._ordered(self.tabletop.decisions)
        # the cached access inputs are keyed by positions in the item list, which now mean other items
        self._inputs_cache = {(): self._inputs_cache[()]}
        self._applied = sum(1 for it in self._items if it.minute <= self.minute + 1e-9) if reported else 0

    def _responders(self, res: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        keep = res["in_service"].astype(bool) & ~res["kind"].isin(DESTINATION_KINDS)
        return res[keep].reset_index(drop=True)

    def _inputs_for(self, keys: tuple, res: gpd.GeoDataFrame):
        """AccessInputs for a resource state (cached by the scripted items that made it)."""
        from floodplan.sim.access import AccessInputs

        hit = self._inputs_cache.get(keys)
        if hit is None:
            hit = AccessInputs.prepare(
                self.network,
                self._responders(res),
                self.assets,
                self.jurisdictions,
                self.grid,
                self._asset_cells,
                max_snap_m=self._max_snap_m,
            )
            self._inputs_cache[keys] = hit
        return hit

    def _resources_at(self, minute: float, skip_send: bool) -> tuple[tuple, gpd.GeoDataFrame]:
        """The resource state at a minute from the scripted items (send decisions left out if asked)."""
        res, keys = self._resources0, []
        for k, it in enumerate(self._items):
            if it.minute > minute + 1e-9:
                break
            if skip_send and isinstance(it, Decision) and it.kind == "send_resource":
                continue
            new = apply_to_resources(res, it)
            if new is not res:
                keys.append(k)
                res = new
        return tuple(keys), res

    def _closed_at(self, minute: float) -> np.ndarray:
        m = np.zeros(self.network.n_pieces, dtype=bool)
        for inj in self.tabletop.injects:
            if inj.kind == "close_road" and inj.minute <= minute + 1e-9:
                m |= self._road_pieces[inj.target]
        return m

    # ------------------------------------------------------------------ stepping
    @property
    def minute(self) -> float:
        return self.model.minute

    def advance_to(self, minute: float, feedback: Feedback | None = None) -> None:
        """Run the flood to ``minute`` and apply the injects and decisions due by then."""
        self.model.advance_to(minute, feedback=feedback)
        while self._applied < len(self._items) and self._items[self._applied].minute <= minute + 1e-9:
            it = self._items[self._applied]
            (self._pending_decisions if isinstance(it, Decision) else self._pending_injects).append(it)
            self._applied += 1
        self._applied_keys, self.resources = self._resources_at(minute, skip_send=False)
        self._closed = self._closed_at(minute)

    def state(self) -> TimelineState:
        """The exercise now (see :class:`TimelineState`); the injects and decisions listed are those due
        since the previous call."""
        depth = self.grid.like(self.model.depth)
        terrain = self.grid.like(self.model.terrain)
        inputs = self._inputs_for(self._applied_keys, self.resources)
        cov = coverage_at(
            self.network,
            inputs,
            depth,
            MODES,
            self.target_minutes,
            self.scenario.max_depth_m,
            terrain=terrain,
            closed_pieces=self._closed,
            wading=self.scenario.wading_m,
            boat_draft_m=self.scenario.boat_draft_m,
        )
        pieces = self.network.pieces
        closed = pieces[cov.blocked].copy()
        closed["reason"] = np.where(self._closed[cov.blocked], "inject", "water")
        coverage = {m: {c: dict(v) for c, v in r.summary["countries"].items()} for m, r in cov.access.items()}
        st = TimelineState(
            self.minute,
            self.tabletop.clock(self.minute),
            depth,
            closed,
            self.resources.copy(),
            coverage,
            cov.access,
            list(self._pending_injects),
            list(self._pending_decisions),
        )
        self._pending_injects.clear()
        self._pending_decisions.clear()
        return st

    def run(self, feedback: Feedback | None = None) -> ExerciseResult:
        """Replay the whole exercise step by step; returns an :class:`ExerciseResult`."""
        tt = self.tabletop
        times = tt.step_times()
        depths: dict[float, Grid] = {}
        terrains: dict[float, Grid] = {}
        rows: list[dict] = []
        events: list[Event] = []
        closed_by_minute: dict[float, gpd.GeoDataFrame] = {}
        was_closed = np.zeros(self.network.n_pieces, dtype=bool)
        res_cells = None
        flooded_res: set[str] = set()
        n = len(times)
        for i, t in enumerate(times):
            sub = feedback.sub(0.85 * i / n, 0.85 * (i + 0.8) / n) if feedback is not None else None
            self.advance_to(t, feedback=sub)
            step(feedback, 0.85 * (i + 0.8) / n, f"coverage at T+{t / 60:g} h")
            st = self.state()
            depths[t] = grid32 = self.grid.like(st.depth.z.astype(np.float32))
            terrains[t] = self.grid.like(self.model.terrain)
            for it in st.injects:
                events.append(Event(it.minute, "inject", it.kind, it.target, it.text, it))
            for it in st.decisions:
                events.append(Event(it.minute, "decision", it.kind, it.resource, it.text, it))
            # what the engine notices: roads the water closes, resource sites the water reaches
            water = st.closed_roads["reason"].to_numpy() == "water"
            now_closed = np.zeros_like(was_closed)
            now_closed[np.flatnonzero(self._blocked_index(st))[water]] = True
            newly = now_closed & ~was_closed
            if newly.any():
                events.extend(self._road_events(t, newly))
            was_closed |= now_closed
            if res_cells is None or len(res_cells[1]) != len(st.resources):
                res_cells = (self._cells_of(st.resources), st.resources)
            d_at = np.nan_to_num(grid32.z.ravel()[res_cells[0]], nan=0.0)
            for rid, name, dep in zip(st.resources["id"], st.resources.get("name", st.resources["id"]), d_at):
                if dep > self.scenario.max_depth_m and rid not in flooded_res:
                    flooded_res.add(rid)
                    events.append(
                        Event(t, "engine", "flooded", rid, {
                            "en": f"Water {dep:.2f} m deep at {name} ({rid})",
                            "de": f"Wasser {dep:.2f} m tief an {name} ({rid})",
                        })
                    )  # fmt: skip
            row = timeline_row(t, _Cov(st), st.depth, self.countries)
            row["time"] = st.time.isoformat(timespec="minutes")
            rows.append(row)
            closed_by_minute[t] = st.closed_roads
        timeline = pd.DataFrame(rows)
        cols = ["minute", "time"] + [c for c in timeline.columns if c not in ("minute", "time")]
        timeline = timeline[cols]

        step(feedback, 0.86, "arrival at critical facilities")
        arrivals = self._arrivals()
        step(feedback, 0.9, "what the cross-border decisions changed")
        effect, summary = self._decision_effect(times, depths, terrains, timeline, feedback)
        key = self._key_minutes(times, timeline)
        snaps = {t: depths[t] for t in key}
        ev = pd.DataFrame(
            [e.as_row(tt) for e in sorted(events, key=lambda e: (e.minute, e.source != "inject"))]
        )
        if ev.empty:
            ev = pd.DataFrame(columns=["minute", "time", "source", "kind", "target", "text"])
        ev.attrs["texts"] = [e.text for e in sorted(events, key=lambda e: (e.minute, e.source != "inject"))]
        step(feedback, 1.0, "exercise done")
        return ExerciseResult(
            self.scenario.name,
            tt,
            timeline,
            ev,
            arrivals,
            snaps,
            self.terrain,
            {t: closed_by_minute[t] for t in key},
            effect,
            summary,
            list(self.countries),
            self.resources.copy(),
            list(dict.fromkeys(self.notes + list(self.network.notes))),
        )

    # ------------------------------------------------------------------ result pieces
    def _blocked_index(self, st: TimelineState) -> np.ndarray:
        m = np.zeros(self.network.n_pieces, dtype=bool)
        pos = self.network.pieces.index.get_indexer(st.closed_roads.index)
        m[pos] = True
        return m

    def _road_events(self, t: float, newly: np.ndarray) -> list[Event]:
        p = self.network.pieces[newly]
        labels = [f"road piece {i}" for i in p.index]
        for col in ("id", "name"):  # the name where there is one, else the road id
            if col in p.columns:
                v = p[col].astype(object).to_numpy()
                labels = [str(x) if x is not None and str(x) not in ("", "nan", "None") else lab
                          for x, lab in zip(v, labels, strict=True)]  # fmt: skip
        bridge = (
            p["bridge"].fillna(False).astype(bool).to_numpy()
            if "bridge" in p.columns
            else np.zeros(len(p), bool)
        )
        out = []
        for nm in sorted({lab for lab, b in zip(labels, bridge, strict=True) if b}):
            out.append(Event(t, "engine", "road_closed", nm, {
                "en": f"Bridge {nm} impassable (water)", "de": f"Brücke {nm} unpassierbar (Wasser)"}))  # fmt: skip
        rest = int((~bridge).sum())
        if rest:
            out.append(Event(t, "engine", "road_closed", None, {
                "en": f"{rest} more road piece(s) impassable (water deeper than {self.scenario.max_depth_m:g} m)",
                "de": f"{rest} weitere Straßenabschnitt(e) unpassierbar (Wasser tiefer als "
                f"{self.scenario.max_depth_m:g} m)"}))  # fmt: skip
        return out

    def _cells_of(self, res: gpd.GeoDataFrame) -> np.ndarray:
        x = res.geometry.x.to_numpy()
        y = res.geometry.y.to_numpy()
        r, c = self.grid.rowcol(x, y)
        r = np.clip(r, 0, self.grid.shape[0] - 1)
        c = np.clip(c, 0, self.grid.shape[1] - 1)
        return r * self.grid.shape[1] + c

    def _arrivals(self) -> gpd.GeoDataFrame:
        from floodplan.model.schema import CRITICAL_KINDS
        from floodplan.sim.exposure import assign_jurisdictions
        from floodplan.sim.footprints import AssetCells

        a = self.assets
        kinds = a["kind"].astype(str).str.lower() if "kind" in a.columns else pd.Series([""] * len(a))
        crit = a[kinds.isin(CRITICAL_KINDS).to_numpy()].reset_index(drop=True)
        cols = [
            "id",
            "name",
            "kind",
            "jurisdiction",
            "country",
            "arrival_minute",
            "arrival_time",
            "max_depth_m",
        ]
        if len(crit) == 0:
            return gpd.GeoDataFrame({c: [] for c in cols}, geometry=[], crs=a.crs)
        crit = assign_jurisdictions(crit, self.jurisdictions, "assets")
        cells = AssetCells.build(crit, self.grid)
        arr = first_arrival(cells, self.model.arrival_minutes)
        out = gpd.GeoDataFrame(
            {
                "id": crit["id"].astype(str) if "id" in crit else [str(i) for i in range(len(crit))],
                "name": crit["name"].fillna("").astype(str) if "name" in crit else "",
                "kind": crit["kind"].astype(str),
                "jurisdiction": crit["jurisdiction"],
                "country": crit["country"],
                "arrival_minute": arr,
                "arrival_time": [
                    self.tabletop.clock(m).isoformat(timespec="minutes") if np.isfinite(m) else ""
                    for m in arr
                ],
                "max_depth_m": cells.max_of(self.model.max_depth, fill=0.0),
            },
            geometry=crit.geometry.values,
            crs=a.crs,
        )
        return out.sort_values(["arrival_minute", "name"], na_position="last").reset_index(drop=True)

    def _decision_effect(self, times, depths, terrains, timeline, feedback):
        sends = [d for d in self.tabletop.decisions if d.kind == "send_resource"]
        recs = []
        for i, t in enumerate(times):
            keys, res = self._resources_at(t, skip_send=True)
            row = timeline.iloc[i]
            if sends and any(d.minute <= t + 1e-9 for d in sends):
                step(feedback, 0.9 + 0.09 * i / len(times), f"without the decisions at T+{t / 60:g} h")
                inputs = self._inputs_for(("no-send",) + keys, res)
                cov = coverage_at(
                    self.network,
                    inputs,
                    depths[t],
                    MODES,
                    self.target_minutes,
                    self.scenario.max_depth_m,
                    terrain=terrains[t],
                    closed_pieces=self._closed_at(t),
                    wading=self.scenario.wading_m,
                    boat_draft_m=self.scenario.boat_draft_m,
                )
                without = {m: r.summary["countries"] for m, r in cov.access.items()}
            else:
                without = None
            for m in MODES:
                for c in self.countries:
                    w = float(row[f"covered_{m}_{c}"])
                    wo = float(without[m].get(c, {}).get("covered_population", 0.0)) if without else w
                    recs.append({"minute": t, "mode": m, "country": c, "covered_with": w,
                                 "covered_without": wo, "difference": w - wo})  # fmt: skip
        effect = pd.DataFrame(recs)
        summary: dict = {}
        for m in MODES:
            summary[m] = {}
            for c in self.countries:
                e = effect[(effect["mode"] == m) & (effect["country"] == c)]
                k = int(np.argmax(e["difference"].to_numpy())) if len(e) else 0
                summary[m][c] = {
                    "covered_with_final": float(e["covered_with"].iloc[-1]) if len(e) else 0.0,
                    "covered_without_final": float(e["covered_without"].iloc[-1]) if len(e) else 0.0,
                    "difference_final": float(e["difference"].iloc[-1]) if len(e) else 0.0,
                    "max_difference": float(e["difference"].iloc[k]) if len(e) else 0.0,
                    "max_difference_minute": float(e["minute"].iloc[k]) if len(e) else 0.0,
                }
        summary["decisions"] = [d.to_dict() for d in sends]
        return effect, summary

    def _key_minutes(self, times, timeline) -> list[float]:
        """Up to four steps worth a map: the first step after each breach, the peak extent, the end."""
        key = []
        for inj in self.tabletop.injects:
            if inj.kind == "breach":
                after = [t for t in times if t >= inj.minute - 1e-9]
                if after:
                    key.append(after[0])
        peak = float(timeline["minute"].iloc[int(np.argmax(timeline["flooded_area_m2"].to_numpy()))])
        mid = times[len(times) // 2]
        key += [mid, peak, times[-1]]
        out = sorted(set(key))
        while len(out) > 4:
            out.pop(1)
        return out


class _Cov:
    """Adapter: a TimelineState seen as a StepCoverage for :func:`timeline_row`."""

    def __init__(self, st: TimelineState):
        self.access = st.access
        self.blocked = np.ones(len(st.closed_roads), dtype=bool)
