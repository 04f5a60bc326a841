"""Static inundation ("bathtub with connectivity"), as docs/command-line.md's ``floodplan inundate`` defines
it.

A cell floods when it lies below the water surface AND water reaches it from a source cell through edge
neighbours (4-connectivity) that all lie below the surface. Nodata cells never flood and never connect.
Depth = surface − ground (m), 0 where dry, NaN where the DEM has no data.

Three ways to ask:

- one flat level, once: :func:`flood_at_level` (a single breadth-first fill, no precomputation; the
  command line's path);
- many levels or a volume on the same terrain: :class:`FloodModel` computes, once, the *spill level* of
  every cell — the lowest flat water level at which the cell connects to a source, i.e. the minimax path
  elevation from the sources (a priority-flood) — after which a level is one pass over the grid and a
  volume is a closed form on the cells sorted by spill level (no flood fill);
- a sloped surface from profile points: :func:`depth_for_profile`;
- the same profile raised or lowered by any offset (the app's "hq100 + 0.5 m" slider):
  :class:`ProfileModel`. The surface a cell takes is its nearest river cell's level, so raising every
  profile level by an offset raises every cell's surface by that offset: a cell floods at offset o when
  z − surface0 < o and it connects to a source through cells with z − surface0 < o. That is a flat level
  o on the transformed terrain z' = z − surface0, so a :class:`FloodModel` on z' answers every offset
  (extent, depth, volume) after one precomputation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numba
import numpy as np
import pandas as pd
import shapely
from scipy import ndimage
from scipy.spatial import cKDTree

from floodplan.core.checks import Field, refuse, require_finite, require_number
from floodplan.core.grid import Grid
from floodplan.errors import InputError
from floodplan.progress import Feedback, step
from floodplan.sim.terrain import to_grid_crs

__all__ = [
    "FloodModel",
    "InundationResult",
    "ProfileModel",
    "depth_for_profile",
    "flood_at_level",
    "profile_levels",
    "profile_surface",
    "shift_profile",
]

#: What the static flood step reads and writes (landlab-style ``_info``: see :mod:`floodplan.core.checks`).
INFO = {
    "dem": Field("float64", "in", "m", "the terrain", "elevation with defenses burned in, NaN nodata",
                 shape="(rows, cols)"),
    "sources": Field("bool", "in", "-", "the river's cells", "where the water comes from", shape="(rows, cols)"),
    "level": Field("float64", "in", "m", "the water level", "flat water surface", optional=True),
    "volume": Field("float64", "in", "m3", "the volume", "water held in the valley", optional=True),
    "profile": Field("GeoDataFrame", "in", "m", "the profile points", "points with level_m along the river",
                     optional=True, shape="features"),
    "depth": Field("float32", "out", "m", "the water depth", "0 where dry, NaN where the DEM has none",
                   shape="(rows, cols)"),
    "volume_held": Field("float64", "out", "m3", "the volume held", "water the flood holds"),
}  # fmt: skip


# --------------------------------------------------------------------------------------------------
# Result


@dataclass
class InundationResult:
    """One static flood.

    Attributes
    ----------
    depth : Grid
        Water depth (m) on the DEM's grid and CRS, float32: 0 where dry, NaN where the DEM has no data.
    level_m : float or None
        The flat water level (m); None for a sloped profile.
    flooded_cells : int
        Cells with depth > 0.
    flooded_area_m2 : float
        Their area (m²).
    volume_m3 : float
        Water held above the ground (m³).
    max_depth_m : float
        Deepest water (m), 0 when nothing floods.
    notes : list of str
        Things the user should know (an empty flood, a volume that fills a basin beyond a sill...).
    requested_volume_m3 : float or None
        In volume mode, the volume asked for (m³); ``volume_m3`` is what the flood holds, less when the
        water spills (docs/command-line.md, ``inundate``). None for a level or a profile.
    spill_xy : tuple of float or None
        Where the water leaves when the volume cannot be held (x, y in the DEM file's CRS), else None.
    """

    depth: Grid
    level_m: float | None
    flooded_cells: int
    flooded_area_m2: float
    volume_m3: float
    max_depth_m: float
    notes: list[str] = field(default_factory=list)
    requested_volume_m3: float | None = None
    spill_xy: tuple[float, float] | None = None


def _result(depth: np.ndarray, grid: Grid, level, count, total, dmax, notes) -> InundationResult:
    a = grid.cell_area
    return InundationResult(
        depth=grid.like(depth),
        level_m=None if level is None else float(level),
        flooded_cells=int(count),
        flooded_area_m2=float(count) * a,
        volume_m3=float(total) * a,
        max_depth_m=float(dmax),
        notes=list(notes),
    )


# --------------------------------------------------------------------------------------------------
# Kernels (numba). Grids are passed flattened, row-major; neighbours of c are c±1 (same row) and c±cols.


@numba.njit(cache=True, inline="always")
def _neighbour(c, r, col, j, rows, cols):
    """Flat index of the j-th 4-neighbour (west, east, north, south) of cell ``c`` at row ``r``, column
    ``col`` of a rows x cols grid, or -1 where that side is the grid's edge."""
    if j == 0:
        return c - 1 if col > 0 else -1
    if j == 1:
        return c + 1 if col < cols - 1 else -1
    if j == 2:
        return c - cols if r > 0 else -1
    return c + cols if r < rows - 1 else -1


@numba.njit(cache=True, nogil=True)
def _fill_surface(z, surface, cmp, seeds, rows, cols):
    """Breadth-first fill from ``seeds`` through cells with z < cmp; depth = surface − z, float32, NaN nodata.

    ``surface`` is the water surface per cell and ``cmp`` the same surface in the DEM's stored precision
    (:meth:`Grid.in_stored_precision`): a cell whose stored elevation equals it is dry. A flat level is a
    surface broadcast to every cell (:func:`_flat`), so one kernel serves levels and profiles.
    """
    n = rows * cols
    depth = np.empty(n, np.float32)
    for i in range(n):
        depth[i] = np.nan if np.isnan(z[i]) else 0.0
    queue = np.empty(n, np.int64)
    head = 0
    tail = 0
    count = 0
    total = 0.0
    dmax = 0.0
    for k in range(seeds.size):
        c = seeds[k]
        if z[c] < cmp[c] and depth[c] == 0.0:
            depth[c] = surface[c] - z[c]
            queue[tail] = c
            tail += 1
    while head < tail:
        c = queue[head]
        head += 1
        d = surface[c] - z[c]
        count += 1
        total += d
        if d > dmax:
            dmax = d
        r = c // cols
        col = c - r * cols
        for j in range(4):
            m = _neighbour(c, r, col, j, rows, cols)
            if m < 0:
                continue
            if depth[m] == 0.0 and z[m] < cmp[m]:
                depth[m] = surface[m] - z[m]
                queue[tail] = m
                tail += 1
    return depth, count, total, dmax


@numba.njit(cache=True, nogil=True)
def _heap_push(heap, size, key, c):
    i = size
    heap[i] = c
    kc = key[c]
    while i > 0:
        p = (i - 1) >> 1
        if key[heap[p]] <= kc:
            break
        heap[i] = heap[p]
        i = p
    heap[i] = c
    return size + 1


@numba.njit(cache=True, nogil=True)
def _heap_pop(heap, size, key):
    top = heap[0]
    size -= 1
    if size == 0:
        return top, 0
    last = heap[size]
    kl = key[last]
    i = 0
    while True:
        a = 2 * i + 1
        if a >= size:
            break
        b = a + 1
        if b < size and key[heap[b]] < key[heap[a]]:
            a = b
        if key[heap[a]] >= kl:
            break
        heap[i] = heap[a]
        i = a
    heap[i] = last
    return top, size


@numba.njit(cache=True, nogil=True)
def _priority_flood(z, seeds_sorted, rows, cols):
    """Spill level of every cell (minimax path elevation from the seeds, 4-neighbours) and the cells in
    nondecreasing spill order.

    Priority-flood (Barnes et al. 2014, "Priority-Flood", with the plain-queue shortcut): cells that lie
    at or below the level being processed go through a FIFO queue instead of the heap, so depressions
    cost no heap operations. Cells never reached (nodata, or cut off by nodata) keep +inf.
    """
    n = rows * cols
    spill = np.full(n, np.inf)
    seen = np.zeros(n, np.uint8)
    heap = np.empty(n, np.int64)
    queue = np.empty(n, np.int64)
    order = np.empty(n, np.int64)
    hsize = 0
    head = 0
    tail = 0
    norder = 0
    # Seeds sorted by elevation already form a valid binary heap.
    for k in range(seeds_sorted.size):
        c = seeds_sorted[k]
        if seen[c] == 0 and not np.isnan(z[c]):
            seen[c] = 1
            spill[c] = z[c]
            heap[hsize] = c
            hsize += 1
    while head < tail or hsize > 0:
        if head < tail:
            c = queue[head]
            head += 1
        else:
            c, hsize = _heap_pop(heap, hsize, spill)
        order[norder] = c
        norder += 1
        s = spill[c]
        r = c // cols
        col = c - r * cols
        for j in range(4):
            m = _neighbour(c, r, col, j, rows, cols)
            if m < 0:
                continue
            if seen[m] != 0:
                continue
            zm = z[m]
            if np.isnan(zm):
                seen[m] = 1
                continue
            seen[m] = 1
            if zm <= s:
                spill[m] = s
                queue[tail] = m
                tail += 1
            else:
                spill[m] = zm
                hsize = _heap_push(heap, hsize, spill, m)
    return spill, order[:norder].copy()


@numba.njit(cache=True, nogil=True)
def _depth_from_spill(z, spill, level, cmp, inclusive):
    """Depth at a flat level from precomputed spill levels, with count, sum and max in the same pass.

    ``cmp`` is the level in the DEM's stored precision (the comparisons), ``level`` the level itself (the
    depths). ``inclusive``: also flood cells whose spill level equals the level (a basin filled to its sill).
    """
    n = z.size
    depth = np.empty(n, np.float32)
    count = 0
    total = 0.0
    dmax = 0.0
    for i in range(n):
        zi = z[i]
        if np.isnan(zi):
            depth[i] = np.nan
        elif spill[i] < cmp or (inclusive and spill[i] == cmp and zi < cmp):
            d = level - zi
            depth[i] = d
            count += 1
            total += d
            if d > dmax:
                dmax = d
        else:
            depth[i] = 0.0
    return depth, count, total, dmax


@numba.njit(cache=True, nogil=True, inline="always")
def _is_exit(z, c, rows, cols):
    """Whether valid cell ``c`` lies on the grid's outer edge or next to a nodata cell (4-neighbours):
    water standing there runs off the DEM or into ground the DEM does not know."""
    r = c // cols
    col = c - r * cols
    if r == 0 or r == rows - 1 or col == 0 or col == cols - 1:
        return True
    for j in range(4):
        if np.isnan(z[_neighbour(c, r, col, j, rows, cols)]):
            return True
    return False


@numba.njit(cache=True, nogil=True)
def _lowest_exit_below(z, spill, below, rows, cols):
    """(lowest spill level of a reached exit cell (:func:`_is_exit`) whose ground lies below ``below``,
    that cell) or (inf, -1)."""
    best = np.inf
    where = -1
    for c in range(rows * cols):
        s = spill[c]
        if not (s < best) or not (z[c] < below):  # unreached (inf) and nodata cells fail
            continue
        if _is_exit(z, c, rows, cols):
            best = s
            where = c
    return best, where


@numba.njit(cache=True, nogil=True)
def _lowest_next_to(mask, spill, rows, cols):
    """(lowest spill level of a cell 4-adjacent to a ``mask`` cell, that cell) or (inf, -1)."""
    best = np.inf
    where = -1
    for c in range(rows * cols):
        s = spill[c]
        if not (s < best):  # cells never reached keep +inf
            continue
        r = c // cols
        col = c - r * cols
        for j in range(4):
            m = _neighbour(c, r, col, j, rows, cols)
            if m >= 0 and mask[m]:
                best = s
                where = c
                break
    return best, where


# --------------------------------------------------------------------------------------------------
# Checks shared by the entry points


def _check_sources(grid: Grid, sources: np.ndarray) -> np.ndarray:
    sources = np.asarray(sources, dtype=bool)
    if sources.shape != grid.shape:
        raise ValueError(f"source mask shape {sources.shape} does not match the grid's {grid.shape}")
    seeds = np.flatnonzero(sources & grid.valid)
    if seeds.size == 0:
        raise InputError(
            "the river/source layer lies outside the DEM (or only over its nodata cells); "
            "give a source that crosses the DEM's valid cells"
        )
    return seeds


def _finite(value, name: str, fix: str) -> float:
    """``value`` as a finite float, or an InputError "<name> <value> is not a (finite) number; <fix>"."""
    try:
        number = float(value)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{name} {value!r} is not a number; {fix}") from exc
    if not np.isfinite(number):
        raise InputError(f"{name} {value!r} is not a finite number; {fix}")
    return number


def _check_level(level_m) -> float:
    return require_finite(level_m, "level", fix="give the water level in metres", info=INFO)


def _empty_note(level: float, lowest_source: float) -> str:
    return (
        f"the level {level:.2f} m is at or below every source cell (the lowest is {lowest_source:.2f} m); "
        "nothing floods"
    )


def _flat(value: float, z: np.ndarray) -> np.ndarray:
    """A flat surface at ``value`` (m) over every cell of ``z``, as a read-only view (no memory per cell)."""
    return np.broadcast_to(np.float64(value), z.shape)


def flood_at_level(grid: Grid, sources: np.ndarray, level_m: float) -> InundationResult:
    """Flood a flat level once, without precomputation (one breadth-first fill from the sources).

    Parameters
    ----------
    grid : Grid
        Terrain with defenses already burned in (m).
    sources : ndarray of bool
        Source cells (see :func:`floodplan.sim.terrain.source_mask`).
    level_m : float
        Water level (m, the DEM's vertical datum).

    Returns
    -------
    InundationResult
    """
    level = _check_level(level_m)
    seeds = _check_sources(grid, sources)
    z = np.ascontiguousarray(grid.z, dtype=np.float64).reshape(-1)
    rows, cols = grid.shape
    cmp = grid.in_stored_precision(level)
    depth, count, total, dmax = _fill_surface(z, _flat(level, z), _flat(cmp, z), seeds, rows, cols)
    notes = []
    lowest = float(z[seeds].min())
    if cmp <= lowest:
        notes.append(_empty_note(level, lowest))
    return _result(depth.reshape(grid.shape), grid, level, count, total, dmax, notes)


# --------------------------------------------------------------------------------------------------
# Precomputed model: instant levels and volumes


class FloodModel:
    """Spill levels of one terrain-and-defenses state, for instant levels and volumes.

    Building it runs one priority-flood (O(n log n), n = cells); after that
    :meth:`depth_at_level` is one pass over the grid and :meth:`level_for_volume` a binary search on
    precomputed cumulative sums.

    Where a volume cannot be held, the flood is shown at the level where the water spills
    (docs/command-line.md, ``inundate``):

    - into the sea (``sea``, see :func:`floodplan.sim.terrain.sea_mask`): water that reaches a cell next to
      the sea runs into it, so no level above the lowest such cell's spill level holds more;
    - off the DEM's edge or into a nodata area: water that reaches the DEM's edge or a nodata cell at
      ground lower than the lowest source cell has left the river's valley over a sill (to the sea, to
      another valley): it runs away, so no level above that cell's spill level holds more. A flood that
      reaches the edge at ground no lower than the river is the valley cut by the DEM's extent: the edge
      holds it there, as before (a valley whose river crosses the DEM keeps its volume mode).

    A basin inside the DEM that joins at a sill already full (the held volume jumps there) is shown dry or
    full to its sill, whichever holds nearer the volume, with a note.

    Parameters
    ----------
    grid : Grid
        Terrain with defenses already burned in (m); the sea, if any, set to NaN.
    sources : ndarray of bool
        Source cells.
    feedback : Feedback, optional
    sea : ndarray of bool, optional
        Cells that are sea (set to NaN in ``grid``): reaching them is a spill.
    report_crs : CRS, optional
        The CRS to give spill points in (the DEM file's own, when the engine reprojected it); default the
        grid's.

    Attributes
    ----------
    spill : ndarray (rows, cols) float64
        Lowest flat water level (m) at which each cell connects to a source; +inf where never (nodata,
        or cut off by nodata). A cell floods at level L exactly when ``spill < L`` (compared in the DEM's
        stored precision).
    """

    def __init__(
        self,
        grid: Grid,
        sources: np.ndarray,
        feedback: Feedback | None = None,
        *,
        sea: np.ndarray | None = None,
        report_crs=None,
    ):
        seeds = _check_sources(grid, sources)
        self.grid = grid
        self._z = np.ascontiguousarray(grid.z, dtype=np.float64).reshape(-1)
        rows, cols = grid.shape
        seeds = seeds[np.argsort(self._z[seeds], kind="stable")]
        step(feedback, 0.05, "spill levels (priority-flood)")
        spill, order = _priority_flood(self._z, seeds, rows, cols)
        step(feedback, 0.9, "cumulative volumes")
        self._spill = spill
        self.spill = spill.reshape(grid.shape)
        # The pop order is nondecreasing in spill level, so no sort is needed here.
        self._order = order
        self._s = spill[order]
        self._zcum = np.cumsum(self._z[order])
        k = np.arange(1, len(order), dtype=np.float64)
        # _vtop[k-1]: (volume / cell area) if exactly the first k cells flooded at level s[k]; nondecreasing.
        self._vtop = k * self._s[1:] - self._zcum[:-1]
        self.lowest_source_m = float(self._s[0])
        self._sea = None
        if sea is not None and np.any(sea):
            self._sea = np.ascontiguousarray(np.asarray(sea, dtype=bool).reshape(-1))
        self._sea_exit: tuple[float, int] | None = None
        self._low_exit: tuple[float, int] | None = None
        self._report_crs = report_crs
        step(feedback, 1.0, "flood model ready")

    @property
    def reachable_cells(self) -> int:
        """Cells that some level floods (valid and connected to a source)."""
        return int(len(self._order))

    def _level_result(self, level: float, notes: list[str], inclusive: bool = False) -> InundationResult:
        cmp = self.grid.in_stored_precision(level)
        depth, count, total, dmax = _depth_from_spill(self._z, self._spill, level, cmp, inclusive)
        if cmp <= self.lowest_source_m and count == 0 and not notes:
            notes = [*notes, _empty_note(level, self.lowest_source_m)]
        return _result(depth.reshape(self.grid.shape), self.grid, level, count, total, dmax, notes)

    def depth_at_level(self, level_m: float) -> InundationResult:
        """The flood at a flat level (m): extent, depth and figures, in one pass over the grid."""
        return self._level_result(_check_level(level_m), [])

    def flooded_at_level(self, level_m: float) -> np.ndarray:
        """Boolean mask of flooded cells at a flat level (m)."""
        return self.spill < self.grid.in_stored_precision(float(level_m))

    def volume_at_level(self, level_m: float) -> float:
        """Water held (m³) at a flat level (m), from the cumulative sums (no pass over the grid)."""
        level = _check_level(level_m)
        k = int(np.searchsorted(self._s, self.grid.in_stored_precision(level), side="left"))
        if k == 0:
            return 0.0
        return float((k * level - self._zcum[k - 1]) * self.grid.cell_area)

    def _sea_spill(self) -> tuple[float, int]:
        """(level at which the water first reaches the sea, the cell where it does) or (inf, -1)."""
        if self._sea_exit is None:
            if self._sea is None:
                self._sea_exit = (np.inf, -1)
            else:
                rows, cols = self.grid.shape
                level, cell = _lowest_next_to(self._sea, self._spill, rows, cols)
                self._sea_exit = (float(level), int(cell))
        return self._sea_exit

    def _exit_spill(self) -> tuple[float, int]:
        """(level at which the water first reaches the DEM's edge or nodata at ground below the lowest
        source cell, the cell where it does) or (inf, -1)."""
        if self._low_exit is None:
            rows, cols = self.grid.shape
            level, cell = _lowest_exit_below(self._z, self._spill, self.lowest_source_m, rows, cols)
            self._low_exit = (float(level), int(cell))
        return self._low_exit

    def _off_the_edge(self, cell: int) -> bool:
        """Whether water leaving at exit ``cell`` leaves the DEM across its outer edge: the cell is on the
        edge, or the nodata next to it reaches the edge (the margin a reprojected DEM has around it)
        rather than being a void inside the DEM."""
        rows, cols = self.grid.shape
        r, c = divmod(cell, cols)
        if r in (0, rows - 1) or c in (0, cols - 1):
            return True
        from scipy import ndimage

        labels, _ = ndimage.label(~np.isfinite(self.grid.z))
        border = np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))
        border = set(border[border > 0].tolist())
        return any(labels[rr, cc] in border for rr, cc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)))

    def _spill_note(self, v: float, level: float, held: float, cell: int, how: str) -> tuple[str, tuple]:
        rows, cols = self.grid.shape
        x, y = self.grid.xy(cell // cols, cell % cols)
        x, y, crs = float(x), float(y), self.grid.crs
        if self._report_crs is not None and crs is not None and self._report_crs != crs:
            from pyproj import Transformer

            t = Transformer.from_crs(crs.to_wkt(), self._report_crs.to_wkt(), always_xy=True)
            x, y = (float(a) for a in t.transform(x, y))
            crs = self._report_crs
        name = crs.to_string() if crs is not None else "the DEM's CRS"
        fmt = ".6f" if crs is not None and crs.is_geographic else ".1f"
        text = (
            f"the volume {v:,.0f} m³ cannot be held: at {level:.2f} m the water {how} at "
            f"x {x:{fmt}}, y {y:{fmt}} ({name}); the flood is shown at that level, holding {held:,.0f} m³"
        )
        return text, (x, y)

    def _solve_volume(self, volume_m3: float) -> tuple[float, bool, list[str], tuple | None]:
        """(level, inclusive, notes, spill point or None); inclusive: cells whose spill level equals the
        level flood too."""
        v = require_number(volume_m3, "volume", fix="give the volume in m³", info=INFO)
        if not np.isfinite(v) or v < 0:
            raise refuse("volume", INFO["volume"].what, volume_m3, "must be a finite volume ≥ 0 m³")
        notes: list[str] = []
        if v == 0:
            return self.lowest_source_m, False, notes, None
        sea_level, sea_cell = self._sea_spill()
        exit_level, exit_cell = self._exit_spill()
        if sea_level <= exit_level and np.isfinite(sea_level):
            spill_level, spill_cell, how = sea_level, sea_cell, "runs into the sea"
        elif np.isfinite(exit_level):
            spill_level, spill_cell = exit_level, exit_cell
            how = (
                "leaves the valley over a sill and runs off the DEM's edge"
                if self._off_the_edge(exit_cell)
                else "leaves the valley over a sill into an area without elevation data (nodata)"
            )
        else:
            spill_level = np.inf
        if np.isfinite(spill_level):
            held = self.volume_at_level(spill_level)
            if v > held:
                text, xy = self._spill_note(v, spill_level, held, spill_cell, how)
                return spill_level, False, [text], xy
        va = v / self.grid.cell_area
        n = len(self._s)
        k = int(np.searchsorted(self._vtop, va, side="left")) + 1  # number of cells flooded
        level = (va + self._zcum[k - 1]) / k
        if k == n and level > self._s[-1]:
            notes.append(
                "the volume fills every cell the source can reach; the DEM's edges hold the water like walls"
            )
        if level > self._s[k - 1]:
            return float(level), False, notes, None
        # The volume falls inside a jump of V(L): at the spill level s[k-1] a basin beyond a sill joins
        # at once, already holding water up to the sill.
        sill = float(self._s[k - 1])
        below = self.volume_at_level(sill)
        j = int(np.searchsorted(self._s, sill, side="right"))
        above = float((j * sill - self._zcum[j - 1]) * self.grid.cell_area)
        # No flat level holds exactly this volume; of the two states at the sill (basin dry, basin full to
        # the sill) take the one nearer the volume.
        inclusive = abs(above - v) < abs(v - below)
        held = above if inclusive else below
        notes.append(
            f"no flat level holds exactly {v:,.0f} m³: at {sill:.2f} m a basin beyond a sill joins the flood "
            f"already full ({below:,.0f} m³ without it, {above:,.0f} m³ with it); the nearer, "
            f"{held:,.0f} m³ ({'with' if inclusive else 'without'} the basin), is shown"
        )
        return sill, inclusive, notes, None

    def level_for_volume(self, volume_m3: float) -> float:
        """The flat level (m) at which the connected flood holds ``volume_m3`` (m³); no flood fill.

        Closed form: with cells sorted by spill level s and cumulative ground Z, the first k cells hold
        A·(k·L − Z_k) at a level L in (s_k, s_{k+1}]; a binary search finds k. Where the volume falls while
        a basin beyond a sill joins (the held volume jumps there), the level is the sill, and
        :meth:`depth_for_volume` shows the basin dry or full to the sill, whichever holds nearer the
        volume, with a note; where the water spills (see the class), the level is the spill level.
        """
        return self._solve_volume(volume_m3)[0]

    def depth_for_volume(self, volume_m3: float) -> InundationResult:
        """The flood holding ``volume_m3`` (m³): level from :meth:`level_for_volume`, then one pass.

        ``requested_volume_m3`` of the result is the volume asked for; ``volume_m3`` what the flood holds
        (less where the water spills, with a note naming where, and ``spill_xy``).
        """
        level, inclusive, notes, spill_xy = self._solve_volume(volume_m3)
        result = self._level_result(level, notes, inclusive)
        result.requested_volume_m3 = float(volume_m3)
        result.spill_xy = spill_xy
        return result

    def flooded_for_volume(self, volume_m3: float) -> np.ndarray:
        """Boolean mask of flooded cells for a volume (m³)."""
        level, inclusive, _, _ = self._solve_volume(volume_m3)
        cmp = self.grid.in_stored_precision(level)
        if inclusive:
            return (self.spill <= cmp) & (self.grid.z < cmp)
        return self.spill < cmp


# --------------------------------------------------------------------------------------------------
# Sloped profile


def profile_levels(
    grid: Grid,
    sources: np.ndarray,
    profile_points: gpd.GeoDataFrame,
    river: gpd.GeoDataFrame | gpd.GeoSeries | None = None,
) -> np.ndarray:
    """Water level (m) at every source cell from points with ``level_m``; NaN elsewhere.

    How the level varies along the river:

    - with river LINES given: the lines are merged into continuous parts; each profile point and each
      source cell centre is placed on its nearest part by chainage (distance along it), and the level is
      linearly interpolated in chainage between the points on that part (held constant beyond the
      first and last point). This follows meanders.
    - otherwise (no lines, polygons only, or a part with no profile point): inverse-distance weighting
      of the two nearest profile points, which is linear interpolation between them on a straight reach
      and never extrapolates beyond the points' levels.

    Raises
    ------
    InputError
        No point has a numeric ``level_m``.
    """
    pts = to_grid_crs(profile_points, grid)
    if "level_m" not in pts.columns:
        raise InputError("profile points have no 'level_m' attribute; give each point its water level in m")
    lv = np.array([float(v) if v is not None else np.nan for v in pts["level_m"].values], dtype=float)
    geoms = pts.geometry.values
    ok = np.isfinite(lv) & ~shapely.is_empty(geoms) & ~shapely.is_missing(geoms)
    if not ok.any():
        raise InputError(
            "profile points: no point has a numeric 'level_m'; give each point its water level in m"
        )
    lv, geoms = lv[ok], shapely.centroid(geoms[ok])
    px, py = shapely.get_x(geoms), shapely.get_y(geoms)
    rr, cc = np.nonzero(sources)
    cx, cy = grid.xy(rr, cc)
    out = np.full(len(rr), np.nan)

    if river is not None:
        if isinstance(river, gpd.GeoSeries):
            river = gpd.GeoDataFrame(geometry=river)
        river = to_grid_crs(river, grid)
        lines = [
            g
            for g in river.geometry.values
            if g is not None and g.geom_type in ("LineString", "MultiLineString")
        ]
        if lines:
            merged = shapely.line_merge(shapely.union_all(lines))
            parts = np.asarray(shapely.get_parts(merged))
            tree = shapely.STRtree(parts)
            ppart = tree.query_nearest(geoms, all_matches=False)[1]
            pch = shapely.line_locate_point(parts[ppart], geoms)
            cpts = shapely.points(cx, cy)
            cpart = tree.query_nearest(cpts, all_matches=False)[1]
            cch = shapely.line_locate_point(parts[cpart], cpts)
            for p in np.unique(cpart):
                on = ppart == p
                if not on.any():
                    continue
                o = np.argsort(pch[on])
                sel = cpart == p
                out[sel] = np.interp(cch[sel], pch[on][o], lv[on][o])
    todo = np.isnan(out)
    if todo.any():
        if len(lv) == 1:
            out[todo] = lv[0]
        else:
            d2, two = cKDTree(np.c_[px, py]).query(np.c_[cx[todo], cy[todo]], k=2)
            w = 1.0 / np.maximum(d2, 1e-9)
            out[todo] = (w * lv[two]).sum(axis=1) / w.sum(axis=1)
    levels = np.full(grid.shape, np.nan)
    levels[rr, cc] = out
    return levels


def profile_surface(
    grid: Grid,
    sources: np.ndarray,
    profile_points: gpd.GeoDataFrame,
    river: gpd.GeoDataFrame | gpd.GeoSeries | None = None,
    feedback: Feedback | None = None,
) -> np.ndarray:
    """The water surface (m) of a profile at every cell: its nearest source cell's level.

    River (source) cells get their level from :func:`profile_levels`; every other cell takes the level
    of its nearest source cell (Euclidean, in metres, ``scipy.ndimage.distance_transform_edt``).

    Returns
    -------
    ndarray (rows, cols) float64
        Surface elevation (m), the DEM's vertical datum; defined everywhere, nodata cells included.
    """
    seeds = _check_sources(grid, sources)
    src = np.zeros(grid.shape, bool)
    src.flat[seeds] = True
    step(feedback, 0.1, "levels along the river")
    levels = profile_levels(grid, src, profile_points, river)
    step(feedback, 0.4, "surface from the nearest river cell")
    idx = ndimage.distance_transform_edt(
        ~src, sampling=(grid.dy, grid.dx), return_distances=False, return_indices=True
    )
    return levels[idx[0], idx[1]]


def depth_for_profile(
    grid: Grid,
    sources: np.ndarray,
    profile_points: gpd.GeoDataFrame,
    river: gpd.GeoDataFrame | gpd.GeoSeries | None = None,
    feedback: Feedback | None = None,
) -> InundationResult:
    """The flood under a water surface sloping along the river (docs/command-line.md ``--levels``).

    River (source) cells get their level from :func:`profile_levels`; every other cell takes the level
    of its nearest source cell (Euclidean, in metres, ``scipy.ndimage.distance_transform_edt``). A cell
    floods when it lies below its surface and connects to a source through edge neighbours that lie
    below theirs.

    Parameters
    ----------
    grid : Grid
        Terrain with defenses burned in (m).
    sources : ndarray of bool
        Source cells.
    profile_points : GeoDataFrame
        Points with ``level_m`` (m).
    river : GeoDataFrame or GeoSeries, optional
        The river lines, for chainage along meanders (recommended).
    """
    _check_sources(grid, sources)
    surface = profile_surface(grid, sources, profile_points, river, feedback)
    step(feedback, 0.7, "flood fill")
    result = depth_under_surface(grid, sources, surface)
    step(feedback, 1.0, "done")
    return result


def _surface_in_precision(grid: Grid, surface: np.ndarray) -> np.ndarray:
    """A water surface (per cell) rounded to the DEM's stored precision, for the comparisons."""
    probe = grid.in_stored_precision(0.1)
    if probe == 0.1:  # float64 or integer DEM: compare as it is
        return surface
    dt = np.dtype(grid.stored_dtype)
    with np.errstate(over="ignore", invalid="ignore"):
        return surface.astype(dt).astype(np.float64)


def depth_under_surface(grid: Grid, sources: np.ndarray, surface: np.ndarray) -> InundationResult:
    """The flood under a given water surface (m per cell), as :func:`depth_for_profile` after its surface.

    The surface of a profile (:func:`profile_surface`) depends on the river, the profile points and the
    grid's geometry, not on the ground, so one surface serves every terrain with defenses burned in
    (floodplan.sim.risk computes each subset of defenses with it, without redoing the surface).

    Parameters
    ----------
    grid : Grid
        Terrain with defenses burned in (m).
    sources : ndarray of bool
        Source cells.
    surface : ndarray (rows, cols)
        Water surface elevation (m) at every cell.
    """
    seeds = _check_sources(grid, sources)
    rows, cols = grid.shape
    z = np.ascontiguousarray(grid.z, dtype=np.float64).reshape(-1)
    s = np.ascontiguousarray(surface, dtype=np.float64).reshape(-1)
    depth, count, total, dmax = _fill_surface(z, s, _surface_in_precision(grid, s), seeds, rows, cols)
    notes = [] if count else ["the profile's levels lie at or below every source cell; nothing floods"]
    return _result(depth.reshape(grid.shape), grid, None, count, total, dmax, notes)


def shift_profile(profile_points: gpd.GeoDataFrame, offset_m: float) -> gpd.GeoDataFrame:
    """A copy of profile points with every ``level_m`` raised by ``offset_m`` (m; negative lowers).

    Raises
    ------
    InputError
        The points have no ``level_m``, or the offset is not a finite number.
    """
    off = _check_offset(offset_m)
    if "level_m" not in profile_points.columns:
        raise InputError("profile points have no 'level_m' attribute; give each point its water level in m")
    out = profile_points.copy()
    if off != 0.0:
        out["level_m"] = pd.to_numeric(out["level_m"], errors="coerce") + off
    return out


class ProfileModel:
    """A profile flood raised or lowered by any offset (m), instantly: "hq100 + 0.5 m".

    The profile's surface at every cell, surface0 (:func:`profile_surface`), is fixed by the river and
    the profile points; an offset o moves every cell's surface to surface0 + o. A cell floods when
    z < surface0 + o and connects to a source through cells with z < surface0 + o, i.e. when
    z' = z − surface0 lies below the flat level o and connects through cells below o. A
    :class:`FloodModel` on the transformed terrain z' (built once, one priority-flood) therefore gives
    every offset in one pass over the grid, and every offset's volume from its cumulative sums:
    depth = o − z' = surface0 + o − z, the same as :func:`depth_for_profile` with every ``level_m``
    raised by o (up to floating-point rounding of the subtraction, ~1e-13 m).

    Parameters
    ----------
    grid : Grid
        Terrain with defenses burned in (m).
    sources : ndarray of bool
        Source cells.
    profile_points : GeoDataFrame
        Points with ``level_m`` (m).
    river : GeoDataFrame or GeoSeries, optional
        River lines, for chainage along meanders.
    feedback : Feedback, optional

    Attributes
    ----------
    surface : ndarray (rows, cols) float64
        The profile's water surface at offset 0 (m).
    model : FloodModel
        The flat-level model on z' = z − surface (levels are offsets, m).
    """

    def __init__(
        self,
        grid: Grid,
        sources: np.ndarray,
        profile_points: gpd.GeoDataFrame,
        river: gpd.GeoDataFrame | gpd.GeoSeries | None = None,
        feedback: Feedback | None = None,
    ):
        self.grid = grid
        self.surface = profile_surface(grid, sources, profile_points, river, feedback)
        step(feedback, 0.5, "relative terrain")
        # z − surface is a computed float64 terrain, not stored values: offsets compare as they are.
        self.relative = Grid(np.asarray(grid.z, dtype=np.float64) - self.surface, grid.transform, grid.crs)
        self.model = FloodModel(self.relative, sources, feedback=_sub(feedback, 0.5, 1.0))

    @property
    def offset_range(self) -> tuple[float, float]:
        """(lowest useful offset, highest) in m: from where the lowest source cell just floods (at most
        10 m below the design profile) to 1 m above the offset at which the last reachable cell joins
        the flood, at most 10 m above the design profile."""
        low = max(self.model.lowest_source_m, -10.0)
        # 1 m above the highest spill level, so that the last basin to join is shown under water.
        top = float(self.model._s[-1]) + 1.0 if self.model.reachable_cells else low
        return low, max(low, min(top, 10.0))

    def depth_at_offset(self, offset_m: float) -> InundationResult:
        """The flood of the profile raised by ``offset_m`` (m): extent, depth and figures, one pass."""
        off = _check_offset(offset_m)
        depth, count, total, dmax = _depth_from_spill(self.model._z, self.model._spill, off, off, False)
        notes = []
        if count == 0:
            notes.append(f"the profile {off:+.2f} m lies at or below every source cell; nothing floods")
        return _result(depth.reshape(self.grid.shape), self.grid, None, count, total, dmax, notes)

    def flooded_at_offset(self, offset_m: float) -> np.ndarray:
        """Boolean mask of flooded cells with the profile raised by ``offset_m`` (m)."""
        return self.model.spill < _check_offset(offset_m)

    def volume_at_offset(self, offset_m: float) -> float:
        """Water held (m³) with the profile raised by ``offset_m`` (m); closed form, no pass over the grid."""
        return self.model.volume_at_level(_check_offset(offset_m))


def _check_offset(offset_m) -> float:
    return _finite(offset_m, "profile offset", "give it in metres")


def _sub(feedback: Feedback | None, a: float, b: float) -> Feedback | None:
    return feedback.sub(a, b) if feedback is not None else None
