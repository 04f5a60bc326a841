"""Exposure: depth at each building, depth classes, counts per jurisdiction and country, critical list.

Grid: 10 m cells, 4 rows × 6 columns, top-left corner (0, 40); x 0–30 m is West (country A), x 30–60 m
East (country B). Depths (m), row 0 at the top:

    0.2  1.5  0    0    0    0
    0    0    0    0.5  0    2.5
    0    0    0    0    0    0
    0    0    0    0    0    0.3
"""

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import Point, box

from floodplan.errors import InputError
from floodplan.sim.exposure import assign_jurisdictions, class_labels, depth_class, exposure
from floodplan.testing import TEST_CRS, make_grid

DEPTH = [
    [0.2, 1.5, 0, 0, 0, 0],
    [0, 0, 0, 0.5, 0, 2.5],
    [0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0.3],
]


def write_read(gdf, tmp_path, name):
    path = tmp_path / f"{name}.gpkg"
    gdf.to_file(path, layer=name)
    return gpd.read_file(path, layer=name)


def layers(tmp_path):
    jur = write_read(
        gpd.GeoDataFrame(
            {"name": ["West", "East"], "country": ["A", "B"]},
            geometry=[box(0, 0, 30, 40), box(30, 0, 60, 40)],
            crs=TEST_CRS,
        ),
        tmp_path,
        "jurisdictions",
    )
    assets = write_read(
        gpd.GeoDataFrame(
            {
                "population": [4, 3, 0, 7, 2],
                "kind": ["residential", "school", "residential", "hospital", "care_home"],
                "name": ["h1", "s1", "h2", "hosp", "care"],
            },
            geometry=[
                box(2, 32, 18, 38),  # covers the centres of cells (0,0) 0.2 m and (0,1) 1.5 m -> 1.5
                Point(35, 25),  # cell (1,3): 0.5 m
                box(20, 2, 28, 8),  # dry cell (3,2)
                Point(55, 25),  # cell (1,5): 2.5 m
                Point(55, 5),  # cell (3,5): 0.3 m, the top of the first class
            ],
            crs=TEST_CRS,
        ),
        tmp_path,
        "assets",
    )
    return assets, jur, make_grid(DEPTH, cellsize=10.0, x0=0.0, y0=40.0)


def test_depth_classes():
    assert class_labels((0, 0.3, 1, 2)) == ["0-0.3", "0.3-1", "1-2", ">2"]
    # 0 is dry, 0.3 is the top of the first class, 0.30001 the second, 2.5 the open last one, NaN unknown
    assert depth_class([0.0, 0.3, 0.30001, 1.0, 2.5, np.nan], (0, 0.3, 1, 2)).tolist() == [-1, 0, 1, 1, 3, -1]


def test_exposure_per_building_jurisdiction_and_country(tmp_path):
    assets, jur, depth = layers(tmp_path)
    r = exposure(assets, depth, jur)
    np.testing.assert_allclose(r.assets["depth_m"], [1.5, 0.5, 0.0, 2.5, 0.3])
    labels = [c if isinstance(c, str) else None for c in r.assets["depth_class"]]  # dry reads as missing
    assert labels == ["1-2", "0.3-1", None, ">2", "0-0.3"]
    assert r.assets["jurisdiction"].tolist() == ["West", "East", "West", "East", "East"]
    west = r.summary["jurisdictions"]["West"]
    # West: h1 (4 people, 1.5 m) exposed, h2 (0 people) dry
    assert west["assets"] == 2 and west["exposed_assets"] == 1 and west["exposed_population"] == 4.0
    assert west["classes"]["1-2"] == {"assets": 1, "population": 4.0}
    east = r.summary["countries"]["B"]
    # East: s1 3 people 0.3-1, hosp 7 people >2, care 2 people 0-0.3
    assert east["exposed_population"] == 12.0
    assert east["classes"] == {
        "0-0.3": {"assets": 1, "population": 2.0},
        "0.3-1": {"assets": 1, "population": 3.0},
        "1-2": {"assets": 0, "population": 0.0},
        ">2": {"assets": 1, "population": 7.0},
    }
    # critical facilities reached by water, deepest first
    assert [c["name"] for c in r.summary["critical"]] == ["hosp", "s1", "care"]
    assert r.critical["depth_m"].tolist() == [2.5, 0.5, 0.3]


def test_custom_classes(tmp_path):
    assets, jur, depth = layers(tmp_path)
    r = exposure(assets, depth, jur, classes=(0, 1))
    assert r.summary["countries"]["B"]["classes"] == {
        "0-1": {"assets": 2, "population": 5.0},
        ">1": {"assets": 1, "population": 7.0},
    }


def test_assign_jurisdictions_nearest_for_outside(tmp_path):
    assets, jur, _ = layers(tmp_path)
    pts = gpd.GeoDataFrame(geometry=[Point(10, 10), Point(70, 10)], crs=TEST_CRS)
    t = assign_jurisdictions(pts, jur)
    # (70, 10) lies 10 m east of East: it takes the nearest
    assert t["jurisdiction"].tolist() == ["West", "East"] and t["country"].tolist() == ["A", "B"]
    assert t.attrs["outside"] == 1


def test_bad_inputs(tmp_path):
    assets, jur, depth = layers(tmp_path)
    with pytest.raises(InputError, match="'assets' is empty"):
        exposure(assets.iloc[0:0], depth, jur)
    with pytest.raises(InputError, match="attribute 'country'"):
        exposure(assets, depth, jur.drop(columns="country"))
    with pytest.raises(InputError, match="attribute 'name'"):
        exposure(assets, depth, jur.drop(columns="name"))
    bad = assets.copy()
    bad["population"] = ["many", 1, 1, 1, 1]
    with pytest.raises(InputError, match="'population'"):
        exposure(bad, depth, jur)
    r = exposure(assets.drop(columns=["population", "kind"]), depth, jur)
    assert r.summary["countries"]["B"]["exposed_population"] == 0.0
    assert any("'population'" in n for n in r.notes) and any("'kind'" in n for n in r.notes)
