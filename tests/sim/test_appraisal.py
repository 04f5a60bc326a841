"""Defense appraisal: benefit, harm and cost share per jurisdiction, at a level and for a volume."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import LineString, Point, box

from floodplan.errors import Cancelled, InputError
from floodplan.progress import Feedback
from floodplan.sim.appraisal import appraise_defenses
from floodplan.testing import TEST_CRS, make_grid

X0, Y0 = 500000.0, 5600000.0


def _valley():
    """A 40 m wide, 30 m long valley of 1 m cells; river in columns 19/20; banks rise 0.1 m per column
    away from the river. Country AA on the left bank (two jurisdictions, north rows 0..14 and south rows
    15..29), country BB on the right bank. Levee LA (existing, crest 10 m, cost 1e6) along column 17 on
    the left bank; levee LB (planned, crest 10 m) along column 27 on the right bank."""
    cols = np.arange(40)
    dist = np.where(cols < 20, 19 - cols, cols - 20)
    g = make_grid(np.tile(0.1 * dist.astype(float), (30, 1)))
    src = np.zeros(g.shape, bool)
    src[:, 19:21] = True
    defenses = gpd.GeoDataFrame(
        {"id": ["LA", "LB"], "crest_m": [10.0, 10.0], "status": ["existing", "planned"], "cost": [1e6, 5e5]},
        geometry=[
            LineString([(X0 + 17.5, Y0 + 1), (X0 + 17.5, Y0 - 31)]),
            LineString([(X0 + 27.5, Y0 + 1), (X0 + 27.5, Y0 - 31)]),
        ],
        crs=TEST_CRS,
    )
    jur = gpd.GeoDataFrame(
        {"name": ["A-north", "A-south", "B"], "country": ["AA", "AA", "BB"]},
        geometry=[
            box(X0, Y0 - 15, X0 + 20, Y0),
            box(X0, Y0 - 30, X0 + 20, Y0 - 15),
            box(X0 + 20, Y0 - 30, X0 + 40, Y0),
        ],
        crs=TEST_CRS,
    )

    def cell(r, c):
        return Point(X0 + c + 0.5, Y0 - r - 0.5).buffer(0.3)

    # Buildings: a1 (A-north, dist 4, ground 0.4 m, 10 people), a2 (A-south, dist 4, 30 people),
    # b1 (B, dist 5, ground 0.5 m, 20 people), b2 (B, dist 10, ground 1.0 m, 7 people).
    assets = gpd.GeoDataFrame(
        {"population": [10, 30, 20, 7], "kind": ["residential"] * 4},
        geometry=[cell(5, 15), cell(20, 15), cell(10, 25), cell(10, 30)],
        crs=TEST_CRS,
    )
    return g, src, defenses, assets, jur


def test_levee_protects_one_country_and_floods_the_other_in_volume_mode():
    g, src, d, assets, jur = _valley()
    res = appraise_defenses(g, src, d, assets, jur, volume_m3=75.0, include_planned=False)
    assert list(res) == ["LA"]  # the planned levee is left out
    la = res["LA"]
    assert la["mode"] == "volume"
    # Levels by hand (see test_inundation's volume test): without LA 75 m³ stand at 0.45 m (both banks
    # flood dist 0..4); with LA the left bank keeps dist 0..1 and the water rises to 0.5125 m.
    assert la["levels_m"]["volume"]["without"] == pytest.approx(0.45)
    assert la["levels_m"]["volume"]["with"] == pytest.approx(0.5125)
    j = la["jurisdictions"]
    # a1 (0.4 m ground) and a2 flood at 0.45 m without LA, are behind it with it: benefit 10 and 30.
    assert j["A-north"]["benefit_population"] == 10 and j["A-south"]["benefit_population"] == 30
    # b1 (0.5 m ground) is dry at 0.45 m but floods at 0.5125 m: 20 people flooded only because of LA.
    assert j["B"]["harm_population"] == 20 and j["B"]["benefit_population"] == 0
    assert j["B"]["harm_buildings"] == 1 and j["A-north"]["harm_population"] == 0
    # Cost split by benefit: 10 / 40 and 30 / 40; B carries nothing.
    assert j["A-north"]["cost_share"] == pytest.approx(0.25)
    assert j["A-south"]["cost_share"] == pytest.approx(0.75)
    assert j["B"]["cost_share"] == 0.0
    assert j["A-south"]["cost_share_amount"] == pytest.approx(750000.0)
    c = la["countries"]
    assert c["AA"]["benefit_population"] == 40 and c["AA"]["cost_share"] == pytest.approx(1.0)
    assert c["BB"]["harm_population"] == 20
    assert la["transboundary_harm"] is True
    assert "BB" in la["notes"][0] and "AA" in la["notes"][0]
    # Flooded area per jurisdiction in volume mode: A-north without LA 15 rows × 5 cells (dist 0..4) of
    # 1 m²; with LA 15 rows × 2 cells (dist 0..1). B: 30 × 5 without, 30 × 6 with (dist 5 at 0.5125 m).
    vn = j["A-north"]["volume"]
    assert vn["flooded_area_m2_without"] == 75.0 and vn["flooded_area_m2_with"] == 30.0
    assert (
        j["B"]["volume"]["flooded_area_m2_without"] == 150.0
        and j["B"]["volume"]["flooded_area_m2_with"] == 180.0
    )
    assert j["B"]["volume"]["population_with"] == 20 and j["B"]["volume"]["population_without"] == 0
    # Level mode at the scenario's level with every defense in place (0.5125 m): b1 floods either way,
    # so a fixed level shows no harm, only the benefit.
    lv = j["B"]["level"]
    assert lv["harm_population"] == 0 and lv["population_with"] == 20 and lv["population_without"] == 20
    assert j["A-north"]["level"]["benefit_population"] == 10
    # b2 (1.0 m ground) never floods.
    assert c["BB"]["volume"]["buildings_with"] == 1


def test_fixed_level_headline_and_a_defense_that_changes_nothing():
    g, src, d, assets, jur = _valley()
    res = appraise_defenses(g, src, d, assets, jur, level_m=0.45, include_planned=True)
    assert set(res) == {"LA", "LB"}
    la, lb = res["LA"], res["LB"]
    assert la["mode"] == "level"
    # At 0.45 m LA holds dist 2..4 of the left bank dry: a1, a2 protected; nobody harmed at a fixed level.
    assert la["countries"]["AA"]["benefit_population"] == 40 and la["countries"]["BB"]["harm_population"] == 0
    assert la["transboundary_harm"] is False and la["notes"] == []
    # LB (column 27, dist 7, ground 0.7 m) stands beyond the 0.45 m flood: no benefit, no harm, shares all 0.
    for e in lb["jurisdictions"].values():
        assert e["benefit_population"] == 0 and e["harm_population"] == 0 and e["cost_share"] == 0.0
    # Volume mode compares the volume the level holds with both levees in place: per row left dist 0..1
    # (2 × 0.45 − 0.1 = 0.8 m²) + right dist 0..4 (5 × 0.45 − 1.0 = 1.25 m²), × 30 rows = 61.5 m³.
    assert la["volume_m3"] == pytest.approx(61.5)
    # Without LA those 61.5 m³ spread over both banks: 30 × (10 L − 2.0) = 61.5 → L = 0.405 m.
    assert la["levels_m"]["volume"]["without"] == pytest.approx(0.405)


def test_breached_defense_is_neither_in_place_nor_appraised():
    g, src, d, assets, jur = _valley()
    res = appraise_defenses(g, src, d, assets, jur, level_m=0.45, breaches=["LA"])
    assert list(res) == ["LB"]
    # With LA breached, a1 and a2 flood in both of LB's states: no benefit from LB for them.
    assert res["LB"]["jurisdictions"]["A-north"]["level"]["population_with"] == 10


def test_profile_mode_and_missing_water():
    g, src, d, assets, jur = _valley()
    # A flat profile at 0.45 m gives the level-mode answer.
    pts = gpd.GeoDataFrame(
        {"level_m": [0.45, 0.45]},
        geometry=[Point(X0 + 20, Y0 - 0.5), Point(X0 + 20, Y0 - 29.5)],
        crs=TEST_CRS,
    )
    res = appraise_defenses(g, src, d, assets, jur, profile=pts, include_planned=False)
    assert res["LA"]["mode"] == "profile" and res["LA"]["countries"]["AA"]["benefit_population"] == 40
    with pytest.raises(InputError, match="water level"):
        appraise_defenses(g, src, d, assets, jur)


def test_progress_and_cancel():
    g, src, d, assets, jur = _valley()
    seen = []
    fb = Feedback(lambda f, m: seen.append(f))
    appraise_defenses(g, src, d, assets, jur, level_m=0.45, feedback=fb)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    fb = Feedback()
    fb.cancel()
    with pytest.raises(Cancelled):
        appraise_defenses(g, src, d, assets, jur, level_m=0.45, feedback=fb)
