"""The road network: the roads layer joined into a graph that travel times are computed on.

Roads are joined where they share an end point or any vertex within ``snap_tolerance_m`` (1 m by
default, as the contract fixes): every vertex of every road becomes a candidate node, and vertices closer
than the tolerance are merged into one node (a KD-tree finds the close pairs, connected components of those
pairs give the merged nodes). Each straight segment between consecutive vertices becomes an undirected
edge with its length (m) and its travel time (s) at the road's ``speed_kmh``. A road piece is one feature
(row) of the roads layer; every edge remembers its piece, so a flooded piece can be cut as a whole.

Countries come from the jurisdictions layer: each node takes the jurisdiction it lies in (the nearest
one when it lies outside all of them, e.g. exactly on the border line), and an edge whose two end nodes lie
in different countries is a border crossing; crossings take an optional extra delay.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import scipy.sparse as sp
import shapely
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from floodplan.core.grid import Grid
from floodplan.errors import InputError
from floodplan.progress import Feedback, step

DEFAULT_SPEED_KMH = 50.0


def as_bool(values, default: bool, layer: str, attribute: str) -> np.ndarray:
    """Read a boolean attribute that files store as bool, 0/1 or text ("true", "yes", ...).

    Missing values take ``default``; anything else unreadable raises InputError naming the attribute.
    """
    s = pd.Series(values, dtype=object)
    out = np.full(len(s), default, dtype=bool)
    for i, v in enumerate(s):  # per feature of a small layer, not per cell or node
        if v is None or (isinstance(v, float) and np.isnan(v)):
            continue
        if isinstance(v, bool | np.bool_):
            out[i] = bool(v)
        elif isinstance(v, int | float | np.integer | np.floating):
            out[i] = bool(v)
        else:
            t = str(v).strip().lower()
            if t in ("true", "t", "yes", "y", "1"):
                out[i] = True
            elif t in ("false", "f", "no", "n", "0", ""):
                out[i] = False
            else:
                raise InputError(
                    f"layer '{layer}', attribute '{attribute}': value {v!r} is not true or false; "
                    "use true/false (or 1/0)"
                )
    return out


def _bool_column(gdf: gpd.GeoDataFrame, name: str, default: bool, layer: str) -> np.ndarray:
    if name not in gdf.columns:
        return np.full(len(gdf), default, dtype=bool)
    col = gdf[name]
    if col.dtype == bool:
        return col.to_numpy()
    return as_bool(col.to_numpy(), default, layer, name)


def check_jurisdictions(jurisdictions: gpd.GeoDataFrame) -> None:
    """Raise InputError unless the jurisdictions layer has polygons with `name` and `country`."""
    for att in ("name", "country"):
        if att not in jurisdictions.columns:
            raise InputError(
                f"layer 'jurisdictions' has no attribute '{att}'; add a '{att}' column to every polygon"
            )
    if len(jurisdictions) == 0:
        raise InputError("layer 'jurisdictions' is empty; add at least one polygon with 'name' and 'country'")
    if jurisdictions["name"].isna().any() or jurisdictions["country"].isna().any():
        raise InputError("layer 'jurisdictions' has polygons with no 'name' or 'country'; fill them in")


def locate_in_jurisdictions(xy: np.ndarray, jurisdictions: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Index of the jurisdiction holding each point, and whether it lies inside one at all.

    Points outside every polygon (or on a shared boundary) take the nearest jurisdiction, so that a
    road node on the border line still belongs to one country.

    Returns
    -------
    index : ndarray of int64, one per point (-1 only when there are no jurisdictions)
    inside : ndarray of bool
    """
    n = len(xy)
    idx = np.full(n, -1, dtype=np.int64)
    inside = np.zeros(n, dtype=bool)
    if n == 0 or len(jurisdictions) == 0:
        return idx, inside
    geoms = np.asarray(jurisdictions.geometry.values)
    pts = shapely.points(xy)
    # the tree over the points and the polygons as queries: GEOS then prepares each (detailed) border
    # polygon once, instead of testing every point against the raw polygon (15x faster on the sample)
    j, p = shapely.STRtree(pts).query(geoms, predicate="contains")
    # the first match wins where polygons overlap
    order = np.lexsort((j, p))
    p, j = p[order], j[order]
    first = np.ones(len(p), bool)
    first[1:] = p[1:] != p[:-1]
    idx[p[first]] = j[first]
    inside[p[first]] = True
    out = np.nonzero(~inside)[0]
    if len(out):
        p2, j2 = shapely.STRtree(geoms).query_nearest(pts[out], all_matches=False)
        idx[out[p2]] = j2
    return idx, inside


@dataclass
class Snap:
    """Points snapped to their nearest network point (on an edge, not only at a node).

    Attributes
    ----------
    edge : ndarray of int64
        Edge each point snaps to (-1 when the network is empty).
    fraction : ndarray of float
        Position along the edge from its ``u`` end (0) to its ``v`` end (1).
    distance_m : ndarray of float
        Straight distance from the point to the network (m).
    node : ndarray of int64
        The nearer end node of the edge (for callers that want a node).
    """

    edge: np.ndarray
    fraction: np.ndarray
    distance_m: np.ndarray
    node: np.ndarray

    def __len__(self) -> int:
        return len(self.edge)

    def subset(self, mask) -> Snap:
        return Snap(self.edge[mask], self.fraction[mask], self.distance_m[mask], self.node[mask])


