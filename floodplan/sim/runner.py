"""The scenario runner: one call that chains the engines for the command line and the app alike.

inundation (static, from the scenario's level, profile or volume) → exposure → road network with
flooded pieces cut → access in national and joint modes → gaps, service areas, cooperation gain →
shelters and hospitals → defense appraisal → the summary of CONTRACT.md (`floodplan run`).
Every step reports progress and checks for cancellation between steps.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass, field
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


@dataclass
class ScenarioInputs:
    """The project's layers combined per role, in the working CRS, for one scenario."""

    dem: Grid
    river: gpd.GeoDataFrame
    defenses: gpd.GeoDataFrame
    jurisdictions: gpd.GeoDataFrame
    assets: gpd.GeoDataFrame
    roads: gpd.GeoDataFrame
    resources: gpd.GeoDataFrame
    profile: gpd.GeoDataFrame | None
    #: Cells that are sea (the project's ``sea_level_m`` setting), set to nodata in ``dem``; None: no sea.
    sea: np.ndarray | None = None

    @classmethod
    def from_project(cls, project: Project, scenario: Scenario) -> ScenarioInputs:
        dem, sea = project_without_sea(project)
        where = f"{project.path}: " if project.path is not None else ""
        river = project.combined("river")
        if len(river) == 0:
            raise InputError(
                f"{where}the project has no river layer with features (role 'river'): the flood needs a "
                "source of water."
            )
        jur = project.combined("jurisdictions")
        if len(jur) == 0:
            raise InputError(
                f"{where}the project has no jurisdictions layer with features (role 'jurisdictions' with "
                "name and country)."
            )
        resources = project.combined("resources")
        if "in_service" in resources.columns:
            resources = resources[resources["in_service"].fillna(True).astype(bool)].reset_index(drop=True)
        profile = scenario_profile(project, scenario) if scenario.flood == "profile" else None
        return cls(
            dem,
            river,
            project.combined("defenses"),
            jur,
            project.combined("assets"),
            project.combined("roads"),
            resources,
            profile,
            sea,
        )


def project_without_sea(project: Project):
    """(the project's DEM with the sea set to nodata, the sea mask) per its ``sea_level_m`` setting
    (default: no sea; see :func:`floodplan.sim.terrain.sea_mask`)."""
    from floodplan.sim.terrain import without_sea

    value = (project.settings or {}).get("sea_level_m")
    if value is None:
        return project.dem, None
    try:
        level = float(value)
    except (TypeError, ValueError):
        level = float("nan")
    if not np.isfinite(level):
        raise InputError(
            f"{project.path or 'the project'}: the setting sea_level_m {value!r} is not a number of metres; "
            "set it to the sea level (e.g. 0) or remove it."
        )
    return without_sea(project.dem, level, "the project's DEM")


def scenario_profile(project: Project, scenario: Scenario) -> gpd.GeoDataFrame:
    """The profile points of a profile scenario (its layer, narrowed to its ``profile_flood``), as given:
    the scenario's ``profile_offset_m`` is applied by :func:`flood`, not here."""
    if not scenario.profile_layer or not project.has_layer(scenario.profile_layer):
        raise InputError(
            f"scenario '{scenario.name}': its profile layer '{scenario.profile_layer}' is not in the project; "
            "choose a layer of profile points (role 'profile')."
        )
    profile = project.layer(scenario.profile_layer).data
    if scenario.profile_flood is None:
        from floodplan.io.profiles import one_flood

        # Several floods in one layer would blend into a surface of no flood: the scenario must name one.
        return one_flood(
            profile, None, f"scenario '{scenario.name}', profile layer '{scenario.profile_layer}'"
        )
    if scenario.profile_flood is not None:
        if "flood" not in profile.columns:
            raise InputError(
                f"layer '{scenario.profile_layer}' has no 'flood' column to pick '{scenario.profile_flood}' from."
            )
        profile = profile[profile["flood"].astype(str) == str(scenario.profile_flood)]
        if len(profile) == 0:
            raise InputError(
                f"layer '{scenario.profile_layer}' has no points of flood '{scenario.profile_flood}'."
            )
    return profile


def profile_offset(scenario: Scenario) -> float:
    """The scenario's profile offset (m), 0 for scenarios saved before the field existed."""
    return float(getattr(scenario, "profile_offset_m", 0.0) or 0.0)


