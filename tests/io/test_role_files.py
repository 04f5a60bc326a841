"""Reading the files of a role (CONTRACT.md, "Every command that reads files"): layer names, multi-layer
files, several files for one role, geometry hygiene, attribute checks, text encodings.

Expected values are hand counts on the small layers built here (the realworld cases 08, 09, 10, 11 and 15
of ../shared/cases/ in miniature).
"""

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import GeometryCollection, LineString, Point, Polygon, box

from floodplan.errors import InputError
from floodplan.io.profiles import one_flood
from floodplan.io.roles import read_role
from floodplan.io.textfile import read_csv_rows
from floodplan.io.vector import read_vector, split_layer_spec
from floodplan.model.project import Layer, Project
from floodplan.notes import collect_notes
from floodplan.testing import TEST_CRS

X0, Y0 = 500000.0, 5600000.0


def jur():
    return gpd.GeoDataFrame(
        {"name": ["Westa", "Osta"], "country": ["AA", "BB"]},
        geometry=[box(X0, Y0 - 600, X0 + 500, Y0), box(X0 + 500, Y0 - 600, X0 + 1000, Y0)],
        crs=TEST_CRS,
    )


def roads():
    return gpd.GeoDataFrame(
        {"speed_kmh": [50, 50, 30]},
        geometry=[
            LineString([(X0 + 10 + 300 * i, Y0 - 200), (X0 + 310 + 300 * i, Y0 - 200)]) for i in range(3)
        ],
        crs=TEST_CRS,
    )


def houses():
    return gpd.GeoDataFrame(
        {"population": [10, 20], "kind": ["residential"] * 2, "name": ["h1", "h2"], "country": ["AA", "BB"]},
        geometry=[Point(X0 + 100, Y0 - 190), Point(X0 + 900, Y0 - 190)],
        crs=TEST_CRS,
    )


@pytest.fixture
def inputs(tmp_path):
    """One GeoPackage holding every input, as QGIS 'Package layers' writes it (case 15)."""
    path = tmp_path / "inputs.gpkg"
    houses().to_file(path, layer="buildings")
    jur().to_file(path, layer="municipalities")
    roads().to_file(path, layer="roads")
    return path


def test_layer_reference_is_split_the_qgis_way():
    assert split_layer_spec("a/b.gpkg|layername=roads") == ("a/b.gpkg", "roads")
    assert split_layer_spec("b.gpkg|layerid=2") == ("b.gpkg", 2)
    assert split_layer_spec("plain.shp") == ("plain.shp", None)
    with pytest.raises(InputError, match=r"b.gpkg\|subset=x: after '\|' give the layer as 'layername=NAME'"):
        split_layer_spec("b.gpkg|subset=x")


def test_named_layer_is_read_and_unknown_name_lists_the_layers(inputs):
    # 3 roads in the 'roads' layer (built above), not the 2 buildings of the first layer.
    assert len(read_vector(f"{inputs}|layername=roads")) == 3
    with pytest.raises(InputError) as err:
        read_vector(f"{inputs}|layername=streets")
    msg = str(err.value)
    assert "no layer named 'streets'" in msg and "buildings (Point)" in msg and "roads (LineString)" in msg


def test_unnamed_multilayer_file_reads_the_one_layer_that_fits(inputs):
    # Jurisdictions need polygons with name and country: only 'municipalities' (the buildings are points,
    # even though they carry name and country: the case-15 trap), and it has 2 features.
    with collect_notes() as notes:
        j = read_role(str(inputs), "jurisdictions", allow_empty=False)
    assert list(j["name"]) == ["Westa", "Osta"]
    assert any("read its layer 'municipalities'" in n for n in notes)
    assert len(read_role(str(inputs), "roads")) == 3


def test_unnamed_multilayer_file_is_refused_when_several_layers_fit(tmp_path):
    # Case 15's inputs_poly.gpkg: building footprints with name/country fit 'jurisdictions' as well.
    path = tmp_path / "poly.gpkg"
    b = houses()
    b["geometry"] = b.buffer(5, cap_style=3)
    b.to_file(path, layer="buildings")
    jur().to_file(path, layer="municipalities")
    with pytest.raises(InputError) as err:
        read_role(str(path), "jurisdictions")
    msg = str(err.value)
    assert "2 of them fit the role 'jurisdictions' (buildings, municipalities)" in msg
    assert "|layername=NAME" in msg and "\n" not in msg


