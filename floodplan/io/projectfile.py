"""The project file: one GeoPackage that QGIS and GDAL open as it is.

Layout inside the GeoPackage
----------------------------
- every vector layer as a feature table of the same name (attributes as in docs/layers.md);
- every raster layer embedded as a GeoPackage raster table (float32 "2D gridded coverage", TIFF tiles,
  nodata -9999 recorded in ``gpkg_2d_gridded_coverage_ancillary.data_null`` so other readers see voids as
  nodata), or, when the layer is marked external, referenced by a path relative to the project;
- ``floodplan_meta`` (key, value): ``format_version``, ``floodplan_version``, ``crs`` (WKT), ``settings``
  (JSON), ``raster_checksums`` (JSON: SHA-256 of each embedded raster table's tiles, see "Damaged files");
- ``floodplan_layers``: position, name, role, kind (vector/raster), storage (embedded/external), path,
  style (JSON), source, attribution, extra (JSON);
- ``floodplan_scenarios``: position, name, definition (JSON of :class:`~floodplan.model.scenario.Scenario`);
- ``layer_styles`` (QGIS's standard table): one default QML style per vector layer, written by
  :mod:`floodplan.io.qml`; styles QGIS saved there are read back and kept;
- ``qgis_projects`` (QGIS's table): floodplan's QGIS project (name ``floodplan``, :mod:`floodplan.io.qgisproject`),
  and any project QGIS saved into the file, kept as it is.
The floodplan tables and ``layer_styles`` are registered in ``gpkg_contents`` as attribute tables. The file
is written as GeoPackage 1.2 (GDAL's ``VERSION`` option), which QGIS LTR's GDAL 3.6 reads without warnings;
no feature floodplan uses needs 1.3 or 1.4.

Outside files
-------------
A layer kept in an outside file is referenced by a local path only: relative to the project (as written) or
absolute. URLs, GDAL virtual file systems (``/vsicurl/``, ``/vsis3/``, any ``/vsi…``), connection strings
(``WMS:``, ``PG:``…), network shares, devices, FIFOs and folders are refused (:func:`check_reference`), and
the outside file is read with GDAL's network access blocked and only drivers of self-contained local
formats (:data:`LOCAL_RASTER_DRIVERS`): opening a project never reaches the network. In memory the layer
holds the absolute path; each save writes it relative to the file being written, so Save As to another
folder, autosave and crash recovery keep pointing at the same file.

Saving
------
Saving writes a complete new file ``.NAME.saving-PID.gpkg`` beside the old one, flushes it to disk and then
renames it over the old one (``os.replace``, atomic on POSIX and Windows), so a crash or a kill mid-save
leaves the old file intact; such leftovers of a process that no longer runs are removed on the next save or
open. A project remembers the size, time and inode of its file when opened or saved: saving over a file that
changed on disk since then (another program or another floodplan saved it) raises
:class:`~floodplan.errors.ProjectChangedError` unless the caller confirms with ``overwrite_changes=True``.

Damaged files
-------------
Every way a file can be damaged (not SQLite, truncated, bit-flipped pages, malformed JSON, a format version
that is not a whole number, unreadable CRS text, a layer row naming a missing table, unreadable layers)
raises :class:`~floodplan.errors.ProjectDamagedError`: one sentence naming the file and what is damaged.
Every floodplan table is checked before any layer is read; SQLite's ``quick_check`` finds damaged pages; the
raster checksum finds damaged tiles (GDAL would decode them as plausible elevations). Limit: a bit flipped
inside a feature's stored values (not in the page structure) is not detected; QGIS edits the feature tables
legitimately, so they carry no checksum.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import stat
import time
import warnings
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import rasterio
from rasterio.crs import CRS

import floodplan
from floodplan.core.grid import Grid
from floodplan.errors import (
    FloodplanError,
    InputError,
    ProjectChangedError,
    ProjectDamagedError,
    ProjectVersionError,
)
from floodplan.io.raster import NODATA, read_grid
from floodplan.io.snapshots import read_snapshots, write_snapshots
from floodplan.model.project import Layer, Project
from floodplan.model.scenario import Scenario
from floodplan.model.schema import ROLES

log = logging.getLogger("floodplan")

META, LAYERS, SCENARIOS = "floodplan_meta", "floodplan_layers", "floodplan_scenarios"
#: QGIS's own tables that a project carries through every save (their rows as read, see module docstring).
KEPT_TABLES = ("layer_styles", "qgis_projects")
#: GeoPackage version written (GDAL's VERSION creation option): what QGIS LTR's GDAL 3.6 reads silently.
GPKG_VERSION = "1.2"

#: GDAL drivers an outside raster may be read with: formats that hold their cells in the file itself
#: (no VRT/WMS/WCS/STAC/GTI descriptions that fetch from elsewhere).
LOCAL_RASTER_DRIVERS = (
    "GTiff",
    "GPKG",
    "AAIGrid",
    "SRTMHGT",
    "HFA",
    "EHdr",
    "ENVI",
    "netCDF",
    "JP2OpenJPEG",
    "XYZ",
    "GSBG",
    "GS7BG",
    "USGSDEM",
    "PCRaster",
)

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


# ---------------------------------------------------------------- outside references
# A URL scheme or GDAL connection-string prefix ("http:", "/vsicurl?url=" is caught by _VSI, "WMS:", "PG:").
# Two characters at least, so that a Windows drive letter ("C:\") is not one.
_SCHEME = re.compile(r"^\s*[A-Za-z][A-Za-z0-9+.\-]+:")
# Any GDAL virtual file system as a path component: /vsicurl/, /vsis3/, /vsizip/, \vsicurl\, /vsicurl?url=
_VSI = re.compile(r"(^|[/\\])vsi[a-z0-9_]*([/\\?]|$)", re.IGNORECASE)
# Pseudo file systems whose "files" are devices or kernel state, never data.
_SPECIAL_ROOTS = ("/dev", "/proc", "/sys")
# Blocks GDAL's own network access while a project's outside files are read (second line of defence):
# /vsicurl/ and everything built on it opens no file whose name lacks this extension, and CPLHTTPFetch
# (WMS, WCS, …) goes through a proxy on the discard port of the loopback address, which refuses.
_NO_NETWORK = {
    "CPL_VSIL_CURL_ALLOWED_EXTENSIONS": ".floodplan-never-opens-network-files",
    "GDAL_HTTP_PROXY": "127.0.0.1:9",
    "GDAL_HTTPS_PROXY": "127.0.0.1:9",
    "GDAL_HTTP_TIMEOUT": "1",
    "GDAL_HTTP_MAX_RETRY": "0",
}


def check_reference(ref: str, project: str | os.PathLike | None, layer: str | None = None) -> Path:
    """The local file an outside-file reference of a project points at, or a refusal.

    Parameters
    ----------
    ref : the reference as stored (relative to the project's folder, or absolute).
    project : the project file (its folder anchors relative references; named in messages), or None.
    layer : the layer's name, for the message.

    Returns
    -------
    Path : the absolute path of an existing regular local file.

    Raises
    ------
    InputError
        One sentence naming the project and the reference when it is a URL, a GDAL virtual file system path
        or connection string, a network share, a device, FIFO or socket, a folder, or missing
        (docs/project-file.md).
    """
    who = f"{project}: the outside file '{ref}'" if project is not None else f"the outside file '{ref}'"
    if layer is not None:
        who += f" of layer '{layer}'"
    local_only = (
        "; a project may only refer to local files (a path relative to the project, or absolute): "
        "download the file and refer to the copy, or embed the layer."
    )
    text = str(ref) if ref is not None else ""
    if not text.strip() or "\x00" in text:
        raise InputError(f"{who} is not a file path{local_only}")
    drive = os.name == "nt" and re.match(r"^[A-Za-z]:[\\/]", text)
    if (not drive and _SCHEME.match(text)) or "://" in text or _VSI.search(text):
        raise InputError(
            f"{who} is a URL or a GDAL virtual file system path, which floodplan never opens{local_only}"
        )
    if text.startswith(("//", "\\\\")):
        raise InputError(f"{who} is on a network share{local_only}")
    path = Path(text)
    if not path.is_absolute():
        base = Path(project).resolve().parent if project is not None else Path.cwd()
        path = base / path
    try:
        path = path.resolve()
        st = os.stat(path)  # follows symbolic links: a link to /dev/zero is a device
    except FileNotFoundError:
        raise InputError(f"{who} is missing; put the file back or embed the layer instead.") from None
    except (OSError, ValueError, RuntimeError) as exc:  # RuntimeError: a symbolic link loop
        raise InputError(f"{who} cannot be reached ({exc.__class__.__name__}){local_only}") from None
    if _VSI.search(str(path)):
        raise InputError(
            f"{who} is a URL or a GDAL virtual file system path, which floodplan never opens{local_only}"
        )
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{who} is a folder, not a file{local_only}")
    if not stat.S_ISREG(st.st_mode) or any(
        str(path) == root or str(path).startswith(root + os.sep) for root in _SPECIAL_ROOTS
    ):
        raise InputError(f"{who} is a device or special file (not a data file){local_only}")
    return path


@contextmanager
def no_network():
    """GDAL configuration under which no dataset opened reaches the network (see :data:`_NO_NETWORK`)."""
    with rasterio.Env(**_NO_NETWORK):
        yield


def _read_outside_raster(ref: str, project_path: Path, layer: str) -> tuple[Grid, Path]:
    path = check_reference(ref, project_path, layer)
    try:
        with open(path, "rb") as fh:
            head = fh.read(512).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError as exc:
        raise InputError(
            f"{project_path}: the outside file '{ref}' of layer '{layer}' cannot be read ({exc.strerror})."
        ) from None
    if head[:1] in (b"<", b"{", b"["):
        # XML or JSON raster descriptions (VRT, WMS, WCS, STAC…) point at other files or servers.
        raise InputError(
            f"{project_path}: the outside file '{ref}' of layer '{layer}' is a raster description that may "
            "fetch data from elsewhere; convert it to a GeoTIFF (gdal_translate) and refer to that."
        )
    with no_network():
        grid = read_grid(
            path, name=f"{path} (layer '{layer}' of {project_path.name})", drivers=LOCAL_RASTER_DRIVERS
        )
    return grid, path


def _external_path(project: Project, lyr: Layer) -> Path:
    """The absolute path of a layer's outside file (in memory it is absolute; older callers gave a path
    relative to the project's folder)."""
    return check_reference(lyr.external, project.path, lyr.name)


# ---------------------------------------------------------------- file identity
def file_stamp(path: str | os.PathLike) -> tuple[int, int, int] | None:
    """(size, modification time in ns, inode) of a file, or None when it does not exist.

    A save replaces the file (new inode) and a write changes its size or time: a different stamp means
    someone else wrote the file.
    """
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino)


