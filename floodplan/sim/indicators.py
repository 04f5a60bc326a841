"""The plan's indicators per jurisdiction and per country (docs/command-line.md, "Plan versions and progress
reports"), and snapshots that carry them.

For each scenario of the project that ``floodplan run`` can run (a static flood: level, profile or
volume), from the same :func:`floodplan.sim.runner.run_scenario` as ``run``:

- ``covered_population`` {``joint``, ``national``}: people in buildings that at least one responding
  resource of any kind reaches within that kind's target time (the scenario's ``minutes``), in each
  response mode; exactly ``run``'s ``covered_population`` of the same jurisdiction or country;
- ``gap_population`` {``joint``, ``national``}: the people not covered (``run``'s ``gap_population``);
- ``cooperation_gain_population``: covered jointly minus covered nationally.

Where the project has flood events for ``floodplan risk``, ``ead_eur`` and ``eap_population`` join them:
see :data:`EXTRA_INDICATORS` — a hook that takes a function adding scalar indicators per scenario, so the
risk figures are one function there, and every consumer (snapshots, comparison, report, CSV, dashboard)
handles them without change.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import floodplan
from floodplan.model.scenario import Scenario
from floodplan.model.versions import AddSnapshot, Plan, Snapshot, now_iso, snapshots
from floodplan.notes import note_all
from floodplan.progress import Feedback

#: Indicators that come per response mode ({"joint": x, "national": y}).
MODED = ("covered_population", "gap_population")
#: The indicators every runnable scenario has, in the order reports list them.
BASE_INDICATORS = ("covered_population", "gap_population", "cooperation_gain_population")
#: Scalar indicators that only some projects have (risk: ``ead_eur``, ``eap_population``), in report order.
OPTIONAL_INDICATORS = ("ead_eur", "eap_population")
#: Flood kinds ``floodplan run`` runs (a dynamic flood is run by simulate and exercise).
RUNNABLE = ("level", "profile", "volume")
LEVELS = ("jurisdictions", "countries")

#: Extra indicator functions: ``fn(project, scenario, feedback) -> {"jurisdictions": {name: {indicator:
#: value}}, "countries": {...}}`` or None when the project has nothing for them. Risk's ``ead_eur`` and
#: ``eap_population`` (:func:`floodplan.sim.risk.risk_indicators`) are registered below.
EXTRA_INDICATORS: list[Callable[[Any, Scenario, Feedback], dict | None]] = []


def _risk_indicators(project, scenario: Scenario, feedback: Feedback) -> dict | None:
    from floodplan.sim.risk import risk_indicators

    return risk_indicators(project, scenario, feedback)


EXTRA_INDICATORS.append(_risk_indicators)


def runnable_scenarios(project) -> list[Scenario]:
    """The project's scenarios ``floodplan run`` can run, in project order."""
    return [s for s in project.scenarios.values() if s.flood in RUNNABLE]


def _run_key(sc: Scenario) -> str:
    """What decides a run's indicators: the scenario without its name, description, mode and exercise
    (both modes are computed anyway), so scenarios that differ only there are run once."""
    d = sc.to_dict()
    for k in ("name", "description", "mode", "tabletop"):
        d.pop(k, None)
    return json.dumps(d, sort_keys=True, default=str)


def compute_indicators(project, feedback: Feedback | None = None) -> dict[str, Any]:
    """The indicators of the project's current plan.

    Parameters
    ----------
    project : Project (not changed)
    feedback : progress and cancel (raises Cancelled between scenarios and inside each run)

    Returns
    -------
    dict
        ``jurisdictions`` and ``countries``: {name: {scenario: {indicator: value}}}, values in people
        (``covered_population`` and ``gap_population`` as {"joint": x, "national": y}); ``scenarios``: the
        scenario names in order; ``warnings``: the notes of the runs (also passed to
        :func:`floodplan.notes.note_all`).

    Raises
    ------
    InputError when a scenario cannot be run (as ``floodplan run``), Cancelled when cancelled.
    """
    from floodplan.sim.runner import run_scenario

    fb = feedback or Feedback()
    scenarios = runnable_scenarios(project)
    out: dict[str, Any] = {"jurisdictions": {}, "countries": {}, "scenarios": [], "warnings": []}
    done: dict[str, dict] = {}
    n = max(len(scenarios), 1)
    for i, sc in enumerate(scenarios):
        sub = fb.sub(i / n, (i + 1) / n)
        key = _run_key(sc)
        if key not in done:
            sub.step(0.0, f"indicators: {sc.name}")
            result = run_scenario(project, sc, feedback=sub, appraise=False, service_areas=False)
            notes = list(result.summary.get("notes", []))
            note_all(notes)
            out["warnings"] += [t for t in notes if t not in out["warnings"]]
            per = _access_indicators(result.access)
            for fn in EXTRA_INDICATORS:
                extra = fn(project, sc, sub)
                for level in LEVELS:
                    for name, values in ((extra or {}).get(level) or {}).items():
                        per[level].setdefault(name, {}).update(values)
            done[key] = per
        out["scenarios"].append(sc.name)
        for level in LEVELS:
            for name, values in done[key][level].items():
                out[level].setdefault(name, {})[sc.name] = json.loads(json.dumps(values))
    fb.step(1.0, "indicators done")
    return out


