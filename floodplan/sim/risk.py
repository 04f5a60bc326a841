"""Flood risk in money and people over floods of known return period, and what each defense is worth to
each jurisdiction: docs/command-line.md `floodplan risk`.

- **Events** ``T=FLOOD``: a return period T (years, p = 1/T) and a flood: a flat level (m), a profile flood
  of the project by name, or a volume (``V`` + m³). Default: the project's profile floods named ``hq<N>``.
- **Damage** per asset from :mod:`floodplan.sim.damage`; the affected population is the population of the
  assets whose representative point is under water.
- **EAD** (expected annual damage), events sorted by p (most frequent first):
  EAD = Σ ½ (Dᵢ + Dᵢ₊₁)(pᵢ − pᵢ₊₁) + D_rarest × p_rarest — the trapezoid rule over the risk curve
  plus the rarest event's damage for every rarer flood; floods more frequent than the most frequent event
  do no damage (the convention of HEC-FDA's and CLIMADA's trapezoidal EAD, with the rarest event held as
  the tail). EAP (expected annual affected population) is the same integral over people.
- **Defenses**: the scheme is the scenario's active defenses (existing, plus planned when the scenario
  builds them, less breached ones). Each defense's benefit is its Shapley value in avoided EAD (Shapley
  1953): the mean over every order of adding the scheme's defenses of the EAD it removes when added. The
  value of a set S of defenses in place is v(S) = EAD(no defense) − EAD(S), so the benefits sum to the
  scheme's avoided EAD; computed per jurisdiction (the Shapley value is linear), a negative value is harm
  done there (water pushed across, in volume events). Exact over all 2ⁿ subsets up to
  :data:`MAX_EXACT_DEFENSES` defenses — each subset's floods computed once and reused by every order that
  passes through it — and beyond that estimated from :data:`SAMPLED_ORDERS` random orders, with the
  standard error in the notes.
- **Money over time**: an annual amount A is worth A × (1 − (1 + r)^−years) / r (end-of-year payments);
  PV cost = ``cost`` (year 0) + ``maintenance_eur_per_year`` as an annuity; BCR = PV benefit / PV cost;
  NPV = PV benefit − PV cost. A jurisdiction's cost share is its share of the defense's positive avoided
  EAD; ``harm_eur_per_year`` is the EAD the defense adds there.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from math import factorial
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from floodplan.core.checks import refuse_with
from floodplan.core.grid import Grid
from floodplan.errors import InputError
from floodplan.model.project import Project
from floodplan.model.scenario import Scenario
from floodplan.progress import Feedback, step
from floodplan.sim.damage import SOURCE, Curve, RiskAssets

__all__ = [
    "Event",
    "RiskResult",
    "annuity_factor",
    "compute_risk",
    "default_events",
    "expected_annual",
    "parse_events",
    "shapley_exact",
]

#: Up to this many defenses the Shapley values are exact (2ⁿ subsets of floods); beyond, sampled orders.
MAX_EXACT_DEFENSES = 12
#: Random orders drawn when the scheme has more than MAX_EXACT_DEFENSES defenses.
SAMPLED_ORDERS = 100


@dataclass(frozen=True)
class Event:
    """One flood of known return period.

    Attributes
    ----------
    return_period_years : float
        T (years), at least 1; the annual exceedance probability is 1/T.
    flood : 'level' | 'profile' | 'volume'
    level_m : flat water level (m), for 'level'.
    profile_flood : the profile flood's name, for 'profile'.
    volume_m3 : volume (m³), for 'volume'.
    """

    return_period_years: float
    flood: str
    level_m: float | None = None
    profile_flood: str | None = None
    volume_m3: float | None = None

    @property
    def probability(self) -> float:
        return 1.0 / self.return_period_years

    @property
    def label(self) -> str:
        if self.flood == "level":
            return f"{self.level_m:g} m"
        if self.flood == "volume":
            return f"V{self.volume_m3:g} m³"
        return str(self.profile_flood)

    @property
    def tag(self) -> str:
        """The event's part of column names: ``T100`` (``damage_T100_eur``)."""
        return f"T{self.return_period_years:g}"


