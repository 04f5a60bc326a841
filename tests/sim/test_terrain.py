"""Terrain: reading a DEM, source cells, defenses rasterised and burned in."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from affine import Affine
from rasterio.crs import CRS
from shapely.geometry import LineString, Polygon

from floodplan.errors import CRSError, InputError
from floodplan.sim.terrain import burn, defense_cells, defense_crests, read_dem, source_mask, utm_crs_for
from floodplan.testing import TEST_CRS, make_grid, require_shared_data, write_tif

X0, Y0 = 500000.0, 5600000.0


def _gdf(geoms, crs=TEST_CRS, **cols):
    return gpd.GeoDataFrame(cols, geometry=list(geoms), crs=crs)


def _hline(row, c0, c1, cell=1.0):
    """A line through the centres of cells (row, c0..c1) of make_grid's layout."""
    y = Y0 - (row + 0.5) * cell
    return LineString([(X0 + (c0 + 0.5) * cell, y), (X0 + (c1 + 0.5) * cell, y)])


# ---------------------------------------------------------------------------------------------- sources


def test_source_mask_marks_every_touched_valid_cell():
    z = np.zeros((5, 8))
    z[2, 3] = np.nan  # nodata is never a source
    g = make_grid(z)
    m = source_mask(g, _gdf([_hline(2, 1, 6)]))
    # The line runs along row 2 through the centres of columns 1..6; column 3 is nodata.
    expected = np.zeros((5, 8), bool)
    expected[2, [1, 2, 4, 5, 6]] = True
    assert (m == expected).all()


def test_source_mask_reprojects_a_layer_in_another_crs():
    g = make_grid(np.zeros((10, 10)), cellsize=10.0)
    line = _gdf([_hline(4, 0, 9, cell=10.0)])
    native = source_mask(g, line)
    # The same line handed over in WGS 84 must give the same cells (reprojected, not refused).
    assert (source_mask(g, line.to_crs(4326)) == native).all()
    assert native[4].all() and native.sum() == 10


def test_source_outside_the_dem_is_an_input_error():
    g = make_grid(np.zeros((5, 5)))
    far = _gdf([LineString([(X0 + 1000, Y0 + 1000), (X0 + 1010, Y0 + 1010)])])
    with pytest.raises(InputError, match="outside the DEM"):
        source_mask(g, far)
    # Over nodata only: also no source.
    z = np.zeros((5, 5))
    z[2, :] = np.nan
    with pytest.raises(InputError, match="outside the DEM"):
        source_mask(make_grid(z), _gdf([_hline(2, 0, 4)]))


# ---------------------------------------------------------------------------------------------- defenses


def test_crest_m_and_height_m_per_cell_and_overlap_takes_the_highest():
    z = np.tile(np.arange(6, dtype=float), (4, 1))  # ground rises 1 m per column
    g = make_grid(z)
    d = _gdf(
        [_hline(1, 0, 5), _hline(2, 0, 5), _hline(1, 2, 3)],
        id=["a", "b", "c"],
        crest_m=[3.5, np.nan, 9.0],
        height_m=[np.nan, 2.0, np.nan],
    )
    cr = defense_crests(d, g)
    # a: flat crest 3.5 on row 1, except columns 2..3 where c (9.0) stands higher.
    assert cr[1].tolist() == [3.5, 3.5, 9.0, 9.0, 3.5, 3.5]
    # b: 2 m above the ground of each cell (ground = column index).
    assert cr[2].tolist() == [2.0, 3.0, 4.0, 5.0, 6.0, 7.0]
    assert np.isnan(cr[0]).all() and np.isnan(cr[3]).all()
    b = burn(g, cr)
    # max(ground, crest): row 1 at column 5 has ground 5 > crest 3.5.
    assert b.z[1].tolist() == [3.5, 3.5, 9.0, 9.0, 4.0, 5.0]
    assert b.z[0].tolist() == z[0].tolist()


def test_defense_without_crest_or_height_names_the_defense():
    g = make_grid(np.zeros((4, 6)))
    d = _gdf([_hline(1, 0, 5), _hline(2, 0, 5)], id=["ok", "L7"], crest_m=[2.0, None], height_m=[None, 0.0])
    with pytest.raises(InputError, match="'L7'"):
        defense_crests(d, g)