@dataclass
class RunResult:
    """Everything a scenario run produces.

    Attributes
    ----------
    scenario : the Scenario that was run.
    terrain : Grid — the DEM (m) with the scenario's active defenses burned in.
    depth : Grid — water depth (m), 0 where dry, NaN where the DEM has no data.
    inundation : dict — the contract's ``inundate --json`` figures (level_m, flooded_cells,
        flooded_area_m2, volume_m3, max_depth_m, jurisdictions).
    extent : GeoDataFrame — flooded area polygons with ``jurisdiction`` and ``country``.
    exposure : floodplan.sim.exposure.ExposureResult or None (no buildings).
    access : {"national" | "joint": floodplan.sim.access.AccessResult} — per-building minutes and coverage
        (``.assets``) and the contract's access figures (``.summary``).
    closed_roads : GeoDataFrame — road pieces the water makes impassable.
    coverage : dict from floodplan.sim.coverage.coverage_overlays — ``gaps`` and ``service_areas``
        (both modes, column ``mode``), ``cooperation_gain``, ``gap_closers``.
    shelters : {mode: floodplan.sim.shelters.ShelterResult}.
    hospitals : GeoDataFrame — minutes from each flooded place to the nearest reachable hospital per mode.
    appraisal : dict — per defense id, benefit, harm and cost share per jurisdiction and country.
    summary : dict — summary.json of CONTRACT.md (``floodplan run``).
    notes : sentences worth telling the user (an empty flood, a level held at a sill...).
    """

    scenario: Scenario
    terrain: Grid
    depth: Grid
    inundation: dict
    extent: gpd.GeoDataFrame
    exposure: Any
    access: dict
    closed_roads: gpd.GeoDataFrame
    coverage: dict
    shelters: dict
    hospitals: gpd.GeoDataFrame | None
    appraisal: dict
    summary: dict
    notes: list[str] = field(default_factory=list)


def flood(inputs: ScenarioInputs, scenario: Scenario, feedback: Feedback | None = None):
    """The static flood of a scenario: (terrain with defenses burned, sources, InundationResult)."""
    from floodplan.sim.inundation import FloodModel, depth_for_profile, flood_at_level, shift_profile
    from floodplan.sim.terrain import burn, defense_cells, source_mask

    dem = inputs.dem
    sources = source_mask(dem, inputs.river)
    cells = defense_cells(
        inputs.defenses if len(inputs.defenses) else None, dem, scenario.breaches, scenario.include_planned
    )
    terrain = burn(dem, cells)
    if scenario.flood == "level":
        result = flood_at_level(terrain, sources, scenario.level_m)
    elif scenario.flood == "volume":
        result = FloodModel(terrain, sources, feedback=feedback, sea=inputs.sea).depth_for_volume(
            scenario.volume_m3
        )
    elif scenario.flood == "profile":
        # "hq100 + 0.5 m": every profile level raised by the scenario's offset (the app's slider).
        profile = shift_profile(inputs.profile, profile_offset(scenario))
        result = depth_for_profile(terrain, sources, profile, inputs.river, feedback=feedback)
    else:
        raise InputError(
            f"scenario '{scenario.name}': a '{scenario.flood}' flood needs the project (run_scenario runs it)."
        )
    return terrain, sources, result


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
    from floodplan.sim.terrain import burn, defense_cells, source_mask

    fb = feedback or Feedback()
    tt = Tabletop.from_dict(scenario.tabletop, scenario.name)
    grid, model = flood_model(project, scenario, tt)
    model.advance_to(tt.duration_minutes, feedback=fb.sub(0.0, 0.95))
    sim = model.result()
    dem = inputs.dem
    breached = [*scenario.breaches, *(i.target for i in tt.injects if i.kind == "breach")]
    cells = defense_cells(
        inputs.defenses if len(inputs.defenses) else None, dem, breached, scenario.include_planned
    )
    terrain = burn(dem, cells)
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
    sources = source_mask(dem, inputs.river) if len(inputs.river) else np.zeros(dem.shape, bool)
    return terrain, sources, inund, sim


def blocked_road_pieces(network, terrain: Grid, depth: Grid, max_depth_m: float):
    """The stretches of road the water makes impassable (a :class:`floodplan.sim.network.RoadCut`: only
    the flooded stretch of a road is cut, its dry parts stay); a bridge (``bridge`` true with a
    ``deck_m`` elevation) stays open whole until the water surface stands more than ``max_depth_m``
    above its deck, since the deck is not in the DEM, and is then closed whole."""
    from floodplan.sim.network import cut_road

    return cut_road(network, depth, max_depth_m, terrain)


#: Road attributes carried onto the network's pieces (bridges keep their deck; names and ids for injects).
PIECE_COLUMNS = ("bridge", "deck_m", "id", "name")


def road_network(roads: gpd.GeoDataFrame, jurisdictions: gpd.GeoDataFrame, crossing_delay_min: float = 0.0):
    """The road network of a roads layer, with its pieces carrying the roads' bridge, deck, id and name."""
    from floodplan.sim.network import RoadNetwork

    network = RoadNetwork.build(roads, jurisdictions, crossing_delay_min=crossing_delay_min)
    idx = network.pieces["road_index"].to_numpy()
    for col in PIECE_COLUMNS:
        if col in roads.columns:
            network.pieces[col] = roads[col].to_numpy()[idx]
    return network


# Per-project caches of what depends only on layers a run does not change (the road network, snapped
# resources and buildings, building footprints on the grid). Keyed by the identity of the layers' data:
# every edit replaces a layer's data object, so an edited layer misses the cache.
_CACHES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_CACHE_LOCK = threading.Lock()


