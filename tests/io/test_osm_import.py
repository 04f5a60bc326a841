"""OpenStreetMap import: counts against the shared derived layers, tags, population, jurisdictions, bad input."""

from __future__ import annotations

import shutil

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import shapely
from pyproj import Geod

from floodplan.errors import Cancelled, CRSError, InputError
from floodplan.io.osm_import import (
    ATTRIBUTION,
    HIGHWAY_SPEED_KMH,
    PopulationRules,
    import_osm,
    parse_other_tags,
    tag_values,
)
from floodplan.progress import Feedback
from floodplan.testing import require_shared_data

VALIRA_BOX = (1.40, 42.33, 1.62, 42.60)
PARISHES = {
    "Andorra la Vella",
    "Encamp",
    "Escaldes-Engordany",
    "La Massana",
    "Ordino",
    "Sant Julià de Lòria",
}


@pytest.fixture(scope="module")
def pbf():
    return require_shared_data("valira", "andorra.osm.pbf")


@pytest.fixture(scope="module")
def derived():
    """The shared layers derived from the same extract (README), by name, in EPSG:4326."""
    path = require_shared_data("valira", "andorra_valira_osm2013_epsg25831.gpkg")
    return {name: gpd.read_file(path, layer=name).to_crs(4326) for name, _ in pyogrio.list_layers(path)}


@pytest.fixture(scope="module")
def whole(pbf):
    return import_osm(pbf, dst_crs="EPSG:25831")


@pytest.fixture(scope="module")
def valira(pbf):
    return import_osm(pbf, bbox_lonlat=VALIRA_BOX, dst_crs="EPSG:25831")


# ---------------------------------------------------------------------------------------------------
# counts: the shared gpkg was derived from the whole extract with the same selections


def test_whole_extract_keeps_the_counts_of_the_derived_layers(whole):
    # README of the shared data: buildings 292, parishes 6 (admin_level 7), roads 1,614,
    # waterways 146, water_areas 82, national_border 18.
    assert len(whole.buildings) == 292
    assert len(whole.roads) == 1614
    assert len(whole.waterways) == 146
    assert len(whole.water_areas) == 82
    assert len(whole.national_border) == 18
    parishes = whole.jurisdictions[whole.jurisdictions["admin_level"] == 7]
    assert len(parishes) == 6 and set(parishes["name"]) == PARISHES


def test_same_features_as_the_derived_layers(whole, derived):
    # Not only the counts: the same OSM ways.
    assert set(whole.roads["osm_id"]) == {f"way/{i}" for i in derived["roads"]["osm_id"]}
    assert set(whole.waterways["osm_id"]) == {f"way/{i}" for i in derived["waterways"]["osm_id"]}
    assert set(whole.buildings["osm_id"]) == {f"way/{i}" for i in derived["buildings"]["osm_way_id"]}


@pytest.mark.parametrize(
    "mine, theirs", [("buildings", "buildings"), ("roads", "roads"), ("waterways", "waterways"),
                     ("water_areas", "water_areas"), ("national_border", "national_border")]
)  # fmt: skip
def test_box_keeps_the_features_that_intersect_it(valira, derived, mine, theirs):
    # Expected: the derived layer's features that intersect the same lon/lat box.
    expected = int(derived[theirs].intersects(shapely.box(*VALIRA_BOX)).sum())
    assert len(getattr(valira, mine)) == expected
    assert 0 < expected < len(derived[theirs])


def test_layers_are_in_the_working_crs(valira):
    for name, layer in valira.layers.items():
        assert layer.crs.to_epsg() == 25831, name
    assert valira.attribution == ATTRIBUTION == "© OpenStreetMap contributors, ODbL 1.0"


# ---------------------------------------------------------------------------------------------------
# tags


def test_parse_other_tags_handles_escapes():
    text = r'"name:en"=>"Spain — Andorra","note"=>"say \"hi\"","path"=>"a\\b","x"=>""'
    assert parse_other_tags(text) == {
        "name:en": "Spain — Andorra",
        "note": 'say "hi"',
        "path": "a\\b",
        "x": "",
    }
    assert parse_other_tags(None) == {}
    assert parse_other_tags(np.nan) == {}


