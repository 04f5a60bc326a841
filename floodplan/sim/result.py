"""What a scenario run produces, in one typed shape: :class:`ScenarioResult`.

The runner (:func:`floodplan.sim.runner.run_scenario`) returns it, the app's live coverage update
(:mod:`floodplan.sim.live`) returns a new one with its response parts replaced, and every reader (the
dashboard, the plates and the report, the map drawing of :mod:`floodplan.render`) reads it through the
typed fields and methods below, never by guessing at names. ``summary`` is the JSON document
``floodplan run`` writes as summary.json (docs/command-line.md); readers use the typed parts instead.

Units: depths and levels in metres, areas in m², volumes in m³, travel times in minutes, populations in
people, costs in the defenses' currency (EUR in the sample). A result records the project revision and
scenario it came from (:meth:`ScenarioResult.is_current`), so a stale result can be told from a current one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import pandas as pd

from floodplan.core.grid import Grid

if TYPE_CHECKING:  # engine types, imported lazily elsewhere (numba compilation at import)
    from floodplan.model.scenario import Scenario
    from floodplan.sim.access import AccessResult
    from floodplan.sim.exposure import ExposureResult
    from floodplan.sim.shelters import ShelterResult

__all__ = [
    "AreaFlood",
    "Coverage",
    "DefenseAppraisal",
    "InundationFigures",
    "ScenarioResult",
]


@dataclass(frozen=True)
class AreaFlood:
    """The flood in one jurisdiction: ``flooded_area_m2`` (m²) and ``volume_m3`` (m³)."""

    flooded_area_m2: float
    volume_m3: float


@dataclass(frozen=True)
class InundationFigures:
    """The figures of ``floodplan inundate --json`` (docs/command-line.md) for one flood.

    Attributes
    ----------
    level_m : float or None
        The flat water level (m); None for a sloped (profile) or dynamic flood.
    flooded_cells : int
        Cells with depth > 0.
    flooded_area_m2 : float
        Their area (m²).
    volume_m3 : float
        Water held (m³).
    max_depth_m : float
        Deepest water (m), 0 when dry.
    jurisdictions : {name: AreaFlood}
        Every jurisdiction, flooded or not, in the layer's order.
    requested_volume_m3 : float or None
        A volume flood's requested volume (m³); ``volume_m3`` is what the flood holds.
    """

    level_m: float | None
    flooded_cells: int
    flooded_area_m2: float
    volume_m3: float
    max_depth_m: float
    jurisdictions: Mapping[str, AreaFlood] = field(default_factory=dict)
    requested_volume_m3: float | None = None

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> InundationFigures:
        """From the JSON object of :func:`floodplan.sim.stats.inundation_json`."""
        return cls(
            level_m=None if d.get("level_m") is None else float(d["level_m"]),
            flooded_cells=int(d.get("flooded_cells", 0)),
            flooded_area_m2=float(d.get("flooded_area_m2", 0.0)),
            volume_m3=float(d.get("volume_m3", 0.0)),
            max_depth_m=float(d.get("max_depth_m", 0.0)),
            jurisdictions={
                str(n): AreaFlood(float(j.get("flooded_area_m2", 0.0)), float(j.get("volume_m3", 0.0)))
                for n, j in (d.get("jurisdictions") or {}).items()
            },
            requested_volume_m3=None
            if d.get("requested_volume_m3") is None
            else float(d["requested_volume_m3"]),
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON object, keys in the contract's order (the inverse of :meth:`from_json`)."""
        out: dict[str, Any] = {
            "level_m": self.level_m,
            "flooded_cells": self.flooded_cells,
            "flooded_area_m2": self.flooded_area_m2,
            "volume_m3": self.volume_m3,
            "max_depth_m": self.max_depth_m,
            "jurisdictions": {
                n: {"flooded_area_m2": j.flooded_area_m2, "volume_m3": j.volume_m3}
                for n, j in self.jurisdictions.items()
            },
        }
        if self.requested_volume_m3 is not None:
            out["requested_volume_m3"] = self.requested_volume_m3
        return out


def _of_mode(frame: gpd.GeoDataFrame | None, mode: str) -> gpd.GeoDataFrame | None:
    if frame is None or len(frame) == 0 or "mode" not in frame.columns:
        return frame
    return frame[frame["mode"].astype(str) == mode]


