"""Elevation import: zipped SRTM tiles, mosaics, void filling, vertical offsets, bad inputs."""

from __future__ import annotations

import shutil
import zipfile

import numpy as np
import pytest
import rasterio
from affine import Affine
from rasterio.crs import CRS
from rasterio.warp import transform

from floodplan import testing
from floodplan.errors import Cancelled, CRSError, InputError
from floodplan.io.dem_import import choose_cellsize, fill_voids, import_dem, raster_paths, utm_crs_for
from floodplan.progress import Feedback
from floodplan.testing import require_shared_data

VALIRA_BOX = (1.40, 42.33, 1.62, 42.60)
UTM31 = CRS.from_epsg(25831)


def write_tif(path, z, transform_, crs, nodata=None, dtype="float32"):
    """:func:`floodplan.testing.write_tif` with this file's order (transform first) and float32 default."""
    return testing.write_tif(path, z, crs, transform_, nodata, dtype)


def read_tif(path):
    with rasterio.open(path) as ds:
        return ds.read(1), ds.transform, ds.crs, ds.nodata


# ---------------------------------------------------------------------------------------------------
# helpers


@pytest.mark.parametrize(
    "lon, lat, epsg",
    [
        # zone = floor((lon + 180) / 6) + 1; ETRS89 (258zz) where defined in Europe, else 326zz/327zz.
        (1.5, 42.5, 25831),  # Andorra: zone 31, Europe
        (7.5, 43.9, 25832),  # Roya: zone 32, Europe
        (-109.5, 10.5, 32612),  # Pacific off Mexico: zone 12 north, WGS 84
        (-70.6, -33.4, 32719),  # Santiago de Chile: zone 19 south
    ],
)
def test_utm_crs_for(lon, lat, epsg):
    assert utm_crs_for(lon, lat).to_epsg() == epsg


def test_choose_cellsize_rounds_the_geometric_mean():
    # SRTM3 at 42.5 N: 3" = 0.000833° → 68.4 m east-west, 92.6 m north-south; sqrt(68.4 × 92.6) = 79.6 → 75.
    assert choose_cellsize(68.4, 92.6) == 75
    # SRTM3 at the equator: 92.6 m × 92.6 m → 90.
    assert choose_cellsize(92.6, 92.6) == 90
    # SRTM1 at 42.5 N: 22.8 m × 30.9 m → sqrt = 26.5 → 25.
    assert choose_cellsize(22.8, 30.9) == 25


def test_raster_paths_finds_the_raster_inside_a_zip(tmp_path):
    tile = require_shared_data("valira", "N42E001.hgt.zip")
    assert raster_paths(tile) == [f"/vsizip/{tile.resolve()}/N42E001.hgt"]
    empty = tmp_path / "readme.zip"
    with zipfile.ZipFile(empty, "w") as zf:
        zf.writestr("README.txt", "no raster here")
    with pytest.raises(InputError, match="holds no elevation raster"):
        raster_paths(empty)


def test_fill_voids_matches_gdal_fillnodata_of_the_shared_file():
    # valira_srtm3_epsg4326_voidfilled.tif is the same crop with its 98 voids filled by GDAL FillNodata
    # (README of the shared data): our fill of the raw crop must give exactly those values.
    raw, _, _, nodata = read_tif(require_shared_data("valira", "valira_srtm3_epsg4326.tif"))
    ref, _, _, ref_nodata = read_tif(require_shared_data("valira", "valira_srtm3_epsg4326_voidfilled.tif"))
    voids = raw == nodata
    assert voids.sum() == 98
    z = np.where(voids, np.nan, raw).astype(np.float32)
    filled, mask = fill_voids(z, voids)
    assert np.array_equal(mask, voids)
    np.testing.assert_array_equal(filled[voids], ref[voids])
    np.testing.assert_array_equal(filled[~voids], raw[~voids])


@pytest.mark.parametrize("dtype, void", [("int16", -32768), ("float32", -9999.0), ("float32", 3.4e38)])
def test_untagged_voids_are_filled_like_tagged_ones(tmp_path, dtype, void):
    # CONTRACT.md "Units": values outside −500 … 9,000 m without a nodata tag are voids. A 120 m plain
    # with a 3 × 4 hole of void values and no nodata tag imports as the plain (the hole filled with 120 m,
    # by inverse-distance weighting of equal values), with a note naming the file and the 12 voids.
    z = np.full((30, 40), 120.0)
    z[10:13, 20:24] = void
    path = write_tif(
        tmp_path / "plain.tif", z, Affine(10, 0, 500000, 0, -10, 5600000), "EPSG:25831", None, dtype
    )
    dem = import_dem([path], cellsize_m=10)
    assert dem.source_void_count == 12
    np.testing.assert_allclose(dem.grid.z[np.isfinite(dem.grid.z)], 120.0)
    assert any("plain.tif" in n and "12 cells" in n and "no nodata tag" in n for n in dem.notes)


