"""Boats: launched where a road meets the water, then over the flooded cells to the people in the water.

CONTRACT, "Response by kind": a boat (``kind`` = ``boat``) travels by road on its trailer to any road point
whose cell borders water at least ``draft_m`` deep, is launched there (``launch_minutes``) and then moves
between edge and corner neighbours (a corner step counts √2 cells) through cells at least ``draft_m`` deep
at its ``water_speed_kmh``, to the asset's cell.

The water part is a shortest-path problem on the grid of navigable cells. It is solved with
:func:`scipy.sparse.csgraph.dijkstra` on a graph of those cells (8 neighbours, weights in metres), not
with scikit-image's ``graph.MCP_Geometric``: every launch point starts at its own time (road minutes plus
the launch), and csgraph takes that as one virtual source joined to every launch cell by an edge of that
many seconds, so all the launch points of all the boats of a run are one Dijkstra; MCP starts every seed
at cost zero, so it would need one run per distinct start time. csgraph is also what the road network
already uses, so the road and the water part share one library.

Where a boat is put in: the water cell of the road point itself when it is navigable, and every navigable
edge or corner neighbour of that cell, at the time the trailer reaches the road point plus the launch
time (the few metres from the road into the neighbouring cell are not counted). The trailer reaches the
nearest point of the cell along the road's dry stretch, so a road that runs into the water is a launch
point at the water's edge.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import dijkstra

from floodplan.sim.footprints import AssetCells
from floodplan.sim.grid import Grid

BOAT_KIND = "boat"
DEFAULT_DRAFT_M = 0.3
DEFAULT_LAUNCH_MINUTES = 5.0
DEFAULT_WATER_SPEED_KMH = 8.0
#: A boat's trailer drives through this much water unless the boat's ``max_wading_m`` says otherwise.
DEFAULT_TRAILER_WADING_M = 0.3


@dataclass
class WaterGraph:
    """The navigable cells of a depth grid and the 8-neighbour moves between them.

    Attributes
    ----------
    node_of_cell : ndarray of int64, one per grid cell (flat)
        Node of each navigable cell, -1 elsewhere.
    cell_of_node : ndarray of int64
        Flat cell of each node.
    indptr, indices, metres : CSR arrays of the moves (metres: 1 cell or √2 cells, in the grid's own
        cell size)
    shape : (rows, cols) of the grid
    """

    node_of_cell: np.ndarray
    cell_of_node: np.ndarray
    indptr: np.ndarray
    indices: np.ndarray
    metres: np.ndarray
    shape: tuple

    @property
    def n(self) -> int:
        return len(self.cell_of_node)

    @classmethod
    def build(cls, depth: Grid, draft_m: float, cell_country: np.ndarray | None = None) -> WaterGraph:
        """The graph of cells at least ``draft_m`` (m) deep (no-data cells are not water).

        ``cell_country`` (int per cell, same shape as the grid): moves between cells of different
        countries are left out, so that every boat stays in its own country (national mode).
        """
        z = depth.z
        rows, cols = z.shape
        nav = np.isfinite(z) & (np.nan_to_num(z, nan=0.0) >= draft_m)
        node_of_cell = np.full(rows * cols, -1, np.int64)
        cell_of_node = np.flatnonzero(nav.ravel())
        node_of_cell[cell_of_node] = np.arange(len(cell_of_node))
        n = len(cell_of_node)
        # the moves of every node in the 8 directions, generated node by node in order: the CSR rows
        # come out sorted, no sort of millions of moves is needed
        pad = np.zeros((rows + 2, cols + 2), bool)
        pad[1:-1, 1:-1] = nav
        r, c = cell_of_node // cols, cell_of_node % cols
        offsets = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]
        ok = np.empty((n, 8), bool)
        for k, (dr, dc) in enumerate(offsets):
            ok[:, k] = pad[r + 1 + dr, c + 1 + dc]
            if cell_country is not None:
                inside = ok[:, k]
                same = np.zeros(n, bool)
                same[inside] = (
                    cell_country[r[inside] + dr, c[inside] + dc] == cell_country[r[inside], c[inside]]
                )
                ok[:, k] = same
        node, k = np.nonzero(ok)
        dr = np.array([o[0] for o in offsets])[k]
        dc = np.array([o[1] for o in offsets])[k]
        target = node_of_cell[(r[node] + dr) * cols + c[node] + dc]
        # a corner step: √2 cells on square cells
        metres = np.hypot(dr * depth.dy, dc * depth.dx)
        indptr = np.zeros(n + 2, np.int64)  # and one more row for the virtual source of a run
        np.cumsum(ok.sum(axis=1), out=indptr[1 : n + 1])
        indptr[n + 1] = indptr[n]
        return cls(node_of_cell, cell_of_node, indptr, target.astype(np.int32), metres, (rows, cols))

    def within(self, cell_country: np.ndarray) -> WaterGraph:
        """The same cells without the moves between two countries' cells (national mode)."""
        cc = np.asarray(cell_country).ravel()[self.cell_of_node]
        n = self.n
        row = np.repeat(np.arange(n), np.diff(self.indptr[: n + 1]))
        keep = cc[row] == cc[self.indices]
        counts = np.bincount(row[keep], minlength=n)
        indptr = np.zeros(n + 2, np.int64)
        np.cumsum(counts, out=indptr[1 : n + 1])
        indptr[n + 1] = indptr[n]
        return WaterGraph(
            self.node_of_cell, self.cell_of_node, indptr, self.indices[keep], self.metres[keep], self.shape
        )

    def seconds(self, start_nodes, start_seconds, speed_ms: float, limit_s: float = np.inf) -> np.ndarray:
        """Seconds to every node from a virtual source that reaches ``start_nodes[i]`` after
        ``start_seconds[i]`` and moves at ``speed_ms`` (m/s); inf where not reached."""
        n = self.n
        start_nodes = np.asarray(start_nodes, np.int64)
        if n == 0 or len(start_nodes) == 0:
            return np.full(n, np.inf)
        best = np.full(n, np.inf)
        np.minimum.at(best, start_nodes, np.asarray(start_seconds, float))
        s = np.flatnonzero(np.isfinite(best))
        indptr = self.indptr.copy()
        indptr[n + 1] = indptr[n] + len(s)
        g = sp.csr_matrix(
            (
                np.concatenate([self.metres / speed_ms, np.maximum(best[s], 1e-9)]),
                np.concatenate([self.indices, s]),
                indptr,
            ),
            shape=(n + 1, n + 1),
        )
        return dijkstra(g, directed=True, indices=n, limit=limit_s)[:n]

    def launch_nodes(self, cells: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The navigable nodes a boat is put into from road cells ``cells`` (flat): the cell itself and
        its 8 neighbours. Returns (node, position in ``cells``)."""
        rows, cols = self.shape
        r, c = cells // cols, cells % cols
        nodes, which = [], []
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                rr, cc = r + dr, c + dc
                ok = (rr >= 0) & (rr < rows) & (cc >= 0) & (cc < cols)
                k = np.flatnonzero(ok)
                nd = self.node_of_cell[rr[k] * cols + cc[k]]
                hit = nd >= 0
                nodes.append(nd[hit])
                which.append(k[hit])
        return np.concatenate(nodes), np.concatenate(which)


def launch_seconds(net, node_s: np.ndarray, cut, depth: Grid) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """When the trailer reaches each road cell: (flat cells, seconds, country of the road node it came by).

    For every (edge, cell) the road runs through, the nearest point of the cell along the edge is
    reached from an end of the edge when the road between is dry for the trailer (``cut``: its
    :class:`floodplan.sim.network.RoadCut`).
    """
    cells, edge, t_in, t_out = net._edge_cut_index(depth)
    lo, hi = net.edge_wet(cut)
    sec = net.edge_seconds[edge]
    a = np.maximum(t_in, 0.0)
    b = np.minimum(t_out, 1.0)
    u, v = net.edge_u[edge], net.edge_v[edge]
    tu = np.where(a <= lo[edge], node_s[u] + a * sec, np.inf)
    tv = np.where(b >= hi[edge], node_s[v] + (1.0 - b) * sec, np.inf)
    from_u = tu <= tv
    t = np.where(from_u, tu, tv)
    country = np.where(from_u, net.node_country[u], net.node_country[v])
    ok = np.isfinite(t)
    return cells[ok], t[ok], country[ok]


def water_asset_seconds(
    graph: WaterGraph, water_s: np.ndarray, cells: AssetCells, n_assets: int
) -> np.ndarray:
    """Per asset, the seconds to its quickest navigable footprint cell (inf where none is reached)."""
    out = np.full(n_assets, np.inf)
    node = graph.node_of_cell[cells.cells]
    ok = node >= 0
    if ok.any():
        np.minimum.at(out, cells.owner[ok], water_s[node[ok]])
    return out