def adopt_path(project: Project, path: str | os.PathLike | None) -> None:
    """Make ``path`` the project's own file as it is on disk now (after crash recovery: the recovered
    project is saved to the original file, whose present state is the one the user chose to replace)."""
    project.path = Path(path).resolve() if path else None
    project.file_stamp = file_stamp(project.path) if project.path else None


def _saving_name(target: Path, pid: int) -> Path:
    return target.with_name(f".{target.stem}.saving-{pid}.gpkg")


def _pid_alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # no cheap check: leave the file (the age rule below still clears it)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists but belongs to someone else
    return True


def remove_stale_saves(target: str | os.PathLike) -> list[Path]:
    """Remove ``.NAME.saving-PID.gpkg`` files (and their SQLite journals) that a killed save of ``target``
    left behind: those whose process no longer runs, or older than a day. Never raises.

    Returns the files removed.
    """
    target = Path(target)
    removed = []
    pattern = re.compile(re.escape(f".{target.stem}.saving-") + r"(\d+)\.gpkg(-journal|-wal|-shm)?$")
    try:
        candidates = list(target.parent.iterdir())
    except OSError:
        return removed
    for f in candidates:
        m = pattern.match(f.name)
        if not m:
            continue
        pid = int(m.group(1))
        if pid == os.getpid():
            continue
        try:
            old = time.time() - f.stat().st_mtime > 86400
        except OSError:
            continue
        if old or not _pid_alive(pid):
            try:
                f.unlink()
                removed.append(f)
            except OSError:
                pass
    return removed