def test_fill_voids_in_flat_ground_gives_the_ground_level():
    # Inverse-distance weighting of equal values is that value: a hole in a 120 m plain fills with 120 m.
    z = np.full((20, 30), 120.0)
    voids = np.zeros(z.shape, bool)
    voids[5:9, 10:17] = True
    z[voids] = np.nan
    filled, mask = fill_voids(z, voids)
    assert mask.sum() == 28
    np.testing.assert_allclose(filled, 120.0)


# ---------------------------------------------------------------------------------------------------
# real tile


@pytest.fixture(scope="module")
def valira():
    return import_dem([require_shared_data("valira", "N42E001.hgt.zip")], bbox_lonlat=VALIRA_BOX)


def test_zipped_srtm_tile_cropped_and_reprojected(valira):
    g = valira.grid
    assert g.crs.to_epsg() == 25831  # ETRS89 / UTM 31N, zone of 1.51 E
    assert g.dx == g.dy == 75.0  # SRTM3 at 42.5 N (see test_choose_cellsize...)
    # The grid is the envelope of the box in UTM 31N, snapped outward to 75 m.
    bx = rasterio.warp.transform_bounds("EPSG:4326", g.crs, *VALIRA_BOX, densify_pts=21)
    x0, y0, x1, y1 = g.bounds
    assert x0 <= bx[0] < x0 + 75 and y0 <= bx[1] < y0 + 75
    assert x1 - 75 < bx[2] <= x1 and y1 - 75 < bx[3] <= y1
    assert np.isfinite(g.z).all()  # the tile covers the whole box; voids are filled
    assert g.z.dtype == np.float32
    assert valira.attribution == ["Elevation: SRTM, courtesy NASA/NGA/USGS (public domain)"]


def test_plain_hgt_and_vsizip_paths_give_the_same_grid(valira, tmp_path):
    tile = require_shared_data("valira", "N42E001.hgt.zip")
    with zipfile.ZipFile(tile) as zf:
        zf.extract("N42E001.hgt", tmp_path)
    for path in (tmp_path / "N42E001.hgt", f"/vsizip/{tile}/N42E001.hgt"):
        r = import_dem([path], bbox_lonlat=VALIRA_BOX)
        assert r.grid.transform == valira.grid.transform
        np.testing.assert_array_equal(r.grid.z, valira.grid.z)


def test_voids_are_filled_counted_and_masked(valira):
    # The crop of the same tile to the box (README) has 98 voids; we read the box's UTM envelope plus a
    # margin, so at least those 98, and every void influences at least one output cell.
    assert valira.source_void_count >= 98
    assert valira.filled_count == int(valira.filled_mask.sum()) > 0
    assert valira.filled_mask.shape == valira.grid.shape
    assert any("void cells" in n and "filled" in n for n in valira.notes)


def test_elevations_agree_with_the_shared_crop(valira):
    # Independent check of georeferencing: sample the GDAL-filled crop (README) at our cell centres.
    g = valira.grid
    rows, cols = np.mgrid[0 : g.shape[0] : 5, 0 : g.shape[1] : 5]
    x, y = g.xy(rows.ravel(), cols.ravel())
    lon, lat = transform(g.crs, "EPSG:4326", x, y)
    with rasterio.open(require_shared_data("valira", "valira_srtm3_epsg4326_voidfilled.tif")) as ds:
        ref = np.array([v[0] for v in ds.sample(zip(lon, lat))], dtype=float)
    ok = ref != -9999
    d = g.z[rows.ravel(), cols.ravel()][ok] - ref[ok]
    # Bilinear 75 m cells against nearest 68 × 93 m cells in steep terrain: a median error of a few
    # metres and no bias; a half-cell shift would give tens of metres.
    assert np.median(np.abs(d)) < 12.0
    assert abs(d.mean()) < 3.0


# ---------------------------------------------------------------------------------------------------
# mosaic


