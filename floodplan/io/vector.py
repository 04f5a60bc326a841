"""Reading vector layers (pyogrio/geopandas) with the checks and messages people need.

Any format GDAL reads is accepted (GeoPackage, Shapefile, GeoJSON, FlatGeobuf, zipped files...).
Invalid geometries are repaired (``shapely.make_valid``) and counted; a layer without a CRS is refused,
because guessing one puts a whole country in the wrong place.
"""

from __future__ import annotations

import os
import re
import warnings
from contextlib import contextmanager
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
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


def split_layer_spec(spec: str | os.PathLike) -> tuple[str, str | int | None]:
    """Split a QGIS-style layer reference ``PATH|layername=NAME`` (or ``PATH|layerid=N``) into (PATH, layer).

    A plain path gives (PATH, None). The part after ``|`` is QGIS's data source syntax (docs/layers.md,
    "Every command that reads files"); other options than ``layername``/``layerid`` are refused rather than
    ignored, so a ``|subset=…`` filter never silently reads the whole layer.

    Raises
    ------
    InputError naming the reference when the part after ``|`` is not ``layername=NAME`` or ``layerid=N``.
    """
    text = str(spec)
    if "|" not in text:
        return text, None
    path, _, options = text.partition("|")
    layer: str | int | None = None
    for option in options.split("|"):
        key, eq, value = option.partition("=")
        key = key.strip().lower()
        if key == "layername" and eq and value:
            layer = value
        elif key == "layerid" and eq and value.strip().isdigit():
            layer = int(value.strip())
        else:
            raise InputError(
                f"{text}: after '|' give the layer as 'layername=NAME' (QGIS syntax), e.g. "
                f"'{path}|layername=roads'."
            )
    return path, layer


def list_layers(path: str | os.PathLike) -> list[tuple[str, str | None]]:
    """(name, geometry type) of each layer GDAL finds in a vector file; InputError when unreadable."""
    _exists(path)
    try:
        with _quiet():
            return [(str(n), None if g is None else str(g)) for n, g in pyogrio.list_layers(vsi_path(path))]
    except (DataSourceError, DataLayerError, OSError) as exc:
        if _opens_as_raster(path):
            raise InputError(raster_given(path, None)) from None
        raise InputError(f"{path}: cannot be read as a vector file ({_first_line(exc)}).") from None


#: Suffixes of files that are rasters only (not .vrt or .nc, which GDAL also reads as vector data).
_RASTER_ONLY = (".tif", ".tiff", ".hgt", ".asc", ".img", ".dem", ".bil", ".jp2")


def _opens_as_raster(path) -> bool:
    """True when GDAL opens the file as a raster (used only once it failed to open as a vector file)."""
    import rasterio

    from floodplan.io.raster import gdal_path

    try:
        with _quiet(), rasterio.open(gdal_path(path)):
            return True
    except Exception:  # noqa: BLE001 - any failure: not a raster either; the vector error is reported
        return False


def raster_given(path, role: str | None) -> str:
    """The sentence for a raster given where a vector layer is expected (``role``: what it was given for)."""
    from floodplan.model.schema import _FAMILIES

    families = {"line": "lines", "polygon": "polygons", "point": "points"}
    if role in _FAMILIES:
        needs = f"a {role} layer needs a vector file with {' or '.join(families[f] for f in _FAMILIES[role])}"
    else:
        needs = "give a vector file here (points, lines or polygons)"
    return f"{path} is a raster (a grid of cells); {needs}, e.g. a GeoPackage, Shapefile or GeoJSON."


def describe_layers(layers: list[tuple[str, str | None]]) -> str:
    """'buildings (Point), roads (LineString), layer_styles (table)' for messages."""
    return ", ".join(f"{n} ({g or 'table'})" for n, g in layers)


def _family(geometry_type: str | None) -> str | None:
    """'point', 'line', 'polygon', None for a table, or 'any' for Unknown/GeometryCollection layers."""
    if geometry_type is None:
        return None
    g = geometry_type.lower()
    for fam, word in (("point", "point"), ("line", "line"), ("polygon", "polygon")):
        if word in g and "collection" not in g:
            return fam
    return "any"


