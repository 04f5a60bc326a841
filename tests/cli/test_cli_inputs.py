"""The command line on the sample's own source files (CONTRACT.md, "Every command that reads files"):
naming layers, one role from several files, --flood, and refusals that are one line with exit 2.

Expected values: the population of the sample's de.gpkg and pl.gpkg buildings layers, summed from the
files themselves with geopandas (the access figures must equal them: every building is counted once, in
its own country, after PL-1992 → UTM 33N reprojection).
"""

import json

import geopandas as gpd
import pytest

from floodplan.cli import main
from floodplan.io.projectfile import save_project
from floodplan.testing import small_valley_project


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    from floodplan.sample import write_sample

    d = tmp_path_factory.mktemp("sample")
    write_sample(d)
    return d


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_access_takes_the_de_and_pl_files_together(sample, tmp_path, capsys):
    de, pl = sample / "de.gpkg", sample / "pl.gpkg"
    code, out, err = run(
        capsys,
        "access",
        *("--roads", de, "--roads", pl, "--resources", de, "--resources", pl),
        *("--assets", f"{de}|layername=buildings", "--assets", f"{pl}|layername=buildings"),
        *("--jurisdictions", de, "--jurisdictions", pl),
        *("--out", tmp_path / "g.gpkg", "--json"),
    )
    assert code == 0, err
    got = json.loads(out)
    for country, path in (("DE", de), ("PL", pl)):
        expected = gpd.read_file(path, layer="buildings")["population"].sum()
        assert got["countries"][country]["population"] == pytest.approx(expected)
    assert any("read its layer 'roads'" in w for w in got["warnings"])
    assert not any("outside every jurisdiction" in w for w in got["warnings"])


def test_unnamed_multilayer_file_is_refused_in_one_line(sample, tmp_path, capsys):
    # --assets de.gpkg: jurisdictions, buildings and resources all fit 'assets' (no required attribute).
    de = sample / "de.gpkg"
    code, out, err = run(
        capsys,
        *("access", "--roads", de, "--resources", de, "--assets", de, "--jurisdictions", de),
        *("--out", tmp_path / "g.gpkg"),
    )
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("floodplan: error: ")
    assert "3 of them fit the role 'assets' (jurisdictions, buildings, resources)" in err
    assert "Warning" not in err and "site-packages" not in err  # pyogrio's "More than one layer found"


def test_shared_gpkg_as_defenses_reads_the_defenses_layer(sample, tmp_path, capsys):
    shared = sample / "shared.gpkg"
    args = ["inundate", "--dem", sample / "dem.tif", "--level", "101.2", "--out", tmp_path / "d.tif"]
    code, out, err = run(
        capsys, *args, "--source", f"{shared}|layername=river", "--defenses", shared, "--json"
    )
    assert code == 0, err
    assert any("read its layer 'defenses'" in w for w in json.loads(out)["warnings"])
    # The unnamed file as the source: river, channel, border and defenses all fit a source of water.
    code, out, err = run(capsys, *args, "--source", shared)
    assert code == 2 and "fit the role 'river'" in err and "river (LineString)" in err


def test_levels_with_several_floods_need_flood(sample, tmp_path, capsys):
    shared = sample / "shared.gpkg"
    args = [
        *("inundate", "--dem", sample / "dem.tif", "--source", f"{shared}|layername=river"),
        *("--levels", f"{shared}|layername=profiles", "--out", tmp_path / "d.tif", "--json"),
    ]
    code, out, err = run(capsys, *args)
    assert code == 2 and "holds 3 floods (hq100, hq30, hq300); choose one with --flood NAME" in err
    code, out, err = run(capsys, *args, "--flood", "hq500")
    assert code == 2 and "no flood 'hq500'" in err
    code, out, err = run(capsys, *args, "--flood", "hq100")
    assert code == 0, err
    assert json.loads(out)["flooded_cells"] > 0


def test_suggest_refuses_a_negative_time_and_an_unknown_kind(tmp_path, capsys):
    path = save_project(small_valley_project(), tmp_path / "v.gpkg")
    out = tmp_path / "s.gpkg"
    code, _, err = run(
        capsys, "suggest", path, "--kind", "fire", "--count", "1", "--minutes", "-3", "--out", out
    )
    assert code == 2 and "--minutes -3" in err
    code, _, err = run(capsys, "suggest", path, "--kind", "submarine", "--count", "1", "--out", out)
    # small_valley_project has fire, ambulance and shelter resources (floodplan.testing).
    assert code == 2 and "no resource has kind 'submarine' (kinds present: ambulance, fire, shelter)" in err


