"""The real case (issue 8): the Gran Valira (Andorra → Spain) from SRTM + a 2013 OSM extract becomes a
project that runs a whole scenario, from the command line exactly as the README shows."""

import json

import pytest

from floodplan.io.projectfile import open_project
from floodplan.testing import require_shared_data
from floodplan.testing import run_floodplan as floodplan


@pytest.fixture(scope="module")
def valira(tmp_path_factory):
    tile = require_shared_data("valira", "N42E001.hgt.zip")
    pbf = require_shared_data("valira", "andorra.osm.pbf")
    out = tmp_path_factory.mktemp("valira") / "valira.gpkg"
    proc = floodplan(
        "new", "--dem", tile, "--osm", pbf, "--bbox", "1.40,42.33,1.62,42.60", "--out", out, "--json"
    )
    assert proc.returncode == 0, proc.stderr
    return out, json.loads(proc.stdout)


def test_new_project_has_every_layer_in_utm(valira):
    path, info = valira
    assert info["crs"] == "EPSG:25831"  # ETRS89 / UTM 31N: the box's centre (1.51 E) lies in zone 31
    p = open_project(path)
    roles = {lyr.name: lyr.role for lyr in p.layers}
    assert roles["dem"] == "dem" and roles["rivers"] == "river" and roles["buildings"] == "assets"
    assert roles["roads"] == "roads" and roles["jurisdictions"] == "jurisdictions"
    # The 2013 extract's parishes (6) plus the uncovered rest of Andorra (Canillo is missing) and Spain.
    names = set(p.layer("jurisdictions").data["name"])
    assert {"Andorra la Vella", "Sant Julià de Lòria", "Spain"} <= names
    # Voids filled by interpolation are kept as a mask layer (the README: 98 voids in the valley crop).
    assert p.layer("dem_filled").data.valid.sum() > 0
    assert any("OpenStreetMap" in (lyr.attribution or "") for lyr in p.layers)
    assert set(p.scenarios) == {"bed+3m-joint", "bed+3m-national"}


def test_run_on_the_real_valley(valira, tmp_path):
    path, _ = valira
    proc = floodplan("run", path, "--scenario", "bed+3m-national", "--out", tmp_path, "--json")
    assert proc.returncode == 0, proc.stderr
    s = json.loads(proc.stdout)
    assert {"depth.tif", "extent.gpkg", "access.gpkg", "summary.json"} <= {p.name for p in tmp_path.iterdir()}
    # Water 3 m above the bed floods the valley floors only: hundreds of hectares, not the mountains
    # (the 20 × 30 km box is 60,000 ha).
    assert 50e4 < s["flooded_area_m2"] < 3000e4
    # Deeper than 3 m where a cell lies below its nearest river cell's bed: on 75 m cells of a steep
    # mountain valley the contract's nearest-river-cell rule carries a level a few cells downhill.
    assert 3.0 <= s["max_depth_m"] < 50
    assert set(s["countries"]) == {"Andorra", "Spain"}


@pytest.mark.parametrize(
    "bad,needle",
    [
        (("--bbox", "10,10,11,11"), "box"),
        (("--bbox", "1,2,3"), "four numbers"),
    ],
)
def test_bad_new_inputs_are_one_line(tmp_path, bad, needle):
    tile = require_shared_data("valira", "N42E001.hgt.zip")
    proc = floodplan("new", "--dem", tile, *bad, "--out", tmp_path / "x.gpkg")
    assert proc.returncode == 2, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and needle in proc.stderr
    assert not (tmp_path / "x.gpkg").exists()


def test_ocean_tile_and_non_osm_pbf(tmp_path):
    ocean = require_shared_data("bad_inputs", "rasterio_N10W110.hgt.zip")
    proc = floodplan("new", "--dem", ocean, "--out", tmp_path / "x.gpkg")
    assert proc.returncode == 2 and "N10W110" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    tile = require_shared_data("valira", "N42E001.hgt.zip")
    fake = tmp_path / "fake.osm.pbf"
    fake.write_bytes(b"\x00" * 1000)
    proc = floodplan(
        "new", "--dem", tile, "--osm", fake, "--bbox", "1.40,42.33,1.62,42.60", "--out", tmp_path / "x.gpkg"
    )
    assert (
        proc.returncode == 2 and "fake.osm.pbf" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    )


def test_population_rules_override_the_estimate(valira, tmp_path):
    tile = require_shared_data("valira", "N42E001.hgt.zip")
    pbf = require_shared_data("valira", "andorra.osm.pbf")
    out = tmp_path / "dense.gpkg"
    proc = floodplan(
        "new",
        "--dem",
        tile,
        "--osm",
        pbf,
        "--bbox",
        "1.40,42.33,1.62,42.60",
        "--people-per-m2",
        "residential=0.05",
        "--out",
        out,
    )
    assert proc.returncode == 0, proc.stderr
    base = open_project(valira[0]).layer("buildings").data
    dense = open_project(out)
    b = dense.layer("buildings").data
    res = (b["kind"] == "residential").to_numpy()
    # Every residential building's estimate scales with the override (same footprints and levels).
    ratio = b.loc[res, "population"].sum() / base.loc[res, "population"].sum()
    default = b.loc[res, "people_per_m2"].iloc[0] if "people_per_m2" in b else None
    assert default == pytest.approx(0.05)
    assert ratio > 1.0
    assert dense.settings["population_rules"] == {"people_per_m2": {"residential": 0.05}}
    bad = floodplan("new", "--dem", tile, "--people-per-m2", "residential", "--out", tmp_path / "x.gpkg")
    assert bad.returncode == 2 and "--people-per-m2" in bad.stderr
