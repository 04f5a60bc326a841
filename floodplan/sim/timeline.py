"""Time-varying access: coverage per country and mode step by step from flood depths over time, and the
first arrival of water at every critical facility.

A road piece is impassable at a step when the water on it passes the wading limit at that step (the
same cut as the static runner, :func:`floodplan.sim.runner.blocked_road_pieces`, so bridges with a
``deck_m`` stay open until the water stands above the deck), or when an inject closed it. Coverage is
then :func:`floodplan.sim.coverage.access_both_modes` on that step's depth.

Column names of the timeline (one row per step):

- ``minute`` (minutes since the start of the exercise), ``closed_pieces`` (road pieces impassable),
  ``flooded_area_m2`` (area deeper than 0.01 m);
- per country C: ``population_C`` (people in C's buildings);
- per mode M (``national``/``joint``) and country C: ``covered_M_C`` and ``gap_M_C`` (people).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from floodplan.core.grid import Grid
from floodplan.core.vocabulary import MODES_NATIONAL_FIRST as MODES  # noqa: E402
from floodplan.progress import Feedback, step
from floodplan.sim.access import AccessInputs, AccessResult
from floodplan.sim.footprints import AssetCells
from floodplan.sim.network import RoadNetwork

#: Depth (m) above which a cell counts as flooded (the hydro model's arrival threshold).
FLOOD_DEPTH_M = 0.01


@dataclass
class StepCoverage:
    """Coverage at one step: the access result per mode and the impassable road pieces."""

    access: dict[str, AccessResult]
    blocked: np.ndarray


def blocked_at(
    network: RoadNetwork,
    depth: Grid,
    max_depth_m: float,
    terrain: Grid | None = None,
    closed_pieces: np.ndarray | None = None,
) -> np.ndarray:
    """The road cut at one step (:class:`floodplan.sim.network.RoadCut`: bool per row of
    ``network.pieces``, True where some stretch is impassable, with the flooded stretch of every edge).

    Parameters
    ----------
    depth : Grid
        Water depth (m) at that step, on the grid the network was cut with.
    max_depth_m : float
        Wading limit (m).
    terrain : Grid, optional
        Bed elevation (m) of the flood model; given, bridges with ``deck_m`` are judged against their
        deck (see :func:`floodplan.sim.runner.blocked_road_pieces`), otherwise by depth alone.
    closed_pieces : ndarray of bool, optional
        Pieces closed by decision (injects), whatever the water.
    """
    from floodplan.sim.runner import blocked_road_pieces

    if terrain is not None:
        blocked = blocked_road_pieces(network, terrain, depth, max_depth_m)
    else:
        blocked = network.cut_flooded(depth, max_depth_m)
    if closed_pieces is not None:
        blocked = blocked.close(network, closed_pieces)
    return blocked


def coverage_at(
    network: RoadNetwork,
    inputs: AccessInputs,
    depth: Grid,
    modes=MODES,
    minutes: float | dict | None = None,
    max_depth_m: float = 0.3,
    *,
    terrain: Grid | None = None,
    closed_pieces: np.ndarray | None = None,
    wading: dict | None = None,
    boat_draft_m: float = 0.3,
) -> StepCoverage:
    """Access in each mode for one depth grid (see :func:`coverage_timeline` for the parameters);
    ``wading`` (m per kind) and ``boat_draft_m`` as in :func:`floodplan.sim.access.compute_access`."""
    from floodplan.sim.access import FloodTravel, compute_access

    blocked = blocked_at(network, depth, max_depth_m, terrain, closed_pieces)
    # one cut per wading limit for both modes, each with the closures and the bridges' decks
    travel = FloodTravel(network, depth, terrain, closed_pieces, inputs.jurisdictions)
    out = {}
    for mode in modes:
        out[mode] = compute_access(
            network,
            None,
            None,
            None,
            depth_grid=depth,
            max_depth_m=max_depth_m,
            mode=mode,
            minutes=minutes,
            blocked_pieces=blocked,
            inputs=inputs,
            travel=travel,
            wading=wading,
            boat_draft_m=boat_draft_m,
        )
    return StepCoverage(out, blocked)


def countries_of(inputs: AccessInputs) -> list[str]:
    """Country names in the jurisdictions layer, sorted."""
    return sorted(pd.unique(inputs.jurisdictions["country"].astype(str)))


def timeline_row(minute: float, cov: StepCoverage, depth: Grid, countries: list[str]) -> dict:
    """One timeline row (see the module docstring for the columns)."""
    z = np.nan_to_num(depth.z, nan=0.0)
    row = {
        "minute": float(minute),
        "closed_pieces": int(np.count_nonzero(cov.blocked)),
        "flooded_area_m2": float(np.count_nonzero(z > FLOOD_DEPTH_M)) * depth.cell_area,
    }
    first = next(iter(cov.access.values()), None)
    for c in countries:
        if first is not None:
            row[f"population_{c}"] = float(first.summary["countries"].get(c, {}).get("population", 0.0))
    for mode, res in cov.access.items():
        tab = res.summary["countries"]
        for c in countries:
            e = tab.get(c, {"covered_population": 0.0, "gap_population": 0.0})
            row[f"covered_{mode}_{c}"] = float(e["covered_population"])
            row[f"gap_{mode}_{c}"] = float(e["gap_population"])
    return row


def coverage_timeline(
    network: RoadNetwork,
    inputs: AccessInputs | Mapping[float, AccessInputs] | Callable[[float], AccessInputs],
    depths_by_minute: Mapping[float, Grid],
    modes=MODES,
    minutes: float | dict | None = None,
    max_depth_m: float = 0.3,
    *,
    terrain: Grid | Mapping[float, Grid] | None = None,
    closed_pieces: Mapping[float, np.ndarray] | None = None,
    feedback: Feedback | None = None,
    wading: dict | None = None,
    boat_draft_m: float = 0.3,
) -> pd.DataFrame:
    """Coverage per country and mode at every step of a flood.

    Parameters
    ----------
    network : RoadNetwork
        Built once, with the jurisdictions.
    inputs : AccessInputs, or mapping minute -> AccessInputs, or callable(minute) -> AccessInputs
        The prepared layers; a mapping or callable when resources change during the event (outages,
        moves), giving the resource state in force at each step.
    depths_by_minute : mapping minute -> Grid
        Water depth (m) at each step (minutes since the start); the rows follow its sorted keys.
    modes : iterable of str
        ``national`` and/or ``joint``.
    minutes : float or dict or None
        Target travel time (minutes), one for all kinds or per kind (as in ``compute_access``).
    max_depth_m : float
        Wading limit (m): a stretch of road deeper than this is impassable at that step (for kinds
        without a limit in ``wading``).
    terrain : Grid or mapping minute -> Grid, optional
        Bed elevation (m) for judging bridges against their deck (a breach changes it over time).
    closed_pieces : mapping minute -> bool array, optional
        Road pieces closed by injects at each step (besides the water).
    feedback : Feedback, optional
        Progress and cancellation, checked between steps.
    wading : dict, optional
        Wading limit (m) per resource kind; ``boat_draft_m`` the water boats need (m).

    Returns
    -------
    DataFrame
        One row per step; columns in the module docstring.
    """
    modes = tuple(modes)
    times = sorted(depths_by_minute)
    rows = []
    countries = None
    for i, t in enumerate(times):
        step(feedback, i / max(len(times), 1), f"coverage at minute {t:g}")
        if callable(inputs):
            inp = inputs(t)
        elif isinstance(inputs, Mapping):
            inp = inputs[t]
        else:
            inp = inputs
        if countries is None:
            countries = countries_of(inp)
        ter = terrain.get(t) if isinstance(terrain, Mapping) else terrain
        closed = closed_pieces.get(t) if closed_pieces is not None else None
        depth = depths_by_minute[t]
        cov = coverage_at(
            network,
            inp,
            depth,
            modes,
            minutes,
            max_depth_m,
            terrain=ter,
            closed_pieces=closed,
            wading=wading,
            boat_draft_m=boat_draft_m,
        )
        rows.append(timeline_row(t, cov, depth, countries))
    step(feedback, 1.0, "coverage timeline done")
    return pd.DataFrame(rows)


def first_arrival(asset_cells: AssetCells, arrival_grid: Grid | np.ndarray) -> np.ndarray:
    """First time (minutes) water deeper than 0.01 m reached each asset; NaN where it never did.

    An asset is reached when water reaches any cell under it, so this is the minimum of the arrival
    grid (the hydro model's ``arrival_minutes``) over its cells.
    """
    z = arrival_grid.z if isinstance(arrival_grid, Grid) else np.asarray(arrival_grid, dtype=float)
    return asset_cells.min_of(z)
