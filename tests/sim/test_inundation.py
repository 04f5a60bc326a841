"""Static inundation: flat level, volume, sloped profile, defenses, nodata, and the real Gran Valira DEM."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from scipy import ndimage
from shapely.geometry import LineString, Point, Polygon

from floodplan.errors import InputError
from floodplan.sim.inundation import FloodModel, depth_for_profile, flood_at_level
from floodplan.sim.stats import extent_polygons, inundation_json, jurisdiction_stats, zone_grid
from floodplan.sim.terrain import burn, defense_crests, source_mask
from floodplan.testing import INUNDATE_JSON_KEYS, TEST_CRS, make_grid, require_shared_data

X0, Y0 = 500000.0, 5600000.0


def _both(grid, src, level):
    """The flood at a level by the direct fill and by the precomputed model; they must agree."""
    a = flood_at_level(grid, src, level)
    b = FloodModel(grid, src).depth_at_level(level)
    np.testing.assert_array_equal(a.depth.z, b.depth.z)
    assert a.flooded_cells == b.flooded_cells
    return a


# ---------------------------------------------------------------------------------------------- sill


def _sill_valley():
    # One corridor row between walls (100 m): source at column 0 (ground 0), channel 1 m, a sill at 3 m,
    # then a basin at 0.5 m closed by a wall. Cells 2 m x 2 m = 4 m².
    z = np.full((3, 8), 100.0)
    z[1] = [0.0, 1.0, 1.0, 3.0, 0.5, 0.5, 0.5, 100.0]
    src = np.zeros(z.shape, bool)
    src[1, 0] = True
    return make_grid(z, cellsize=2.0), src


def test_basin_behind_a_sill_floods_only_above_the_sill():
    g, src = _sill_valley()
    r = _both(g, src, 2.0)
    # Level 2 m: columns 0..2 flood with depths 2, 1, 1 (level − ground); the sill (3 m) holds the basin.
    assert r.depth.z[1].tolist() == [2.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    assert r.flooded_cells == 3 and r.flooded_area_m2 == 12.0
    assert r.volume_m3 == pytest.approx((2 + 1 + 1) * 4.0)  # sum of depths × 4 m²
    assert r.max_depth_m == 2.0
    # Exactly at the sill level the sill cell is not below the surface: the basin stays dry.
    assert (_both(g, src, 3.0).depth.z[1, 3:] == 0).all()
    r = _both(g, src, 3.5)
    # 3.5 m: every corridor cell floods; basin depths 3.0, sill 0.5.
    assert r.depth.z[1].tolist() == [3.5, 2.5, 2.5, 0.5, 3.0, 3.0, 3.0, 0.0]
    assert r.volume_m3 == pytest.approx((3.5 + 2.5 + 2.5 + 0.5 + 9.0) * 4.0)
    assert (r.depth.z[[0, 2]] == 0).all()


def test_spill_levels_are_the_minimax_path_elevations():
    g, src = _sill_valley()
    m = FloodModel(g, src)
    # Source 0; channel reached over ground 1 → 1; the sill and the basin behind it need the sill's 3 m;
    # the end wall needs 100 m (by hand: the highest cell along the lowest path).
    assert m.spill[1].tolist() == [0.0, 1.0, 1.0, 3.0, 3.0, 3.0, 3.0, 100.0]


def test_volume_that_lands_while_the_basin_joins_is_reported():
    g, src = _sill_valley()
    m = FloodModel(g, src)
    # Just below the sill (3 m) the channel holds (3 + 2 + 2) × 4 = 28 m³; just above it the basin joins
    # full to 3 m: + (2.5 × 3) × 4 = 30 m³ more → 58 m³. 30 m³ lies between and is nearer 28.
    r = m.depth_for_volume(30.0)
    assert r.level_m == 3.0 and r.volume_m3 == pytest.approx(28.0) and "basin" in r.notes[0]
    r = m.depth_for_volume(55.0)  # nearer 58: the basin is shown full to the sill
    assert r.level_m == 3.0 and r.volume_m3 == pytest.approx(58.0) and r.depth.z[1, 5] == 2.5


# ---------------------------------------------------------------------------------------------- volume


def test_volume_mode_holds_the_requested_volume():
    # A plane rising 0.1 m per column (50 columns, 10 rows, 2 m cells → 4 m²); source: column 0.
    z = np.tile(0.1 * np.arange(50), (10, 1))
    src = np.zeros(z.shape, bool)
    src[:, 0] = True
    m = FloodModel(make_grid(z, cellsize=2.0), src)
    # By hand at level 2.05 m: columns 0..20 flood (0.1 × 20 = 2.0 < 2.05), depth sum per row
    # 21 × 2.05 − 0.1 × (0 + … + 20) = 43.05 − 21 = 22.05 m, × 10 rows × 4 m² = 882 m³.
    assert m.volume_at_level(2.05) == pytest.approx(882.0)
    r = m.depth_for_volume(882.0)
    assert r.level_m == pytest.approx(2.05, abs=1e-9)
    assert abs(r.volume_m3 - 882.0) / 882.0 < 0.005
    assert r.flooded_cells == 210 and not r.notes
    # The depth grid holds the volume too (sum of depths × cell area), to 0.5 %.
    assert abs(np.nansum(r.depth.z) * 4.0 - 882.0) / 882.0 < 0.005


def test_volume_mode_on_noisy_terrain_matches_the_depth_grid():
    rng = np.random.default_rng(3)
    z = ndimage.gaussian_filter(rng.normal(size=(80, 90)), 3) * 20 + np.linspace(0, 5, 90)[None, :]
    src = np.zeros(z.shape, bool)
    src[40, :5] = True
    m = FloodModel(make_grid(z, cellsize=5.0), src)
    for v in (1e4, 2e5, 1e6):
        r = m.depth_for_volume(v)
        held = np.nansum(r.depth.z.astype(float)) * 25.0
        assert held == pytest.approx(r.volume_m3, rel=1e-5)  # float32 depths
        if not r.notes:  # outside a basin's jump the volume is held exactly
            assert abs(r.volume_m3 - v) / v < 0.005


# ---------------------------------------------------------------------------------------------- defenses


def _polder(angle_deg):
    """Flat ground 0 m, 60 × 100 cells of 1 m; source: column 0; a levee from the bottom edge at x = 5 m
    rising at `angle_deg` to the top edge, crest 2 m. The polder lies right of (below) the line."""
    rows, cols = 60, 100
    g = make_grid(np.zeros((rows, cols)))
    t = np.tan(np.radians(angle_deg))
    x1 = 5.0 + rows / t
    levee = LineString([(X0 + 5.0, Y0 - rows - 1.0 / t), (X0 + x1 + 1.0 / t, Y0 + 1.0)])  # past both edges
    defenses = gpd.GeoDataFrame({"id": ["L1"], "crest_m": [2.0]}, geometry=[levee], crs=TEST_CRS)
    src = np.zeros((rows, cols), bool)
    src[:, 0] = True
    # Signed distance (m) of each cell centre from the line: > 0 on the polder side.
    x, y = g.xy(*np.indices((rows, cols)))
    dx, dy = x - (X0 + 5.0), y - (Y0 - rows)
    side = (dx * t - dy) / np.hypot(1.0, t)
    return g, src, defenses, side


@pytest.mark.parametrize("angle", [37.0, 45.0, 63.0])
def test_polder_behind_an_angled_levee_stays_dry_until_overtopped_or_breached(angle):
    g, src, defenses, side = _polder(angle)
    burned = burn(g, defense_crests(defenses, g))
    levee = burned.z == 2.0
    polder = (side > 1.5) & ~levee  # centres more than 1.5 m beyond the line: never under it
    river_side = (side < -1.5) & ~levee
    assert polder.sum() > 500 and river_side.sum() > 300
    r = _both(burned, src, 1.5)
    # Below the crest: the river side floods 1.5 m deep (level − ground 0), the polder not one cell —
    # no diagonal leak through the line's staircase.
    assert (r.depth.z[river_side] == 1.5).all()
    assert (r.depth.z[polder] == 0).all()
    assert (r.depth.z[levee] == 0).all()
    # Overtopped at 2.5 m: everything floods, the levee 0.5 m deep, the rest 2.5 m.
    r = _both(burned, src, 2.5)
    assert (r.depth.z[polder] == 2.5).all() and (r.depth.z[levee] == 0.5).all()
    # Breached: the same 1.5 m floods the polder.
    breached = burn(g, defense_crests(defenses, g, breaches=["L1"]))
    assert (_both(breached, src, 1.5).depth.z == 1.5).all()


def test_volume_mode_levee_on_one_bank_raises_the_water_on_the_other():
    # A 40 m wide valley: left bank (columns 0..19, country A) and right bank (20..39, country B), river in
    # column 19/20 along the whole valley, banks rising 0.1 m per column away from the river; 1 m cells.
    cols = np.arange(40)
    dist = np.where(cols < 20, 19 - cols, cols - 20)  # columns from the river
    z = np.tile(0.1 * dist.astype(float), (30, 1))
    src = np.zeros(z.shape, bool)
    src[:, 19:21] = True
    g = make_grid(z)
    # A levee on the left bank along column 17 with crest 10 m, across the whole valley length.
    levee = LineString([(X0 + 17.5, Y0 + 1), (X0 + 17.5, Y0 - 31)])
    d = gpd.GeoDataFrame({"id": ["LA"], "crest_m": [10.0]}, geometry=[levee], crs=TEST_CRS)
    without = FloodModel(g, src)
    with_ = FloodModel(burn(g, defense_crests(d, g)), src)
    # Volume 30 rows × V_row. Without the levee, at level L = 0.45 m each bank floods columns with
    # 0.1·dist < 0.45 (dist 0..4): per bank 5 × 0.45 − 0.1 × 10 = 1.25 m per row → both banks 2.5 m²,
    # × 30 rows = 75 m³.
    v = 75.0
    assert without.level_for_volume(v) == pytest.approx(0.45)
    # With the levee (column 17 = dist 2 blocked) the left bank keeps dist 0..1 only: per row at level L
    # left (2L − 0.1) + right (k·L − 0.1·k(k−1)/2). Try L = 0.6: right dist 0..5 → 6·0.6 − 1.5 = 2.1;
    # left 1.2 − 0.1 = 1.1; total 3.2 m² per row → 96 m³ > 75, so L < 0.6. At L in (0.5, 0.6]:
    # 30 × (2L − 0.1 + 6L − 1.5) = 75 → 8L = 4.1 → L = 0.5125 m.
    lw = with_.level_for_volume(v)
    assert lw == pytest.approx(0.5125)
    rw, ro = with_.depth_for_volume(v), without.depth_for_volume(v)
    assert rw.volume_m3 == pytest.approx(v) and ro.volume_m3 == pytest.approx(v)
    # The right bank (other country) stands 0.0625 m deeper and floods one more column (dist 5).
    right = slice(20, 40)
    assert (rw.depth.z[:, 20] - ro.depth.z[:, 20]) == pytest.approx(np.full(30, 0.0625), abs=1e-6)
    assert (rw.depth.z[:, right] > 0).sum() == 30 * 6 and (ro.depth.z[:, right] > 0).sum() == 30 * 5


# ---------------------------------------------------------------------------------------------- profile


def _sloped_valley():
    # 21 rows × 101 columns of 10 m; the river runs along row 10. Ground falls 0.002 m/m downstream and
    # rises 0.15 m per row away from the river.
    rows, cols, cs = 21, 101, 10.0
    r, c = np.indices((rows, cols))
    x = (c + 0.5) * cs  # distance from the west edge (m)
    z = 100.0 - 0.002 * (x - 5.0) + 0.15 * np.abs(r - 10)
    g = make_grid(z, cellsize=cs)
    river = LineString([(X0 + 5.0, Y0 - 105.0), (X0 + 1005.0, Y0 - 105.0)])
    pts = gpd.GeoDataFrame(
        {"level_m": [101.0, 99.0]},
        geometry=[Point(X0 + 5.0, Y0 - 105.0), Point(X0 + 1005.0, Y0 - 105.0)],
        crs=TEST_CRS,
    )
    return g, river, pts


@pytest.mark.parametrize("with_lines", [True, False])
def test_sloped_profile(with_lines):
    g, river, pts = _sloped_valley()
    src = source_mask(g, gpd.GeoSeries([river], crs=TEST_CRS))
    r = depth_for_profile(g, src, pts, gpd.GeoSeries([river], crs=TEST_CRS) if with_lines else None)
    # The surface falls 2 m over 1000 m like the ground, 1 m above the river bed everywhere: a cell
    # |dr| rows from the river has depth 1 − 0.15·|dr|, flooded for |dr| ≤ 6, dry from 7 (−0.05).
    expected_col = np.array([max(1.0 - 0.15 * abs(k - 10), 0.0) for k in range(21)])
    np.testing.assert_allclose(r.depth.z, np.tile(expected_col[:, None], (1, 101)), atol=1e-5)
    assert r.level_m is None
    assert r.flooded_cells == 13 * 101
    # Volume: per column Σ(1 − 0.15|dr|) over |dr| ≤ 6 = 13 − 0.15 × 42 = 6.7 m, × 101 columns × 100 m².
    assert r.volume_m3 == pytest.approx(6.7 * 101 * 100.0, rel=1e-5)


def test_profile_without_level_m_is_an_input_error():
    g, river, pts = _sloped_valley()
    src = source_mask(g, gpd.GeoSeries([river], crs=TEST_CRS))
    with pytest.raises(InputError, match="level_m"):
        depth_for_profile(g, src, pts.rename(columns={"level_m": "lvl"}))


# ---------------------------------------------------------------------------------------------- nodata, bad


def test_nodata_never_floods_and_never_connects():
    z = np.zeros((9, 9))
    z[:, 4] = np.nan  # a nodata column splits the grid
    z[6:9, 0:3] = np.nan  # a hole on the source side
    z[1, 1] = -1.0  # a low cell ringed by nodata
    z[0:3, 0:3][[0, 0, 0, 1, 1, 2, 2, 2], [0, 1, 2, 0, 2, 0, 1, 2]] = np.nan
    src = np.zeros(z.shape, bool)
    src[4, 0] = True
    r = _both(make_grid(z), src, 1.0)
    d = r.depth.z
    assert np.isnan(d[np.isnan(z)]).all()
    assert (d[:, 5:] == 0).all()  # beyond the nodata column: dry
    assert d[1, 1] == 0  # below the level but cut off by nodata
    # Source side: 9 × 4 cells minus the 9 hole cells and the 9 ring+centre cells = 18 cells, depth 1 m.
    assert r.flooded_cells == 18 and (d[(d > 0)] == 1.0).all()


def test_level_below_every_source_is_an_empty_flood_with_a_note():
    z = np.full((4, 4), 5.0)
    src = np.zeros(z.shape, bool)
    src[0, :] = True
    for r in (flood_at_level(make_grid(z), src, 4.0), FloodModel(make_grid(z), src).depth_at_level(4.0)):
        assert r.flooded_cells == 0 and r.volume_m3 == 0 and r.max_depth_m == 0
        assert "nothing floods" in r.notes[0]


def test_sources_only_on_nodata_is_an_input_error():
    z = np.zeros((4, 4))
    z[0] = np.nan
    src = np.zeros(z.shape, bool)
    src[0] = True
    with pytest.raises(InputError, match="outside the DEM"):
        flood_at_level(make_grid(z), src, 1.0)
    with pytest.raises(InputError, match="not a number"):
        flood_at_level(make_grid(z), ~src, "high")


def test_agrees_with_threshold_and_label_on_random_terrain():
    # Reference: threshold + ndimage.label (4-connected), keeping the pieces that hold a source cell.
    rng = np.random.default_rng(7)
    z = ndimage.gaussian_filter(rng.normal(size=(70, 60)), 2) * 10
    z[rng.random(z.shape) < 0.05] = np.nan
    src = np.zeros(z.shape, bool)
    src[35, 3:25] = True
    src &= np.isfinite(z)
    g = make_grid(z)
    m = FloodModel(g, src)
    for level in np.linspace(np.nanmin(z), np.nanmax(z), 9):
        lab, _ = ndimage.label(np.isfinite(z) & (z < level))
        keep = np.unique(lab[src & (lab > 0)])
        ref = np.isin(lab, keep[keep > 0])
        assert ((m.depth_at_level(level).depth.z > 0) == ref).all()
        assert ((flood_at_level(g, src, level).depth.z > 0) == ref).all()


# ---------------------------------------------------------------------------------------------- stats, json


def test_jurisdiction_stats_extent_and_json():
    # The sill valley split between two jurisdictions at x = 6 m (columns 0..2 west, 3..7 east).
    g, src = _sill_valley()
    west = Polygon([(X0, Y0), (X0 + 6, Y0), (X0 + 6, Y0 - 6), (X0, Y0 - 6)])
    east = Polygon([(X0 + 6, Y0), (X0 + 16, Y0), (X0 + 16, Y0 - 6), (X0 + 6, Y0 - 6)])
    jur = gpd.GeoDataFrame({"name": ["W", "E"], "country": ["AA", "BB"]}, geometry=[west, east], crs=TEST_CRS)
    r = flood_at_level(g, src, 3.5)
    zones = zone_grid(jur, g)
    st = jurisdiction_stats(r.depth.z, zones, jur, g.cell_area)
    # W: depths 3.5, 2.5, 2.5 over 3 cells of 4 m²; E: 0.5, 3, 3, 3 over 4 cells.
    assert st["jurisdictions"]["W"] == {
        "country": "AA",
        "flooded_area_m2": 12.0,
        "volume_m3": pytest.approx(34.0),
    }
    assert st["jurisdictions"]["E"]["flooded_area_m2"] == 16.0
    assert st["countries"]["BB"]["volume_m3"] == pytest.approx(38.0)
    js = inundation_json(r, st)
    assert set(js) == INUNDATE_JSON_KEYS
    assert js["jurisdictions"]["E"] == {"flooded_area_m2": 16.0, "volume_m3": pytest.approx(38.0)}
    assert js["level_m"] == 3.5 and js["flooded_cells"] == 7
    ext = extent_polygons(r.depth, jur)
    assert sorted(ext["jurisdiction"]) == ["E", "W"]
    assert ext.set_index("jurisdiction")["area_m2"].to_dict() == {"W": 12.0, "E": 16.0}
    assert ext.set_index("jurisdiction")["max_depth_m"].to_dict() == {"W": 3.5, "E": 3.0}
    assert ext.crs == g.crs
    assert len(extent_polygons(flood_at_level(g, src, -1.0).depth)) == 0


# ---------------------------------------------------------------------------------------------- real DEM


def _valira_utm():
    import rasterio
    from rasterio.warp import Resampling, calculate_default_transform, reproject

    from floodplan.core.grid import Grid

    path = require_shared_data("valira", "valira_srtm3_epsg4326.tif")
    with rasterio.open(path) as src:
        z = src.read(1).astype(float)
        z[z == src.nodata] = np.nan
        dst_crs = rasterio.crs.CRS.from_epsg(25831)
        t, w, h = calculate_default_transform(
            src.crs, dst_crs, src.width, src.height, *src.bounds, resolution=90.0
        )
        out = np.full((h, w), np.nan)
        reproject(
            z,
            out,
            src_transform=src.transform,
            src_crs=src.crs,
            src_nodata=np.nan,
            dst_transform=t,
            dst_crs=dst_crs,
            dst_nodata=np.nan,
            resampling=Resampling.bilinear,
        )
    return Grid(out, t, dst_crs)


def _utm(lon, lat):
    from pyproj import Transformer

    return Transformer.from_crs(4326, 25831, always_xy=True).transform(lon, lat)


def test_real_gran_valira_flat_level_end_to_end(tmp_path):
    g = _valira_utm()
    voids = np.isnan(g.z)
    assert voids.sum() > 50  # the crop keeps SRTM voids, several on the valley floor
    # Source: the lowest valid cell within 400 m of Andorra la Vella's centre (42.5063 N, 1.5218 E):
    # the Gran Valira's bed there.
    x, y = _utm(1.5218, 42.5063)
    cx, cy = g.xy(*np.indices(g.shape))
    near = (np.hypot(cx - x, cy - y) < 400) & ~voids
    floor = np.nanmin(np.where(near, g.z, np.nan))
    assert 950 < floor < 1100  # the town lies at about 1020-1050 m
    src = near & (g.z == floor)
    level = floor + 5.0
    m = FloodModel(g, src)
    r = m.depth_at_level(level)
    d = r.depth.z
    assert np.isnan(d[voids]).all()  # voids never flood
    wet = d > 0
    # Flooded cells lie below the level, and they are exactly the 4-connected piece below the level
    # that holds the source (threshold + label reference).
    assert (g.z[wet] < level).all()
    lab, _ = ndimage.label(~voids & (g.z < level))
    assert (wet == (lab == lab[src][0])).all()
    # Escaldes-Engordany (42.5096 N, 1.5394 E, about 1,060 m, up the valley) and Encamp (42.5355 N,
    # 1.5834 E, about 1,250 m) stay dry; Sant Julià de Lòria (42.4637 N, 1.4913 E, about 910 m),
    # downstream and lower, floods: the flat surface runs down the valley.
    for lon, lat, flooded in ((1.5394, 42.5096, False), (1.5834, 42.5355, False), (1.4913, 42.4637, True)):
        px, py = _utm(lon, lat)
        rr, cc = g.rowcol(px, py)
        win = d[max(rr - 2, 0) : rr + 3, max(cc - 2, 0) : cc + 3]
        assert (np.nanmax(win) > 0) == flooded, (lon, lat)
    # The same answer from the direct fill, and figures that add up.
    direct = flood_at_level(g, src, level)
    assert direct.flooded_cells == r.flooded_cells
    assert r.volume_m3 == pytest.approx(float(np.nansum(d, dtype=float)) * g.cell_area, rel=1e-5)
    # Volume mode: a flat surface from Andorra la Vella runs down the valley past ground lower than the
    # source to the crop's edge, so that volume cannot be held (CONTRACT.md, inundate added): the flood
    # stops at the spill level, below the level above, and a note says where the water leaves.
    v = m.depth_for_volume(r.volume_m3)
    assert v.spill_xy is not None and v.level_m < level and v.volume_m3 < r.volume_m3
    assert v.requested_volume_m3 == r.volume_m3 and "cannot be held" in v.notes[0]
    # Per parish (OSM 2013 parishes, all in Andorra): Andorra la Vella and Sant Julià de Lòria get water.
    parishes = gpd.read_file(
        require_shared_data("valira", "andorra_valira_osm2013_epsg25831.gpkg"), layer="parishes"
    )
    parishes["country"] = "AD"
    st = jurisdiction_stats(d, zone_grid(parishes, g), parishes, g.cell_area)
    assert st["jurisdictions"]["Andorra la Vella"]["flooded_area_m2"] > 0
    assert st["jurisdictions"]["Sant Julià de Lòria"]["flooded_area_m2"] > 0
    assert st["jurisdictions"]["Encamp"]["flooded_area_m2"] == 0
    out = tmp_path / "extent.gpkg"
    extent_polygons(r.depth, parishes).to_file(out, layer="extent")
    back = gpd.read_file(out, layer="extent")
    assert back["area_m2"].sum() == pytest.approx(r.flooded_area_m2, rel=1e-6)


def test_real_gran_valira_profile_stays_near_the_river():
    g = _valira_utm()
    ways = gpd.read_file(
        require_shared_data("valira", "andorra_valira_osm2013_epsg25831.gpkg"), layer="waterways"
    )
    valira = ways[(ways["name"] == "Valira") & (ways["waterway"] == "river")]
    src = source_mask(g, valira)
    # A surface 3 m above the bed at both ends of the reach, sloping along the river between them.
    merged = shapely.line_merge(valira.geometry.union_all())
    parts = sorted(shapely.get_parts(merged), key=lambda p: -p.length)
    main = parts[0]
    a, b = main.interpolate(0.0), main.interpolate(main.length)
    za, zb = g.sample([a.x, b.x], [a.y, b.y])
    assert np.isfinite(za) and np.isfinite(zb) and abs(za - zb) > 100  # a steep mountain river
    pts = gpd.GeoDataFrame({"level_m": [za + 3.0, zb + 3.0]}, geometry=[a, b], crs=g.crs)
    r = depth_for_profile(g, src, pts, valira)
    wet = r.depth.z > 0
    assert r.flooded_cells > 20 and np.isnan(r.depth.z[np.isnan(g.z)]).all()
    # In the Andorran reach (north of the border at about 42.44 N) every flooded cell lies within 1.5 km
    # of the river: the valley floor is about 1 km wide at most. (At the downstream end the Valira meets
    # the Segre plain at La Seu d'Urgell, where the last river cell's level spreads across the plain:
    # nearest-river-cell levels say nothing about the plain's own river, so no claim is made there.)
    cx, cy = g.xy(*np.nonzero(wet))
    border_y = _utm(1.49, 42.44)[1]
    north = cy > border_y
    assert north.sum() > 20
    dist = shapely.distance(shapely.points(cx[north], cy[north]), valira.geometry.union_all())
    assert dist.max() < 1500.0


# ------------------------------------------------------------------------------------ float ties
# CONTRACT.md (inundate, added): water surfaces and ground are compared in the DEM's own precision; a cell
# whose stored elevation equals the level is dry.


def _tie_valley(dtype):
    # One corridor row between 200 m walls, source at column 0. Stored in float32, 101.2 becomes
    # 101.19999694824219 (the float32 nearest 101.2), 3 µm below the level 101.2 in float64.
    z = np.full((3, 7), 200.0)
    z[1] = [100.0, 101.0, 101.2, 100.5, 101.2, 100.0, 200.0]
    src = np.zeros(z.shape, bool)
    src[1, 0] = True
    g = make_grid(z.astype(dtype).astype(np.float64), cellsize=5.0)  # 25 m² cells
    g.stored_dtype = np.dtype(dtype).name
    return g, src


def test_a_float32_cell_equal_to_the_level_is_dry():
    g, src = _tie_valley("float32")
    r = _both(g, src, 101.2)
    # By hand: column 0 (100.0) and 1 (101.0) lie below 101.2; column 2 holds float32(101.2), equal to the
    # level in the DEM's precision, so it is dry and closes the corridor: columns 3..5 stay dry too.
    # (Compared in float64, columns 0..5 flood, two of them 3 µm deep.)
    assert r.flooded_cells == 2 and r.flooded_area_m2 == 50.0
    assert r.depth.z[1, :3].tolist() == pytest.approx([1.2, 0.2, 0.0], abs=1e-6)
    assert r.volume_m3 == pytest.approx((1.2 + 0.2) * 25.0, rel=1e-6)
    m = FloodModel(g, src)
    assert m.flooded_at_level(101.2).sum() == 2
    assert m.volume_at_level(101.2) == pytest.approx(35.0, rel=1e-6)
    # Just above the tie in float32 (the next float32 is 101.2000046) the corridor opens: columns 0..5.
    assert _both(g, src, 101.20001).flooded_cells == 6


def test_float64_and_integer_dems_compare_as_they_are():
    g, src = _tie_valley("float64")
    assert _both(g, src, 101.2).flooded_cells == 2  # 101.2 == 101.2 exactly: dry
    assert _both(g, src, 101.2 + 1e-9).flooded_cells == 6  # a float64 DEM resolves a nanometre
    z = np.full((3, 4), 200, dtype=np.int16)
    z[1] = [100, 101, 100, 200]
    gi = make_grid(z.astype(np.float64))
    gi.stored_dtype = "int16"
    src = np.zeros(z.shape, bool)
    src[1, 0] = True
    assert _both(gi, src, 101.0).flooded_cells == 1  # 101 m ground at a 101 m level: dry
    assert _both(gi, src, 101.5).flooded_cells == 3  # the level is never rounded to an integer


# ------------------------------------------------------------------------------------ volume spills
# CONTRACT.md (inundate, added): when --volume cannot be held because the water would spill off the DEM or
# into a nodata area, the flood is shown at the spill level; volume_m3 is what it holds, requested_volume_m3
# what was asked, and a note says where it spills (x, y in the DEM's CRS).


def _spill_valley(east=0.0):
    # 10 m cells (100 m²) in one corridor between 50 m walls: source at column 1 (ground 1 m), a bank at
    # 2 m, a sill at 3 m, then ground falling to `east` at the DEM's east edge.
    z = np.full((3, 8), 50.0)
    z[1] = [50.0, 1.0, 2.0, 3.0, 2.5, 2.2, 2.1, east]
    src = np.zeros(z.shape, bool)
    src[1, 1] = True
    return make_grid(z, cellsize=10.0), src


@pytest.mark.parametrize("volume", [150.0, 1000.0, 1e9])
def test_volume_that_spills_off_the_edge_is_shown_at_the_spill_level(volume):
    g, src = _spill_valley()
    m = FloodModel(g, src)
    r = m.depth_for_volume(volume)
    # By hand: beyond the 3 m sill the ground falls to 0 m at the east edge, below the source (1 m): water
    # over the sill runs off. Below 3 m the corridor holds (3 − 1) + (3 − 2) = 3 m × 100 m² = 300 m³.
    if volume <= 300.0:
        assert r.volume_m3 == pytest.approx(volume) and r.spill_xy is None
        return
    assert r.level_m == 3.0 and r.volume_m3 == pytest.approx(300.0) and r.flooded_cells == 2
    assert r.requested_volume_m3 == volume
    # Where: the cell (row 1, column 7) on the east edge, centre x = X0 + 75 m, y = Y0 − 15 m.
    assert r.spill_xy == pytest.approx((X0 + 75.0, Y0 - 15.0))
    assert "cannot be held" in r.notes[0] and "edge" in r.notes[0] and f"{X0 + 75.0:.1f}" in r.notes[0]
    js = inundation_json(r)
    assert js["requested_volume_m3"] == volume and js["volume_m3"] == pytest.approx(300.0)


def test_volume_held_by_the_edge_on_ground_above_the_river_is_no_spill():
    # The same valley, its east end at 1.5 m: higher than the source (1 m), so the flood reaching the edge
    # is this valley cut by the DEM's extent, and the edge holds it (as the sample's volume scenario).
    g, src = _spill_valley(east=1.5)
    r = FloodModel(g, src).depth_for_volume(1000.0)
    assert r.spill_xy is None and r.volume_m3 == pytest.approx(1000.0, rel=1e-9)
    assert r.requested_volume_m3 == 1000.0


def test_volume_that_spills_into_a_nodata_area():
    g, src = _spill_valley(east=5.0)  # the edge rises again...
    z = np.vstack([g.z, np.full((1, 8), 50.0)])  # (a fourth row of wall, so row 2 is inside the DEM)
    z[1, 5] = 0.5
    z[2, 5] = np.nan  # ...but a void beside the 0.5 m cell (row 1, column 5) lets the water out
    src = np.vstack([src, np.zeros((1, 8), bool)])
    m = FloodModel(make_grid(z, cellsize=10.0), src)
    r = m.depth_for_volume(1000.0)
    assert r.level_m == 3.0 and r.volume_m3 == pytest.approx(300.0)
    assert r.spill_xy == pytest.approx((X0 + 55.0, Y0 - 15.0)) and "nodata" in r.notes[0]


def test_spill_point_is_given_in_the_report_crs():
    g, src = _spill_valley()
    r = FloodModel(g, src, report_crs=gpd.GeoSeries(crs=4326).crs).depth_for_volume(1000.0)
    from pyproj import Transformer

    lon, lat = Transformer.from_crs(TEST_CRS.to_wkt(), "EPSG:4326", always_xy=True).transform(
        X0 + 75.0, Y0 - 15.0
    )
    assert r.spill_xy == pytest.approx((lon, lat)) and "EPSG:4326" in r.notes[0]


def _coast():
    """A coast of 10 m cells (4 × 8): the sea at 0 m along the west edge (columns 0-1), a beach at 1 m, the
    river mouth at 2 m (rows 1-2, column 3), a floodplain at 2.5 m and valley sides at 20 m."""
    z = np.full((4, 8), 20.0)
    z[:, 0:2] = 0.0
    z[1:3, 2] = 1.0
    z[1:3, 3] = 2.0
    z[1:3, 4:7] = 2.5
    return make_grid(z, cellsize=10.0)


def test_sea_level_keeps_the_sea_out_and_the_river_spills_into_it():
    from floodplan.sim.terrain import without_sea

    g = _coast()
    src = np.zeros(g.shape, bool)
    src[1:3, 3] = True  # the river mouth
    # Without a sea level a 3 m flat level "floods" the sea (8 cells) besides the land (10): 18 cells.
    assert flood_at_level(g, src, 3.0).flooded_cells == 18
    land, sea = without_sea(g, 0.0)
    assert sea.sum() == 8
    r = flood_at_level(land, src, 3.0)
    # By hand: beach 2 cells + mouth 2 + floodplain 6 = 10 cells; the sea is nodata in the depth raster.
    assert r.flooded_cells == 10 and np.isnan(r.depth.z[sea]).all()
    # Volume: the water reaching the beach (spill level 2 m, the mouth) runs into the sea: nothing is held
    # above 2 m. Below 2 m only the beach lies under water, but it is reached over the 2 m mouth: 0 m³.
    v = FloodModel(land, src, sea=sea).depth_for_volume(5000.0)
    assert v.level_m == 2.0 and v.volume_m3 == 0.0 and v.requested_volume_m3 == 5000.0
    assert "sea" in v.notes[0] and v.spill_xy is not None


def test_project_sea_level_setting_keeps_the_sea_out_of_a_scenario():
    from shapely.geometry import box

    from floodplan.model.project import Layer, Project
    from floodplan.model.scenario import Scenario
    from floodplan.notes import collect_notes
    from floodplan.sim.runner import ScenarioInputs, flood, project_without_sea

    p = Project(TEST_CRS)
    p.add_layer(Layer("dem", "dem", _coast()))
    mouth = LineString([(X0 + 35.0, Y0 - 15.0), (X0 + 35.0, Y0 - 25.0)])
    p.add_layer(Layer("river", "river", gpd.GeoDataFrame({"name": ["R"]}, geometry=[mouth], crs=TEST_CRS)))
    jur = gpd.GeoDataFrame(
        {"name": ["J"], "country": ["C"]}, geometry=[box(X0, Y0 - 40, X0 + 80, Y0)], crs=TEST_CRS
    )
    p.add_layer(Layer("jurisdictions", "jurisdictions", jur))
    level = Scenario("coast", level_m=3.0)
    assert flood(ScenarioInputs.from_project(p, level), level)[2].flooded_cells == 18  # the sea "floods"
    p.settings["sea_level_m"] = 0.0
    with collect_notes() as notes:
        r = flood(ScenarioInputs.from_project(p, level), level)[2]
    assert r.flooded_cells == 10 and any("8 cells" in n and "sea" in n for n in notes)  # by hand, as above
    vol = Scenario("coast-volume", flood="volume", volume_m3=5000.0)
    r = flood(ScenarioInputs.from_project(p, vol), vol)[2]
    assert r.volume_m3 == 0.0 and r.requested_volume_m3 == 5000.0 and "sea" in r.notes[0]
    p.settings["sea_level_m"] = "low tide"
    with pytest.raises(InputError, match="sea_level_m"):
        project_without_sea(p)


def test_a_float32_dem_keeps_its_precision_when_defenses_are_burned_in():
    # burn() widens the terrain to float64; the comparison must still be made in float32 (as read).
    z = np.full((3, 4), 200.0, dtype=np.float32)
    z[1] = [100.0, 101.2, 100.0, 200.0]
    g = make_grid(z)
    g.z = z  # held as float32 in memory, no stored_dtype
    src = np.zeros(z.shape, bool)
    src[1, 0] = True
    t = burn(g, np.full(z.shape, np.nan))
    assert t.z.dtype == np.float64 and t.stored_dtype == "float32"
    assert _both(t, src, 101.2).flooded_cells == 1  # by hand: the float32(101.2) cell is a tie, dry