# ---------------------------------------------------------------- save
def save_project(
    project: Project,
    path: str | os.PathLike | None = None,
    *,
    as_copy: bool = False,
    overwrite_changes: bool = False,
) -> Path:
    """Write the project to ``path`` (default: its own path) atomically.

    Parameters
    ----------
    project : the project.
    path : where to write (``.gpkg`` is added when missing); default the project's own file.
    as_copy : write a copy (autosave's recovery file): the project keeps its own file and its unsaved state.
        Otherwise the written file becomes the project's file and the project is marked clean.
    overwrite_changes : save over the project's own file even when it changed on disk since it was opened
        or last saved (after the user confirmed).

    Raises
    ------
    ProjectChangedError
        ``path`` is the project's own file and it changed on disk since it was opened or saved.
    InputError
        No path, a missing folder, a folder that cannot be written, a missing outside file.
    FloodplanError
        Any other reason the file cannot be written; the old file is then intact.
    """
    target = Path(path) if path is not None else project.path
    if target is None:
        raise InputError("the project has no file yet; choose where to save it.")
    target = target.with_suffix(".gpkg") if target.suffix.lower() != ".gpkg" else target
    target = target.resolve()
    if not target.parent.is_dir():
        raise InputError(f"{target}: the folder does not exist; choose another place.")
    own = project.path is not None and Path(project.path).resolve() == target
    if own and not as_copy and not overwrite_changes and project.file_stamp is not None:
        now = file_stamp(target)
        if now is not None and now != project.file_stamp:
            raise ProjectChangedError(
                f"{target}: the file changed on disk since it was opened (another program or another "
                "floodplan saved it); save under another name, or confirm to overwrite those changes."
            )
    remove_stale_saves(target)
    tmp = _saving_name(target, os.getpid())
    existed = target.exists()
    try:
        _write(project, tmp, target.parent, target.name)
        _fsync(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException as exc:
        _remove_quietly(tmp)
        if isinstance(exc, FloodplanError | KeyboardInterrupt | SystemExit):
            raise
        kept = "the previous file is unchanged" if existed else "nothing was written"
        reason = _reason(exc)
        cls = (
            InputError if isinstance(exc, PermissionError) or "ermission denied" in reason else FloodplanError
        )
        hint = " (choose a folder you can write to)" if cls is InputError else ""
        raise cls(f"{target}: could not be saved ({reason}){hint}; {kept}.") from exc
    if not as_copy:
        project.path = target
        project.file_stamp = file_stamp(target)
        project.stack.set_clean()
    return target


def _reason(exc: BaseException) -> str:
    """The cause of a failed save in a few words, without the temporary file's path."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = (str(exc).strip().splitlines() or [exc.__class__.__name__])[0]
    return re.sub(r"\S*\.saving-\d+\.gpkg\S*", "the new file", text)


def _remove_quietly(tmp: Path) -> None:
    """Remove a failed save's new file and journals; a failure here must not hide the save's own error."""
    for leftover in (tmp, Path(str(tmp) + "-journal"), Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        try:
            leftover.unlink()
        except OSError:
            pass


def _write(project: Project, tmp: Path, folder: Path, file_name: str | None = None) -> None:
    from floodplan.io import qgisproject, qml

    if tmp.exists():
        tmp.unlink()
    rows = []
    vector_layers = [lyr for lyr in project.layers if not lyr.is_raster]
    raster_layers = [lyr for lyr in project.layers if lyr.is_raster]
    if not vector_layers:
        # A GeoPackage needs its core tables before rasters can be appended; an empty helper table gives them.
        empty = gpd.GeoDataFrame({"note": []}, geometry=gpd.GeoSeries([], crs=project.crs), crs=project.crs)
        pyogrio.write_dataframe(
            empty,
            str(tmp),
            layer="floodplan_empty",
            driver="GPKG",
            geometry_type="Point",
            dataset_options={"VERSION": GPKG_VERSION},
        )
    for i, lyr in enumerate(vector_layers):
        _write_vector(lyr, tmp, first=i == 0)
    embedded = []
    for lyr in raster_layers:
        if lyr.external:
            _external_path(project, lyr)  # refuses a missing or non-local outside file before writing on
        else:
            _write_raster(lyr.data, tmp, lyr.name)
            embedded.append(lyr.name)
    for pos, lyr in enumerate(project.layers):
        storage = "external" if (lyr.is_raster and lyr.external) else "embedded"
        rel = None
        if storage == "external":
            ext = _external_path(project, lyr)
            try:
                rel = os.path.relpath(ext, folder)
            except ValueError:  # another drive on Windows: only an absolute path can reach it
                rel = str(ext)
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
        for table in embedded:
            # GDAL does not record the nodata of a new gridded coverage; readers (QGIS, gdalinfo, rasterio)
            # take it from data_null (OGC 17-066r1), so voids are not read as -9999 m ground.
            cur.execute(
                "UPDATE gpkg_2d_gridded_coverage_ancillary SET data_null=? WHERE tile_matrix_set_name=?",
                (NODATA, table),
            )
        checksums = {table: _raster_checksum(cur, table) for table in embedded}
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
            # Damaged raster tiles read as plausible numbers (GDAL fills what it cannot decode with 0):
            # a checksum per raster table lets open_project refuse them.
            "raster_checksums": json.dumps(checksums),
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
            _register_attributes(cur, table, desc)
        qml.write_styles(cur, project)
        _write_kept(cur, project)
        qgisproject.write_qgis_project(cur, project, file_name or tmp.name)
        write_snapshots(con, project)  # plan versions: their own table (floodplan.io.snapshots)
        con.commit()
    finally:
        con.close()


def _raster_checksum(cur, table: str) -> str:
    """SHA-256 of a raster table's tiles and their scale/offset, in a fixed order."""
    import hashlib

    h = hashlib.sha256()
    for zoom, col, row, blob in cur.execute(
        f'SELECT zoom_level, tile_column, tile_row, tile_data FROM "{table}" ORDER BY zoom_level, tile_column, tile_row'
    ):
        h.update(f"{zoom},{col},{row},{len(blob or b'')};".encode())
        h.update(blob or b"")
    for rec in cur.execute(
        "SELECT scale, offset, min, max FROM gpkg_2d_gridded_tile_ancillary WHERE tpudt_name=? ORDER BY tpudt_id",
        (table,),
    ):
        h.update(repr(rec).encode())
    return h.hexdigest()


#: First bytes of the tile formats GDAL writes (TIFF little/big endian, PNG).
_TILE_MAGIC = (b"II*\x00", b"MM\x00*", b"\x89PNG")


def _check_raster_table(path: Path, table: str, checksum: str | None, damage: _Damage) -> None:
    """Refuse a raster table whose tiles are not what floodplan wrote (checksum) or, for files without a
    checksum, whose tiles are not TIFF/PNG at all."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        if checksum:
            if _raster_checksum(con.cursor(), table) != checksum:
                raise damage.error(f"the raster tiles of layer '{table}' do not match their checksum")
            return
        for (head,) in con.execute(f'SELECT substr(tile_data, 1, 4) FROM "{table}"'):
            if bytes(head or b"") not in _TILE_MAGIC:
                raise damage.error(f"a raster tile of layer '{table}' is not an image")
    finally:
        con.close()


def _register_attributes(cur: sqlite3.Cursor, table: str, desc: str) -> None:
    cur.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
        "VALUES (?, 'attributes', ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        (table, table, desc),
    )


def _write_kept(cur: sqlite3.Cursor, project: Project) -> None:
    """QGIS's tables other than layer_styles (written by :mod:`floodplan.io.qml`), as they were read."""
    for table, (create_sql, columns, rows) in project.kept_tables.items():
        if table == "layer_styles" or not create_sql:
            continue
        cur.execute(create_sql)
        marks = ",".join("?" * len(columns))
        names = ",".join('"' + str(c).replace('"', '""') + '"' for c in columns)
        cur.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)


