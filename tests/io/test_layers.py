"""Loading files into a project: formats, CRS harmonisation, repairs, and bad input that changes nothing."""

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import Point, Polygon, box

from floodplan.errors import CRSError, InputError
from floodplan.io.layers import add_file
from floodplan.io.raster import write_grid
from floodplan.model.project import Project
from floodplan.testing import TEST_CRS, make_grid, require_shared_data


def test_zipped_srtm_tile_becomes_a_metric_dem():
    tile = require_shared_data("valira", "N42E001.hgt.zip")
    p = Project()
    (dem,) = add_file(p, tile)
    # The tile's centre (1.5 E, 42.5 N) lies in UTM zone 31 north (zone = floor((1.5 + 180) / 6) + 1 = 31),
    # in Europe, so ETRS89 / UTM 31N (EPSG:25831).
    assert p.crs.to_epsg() == 25831
    assert dem.role == "dem" and dem.data.crs.to_epsg() == 25831
    # SRTM3 is 3 arc-seconds: ~92.6 m north-south, ~68 m east-west at 42.5 N; the metric grid keeps that order.
    assert 60 <= dem.data.dx <= 95
    # The tile's 7,652 voids (README) stay nodata; nothing is invented.
    assert np.isnan(dem.data.z).sum() > 0
    assert np.nanmax(dem.data.z) <= 3100 and np.nanmin(dem.data.z) >= 349


def test_two_national_crss_are_harmonised(tmp_path):
    dem = make_grid(np.full((40, 40), 100.0), 10.0, x0=500000, y0=5670000)
    write_grid(dem, tmp_path / "dem.tif")
    pts = gpd.GeoDataFrame({"kind": ["fire"]}, geometry=[Point(500200, 5669800)], crs=TEST_CRS).to_crs(2180)
    pts.to_file(tmp_path / "pl.gpkg", layer="resources")
    p = Project()
    add_file(p, tmp_path / "dem.tif")
    (res,) = add_file(p, tmp_path / "pl.gpkg", role="resources")
    assert res.data.crs == p.crs
    assert res.data.geometry.iloc[0].distance(Point(500200, 5669800)) < 0.01


def test_real_osm_layers_in_another_crs():
    gpkg = require_shared_data("valira", "andorra_valira_osm2013_epsg25831.gpkg")
    p = Project(25831)
    (b,) = add_file(p, gpkg, layer="buildings", role="assets")
    assert len(b.data) == 292 and b.data.crs.to_epsg() == 25831
    assert (b.data["population"] == 0).all() and "no 'population' attribute" in " ".join(p.notes)


def test_invalid_geometry_is_repaired_and_counted():
    z = require_shared_data("bad_inputs", "pyogrio_poly_not_enough_points.shp.zip")
    p = Project(28992)
    layers = add_file(p, z, role="other")
    assert layers and all(v for v in layers[0].data.is_valid)
    # The ring of 2 points cannot be built at all: the feature is left out and counted, not a crash.
    assert any("1 feature(s) with a missing or unreadable geometry left out" in n for n in p.notes)


def test_bowtie_polygon_is_repaired(tmp_path):
    bow = Polygon([(0, 0), (10, 10), (10, 0), (0, 10), (0, 0)])
    gpd.GeoDataFrame({"name": ["x"], "country": ["A"]}, geometry=[bow], crs=TEST_CRS).to_file(
        tmp_path / "j.gpkg"
    )
    p = Project(TEST_CRS)
    (j,) = add_file(p, tmp_path / "j.gpkg", role="jurisdictions")
    assert j.data.is_valid.all()
    assert "1 invalid geometry repaired" in " ".join(p.notes)


BAD = [
    ("rasterio_corrupt.tif", "cannot be read"),
    ("rasterio_all-nodata.tif", "no valid cell"),
    ("rasterio_float_nan.tif", "no coordinate reference system"),
    ("rasterio_rotated.tif", "rotated"),
]


@pytest.mark.parametrize("name,message", BAD)
def test_bad_rasters_give_one_clear_sentence_and_change_nothing(name, message):
    path = require_shared_data("bad_inputs", name)
    p = Project(TEST_CRS)
    with pytest.raises(InputError, match=message) as info:
        add_file(p, path)
    assert name in str(info.value) and "\n" not in str(info.value)
    assert p.layers == [] and not p.stack.can_undo


def test_shapefile_without_prj_is_refused():
    path = require_shared_data("spopt_sf", "ServiceAreas_4.shp")
    p = Project(TEST_CRS)
    with pytest.raises(CRSError, match="no coordinate reference system"):
        add_file(p, path)
    assert p.layers == []


def test_missing_attribute_names_file_layer_and_attribute(tmp_path):
    gpd.GeoDataFrame({"name": ["a"]}, geometry=[box(0, 0, 1, 1)], crs=TEST_CRS).to_file(
        tmp_path / "j.gpkg", layer="munis"
    )
    p = Project(TEST_CRS)
    with pytest.raises(InputError, match=r"j\.gpkg, layer 'munis': attribute 'country' is missing"):
        add_file(p, tmp_path / "j.gpkg", role="jurisdictions")
    assert p.layers == []


def test_missing_file_and_not_a_gis_file(tmp_path):
    p = Project(TEST_CRS)
    with pytest.raises(InputError, match="no such file"):
        add_file(p, tmp_path / "nope.gpkg")
    txt = tmp_path / "notes.geojson"
    txt.write_text("this is not json")
    with pytest.raises(InputError, match="notes.geojson"):
        add_file(p, txt)
    assert p.layers == []


def test_a_dem_in_feet_sets_a_metric_working_crs(tmp_path):
    # A project's working CRS measures roads too, so a DEM in US survey feet (EPSG:2264) added to an
    # empty project is reprojected to its UTM zone (metres), with a note; its 10 m cells stay 10 m.
    import numpy as np
    from affine import Affine

    from floodplan.io.layers import read_layer
    from floodplan.notes import collect_notes
    from floodplan.testing import write_tif

    cell = 10.0 * 3937.0 / 1200.0  # 10 m in US survey feet
    path = tmp_path / "dem_ft.tif"
    write_tif(path, np.full((10, 20), 100.0, "float32"), "EPSG:2264", Affine(cell, 0, 2e6, 0, -cell, 7e5))
    with collect_notes() as notes:
        lyr = read_layer(path)
    assert lyr.data.crs.to_epsg() == 32617 and lyr.data.dx == 10.0  # UTM 17N, cells of about 10 m
    assert any("dem_ft.tif" in n and "feet" in n for n in notes)
