"""The project file: one GeoPackage that QGIS and GDAL open as it is.

Layout inside the GeoPackage
----------------------------
- every vector layer as a feature table of the same name (attributes as in CONTRACT.md);
- every raster layer embedded as a GeoPackage raster table (float32 "2D gridded coverage", TIFF tiles,
  nodata -9999), or, when the layer is marked external, referenced by a path relative to the project;
- ``floodplan_meta`` (key, value): ``format_version``, ``floodplan_version``, ``crs`` (WKT), ``settings``
  (JSON);
- ``floodplan_layers``: position, name, role, kind (vector/raster), storage (embedded/external), path,
  style (JSON), source, attribution, extra (JSON);
- ``floodplan_scenarios``: position, name, definition (JSON of :class:`~floodplan.model.scenario.Scenario`).
The three floodplan tables are registered in ``gpkg_contents`` as attribute tables.

Saving writes a complete new file beside the old one, flushes it to disk and then renames it over the old
one (``os.replace``, atomic on POSIX and Windows), so a crash or a kill mid-save leaves the old file intact.
"""

from __future__ import annotations

import json
import os
import sqlite3
import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import rasterio
from rasterio.crs import CRS

import floodplan
from floodplan.errors import FloodplanError, InputError, ProjectVersionError
from floodplan.io.raster import NODATA, read_grid
from floodplan.io.snapshots import read_snapshots, write_snapshots
from floodplan.model.project import Layer, Project
from floodplan.model.scenario import Scenario
from floodplan.sim.grid import Grid

META, LAYERS, SCENARIOS = "floodplan_meta", "floodplan_layers", "floodplan_scenarios"

_EMPTY_TYPES = {
    "river": "LineString",
    "roads": "LineString",
    "defenses": "LineString",
    "jurisdictions": "Polygon",
    "assets": "Polygon",
    "resources": "Point",
    "profile": "Point",
    "candidates": "Point",
}


