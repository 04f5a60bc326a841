"""Flood damage per asset: depth–damage curves and maximum damage per m², as docs/command-line.md (`floodplan
risk`).

Damage of an asset = value × fraction(depth), where

- value is the asset's ``value_eur``, or else its footprint area (m²) × the maximum damage per m² of its
  damage class (residential, commercial, industrial) in its country;
- fraction is a piecewise-linear depth–damage curve (depth in m → 0…1) read at the water depth at the
  asset's representative point (a point's own place; a polygon's ``point_on_surface``);
- the curve is the asset's ``curve`` attribute, else the curve named like its ``kind``, else the curve its
  kind maps to (:data:`KIND_CURVE`: schools and hospitals are "commercial" buildings in the JRC classes),
  else ``residential``.

Defaults (sources)
------------------
Curves: the European depth–damage functions of the JRC global database, Huizinga, J., de Moel, H. &
Szewczyk, W. (2017), *Global flood depth-damage functions: methodology and the database with guidelines*,
EUR 28552 EN, JRC105688, doi:10.2760/16510 — the "Europe" rows for residential buildings, commerce,
industry, transport, infrastructure (roads) and agriculture (section 3, damage functions per continent;
database sheet "Damage functions"). The same Europe residential curve is CLIMADA's
``ImpfRiverFlood`` for Europe (id 3) and HydroMT-FIAT's ``JRC_damage_functions.csv``.

Maximum damage: the JRC database's construction cost per m² per country (2010 EUR, sheet "MaxDamage-Data",
section 4 of the report), turned into a maximum damage per m² of footprint with the report's object-based
guidelines: depreciated value = 0.6 × construction cost, 40 % of it cannot be damaged, and contents add
50 % (residential), 100 % (commercial) or 150 % (industrial) of the damageable structure — the same
factors HydroMT-FIAT applies (``preprocess_jrc_damage_values``). Price year 2010, not indexed: set
``value_eur`` or scale by a construction price index for current prices. Andorra has no value in the JRC
database; it takes the European Union row, as does any country not listed here.

Pure functions for ensembles: :func:`damage_per_asset` maps depths at the assets (one array per flood) to
damage in EUR with no side effects, so a Monte Carlo member calls it with its own depth grid.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from floodplan.core.checks import Field, refuse_with
from floodplan.core.grid import Grid
from floodplan.errors import InputError

#: What the damage step reads and writes (landlab-style ``_info``: see :mod:`floodplan.core.checks`).
INFO = {
    "depth": Field("float32", "in", "m", "the water depth", "flood depth on the DEM's grid", shape="(rows, cols)"),
    "max_damage_eur_m2": Field("float64", "in", "EUR/m2", "the maximum damage", "per m² of floor, per kind",
                               shape="(n_assets,)"),
    "curve": Field("Curve", "in", "-", "the depth-damage curve", "damage fraction by depth (m)"),
    "damage_eur": Field("float64", "out", "EUR", "the damage", "per building", shape="(n_assets,)"),
    "ead_eur": Field("float64", "out", "EUR/year", "the expected annual damage", "per jurisdiction",
                     shape="{jurisdiction}"),
}  # fmt: skip

__all__ = [
    "Curve",
    "DEFAULT_CURVES",
    "KIND_CURVE",
    "MAX_DAMAGE_EUR_M2",
    "RiskAssets",
    "damage_per_asset",
    "depth_at_assets",
    "max_damage_eur_m2",
    "read_curves_csv",
]

SOURCE = (
    "Huizinga, de Moel & Szewczyk (2017), Global flood depth-damage functions, JRC105688, "
    "doi:10.2760/16510: Europe curves; maximum damage from construction cost per country (2010 EUR)"
)


@dataclass(frozen=True)
class Curve:
    """A piecewise-linear depth–damage curve.

    Attributes
    ----------
    name : str
    depth_m : ndarray (k,) float
        Depths (m), strictly increasing.
    fraction : ndarray (k,) float
        Damage fraction 0…1 at each depth. Below the first depth the fraction is interpolated from 0 at
        0 m (dry is no damage); beyond the last it stays at the last value.
    """

    name: str
    depth_m: np.ndarray
    fraction: np.ndarray

    def __call__(self, depth_m) -> np.ndarray:
        """Fraction (0…1) at each depth (m); 0 where dry (≤ 0) or unknown (NaN)."""
        d = np.asarray(depth_m, dtype=float)
        x, y = self.depth_m, self.fraction
        if x[0] > 0:  # a curve starting above 0 m rises from 0 at 0 m
            x, y = np.r_[0.0, x], np.r_[0.0, y]
        f = np.interp(np.nan_to_num(d, nan=0.0), x, y)
        return np.where(np.isfinite(d) & (d > 0), f, 0.0)


def _curve(name, depths, fractions) -> Curve:
    return Curve(name, np.asarray(depths, float), np.asarray(fractions, float))


_JRC_DEPTHS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0)
#: JRC105688 Europe depth–damage functions (fraction of maximum damage at 0, 0.5, 1, 1.5, 2, 3, 4, 5, 6 m).
DEFAULT_CURVES: dict[str, Curve] = {
    "residential": _curve("residential", _JRC_DEPTHS, (0, 0.25, 0.40, 0.50, 0.60, 0.75, 0.85, 0.95, 1.0)),
    "commercial": _curve("commercial", _JRC_DEPTHS, (0, 0.15, 0.30, 0.45, 0.55, 0.75, 0.90, 1.0, 1.0)),
    "industrial": _curve("industrial", _JRC_DEPTHS, (0, 0.15, 0.27, 0.40, 0.52, 0.70, 0.85, 1.0, 1.0)),
    "transport": _curve("transport", _JRC_DEPTHS, (0, 0.317, 0.542, 0.702, 0.832, 1.0, 1.0, 1.0, 1.0)),
    "roads": _curve("roads", _JRC_DEPTHS, (0, 0.25, 0.42, 0.55, 0.65, 0.80, 0.90, 1.0, 1.0)),
    "agriculture": _curve("agriculture", _JRC_DEPTHS, (0, 0.30, 0.55, 0.65, 0.75, 0.85, 0.95, 1.0, 1.0)),
}

#: Asset kinds and the JRC damage class (curve and maximum damage) they belong to. JRC's "commerce" holds
#: offices, schools, hospitals, hotels and shops; "industry" warehouses, factories and laboratories.
KIND_CURVE: dict[str, str] = {
    **dict.fromkeys(
        (
            "residential",
            "house",
            "detached",
            "semidetached_house",
            "terrace",
            "apartments",
            "bungalow",
            "farm",
            "dormitory",
        ),
        "residential",
    ),
    **dict.fromkeys(
        (
            "commercial",
            "retail",
            "shop",
            "office",
            "hotel",
            "school",
            "kindergarten",
            "university",
            "college",
            "hospital",
            "care_home",
            "clinic",
            "public",
            "civic",
            "government",
            "fire_station",
            "police",
            "church",
            "supermarket",
        ),
        "commercial",
    ),
    **dict.fromkeys(
        ("industrial", "warehouse", "factory", "manufacture", "laboratory", "barn", "farm_auxiliary"),
        "industrial",
    ),
}

#: JRC105688 construction cost per m² (2010 EUR): residential, commercial, industrial, by ISO 3166 code.
CONSTRUCTION_COST_EUR_M2: dict[str, tuple[float, float, float]] = {
    "DE": (1450.075218, 1507.319721, 977.3502816),
    "PL": (911.0387691, 979.3085581, 660.3818969),
    "FR": (1436.35291, 1494.080603, 969.5434816),
    "IT": (1368.137169, 1428.129461, 930.5586385),
    "ES": (1289.027494, 1351.347305, 884.9640521),
    "EU": (1333.40006, 1394.454954, 910.5902978),  # the "European Union" row
}
# JRC object-based guidelines: depreciated share, undamageable share, contents relative to structure.
_DEPRECIATED, _UNDAMAGEABLE = 0.6, 0.4
_CONTENTS = {"residential": 0.5, "commercial": 1.0, "industrial": 1.5}
CLASSES = ("residential", "commercial", "industrial")
_COUNTRY_ALIASES = {
    "DEU": "DE",
    "GERMANY": "DE",
    "DEUTSCHLAND": "DE",
    "POL": "PL",
    "POLAND": "PL",
    "POLSKA": "PL",
    "FRA": "FR",
    "FRANCE": "FR",
    "ITA": "IT",
    "ITALY": "IT",
    "ITALIA": "IT",
    "ESP": "ES",
    "SPAIN": "ES",
    "ESPAÑA": "ES",
    "AND": "AD",
    "ANDORRA": "AD",
}


def _max_damage(cost: float, cls: str) -> float:
    structure = cost * _DEPRECIATED * (1.0 - _UNDAMAGEABLE)
    return structure * (1.0 + _CONTENTS[cls])


#: Maximum damage per m² of footprint (2010 EUR) by country code and damage class (see module docstring).
MAX_DAMAGE_EUR_M2: dict[str, dict[str, float]] = {
    code: {cls: round(_max_damage(c, cls), 2) for cls, c in zip(CLASSES, costs, strict=True)}
    for code, costs in CONSTRUCTION_COST_EUR_M2.items()
}
MAX_DAMAGE_EUR_M2["AD"] = dict(MAX_DAMAGE_EUR_M2["EU"])  # JRC has no Andorran value


def country_code(country) -> str | None:
    """ISO 3166 alpha-2 code of a country given as a code or an English/native name, None if unknown."""
    key = str(country).strip().upper()
    key = _COUNTRY_ALIASES.get(key, key)
    return key if key in MAX_DAMAGE_EUR_M2 else None


def max_damage_eur_m2(country, damage_class: str) -> float:
    """Maximum damage per m² of footprint (2010 EUR) of a damage class in a country (EU row if unknown)."""
    code = country_code(country) or "EU"
    return MAX_DAMAGE_EUR_M2[code][damage_class if damage_class in CLASSES else "residential"]


def read_curves_csv(path: str | Path) -> dict[str, Curve]:
    """Curves from a CSV with columns ``curve,depth_m,fraction`` (one row per point).

    Raises
    ------
    InputError
        The file is missing or unreadable, a column is missing, a value is not a number, a fraction lies
        outside 0…1, a depth is negative or repeated within a curve, or a curve has fewer than 2 points.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such curves file; give a CSV with columns curve,depth_m,fraction.")
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: cannot be read as a CSV of curves ({exc}).") from None
    need = {"curve", "depth_m", "fraction"}
    if not rows or not need <= {str(k).strip() for k in rows[0]}:
        raise InputError(
            f"{path}: the curves CSV needs the columns curve,depth_m,fraction and one row per point."
        )
    points: dict[str, list[tuple[float, float]]] = {}
    for i, row in enumerate(rows, start=2):
        row = {str(k).strip(): v for k, v in row.items()}
        name = str(row["curve"] or "").strip().lower()
        try:
            d, f = float(row["depth_m"]), float(row["fraction"])
        except (TypeError, ValueError):
            raise InputError(f"{path}, line {i}: depth_m and fraction must be numbers.") from None
        if not name:
            raise InputError(f"{path}, line {i}: the curve has no name.")
        if not (math.isfinite(d) and d >= 0):
            raise InputError(f"{path}, line {i}: depth_m must be 0 or more (m).")
        if not (math.isfinite(f) and 0.0 <= f <= 1.0):
            raise InputError(f"{path}, line {i}: fraction must lie between 0 and 1.")
        points.setdefault(name, []).append((d, f))
    out = {}
    for name, pts in points.items():
        pts.sort()
        depths = [p[0] for p in pts]
        if len(pts) < 2:
            raise InputError(f"{path}: curve '{name}' has one point; give at least two (depth_m, fraction).")
        if len(set(depths)) != len(depths):
            raise InputError(f"{path}: curve '{name}' gives the same depth twice; give each depth once.")
        out[name] = _curve(name, depths, [p[1] for p in pts])
    return out


