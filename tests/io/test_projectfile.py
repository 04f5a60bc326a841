"""The GeoPackage project file: exact round trip, atomic save, version checks, opens in GDAL."""

import os
import sqlite3
import subprocess
import sys
import textwrap

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import rasterio
from shapely.geometry import LineString, Point, box

import floodplan
from floodplan.errors import InputError, ProjectVersionError
from floodplan.io.projectfile import open_project, save_project
from floodplan.model.project import Layer, Project
from floodplan.model.scenario import Scenario
from floodplan.model.schema import normalise
from floodplan.testing import TEST_CRS, make_grid


def small_project():
    p = Project(TEST_CRS)
    rng = np.random.default_rng(3)
    z = rng.uniform(90, 110, (60, 80)).astype("float32").astype(float)
    z[5, 5] = np.nan
    p.add_layer(Layer("dem", "dem", make_grid(z, 5.0)))
    j = gpd.GeoDataFrame(
        {"name": ["Nordstadt", "Południe"], "country": ["DE", "PL"]},
        geometry=[box(500000, 5599850, 500400, 5600000), box(500000, 5599700, 500400, 5599850)],
        crs=TEST_CRS,
    )
    p.add_layer(
        Layer("jurisdictions", "jurisdictions", normalise(j, "jurisdictions", "t"), attribution="© test")
    )
    d = gpd.GeoDataFrame(
        {
            "id": ["D1", "D2"],
            "crest_m": [101.0, None],
            "height_m": [None, 2.0],
            "status": ["existing", "planned"],
            "cost": [1e6, 2.5e6],
        },
        geometry=[
            LineString([(500010, 5599990), (500100, 5599900)]),
            LineString([(500200, 5599800), (500300, 5599820)]),
        ],
        crs=TEST_CRS,
    )
    p.add_layer(Layer("defenses", "defenses", normalise(d, "defenses", "t")))
    r = gpd.GeoDataFrame(
        {"kind": ["fire", "shelter"], "cross_border": [True, False], "capacity": [0, 300]},
        geometry=[Point(500050, 5599950), Point(500250, 5599750)],
        crs=TEST_CRS,
    )
    p.add_layer(Layer("resources", "resources", normalise(r, "resources", "t")))
    p.add_layer(
        Layer("empty_assets", "assets", normalise(gpd.GeoDataFrame(geometry=[], crs=TEST_CRS), "assets", "t"))
    )
    p.set_scenario(Scenario("hq100-joint", "test", level_m=100.5, breaches=["D1"], minutes={"fire": 8.0}))
    p.set_scenario(Scenario("hq100-national", flood="volume", volume_m3=1e5, mode="national"))
    p.settings["plate"] = {"paper": "A3", "languages": ["en", "pl"]}
    p.layer("defenses").opacity = 0.5
    return p


def assert_same(a: Project, b: Project):
    assert a.layer_names() == b.layer_names()
    assert a.crs == b.crs
    for la, lb in zip(a.layers, b.layers):
        assert (la.role, la.visible, la.opacity, la.color, la.attribution) == (
            lb.role,
            lb.visible,
            lb.opacity,
            lb.color,
            lb.attribution,
        )
        if la.is_raster:
            np.testing.assert_array_equal(la.data.z, lb.data.z)
            assert la.data.transform == lb.data.transform
        else:
            da = la.data.reset_index(drop=True)
            db = lb.data.reset_index(drop=True)
            assert list(da.columns) == list(db.columns)
            assert da.geometry.geom_equals(db.geometry).all()
            pd.testing.assert_frame_equal(
                pd.DataFrame(da.drop(columns="geometry")),
                pd.DataFrame(db.drop(columns="geometry")),
                check_dtype=False,
            )
    assert {k: v.to_dict() for k, v in a.scenarios.items()} == {
        k: v.to_dict() for k, v in b.scenarios.items()
    }
    assert list(a.scenarios) == list(b.scenarios)
    assert a.settings == b.settings


def test_round_trip_is_exact(tmp_path):
    p = small_project()
    path = save_project(p, tmp_path / "plan.gpkg")
    assert not p.dirty
    q = open_project(path)
    assert_same(p, q)
    # Saving the reopened project and opening it again changes nothing either.
    q2 = open_project(save_project(q, tmp_path / "plan2.gpkg"))
    assert_same(p, q2)


