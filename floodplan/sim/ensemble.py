"""Ensembles of floods with levee failures, run on Dask: docs/command-line.md `floodplan ensemble`.

Each member draws, for each event, which of the scheme's defenses fail, computes the flood with the failed
ones breached along their whole length, and the damage and affected people of every asset
(:mod:`floodplan.sim.damage`); over the members the ensemble gives the probability that each cell and each
building floods per event, and the spread of the expected annual damage (EAD) per jurisdiction.

- **Fragility** (a lognormal fragility curve, the form USACE's HEC-FDA and the levee fragility literature
  use, e.g. Vorogushyn, Merz & Apel 2009): a defense with ``fragility_median_m`` and ``fragility_beta``
  fails in an event with probability Φ(ln(h / median) / beta), where h is the event's water level at the
  defense minus the lowest ground under it (h ≤ 0: never fails). The water level at a defense is the
  event's flat level; for a profile flood the highest level of the profile surface along the defense;
  for a volume the level the flood reaches with every defense of the scheme standing. A defense without
  the two attributes never fails.
- **Draws** are counter-based: member m's uniform numbers in event e come from NumPy's Philox generator
  keyed by the seed with the counter (member, event) (Salmon et al. 2011, "Parallel random numbers: as
  easy as 1, 2, 3"), so a member's draws do not depend on which worker runs it, or when.
- **Identical states are computed once**: members whose failed sets agree share one flood per event. The
  states go to Dask in batches (a few per worker, so scheduling costs little against a flood of tens of
  milliseconds to seconds); the terrain, the defenses' cells, the events' water surfaces and the prepared
  assets go to the workers once (``Client.scatter(..., broadcast=True)``), not with every task.
- **Same answer everywhere**: every flood is computed by the same deterministic code, and the client adds
  the states' results up in a fixed order, so for one seed the result is bit-identical whatever the
  scheduler and the number of workers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.special import ndtr

from floodplan.core.checks import refuse_with
from floodplan.errors import Cancelled, InputError
from floodplan.model.project import Project
from floodplan.model.scenario import Scenario
from floodplan.progress import Feedback

__all__ = [
    "EnsembleResult",
    "EnsembleSetup",
    "draw_failures",
    "failure_probability",
    "run_ensemble",
]

#: Batches per worker: enough to balance the load, few enough that scheduling costs little.
BATCHES_PER_WORKER = 4


def failure_probability(h_m, median_m, beta) -> np.ndarray:
    """Lognormal fragility: Φ(ln(h / median) / beta); 0 where h ≤ 0 or the defense has no fragility.

    Parameters
    ----------
    h_m : array (...)
        Load: water level at the defense minus the lowest ground under it (m).
    median_m : array (...)
        Load at which half the defenses fail (m), > 0; NaN: never fails.
    beta : array (...)
        Logarithmic standard deviation, > 0; NaN: never fails.
    """
    h = np.asarray(h_m, dtype=float)
    med = np.asarray(median_m, dtype=float)
    b = np.asarray(beta, dtype=float)
    ok = (h > 0) & np.isfinite(med) & (med > 0) & np.isfinite(b) & (b > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.log(np.where(ok, h, 1.0) / np.where(ok, med, 1.0)) / np.where(ok, b, 1.0)
    return np.where(ok, ndtr(z), 0.0)


def draw_failures(seed: int, members: np.ndarray, event: int, p: np.ndarray) -> np.ndarray:
    """Which defenses fail, per member, in one event: u < p with u from a counter-based stream.

    Parameters
    ----------
    seed : int
        The ensemble's seed (the Philox key).
    members : ndarray (M,) int
        Member numbers (the counter's high word).
    event : int
        The event's index (the counter's next word).
    p : ndarray (n,)
        Failure probability of each defense in this event.

    Returns
    -------
    ndarray (M, n) bool
    """
    p = np.asarray(p, dtype=float)
    out = np.zeros((len(members), len(p)), bool)
    if len(p) == 0:
        return out
    for i, m in enumerate(np.asarray(members, dtype=np.uint64)):
        gen = np.random.Generator(np.random.Philox(key=int(seed), counter=[0, 0, int(event), int(m)]))
        out[i] = gen.random(len(p)) < p
    return out


@dataclass
class EnsembleSetup:
    """What every member shares, prepared once on the client and sent to each worker once.

    Attributes
    ----------
    dem : Grid — terrain without defenses (m).
    cells : DefenseCells — the scheme's defenses (ids, cells, crests).
    flooder : floodplan.sim.risk.EventFloods — the events' floods on any terrain.
    assets : floodplan.sim.damage.RiskAssets
    jcode : ndarray (n_assets,) int — each asset's jurisdiction index (−1: none).
    n_jurisdictions : int
    """

    dem: Any
    cells: Any
    flooder: Any
    assets: Any
    jcode: np.ndarray
    n_jurisdictions: int

    def evaluate(self, mask: int) -> dict:
        """The floods of every event with the defenses of bit mask ``mask`` standing.

        Returns a dict of per-event arrays: ``damage`` (E, J) EUR and ``affected`` (E, J) people per
        jurisdiction, ``cells`` (E, packed bits of rows*cols) the flooded cells, ``asset_flooded`` (E, n)
        bool.
        """
        from floodplan.sim.risk import _burn_subset

        depths, _notes = self.flooder.depths(_burn_subset(self.dem, self.cells, mask))
        J = self.n_jurisdictions
        on = self.jcode >= 0
        dmg, aff, packed, flooded = [], [], [], []
        for depth in depths:
            d = self.assets.damage(depth)
            a = self.assets.affected(depth)
            dmg.append(np.bincount(self.jcode[on], d[on], minlength=J)[:J])
            aff.append(np.bincount(self.jcode[on], a[on], minlength=J)[:J])
            wet = np.nan_to_num(depth, nan=0.0) > 0
            packed.append(np.packbits(wet.ravel()))
            cells = self.assets.cells
            fl = np.zeros(len(cells), bool)
            fl[cells >= 0] = wet.ravel()[cells[cells >= 0]]
            flooded.append(fl)
        return {
            "damage": np.array(dmg).reshape(len(depths), J),
            "affected": np.array(aff).reshape(len(depths), J),
            "cells": np.array(packed),
            "asset_flooded": np.array(flooded).reshape(len(depths), -1),
        }


def _evaluate_batch(setup: EnsembleSetup, masks: list[int]) -> dict[int, dict]:
    """A Dask task: the floods of a batch of states (a module-level function, so workers can import it)."""
    return {m: setup.evaluate(m) for m in masks}


@dataclass
class EnsembleResult:
    """Everything ``floodplan ensemble`` produces.

    Attributes
    ----------
    summary : dict — what ``--json`` prints (docs/command-line.md keys).
    p_flooded : list of ndarray (rows, cols) float32 — per event, the fraction of members in which each
        cell floods (NaN where the DEM has no data).
    asset_p_flooded : ndarray (E, n_assets) — the same per asset (its representative point).
    assets : GeoDataFrame — the project's assets (in the working CRS).
    events : list of floodplan.sim.risk.Event
    grid : Grid — the DEM the rasters are on.
    ead_members : ndarray (M, J) — each member's EAD per jurisdiction (EUR/year).
    """

    summary: dict
    p_flooded: list
    asset_p_flooded: np.ndarray
    assets: Any
    events: list
    grid: Any
    ead_members: np.ndarray
    notes: list = field(default_factory=list)


def _loads(setup: EnsembleSetup, events, surfaces_levels) -> np.ndarray:
    """The load h (m) on each defense in each event: (E, n)."""
    z = setup.dem.z.ravel()
    low = np.array([float(np.nanmin(z[c])) if len(c) else np.nan for c in setup.cells.cells])
    h = np.zeros((len(events), len(setup.cells.ids)))
    for e, level in enumerate(surfaces_levels):
        if callable(level):
            h[e] = [level(c) for c in setup.cells.cells]
        else:
            h[e] = level
        h[e] -= low
    return np.nan_to_num(h, nan=0.0)


def _water_levels(setup: EnsembleSetup, events) -> list:
    """Per event, the water level at the defenses: a number, or a function of a defense's cells."""
    from floodplan.sim.inundation import FloodModel
    from floodplan.sim.risk import _burn_subset

    out: list = []
    full = (1 << len(setup.cells.ids)) - 1
    model = None
    for k, ev in enumerate(events):
        if ev.flood == "level":
            out.append(float(ev.level_m))
        elif ev.flood == "profile":
            surface = setup.flooder.surfaces[k].ravel()
            out.append(lambda c, s=surface: float(np.nanmax(s[c])) if len(c) else np.nan)
        else:
            if model is None:
                model = FloodModel(_burn_subset(setup.dem, setup.cells, full), setup.flooder.sources)
            r = model.depth_for_volume(ev.volume_m3)
            out.append(np.nan if r.level_m is None else float(r.level_m))
    return out