def test_sample_shared_file_given_as_defenses_reads_the_defenses_layer(tmp_path):
    # shared.gpkg as the sample writes it: river, channel, border, defenses, profiles. Only 'defenses'
    # has lines with crest_m/height_m; reading 'river' (the first layer) as defenses was the bug.
    path = tmp_path / "shared.gpkg"
    line = LineString([(X0, Y0 - 300), (X0 + 1000, Y0 - 300)])
    gpd.GeoDataFrame({"name": ["river"]}, geometry=[line], crs=TEST_CRS).to_file(path, layer="river")
    gpd.GeoDataFrame({"name": ["ch"]}, geometry=[line.buffer(10)], crs=TEST_CRS).to_file(
        path, layer="channel"
    )
    gpd.GeoDataFrame({"name": ["b"]}, geometry=[line], crs=TEST_CRS).to_file(path, layer="border")
    gpd.GeoDataFrame(
        {"id": ["L1", "L2"], "crest_m": [102.0, 103.0]},
        geometry=[
            LineString([(X0, Y0 - 250), (X0 + 400, Y0 - 250)]),
            LineString([(X0, Y0 - 350), (X0 + 400, Y0 - 350)]),
        ],
        crs=TEST_CRS,
    ).to_file(path, layer="defenses")
    d = read_role(str(path), "defenses")
    assert list(d["id"]) == ["L1", "L2"]
    # As a source of water four layers fit (lines or polygons): refused, never the first one silently.
    with pytest.raises(InputError, match="fit the role 'river'"):
        read_role(str(path), "river")


def test_a_role_given_several_files_is_reprojected_and_joined(tmp_path):
    # The same two jurisdictions, one file in EPSG:25833 and one in PL-1992 (EPSG:2180), as the sample's
    # de.gpkg and pl.gpkg: joined in the first file's CRS, the areas back to 500 m × 600 m = 300,000 m².
    j = jur()
    j.iloc[[0]].to_file(tmp_path / "de.gpkg", layer="jurisdictions")
    j.iloc[[1]].to_crs(2180).to_file(tmp_path / "pl.gpkg", layer="jurisdictions")
    both = read_role(
        [str(tmp_path / "de.gpkg"), f"{tmp_path / 'pl.gpkg'}|layername=jurisdictions"], "jurisdictions"
    )
    assert both.crs == TEST_CRS and list(both["name"]) == ["Westa", "Osta"]
    assert np.allclose(both.area, 300_000.0, rtol=1e-4)
    # Each file is checked on its own: the second one lacks 'country' and is named.
    j.iloc[[1]].drop(columns="country").to_file(tmp_path / "bad.gpkg")
    with pytest.raises(InputError, match=r"bad.gpkg: attribute 'country' is missing"):
        read_role([str(tmp_path / "de.gpkg"), str(tmp_path / "bad.gpkg")], "jurisdictions")
    # The same jurisdiction name in two files would be merged into one: refused, naming the name.
    j.iloc[[0]].to_file(tmp_path / "de2.gpkg")
    with pytest.raises(InputError, match="'Westa' is used by 2 features"):
        read_role([str(tmp_path / "de.gpkg"), str(tmp_path / "de2.gpkg")], "jurisdictions")


def test_resources_of_two_files_without_ids_keep_distinct_ids(tmp_path):
    r = gpd.GeoDataFrame({"kind": ["fire"]}, geometry=[Point(X0 + 20, Y0 - 195)], crs=TEST_CRS)
    r.to_file(tmp_path / "de.gpkg")
    r.to_file(tmp_path / "pl.gpkg")
    both = read_role([str(tmp_path / "de.gpkg"), str(tmp_path / "pl.gpkg")], "resources")
    assert list(both["id"]) == ["de:R1", "pl:R1"]


