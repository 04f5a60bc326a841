"""Layer roles and the attributes docs/layers.md fixes for each, with defaults and checks.

``normalise(gdf, role, label)`` returns a copy with every contract attribute present (defaults filled,
types coerced) or raises InputError naming the file/layer and the attribute to add.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from floodplan.core.vocabulary import (  # noqa: F401 - the vocabulary, re-exported where layers are checked
    CRITICAL_KINDS,
    DEFENSE_STATUS,
    DEFENSE_TYPES,
    RESOURCE_KINDS,
    ROLES,
    VECTOR_ROLES,
)
from floodplan.errors import InputError

_POLY = ("Polygon", "MultiPolygon")
_LINE = ("LineString", "MultiLineString")
_POINT = ("Point", "MultiPoint")
GEOMETRY_TYPES = {
    "river": _LINE + _POLY,
    "jurisdictions": _POLY,
    "assets": _POLY + _POINT,
    "roads": _LINE,
    "defenses": _LINE,
    "resources": _POINT,
    "profile": _POINT,
    "candidates": _POINT,
}


def _bool(series: pd.Series, default: bool) -> pd.Series:
    def one(v):
        if v is None or (isinstance(v, float) and np.isnan(v)):
            return default
        if isinstance(v, str):
            return v.strip().lower() in ("1", "true", "yes", "y", "t", "ja", "oui", "tak", "si", "sí")
        return bool(v)

    return series.map(one).astype(bool)


def _number(gdf, col, label, *, default=None, required=False) -> pd.Series:
    if col not in gdf.columns:
        if required and len(gdf):
            raise InputError(f"{label}: attribute '{col}' is missing; add it (a number) to every feature.")
        return pd.Series(default, index=gdf.index, dtype=float)
    values = pd.to_numeric(gdf[col], errors="coerce")
    bad = values.isna() & gdf[col].notna()
    if bad.any():
        example = gdf[col][bad].iloc[0]
        raise InputError(f"{label}: attribute '{col}' must be a number (found '{example}'); correct it.")
    if default is not None:
        values = values.fillna(default)
    return values.astype(float)


def _text(gdf, col, label, *, default=None, required=False) -> pd.Series:
    if col not in gdf.columns:
        if required and len(gdf):
            raise InputError(f"{label}: attribute '{col}' is missing; add it (text) to every feature.")
        return pd.Series(default, index=gdf.index, dtype=object)
    s = gdf[col].astype(object).where(gdf[col].notna(), default)
    if required and s.isna().any():
        raise InputError(
            f"{label}: attribute '{col}' is empty for {int(s.isna().sum())} feature(s); fill it in."
        )
    return s.map(lambda v: v if v is None else str(v))


#: Attributes a layer must have to play a role (docs/layers.md): each entry is a group of names of which at
#: least one must be present. Used to pick the one fitting layer of a multi-layer file.
REQUIRED_ATTRIBUTES = {
    "jurisdictions": (("name",), ("country",)),
    "defenses": (("crest_m", "height_m"),),
    "resources": (("kind",),),
    "profile": (("level_m",),),
}

#: Geometry families a role keeps, in order of preference (a geometry collection keeps the parts of the
#: first family it holds). Roles that accept points keep a feature a repair turned into another type as
#: its point (a zero-area building still has people in it); the others leave it out.
_FAMILIES = {
    "river": ("line", "polygon"),
    "jurisdictions": ("polygon",),
    "assets": ("polygon", "point"),
    "roads": ("line",),
    "defenses": ("line",),
    "resources": ("point",),
    "profile": ("point",),
    "candidates": ("point",),
}
# shapely type ids: 0 Point, 1 LineString, 2 LinearRing, 3 Polygon, 4 MultiPoint, 5 MultiLineString,
# 6 MultiPolygon, 7 GeometryCollection
_FAMILY_OF_TYPE = {0: "point", 4: "point", 1: "line", 2: "line", 5: "line", 3: "polygon", 6: "polygon"}


#: Attribute names docs/layers.md gives meaning to (in any role). Files often carry them in capitals (dBase
#: fields of shapefiles, Esri exports) or cut to 10 characters (the shapefile limit: ``cross_bord``).
CONTRACT_ATTRIBUTES = (
    "id", "name", "country", "population", "kind", "speed_kmh", "closed", "bridge", "deck_m", "crest_m",
    "height_m", "type", "status", "cost", "level_m", "flood", "cross_border", "capacity", "in_service",
    "max_wading_m", "value_eur", "curve", "maintenance_eur_per_year", "fragility_median_m", "fragility_beta",
    "launch_minutes", "water_speed_kmh", "jurisdiction", "chainage_m",
)  # fmt: skip


def contract_names(gdf: gpd.GeoDataFrame, label: str, notes: list[str] | None = None) -> gpd.GeoDataFrame:
    """Rename attributes that are a contract attribute in other letter case (``NAME``) or cut to the
    shapefile's 10 characters (``cross_bord``) to the contract's name, with a note; never when the
    contract's own name is already there or the short name could be two attributes."""
    present = {str(c) for c in gdf.columns}
    renames = {}
    for col in gdf.columns:
        if col == gdf.geometry.name or col in CONTRACT_ATTRIBUTES:
            continue
        low = str(col).lower()
        hits = [a for a in CONTRACT_ATTRIBUTES if a == low] or [
            a for a in CONTRACT_ATTRIBUTES if len(low) == 10 and len(a) > 10 and a[:10] == low
        ]
        if len(hits) == 1 and hits[0] not in present and hits[0] not in renames.values():
            renames[col] = hits[0]
    if not renames:
        return gdf
    say(
        f"{label}: attribute{'s' if len(renames) > 1 else ''} {', '.join(map(str, renames))} read as "
        f"{', '.join(renames.values())}.",
        notes,
    )
    return gdf.rename(columns=renames)


