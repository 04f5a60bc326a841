"""Describe a project or any GIS file for ``floodplan info``: layers, CRS, extent, counts, attributes."""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Any

import numpy as np
import pyogrio
import rasterio
from rasterio.errors import RasterioError

from floodplan.core.grid import crs_units, unit_plural
from floodplan.errors import InputError
from floodplan.io.layers import is_raster_path
from floodplan.io.projectfile import is_project_file, open_project, readable_sqlite
from floodplan.io.raster import PLAUSIBLE_ELEVATION_M, gdal_path
from floodplan.io.vector import list_layers, split_layer_spec, vsi_path


def _crs_text(crs) -> str | None:
    if crs is None:
        return None
    epsg = crs.to_epsg() if hasattr(crs, "to_epsg") else None
    name = getattr(crs, "name", None) or (crs.to_string() if hasattr(crs, "to_string") else str(crs))
    try:
        from pyproj import CRS as PCRS

        name = PCRS.from_user_input(crs).name
    except Exception:  # noqa: BLE001 - a name is a nicety; fall back to the string form
        pass
    return f"EPSG:{epsg} ({name})" if epsg else str(name)


def describe(path: str | os.PathLike) -> dict[str, Any]:
    """A JSON-ready description of a project, a raster or a vector file.

    Raises InputError with one sentence naming the file when it cannot be read.
    """
    p, only = split_layer_spec(path)
    if not p.startswith("/vsi") and not Path(p).exists():
        raise InputError(f"{p}: no such file; check the path.")
    if only is not None:
        # One layer of a multi-layer file, named the QGIS way (PATH|layername=NAME).
        info = describe_vector(p)
        chosen = [
            lyr
            for i, lyr in enumerate(info["layers"])
            if lyr["name"] == only or (isinstance(only, int) and i == only)
        ]
        if not chosen:
            names = ", ".join(lyr["name"] for lyr in info["layers"])
            raise InputError(f"{p}: no layer named '{only}'; the file holds {names}.")
        return {**info, "layers": chosen}
    if p.lower().endswith(".gpkg") and (is_project_file(p) or not readable_sqlite(p)):
        # A .gpkg that is not even SQLite (truncated, renamed, damaged): the project reader's one sentence
        # says what is wrong with it.
        return describe_project(p)
    if is_raster_path(p):
        return describe_raster(p)
    try:
        return describe_vector(p)
    except InputError:
        # Not a vector file GDAL knows: maybe a raster with an unusual extension.
        try:
            return describe_raster(p)
        except InputError:
            raise InputError(
                f"{p}: GDAL cannot read it as a vector or raster file; check the file and its format."
            ) from None


def describe_project(path) -> dict[str, Any]:
    project = open_project(path)
    layers = []
    for lyr in project.layers:
        item: dict[str, Any] = {"name": lyr.name, "role": lyr.role}
        if lyr.is_raster:
            g = lyr.data
            item.update(
                kind="raster",
                shape=list(g.shape),
                cell_size_m=[g.dx, g.dy],
                bounds=list(g.bounds),
                valid_cells=int(np.isfinite(g.z).sum()),
            )
        else:
            d = lyr.data
            item.update(
                kind="vector",
                count=len(d),
                geometry=sorted(map(str, d.geometry.geom_type.dropna().unique())),
                bounds=[float(v) for v in d.total_bounds] if len(d) else None,
                attributes=[c for c in d.columns if c != d.geometry.name],
            )
        if lyr.attribution:
            item["attribution"] = lyr.attribution
        layers.append(item)
    return {
        "path": str(Path(path).resolve()),
        "type": "project",
        "crs": _crs_text(project.crs),
        "layers": layers,
        "scenarios": [
            {"name": s.name, "flood": s.flood, "mode": s.mode, "description": s.description}
            for s in project.scenarios.values()
        ],
        # Plan versions (docs/command-line.md, `floodplan snapshot` and `floodplan progress`), oldest first.
        "snapshots": [s.summary() for s in getattr(project, "snapshots", [])],
    }