def test_null_and_empty_geometries_are_left_out_and_counted(tmp_path):
    # Case 10: 3 roads + one NULL + one empty line → 3 roads and one note counting 2.
    r = roads()
    extra = gpd.GeoDataFrame({"speed_kmh": [50, 50]}, geometry=[None, LineString()], crs=TEST_CRS)
    gpd.GeoDataFrame(gpd.pd.concat([r, extra], ignore_index=True), crs=TEST_CRS).to_file(
        tmp_path / "roads.gpkg"
    )
    with collect_notes() as notes:
        got = read_role(str(tmp_path / "roads.gpkg"), "roads")
    assert len(got) == 3
    assert any(
        "roads.gpkg: 2 feature(s) with a missing or unreadable geometry left out (row 4, row 5)" in n
        for n in notes
    )
    # A layer whose only feature has an empty geometry is refused naming the file, not "outside the DEM".
    gpd.GeoDataFrame({"name": ["r"]}, geometry=[LineString()], crs=TEST_CRS).to_file(tmp_path / "river.gpkg")
    with pytest.raises(InputError, match=r"river.gpkg: no feature of the layer has a geometry"):
        read_role(str(tmp_path / "river.gpkg"), "river", allow_empty=False)


def test_repairs_that_change_the_type_drop_or_keep_a_point(tmp_path):
    # Case 09: a zero-length road becomes a Point under make_valid → left out (3 roads stay);
    # a zero-area building becomes a line → kept as its point (both buildings stay, 30 people).
    r = roads()
    bad_road = gpd.GeoDataFrame(
        {"speed_kmh": [50]}, geometry=[LineString([(X0 + 5, Y0 - 5), (X0 + 5, Y0 - 5)])], crs=TEST_CRS
    )
    gpd.GeoDataFrame(gpd.pd.concat([r, bad_road], ignore_index=True), crs=TEST_CRS).to_file(
        tmp_path / "r.gpkg"
    )
    flat = Polygon([(X0 + 95, Y0 - 190), (X0 + 100, Y0 - 190), (X0 + 105, Y0 - 190), (X0 + 95, Y0 - 190)])
    a = gpd.GeoDataFrame(
        {"id": ["B1", "B2"], "population": [10, 20]},
        geometry=[flat, box(X0 + 890, Y0 - 195, X0 + 900, Y0 - 185)],
        crs=TEST_CRS,
    )
    a.to_file(tmp_path / "a.gpkg")
    with collect_notes() as notes:
        got_r = read_role(str(tmp_path / "r.gpkg"), "roads")
        got_a = read_role(str(tmp_path / "a.gpkg"), "assets")
    assert len(got_r) == 3
    assert list(got_a.geom_type) == ["Point", "Polygon"] and got_a["population"].sum() == 30
    assert any("r.gpkg: 1 feature(s) are not lines" in n and "left out (row 4)" in n for n in notes)
    assert any(
        "a.gpkg: 1 feature(s) are not polygons or points" in n and "kept as their point (id B1)" in n
        for n in notes
    )


def test_geometry_collections_keep_the_parts_of_the_role(tmp_path):
    # Case 08: a jurisdiction stored as GeometryCollection(polygon, border line) keeps its polygon
    # (area 500 × 600 = 300,000 m²); a road stored with a stop-sign point keeps its line.
    j = jur()
    j.loc[0, "geometry"] = GeometryCollection(
        [j.geometry[0], LineString([(X0 + 500, Y0), (X0 + 500, Y0 - 600)])]
    )
    j.to_file(tmp_path / "j.geojson")
    with collect_notes() as notes:
        got = read_role(str(tmp_path / "j.geojson"), "jurisdictions")
    assert list(got.geom_type) == ["Polygon", "Polygon"]
    assert got.area.iloc[0] == pytest.approx(300_000.0)
    assert any("mixed geometry collections (name Westa); only their polygon parts" in n for n in notes)
    # A layer of the wrong kind altogether is the wrong layer or role: refused.
    roads().to_file(tmp_path / "lines.gpkg")
    with pytest.raises(
        InputError, match="a layer of role 'jurisdictions' needs polygon geometries, not LineString"
    ):
        read_role(str(tmp_path / "lines.gpkg"), "jurisdictions")


