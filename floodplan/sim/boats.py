"""Boats: launched where a road meets the water, then over the flooded cells to the people in the water.

docs/command-line.md, `floodplan access`: a boat (``kind`` = ``boat``) travels by road on its trailer to any
road point
whose cell borders water at least ``draft_m`` deep, is launched there (``launch_minutes``) and then moves
between edge and corner neighbours (a corner step counts √2 cells) through cells at least ``draft_m`` deep
at its ``water_speed_kmh``, to the asset's cell.

The water part is a shortest-path problem on the grid of navigable cells, with many starts (every launch
point starts at its own time: road minutes plus the launch), all the launch points of all the boats of a
run in one search. It is solved by :class:`WaterGrid`: a Dijkstra on the grid itself, compiled with numba
(as the flood kernels of :mod:`floodplan.sim.inundation`), with one FIFO queue per move length instead of
a heap. Measured on the sample valley's 230,000 flooded cells (HQ100), on a loaded machine: building the
csgraph graph of their 1.8 million moves took ~150 ms and :func:`scipy.sparse.csgraph.dijkstra` ~170 ms
per search; scikit-image's ``graph.MCP_Geometric`` (which starts every seed at cost zero, so it would
need one run per distinct start time) ~300 ms per search; the grid search ~20-35 ms and no graph. The
csgraph form stays as :class:`WaterGraph`, the reference the grid search is tested against (equal
times: each move adds the same float).

Where a boat is put in: the water cell of the road point itself when it is navigable, and every navigable
edge or corner neighbour of that cell, at the time the trailer reaches the road point plus the launch
time (the few metres from the road into the neighbouring cell are not counted). The trailer reaches the
nearest point of the cell along the road's dry stretch, so a road that runs into the water is a launch
point at the water's edge.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numba
import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import dijkstra

from floodplan.core.grid import Grid
from floodplan.sim.footprints import AssetCells

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


def launch_seconds(
    net, node_s: np.ndarray, cut, depth: Grid, near: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """When the trailer reaches each road cell: (flat cells, seconds, country of the road node it came by).

    For every (edge, cell) the road runs through, the nearest point of the cell along the edge is
    reached from an end of the edge when the road between is dry for the trailer (``cut``: its
    :class:`floodplan.sim.network.RoadCut`). ``near`` (flat bool per cell, :meth:`WaterGrid.near`):
    only the road cells where a boat can be put in are needed (most of a network is far from the water).
    """
    cells, edge, t_in, t_out = net._edge_cut_index(depth)
    if near is not None:
        keep = np.flatnonzero(near[cells])
        cells, edge, t_in, t_out = cells[keep], edge[keep], t_in[keep], t_out[keep]
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


# ---------------------------------------------------------------------- the water search on the grid itself
#: The 8 moves (row, column steps) in the order of :class:`WaterGraph` (and the kernel below).
MOVES = np.array([(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)], np.int64)


@numba.njit(cache=True, nogil=True)
def _grid_dijkstra(state, country, start_cell, start_s, offset, move_class, class_w, cap, limit, target):
    """Dijkstra on a grid (flat) whose cells are ``state`` 1 (navigable) or 0 (not; every border cell is
    0, so that no move leaves the grid), from cells that start at their own times (``start_s`` sorted
    ascending); move k goes from cell c to c + ``offset[k]``; moves only between cells of the same
    ``country`` (when it is not empty); nothing beyond ``limit``; stops once every cell flagged in
    ``target`` (when not empty) is settled. ``state`` is overwritten (2: settled). Returns the seconds of
    every settled cell, inf elsewhere.

    The moves have only a few lengths (edge and corner steps: ``class_w``, move k is of class
    ``move_class[k]``), so the priority queue is one FIFO queue per length instead of a heap: cells are
    settled in order of time, so the times pushed into one queue (settled time + that length) never
    decrease, and the least head of the few queues (and of the sorted starts) is the next cell to settle;
    every step is O(1) (the simple algorithm for few distinct arc lengths: J. B. Orlin, K. Madduri,
    K. Subramani, M. Williamson, "A faster algorithm for the single source shortest path problem with few
    distinct positive lengths", J. Discrete Algorithms 8, 2010). A cell may stand in several queues; only
    its least entry settles it, the others are skipped.
    """
    n = len(state)
    dist = np.full(n, np.inf)
    nq = len(class_w)
    qkey = np.empty((nq, cap), np.float64)
    qcell = np.empty((nq, cap), np.int64)
    head = np.zeros(nq, np.int64)
    tail = np.zeros(nq, np.int64)
    use_country = len(country) > 0
    left = 0
    if len(target) > 0:
        for c in range(n):
            if target[c] and state[c] == 1:
                left += 1
        if left == 0:
            return dist
    ns = len(start_cell)
    for i in range(ns):
        if start_s[i] <= limit and start_s[i] < dist[start_cell[i]]:
            dist[start_cell[i]] = start_s[i]
    si = 0
    stopped = False
    while True:
        # the least head among the starts and the queues
        best = np.inf
        src = -2
        while si < ns and (state[start_cell[si]] == 2 or start_s[si] > dist[start_cell[si]]):
            si += 1
        if si < ns:
            best = start_s[si]
            src = -1
        for q in range(nq):
            h = head[q]
            while h < tail[q] and (state[qcell[q, h]] == 2 or qkey[q, h] > dist[qcell[q, h]]):
                h += 1  # stale: settled already, or improved since
            head[q] = h
            if h < tail[q] and qkey[q, h] < best:
                best = qkey[q, h]
                src = q
        if src == -2:
            break
        if src == -1:
            u = start_cell[si]
            si += 1
        else:
            u = qcell[src, head[src]]
            head[src] += 1
        state[u] = 2
        d = dist[u]
        if left > 0 and target[u]:
            left -= 1
            if left == 0:
                stopped = True
                break
        for k in range(8):
            v = u + offset[k]
            if state[v] != 1:
                continue
            if use_country and country[v] != country[u]:
                continue
            q = move_class[k]
            nd = d + class_w[q]
            if nd <= limit and nd < dist[v]:
                dist[v] = nd
                qkey[q, tail[q]] = nd
                qcell[q, tail[q]] = v
                tail[q] += 1
    if stopped:
        # cells reached but not settled (the search stopped at its last target) read inf
        for c in range(n):
            if state[c] != 2:
                dist[c] = np.inf
    return dist


@dataclass
class WaterGrid:
    """The navigable cells of a depth grid, searched on the grid itself (no graph is built).

    The same cells and moves as :class:`WaterGraph` (which stays as the reference, on
    :func:`scipy.sparse.csgraph.dijkstra`), searched by :func:`_grid_dijkstra`, a Dijkstra on the
    8-neighbour grid compiled with numba: it needs no graph of the ~8 moves per cell (building that graph
    for the sample's 230,000 flooded cells took as long as a search), keeps boats in their own country by
    comparing the cells' countries as it goes (no second graph for national mode), runs only on the
    window of rows and columns that holds water, and stops once every building in the water is settled
    or beyond a time limit. Each move adds the same float (metres of the move ÷ speed) as the csgraph
    graph, so the times are the same numbers.

    Attributes
    ----------
    nav : ndarray of bool, one per grid cell (flat)
        Navigable: at least the draft deep (no-data cells are not water).
    shape : (rows, cols) of the grid
    move_m : ndarray of float, shape (8,)
        Metres of each move of :data:`MOVES` (a corner step √2 cells on square cells).
    n : int
        Navigable cells.
    window : (row0, row1, col0, col1)
        The rows and columns holding every navigable cell (empty when there is none).
    """

    nav: np.ndarray
    shape: tuple
    move_m: np.ndarray
    n: int
    window: tuple
    _near: np.ndarray | None = field(default=None, repr=False)
    _nav_win: np.ndarray | None = field(default=None, repr=False)

    @classmethod
    def build(cls, depth: Grid, draft_m: float) -> WaterGrid:
        """The cells at least ``draft_m`` (m) deep of ``depth`` (no-data cells are not water)."""
        z = depth.z
        nav = (z >= draft_m) & (z < np.inf)  # NaN (no data) compares False: not water
        move_m = np.hypot(MOVES[:, 0] * depth.dy, MOVES[:, 1] * depth.dx)
        rows = np.flatnonzero(nav.any(axis=1))
        cols = np.flatnonzero(nav.any(axis=0))
        window = (
            (int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1) if len(rows) else (0, 0, 0, 0)
        )
        return cls(nav.ravel(), z.shape, move_m, int(np.count_nonzero(nav)), window)

    @property
    def window_shape(self) -> tuple:
        """Shape of the search's array: the window with a border of one cell all round."""
        r0, r1, c0, c1 = self.window
        return (r1 - r0 + 2, c1 - c0 + 2)

    def window_cells(self, cells) -> np.ndarray:
        """Flat index in the search's array (:attr:`window_shape`) of grid cells ``cells`` (flat) that lie
        in the window (navigable cells do)."""
        cols = self.shape[1]
        r0, _, c0, c1 = self.window
        cells = np.asarray(cells, np.int64)
        return (cells // cols - r0 + 1) * (c1 - c0 + 2) + (cells % cols - c0 + 1)

    def pad(self, window_values: np.ndarray, fill) -> np.ndarray:
        """Values of the window's cells (shape (rows, cols) of the window) in the search's array (flat),
        ``fill`` on its border."""
        out = np.full(self.window_shape, fill, dtype=np.asarray(window_values).dtype)
        out[1:-1, 1:-1] = window_values
        return out.ravel()

    def crop(self, a: np.ndarray, fill) -> np.ndarray:
        """A grid-shaped array's values in the search's array (flat), ``fill`` on its border."""
        r0, r1, c0, c1 = self.window
        return self.pad(np.asarray(a).reshape(self.shape)[r0:r1, c0:c1], fill)

    def window_grid(self, grid: Grid) -> Grid:
        """The window of ``grid`` (same georeference) as a grid of its own, for labelling its cells."""
        from affine import Affine

        r0, r1, c0, c1 = self.window
        return Grid(grid.z[r0:r1, c0:c1], grid.transform @ Affine.translation(c0, r0), grid.crs)

    def near(self) -> np.ndarray:
        """Per cell (flat): navigable or next to a navigable cell (edge or corner), where a boat can be put
        in from a road (cached)."""
        if self._near is None:
            rows, cols = self.shape
            nav = self.nav.reshape(self.shape)
            near = nav.copy()
            for dr, dc in MOVES:  # OR of the 8 shifted grids (a 3 x 3 dilation)
                near[max(dr, 0) : rows + min(dr, 0), max(dc, 0) : cols + min(dc, 0)] |= nav[
                    max(-dr, 0) : rows + min(-dr, 0), max(-dc, 0) : cols + min(-dc, 0)
                ]
            self._near = near.ravel()
        return self._near

    def launch_cells(self, cells: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The navigable cells a boat is put into from road cells ``cells`` (flat): the cell itself and
        its 8 neighbours. Returns (flat cell, position in ``cells``)."""
        rows, cols = self.shape
        cells = np.asarray(cells, np.int64)
        r, c = cells // cols, cells % cols
        out, which = [], []
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                rr, cc = r + dr, c + dc
                k = np.flatnonzero((rr >= 0) & (rr < rows) & (cc >= 0) & (cc < cols))
                cell = rr[k] * cols + cc[k]
                hit = self.nav[cell]
                out.append(cell[hit])
                which.append(k[hit])
        return np.concatenate(out), np.concatenate(which)

    def _search(self, start_cells, start_seconds, speed_ms, limit_s, window_country, targets) -> np.ndarray:
        """Seconds to every cell of the search's array (flat, :attr:`window_shape`; inf where not reached);
        see :meth:`seconds`. ``window_country``: in the search's array (:meth:`crop`)."""
        wr, wc = self.window_shape
        if self._nav_win is None:
            self._nav_win = self.crop(self.nav, False).astype(np.uint8)
        # a start at 0 s starts at 1e-9 s, as on the csgraph graph (whose virtual source needs a nonzero
        # edge), so that both give the same numbers
        start = np.maximum(np.asarray(start_seconds, np.float64), 1e-9)
        cells = np.asarray(start_cells, np.int64)
        keep = self.nav[cells]  # a start off the water goes nowhere
        cells, start = self.window_cells(cells[keep]), start[keep]
        order = np.argsort(start, kind="stable")
        tgt = np.zeros(0, np.bool_)
        if targets is not None:
            targets = np.asarray(targets, np.int64)
            tgt = np.zeros(wr * wc, np.bool_)
            tgt[self.window_cells(targets[self.nav[targets]])] = True
        country = np.zeros(0, np.int64) if window_country is None else np.asarray(window_country, np.int64)
        # one queue per distinct move length, each holding at most one entry per cell and move of it
        w = self.move_m / speed_ms
        class_w, move_class = np.unique(w, return_inverse=True)
        cap = max(int(np.bincount(move_class).max()) * self.n, 1)
        return _grid_dijkstra(
            self._nav_win.copy(),
            country,
            cells[order],
            start[order],
            MOVES[:, 0] * wc + MOVES[:, 1],
            move_class.astype(np.int64),
            class_w,
            cap,
            float(limit_s),
            tgt,
        )

    def seconds(
        self,
        start_cells,
        start_seconds,
        speed_ms: float,
        limit_s: float = np.inf,
        cell_country: np.ndarray | None = None,
        targets: np.ndarray | None = None,
    ) -> np.ndarray:
        """Seconds to every cell (flat, inf where not reached) for a boat put into ``start_cells[i]`` at
        ``start_seconds[i]`` moving at ``speed_ms`` (m/s).

        ``limit_s``: cells farther than this read inf. ``cell_country`` (int per cell): no move between two
        countries' cells (national mode). ``targets`` (flat cells): the search stops once all the navigable
        ones are settled, and the cells beyond the last one read inf (their times are then not needed);
        with no navigable target every cell reads inf.
        """
        out = np.full(self.shape, np.inf)
        if self.n == 0:
            return out.ravel()
        country = None if cell_country is None else self.crop(cell_country, -1)
        r0, r1, c0, c1 = self.window
        s = self._search(start_cells, start_seconds, speed_ms, limit_s, country, targets)
        out[r0:r1, c0:c1] = s.reshape(self.window_shape)[1:-1, 1:-1]
        return out.ravel()

    def asset_seconds(
        self,
        cells: AssetCells,
        n_assets: int,
        start_cells,
        start_seconds,
        speed_ms: float,
        limit_s: float = np.inf,
        window_country: np.ndarray | None = None,
    ) -> np.ndarray:
        """Per asset, the seconds to its quickest navigable footprint cell (inf where none is reached), the
        search stopping once every navigable footprint cell is settled. ``window_country``: the country of
        every cell of the search's array (:meth:`crop`, :meth:`pad`), for national mode."""
        out = np.full(n_assets, np.inf)
        wet = self.nav[cells.cells]
        if self.n == 0 or not wet.any():
            return out
        fc = cells.cells[wet]
        s = self._search(start_cells, start_seconds, speed_ms, limit_s, window_country, fc)
        np.minimum.at(out, cells.owner[wet], s[self.window_cells(fc)])
        return out