def _access_indicators(access: dict) -> dict[str, dict]:
    """{level: {name: indicators}} from run's access results in both modes."""
    per: dict[str, dict] = {}
    for level in LEVELS:
        j = access["joint"].summary[level]
        nat = access["national"].summary[level]
        per[level] = {}
        for name in j:
            cj = float(j[name]["covered_population"])
            cn = float(nat[name]["covered_population"]) if name in nat else 0.0
            per[level][str(name)] = {
                "covered_population": {"joint": cj, "national": cn},
                "gap_population": {
                    "joint": float(j[name]["gap_population"]),
                    "national": float(nat[name]["gap_population"]) if name in nat else float("nan"),
                },
                "cooperation_gain_population": cj - cn,
            }
    return per


def take_snapshot(project, name: str, note: str = "", feedback: Feedback | None = None) -> Snapshot:
    """A snapshot of the project's current plan with its indicators computed now (not yet added).

    Raises InputError for an empty or taken name (before any computation) and whatever
    :func:`compute_indicators` raises.
    """
    from floodplan.errors import InputError

    name = (name or "").strip()
    if not name:
        raise InputError("a version needs a name.")
    if any(s.name == name for s in snapshots(project)):
        raise InputError(f"the project already has a version named '{name}'; choose another name.")
    plan = Plan.of(project)
    inputs = input_fingerprint(project)
    indicators = compute_indicators(project, feedback)
    indicators["inputs"] = inputs
    return Snapshot(name, now_iso(), note or "", plan, indicators, floodplan.__version__)


def input_fingerprint(project) -> dict[str, str]:
    """A hash per layer that is not part of the plan (terrain, river, roads, buildings, jurisdictions...)
    and of the project's settings: the indicators of two versions can be compared as the plan's doing
    only when these are the same. {layer name: sha256 hex, "settings": sha256 hex}."""
    import hashlib

    import numpy as np
    import pandas as pd
    import shapely

    from floodplan.model.versions import PLAN_ROLES

    out = {}
    for lyr in project.layers:
        if lyr.role in PLAN_ROLES:
            continue
        h = hashlib.sha256(lyr.role.encode())
        if lyr.is_raster:
            h.update(np.ascontiguousarray(lyr.data.z).tobytes())
            h.update(repr(tuple(lyr.data.transform)).encode())
        else:
            d = lyr.data
            h.update(b"".join(shapely.to_wkb(d.geometry.to_numpy(), hex=False, include_srid=False)))
            attrs = d.drop(columns=d.geometry.name).astype(str)
            h.update(",".join(attrs.columns).encode())
            h.update(pd.util.hash_pandas_object(attrs, index=True).to_numpy().tobytes())
        out[lyr.name] = h.hexdigest()
    out["settings"] = hashlib.sha256(
        json.dumps(project.settings, sort_keys=True, default=str).encode()
    ).hexdigest()
    return out


def save_snapshot(project, name: str, note: str = "", feedback: Feedback | None = None) -> Snapshot:
    """Take a snapshot and add it to the project through its command stack (undoable)."""
    snap = take_snapshot(project, name, note, feedback)
    project.stack.push(AddSnapshot(snap))
    return snap


# ---------------------------------------------------------------- comparing indicators
def _pair(a, b) -> dict[str, Any]:
    ok = isinstance(a, int | float) and isinstance(b, int | float) and a == a and b == b
    return {"from": a, "to": b, "change": (b - a) if ok else None}


def compare_indicators(old: dict, new: dict) -> dict[str, Any]:
    """``jurisdictions`` and ``countries`` keyed by name, then scenario, then indicator, each
    ``{"from": x, "to": y, "change": y − x}`` (docs/command-line.md; ``covered_population`` and
    ``gap_population``
    keyed by ``joint``/``national`` first). A value missing on one side is null, and so is its change."""
    out: dict[str, Any] = {}
    for level in LEVELS:
        a, b = old.get(level) or {}, new.get(level) or {}
        table: dict[str, Any] = {}
        for name in dict.fromkeys([*a, *b]):
            sa, sb = a.get(name) or {}, b.get(name) or {}
            per: dict[str, Any] = {}
            for sc in dict.fromkeys([*sa, *sb]):
                ia, ib = sa.get(sc) or {}, sb.get(sc) or {}
                entry: dict[str, Any] = {}
                for ind in [
                    *BASE_INDICATORS,
                    *OPTIONAL_INDICATORS,
                    *[k for k in {**ia, **ib} if k not in (*BASE_INDICATORS, *OPTIONAL_INDICATORS)],
                ]:
                    if ind not in ia and ind not in ib:
                        continue
                    if ind in MODED:
                        va, vb = ia.get(ind) or {}, ib.get(ind) or {}
                        entry[ind] = {m: _pair(va.get(m), vb.get(m)) for m in ("joint", "national")}
                    else:
                        entry[ind] = _pair(ia.get(ind), ib.get(ind))
                per[sc] = entry
            table[name] = per
        out[level] = table
    return out


