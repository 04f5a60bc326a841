"""A raster on a regular, north-up grid: the terrain and every raster result share this type.

Units: elevations and depths in metres; x/y in the CRS's own units (metres, or feet for a DEM in a CRS
in feet such as EPSG:2264); cell sizes (:attr:`Grid.dx`, :attr:`Grid.dy`) and :attr:`Grid.cell_area` are
always in metres and m², the CRS's unit converted (docs/layers.md, "Coordinate systems and units"). Nodata is
NaN in ``z`` (float64
or float32), whatever the source file used.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
import pyproj
from affine import Affine
from rasterio.crs import CRS

from floodplan.errors import CRSError


class CrsUnits(NamedTuple):
    """The units of a CRS's axes, as PROJ states them (pyproj ``axis_info``).

    Attributes
    ----------
    horizontal : str
        Name of the x/y unit ("metre", "US survey foot", "foot", "degree").
    m_per_unit : float
        Metres per x/y unit (0.3048006096 for the US survey foot); NaN for angular units (degrees).
    vertical : str or None
        Name of the vertical axis's unit when the CRS declares one (a compound CRS), else None.
    vertical_m_per_unit : float
        Metres per vertical unit; 1.0 when the CRS declares no vertical axis (elevations are taken as
        metres, docs/layers.md, "Coordinate systems and units").
    """

    horizontal: str
    m_per_unit: float
    vertical: str | None
    vertical_m_per_unit: float

    @property
    def angular(self) -> bool:
        return not np.isfinite(self.m_per_unit)


@functools.lru_cache(maxsize=256)
def _units_from_wkt(wkt: str) -> CrsUnits:
    crs = pyproj.CRS.from_wkt(wkt)
    horizontal, factor = "metre", 1.0
    vertical, vfactor = None, 1.0
    axes = crs.axis_info
    flat = [a for a in axes if a.direction.lower() not in ("up", "down")]
    upright = [a for a in axes if a.direction.lower() in ("up", "down")]
    if flat:
        a = flat[0]
        horizontal = a.unit_name or "unknown unit"
        if crs.is_geographic or (a.unit_auth_code == "EPSG" and a.unit_code in ("9102", "9122")):
            factor = float("nan")
        elif a.unit_conversion_factor and a.unit_conversion_factor > 0:
            factor = float(a.unit_conversion_factor)
    if upright:
        v = upright[0]
        vertical = v.unit_name or "unknown unit"
        if v.unit_conversion_factor and v.unit_conversion_factor > 0:
            vfactor = float(v.unit_conversion_factor)
    return CrsUnits(horizontal, factor, vertical, vfactor)


def unit_plural(unit: str) -> str:
    """The plural of a unit name as PROJ spells it: "US survey foot" → "US survey feet", "metre" → "metres"."""
    if unit.endswith("foot"):
        return unit[: -len("foot")] + "feet"
    return unit if unit.endswith("s") else unit + "s"


def crs_units(crs) -> CrsUnits:
    """Units of a CRS (rasterio or pyproj CRS, or anything they take); metres when ``crs`` is None.

    A CRS without a CRS-level axis description (an engineering CRS) counts as metric, the engine's
    assumption for x/y.
    """
    if crs is None:
        return CrsUnits("metre", 1.0, None, 1.0)
    wkt = crs.to_wkt() if hasattr(crs, "to_wkt") else CRS.from_user_input(crs).to_wkt()
    return _units_from_wkt(wkt)


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
        Coordinate reference system of x/y: projected, in metres or another linear unit (feet); the
        engine converts every length and area to metres with :attr:`m_per_unit`.
    stored_dtype : str or None
        The dtype the values were stored in by the file they came from (``"float32"`` for most DEMs),
        when ``z`` holds them in a wider type. Water levels are compared with the ground in this
        precision (:meth:`in_stored_precision`). None: ``z``'s own dtype.
    """

    z: np.ndarray
    transform: Affine
    crs: CRS | None
    stored_dtype: str | None = None
    _units: tuple | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def shape(self) -> tuple[int, int]:
        return self.z.shape

    @property
    def units(self) -> CrsUnits:
        """The units of the grid's CRS (cached per CRS object)."""
        cached = self._units
        if cached is not None and cached[0] is self.crs:
            return cached[1]
        u = crs_units(self.crs)
        self._units = (self.crs, u)
        return u

    @property
    def m_per_unit(self) -> float:
        """Metres per unit of x/y (1 in a metric CRS, 0.3048006096 in US survey feet).

        Raises
        ------
        CRSError
            The CRS is geographic (degrees): a cell has no single size in metres; reproject first
            (:func:`floodplan.io.raster.metric_grid`).
        """
        u = self.units
        if u.angular:
            raise CRSError(
                f"the raster's CRS ({self.crs.to_string() if self.crs else '?'}) is in {unit_plural(u.horizontal)}: cell "
                "sizes and areas need a projected CRS; reproject it to a metric CRS (e.g. its UTM zone)"
            )
        return u.m_per_unit

    @property
    def dx(self) -> float:
        """Cell width (m), the CRS unit converted to metres (``transform.a`` is in the CRS's unit)."""
        return abs(self.transform.a) * self.m_per_unit

    @property
    def dy(self) -> float:
        """Cell height (m), the CRS unit converted to metres."""
        return abs(self.transform.e) * self.m_per_unit

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

    def in_stored_precision(self, value: float) -> float:
        """``value`` rounded to the precision the grid's values were stored in (float32 for most DEMs).

        A water level is compared with the ground in the DEM's own precision (docs/command-line.md,
        ``inundate``):
        101.2 m against a float32 cell holding 101.19999695 m (the float32 nearest 101.2) is a tie, and the
        cell is dry. Integer DEMs and float64 grids compare as they are.
        """
        dt = np.dtype(self.stored_dtype) if self.stored_dtype is not None else self.z.dtype
        if dt.kind == "f" and dt.itemsize < 8:
            with np.errstate(over="ignore"):
                return float(np.asarray(value, dtype=np.float64).astype(dt))
        return float(value)

    def like(self, z: np.ndarray) -> Grid:
        """A grid on the same georeference (and stored precision) holding other values."""
        if z.shape != self.z.shape:
            raise ValueError(f"shape {z.shape} does not match the grid's {self.z.shape}")
        stored = self.stored_dtype
        if stored is None and self.z.dtype.kind == "f" and self.z.dtype.itemsize < 8:
            stored = self.z.dtype.name  # a float32 DEM built in memory keeps its precision when widened
        return Grid(z, self.transform, self.crs, stored)
