"""floodplan.model.edits: the map edits as engine commands, and the rule for the layer a new feature goes
into (issue 13, item 5: a resource placed in Poland with resources_pl selected must not land in Germany).

The project is floodplan.testing.small_valley_project: country N north of the river (y > 5,599,695),
country S south of it, split at x = 500,500 into municipalities (N-West, N-East, S-West, S-East). Its
resources are split by hand into one layer per country: resources_n (F1, A1, S1) and resources_s (F2, S2).
"""

from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import LineString, Point

from floodplan.errors import InputError
from floodplan.model import edits
from floodplan.model.project import Layer
from floodplan.testing import small_valley_project

NORTH = Point(500800, 5599900)  # N-East
SOUTH = Point(500800, 5599400)  # S-East


def two_country_project():
    p = small_valley_project()
    res = p.layer("resources").data
    north = res[res["id"].isin(["F1", "A1", "S1"])]
    south = res[res["id"].isin(["F2", "S2"])]
    p.remove_layer("resources")
    p._layers.append(Layer("resources_n", "resources", gpd.GeoDataFrame(north.reset_index(drop=True))))
    p._layers.append(Layer("resources_s", "resources", gpd.GeoDataFrame(south.reset_index(drop=True))))
    p.stack.clear()
    return p


def test_a_resource_goes_to_the_layer_of_the_country_under_the_point():
    p = two_country_project()
    edit = edits.place_resource(p, SOUTH, "pump")
    assert edit.layer == "resources_s" and edit.notes == []
    p.stack.push(edit.command)
    row = p.layer("resources_s").data.loc[edit.fid]
    # R6: five resources exist (ids unique across both layers); the defaults of a placed resource
    assert row["id"] == "R6" and row["kind"] == "pump" and row["name"] == "Pump R6"
    assert bool(row["cross_border"]) and bool(row["in_service"]) and row["jurisdiction"] == "S-East"
    assert len(p.layer("resources_n").data) == 3
    assert edits.place_resource(p, NORTH, "fire").layer == "resources_n"


def test_the_selected_layer_of_the_right_role_wins():
    p = two_country_project()
    assert edits.place_resource(p, SOUTH, "fire", selected_layer="resources_n").layer == "resources_n"
    # a selected layer of another role is not a target: the country rule decides
    assert edits.place_resource(p, SOUTH, "fire", selected_layer="buildings").layer == "resources_s"


def test_an_empty_layer_belongs_to_the_country_its_name_says():
    p = two_country_project()
    empty = p.layer("resources_s").data.iloc[0:0]
    p.remove_layer("resources_s")
    p._layers.append(Layer("resources_s", "resources", empty))
    assert edits.layer_country(p, p.layer("resources_s")) == "S"
    assert edits.place_resource(p, SOUTH, "fire").layer == "resources_s"


def test_no_layer_of_the_role_makes_one_in_the_same_undo_step():
    p = small_valley_project()
    p.remove_layer("resources")
    edit = edits.place_resource(p, NORTH, "shelter")
    p.stack.push(edit.command)
    assert p.has_layer(edit.layer) and len(p.layer(edit.layer).data) == 1 and edit.notes
    p.stack.undo()
    assert not p.layers_by_role("resources")


def test_a_planned_defense_says_when_the_scenario_leaves_it_out():
    p = small_valley_project()
    line = LineString([(500100, 5599750), (500400, 5599750)])
    edit = edits.draw_defense(p, line, scenario="level-joint")  # include_planned False
    assert edit.layer == "defenses" and "not included in scenario 'level-joint'" in edit.notes[0]
    p.stack.push(edit.command)
    row = p.layer("defenses").data.loc[edit.fid]
    assert row["id"] == "D3" and row["status"] == "planned" and row["height_m"] == 1.5
    assert row["jurisdiction"] == "N-West"
    assert edits.draw_defense(p, line, scenario="volume-planned").notes == []  # includes planned


def test_breach_toggles_in_the_scenario_and_refuses_without_one():
    p = small_valley_project()
    fid = p.layer("defenses").data.index[0]  # LN
    cmd = edits.toggle_breach(p, "defenses", fid, "level-joint")
    p.stack.push(cmd)
    assert p.scenario("level-joint").breaches == ["LN"] and cmd.text == "Mark breach of LN in level-joint"
    assert edits.set_breach(p, "defenses", fid, "level-joint", True) is None  # nothing to change
    p.stack.push(edits.toggle_breach(p, "defenses", fid, "level-joint"))
    assert p.scenario("level-joint").breaches == []
    with pytest.raises(InputError, match="no scenario"):
        edits.toggle_breach(p, "defenses", fid, "nope")


def test_no_working_crs_is_refused_with_a_sentence():
    from floodplan.model.project import Project

    with pytest.raises(InputError, match="no working CRS"):
        edits.place_resource(Project(), Point(0, 0), "fire")


def test_crest_conversion_uses_the_ground_under_the_line():
    # small_valley_project: ground 100 m + 0.1 m per metre from the river row (mid = 30); a line along
    # the centres of row 27 lies on ground 100 + 3 cells × 10 m × 0.1 = 103 m everywhere.
    p = small_valley_project()
    y = 5600000.0 - 27.5 * 10.0
    line = LineString([(500005.0, y), (500995.0, y)])
    assert edits.ground_under(p, line) == pytest.approx(103.0)
    assert edits.convert_crest(p, line, 1.5, "crest") == (pytest.approx(104.5), pytest.approx(103.0))
    assert edits.convert_crest(p, line, 104.5, "height")[0] == pytest.approx(1.5)
    assert edits.convert_crest(p, line, 102.0, "height")[0] == 0.0  # below the ground: no height
