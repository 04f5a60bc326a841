"""Coverage that follows the plan live: after a resource is placed, moved or deleted, the response part of
a finished run (travel times, coverage, gaps, service areas, shelters, hospitals, summary) is recomputed
for the same flood in a fraction of a second, instead of a whole run.

Two steps, for the app's threads: :func:`prepare_coverage` takes a snapshot of what the work needs (copies
of the project's layers, the road network and building cells from the run's caches) on the thread that
owns the project (the GUI thread); :func:`recompute_coverage` then runs on a worker thread on that snapshot
alone, touching neither the project nor anything the GUI thread changes.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from floodplan.model.scenario import MODES
from floodplan.progress import Feedback
from floodplan.sim.runner import (
    DESTINATION_KINDS,
    RunResult,
    ScenarioInputs,
    _cached,
    _layers_key,
    blocked_road_pieces,
    build_summary,
    road_network,
)


@dataclass
class CoverageSnapshot:
    """What :func:`recompute_coverage` needs, taken from the project at one moment (see module docstring)."""

    result: RunResult
    inputs: ScenarioInputs
    network: Any
    asset_cells: Any
    data_revision: int


def prepare_coverage(project, result: RunResult) -> CoverageSnapshot:
    """Snapshot the project's current resources (and the rest of the run's inputs) for a live update of
    ``result``'s response figures. Call on the thread that owns the project.

    Raises
    ------
    InputError
        The project no longer has what a run needs (as :func:`floodplan.sim.runner.run_scenario`).
    """
    from floodplan.sim.footprints import AssetCells

    sc = result.scenario
    inp = ScenarioInputs.from_project(project, sc)  # copies: combined() builds new frames
    net_key = ("network", _layers_key(project, "roads", "jurisdictions"), sc.crossing_delay_min)
    network = _cached(
        project, net_key, lambda: road_network(inp.roads, inp.jurisdictions, sc.crossing_delay_min)
    )
    depth = result.depth
    grid_key = (depth.shape, tuple(depth.transform))
    cells = (
        _cached(
            project,
            ("cells", _layers_key(project, "assets"), grid_key),
            lambda: AssetCells.build(inp.assets, depth),
        )
        if len(inp.assets)
        else None
    )
    return CoverageSnapshot(result, inp, network, cells, project.data_revision)


def recompute_coverage(snapshot: CoverageSnapshot, feedback: Feedback | None = None) -> RunResult:
    """``snapshot.result`` with its response figures recomputed for the snapshot's resources (same flood,
    roads, buildings and scenario). Safe on a worker thread: it reads the snapshot only.

    Returns
    -------
    RunResult
        A new result (``access``, ``coverage``, ``shelters``, ``hospitals``, ``summary`` replaced; the flood,
        exposure and appraisal are the run's).
    """
    from floodplan.sim.access import AccessInputs
    from floodplan.sim.coverage import access_both_modes, coverage_overlays
    from floodplan.sim.shelters import assign_shelters, hospital_access

    fb = feedback or Feedback()
    res, inp, network = snapshot.result, snapshot.inputs, snapshot.network
    sc, depth = res.scenario, res.depth
    fb.step(0.0, "travel times")
    blocked = blocked_road_pieces(network, res.terrain, depth, sc.max_depth_m)
    kinds = inp.resources["kind"].astype(str) if len(inp.resources) else None
    responders = inp.resources[~kinds.isin(DESTINATION_KINDS)] if kinds is not None else inp.resources
    cells = snapshot.asset_cells
    ainputs = AccessInputs.prepare(
        network, responders, inp.assets, inp.jurisdictions, depth, asset_cells=cells
    )
    all_inputs = AccessInputs.prepare(
        network, inp.resources, inp.assets, inp.jurisdictions, depth, asset_cells=cells
    )
    minutes = {**{k: sc.target_minutes(k) for k in set(responders.get("kind", []))}, **sc.minutes}
    access = access_both_modes(
        network, None, None, None, depth_grid=depth, max_depth_m=sc.max_depth_m, minutes=minutes,
        inputs=ainputs, blocked_pieces=blocked, feedback=fb.sub(0.0, 0.5),
    )  # fmt: skip
    fb.step(0.5, "coverage gaps")
    cover = coverage_overlays(access, feedback=fb.sub(0.5, 0.8))
    fb.step(0.8, "shelters and hospitals")
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
    notes = list(res.notes)
    summary = build_summary(
        sc, res.inundation, res.exposure, access, cover, shelters, res.appraisal,
        notes + list(getattr(network, "notes", [])), hospitals,
    )  # fmt: skip
    fb.step(1.0, "coverage updated")
    return dataclasses.replace(
        res, access=access, coverage=cover, shelters=shelters, hospitals=hospitals, summary=summary
    )
