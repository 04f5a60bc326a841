"""`floodplan info` and the command line's error convention (CONTRACT.md): one line, exit 2, no traceback."""

import json

import pytest

from floodplan.testing import require_shared_data
from floodplan.testing import run_floodplan as floodplan


def assert_one_line_error(proc, *needles):
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("floodplan: error: ")
    assert "Traceback" not in proc.stderr
    for n in needles:
        assert n in lines[0]
    assert proc.stdout == ""


def test_info_on_the_zipped_srtm_tile():
    tile = require_shared_data("valira", "N42E001.hgt.zip")
    proc = floodplan("info", tile, "--json")
    assert proc.returncode == 0, proc.stderr
    info = json.loads(proc.stdout)
    # The README: 1201×1201 cells, EPSG:4326, lon 1–2 E, lat 42–43 N.
    assert (info["width"], info["height"]) == (1201, 1201)
    assert info["crs"].startswith("EPSG:4326")
    assert info["bounds"][0] == pytest.approx(1.0, abs=0.001) and info["bounds"][3] == pytest.approx(
        43.0, abs=0.001
    )


def test_info_on_the_osm_geopackage():
    gpkg = require_shared_data("valira", "andorra_valira_osm2013_epsg25831.gpkg")
    proc = floodplan("info", gpkg)
    assert proc.returncode == 0, proc.stderr
    # The README's counts: buildings 292, parishes 6, roads 1,614.
    assert "layer buildings: 292" in proc.stdout and "layer parishes: 6" in proc.stdout
    assert "layer roads: 1614" in proc.stdout and "EPSG:25831" in proc.stdout


@pytest.mark.parametrize(
    "name",
    [
        "rasterio_all-nodata.tif",
        "rasterio_float_nan.tif",
        "rasterio_rotated.tif",
        "rasterio_test_esri_wkt.tif",
        "rasterio_N10W110.hgt.zip",
        "pyogrio_poly_not_enough_points.shp.zip",
    ],
)
def test_info_describes_readable_bad_inputs_with_their_problem(name):
    path = require_shared_data("bad_inputs", name)
    proc = floodplan("info", path, "--json")
    assert proc.returncode == 0, proc.stderr
    info = json.loads(proc.stdout)
    if name == "rasterio_all-nodata.tif":
        assert info["valid_cells"] == 0 and any("no valid cell" in w for w in info["warnings"])
    if name == "rasterio_rotated.tif":
        assert info["rotated"] is True
    if name == "rasterio_float_nan.tif":
        assert info["crs"] is None and info["valid_cells"] == 5  # 3×2 cells, one NaN


def test_info_on_corrupt_raster_is_one_line_exit_2():
    path = require_shared_data("bad_inputs", "rasterio_corrupt.tif")
    assert_one_line_error(floodplan("info", path), "rasterio_corrupt.tif")


def test_missing_file_and_unknown_option(tmp_path):
    assert_one_line_error(floodplan("info", tmp_path / "nope.gpkg"), "nope.gpkg", "no such file")
    assert_one_line_error(floodplan("info", tmp_path, "--colour"), "--colour")
    assert_one_line_error(floodplan("inundate", "--dem", "x.tif"), "required")


def test_info_on_an_openstreetmap_pbf_counts_features():
    """OSM .pbf layers have no cheap count (GDAL says -1): info counts them. Expected: the number of
    features pyogrio reads from each layer (the peer reading)."""
    import pyogrio

    pbf = require_shared_data("valira", "andorra.osm.pbf")
    proc = floodplan("info", pbf, "--json")
    assert proc.returncode == 0, proc.stderr
    counts = {lyr["name"]: lyr["count"] for lyr in json.loads(proc.stdout)["layers"]}
    for name in ("points", "lines", "multipolygons"):
        assert counts[name] == len(pyogrio.read_dataframe(pbf, layer=name, read_geometry=False)) > 0