@dataclass
class Coverage:
    """The coverage overlays of both response modes (:func:`floodplan.sim.coverage.coverage_overlays`).

    Attributes
    ----------
    gaps : GeoDataFrame
        Buildings nobody reaches within the target, dissolved per jurisdiction, both modes (column
        ``mode``), with ``jurisdiction``, ``country``, ``population`` (people).
    gaps_by_kind : GeoDataFrame or None
        The same per resource kind (column ``kind``), both modes.
    service_areas : GeoDataFrame or None
        What each resource reaches within its target (column ``mode``, ``kind``); None when not computed.
    cooperation_gain : {"countries" | "jurisdictions": {name: {"cooperation_gain_population": people,
        "kinds": {kind: people}}}}
        Covered people in joint mode minus national mode.
    gap_closers : DataFrame or None
        Which other-country resources close each national gap.
    """

    gaps: gpd.GeoDataFrame
    gaps_by_kind: gpd.GeoDataFrame | None = None
    service_areas: gpd.GeoDataFrame | None = None
    cooperation_gain: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    gap_closers: pd.DataFrame | None = None

    @classmethod
    def from_overlays(cls, d: Mapping[str, Any]) -> Coverage:
        """From the dict of :func:`floodplan.sim.coverage.coverage_overlays`."""
        return cls(
            gaps=d["gaps"],
            gaps_by_kind=d.get("gaps_by_kind"),
            service_areas=d.get("service_areas"),
            cooperation_gain=dict(d.get("cooperation_gain") or {}),
            gap_closers=d.get("gap_closers"),
        )

    def gaps_of(self, mode: str) -> gpd.GeoDataFrame | None:
        """The gap polygons of one mode ('national' or 'joint')."""
        return _of_mode(self.gaps, mode)

    def service_areas_of(self, mode: str) -> gpd.GeoDataFrame | None:
        """The service areas of one mode, or None when the run made none."""
        return _of_mode(self.service_areas, mode)

    def gaps_of_kind(self, mode: str, kind: str) -> gpd.GeoDataFrame | None:
        """The gaps one resource kind leaves in one mode, or None when the run has no per-kind gaps."""
        g = self.gaps_by_kind
        if g is None or "kind" not in g.columns:
            return None
        g = _of_mode(g, mode)
        return g[g["kind"].astype(str) == str(kind)]

    def gain_population(self, country: str) -> float | None:
        """A country's cooperation gain (people), or None when the run has none for it."""
        entry = (self.cooperation_gain.get("countries") or {}).get(country)
        return None if entry is None else float(entry["cooperation_gain_population"])


@dataclass
class DefenseAppraisal:
    """What one defense changes, per jurisdiction and country (:func:`floodplan.sim.appraisal.
    appraise_defenses` gives the same as JSON; the keys of ``jurisdictions`` entries are documented there).

    Attributes
    ----------
    id : str
    name : str or None
    status : str
        'existing' or 'planned'.
    cost : float
        Its cost (currency units).
    mode : str
        Mode of the headline figures: 'level', 'volume' or 'profile'.
    levels_m : {mode: {"with": m, "without": m}}
        Water levels (m) with and without the defense per flat mode.
    volume_m3 : float or None
        The volume compared in volume mode (m³).
    jurisdictions, countries : {name: {figure: value}}
        ``benefit_population``, ``harm_population`` (people), ``benefit_buildings``, ``harm_buildings``,
        ``cost_share`` (0–1), ``cost_share_amount`` (currency), jurisdictions also ``country``, and per
        mode computed the with/without figures.
    transboundary_harm : bool
        One country benefits while another is flooded by it.
    notes : list of str
    """

    id: str
    name: str | None
    status: str
    cost: float
    mode: str
    levels_m: dict[str, dict[str, float | None]]
    volume_m3: float | None
    jurisdictions: dict[str, dict[str, Any]]
    countries: dict[str, dict[str, Any]]
    transboundary_harm: bool = False
    notes: list[str] = field(default_factory=list)

    @classmethod
    def from_json(cls, did: str, d: Mapping[str, Any]) -> DefenseAppraisal:
        return cls(
            id=str(did),
            name=d.get("name"),
            status=str(d.get("status") or "existing"),
            cost=float(d.get("cost") or 0.0),
            mode=str(d.get("mode") or "level"),
            levels_m=dict(d.get("levels_m") or {}),
            volume_m3=d.get("volume_m3"),
            jurisdictions=dict(d.get("jurisdictions") or {}),
            countries=dict(d.get("countries") or {}),
            transboundary_harm=bool(d.get("transboundary_harm", False)),
            notes=list(d.get("notes") or []),
        )

    def to_json(self) -> dict[str, Any]:
        """The JSON entry of summary.json's ``defense_appraisal`` (keys in its order)."""
        return {
            "name": self.name,
            "status": self.status,
            "cost": self.cost,
            "mode": self.mode,
            "levels_m": self.levels_m,
            "volume_m3": self.volume_m3,
            "jurisdictions": self.jurisdictions,
            "countries": self.countries,
            "transboundary_harm": self.transboundary_harm,
            "notes": self.notes,
        }