_EXAMPLE = "e.g. 100=hq100, 100=101.2 (a level in m) or 100=V4.6e6 (a volume in m³)"


def parse_events(text: str | list[str], profile_floods=()) -> list[Event]:
    """Events from ``T=FLOOD[,T=FLOOD…]`` (docs/command-line.md), rarest last.

    Raises
    ------
    InputError
        A bad return period (not a number, below 1, given twice), an unknown profile flood name, a
        negative volume, or no event at all.
    """
    items = text if isinstance(text, list) else [text]
    parts = [p.strip() for item in items for p in str(item).split(",") if p.strip()]
    known = {str(f) for f in profile_floods}
    out: list[Event] = []
    for part in parts:
        t_text, eq, flood = part.partition("=")
        if not eq or not flood.strip():
            raise refuse_with("events", "the events", f"{{what}} '{part}': give T=FLOOD, {_EXAMPLE}.")
        try:
            t = float(t_text)
        except ValueError:
            raise refuse_with(
                "events",
                "the events",
                f"{{what}} '{part}': the return period '{t_text}' is not a number of years.",
            ) from None
        if not math.isfinite(t) or t < 1:
            raise refuse_with(
                "events",
                "the events",
                f"{{what}} '{part}': the return period must be 1 year or more (p = 1/T).",
            )
        flood = flood.strip()
        try:
            out.append(Event(t, "level", level_m=float(flood)))
            continue
        except ValueError:
            pass
        if flood[:1] in ("V", "v"):
            try:
                v = float(flood[1:])
            except ValueError:
                v = None
            if v is not None:
                if not math.isfinite(v) or v < 0:
                    raise refuse_with(
                        "events", "the events", f"{{what}} '{part}': the volume must be 0 m³ or more."
                    )
                out.append(Event(t, "volume", volume_m3=v))
                continue
        if flood not in known:
            names = ", ".join(sorted(known)) if known else "none (the project has no profile layer)"
            raise refuse_with(
                "events",
                "the events",
                f"{{what}} '{part}': no profile flood named '{flood}'; the project's profile floods are {names}.",
            )
        out.append(Event(t, "profile", profile_flood=flood))
    if not out:
        raise refuse_with("events", "the events", f"{{what}}: no event given; {_EXAMPLE}.")
    ts = [e.return_period_years for e in out]
    dup = sorted({t for t in ts if ts.count(t) > 1})
    if dup:
        raise refuse_with(
            "events", "the events", f"{{what}}: return period {dup[0]:g} is given twice; give each T once."
        )
    return sorted(out, key=lambda e: e.return_period_years)


_HQ = re.compile(r"^hq(\d+(?:\.\d+)?)$", re.IGNORECASE)


def default_events(profile_floods) -> list[Event]:
    """Every profile flood named ``hq`` + a number N, with T = N (docs/command-line.md), rarest last."""
    out = []
    for name in sorted({str(f) for f in profile_floods}):
        m = _HQ.match(name)
        if m and float(m.group(1)) >= 1:
            out.append(Event(float(m.group(1)), "profile", profile_flood=name))
    ts = [e.return_period_years for e in out]
    if len(set(ts)) != len(ts):
        raise InputError("the project's profile floods give one return period twice (e.g. hq100 and HQ100).")
    return sorted(out, key=lambda e: e.return_period_years)


def expected_annual(probabilities, values) -> np.ndarray:
    """The contract's EAD integral of per-event values (damage or people).

    Parameters
    ----------
    probabilities : array (E,)
        Annual exceedance probability of each event (distinct, in (0, 1]).
    values : array (E, ...)
        The value of each event (EUR or people), any trailing shape.

    Returns
    -------
    ndarray (...) or float
        Σ ½ (Vᵢ + Vᵢ₊₁)(pᵢ − pᵢ₊₁) over events sorted by p (descending) + V_rarest × p_rarest.
    """
    p = np.asarray(probabilities, dtype=float)
    v = np.asarray(values, dtype=float)
    if len(p) == 0:
        return np.zeros(v.shape[1:]) if v.ndim > 1 else 0.0
    order = np.argsort(-p, kind="stable")
    p, v = p[order], v[order]
    dp = (p[:-1] - p[1:]).reshape((-1,) + (1,) * (v.ndim - 1))
    return (0.5 * (v[:-1] + v[1:]) * dp).sum(axis=0) + v[-1] * p[-1]


