"""Figures of a flood per jurisdiction and per country, extent polygons, and the ``inundate --json`` object.

A cell belongs to the jurisdiction whose polygon holds its centre (rasterised once into a zone grid);
where jurisdiction polygons overlap, the later row wins. Several rows with the same ``name`` are one
jurisdiction.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import rasterio.features
import shapely

from floodplan.core.grid import Grid
from floodplan.errors import InputError
from floodplan.sim.inundation import InundationResult
from floodplan.sim.terrain import to_grid_crs

__all__ = ["extent_polygons", "inundation_json", "jurisdiction_names", "jurisdiction_stats", "zone_grid"]


def jurisdiction_names(jurisdictions: gpd.GeoDataFrame, layer: str = "jurisdictions") -> tuple[list, list]:
    """(name, country) of every row, as strings; InputError when ``name`` is missing."""
    if "name" not in jurisdictions.columns:
        raise InputError(
            f"{layer}: the layer has no 'name' attribute; give every jurisdiction polygon a name"
        )
    names = [str(v) for v in jurisdictions["name"].values]
    if "country" in jurisdictions.columns:
        countries = ["" if v is None else str(v) for v in jurisdictions["country"].values]
    else:
        countries = [""] * len(names)
    return names, countries


def zone_grid(jurisdictions: gpd.GeoDataFrame, grid: Grid) -> np.ndarray:
    """Row index (0..n-1) of the jurisdiction holding each cell's centre; -1 outside every polygon.

    Parameters
    ----------
    jurisdictions : GeoDataFrame
        Polygons (reprojected to the grid's CRS when needed).
    grid : Grid
        The raster whose cells are labelled.

    Returns
    -------
    ndarray of int32, shape ``grid.shape``
    """
    jur = to_grid_crs(jurisdictions, grid)
    shapes = [(g, i) for i, g in enumerate(jur.geometry.values) if g is not None and not g.is_empty]
    if not shapes:
        return np.full(grid.shape, -1, np.int32)
    return rasterio.features.rasterize(
        shapes, out_shape=grid.shape, transform=grid.transform, fill=-1, all_touched=False, dtype="int32"
    )


def jurisdiction_stats(
    depth: np.ndarray, zones: np.ndarray, jurisdictions: gpd.GeoDataFrame, cell_area: float
) -> dict:
    """Flooded area (m²) and volume (m³) per jurisdiction name and per country.

    Parameters
    ----------
    depth : ndarray
        Depth (m), 0 dry, NaN nodata.
    zones : ndarray of int
        From :func:`zone_grid` on the same grid.
    jurisdictions : GeoDataFrame
        The rows ``zones`` indexes (``name``, ``country``).
    cell_area : float
        Area of one cell (m²).

    Returns
    -------
    dict
        ``{"jurisdictions": {name: {"country", "flooded_area_m2", "volume_m3"}}, "countries": {country:
        {"flooded_area_m2", "volume_m3"}}}``; every jurisdiction and country is listed, flooded or not.
    """
    names, countries = jurisdiction_names(jurisdictions)
    n = len(names)
    d = np.asarray(depth).ravel()
    z = np.asarray(zones).ravel()
    wet = (d > 0) & (z >= 0)
    cells = np.bincount(z[wet], minlength=n)[:n]
    vol = np.bincount(z[wet], weights=d[wet].astype(np.float64), minlength=n)[:n]
    out_j: dict = {}
    out_c: dict = {}
    for i in range(n):
        j = out_j.setdefault(names[i], {"country": countries[i], "flooded_area_m2": 0.0, "volume_m3": 0.0})
        j["flooded_area_m2"] += float(cells[i]) * cell_area
        j["volume_m3"] += float(vol[i]) * cell_area
    for name, j in out_j.items():
        c = out_c.setdefault(j["country"], {"flooded_area_m2": 0.0, "volume_m3": 0.0})
        c["flooded_area_m2"] += j["flooded_area_m2"]
        c["volume_m3"] += j["volume_m3"]
        del name
    return {"jurisdictions": out_j, "countries": out_c}


def extent_polygons(
    depth_grid: Grid, jurisdictions: gpd.GeoDataFrame | None = None, zones: np.ndarray | None = None
) -> gpd.GeoDataFrame:
    """Flooded area as polygons in the grid's CRS, split along jurisdiction boundaries (cell edges).

    Parameters
    ----------
    depth_grid : Grid
        Depth (m), 0 dry, NaN nodata.
    jurisdictions : GeoDataFrame, optional
        With ``name`` (and ``country``); each polygon then carries the jurisdiction its cells lie in
        (None outside every jurisdiction).
    zones : ndarray, optional
        A precomputed :func:`zone_grid` for ``jurisdictions``.

    Returns
    -------
    GeoDataFrame
        Columns ``jurisdiction``, ``country``, ``area_m2``, ``max_depth_m``, geometry (one row per
        connected flooded piece within one jurisdiction). Empty (with those columns) when nothing floods.
    """
    d = np.asarray(depth_grid.z)
    wet = d > 0  # NaN compares False
    label = wet.astype(np.int32)
    names: list = []
    countries: list = []
    if jurisdictions is not None and len(jurisdictions):
        names, countries = jurisdiction_names(jurisdictions)
        if zones is None:
            zones = zone_grid(jurisdictions, depth_grid)
        label = np.where(wet, zones.astype(np.int32) + 2, 0).astype(np.int32)  # 1 = outside, 2.. = row + 2
    geoms, jn, jc = [], [], []
    for geom, value in rasterio.features.shapes(
        label, mask=wet, transform=depth_grid.transform, connectivity=4
    ):
        geoms.append(shapely.geometry.shape(geom))
        v = int(value)
        if names and v >= 2:
            jn.append(names[v - 2])
            jc.append(countries[v - 2])
        else:
            jn.append(None)
            jc.append(None)
    gs = np.asarray(geoms, dtype=object)
    # Polygon areas are in the CRS's unit squared (ft² for a DEM in feet): convert to m².
    area = shapely.area(gs) * depth_grid.m_per_unit**2 if len(gs) else np.zeros(0)
    # Deepest water per piece: rasterise the pieces back would cost a pass each; label pieces instead.
    max_depth = np.zeros(len(gs))
    if len(gs):
        ids = rasterio.features.rasterize(
            [(g, i + 1) for i, g in enumerate(gs)],
            out_shape=d.shape,
            transform=depth_grid.transform,
            fill=0,
            dtype="int32",
        )
        sel = wet & (ids > 0)
        np.maximum.at(max_depth, ids[sel] - 1, d[sel].astype(float))
    return gpd.GeoDataFrame(
        {"jurisdiction": jn, "country": jc, "area_m2": area, "max_depth_m": max_depth},
        geometry=list(gs),
        crs=depth_grid.crs,
    )


def inundation_json(result: InundationResult, stats: dict | None = None) -> dict:
    """The ``floodplan inundate --json`` object, with exactly docs/command-line.md's keys.

    Parameters
    ----------
    result : InundationResult
    stats : dict, optional
        From :func:`jurisdiction_stats`; ``jurisdictions`` is ``{}`` without it.
    """
    jur = {}
    if stats is not None:
        for name, j in stats["jurisdictions"].items():
            jur[name] = {"flooded_area_m2": float(j["flooded_area_m2"]), "volume_m3": float(j["volume_m3"])}
    out = {
        "level_m": None if result.level_m is None else float(result.level_m),
        "flooded_cells": int(result.flooded_cells),
        "flooded_area_m2": float(result.flooded_area_m2),
        "volume_m3": float(result.volume_m3),
        "max_depth_m": float(result.max_depth_m),
        "jurisdictions": jur,
    }
    if result.requested_volume_m3 is not None:
        # Volume mode (docs/command-line.md, inundate added): what was asked; volume_m3 is what the flood
        # holds.
        out["requested_volume_m3"] = float(result.requested_volume_m3)
    return out
