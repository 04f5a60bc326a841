"""Layer roles and the attributes CONTRACT.md fixes for each, with defaults and checks.

``normalise(gdf, role, label)`` returns a copy with every contract attribute present (defaults filled,
types coerced) or raises InputError naming the file/layer and the attribute to add.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from floodplan.errors import InputError

#: Roles a layer can play (CONTRACT.md), plus floodplan's additions: profile points and candidate sites.
ROLES = (
    "dem",
    "river",
    "jurisdictions",
    "assets",
    "roads",
    "defenses",
    "resources",
    "profile",
    "candidates",
    "other",
)
VECTOR_ROLES = tuple(r for r in ROLES if r != "dem")

RESOURCE_KINDS = ("fire", "ambulance", "rescue", "pump", "boat", "shelter", "hospital")
CRITICAL_KINDS = ("hospital", "school", "care_home", "kindergarten", "fire_station", "police")
DEFENSE_TYPES = ("levee", "wall", "mobile")
DEFENSE_STATUS = ("existing", "planned")

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


def check_geometry(gdf: gpd.GeoDataFrame, role: str, label: str) -> None:
    allowed = GEOMETRY_TYPES.get(role)
    if allowed is None or len(gdf) == 0:
        return
    types = set(gdf.geometry.geom_type.dropna().unique())
    wrong = types - set(allowed) - {"GeometryCollection"}
    if wrong:
        raise InputError(
            f"{label}: a {role} layer needs {' or '.join(sorted({a.replace('Multi', '').lower() for a in allowed}))} "
            f"geometries, not {', '.join(sorted(wrong))}; choose the right layer or role."
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
    check_geometry(gdf, role, label)
    g = gdf.copy()
    note = notes.append if notes is not None else (lambda s: None)
    if role == "jurisdictions":
        g["name"] = _text(g, "name", label, required=True)
        g["country"] = _text(g, "country", label, required=True)
    elif role == "assets":
        if "population" not in g.columns and len(g):
            note(f"{label}: no 'population' attribute; every building counts 0 people.")
        g["population"] = _number(g, "population", label, default=0.0)
        if (g["population"] < 0).any():
            raise InputError(f"{label}: attribute 'population' has negative values; correct them.")
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
        _ids(g, "R")
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
        _ids(g, "D")
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


def _ids(g: gpd.GeoDataFrame, prefix: str) -> None:
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
        raise InputError(f"'id' {dup} is used twice in the layer; give each feature its own id.")