def test_tag_values_agrees_with_the_parser(pbf):
    lines = pyogrio.read_dataframe(pbf, layer="lines")
    # Expected: the dict parser applied row by row.
    expected = [parse_other_tags(t).get("maxspeed") for t in lines["other_tags"]]
    got = tag_values(lines, "maxspeed")
    assert [None if isinstance(v, float) else v for v in got] == expected
    # A key that is its own column comes from that column.
    assert tag_values(lines, "highway").equals(lines["highway"].astype(object))
    # 'speed' must not match 'maxspeed' (keys are matched whole).
    assert tag_values(lines, "speed").isna().all()


def test_road_speeds_bridges_and_closures(whole, pbf):
    roads = whole.roads
    tagged = roads["speed_source"] == "maxspeed"
    assert tagged.sum() > 0
    # Numeric maxspeed overrides the class speed. The extract's maxspeeds are km/h numbers, some of
    # them lists per lane ("90;30;90;30;90;30"), of which the first is used.
    expected = [float(v.split(";")[0]) for v in roads.loc[tagged, "maxspeed"]]
    np.testing.assert_array_equal(roads.loc[tagged, "speed_kmh"], expected)
    cls = roads[~tagged]
    np.testing.assert_array_equal(cls["speed_kmh"], cls["highway"].map(HIGHWAY_SPEED_KMH).fillna(30.0))
    # Bridges: expected from the raw tags (any bridge value but 'no').
    raw = pyogrio.read_dataframe(pbf, layer="lines")
    raw = raw[raw["highway"].notna()]
    n_bridges = sum(parse_other_tags(t).get("bridge", "no") != "no" for t in raw["other_tags"])
    assert roads["bridge"].sum() == n_bridges > 0
    assert not roads.loc[roads["highway"] == "primary", "closed"].any()
    assert roads.loc[roads["highway"] == "construction", "closed"].all()
    assert not roads.loc[roads["highway"] == "footway", "motor_vehicle"].any()


def test_rivers_are_the_river_stream_and_canal_waterways(whole, derived):
    expected = int(derived["waterways"]["waterway"].isin(["river", "stream", "canal"]).sum())
    assert len(whole.rivers) == expected == 111  # 20 rivers + 86 streams + 5 canals in the extract
    assert {"Valira", "Valira del Nord"} <= set(whole.rivers["name"])  # 2013 names of the Gran Valira


# ---------------------------------------------------------------------------------------------------
# population


def test_population_is_area_times_levels_times_density(whole, derived):
    b = whole.buildings.set_index("osm_id")
    # building=yes, no levels tag: kind residential (assumed), 2 levels, 0.025 people/m².
    ref = derived["buildings"].to_crs(25831)
    row = ref[ref["osm_way_id"] == "174189841"].iloc[0]
    area = row.geometry.area  # the footprint in the derived layer, same CRS
    mine = b.loc["way/174189841"]
    assert mine["kind"] == "residential" and mine["kind_assumed"]
    assert mine["levels"] == 2 and mine["levels_source"] == "default"
    assert mine["footprint_m2"] == pytest.approx(area, rel=1e-9)
    assert mine["population"] == pytest.approx(area * 2 * 0.025, rel=1e-9)
    # Churches hold no residents.
    assert (b.loc[b["building"] == "church", "population"] == 0).all()


def test_population_rules_override_defaults(pbf, whole):
    r = import_osm(
        pbf,
        dst_crs="EPSG:25831",
        population_rules={
            "people_per_m2": {"residential": 0.05},
            "levels": {"church": 3},
            "kinds": {"public": "school"},
        },
    )
    old = whole.buildings.set_index("osm_id")
    new = r.buildings.set_index("osm_id")
    res = old["kind"] == "residential"
    # Twice the density: twice the population, building by building.
    np.testing.assert_allclose(new.loc[res, "population"], 2 * old.loc[res, "population"])
    assert (new.loc[new["building"] == "church", "levels"] == 3).all()
    assert (new.loc[new["building"] == "public", "kind"] == "school").all()
    with pytest.raises(InputError, match="unknown key"):
        import_osm(pbf, dst_crs="EPSG:25831", population_rules={"density": {}})
    assert PopulationRules.coerce(None) == PopulationRules()