def _layers_key(project: Project, *roles: str) -> tuple:
    return tuple((lyr.name, id(lyr.data)) for lyr in project.layers if lyr.role in roles)


def _cached(project: Project, key: tuple, build):
    """``build()`` once per key and project (the few most recent keys are kept)."""
    with _CACHE_LOCK:
        cache = _CACHES.setdefault(project, {})
        if key in cache:
            return cache[key]
    value = build()
    with _CACHE_LOCK:
        cache[key] = value
        while len(cache) > 8:
            cache.pop(next(iter(cache)))
    return value


def cached_network(project: Project, inp: ScenarioInputs, sc: Scenario):
    """(cache key, the road network of the project's roads and jurisdictions), built once per layer data."""
    key = ("network", _layers_key(project, "roads", "jurisdictions"), sc.crossing_delay_min)
    return key, _cached(
        project, key, lambda: road_network(inp.roads, inp.jurisdictions, sc.crossing_delay_min)
    )


def cached_asset_cells(project: Project, inp: ScenarioInputs, depth: Grid):
    """The buildings' footprints on the grid of ``depth`` (AssetCells), built once per layer data and grid;
    None without buildings."""
    from floodplan.sim.footprints import AssetCells

    if not len(inp.assets):
        return None
    key = ("cells", _layers_key(project, "assets"), (depth.shape, tuple(depth.transform)))
    return _cached(project, key, lambda: AssetCells.build(inp.assets, depth))


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
) -> RunResult:
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
    inp = ScenarioInputs.from_project(project, sc)
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
        terrain, sources, inund = flood(inp, sc, fb.sub(0.05, 0.3))
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
        cache=lambda which, build: _cached(
            project, (which, net_key, _layers_key(project, "resources", "assets"), grid_key, snap_m), build
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
        else:
            from floodplan.sim.inundation import shift_profile

            kwargs.update(profile=shift_profile(inp.profile, profile_offset(sc)), river=inp.river)
        appraisal = appraise_defenses(
            inp.dem,
            sources,
            inp.defenses,
            inp.assets,
            inp.jurisdictions,
            breaches=sc.breaches,
            include_planned=sc.include_planned,
            feedback=fb.sub(0.8, 0.98),
            **kwargs,
        )
    fb.step(0.98, "summary")
    summary = build_summary(
        sc,
        inund_json,
        expo,
        access,
        cover,
        shelters,
        appraisal,
        notes + list(network.notes) + resp.notes,
        hospitals,
    )
    if sim is not None:
        summary["depth"] = "maximum over the event"
        summary["simulation"] = {**sim.to_json(), "cell_m": float(sim.max_depth.dx)}
    fb.step(1.0, "done")
    return RunResult(
        sc,
        terrain,
        depth,
        inund_json,
        extent,
        expo,
        access,
        closed,
        cover,
        shelters,
        hospitals,
        appraisal,
        summary,
        notes,
    )


#: Resources and buildings farther than this from the nearest road are unreachable (CONTRACT,
#: ``--max-snap-m``); a project may set its own in the setting ``max_snap_m``.
def project_max_snap_m(project: Project) -> float:
    """The project's snap distance (m): its ``max_snap_m`` setting, else 500; refused when not positive."""
    from floodplan.sim.access import DEFAULT_MAX_SNAP_M

    v = project.settings.get("max_snap_m", DEFAULT_MAX_SNAP_M)
    try:
        v = float(v)
    except (TypeError, ValueError):
        v = float("nan")
    if not v > 0:
        raise InputError(
            f"the project's setting max_snap_m is {project.settings.get('max_snap_m')!r}; "
            "give a distance in metres above 0 (default 500)."
        )
    return v


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
    """The summary.json of CONTRACT.md (`floodplan run`), plus floodplan's additions (by adding only)."""
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
    # CONTRACT: defenses → id → jurisdiction → benefit_population, harm_population, cost_share.
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
    """CONTRACT "Response by kind": per kind its target, wading limits, and per mode the countries' and
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
        from floodplan.sim.terrain import burn, defense_cells, source_mask

        sc = scenario or Scenario("preview", level_m=0.0)
        dem, self._sea = project_without_sea(project)
        river = project.combined("river")
        if len(river) == 0:
            raise InputError(
                "the project has no river layer (role 'river'): the flood needs a source of water."
            )
        defenses = project.combined("defenses")
        self.sources = source_mask(dem, river)
        self.terrain = burn(
            dem, defense_cells(defenses if len(defenses) else None, dem, sc.breaches, sc.include_planned)
        )
        self._model = None
        self.profile = None
        if sc.flood == "profile":
            step(feedback, 0.1, "profile flood model")
            # The flat-level model is built on first use only: a profile slider never needs it.
            self.profile = ProfileModel(
                self.terrain,
                self.sources,
                scenario_profile(project, sc),
                river,
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