class RoadCut(np.ndarray):
    """The road pieces a flood cuts, with the exact impassable stretch of every edge.

    As an array it is one bool per road piece (True: some stretch of the piece is impassable), so it
    counts and selects pieces as before. ``wet_lo`` and ``wet_hi`` (one float per edge) give the
    stretch of each edge that is impassable, as fractions along the edge from its ``u`` end (0) to its
    ``v`` end (1): the first wet cell is entered at ``wet_lo`` and the last one left at ``wet_hi``
    (they may lie beyond 0 or 1 when an end node itself stands in the water). A dry edge has
    ``wet_lo = +inf`` and ``wet_hi = -inf``. The dry parts of an edge before ``wet_lo`` and after
    ``wet_hi`` stay in the network: a road is split where the water's edge crosses it (docs/command-line.md,
    ``floodplan access`` (added)).

    Operations that make a new array (``|``, slicing) give a plain per-piece cut; use :meth:`close`
    and :meth:`set_pieces` to combine cuts without losing the stretches.
    """

    def __new__(cls, pieces, wet_lo=None, wet_hi=None):
        obj = np.asarray(pieces, dtype=bool).view(cls)
        obj.wet_lo = wet_lo
        obj.wet_hi = wet_hi
        return obj

    def __array_finalize__(self, obj):
        # a derived array (a view, a ufunc result) is a plain per-piece cut: its stretches are unknown
        self.wet_lo = None
        self.wet_hi = None

    def __reduce__(self):
        # keep the stretches through pickling (results handed between processes)
        return (RoadCut, (np.asarray(self, dtype=bool), self.wet_lo, self.wet_hi))

    def stretches(self, net: RoadNetwork) -> gpd.GeoDataFrame:
        """The cut pieces (rows of ``net.pieces`` where this is True) with their geometry reduced to the
        impassable stretches (a MultiLineString per piece), for the map."""
        pieces = net.pieces[np.asarray(self, dtype=bool)].copy()
        lo, hi = net.edge_wet(self)
        wet = np.flatnonzero(np.isfinite(lo) & np.asarray(self, dtype=bool)[net.edge_piece])
        if len(wet) == 0:
            return pieces
        a = np.clip(lo[wet], 0.0, 1.0)[:, None]
        b = np.clip(hi[wet], 0.0, 1.0)[:, None]
        p0, p1 = net.node_xy[net.edge_u[wet]], net.node_xy[net.edge_v[wet]]
        segs = shapely.linestrings(np.stack([p0 + a * (p1 - p0), p0 + b * (p1 - p0)], axis=1))
        own = net.edge_piece[wet]
        rows = pd.Index(np.flatnonzero(np.asarray(self, dtype=bool)))
        pos = rows.get_indexer(own)
        order = np.argsort(pos, kind="stable")
        counts = np.bincount(pos, minlength=len(rows))
        geoms = np.asarray(pieces.geometry.values).copy()
        parts = np.split(segs[order], np.cumsum(counts)[:-1])
        for i, part in enumerate(parts):  # per cut piece (a few hundred at most)
            if len(part):
                geoms[i] = shapely.line_merge(shapely.multilinestrings(part))
        pieces = pieces.set_geometry(geoms, crs=pieces.crs)
        return pieces

    def set_pieces(self, net: RoadNetwork, which, closed) -> RoadCut:
        """A copy where the pieces ``which`` (bool per piece) are wholly closed (``closed`` True) or
        wholly open (False), e.g. bridges judged by their deck, or roads closed by an inject."""
        which = np.asarray(which, dtype=bool)
        closed = np.broadcast_to(np.asarray(closed, dtype=bool), which.shape)
        lo, hi = net.edge_wet(self)
        lo, hi = lo.copy(), hi.copy()
        we = which[net.edge_piece]
        ce = closed[net.edge_piece]
        lo[we & ce], hi[we & ce] = 0.0, 1.0
        lo[we & ~ce], hi[we & ~ce] = np.inf, -np.inf
        pieces = np.asarray(self, dtype=bool).copy()
        pieces[which] = closed[which]
        return RoadCut(pieces, lo, hi)

    def close(self, net: RoadNetwork, closed_pieces) -> RoadCut:
        """A copy with the pieces ``closed_pieces`` (bool per piece) closed whole as well."""
        c = np.asarray(closed_pieces, dtype=bool)
        lo, hi = net.edge_wet(self)
        ce = c[net.edge_piece]
        return RoadCut(
            np.asarray(self, dtype=bool) | c,
            np.where(ce, np.minimum(lo, 0.0), lo),
            np.where(ce, np.maximum(hi, 1.0), hi),
        )