def test_breaches_and_planned_status_leave_defenses_out():
    g = make_grid(np.zeros((4, 6)))
    d = _gdf(
        [_hline(0, 0, 5), _hline(1, 0, 5), _hline(2, 0, 5)],
        id=["e1", "p1", "e2"],
        crest_m=[1.0, 2.0, 3.0],
        status=["existing", "planned", "existing"],
    )
    assert np.isfinite(defense_crests(d, g)[:3]).all()
    cr = defense_crests(d, g, breaches=["e2"], include_planned=False)
    assert np.isfinite(cr[0]).all() and np.isnan(cr[1]).all() and np.isnan(cr[2]).all()
    assert defense_cells(d, g, breaches=["e1"]).ids == ["p1", "e2"]
    with pytest.raises(InputError, match="'nope'"):
        defense_crests(d, g, breaches=["nope"])


@pytest.mark.parametrize("angle", [37.0, 45.0, 12.5, 71.0])
def test_defense_cells_form_an_unbroken_chain_at_any_angle(angle):
    # A line at `angle` degrees across a 40 x 40 grid of 1 m cells, through corners at 45°.
    g = make_grid(np.zeros((40, 40)))
    t = np.tan(np.radians(angle))
    x1 = min(40.0, 40.0 / t)
    line = LineString([(X0, Y0 - 40.0), (X0 + x1, Y0 - 40.0 + x1 * t)])
    cr = defense_crests(_gdf([line], id=["w"], crest_m=[1.0]), g)
    # Every cell under the line touches the next one at least by a corner (8-connected chain), which a
    # 4-connected flow cannot cross: check with scipy that the raised cells are one 8-connected piece.
    from scipy import ndimage

    _, n8 = ndimage.label(np.isfinite(cr), structure=np.ones((3, 3)))
    assert n8 == 1


def test_burn_keeps_nodata():
    z = np.zeros((3, 3))
    z[1, 1] = np.nan
    cr = np.full((3, 3), np.nan)
    cr[1, :] = 2.0
    b = burn(make_grid(z), cr)
    assert np.isnan(b.z[1, 1]) and b.z[1, 0] == 2.0 and b.z[0, 0] == 0.0


# ---------------------------------------------------------------------------------------------- DEM


def test_read_dem_turns_nodata_into_nan(tmp_path):
    z = np.array([[1, 2, -9999], [4, 5, 6]], dtype=np.int16)
    p = tmp_path / "dem.tif"
    write_tif(p, z, TEST_CRS, Affine(5, 0, X0, 0, -5, Y0), -9999)
    g = read_dem(p)
    assert g.crs == TEST_CRS and g.dx == 5.0
    assert np.isnan(g.z[0, 2]) and g.z[1, 2] == 6.0 and np.nansum(g.z) == 18.0


def test_read_dem_reprojects_a_geographic_dem_to_utm(tmp_path):
    # 0.01° cells near 1.5 E, 42.5 N: UTM zone 31, ETRS89 (EPSG:25831) in Europe.
    z = np.linspace(800, 1200, 400, dtype=np.float32).reshape(20, 20)
    p = tmp_path / "geo.tif"
    write_tif(p, z, CRS.from_epsg(4326), Affine(0.01, 0, 1.4, 0, -0.01, 42.6), None)
    g = read_dem(p)
    assert g.crs == CRS.from_epsg(25831) == utm_crs_for(1.5, 42.5)
    # A 0.01° cell is about 820 m (east) by 1110 m (north) there; the square cell lies between.
    assert 820 < g.dx < 1110 and g.dx == g.dy
    assert 800 <= np.nanmin(g.z) and np.nanmax(g.z) <= 1200