def describe_raster(path) -> dict[str, Any]:
    src = gdal_path(path)
    try:
        with rasterio.open(src) as ds:
            info: dict[str, Any] = {
                "path": str(path),
                "type": "raster",
                "driver": ds.driver,
                "width": ds.width,
                "height": ds.height,
                "bands": ds.count,
                "dtype": ds.dtypes[0],
                "crs": _crs_text(ds.crs),
                "bounds": list(ds.bounds),
                "resolution": list(ds.res),
                "nodata": ds.nodata,
                "rotated": bool(ds.transform.b != 0 or ds.transform.d != 0),
                "_crs_obj": ds.crs,
            }
            band = ds.read(1, masked=True)
    except (RasterioError, OSError) as exc:
        msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"{path}: cannot be read as a raster ({msg}); check the file is complete.") from None
    valid = band.count() if np.ma.isMaskedArray(band) else band.size
    data = band.compressed() if np.ma.isMaskedArray(band) else band.ravel()
    if data.dtype.kind == "f":
        data = data[np.isfinite(data)]
        valid = int(data.size)
    info["valid_cells"] = int(valid)
    if data.size:
        info["min"] = float(data.min())
        info["max"] = float(data.max())
    warnings_list = []
    info.update(_raster_units(info.get("_crs_obj")))
    info.pop("_crs_obj", None)
    lo, hi = PLAUSIBLE_ELEVATION_M
    implausible = int(np.count_nonzero((data < lo) | (data > hi))) if data.size else 0
    if implausible:
        warnings_list.append(
            f"{implausible:,} cells hold values outside −500 … 9,000 m and no nodata tag; as a DEM they are "
            "taken as nodata (voids)"
        )
    if info["crs"] is None:
        warnings_list.append("no coordinate reference system: assign one before loading it into a project")
    if info["rotated"]:
        warnings_list.append("rotated grid: warp it to north-up before loading it into a project")
    if valid == 0:
        warnings_list.append("no valid cell (all nodata): it cannot serve as a DEM")
    info["warnings"] = warnings_list
    return info


def _raster_units(crs) -> dict[str, Any]:
    """The horizontal unit of a raster's CRS and the vertical-unit rule (docs/layers.md, "Coordinate systems
    and units")."""
    if crs is None:
        return {"horizontal_unit": None, "metres_per_unit": None, "vertical_unit": VERTICAL_ASSUMED}
    try:
        u = crs_units(crs)
    except Exception:  # noqa: BLE001 - a CRS PROJ cannot describe: say nothing rather than guess
        return {"horizontal_unit": None, "metres_per_unit": None, "vertical_unit": VERTICAL_ASSUMED}
    vertical = VERTICAL_ASSUMED
    if u.vertical is not None:
        vertical = f"{u.vertical} (the vertical CRS says so; converted to metres when read)"
    return {
        "horizontal_unit": u.horizontal,
        "metres_per_unit": None if u.angular else u.m_per_unit,
        "vertical_unit": vertical,
    }


#: What ``info`` says of elevations when the file declares no vertical CRS.
VERTICAL_ASSUMED = "metre (assumed: elevations are taken as metres unless the vertical CRS says otherwise)"


def describe_vector(path) -> dict[str, Any]:
    layers = []
    for name, gtype in list_layers(path):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                meta = pyogrio.read_info(vsi_path(path), layer=name)
                if meta.get("features", -1) < 0:
                    # Drivers that cannot count cheaply (OpenStreetMap .pbf) report -1: count by reading.
                    meta = pyogrio.read_info(vsi_path(path), layer=name, force_feature_count=True)
        except Exception as exc:  # noqa: BLE001 - pyogrio raises several types; all mean "unreadable"
            raise InputError(
                f"{path}, layer '{name}': cannot be read ({str(exc).splitlines()[0]})."
            ) from None
        item = {
            "name": name,
            "geometry": gtype,
            "count": int(meta.get("features", -1)),
            "crs": meta.get("crs"),
            "bounds": [float(v) for v in meta["total_bounds"]]
            if meta.get("total_bounds") is not None
            else None,
            "attributes": list(meta.get("fields", [])),
        }
        if gtype is not None and meta.get("crs") is None:
            item["warning"] = (
                "no coordinate reference system (a shapefile without its .prj?): assign one before loading"
            )
        layers.append(item)
    if not layers:
        raise InputError(f"{path}: GDAL finds no layer in the file; check the file and its format.")
    return {"path": str(path), "type": "vector", "layers": layers}


