"""Ensembles with levee failures on Dask (CONTRACT.md `floodplan ensemble`), each against a hand computation:
the lognormal fragility, the failure fractions within their binomial spread, the same answer on any
scheduler, and the EAD of an ensemble without failures equal to `floodplan risk`'s."""

from __future__ import annotations

import json
import math
import os
import socket
import subprocess
import sys
import time

import numpy as np
import pytest

from floodplan.model.project import Project
from floodplan.sim.ensemble import draw_failures, failure_probability, run_ensemble
from floodplan.sim.risk import compute_risk
from floodplan.testing import polder_project

pytestmark = pytest.mark.slow


def _phi(x: float) -> float:
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


def _polder(fragility=True) -> Project:
    """The polder of floodplan.testing.polder_project: flat ground at 100 m, the river along row 0, two
    levees (crest 110 m: never overtopped) that close the polder only together. At the event level 101.5 m
    the load on both is h = 101.5 − 100 = 1.5 m: L1 (median 1.5 m, beta 0.4) fails with Φ(0) = 0.5; L2
    (median 1.5 × 1.5 / 1.3 m) with Φ(ln(1.3 / 1.5) / 0.4). One house in the polder in each country."""
    return polder_project(fragility=([1.5, 1.5 * 1.5 / 1.3], [0.4, 0.4]) if fragility else None)


P1 = 0.5
P2 = _phi(math.log(1.3 / 1.5) / 0.4)  # 0.3606…


def test_lognormal_fragility_by_hand():
    assert failure_probability(1.5, 1.5, 0.4) == pytest.approx(0.5)
    assert failure_probability(1.3, 1.5, 0.4) == pytest.approx(P2)
    # No load, or no fragility given: never fails.
    assert failure_probability([0.0, -1.0, 2.0], [1.5, 1.5, np.nan], [0.4, 0.4, 0.4]) == pytest.approx(
        [0, 0, 0]
    )


def test_draws_are_counter_based_per_member_and_event():
    p = np.array([P1, P2])
    a = draw_failures(7, np.arange(100), 0, p)
    # The same member gets the same draws whatever batch it comes in.
    b = draw_failures(7, np.array([42, 3]), 0, p)
    assert (b[0] == a[42]).all() and (b[1] == a[3]).all()
    # Another event or seed is another stream.
    assert (draw_failures(7, np.arange(100), 1, p) != a).any()
    assert (draw_failures(8, np.arange(100), 0, p) != a).any()


def test_failure_fractions_match_the_fragility_within_four_sigma():
    n = 2000
    r = run_ensemble(_polder(), events="100=101.5", members=n, seed=1, workers=1)
    (ev,) = r.summary["events"]
    for did, p in (("L1", P1), ("L2", P2)):
        d = ev["defenses"][did]
        assert d["failure_probability"] == pytest.approx(p)
        assert d["load_m"] == pytest.approx(1.5)
        assert abs(d["failure_fraction"] - p) <= 4 * math.sqrt(p * (1 - p) / n)
    # The polder floods when either levee fails: 1 − (1 − P1)(1 − P2) of the members, at each house.
    q = 1 - (1 - P1) * (1 - P2)
    assert abs(r.asset_p_flooded[0, 0] - q) <= 4 * math.sqrt(q * (1 - q) / n)
    assert r.asset_p_flooded[0, 0] == r.asset_p_flooded[0, 1]
    # The river cells flood in every member; the polder's cells as often as its houses.
    assert r.p_flooded[0][0, 5] == 1.0
    assert r.p_flooded[0][6, 4] == pytest.approx(r.asset_p_flooded[0, 0])


def test_ead_without_failures_equals_floodplan_risk():
    project = _polder(fragility=False)
    events = "10=100.5,100=101.5"
    ens = run_ensemble(project, events=events, members=20, seed=3, workers=1)
    risk = compute_risk(project, events=events)
    for name, j in ens.summary["jurisdictions"].items():
        e = j["ead_eur"]
        assert e["mean"] == pytest.approx(risk.summary["jurisdictions"][name]["ead_eur"], rel=1e-12)
        assert e["p05"] == e["p50"] == e["p95"] == pytest.approx(e["mean"], rel=1e-12)
    assert (
        "defense(s) L1, L2 have no fragility_median_m/fragility_beta: they never fail"
        in ens.summary["warnings"]
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_dask_cluster():
    """A separately started ``dask scheduler`` and one ``dask worker`` on loopback (stopped by the caller)."""
    port = _free_port()
    bindir = os.path.dirname(sys.executable)
    dask_cmd = os.path.join(bindir, "dask")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    sched = subprocess.Popen(
        [
            dask_cmd,
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--dashboard-address",
            ":0",
            "--no-show",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    addr = f"tcp://127.0.0.1:{port}"
    worker = subprocess.Popen(
        [
            dask_cmd,
            "worker",
            addr,
            "--nworkers",
            "2",
            "--nthreads",
            "1",
            "--host",
            "127.0.0.1",
            "--no-dashboard",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    from dask.distributed import Client

    deadline = time.monotonic() + 120
    while True:
        try:
            with Client(addr, timeout="5s") as c:
                c.wait_for_workers(2, timeout=60)
            break
        except Exception:
            if time.monotonic() > deadline or sched.poll() is not None:
                for proc in (worker, sched):
                    proc.terminate()
                raise
            time.sleep(0.5)
    return addr, (worker, sched)


def _comparable(summary: dict) -> str:
    s = {k: v for k, v in summary.items() if k not in ("scheduler", "workers")}
    return json.dumps(s, sort_keys=True)


def test_same_seed_same_result_on_one_worker_two_workers_and_a_separate_scheduler():
    project = _polder()
    events = "10=100.8,100=101.5,1000=102.5"
    one = run_ensemble(project, events=events, members=300, seed=11, workers=1)
    two = run_ensemble(project, events=events, members=300, seed=11, workers=2)
    addr, procs = _start_dask_cluster()
    try:
        remote = run_ensemble(project, events=events, members=300, seed=11, scheduler=addr)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=30)
    assert remote.summary["scheduler"] == addr and one.summary["scheduler"] == "local"
    assert _comparable(one.summary) == _comparable(two.summary) == _comparable(remote.summary)
    for a, b, c in zip(one.p_flooded, two.p_flooded, remote.p_flooded, strict=True):
        assert np.array_equal(a, b, equal_nan=True) and np.array_equal(a, c, equal_nan=True)
    # Members differ: the spread of EAD is real (some members lose a levee, others keep both).
    e = one.summary["jurisdictions"]["A-town"]["ead_eur"]
    assert e["p05"] < e["p95"]


def test_unreachable_scheduler_is_refused_in_one_sentence():
    from floodplan.errors import InputError

    with pytest.raises(InputError, match="no dask scheduler answers"):
        run_ensemble(_polder(), events="100=101.5", members=5, scheduler=f"tcp://127.0.0.1:{_free_port()}")


def test_an_empty_event_list_is_refused_as_risk_refuses_it():
    # Both read their inputs through floodplan.sim.risk.scheme_inputs. Before, the ensemble ran on no
    # event at all and reported an EAD of 0: a wrong number where a refusal is due.
    from floodplan.errors import InputError

    for run in (
        lambda: run_ensemble(_polder(), events=[], members=3),
        lambda: compute_risk(_polder(), events=[]),
    ):
        with pytest.raises(InputError, match="no event given"):
            run()
