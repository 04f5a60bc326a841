"""A raster on a regular, north-up grid: the terrain and every raster result share this type.

Units: elevations and depths in metres; x/y in the CRS's units (metres: the engine works in a metric
CRS); cell area in m². Nodata is NaN in ``z`` (float64 or float32), whatever the source file used.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from affine import Affine
from rasterio.crs import CRS


@dataclass
class Grid:
    """A north-up raster.

    Attributes
    ----------
    z : ndarray, shape (rows, cols), float
        Values (m). NaN where there is no data.
    transform : affine.Affine
        Maps (col, row) of a cell's upper-left corner to (x, y) in ``crs``; ``transform.e`` < 0.
    crs : rasterio.crs.CRS
        Coordinate reference system of x/y (metric for the engine).
    """

    z: np.ndarray
    transform: Affine
    crs: CRS | None

    @property
    def shape(self) -> tuple[int, int]:
        return self.z.shape

    @property
    def dx(self) -> float:
        """Cell width (m)."""
        return abs(self.transform.a)

    @property
    def dy(self) -> float:
        """Cell height (m)."""
        return abs(self.transform.e)

    @property
    def cell_area(self) -> float:
        """Area of one cell (m²)."""
        return self.dx * self.dy

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """(xmin, ymin, xmax, ymax) of the grid's outer edge."""
        rows, cols = self.shape
        x0, y0 = self.transform @ (0, 0)
        x1, y1 = self.transform @ (cols, rows)
        return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)

    @property
    def valid(self) -> np.ndarray:
        """Boolean mask of cells with data."""
        return np.isfinite(self.z)

    def xy(self, rows, cols) -> tuple[np.ndarray, np.ndarray]:
        """Cell-centre coordinates of (rows, cols) (arrays or scalars)."""
        rows = np.asarray(rows, dtype=float)
        cols = np.asarray(cols, dtype=float)
        t = self.transform
        x = t.c + (cols + 0.5) * t.a + (rows + 0.5) * t.b
        y = t.f + (cols + 0.5) * t.d + (rows + 0.5) * t.e
        return x, y

    def rowcol(self, x, y) -> tuple[np.ndarray, np.ndarray]:
        """Row and column (int arrays) of the cells holding points (x, y); may fall outside the grid."""
        inv = ~self.transform
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        cols = np.floor(inv.a * x + inv.b * y + inv.c).astype(np.int64)
        rows = np.floor(inv.d * x + inv.e * y + inv.f).astype(np.int64)
        return rows, cols

    def inside(self, rows, cols) -> np.ndarray:
        """Whether (rows, cols) lie on the grid."""
        r, c = self.shape
        rows = np.asarray(rows)
        cols = np.asarray(cols)
        return (rows >= 0) & (rows < r) & (cols >= 0) & (cols < c)

    def sample(self, x, y, outside=np.nan) -> np.ndarray:
        """Values at points (x, y); ``outside`` where a point lies off the grid."""
        rows, cols = self.rowcol(x, y)
        ok = self.inside(rows, cols)
        out = np.full(np.shape(rows), outside, dtype=float)
        out[ok] = self.z[rows[ok], cols[ok]]
        return out

    def like(self, z: np.ndarray) -> Grid:
        """A grid on the same georeference holding other values."""
        if z.shape != self.z.shape:
            raise ValueError(f"shape {z.shape} does not match the grid's {self.z.shape}")
        return Grid(z, self.transform, self.crs)
