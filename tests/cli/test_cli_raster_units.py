"""Rasters as the field sends them (issue 12): untagged voids, DEMs in feet, degrees and absurd cells,
volumes that spill, the sea. Each command answers right or refuses in one line (CONTRACT.md "Units",
``inundate`` added), and every note reaches ``--json``'s ``warnings``."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import rasterio
from affine import Affine
from rasterio.crs import CRS
from rasterio.warp import Resampling, reproject
from shapely.geometry import LineString, Point, box

from floodplan import testing
from floodplan.cli import main

# The shared real-world cases' valley (../shared/cases/realworld/base.py): 100 × 60 cells of 10 m, ground
# 100 m on the river row (30) rising 1 m per row away from it. A level of 101.5 m floods rows 29-31:
# by hand 300 cells = 30,000 m², depths 0.5 + 1.5 + 0.5 m per column → 2.5 m × 100 columns × 100 m² =
# 25,000 m³.
ROWS, COLS = 60, 100
FT_US = 3937.0 / 1200.0  # US survey feet per metre


def valley_z() -> np.ndarray:
    return (100.0 + np.abs(np.arange(ROWS)[:, None] - 30) * 1.0 + np.zeros((1, COLS))).astype("float32")


def write_tif(path, z, crs, transform, nodata=-9999.0, dtype="float32"):
    """:func:`floodplan.testing.write_tif` with this file's defaults (float32, nodata −9999)."""
    return testing.write_tif(path, z, crs, transform, nodata, dtype)


def run_json(capsys, *args):
    capsys.readouterr()
    status = main([*map(str, args), "--json"])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return status, (json.loads(out.out) if status == 0 else None), out.err


def river(crs, x0, y0, cell):
    y = y0 - 30.5 * cell
    return gpd.GeoDataFrame(geometry=[LineString([(x0 + 0.5 * cell, y), (x0 + 99.5 * cell, y)])], crs=crs)


@pytest.fixture(scope="module")
def feet(tmp_path_factory):
    """The valley in NC State Plane US survey feet (EPSG:2264), as case 05, and its metric twin made by
    reprojecting that file to NC State Plane metres (EPSG:32119, the same projection) with GDAL."""
    d = tmp_path_factory.mktemp("feet")
    x0, y0, cell = 2_000_000.0, 700_000.0, 10.0 * FT_US
    t = Affine(cell, 0, x0, 0, -cell, y0)
    write_tif(d / "dem_ft.tif", valley_z(), "EPSG:2264", t)
    river("EPSG:2264", x0, y0, cell).to_file(d / "river_ft.gpkg")
    # Metric twin: GDAL's own reprojection (nearest) of the feet file onto 10 m cells of EPSG:32119.
    mx0, my0 = x0 * 1200 / 3937, y0 * 1200 / 3937
    mt = Affine(10.0, 0, mx0, 0, -10.0, my0)
    out = np.full((ROWS, COLS), -9999.0, dtype="float32")
    reproject(
        valley_z(),
        out,
        src_transform=t,
        src_crs="EPSG:2264",
        dst_transform=mt,
        dst_crs="EPSG:32119",
        resampling=Resampling.nearest,
        dst_nodata=-9999.0,
    )
    write_tif(d / "dem_m.tif", out, "EPSG:32119", mt)
    river("EPSG:32119", mx0, my0, 10.0).to_file(d / "river_m.gpkg")
    return d


def test_inundate_on_a_dem_in_us_feet_reports_square_metres(feet, tmp_path, capsys):
    s, ft, _ = run_json(
        capsys,
        "inundate",
        "--dem",
        feet / "dem_ft.tif",
        "--source",
        feet / "river_ft.gpkg",
        "--level",
        101.5,
        "--out",
        tmp_path / "d_ft.tif",
    )
    s2, m, _ = run_json(
        capsys,
        "inundate",
        "--dem",
        feet / "dem_m.tif",
        "--source",
        feet / "river_m.gpkg",
        "--level",
        101.5,
        "--out",
        tmp_path / "d_m.tif",
    )
    assert s == s2 == 0
    # Hand computation (300 cells × 100 m², 25,000 m³) and the metric twin agree (before: 322,916 m²).
    assert ft["flooded_cells"] == m["flooded_cells"] == 300
    assert ft["flooded_area_m2"] == pytest.approx(30_000.0, rel=1e-9)
    assert ft["volume_m3"] == pytest.approx(25_000.0, rel=1e-9)
    assert ft["flooded_area_m2"] == pytest.approx(m["flooded_area_m2"], rel=1e-9)
    with rasterio.open(tmp_path / "d_ft.tif") as ds:  # the depth raster stays on the DEM's own grid
        assert ds.crs.to_epsg() == 2264