def annuity_factor(rate: float, years: float) -> float:
    """Present value of 1 EUR a year paid at the end of each of ``years`` years at ``rate``:
    (1 − (1 + r)^−years) / r, and ``years`` when r = 0."""
    if rate == 0:
        return float(years)
    return float((1.0 - (1.0 + rate) ** (-years)) / rate)


def shapley_exact(n: int, values: np.ndarray) -> np.ndarray:
    """Shapley values of n players from a value per coalition.

    Parameters
    ----------
    n : int
        Number of players (defenses).
    values : ndarray (2**n, ...)
        v(S) for every coalition S, indexed by its bit mask (bit i set: player i in S).

    Returns
    -------
    ndarray (n, ...)
        φᵢ = Σ_{S ∌ i} |S|! (n − |S| − 1)! / n! · (v(S ∪ {i}) − v(S)); they sum to v(all) − v(∅).
    """
    values = np.asarray(values, dtype=float)
    masks = np.arange(2**n)
    size = np.array([bin(m).count("1") for m in masks])
    w = np.array([factorial(s) * factorial(n - s - 1) / factorial(n) for s in range(n)]) if n else np.zeros(0)
    out = np.zeros((n,) + values.shape[1:])
    for i in range(n):
        without = masks[(masks >> i) & 1 == 0]
        wt = w[size[without]].reshape((-1,) + (1,) * (values.ndim - 1))
        out[i] = (wt * (values[without | (1 << i)] - values[without])).sum(axis=0)
    return out


# ------------------------------------------------------------------------------------------------ floods
class EventFloods:
    """The events' floods on any terrain (defenses burned in), with what does not depend on the terrain
    computed once: the water surface of each profile event.

    Parameters
    ----------
    dem : Grid
        Terrain without defenses (m); its geometry is shared by every terrain given to :meth:`depths`.
    sources : ndarray of bool
    events : list of Event
    profile : GeoDataFrame or None
        Profile points with ``flood`` and ``level_m`` (needed for profile events).
    river : GeoDataFrame or None
        River lines (chainage for profiles).
    """

    def __init__(
        self, dem: Grid, sources, events, profile=None, river=None, feedback: Feedback | None = None
    ):
        from floodplan.sim.inundation import profile_surface

        self.sources = sources
        self.events = list(events)
        self.surfaces: dict[int, np.ndarray] = {}
        for k, ev in enumerate(self.events):
            if ev.flood != "profile":
                continue
            step(feedback, k / max(len(self.events), 1), f"water surface of {ev.profile_flood}")
            pts = profile[profile["flood"].astype(str) == str(ev.profile_flood)]
            self.surfaces[k] = profile_surface(dem, sources, pts, river)

    def depths(self, terrain: Grid) -> tuple[list[np.ndarray], list[str]]:
        """The depth grid (m) of every event on ``terrain``, and the notes of those floods."""
        from floodplan.sim.inundation import FloodModel, depth_under_surface, flood_at_level

        model = None
        if any(ev.flood == "volume" for ev in self.events):
            model = FloodModel(terrain, self.sources)
        out, notes = [], []
        for k, ev in enumerate(self.events):
            if ev.flood == "profile":
                r = depth_under_surface(terrain, self.sources, self.surfaces[k])
            elif ev.flood == "volume":
                r = model.depth_for_volume(ev.volume_m3)
            elif model is not None:
                r = model.depth_at_level(ev.level_m)
            else:
                r = flood_at_level(terrain, self.sources, ev.level_m)
            out.append(np.asarray(r.depth.z, dtype=float))
            notes += [f"event T={ev.return_period_years:g} ({ev.label}): {n}" for n in r.notes]
        return out, notes