@pytest.mark.parametrize("bad", [np.inf, -5.0])
def test_infinite_or_negative_population_is_refused_naming_the_building(tmp_path, bad):
    a = houses()
    a["id"] = ["H1", "H2"]
    a["population"] = [10.0, bad]
    a.to_file(tmp_path / "a.gpkg")
    with pytest.raises(InputError, match=r"a.gpkg: attribute 'population' is infinite or negative for id H2"):
        read_role(str(tmp_path / "a.gpkg"), "assets")


def test_empty_population_counts_zero_with_a_note(tmp_path):
    a = houses()
    a["id"] = ["H1", "H2"]
    a["population"] = [10.0, None]
    a.to_file(tmp_path / "a.gpkg")
    with collect_notes() as notes:
        got = read_role(str(tmp_path / "a.gpkg"), "assets")
    assert got["population"].tolist() == [10.0, 0.0]
    assert any("1 building(s) have no population value and count 0 people (id H2)" in n for n in notes)


def test_profile_with_several_floods_needs_one_named():
    # The sample's profile layer: hq30, hq100, hq300 in one 'flood' column.
    p = gpd.GeoDataFrame(
        {"flood": ["hq30", "hq100", "hq300", "hq100"], "level_m": [100.5, 101.2, 101.9, 101.0]},
        geometry=[Point(X0 + i, Y0) for i in range(4)],
        crs=TEST_CRS,
    )
    with pytest.raises(InputError, match=r"p.gpkg: the profile layer holds 3 floods \(hq100, hq30, hq300\)"):
        one_flood(p, None, "p.gpkg")
    assert one_flood(p, "hq100", "p.gpkg")["level_m"].tolist() == [101.2, 101.0]
    with pytest.raises(InputError, match="no flood 'hq50'; its floods are hq100, hq30, hq300"):
        one_flood(p, "hq50", "p.gpkg")
    assert len(one_flood(p.iloc[[1, 3]], None, "p.gpkg")) == 2  # one flood only: no name needed


def test_shapefile_text_with_a_wrong_or_missing_cpg(tmp_path):
    # Case 11: cp1252 text whose .cpg says UTF-8 (a decode error before), and cp1252 with an en dash
    # (0x96, a control character in Latin-1) without any .cpg. Both give the true names.
    names = ["Sant Julià de Lòria", "Zgorzelec – Görlitz"]
    j = jur()
    j["name"] = names
    for tag, cpg in (("wrong", "UTF-8"), ("none", None)):
        path = tmp_path / f"j_{tag}.shp"
        j.to_file(path, encoding="cp1252")
        cpg_path = path.with_suffix(".cpg")
        if cpg is None:
            cpg_path.unlink(missing_ok=True)
        else:
            cpg_path.write_text(cpg)
        with collect_notes() as notes:
            got = read_role(str(path), "jurisdictions")
        assert list(got["name"]) == names, tag
        assert any("read as Windows-1252" in n for n in notes), tag


def test_csv_in_windows_1252_is_read_with_a_note(tmp_path):
    path = tmp_path / "hydro.csv"
    path.write_bytes("minutes,m3s,Bemerkung\n0,1.5,Ablauf Brücke\n".encode("cp1252"))
    with collect_notes() as notes:
        rows = read_csv_rows(path)
    assert rows[1] == ["0", "1.5", "Ablauf Brücke"]
    assert any("hydro.csv: not UTF-8; read as Windows-1252" in n for n in notes)


def test_project_layer_row_without_geometry_is_left_out_with_a_note():
    # Case 18: QGIS adds an attribute-table row without geometry to a project's buildings.
    p = Project(TEST_CRS)
    a = houses()
    a.loc[2] = {"population": 12, "kind": "residential", "name": "new", "country": "AA", "geometry": None}
    p._layers.append(Layer("buildings_de", "assets", gpd.GeoDataFrame(a, crs=TEST_CRS)))
    with collect_notes() as notes:
        got = p.combined("assets")
    assert len(got) == 2 and got["fid"].tolist() == [0, 1] and got["population"].sum() == 30
    assert any(
        "layer 'buildings_de': 1 feature(s) with a missing or unreadable geometry left out (name new)" in n
        for n in notes
    )