# ---------------------------------------------------------------- save
def save_project(project: Project, path: str | os.PathLike | None = None) -> Path:
    """Write the project to ``path`` (default: its own path) atomically, and mark it clean.

    Raises FloodplanError with the reason when the file cannot be written; the old file is then intact.
    """
    target = Path(path) if path is not None else project.path
    if target is None:
        raise InputError("the project has no file yet; choose where to save it.")
    target = target.with_suffix(".gpkg") if target.suffix.lower() != ".gpkg" else target
    target = target.resolve()
    if not target.parent.is_dir():
        raise InputError(f"{target}: the folder does not exist; choose another place.")
    tmp = target.with_name(f".{target.stem}.saving-{os.getpid()}.gpkg")
    try:
        _write(project, tmp, target.parent)
        _fsync(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException as exc:
        for leftover in (tmp, Path(str(tmp) + "-journal"), Path(str(tmp) + "-wal")):
            try:
                leftover.unlink()
            except FileNotFoundError:
                pass
        if isinstance(exc, FloodplanError | KeyboardInterrupt | SystemExit):
            raise
        raise FloodplanError(
            f"{target}: could not be saved ({exc}); the previous file is unchanged."
        ) from exc
    project.path = target
    project.stack.set_clean()
    return target


def _write(project: Project, tmp: Path, folder: Path) -> None:
    if tmp.exists():
        tmp.unlink()
    rows = []
    vector_layers = [lyr for lyr in project.layers if not lyr.is_raster]
    raster_layers = [lyr for lyr in project.layers if lyr.is_raster]
    if not vector_layers:
        # A GeoPackage needs its core tables before rasters can be appended; an empty helper table gives them.
        gpd.GeoDataFrame({"note": []}, geometry=gpd.GeoSeries([], crs=project.crs), crs=project.crs).to_file(
            tmp, layer="floodplan_empty", driver="GPKG", engine="pyogrio"
        )
    for lyr in vector_layers:
        _write_vector(lyr, tmp)
    for lyr in raster_layers:
        if lyr.external:
            ext = Path(lyr.external)
            if not ext.is_absolute() and project.path is not None:
                ext = (project.path.parent / ext).resolve()
            if not ext.exists():
                raise InputError(
                    f"{ext}: the outside file of layer '{lyr.name}' is missing; embed the layer instead."
                )
        else:
            _write_raster(lyr.data, tmp, lyr.name)
    for pos, lyr in enumerate(project.layers):
        storage = "external" if (lyr.is_raster and lyr.external) else "embedded"
        rel = None
        if storage == "external":
            ext = Path(lyr.external)
            if not ext.is_absolute() and project.path is not None:
                ext = (project.path.parent / ext).resolve()
            rel = os.path.relpath(ext, folder)
        rows.append(
            (
                pos,
                lyr.name,
                lyr.role,
                "raster" if lyr.is_raster else "vector",
                storage,
                rel,
                json.dumps(lyr.style()),
                lyr.source,
                lyr.attribution,
                json.dumps(lyr.extra, default=str),
            )
        )
    con = sqlite3.connect(tmp)
    try:
        cur = con.cursor()
        cur.execute(f"CREATE TABLE {META} (key TEXT PRIMARY KEY NOT NULL, value TEXT)")
        cur.execute(
            f"CREATE TABLE {LAYERS} (position INTEGER, name TEXT PRIMARY KEY NOT NULL, role TEXT NOT NULL, "
            "kind TEXT NOT NULL, storage TEXT NOT NULL, path TEXT, style TEXT, source TEXT, attribution TEXT, extra TEXT)"
        )
        cur.execute(
            f"CREATE TABLE {SCENARIOS} (position INTEGER, name TEXT PRIMARY KEY NOT NULL, definition TEXT NOT NULL)"
        )
        meta = {
            "format_version": str(floodplan.PROJECT_FORMAT_VERSION),
            "floodplan_version": floodplan.__version__,
            "crs": project.crs.to_wkt() if project.crs is not None else "",
            "settings": json.dumps(project.settings, default=str),
        }
        cur.executemany(f"INSERT INTO {META} VALUES (?, ?)", list(meta.items()))
        cur.executemany(f"INSERT INTO {LAYERS} VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        cur.executemany(
            f"INSERT INTO {SCENARIOS} VALUES (?,?,?)",
            [(i, s.name, json.dumps(s.to_dict())) for i, s in enumerate(project.scenarios.values())],
        )
        for table, desc in (
            (META, "floodplan settings"),
            (LAYERS, "floodplan layer roles and styles"),
            (SCENARIOS, "floodplan scenarios"),
        ):
            cur.execute(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
                "VALUES (?, 'attributes', ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
                (table, table, desc),
            )
        write_snapshots(con, project)  # plan versions: their own table (floodplan.io.snapshots)
        con.commit()
    finally:
        con.close()


def _write_vector(lyr: Layer, path: Path) -> None:
    gdf = lyr.data.reset_index(drop=True)
    # Columns holding Python objects that are not text (lists, dicts) are stored as JSON text.
    for col in gdf.columns:
        if col != gdf.geometry.name and gdf[col].dtype == object:
            sample = gdf[col].dropna()
            if len(sample) and not all(isinstance(v, str | int | float | bool) for v in sample):
                gdf[col] = gdf[col].map(
                    lambda v: v if v is None or isinstance(v, str) else json.dumps(v, default=str)
                )
    kwargs = {}
    if len(gdf) == 0:
        kwargs["geometry_type"] = _EMPTY_TYPES.get(lyr.role, "Unknown")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        pyogrio.write_dataframe(gdf, str(path), layer=lyr.name, driver="GPKG", **kwargs)


def _write_raster(grid: Grid, path: Path, table: str) -> None:
    rows, cols = grid.shape
    z = np.where(np.isfinite(grid.z), grid.z, NODATA).astype("float32")
    with rasterio.open(
        path,
        "w",
        driver="GPKG",
        width=cols,
        height=rows,
        count=1,
        dtype="float32",
        crs=grid.crs,
        transform=grid.transform,
        nodata=NODATA,
        RASTER_TABLE=table,
        APPEND_SUBDATASET="YES",
        TILE_FORMAT="TIFF",
    ) as ds:
        ds.write(z, 1)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ---------------------------------------------------------------- open
def is_project_file(path: str | os.PathLike) -> bool:
    """Whether a file is a floodplan project (a GeoPackage with floodplan's tables)."""
    try:
        con = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
        try:
            found = con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name=?", (META,)
            ).fetchone()
        finally:
            con.close()
        return found is not None
    except sqlite3.Error:
        return False