def _burn_subset(dem: Grid, cells, mask: int) -> Grid:
    """The terrain with the defenses of bit mask ``mask`` (bit k: defense k of ``cells``) raised."""
    z = dem.z.astype(np.float64, copy=True)
    flat = z.reshape(-1)
    for k, (c, crest) in enumerate(zip(cells.cells, cells.crests, strict=True)):
        if (mask >> k) & 1:
            flat[c] = np.fmax(flat[c], crest)
    return dem.like(z)


# ------------------------------------------------------------------------------------------------ result
@dataclass
class RiskResult:
    """Everything ``floodplan risk`` produces.

    Attributes
    ----------
    summary : dict
        What ``--json`` prints (docs/command-line.md keys and floodplan's additions).
    assets : GeoDataFrame
        Every asset with ``jurisdiction``, ``country``, ``damage_value_eur``, ``damage_curve``,
        ``depth_T<T>_m``, ``damage_T<T>_eur`` per event, ``ead_eur`` and ``eap_population``.
    jurisdictions : GeoDataFrame
        Jurisdiction polygons with ``name``, ``country``, ``ead_eur``, ``eap_population``.
    events : list of Event
    curve : dict
        {country: (return periods (E,), damage (E,) EUR)} for the risk curve, rarest last.
    notes : list of str
    """

    summary: dict
    assets: gpd.GeoDataFrame
    jurisdictions: gpd.GeoDataFrame
    events: list
    curve: dict
    notes: list = field(default_factory=list)


def risk_scenario(project: Project, name: str | None) -> Scenario:
    """The scenario whose defenses make the scheme; without any scenario, all existing defenses in joint
    mode (docs/command-line.md)."""
    if name is None and not project.scenarios:
        return Scenario("existing defenses", "all existing defenses, joint mode", flood="level", level_m=0.0)
    return project.scenario(name)


def profile_floods(project: Project) -> tuple[gpd.GeoDataFrame | None, list[str]]:
    """The project's profile points (every layer of role ``profile``) and their flood names."""
    prof = project.combined("profile")
    if len(prof) == 0 or "flood" not in prof.columns:
        return (prof if len(prof) else None), []
    return prof, sorted({str(f) for f in prof["flood"].dropna()})


@dataclass
class SchemeInputs:
    """What a risk or ensemble run of one scheme reads from a project, checked and on the DEM's grid.

    Attributes
    ----------
    dem : Grid
        The project's terrain (m).
    river : GeoDataFrame
        The river layers (the floods' sources and the profile's chainage).
    jurisdictions : GeoDataFrame
        Jurisdictions (``name``, ``country``) in the DEM's CRS.
    profile : GeoDataFrame or None
        The profile points (:func:`profile_floods`).
    events : list of Event
        The events, by increasing return period; at least one.
    buildings : GeoDataFrame
        The buildings (role ``assets``) in the DEM's CRS.
    assets : RiskAssets
        The buildings with their cells, curves and jurisdictions.
    sources : ndarray (rows, cols) of bool
        The river's cells.
    defenses : GeoDataFrame
        Every defense layer (empty when there is none).
    cells : DefenseCells
        The cells the scheme's defenses raise (the scenario's breaches and planned defenses applied).
    names : list of str
        Jurisdiction names in order of first appearance (the J axis of the results).
    jcode : ndarray (n_assets,) of int
        Each building's index in ``names`` (-1 outside every jurisdiction).
    """

    dem: Grid
    river: gpd.GeoDataFrame
    jurisdictions: gpd.GeoDataFrame
    profile: gpd.GeoDataFrame | None
    events: list[Event]
    buildings: gpd.GeoDataFrame
    assets: RiskAssets
    sources: np.ndarray
    defenses: gpd.GeoDataFrame
    cells: Any
    names: list[str]
    jcode: np.ndarray