def test_read_dem_bad_files(tmp_path):
    bad = tmp_path / "not_a_raster.tif"
    bad.write_text("hello")
    with pytest.raises(InputError, match="not_a_raster.tif"):
        read_dem(bad)
    nocrs = tmp_path / "nocrs.tif"
    write_tif(nocrs, np.ones((3, 3), np.float32), None, Affine(1, 0, 10, 0, -1, 10), None)
    with pytest.raises(CRSError, match="no coordinate reference system"):
        read_dem(nocrs)
    allnd = tmp_path / "allnd.tif"
    write_tif(allnd, np.full((3, 3), -1, np.int16), TEST_CRS, Affine(1, 0, 0, 0, -1, 0), -1)
    with pytest.raises(InputError, match="no valid cell"):
        read_dem(allnd)


def test_read_dem_corrupt_real_file():
    p = require_shared_data("bad_inputs", "rasterio_corrupt.tif")
    with pytest.raises(InputError, match="rasterio_corrupt.tif"):
        read_dem(p)


def test_polygon_source():
    g = make_grid(np.zeros((6, 6)))
    poly = Polygon([(X0 + 1.2, Y0 - 1.2), (X0 + 3.8, Y0 - 1.2), (X0 + 3.8, Y0 - 3.8), (X0 + 1.2, Y0 - 3.8)])
    m = source_mask(g, gpd.GeoSeries([poly], crs=TEST_CRS))
    # all_touched: the polygon spans x 1.2..3.8 and y 1.2..3.8 below the corner, so cells 1..3 each way.
    assert m.sum() == 9 and m[1:4, 1:4].all()


def test_defenses_in_another_crs_are_reprojected():
    g = make_grid(np.zeros((20, 20)), cellsize=10.0)
    d = _gdf([LineString([(X0 + 13.3, Y0 - 4.1), (X0 + 151.7, Y0 - 183.9)])], id=["x"], crest_m=[3.0])
    native = defense_crests(d, g)
    assert np.isfinite(native).sum() >= 18
    np.testing.assert_array_equal(np.isfinite(defense_crests(d.to_crs(4326), g)), np.isfinite(native))


def test_read_dem_real_zipped_srtm_tile():
    p = require_shared_data("valira", "N42E001.hgt.zip")
    g = read_dem(p)
    # SRTM 3-arc-second tile of lon 1-2 E, lat 42-43 N: reprojected to ETRS89 / UTM 31N (EPSG:25831) at about
    # sqrt(68 m × 93 m) ≈ 80 m; its 7,652 voids stay nodata; the Pyrenees reach about 3,100 m here.
    assert g.crs == CRS.from_epsg(25831)
    assert 60 < g.dx < 95
    assert np.isnan(g.z).any() and 2500 < np.nanmax(g.z) < 3500


# ------------------------------------------------------------------------- real-world units and voids
# CONTRACT.md "Units": areas m² and volumes m³ whatever the CRS's unit; elevations outside −500 … 9,000 m
# that the DEM does not tag as nodata are nodata, counted in a note naming the file.


def _tif(path, z, crs, cell=10.0, x0=X0, y0=Y0, dtype="float32", nodata=None):
    return write_tif(path, z, crs, Affine(cell, 0, x0, 0, -cell, y0), nodata, dtype)


@pytest.mark.parametrize(
    "dtype, void",
    [("int16", -32768), ("float32", -9999.0), ("float32", 3.4e38), ("float32", 9500.0), ("float32", -600.0)],
)
def test_untagged_voids_are_nodata_and_counted_in_a_note(tmp_path, dtype, void):
    from floodplan.notes import collect_notes

    z = np.full((6, 8), 120, dtype=float)
    z[1, 2] = z[4, 5] = z[5, 7] = void  # three voids, no nodata tag (as SRTM crops saved by many tools)
    z[0, 0] = -430  # the Dead Sea shore and Everest are ground, not voids
    z[0, 1] = 8849
    path = _tif(tmp_path / "voids.tif", z, TEST_CRS, dtype=dtype, nodata=None)
    with collect_notes() as notes:
        g = read_dem(path)
    assert np.isnan(g.z).sum() == 3  # hand count: the three cells set above
    assert np.isnan(g.z[[1, 4, 5], [2, 5, 7]]).all()
    assert g.z[0, 0] == -430 and g.z[0, 1] == 8849 and g.z[3, 3] == 120
    assert len(notes) == 1 and "voids.tif" in notes[0] and "3 cells" in notes[0]


