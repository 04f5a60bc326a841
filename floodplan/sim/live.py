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

from floodplan.progress import Feedback
from floodplan.sim.result import Coverage, ScenarioResult, appraisals_to_json
from floodplan.sim.runner import build_summary, respond
from floodplan.sim.setup import (
    ScenarioInputs,
    cached_asset_cells,
    cached_network,
    project_max_snap_m,
    scenario_inputs,
)


@dataclass
class CoverageSnapshot:
    """What :func:`recompute_coverage` needs, taken from the project at one moment (see module docstring).

    Attributes
    ----------
    result : ScenarioResult
        The run whose response is recomputed.
    inputs : ScenarioInputs
        The project's layers now (shared with the setup cache: read-only).
    network : RoadNetwork
    asset_cells : AssetCells or None
        The buildings' footprints on the run's depth grid.
    revision, data_revision : int
        The project's revisions when the snapshot was taken (the new result's).
    max_snap_m : float
        Snap distance (m).
    """

    result: ScenarioResult
    inputs: ScenarioInputs
    network: Any
    asset_cells: Any
    data_revision: int
    max_snap_m: float
    revision: int = -1


def prepare_coverage(project, result: ScenarioResult) -> CoverageSnapshot:
    """Snapshot the project's current resources (and the rest of the run's inputs) for a live update of
    ``result``'s response figures. Call on the thread that owns the project.

    Raises
    ------
    InputError
        The project no longer has what a run needs (as :func:`floodplan.sim.runner.run_scenario`).
    """
    sc = result.scenario
    # Kept per project revision and never changed in place: the worker may read it while the GUI edits.
    inp = scenario_inputs(project, sc)
    _key, network = cached_network(project, inp, sc)
    cells = cached_asset_cells(project, inp, result.depth)
    return CoverageSnapshot(
        result, inp, network, cells, project.data_revision, project_max_snap_m(project), project.revision
    )


def recompute_coverage(snapshot: CoverageSnapshot, feedback: Feedback | None = None) -> ScenarioResult:
    """``snapshot.result`` with its response figures recomputed for the snapshot's resources (same flood,
    roads, buildings and scenario). Safe on a worker thread: it reads the snapshot only.

    Returns
    -------
    ScenarioResult
        A new result (``access``, ``coverage``, ``shelters``, ``hospitals``, ``summary`` replaced; the flood,
        exposure and appraisal are the run's).
    """
    fb = feedback or Feedback()
    res, inp, network = snapshot.result, snapshot.inputs, snapshot.network
    sc = res.scenario
    # The run's own response step (runner.respond), so a live update and a new run give the same numbers.
    resp = respond(
        network, inp, sc, res.depth, res.terrain, snapshot.asset_cells, snapshot.max_snap_m, fb.sub(0.0, 0.95)
    )
    summary = build_summary(
        sc, res.inundation.to_json(), res.exposure, resp.access, resp.coverage, resp.shelters,
        appraisals_to_json(res.appraisal),
        list(res.notes) + list(getattr(network, "notes", [])) + resp.notes, resp.hospitals,
    )  # fmt: skip
    for key in ("depth", "simulation"):  # a dynamic scenario's flood, unchanged by the edit
        if key in res.summary:
            summary[key] = res.summary[key]
    fb.step(1.0, "coverage updated")
    access, cover, shelters, hospitals = resp.access, resp.coverage, resp.shelters, resp.hospitals
    return dataclasses.replace(
        res,
        access=access,
        coverage=Coverage.from_overlays(cover),
        shelters=shelters,
        hospitals=hospitals,
        summary=summary,
        revision=snapshot.revision,
        data_revision=snapshot.data_revision,
    )
