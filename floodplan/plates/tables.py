"""Tables read from a scenario result (:class:`floodplan.sim.result.ScenarioResult`), shared by the plate's
summary and the report.

All populations are people; areas m² (km² only in the report's display); the cooperation gain of a country
or jurisdiction is its covered population in joint mode minus that in national mode (docs/command-line.md
``run``).
A missing part of the result (no access run, no defenses) gives an empty table, never an error.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: Asset kinds listed as critical facilities when uncovered.
from floodplan.core.vocabulary import CRITICAL_KINDS  # noqa: E402
from floodplan.core.vocabulary import MODES_NATIONAL_FIRST as MODES  # noqa: E402
from floodplan.render.resultview import access_view, boat_only, exposure_summary
from floodplan.sim.result import ScenarioResult


def _access_summary(result: ScenarioResult, mode: str) -> dict:
    return access_view(result, mode)["summary"]


def _names(project, key: str) -> list[str]:
    jur = project.combined("jurisdictions")
    if len(jur) == 0 or key not in jur.columns:
        return []
    vals = jur[key].astype(str).tolist()
    return sorted(dict.fromkeys(vals)) if key == "country" else list(dict.fromkeys(vals))


def _exposed(result: ScenarioResult, level: str, name: str) -> float:
    e = exposure_summary(result).get(level, {}) or {}
    entry = e.get(name) or {}
    v = entry.get("exposed_population")
    return float(v) if v is not None else np.nan


def _cov(result: ScenarioResult, mode: str, level: str, name: str, key: str) -> float:
    entry = (_access_summary(result, mode).get(level) or {}).get(name) or {}
    v = entry.get(key)
    return float(v) if v is not None else np.nan


def boat_only_population(result: ScenarioResult, mode: str = "joint") -> dict[str, float]:
    """People per country whom a boat reaches in time and no road vehicle does, in ``mode``'s result
    (:func:`floodplan.render.resultview.boat_only`); {} when the result has no boats."""
    assets = access_view(result, mode)["assets"]
    mask = boat_only(assets)
    if mask is None or "country" not in assets.columns:
        return {}
    pop = assets["population"].to_numpy(dtype=float)
    country = assets["country"].astype(str).to_numpy()
    return {str(c): float(pop[mask & (country == c)].sum()) for c in pd.unique(country)}


def country_summary(project, result: ScenarioResult) -> pd.DataFrame:
    """Per country: flooded population, covered population and gap (joint mode), cooperation gain, and
    the people reached only by boat (joint mode; see :func:`boat_only`).

    Columns: country, flooded_population, covered_population, gap_population, covered_population_national,
    cooperation_gain, boat_only_population (people; NaN where the result lacks that part, e.g. no boats).
    """
    rows = []
    boats = boat_only_population(result, "joint")
    for c in _names(project, "country"):
        joint = _cov(result, "joint", "countries", c, "covered_population")
        national = _cov(result, "national", "countries", c, "covered_population")
        rows.append(
            {
                "country": c,
                "flooded_population": _exposed(result, "countries", c),
                "covered_population": joint,
                "gap_population": _cov(result, "joint", "countries", c, "gap_population"),
                "covered_population_national": national,
                "cooperation_gain": joint - national,
                "boat_only_population": boats.get(c, 0.0) if boats else np.nan,
            }
        )
    return pd.DataFrame(
        rows,
        columns=[
            "country",
            "flooded_population",
            "covered_population",
            "gap_population",
            "covered_population_national",
            "cooperation_gain",
            "boat_only_population",
        ],
    )


KIND_COLUMNS = [
    "kind",
    "country",
    "population",
    "covered_population_national",
    "covered_population_joint",
    "gap_population_joint",
    "cooperation_gain",
]


def kind_table(project, result: ScenarioResult) -> pd.DataFrame:
    """Per resource kind and country: the people that kind alone reaches within its target time in each
    mode (the run's ``kinds`` figures, docs/command-line.md, `floodplan access`), the joint gap and the gain.

    Columns: :data:`KIND_COLUMNS` (people); one row per kind present and country, kinds in the run's
    order. Empty when the result carries no per-kind figures.
    """
    tabs = {m: (_access_summary(result, m).get("kinds") or {}) for m in MODES}
    rows = []
    for k in tabs["joint"]:
        for c in _names(project, "country"):
            j = (tabs["joint"].get(k, {}).get("countries") or {}).get(c) or {}
            n = (tabs["national"].get(k, {}).get("countries") or {}).get(c) or {}
            cj = float(j.get("covered_population", np.nan))
            cn = float(n.get("covered_population", np.nan))
            rows.append(
                {
                    "kind": k,
                    "country": c,
                    "population": float(j.get("population", np.nan)),
                    "covered_population_national": cn,
                    "covered_population_joint": cj,
                    "gap_population_joint": float(j.get("gap_population", np.nan)),
                    "cooperation_gain": cj - cn,
                }
            )
    return pd.DataFrame(rows, columns=KIND_COLUMNS)


def jurisdiction_table(project, result: ScenarioResult) -> pd.DataFrame:
    """Per jurisdiction: population, flooded population and area, volume, coverage in both modes and gain."""
    jur = project.combined("jurisdictions")
    inund = result.inundation.jurisdictions
    expo = exposure_summary(result).get("jurisdictions", {}) or {}
    rows = []
    for name, country in zip(jur["name"].astype(str), jur["country"].astype(str)) if len(jur) else []:
        i = inund.get(name)
        e = expo.get(name) or {}
        row = {
            "jurisdiction": name,
            "country": country,
            "population": float(e.get("population", np.nan))
            if e
            else _cov(result, "joint", "jurisdictions", name, "population"),
            "flooded_population": float(e.get("exposed_population", np.nan)) if e else np.nan,
            "flooded_area_m2": i.flooded_area_m2 if i is not None else np.nan,
            "volume_m3": i.volume_m3 if i is not None else np.nan,
        }
        for m in MODES:
            row[f"covered_population_{m}"] = _cov(result, m, "jurisdictions", name, "covered_population")
            row[f"gap_population_{m}"] = _cov(result, m, "jurisdictions", name, "gap_population")
        row["cooperation_gain"] = row["covered_population_joint"] - row["covered_population_national"]
        rows.append(row)
    return pd.DataFrame(rows)


def depth_class_table(result: ScenarioResult) -> pd.DataFrame:
    """Long table of exposure by depth class: level ('jurisdiction'/'country'), name, depth_class, assets,
    population."""
    expo = exposure_summary(result)
    rows = []
    for level, key in (("jurisdiction", "jurisdictions"), ("country", "countries")):
        for name, e in (expo.get(key) or {}).items():
            for cls, v in (e.get("classes") or {}).items():
                rows.append(
                    {
                        "level": level,
                        "name": name,
                        "depth_class": cls,
                        "assets": int(v.get("assets", 0)),
                        "population": float(v.get("population", 0.0)),
                    }
                )
    return pd.DataFrame(rows, columns=["level", "name", "depth_class", "assets", "population"])


def defense_table(result: ScenarioResult) -> pd.DataFrame:
    """Each defense's benefit, harm and cost share per jurisdiction (people; share 0–1; cost in currency)."""
    rows = []
    for did, entry in result.appraisal.items():
        cost = entry.cost
        for jname, v in entry.jurisdictions.items():
            share = float(v.get("cost_share", 0.0) or 0.0)
            rows.append(
                {
                    "defense": str(did),
                    "jurisdiction": str(jname),
                    "country": v.get("country"),
                    "benefit_population": float(v.get("benefit_population", 0.0) or 0.0),
                    "harm_population": float(v.get("harm_population", 0.0) or 0.0),
                    "cost_share": share,
                    "cost": cost,
                    "cost_share_amount": float(v.get("cost_share_amount", share * cost)),
                }
            )
    return pd.DataFrame(
        rows,
        columns=[
            "defense",
            "jurisdiction",
            "country",
            "benefit_population",
            "harm_population",
            "cost_share",
            "cost",
            "cost_share_amount",
        ],
    )


def uncovered_critical(result: ScenarioResult) -> pd.DataFrame:
    """Critical facilities (hospitals, schools, care homes, kindergartens) left uncovered, per mode."""
    parts = []
    for mode in MODES:
        assets = access_view(result, mode)["assets"]
        if (
            assets is None
            or len(assets) == 0
            or "kind" not in assets.columns
            or "covered" not in assets.columns
        ):
            continue
        kind = assets["kind"].astype(str).str.strip().str.lower()
        sel = assets[kind.isin(CRITICAL_KINDS).to_numpy() & ~assets["covered"].astype(bool).to_numpy()]
        cols = [
            c
            for c in ("kind", "name", "jurisdiction", "country", "population", "depth_m", "minutes")
            if c in sel.columns
        ]
        t = pd.DataFrame(sel[cols]).copy()
        t.insert(0, "mode", mode)
        parts.append(t)
    if not parts:
        return pd.DataFrame(
            columns=["mode", "kind", "name", "jurisdiction", "country", "population", "depth_m", "minutes"]
        )
    return pd.concat(parts, ignore_index=True)