def test_defense_with_its_crest_below_the_ground_is_noted():
    # Ground 100 m + 0.1 m per metre from the valley floor (make_grid rows); a "crest" of 1.5 m typed into
    # crest_m (meant as height_m) lies 98.5 m below the ground everywhere: it holds nothing, and a note says
    # so. A levee at crest 102 m that ties into higher ground at its end gets no note.
    from floodplan.sim.terrain import defense_cells
    from floodplan.testing import make_grid

    z = 100.0 + 0.1 * 10 * np.abs(np.arange(20)[:, None] - 10) + np.zeros((1, 20))
    grid = make_grid(z, 10.0, X0, Y0)
    d = gpd.GeoDataFrame(
        {"id": ["typo", "ok"], "crest_m": [1.5, 102.0]},
        geometry=[
            LineString([(X0 + 5, Y0 - 45), (X0 + 195, Y0 - 45)]),
            LineString([(X0 + 5, Y0 - 105), (X0 + 5, Y0 - 45)]),  # floor (100 m) up the side to 106 m
        ],
        crs=TEST_CRS,
    )
    with collect_notes() as notes:
        defense_cells(d, grid, layer="d.gpkg")
    assert len(notes) == 1
    assert (
        "d.gpkg: defense 'typo' has its crest (1.50 m) at or below the ground under it along its whole length"
        in notes[0]
    )


def test_project_profile_scenario_without_a_flood_is_refused_when_the_layer_holds_several():
    # A project scenario on the sample-like profile layer (hq30 + hq100) that names no flood would blend
    # both into one surface: refused, listing the floods; naming one narrows to its 2 points.
    from floodplan.model.scenario import Scenario
    from floodplan.sim.runner import scenario_profile

    p = Project(TEST_CRS)
    pts = gpd.GeoDataFrame(
        {"flood": ["hq30", "hq100", "hq30", "hq100"], "level_m": [100.5, 101.2, 100.4, 101.0]},
        geometry=[Point(X0 + i, Y0) for i in range(4)],
        crs=TEST_CRS,
    )
    p._layers.append(Layer("profiles", "profile", pts))
    with pytest.raises(InputError, match=r"holds 2 floods \(hq100, hq30\)"):
        scenario_profile(p, Scenario("s", flood="profile", profile_layer="profiles"))
    got = scenario_profile(p, Scenario("s", flood="profile", profile_layer="profiles", profile_flood="hq100"))
    assert got["level_m"].tolist() == [101.2, 101.0]


def test_shapefile_attribute_names_in_capitals_or_cut_to_ten_characters(tmp_path):
    # dBase fields come as NAME/COUNTRY, and 'cross_border' is cut to 'cross_bord' in a shapefile: before,
    # the jurisdictions were refused and the station's cross_border = False was lost (default True), which
    # counts a station that may not cross the border in the joint response.
    import warnings

    j = jur().rename(columns={"name": "NAME", "country": "COUNTRY"})
    j.to_file(tmp_path / "j.shp")
    r = gpd.GeoDataFrame(
        {"KIND": ["fire"], "cross_border": [False]}, geometry=[Point(X0 + 20, Y0 - 195)], crs=TEST_CRS
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # geopandas/GDAL say they cut the field name: that is the point
        r.to_file(tmp_path / "r.shp")
    with collect_notes() as notes:
        got_j = read_role(str(tmp_path / "j.shp"), "jurisdictions")
        got_r = read_role(str(tmp_path / "r.shp"), "resources")
    assert list(got_j["name"]) == ["Westa", "Osta"] and list(got_j["country"]) == ["AA", "BB"]
    assert list(got_r["kind"]) == ["fire"] and list(got_r["cross_border"]) == [False]
    assert any("r.shp: attributes KIND, cross_bord read as kind, cross_border" in n for n in notes)