def depth_at_assets(depth: np.ndarray, cells: np.ndarray) -> np.ndarray:
    """Depth (m) at each asset's representative cell; NaN for assets off the grid (cell −1).

    Parameters
    ----------
    depth : ndarray (rows, cols)
        Water depth (m), 0 where dry, NaN where unknown.
    cells : ndarray (n,) int64
        Flat cell index of each asset's representative point, −1 off the grid.
    """
    flat = np.asarray(depth, dtype=float).ravel()
    out = np.full(len(cells), np.nan)
    on = cells >= 0
    out[on] = flat[cells[on]]
    return out


def damage_per_asset(
    depth_m: np.ndarray, value_eur: np.ndarray, curve_index: np.ndarray, curves: list[Curve]
) -> np.ndarray:
    """Damage (EUR) of each asset in one flood: value × curve(depth). Pure: no state, no side effects.

    Parameters
    ----------
    depth_m : ndarray (n,)
        Depth at each asset (m); ≤ 0 or NaN does no damage.
    value_eur : ndarray (n,)
        Maximum damage of each asset (EUR).
    curve_index : ndarray (n,) int
        Index into ``curves`` of each asset's curve.
    curves : list of Curve

    Returns
    -------
    ndarray (n,) float
        Damage (EUR), 0 where dry.
    """
    frac = np.zeros(len(depth_m))
    for k, curve in enumerate(curves):
        m = curve_index == k
        if m.any():
            frac[m] = curve(depth_m[m])
    return value_eur * frac


