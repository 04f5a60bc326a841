"""PlateSpec storage and checks; round scales, scale-bar lengths and true north."""

import math

import pytest

from floodplan.errors import InputError
from floodplan.model.commands import SetSetting
from floodplan.model.project import Project
from floodplan.plates.layout import nice_length, nice_scale, true_north_angle
from floodplan.plates.spec import PlateSpec
from floodplan.testing import TEST_CRS


def test_spec_round_trips_through_project_settings():
    spec = PlateSpec(
        paper="a2",
        orientation="portrait",
        dpi=200,
        title="T",
        languages="en,cs",
        scale=10000,
        extent=(0, 0, 10, 5),
    ).validate()
    p = Project(crs=TEST_CRS)
    p.stack.push(SetSetting("plate", spec.to_dict()))
    back = PlateSpec.from_project(p, dpi=None, title="New")
    assert back.paper == "A2" and back.orientation == "portrait" and back.dpi == 200
    assert back.languages == ["en", "cs"] and back.scale == 10000.0 and back.extent == (0.0, 0.0, 10.0, 5.0)
    assert back.title == "New"
    p.stack.undo()
    assert "plate" not in p.settings


def test_page_sizes_in_mm():
    # ISO 216: A4 210 × 297 mm, A0 841 × 1189 mm.
    assert PlateSpec(paper="A4", orientation="portrait").page_mm == (210.0, 297.0)
    assert PlateSpec(paper="A4", orientation="landscape").page_mm == (297.0, 210.0)
    assert PlateSpec(paper="A0", orientation="landscape").page_mm == (1189.0, 841.0)


@pytest.mark.parametrize(
    "changes, word",
    [
        ({"paper": "A5"}, "--paper"),
        ({"orientation": "sideways"}, "--orientation"),
        ({"dpi": 5}, "--dpi"),
        ({"scale": -1}, "--scale"),
        ({"languages": "en,klingon"}, "--languages"),
    ],
)
def test_bad_options_name_the_option(changes, word):
    with pytest.raises(InputError, match=word):
        PlateSpec(**changes).validate()


def test_round_scales_and_lengths():
    # The next round denominator at or above the need.
    assert nice_scale(9000) == 10000
    assert nice_scale(10000) == 10000
    assert nice_scale(10001) == 12500
    assert nice_scale(23000) == 25000
    assert nice_scale(76000) == 100000
    # The longest 1-2-5 length not above the limit.
    assert nice_length(740) == 500
    assert nice_length(2100) == 2000
    assert nice_length(99) == 50


def test_true_north_matches_meridian_convergence():
    # ETRS89 / UTM 33N (central meridian 15° E). At 17° E, 51° N the meridian convergence is
    # γ = atan(tan(Δλ)·sin φ) = atan(tan 2° · sin 51°) = 1.5545° (spherical formula, good to ~0.005°
    # here); true north leans west of grid north east of the central meridian: −γ.
    from pyproj import Transformer

    x, y = Transformer.from_crs(4326, 25833, always_xy=True).transform(17.0, 51.0)
    gamma = math.degrees(math.atan(math.tan(math.radians(2.0)) * math.sin(math.radians(51.0))))
    assert true_north_angle(TEST_CRS, x, y) == pytest.approx(-gamma, abs=0.01)
    # On the central meridian grid north is true north.
    x, y = Transformer.from_crs(4326, 25833, always_xy=True).transform(15.0, 51.0)
    assert true_north_angle(TEST_CRS, x, y) == pytest.approx(0.0, abs=1e-6)
