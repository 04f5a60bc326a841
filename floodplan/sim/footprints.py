"""Which grid cells each asset (building) covers, computed once per asset layer and grid.

Looking depths up through this index is the fast path for exposure (never ``sjoin(buildings, flood)``):
a building's depth is the deepest water over the cells whose centres lie inside its footprint, or the
cell under its representative point when it is smaller than a cell; a point asset takes its cell.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import shapely

from floodplan.core.grid import Grid


@dataclass
class AssetCells:
    """Flattened cell indices per asset.

    Attributes
    ----------
    cells : ndarray of int64
        Flat indices into the grid (row * cols + col), grouped by asset in asset order.
    owner : ndarray of int64
        The asset (0..n-1) each entry of ``cells`` belongs to.
    n : int
        Number of assets. An asset wholly off the grid has no entry and reads as NaN.
    """

    cells: np.ndarray
    owner: np.ndarray
    n: int

    @classmethod
    def build(cls, assets: gpd.GeoDataFrame | gpd.GeoSeries, grid: Grid) -> AssetCells:
        """Index the cells under every asset's geometry (assets must be in the grid's CRS)."""
        geoms = np.asarray(assets.geometry.values if hasattr(assets, "geometry") else assets.values)
        n = len(geoms)
        rows_n, cols_n = grid.shape
        if n == 0:
            return cls(np.zeros(0, np.int64), np.zeros(0, np.int64), 0)
        # The cell under each representative point, so that every asset on the grid has at least one cell.
        rep = shapely.point_on_surface(geoms)
        r0, c0 = grid.rowcol(shapely.get_x(rep), shapely.get_y(rep))
        ok = grid.inside(r0, c0) & ~shapely.is_empty(geoms)
        cell_list = [(r0[ok] * cols_n + c0[ok]).astype(np.int64)]
        owner_list = [np.nonzero(ok)[0].astype(np.int64)]
        # Cells whose centres fall inside polygon footprints: candidates from each bounding box.
        is_poly = np.isin(shapely.get_type_id(geoms), [3, 6])
        if is_poly.any():
            idx = np.nonzero(is_poly)[0]
            b = shapely.bounds(geoms[idx])
            ra, ca = grid.rowcol(b[:, 0], b[:, 3])  # top-left
            rb, cb = grid.rowcol(b[:, 2], b[:, 1])  # bottom-right
            ra, rb = np.clip(ra, 0, rows_n - 1), np.clip(rb, 0, rows_n - 1)
            ca, cb = np.clip(ca, 0, cols_n - 1), np.clip(cb, 0, cols_n - 1)
            h = np.maximum(rb - ra + 1, 0)
            w = np.maximum(cb - ca + 1, 0)
            counts = h * w
            total = int(counts.sum())
            if total:
                own = np.repeat(np.arange(len(idx)), counts)
                start = np.repeat(np.cumsum(counts) - counts, counts)
                k = np.arange(total) - start
                rr = ra[own] + k // w[own]
                cc = ca[own] + k % w[own]
                x, y = grid.xy(rr, cc)
                inside = shapely.contains_xy(geoms[idx][own], x, y)
                cell_list.append((rr[inside] * cols_n + cc[inside]).astype(np.int64))
                owner_list.append(idx[own[inside]].astype(np.int64))
        cells = np.concatenate(cell_list)
        owner = np.concatenate(owner_list)
        order = np.lexsort((cells, owner))
        cells, owner = cells[order], owner[order]
        keep = np.ones(len(cells), bool)
        keep[1:] = (cells[1:] != cells[:-1]) | (owner[1:] != owner[:-1])
        return cls(cells[keep], owner[keep], n)

    def max_of(self, values: np.ndarray, fill: float = np.nan) -> np.ndarray:
        """Per-asset maximum of a grid of values (NaN cells ignored); ``fill`` for assets off the grid."""
        flat = np.asarray(values, dtype=float).ravel()
        out = np.full(self.n, -np.inf)
        v = flat[self.cells]
        v = np.where(np.isnan(v), -np.inf, v)
        np.maximum.at(out, self.owner, v)
        out[np.isneginf(out)] = fill
        return out

    def min_of(self, values: np.ndarray, fill: float = np.nan) -> np.ndarray:
        """Per-asset minimum of a grid of values (NaN cells ignored); ``fill`` for assets off the grid."""
        return -self.max_of(-np.asarray(values, dtype=float), fill=-fill if not np.isnan(fill) else fill)