def feature_names(gdf: gpd.GeoDataFrame, mask, limit: int = 5) -> str:
    """Name the features selected by ``mask`` for a message: their ``id`` (or ``name``), else their row
    number in the layer (1 = first), e.g. "id B-3, id B-7 and 2 more"."""
    sel = gdf.loc[np.asarray(mask, bool)]
    col = next((c for c in ("id", "name") if c in sel.columns), None)
    items = []
    for pos, (idx, row) in enumerate(sel.iterrows()):
        if pos == limit:
            break
        v = row[col] if col else None
        if v is None or (isinstance(v, float) and np.isnan(v)):
            items.append(f"row {idx + 1}" if isinstance(idx, int | np.integer) else f"row {idx}")
        else:
            items.append(f"{col} {v}")
    more = len(sel) - len(items)
    return ", ".join(items) + (f" and {more} more" if more > 0 else "")


def say(text: str, notes: list[str] | None = None) -> None:
    """A note (:func:`floodplan.notes.note`), also appended to ``notes`` when a caller keeps its own list."""
    from floodplan.notes import note

    note(text)
    if notes is not None and text not in notes:
        notes.append(text)


def clean_missing(gdf: gpd.GeoDataFrame, label: str, notes: list[str] | None = None) -> gpd.GeoDataFrame:
    """Leave out features with no geometry or an empty one, counting them in a note (docs/layers.md)."""
    if len(gdf) == 0:
        return gdf
    arr = np.asarray(gdf.geometry.values)
    missing = shapely.is_missing(arr) | shapely.is_empty(arr)
    if missing.any():
        n = int(missing.sum())
        say(
            f"{label}: {n} feature(s) with a missing or unreadable geometry left out "
            f"({feature_names(gdf, missing)}).",
            notes,
        )
        gdf = gdf.loc[~missing].copy()
    return gdf


