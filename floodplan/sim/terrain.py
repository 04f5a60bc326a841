"""Terrain for the static flood engine: reading a DEM, the source (river) cells, and defenses burned in.

Everything here works on a :class:`floodplan.core.grid.Grid` in a metric CRS (elevations in m). Vector
layers in another CRS are reprojected to the grid's CRS (never refused); a layer without a CRS is taken
to be in the grid's CRS.

Defenses are rasterised with ``all_touched=True``: every cell the line passes through is raised, so the
raised cells form an unbroken (at least 8-connected) chain. Water in the engine moves between edge
neighbours only (4-connectivity), and a 4-connected flow cannot cross an 8-connected wall, so a line at any
angle is watertight.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import rasterio
import rasterio.features
import rasterio.warp
import shapely
from affine import Affine
from rasterio.crs import CRS

from floodplan.core.checks import refuse_with
from floodplan.core.grid import Grid
from floodplan.errors import InputError
from floodplan.io.raster import utm_crs_for  # noqa: F401 - re-exported
from floodplan.progress import Feedback, step

__all__ = [
    "DefenseCells",
    "burn",
    "defense_cells",
    "defense_crests",
    "read_dem",
    "sea_mask",
    "source_mask",
    "to_grid_crs",
    "utm_crs_for",
    "without_sea",
]


# --------------------------------------------------------------------------------------------------
# DEM


def read_dem(path: str | Path, feedback: Feedback | None = None) -> Grid:
    """Read band 1 of any GDAL raster as a metric :class:`Grid` (m, NaN nodata).

    A DEM in a geographic CRS is reprojected (bilinear) to the UTM zone of its centre (see
    :func:`utm_crs_for`) at a square cell close to its own resolution in metres; nodata stays nodata.

    Parameters
    ----------
    path : str or Path
        The raster (GeoTIFF, ``.hgt``, ``/vsizip/...`` paths, anything GDAL opens).

    Raises
    ------
    InputError
        The file cannot be opened or read, has a rotated grid, or holds no valid cell.
    CRSError
        The raster has no CRS.
    """
    from floodplan.io.raster import metric_grid, read_grid

    step(feedback, 0.1, "reading the DEM")
    grid = metric_grid(read_grid(path))
    step(feedback, 1.0, "DEM read")
    return grid


def sea_mask(grid: Grid, sea_level_m: float | None) -> np.ndarray:
    """Cells that are sea: at or below ``sea_level_m`` (m) and connected to the DEM's outer edge through
    such cells (4-neighbours).

    SRTM and most coastal DEMs hold the sea as ground at about 0 m; a flat water level above it would
    "flood" the whole sea. Such cells are not floodplain: callers set them to nodata (:func:`without_sea`),
    and water that reaches them runs into the sea (:class:`floodplan.sim.inundation.FloodModel`). Low
    ground inland (a polder below sea level behind a dike) is not connected to the edge and stays land.

    Parameters
    ----------
    grid : Grid
        The DEM (m).
    sea_level_m : float or None
        The sea level (m, the DEM's vertical datum); None: no sea (all False).

    Returns
    -------
    ndarray of bool, shape (rows, cols)
    """
    if sea_level_m is None:
        return np.zeros(grid.shape, bool)
    level = float(sea_level_m)
    if not np.isfinite(level):
        raise InputError(f"sea level {sea_level_m!r} is not a finite number; give it in metres")
    with np.errstate(invalid="ignore"):
        low = grid.z <= grid.in_stored_precision(level)
    if not low.any():
        return low
    from scipy import ndimage

    labels, _ = ndimage.label(low)  # 4-connected (the default structure)
    edge = np.unique(np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]]))
    edge = edge[edge > 0]
    return np.isin(labels, edge)


def without_sea(grid: Grid, sea_level_m: float | None, label: str = "the DEM") -> tuple[Grid, np.ndarray]:
    """The DEM with the sea (:func:`sea_mask`) set to nodata, and the sea mask; notes how many cells.

    Returns ``grid`` itself and an all-False mask when ``sea_level_m`` is None or no cell is sea.
    """
    sea = sea_mask(grid, sea_level_m)
    n = int(sea.sum())
    if n == 0:
        return grid, sea
    z = np.array(grid.z, dtype=np.float64, copy=True)
    z[sea] = np.nan
    from floodplan.notes import note

    note(
        f"{label}: {n:,} cells at or below the sea level {float(sea_level_m):g} m and connected to the "
        "DEM's edge are taken as sea, not floodplain"
    )
    return grid.like(z), sea


# --------------------------------------------------------------------------------------------------
# Vector layers onto the grid


def to_grid_crs(gdf: gpd.GeoDataFrame, grid: Grid) -> gpd.GeoDataFrame:
    """The layer in the grid's CRS (reprojected when it differs; taken as the grid's when it has none)."""
    if gdf.crs is None or grid.crs is None:
        return gdf.set_crs(grid.crs, allow_override=True) if grid.crs is not None else gdf
    if CRS.from_user_input(gdf.crs) == grid.crs:
        return gdf
    return gdf.to_crs(grid.crs)


def source_mask(grid: Grid, river: gpd.GeoDataFrame | gpd.GeoSeries, layer: str = "river") -> np.ndarray:
    """Boolean mask of source cells: every valid cell a river line or polygon touches.

    Parameters
    ----------
    grid : Grid
        The terrain.
    river : GeoDataFrame or GeoSeries
        Lines or polygons; reprojected to the grid's CRS when needed.

    Raises
    ------
    InputError
        No valid cell of the grid is touched ("the river/source layer lies outside the DEM").
    """
    if isinstance(river, gpd.GeoSeries):
        river = gpd.GeoDataFrame(geometry=river)
    river = to_grid_crs(river, grid)
    geoms = [g for g in river.geometry.values if g is not None and not g.is_empty]
    mask = np.zeros(grid.shape, bool)
    if geoms:
        mask = rasterio.features.rasterize(
            [(g, 1) for g in geoms],
            out_shape=grid.shape,
            transform=grid.transform,
            fill=0,
            all_touched=True,
            dtype="uint8",
        ).astype(bool)
    mask &= grid.valid
    if not mask.any():
        if layer == "river" and "layer" in river.columns and len(river):
            layer = "river layer " + ", ".join(sorted({str(v) for v in river["layer"]}))
        if geoms:
            xmin, ymin, xmax, ymax = shapely.total_bounds(geoms)
            where = f"it spans x {xmin:.0f}…{xmax:.0f}, y {ymin:.0f}…{ymax:.0f}"
        else:
            where = "it holds no feature with a geometry"
        gx0, gy0, gx1, gy1 = grid.bounds
        raise InputError(
            f"{layer}: the water's source lies outside the DEM or only over its nodata cells ({where}; the "
            f"DEM x {gx0:.0f}…{gx1:.0f}, y {gy0:.0f}…{gy1:.0f} in {grid.crs}); give a source that crosses "
            "the DEM's valid cells"
        )
    return mask


# --------------------------------------------------------------------------------------------------
# Defenses


@dataclass
class DefenseCells:
    """The cells each active defense raises, and the crest each gets.

    Attributes
    ----------
    ids : list of str
        Active defense ids, in layer order.
    cells : list of ndarray of int64
        Flat cell indices (row * cols + col) under each defense (valid cells only).
    crests : list of ndarray of float64
        Crest elevation (m) of each of those cells.
    costs : list of float
        Each defense's ``cost`` (0 when missing).
    """

    ids: list
    cells: list
    crests: list
    costs: list

    def dense(self, shape: tuple[int, int], leave_out: Iterable[str] = ()) -> np.ndarray:
        """Crest per cell (m), NaN where no defense; the highest crest where defenses overlap."""
        skip = {str(i) for i in leave_out}
        out = np.full(int(np.prod(shape)), np.nan)
        for did, c, k in zip(self.ids, self.cells, self.crests, strict=True):
            if did in skip:
                continue
            out[c] = np.fmax(out[c], k)
        return out.reshape(shape)


def _as_float(v) -> float:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return np.nan
    return f


def _status(v) -> str:
    return (
        str(v).strip().lower() if v is not None and not (isinstance(v, float) and np.isnan(v)) else "existing"
    )


def defense_cells(
    defenses: gpd.GeoDataFrame | None,
    grid: Grid,
    breaches: Iterable[str] = (),
    include_planned: bool = True,
    layer: str = "defenses",
) -> DefenseCells:
    """Rasterise every active defense line and give each cell its crest.

    Crest per cell: ``crest_m`` when it is a finite number, else the ground of THAT cell plus ``height_m``
    (``height_m`` is "height above the ground under it", so a 1 m mobile wall across sloping ground stands
    1 m above the ground everywhere; taking the highest ground along the line instead would turn a long
    line on a slope into a dam metres above the ground at its low end). ``crest_m`` wins when both are set.
    Cells where the crest is below the ground are left as they are (see :func:`burn`).

    Parameters
    ----------
    defenses : GeoDataFrame or None
        Lines (or polygons) with ``id``, ``crest_m`` and/or ``height_m``, optional ``status``
        (``existing``/``planned``) and ``cost``. Reprojected to the grid's CRS when needed.
    grid : Grid
        The unburned terrain.
    breaches : iterable of str
        Ids of defenses left out (breached).
    include_planned : bool
        Whether defenses with ``status`` ``planned`` are in place.

    Raises
    ------
    InputError
        A defense has neither a usable ``crest_m`` nor a positive ``height_m``; a breach id names no
        defense; ids are duplicated.
    """
    breaches = [str(b).strip() for b in breaches if str(b).strip()]
    empty = DefenseCells([], [], [], [])
    if defenses is None or len(defenses) == 0:
        if breaches:
            raise refuse_with(
                "breaches",
                "the breached defenses",
                f"{{what}} {','.join(breaches)}: there is no defense layer to breach",
            )
        return empty
    defenses = to_grid_crs(defenses, grid)
    if "id" in defenses.columns:
        ids = [str(v) for v in defenses["id"].values]
    else:
        ids = [str(i) for i in range(len(defenses))]
    seen = set()
    for i in ids:
        if i in seen:
            where = layer
            if "layer" in defenses.columns:  # a project's layers combined: name the layers holding the id
                holders = sorted({str(v) for v, d in zip(defenses["layer"], ids) if d == i})
                where = f"{layer} (layer{'s' if len(holders) > 1 else ''} {', '.join(holders)})"
            raise InputError(f"{where}: defense id '{i}' is used twice; give every defense its own id")
        seen.add(i)
    unknown = [b for b in breaches if b not in seen]
    if unknown:
        raise InputError(
            f"{layer}: no defense has id {', '.join(repr(u) for u in unknown)} (breach list); ids are "
            f"{', '.join(ids[:20])}"
        )
    n = len(defenses)
    crest = (
        defenses["crest_m"].map(_as_float).to_numpy(float) if "crest_m" in defenses else np.full(n, np.nan)
    )
    height = (
        defenses["height_m"].map(_as_float).to_numpy(float) if "height_m" in defenses else np.full(n, np.nan)
    )
    status = defenses["status"].map(_status).to_numpy() if "status" in defenses else ["existing"] * n
    cost = defenses["cost"].map(_as_float).to_numpy(float) if "cost" in defenses else np.zeros(n)
    cost = np.where(np.isfinite(cost), cost, 0.0)
    rows, cols = grid.shape
    z = grid.z.ravel()
    out = DefenseCells([], [], [], [])
    for k, geom in enumerate(defenses.geometry.values):
        did = ids[k]
        use_crest = np.isfinite(crest[k])
        if not use_crest and not (np.isfinite(height[k]) and height[k] > 0):
            raise InputError(
                f"{layer}: defense '{did}' has neither crest_m (crest elevation, m) nor a positive height_m "
                "(height above the ground, m); give one of them"
            )
        if did in breaches or (status[k] == "planned" and not include_planned):
            continue
        if geom is None or geom.is_empty:
            continue
        flat = _line_cells(geom, grid)
        flat = flat[np.isfinite(z[flat])]  # nodata under a defense stays nodata (it never floods anyway)
        c = np.full(len(flat), crest[k]) if use_crest else z[flat] + height[k]
        # Where a levee ties into a valley side its crest meets the ground: normal. A crest at or below
        # the ground all along holds nothing (a height typed into crest_m, another datum): say so.
        if use_crest and len(flat) and (c <= z[flat]).all():
            _note_low_crest(layer, did, crest[k], z[flat])
        out.ids.append(did)
        out.cells.append(flat)
        out.crests.append(c)
        out.costs.append(float(cost[k]))
    return out


def _note_low_crest(layer: str, did: str, crest: float, ground: np.ndarray) -> None:
    """Say when a defense's crest is at or below the ground under it: there it holds back no water (often
    a height above ground typed into ``crest_m``, or a crest in another vertical datum)."""
    from floodplan.notes import note

    note(
        f"{layer}: defense '{did}' has its crest ({crest:.2f} m) at or below the ground under it along its "
        f"whole length (ground {float(ground.min()):.2f}…{float(ground.max()):.2f} m), so it holds back no "
        "water; check crest_m (a height above the ground belongs in height_m)."
    )


def _line_cells(geom, grid: Grid) -> np.ndarray:
    """Flat indices of all cells a geometry touches, rasterised only over its bounding window."""
    rows, cols = grid.shape
    xmin, ymin, xmax, ymax = shapely.bounds(geom)
    inv = ~grid.transform
    c0, r0 = inv @ (xmin, ymax)
    c1, r1 = inv @ (xmax, ymin)
    ra, rb = sorted((r0, r1))
    ca, cb = sorted((c0, c1))
    # One cell of margin: all_touched on a window edge must see the whole line.
    ra = max(int(np.floor(ra)) - 1, 0)
    ca = max(int(np.floor(ca)) - 1, 0)
    rb = min(int(np.floor(rb)) + 2, rows)
    cb = min(int(np.floor(cb)) + 2, cols)
    if ra >= rb or ca >= cb:
        return np.zeros(0, np.int64)
    wt = grid.transform @ Affine.translation(ca, ra)
    win = rasterio.features.rasterize(
        [(geom, 1)], out_shape=(rb - ra, cb - ca), transform=wt, fill=0, all_touched=True, dtype="uint8"
    )
    rr, cc = np.nonzero(win)
    return ((rr + ra) * cols + (cc + ca)).astype(np.int64)


def defense_crests(
    defenses: gpd.GeoDataFrame | None,
    grid: Grid,
    breaches: Iterable[str] = (),
    include_planned: bool = True,
) -> np.ndarray:
    """Crest elevation per cell (m), NaN where no active defense stands (see :func:`defense_cells`)."""
    return defense_cells(defenses, grid, breaches, include_planned).dense(grid.shape)


def burn(grid: Grid, crests: np.ndarray | DefenseCells) -> Grid:
    """The terrain with defenses raised: ``max(z, crest)`` where a crest is set; nodata stays nodata.

    Parameters
    ----------
    grid : Grid
        Unburned terrain (m).
    crests : ndarray (NaN where no defense) or DefenseCells
        Crest elevations (m).
    """
    z = grid.z.astype(np.float64, copy=True)
    if isinstance(crests, DefenseCells):
        flat = z.reshape(-1)
        for c, k in zip(crests.cells, crests.crests, strict=True):
            flat[c] = np.fmax(flat[c], k)  # fmax: NaN ground (nodata) was dropped when rasterising
    else:
        crests = np.asarray(crests, dtype=float)
        if crests.shape != z.shape:
            raise ValueError(f"crest array shape {crests.shape} does not match the grid's {z.shape}")
        set_ = np.isfinite(crests) & np.isfinite(z)
        z[set_] = np.maximum(z[set_], crests[set_])
    return grid.like(z)
