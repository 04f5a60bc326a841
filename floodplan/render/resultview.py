"""The one way drawing, plates, reports and the dashboard read a scenario result.

A result is a :class:`floodplan.sim.result.ScenarioResult` (typed: units and shapes in its docstrings);
these helpers give the views the map and the tables need from it, through its typed fields and methods.
"""

from __future__ import annotations

from typing import TypedDict

import geopandas as gpd
import numpy as np

from floodplan.sim.result import ScenarioResult


class ModeView(TypedDict):
    """One response mode of a result, as the map draws it (see :func:`access_view`)."""

    assets: gpd.GeoDataFrame | None
    summary: dict
    gaps: gpd.GeoDataFrame | None
    service_areas: gpd.GeoDataFrame | None


def exposure_summary(result: ScenarioResult | None) -> dict:
    """The exposure tables: ``classes``, ``jurisdictions``, ``countries``, ``critical`` ({} without)."""
    return result.exposure_tables() if isinstance(result, ScenarioResult) else {}


def access_view(result: ScenarioResult | None, mode: str) -> ModeView:
    """One mode's access result: ``assets`` (per building minutes, covered, depth), ``summary`` (the
    access tables, people), ``gaps`` and ``service_areas`` (polygons of that mode; None when absent).

    Anything else than a ScenarioResult (None, or the state of an exercise at one minute, which has a
    depth and closed roads but no response figures) has an empty view."""
    if not isinstance(result, ScenarioResult):
        return ModeView(assets=None, summary={}, gaps=None, service_areas=None)
    return ModeView(
        assets=result.assets_of(mode),
        summary=result.access_summary(mode),
        gaps=result.coverage.gaps_of(mode),
        service_areas=result.coverage.service_areas_of(mode),
    )


#: The resource kind that travels over water (docs/command-line.md "Response by kind"); every other kind
#: drives.
BOAT_KIND = "boat"


def kind_gaps(result: ScenarioResult | None, mode: str, kind: str) -> gpd.GeoDataFrame | None:
    """The gaps of one resource kind in one mode (the buildings that kind does not reach within its
    target, dissolved per jurisdiction), or None when the result lacks them."""
    return result.coverage.gaps_of_kind(mode, kind) if isinstance(result, ScenarioResult) else None


def boat_only(assets) -> np.ndarray | None:
    """Per asset: covered by a boat and by no other kind (no road vehicle) within its target.

    Parameters
    ----------
    assets : DataFrame of one mode's access result with ``covered_<kind>`` per kind (boats reach people in
        water deeper than the road vehicles' wading limits).

    Returns
    -------
    ndarray of bool (n_assets,), or None when the result has no boats (no ``covered_boat`` column).
    """
    col = f"covered_{BOAT_KIND}"
    if assets is None or col not in assets.columns:
        return None
    boat = assets[col].to_numpy(dtype=bool)
    road = np.zeros(len(assets), dtype=bool)
    for c in assets.columns:
        if str(c).startswith("covered_") and c != col:
            road |= assets[c].to_numpy(dtype=bool)
    return boat & ~road
