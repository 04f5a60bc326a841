"""The profile what-if ("hq100 + 0.5 m"): a flat-level model on the terrain relative to the profile's
surface must give exactly what depth_for_profile gives with every profile level shifted."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import LineString, Point

from floodplan.errors import InputError
from floodplan.model.scenario import Scenario
from floodplan.sim.inundation import ProfileModel, depth_for_profile, profile_surface, shift_profile
from floodplan.sim.terrain import source_mask
from floodplan.testing import TEST_CRS, make_grid

X0, Y0 = 500000.0, 5600000.0

# Ground relative to the design surface (z − surface0, m) per row; the river runs along row 2.
RELATIVE_ROWS = [
    0.0,  # land behind the bank: below the ridge's top, above the design surface
    1.0,  # a bank (ridge) 1 m above the design surface
    -2.0,  # river bed, 2 m below it
    -0.5,  # low floodplain
    0.25,  # slightly higher floodplain
]


def _banked_valley():
    # 5 rows × 6 columns of 1 m. The river line runs along the centres of row 2, from x = 0.5 to 5.5 m;
    # profile points at its ends stand at 10 m and 5 m, so the level at column k is 10 − k (chainage k m,
    # 1 m fall per metre) and every cell takes its own column's river cell level (the nearest river cell
    # is straight across, |dr| m away; the next one is farther). All values are multiples of 0.25, so
    # every depth below is exact in binary floating point.
    rows, cols = len(RELATIVE_ROWS), 6
    surface0 = 10.0 - np.arange(cols)[None, :] + np.zeros((rows, 1))
    z = surface0 + np.array(RELATIVE_ROWS)[:, None]
    g = make_grid(z, cellsize=1.0)
    river = gpd.GeoDataFrame(
        geometry=[LineString([(X0 + 0.5, Y0 - 2.5), (X0 + 5.5, Y0 - 2.5)])], crs=TEST_CRS
    )
    pts = gpd.GeoDataFrame(
        {"level_m": [10.0, 5.0]},
        geometry=[Point(X0 + 0.5, Y0 - 2.5), Point(X0 + 5.5, Y0 - 2.5)],
        crs=TEST_CRS,
    )
    return g, source_mask(g, river), river, pts, surface0


def test_profile_surface_is_the_nearest_river_cells_level():
    g, src, river, pts, surface0 = _banked_valley()
    assert src[2].all() and src.sum() == 6
    np.testing.assert_array_equal(profile_surface(g, src, pts, river), surface0)


@pytest.mark.parametrize(
    "offset, expected_rows",
    [
        # depth = offset − (z − surface0) where that is > 0 and the cell connects to the river.
        # Offset 0: river 2 m, low floodplain 0.5 m; row 0 (relative 0) is not below the surface.
        (0.0, [0.0, 0.0, 2.0, 0.5, 0.0]),
        # +0.5 m: the higher floodplain floods 0.25 m; row 0 lies below the surface (0 < 0.5) but the
        # bank (relative 1 m) cuts it off from the river: dry.
        (0.5, [0.0, 0.0, 2.5, 1.0, 0.25]),
        # +1.5 m: the bank is overtopped by 0.5 m and the land behind it floods 1.5 m.
        (1.5, [1.5, 0.5, 3.5, 2.0, 1.25]),
        # −2 m: the surface stands exactly at the river bed: nothing floods (strictly below only).
        (-2.0, [0.0, 0.0, 0.0, 0.0, 0.0]),
    ],
)
def test_offset_flood_by_hand_and_equal_to_the_shifted_profile(offset, expected_rows):
    g, src, river, pts, _ = _banked_valley()
    model = ProfileModel(g, src, pts, river)
    r = model.depth_at_offset(offset)
    expected = np.repeat(np.array(expected_rows)[:, None], 6, axis=1)
    np.testing.assert_array_equal(r.depth.z, expected)
    # Same answer, bit for bit, from the direct fill under the profile with every level_m + offset.
    direct = depth_for_profile(g, src, shift_profile(pts, offset), river)
    np.testing.assert_array_equal(r.depth.z, direct.depth.z)
    assert r.flooded_cells == direct.flooded_cells == np.count_nonzero(expected)
    # Volume: the sum of the hand depths × 1 m² cells, three ways.
    assert r.volume_m3 == pytest.approx(expected.sum())
    assert model.volume_at_offset(offset) == pytest.approx(expected.sum())
    assert direct.volume_m3 == pytest.approx(expected.sum())
    np.testing.assert_array_equal(model.flooded_at_offset(offset), expected > 0)
    assert r.level_m is None
    assert bool(r.notes) == (offset == -2.0)


def test_offset_range_runs_from_the_river_bed_to_above_the_last_bank():
    g, src, river, pts, _ = _banked_valley()
    # Lowest source cell: relative −2 m (the bed). The last cells to join (row 0) join at the bank's
    # relative 1 m; the range ends 1 m above that.
    assert ProfileModel(g, src, pts, river).offset_range == (-2.0, 2.0)


def _sloped_valley():
    # tests/sim/test_inundation.py's valley: 21 rows × 101 columns of 10 m, river along row 10, ground
    # falling 0.002 m/m downstream and rising 0.15 m per row away from the river; the profile stands 1 m
    # above the bed everywhere.
    rows, cols, cs = 21, 101, 10.0
    r, c = np.indices((rows, cols))
    x = (c + 0.5) * cs
    z = 100.0 - 0.002 * (x - 5.0) + 0.15 * np.abs(r - 10)
    g = make_grid(z, cellsize=cs)
    river = gpd.GeoSeries([LineString([(X0 + 5.0, Y0 - 105.0), (X0 + 1005.0, Y0 - 105.0)])], crs=TEST_CRS)
    pts = gpd.GeoDataFrame(
        {"level_m": [101.0, 99.0]},
        geometry=[Point(X0 + 5.0, Y0 - 105.0), Point(X0 + 1005.0, Y0 - 105.0)],
        crs=TEST_CRS,
    )
    return g, source_mask(g, river), river, pts


@pytest.mark.parametrize("offset", [-0.3, 0.0, 0.45])
def test_sloped_valley_offsets_match_the_shifted_profile(offset):
    g, src, river, pts = _sloped_valley()
    r = ProfileModel(g, src, pts, river).depth_at_offset(offset)
    direct = depth_for_profile(g, src, shift_profile(pts, offset), river)
    np.testing.assert_array_equal(r.depth.z > 0, direct.depth.z > 0)
    np.testing.assert_allclose(r.depth.z, direct.depth.z, rtol=0, atol=1e-6)
    # By hand: depth = 1 + offset − 0.15·|dr| for the rows where that is > 0.
    dr = np.abs(np.arange(21) - 10)
    col = np.maximum(1.0 + offset - 0.15 * dr, 0.0)
    np.testing.assert_allclose(r.depth.z, np.tile(col[:, None], (1, 101)), atol=1e-5)
    assert r.flooded_cells == np.count_nonzero(col) * 101


def test_shift_profile_checks_its_inputs_and_leaves_the_original():
    _, _, _, pts = _sloped_valley()
    up = shift_profile(pts, 0.5)
    assert up["level_m"].tolist() == [101.5, 99.5] and pts["level_m"].tolist() == [101.0, 99.0]
    with pytest.raises(InputError, match="offset"):
        shift_profile(pts, float("nan"))
    with pytest.raises(InputError, match="level_m"):
        shift_profile(pts.rename(columns={"level_m": "lvl"}), 0.5)


def test_scenario_profile_offset_defaults_and_round_trips():
    # Projects saved before the field existed have no key: the profile as given (0 m).
    old = Scenario.from_dict({"name": "hq100", "flood": "profile", "profile_layer": "p", "unknown": 1})
    assert old.profile_offset_m == 0.0
    again = Scenario.from_dict(old.copy(profile_offset_m=0.5).to_dict())
    assert again.profile_offset_m == 0.5


# ---------------------------------------------------------------------------------------------- sample


@pytest.fixture(scope="module")
def sample_project():
    from floodplan.io.projectfile import open_project
    from floodplan.sample import sample_project_path

    try:
        path = sample_project_path()
    except Exception as exc:  # pragma: no cover - the sample cannot be written here
        pytest.skip(f"the sample project is not available: {exc}")
    return open_project(path)


def test_sample_preview_offset_equals_the_runner_flood(sample_project):
    from floodplan.sim.runner import FloodPreview, ScenarioInputs, flood

    sc = sample_project.scenario("hq100-joint")
    assert sc.flood == "profile"
    preview = FloodPreview(sample_project, sc)
    shifted = sc.copy(profile_offset_m=0.5)
    _, _, direct = flood(ScenarioInputs.from_project(sample_project, shifted), shifted)
    fast = preview.profile.depth_at_offset(0.5)
    # Same extent cell for cell; depths equal to float32 rounding (surface0 + 0.5 − z against
    # 0.5 − (z − surface0), computed in float64 and stored as float32).
    np.testing.assert_array_equal(fast.depth.z > 0, direct.depth.z > 0)
    np.testing.assert_array_equal(np.isnan(fast.depth.z), np.isnan(direct.depth.z))
    np.testing.assert_allclose(fast.depth.z, direct.depth.z, rtol=0, atol=1e-4, equal_nan=True)
    assert fast.flooded_cells == direct.flooded_cells > 0
    assert fast.volume_m3 == pytest.approx(direct.volume_m3, rel=1e-6)
    assert preview.volume_at_offset(0.5) == pytest.approx(direct.volume_m3, rel=1e-6)
    # Half a metre more water floods more than the design profile (offset 0, as run before).
    base = preview.depth_at_offset(0.0)
    assert np.count_nonzero(base.z > 0) < fast.flooded_cells
