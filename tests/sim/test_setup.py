"""floodplan.sim.setup (project + scenario -> engine inputs, kept per layer revision) and the typed
ScenarioResult of floodplan.sim.result. The valley is floodplan.testing.small_valley_project (its docstring
gives the geometry); expected values are stated by hand where they are numbers."""

from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import Point

from floodplan.errors import InputError
from floodplan.model import edits
from floodplan.model.commands import SetSetting
from floodplan.model.scenario import Scenario
from floodplan.sim import setup
from floodplan.sim.result import InundationFigures, ScenarioResult
from floodplan.sim.runner import run_scenario
from floodplan.testing import small_valley_project


def test_inputs_and_network_are_kept_until_their_layers_change():
    p = small_valley_project()
    sc = p.scenario("level-joint")
    inp = setup.scenario_inputs(p, sc)
    assert setup.scenario_inputs(p, sc) is inp  # nothing changed: the same object
    key, net = setup.cached_network(p, inp, sc)
    flood = setup.flood_setup(p, sc)
    assert setup.flood_setup(p, sc) is flood
    # a resource placed: the inputs are rebuilt (they hold the resources), the road network and the flood
    # setup are kept (they read neither resources nor buildings)
    p.stack.push(edits.place_resource(p, Point(500500, 5599635), "ambulance").command)
    inp2 = setup.scenario_inputs(p, sc)
    assert inp2 is not inp and len(inp2.resources) == len(inp.resources) + 1
    assert setup.cached_network(p, inp2, sc)[1] is net
    assert setup.flood_setup(p, sc) is flood
    # undoing is a change too (the revision moves on): rebuilt, with the old number of resources
    p.stack.undo()
    assert len(setup.scenario_inputs(p, sc).resources) == len(inp.resources)


def test_data_replaced_outside_a_command_misses_the_cache():
    """The key holds each layer's data identity beside its revision: data swapped in directly (as some
    tests and scripts do) is never mistaken for the data cached before."""
    p = small_valley_project()
    sc = p.scenario("level-joint")
    first = setup.scenario_inputs(p, sc)
    lyr = p.layers_by_role("resources")[0]
    lyr.data = gpd.GeoDataFrame(lyr.data.iloc[:1].copy(), geometry="geometry", crs=lyr.data.crs)
    assert len(setup.scenario_inputs(p, sc).resources) == 1 != len(first.resources)


def test_flood_setup_follows_the_scenario_breaches_and_the_sea_setting():
    p = small_valley_project()
    a = setup.flood_setup(p, Scenario("a", level_m=101.5))
    b = setup.flood_setup(p, Scenario("b", level_m=101.5, breaches=[]))
    assert a is b  # same defenses and flood kind: the name does not matter
    planned = setup.flood_setup(p, Scenario("c", level_m=101.5, include_planned=True))
    assert planned is not a and len(planned.cells.ids) == len(a.cells.ids) + 1  # the planned south levee
    p.stack.push(SetSetting("sea_level_m", "not a number"))
    with pytest.raises(InputError, match="the setting sea_level_m 'not a number' is not a number of metres"):
        setup.flood_setup(p, Scenario("a", level_m=101.5))


def test_the_result_is_typed_and_records_where_it_came_from():
    p = small_valley_project()
    r = run_scenario(p, "level-joint", appraise=True, service_areas=False)
    assert isinstance(r, ScenarioResult) and isinstance(r.inundation, InundationFigures)
    assert r.scenario_name == "level-joint" and r.revision == p.revision and r.is_current(p)
    # the typed parts and the summary.json written from them agree
    assert r.inundation.to_json() == r.summary["inundation"]
    assert {d: a.to_json() for d, a in r.appraisal.items()} == r.summary["defense_appraisal"]
    assert r.access_summary("joint") == r.summary["access"]["joint"]
    assert len(r.coverage.gaps_of("joint")) + len(r.coverage.gaps_of("national")) == len(r.coverage.gaps)
    p.stack.push(edits.place_resource(p, Point(500500, 5599635), "ambulance").command)
    assert not r.is_current(p)  # an edit since: out of date


def test_surface_is_computed_once_per_profile_scenario(monkeypatch):
    """The profile's water surface is shared by the run's flood and its defense appraisal (it does not
    depend on the ground): one computation per scenario, however many defenses are appraised."""
    from floodplan.sim import appraisal, inundation

    p = small_valley_project()
    river_y = 5600000.0 - 30.5 * 10.0
    pts = gpd.GeoDataFrame(
        {"level_m": [101.6, 101.4], "flood": ["hq", "hq"]},
        geometry=[Point(500000.0, river_y), Point(501000.0, river_y)],
        crs=p.crs,
    )
    from floodplan.model.project import Layer

    p.add_layer(Layer("profile", "profile", pts))
    p.set_scenario(Scenario("hq", flood="profile", profile_layer="profile", profile_flood="hq"))
    calls = []
    real = inundation.profile_surface
    counting = lambda *a, **k: calls.append(1) or real(*a, **k)  # noqa: E731
    monkeypatch.setattr(inundation, "profile_surface", counting)
    monkeypatch.setattr(appraisal, "profile_surface", counting)  # imported by name there
    r = run_scenario(p, "hq", service_areas=False)
    assert len(r.appraisal) == 1  # the existing north levee (the planned one is not built)
    assert len(calls) == 1
