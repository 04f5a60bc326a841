"""Exposure: how deep the water stands at each building, and who lives there, per jurisdiction and country.

The depth at a building is the deepest water over the grid cells of its footprint (polygons) or the cell
under it (points), read through :class:`floodplan.sim.footprints.AssetCells` — an index built once per
asset layer and grid, so that each scenario costs one gather and one maximum (never a spatial join of the
buildings with the flood polygons).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from floodplan.core.grid import Grid
from floodplan.errors import InputError
from floodplan.model.versions import json_scalar
from floodplan.sim.footprints import AssetCells
from floodplan.sim.network import check_jurisdictions, locate_in_jurisdictions

#: Lower bounds of the default depth classes (m): 0–0.3, 0.3–1, 1–2, > 2.
DEFAULT_CLASSES = (0.0, 0.3, 1.0, 2.0)
#: Asset kinds listed as critical facilities.
from floodplan.core.vocabulary import CRITICAL_KINDS  # noqa: E402


def asset_max(cells: AssetCells, values: np.ndarray) -> np.ndarray:
    """Per-asset maximum of a grid (NaN cells ignored; NaN for assets off the grid), as
    ``AssetCells.max_of`` but by ``np.maximum.reduceat`` over the owner-sorted cells, several times
    faster than ``np.maximum.at`` on 20,000 buildings."""
    out = np.full(cells.n, np.nan)
    if len(cells.cells) == 0:
        return out
    v = np.asarray(values, dtype=float).ravel()[cells.cells]
    v = np.where(np.isnan(v), -np.inf, v)
    starts = np.flatnonzero(np.r_[True, cells.owner[1:] != cells.owner[:-1]])
    m = np.maximum.reduceat(v, starts)
    out[cells.owner[starts]] = np.where(np.isneginf(m), np.nan, m)
    return out


def representative_xy(geoms) -> np.ndarray:
    """One point per feature that lies on it: the point itself, a line's midpoint, a polygon's inner point."""
    geoms = np.asarray(geoms)
    if len(geoms) == 0:
        return np.zeros((0, 2))
    types = shapely.get_type_id(geoms)
    is_line = np.isin(types, [1, 2, 5])
    rep = shapely.point_on_surface(geoms)
    if is_line.any():
        rep[is_line] = shapely.line_interpolate_point(geoms[is_line], 0.5, normalized=True)
    return np.column_stack([shapely.get_x(rep), shapely.get_y(rep)])


def assign_jurisdictions(
    gdf: gpd.GeoDataFrame, jurisdictions: gpd.GeoDataFrame, layer: str = "assets"
) -> gpd.GeoDataFrame:
    """Tag each feature with the ``jurisdiction`` (name) and ``country`` it lies in.

    A feature belongs to the jurisdiction holding its representative point (see
    :func:`representative_xy`); one outside every jurisdiction takes the nearest, and the count of those
    is kept in ``result.attrs["outside"]`` so callers can tell the user.

    Parameters
    ----------
    gdf : GeoDataFrame
        Features in the jurisdictions' CRS.
    jurisdictions : GeoDataFrame
        Polygons with ``name`` and ``country``.

    Returns
    -------
    GeoDataFrame
        A copy of ``gdf`` with ``jurisdiction`` and ``country`` (str) columns.
    """
    check_jurisdictions(jurisdictions)
    out = gdf.copy()
    xy = representative_xy(out.geometry.values)
    idx, inside = locate_in_jurisdictions(xy, jurisdictions)
    names = jurisdictions["name"].astype(str).to_numpy()
    countries = jurisdictions["country"].astype(str).to_numpy()
    out["jurisdiction"] = names[idx] if len(idx) else np.array([], dtype=object)
    out["country"] = countries[idx] if len(idx) else np.array([], dtype=object)
    out.attrs["outside"] = int((~inside).sum())
    if out.attrs["outside"]:
        out.attrs["note"] = (
            f"{out.attrs['outside']} feature(s) of layer '{layer}' lie outside every jurisdiction and were "
            "given the nearest one"
        )
    return out


def population_of(assets: gpd.GeoDataFrame, notes: list | None = None) -> np.ndarray:
    """The ``population`` of each asset (people; default 0 when the attribute or a value is missing)."""
    if "population" not in assets.columns:
        if notes is not None:
            notes.append(
                "layer 'assets' has no attribute 'population': every building counts 0 people; "
                "add a 'population' column to count people"
            )
        return np.zeros(len(assets))
    pop = pd.to_numeric(assets["population"], errors="coerce").to_numpy(dtype=float)
    bad_text = np.isnan(pop) & assets["population"].notna().to_numpy()
    if bad_text.any():
        raise InputError(
            f"layer 'assets', attribute 'population': {int(bad_text.sum())} value(s) are not numbers "
            f"(first at row {int(np.nonzero(bad_text)[0][0])}); give a number of people"
        )
    pop = np.nan_to_num(pop, nan=0.0)
    if (pop < 0).any():
        raise InputError("layer 'assets', attribute 'population' has negative values; give 0 or more people")
    return pop


def class_labels(classes) -> list[str]:
    """Labels of depth classes from their lower bounds: (0, 0.3, 1, 2) -> '0-0.3', '0.3-1', '1-2', '>2'."""
    c = [float(x) for x in classes]
    labels = [f"{a:g}-{b:g}" for a, b in zip(c[:-1], c[1:])]
    labels.append(f">{c[-1]:g}")
    return labels


def depth_class(depth: np.ndarray, classes) -> np.ndarray:
    """Class index of each depth (m): class k holds lower_k < depth ≤ lower_{k+1}; -1 where dry or unknown.

    The first class starts above its lower bound (depth 0 is dry, not exposed).
    """
    c = np.asarray(classes, dtype=float)
    d = np.asarray(depth, dtype=float)
    k = np.searchsorted(c, d, side="left") - 1  # lower_k < d <= lower_{k+1}
    k = np.where(np.isfinite(d) & (d > c[0]), k, -1)
    return k


@dataclass
class ExposureResult:
    """Per-building depth and the exposure tables.

    Attributes
    ----------
    assets : GeoDataFrame
        Every asset with ``jurisdiction``, ``country``, ``population``, ``depth_m`` (NaN off the grid) and
        ``depth_class`` (label, None where dry).
    summary : dict
        ``classes`` (labels), ``jurisdictions`` and ``countries``, each keyed by name with
        ``assets``, ``population``, ``exposed_assets``, ``exposed_population`` and ``classes``
        {label: {assets, population}}; ``critical`` the list of critical facilities with their depth.
    critical : GeoDataFrame
        Critical facilities (hospitals, schools, care homes) that the water reaches, deepest first.
    notes : list of str
    """

    assets: gpd.GeoDataFrame
    summary: dict
    critical: gpd.GeoDataFrame
    notes: list = field(default_factory=list)


def _tables(code: np.ndarray, names, pop: np.ndarray, cls: np.ndarray, labels) -> dict:
    n = len(names)
    ok = code >= 0
    c = code[ok]
    p, k = pop[ok], cls[ok]
    wet = k >= 0
    cnt = np.bincount(c, minlength=n)
    tot = np.bincount(c, p, minlength=n)
    ecnt = np.bincount(c[wet], minlength=n)
    epop = np.bincount(c[wet], p[wet], minlength=n)
    out = {}
    for i, name in enumerate(names):  # a handful of jurisdictions or countries
        entry = {
            "assets": int(cnt[i]),
            "population": float(tot[i]),
            "exposed_assets": int(ecnt[i]),
            "exposed_population": float(epop[i]),
            "classes": {},
        }
        for j, lab in enumerate(labels):
            m = (c == i) & (k == j)
            entry["classes"][lab] = {"assets": int(m.sum()), "population": float(p[m].sum())}
        out[str(name)] = entry
    return out


def exposure(
    assets: gpd.GeoDataFrame,
    depth_grid: Grid,
    jurisdictions: gpd.GeoDataFrame,
    classes=DEFAULT_CLASSES,
    asset_cells: AssetCells | None = None,
) -> ExposureResult:
    """Depth at every building and exposed buildings and people per depth class, jurisdiction and country.

    Parameters
    ----------
    assets : GeoDataFrame
        Building polygons or points in the grid's CRS, with ``population`` (people, default 0) and
        ``kind`` (residential, school, care_home, hospital, ...; optional).
    depth_grid : Grid
        Water depth (m); 0 where dry, NaN where unknown.
    jurisdictions : GeoDataFrame
        Polygons with ``name`` and ``country``.
    classes : sequence of float
        Lower bounds of the depth classes (m), increasing; the last class is open-ended.
    asset_cells : AssetCells, optional
        The footprint index of these assets on this grid (built when not given; cache it across
        scenarios).

    Returns
    -------
    ExposureResult
    """
    notes: list[str] = []
    if assets is None or len(assets) == 0:
        raise InputError("layer 'assets' is empty; give buildings (polygons or points) to count exposure")
    c = np.asarray(classes, dtype=float)
    if c.ndim != 1 or len(c) < 1 or np.any(np.diff(c) <= 0):
        raise InputError(f"depth classes {tuple(classes)} must be increasing lower bounds in metres")
    tagged = assets if {"jurisdiction", "country"} <= set(assets.columns) else None
    if tagged is None:
        tagged = assign_jurisdictions(assets, jurisdictions, "assets")
        if tagged.attrs.get("note"):
            notes.append(tagged.attrs["note"])
    out = tagged.copy()
    out["population"] = population_of(assets, notes)
    if asset_cells is None:
        asset_cells = AssetCells.build(assets, depth_grid)
    depth = asset_max(asset_cells, depth_grid.z)
    off = np.isnan(depth)
    if off.any():
        notes.append(f"{int(off.sum())} building(s) lie off the depth grid: their depth is unknown")
    out["depth_m"] = depth
    labels = class_labels(c)
    k = depth_class(depth, c)
    out["depth_class"] = np.where(k >= 0, np.asarray(labels, dtype=object)[np.maximum(k, 0)], None)

    jur_names = jurisdictions["name"].astype(str).tolist()
    countries = sorted(pd.unique(jurisdictions["country"].astype(str)))
    pop = out["population"].to_numpy(dtype=float)
    jcode = pd.Index(jur_names).get_indexer(out["jurisdiction"].astype(str))
    ccode = pd.Index(countries).get_indexer(out["country"].astype(str))
    summary = {
        "classes": labels,
        "jurisdictions": _tables(jcode, jur_names, pop, k, labels),
        "countries": _tables(ccode, countries, pop, k, labels),
    }
    if "kind" in out.columns:
        wet = np.nonzero(k >= 0)[0]
        kinds = out["kind"].iloc[wet].astype(str).str.strip().str.lower().to_numpy()
        crit = out.iloc[wet[np.isin(kinds, CRITICAL_KINDS)]]
    else:
        notes.append("layer 'assets' has no attribute 'kind': critical facilities cannot be listed")
        crit = out.iloc[0:0]
    crit = crit.sort_values("depth_m", ascending=False)
    cols = [x for x in ("kind", "name", "jurisdiction", "country", "population", "depth_m", "depth_class")]
    cols = [x for x in cols if x in crit.columns]
    summary["critical"] = [
        {"index": json_scalar(i), **{col: json_scalar(v) for col, v in zip(cols, row)}}
        for i, row in zip(crit.index, crit[cols].itertuples(index=False, name=None))
    ]
    return ExposureResult(out, summary, crit, notes)