def layer_fits(path: str, layer: str, geometry_type: str | None, role: str) -> bool:
    """Whether one layer of a file can play ``role``: geometry of the role's kind and its required attributes.

    See :data:`floodplan.model.schema.GEOMETRY_TYPES` and :data:`floodplan.model.schema.REQUIRED_ATTRIBUTES`.
    """
    from floodplan.model.schema import GEOMETRY_TYPES, REQUIRED_ATTRIBUTES

    fam = _family(geometry_type)
    if fam is None:
        return False  # a table without geometry never plays a map role
    allowed = {_family(t) for t in GEOMETRY_TYPES.get(role, ())}
    if allowed and fam != "any" and fam not in allowed:
        return False
    groups = REQUIRED_ATTRIBUTES.get(role, ())
    if not groups:
        return True
    try:
        with _quiet():
            # Lower case, as normalise() matches NAME to name (shapefile fields are often in capitals).
            fields = {str(f).lower() for f in pyogrio.read_info(vsi_path(path), layer=layer)["fields"]}
    except (DataSourceError, DataLayerError, OSError):
        return False
    return all(any(a in fields for a in group) for group in groups)


def choose_layer(path: str | os.PathLike, role: str | None) -> str | None:
    """The layer of ``path`` to read for ``role`` when the user named none (docs/layers.md).

    A file with one layer gives that layer. A file with several gives the one layer that fits the role
    (:func:`layer_fits`); when none or several fit, or no role is known, InputError lists the file's layers
    and says how to name one.
    """
    layers = list_layers(path)
    spatial = [(n, g) for n, g in layers if g is not None]
    if len(layers) <= 1:
        return layers[0][0] if layers else None
    if len(spatial) == 1 and role is None:
        return spatial[0][0]
    fits = [n for n, g in spatial if role is not None and layer_fits(str(path), n, g, role)]
    if len(fits) == 1:
        return fits[0]
    why = (
        "which one to read"
        if role is None
        else (
            f"none of them fits the role '{role}'"
            if not fits
            else f"{len(fits)} of them fit the role '{role}' ({', '.join(fits)})"
        )
    )
    raise InputError(
        f"{path}: the file holds {len(layers)} layers ({describe_layers(layers)}) and {why}; name one as "
        f"'{path}|layername=NAME'."
    )


def read_vector(
    path: str | os.PathLike,
    layer: str | int | None = None,
    *,
    allow_empty: bool = True,
    notes: list[str] | None = None,
    role: str | None = None,
) -> gpd.GeoDataFrame:
    """Read one layer of a vector file.

    Parameters
    ----------
    path : path of any file GDAL reads, or a QGIS layer reference ``PATH|layername=NAME``.
    layer : layer name or index. Default: the layer named in ``path``, else the file's only layer, else the
        one layer that fits ``role`` (:func:`choose_layer`).
    allow_empty : when False, a layer with no feature (or none with a geometry) raises InputError.
    notes : a list that also receives each note made (see :mod:`floodplan.notes`, which always gets them).
    role : the role the layer is read for (only used to choose among several layers).

    Text in a file whose declared encoding is wrong (a shapefile's ``.cpg`` saying UTF-8 over Windows
    text, or no ``.cpg`` over text that is not Latin-1) is read as Windows-1252 with a note.

    Raises
    ------
    InputError naming the file (and layer) for a missing or unreadable file, an unknown layer, a file of
    several layers none or several of which fit the role, an empty layer (if not allowed) or a layer
    without geometry; CRSError for a layer without a CRS.
    """
    if layer is None:
        path, layer = split_layer_spec(path)
    _exists(path)
    inner = str(path).lower().removesuffix(".zip").removesuffix(".gz")
    if inner.endswith(_RASTER_ONLY) and _opens_as_raster(path):
        raise InputError(raster_given(path, role))
    named = layer is not None
    if layer is None:
        layer = choose_layer(path, role)
        if role is not None and _is_multi(path):
            _say(f"{path}: read its layer '{layer}', the only one that fits the role '{role}'.", notes)
    elif isinstance(layer, str):
        names = [n for n, _ in list_layers(path)]
        if layer not in names:
            raise InputError(
                f"{path}: no layer named '{layer}'; the file holds {describe_layers(list_layers(path))}."
            )
    label = f"{path}" + (f", layer '{layer}'" if layer is not None and (named or _is_multi(path)) else "")
    gdf = _read_text_safely(path, layer, label, notes)
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
    if len(gdf) == 0 and not allow_empty:
        raise InputError(
            f"{label}: no feature of the layer has a geometry; give a layer with at least one drawn feature."
        )
    gdf.attrs["label"] = label
    return gdf