def format_description(info: dict[str, Any]) -> str:
    """Human-readable text of a description."""
    lines = [f"{info['path']}  ({info['type']})"]
    if info["type"] == "project":
        lines.append(f"  working CRS: {info['crs']}")
        lines.append("  layers:")
        for lyr in info["layers"]:
            if lyr["kind"] == "raster":
                lines.append(
                    f"    {lyr['name']:<22} {lyr['role']:<13} raster {lyr['shape'][1]}×{lyr['shape'][0]} cells of "
                    f"{lyr['cell_size_m'][0]:g} m, extent {_bounds(lyr['bounds'])}"
                )
            else:
                geom = "/".join(lyr["geometry"]) or "empty"
                lines.append(
                    f"    {lyr['name']:<22} {lyr['role']:<13} {lyr['count']:>6} {geom}, extent {_bounds(lyr['bounds'])}"
                )
                lines.append(f"    {'':<22} {'':<13} attributes: {', '.join(lyr['attributes'])}")
        lines.append("  scenarios:")
        for s in info["scenarios"]:
            lines.append(
                f"    {s['name']:<22} {s['flood']} flood, {s['mode']} response"
                + (f" — {s['description']}" if s["description"] else "")
            )
        if not info["scenarios"]:
            lines.append("    (none)")
        if "snapshots" in info:
            lines.append("  versions:")
            for v in info["snapshots"]:
                lines.append(f"    {v['name']:<22} {v['date']}" + (f" — {v['note']}" if v["note"] else ""))
            if not info["snapshots"]:
                lines.append("    (none)")
    elif info["type"] == "raster":
        lines.append(
            f"  driver {info['driver']}, {info['width']}×{info['height']} cells, {info['bands']} band(s), {info['dtype']}"
        )
        lines.append(f"  CRS: {info['crs']}")
        lines.append(
            f"  extent: {_bounds(info['bounds'])}, cell size {info['resolution'][0]:g} × {info['resolution'][1]:g}"
        )
        lines.append(f"  units: {_unit_sentence(info)}")
        lines.append(
            f"  nodata: {info['nodata']}, valid cells: {info['valid_cells']}"
            + (f", values {info['min']:g} to {info['max']:g}" if "min" in info else "")
        )
        for w in info["warnings"]:
            lines.append(f"  warning: {w}")
    else:
        for lyr in info["layers"]:
            lines.append(
                f"  layer {lyr['name']}: {lyr['count']} {lyr['geometry'] or 'table'} feature(s), CRS {lyr['crs']}"
            )
            if lyr["bounds"] is not None:
                lines.append(f"    extent: {_bounds(lyr['bounds'])}")
            lines.append(f"    attributes: {', '.join(lyr['attributes']) or '(none)'}")
            if "warning" in lyr:
                lines.append(f"    warning: {lyr['warning']}")
    return "\n".join(lines)


def _unit_sentence(info: dict[str, Any]) -> str:
    h = info.get("horizontal_unit")
    if h is None:
        xy = "x/y unit unknown"
    elif info.get("metres_per_unit") is None:
        xy = f"x/y in {unit_plural(h)} (reprojected to a metric CRS for the engine)"
    elif info["metres_per_unit"] == 1.0:
        xy = "x/y in metres"
    else:
        xy = f"x/y in {h} (1 {h} = {info['metres_per_unit']:.10g} m; areas and volumes are converted to m², m³)"
    v = info.get("vertical_unit", VERTICAL_ASSUMED)
    return f"{xy}; elevations in {v}"


def _bounds(b) -> str:
    if b is None:
        return "none"
    return f"[{b[0]:.6g}, {b[1]:.6g}, {b[2]:.6g}, {b[3]:.6g}]"
