"""Reading vector layers (pyogrio/geopandas) with the checks and messages people need.

Any format GDAL reads is accepted (GeoPackage, Shapefile, GeoJSON, FlatGeobuf, zipped files...).
Invalid geometries are repaired (``shapely.make_valid``) and counted; a layer without a CRS is refused,
because guessing one puts a whole country in the wrong place.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import shapely
from pyogrio.errors import DataLayerError, DataSourceError

from floodplan.errors import CRSError, InputError


def vsi_path(path: str | os.PathLike) -> str:
    """Zipped vector files open through /vsizip/ (pyogrio does this for .zip too; be explicit)."""
    p = str(path)
    if p.lower().endswith(".zip") and not p.startswith("/vsi"):
        return f"/vsizip/{os.path.abspath(p)}"
    return p


def list_layers(path: str | os.PathLike) -> list[tuple[str, str | None]]:
    """(name, geometry type) of each layer GDAL finds in a vector file; InputError when unreadable."""
    _exists(path)
    try:
        return [(str(n), None if g is None else str(g)) for n, g in pyogrio.list_layers(vsi_path(path))]
    except (DataSourceError, DataLayerError, OSError) as exc:
        raise InputError(f"{path}: cannot be read as a vector file ({_first_line(exc)}).") from None


def read_vector(
    path: str | os.PathLike,
    layer: str | int | None = None,
    *,
    allow_empty: bool = True,
    notes: list[str] | None = None,
) -> gpd.GeoDataFrame:
    """Read one layer of a vector file.

    Parameters
    ----------
    path : path of any file GDAL reads.
    layer : layer name or index (default: the first layer).
    allow_empty : when False, a layer with no feature raises InputError.
    notes : a list that receives a sentence for each repair made (invalid geometries fixed).

    Raises
    ------
    InputError naming the file (and layer) for a missing or unreadable file, an unknown layer, an empty
    layer (if not allowed) or a layer without geometry; CRSError for a layer without a CRS.
    """
    _exists(path)
    label = f"{path}" + (f", layer '{layer}'" if layer is not None else "")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            # "fix" closes unclosed rings and turns geometries GEOS cannot build (a ring of 2 points) into
            # missing ones, which repair_geometries then counts and leaves out instead of failing the file.
            gdf = pyogrio.read_dataframe(vsi_path(path), layer=layer, on_invalid="fix")
    except (DataSourceError, DataLayerError, OSError, ValueError) as exc:
        raise InputError(f"{label}: cannot be read as a vector layer ({_first_line(exc)}).") from None
    if not isinstance(gdf, gpd.GeoDataFrame) or gdf.geometry.name not in gdf.columns:
        raise InputError(f"{label}: the layer has no geometry; give a layer of points, lines or polygons.")
    if gdf.crs is None:
        raise CRSError(
            f"{label}: the layer has no coordinate reference system (a shapefile without its .prj?); "
            "assign one in a GIS (or with ogr2ogr -a_srs EPSG:XXXX) and load it again."
        )
    if len(gdf) == 0 and not allow_empty:
        raise InputError(f"{label}: the layer is empty; give a layer with at least one feature.")
    gdf = repair_geometries(gdf, label, notes)
    return gdf


def repair_geometries(gdf: gpd.GeoDataFrame, label: str, notes: list[str] | None = None) -> gpd.GeoDataFrame:
    """Drop missing/empty geometries and repair invalid ones, noting how many of each."""
    geoms = gdf.geometry.values
    missing = shapely.is_missing(np.asarray(geoms)) | shapely.is_empty(np.asarray(geoms))
    if missing.any():
        gdf = gdf.loc[~missing].copy()
        if notes is not None:
            notes.append(
                f"{label}: {int(missing.sum())} feature(s) with a missing or unreadable geometry left out."
            )
    arr = np.asarray(gdf.geometry.values)
    invalid = ~shapely.is_valid(arr)
    if invalid.any():
        gdf = gdf.copy()
        fixed = arr.copy()
        fixed[invalid] = shapely.make_valid(arr[invalid])
        gdf[gdf.geometry.name] = gpd.GeoSeries(fixed, index=gdf.index, crs=gdf.crs)
        if notes is not None:
            notes.append(
                f"{label}: {int(invalid.sum())} invalid geometr{'y' if invalid.sum() == 1 else 'ies'} repaired."
            )
    return gdf


def to_crs(gdf: gpd.GeoDataFrame, crs, label: str = "layer") -> gpd.GeoDataFrame:
    """Reproject a layer to the working CRS (no-op when it is already there)."""
    if crs is None or gdf.crs == crs:
        return gdf
    if gdf.crs is None:
        raise CRSError(
            f"{label}: the layer has no coordinate reference system; assign one and load it again."
        )
    return gdf.to_crs(crs)


def _exists(path) -> None:
    p = str(path)
    if not p.startswith("/vsi") and not Path(p).exists():
        raise InputError(f"{p}: no such file; check the path.")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
