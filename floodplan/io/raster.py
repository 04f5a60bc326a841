"""Reading and writing rasters (rasterio), with the checks and messages people need.

Any raster GDAL reads is accepted, including SRTM ``.hgt`` tiles and zipped files (through GDAL's
``/vsizip/`` virtual file system). Values come back as a :class:`~floodplan.core.grid.Grid` with NaN for
nodata. A DEM in a geographic CRS is reprojected to a metric one (the UTM zone of its centre unless the
caller names a CRS), because the engine measures areas, volumes and distances in metres.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import numpy as np
import rasterio
from affine import Affine
from rasterio.crs import CRS
from rasterio.enums import Resampling
from rasterio.errors import RasterioError
from rasterio.warp import calculate_default_transform, reproject, transform_bounds

from floodplan.core.grid import Grid, crs_units, unit_plural
from floodplan.errors import CRSError, InputError
from floodplan.notes import note

#: Nodata value written into float rasters (GeoTIFF and GeoPackage), since not every reader honours NaN.
NODATA = -9999.0

#: Elevations (m) outside this range that a raster does not tag as nodata are voids (docs/layers.md,
#: "Coordinate systems and units"):
#: below the Dead Sea shore's −430 m and above Everest's 8,849 m no ground lies, so such values are fill
#: values (SRTM's −32768, −9999, float32's 3.4e38) that a tool wrote without a nodata tag.
PLAUSIBLE_ELEVATION_M = (-500.0, 9000.0)

RASTER_SUFFIXES = (".tif", ".tiff", ".hgt", ".asc", ".vrt", ".img", ".dem", ".bil", ".nc", ".jp2")


def gdal_path(path: str | os.PathLike) -> str:
    """The path GDAL should open: a ``.zip`` holding one raster becomes ``/vsizip/...`` to that raster."""
    p = str(path)
    if p.startswith("/vsi"):
        return p
    if p.lower().endswith(".zip"):
        if not Path(p).exists():
            raise InputError(f"{p}: no such file; check the path.")
        try:
            with zipfile.ZipFile(p) as zf:
                names = [n for n in zf.namelist() if not n.endswith("/")]
        except zipfile.BadZipFile:
            raise InputError(f"{p}: not a readable zip archive; unpack it or download it again.") from None
        rasters = [n for n in names if n.lower().endswith(RASTER_SUFFIXES)]
        if not rasters:
            raise InputError(
                f"{p}: the zip archive holds no raster file GDAL can read ({', '.join(names[:5])})."
            )
        return f"/vsizip/{os.path.abspath(p)}/{rasters[0]}"
    return p


def utm_crs_for(lon: float, lat: float, prefer_etrs89: bool = True) -> CRS:
    """The UTM CRS of the zone holding (lon, lat) in degrees.

    ETRS89 / UTM zone zz N (EPSG:258zz, zones 28–38) in Europe, where national mapping uses it;
    elsewhere (or with ``prefer_etrs89`` false) WGS 84 / UTM (EPSG:326zz north, 327zz south).
    """
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
        raise InputError(
            f"longitude {lon} / latitude {lat} is not a position on Earth: give degrees (WGS 84)."
        )
    zone = min(int(np.floor((lon + 180.0) / 6.0)) + 1, 60)
    in_europe = -16.1 <= lon <= 40.2 and 32.0 <= lat <= 84.0 and 28 <= zone <= 38
    if prefer_etrs89 and in_europe:
        return CRS.from_epsg(25800 + zone)
    return CRS.from_epsg((32600 if lat >= 0 else 32700) + zone)


def mask_voids(z: np.ndarray, label: str, *, known_nodata: float | None = None) -> int:
    """Set untagged voids to NaN in place and count them in a note naming the file.

    A void is any value outside :data:`PLAUSIBLE_ELEVATION_M` (or infinite) that the file did not tag
    as nodata (docs/layers.md, "Coordinate systems and units"). ``known_nodata`` is a value the caller knows
    to be nodata although
    the file does not say so (floodplan's own :data:`NODATA` in a project's raster table): it becomes
    NaN without a note.

    Parameters
    ----------
    z : ndarray of float, shape (rows, cols)
        Elevations or depths (m), NaN nodata; changed in place.
    label : str
        The file, as the user knows it, for the note.

    Returns
    -------
    int
        The number of voids found (0: nothing changed, no note).
    """
    if known_nodata is not None:
        z[z == known_nodata] = np.nan
    lo, hi = PLAUSIBLE_ELEVATION_M
    with np.errstate(invalid="ignore"):
        bad = (z < lo) | (z > hi) | np.isinf(z)
    n = int(np.count_nonzero(bad))
    if n:
        values = np.unique(z[bad])
        shown = ", ".join(f"{v:g}" for v in values[:3]) + (", …" if len(values) > 3 else "")
        z[bad] = np.nan
        note(
            f"{label}: {n:,} cells hold values outside −500 … 9,000 m ({shown}) and no nodata tag; "
            "they are taken as nodata (voids)"
        )
    return n


def read_grid(
    path: str | os.PathLike,
    *,
    band: int = 1,
    table: str | None = None,
    name: str | None = None,
    voids: bool = True,
    known_nodata: float | None = None,
    drivers: tuple[str, ...] | None = None,
) -> Grid:
    """Read one band of a raster as a Grid (NaN nodata), in the file's own CRS.

    Elevations (and depths) are returned in metres: a compound CRS whose vertical axis is in feet has
    its values converted, with a note, and the grid keeps only the horizontal part of the CRS (its values
    are metres now). Values outside −500 … 9,000 m that the file does not tag as nodata are taken as
    nodata, with a note (:func:`mask_voids`; ``voids=False`` leaves them, for rasters that are not
    elevations or depths). ``known_nodata`` is a value the caller knows is nodata (see
    :func:`mask_voids`). The grid records the dtype the file stores (``stored_dtype``), for comparisons
    in the DEM's own precision.

    ``drivers``, when given, are the only GDAL drivers accepted: a file another driver opens is refused
    before any cell is read (a project's outside files use this to keep out formats that fetch data from
    elsewhere, such as WMS or VRT descriptions).

    Raises InputError with one sentence naming the file for: a missing or unreadable file, a rotated or
    sheared grid, a file with no valid cell, a driver not in ``drivers``. A missing CRS raises CRSError.
    """
    label = name or str(path)
    src_path = gdal_path(path)
    if not src_path.startswith("/vsi") and not Path(src_path).exists():
        raise InputError(f"{label}: no such file; check the path.")
    try:
        kwargs = {"table": table} if table else {}
        with rasterio.open(src_path, **kwargs) as ds:
            if drivers is not None and ds.driver not in drivers:
                raise InputError(
                    f"{label}: a {ds.driver} raster, which floodplan does not open from a project because it "
                    "may fetch data from elsewhere; convert it to a GeoTIFF (gdal_translate) and use that."
                )
            if ds.count < band:
                raise InputError(f"{label}: has {ds.count} band(s), band {band} was asked for.")
            t = ds.transform
            if t.b != 0 or t.d != 0:
                raise InputError(
                    f"{label}: the raster is rotated or sheared; warp it to a north-up grid first "
                    "(for example gdalwarp) and load that."
                )
            if ds.crs is None:
                raise CRSError(
                    f"{label}: the raster has no coordinate reference system; assign one (for example "
                    "with gdal_edit.py -a_srs EPSG:XXXX) and load it again."
                )
            _check_cell_size(label, t, ds.crs)
            data = ds.read(band, masked=True)
            crs = ds.crs
            dtype = ds.dtypes[band - 1]
    except InputError:
        raise
    except (RasterioError, OSError) as exc:
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(
            f"{label}: cannot be read as a raster ({msg}); check the file is complete."
        ) from None
    z = np.ma.filled(data.astype(np.float64), np.nan)
    crs = _metres_vertically(z, crs, label)
    if voids:
        mask_voids(z, label, known_nodata=known_nodata)
    elif known_nodata is not None:
        z[z == known_nodata] = np.nan
    if t.e > 0:  # stored south-up: flip the rows so that row 0 is the north edge, as the engine expects
        z = z[::-1].copy()
        t = Affine(t.a, 0.0, t.c, 0.0, -t.e, t.f + t.e * z.shape[0])
    if not np.isfinite(z).any():
        raise InputError(f"{label}: the raster has no valid cell (all nodata); choose another file.")
    return Grid(z, t, crs, stored_dtype=str(dtype))


#: Smallest cell side (m) a DEM or depth raster may have: no survey resolves ground below a millimetre,
#: so smaller cells mean a wrong geotransform (a unit mix-up), and work on them would need absurd memory
#: (roads sampled every half cell) or time (the 2-D model's time step shrinks with the cell).
MIN_CELL_M = 1e-3

#: Metres per degree of latitude (WGS 84 mean), for sizing cells of a raster in degrees.
_M_PER_DEGREE = 111_320.0


def _check_cell_size(label: str, t: Affine, crs: CRS) -> None:
    """Refuse cells smaller than :data:`MIN_CELL_M` before any array is allocated."""
    try:
        u = crs_units(crs)
    except Exception:  # noqa: BLE001 - a CRS PROJ cannot describe is refused elsewhere
        return
    factor = _M_PER_DEGREE if u.angular else u.m_per_unit
    side = min(abs(t.a), abs(t.e)) * factor
    if side < MIN_CELL_M:
        raise InputError(
            f"{label}: its cells are {abs(t.a):g} × {abs(t.e):g} (unit: {u.horizontal}), about {side:.2g} m, far "
            "smaller than any elevation or depth survey (1 mm); the geotransform is probably wrong (cell size "
            "in another unit?): fix it (gdal_edit.py -a_ullr or -tr) and load the file again."
        )


def estimate_bytes(count: float, bytes_each: float) -> str:
    """A memory size in words (``2.6 TiB``), for refusals that say what a request would need."""
    n = float(count) * float(bytes_each)
    for unit in ("bytes", "KiB", "MiB", "GiB", "TiB", "PiB"):
        if n < 1024.0 or unit == "PiB":
            return f"{n:.3g} {unit}" if unit != "bytes" else f"{n:.0f} bytes"
        n /= 1024.0
    return f"{n:.3g} PiB"


def _metres_vertically(z: np.ndarray, crs: CRS, label: str) -> CRS:
    """Convert ``z`` (in place) to metres when the CRS declares a vertical axis in another unit.

    Returns the CRS to keep: the horizontal part of a compound CRS whose values were converted (the
    vertical part would now describe the values wrongly), else ``crs`` unchanged.
    """
    try:
        units = crs_units(crs)
    except Exception:  # noqa: BLE001 - a CRS PROJ cannot describe: x/y are checked elsewhere
        return crs
    if units.vertical is None or units.vertical_m_per_unit == 1.0:
        return crs
    z *= units.vertical_m_per_unit
    import pyproj

    sub = pyproj.CRS.from_wkt(crs.to_wkt()).sub_crs_list
    horizontal = CRS.from_wkt(sub[0].to_wkt()) if sub else crs
    note(
        f"{label}: its vertical CRS is in {unit_plural(units.vertical)}; elevations converted to metres "
        f"(× {units.vertical_m_per_unit:.10g})"
    )
    return horizontal


def is_geographic(crs: CRS | None) -> bool:
    return crs is not None and crs.is_geographic


def reproject_grid(
    grid: Grid, dst_crs: CRS, *, resolution: float | None = None, resampling: Resampling = Resampling.bilinear
) -> Grid:
    """Reproject a Grid to another CRS (bilinear for elevations), keeping NaN as nodata.

    ``resolution`` is the target cell size in the target CRS's units; by default GDAL's estimate,
    rounded to a whole metre in a metric CRS.
    """
    if grid.crs is not None and CRS.from_user_input(dst_crs) == grid.crs:
        return grid
    rows, cols = grid.shape
    left, bottom, right, top = grid.bounds
    transform, width, height = calculate_default_transform(
        grid.crs, dst_crs, cols, rows, left, bottom, right, top, resolution=resolution
    )
    if resolution is None and not CRS.from_user_input(dst_crs).is_geographic:
        # Square cells of a whole number of metres whose area is close to the source cells' (a 3"
        # SRTM cell is ~68 × 93 m at 42° N: the mean side keeps the cell count, the larger would lose detail).
        res = max(1.0, round(float(np.sqrt(abs(transform.a * transform.e)))))
        transform, width, height = calculate_default_transform(
            grid.crs, dst_crs, cols, rows, left, bottom, right, top, resolution=res
        )
    out = np.full((height, width), np.nan, dtype=np.float64)
    reproject(
        source=grid.z,
        destination=out,
        src_transform=grid.transform,
        src_crs=grid.crs,
        src_nodata=np.nan,
        dst_transform=transform,
        dst_crs=dst_crs,
        dst_nodata=np.nan,
        resampling=resampling,
    )
    return Grid(out, transform, CRS.from_user_input(dst_crs), grid.stored_dtype)


def depth_on_metric_crs(grid: Grid, label: str, preferred: CRS | None = None) -> Grid:
    """A depth raster on a CRS in metres, for the road network (lengths and travel times in metres).

    A depth raster in degrees or feet is resampled (nearest neighbour, so dry stays exactly 0 and wet
    keeps its depths) onto ``preferred`` when that is a projected CRS in metres, else onto the UTM zone of
    its centre, at a square cell close to its own size; a note says so. A metric one is returned as it is.
    """
    u = crs_units(grid.crs)
    if not u.angular and u.m_per_unit == 1.0:
        return grid
    if preferred is not None:
        pu = crs_units(preferred)
        if pu.angular or pu.m_per_unit != 1.0:
            preferred = None
    if preferred is None:
        w, s, e, n = bounds_lonlat(grid)
        preferred = utm_crs_for((w + e) / 2, (s + n) / 2)
    res = None
    if not u.angular:
        res = max(MIN_CELL_M, float(np.sqrt(abs(grid.transform.a * grid.transform.e))) * u.m_per_unit)
    out = reproject_grid(grid, CRS.from_user_input(preferred), resolution=res, resampling=Resampling.nearest)
    note(
        f"{label}: in {unit_plural(u.horizontal)} ({grid.crs.to_string()}); resampled (nearest neighbour) onto "
        f"{out.crs.to_string()} at {out.dx:g} m cells for the roads"
    )
    return out


def metric_grid(
    grid: Grid, working_crs: CRS | None = None, *, metres: bool = False, label: str | None = None
) -> Grid:
    """The grid in a projected CRS: ``working_crs`` when given, else its own if already projected, else
    the UTM zone of its centre.

    A projected CRS in another linear unit (feet) is kept by default: the grid converts its cell sizes
    (:attr:`Grid.m_per_unit`), and a depth raster written on it lies on the DEM's own grid. With ``metres``
    true (a project's working CRS, in which vector lengths are measured too) it is reprojected to the UTM
    zone of its centre instead, with a note naming ``label``.
    """
    if working_crs is not None:
        return reproject_grid(grid, working_crs)
    if not is_geographic(grid.crs):
        if not metres or crs_units(grid.crs).m_per_unit == 1.0:
            return grid
    w, s, e, n = bounds_lonlat(grid) if not is_geographic(grid.crs) else grid.bounds
    out = reproject_grid(grid, utm_crs_for((w + e) / 2, (s + n) / 2))
    if not is_geographic(grid.crs):
        note(
            f"{label or 'the DEM'}: in {unit_plural(crs_units(grid.crs).horizontal)} ({grid.crs.to_string()}); "
            f"reprojected to {out.crs.to_string()} (metres) at {out.dx:g} m cells, the project's working CRS"
        )
    return out


def write_grid(
    grid: Grid, path: str | os.PathLike, *, dtype: str = "float32", nodata: float = NODATA
) -> Path:
    """Write a Grid as a compressed, tiled GeoTIFF (NaN becomes ``nodata``)."""
    path = Path(path)
    z = np.where(np.isfinite(grid.z), grid.z, nodata).astype(dtype)
    rows, cols = grid.shape
    profile = dict(
        driver="GTiff",
        width=cols,
        height=rows,
        count=1,
        dtype=dtype,
        crs=grid.crs,
        transform=grid.transform,
        nodata=nodata,
        compress="deflate",
        predictor=3 if dtype.startswith("float") else 2,
    )
    if rows >= 256 and cols >= 256:
        profile.update(tiled=True, blockxsize=256, blockysize=256)
    with rasterio.open(path, "w", **profile) as ds:
        ds.write(z, 1)
    return path


def bounds_lonlat(grid: Grid) -> tuple[float, float, float, float]:
    """(west, south, east, north) of the grid in degrees of WGS 84."""
    return transform_bounds(grid.crs, "EPSG:4326", *grid.bounds)


def grid_from_array(z: np.ndarray, transform: Affine, crs) -> Grid:
    return Grid(np.asarray(z, dtype=float), transform, CRS.from_user_input(crs) if crs is not None else None)
