"""Shelters and hospitals: where the people flooded out of their homes go, and how far the nearest
hospital is from each flooded place, nationally and jointly.

People in buildings where the water stands deeper than a threshold (0.5 m by default) are displaced.
They are assigned to shelters they can reach (same mode rules as the response resources) within each
shelter's ``capacity`` by a transportation linear programme solved with HiGHS
(:func:`scipy.optimize.linprog`): first as many people as possible are sheltered, then with the least
total travel (person-minutes). Its constraint matrix is totally unimodular, so whole numbers of people
stay whole. Whoever no reachable shelter can take is counted as unsheltered in their jurisdiction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.optimize import linprog

from floodplan.core.checks import Field
from floodplan.core.grid import Grid
from floodplan.errors import FloodplanError, InputError
from floodplan.sim.access import AccessInputs, node_seconds, point_seconds
from floodplan.sim.exposure import asset_max, assign_jurisdictions
from floodplan.sim.footprints import AssetCells
from floodplan.sim.network import Snap

#: What the shelter step reads and writes (landlab-style ``_info``: see :mod:`floodplan.core.checks`).
INFO = {
    "depth": Field("float32", "in", "m", "the water depth", "flood depth on the DEM's grid", shape="(rows, cols)"),
    "threshold_m": Field("float64", "in", "m", "the displacement depth", "people leave above this depth"),
    "capacity": Field("float64", "in", "people", "the shelter capacity", "places per shelter",
                      shape="(n_shelters,)"),
    "sheltered": Field("float64", "out", "people", "the sheltered people", "per displaced building",
                       shape="(n_displaced,)"),
    "minutes": Field("float64", "out", "min", "the trip time", "longest trip of a building's people",
                     shape="(n_displaced,)"),
}  # fmt: skip

DEFAULT_DISPLACED_DEPTH_M = 0.5


def resource_seconds(
    inputs: AccessInputs,
    resource_rows: np.ndarray,
    mode: str,
    blocked_pieces: np.ndarray | None,
    snap: Snap | None = None,
    point_country: np.ndarray | None = None,
) -> np.ndarray:
    """Travel time (s) between each point and each of the given resources, in a mode.

    One bounded Dijkstra run per resource (a few shelters or hospitals). In national mode, or for a
    resource whose ``cross_border`` is false, the resource serves and travels only in its own country.

    Returns
    -------
    ndarray (points × resources), inf where unreachable.
    """
    net = inputs.network
    snap = inputs.asset_snap if snap is None else snap
    pc = inputs.asset_country if point_country is None else point_country
    flood_ok = net.edge_wet(blocked_pieces)
    cb = inputs.resources["cross_border"].to_numpy(dtype=bool)
    out = np.full((len(snap), len(resource_rows)), np.inf)
    far = inputs.resource_far
    for j, r in enumerate(resource_rows):  # per resource (a few)
        if far is not None and far[r]:
            continue  # farther than max_snap_m from every road: reaches nobody
        local = mode == "national" or not cb[r]
        c = int(inputs.resource_country[r]) if local else None
        src = inputs.resource_snap.subset(np.array([r]))
        d = node_seconds(net, src, blocked_pieces, c)
        t = point_seconds(net, d, snap, flood_ok, src)
        if local:
            t = np.where(pc == c, t, np.inf)
        out[:, j] = t
    if snap is inputs.asset_snap and inputs.asset_far is not None:
        out[inputs.asset_far] = np.inf
    return out


@dataclass
class ShelterResult:
    """Shelter assignment of one mode.

    Attributes
    ----------
    displaced : GeoDataFrame
        Displaced buildings with ``jurisdiction``, ``country``, ``depth_m``, ``population``,
        ``sheltered`` and ``unsheltered`` (people), ``shelter`` (id taking most of them, or None) and
        ``minutes`` (the longest trip of its people, NaN when none is sheltered).
    flows : DataFrame
        ``asset`` (row position in the assets), ``shelter`` (id), ``people``, ``minutes``.
    shelters : DataFrame
        ``id``, ``country``, ``capacity``, ``assigned``, ``free``.
    summary : dict
        ``mode``, ``threshold_m``, and ``jurisdictions`` / ``countries`` keyed by name with
        ``displaced``, ``sheltered``, ``unsheltered`` (people).
    """

    displaced: gpd.GeoDataFrame
    flows: pd.DataFrame
    shelters: pd.DataFrame
    summary: dict
    notes: list = field(default_factory=list)


def _capacity(res: pd.DataFrame, rows: np.ndarray) -> np.ndarray:
    if "capacity" not in res.columns:
        raise InputError(
            "layer 'resources' has no attribute 'capacity'; give each shelter the number of people it takes"
        )
    cap = pd.to_numeric(res["capacity"].iloc[rows], errors="coerce").to_numpy(dtype=float)
    if np.isnan(cap).any() or (cap < 0).any():
        ids = ", ".join(res["id"].iloc[rows][np.isnan(cap) | (cap < 0)].astype(str))
        raise InputError(
            f"layer 'resources', attribute 'capacity' is missing or negative for shelter(s) {ids}; "
            "give a number of people"
        )
    return cap


def _depths(inputs: AccessInputs, depth_grid: Grid) -> np.ndarray:
    cells = inputs.asset_cells or AssetCells.build(inputs.assets, depth_grid)
    return asset_max(cells, depth_grid.z)


def assign_shelters(
    inputs: AccessInputs,
    depth_grid: Grid,
    mode: str = "joint",
    threshold_m: float = DEFAULT_DISPLACED_DEPTH_M,
    max_minutes: float | None = None,
    blocked_pieces: np.ndarray | None = None,
    max_depth_m: float = 0.3,
) -> ShelterResult:
    """Assign displaced people to reachable shelters within their capacity.

    Parameters
    ----------
    inputs : AccessInputs
        Prepared layers; shelters are resources of kind ``shelter`` with ``capacity`` (people).
    depth_grid : Grid
        Water depth (m).
    mode : {"joint", "national"}
    threshold_m : float
        People in buildings with water deeper than this (m) are displaced.
    max_minutes : float, optional
        Longest acceptable trip to a shelter (minutes); default any reachable shelter.
    blocked_pieces : ndarray of bool, optional
        Impassable road pieces; cut from ``depth_grid`` at ``max_depth_m`` when not given.
    """
    notes: list[str] = []
    net = inputs.network
    if blocked_pieces is None:
        blocked_pieces = net.cut_flooded(depth_grid, max_depth_m)
    depth = _depths(inputs, depth_grid)
    pop = inputs.population
    disp = np.nonzero((np.nan_to_num(depth, nan=0.0) > threshold_m) & (pop > 0))[0]
    res = inputs.resources
    kinds = res["kind"].to_numpy(dtype=object).astype(str) if len(res) else np.zeros(0, str)
    srows = np.nonzero(kinds == "shelter")[0]
    if len(srows) == 0:
        notes.append(
            "layer 'resources' has no resource of kind 'shelter': every displaced person is unsheltered"
        )
    cap = _capacity(res, srows) if len(srows) else np.zeros(0)

    people = pop[disp]
    flows = pd.DataFrame({"asset": [], "shelter": [], "people": [], "minutes": []})
    x = np.zeros(0)
    if len(disp) and len(srows):
        snap = inputs.asset_snap.subset(disp)
        t = resource_seconds(inputs, srows, mode, blocked_pieces, snap, inputs.asset_country[disp]) / 60.0
        ok = np.isfinite(t)
        if max_minutes is not None:
            ok &= t <= max_minutes
        i_idx, j_idx = np.nonzero(ok)
        if len(i_idx):
            tij = t[i_idx, j_idx]
            big = float(tij.max()) + 1.0  # every sheltered person is worth more than any trip costs
            nvar = len(i_idx)
            rows = np.concatenate([i_idx, len(disp) + j_idx])
            cols = np.concatenate([np.arange(nvar), np.arange(nvar)])
            a_ub = sp.csr_matrix((np.ones(2 * nvar), (rows, cols)), shape=(len(disp) + len(srows), nvar))
            b_ub = np.concatenate([people, cap])
            lp = linprog(tij - big, A_ub=a_ub, b_ub=b_ub, bounds=(0, None), method="highs")
            if lp.status != 0:
                raise FloodplanError(f"the shelter assignment could not be solved: {lp.message}")
            x = np.round(lp.x, 6)
            use = x > 1e-9
            flows = pd.DataFrame(
                {
                    "asset": disp[i_idx[use]],
                    "shelter": res["id"].to_numpy()[srows[j_idx[use]]],
                    "people": x[use],
                    "minutes": tij[use],
                }
            )
    sheltered = np.zeros(len(disp))
    if len(flows):
        pos = np.searchsorted(disp, flows["asset"].to_numpy())
        np.add.at(sheltered, pos, flows["people"].to_numpy())
    d = inputs.assets.iloc[disp].copy()
    d["depth_m"] = depth[disp]
    d["population"] = people
    d["sheltered"] = sheltered
    d["unsheltered"] = people - sheltered
    main = pd.Series([None] * len(disp), dtype=object)
    longest = np.full(len(disp), np.nan)
    if len(flows):
        f = flows.assign(pos=np.searchsorted(disp, flows["asset"].to_numpy()))
        top = f.sort_values("people", ascending=False).drop_duplicates("pos")
        main.iloc[top["pos"].to_numpy()] = top["shelter"].to_numpy()
        longest_s = f.groupby("pos")["minutes"].max()
        longest[longest_s.index.to_numpy()] = longest_s.to_numpy()
    d["shelter"] = main.to_numpy()
    d["minutes"] = longest
    assigned = np.zeros(len(srows))
    if len(flows):
        sid = res["id"].to_numpy()[srows]
        assigned = flows.groupby("shelter")["people"].sum().reindex(sid, fill_value=0.0).to_numpy()
    shelters = pd.DataFrame(
        {
            "id": res["id"].to_numpy()[srows],
            "country": res["country"].to_numpy()[srows],
            "capacity": cap,
            "assigned": assigned,
            "free": cap - assigned,
        }
    )
    jur = inputs.jurisdictions
    summary = {"mode": mode, "threshold_m": threshold_m}
    for level, key, names in (
        ("jurisdictions", "jurisdiction", jur["name"].astype(str).tolist()),
        ("countries", "country", sorted(pd.unique(jur["country"].astype(str)))),
    ):
        keys = d[key].astype(str).to_numpy()
        summary[level] = {
            n: {
                "displaced": float(people[keys == n].sum()),
                "sheltered": float(sheltered[keys == n].sum()),
                "unsheltered": float((people - sheltered)[keys == n].sum()),
            }
            for n in names
        }
    unsh = float((people - sheltered).sum())
    if unsh > 0:
        notes.append(f"{unsh:g} displaced people find no place in a reachable shelter ({mode} mode)")
    return ShelterResult(d, flows, shelters, summary, notes)


def hospital_access(
    inputs: AccessInputs,
    places: gpd.GeoDataFrame | None = None,
    depth_grid: Grid | None = None,
    blocked_pieces: np.ndarray | None = None,
    max_depth_m: float = 0.3,
) -> gpd.GeoDataFrame:
    """Travel time from each flooded place to the nearest reachable hospital, national and joint.

    Parameters
    ----------
    inputs : AccessInputs
        Prepared layers; hospitals are resources of kind ``hospital``.
    places : GeoDataFrame, optional
        Flooded areas (e.g. the inundation's extent polygons): each is reached at its representative
        point. Default: the buildings with water over them (needs ``depth_grid``).
    depth_grid : Grid, optional
        Water depth (m), for the default places and to cut flooded roads at ``max_depth_m``.

    Returns
    -------
    GeoDataFrame of the places with ``jurisdiction``, ``country``, and for each mode
    ``minutes_national`` / ``minutes_joint`` (NaN where no hospital is reachable) and
    ``hospital_national`` / ``hospital_joint`` (id of the nearest, or None).
    """
    net = inputs.network
    if blocked_pieces is None and depth_grid is not None:
        blocked_pieces = net.cut_flooded(depth_grid, max_depth_m)
    if places is None:
        if depth_grid is None:
            raise InputError("give the flooded places or a depth grid to find hospital access from")
        depth = _depths(inputs, depth_grid)
        wet = np.nan_to_num(depth, nan=0.0) > 0
        out = inputs.assets[wet].copy()
        out["depth_m"] = depth[wet]
        snap = inputs.asset_snap.subset(wet)
        pc = inputs.asset_country[wet]
    else:
        out = assign_jurisdictions(places, inputs.jurisdictions, "flooded areas")
        snap = net.snap(out.geometry)
        pc = np.array([net.country_index(c) for c in out["country"]], dtype=np.int64)
    res = inputs.resources
    kinds = res["kind"].to_numpy(dtype=object).astype(str) if len(res) else np.zeros(0, str)
    hrows = np.nonzero(kinds == "hospital")[0]
    ids = res["id"].to_numpy()[hrows] if len(hrows) else np.zeros(0, object)
    for mode in ("national", "joint"):
        if len(hrows) == 0 or len(out) == 0:
            out[f"minutes_{mode}"] = np.nan
            out[f"hospital_{mode}"] = None
            continue
        t = resource_seconds(inputs, hrows, mode, blocked_pieces, snap, pc) / 60.0
        j = np.argmin(t, axis=1)
        best = t[np.arange(len(t)), j]
        reach = np.isfinite(best)
        out[f"minutes_{mode}"] = np.where(reach, best, np.nan)
        out[f"hospital_{mode}"] = np.where(reach, ids[j], None)
    return out
