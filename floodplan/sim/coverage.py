"""Coverage overlays: service areas, gap polygons per jurisdiction and mode, the cooperation gain, and
which of the other country's resources close each national gap.

Service areas follow the roads: the stretch of every road reachable within the target time, buffered by
``width_m`` on each side. A concave hull of the reached nodes would be cheaper to draw but would also
claim the far bank of a river or a hillside no road serves; the buffered network claims only what a
vehicle can drive to, and its width says how far from the road a building may lie and still be served
(the same straight step the travel times ignore when snapping a building to its nearest road point).

Gap polygons are the uncovered buildings dissolved per jurisdiction (the contract's ``gaps`` layer);
because coverage is decided building by building from the travel times, the people counted in a gap are
exactly those the access summary counts in ``gap_population``.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
import shapely.geometry

from floodplan.core.checks import Field
from floodplan.core.grid import Grid
from floodplan.progress import Feedback, step
from floodplan.sim.access import (
    DEFAULT_MAX_SNAP_M,
    MODES,
    AccessInputs,
    AccessResult,
    FloodTravel,
    compute_access,
)
from floodplan.sim.network import RoadNetwork

#: What the coverage step reads and writes (landlab-style ``_info``: see :mod:`floodplan.core.checks`).
INFO = {
    "access": Field("AccessResult", "in", "min", "the travel times", "per mode, per building minutes",
                    shape="{mode}"),
    "gaps": Field("GeoDataFrame", "out", "people", "the gaps", "uncovered buildings per jurisdiction",
                  shape="features"),
    "service_areas": Field("GeoDataFrame", "out", "m2", "the service areas", "reach of each resource",
                           optional=True, shape="features"),
    "cooperation_gain": Field("float64", "out", "people", "the cooperation gain",
                              "covered jointly minus covered nationally", shape="{country}"),
}  # fmt: skip

#: Buildings up to this far (m) either side of a reachable road lie in its service area.
DEFAULT_SERVICE_WIDTH_M = 50.0


def access_both_modes(
    network: RoadNetwork,
    resources_gdf: gpd.GeoDataFrame | None,
    assets_gdf: gpd.GeoDataFrame | None,
    jurisdictions_gdf: gpd.GeoDataFrame | None,
    depth_grid: Grid | None = None,
    max_depth_m: float = 0.3,
    minutes: float | dict | None = 15.0,
    kind: str | None = None,
    inputs: AccessInputs | None = None,
    blocked_pieces: np.ndarray | None = None,
    feedback: Feedback | None = None,
    **kwargs,
) -> dict[str, AccessResult]:
    """Access in ``national`` and ``joint`` modes, sharing the prepared layers, the road cut of every
    wading limit and the boats' water (one :class:`floodplan.sim.access.FloodTravel`).

    Parameters are those of :func:`floodplan.sim.access.compute_access` (``wading``, ``boat_draft_m``,
    ``terrain``, ``closed_pieces``, ``max_snap_m`` by keyword). Returns {mode: AccessResult}.
    """
    if inputs is None:
        inputs = AccessInputs.prepare(
            network,
            resources_gdf,
            assets_gdf,
            jurisdictions_gdf,
            depth_grid,
            max_snap_m=kwargs.pop("max_snap_m", DEFAULT_MAX_SNAP_M),
        )
    kwargs.pop("max_snap_m", None)
    travel = kwargs.pop("travel", None) or FloodTravel(
        network, depth_grid, kwargs.get("terrain"), kwargs.get("closed_pieces"), inputs.jurisdictions
    )
    out = {}
    for i, mode in enumerate(MODES):
        sub = feedback.sub(i / 2, (i + 1) / 2) if feedback is not None else None
        out[mode] = compute_access(
            network,
            None,
            None,
            None,
            depth_grid=depth_grid,
            max_depth_m=max_depth_m,
            mode=mode,
            minutes=minutes,
            kind=kind,
            blocked_pieces=blocked_pieces,
            inputs=inputs,
            feedback=sub,
            travel=travel,
            **kwargs,
        )
        blocked_pieces = out[mode].blocked_pieces
    return out


def reached_segments(
    network: RoadNetwork, node_minutes: np.ndarray, target_minutes: float, usable: np.ndarray | None = None
) -> np.ndarray:
    """The parts of the road edges reachable within the target time, as straight LineStrings.

    An edge is driven in from whichever end is reached first; the reachable part from an end reached at
    time t is (target - t) / (edge time) of its length. Edges reached from both ends far enough are whole.
    ``usable`` (bool per edge, or (passable, lo, hi) from :meth:`RoadNetwork.edge_intervals`) leaves
    out what the run could not drive: the flooded stretches (the dry ends stay), crossings in national
    mode.
    """
    t = target_minutes * 60.0
    du = node_minutes[network.edge_u] * 60.0
    dv = node_minutes[network.edge_v] * 60.0
    sec = np.maximum(network.edge_seconds, 1e-9)
    a = np.clip((t - du) / sec, 0.0, 1.0)  # fraction reachable from u
    b = np.clip((t - dv) / sec, 0.0, 1.0)  # fraction reachable from v
    p0 = network.node_xy[network.edge_u]
    p1 = network.node_xy[network.edge_v]
    if isinstance(usable, tuple):
        _, lo, hi = usable
        a = np.minimum(a, np.clip(lo, 0.0, 1.0))
        b = np.minimum(b, 1.0 - np.clip(hi, 0.0, 1.0))
    elif usable is not None:
        a = np.where(usable, a, 0.0)
        b = np.where(usable, b, 0.0)
    whole = (a + b >= 1.0) & (a + b > 0)
    from_u = ~whole & (a > 0)
    from_v = ~whole & (b > 0)
    starts = np.concatenate([p0[whole], p0[from_u], p1[from_v]])
    ends = np.concatenate(
        [
            p1[whole],
            p0[from_u] + a[from_u, None] * (p1[from_u] - p0[from_u]),
            p1[from_v] + b[from_v, None] * (p0[from_v] - p1[from_v]),
        ]
    )
    if len(starts) == 0:
        return np.zeros(0, dtype=object)
    return shapely.linestrings(np.stack([starts, ends], axis=1))


def service_areas(
    result: AccessResult, width_m: float = DEFAULT_SERVICE_WIDTH_M, cell_m: float | None = None
) -> gpd.GeoDataFrame:
    """Service area polygons per resource kind: the roads reachable within the target, ``width_m`` wide.

    The band is drawn on a raster of ``cell_m`` cells (default ``width_m / 2``) and traced back into
    polygons: buffering and dissolving a hundred thousand road segments as vectors takes minutes, the
    raster takes milliseconds, and the outline is within one cell of the exact buffer.

    Returns
    -------
    GeoDataFrame with ``kind``, ``mode``, ``minutes`` (target) and ``area_m2``; one row per kind (an
    empty polygon where nothing is reached).
    """
    net = result.inputs.network
    restrict = "own" if result.mode == "national" else None
    cell = float(cell_m) if cell_m else width_m / 2.0
    rows = []
    for k, target in result.targets.items():
        # each kind drives the roads its own wading limit leaves open
        usable = net.edge_intervals(result.kind_cuts.get(k, result.blocked_pieces), restrict)
        segs = reached_segments(net, result.node_minutes[k], target, usable)
        geom = _band(segs, width_m, cell)
        rows.append({"kind": k, "mode": result.mode, "minutes": target, "geometry": geom})
    gdf = gpd.GeoDataFrame(rows, geometry="geometry", crs=net.crs) if rows else _empty_areas(net.crs)
    gdf["area_m2"] = gdf.geometry.area
    return gdf


def _band(segs: np.ndarray, width_m: float, cell: float):
    """Everything within ``width_m`` of the segments, traced on a raster of ``cell`` metres."""
    from affine import Affine
    from rasterio.features import shapes
    from scipy.ndimage import distance_transform_edt

    if len(segs) == 0:
        return shapely.Polygon()
    xy = shapely.get_coordinates(segs).reshape(-1, 2, 2)
    p0, p1 = xy[:, 0], xy[:, 1]
    pad = width_m + 2 * cell
    xmin, ymin = xy.reshape(-1, 2).min(axis=0) - pad
    xmax, ymax = xy.reshape(-1, 2).max(axis=0) + pad
    nx = int(np.ceil((xmax - xmin) / cell))
    ny = int(np.ceil((ymax - ymin) / cell))
    # points every half cell along every segment mark the cells the roads run through
    length = np.hypot(*(p1 - p0).T)
    nseg = np.maximum(np.ceil(length / (0.5 * cell)).astype(np.int64), 1)
    owner = np.repeat(np.arange(len(segs)), nseg + 1)
    start = np.repeat(np.cumsum(nseg + 1) - (nseg + 1), nseg + 1)
    t = (np.arange(len(owner)) - start) / nseg[owner]
    x = p0[owner, 0] + t * (p1[owner, 0] - p0[owner, 0])
    y = p0[owner, 1] + t * (p1[owner, 1] - p0[owner, 1])
    col = ((x - xmin) / cell).astype(np.int64)
    row = ((ymax - y) / cell).astype(np.int64)
    road = np.zeros((ny, nx), dtype=bool)
    road[row, col] = True
    near = distance_transform_edt(~road) * cell <= width_m
    transform = Affine(cell, 0.0, xmin, 0.0, -cell, ymax)
    polys = [
        shapely.geometry.shape(g) for g, v in shapes(near.astype(np.uint8), mask=near, transform=transform)
    ]
    return shapely.union_all(polys) if polys else shapely.Polygon()


def _empty_areas(crs):
    return gpd.GeoDataFrame({"kind": [], "mode": [], "minutes": []}, geometry=[], crs=crs)


def gap_polygons(
    result: AccessResult, kind: str | None = None, only: str = "all", flooded_depth_m: float = 0.0
) -> gpd.GeoDataFrame:
    """The uncovered buildings dissolved per jurisdiction (the contract's ``gaps`` layer).

    Parameters
    ----------
    result : AccessResult
    kind : str, optional
        Gaps of one resource kind (``covered_<kind>``); default the overall ``covered``.
    only : {"all", "populated", "flooded"}
        Keep every uncovered building (contract), those with people, or those with people and water
        deeper than ``flooded_depth_m`` (m).

    Returns
    -------
    GeoDataFrame with ``jurisdiction``, ``country``, ``mode``, ``kind`` ("all" for the overall gaps),
    ``assets``, ``population``, ``flooded_population`` (people in gap buildings with water over
    ``flooded_depth_m``); one row per jurisdiction that has a gap.
    """
    a = result.assets
    col = "covered" if kind is None else f"covered_{kind}"
    gap = ~a[col].to_numpy(dtype=bool)
    pop = a["population"].to_numpy(dtype=float)
    depth = a["depth_m"].to_numpy(dtype=float)
    wet = np.nan_to_num(depth, nan=0.0) > flooded_depth_m
    if only == "populated":
        gap &= pop > 0
    elif only == "flooded":
        gap &= (pop > 0) & wet
    elif only != "all":
        raise ValueError(f"only must be 'all', 'populated' or 'flooded', not {only!r}")
    geoms = np.asarray(a.geometry.values)
    isolated, overlapping = result.inputs.footprint_topology()
    jur_of = a["jurisdiction"].to_numpy(dtype=object).astype(str)
    country_of = a["country"].to_numpy(dtype=object)
    rows = []
    for jur in np.unique(jur_of[gap]):  # per jurisdiction (a handful)
        part = np.nonzero(gap & (jur_of == jur))[0]
        p = pop[part]
        rows.append(
            {
                "jurisdiction": jur,
                "country": country_of[part[0]],
                "mode": result.mode,
                "kind": kind or "all",
                "assets": len(part),
                "population": float(p.sum()),
                "flooded_population": float(p[wet[part]].sum()),
                "geometry": _dissolve(geoms[part], isolated[part], overlapping),
            }
        )
    if not rows:
        return gpd.GeoDataFrame(
            {
                c: []
                for c in (
                    "jurisdiction",
                    "country",
                    "mode",
                    "kind",
                    "assets",
                    "population",
                    "flooded_population",
                )
            },
            geometry=[],
            crs=a.crs,
        )
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=a.crs)


def _dissolve(geoms: np.ndarray, isolated: np.ndarray | None = None, overlapping: bool = True):
    """Union of building footprints; points are kept as a MultiPoint (nothing to merge).

    ``isolated`` (per footprint: it touches no other footprint of the layer) and ``overlapping`` (some
    footprints of the layer overlap) come from :meth:`AccessInputs.footprint_topology`. An isolated
    footprint's union with the others is itself, so only the touching ones (terraces, blocks) go through
    a union: a coverage union when no footprints overlap, otherwise the general one.
    """
    types = shapely.get_type_id(geoms)
    if np.all(types == 0):
        return shapely.multipoints(geoms)
    if not np.isin(types, [3, 6]).all():
        return shapely.union_all(geoms)
    if isolated is None:
        isolated = np.zeros(len(geoms), bool)
        overlapping = len(shapely.STRtree(geoms).query(geoms, predicate="overlaps")[0]) > 0
    rest = geoms[~isolated]
    parts = [shapely.get_parts(geoms[isolated])]
    if len(rest):
        merged = shapely.union_all(rest) if overlapping else shapely.coverage_union_all(rest)
        parts.append(shapely.get_parts(merged))
    parts = np.concatenate(parts)
    if len(parts) == 1:
        return parts[0]
    return shapely.multipolygons(parts)


def cooperation_gain(national: AccessResult, joint: AccessResult) -> dict:
    """Population covered jointly minus nationally, per country and per jurisdiction, overall and by kind.

    Returns
    -------
    dict: ``countries`` and ``jurisdictions``, each keyed by name with ``cooperation_gain_population``
    and ``kinds`` {kind: gain}.
    """
    out = {}
    for level in ("countries", "jurisdictions"):
        n, j = national.summary[level], joint.summary[level]
        table = {}
        for name in j:
            entry = {
                "cooperation_gain_population": j[name]["covered_population"] - n[name]["covered_population"],
                "kinds": {},
            }
            for k in joint.summary["kinds"]:
                if k in national.summary["kinds"]:
                    entry["kinds"][k] = (
                        joint.summary["kinds"][k][level][name]["covered_population"]
                        - national.summary["kinds"][k][level][name]["covered_population"]
                    )
            table[name] = entry
        out[level] = table
    return out


# The columns of :func:`gap_closers`' table, also when no resource closes anything.
_CLOSING_COLUMNS = [
    "kind",
    "jurisdiction",
    "country",
    "resource_id",
    "resource_country",
    "assets",
    "population",
]


def gap_closers(national: AccessResult, joint: AccessResult) -> pd.DataFrame:
    """Which other-country resources close each national gap when countries work together.

    For every kind, each cross-border resource is run on its own (joint rules: the whole network,
    flooded roads cut) up to the kind's target time; it closes a national gap where it reaches an
    uncovered building of another country in time.

    Returns
    -------
    DataFrame with ``kind``, ``jurisdiction``, ``country`` (of the gap), ``resource_id``,
    ``resource_country``, ``assets`` and ``population`` closed by that resource (a building closed by
    two resources counts for both), one row per (kind, jurisdiction, resource) that closes something.
    """
    inp = joint.inputs
    net = inp.network
    res = inp.resources
    a = national.assets
    rows = []
    if len(res) == 0:
        return pd.DataFrame(columns=_CLOSING_COLUMNS)
    kinds = res["kind"].to_numpy(dtype=object).astype(str)
    cb = res["cross_border"].to_numpy(dtype=bool)
    pop = a["population"].to_numpy(dtype=float)
    acountry = inp.asset_country
    for k, target in joint.targets.items():
        col = f"covered_{k}"
        if col not in a.columns:
            continue
        gap = ~a[col].to_numpy(dtype=bool)
        if not gap.any():
            continue
        for r in np.nonzero((kinds == k) & cb)[0]:  # per resource (a few), each a bounded search
            rc = inp.resource_country[r]
            foreign_gap = gap & (acountry != rc)
            if not foreign_gap.any():
                continue
            # joint rules, the resource's own wading limit (and, for a boat, the water)
            one = np.zeros(len(res), bool)
            one[r] = True
            # a boat's water search only matters when some of these gaps stand in water it can use
            in_water = (np.nan_to_num(a["depth_m"].to_numpy(dtype=float)) >= joint.draft_m) & foreign_gap
            t, _ = joint.kind_seconds(one, "joint", limit_s=target * 60.0, kind=k, water=bool(in_water.any()))
            closes = foreign_gap & (t <= target * 60.0 + 1e-6)
            if not closes.any():
                continue
            df = pd.DataFrame(
                {
                    "jurisdiction": a["jurisdiction"].to_numpy()[closes],
                    "country": a["country"].to_numpy()[closes],
                }
            )
            df["population"] = pop[closes]
            for (jur, ctry), part in df.groupby(["jurisdiction", "country"], sort=True):
                rows.append(
                    {
                        "kind": k,
                        "jurisdiction": jur,
                        "country": ctry,
                        "resource_id": res["id"].iloc[r],
                        "resource_country": net.countries[rc],
                        "assets": len(part),
                        "population": float(part["population"].sum()),
                    }
                )
    return pd.DataFrame(rows, columns=_CLOSING_COLUMNS)


def coverage_overlays(
    results: dict[str, AccessResult],
    width_m: float = DEFAULT_SERVICE_WIDTH_M,
    with_service_areas: bool = True,
    feedback: Feedback | None = None,
) -> dict:
    """Everything the map and the summary need from both modes.

    Returns
    -------
    dict with ``gaps`` (GeoDataFrame, overall gaps of both modes), ``gaps_by_kind`` (per kind, both
    modes), ``service_areas`` (GeoDataFrame, both modes, or None), ``cooperation_gain`` (dict) and
    ``gap_closers`` (DataFrame).
    """
    step(feedback, 0.0, "gap polygons")
    gaps = pd.concat([gap_polygons(r) for r in results.values()], ignore_index=True)
    by_kind = pd.concat(
        [gap_polygons(r, kind=k) for r in results.values() for k in r.targets] or [gaps.iloc[0:0]],
        ignore_index=True,
    )
    areas = None
    if with_service_areas:
        step(feedback, 0.3, "service areas")
        areas = pd.concat([service_areas(r, width_m) for r in results.values()], ignore_index=True)
    step(feedback, 0.8, "cooperation gain")
    out = {
        "gaps": gpd.GeoDataFrame(gaps, geometry="geometry", crs=gaps.crs),
        "gaps_by_kind": gpd.GeoDataFrame(by_kind, geometry="geometry", crs=gaps.crs),
        "service_areas": areas,
    }
    if "national" in results and "joint" in results:
        out["cooperation_gain"] = cooperation_gain(results["national"], results["joint"])
        out["gap_closers"] = gap_closers(results["national"], results["joint"])
    step(feedback, 1.0, "coverage done")
    return out
