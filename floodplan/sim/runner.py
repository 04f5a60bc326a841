"""The scenario runner: one call that chains the engines for the command line and the app alike.

inputs (:mod:`floodplan.sim.setup`, kept per project revision) → inundation (static, from the scenario's
level, profile or volume, or the dynamic flood model) → exposure → road network with flooded pieces cut →
access in national and joint modes → gaps, service areas, cooperation gain → shelters and hospitals →
defense appraisal → one :class:`floodplan.sim.result.ScenarioResult`, whose ``summary`` is summary.json of
``floodplan run`` (docs/command-line.md). Every step reports progress and checks for cancellation between
steps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import geopandas as gpd
import numpy as np

from floodplan.core.grid import Grid
from floodplan.core.vocabulary import DESTINATION_KINDS  # noqa: E402,F401
from floodplan.core.vocabulary import MODES_NATIONAL_FIRST as MODES  # noqa: E402
from floodplan.errors import InputError
from floodplan.model.project import Project
from floodplan.model.scenario import Scenario
from floodplan.progress import Feedback, step
from floodplan.sim.result import (
    Coverage,
    InundationFigures,
    ScenarioResult,
    appraisals_from_json,
)
from floodplan.sim.setup import (  # noqa: F401 (re-exported: the names callers import from here)
    PIECE_COLUMNS,
    FloodSetup,
    ScenarioInputs,
    cached,
    cached_asset_cells,
    cached_network,
    flood_setup,
    profile_offset,
    project_max_snap_m,
    project_without_sea,
    road_network,
    scenario_inputs,
    scenario_profile,
)

#: A run's result: the typed :class:`floodplan.sim.result.ScenarioResult` (the old name kept for callers).
RunResult = ScenarioResult


def flood(inputs: ScenarioInputs, scenario: Scenario, feedback: Feedback | None = None):
    """The static flood of a scenario: (terrain with defenses burned, sources, InundationResult)
    (:class:`floodplan.sim.setup.FloodSetup`, uncached: the run uses :func:`floodplan.sim.setup.flood_setup`)."""
    setup = FloodSetup.from_inputs(inputs, scenario)
    return setup.terrain, setup.sources, setup.flood(scenario, feedback)


def dynamic_flood(
    project: Project, inputs: ScenarioInputs, scenario: Scenario, feedback: Feedback | None = None
):
    """The flood of a dynamic scenario: its tabletop's flood model run over the whole event.

    Returns (terrain, sources, InundationResult, SimulationResult) like :func:`flood`, with the
    MAXIMUM depth over the event on the DEM's grid: where the model ran on coarser cells, the highest
    water surface of each model cell is laid over the DEM's own ground (the surface, not the depth, is
    what the coarse cell knows). The terrain has the defenses of the scenario and the tabletop's
    breaches dropped (water can be behind them at the maximum).
    """
    from floodplan.sim.inundation import InundationResult
    from floodplan.sim.tabletop import Tabletop, flood_model

    fb = feedback or Feedback()
    tt = Tabletop.from_dict(scenario.tabletop, scenario.name)
    grid, model = flood_model(project, scenario, tt)
    model.advance_to(tt.duration_minutes, feedback=fb.sub(0.0, 0.95))
    sim = model.result()
    dem = inputs.dem
    breached = [*scenario.breaches, *(i.target for i in tt.injects if i.kind == "breach")]
    setup = flood_setup(project, scenario, breached)
    terrain = setup.terrain
    md = np.nan_to_num(sim.max_depth.z, nan=0.0)
    if grid.shape == dem.shape:
        depth = np.where(md > 0, md, 0.0)
    else:  # the model ran on k x k blocks of DEM cells (tabletop cell_m): downscale its water surface
        k = int(round(grid.dx / dem.dx))
        surface = np.where(md > 0, model.terrain + md, -np.inf)
        fine = np.full(dem.shape, -np.inf)
        rr, cc = grid.shape[0] * k, grid.shape[1] * k
        fine[:rr, :cc] = np.repeat(np.repeat(surface, k, axis=0), k, axis=1)
        depth = np.clip(fine - terrain.z, 0.0, None)
    depth = np.where(np.isfinite(dem.z), depth, np.nan).astype(np.float32)
    wet = depth > 0
    area = float(dem.cell_area)
    notes = [
        f"scenario '{scenario.name}': dynamic flood over {tt.duration_minutes:g} minutes on "
        f"{grid.dx:g} m cells; depths are the maximum over the event (water left: "
        f"{sim.volume_out_m3:.3g} m³ of {sim.volume_in_m3:.3g} m³)"
    ]
    inund = InundationResult(
        depth=dem.like(depth),
        level_m=None,
        flooded_cells=int(wet.sum()),
        flooded_area_m2=float(wet.sum()) * area,
        volume_m3=float(np.nansum(depth, dtype=np.float64)) * area,
        max_depth_m=float(np.nanmax(depth)) if wet.any() else 0.0,
        notes=notes,
    )
    return terrain, setup.sources, inund, sim


def blocked_road_pieces(network, terrain: Grid, depth: Grid, max_depth_m: float):
    """The stretches of road the water makes impassable (a :class:`floodplan.sim.network.RoadCut`: only
    the flooded stretch of a road is cut, its dry parts stay); a bridge (``bridge`` true with a
    ``deck_m`` elevation) stays open whole until the water surface stands more than ``max_depth_m``
    above its deck, since the deck is not in the DEM, and is then closed whole."""
    from floodplan.sim.network import cut_road

    return cut_road(network, depth, max_depth_m, terrain)


@dataclass
class Response:
    """The response part of a run for one flood (see :func:`respond`).

    Attributes
    ----------
    blocked : the road cut (floodplan.sim.network.RoadCut): the stretches the water makes impassable.
    access : {"national" | "joint": AccessResult}
    coverage : dict from floodplan.sim.coverage.coverage_overlays
    shelters : {mode: ShelterResult}
    hospitals : GeoDataFrame or None
    notes : the steps' own notes (resources or buildings too far from a road, buildings nobody reaches),
        those about the flood's effect prefixed with the scenario's name.
    """

    blocked: Any
    access: dict
    coverage: dict
    shelters: dict
    hospitals: Any
    notes: list


def respond(
    network,
    inp: ScenarioInputs,
    sc: Scenario,
    depth: Grid,
    terrain: Grid,
    cells,
    snap_m: float,
    feedback: Feedback | None = None,
    service_areas: bool = True,
    cache=None,
) -> Response:
    """Travel times, coverage, gaps, shelters and hospitals of a scenario's resources on one flood.

    The one place a run (:func:`run_scenario`) and the app's live coverage update
    (:mod:`floodplan.sim.live`) compute the response, so both give the same numbers. ``cache(which,
    build)``, when given, keeps the prepared access inputs (``which``: "responders" or "all") between runs.
    """
    from floodplan.sim.access import AccessInputs
    from floodplan.sim.coverage import access_both_modes, coverage_overlays
    from floodplan.sim.shelters import assign_shelters, hospital_access

    fb = feedback or Feedback()
    blocked = blocked_road_pieces(network, terrain, depth, sc.max_depth_m)
    # Coverage is about who responds (fire, ambulance, rescue, pumps, boats...); shelters and hospitals are
    # places people are taken to, assessed by the shelter and hospital steps below.
    kinds = inp.resources["kind"].astype(str) if len(inp.resources) else None
    responders = inp.resources[~kinds.isin(DESTINATION_KINDS)] if kinds is not None else inp.resources

    def prepare(which, resources):
        def build():
            return AccessInputs.prepare(
                network, resources, inp.assets, inp.jurisdictions, depth, asset_cells=cells, max_snap_m=snap_m
            )

        return cache(which, build) if cache is not None else build()

    ainputs = prepare("responders", responders)
    all_inputs = prepare("all", inp.resources)
    minutes = {**{k: sc.target_minutes(k) for k in set(responders.get("kind", []))}, **sc.minutes}
    access = access_both_modes(
        network,
        None,
        None,
        None,
        depth_grid=depth,
        max_depth_m=sc.max_depth_m,
        minutes=minutes,
        inputs=ainputs,
        blocked_pieces=blocked,
        feedback=fb.sub(0.0, 0.5),
        wading=sc.wading_m,
        boat_draft_m=sc.boat_draft_m,
        terrain=terrain,
    )
    fb.step(0.5, "coverage gaps")
    cover = coverage_overlays(access, with_service_areas=service_areas, feedback=fb.sub(0.5, 0.85))
    fb.step(0.85, "shelters and hospitals")
    shelters = {
        m: assign_shelters(
            ainputs,
            depth,
            mode=m,
            threshold_m=sc.shelter_depth_m,
            blocked_pieces=blocked,
            max_depth_m=sc.max_depth_m,
        )
        for m in MODES
    }
    hospitals = hospital_access(
        all_inputs, depth_grid=depth, blocked_pieces=blocked, max_depth_m=sc.max_depth_m
    )
    # The steps' own notes belong in the run's warnings as in `access`; those about the flood's effect name
    # the scenario: a snapshot runs every scenario into one list.
    said = set(network.notes) | set(ainputs.notes)
    notes = list(ainputs.notes) + list(all_inputs.notes)
    notes += [f"scenario '{sc.name}': {n}" for m in MODES for n in access[m].notes if n not in said]
    fb.step(1.0, "response")
    return Response(blocked, access, cover, shelters, hospitals, list(dict.fromkeys(notes)))


def run_scenario(
    project: Project,
    scenario: str | Scenario | None = None,
    feedback: Feedback | None = None,
    appraise: bool = True,
    service_areas: bool = True,
    max_snap_m: float | None = None,
) -> ScenarioResult:
    """Run a whole scenario of a project (see module docstring). Raises InputError for unusable inputs
    and Cancelled when ``feedback`` is cancelled; the project is never changed.

    ``appraise`` and ``service_areas`` can be turned off when only travel times and gaps are needed
    (``floodplan suggest``). ``max_snap_m`` (m): resources and buildings farther than this from the
    nearest road are unreachable; default the project's ``max_snap_m`` setting, else 500."""
    from floodplan.sim.appraisal import appraise_defenses
    from floodplan.sim.exposure import exposure
    from floodplan.sim.stats import extent_polygons, inundation_json, jurisdiction_stats, zone_grid

    sc = scenario if isinstance(scenario, Scenario) else project.scenario(scenario)
    sc.validate()
    snap_m = project_max_snap_m(project) if max_snap_m is None else float(max_snap_m)
    fb = feedback or Feedback()
    notes: list[str] = []
    fb.step(0.0, "reading layers")
    revision, data_revision = project.revision, project.data_revision
    inp = scenario_inputs(project, sc)
    # A scenario run needs people and roads too (the flood alone does not: ScenarioInputs serves both).
    where = f"{project.path}: " if project.path is not None else ""
    for role, what in (("roads", "road lines"), ("assets", "buildings (polygons or points)")):
        if not len(getattr(inp, role)):
            raise InputError(
                f"{where}the project has no {role} layer with features (role '{role}'); add {what}."
            )

    fb.step(0.05, "flood")
    sim = None
    if sc.flood == "dynamic":
        terrain, sources, inund, sim = dynamic_flood(project, inp, sc, fb.sub(0.05, 0.3))
    else:
        setup = flood_setup(project, sc)
        terrain, sources = setup.terrain, setup.sources
        inund = setup.flood(sc, fb.sub(0.05, 0.3))
    notes += inund.notes
    depth = inund.depth
    zones = zone_grid(inp.jurisdictions, inp.dem)
    jstats = jurisdiction_stats(depth.z, zones, inp.jurisdictions, depth.cell_area)
    inund_json = inundation_json(inund, jstats)
    fb.step(0.32, "flood extent")
    extent = extent_polygons(depth, inp.jurisdictions, zones)

    fb.step(0.38, "exposure")
    grid_key = (depth.shape, tuple(depth.transform))
    cells = cached_asset_cells(project, inp, depth)
    expo = (
        exposure(inp.assets, depth, inp.jurisdictions, classes=sc.depth_classes, asset_cells=cells)
        if len(inp.assets)
        else None
    )

    fb.step(0.45, "road network")
    if len(inp.roads) == 0:
        raise InputError("the project has no roads layer (role 'roads'): travel times need a road network.")
    net_key, network = cached_network(project, inp, sc)
    fb.step(0.5, "travel times")
    resp = respond(
        network,
        inp,
        sc,
        depth,
        terrain,
        cells,
        snap_m,
        fb.sub(0.5, 0.8),
        service_areas=service_areas,
        cache=lambda which, build: cached(
            project,
            (which, net_key, project.layers_key("resources", "assets"), grid_key, snap_m),
            build,
            ("resources", "assets"),
        ),
    )
    blocked, access, cover, shelters, hospitals = (
        resp.blocked,
        resp.access,
        resp.coverage,
        resp.shelters,
        resp.hospitals,
    )
    # the closed roads on the map: only the stretches under water (a bridge closed by its deck: whole)
    closed = blocked.stretches(network) if hasattr(blocked, "stretches") else network.pieces[blocked].copy()

    appraisal: dict = {}
    if sim is not None and appraise and len(inp.defenses):
        notes.append(
            f"scenario '{sc.name}': the defenses are appraised on static floods (level, profile, volume) "
            "only; a dynamic scenario's summary has no defense appraisal"
        )
    elif appraise and len(inp.defenses) and len(inp.assets):
        fb.step(0.8, "defense appraisal")
        kwargs: dict[str, Any] = {}
        if sc.flood == "level":
            kwargs["level_m"] = sc.level_m
        elif sc.flood == "volume":
            kwargs["volume_m3"] = sc.volume_m3
        else:  # the run's own profile surface: it does not depend on the ground (FloodSetup.surface)
            kwargs.update(profile=setup.profile, river=inp.river, surface=setup.surface())
        appraisal = appraise_defenses(
            inp.dem,
            sources,
            inp.defenses,
            inp.assets,
            inp.jurisdictions,
            breaches=sc.breaches,
            include_planned=sc.include_planned,
            feedback=fb.sub(0.8, 0.98),
            asset_cells=cells,
            **kwargs,
        )
    fb.step(0.98, "summary")
    # the flood's, the road network's and the response's notes: the result carries what its summary says
    notes = list(dict.fromkeys(notes + list(network.notes) + resp.notes))
    summary = build_summary(
        sc,
        inund_json,
        expo,
        access,
        cover,
        shelters,
        appraisal,
        notes,
        hospitals,
    )
    if sim is not None:
        summary["depth"] = "maximum over the event"
        summary["simulation"] = {**sim.to_json(), "cell_m": float(sim.max_depth.dx)}
    fb.step(1.0, "done")
    return ScenarioResult(
        scenario=sc.copy(),
        terrain=terrain,
        depth=depth,
        inundation=InundationFigures.from_json(inund_json),
        extent=extent,
        exposure=expo,
        access=access,
        closed_roads=closed,
        coverage=Coverage.from_overlays(cover),
        shelters=shelters,
        hospitals=hospitals,
        appraisal=appraisals_from_json(appraisal),
        summary=summary,
        notes=notes,
        revision=revision,
        data_revision=data_revision,
    )