def test_population_from_a_hand_written_osm_file(tmp_path):
    # A 0.0004° × 0.0003° apartment block with building:levels=5, a house with height=7.5 m
    # (→ round(7.5 / 3) = 2 levels... 2.5 rounds to 2), a fire station node, a bus shelter and a road.
    osm = tmp_path / "tiny.osm"
    nodes = {1: (1.5000, 42.5000), 2: (1.5004, 42.5000), 3: (1.5004, 42.5003), 4: (1.5000, 42.5003),
             5: (1.5010, 42.5000), 6: (1.5012, 42.5000), 7: (1.5012, 42.5002), 8: (1.5010, 42.5002),
             9: (1.4990, 42.4990), 10: (1.5020, 42.4990)}  # fmt: skip
    xml = ['<?xml version="1.0" encoding="UTF-8"?>', '<osm version="0.6" generator="test">']
    xml.append('<bounds minlat="42.498" minlon="1.498" maxlat="42.502" maxlon="1.503"/>')
    for i, (lon, lat) in nodes.items():
        xml.append(f'<node id="{i}" version="1" lat="{lat}" lon="{lon}"/>')
    xml.append('<node id="20" version="1" lat="42.5001" lon="1.5015"><tag k="amenity" v="fire_station"/>'
               '<tag k="name" v="Bombers"/></node>')  # fmt: skip
    xml.append('<node id="21" version="1" lat="42.5001" lon="1.5016"><tag k="amenity" v="shelter"/>'
               '<tag k="shelter_type" v="public_transport"/></node>')  # fmt: skip
    xml.append('<node id="22" version="1" lat="42.5001" lon="1.5017"><tag k="amenity" v="shelter"/>'
               '<tag k="capacity" v="40"/></node>')  # fmt: skip
    xml.append('<way id="100" version="1"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/>'
               '<tag k="building" v="apartments"/><tag k="building:levels" v="5"/></way>')  # fmt: skip
    xml.append('<way id="101" version="1"><nd ref="5"/><nd ref="6"/><nd ref="7"/><nd ref="8"/><nd ref="5"/>'
               '<tag k="building" v="house"/><tag k="height" v="7.5"/></way>')  # fmt: skip
    xml.append('<way id="102" version="1"><nd ref="9"/><nd ref="10"/><tag k="highway" v="secondary"/>'
               '<tag k="maxspeed" v="30 mph"/><tag k="bridge" v="viaduct"/></way>')  # fmt: skip
    xml.append("</osm>")
    osm.write_text("\n".join(xml), encoding="utf-8")

    r = import_osm(osm, dst_crs="EPSG:25831")
    geod = Geod(ellps="GRS80")

    def area(ids):
        lon, lat = zip(*(nodes[i] for i in ids))
        return abs(geod.polygon_area_perimeter(lon, lat)[0])

    b = r.buildings.set_index("osm_id")
    # Expected: geodesic area (UTM's scale error at 1.5° from the central meridian is < 0.1 %).
    a_block, a_house = area([1, 2, 3, 4]), area([5, 6, 7, 8])
    assert b.loc["way/100", "population"] == pytest.approx(a_block * 5 * 0.025, rel=2e-3)
    assert b.loc["way/100", "levels_source"] == "tag"
    assert b.loc["way/101", "levels"] == 2.0 and b.loc["way/101", "levels_source"] == "height"
    assert b.loc["way/101", "population"] == pytest.approx(a_house * 2 * 0.025, rel=2e-3)
    road = r.roads.iloc[0]
    assert road["speed_kmh"] == pytest.approx(30 * 1.609344)  # 30 mph in km/h
    assert bool(road["bridge"])
    res = r.resources.set_index("id")
    assert res.loc["node/20", "kind"] == "fire" and res.loc["node/20", "name"] == "Bombers"
    assert "node/21" not in res.index  # a bus shelter is no emergency shelter
    assert res.loc["node/22", "kind"] == "shelter" and res.loc["node/22", "capacity"] == 40
    assert res["cross_border"].all()
    assert any("no national border" in n for n in r.notes)
    assert set(r.jurisdictions["country"]) == {"unknown"}


# ---------------------------------------------------------------------------------------------------
# jurisdictions and resources in the Valira box


def test_valira_jurisdictions(valira):
    j = valira.jurisdictions
    # Andorra's six parishes in the extract, Canillo (missing from it) as Andorra's rest, Spain whole.
    assert set(j["name"]) == PARISHES | {"Andorra (rest)", "Spain"}
    assert set(j["country"]) == {"Andorra", "Spain"}
    assert j.set_index("name").loc["Spain", "source"] == "national"
    assert any("Andorra (rest)" in n for n in valira.notes)
    # They tile the box: total area = box area (the box as a polygon in UTM 31N), no overlaps.
    box = gpd.GeoSeries([shapely.segmentize(shapely.box(*VALIRA_BOX), 0.002)], crs=4326).to_crs(25831).iloc[0]
    assert j.area.sum() == pytest.approx(box.area, rel=1e-3)
    assert shapely.union_all(j.geometry.values).area == pytest.approx(j.area.sum(), rel=1e-6)
    # The Gran Valira leaves Andorra: Sant Julià (Andorra) and Spain share the border.
    sj = j.set_index("name").loc["Sant Julià de Lòria", "geometry"]
    es = j.set_index("name").loc["Spain", "geometry"]
    assert sj.intersection(es).length > 1000.0


