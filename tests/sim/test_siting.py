"""Siting new resources: the published spopt San Francisco answer and a hand-made valley.

Valley (as in test_access.py; metres, roads 60 km/h = 1000 m/min, border at x = 1500): main road
a (0,0) - b (1000,0) - c (1400,0) - d (1600,0) - e (6000,0) and a detour a - (0,1000) - (1000,1000) - b.
Only fire "fb" at e is kept. H1 (1000,-20) 10 people, H2 (2000,20) 100 people, H3 (5900,20) 5 people.
With a 1.5-minute target fb reaches only H3 (0.1 min); H1 (5.0) and H2 (4.0) are the demand: 110 people.
"""

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point

from floodplan.errors import InputError
from floodplan.sim.access import compute_access
from floodplan.sim.siting import suggest_from_access, suggest_sites
from floodplan.testing import TEST_CRS, hand_valley, require_shared_data

valley = hand_valley


def sf_case():
    """The spopt test set-up: network distances pivoted to demand × candidate, POP2000 weights."""
    dist = pd.read_csv(
        require_shared_data("spopt_sf", "SF_network_distance_candidateStore_16_censusTract_205_new.csv")
    )
    demand = pd.read_csv(require_shared_data("spopt_sf", "SF_demand_205_centroid_uniform_weight.csv"))
    # tract names are matched as numbers, as spopt's own test reads them
    cost = dist.pivot_table(values="distance", index="DestinationName", columns="name")
    cost = cost.reindex(demand["NAME"].to_numpy())
    assert not cost.isna().any().any()
    return cost, demand["POP2000"].to_numpy(dtype=float)


def test_spopt_sf_published_mclp_answer():
    cost, pop = sf_case()
    choice = suggest_sites(pop, cost.to_numpy() <= 5000.0, 4, method="mclp")
    # published (spopt test_mclp.py): 4 sites at 5,000 m leave 21 of 205 tracts uncovered, 89.756 % covered
    assert int((~choice.covered).sum()) == 21
    assert 100 * choice.covered.mean() == pytest.approx(89.75609756097561)
    assert choice.method == "mclp"
    # the optimum's weight, checked by brute force over all C(16, 4) = 1820 site sets
    from itertools import combinations

    a = cost.to_numpy() <= 5000.0
    best = max(pop[a[:, list(s)].any(axis=1)].sum() for s in combinations(range(16), 4))
    assert choice.covered_weight == pytest.approx(best)
    # greedy is only an approximation here: it covers fewer people
    greedy = suggest_sites(pop, a, 4, method="greedy")
    assert greedy.covered_weight < choice.covered_weight


@pytest.fixture
def fire_result(tmp_path):
    net, res, assets, jur = valley(tmp_path)
    fb = res[res["id"] == "fb"]
    return compute_access(net, fb, assets, jur, mode="joint", minutes=1.5, kind="fire")


def test_suggest_from_candidate_layer(fire_result, tmp_path):
    assert fire_result.assets["covered"].tolist() == [False, False, True]
    cands = gpd.GeoDataFrame(geometry=[Point(0, 0), Point(1600, 0), Point(3000, 0)], crs=TEST_CRS)
    # (0,0): H1 1.0 ok, H2 2.0 no -> 10; (1600,0): H1 0.6, H2 0.4 -> 110; (3000,0): H1 2.0 no, H2 1.0 -> 100
    sites, summary = suggest_from_access(fire_result, "fire", 1, candidates=cands)
    assert sites["candidate"].tolist() == [1]
    assert summary["covered_population"] == 110.0 and summary["uncovered_population"] == 110.0
    # two sites from the first and last: 10 + 100, ranked by gain
    sites2, summary2 = suggest_from_access(fire_result, "fire", 2, candidates=cands.iloc[[0, 2]])
    assert sites2["candidate"].tolist() == [1, 0]
    assert sites2["covered_population"].tolist() == [100.0, 10.0]


def test_suggest_from_network_nodes(fire_result):
    sites, summary = suggest_from_access(fire_result, "fire", 1)
    # some node between b and d reaches both H1 and H2 within 1.5 minutes
    assert summary["covered_population"] == 110.0
    x = sites.geometry.x.iloc[0]
    assert 1000 <= x <= 1600


def test_suggest_national_stays_in_country(fire_result, tmp_path):
    net, res, assets, jur = valley(tmp_path)
    fb = res[res["id"] == "fb"]
    nat = compute_access(net, fb, assets, jur, mode="national", minutes=1.5, kind="fire")
    cands = gpd.GeoDataFrame(geometry=[Point(1400, 0), Point(3000, 0)], crs=TEST_CRS)
    # nationally the site at c (country A) serves only H1 (0.4 min): 10; the one at x = 3000 (B) H2: 100
    sites, summary = suggest_from_access(nat, "fire", 1, candidates=cands)
    assert sites["candidate"].tolist() == [1] and summary["covered_population"] == 100.0


def test_suggest_bad_count():
    with pytest.raises(InputError, match="cannot choose 5 sites"):
        suggest_sites(np.ones(3), np.ones((3, 2), bool), 5)
