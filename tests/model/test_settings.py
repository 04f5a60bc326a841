"""project.settings (floodplan.model.settings.ProjectSettings): typed views with units and defaults, checks
with one-sentence refusals, and the project file's JSON object kept key for key (unknown keys too)."""

from __future__ import annotations

import json

import pytest

from floodplan.errors import InputError
from floodplan.model.project import Project
from floodplan.model.settings import DEFAULT_MAX_SNAP_M, SPECS, ProjectSettings


def test_defaults_and_typed_views():
    s = ProjectSettings()
    assert s.max_snap_m == DEFAULT_MAX_SNAP_M == 500.0 and s.sea_level_m is None
    assert s.languages == ("en",) and s.title is None
    assert SPECS["max_snap_m"].unit == "m" and SPECS["sea_level_m"].unit == "m"
    s.update({"max_snap_m": "250", "sea_level_m": 0, "languages": ["de", "pl"]})
    c = s.checked()
    assert (c.max_snap_m, c.sea_level_m, c.languages) == (250.0, 0.0, ("de", "pl"))


@pytest.mark.parametrize(
    "key, value, message",
    [
        ("max_snap_m", 0, "the project's setting max_snap_m is 0; give a distance in metres above 0"),
        ("max_snap_m", "far", "the project's setting max_snap_m is 'far'"),
        ("sea_level_m", float("nan"), "valley.gpkg: the setting sea_level_m nan is not a number of metres"),
    ],
)
def test_bad_values_are_refused_in_one_sentence(key, value, message):
    s = ProjectSettings({key: value})
    with pytest.raises(InputError, match=message):
        s.checked("valley.gpkg")


def test_file_object_round_trips_key_for_key():
    """What the project file holds (a JSON object) comes back out the same, in order, unknown keys kept."""
    text = '{"zeta_from_a_newer_floodplan": {"x": [1, 2]}, "title": "T", "max_snap_m": 300, "plate": null}'
    p = Project("EPSG:25833")
    p.settings = json.loads(text)
    assert isinstance(p.settings, ProjectSettings)
    assert json.dumps(p.settings.to_dict()) == json.dumps(json.loads(text))
    assert json.dumps(p.settings) == json.dumps(json.loads(text))  # still a JSON object as written before