def test_mosaic_of_pieces_equals_the_whole(tmp_path):
    src = require_shared_data("valira", "valira_srtm3_epsg4326.tif")
    z, t, crs, nodata = read_tif(src)
    # Cut the crop into a west piece (GeoTIFF) and an east piece (GeoTIFF inside a zip), edge to edge.
    cut = 130
    west = write_tif(tmp_path / "west.tif", z[:, :cut], t, crs, nodata, "int16")
    east_tif = write_tif(
        tmp_path / "east.tif", z[:, cut:], t @ Affine.translation(cut, 0), crs, nodata, "int16"
    )
    east = tmp_path / "east.zip"
    with zipfile.ZipFile(east, "w") as zf:
        zf.write(east_tif, "east.tif")
    east_tif.unlink()

    # Expected: importing the uncut crop (same CRS, same cell size) — a mosaic must not change a value.
    whole = import_dem([src], dst_crs=UTM31, cellsize_m=90)
    pieces = import_dem([west, east], dst_crs=UTM31, cellsize_m=90)
    assert pieces.grid.transform == whole.grid.transform
    np.testing.assert_array_equal(pieces.grid.z, whole.grid.z)
    np.testing.assert_array_equal(pieces.filled_mask, whole.filled_mask)
    assert pieces.source_void_count == whole.source_void_count == 98  # README: 98 voids in this crop
    assert len(pieces.source_descriptions) == 2
    assert pieces.seams == []  # one group: same CRS, resolution and offset


def test_tiles_that_do_not_touch_are_refused(tmp_path):
    src = require_shared_data("valira", "valira_srtm3_epsg4326.tif")
    z, t, crs, nodata = read_tif(src)
    west = write_tif(tmp_path / "west.tif", z[:, :100], t, crs, nodata, "int16")
    # 30 columns (0.025°, about 2 km) left out between the pieces.
    east = write_tif(tmp_path / "east.tif", z[:, 130:], t @ Affine.translation(130, 0), crs, nodata, "int16")
    with pytest.raises(InputError, match=r"do not touch: .*west\.tif and .*east\.tif are about 2 km apart"):
        import_dem([west, east])


def test_real_tiles_far_apart_are_refused_but_an_unused_one_is_left_out():
    valira = require_shared_data("valira", "N42E001.hgt.zip")
    roya = require_shared_data("roya", "N43E007.hgt.zip")
    with pytest.raises(InputError, match="do not touch"):
        import_dem([valira, roya])
    # With the Valira box the Roya tile does not reach the box: left out with a note, no error.
    r = import_dem([valira, roya], bbox_lonlat=(1.45, 42.45, 1.50, 42.50))
    assert any("N43E007" in n and "left out" in n for n in r.notes)


# ---------------------------------------------------------------------------------------------------
# two national DEMs with a vertical offset


def test_two_dems_in_different_crs_with_a_vertical_offset(tmp_path):
    # DEM A: 100 m cells in ETRS89 / UTM 31N, flat at 500 m, x 380000..385000.
    a = write_tif(
        tmp_path / "a.tif", np.full((50, 50), 500.0), Affine(100, 0, 380000, 0, -100, 4710000), UTM31, -9999
    )
    # DEM B: geographic (WGS 84), flat at 510 m, i.e. 10 m above A in its own datum; it overlaps A's
    # east part and reaches about 4 km beyond it.
    lon0, lat1 = transform(UTM31, "EPSG:4326", [383000.0], [4710000.0])
    b = write_tif(
        tmp_path / "b.tif",
        np.full((60, 80), 510.0),
        Affine(0.001, 0, lon0[0], 0, -0.001, lat1[0]),
        CRS.from_epsg(4326),
        -9999,
    )
    r = import_dem([a, b], dst_crs=UTM31, cellsize_m=100, vertical_offsets_m={str(b): -5.0})
    z = r.grid.z
    # Priority to A: every cell A covers keeps 500 m; B-only cells are 510 - 5 = 505 m.
    ra, ca = r.grid.rowcol(382000.0, 4707000.0)  # inside A only
    rb, cb = r.grid.rowcol(386500.0, 4707000.0)  # east of A, inside B
    ro, co = r.grid.rowcol(384000.0, 4707000.0)  # in both
    assert z[ra, ca] == pytest.approx(500.0)
    assert z[ro, co] == pytest.approx(500.0)
    assert z[rb, cb] == pytest.approx(505.0, abs=1e-3)
    vals = np.unique(np.round(z[np.isfinite(z)], 3))
    assert set(vals) <= {500.0, 505.0}
    # Seam over the overlap: B - A = +10 m before the offset, +5 m after it (exact for flat surfaces).
    (st,) = r.seam_stats
    assert st["kind"] == "overlap" and st["cells"] > 0
    assert st["mean_before_m"] == pytest.approx(10.0, abs=1e-3)
    assert st["max_abs_before_m"] == pytest.approx(10.0, abs=1e-3)
    assert st["mean_after_m"] == pytest.approx(5.0, abs=1e-3)
    assert st["offset_m"] == -5.0
    assert "+10.00 m" in r.seams[0] and "+5.00 m" in r.seams[0]