def test_run_on_a_project_with_rows_without_geometry(tmp_path, capsys):
    # Case 18: QGIS adds attribute-table rows without geometry to a project's buildings and roads layers.
    # Before: "internal error: index … is out of bounds" (exit 1) and a wrong message about the roads.
    import pyogrio

    path = save_project(small_valley_project(), tmp_path / "v.gpkg")
    for layer, row in (
        ("buildings", {"population": 12.0, "kind": "residential"}),
        ("roads", {"speed_kmh": 30.0}),
    ):
        cols = pyogrio.read_info(str(path), layer=layer)["fields"]
        extra = gpd.GeoDataFrame({c: [row.get(c)] for c in cols}, geometry=[None], crs=25833)
        pyogrio.write_dataframe(extra, str(path), layer=layer, append=True)
    code, out, err = run(capsys, "run", path, "--out", tmp_path / "out", "--json")
    assert code == 0, err
    warnings = json.loads(out)["warnings"]
    for layer in ("buildings", "roads"):
        assert any(
            f"layer '{layer}': 1 feature(s) with a missing or unreadable geometry left out" in w
            for w in warnings
        )


def test_run_warns_of_a_project_resource_far_from_every_road(tmp_path, capsys):
    # A station digitised in QGIS at x 15, y 50.5 (degrees typed into a metric layer: about 5,600 km from
    # the valley). `access` says it reaches nobody; `run` on the project said nothing (the response step's
    # notes were dropped), so text mode, --json and summary.json must all carry the same sentence.
    import pyogrio
    from shapely.geometry import Point

    path = save_project(small_valley_project(), tmp_path / "v.gpkg")
    cols = pyogrio.read_info(str(path), layer="resources")["fields"]
    row = {"id": "R-far", "kind": "fire", "capacity": 0, "cross_border": 1}
    far = gpd.GeoDataFrame({c: [row.get(c)] for c in cols}, geometry=[Point(15.0, 50.5)], crs=25833)
    pyogrio.write_dataframe(far, str(path), layer="resources", append=True)
    code, out, err = run(capsys, "run", path, "--scenario", "level-joint", "--out", tmp_path / "a", "--json")
    assert code == 0, err
    warnings = json.loads(out)["warnings"]
    assert any("R-far" in w and "reach nobody" in w for w in warnings), warnings
    summary = json.loads((tmp_path / "a" / "summary.json").read_text())
    assert summary["warnings"] == warnings
    code, _, err = run(capsys, "run", path, "--scenario", "level-joint", "--out", tmp_path / "b")
    assert code == 0
    notes = [ln.removeprefix("floodplan: note: ") for ln in err.splitlines()]
    assert notes == warnings


def test_run_refuses_a_project_road_of_speed_zero_naming_the_file_and_road(tmp_path, capsys):
    # A road row added in QGIS with speed_kmh 0: the refusal said only "layer 'roads' ... (first at row 5)"
    # (a row of the merged layers); it must name the project file, its layer and the road's id. A closed
    # road may keep speed 0 (it is left out of the network anyway).
    import pyogrio
    from shapely.geometry import LineString

    path = save_project(small_valley_project(), tmp_path / "v.gpkg")
    cols = pyogrio.read_info(str(path), layer="roads")["fields"]
    for rid, closed in (("W-shut", 1), ("W-s0", 0)):
        row = {"id": rid, "speed_kmh": 0.0, "closed": closed}
        extra = gpd.GeoDataFrame(
            {c: [row.get(c)] for c in cols},
            geometry=[LineString([(500100, 5599900), (500200, 5599900)])],
            crs=25833,
        )
        pyogrio.write_dataframe(extra, str(path), layer="roads", append=True)
    code, _, err = run(capsys, "run", path, "--scenario", "level-joint", "--out", tmp_path / "a")
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("floodplan: error: v.gpkg, layer 'roads'")
    # small_valley_project's roads layer has 5 rows and no 'id': the closed road is row 6 and is not
    # counted, the open one is row 7 (1-based, as in QGIS's attribute table)
    assert "1 open road(s) (row 7)" in err


def test_an_unknown_scenario_is_refused_naming_the_project_file(tmp_path, capsys):
    path = save_project(small_valley_project(), tmp_path / "v.gpkg")
    code, _, err = run(capsys, "run", path, "--scenario", "nope", "--out", tmp_path / "a")
    # small_valley_project's scenarios (floodplan.testing): level-joint, level-national, volume-planned
    assert code == 2 and err.count("\n") == 1
    assert f"{path} has no scenario named 'nope' (it has: level-joint, level-national, volume-planned)" in err