def _write_vector(lyr: Layer, path: Path, first: bool = False) -> None:
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
    if first:
        kwargs["dataset_options"] = {"VERSION": GPKG_VERSION}
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
        VERSION=GPKG_VERSION,
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
        if not Path(path).is_file():
            return False
        con = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
        try:
            found = con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name=?", (META,)
            ).fetchone()
        finally:
            con.close()
        return found is not None
    except (sqlite3.Error, OSError, ValueError):
        return False


def readable_sqlite(path: str | os.PathLike) -> bool:
    """Whether a file is an SQLite database whose schema can be read (a GeoPackage is one)."""
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return False
        con = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
        try:
            con.execute("SELECT name FROM sqlite_master").fetchall()
        finally:
            con.close()
        return True
    except (sqlite3.Error, OSError, ValueError):
        return False


class _Damage:
    """What :func:`open_project` is reading, so an unexpected failure names the damaged part."""

    def __init__(self, path: Path):
        self.path = path
        self.what = "the file"

    def error(self, what: str | None = None) -> ProjectDamagedError:
        return ProjectDamagedError(
            f"{self.path}: the project file is damaged ({what or self.what + ' cannot be read'}); "
            "open a backup copy of it, or the autosaved copy floodplan offers after a crash."
        )


def open_project(path: str | os.PathLike) -> Project:
    """Read a project file.

    Raises
    ------
    InputError
        The file is missing or not a file, or an outside file is refused (:func:`check_reference`).
    ProjectVersionError
        A GeoPackage that is not a floodplan project, or one from a newer floodplan.
    ProjectDamagedError
        Any damage (see the module docstring): one sentence naming the file and what is damaged, never
        another exception.
    Older formats are upgraded on open.
    """
    path = Path(path).resolve()
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path.")
    if not path.is_file():
        raise InputError(f"{path}: not a file; open a floodplan project (.gpkg).")
    remove_stale_saves(path)
    damage = _Damage(path)
    try:
        project = _read(path, damage)
    except InputError as exc:
        if str(path) in str(exc) or path.name in str(exc):
            raise
        raise type(exc)(f"{path}: {exc}") from None
    except FloodplanError:
        raise
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:  # noqa: BLE001 - whatever a damaged file makes a library raise: one sentence
        log.info("reading %s failed at %s: %r", path, damage.what, exc)
        raise damage.error() from None
    return project