def test_simulate_on_a_dem_in_us_feet_matches_its_metric_twin(feet, tmp_path, capsys):
    hyd = tmp_path / "inflow.csv"
    hyd.write_text("minutes,m3s\n0,5\n5,5\n")
    x0, y0, cell = 2_000_000.0, 700_000.0, 10.0 * FT_US
    at_ft = f"{x0 + 0.5 * cell},{y0 - 30.5 * cell}"  # --at in the DEM file's CRS (feet)
    at_m = f"{(x0 + 0.5 * cell) * 1200 / 3937},{(y0 - 30.5 * cell) * 1200 / 3937}"
    s, ft, _ = run_json(
        capsys,
        "simulate",
        "--dem",
        feet / "dem_ft.tif",
        "--inflow",
        hyd,
        "--at",
        at_ft,
        "--minutes",
        5,
        "--out",
        tmp_path / "ft",
    )
    s2, m, _ = run_json(
        capsys,
        "simulate",
        "--dem",
        feet / "dem_m.tif",
        "--inflow",
        hyd,
        "--at",
        at_m,
        "--minutes",
        5,
        "--out",
        tmp_path / "m",
    )
    assert s == s2 == 0
    assert ft["volume_in_m3"] == pytest.approx(1500.0)  # 5 m³/s × 300 s, in m³ whatever the unit
    for key in ("volume_stored_m3", "max_depth_m", "flooded_area_m2"):
        assert ft[key] == pytest.approx(m[key], rel=1e-6), key


def test_info_states_the_units(feet, capsys):
    s, info, _ = run_json(capsys, "info", feet / "dem_ft.tif")
    assert s == 0 and info["horizontal_unit"] == "US survey foot"
    assert info["metres_per_unit"] == pytest.approx(1200 / 3937)
    assert "unless the vertical CRS says otherwise" in info["vertical_unit"]
    capsys.readouterr()
    assert main(["info", str(feet / "dem_ft.tif")]) == 0
    assert "US survey foot" in capsys.readouterr().out


def test_untagged_srtm_voids_are_nodata_with_a_warning(tmp_path, capsys):
    # Case 02's kind: an int16 DEM whose −32768 voids carry no nodata tag. Two voids off the flood, one
    # on the river row: by hand 300 − 1 = 299 cells flood at 101.5 m.
    z = valley_z().astype("int16")  # whole metres already: 100 m on the river row, 101 m beside it
    z[5, 5] = z[50, 70] = z[30, 40] = -32768
    t = Affine(10.0, 0, 500_000.0, 0, -10.0, 5_600_000.0)
    write_tif(tmp_path / "srtm.tif", z, "EPSG:25833", t, nodata=None, dtype="int16")
    river("EPSG:25833", 500_000.0, 5_600_000.0, 10.0).to_file(tmp_path / "river.gpkg")
    inundate = ["inundate", "--dem", tmp_path / "srtm.tif", "--source", tmp_path / "river.gpkg"]
    s, r, _ = run_json(capsys, *inundate, "--level", 101.5, "--out", tmp_path / "d.tif")
    assert s == 0 and r["flooded_cells"] == 299 and r["max_depth_m"] == pytest.approx(1.5)
    assert any("srtm.tif" in w and "3 cells" in w for w in r["warnings"])
    s, v, _ = run_json(capsys, *inundate, "--volume", 20_000, "--out", tmp_path / "v.tif")
    # Before: a level of −32,768 m and 33 km deep water. The volume sits on the 100-101 m valley floor.
    assert s == 0 and 100.0 < v["level_m"] < 102.0 and v["max_depth_m"] < 2.0
    assert v["requested_volume_m3"] == 20_000