def build_summary(
    sc: Scenario,
    inund: dict,
    expo,
    access: dict,
    cover: dict,
    shelters: dict,
    appraisal: dict,
    notes: list[str],
    hospitals: gpd.GeoDataFrame | None = None,
) -> dict:
    """The summary.json of docs/command-line.md (`floodplan run`), plus floodplan's additions (by adding
    only)."""
    summary: dict[str, Any] = {
        "scenario": sc.name,
        "description": sc.description,
        "flood": sc.flood,
        "mode": sc.mode,
    }
    summary.update(inund)  # level_m, flooded_cells, flooded_area_m2, volume_m3, max_depth_m, jurisdictions
    summary["inundation"] = dict(inund)
    summary["access"] = {}
    for m in MODES:
        s = dict(access[m].summary)
        summary[m] = s
        summary["access"][m] = s
    gain = cover.get("cooperation_gain", {})
    countries: dict[str, Any] = {}
    for name, entry in gain.get("countries", {}).items():
        n = access["national"].summary["countries"][name]
        j = access["joint"].summary["countries"][name]
        countries[name] = {
            "population": j["population"],
            "covered_population_national": n["covered_population"],
            "covered_population_joint": j["covered_population"],
            "gap_population_national": n["gap_population"],
            "gap_population_joint": j["gap_population"],
            "cooperation_gain_population": entry["cooperation_gain_population"],
            "cooperation_gain_by_kind": entry.get("kinds", {}),
        }
    summary["countries"] = countries
    summary["cooperation_gain"] = gain
    summary["kinds"] = kinds_summary(access, gain)
    if expo is not None:
        summary["exposure"] = expo.summary
    summary["shelters"] = {m: shelters[m].summary for m in MODES}
    if hospitals is not None and len(hospitals) and "country" in hospitals.columns:
        summary["hospitals"] = hospital_summary(hospitals)
    # docs/command-line.md: defenses → id → jurisdiction → benefit_population, harm_population, cost_share.
    summary["defenses"] = {
        did: {
            jn: {
                "benefit_population": je["benefit_population"],
                "harm_population": je["harm_population"],
                "cost_share": je["cost_share"],
            }
            for jn, je in entry["jurisdictions"].items()
        }
        for did, entry in appraisal.items()
    }
    summary["defense_appraisal"] = appraisal
    closers = cover.get("gap_closers")
    if closers is not None and len(closers):
        summary["gap_closers"] = closers.to_dict(orient="records")
    summary["notes"] = list(dict.fromkeys(notes))
    return summary