def _json(text, damage: _Damage, what: str, kind=dict):
    """JSON text of a floodplan table, checked to be of ``kind``; damage names ``what`` otherwise."""
    if text is None or text == "":
        return kind()
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        raise damage.error(f"{what} is not valid JSON") from None
    if not isinstance(value, kind):
        raise damage.error(f"{what} is not a JSON {'object' if kind is dict else 'list'}")
    return value


def _read(path: Path, damage: _Damage) -> Project:
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}).") from None
    if head != b"SQLite format 3\x00":
        raise InputError(f"{path}: not a GeoPackage (SQLite) file; open a floodplan project (.gpkg).")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        raise damage.error("SQLite cannot open it") from None
    try:
        damage.what = "the SQLite structure"
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            # A cheap whole-file check (tens of ms for the sample) that finds truncated files and damaged
            # pages before any library trips over them.
            check = con.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            raise damage.error(f"SQLite reports: {' '.join(str(exc).split())}") from None
        if check != [("ok",)]:
            log.info("quick_check of %s: %s", path, check[:5])
            raise damage.error("SQLite's integrity check finds damaged pages")
        if META not in tables:
            raise ProjectVersionError(
                f"{path}: a GeoPackage but not a floodplan project; start a project and add its layers "
                "(File > Add layer, or floodplan new)."
            )
        for table in (LAYERS, SCENARIOS):
            if table not in tables:
                raise damage.error(f"its table {table} is missing")
        damage.what = f"the table {META}"
        meta = dict(con.execute(f"SELECT key, value FROM {META}").fetchall())
        raw_version = str(meta.get("format_version", "")).strip()
        if not re.fullmatch(r"\d{1,6}", raw_version):
            raise damage.error(f"its format version '{raw_version[:20]}' is not a whole number")
        version = int(raw_version)
        if version > floodplan.PROJECT_FORMAT_VERSION:
            raise ProjectVersionError(
                f"{path}: written by a newer floodplan (project format {version}, this floodplan reads up to "
                f"{floodplan.PROJECT_FORMAT_VERSION}); update floodplan to open it."
            )
        damage.what = f"the table {LAYERS}"
        layer_rows = con.execute(
            f"SELECT position, name, role, kind, storage, path, style, source, attribution, extra FROM {LAYERS} "
            "ORDER BY position"
        ).fetchall()
        damage.what = f"the table {SCENARIOS}"
        scenario_rows = con.execute(f"SELECT name, definition FROM {SCENARIOS} ORDER BY position").fetchall()
        snapshot_list = read_snapshots(con, path)  # [] for projects written before plan versions
        kept = {}
        for table in KEPT_TABLES:
            if table in tables:
                damage.what = f"QGIS's table {table}"
                create_sql = con.execute(
                    "SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (table,)
                ).fetchone()[0]
                cur = con.execute(f'SELECT * FROM "{table}"')
                kept[table] = (create_sql, [d[0] for d in cur.description], cur.fetchall())
        damage.what = "the table gpkg_contents"
        contents = {
            r[0]: r[1] for r in con.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall()
        }
    except sqlite3.DatabaseError as exc:
        raise damage.error(f"SQLite reports: {' '.join(str(exc).split())}") from None
    finally:
        con.close()
    meta, layer_rows, scenario_rows = upgrade(version, meta, layer_rows, scenario_rows)

    damage.what = "its CRS text"
    crs = None
    if meta.get("crs"):
        try:
            # pyproj first: it refuses garbage quietly, where GDAL would print "ERROR 1: …" on stderr.
            import pyproj

            pyproj.CRS.from_wkt(str(meta["crs"]))
            crs = CRS.from_wkt(str(meta["crs"]))
        except Exception:  # noqa: BLE001 - pyproj's/rasterio's CRSError and others: the text is garbage
            raise damage.error("its CRS text cannot be read") from None
    project = Project(crs, path)
    project.settings = _json(meta.get("settings"), damage, "its settings")
    checksums = _json(meta.get("raster_checksums"), damage, "its raster checksums")
    project.kept_tables = kept
    known = {f.name: f for f in fields(Scenario)}
    for name, definition in scenario_rows:
        what = f"scenario '{name}'"
        d = _json(definition, damage, f"the definition of {what}")
        damage.what = what
        try:
            scen = Scenario.from_dict(d)
            _check_scenario_types(scen, known)
            scen.validate()
        except InputError as exc:
            msg = str(exc).rstrip(".")
            raise damage.error(msg if msg.startswith("scenario") else f"{what}: {msg}") from None
        except (TypeError, ValueError):
            raise damage.error(f"{what} cannot be read") from None
        project.scenarios[str(name)] = scen
    # Check every row before reading any layer, so a damaged row is found without reading the layers first.
    checked = []
    names = set()
    for row in layer_rows:
        _pos, name, role, kind, storage, rel, style, source, attribution, extra = row
        if not isinstance(name, str) or not name:
            raise damage.error(f"a row of {LAYERS} has no layer name")
        if name in names:
            raise damage.error(f"layer '{name}' is listed twice")
        names.add(name)
        if role not in ROLES:
            raise damage.error(f"layer '{name}' has the unknown role '{role}'")
        if kind not in ("raster", "vector") or storage not in ("embedded", "external"):
            raise damage.error(f"layer '{name}' has the unknown kind or storage '{kind}'/'{storage}'")
        st = _json(style, damage, f"the style of layer '{name}'")
        extra_d = _json(extra, damage, f"the extra settings of layer '{name}'")
        if storage == "external" and kind != "raster":
            raise damage.error(f"layer '{name}' is a vector layer marked as an outside file")
        if storage == "embedded":
            if name not in tables:
                raise damage.error(f"layer '{name}' names the table '{name}', which is not in the file")
            if kind == "raster" and contents.get(name) != "2d-gridded-coverage":
                raise damage.error(f"layer '{name}' is not a raster table")
            if kind == "vector" and contents.get(name) != "features":
                raise damage.error(f"layer '{name}' is not a feature table")
        checked.append((name, role, kind, storage, rel, st, source, attribution, extra_d))
    for name, role, kind, storage, rel, st, source, attribution, extra_d in checked:
        damage.what = f"layer '{name}'"
        external = None
        if storage == "external":
            data, ext = _read_outside_raster(rel, path, name)
            external = str(ext)
        elif kind == "raster":
            _check_raster_table(path, name, checksums.get(name), damage)
            data = read_grid(path, table=name, name=f"{path}, layer '{name}'", known_nodata=NODATA)
            # Files of older floodplans did not record the nodata of their raster tables: GDAL then reads
            # their voids as -9999 and the tiles it left out (all void) as 0 m ground.
            data.z[data.z == NODATA] = np.nan
            missing = _legacy_missing_tiles(path, name, data.shape)
            if missing is not None:
                data.z[missing] = np.nan
            if not np.isfinite(data.z).any():
                raise damage.error(f"the raster of layer '{name}' holds no valid cell")
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
            source=source if isinstance(source, str) else None,
            external=external,
            attribution=attribution if isinstance(attribution, str) else None,
            extra=extra_d,
        )
        lyr.visible = bool(st.get("visible", True))
        opacity = st.get("opacity", 1.0)
        lyr.opacity = float(opacity) if isinstance(opacity, int | float) and 0 <= opacity <= 1 else 1.0
        color = st.get("color")
        lyr.color = color if isinstance(color, str) else None
        width = st.get("width")
        ok = isinstance(width, int | float) and not isinstance(width, bool) and 0 < width <= 50
        lyr.width = float(width) if ok else None
        project._layers.append(lyr)
    project.snapshots = snapshot_list
    # Resources and defenses are keyed by id: one id in two layers of a role is refused at once (naming both
    # layers), before the app builds its panels on a project it cannot use.
    for role in ("resources", "defenses"):
        project._check_ids_across_layers(role)
    damage.what = "the QGIS styles (table layer_styles)"
    from floodplan.io import qml

    qml.read_styles(project)
    project.stack.clear()
    project.file_stamp = file_stamp(path)
    return project