def test_source_outside_the_dem_names_the_file(sample, tmp_path, capsys):
    # A river 1,000 km away (a layer of another country against the sample DEM): the message names the
    # file and both extents, instead of "the river/source layer lies outside the DEM".
    from shapely.geometry import LineString

    far = tmp_path / "far.gpkg"
    gpd.GeoDataFrame({"name": ["Rhine"]}, geometry=[LineString([(0, 0), (1000, 0)])], crs=25833).to_file(far)
    code, _, err = run(
        capsys,
        "inundate",
        "--dem",
        sample / "dem.tif",
        "--source",
        far,
        "--level",
        "101",
        "--out",
        tmp_path / "d.tif",
    )
    assert code == 2 and err.startswith(f"floodplan: error: {far}: the water's source lies outside the DEM")


def test_library_warnings_stay_off_the_terminal(monkeypatch, capsys):
    # A library warning raised inside a command (as pyogrio, rasterio or matplotlib do, with their own
    # file paths) goes to the log, not to the user's stderr.
    import warnings

    from floodplan.cli import handlers as commands

    def noisy(args):
        warnings.warn("More than one layer found in 'x.gpkg'", UserWarning, stacklevel=1)
        return 0

    monkeypatch.setattr(commands, "cmd_info", noisy)
    code, out, err = run(capsys, "info", "whatever.gpkg")
    assert code == 0 and err == ""


def test_new_with_layers_by_role(sample, tmp_path, capsys):
    # floodplan new --layer ROLE=PATH (CONTRACT.md): de.gpkg's one line layer as roads (1 layer fits),
    # pl.gpkg's buildings named with |layername= and reprojected from EPSG:2180; counts are the files'.
    out = tmp_path / "p.gpkg"
    de, pl = sample / "de.gpkg", sample / "pl.gpkg"
    args = [
        "new",
        "--dem",
        sample / "dem.tif",
        "--layer",
        f"roads={de}",
        "--layer",
        f"assets={pl}|layername=buildings",
    ]
    code, stdout, err = run(capsys, *args, "--out", out, "--json")
    assert code == 0, err
    layers = json.loads(stdout)["layers"]
    assert layers["roads"] == len(gpd.read_file(de, layer="roads"))
    assert layers["buildings"] == len(gpd.read_file(pl, layer="buildings"))
    # A layer that cannot be chosen is refused, and no project file is written.
    out2 = tmp_path / "q.gpkg"
    code, _, err = run(capsys, "new", "--dem", sample / "dem.tif", "--layer", f"assets={de}", "--out", out2)
    assert code == 2 and "fit the role 'assets'" in err and not out2.exists()


def test_suggest_sites_the_first_resource_of_a_standard_kind(tmp_path, capsys):
    """small_valley_project has no pump (floodplan.testing): MCLP without existing facilities, so the sites
    cover people nobody of that kind covers; every person with a building counts as uncovered."""
    path = save_project(small_valley_project(), tmp_path / "v.gpkg")
    out = tmp_path / "s.gpkg"
    code, stdout, err = run(capsys, "suggest", path, "--kind", "pump", "--count", "1", "--out", out, "--json")
    assert code == 0, err
    got = json.loads(stdout)
    assert got["kind"] == "pump" and len(got["sites"]) == 1
    assert any("no resource of kind 'pump' yet" in w for w in got["warnings"])
    # The whole population is uncovered by pumps: the demand is every building's people.
    buildings = next(lyr for lyr in small_valley_project().layers if lyr.role == "assets").data
    assert got["uncovered_population"] == pytest.approx(float(buildings["population"].sum()))
    assert 0 < got["covered_population"] <= got["uncovered_population"]
    assert len(gpd.read_file(out, layer="sites")) == 1


def test_suggest_says_a_building_kind_is_not_a_resource_kind(tmp_path, capsys):
    path = save_project(small_valley_project(), tmp_path / "v.gpkg")
    code, _, err = run(
        capsys, "suggest", path, "--kind", "fire_station", "--count", "1", "--out", tmp_path / "s.gpkg"
    )
    assert code == 2 and err.count("\n") == 1
    assert "'fire_station' is a kind of building, not of resource" in err and "standard kind (fire," in err


def test_a_resource_id_in_two_layers_is_refused_naming_both(tmp_path, capsys):
    """Resources are keyed by id (exercise moves, results): one id in two resources layers is refused."""
    from floodplan.model.project import Layer

    p = small_valley_project()
    res = next(lyr for lyr in p.layers if lyr.role == "resources")
    p.add_layer(Layer("resources_more", "resources", res.data.iloc[:1].copy()))
    dup = str(res.data["id"].iloc[0])
    with pytest.raises(
        Exception, match=f"id '{dup}' is used in layer '{res.name}' and in layer 'resources_more'"
    ):
        p.combined("resources")
    path = save_project(p, tmp_path / "v.gpkg")
    code, _, err = run(
        capsys, "suggest", path, "--kind", "fire", "--count", "1", "--out", tmp_path / "s.gpkg"
    )
    assert code == 2 and err.count("\n") == 1 and err.startswith("floodplan: error: v.gpkg: the resource id")