def scheme_inputs(
    project: Project,
    scenario: Scenario,
    events: list[Event] | str | None,
    why_assets: str,
    curves: dict[str, Curve] | None = None,
) -> SchemeInputs:
    """Read and check what :func:`compute_risk` and :func:`floodplan.sim.ensemble.run_ensemble` need.

    Parameters
    ----------
    project : Project
    scenario : Scenario
        Whose breaches and planned defenses make the scheme.
    events : list of Event or ``T=FLOOD,…`` text, optional
        Default: the project's ``hq<N>`` profile floods.
    why_assets : str
        The end of the sentence refusing a project without buildings (what the caller counts).
    curves : {name: Curve}, optional
        Added to :data:`floodplan.sim.damage.DEFAULT_CURVES`.

    Raises
    ------
    InputError
        No river, jurisdictions or assets; no events; an unknown flood name.
    """
    from floodplan.sim.damage import DEFAULT_CURVES
    from floodplan.sim.setup import FloodSetup
    from floodplan.sim.terrain import to_grid_crs

    dem = project.dem
    river = project.combined("river")
    if len(river) == 0:
        raise InputError("the project has no river layer (role 'river'): the floods need a source of water.")
    jur = project.combined("jurisdictions")
    if len(jur) == 0:
        raise InputError(
            "the project has no jurisdictions layer (role 'jurisdictions' with name and country)."
        )
    assets = project.combined("assets")
    if len(assets) == 0:
        raise InputError(f"the project has no buildings (role 'assets'): {why_assets}")
    prof, floods = profile_floods(project)
    if events is None:
        events = default_events(floods)
        if not events:
            raise refuse_with(
                "events",
                "the events as",
                f"no events: the project has no profile flood named hq<N>; give {{what}} T=FLOOD, {_EXAMPLE}.",
            )
    elif isinstance(events, str) or any(isinstance(e, str) for e in events):
        events = parse_events(list(events) if not isinstance(events, str) else events, floods)
    events = sorted(events, key=lambda e: e.return_period_years)
    if not events:
        raise refuse_with("events", "the events", f"{{what}}: no event given; {_EXAMPLE}.")
    assets = to_grid_crs(assets, dem)
    jur = to_grid_crs(jur, dem)
    all_curves = dict(DEFAULT_CURVES)
    if curves:
        all_curves.update(curves)
    ra = RiskAssets.build(assets, dem, jur, all_curves)
    defenses = project.combined("defenses")
    # the river's cells and the scenario's active defenses, as every flood gets them (floodplan.sim.setup)
    setup = FloodSetup.build(dem, None, river, defenses, None, scenario)
    names = list(dict.fromkeys(jur["name"].astype(str)))
    return SchemeInputs(
        dem=dem,
        river=river,
        jurisdictions=jur,
        profile=prof,
        events=events,
        buildings=assets,
        assets=ra,
        sources=setup.sources,
        defenses=defenses,
        cells=setup.cells,
        names=names,
        jcode=np.asarray(pd.Index(names).get_indexer(ra.jurisdiction)),
    )