def _legacy_missing_tiles(path: Path, table: str, shape: tuple[int, int]) -> np.ndarray | None:
    """Cells of a raster table without data_null (written by an older floodplan) whose tile is not stored.

    GDAL leaves all-nodata tiles out of a GeoPackage and, without a recorded nodata, reads them as 0.
    Returns a boolean (rows, cols) mask, or None when the table records its nodata (or has no gap).
    """
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        null = con.execute(
            "SELECT data_null FROM gpkg_2d_gridded_coverage_ancillary WHERE tile_matrix_set_name=?", (table,)
        ).fetchone()
        if null is None or null[0] is not None:
            return None
        zoom, tw, th, px, py = con.execute(
            "SELECT zoom_level, tile_width, tile_height, pixel_x_size, pixel_y_size FROM gpkg_tile_matrix "
            "WHERE table_name=? ORDER BY zoom_level DESC LIMIT 1",
            (table,),
        ).fetchone()
        tms_x, tms_y = con.execute(
            "SELECT min_x, max_y FROM gpkg_tile_matrix_set WHERE table_name=?", (table,)
        ).fetchone()
        c_x, c_y = con.execute(
            "SELECT min_x, max_y FROM gpkg_contents WHERE table_name=?", (table,)
        ).fetchone()
        present = set(
            con.execute(f'SELECT tile_column, tile_row FROM "{table}" WHERE zoom_level=?', (zoom,)).fetchall()
        )
    finally:
        con.close()
    off_x = int(round((c_x - tms_x) / px)) if c_x is not None else 0
    off_y = int(round((tms_y - c_y) / py)) if c_y is not None else 0
    rows, cols = shape
    mask = np.zeros(shape, dtype=bool)
    for r in range(off_y // th, (off_y + rows - 1) // th + 1):
        for c in range(off_x // tw, (off_x + cols - 1) // tw + 1):
            if (c, r) not in present:
                r0, c0 = max(r * th - off_y, 0), max(c * tw - off_x, 0)
                mask[r0 : (r + 1) * th - off_y, c0 : (c + 1) * tw - off_x] = True
    return mask if mask.any() else None


_NUMBER_FIELDS = (
    "level_m",
    "volume_m3",
    "default_minutes",
    "max_depth_m",
    "crossing_delay_min",
    "shelter_depth_m",
    "profile_offset_m",
)


def _check_scenario_types(scen: Scenario, known) -> None:
    """A scenario read from JSON has the types the engine expects (a number where a number belongs)."""

    def number(v):
        return isinstance(v, int | float) and not isinstance(v, bool) and np.isfinite(v)

    for f in _NUMBER_FIELDS:
        v = getattr(scen, f)
        if v is None and f in ("level_m", "volume_m3"):
            continue
        if not number(v):
            raise InputError(f"{f} is not a number")
    for f in ("name", "description", "flood", "mode"):
        if not isinstance(getattr(scen, f), str):
            raise InputError(f"{f} is not text")
    for f in ("profile_layer", "profile_flood"):
        if getattr(scen, f) is not None and not isinstance(getattr(scen, f), str):
            raise InputError(f"{f} is not text")
    if not isinstance(scen.include_planned, bool):
        raise InputError("include_planned is not true or false")
    if not isinstance(scen.breaches, list) or not all(isinstance(b, str | int) for b in scen.breaches):
        raise InputError("breaches is not a list of defense ids")
    if not isinstance(scen.minutes, dict) or not all(number(v) for v in scen.minutes.values()):
        raise InputError("minutes is not a table of numbers")
    if not isinstance(scen.depth_classes, list) or not all(number(v) for v in scen.depth_classes):
        raise InputError("depth_classes is not a list of numbers")
    if scen.tabletop is not None and not isinstance(scen.tabletop, dict):
        raise InputError("tabletop is not an object")


def upgrade(version: int, meta: dict, layer_rows: list, scenario_rows: list):
    """Bring the tables of an older project format up to the current one (format 1 is the first)."""
    if version < 1:
        raise ProjectVersionError("the project file has no format version; it was not written by floodplan.")
    return meta, layer_rows, scenario_rows