def kinds_summary(access: dict, gain: dict) -> dict:
    """docs/command-line.md, `floodplan access`: per kind its target, wading limits, and per mode the
    countries' and
    jurisdictions' figures, with each country's cooperation gain for that kind."""
    out: dict[str, Any] = {}
    joint = access["joint"].summary["kinds"]
    for k, tj in joint.items():
        tn = access["national"].summary["kinds"].get(k, {})
        entry = {key: v for key, v in tj.items() if key not in ("jurisdictions", "countries")}
        entry["national"] = {lvl: tn.get(lvl, {}) for lvl in ("countries", "jurisdictions")}
        entry["joint"] = {lvl: tj[lvl] for lvl in ("countries", "jurisdictions")}
        entry["cooperation_gain_population"] = {
            name: e.get("kinds", {}).get(k, 0.0) for name, e in gain.get("countries", {}).items()
        }
        out[k] = entry
    return out


def hospital_summary(hospitals: gpd.GeoDataFrame) -> dict:
    """Per country: flooded places, how many reach a hospital at all, and the median and longest
    travel time (minutes) to the nearest one, in each mode."""
    out: dict[str, Any] = {}
    for country, part in hospitals.groupby(hospitals["country"].astype(str)):
        entry: dict[str, Any] = {"flooded_places": int(len(part))}
        for m in MODES:
            minutes = part.get(f"minutes_{m}")
            if minutes is None:
                continue
            ok = minutes.dropna()
            entry[m] = {
                "reach_a_hospital": int(len(ok)),
                "median_minutes": float(ok.median()) if len(ok) else None,
                "max_minutes": float(ok.max()) if len(ok) else None,
            }
        out[country] = entry
    return out


