"""Write a dynamic flood simulation's rasters as the contract's ``floodplan simulate`` outputs.

Files in the output folder (all float32 GeoTIFFs on the DEM's grid and CRS, nodata -9999):
``max_depth.tif`` (m), ``arrival_minutes.tif`` (minutes; nodata where the water never arrived),
``depth_MMMM.tif`` for each snapshot (m; MMMM = minutes zero-padded to 4 digits) and ``final_depth.tif``
(m). Depths are 0 where dry and nodata where the DEM has none.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import rasterio

from floodplan.core.checks import refuse_with
from floodplan.core.grid import Grid
from floodplan.errors import InputError

NODATA = -9999.0


def minute_label(minute: float) -> str:
    """``'0030'`` for 30 minutes; a fractional minute keeps its decimals (``'0007.5'``)."""
    m = float(minute)
    if abs(m - round(m)) < 1e-9:
        return f"{int(round(m)):04d}"
    return f"{m:06.1f}" if abs(m * 10 - round(m * 10)) < 1e-9 else f"{m:09.3f}"


def _write(path: Path, z: np.ndarray, crs, transform) -> None:
    data = np.where(np.isfinite(z), z, NODATA).astype(np.float32)
    profile = {
        "driver": "GTiff",
        "height": data.shape[0],
        "width": data.shape[1],
        "count": 1,
        "dtype": "float32",
        "crs": crs,
        "transform": transform,
        "nodata": NODATA,
        "compress": "deflate",
    }
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(data, 1)


def write_outputs(result, out_dir, crs=None, transform=None) -> dict[str, Path]:
    """Write a :class:`~floodplan.sim.hydro.SimulationResult`'s rasters into ``out_dir``.

    Parameters
    ----------
    result : SimulationResult
        The simulation's result.
    out_dir : str or Path
        Folder to write into (created if missing).
    crs : rasterio CRS, optional
        CRS of the DEM; default: the result grids' own.
    transform : affine.Affine, optional
        Geotransform of the DEM; default: the result grids' own.

    Returns
    -------
    dict
        File name -> path of every raster written.
    """
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise refuse_with(
            "out",
            "folder",
            f"{out}: cannot create the output folder ({exc.strerror or exc}); choose another {{what}}",
        ) from None
    grid: Grid = result.max_depth
    crs = grid.crs if crs is None else crs
    transform = grid.transform if transform is None else transform
    layers = {
        "max_depth.tif": result.max_depth.z,
        "arrival_minutes.tif": result.arrival_minutes.z,
        "final_depth.tif": result.final_depth.z,
    }
    for minute, g in sorted(result.snapshots.items()):
        layers[f"depth_{minute_label(minute)}.tif"] = g.z
    written = {}
    for name, z in layers.items():
        path = out / name
        try:
            _write(path, np.asarray(z, dtype=np.float64), crs, transform)
        except rasterio.errors.RasterioIOError as exc:
            raise InputError(
                f"{path}: cannot write the raster ({exc}); check the folder is writable"
            ) from None
        written[name] = path
    return written