@dataclass
class RoadNetwork:
    """An undirected road graph with travel times.

    Attributes
    ----------
    node_xy : ndarray, shape (n, 2)
        Node coordinates (m, working CRS).
    edge_u, edge_v : ndarray of int64
        End nodes of every edge (one edge per straight road segment).
    edge_length : ndarray of float
        Segment length (m).
    edge_seconds : ndarray of float
        Travel time along the segment at the road's speed (s), crossing delay included.
    edge_piece : ndarray of int64
        Road piece (position in ``pieces``) each edge belongs to.
    edge_crossing : ndarray of bool
        The segment joins two countries (a border crossing).
    node_country : ndarray of int64
        Index into ``countries`` of each node's country (-1 without jurisdictions).
    node_jurisdiction : ndarray of int64
        Row position in the jurisdictions layer of each node's jurisdiction (-1 without).
    countries : list of str
        Country names.
    pieces : GeoDataFrame
        The kept road pieces (closed ones left out) with the original index as column ``road_index``,
        ``speed_kmh``, ``jurisdiction`` and ``country`` (from the piece's midpoint).
    node_component : ndarray of int64
        Connected component of each node; ``n_components`` how many there are.
    notes : list of str
        Things worth telling the user (closed roads left out, disconnected pieces, ...).
    """

    node_xy: np.ndarray
    edge_u: np.ndarray
    edge_v: np.ndarray
    edge_length: np.ndarray
    edge_seconds: np.ndarray
    edge_piece: np.ndarray
    edge_crossing: np.ndarray
    node_country: np.ndarray
    node_jurisdiction: np.ndarray
    countries: list
    pieces: gpd.GeoDataFrame
    node_component: np.ndarray
    n_components: int
    crossing_delay_s: float = 0.0
    crs: object = None
    notes: list = field(default_factory=list)
    # CSR structure shared by every travel-time run: entry k of the matrix is edge _csr_edge[k]
    _indptr: np.ndarray = None
    _indices: np.ndarray = None
    _csr_edge: np.ndarray = None
    _seg_tree: object = None
    _cut_cache: dict = field(default_factory=dict)
    _edge_cut_cache: dict = field(default_factory=dict)
    _w_cache: dict = field(default_factory=dict)
    # every directed entry (parallel edges included), sorted by (row, col); _pair_start[k] is where the
    # k-th CSR entry's parallel group starts, so each run takes the quickest PASSABLE parallel edge
    _all_edge: np.ndarray = None
    _pair_start: np.ndarray = None
    _chains: Chains | None = None

    # ------------------------------------------------------------------ building
    @classmethod
    def build(
        cls,
        roads: gpd.GeoDataFrame,
        jurisdictions: gpd.GeoDataFrame | None = None,
        snap_tolerance_m: float = 1.0,
        crossing_delay_min: float = 0.0,
        feedback: Feedback | None = None,
    ) -> RoadNetwork:
        """Join the roads layer into a network.

        Parameters
        ----------
        roads : GeoDataFrame
            Lines (or multi-lines) in a metric CRS, with optional ``speed_kmh`` (km/h, default 50),
            ``closed`` (bool, default false: closed roads are left out), ``bridge``, ``name``.
        jurisdictions : GeoDataFrame, optional
            Polygons with ``name`` and ``country`` in the same CRS; gives nodes their country and finds
            border crossings.
        snap_tolerance_m : float
            Vertices closer than this (m) are one node.
        crossing_delay_min : float
            Extra time (minutes) added to every border-crossing edge (border checks).
        """
        notes: list[str] = []
        if roads is None or len(roads) == 0:
            raise InputError("layer 'roads' is empty; give a roads layer with at least one line")
        if jurisdictions is not None:
            check_jurisdictions(jurisdictions)
        step(feedback, 0.0, "reading roads")
        geoms = np.asarray(roads.geometry.values)
        closed = _bool_column(roads, "closed", False, "roads")
        if "speed_kmh" in roads.columns:
            speed = pd.to_numeric(roads["speed_kmh"], errors="coerce").to_numpy(dtype=float)
            speed = np.where(np.isnan(speed), DEFAULT_SPEED_KMH, speed)
        else:
            speed = np.full(len(roads), DEFAULT_SPEED_KMH)
        bad = ~closed & (speed <= 0)
        if bad.any():
            raise InputError(
                f"layer 'roads', attribute 'speed_kmh': {int(bad.sum())} road(s) have a speed of 0 or less "
                f"(first at row {int(np.nonzero(bad)[0][0])}); give a positive speed or set closed=true"
            )
        types = shapely.get_type_id(geoms)
        is_line = np.isin(types, [1, 2, 5]) & ~shapely.is_empty(geoms)
        if (~is_line & ~shapely.is_empty(geoms)).any():
            raise InputError("layer 'roads' holds geometries that are not lines; give line features only")
        keep = ~closed & is_line
        if closed.any():
            notes.append(f"{int(closed.sum())} closed road(s) left out of the network")
        if not keep.any():
            raise InputError("layer 'roads' has no open road lines (all are closed or empty)")
        kept_rows = np.nonzero(keep)[0]
        pieces = gpd.GeoDataFrame(
            {"road_index": roads.index.to_numpy()[kept_rows], "speed_kmh": speed[kept_rows]},
            geometry=np.asarray(geoms[kept_rows]),
            crs=roads.crs,
        )
        if "name" in roads.columns:
            pieces["name"] = roads["name"].to_numpy()[kept_rows]
        if "bridge" in roads.columns:
            pieces["bridge"] = _bool_column(roads, "bridge", False, "roads")[kept_rows]

        # every part of every (multi)line, then every vertex with its part
        parts, part_piece = shapely.get_parts(pieces.geometry.values, return_index=True)
        coords, vert_part = shapely.get_coordinates(parts, return_index=True)
        coords = coords[:, :2]
        nv = len(coords)
        step(feedback, 0.2, "joining road vertices")
        # merge vertices within the tolerance: close pairs -> components -> one node each
        tree = cKDTree(coords)
        pairs = tree.query_pairs(snap_tolerance_m, output_type="ndarray")
        if len(pairs):
            adj = sp.coo_matrix((np.ones(len(pairs), np.int8), (pairs[:, 0], pairs[:, 1])), shape=(nv, nv))
            _, vert_node = connected_components(adj, directed=False)
        else:
            vert_node = np.arange(nv)
        # renumber nodes in order of first appearance; node position = mean of its merged vertices
        uniq, first, vert_node = np.unique(vert_node, return_index=True, return_inverse=True)
        n_nodes = len(uniq)
        cnt = np.bincount(vert_node, minlength=n_nodes).astype(float)
        node_xy = np.column_stack(
            [
                np.bincount(vert_node, coords[:, 0], n_nodes) / cnt,
                np.bincount(vert_node, coords[:, 1], n_nodes) / cnt,
            ]
        )

        # one edge per consecutive vertex pair of the same part
        same = vert_part[1:] == vert_part[:-1]
        a = np.nonzero(same)[0]
        b = a + 1
        eu, ev = vert_node[a], vert_node[b]
        piece = part_piece[vert_part[a]]
        length = np.hypot(*(coords[b] - coords[a]).T)
        ok = eu != ev  # a segment inside one merged node carries no travel
        eu, ev, piece, length = eu[ok], ev[ok], piece[ok], length[ok]
        seconds = length / (pieces["speed_kmh"].to_numpy()[piece] / 3.6)

        # countries and crossings
        countries: list = []
        node_country = np.full(n_nodes, -1, dtype=np.int64)
        node_jur = np.full(n_nodes, -1, dtype=np.int64)
        crossing = np.zeros(len(eu), dtype=bool)
        step(feedback, 0.5, "finding countries and border crossings")
        if jurisdictions is not None:
            countries = sorted(pd.unique(jurisdictions["country"].astype(str)))
            jur_country = np.searchsorted(countries, jurisdictions["country"].astype(str).to_numpy())
            node_jur, _ = locate_in_jurisdictions(node_xy, jurisdictions)
            node_country = jur_country[node_jur]
            crossing = node_country[eu] != node_country[ev]
            mid = shapely.line_interpolate_point(pieces.geometry.values, 0.5, normalized=True)
            pj, _ = locate_in_jurisdictions(shapely.get_coordinates(mid), jurisdictions)
            pieces["jurisdiction"] = jurisdictions["name"].astype(str).to_numpy()[pj]
            pieces["country"] = jurisdictions["country"].astype(str).to_numpy()[pj]
            if crossing.any():
                notes.append(
                    f"{int(crossing.sum())} border crossing segment(s) on "
                    f"{len(np.unique(piece[crossing]))} road piece(s)"
                )
        delay_s = float(crossing_delay_min) * 60.0
        seconds = seconds + np.where(crossing, delay_s, 0.0)

        # CSR both ways; keep only the quickest of parallel edges between the same two nodes
        rows = np.concatenate([eu, ev])
        cols = np.concatenate([ev, eu])
        eid = np.concatenate([np.arange(len(eu)), np.arange(len(eu))])
        order = np.lexsort((np.concatenate([seconds, seconds]), cols, rows))
        rows, cols, eid = rows[order], cols[order], eid[order]
        firstpair = np.ones(len(rows), bool)
        firstpair[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
        all_edge, pair_start = eid, np.flatnonzero(firstpair)
        rows, cols, eid = rows[firstpair], cols[firstpair], eid[firstpair]
        indptr = np.zeros(n_nodes + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=n_nodes), out=indptr[1:])

        step(feedback, 0.8, "counting connected pieces")
        g = sp.csr_matrix((np.ones(len(cols)), cols, indptr), shape=(n_nodes, n_nodes))
        ncomp, comp = connected_components(g, directed=False)
        if ncomp > 1:
            sizes = np.bincount(comp)
            notes.append(
                f"the roads form {ncomp} disconnected pieces (largest {int(sizes.max())} of {n_nodes} nodes); "
                "places on different pieces cannot reach each other — join the roads or check for gaps "
                f"wider than {snap_tolerance_m:g} m"
            )
        net = cls(
            node_xy=node_xy,
            edge_u=eu.astype(np.int64),
            edge_v=ev.astype(np.int64),
            edge_length=length,
            edge_seconds=seconds,
            edge_piece=piece.astype(np.int64),
            edge_crossing=crossing,
            node_country=node_country,
            node_jurisdiction=node_jur,
            countries=countries,
            pieces=pieces,
            node_component=comp,
            n_components=int(ncomp),
            crossing_delay_s=delay_s,
            crs=roads.crs,
            notes=notes,
            _indptr=indptr,
            _indices=cols.astype(np.int32),
            _csr_edge=eid,
            _all_edge=all_edge,
            _pair_start=pair_start,
        )
        step(feedback, 0.9, "contracting road chains")
        net._chains = Chains.build(net)
        step(feedback, 1.0, "road network ready")
        return net

    # ------------------------------------------------------------------ properties
    @property
    def n_nodes(self) -> int:
        return len(self.node_xy)

    @property
    def n_edges(self) -> int:
        return len(self.edge_u)

    @property
    def n_pieces(self) -> int:
        return len(self.pieces)

    def country_index(self, country) -> int:
        """Position of a country name in ``countries`` (InputError when unknown)."""
        try:
            return self.countries.index(str(country))
        except ValueError:
            raise InputError(
                f"country '{country}' is not in the jurisdictions layer (known: {', '.join(self.countries)})"
            ) from None

    def edge_wet(self, blocked=None) -> tuple[np.ndarray, np.ndarray]:
        """The impassable stretch of every edge, as fractions from its ``u`` end: (lo, hi).

        ``blocked`` is a :class:`RoadCut` (its stretches), a plain bool per piece (a cut piece is
        impassable along its whole length: lo 0, hi 1) or None (lo +inf, hi -inf: all dry). A point at
        fraction f of an edge is reached from ``u`` when f <= lo and from ``v`` when f >= hi.
        """
        if blocked is None:
            return np.full(self.n_edges, np.inf), np.full(self.n_edges, -np.inf)
        lo = getattr(blocked, "wet_lo", None)
        if lo is not None:
            return lo, blocked.wet_hi
        b = np.asarray(blocked, dtype=bool)[self.edge_piece]
        return np.where(b, 0.0, np.inf), np.where(b, 1.0, -np.inf)

    def edge_passable(self, blocked_pieces=None, country_restrict=None) -> np.ndarray:
        """Bool per edge: drivable end to end in a run with that cut and travel kept inside one country.

        ``blocked_pieces`` is a :class:`RoadCut` (an edge with any impassable stretch is not drivable
        end to end; its dry ends still are, see :meth:`edge_intervals`) or a bool per piece.
        ``country_restrict`` is a country (name or index), or "own" for every country on its own (all
        crossings removed: no path then leaves the country it starts in).
        """
        ok = np.ones(self.n_edges, dtype=bool)
        if blocked_pieces is not None:
            lo, _ = self.edge_wet(blocked_pieces)
            ok &= np.isposinf(lo)
        if isinstance(country_restrict, str) and country_restrict == "own":
            # every country on its own at once: only the border crossings go
            ok &= ~self.edge_crossing
        elif country_restrict is not None:
            c = country_restrict if isinstance(country_restrict, int | np.integer) else None
            if c is None:
                c = self.country_index(country_restrict)
            ok &= (self.node_country[self.edge_u] == c) & (self.node_country[self.edge_v] == c)
        return ok

    def edge_intervals(
        self, blocked=None, country_restrict=None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(passable, lo, hi) per edge for a run: drivable end to end, and the impassable stretch
        (fractions from ``u``; see :meth:`edge_wet`); an edge the country rule leaves out is out whole."""
        lo, hi = self.edge_wet(blocked)
        if country_restrict is not None:
            out = ~self.edge_passable(None, country_restrict)
            if out.any():
                lo = np.where(out, np.minimum(lo, 0.0), lo)
                hi = np.where(out, np.maximum(hi, 1.0), hi)
        return np.isposinf(lo), lo, hi

    def csr(self, passable: np.ndarray | None = None, extra=None) -> sp.csr_matrix:
        """The travel-time matrix (s); impassable edges carry infinity.

        ``extra`` = (targets, seconds) adds one more node (index n) with directed edges to ``targets``
        (a virtual source for points that lie part-way along edges).
        """
        key = None if passable is None else hash(np.packbits(passable).tobytes())
        w = self._w_cache.get(key)
        if w is None:
            if passable is None or self._all_edge is None:
                w = self.edge_seconds[self._csr_edge]
            else:
                # the quickest of parallel edges between two nodes that this run may drive
                wa = np.where(passable[self._all_edge], self.edge_seconds[self._all_edge], np.inf)
                w = np.minimum.reduceat(wa, self._pair_start)
            w = np.maximum(w, 1e-9)  # explicit zeros are not edges for csgraph
            if len(self._w_cache) > 8:  # a scenario uses a few: whole, per country, each flood
                self._w_cache.clear()
            self._w_cache[key] = w
        n = self.n_nodes
        if extra is None:
            return sp.csr_matrix((w, self._indices, self._indptr), shape=(n, n))
        t, s = extra
        t = np.asarray(t, dtype=np.int64)
        s = np.maximum(np.asarray(s, dtype=float), 1e-9)
        indptr = np.concatenate([self._indptr, [self._indptr[-1] + len(t)]])
        indices = np.concatenate([self._indices, t.astype(np.int32)])
        data = np.concatenate([w, s])
        return sp.csr_matrix((data, indices, indptr), shape=(n + 1, n + 1))

    # ------------------------------------------------------------------ flooding
    def _edge_cut_index(self, grid: Grid) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Every (edge, grid cell) pair an edge runs through, with the stretch of the edge inside the cell.

        The cells are found by sampling every edge every half cell or less; for each (edge, cell) the
        exact fractions where the straight edge enters and leaves the cell (``t_in`` <= ``t_out``, from
        its ``u`` end, possibly beyond 0 or 1 where an end lies inside the cell) come from clipping the
        edge to the cell's square in grid coordinates (the affine map keeps fractions along a line).

        Returns
        -------
        cells, edge : ndarray of int64 (flat cell index, edge id), sorted by edge
        t_in, t_out : ndarray of float
        """
        key = (grid.shape, tuple(grid.transform))
        hit = self._edge_cut_cache.get(key)
        if hit is not None:
            return hit
        spacing = 0.5 * min(grid.dx, grid.dy)
        nseg = np.maximum(np.ceil(self.edge_length / spacing).astype(np.int64), 1)
        counts = nseg + 1  # both ends and every spacing between
        owner = np.repeat(np.arange(self.n_edges), counts)
        start = np.repeat(np.cumsum(counts) - counts, counts)
        t = (np.arange(len(owner)) - start) / nseg[owner]
        p0 = self.node_xy[self.edge_u[owner]]
        p1 = self.node_xy[self.edge_v[owner]]
        x = p0[:, 0] + t * (p1[:, 0] - p0[:, 0])
        y = p0[:, 1] + t * (p1[:, 1] - p0[:, 1])
        r, c = grid.rowcol(x, y)
        on = grid.inside(r, c)
        ncell = grid.shape[0] * grid.shape[1]
        k = np.unique(owner[on].astype(np.int64) * ncell + r[on] * grid.shape[1] + c[on])
        edge = k // ncell
        cells = k % ncell
        row, col = cells // grid.shape[1], cells % grid.shape[1]
        # the edge in fractional (col, row) coordinates, clipped to the unit square of its cell
        inv = ~grid.transform
        a = self.node_xy[self.edge_u[edge]]
        b = self.node_xy[self.edge_v[edge]]
        ca = inv.a * a[:, 0] + inv.b * a[:, 1] + inv.c
        ra = inv.d * a[:, 0] + inv.e * a[:, 1] + inv.f
        cb = inv.a * b[:, 0] + inv.b * b[:, 1] + inv.c
        rb = inv.d * b[:, 0] + inv.e * b[:, 1] + inv.f
        t_in = np.full(len(edge), -np.inf)
        t_out = np.full(len(edge), np.inf)
        for p, q, lo in ((ca, cb, col), (ra, rb, row)):
            d = q - p
            with np.errstate(divide="ignore", invalid="ignore"):
                t1 = (lo - p) / d
                t2 = (lo + 1 - p) / d
            flat = d == 0  # parallel to this axis: inside the slab all along (it was sampled inside)
            t_in = np.maximum(t_in, np.where(flat, -np.inf, np.minimum(t1, t2)))
            t_out = np.minimum(t_out, np.where(flat, np.inf, np.maximum(t1, t2)))
        # a sample exactly on a cell border falls in the cell beyond it: an edge that only touches a
        # cell at one point does not run through it (else a node on a wet cell's border would be cut
        # on one of its edges and not on the other)
        through = np.minimum(t_out, 1.0) - np.maximum(t_in, 0.0) > 1e-9
        cells, edge, t_in, t_out = cells[through], edge[through], t_in[through], t_out[through]
        hit = (cells, edge, t_in, t_out)
        self._edge_cut_cache = {key: hit}
        return hit

    def _cut_index(self, grid: Grid) -> tuple[np.ndarray, np.ndarray]:
        """Flat grid cells each road piece runs through, one entry per (piece, cell), sorted by piece."""
        key = (grid.shape, tuple(grid.transform))
        hit = self._cut_cache.get(key)
        if hit is not None:
            return hit
        cells, edge, _, _ = self._edge_cut_index(grid)
        ncell = grid.shape[0] * grid.shape[1]
        key2 = np.unique(self.edge_piece[edge].astype(np.int64) * ncell + cells)
        hit = (key2 % ncell, key2 // ncell)
        self._cut_cache = {key: hit}
        return hit

    def cut_flooded(self, depth_grid: Grid, max_depth_m: float = 0.3) -> RoadCut:
        """The stretches of road the flood makes impassable.

        Every edge is followed through the grid cells it crosses (found by sampling every half cell or
        less, not only at its middle); a stretch inside a cell deeper than ``max_depth_m`` is impassable,
        and the road is split where it enters and leaves such cells: the dry parts on either side stay
        usable. No-data cells and the parts of a road off the grid count as dry.

        Parameters
        ----------
        depth_grid : Grid
            Water depth (m), in the network's CRS.
        max_depth_m : float
            Wading limit for vehicles (m).

        Returns
        -------
        RoadCut: per piece True where some stretch is impassable, with the stretch of every edge.
        """
        cells, edge, t_in, t_out = self._edge_cut_index(depth_grid)
        d = depth_grid.z.ravel()[cells]
        wet = np.nan_to_num(d, nan=0.0) > max_depth_m
        lo = np.full(self.n_edges, np.inf)
        hi = np.full(self.n_edges, -np.inf)
        np.minimum.at(lo, edge[wet], t_in[wet])
        np.maximum.at(hi, edge[wet], t_out[wet])
        blocked = np.zeros(self.n_pieces, dtype=bool)
        blocked[self.edge_piece[edge[wet]]] = True
        return RoadCut(blocked, lo, hi)

    # ------------------------------------------------------------------ snapping
    def segments(self) -> np.ndarray:
        """Every edge as a straight LineString (node to node)."""
        return shapely.linestrings(np.stack([self.node_xy[self.edge_u], self.node_xy[self.edge_v]], axis=1))

    def snap(self, points_xy) -> Snap:
        """The nearest network point of each point: the edge, the position along it and the distance.

        Parameters
        ----------
        points_xy : array (m, 2) of x, y (m), or a GeoSeries/array of geometries (their representative
            points are used).

        Returns
        -------
        Snap
        """
        xy = _as_xy(points_xy)
        m = len(xy)
        if m == 0:
            e = np.zeros(0, np.int64)
            return Snap(e, np.zeros(0), np.zeros(0), e)
        if self._seg_tree is None:
            self._seg_tree = shapely.STRtree(self.segments())
        pts = shapely.points(xy)
        idx, dist = self._seg_tree.query_nearest(pts, all_matches=False, return_distance=True)
        edge = np.empty(m, np.int64)
        distance = np.empty(m)
        edge[idx[0]] = idx[1]
        distance[idx[0]] = dist
        p0 = self.node_xy[self.edge_u[edge]]
        d = self.node_xy[self.edge_v[edge]] - p0
        ll = np.einsum("ij,ij->i", d, d)
        f = np.where(ll > 0, np.einsum("ij,ij->i", xy - p0, d) / np.where(ll > 0, ll, 1.0), 0.0)
        f = np.clip(f, 0.0, 1.0)
        node = np.where(f <= 0.5, self.edge_u[edge], self.edge_v[edge])
        return Snap(edge, f, distance, node)

    def edges_gdf(self) -> gpd.GeoDataFrame:
        """The edges as a GeoDataFrame (for drawing and debugging)."""
        return gpd.GeoDataFrame(
            {
                "u": self.edge_u,
                "v": self.edge_v,
                "length_m": self.edge_length,
                "seconds": self.edge_seconds,
                "piece": self.edge_piece,
                "crossing": self.edge_crossing,
            },
            geometry=self.segments(),
            crs=self.crs,
        )


def cut_road(network: RoadNetwork, depth: Grid, max_depth_m: float, terrain: Grid | None = None) -> RoadCut:
    """The road stretches deeper than ``max_depth_m`` (:meth:`RoadNetwork.cut_flooded`); with the
    ``terrain`` (m) a bridge (``bridge`` true with a ``deck_m`` elevation) stays open whole until the
    water surface stands more than ``max_depth_m`` above its deck, since the deck is not in the DEM, and is
    then closed whole."""
    blocked = network.cut_flooded(depth, max_depth_m)
    pieces = network.pieces
    if terrain is None or "bridge" not in pieces.columns or "deck_m" not in pieces.columns:
        return blocked
    deck = pd.to_numeric(pieces["deck_m"], errors="coerce").to_numpy(dtype=float)
    is_bridge = np.asarray(pieces["bridge"].fillna(False), dtype=bool) & np.isfinite(deck)
    if not is_bridge.any():
        return blocked
    cells, own = network._cut_index(depth)
    d = np.nan_to_num(depth.z.ravel()[cells], nan=0.0)
    surface = np.where(d > 0, terrain.z.ravel()[cells] + d, -np.inf)
    top = np.full(len(pieces), -np.inf)
    np.maximum.at(top, own, surface)
    return blocked.set_pieces(network, is_bridge, top - deck > max_depth_m)


@dataclass
class Chains:
    """The road graph with its chains of pass-through vertices contracted, for fast travel times.

    Most nodes (about 90 % on real and synthetic roads) are vertices inside a road piece: two edges of the
    same piece, no border crossing. A chain is a maximal path through such vertices between two
    *junctions* (all the other nodes); in every run it behaves as one edge, because the flood cuts whole
    pieces and a chain lies in one piece and one country. Dijkstra runs on the junctions only, and every
    inner vertex then takes the quicker of its chain's two ends plus the seconds along the chain: the
    same times as Dijkstra on the whole graph, to floating-point rounding.

    Attributes
    ----------
    junction : ndarray of int64
        Node id of every junction; ``node_junction`` maps a node to its junction index (-1 inside chains).
    chain_a, chain_b : ndarray of int64
        Junction index of each chain's two ends.
    chain_seconds : ndarray of float
        Travel time along the whole chain (s).
    chain_edge : ndarray of int64
        One edge of each chain: the chain is passable in a run exactly when that edge is.
    node_chain : ndarray of int64
        Chain each inner node lies on (-1 for junctions); ``node_offset`` its seconds from ``chain_a``.
    inner_nodes : ndarray of int64
        Every inner node, grouped by chain; inner nodes of chain c are
        ``inner_nodes[chain_ptr[c]:chain_ptr[c + 1]]``.
    edge_chain : ndarray of int64
        The chain every edge of ``net`` lies on; ``edge_off_u`` and ``edge_off_v`` the seconds from
        the chain's ``chain_a`` end to the edge's ``u`` and ``v`` ends (to place a flooded stretch of
        the edge on its chain).
    """

    junction: np.ndarray
    node_junction: np.ndarray
    chain_a: np.ndarray
    chain_b: np.ndarray
    chain_seconds: np.ndarray
    chain_edge: np.ndarray
    node_chain: np.ndarray
    node_offset: np.ndarray
    inner_nodes: np.ndarray
    chain_ptr: np.ndarray
    # directed chain entries sorted by (row, col); one CSR entry per junction pair (parallel chains
    # grouped from _pair_start, so each run takes the quickest passable one)
    _indptr: np.ndarray
    _indices: np.ndarray
    _entry_chain: np.ndarray
    _pair_start: np.ndarray
    edge_chain: np.ndarray = None
    edge_off_u: np.ndarray = None
    edge_off_v: np.ndarray = None

    @property
    def n_junctions(self) -> int:
        return len(self.junction)

    @property
    def n_chains(self) -> int:
        return len(self.chain_a)

    @classmethod
    def build(cls, net: RoadNetwork) -> Chains:
        """Find the chains of ``net`` (once per network; every chain is walked at once, in lockstep)."""
        n, ne = net.n_nodes, net.n_edges
        eu, ev = net.edge_u, net.edge_v
        # incident edges per node (parallel edges each count)
        inc_node = np.concatenate([eu, ev])
        inc_edge = np.concatenate([np.arange(ne), np.arange(ne)])
        order = np.argsort(inc_node, kind="stable")
        inc_edge = inc_edge[order]
        deg = np.bincount(inc_node, minlength=n)
        ptr = np.zeros(n + 1, np.int64)
        np.cumsum(deg, out=ptr[1:])
        inner = deg == 2
        i2 = np.nonzero(inner)[0]
        e0 = inc_edge[ptr[i2]]
        e1 = inc_edge[ptr[i2] + 1]
        other0 = np.where(eu[e0] == i2, ev[e0], eu[e0])
        other1 = np.where(eu[e1] == i2, ev[e1], eu[e1])
        # a vertex only continues a road when both its edges belong to one piece (the flood cuts pieces
        # whole), neither crosses a border (so a chain lies in one country) and they lead to two nodes
        inner[i2] = (
            (net.edge_piece[e0] == net.edge_piece[e1])
            & ~net.edge_crossing[e0]
            & ~net.edge_crossing[e1]
            & (other0 != other1)
        )
        # the edge leaving an inner node is e0 ^ e1 ^ (the edge it was entered by)
        pair_xor = np.zeros(n, np.int64)
        pair_xor[i2] = e0 ^ e1
        while True:
            walked = _walk_chains(net, inner, pair_xor)
            ring = inner.copy()
            ring[walked[4]] = False
            if not ring.any():
                break
            # closed rings of inner vertices have no junction to start from: make one vertex of each
            # ring a junction and walk again
            both = ring[eu] & ring[ev]
            adj = sp.coo_matrix((np.ones(int(both.sum())), (eu[both], ev[both])), shape=(n, n))
            _, comp = connected_components(adj, directed=False)
            rn = np.nonzero(ring)[0]
            _, first = np.unique(comp[rn], return_index=True)
            inner[rn[first]] = False
        a_node, b_node, seconds, first_edge, nodes, node_walk, offset = walked
        junction = np.nonzero(~inner)[0]
        node_junction = np.full(n, -1, np.int64)
        node_junction[junction] = np.arange(len(junction))
        node_chain = np.full(n, -1, np.int64)
        node_offset = np.zeros(n)
        node_chain[nodes] = node_walk
        node_offset[nodes] = offset
        o = np.argsort(node_walk, kind="stable")
        inner_nodes = nodes[o]
        chain_ptr = np.zeros(len(a_node) + 1, np.int64)
        np.cumsum(np.bincount(node_walk, minlength=len(a_node)), out=chain_ptr[1:])
        ja, jb = node_junction[a_node], node_junction[b_node]
        rows = np.concatenate([ja, jb])
        cols = np.concatenate([jb, ja])
        cid = np.concatenate([np.arange(len(ja)), np.arange(len(ja))])
        order = np.lexsort((cols, rows))
        rows, cols, cid = rows[order], cols[order], cid[order]
        first = np.ones(len(rows), bool)
        first[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
        nj = len(junction)
        indptr = np.zeros(nj + 1, np.int64)
        np.cumsum(np.bincount(rows[first], minlength=nj), out=indptr[1:])
        # every edge on its chain: through an inner end, or it is a chain's first edge; its ends' offsets
        edge_chain = np.full(ne, -1, np.int64)
        edge_chain[first_edge] = np.arange(len(a_node))
        cu, cv = node_chain[eu], node_chain[ev]
        edge_chain = np.where(cu >= 0, cu, np.where(cv >= 0, cv, edge_chain))
        ec = np.maximum(edge_chain, 0)
        is_first = first_edge[ec] == np.arange(ne)
        # a junction end sits at 0 on the chain's first edge (the walk starts there at chain_a) and at
        # the chain's length otherwise; an edge between two junctions is its chain, run from a_node
        off_u = np.where(cu >= 0, node_offset[eu], 0.0)
        off_v = np.where(cv >= 0, node_offset[ev], 0.0)
        both_j = (cu < 0) & (cv < 0)
        u_is_a = eu == a_node[ec]
        off_u = np.where(
            cu >= 0,
            off_u,
            np.where(both_j, np.where(u_is_a, 0.0, seconds[ec]), np.where(is_first, 0.0, seconds[ec])),
        )
        off_v = np.where(
            cv >= 0,
            off_v,
            np.where(both_j, np.where(u_is_a, seconds[ec], 0.0), np.where(is_first, 0.0, seconds[ec])),
        )
        return cls(
            junction=junction,
            node_junction=node_junction,
            chain_a=ja,
            chain_b=jb,
            chain_seconds=seconds,
            chain_edge=first_edge,
            node_chain=node_chain,
            node_offset=node_offset,
            inner_nodes=inner_nodes,
            chain_ptr=chain_ptr,
            _indptr=indptr,
            _indices=cols[first].astype(np.int32),
            _entry_chain=cid,
            _pair_start=np.flatnonzero(first),
            edge_chain=edge_chain,
            edge_off_u=off_u,
            edge_off_v=off_v,
        )

    def seconds_from(
        self,
        net: RoadNetwork,
        link_nodes: np.ndarray,
        link_seconds: np.ndarray,
        passable: np.ndarray | None = None,
        limit_s: float = np.inf,
        wet_lo: np.ndarray | None = None,
        wet_hi: np.ndarray | None = None,
    ) -> np.ndarray:
        """Travel time (s) to every node of ``net`` from a virtual source that reaches node
        ``link_nodes[i]`` after ``link_seconds[i]`` — exactly what Dijkstra on the whole graph with that
        source gives, computed on the junctions.

        Parameters
        ----------
        net : RoadNetwork
            The network these chains were built from.
        link_nodes, link_seconds : ndarray
            Where the virtual source joins the network (node ids) and after how long (s).
        passable : ndarray of bool, optional
            Per edge of ``net``: drivable end to end in this run (default all).
        limit_s : float
            Nodes farther than this (s) read inf.
        wet_lo, wet_hi : ndarray of float, optional
            Per edge, the impassable stretch (fractions from ``u``, :meth:`RoadNetwork.edge_intervals`)
            of the edges that are not passable; without them such an edge is impassable whole. The
            nodes of a chain before its first impassable stretch are reached from its ``a`` end, those
            after its last one from its ``b`` end.
        """
        from scipy.sparse.csgraph import dijkstra

        n, nj, nc = net.n_nodes, self.n_junctions, self.n_chains
        x = np.asarray(link_nodes, dtype=np.int64)
        d = np.asarray(link_seconds, dtype=float)
        # per chain, the seconds from its a end where the first impassable stretch starts (clo) and
        # where the last one ends (chi); inf / -inf on a chain that is passable
        clo = np.full(nc, np.inf)
        chi = np.full(nc, -np.inf)
        c_b = p_b = q_b = np.zeros(0)
        if passable is not None:
            bad = np.flatnonzero(~passable)
            if len(bad):
                c_b = self.edge_chain[bad]
                lo = np.zeros(len(bad)) if wet_lo is None else np.clip(wet_lo[bad], 0.0, 1.0)
                hi = np.ones(len(bad)) if wet_hi is None else np.clip(wet_hi[bad], 0.0, 1.0)
                ou, ov = self.edge_off_u[bad], self.edge_off_v[bad]
                p, q = ou + lo * (ov - ou), ou + hi * (ov - ou)
                p_b, q_b = np.minimum(p, q), np.maximum(p, q)
                np.minimum.at(clo, c_b, p_b)
                np.maximum.at(chi, c_b, q_b)
                o = np.argsort(c_b, kind="stable")
                c_b, p_b, q_b = c_b[o], p_b[o], q_b[o]
        cok = np.isposinf(clo)
        wc = np.where(cok, self.chain_seconds, np.inf)[self._entry_chain]
        w = np.maximum(np.minimum.reduceat(wc, self._pair_start), 1e-9) if len(wc) else wc
        # a link to an inner node reaches the ends of its chain it has a dry road to
        j = self.node_junction[x]
        isj = j >= 0
        xi, di = x[~isj], d[~isj]
        c = self.node_chain[xi]
        s = self.node_offset[xi]
        # the dry stretch of its chain each link stands on: from the end of the nearest impassable
        # stretch behind it (left) to the start of the nearest one ahead (right); a link inside an
        # impassable stretch stands on nothing (a few links per run: a loop over those on cut chains)
        left = np.full(len(c), -np.inf)
        right = np.full(len(c), np.inf)
        if len(c_b):
            first = np.searchsorted(c_b, c, "left")
            last = np.searchsorted(c_b, c, "right")
            for i in np.flatnonzero(last > first):
                pp, qq = p_b[first[i] : last[i]], q_b[first[i] : last[i]]
                if ((pp < s[i]) & (qq > s[i])).any():
                    left[i] = right[i] = s[i]
                    continue
                behind = qq <= s[i]
                left[i] = qq[behind].max() if behind.any() else -np.inf
                ahead = pp >= s[i]
                right[i] = pp[ahead].min() if ahead.any() else np.inf
        to_a = np.isneginf(left)
        to_b = np.isposinf(right)
        tgt = np.concatenate([j[isj], self.chain_a[c[to_a]], self.chain_b[c[to_b]]])
        sec = np.concatenate([d[isj], di[to_a] + s[to_a], di[to_b] + self.chain_seconds[c[to_b]] - s[to_b]])
        t = np.full(n, np.inf)
        if len(tgt):
            indptr = np.concatenate([self._indptr, [self._indptr[-1] + len(tgt)]])
            g = sp.csr_matrix(
                (np.concatenate([w, np.maximum(sec, 1e-9)]), np.concatenate([self._indices, tgt]), indptr),
                shape=(nj + 1, nj + 1),
            )
            tj = dijkstra(g, directed=True, indices=nj, limit=limit_s)[:nj]
            t[self.junction] = tj
            # every inner node: the quicker of its chain's ends it has a dry road to, along the chain
            v = self.inner_nodes
            cv = self.node_chain[v]
            sv = self.node_offset[v]
            t[v] = np.minimum(
                np.where(sv <= clo[cv], tj[self.chain_a[cv]] + sv, np.inf),
                np.where(sv >= chi[cv], tj[self.chain_b[cv]] + (self.chain_seconds[cv] - sv), np.inf),
            )
        # links onto a chain also drive straight along it, both ways, as far as the road is dry
        if len(c):
            cnt = self.chain_ptr[c + 1] - self.chain_ptr[c]
            rep = np.repeat(np.arange(len(c)), cnt)
            pos = np.arange(len(rep)) - np.repeat(np.cumsum(cnt) - cnt, cnt) + self.chain_ptr[c][rep]
            y = self.inner_nodes[pos]
            sy = self.node_offset[y]
            sl = s[rep]
            dry = (sy >= left[rep]) & (sy <= right[rep])
            np.minimum.at(t, y[dry], di[rep][dry] + np.abs(sy - sl)[dry])
        # a linked node is reached at its link time even when every edge around it is cut
        np.minimum.at(t, x, d)
        t[t > limit_s] = np.inf
        return t


def _walk_chains(net: RoadNetwork, inner: np.ndarray, pair_xor: np.ndarray):
    """Walk from every junction along every edge to the next junction, all walks at once.

    Returns (start node, end node, seconds, first edge) per chain, then the inner nodes visited, their
    chain and their seconds from the chain's start. Each chain is walked from both ends; the walk that
    starts on the lower half-edge id (2 * edge + which end) is kept.
    """
    eu, ev, sec = net.edge_u, net.edge_v, net.edge_seconds
    ne = net.n_edges
    from_u = ~inner[eu]
    from_v = ~inner[ev]
    start_edge = np.concatenate([np.nonzero(from_u)[0], np.nonzero(from_v)[0]])
    start_node = np.concatenate([eu[from_u], ev[from_v]])
    start_half = 2 * start_edge + np.concatenate(
        [np.zeros(from_u.sum(), np.int64), np.ones(from_v.sum(), np.int64)]
    )
    nw = len(start_edge)
    end_node = np.full(nw, -1, np.int64)
    end_half = np.full(nw, -1, np.int64)
    total = np.zeros(nw)
    rec_node, rec_walk, rec_off = [], [], []
    active = np.arange(nw)
    edge = start_edge.copy()
    cur = np.where(eu[edge] == start_node, ev[edge], eu[edge])
    acc = sec[edge].copy()
    for _ in range(ne + 1):  # a walk is never longer than the number of edges
        if len(active) == 0:
            break
        stop = ~inner[cur]
        if stop.any():
            w = active[stop]
            end_node[w] = cur[stop]
            end_half[w] = 2 * edge[stop] + (cur[stop] == ev[edge[stop]])
            total[w] = acc[stop]
            go = ~stop
            active, edge, cur, acc = active[go], edge[go], cur[go], acc[go]
        if len(active) == 0:
            break
        rec_node.append(cur)
        rec_walk.append(active)
        rec_off.append(acc)
        edge = pair_xor[cur] ^ edge
        cur = np.where(eu[edge] == cur, ev[edge], eu[edge])
        acc = acc + sec[edge]
    keep = start_half < end_half
    new_id = np.cumsum(keep) - 1
    nodes = np.concatenate(rec_node) if rec_node else np.zeros(0, np.int64)
    walk = np.concatenate(rec_walk) if rec_walk else np.zeros(0, np.int64)
    off = np.concatenate(rec_off) if rec_off else np.zeros(0)
    kept = keep[walk]
    return (
        start_node[keep],
        end_node[keep],
        total[keep],
        start_edge[keep],
        nodes[kept],
        new_id[walk[kept]],
        off[kept],
    )


def _as_xy(points) -> np.ndarray:
    """x, y array of points given as coordinates or geometries (representative point of each)."""
    if isinstance(points, gpd.GeoDataFrame):
        points = points.geometry
    if isinstance(points, gpd.GeoSeries):
        points = np.asarray(points.values)
    arr = np.asarray(points)
    if arr.dtype == object:
        rep = shapely.point_on_surface(arr)
        return np.column_stack([shapely.get_x(rep), shapely.get_y(rep)])
    return np.asarray(arr, dtype=float).reshape(-1, 2)