def indicator_rows(comparison: dict) -> list[dict[str, Any]]:
    """The comparison as flat rows (``level``, ``name``, ``scenario``, ``indicator``, ``mode``, ``from``,
    ``to``, ``change``; ``mode`` empty for indicators that have none), for CSV and tables."""
    rows = []
    for level in LEVELS:
        for name, per in (comparison.get(level) or {}).items():
            for sc, entry in per.items():
                for ind, v in entry.items():
                    for mode, pair in v.items() if ind in MODED else [("", v)]:
                        rows.append(
                            {
                                "level": "jurisdiction" if level == "jurisdictions" else "country",
                                "name": name,
                                "scenario": sc,
                                "indicator": ind,
                                "mode": mode,
                                **pair,
                            }
                        )
    return rows


# ---------------------------------------------------------------- the progress between two plans
CURRENT = "current"


def progress_between(
    project, from_name: str, to_name: str | None = None, feedback: Feedback | None = None, source: str = ""
) -> dict[str, Any]:
    """Compare two plan versions of a project (``to_name`` None: the current plan, computed now).

    Returns
    -------
    dict
        The contract's ``progress --json`` object: ``from`` and ``to`` (``name``, ``date``, and ``note``),
        ``jurisdictions`` and ``countries`` (:func:`compare_indicators`), ``warnings``; plus
        ``scenarios`` (names, in order) and ``changes`` (:func:`floodplan.model.versions.compare_plans`
        without its geometries). Under the private key ``_plans`` it keeps the two :class:`Plan` objects
        and the changed features' geometries for the maps (not written to JSON).

    Raises
    ------
    InputError naming the project when a snapshot is unknown; Cancelled when cancelled.
    """
    from floodplan.model.versions import compare_plans, find_snapshot

    where = source or (str(project.path) if project.path else "the project")
    old = find_snapshot(project, from_name, where)
    warnings: list[str] = []
    if to_name is None:
        plan = Plan.of(project)
        indicators = compute_indicators(project, feedback)
        new_info = {"name": CURRENT, "date": now_iso(), "note": ""}
        new_version = floodplan.__version__
        warnings += indicators.get("warnings", [])
        indicators["inputs"] = input_fingerprint(project)
    else:
        snap = find_snapshot(project, to_name, where)
        plan, indicators, new_version = snap.plan, snap.indicators, snap.floodplan_version
        new_info = snap.summary()
    fa, fb_ = old.indicators.get("inputs"), indicators.get("inputs")
    if fa is not None and fb_ is not None and fa != fb_:
        differ = sorted(k for k in set(fa) | set(fb_) if fa.get(k) != fb_.get(k))
        text = (
            f"{where}: besides the plan, {', '.join(differ)} differ between '{old.name}' and "
            f"'{new_info['name']}'; part of each change comes from them, not from the plan."
        )
        warnings.append(text)
        note_all([text])
    if old.floodplan_version != new_version:
        text = (
            f"{where}: version '{old.name}' was computed by floodplan {old.floodplan_version or 'unknown'} "
            f"and '{new_info['name']}' by floodplan {new_version or 'unknown'}; part of a change may come "
            "from the program, not the plan."
        )
        warnings.append(text)
        note_all([text])
    changes = compare_plans(old.plan, plan, project.crs)
    return {
        "from": old.summary(),
        "to": new_info,
        **compare_indicators(old.indicators, indicators),
        "scenarios": list(
            dict.fromkeys([*old.indicators.get("scenarios", []), *indicators.get("scenarios", [])])
        ),
        "changes": {"features": changes["features"], "scenarios": changes["scenarios"]},
        "warnings": warnings,
        "_plans": (old.plan, plan, changes["geometries"]),
    }


def indicator_series(
    versions, level: str, scenario: str, indicator: str, mode: str | None = None
) -> dict[str, list[float | None]]:
    """One indicator across plan versions, per jurisdiction (or country): what the app's trend chart
    draws as a line per name.

    Parameters
    ----------
    versions : sequence of Snapshot (oldest first)
    level : 'jurisdictions' or 'countries'
    scenario, indicator : which figure (``covered_population``, ``gap_population``,
        ``cooperation_gain_population``, or an optional one such as ``ead_eur``)
    mode : 'joint' or 'national' for the indicators of :data:`MODED`

    Returns
    -------
    {name: [value per version, None where that version lacks it]}, names in order of first appearance.
    """
    names: list[str] = []
    for v in versions:
        names += [n for n in (v.indicators.get(level) or {}) if n not in names]
    out: dict[str, list] = {n: [] for n in names}
    for v in versions:
        table = v.indicators.get(level) or {}
        for n in names:
            value = ((table.get(n) or {}).get(scenario) or {}).get(indicator)
            if indicator in MODED:
                value = (value or {}).get(mode or "joint")
            out[n].append(float(value) if isinstance(value, int | float) else None)
    return out