def open_project(path: str | os.PathLike) -> Project:
    """Read a project file.

    Raises InputError naming the file when it is missing or not a GeoPackage, ProjectVersionError when it
    is not a floodplan project or comes from a newer floodplan. Older formats are upgraded on open.
    """
    path = Path(path).resolve()
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path.")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError:
        raise InputError(
            f"{path}: not a GeoPackage (SQLite) file; open a floodplan project (.gpkg)."
        ) from None
    try:
        if META not in tables:
            raise ProjectVersionError(
                f"{path}: a GeoPackage but not a floodplan project; start a project and add its layers "
                "(File > Add layer, or floodplan new)."
            )
        meta = dict(con.execute(f"SELECT key, value FROM {META}").fetchall())
        version = int(meta.get("format_version", "0") or 0)
        if version > floodplan.PROJECT_FORMAT_VERSION:
            raise ProjectVersionError(
                f"{path}: written by a newer floodplan (project format {version}, this floodplan reads up to "
                f"{floodplan.PROJECT_FORMAT_VERSION}); update floodplan to open it."
            )
        layer_rows = con.execute(
            f"SELECT position, name, role, kind, storage, path, style, source, attribution, extra FROM {LAYERS} ORDER BY position"
        ).fetchall()
        scenario_rows = con.execute(f"SELECT name, definition FROM {SCENARIOS} ORDER BY position").fetchall()
        snapshot_list = read_snapshots(con, path)  # [] for projects written before plan versions
    except sqlite3.DatabaseError as exc:
        raise InputError(
            f"{path}: the floodplan tables cannot be read ({exc}); the file may be damaged."
        ) from None
    finally:
        con.close()
    meta, layer_rows, scenario_rows = upgrade(version, meta, layer_rows, scenario_rows)
    project = Project(CRS.from_wkt(meta["crs"]) if meta.get("crs") else None, path)
    project.settings = json.loads(meta.get("settings") or "{}")
    for _pos, name, role, kind, storage, rel, style, source, attribution, extra in layer_rows:
        if kind == "raster":
            if storage == "external":
                ext = (path.parent / rel).resolve()
                grid = read_grid(ext, name=f"{ext} (layer '{name}' of {path.name})")
                data = grid
            else:
                data = read_grid(path, table=name, name=f"{path}, layer '{name}'", known_nodata=NODATA)
                # GDAL does not report the nodata of a GeoPackage raster table back; floodplan wrote NODATA.
                data.z[data.z == NODATA] = np.nan
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                data = pyogrio.read_dataframe(str(path), layer=name)
            if project.crs is not None and data.crs is not None and data.crs != project.crs:
                data = data.to_crs(project.crs)
        lyr = Layer(
            name,
            role,
            data,
            source=source,
            external=rel if storage == "external" else None,
            attribution=attribution,
            extra=json.loads(extra or "{}"),
        )
        st = json.loads(style or "{}")
        lyr.visible = bool(st.get("visible", True))
        lyr.opacity = float(st.get("opacity", 1.0))
        lyr.color = st.get("color")
        project._layers.append(lyr)
    for name, definition in scenario_rows:
        project.scenarios[name] = Scenario.from_dict(json.loads(definition))
    project.snapshots = snapshot_list
    project.stack.clear()
    return project


def upgrade(version: int, meta: dict, layer_rows: list, scenario_rows: list):
    """Bring the tables of an older project format up to the current one (format 1 is the first)."""
    if version < 1:
        raise ProjectVersionError("the project file has no format version; it was not written by floodplan.")
    return meta, layer_rows, scenario_rows
