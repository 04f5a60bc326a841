"""From a project and a scenario to the engines' inputs: the one place this is done.

The scenario run (:mod:`floodplan.sim.runner`), the app's slider preview (:class:`floodplan.sim.runner.
FloodPreview`), its live coverage update (:mod:`floodplan.sim.live`), the tabletop exercise
(:mod:`floodplan.sim.tabletop`) and the defense appraisal all start here:

- :func:`scenario_inputs`: the project's layers combined per role, in the working CRS (the DEM with the
  sea, per the ``sea_level_m`` setting, set to nodata; resources out of service left out; a profile
  scenario's profile points);
- :func:`flood_setup`: what every flood of the scenario starts from: the river's source cells, the active
  defenses' cells and the terrain with them burned in, the profile raised by the scenario's offset and its
  water surface (computed once per scenario: it does not depend on the ground, so the run's flood and the
  appraisal's with/without states share it);
- :func:`cached_network`, :func:`cached_asset_cells`: the road network and the buildings' footprint cells.

Everything is built once and kept per project, keyed by :meth:`Project.layers_key` of the layers it reads
(their revision of last change and data identity), the settings it reads and the scenario fields it
depends on: an edit elsewhere (a resource moved) keeps the road network; an edit of the roads rebuilds it.
What is returned is shared between callers: treat it as read-only.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import geopandas as gpd
import numpy as np

from floodplan.core.grid import Grid
from floodplan.errors import InputError
from floodplan.model.project import Project
from floodplan.model.scenario import Scenario
from floodplan.notes import collect_notes, note_all
from floodplan.progress import Feedback

T = TypeVar("T")

# ----------------------------------------------------------------------------------------- the caches
_CACHES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_CACHE_LOCK = threading.Lock()
#: Entries kept per project (the most recent ones): a few scenarios' setups, networks and cells.
CACHE_SIZE = 12


def cached(project: Project, key: tuple, build: Callable[[], T], roles: tuple[str, ...] = ()) -> T:
    """``build()`` once per ``key`` and project, its notes said again on every use.

    ``key`` should hold :meth:`Project.layers_key` of ``roles``; the entry keeps those layers' data alive
    so that the data identities in the key cannot be reused by other objects while it is kept.
    """
    with _CACHE_LOCK:
        cache = _CACHES.setdefault(project, {})
        hit = cache.get(key)
    if hit is not None:
        cache_value, said, _refs = hit
        note_all(said)
        return cache_value
    with collect_notes() as said:
        value = build()
    refs = [lyr.data for lyr in project.layers if lyr.role in roles]
    with _CACHE_LOCK:
        cache[key] = (value, list(said), refs)
        while len(cache) > CACHE_SIZE:
            cache.pop(next(iter(cache)))
    return value


def clear_cache(project: Project) -> None:
    """Forget everything kept for ``project`` (tests, memory)."""
    with _CACHE_LOCK:
        _CACHES.pop(project, None)


# ----------------------------------------------------------------------------------------- settings
def project_without_sea(project: Project) -> tuple[Grid, np.ndarray | None]:
    """(the project's DEM with the sea set to nodata, the sea mask) per its ``sea_level_m`` setting
    (default: no sea; see :func:`floodplan.sim.terrain.sea_mask`)."""
    from floodplan.sim.terrain import without_sea

    level = project.settings.sea_level(_where(project))
    if level is None:
        return project.dem, None
    return without_sea(project.dem, level, "the project's DEM")


def _where(project: Project) -> str:
    return str(project.path) if project.path is not None else "the project"


def project_max_snap_m(project: Project) -> float:
    """The project's snap distance (m): its ``max_snap_m`` setting, else 500; refused when not positive."""
    return project.settings.max_snap()


# ----------------------------------------------------------------------------------------- inputs
def scenario_profile(project: Project, scenario: Scenario) -> gpd.GeoDataFrame:
    """The profile points of a profile scenario (its layer, narrowed to its ``profile_flood``), as given:
    the scenario's ``profile_offset_m`` is applied by :func:`flood_setup`, not here."""
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
class ScenarioInputs:
    """The project's layers combined per role, in the working CRS, for one scenario.

    Attributes
    ----------
    dem : Grid
        Elevation (m), the sea (``sea_level_m`` setting) set to nodata.
    river, defenses, jurisdictions, assets, roads, resources : GeoDataFrame
        The features of each role (resources out of service left out); possibly empty, except river and
        jurisdictions (refused when empty).
    profile : GeoDataFrame or None
        A profile scenario's points with ``level_m`` (m), not yet raised by its offset.
    sea : ndarray of bool (rows, cols) or None
        The sea cells set to nodata in ``dem``; None: no sea.
    """

    dem: Grid
    river: gpd.GeoDataFrame
    defenses: gpd.GeoDataFrame
    jurisdictions: gpd.GeoDataFrame
    assets: gpd.GeoDataFrame
    roads: gpd.GeoDataFrame
    resources: gpd.GeoDataFrame
    profile: gpd.GeoDataFrame | None
    sea: np.ndarray | None = None

    @classmethod
    def from_project(cls, project: Project, scenario: Scenario) -> ScenarioInputs:
        """Build them (uncached: new frames each call; :func:`scenario_inputs` keeps them)."""
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


#: The roles :class:`ScenarioInputs` reads.
INPUT_ROLES = ("dem", "river", "defenses", "jurisdictions", "assets", "roads", "resources", "profile")


def _profile_key(scenario: Scenario) -> tuple:
    if scenario.flood != "profile":
        return ()
    return (scenario.profile_layer, scenario.profile_flood)


def scenario_inputs(project: Project, scenario: Scenario) -> ScenarioInputs:
    """:meth:`ScenarioInputs.from_project`, built once per state of the layers, sea level and profile."""
    key = (
        "inputs",
        project.layers_key(*INPUT_ROLES),
        project.settings.sea_level(_where(project)),
        _profile_key(scenario),
    )
    return cached(project, key, lambda: ScenarioInputs.from_project(project, scenario), INPUT_ROLES)


@dataclass
class ProjectLayers:
    """The response layers of a project combined per role, as they are (resources out of service kept:
    a tabletop exercise puts them back in service), in the working CRS; possibly empty."""

    jurisdictions: gpd.GeoDataFrame
    roads: gpd.GeoDataFrame
    resources: gpd.GeoDataFrame
    assets: gpd.GeoDataFrame


def exercise_inputs(project: Project) -> ProjectLayers:
    """The project's :class:`ProjectLayers`, built once per state of those layers (read-only)."""
    roles = ("jurisdictions", "roads", "resources", "assets")
    return cached(
        project,
        ("layers", project.layers_key(*roles)),
        lambda: ProjectLayers(*(project.combined(r) for r in roles)),
        roles,
    )


def flood_defenses(project: Project) -> gpd.GeoDataFrame:
    """The project's defenses combined (read-only), built once per state of the defenses layers."""
    return cached(
        project,
        ("defenses", project.layers_key("defenses")),
        lambda: project.combined("defenses"),
        ("defenses",),
    )


# ----------------------------------------------------------------------------------------- the flood
@dataclass
class FloodSetup:
    """What every flood of a scenario starts from (see :func:`flood_setup`).

    Attributes
    ----------
    dem : Grid
        Terrain WITHOUT defenses (m), the sea set to nodata; shape (rows, cols).
    sea : ndarray of bool (rows, cols) or None
    sources : ndarray of bool (rows, cols)
        The river's cells, where the water comes from.
    cells : floodplan.sim.terrain.DefenseCells
        The active defenses' cells and crests (breached ones left out; planned ones per the scenario).
    terrain : Grid
        ``dem`` with the active defenses burned in (m).
    river : GeoDataFrame
    profile : GeoDataFrame or None
        A profile scenario's points, each ``level_m`` (m) raised by the scenario's offset.
    """

    dem: Grid
    sea: np.ndarray | None
    sources: np.ndarray
    cells: Any
    terrain: Grid
    river: gpd.GeoDataFrame
    profile: gpd.GeoDataFrame | None
    _surface: np.ndarray | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def build(
        cls,
        dem: Grid,
        sea: np.ndarray | None,
        river: gpd.GeoDataFrame,
        defenses: gpd.GeoDataFrame,
        profile: gpd.GeoDataFrame | None,
        scenario: Scenario,
        breaches: list[str] | None = None,
        river_label: str = "river",
        defenses_label: str = "defenses",
    ) -> FloodSetup:
        """Burn the scenario's active defenses (``breaches`` instead of the scenario's when given) into
        ``dem`` and raise the profile by the scenario's offset. ``defenses`` may be None (no layer); the
        labels name the layers in messages (the files given on the command line)."""
        from floodplan.sim.inundation import shift_profile
        from floodplan.sim.terrain import burn, defense_cells, source_mask

        sources = source_mask(dem, river, layer=river_label)
        cells = defense_cells(
            defenses if defenses is not None and len(defenses) else None,
            dem,
            scenario.breaches if breaches is None else breaches,
            scenario.include_planned,
            layer=defenses_label,
        )
        if scenario.flood == "profile" and profile is not None:
            # "hq100 + 0.5 m": every profile level raised by the scenario's offset (the app's slider).
            profile = shift_profile(profile, profile_offset(scenario))
        else:  # risk and ensembles flood their events' own levels and profiles on this terrain
            profile = None
        return cls(dem, sea, sources, cells, burn(dem, cells), river, profile)

    @classmethod
    def from_inputs(
        cls, inputs: ScenarioInputs, scenario: Scenario, breaches: list[str] | None = None
    ) -> FloodSetup:
        """:meth:`build` from a scenario's inputs."""
        return cls.build(
            inputs.dem, inputs.sea, inputs.river, inputs.defenses, inputs.profile, scenario, breaches
        )

    @classmethod
    def from_project(
        cls, project: Project, scenario: Scenario, breaches: list[str] | None = None
    ) -> FloodSetup:
        """:meth:`build` from the project's DEM (sea removed), river, defenses and the scenario's profile
        (only the layers a flood needs: no jurisdictions, roads or buildings)."""
        dem, sea = project_without_sea(project)
        river = project.combined("river")
        if len(river) == 0:
            where = f"{project.path}: " if project.path is not None else ""
            raise InputError(
                f"{where}the project has no river layer with features (role 'river'): the flood needs a "
                "source of water."
            )
        profile = scenario_profile(project, scenario) if scenario.flood == "profile" else None
        return cls.build(dem, sea, river, project.combined("defenses"), profile, scenario, breaches)

    def surface(self, feedback: Feedback | None = None) -> np.ndarray:
        """The profile's water surface (m) at every cell (:func:`floodplan.sim.inundation.profile_surface`),
        shape (rows, cols) float64: computed on first use, then kept. It depends on the river, the profile
        points and the grid's geometry, not on the ground, so it serves every terrain state.

        Raises
        ------
        InputError
            The scenario is not a profile flood.
        """
        from floodplan.sim.inundation import profile_surface

        if self.profile is None:
            raise InputError("the water surface of a profile is asked of a flood without profile points.")
        with self._lock:
            if self._surface is None:
                self._surface = profile_surface(self.dem, self.sources, self.profile, self.river, feedback)
            return self._surface

    def flood(self, scenario: Scenario, feedback: Feedback | None = None, report_crs=None):
        """The static flood of the scenario on ``terrain`` (an InundationResult: depth in m, figures).
        ``report_crs``: the CRS a volume flood's spill point is reported in (the DEM file's own).

        Raises
        ------
        InputError
            A dynamic scenario (its flood needs the flood model: :func:`floodplan.sim.runner.dynamic_flood`).
        """
        from floodplan.progress import step
        from floodplan.sim.inundation import FloodModel, depth_under_surface, flood_at_level

        if scenario.flood == "level":
            return flood_at_level(self.terrain, self.sources, scenario.level_m)
        if scenario.flood == "volume":
            model = FloodModel(
                self.terrain, self.sources, feedback=feedback, sea=self.sea, report_crs=report_crs
            )
            return model.depth_for_volume(scenario.volume_m3)
        if scenario.flood == "profile":
            surface = self.surface(feedback.sub(0.0, 0.7) if feedback is not None else None)
            step(feedback, 0.7, "flood fill")
            result = depth_under_surface(self.terrain, self.sources, surface)
            step(feedback, 1.0, "done")
            return result
        raise InputError(
            f"scenario '{scenario.name}': a '{scenario.flood}' flood needs the project (run_scenario runs it)."
        )


def _flood_key(project: Project, scenario: Scenario, breaches: list[str] | None) -> tuple:
    return (
        "flood",
        project.layers_key("dem", "river", "defenses", "profile"),
        project.settings.sea_level(_where(project)),
        tuple(scenario.breaches if breaches is None else breaches),
        bool(scenario.include_planned),
        scenario.flood,
        _profile_key(scenario),
        profile_offset(scenario) if scenario.flood == "profile" else None,
    )


def flood_setup(project: Project, scenario: Scenario, breaches: list[str] | None = None) -> FloodSetup:
    """The scenario's :class:`FloodSetup`, built once per state of the layers it reads, the sea level and
    the scenario's defenses and profile (``breaches``: instead of the scenario's, e.g. a tabletop's)."""
    return cached(
        project,
        _flood_key(project, scenario, breaches),
        lambda: FloodSetup.from_project(project, scenario, breaches),
        ("dem", "river", "defenses", "profile"),
    )


# ----------------------------------------------------------------------------------------- response
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


def network_key(project: Project, scenario: Scenario) -> tuple:
    return ("network", project.layers_key("roads", "jurisdictions"), float(scenario.crossing_delay_min))


def cached_network(project: Project, inp: ScenarioInputs, sc: Scenario):
    """(cache key, the road network of the project's roads and jurisdictions), built once per state of
    those layers and crossing delay."""
    key = network_key(project, sc)
    network = cached(
        project,
        key,
        lambda: road_network(inp.roads, inp.jurisdictions, sc.crossing_delay_min),
        ("roads", "jurisdictions"),
    )
    return key, network


def cached_asset_cells(project: Project, inp: ScenarioInputs, depth: Grid):
    """The buildings' footprints on the grid of ``depth`` (AssetCells), built once per state of the
    buildings layers and grid; None without buildings."""
    from floodplan.sim.footprints import AssetCells

    if not len(inp.assets):
        return None
    key = ("cells", project.layers_key("assets"), (depth.shape, tuple(depth.transform)))
    return cached(project, key, lambda: AssetCells.build(inp.assets, depth), ("assets",))