def _is_multi(path) -> bool:
    try:
        return len(list_layers(path)) > 1
    except InputError:
        return False


_C1 = re.compile("[\x80-\x9f]")  # control characters: never in real text, the sign of a wrong 8-bit guess


def _read_text_safely(path, layer, label: str, notes: list[str] | None) -> gpd.GeoDataFrame:
    """Read with GDAL's encoding; on a decode error or mis-decoded text, read again as Windows-1252."""

    def read(encoding=None):
        with _quiet():
            # "fix" closes unclosed rings and turns geometries GEOS cannot build (a ring of 2 points) into
            # missing ones, which repair_geometries then counts and leaves out instead of failing the file.
            return pyogrio.read_dataframe(vsi_path(path), layer=layer, on_invalid="fix", encoding=encoding)

    try:
        try:
            gdf = read()
        except UnicodeDecodeError:
            gdf = read("cp1252")
            _say(
                f"{label}: its text is not in the encoding the file declares (UTF-8); read as Windows-1252 "
                "— check the names, and correct the encoding (a shapefile's .cpg file) if they look wrong.",
                notes,
            )
            return gdf
    except (DataSourceError, DataLayerError, OSError, ValueError) as exc:
        raise InputError(f"{label}: cannot be read as a vector layer ({_first_line(exc)}).") from None
    texts = [
        c
        for c in gdf.columns
        if c != gdf.geometry.name
        and (pd.api.types.is_object_dtype(gdf[c]) or pd.api.types.is_string_dtype(gdf[c]))
    ]
    if any(gdf[c].astype(str).str.contains(_C1).any() for c in texts) or any(_C1.search(str(c)) for c in gdf):
        try:
            again = read("cp1252")
        except (DataSourceError, DataLayerError, OSError, ValueError):
            again = None
        if again is not None:
            gdf = again
            _say(
                f"{label}: its text is not Latin-1, the encoding GDAL assumes when a shapefile has no .cpg file; "
                "read as Windows-1252 — if names still look wrong, add a .cpg file holding the encoding "
                "(e.g. 1250 for Central European text) and load it again.",
                notes,
            )
    return gdf


def repair_geometries(gdf: gpd.GeoDataFrame, label: str, notes: list[str] | None = None) -> gpd.GeoDataFrame:
    """Drop missing/empty geometries and repair invalid ones (``shapely.make_valid``), noting how many.

    A repair may change a feature's geometry type (a zero-length line becomes a point, a zero-area polygon
    a line); :func:`floodplan.model.schema.normalise` then keeps or drops it by its role.
    """
    from floodplan.model.schema import clean_missing

    gdf = clean_missing(gdf, label, notes)
    arr = np.asarray(gdf.geometry.values)
    invalid = ~shapely.is_valid(arr)
    if invalid.any():
        gdf = gdf.copy()
        fixed = arr.copy()
        fixed[invalid] = shapely.make_valid(arr[invalid])
        gdf[gdf.geometry.name] = gpd.GeoSeries(fixed, index=gdf.index, crs=gdf.crs)
        n = int(invalid.sum())
        _say(
            f"{label}: {n} invalid geometr{'y' if n == 1 else 'ies'} repaired (self-crossing or "
            f"degenerate shapes{_which(gdf, invalid)}); check {'it' if n == 1 else 'them'} in a GIS.",
            notes,
        )
    return gdf


def _which(gdf: gpd.GeoDataFrame, mask) -> str:
    from floodplan.model.schema import feature_names

    return f": {feature_names(gdf, mask)}"


def _say(text: str, notes: list[str] | None) -> None:
    from floodplan.model.schema import say

    say(text, notes)


@contextmanager
def _quiet():
    """Keep GDAL/pyogrio's own warnings ("More than one layer found", field type notices) off the user's
    terminal: floodplan chooses the layer itself and says what matters in its own notes."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        warnings.simplefilter("ignore", UserWarning)
        yield


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
