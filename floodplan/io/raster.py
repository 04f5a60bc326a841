"""Reading and writing rasters (rasterio), with the checks and messages people need.

Any raster GDAL reads is accepted, including SRTM ``.hgt`` tiles and zipped files (through GDAL's
``/vsizip/`` virtual file system). Values come back as a :class:`~floodplan.sim.grid.Grid` with NaN for
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

from floodplan.errors import CRSError, InputError
from floodplan.sim.grid import Grid

#: Nodata value written into float rasters (GeoTIFF and GeoPackage), since not every reader honours NaN.
NODATA = -9999.0

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


def read_grid(
    path: str | os.PathLike,
    *,
    band: int = 1,
    table: str | None = None,
    name: str | None = None,
    drivers: tuple[str, ...] | None = None,
) -> Grid:
    """Read one band of a raster as a Grid (NaN nodata), in the file's own CRS.

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
            data = ds.read(band, masked=True)
            crs = ds.crs
    except InputError:
        raise
    except (RasterioError, OSError) as exc:
        msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(
            f"{label}: cannot be read as a raster ({msg}); check the file is complete."
        ) from None
    z = np.ma.filled(data.astype(np.float64), np.nan)
    if t.e > 0:  # stored south-up: flip the rows so that row 0 is the north edge, as the engine expects
        z = z[::-1].copy()
        t = Affine(t.a, 0.0, t.c, 0.0, -t.e, t.f + t.e * z.shape[0])
    if not np.isfinite(z).any():
        raise InputError(f"{label}: the raster has no valid cell (all nodata); choose another file.")
    return Grid(z, t, crs)


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
    return Grid(out, transform, CRS.from_user_input(dst_crs))


def metric_grid(grid: Grid, working_crs: CRS | None = None) -> Grid:
    """The grid in a metric CRS: ``working_crs`` when given, else its own if already projected, else
    the UTM zone of its centre."""
    if working_crs is not None:
        return reproject_grid(grid, working_crs)
    if not is_geographic(grid.crs):
        return grid
    w, s, e, n = grid.bounds
    return reproject_grid(grid, utm_crs_for((w + e) / 2, (s + n) / 2))


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