def test_access_with_a_depth_raster_in_degrees_matches_the_metric_one(tmp_path, capsys):
    crs, x0, y0 = "EPSG:25833", 500_000.0, 5_600_000.0
    depth = np.zeros((ROWS, COLS), "float32")
    depth[29:32] = 0.5
    write_tif(tmp_path / "depth.tif", depth, crs, Affine(10.0, 0, x0, 0, -10.0, y0))
    from floodplan.io.raster import read_grid, reproject_grid, write_grid

    deg = reproject_grid(
        read_grid(tmp_path / "depth.tif"), CRS.from_epsg(4326), resampling=Resampling.nearest
    )
    write_grid(deg, tmp_path / "depth_deg.tif")
    ry = y0 - 30.5 * 10
    gpd.GeoDataFrame(
        {"name": ["W", "E"], "country": ["AA", "BB"]},
        crs=crs,
        geometry=[box(x0, y0 - 600, x0 + 500, y0), box(x0 + 500, y0 - 600, x0 + 1000, y0)],
    ).to_file(tmp_path / "jur.gpkg")
    gpd.GeoDataFrame(
        {"speed_kmh": [50, 50]},
        crs=crs,
        geometry=[
            LineString([(x0 + 10, ry + 100), (x0 + 990, ry + 100)]),
            LineString([(x0 + 500, ry + 100), (x0 + 500, ry - 100)]),
        ],
    ).to_file(tmp_path / "roads.gpkg")
    gpd.GeoDataFrame({"kind": ["fire"], "name": ["F"]}, crs=crs, geometry=[Point(x0 + 20, ry + 105)]).to_file(
        tmp_path / "res.gpkg"
    )
    gpd.GeoDataFrame(
        {"population": [10, 20], "kind": ["residential"] * 2},
        crs=crs,
        geometry=[Point(x0 + 900, ry + 110), Point(x0 + 500, ry - 95)],
    ).to_file(tmp_path / "a.gpkg")
    common = [
        "access",
        "--roads",
        tmp_path / "roads.gpkg",
        "--resources",
        tmp_path / "res.gpkg",
        "--assets",
        tmp_path / "a.gpkg",
        "--jurisdictions",
        tmp_path / "jur.gpkg",
    ]
    s, metric, _ = run_json(capsys, *common, "--depth", tmp_path / "depth.tif", "--out", tmp_path / "m.gpkg")
    s2, degrees, _ = run_json(
        capsys, *common, "--depth", tmp_path / "depth_deg.tif", "--out", tmp_path / "d.gpkg"
    )
    assert s == s2 == 0  # before: an index error (exit 1)
    # The flooded river row cuts the north-south road in both: the southern asset is covered by neither.
    assert degrees["countries"] == metric["countries"]
    assert any("depth_deg.tif" in w and "resampled" in w for w in degrees["warnings"])


def test_depth_raster_with_absurd_cells_is_one_line_exit_2(tmp_path, capsys):
    write_tif(tmp_path / "tiny.tif", np.zeros((10, 10)), "EPSG:25833", Affine(1e-6, 0, 5e5, 0, -1e-6, 5.6e6))
    capsys.readouterr()
    status = main(
        [
            "inundate",
            "--dem",
            str(tmp_path / "tiny.tif"),
            "--source",
            str(tmp_path / "none.gpkg"),
            "--level",
            "1",
            "--out",
            str(tmp_path / "o.tif"),
        ]
    )
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2 and len(err) == 1 and "tiny.tif" in err[0] and "far smaller" in err[0]


def test_road_sampling_that_would_need_too_much_memory_is_refused():
    # 1 mm cells (the smallest accepted) and 50 km of roads: a sample every 0.5 mm is 1e8 samples of
    # ~96 bytes ≈ 8.94 GiB, refused before anything is allocated.
    from floodplan.cli.handlers import _check_road_sampling
    from floodplan.errors import InputError
    from floodplan.testing import make_grid

    roads = gpd.GeoDataFrame(geometry=[LineString([(0, 0), (50_000, 0)])], crs="EPSG:25833")
    with pytest.raises(InputError, match=r"depth\.tif: .* about 8\.94 GiB"):
        _check_road_sampling(roads, make_grid(np.zeros((3, 3)), cellsize=1e-3), "depth.tif")
    _check_road_sampling(roads, make_grid(np.zeros((3, 3)), cellsize=1.0), "depth.tif")  # 1e5 samples: fine