def test_a_raster_given_for_a_vector_role_is_one_sentence(sample, tmp_path, capsys):
    """Before: GDAL's raw 'not recognized as being in a supported file format…' for access, and for `new
    --layer roads=dem.tif` the DEM silently added a second time as an elevation layer."""
    de, dem = sample / "de.gpkg", sample / "dem.tif"
    code, _, err = run(
        capsys,
        *("access", "--roads", dem, "--resources", de, "--assets", f"{de}|layername=buildings"),
        *("--jurisdictions", de, "--out", tmp_path / "g.gpkg"),
    )
    assert code == 2 and err.count("\n") == 1
    assert f"{dem} is a raster (a grid of cells); a roads layer needs a vector file with lines" in err
    assert "not recognized" not in err
    # Without a raster suffix: found out once GDAL cannot read it as vector data.
    odd = tmp_path / "elevation_export"
    odd.write_bytes(dem.read_bytes())
    code, _, err = run(
        capsys,
        *("access", "--roads", de, "--resources", odd, "--assets", f"{de}|layername=buildings"),
        *("--jurisdictions", de, "--out", tmp_path / "g.gpkg"),
    )
    assert code == 2 and f"{odd} is a raster (a grid of cells)" in err
    out = tmp_path / "p.gpkg"
    code, _, err = run(capsys, "new", "--dem", dem, "--layer", f"roads={dem}", "--out", out)
    assert code == 2 and "a roads layer needs a vector file with lines" in err and not out.exists()


def test_new_with_two_resource_files_without_ids_numbers_them_on(tmp_path, capsys):
    """Two resource files without 'id' both numbered R1, R2 … would be one id in two layers, refused on
    load: the second is numbered on after the first (R3, R4 for two points each), with a note."""
    from shapely.geometry import Point

    from floodplan.io.projectfile import open_project

    p = small_valley_project()
    dem = tmp_path / "dem.tif"
    from floodplan.io.raster import write_grid

    write_grid(p.dem, dem)
    x0, y0, x1, y1 = p.dem.bounds
    mid = ((x0 + x1) / 2, (y0 + y1) / 2)
    for name in ("a", "b"):
        gpd.GeoDataFrame(
            {"kind": ["fire", "shelter"]}, geometry=[Point(mid), Point(mid[0] + 50, mid[1])], crs=p.crs
        ).to_file(tmp_path / f"{name}.gpkg")
    out = tmp_path / "p.gpkg"
    code, stdout, err = run(
        capsys,
        *("new", "--dem", dem, "--layer", f"resources={tmp_path / 'a.gpkg'}"),
        *("--layer", f"resources={tmp_path / 'b.gpkg'}", "--out", out, "--json"),
    )
    assert code == 0, err
    assert any("numbered R3–R4" in w for w in json.loads(stdout)["warnings"])
    q = open_project(out)
    assert [list(lyr.data["id"]) for lyr in q.layers_by_role("resources")] == [["R1", "R2"], ["R3", "R4"]]
    assert list(q.layers_by_role("resources")[1].data["name"]) == ["Fire R3", "Shelter R4"]


def test_a_project_with_one_id_in_two_layers_is_refused_on_opening(tmp_path, capsys):
    import sqlite3

    path = save_project(small_valley_project(), tmp_path / "v.gpkg")
    con = sqlite3.connect(path)
    name = con.execute("SELECT name FROM floodplan_layers WHERE role='resources'").fetchone()[0]
    first = con.execute(f'SELECT id FROM "{name}" LIMIT 1').fetchone()[0]
    con.close()
    from floodplan.io.projectfile import open_project
    from floodplan.model.project import Layer

    p = open_project(path)
    p.add_layer(Layer("more", "resources", p.layer(name).data.iloc[:1].copy()))
    save_project(p, path)
    code, _, err = run(capsys, "info", path)
    assert code == 2 and err.count("\n") == 1
    assert f"v.gpkg: the resource id '{first}' is used in layer '{name}' and in layer 'more'" in err


def test_adding_a_file_whose_ids_the_project_has_is_refused(sample, tmp_path):
    """The sample's de.gpkg resources (ids DE-F1 …) added twice: the second time is refused, naming the id."""
    from floodplan.io.layers import add_file
    from floodplan.model.project import Project

    p = Project()
    add_file(p, f"{sample / 'de.gpkg'}|layername=resources", role="resources")
    with pytest.raises(
        Exception, match="the resources id 'DE-[A-Z0-9]+' of its layer 'resources_2' is already used"
    ):
        add_file(p, f"{sample / 'de.gpkg'}|layername=resources", role="resources")
    assert len(p.layers_by_role("resources")) == 1  # unchanged