def appraisals_from_json(d: Mapping[str, Mapping[str, Any]]) -> dict[str, DefenseAppraisal]:
    """Defense id → :class:`DefenseAppraisal` from :func:`floodplan.sim.appraisal.appraise_defenses`."""
    return {str(did): DefenseAppraisal.from_json(did, e) for did, e in d.items()}


def appraisals_to_json(d: Mapping[str, DefenseAppraisal]) -> dict[str, dict[str, Any]]:
    return {did: a.to_json() for did, a in d.items()}


@dataclass
class ScenarioResult:
    """Everything a scenario run produces (see module docstring for units).

    Attributes
    ----------
    scenario : Scenario
        The scenario that was run (``scenario.name`` names it).
    revision : int
        ``Project.revision`` when the run read the project (-1: unknown).
    data_revision : int
        ``Project.data_revision`` then: a result computed at another one is out of date.
    terrain : Grid
        The DEM (m) with the scenario's active defenses burned in, shape (rows, cols).
    depth : Grid
        Water depth (m) on the DEM's grid, 0 where dry, NaN where the DEM has no data.
    inundation : InundationFigures
    extent : GeoDataFrame
        Flooded area polygons with ``jurisdiction`` and ``country``.
    exposure : ExposureResult or None
        Per building depth and class, the tables by depth class; None without buildings.
    access : {"national" | "joint": AccessResult}
        Per mode: ``assets`` (per building ``minutes``, NaN unreachable, ``covered``, ``depth_m``,
        ``population``, per kind ``minutes_<kind>``/``covered_<kind>``) and ``summary`` (the tables of
        ``floodplan access --json``).
    closed_roads : GeoDataFrame
        Road stretches the water makes impassable.
    coverage : Coverage
    shelters : {mode: ShelterResult}
    hospitals : GeoDataFrame or None
        Minutes from each flooded place to the nearest reachable hospital per mode.
    appraisal : {defense id: DefenseAppraisal}
    summary : dict
        summary.json of ``floodplan run`` (docs/command-line.md): the serialised form, for writing.
    notes : list of str
        Sentences worth telling the user (an empty flood, a level held at a sill...).
    """

    scenario: Scenario
    terrain: Grid
    depth: Grid
    inundation: InundationFigures
    extent: gpd.GeoDataFrame
    exposure: ExposureResult | None
    access: dict[str, AccessResult]
    closed_roads: gpd.GeoDataFrame
    coverage: Coverage
    shelters: dict[str, ShelterResult]
    hospitals: gpd.GeoDataFrame | None
    appraisal: dict[str, DefenseAppraisal]
    summary: dict[str, Any]
    notes: list[str] = field(default_factory=list)
    revision: int = -1
    data_revision: int = -1

    # ---------------------------------------------------------------- identity
    @property
    def scenario_name(self) -> str:
        return str(self.scenario.name)

    def is_current(self, project) -> bool:
        """Whether ``project``'s layers and this scenario are as they were when this result was made."""
        if self.data_revision != project.data_revision:
            return False
        return project.scenarios.get(self.scenario_name) == self.scenario

    # ---------------------------------------------------------------- typed views
    def access_of(self, mode: str) -> AccessResult | None:
        """One mode's access result, None when the run has none for it."""
        return self.access.get(mode)

    def assets_of(self, mode: str) -> gpd.GeoDataFrame | None:
        """Per building in one mode: ``minutes`` (NaN unreachable), ``covered``, ``depth_m`` (m),
        ``population``, ``jurisdiction``, ``country``, ``layer``/``fid``; None when the run has none."""
        acc = self.access.get(mode)
        return None if acc is None else acc.assets

    def access_summary(self, mode: str, kind: str | None = None) -> dict[str, Any]:
        """One mode's access tables (``jurisdictions`` and ``countries`` with ``assets``, ``population``,
        ``covered_population``, ``gap_population`` in people; ``kinds``), of one resource ``kind`` when
        given ({} when that kind has none)."""
        acc = self.access.get(mode)
        s = acc.summary if acc is not None else {}
        if kind is None:
            return s
        return (s.get("kinds") or {}).get(kind) or {}

    def kinds(self) -> list[str]:
        """The responding kinds with figures of their own, sorted."""
        out: set[str] = set()
        for acc in self.access.values():
            out |= set(acc.summary.get("kinds") or {})
        return sorted(out)

    def exposure_tables(self) -> dict[str, Any]:
        """The exposure tables: ``classes`` (labels), ``jurisdictions``, ``countries`` (each with
        ``population``, ``exposed_assets``, ``exposed_population``, ``classes`` {label: {assets,
        population}}), ``critical``; {} without buildings."""
        return self.exposure.summary if self.exposure is not None else {}