class FloodPreview:
    """Instant what-if for the app's slider: one precomputation per terrain-and-defenses state (and, for
    a profile scenario, per profile), then the flood at any level, volume or profile offset in
    milliseconds (see floodplan.sim.inundation.FloodModel and ProfileModel).

    Attributes
    ----------
    terrain : Grid
        The DEM with the scenario's defenses burned in (m).
    sources : ndarray of bool
        The river's cells.
    profile : ProfileModel or None
        For a profile scenario: its profile's flood at any offset (m).
    revision : int
        The project's revision the preview was built from.
    """

    def __init__(self, project: Project, scenario: Scenario | None = None, feedback: Feedback | None = None):
        from floodplan.sim.inundation import ProfileModel

        sc = scenario or Scenario("preview", level_m=0.0)
        if not len(project.combined("river")):
            raise InputError(
                "the project has no river layer (role 'river'): the flood needs a source of water."
            )
        setup = flood_setup(project, sc)
        self._sea = setup.sea
        self.sources = setup.sources
        self.terrain = setup.terrain
        self._model = None
        self.profile = None
        if sc.flood == "profile":
            step(feedback, 0.1, "profile flood model")
            # The flat-level model is built on first use only: a profile slider never needs it.
            # The profile as given: the slider's offsets are added to it (ProfileModel.depth_at_offset).
            self.profile = ProfileModel(
                self.terrain,
                self.sources,
                scenario_profile(project, sc),
                setup.river,
                feedback=feedback.sub(0.1, 1.0) if feedback is not None else None,
            )
        else:
            step(feedback, 0.1, "flood model")
            self._model = self._build_model(feedback)
        self.revision = project.revision

    def _build_model(self, feedback: Feedback | None):
        from floodplan.sim.inundation import FloodModel

        return FloodModel(self.terrain, self.sources, feedback=feedback, sea=self._sea)

    @property
    def model(self):
        """The flat-level FloodModel of the terrain (levels and volumes)."""
        if self._model is None:
            self._model = self._build_model(None)
        return self._model

    @property
    def level_range(self) -> tuple[float, float]:
        """(lowest source cell, 30 m above it) in m: the slider's useful range, capped at the valley top."""
        z = self.terrain.z
        low = float(np.nanmin(z[self.sources & np.isfinite(z)]))  # FloodModel.lowest_source_m, no model
        top = float(np.nanmax(z))
        return low, min(top, low + 30.0)

    @property
    def offset_range(self) -> tuple[float, float]:
        """The profile slider's useful range of offsets (m); see ProfileModel.offset_range."""
        if self.profile is None:
            raise InputError("this preview was built for a level or volume flood, not a profile flood.")
        return self.profile.offset_range

    def depth_at_level(self, level_m: float) -> Grid:
        return self.model.depth_at_level(level_m).depth

    def depth_for_volume(self, volume_m3: float) -> Grid:
        return self.model.depth_for_volume(volume_m3).depth

    def depth_at_offset(self, offset_m: float) -> Grid:
        """Depth (m) of the scenario's profile raised by ``offset_m`` (m)."""
        if self.profile is None:
            raise InputError("this preview was built for a level or volume flood, not a profile flood.")
        return self.profile.depth_at_offset(offset_m).depth

    def volume_at_offset(self, offset_m: float) -> float:
        """Water held (m³) by the scenario's profile raised by ``offset_m`` (m)."""
        if self.profile is None:
            raise InputError("this preview was built for a level or volume flood, not a profile flood.")
        return self.profile.volume_at_offset(offset_m)