def compute_risk(
    project: Project,
    scenario: str | Scenario | None = None,
    events: list[Event] | str | None = None,
    curves: dict[str, Curve] | None = None,
    discount_rate: float = 0.03,
    years: float = 50,
    feedback: Feedback | None = None,
    max_exact: int = MAX_EXACT_DEFENSES,
    orders: int = SAMPLED_ORDERS,
    seed: int = 0,
    appraise: bool = True,
) -> RiskResult:
    """Risk of a project's scenario (see the module docstring); the project is never changed.

    Parameters
    ----------
    project : Project
    scenario : name or Scenario, optional
        Whose defenses make the scheme (default: the project's default scenario; all existing defenses
        when it has none).
    events : list of Event or ``T=FLOOD,…`` text, optional
        Default: the project's ``hq<N>`` profile floods.
    curves : {name: Curve}, optional
        The curves (default :data:`floodplan.sim.damage.DEFAULT_CURVES`; ``--curves`` adds to them).
    discount_rate : float
        r per year (0.03 = 3 %), 0 or more.
    years : float
        Appraisal period (years), more than 0.
    feedback : Feedback, optional
    max_exact, orders, seed : int
        Exact Shapley values up to ``max_exact`` defenses; otherwise ``orders`` random orders from ``seed``.
    appraise : bool
        False skips the defenses' Shapley values (their benefits are then 0): the EAD and EAP of the scheme
        alone need two floods per event, not one per subset of defenses (plan indicators use this).

    Raises
    ------
    InputError
        No river, jurisdictions or assets; no events; an unknown flood name; bad money parameters.
    Cancelled
        ``feedback`` was cancelled.
    """
    fb = feedback or Feedback()
    if not (math.isfinite(discount_rate) and discount_rate >= 0):
        raise refuse_with(
            "discount_rate", "the discount rate", "{what} must be 0 or more (0.03 is 3 % a year)."
        )
    if not (math.isfinite(years) and years > 0):
        raise refuse_with("years", "the appraisal period in years", "{what} must be more than 0.")
    sc = scenario if isinstance(scenario, Scenario) else risk_scenario(project, scenario)
    fb.step(0.0, "reading layers")
    si = scheme_inputs(project, sc, events, "risk counts damage to buildings.", curves)
    dem, river, jur, prof, events = si.dem, si.river, si.jurisdictions, si.profile, si.events
    ra, sources, dc, names, jcode = si.assets, si.sources, si.cells, si.names, si.jcode
    assets, defenses = si.buildings, si.defenses
    notes: list[str] = list(ra.notes)
    p = np.array([e.probability for e in events])
    n = len(dc.ids)

    jcountry = dict(zip(jur["name"].astype(str), jur["country"].astype(str), strict=True))
    countries = sorted(set(jcountry.values()))
    J, E = len(names), len(events)

    fb.step(0.02, "water surfaces")
    flooder = EventFloods(dem, sources, events, prof, river, fb.sub(0.02, 0.08))
    full = (1 << n) - 1
    exact = n <= max_exact
    n_states = 2**n if exact else None
    cache: dict[int, np.ndarray] = {}
    per_asset: dict[str, Any] = {}

    def ead_of(mask: int) -> np.ndarray:
        """EAD per jurisdiction (J,) with the defenses of ``mask`` in place; floods computed once."""
        if mask in cache:
            return cache[mask]
        done = len(cache)
        total = n_states or max(orders * n + 1, 1)
        fb.step(0.08 + 0.88 * done / total, f"floods with {bin(mask).count('1')} of {n} defense(s)")
        depths, fnotes = flooder.depths(_burn_subset(dem, dc, mask))
        D = np.zeros((E, J))
        P = np.zeros((E, J))
        for e, depth in enumerate(depths):
            dmg = ra.damage(depth)
            aff = ra.affected(depth)
            D[e] = np.bincount(jcode, dmg, minlength=J)[:J]
            P[e] = np.bincount(jcode, aff, minlength=J)[:J]
            if mask == full:
                per_asset.setdefault("damage", []).append(dmg)
                per_asset.setdefault("affected", []).append(aff)
                per_asset.setdefault("depth", []).append(
                    np.where(ra.cells >= 0, depth.ravel()[np.maximum(ra.cells, 0)], np.nan)
                )
        if mask == full:
            per_asset["D"], per_asset["P"] = D, P
            notes.extend(fnotes)
        cache[mask] = expected_annual(p, D)
        if mask == 0:
            per_asset["D0"] = D
        return cache[mask]

    ead_full = ead_of(full)
    ead_none = ead_of(0)
    se = None
    if n == 0 or not appraise:
        phi = np.zeros((n, J))
    elif exact:
        values = np.array([ead_none - ead_of(m) for m in range(2**n)])  # v(S) = avoided EAD
        phi = shapley_exact(n, values)
    else:
        rng = np.random.default_rng(seed)
        contrib = np.zeros((orders, n, J))
        for m in range(orders):
            mask = 0
            for i in rng.permutation(n):
                new = mask | (1 << int(i))
                contrib[m, i] = ead_of(mask) - ead_of(new)
                mask = new
        phi = contrib.mean(axis=0)
        se = contrib.sum(axis=2).std(axis=0, ddof=1) / math.sqrt(orders) if orders > 1 else np.zeros(n)
        notes.append(
            f"{n} defenses: more than {max_exact}, so each defense's benefit is its Shapley value estimated "
            f"from {orders} random orders (seed {seed}); standard error of the avoided EAD: "
            + ", ".join(f"{did} ±{s:,.0f} EUR/year" for did, s in zip(dc.ids, se, strict=True))
        )
    fb.step(0.97, "money")

    D, P = per_asset["D"], per_asset["P"]
    eap_j = expected_annual(p, P)
    ead_asset = expected_annual(p, np.array(per_asset["damage"]))
    eap_asset = expected_annual(p, np.array(per_asset["affected"]))
    af = annuity_factor(discount_rate, years)
    cidx = {c: [j for j, nm in enumerate(names) if jcountry[nm] == c] for c in countries}

    def by_country(vec):
        return {c: float(np.sum([vec[j] for j in idx])) for c, idx in cidx.items()}

    summary: dict[str, Any] = {
        "scenario": sc.name,
        "scheme": list(dc.ids),
        "discount_rate": discount_rate,
        "years": years,
        "annuity_factor": af,
        "shapley": "exact" if exact else f"sampled ({orders} orders)",
        "floods_computed": len(cache) * E,
        "curves_source": SOURCE,
    }
    summary["events"] = [
        {
            "return_period_years": ev.return_period_years,
            "probability": ev.probability,
            "flood": ev.label,
            "damage_eur": float(D[e].sum()),
            "affected_population": float(P[e].sum()),
            "damage_without_defenses_eur": float(per_asset["D0"][e].sum()),
            "jurisdictions": {
                nm: {"damage_eur": float(D[e, j]), "affected_population": float(P[e, j])}
                for j, nm in enumerate(names)
            },
            "countries": {
                c: {"damage_eur": float(D[e, idx].sum()), "affected_population": float(P[e, idx].sum())}
                for c, idx in cidx.items()
            },
        }
        for e, ev in enumerate(events)
    ]
    summary["jurisdictions"] = {
        nm: {
            "country": jcountry[nm],
            "ead_eur": float(ead_full[j]),
            "eap_population": float(eap_j[j]),
            "ead_without_defenses_eur": float(ead_none[j]),
        }
        for j, nm in enumerate(names)
    }
    ce, cp, c0 = by_country(ead_full), by_country(eap_j), by_country(ead_none)
    summary["countries"] = {
        c: {"ead_eur": ce[c], "eap_population": cp[c], "ead_without_defenses_eur": c0[c]} for c in countries
    }
    summary["ead_eur"] = float(ead_full.sum())
    summary["eap_population"] = float(eap_j.sum())
    summary["ead_without_defenses_eur"] = float(ead_none.sum())
    summary["avoided_ead_eur"] = float((ead_none - ead_full).sum())
    summary["defenses"] = _defense_economics(defenses, dc, phi, se, names, jcountry, cidx, af, notes)
    fb.step(0.99, "tables")

    out_assets = assets.copy()
    out_assets["jurisdiction"] = ra.jurisdiction
    out_assets["country"] = ra.country
    out_assets["damage_value_eur"] = ra.value_eur
    out_assets["damage_curve"] = ra.curve_name
    for e, ev in enumerate(events):
        out_assets[f"depth_{ev.tag}_m"] = per_asset["depth"][e]
        out_assets[f"damage_{ev.tag}_eur"] = per_asset["damage"][e]
    out_assets["ead_eur"] = ead_asset
    out_assets["eap_population"] = eap_asset
    geom = out_assets.geometry.name
    out_assets = out_assets[[c for c in out_assets.columns if c != geom] + [geom]]
    jgdf = jur[["name", "country", jur.geometry.name]].copy()
    jgdf["ead_eur"] = [summary["jurisdictions"][str(x)]["ead_eur"] for x in jgdf["name"].astype(str)]
    jgdf["eap_population"] = [
        summary["jurisdictions"][str(x)]["eap_population"] for x in jgdf["name"].astype(str)
    ]
    jgdf = jgdf[["name", "country", "ead_eur", "eap_population", jur.geometry.name]]
    tp = np.array([ev.return_period_years for ev in events])
    curve = {c: (tp, np.array([D[e, idx].sum() for e in range(E)])) for c, idx in cidx.items()}
    notes = list(dict.fromkeys(notes))
    summary["warnings"] = list(notes)
    fb.step(1.0, "done")
    return RiskResult(summary, out_assets, jgdf, events, curve, notes)