def clean_features(
    gdf: gpd.GeoDataFrame, role: str, label: str, notes: list[str] | None = None
) -> gpd.GeoDataFrame:
    """Geometry hygiene for one layer of a role (docs/layers.md, "What is left out, and said so").

    Features without geometry are left out; invalid ones are repaired (``shapely.make_valid``); a
    geometry collection keeps its parts of the role's kind; a feature of another kind (often one a repair
    turned into another type: a zero-length road, a zero-area building) is kept as its point where the role
    takes points, and left out otherwise. Each step is counted in a note naming the layer and features.

    Raises
    ------
    InputError naming ``label`` when no feature has geometry of the role's kind (the wrong layer or role).
    """
    gdf = clean_missing(gdf, label, notes)
    if len(gdf) == 0:
        return gdf
    original = np.asarray(gdf.geometry.values)
    arr = original
    invalid = ~shapely.is_valid(arr)
    if invalid.any():
        arr = arr.copy()
        arr[invalid] = shapely.make_valid(arr[invalid])
        n = int(invalid.sum())
        say(
            f"{label}: {n} invalid geometr{'y' if n == 1 else 'ies'} repaired ({feature_names(gdf, invalid)}); "
            "check the shapes in a GIS.",
            notes,
        )
    families = _FAMILIES.get(role)
    if families is not None:
        arr = _fit_families(gdf, arr, role, families, label, notes)
    if arr is not original:
        keep = ~(shapely.is_missing(arr) | shapely.is_empty(arr))
        gdf = gdf.copy()
        gdf[gdf.geometry.name] = gpd.GeoSeries(arr, index=gdf.index, crs=gdf.crs)
        gdf = gdf.loc[keep]
    return gdf


def _fit_families(gdf, arr, role: str, families: tuple[str, ...], label: str, notes) -> np.ndarray:
    type_ids = shapely.get_type_id(arr)
    collection = type_ids == 7
    right = np.isin(type_ids, [t for t, f in _FAMILY_OF_TYPE.items() if f in families])
    if right.all():
        return arr  # the common case: nothing to change (returned as is, so the caller copies nothing)
    if not right.any() and not collection.any():
        found = sorted(set(shapely.get_type_id(arr).tolist()))
        names = {0: "Point", 1: "LineString", 2: "LinearRing", 3: "Polygon", 4: "MultiPoint"}
        names |= {5: "MultiLineString", 6: "MultiPolygon"}
        raise InputError(
            f"{label}: a layer of role '{role}' needs {' or '.join(families)} geometries, not "
            f"{', '.join(names.get(t, str(t)) for t in found)}; choose the right layer or role."
        )
    out = arr.copy()
    reduced = np.zeros(len(arr), bool)
    for i in np.flatnonzero(collection):
        parts = shapely.get_parts(arr[i])
        parts = parts[~shapely.is_empty(parts)]
        part_fam = np.array([_FAMILY_OF_TYPE.get(int(t)) for t in shapely.get_type_id(parts)], dtype=object)
        for f in families:
            sel = parts[part_fam == f]
            if len(sel):
                out[i] = _combine(sel, f)
                reduced[i] = True
                right[i] = True
                break
    if reduced.any():
        say(
            f"{label}: {int(reduced.sum())} feature(s) stored as mixed geometry collections "
            f"({feature_names(gdf, reduced)}); only their {' or '.join(families)} parts are used.",
            notes,
        )
    wrong = ~right
    if wrong.any():
        if "point" in families:
            out[wrong] = shapely.point_on_surface(arr[wrong])
            say(
                f"{label}: {int(wrong.sum())} feature(s) are not {' or '.join(f + 's' for f in families)} (a shape with no "
                f"area or length after repair?) and are kept as their point ({feature_names(gdf, wrong)}).",
                notes,
            )
        else:
            out[wrong] = None
            say(
                f"{label}: {int(wrong.sum())} feature(s) are not {' or '.join(f + 's' for f in families)} (a zero-length "
                f"line or zero-area shape after repair?) and are left out ({feature_names(gdf, wrong)}).",
                notes,
            )
    return out


