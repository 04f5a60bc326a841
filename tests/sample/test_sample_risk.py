"""The sample valley shows risk: its buildings' kinds map to JRC damage classes, and `risk` gives EAD per
side and the defenses' Shapley benefits (CONTRACT.md `floodplan risk`)."""

from __future__ import annotations

import pytest

from floodplan.io.projectfile import open_project
from floodplan.sample import sample_project_path
from floodplan.sim.damage import KIND_CURVE
from floodplan.sim.risk import compute_risk


@pytest.fixture(scope="module")
def project():
    return open_project(sample_project_path())


def test_every_building_kind_maps_to_a_jrc_damage_class(project):
    kinds = set(project.combined("assets")["kind"].astype(str).str.lower())
    assert kinds and kinds <= set(KIND_CURVE), kinds - set(KIND_CURVE)


def test_risk_on_the_sample_gives_ead_per_side_and_shapley_benefits(project):
    r = compute_risk(project, "hq100-joint")
    s = r.summary
    assert [e["return_period_years"] for e in s["events"]] == [30, 100, 300]  # hq30, hq100, hq300
    assert set(s["countries"]) == {"DE", "PL"}
    assert all(c["ead_without_defenses_eur"] > c["ead_eur"] for c in s["countries"].values())
    d = s["defenses"]
    # The benefits sum to the scheme's avoided EAD (Shapley efficiency), 2^5 subsets of 5 defenses.
    assert sum(x["avoided_ead_eur"] for x in d.values()) == pytest.approx(s["avoided_ead_eur"], rel=1e-9)
    assert s["floods_computed"] == 32 * 3
    # The Aue polder's levees and mobile wall only work together: about equal thirds of its benefit.
    aue = [d[k]["avoided_ead_eur"] for k in ("DE-L1", "DE-M1")]
    assert aue[0] == pytest.approx(aue[1], rel=1e-6) and aue[0] > 0
    # Maintenance (the sample's maintenance_eur_per_year) enters the PV cost as an annuity, CONTRACT.md:
    # by hand, 32,000 EUR/year over 50 years at 3 % is 32,000 × (1 − 1.03^−50) / 0.03 = 823,352 EUR.
    assert d["DE-L1"]["maintenance_eur_per_year"] == 32_000.0
    assert d["DE-L1"]["pv_cost_eur"] == pytest.approx(3_200_000.0 + 32_000.0 * (1 - 1.03**-50) / 0.03)
    assert all(x["maintenance_eur_per_year"] > 0 for x in d.values())
    for x in d.values():
        shares = [j["cost_share"] for j in x["jurisdictions"].values()]
        assert sum(shares) == pytest.approx(1.0) or sum(shares) == 0.0