def test_sea_level_option_is_described_in_help(capsys):
    with pytest.raises(SystemExit):
        main(["inundate", "--help"])
    assert "--sea-level" in capsys.readouterr().out


def test_simulate_at_is_in_the_dem_files_crs_for_a_dem_in_degrees(tmp_path, capsys):
    # A 20 × 20 DEM in WGS 84 (0.0001° ≈ 8-11 m cells near 42.5° N), a bowl around its centre.
    r, c = np.indices((20, 20))
    z = (100.0 + 0.1 * np.hypot(r - 10, c - 10)).astype("float32")
    write_tif(tmp_path / "deg.tif", z, "EPSG:4326", Affine(1e-4, 0, 1.5, 0, -1e-4, 42.5))
    hyd = tmp_path / "q.csv"
    hyd.write_text("minutes,m3s\n0,1\n1,1\n")
    # CONTRACT.md (simulate, added): --at is in the DEM file's own CRS, here longitude,latitude.
    s, out, _ = run_json(
        capsys,
        "simulate",
        "--dem",
        tmp_path / "deg.tif",
        "--inflow",
        hyd,
        "--at",
        "1.50105,42.49895",
        "--minutes",
        1,
        "--out",
        tmp_path / "sim",
    )
    assert s == 0 and out["volume_in_m3"] == pytest.approx(60.0)  # 1 m³/s for 60 s
    capsys.readouterr()
    status = main(
        [
            "simulate",
            "--dem",
            str(tmp_path / "deg.tif"),
            "--inflow",
            str(hyd),
            "--at",
            "380000,4706000",
            "--minutes",
            "1",
            "--out",
            str(tmp_path / "sim2"),
        ]
    )
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2 and len(err) == 1 and "EPSG:4326" in err[0] and "Traceback" not in err[0]


def test_new_with_sea_level_stores_the_project_setting(tmp_path, capsys):
    from floodplan.io.projectfile import open_project

    t = Affine(10.0, 0, 500_000.0, 0, -10.0, 5_600_000.0)
    write_tif(tmp_path / "dem.tif", valley_z(), "EPSG:25833", t)
    s, out, _ = run_json(
        capsys, "new", "--dem", tmp_path / "dem.tif", "--sea-level", 0, "--out", tmp_path / "p.gpkg"
    )
    assert s == 0
    assert open_project(tmp_path / "p.gpkg").settings["sea_level_m"] == 0.0


def test_access_on_layers_in_feet_matches_the_metric_layers(tmp_path, capsys):
    # The shared cases' valley layers (roads, two stations, four assets, two countries), once in metres
    # (EPSG:25833) and once reprojected to US survey feet (EPSG:2264). Travel over ~1 km at 50 km/h is
    # ~1.2 min: with a 1.5 min target every asset is covered in metres; read as metres, the feet layers'
    # lengths (×3.28) would leave assets uncovered.
    import sys

    base_dir = Path(__file__).resolve().parents[3] / "shared" / "cases" / "realworld"
    if not (base_dir / "base.py").exists():
        pytest.skip("../shared/cases/realworld is not beside this checkout")
    sys.path.insert(0, str(base_dir))
    try:
        import base
    finally:
        sys.path.remove(str(base_dir))
    names = {
        "roads": base.roads(),
        "resources": base.resources(),
        "assets": base.assets(),
        "jurisdictions": base.jurisdictions(),
    }
    runs = {}
    for tag, epsg in (("m", 25833), ("ft", 2264)):
        args = ["access"]
        for role, gdf in names.items():
            path = tmp_path / f"{role}_{tag}.gpkg"
            gdf.to_crs(epsg).to_file(path)
            args += [f"--{role}", path]
        s, runs[tag], _ = run_json(capsys, *args, "--minutes", 1.5, "--out", tmp_path / f"o_{tag}.gpkg")
        assert s == 0
    assert runs["m"]["countries"]["AA"]["gap_population"] == 0  # the premise: everyone covered in metres
    assert runs["ft"]["countries"] == runs["m"]["countries"]
    assert any("feet" in w for w in runs["ft"]["warnings"])