def test_tagged_nodata_is_no_void_note(tmp_path):
    from floodplan.notes import collect_notes

    z = np.full((4, 4), 120.0)
    z[2, 2] = -32768
    path = _tif(tmp_path / "tagged.tif", z, TEST_CRS, dtype="int16", nodata=-32768)
    with collect_notes() as notes:
        g = read_dem(path)
    assert np.isnan(g.z).sum() == 1 and notes == []


# 10 m expressed in US survey feet (1 ftUS = 1200/3937 m): the DEM of case 05-dem-in-us-feet.
FT_US = 3937.0 / 1200.0


@pytest.mark.parametrize(
    "epsg, feet_per_m",
    [(2264, FT_US), (2227, FT_US), (2263, FT_US), (2222, 1 / 0.3048), (25833, 1.0)],
)
def test_cell_size_and_area_are_metres_whatever_the_crs_unit(tmp_path, epsg, feet_per_m):
    # Hand computation: a 10 m cell stored in the CRS's unit is 10 × (units per metre) units wide; the
    # grid must report 10 m and 100 m² (US survey foot 1200/3937 m, international foot 0.3048 m).
    x0, y0 = (2_000_000.0, 700_000.0) if epsg != 25833 else (X0, Y0)
    path = _tif(tmp_path / "dem.tif", np.full((3, 4), 100.0), CRS.from_epsg(epsg), 10 * feet_per_m, x0, y0)
    g = read_dem(path)
    assert g.crs.to_epsg() == epsg  # kept in its own CRS: the depth raster lies on the DEM's grid
    assert g.dx == pytest.approx(10.0, rel=1e-12) and g.dy == pytest.approx(10.0, rel=1e-12)
    assert g.cell_area == pytest.approx(100.0, rel=1e-12)


def test_vertical_crs_in_feet_converts_elevations(tmp_path):
    from floodplan.notes import collect_notes

    crs = CRS.from_user_input("EPSG:2264+6360")  # NC State Plane (ftUS) + NAVD88 height (ftUS)
    path = _tif(tmp_path / "ft.tif", np.full((2, 3), 328.0), crs, 10 * FT_US, 2_000_000.0, 700_000.0)
    with collect_notes() as notes:
        g = read_dem(path)
    # Hand computation: 328 ftUS × 1200/3937 m/ftUS = 99.9746 m.
    assert g.z == pytest.approx(np.full((2, 3), 328.0 * 1200 / 3937), rel=1e-7)
    assert g.crs.to_epsg() == 2264  # the vertical part no longer describes the (metre) values
    assert any("ft.tif" in n and "vertical CRS" in n for n in notes)


def test_a_grid_in_degrees_has_no_cell_size_in_metres():
    g = make_grid(np.zeros((3, 3)), cellsize=0.001, x0=1.4, y0=42.5, crs=CRS.from_epsg(4326))
    with pytest.raises(CRSError, match="degrees"):
        _ = g.cell_area


def test_absurdly_small_cells_are_refused_before_reading(tmp_path):
    path = _tif(tmp_path / "tiny.tif", np.full((5, 5), 100.0), TEST_CRS, cell=1e-6)
    with pytest.raises(InputError, match=r"tiny\.tif: its cells .* far smaller"):
        read_dem(path)


def test_sea_is_the_low_ground_connected_to_the_edge():
    from floodplan.sim.terrain import sea_mask, without_sea

    # West: the sea at 0 m (touching the edge); east of a 2 m dike, a polder at −1 m (inland, not sea).
    z = np.array(
        [
            [0.0, 0.0, 3.0, 2.0, 2.0, 2.0],
            [0.0, 0.5, 3.0, 2.0, -1.0, 2.0],
            [0.0, 0.0, 3.0, 2.0, 2.0, 2.0],
        ]
    )
    g = make_grid(z)
    expected = np.zeros(z.shape, bool)
    expected[:, :2] = True
    expected[1, 1] = False  # 0.5 m is above a sea level of 0 m
    assert (sea_mask(g, 0.0) == expected).all()
    assert not sea_mask(g, None).any()
    land, sea = without_sea(g, 0.0)
    assert np.isnan(land.z[expected]).all() and land.z[1, 4] == -1.0 and (sea == expected).all()
