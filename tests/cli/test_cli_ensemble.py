"""`floodplan ensemble` as scripts use it (CONTRACT.md): the contract's files and JSON keys on the sample
valley, whose levees carry fragility, and one-line refusals of bad options."""

from __future__ import annotations

import json

import pyogrio
import pytest
import rasterio

from floodplan.testing import run_floodplan as floodplan

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    d = tmp_path_factory.mktemp("sample")
    assert floodplan("sample", d).returncode == 0
    return d / "valley.gpkg"


def test_ensemble_on_the_sample_writes_the_contract_files(sample, tmp_path):
    out = tmp_path / "ens"
    proc = floodplan("ensemble", sample, "--members", 40, "--seed", 5, "--workers", 1, "--out", out, "--json")
    assert proc.returncode == 0, proc.stderr
    s = json.loads(proc.stdout)
    assert {"members", "seed", "scheduler", "workers", "events", "jurisdictions", "warnings"} <= set(s)
    assert (s["members"], s["seed"], s["scheduler"], s["workers"]) == (40, 5, "local", 1)
    # The sample's profile floods hq30, hq100 and hq300 are the default events, rarest last.
    assert [e["return_period_years"] for e in s["events"]] == [30, 100, 300]
    for ev in s["events"]:
        assert set(ev["defenses"]) == {"DE-L1", "DE-M1", "DE-L2", "DE-W1", "PL-L1"}
        for d in ev["defenses"].values():
            assert 0 <= d["failure_fraction"] <= 1 and 0 <= d["failure_probability"] <= 1
        # The river wall has no fragility: it never fails (and a note says so).
        assert ev["defenses"]["DE-W1"]["failure_probability"] == 0
    assert any("DE-W1" in w and "never fail" in w for w in s["warnings"])
    # A bigger flood loads the levees more: PL-L1 fails more often at T=300 than at T=30.
    pl = [ev["defenses"]["PL-L1"]["failure_probability"] for ev in s["events"]]
    assert pl[0] < pl[1] < pl[2]
    for name, j in s["jurisdictions"].items():
        e = j["ead_eur"]
        assert e["p05"] <= e["p50"] <= e["p95"], name
    for t in (30, 100, 300):
        with rasterio.open(out / f"p_flooded_T{t}.tif") as src:
            p = src.read(1, masked=True)
            assert 0 <= p.min() and p.max() == pytest.approx(1.0)
    cols = pyogrio.read_info(out / "ensemble.gpkg", layer="assets")["fields"]
    assert {"p_flooded_T30", "p_flooded_T100", "p_flooded_T300"} <= set(cols)
    assert json.loads((out / "ensemble.json").read_text())["members"] == 40


@pytest.mark.parametrize(
    "args, text",
    [
        (["--members", "0"], "--members"),
        (["--members", "5", "--workers", "0"], "--workers"),
        (["--members", "5", "--events", "100=nowhere"], "no profile flood named 'nowhere'"),
        (["--members", "5", "--scheduler", "tcp://127.0.0.1:9"], "no dask scheduler answers"),
    ],
)
def test_bad_options_are_one_line_and_exit_2(sample, tmp_path, args, text):
    proc = floodplan("ensemble", sample, *args, "--out", tmp_path / "o")
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("floodplan: error:") and text in lines[0], proc.stderr