def test_file_opens_in_gdal_as_it_is(tmp_path):
    path = save_project(small_project(), tmp_path / "plan.gpkg")
    names = dict(pyogrio.list_layers(path))
    assert names["defenses"] == "LineString" and names["resources"] == "Point"
    gdf = gpd.read_file(path, layer="jurisdictions")
    assert list(gdf["name"]) == ["Nordstadt", "Południe"]
    with rasterio.open(path, table="dem") as ds:  # the DEM is a GeoPackage raster table
        assert ds.shape == (60, 80) and ds.crs.to_epsg() == 25833


def test_newer_format_is_refused(tmp_path):
    path = save_project(small_project(), tmp_path / "plan.gpkg")
    con = sqlite3.connect(path)
    con.execute(
        "UPDATE floodplan_meta SET value=? WHERE key='format_version'",
        (str(floodplan.PROJECT_FORMAT_VERSION + 1),),
    )
    con.commit()
    con.close()
    with pytest.raises(ProjectVersionError, match="newer floodplan"):
        open_project(path)


def test_plain_geopackage_and_other_files_are_refused_clearly(tmp_path):
    plain = tmp_path / "plain.gpkg"
    gpd.GeoDataFrame({"a": [1]}, geometry=[Point(0, 0)], crs=TEST_CRS).to_file(plain)
    with pytest.raises(ProjectVersionError, match="not a floodplan project"):
        open_project(plain)
    junk = tmp_path / "junk.gpkg"
    junk.write_text("not a database at all " * 100)
    with pytest.raises(InputError, match="junk.gpkg"):
        open_project(junk)
    with pytest.raises(InputError, match="no such file"):
        open_project(tmp_path / "missing.gpkg")


def test_failed_save_leaves_old_file_and_no_debris(tmp_path, monkeypatch):
    p = small_project()
    path = save_project(p, tmp_path / "plan.gpkg")
    before = path.read_bytes()
    p.set_scenario(Scenario("extra", level_m=1.0))

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(floodplan.errors.FloodplanError, match="previous file is unchanged"):
        save_project(p, path)
    assert path.read_bytes() == before
    assert sorted(x.name for x in tmp_path.iterdir()) == ["plan.gpkg"]
    assert p.dirty  # the edit is still unsaved


@pytest.mark.parametrize("kill_after", [0.0, 0.05, 0.15])
def test_killed_mid_save_leaves_old_file_intact(tmp_path, kill_after):
    """A process killed (SIGKILL) while saving leaves the old project as it was."""
    p = small_project()
    path = save_project(p, tmp_path / "plan.gpkg")
    before = path.read_bytes()
    script = textwrap.dedent(f"""
        import time, pyogrio
        from floodplan.io.projectfile import open_project, save_project
        real = pyogrio.write_dataframe
        def slow(*a, **k):      # make the save take long enough to be killed in the middle
            real(*a, **k)
            print("writing", flush=True)
            time.sleep(0.3)
        pyogrio.write_dataframe = slow
        p = open_project({str(path)!r})
        p.settings["changed"] = True
        save_project(p)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "writing"  # the new file is being written
    import time

    time.sleep(kill_after)
    proc.kill()
    proc.wait()
    assert path.read_bytes() == before
    assert open_project(path).settings.get("changed") is None


def test_outside_raster_is_referenced_by_relative_path(tmp_path):
    """A DEM kept as an outside file is stored as a path relative to the project: moving the folder keeps
    the project whole; a missing outside file is one clear sentence."""
    from floodplan.io.raster import write_grid

    p = small_project()
    src = tmp_path / "a"
    src.mkdir()
    write_grid(p.dem, src / "dem.tif")
    p.layer("dem").external = str(src / "dem.tif")
    path = save_project(p, src / "plan.gpkg")
    import sqlite3

    con = sqlite3.connect(path)
    storage, rel = con.execute("SELECT storage, path FROM floodplan_layers WHERE name='dem'").fetchone()
    con.close()
    assert (storage, rel) == ("external", "dem.tif")
    moved = tmp_path / "b"
    src.rename(moved)
    q = open_project(moved / "plan.gpkg")
    np.testing.assert_array_equal(q.dem.z, p.dem.z.astype("float32"))
    (moved / "dem.tif").unlink()
    with pytest.raises(InputError, match="dem.tif"):
        open_project(moved / "plan.gpkg")