def _combine(parts: np.ndarray, family: str):
    if len(parts) == 1:
        return parts[0]
    if family == "polygon":
        return shapely.union_all(parts)
    if family == "line":
        return shapely.multilinestrings(list(shapely.get_parts(parts)))
    return shapely.multipoints(list(shapely.get_parts(parts)))


def check_geometry(gdf: gpd.GeoDataFrame, role: str, label: str) -> None:
    """Refuse a layer none of whose features has geometry of the role's kind (see :func:`clean_features`)."""
    families = _FAMILIES.get(role)
    if families is None or len(gdf) == 0:
        return
    _fit_families(gdf, np.asarray(gdf.geometry.values), role, families, label, [])


def check_population(g: gpd.GeoDataFrame, label: str, notes: list[str] | None = None) -> gpd.GeoDataFrame:
    """``population`` as numbers: empty (NULL/NaN) counts 0 people, with a note naming the features; an
    infinite or negative population is refused, since summing it would give a wrong number of people."""
    had = "population" in g.columns
    g["population"] = _number(g, "population", label)
    values = g["population"].to_numpy(float)
    bad = np.isinf(values) | (values < 0)
    if bad.any():
        raise InputError(
            f"{label}: attribute 'population' is infinite or negative for {feature_names(g, bad)}; "
            "correct it (a number of people, 0 or more)."
        )
    empty = np.isnan(values)
    if empty.any() and had:
        say(
            f"{label}: {int(empty.sum())} building(s) have no population value and count 0 people "
            f"({feature_names(g, empty)}).",
            notes,
        )
    g["population"] = g["population"].fillna(0.0)
    return g


def check_features(gdf: gpd.GeoDataFrame, role: str, label: str) -> gpd.GeoDataFrame:
    """The checks a project layer gets before the engine uses it: :func:`clean_features` and, for
    buildings, :func:`check_population` (see docs/layers.md, "What is left out, and said so")."""
    g = clean_features(gdf, role, label)
    if role == "assets" and len(g):
        g = check_population(g.copy(), label)
    if role == "roads" and len(g) and "speed_kmh" in g.columns:
        # Checked here so the refusal names the project file, layer and road (the network builder only
        # knows "layer 'roads'" and a row number of the merged layers).
        speed = pd.to_numeric(g["speed_kmh"], errors="coerce")
        closed = _bool(g["closed"], False) if "closed" in g.columns else pd.Series(False, index=g.index)
        bad = (speed <= 0) & ~closed
        if bad.any():
            raise InputError(
                f"{label}: attribute 'speed_kmh' is 0 or less for {int(bad.sum())} open road(s) "
                f"({feature_names(g, bad.to_numpy())}); give a positive speed or set closed=true."
            )
    return g


def check_unique_names(g: gpd.GeoDataFrame, label: str) -> None:
    """Jurisdictions are keyed by name: two features of one name would be merged silently, so refuse."""
    if "name" not in g.columns or len(g) == 0:
        return
    names = g["name"].astype(str).str.strip()
    dup = names[names.duplicated()]
    if len(dup):
        raise InputError(
            f"{label}: the jurisdiction name '{dup.iloc[0]}' is used by {int((names == dup.iloc[0]).sum())} "
            "features; give each jurisdiction its own name (or dissolve them into one feature)."
        )


