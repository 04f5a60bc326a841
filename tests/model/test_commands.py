"""Every kind of edit is a command that undoes and redoes exactly."""

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import LineString, Point

from floodplan.errors import InputError
from floodplan.model.commands import (
    AddFeature,
    DeleteFeature,
    Macro,
    MoveLayer,
    RemoveLayer,
    SetAttributes,
    SetGeometry,
    SetScenario,
    SetSetting,
)
from floodplan.model.project import Layer, Project
from floodplan.model.scenario import Scenario
from floodplan.model.schema import normalise
from floodplan.testing import TEST_CRS, make_grid


@pytest.fixture
def project():
    p = Project(TEST_CRS)
    p.add_layer(Layer("dem", "dem", make_grid(np.zeros((20, 20)), 10.0)))
    d = gpd.GeoDataFrame(
        {"id": ["D1"], "crest_m": [5.0]},
        geometry=[LineString([(500010, 5599990), (500100, 5599900)])],
        crs=TEST_CRS,
    )
    p.add_layer(Layer("defenses", "defenses", normalise(d, "defenses", "test")))
    r = gpd.GeoDataFrame({"kind": ["fire"]}, geometry=[Point(500050, 5599950)], crs=TEST_CRS)
    p.add_layer(Layer("resources", "resources", normalise(r, "resources", "test")))
    p.stack.clear()
    return p


def snapshot(p):
    return (
        {n: (p.layer(n).data.to_json() if not p.layer(n).is_raster else None) for n in p.layer_names()},
        p.layer_names(),
        {k: v.to_dict() for k, v in p.scenarios.items()},
        dict(p.settings),
    )


def roundtrip(p, cmd):
    before = snapshot(p)
    p.stack.push(cmd)
    after = snapshot(p)
    assert after != before, "the command changed nothing"
    p.stack.undo()
    assert snapshot(p) == before
    p.stack.redo()
    assert snapshot(p) == after
    return after


def test_add_feature(project):
    roundtrip(
        project,
        AddFeature(
            "defenses",
            LineString([(500000, 5599000), (500050, 5599050)]),
            {"id": "D2", "crest_m": 7.0, "status": "planned"},
            "Add levee D2",
        ),
    )
    assert list(project.layer("defenses").data["id"]) == ["D1", "D2"]
    assert project.stack.undo_text == "Add levee D2"


def test_delete_feature_restores_position(project):
    project.stack.push(AddFeature("resources", Point(1, 1), {"kind": "ambulance", "id": "R2"}))
    roundtrip(project, DeleteFeature("resources", 0))
    project.stack.undo()
    assert list(project.layer("resources").data["id"]) == ["R1", "R2"]


def test_set_geometry(project):
    roundtrip(project, SetGeometry("resources", 0, Point(500060, 5599960)))


def test_set_attributes_including_new_column(project):
    roundtrip(project, SetAttributes("defenses", 0, {"crest_m": 6.5, "owner": "DE-West"}))
    assert "owner" in project.layer("defenses").data.columns
    project.stack.undo()
    assert "owner" not in project.layer("defenses").data.columns


def test_layer_commands(project):
    roundtrip(project, MoveLayer("dem", 2))
    roundtrip(project, RemoveLayer("resources"))


def test_scenario_and_setting(project):
    roundtrip(project, SetScenario("s1", Scenario("s1", level_m=3.0)))
    roundtrip(project, SetSetting("title", "Joint plan"))


def test_macro_is_one_step(project):
    roundtrip(
        project,
        Macro(
            "two edits",
            [
                SetAttributes("defenses", 0, {"crest_m": 9.0}),
                SetAttributes("resources", 0, {"cross_border": False}),
            ],
        ),
    )
    assert project.stack.index == 1


def test_redo_is_dropped_by_a_new_edit_and_clean_state_tracked(project):
    project.stack.set_clean()
    project.stack.push(SetAttributes("defenses", 0, {"crest_m": 6.0}))
    assert project.dirty
    project.stack.undo()
    assert not project.dirty and project.stack.can_redo
    project.stack.push(SetAttributes("defenses", 0, {"crest_m": 7.0}))
    assert not project.stack.can_redo


def test_events_reach_listeners(project):
    seen = []
    project.subscribe(lambda e, n: seen.append((e, n)))
    project.stack.push(SetAttributes("defenses", 0, {"crest_m": 6.0}))
    assert ("features", "defenses") in seen


def test_stack_tells_listeners_what_it_did(project):
    """Typed stack events (StackEvent): each push, undo, redo, clean mark and clear, with its command and
    the number of commands done after it."""
    from floodplan.model.commands import StackEvent
    from floodplan.model.project import Change

    events: list[StackEvent] = []
    project.stack.subscribe(events.append)
    first = project.stack.push(SetAttributes("defenses", 0, {"crest_m": 6.0}))
    second = project.stack.push(SetAttributes("defenses", 0, {"crest_m": 7.0}))
    project.stack.undo()
    project.stack.redo()
    project.stack.set_clean()
    project.stack.clear()
    assert [(e.kind, e.command, e.index) for e in events] == [
        ("done", first, 1),
        ("done", second, 2),
        ("undone", second, 1),
        ("redone", second, 2),
        ("clean", None, 2),
        ("cleared", None, 0),
    ]
    assert project.stack.done == ()
    project.stack.unsubscribe(events.append)
    project.stack.push(SetAttributes("defenses", 0, {"crest_m": 8.0}))
    assert len(events) == 6
    # project events are typed too, and equal the strings views compare with
    seen = []
    project.subscribe(lambda e, n: seen.append(e))
    project.stack.undo()
    assert seen == [Change.FEATURES] and seen[0] == "features" and isinstance(seen[0], Change)


def test_editing_a_missing_feature_is_an_input_error(project):
    with pytest.raises(InputError, match="no feature 99"):
        project.stack.push(DeleteFeature("defenses", 99))
    assert not project.stack.can_undo


def test_editable_layer_is_created_empty_and_undoably():
    p = Project(TEST_CRS)
    for role in ("resources", "defenses", "assets", "jurisdictions"):
        layer = p.editable_layer(role)
        assert layer.role == role and len(layer.data) == 0
    p.stack.push(AddFeature("resources", Point(1, 2), {"kind": "fire", "id": "R9"}))
    assert list(p.layer("resources").data["kind"]) == ["fire"]
    for _ in range(5):
        p.stack.undo()
    assert p.layers == []
