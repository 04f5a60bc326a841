"""Flood risk (CONTRACT.md `floodplan risk`): damage, EAD, Shapley benefits, PV/BCR and cost shares, each
against a hand computation."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import LineString

from floodplan.errors import InputError
from floodplan.model.project import Layer
from floodplan.sim.damage import (
    DEFAULT_CURVES,
    MAX_DAMAGE_EUR_M2,
    damage_per_asset,
    max_damage_eur_m2,
    read_curves_csv,
)
from floodplan.sim.risk import (
    annuity_factor,
    compute_risk,
    default_events,
    expected_annual,
    parse_events,
    shapley_exact,
)
from floodplan.testing import POLDER_CELL_M, POLDER_X0, POLDER_Y0, normalised_layer
from floodplan.testing import polder_project as _polder_project

X0, Y0, CS = POLDER_X0, POLDER_Y0, POLDER_CELL_M


# ------------------------------------------------------------------------------- damage
def test_jrc_europe_curves_and_maximum_damage_match_the_publication():
    # JRC105688 Europe residential: 0.25 at 0.5 m, 0.40 at 1 m, 0.60 at 2 m; linear between: 0.325 at 0.75 m.
    res = DEFAULT_CURVES["residential"]
    assert res([0.0, 0.5, 0.75, 1.0, 2.0, 9.0, np.nan, -1]) == pytest.approx(
        [0, 0.25, 0.325, 0.40, 0.60, 1.0, 0, 0]
    )
    assert DEFAULT_CURVES["commercial"]([1.0]) == pytest.approx([0.30])
    assert DEFAULT_CURVES["industrial"]([1.0]) == pytest.approx([0.27])
    # Germany, residential: construction cost 1450.075218 EUR/m² (2010) × 0.6 depreciated × 0.6 damageable
    # × 1.5 (contents 50 %) = 783.04 EUR/m², by hand.
    assert MAX_DAMAGE_EUR_M2["DE"]["residential"] == pytest.approx(783.04, abs=0.01)
    # Poland, industrial: 660.3818969 × 0.36 × 2.5 = 594.34 EUR/m².
    assert max_damage_eur_m2("Poland", "industrial") == pytest.approx(594.34, abs=0.01)
    # Andorra has no JRC value: the European Union row (1333.40006 × 0.54 = 720.04).
    assert max_damage_eur_m2("AD", "residential") == pytest.approx(720.04, abs=0.01)


def test_damage_per_asset_is_value_times_curve_at_the_depth():
    curves = [DEFAULT_CURVES["residential"], DEFAULT_CURVES["commercial"]]
    d = damage_per_asset(
        np.array([1.0, 1.0, 0.0]), np.array([1000.0, 1000.0, 5.0]), np.array([0, 1, 0]), curves
    )
    assert d == pytest.approx([400.0, 300.0, 0.0])


def test_curves_csv_adds_curves_and_refuses_bad_rows(tmp_path):
    good = tmp_path / "c.csv"
    good.write_text("curve,depth_m,fraction\nshed,0,0\nshed,2,0.5\n")
    assert read_curves_csv(good)["shed"]([1.0]) == pytest.approx([0.25])
    for text in (
        "curve,depth_m,fraction\nshed,0,0\nshed,1,1.5\n",  # fraction above 1
        "curve,depth_m\nshed,0\n",  # a column missing
        "curve,depth_m,fraction\nshed,0,0\n",  # one point
        "curve,depth_m,fraction\nshed,x,0\nshed,1,1\n",  # not a number
    ):
        good.write_text(text)
        with pytest.raises(InputError, match="c.csv"):
            read_curves_csv(good)


# ------------------------------------------------------------------------------- EAD and events
def test_ead_of_three_events_on_a_flat_valley_is_the_trapezoid_plus_tail():
    """Ground 100 m everywhere; levels 100.5, 101, 102 m at T = 10, 100, 1000 give depths 0.5, 1, 2 m at
    the asset of value 1,000 EUR: damage 250, 400, 600 EUR (JRC residential).
    EAD = ½(250+400)(0.1−0.01) + ½(400+600)(0.01−0.001) + 600 × 0.001 = 29.25 + 4.5 + 0.6 = 34.35 EUR/year;
    its 4 people: EAP = ½(4+4)(0.09) + ½(4+4)(0.009) + 4 × 0.001 = 0.4 people/year."""
    p = _polder_project(levees=False)
    r = compute_risk(p, events="10=100.5,100=101,1000=102")
    s = r.summary
    a = s["jurisdictions"]["A-town"]
    assert a["ead_eur"] == pytest.approx(34.35)
    assert a["eap_population"] == pytest.approx(0.4)
    assert [e["return_period_years"] for e in s["events"]] == [10, 100, 1000]  # rarest last
    assert [e["jurisdictions"]["A-town"]["damage_eur"] for e in s["events"]] == pytest.approx([250, 400, 600])
    assert s["countries"]["AA"]["ead_eur"] == pytest.approx(34.35)
    assert s["countries"]["BB"]["ead_eur"] == pytest.approx(3 * 34.35)
    assert r.assets["ead_eur"].tolist() == pytest.approx([34.35, 3 * 34.35])
    assert r.assets["damage_T100_eur"].tolist() == pytest.approx([400.0, 1200.0])
    assert expected_annual([0.1, 0.01, 0.001], [250, 400, 600]) == pytest.approx(34.35)


def test_events_are_parsed_and_bad_ones_refused():
    ev = parse_events("100=hq100,10=101.2,1000=V4.6e6", profile_floods=["hq100"])
    assert [(e.return_period_years, e.flood) for e in ev] == [
        (10, "level"),
        (100, "profile"),
        (1000, "volume"),
    ]
    assert ev[2].volume_m3 == 4.6e6
    for bad, msg in (
        ("100=hq999", "no profile flood named 'hq999'"),
        ("0.5=101", "1 year or more"),
        ("x=101", "not a number"),
        ("100=101,100=102", "twice"),
        ("100", "T=FLOOD"),
    ):
        with pytest.raises(InputError, match=msg):
            parse_events(bad, profile_floods=["hq100"])
    assert [e.return_period_years for e in default_events(["hq300", "hq30", "bed+3m", "hq100"])] == [
        30,
        100,
        300,
    ]


def test_a_project_without_events_is_refused():
    with pytest.raises(InputError, match="no events"):
        compute_risk(_polder_project())


# ------------------------------------------------------------------------------- defenses
def test_two_levees_both_needed_share_the_benefit_half_each():
    """Only both levees keep the polder dry. Without them, the polder's A asset (1,000 EUR) stands 1 m and
    1.5 m deep at T = 10 and 100: damage 400 and 500 EUR, EAD = ½(400+500)(0.09) + 500 × 0.01 = 45.5
    EUR/year; the B asset (3,000 EUR) 136.5. With both: 0. One alone keeps nothing dry, so each levee's
    Shapley value is half of 182 = 91 EUR/year (with-and-without would credit each with all 182):
    in A 22.75, in B 68.25; cost shares A 0.25, B 0.75."""
    r = compute_risk(_polder_project(), events="10=101,100=101.5", discount_rate=0.03, years=50)
    s = r.summary
    assert s["ead_without_defenses_eur"] == pytest.approx(182.0)
    assert s["ead_eur"] == pytest.approx(0.0)
    for did in ("L1", "L2"):
        d = s["defenses"][did]
        assert d["avoided_ead_eur"] == pytest.approx(91.0)
        assert d["jurisdictions"]["A-town"]["avoided_ead_eur"] == pytest.approx(22.75)
        assert d["jurisdictions"]["B-town"]["avoided_ead_eur"] == pytest.approx(68.25)
        shares = [d["jurisdictions"][j]["cost_share"] for j in ("A-town", "B-town")]
        assert shares == pytest.approx([0.25, 0.75]) and sum(shares) == pytest.approx(1.0)
        assert d["jurisdictions"]["A-town"]["harm_eur_per_year"] == 0.0
    # PV by the contract's formula: A × (1 − 1.03^−50) / 0.03, annuity factor 25.7298 (annuity tables).
    af = 25.729764
    l1 = s["defenses"]["L1"]
    assert l1["pv_benefit_eur"] == pytest.approx(91.0 * af, rel=1e-6)
    assert l1["pv_cost_eur"] == pytest.approx(1000.0 + 10.0 * af, rel=1e-6)
    assert l1["bcr"] == pytest.approx(91.0 * af / (1000.0 + 10.0 * af), rel=1e-6)
    assert l1["npv_eur"] == pytest.approx(91.0 * af - 1000.0 - 10.0 * af, rel=1e-6)
    assert s["defenses"]["L2"]["bcr"] == pytest.approx(91.0 * af / 2000.0, rel=1e-6)
    # Four subsets of defenses × two events, each flood computed once.
    assert s["floods_computed"] == 8


def test_money_formulas():
    assert annuity_factor(0.03, 50) == pytest.approx(25.7298, abs=1e-4)  # annuity tables
    assert annuity_factor(0.0, 20) == 20.0
    # Shapley of the "both needed" game: v(∅)=v({1})=v({2})=0, v({1,2})=1 → ½, ½.
    assert shapley_exact(2, np.array([0.0, 0.0, 0.0, 1.0])).tolist() == [0.5, 0.5]
    # Additive game: each player its own value.
    assert shapley_exact(2, np.array([0.0, 2.0, 5.0, 7.0])).tolist() == pytest.approx([2.0, 5.0])


def test_sampled_orders_beyond_the_exact_limit_sum_to_the_scheme_and_say_so():
    r = compute_risk(_polder_project(), events="10=101,100=101.5", max_exact=1, orders=40, seed=3)
    d = r.summary["defenses"]
    assert d["L1"]["avoided_ead_eur"] + d["L2"]["avoided_ead_eur"] == pytest.approx(182.0)
    assert any("40 random orders" in n and "standard error" in n for n in r.notes)
    assert "avoided_ead_standard_error_eur" in d["L1"]


def test_a_levee_that_pushes_water_across_harms_the_other_side_in_a_volume_event():
    """One levee (L1) along row 3 and down column 10 closes A's polder (rows 4–9, columns 0–9). At a fixed
    volume of 22,000 m³ the valley without it stands at 101 m (20 river cells 2 m deep + 180 land cells 1 m
    deep, 100 m² each); with it, 123 cells hold the water: 20(h − 99) + 103(h − 100) = 220 → h = 101.63 m.
    The water kept out of A stands higher in B: L1 has harm_eur_per_year > 0 in B and all its cost share
    in A."""
    p = _polder_project(levees=False)
    yl = Y0 - 3.5 * CS
    line = LineString([(X0 + 1, yl), (X0 + 105, yl), (X0 + 105, Y0 - 99)])
    p.add_layer(
        Layer(
            "defenses",
            "defenses",
            normalised_layer({"id": ["L1"], "crest_m": [110.0], "cost": [1e3]}, [line], "defenses"),
        )
    )
    r = compute_risk(p, events="10=V15000,100=V22000")
    levels = r.summary["events"][1]
    assert levels["jurisdictions"]["A-town"]["damage_eur"] == 0.0
    # B's asset (3,000 EUR) at T = 100: depth 1.626 m with the levee → 3000 × (0.5 + 0.126 × 0.2) = 1575.6.
    assert levels["jurisdictions"]["B-town"]["damage_eur"] == pytest.approx(
        3000 * (0.5 + (12500 / 123 - 100 - 1.5) * 0.2), rel=1e-6
    )
    d = r.summary["defenses"]["L1"]["jurisdictions"]
    assert d["A-town"]["avoided_ead_eur"] > 0 and d["A-town"]["cost_share"] == pytest.approx(1.0)
    assert d["B-town"]["harm_eur_per_year"] > 0 and d["B-town"]["cost_share"] == 0.0
    assert d["B-town"]["avoided_ead_eur"] == pytest.approx(-d["B-town"]["harm_eur_per_year"])
    assert any("adds" in n and "BB" in n for n in r.notes)