def test_valira_resources(valira, pbf):
    res = valira.resources
    assert set(res["kind"]) <= {"fire", "ambulance", "hospital", "shelter"}
    # Expected from the raw points: amenity=hospital / amenity=shelter nodes in the box (this 2013
    # extract has no fire or ambulance stations, and none of its shelters has a shelter_type).
    pts = pyogrio.read_dataframe(pbf, layer="points")
    pts = pts[pts.intersects(shapely.box(*VALIRA_BOX))]
    amen = [parse_other_tags(t).get("amenity") for t in pts["other_tags"]]
    assert (res["kind"] == "shelter").sum() == amen.count("shelter")
    polys = pyogrio.read_dataframe(pbf, layer="multipolygons")
    n_hosp_poly = int(((polys["amenity"] == "hospital") & polys.intersects(shapely.box(*VALIRA_BOX))).sum())
    assert (res["kind"] == "hospital").sum() == amen.count("hospital") + n_hosp_poly
    assert (res.geom_type == "Point").all()
    assert res["id"].is_unique


# ---------------------------------------------------------------------------------------------------
# bad input


def test_truncated_extract(tmp_path, pbf):
    cut = tmp_path / "cut.osm.pbf"
    data = pbf.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match=r"cut\.osm\.pbf: the OpenStreetMap extract is truncated or corrupt"):
        import_osm(cut, dst_crs="EPSG:25831")


def test_not_an_osm_file(tmp_path):
    fake = tmp_path / "fake.osm.pbf"
    shutil.copy(require_shared_data("bad_inputs", "rasterio_float_nan.tif"), fake)
    with pytest.raises(InputError, match=r"fake\.osm\.pbf: not an OpenStreetMap extract"):
        import_osm(fake, dst_crs="EPSG:25831")


def test_geopackage_renamed_pbf_is_not_taken_for_osm(tmp_path):
    fake = tmp_path / "valira.pbf"
    shutil.copy(require_shared_data("valira", "andorra_valira_osm2013_epsg25831.gpkg"), fake)
    with pytest.raises(InputError, match="not an OpenStreetMap extract"):
        import_osm(fake, dst_crs="EPSG:25831")


def test_box_outside_the_extract(pbf):
    with pytest.raises(InputError, match=r"box 7\.45,43\.76,7\.66,44 lies outside the OpenStreetMap extract"):
        import_osm(pbf, bbox_lonlat=(7.45, 43.76, 7.66, 44.0), dst_crs="EPSG:25831")


def test_missing_file_and_bad_crs(tmp_path, pbf):
    with pytest.raises(InputError, match="no such file"):
        import_osm(tmp_path / "none.osm.pbf")
    with pytest.raises(CRSError, match="not a projected CRS in metres"):
        import_osm(pbf, dst_crs="EPSG:4326")


def test_osm_layers_sit_on_the_dem_of_the_same_box(valira):
    from floodplan.io.dem_import import import_dem

    dem = import_dem([require_shared_data("valira", "N42E001.hgt.zip")], bbox_lonlat=VALIRA_BOX)
    assert dem.grid.crs == valira.crs
    pts = valira.buildings.geometry.representative_point()
    z = dem.grid.sample(pts.x.to_numpy(), pts.y.to_numpy())
    inside = valira.buildings.geometry.within(shapely.box(*dem.grid.bounds)).to_numpy()
    assert inside.sum() >= 0.95 * len(inside)
    # All mapped buildings are in Andorra (README), whose lowest point is 840 m (where the Runer
    # meets the Gran Valira at the Spanish border) and whose inhabited valleys stay below 2,600 m.
    assert np.nanmin(z[inside]) > 800.0
    assert np.nanmax(z[inside]) < 2600.0


def test_cancel_stops_the_import(pbf):
    fb = Feedback()
    fb.cancel()
    with pytest.raises(Cancelled):
        import_osm(pbf, dst_crs="EPSG:25831", feedback=fb)
