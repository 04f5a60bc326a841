"""Where N new resources of a kind would cover the most uncovered people: the maximal covering location
problem (Church & ReVelle 1974), solved exactly with PuLP/CBC, with a greedy fallback for very large cases.

Model: choose exactly ``count`` candidate sites x_j ∈ {0, 1} to maximise Σ w_i y_i, where y_i ≤ Σ_j a_ij x_j
and 0 ≤ y_i ≤ 1 (y may be continuous: at the optimum it is 1 exactly when some chosen site covers i).
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pulp
import scipy.sparse as sp
import shapely
from scipy.sparse.csgraph import dijkstra

from floodplan.core.grid import Grid
from floodplan.errors import FloodplanError, InputError
from floodplan.progress import Feedback, step
from floodplan.sim.access import AccessResult, boat_launches, node_seconds, point_seconds
from floodplan.sim.boats import (
    BOAT_KIND,
    DEFAULT_LAUNCH_MINUTES,
    DEFAULT_TRAILER_WADING_M,
    DEFAULT_WATER_SPEED_KMH,
)
from floodplan.sim.exposure import assign_jurisdictions

#: Above this many demand-candidate pairs that cover, "auto" uses the greedy heuristic instead of CBC.
GREEDY_ABOVE_PAIRS = 2_000_000
#: A boat station is a network node on dry ground within this distance (m) of water a boat can use.
BOAT_SITE_NEAR_WATER_M = 100.0
#: Each boat site needs its own road and water search: at most this many candidates.
MAX_BOAT_CANDIDATES = 300


@dataclass
class SiteChoice:
    """The chosen sites.

    Attributes
    ----------
    chosen : ndarray of int64
        Candidate indices, in the order the greedy would add them (largest marginal gain first).
    covered_weight : float
        Total weight of the demand covered by the chosen sites.
    covered : ndarray of bool
        Per demand point.
    method : str
        "mclp" (exact, CBC) or "greedy".
    """

    chosen: np.ndarray
    covered_weight: float
    covered: np.ndarray
    method: str


def _greedy(w: np.ndarray, a: sp.csc_matrix, count: int) -> np.ndarray:
    """Add the site with the largest uncovered weight, count times (a (1 - 1/e) approximation)."""
    left = w.copy()
    chosen = []
    for _ in range(count):  # count is a handful of sites; each step is one sparse product
        gain = a.T @ left
        if chosen:
            gain[chosen] = -1.0
        j = int(np.argmax(gain))
        chosen.append(j)
        left[a[:, j].nonzero()[0]] = 0.0
    return np.array(chosen, dtype=np.int64)


def _order_by_gain(w: np.ndarray, a: sp.csc_matrix, chosen: np.ndarray) -> np.ndarray:
    """Order chosen sites by marginal gain so that the first k of them are a sensible smaller answer."""
    left = w.copy()
    rest = list(chosen)
    order = []
    while rest:
        gains = [float(left[a[:, j].nonzero()[0]].sum()) for j in rest]
        j = rest.pop(int(np.argmax(gains)))
        order.append(j)
        left[a[:, j].nonzero()[0]] = 0.0
    return np.array(order, dtype=np.int64)


def suggest_sites(
    demand_weights,
    coverage,
    count: int,
    method: str = "auto",
    time_limit_s: float | None = 120.0,
) -> SiteChoice:
    """Maximal covering location: the ``count`` candidates that together cover the most demand weight.

    Parameters
    ----------
    demand_weights : array (n_demand,)
        Weight of each demand point (people).
    coverage : bool array or sparse matrix (n_demand, n_candidate)
        True where a candidate would cover a demand point (within the target time or distance).
    count : int
        Number of sites to choose (exactly this many).
    method : {"auto", "mclp", "greedy"}
        "auto" solves exactly with PuLP/CBC unless there are more than ``GREEDY_ABOVE_PAIRS`` covering
        pairs.
    time_limit_s : float, optional
        CBC time limit (s).
    """
    w = np.asarray(demand_weights, dtype=float).ravel()
    a = sp.csc_matrix(coverage, dtype=bool).astype(np.float64)
    n_dem, n_cand = a.shape
    if len(w) != n_dem:
        raise InputError(f"{len(w)} demand weights for a coverage matrix with {n_dem} demand rows")
    if count < 1 or count > n_cand:
        raise InputError(f"cannot choose {count} sites among {n_cand} candidates; choose 1 to {n_cand}")
    if method == "auto":
        method = "greedy" if a.nnz > GREEDY_ABOVE_PAIRS else "mclp"
    if method == "greedy":
        chosen = _greedy(w, a, count)
    elif method == "mclp":
        prob = pulp.LpProblem("mclp", pulp.LpMaximize)
        x = [prob.add_variable(f"x{j}", cat="Binary") for j in range(n_cand)]
        rows = np.nonzero(np.asarray(a.sum(axis=1)).ravel() > 0)[0]
        y = {i: prob.add_variable(f"y{i}", lowBound=0, upBound=1) for i in rows}
        prob += pulp.lpSum(float(w[i]) * y[i] for i in rows)
        csr = a.tocsr()
        for i in rows:  # one constraint per demand point, built once for the solver
            prob += y[i] <= pulp.lpSum(x[j] for j in csr.indices[csr.indptr[i] : csr.indptr[i + 1]])
        prob += pulp.lpSum(x) == count
        with warnings.catch_warnings():
            # PuLP 3.3 flags its bundled CBC as deprecated for 4.0; it is the solver that ships with it
            warnings.simplefilter("ignore", DeprecationWarning)
            solver = pulp.PULP_CBC_CMD(msg=False, timeLimit=time_limit_s)
        status = prob.solve(solver)
        if pulp.LpStatus[status] != "Optimal":
            raise FloodplanError(f"the site choice could not be solved ({pulp.LpStatus[status]})")
        chosen = np.array([j for j in range(n_cand) if (x[j].value() or 0) > 0.5], dtype=np.int64)
        chosen = _order_by_gain(w, a, chosen)
    else:
        raise InputError(f"method '{method}' is unknown; use 'auto', 'mclp' or 'greedy'")
    covered = np.asarray(a[:, chosen].sum(axis=1)).ravel() > 0
    return SiteChoice(chosen, float(w[covered].sum()), covered, method)


def _thin(xy: np.ndarray, n_max: int) -> np.ndarray:
    """Indices of at most about n_max points spread evenly: one per square of a grid over their extent."""
    if len(xy) <= n_max:
        return np.arange(len(xy))
    lo, hi = xy.min(axis=0), xy.max(axis=0)
    side = np.sqrt(max((hi - lo).prod(), 1.0) / n_max)
    for _ in range(20):  # widen the squares until few enough remain
        key = np.floor((xy - lo) / side).astype(np.int64)
        _, first = np.unique(key[:, 0] * (1 << 31) + key[:, 1], return_index=True)
        if len(first) <= n_max:
            return np.sort(first)
        side *= 1.25
    return np.sort(first[:n_max])


def _near_water(depth: Grid, water, xy: np.ndarray, within_m: float) -> np.ndarray:
    """Per point: within ``within_m`` (m) of a navigable cell of ``water`` (:class:`WaterGrid`)."""
    from scipy.ndimage import distance_transform_edt

    nav = water.nav.reshape(water.shape)
    dist = distance_transform_edt(~nav, sampling=(depth.dy, depth.dx))
    r, c = depth.rowcol(xy[:, 0], xy[:, 1])
    inside = depth.inside(r, c)
    out = np.zeros(len(xy), bool)
    out[inside] = dist[r[inside], c[inside]] <= within_m
    return out


def _water_seconds(inp, travel, water, draft_m, node_s, cut, country, limit_s) -> np.ndarray:
    """Seconds over the water to every asset for a new boat whose trailer reached the nodes at node_s
    (default launch time and speed; in national mode only into its own country's water and people)."""
    launch, ts, wcc = boat_launches(inp, travel, water, draft_m, node_s, cut, country is not None)
    start = ts + DEFAULT_LAUNCH_MINUTES * 60.0
    out = water.asset_seconds(
        inp.asset_cells, len(inp.assets), launch, start, DEFAULT_WATER_SPEED_KMH / 3.6, limit_s, wcc
    )
    if country is not None:
        out = np.where(inp.asset_country == country, out, np.inf)
    return out


def suggest_from_access(
    result: AccessResult,
    kind: str,
    count: int,
    minutes: float | None = None,
    candidates: gpd.GeoDataFrame | None = None,
    depth_grid: Grid | None = None,
    max_depth_m: float = 0.3,
    max_candidates: int = 2000,
    method: str = "auto",
    feedback: Feedback | None = None,
) -> tuple[gpd.GeoDataFrame, dict]:
    """Sites for ``count`` new resources of ``kind`` covering the most people the current ones miss.

    Demand is the population of the buildings not covered by ``kind`` in ``result`` (its mode, flood
    and target). Candidates are the network nodes off flooded roads (and, with ``depth_grid``, on dry
    ground), thinned evenly to at most ``max_candidates``; or the points of a candidate layer, each
    placed at its nearest network node. A new resource is assumed to cross borders in joint mode; in
    national mode it serves and travels only in its own country. It moves as its kind does
    (docs/command-line.md
    "Response by kind"): it drives through its kind's wading limit and reaches no building in deeper
    water by road; a new boat (``kind`` = ``boat``) stands on dry road within
    ``BOAT_SITE_NEAR_WATER_M`` of water it can use (at most ``MAX_BOAT_CANDIDATES`` sites) and also
    reaches the buildings in the water, launched where its road meets the water (default launch time
    and water speed).

    Returns
    -------
    (sites, summary)
        sites: GeoDataFrame of the chosen points with ``rank``, ``kind``, ``country``,
        ``covered_population`` (newly covered people counting each person once, in rank order) and
        ``candidate`` (its row in the candidate layer, or its network node).
        summary: ``kind``, ``count``, ``minutes``, ``mode``, ``method``, ``uncovered_population`` before,
        ``covered_population`` by the new sites, ``candidates``.
    """
    inp = result.inputs
    net = inp.network
    kind = str(kind).strip().lower()
    boat = kind == BOAT_KIND
    target = float(minutes if minutes is not None else result.targets.get(kind, 15.0))
    if not target > 0:
        raise InputError(f"the target time must be more than 0 minutes, got {target:g}")
    col = f"covered_{kind}"
    a = result.assets
    covered = a[col].to_numpy(dtype=bool) if col in a.columns else np.zeros(len(a), bool)
    pop = a["population"].to_numpy(dtype=float)
    dem = np.nonzero(~covered & (pop > 0))[0]
    if inp.asset_far is not None:
        dem = dem[~inp.asset_far[dem]]  # farther than max_snap_m from every road: nobody reaches them
    step(feedback, 0.0, "choosing candidate sites")
    # the new resource moves as its kind does: its kind's wading limit (the most capable of the kind's
    # vehicles, or the default for the kind), and for boats the water
    limits = result.summary.get("kinds", {}).get(kind, {}).get("max_wading_m")
    limit = float(max(limits)) if limits else (DEFAULT_TRAILER_WADING_M if boat else float(max_depth_m))
    travel = result.travel
    blocked = travel.cut(limit) if travel is not None else result.blocked_pieces
    depth_all = np.nan_to_num(a["depth_m"].to_numpy(dtype=float), nan=0.0)
    road_ok = ~(depth_all[dem] > limit)
    if boat:
        road_ok &= ~(depth_all[dem] > result.draft_m)
    water = None
    if boat and travel is not None and travel.depth is not None:
        water = travel.water_grid(result.draft_m)
    if candidates is None:
        ok = np.ones(net.n_nodes, bool)
        if blocked is not None and np.asarray(blocked).any():
            # a node where an impassable stretch begins (in the water) is no site; the dry ends stay
            wlo, whi = net.edge_wet(blocked)
            ok[net.edge_u[wlo <= 0]] = False
            ok[net.edge_v[whi >= 1]] = False
        if depth_grid is not None:
            d = depth_grid.sample(net.node_xy[:, 0], net.node_xy[:, 1], outside=0.0)
            ok &= ~(np.nan_to_num(d, nan=0.0) > (0.0 if boat else limit))
        if boat:
            # boat stations: on dry road next to the water (within BOAT_SITE_NEAR_WATER_M of a navigable cell)
            if water is None or water.n == 0:
                raise InputError(
                    "no water deep enough for a boat in this scenario: boat stations cannot be suggested"
                )
            ok &= _near_water(travel.depth, water, net.node_xy, BOAT_SITE_NEAR_WATER_M)
            max_candidates = min(max_candidates, MAX_BOAT_CANDIDATES)
        pool = np.nonzero(ok)[0]
        if len(pool) == 0:
            raise InputError(f"no dry road next to the water for a new {kind} station in this scenario")
        cand_nodes = pool[_thin(net.node_xy[pool], max_candidates)]
        cand_label = cand_nodes
        cand_snap = None
    else:
        if len(candidates) == 0:
            raise InputError("the candidate layer is empty; give candidate points or leave it out")
        cand_snap = net.snap(candidates.geometry)
        cand_nodes = cand_snap.node
        cand_label = np.arange(len(candidates))
    if len(cand_nodes) < count:
        raise InputError(f"only {len(cand_nodes)} candidate sites for {count} new resources")
    # coverage matrix: demand × candidate, from searches out of the candidates bounded by the target
    t_s = target * 60.0
    dsnap = inp.asset_snap.subset(dem)
    e, f = dsnap.edge, dsnap.fraction
    sec = net.edge_seconds[e]
    flood_all = net.edge_wet(blocked)
    wlo, whi = flood_all[0][e], flood_all[1][e]
    u, v = net.edge_u[e], net.edge_v[e]
    if cand_snap is None:
        cand_country = net.node_country[cand_nodes]
    else:
        tagged = assign_jurisdictions(candidates, inp.jurisdictions, "candidates")
        cand_country = np.array([net.country_index(c) for c in tagged["country"]], dtype=np.int64)
    groups = [(None, np.arange(len(cand_nodes)))]
    if result.mode == "national":
        groups = [(int(c), np.nonzero(cand_country == c)[0]) for c in np.unique(cand_country)]
    blocks_r, blocks_c = [], []
    batch = max(1, min(256, 5_000_000 // max(net.n_nodes, 1)))  # at most ~40 MB of times at once
    done = 0
    wet_dem = depth_all[dem] >= result.draft_m
    for c, members in groups:  # national mode: one group per country
        dmask = np.ones(len(dem), bool) if c is None else inp.asset_country[dem] == c
        if cand_snap is not None or water is not None:
            for j in members:  # each site on its own (a candidate layer's few points, or boat sites)
                src = cand_snap.subset(np.array([j])) if cand_snap is not None else np.array([cand_nodes[j]])
                d = node_seconds(net, src, blocked, c, limit_s=t_s)
                if cand_snap is not None:
                    t = point_seconds(net, d, dsnap, flood_all, src)
                else:
                    t = point_seconds(net, d, dsnap, flood_all)
                t = np.where(road_ok, t, np.inf)
                if water is not None and wet_dem.any():
                    w = _water_seconds(inp, travel, water, result.draft_m, d, blocked, c, t_s)
                    t = np.minimum(t, np.where(wet_dem, w[dem], np.inf))
                hit = (t <= t_s + 1e-6) & dmask
                di = np.nonzero(hit)[0]
                blocks_r.append(di)
                blocks_c.append(np.full(len(di), j))
                done += 1
                step(feedback, 0.8 * done / len(cand_nodes), "travel times from candidate sites")
            continue
        g = net.csr(net.edge_passable(blocked, c))
        for k in range(0, len(members), batch):  # batches of candidate nodes
            idx = members[k : k + batch]
            dist = dijkstra(g, directed=True, indices=cand_nodes[idx], limit=t_s)
            tu = np.where(f <= wlo, dist[:, u] + f * sec, np.inf)
            tv = np.where(f >= whi, dist[:, v] + (1 - f) * sec, np.inf)
            hit = (np.minimum(tu, tv) <= t_s + 1e-6) & dmask & road_ok
            ci, di = np.nonzero(hit)
            blocks_r.append(di)
            blocks_c.append(idx[ci])
            done += len(idx)
            step(feedback, 0.8 * done / len(cand_nodes), "travel times from candidate sites")
    rr = np.concatenate(blocks_r) if blocks_r else np.zeros(0, np.int64)
    cc = np.concatenate(blocks_c) if blocks_c else np.zeros(0, np.int64)
    cov = sp.csc_matrix((np.ones(len(rr), bool), (rr, cc)), shape=(len(dem), len(cand_nodes)))
    step(feedback, 0.85, "solving the covering problem")
    choice = suggest_sites(pop[dem], cov, count, method=method)
    # people newly covered by each site in rank order
    left = pop[dem].copy()
    gains = []
    for j in choice.chosen:  # a handful of sites
        rows = cov[:, j].nonzero()[0]
        gains.append(float(left[rows].sum()))
        left[rows] = 0.0
    nodes = cand_nodes[choice.chosen]
    if candidates is None:
        geoms = shapely.points(net.node_xy[nodes])
    else:
        geoms = np.asarray(candidates.geometry.values)[choice.chosen]
    sites = gpd.GeoDataFrame(
        {
            "rank": np.arange(1, len(nodes) + 1),
            "kind": kind,
            "country": [net.countries[c] if c >= 0 else None for c in cand_country[choice.chosen]],
            "covered_population": gains,
            "candidate": cand_label[choice.chosen],
        },
        geometry=geoms,
        crs=net.crs,
    )
    summary = {
        "kind": kind,
        "count": int(count),
        "minutes": target,
        "mode": result.mode,
        "method": choice.method,
        "uncovered_population": float(pop[dem].sum()),
        "covered_population": choice.covered_weight,
        "candidates": int(len(cand_nodes)),
    }
    step(feedback, 1.0, "sites chosen")
    return sites, summary