def normalise(
    gdf: gpd.GeoDataFrame, role: str, label: str, notes: list[str] | None = None
) -> gpd.GeoDataFrame:
    """A copy of ``gdf`` with the contract attributes of ``role`` present, defaults filled, types coerced.

    Raises InputError naming ``label`` (file and layer) and the attribute for: a missing required
    attribute (jurisdictions ``name``/``country``, resources ``kind``, profile ``level_m``), a non-numeric
    value where a number is needed, a defense with neither ``crest_m`` nor ``height_m``, or geometry of
    the wrong kind. Missing optional attributes are filled with the contract's defaults and noted.
    """
    if role not in ROLES:
        raise InputError(f"{label}: unknown role '{role}'; use one of {', '.join(ROLES)}.")
    g = clean_features(contract_names(gdf, label, notes), role, label, notes).copy()

    def note(text: str) -> None:
        say(text, notes)

    if role == "jurisdictions":
        g["name"] = _text(g, "name", label, required=True)
        g["country"] = _text(g, "country", label, required=True)
        check_unique_names(g, label)
    elif role == "assets":
        if "population" not in g.columns and len(g):
            note(f"{label}: no 'population' attribute; every building counts 0 people.")
        g = check_population(g, label, notes)
        if "kind" not in g.columns and len(g):
            note(f"{label}: no 'kind' attribute; every building is taken as 'residential'.")
        g["kind"] = _text(g, "kind", label, default="residential").fillna("residential")
    elif role == "roads":
        g["speed_kmh"] = _number(g, "speed_kmh", label, default=50.0)
        if (g["speed_kmh"] <= 0).any():
            raise InputError(
                f"{label}: attribute 'speed_kmh' must be above 0; correct the roads with 0 or less."
            )
        g["closed"] = _bool(g["closed"], False) if "closed" in g.columns else False
        g["bridge"] = _bool(g["bridge"], False) if "bridge" in g.columns else False
    elif role == "resources":
        g["kind"] = (
            _text(g, "kind", label, required=True)
            .astype(object)
            .map(lambda v: v if v is None else str(v).strip().lower())
        )
        g["cross_border"] = _bool(g["cross_border"], True) if "cross_border" in g.columns else True
        g["capacity"] = _number(g, "capacity", label, default=0.0)
        _ids(g, "R", label)
        if "name" not in g.columns:
            g["name"] = g["kind"].str.capitalize() + " " + g["id"].astype(str)
        g["in_service"] = _bool(g["in_service"], True) if "in_service" in g.columns else True
    elif role == "defenses":
        has_crest = "crest_m" in g.columns
        has_height = "height_m" in g.columns
        if len(g) and not (has_crest or has_height):
            raise InputError(
                f"{label}: defenses need 'crest_m' (crest elevation, m) or 'height_m' (height above ground, m)."
            )
        g["crest_m"] = _number(g, "crest_m", label)
        g["height_m"] = _number(g, "height_m", label)
        missing = g["crest_m"].isna() & g["height_m"].isna()
        _ids(g, "D", label)
        if missing.any():
            bad = ", ".join(map(str, g.loc[missing, "id"].head(3)))
            raise InputError(
                f"{label}: defense {bad} has neither 'crest_m' nor 'height_m'; give one of them."
            )
        g["type"] = _text(g, "type", label, default="levee").fillna("levee").str.lower()
        g["status"] = _text(g, "status", label, default="existing").fillna("existing").str.lower()
        bad_status = ~g["status"].isin(DEFENSE_STATUS)
        if bad_status.any():
            raise InputError(
                f"{label}: attribute 'status' must be 'existing' or 'planned' (found '{g['status'][bad_status].iloc[0]}')."
            )
        g["cost"] = _number(g, "cost", label, default=0.0)
    elif role == "profile":
        g["level_m"] = _number(g, "level_m", label, required=True)
    geom = g.geometry.name
    return g[[c for c in g.columns if c != geom] + [geom]]  # geometry last, as GDAL reads it back


def _ids(g: gpd.GeoDataFrame, prefix: str, label: str) -> None:
    """Make sure an ``id`` column exists with unique text ids (missing ones are numbered)."""
    if "id" not in g.columns:
        g["id"] = [f"{prefix}{i + 1}" for i in range(len(g))]
        return
    ids = g["id"].astype(object)
    fill = [f"{prefix}{i + 1}" for i in range(len(g))]
    g["id"] = [
        str(v) if v is not None and not (isinstance(v, float) and np.isnan(v)) else f
        for v, f in zip(ids, fill)
    ]
    if g["id"].duplicated().any():
        dup = g["id"][g["id"].duplicated()].iloc[0]
        raise InputError(f"{label}: 'id' {dup} is used twice; give each feature its own id.")