def _fragility(defenses, ids: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """``fragility_median_m`` and ``fragility_beta`` of each scheme defense (NaN: never fails)."""
    import pandas as pd

    med = np.full(len(ids), np.nan)
    beta = np.full(len(ids), np.nan)
    if defenses is None or len(defenses) == 0 or "id" not in defenses.columns:
        return med, beta
    rows = {str(i): k for k, i in enumerate(defenses["id"].astype(str))}
    for col, out in (("fragility_median_m", med), ("fragility_beta", beta)):
        if col not in defenses.columns:
            continue
        vals = pd.to_numeric(defenses[col], errors="coerce").to_numpy(float)
        for i, did in enumerate(ids):
            out[i] = vals[rows[did]]
    for i, did in enumerate(ids):
        if np.isfinite(med[i]) != np.isfinite(beta[i]) or (
            np.isfinite(med[i]) and (med[i] <= 0 or beta[i] <= 0)
        ):
            raise InputError(
                f"defense '{did}': give both fragility_median_m (m, > 0) and fragility_beta (> 0), or neither."
            )
    return med, beta


def run_ensemble(
    project: Project,
    scenario: str | Scenario | None = None,
    events=None,
    members: int = 100,
    seed: int = 0,
    scheduler: str | None = None,
    workers: int | None = None,
    feedback: Feedback | None = None,
) -> EnsembleResult:
    """Run an ensemble of a project's scenario (see the module docstring); the project is never changed.

    Parameters
    ----------
    project : Project
    scenario : name or Scenario, optional
        Whose defenses make the scheme (as ``floodplan risk``).
    events : list of Event or ``T=FLOOD,…`` text, optional
        Default: the project's ``hq<N>`` profile floods.
    members : int
        Number of members, ≥ 1.
    seed : int
        The random stream's key, ≥ 0.
    scheduler : str, optional
        Address of a running dask.distributed scheduler (``tcp://HOST:PORT``); otherwise a LocalCluster.
    workers : int, optional
        Worker processes of the local cluster (default: the machine's cores).
    feedback : Feedback, optional
        Progress; cancelling it cancels the outstanding tasks.

    Raises
    ------
    InputError
        Bad counts, a scheduler that cannot be reached, bad fragility attributes, or what
        :func:`floodplan.sim.risk.compute_risk` refuses.
    Cancelled
    """
    import os

    from floodplan.sim.risk import (
        EventFloods,
        expected_annual,
        risk_scenario,
        scheme_inputs,
    )

    if not (isinstance(members, int | np.integer) and members >= 1):
        raise refuse_with("members", "the number of members", "{what} must be a whole number of 1 or more.")
    if not (isinstance(seed, int | np.integer) and 0 <= seed < 2**63):
        raise refuse_with("seed", "the random seed", "{what} must be a whole number of 0 or more.")
    if workers is not None and workers < 1:
        raise refuse_with("workers", "the number of workers", "{what} must be 1 or more.")
    fb = feedback or Feedback()
    sc = scenario if isinstance(scenario, Scenario) else risk_scenario(project, scenario)
    fb.step(0.0, "reading layers")
    si = scheme_inputs(project, sc, events, "the ensemble counts their damage.")
    dem, river, prof, events = si.dem, si.river, si.profile, si.events
    ra, sources, dc, names, jcode = si.assets, si.sources, si.cells, si.names, si.jcode
    assets, defenses = si.buildings, si.defenses
    notes: list[str] = list(ra.notes)
    n = len(dc.ids)
    median, beta = _fragility(defenses, list(dc.ids))
    fb.step(0.03, "water surfaces")
    flooder = EventFloods(dem, sources, events, prof, river, fb.sub(0.03, 0.1))
    setup = EnsembleSetup(dem, dc, flooder, ra, np.asarray(jcode), len(names))

    # Loads, failure probabilities and every member's state per event (on the client: cheap, and keyed by
    # (seed, member, event) so it does not matter where it runs).
    fb.step(0.1, "failure draws")
    h = _loads(setup, events, _water_levels(setup, events))
    pfail = failure_probability(h, median[None, :], beta[None, :])  # (E, n)
    full = (1 << n) - 1
    bits = (1 << np.arange(n, dtype=np.int64)) if n else np.zeros(0, np.int64)
    member_ids = np.arange(members)
    masks = np.empty((len(events), members), np.int64)
    fail_count = np.zeros((len(events), n))
    for e in range(len(events)):
        failed = draw_failures(seed, member_ids, e, pfail[e])
        fail_count[e] = failed.sum(axis=0)
        masks[e] = full - (failed.astype(np.int64) * bits).sum(axis=1) if n else 0
    states = sorted({int(m) for m in np.unique(masks)})

    fb.step(0.15, f"{len(states)} distinct flood state(s) on Dask")
    results, used, nworkers = _compute_states(setup, states, scheduler, workers or os.cpu_count() or 1, fb)

    # Add up in a fixed order (states sorted, members in order): bit-identical on any scheduler.
    fb.step(0.95, "statistics")
    E, J = len(events), len(names)
    rows, cols = dem.shape
    p = np.array([ev.probability for ev in events])
    D = np.zeros((members, E, J))
    p_cells = []
    asset_p = np.zeros((E, ra.n))
    for e in range(E):
        counts = np.zeros(rows * cols)
        for s in states:
            sel = masks[e] == s
            k = int(sel.sum())
            if k == 0:
                continue
            res = results[s]
            D[sel, e] = res["damage"][e]
            counts += k * np.unpackbits(res["cells"][e], count=rows * cols).astype(np.float64)
            asset_p[e] += k * res["asset_flooded"][e]
        grid_p = (counts / members).reshape(rows, cols).astype(np.float32)
        grid_p[~np.isfinite(dem.z)] = np.nan
        p_cells.append(grid_p)
    asset_p /= members
    ead = expected_annual(p, np.moveaxis(D, 1, 0))  # (members, J)
    summary: dict[str, Any] = {
        "scenario": sc.name,
        "members": int(members),
        "seed": int(seed),
        "scheduler": used,
        "workers": int(nworkers),
        "distinct_states": len(states),
        "events": [
            {
                "return_period_years": ev.return_period_years,
                "flood": ev.label,
                "defenses": {
                    did: {
                        "failure_probability": float(pfail[e, i]),
                        "failure_fraction": float(fail_count[e, i] / members),
                        "load_m": float(h[e, i]),
                    }
                    for i, did in enumerate(dc.ids)
                },
            }
            for e, ev in enumerate(events)
        ],
        "jurisdictions": {
            nm: {
                "ead_eur": {
                    "mean": float(ead[:, j].mean()),
                    "p05": float(np.percentile(ead[:, j], 5)),
                    "p50": float(np.percentile(ead[:, j], 50)),
                    "p95": float(np.percentile(ead[:, j], 95)),
                }
            }
            for j, nm in enumerate(names)
        },
    }
    never = [did for i, did in enumerate(dc.ids) if not np.isfinite(median[i])]
    if never:
        notes.append(
            f"defense(s) {', '.join(never)} have no fragility_median_m/fragility_beta: they never fail"
        )
    summary["warnings"] = list(dict.fromkeys(notes))
    fb.step(1.0, "done")
    return EnsembleResult(summary, p_cells, asset_p, assets, events, dem, ead, notes)


def _compute_states(setup, states, scheduler, n_workers, fb) -> tuple[dict, str, int]:
    """Evaluate every state on Dask; returns ({state: result}, scheduler used, workers)."""
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = None
    try:
        if scheduler:
            try:
                client = Client(scheduler, timeout="10s")
            except (OSError, TimeoutError) as exc:
                raise refuse_with(
                    "scheduler",
                    "the Dask scheduler",
                    f"{{what}} {scheduler}: no dask scheduler answers there ({exc}); start one with "
                    "'dask scheduler' and 'dask worker ADDRESS', or leave {what} out for a local cluster.",
                ) from None
            used = scheduler
        else:
            cluster = LocalCluster(
                n_workers=n_workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
            )
            client = Client(cluster)
            used = "local"
        with client:
            nw = max(len(client.scheduler_info().get("workers", {})), 1)
            # Scatter once: every worker gets the shared inputs a single time.
            shared = client.scatter(setup, broadcast=True)
            size = max(1, math.ceil(len(states) / (nw * BATCHES_PER_WORKER)))
            batches = [states[i : i + size] for i in range(0, len(states), size)]
            futures = [client.submit(_evaluate_batch, shared, b, pure=False) for b in batches]
            results: dict[int, dict] = {}
            done = 0
            for fut in as_completed(futures):
                if fb.cancelled:
                    client.cancel(futures)
                    raise Cancelled("ensemble cancelled; nothing was written.")
                results.update(fut.result())
                done += 1
                fb.step(0.15 + 0.8 * done / len(futures), f"{done} of {len(futures)} batches")
            return results, used, nw if scheduler else n_workers
    finally:
        if cluster is not None:
            cluster.close()


def write_ensemble(result: EnsembleResult, out_dir) -> dict[str, Any]:
    """Write ``p_flooded_T<T>.tif`` per event, ``ensemble.gpkg`` (layer ``assets`` with ``p_flooded_T<T>``)
    and ``ensemble.json`` into ``out_dir`` (docs/command-line.md); each file is written beside its final name
    and
    moved over it, so a crash never leaves a half file. Returns the paths by name."""
    import os
    from pathlib import Path

    from floodplan.io.raster import write_grid
    from floodplan.sim.results import _write_layer, to_json

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for ev, grid_p in zip(result.events, result.p_flooded, strict=True):
        final = out / f"p_flooded_{ev.tag}.tif"
        tmp = final.with_name(final.stem + ".part.tif")
        write_grid(result.grid.like(grid_p), tmp)
        os.replace(tmp, final)
        paths[f"p_flooded_{ev.tag}"] = final
    assets = result.assets.copy()
    for e, ev in enumerate(result.events):
        assets[f"p_flooded_{ev.tag}"] = result.asset_p_flooded[e]
    geom = assets.geometry.name
    assets = assets[[c for c in assets.columns if c != geom] + [geom]]
    gpkg = out / "ensemble.gpkg"
    tmp = out / "ensemble.part.gpkg"
    if tmp.exists():
        tmp.unlink()
    _write_layer(assets, tmp, "assets")
    os.replace(tmp, gpkg)
    paths["gpkg"] = gpkg
    js = out / "ensemble.json"
    tmp = out / "ensemble.part.json"
    tmp.write_text(to_json(result.summary) + "\n", encoding="utf-8")
    os.replace(tmp, js)
    paths["json"] = js
    return paths