def test_abutting_dems_report_the_step_along_the_seam(tmp_path):
    # Two flat DEMs side by side in the same CRS but at 100 m and 50 m cells: separate groups that only
    # touch. The step across the seam is 20 m (520 - 500) before and 0 m after an offset of -20 m.
    a = write_tif(
        tmp_path / "a.tif", np.full((20, 20), 500.0), Affine(100, 0, 380000, 0, -100, 4710000), UTM31
    )
    b = write_tif(tmp_path / "b.tif", np.full((40, 40), 520.0), Affine(50, 0, 382000, 0, -50, 4710000), UTM31)
    r = import_dem([a, b], dst_crs=UTM31, cellsize_m=100, vertical_offsets_m={b: -20.0})
    (st,) = r.seam_stats
    assert st["kind"] == "abutting"
    assert st["mean_before_m"] == pytest.approx(20.0)
    assert st["mean_after_m"] == pytest.approx(0.0)
    np.testing.assert_allclose(r.grid.z[np.isfinite(r.grid.z)], 500.0)


def test_offset_for_an_unknown_path_is_refused(tmp_path):
    a = write_tif(tmp_path / "a.tif", np.full((5, 5), 1.0), Affine(100, 0, 380000, 0, -100, 4710000), UTM31)
    with pytest.raises(InputError, match="not among the DEMs"):
        import_dem([a], vertical_offsets_m={"other.tif": 1.0})


# ---------------------------------------------------------------------------------------------------
# bad inputs (files from /work/shared/data/bad_inputs, see its README)


def test_ocean_tile_is_refused():
    tile = require_shared_data("bad_inputs", "rasterio_N10W110.hgt.zip")
    with pytest.raises(
        InputError, match=r"rasterio_N10W110\.hgt\.zip.*no land relief.*between 0 and 9 m.*ocean"
    ):
        import_dem([tile])


def test_corrupt_raster_is_named():
    f = require_shared_data("bad_inputs", "rasterio_corrupt.tif")
    with pytest.raises(InputError, match=r"rasterio_corrupt\.tif: the raster's pixels cannot be read"):
        import_dem([f])


def test_all_nodata_raster_is_refused():
    f = require_shared_data("bad_inputs", "rasterio_all-nodata.tif")
    with pytest.raises(InputError, match=r"rasterio_all-nodata\.tif: no valid elevation"):
        import_dem([f])


@pytest.mark.parametrize("name", ["rasterio_float_nan.tif", "rasterio_rotated.tif"])
def test_raster_without_crs_is_refused(name):
    f = require_shared_data("bad_inputs", name)
    with pytest.raises(CRSError, match=f"{name}: the raster has no coordinate reference system"):
        import_dem([f])


def test_rotated_raster_with_a_crs_is_refused(tmp_path):
    f = tmp_path / "rotated.tif"
    shutil.copy(require_shared_data("bad_inputs", "rasterio_rotated.tif"), f)
    with rasterio.open(f, "r+") as ds:
        ds.crs = UTM31
    with pytest.raises(InputError, match=r"rotated\.tif: the raster is rotated"):
        import_dem([f])


def test_box_outside_the_data_is_refused():
    tile = require_shared_data("valira", "N42E001.hgt.zip")
    with pytest.raises(InputError, match=r"box 7\.45,43\.76,7\.66,44 lies outside the elevation data"):
        import_dem([tile], bbox_lonlat=(7.45, 43.76, 7.66, 44.0))


@pytest.mark.parametrize("box", [(1.6, 42.3, 1.4, 42.6), (1.4, 42.6, 1.6, 42.3), (1, 2, 3), ("a", 1, 2, 3)])
def test_malformed_box_is_refused(box):
    tile = require_shared_data("valira", "N42E001.hgt.zip")
    with pytest.raises(InputError, match="W,S,E,N"):
        import_dem([tile], bbox_lonlat=box)


def test_missing_and_unreadable_files(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        import_dem([tmp_path / "N42E001.hgt"])
    junk = tmp_path / "N42E001.hgt"
    junk.write_bytes(b"not an elevation tile")
    with pytest.raises(InputError, match=r"N42E001\.hgt: cannot be read as a raster"):
        import_dem([junk])
    badzip = tmp_path / "N42E001.hgt.zip"
    badzip.write_bytes(b"PK but not really")
    with pytest.raises(InputError, match="not a readable zip archive"):
        import_dem([badzip])


def test_geographic_working_crs_is_refused():
    tile = require_shared_data("valira", "N42E001.hgt.zip")
    with pytest.raises(CRSError, match="not a projected CRS in metres"):
        import_dem([tile], bbox_lonlat=VALIRA_BOX, dst_crs="EPSG:4326")


def test_cancel_stops_the_import():
    tile = require_shared_data("valira", "N42E001.hgt.zip")
    fb = Feedback()
    fb.cancel()
    with pytest.raises(Cancelled):
        import_dem([tile], bbox_lonlat=VALIRA_BOX, feedback=fb)