def _defense_economics(defenses, dc, phi, se, names, jcountry, cidx, af, notes) -> dict:
    """The contract's ``defenses`` object from the Shapley values phi (n, J) in avoided EAD (EUR/year)."""
    out: dict[str, Any] = {}
    meta = {}
    if defenses is not None and len(defenses) and "id" in defenses.columns:
        for _, row in defenses.iterrows():
            meta[str(row["id"])] = row
    for i, did in enumerate(dc.ids):
        row = meta.get(did)
        cost = float(dc.costs[i])
        maint = 0.0
        if row is not None and "maintenance_eur_per_year" in row.index:
            m = pd.to_numeric(pd.Series([row["maintenance_eur_per_year"]]), errors="coerce").iloc[0]
            maint = float(m) if np.isfinite(m) else 0.0
        # Shapley sums of differences leave round-off (1e-10 EUR) where a defense changes nothing.
        v = np.where(np.abs(phi[i]) < 1e-6, 0.0, phi[i]) + 0.0
        total = float(v.sum())
        pv_b = total * af
        pv_c = cost + maint * af
        pos = np.maximum(v, 0.0)
        spos = float(pos.sum())
        share = pos / spos if spos > 0 else np.zeros(len(v))
        if pv_c <= 0:
            notes.append(f"defense {did} has no cost (cost, maintenance_eur_per_year): its BCR is undefined")
        entry: dict[str, Any] = {
            "name": None
            if row is None or "name" not in row.index or pd.isna(row["name"])
            else str(row["name"]),
            "status": None if row is None or "status" not in row.index else str(row["status"]),
            "cost_eur": cost,
            "maintenance_eur_per_year": maint,
            "avoided_ead_eur": total,
            "pv_benefit_eur": pv_b,
            "pv_cost_eur": pv_c,
            "bcr": pv_b / pv_c if pv_c > 0 else None,
            "npv_eur": pv_b - pv_c,
            "jurisdictions": {
                nm: {
                    "country": jcountry[nm],
                    "avoided_ead_eur": float(v[j]),
                    "cost_share": float(share[j]),
                    "harm_eur_per_year": float(max(-v[j], 0.0)) + 0.0,
                    "cost_share_pv_eur": float(share[j] * pv_c),
                }
                for j, nm in enumerate(names)
            },
            "countries": {
                c: {
                    "avoided_ead_eur": float(v[idx].sum()),
                    "cost_share": float(share[idx].sum()),
                    "harm_eur_per_year": float(sum(max(-v[j], 0.0) for j in idx)) + 0.0,
                }
                for c, idx in cidx.items()
            },
        }
        if se is not None:
            entry["avoided_ead_standard_error_eur"] = float(se[i])
        gained = [c for c, e in entry["countries"].items() if e["cost_share"] > 0]
        hurt = [c for c, e in entry["countries"].items() if e["harm_eur_per_year"] > 0]
        if any(h != g for h in hurt for g in gained):
            notes.append(
                f"defense {did} avoids damage in {', '.join(gained)} and adds "
                + ", ".join(
                    f"{entry['countries'][h]['harm_eur_per_year']:,.0f} EUR/year in {h}" for h in hurt
                )
            )
        out[did] = entry
    return out


def risk_indicators(project: Project, scenario: Scenario, feedback: Feedback | None = None) -> dict | None:
    """The plan indicators ``ead_eur`` and ``eap_population`` of a scenario's scheme, per jurisdiction and
    country, over the project's default events (its ``hq<N>`` profile floods); None when it has none.

    Registered in :data:`floodplan.sim.indicators.EXTRA_INDICATORS`, so snapshots, the progress report and
    the dashboard carry them (docs/command-line.md, `floodplan snapshot` and `floodplan progress`).
    """
    _prof, floods = profile_floods(project)
    if not default_events(floods) or not len(project.combined("assets")):
        return None
    r = compute_risk(project, scenario, feedback=feedback, appraise=False)
    keys = ("ead_eur", "eap_population")
    return {
        level: {name: {k: float(v[k]) for k in keys} for name, v in r.summary[level].items()}
        for level in ("jurisdictions", "countries")
    }