def _finite(values) -> np.ndarray:
    return pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float)


def _words(assets: pd.DataFrame, column: str, default: str) -> np.ndarray:
    """A text attribute as trimmed lower-case words (object array, one per row); ``default`` where the
    value is missing or the layer has no such column (so " House " and "house" name the same thing)."""
    if column not in assets.columns:
        return np.full(len(assets), default, dtype=object)
    values = assets[column].astype(object)
    return values.where(values.notna(), default).astype(str).str.strip().str.lower().to_numpy()


@dataclass
class RiskAssets:
    """The assets prepared for damage: what does not change from flood to flood, computed once.

    Attributes
    ----------
    cells : ndarray (n,) int64
        Flat index of the cell under each representative point (−1 off the grid).
    value_eur : ndarray (n,)
        Maximum damage (EUR): ``value_eur`` or footprint area × maximum damage per m².
    area_m2 : ndarray (n,)
        Footprint area (m²; 0 for points).
    curve_index : ndarray (n,) int
        Index into ``curves``.
    curves : list of Curve
    curve_name : ndarray (n,) object
    population : ndarray (n,)
    jurisdiction, country : ndarray (n,) object
    notes : list of str
    """

    cells: np.ndarray
    value_eur: np.ndarray
    area_m2: np.ndarray
    curve_index: np.ndarray
    curves: list
    curve_name: np.ndarray
    population: np.ndarray
    jurisdiction: np.ndarray
    country: np.ndarray
    notes: list

    @property
    def n(self) -> int:
        return len(self.cells)

    def damage(self, depth: np.ndarray) -> np.ndarray:
        """Damage (EUR) per asset for a depth grid (rows, cols) in m on the grid these assets were built for."""
        return damage_per_asset(
            depth_at_assets(depth, self.cells), self.value_eur, self.curve_index, self.curves
        )

    def affected(self, depth: np.ndarray) -> np.ndarray:
        """Population of each asset whose representative point is under water (depth > 0), else 0."""
        d = depth_at_assets(depth, self.cells)
        return np.where(np.isfinite(d) & (d > 0), self.population, 0.0)

    @classmethod
    def build(
        cls,
        assets: gpd.GeoDataFrame,
        grid: Grid,
        jurisdictions: gpd.GeoDataFrame,
        curves: dict[str, Curve] | None = None,
        layer: str = "assets",
    ) -> RiskAssets:
        """Prepare assets (in the grid's metric CRS) for damage.

        Raises
        ------
        InputError
            An asset's ``curve`` names no known curve; ``value_eur`` holds negative or non-numeric values.
        """
        from floodplan.sim.exposure import assign_jurisdictions, population_of

        curves = dict(DEFAULT_CURVES if curves is None else curves)
        notes: list[str] = []
        tagged = assign_jurisdictions(assets, jurisdictions, layer)
        if tagged.attrs.get("note"):
            notes.append(tagged.attrs["note"])
        n = len(assets)
        geoms = np.asarray(assets.geometry.values)
        rep = shapely.point_on_surface(geoms) if n else np.zeros(0, object)
        r, c = grid.rowcol(shapely.get_x(rep), shapely.get_y(rep)) if n else (np.zeros(0, int),) * 2
        r, c = np.asarray(r), np.asarray(c)
        on = grid.inside(r, c) if n else np.zeros(0, bool)
        cells = np.where(on, r * grid.shape[1] + c, -1).astype(np.int64)
        if (~on).any():
            notes.append(
                f"{int((~on).sum())} asset(s) of layer '{layer}' lie off the DEM: they count no damage"
            )
        area = shapely.area(geoms) if n else np.zeros(0)
        area = np.where(np.isin(shapely.get_type_id(geoms), [3, 6]), area, 0.0) if n else area

        kinds = _words(assets, "kind", "residential")
        own = _words(assets, "curve", "")
        unknown = sorted({x for x in own if x and x not in curves})
        if unknown:
            raise refuse_with(
                "curves",
                "a file of depth-damage curves",
                f"layer '{layer}', attribute 'curve': no curve named {', '.join(repr(u) for u in unknown[:5])}; "
                f"use one of {', '.join(sorted(curves))} or add it with {{what}}.",
            )
        by_kind = np.array(
            [k if k in curves else KIND_CURVE.get(k, "residential") for k in kinds], dtype=object
        )
        name = np.where(own != "", own, by_kind) if n else np.zeros(0, object)
        names = list(curves)
        index = pd.Index(names).get_indexer(name) if n else np.zeros(0, int)
        # The damage class (maximum damage per m²) follows the kind; a custom curve keeps its kind's class.
        dclass = np.array(
            [KIND_CURVE.get(k, k if k in CLASSES else "residential") for k in kinds], dtype=object
        )
        dclass = np.where(np.isin(dclass, CLASSES), dclass, "residential")
        country = tagged["country"].astype(str).to_numpy() if n else np.zeros(0, object)
        unknown_c = sorted({x for x in set(country) if country_code(x) is None})
        if unknown_c:
            notes.append(
                f"no JRC maximum damage for country {', '.join(unknown_c)}: its buildings take the European "
                "Union's (2010 EUR/m²); set value_eur to override"
            )
        per_m2 = np.array([max_damage_eur_m2(ct, dc) for ct, dc in zip(country, dclass, strict=True)])
        value = area * per_m2 if n else np.zeros(0)
        if "value_eur" in assets.columns:
            given = _finite(assets["value_eur"])
            bad = np.isnan(given) & assets["value_eur"].notna().to_numpy()
            if bad.any():
                raise InputError(
                    f"layer '{layer}', attribute 'value_eur': {int(bad.sum())} value(s) are not numbers; "
                    "give the maximum damage in EUR."
                )
            if (given < 0).any():
                raise InputError(
                    f"layer '{layer}', attribute 'value_eur' has negative values; give 0 or more EUR."
                )
            value = np.where(np.isfinite(given), given, value)
        points = (area == 0) & ~(
            np.isfinite(_finite(assets["value_eur"])) if "value_eur" in assets.columns else False
        )
        if n and points.any():
            notes.append(
                f"{int(points.sum())} asset(s) of layer '{layer}' are points without value_eur: with no "
                "footprint area they count no damage; give value_eur"
            )
        return cls(
            cells=cells,
            value_eur=np.asarray(value, dtype=float),
            area_m2=np.asarray(area, dtype=float),
            curve_index=np.asarray(index, dtype=np.int64),
            curves=[curves[k] for k in names],
            curve_name=np.asarray(name, dtype=object),
            population=population_of(assets),
            jurisdiction=tagged["jurisdiction"].astype(str).to_numpy() if n else np.zeros(0, object),
            country=country,
            notes=notes,
        )
