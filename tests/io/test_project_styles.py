"""QGIS-facing parts of the project file (issue 18 items 1 and 3, CONTRACT.md "Project file (added)"):
styles in ``layer_styles`` (written, read back, kept), the raster nodata in ``data_null``, GeoPackage 1.2.

Expected values: colours from floodplan/core/styles.py (fire #e31a1c = 227,26,28), the GeoPackage spec's
``user_version`` for 1.2 (10200) and OGC 17-066r1's ``data_null``; the nodata cell is the one the test makes.
"""

import shutil
import sqlite3
import subprocess

import numpy as np
import pytest
import rasterio
from test_projectfile import small_project  # noqa: E402 - tests/io is on sys.path (pytest rootdir import)

from floodplan.io.projectfile import open_project, save_project
from floodplan.io.qml import layer_qml, parse_qml


def _styles(path):
    con = sqlite3.connect(path)
    rows = con.execute(
        "SELECT f_table_name, f_geometry_column, styleName, styleQML, useAsDefault FROM layer_styles ORDER BY id"
    ).fetchall()
    registered = con.execute("SELECT data_type FROM gpkg_contents WHERE table_name='layer_styles'").fetchone()
    con.close()
    return rows, registered


def _set_qml(path, table, qml):
    con = sqlite3.connect(path)
    con.execute("UPDATE layer_styles SET styleQML=? WHERE f_table_name=? AND useAsDefault=1", (qml, table))
    con.commit()
    con.close()


def test_each_vector_layer_has_a_default_style(tmp_path):
    p = small_project()
    path = save_project(p, tmp_path / "plan.gpkg")
    rows, registered = _styles(path)
    assert registered == ("attributes",)
    assert [r[0] for r in rows] == [lyr.name for lyr in p.layers if not lyr.is_raster]
    assert all(r[1] == "geom" and r[4] == 1 for r in rows)
    res = parse_qml(dict((r[0], r[3]) for r in rows)["resources"])
    assert res["renderer"] == "categorizedSymbol"
    assert res["colors"][0] == "#e31a1c"  # 'fire', the first category: floodplan's fire red
    defenses = parse_qml(dict((r[0], r[3]) for r in rows)["defenses"])
    assert defenses["renderer"] == "categorizedSymbol" and "#e08214" in defenses["colors"]  # planned orange
    assert 'attr="status"' in dict((r[0], r[3]) for r in rows)["defenses"]
    assert 'attr="country"' in dict((r[0], r[3]) for r in rows)["jurisdictions"]
    # Reopened: floodplan's own style is recognised, nothing is kept as foreign QML.
    assert all(lyr.qml is None for lyr in open_project(path).layers)


def test_dem_nodata_is_recorded_for_other_readers(tmp_path):
    p = small_project()  # one NaN cell at row 5, column 5
    path = save_project(p, tmp_path / "plan.gpkg")
    con = sqlite3.connect(path)
    assert con.execute("SELECT data_null FROM gpkg_2d_gridded_coverage_ancillary").fetchone() == (-9999.0,)
    assert con.execute("PRAGMA user_version").fetchone() == (10200,)  # GeoPackage 1.2
    assert con.execute("PRAGMA application_id").fetchone() == (0x47504B47,)  # 'GPKG'
    con.close()
    with rasterio.open(path, table="dem") as ds:
        assert ds.nodata == -9999.0
        band = ds.read(1, masked=True)
    assert int(band.mask.sum()) == 1 and bool(band.mask[5, 5])
    assert float(band.mean()) == pytest.approx(float(np.nanmean(p.dem.z.astype("float32"))), rel=1e-6)
    if shutil.which("gdalinfo"):
        out = subprocess.run(["gdalinfo", f"GPKG:{path}:dem"], capture_output=True, text=True).stdout
        assert "NoData Value=-9999" in out


def test_a_style_changed_in_qgis_shows_in_floodplan_and_is_kept(tmp_path):
    p = small_project()
    path = save_project(p, tmp_path / "plan.gpkg")
    own = layer_qml(p.layer("resources"))
    # As QGIS would save it after the user made every resource dark blue at 40 % and added labels.
    edited = (
        own.replace("227,26,28,255", "18,52,86,255")
        .replace("51,160,44,255", "18,52,86,255")
        .replace("<layerOpacity>1</layerOpacity>", "<layerOpacity>0.4</layerOpacity>")
    )
    import re

    edited = re.sub(r'name="color" value="[0-9,]+"', 'name="color" value="18,52,86,255"', edited)
    edited = re.sub(r'k="color" v="[0-9,]+"', 'k="color" v="18,52,86,255"', edited)
    edited = edited.replace(
        "</qgis>",
        '<labeling type="simple"><settings><text-style fieldName="kind"/></settings></labeling></qgis>',
    )
    _set_qml(path, "resources", edited)
    q = open_project(path)
    lyr = q.layer("resources")
    assert (lyr.color, lyr.opacity) == ("#123456", 0.4)
    assert lyr.qml == edited
    # Saved without a change in floodplan: the QML is written back untouched, labels and all.
    again = save_project(q, tmp_path / "again.gpkg")
    assert dict((r[0], r[3]) for r in _styles(again)[0])["resources"] == edited
    # Changed in floodplan: its opacity goes into the kept QML, the labels stay.
    q.set_style("resources", opacity=0.7)
    third = save_project(q, tmp_path / "third.gpkg")
    text = dict((r[0], r[3]) for r in _styles(third)[0])["resources"]
    assert "<layerOpacity>0.7</layerOpacity>" in text and '<labeling type="simple">' in text
    assert open_project(third).layer("resources").opacity == 0.7


def test_unknown_qml_and_other_styles_are_kept(tmp_path):
    p = small_project()
    path = save_project(p, tmp_path / "plan.gpkg")
    unknown = (
        '<!DOCTYPE qgis><qgis><renderer-v2 type="heatmapRenderer" radius="12"/><customthing a=\'1\'/></qgis>'
    )
    _set_qml(path, "defenses", unknown)
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, "
        "styleQML, useAsDefault, description) VALUES ('', '', 'defenses', 'geom', 'for print', '<qgis/>', 0, 'mine')"
    )
    con.commit()
    con.close()
    q = open_project(path)
    assert q.layer("defenses").style() == p.layer("defenses").style()  # nothing there maps: unchanged
    out = save_project(q, tmp_path / "out.gpkg")
    rows = _styles(out)[0]
    defenses = [r for r in rows if r[0] == "defenses"]
    assert (defenses[0][3], defenses[0][4]) == (unknown, 1)
    assert (defenses[1][2], defenses[1][3], defenses[1][4]) == ("for print", "<qgis/>", 0)


def test_all_categories_off_hides_the_layer(tmp_path):
    path = save_project(small_project(), tmp_path / "plan.gpkg")
    con = sqlite3.connect(path)
    qml = con.execute("SELECT styleQML FROM layer_styles WHERE f_table_name='jurisdictions'").fetchone()[0]
    con.close()
    _set_qml(path, "jurisdictions", qml.replace('render="true"', 'render="false"'))
    assert open_project(path).layer("jurisdictions").visible is False


def test_qgis_tables_of_an_edited_project_survive_a_save(tmp_path):
    """Case 18's QGIS-saved tables: its layer_styles row and its qgis_projects row come back after a save."""
    path = save_project(small_project(), tmp_path / "plan.gpkg")
    con = sqlite3.connect(path)
    con.execute(
        "CREATE TABLE IF NOT EXISTS qgis_projects (name TEXT PRIMARY KEY, metadata BLOB, content BLOB)"
    )
    con.execute("INSERT INTO qgis_projects VALUES ('plan', '{}', x'504B0304')")
    con.commit()
    con.close()
    out = save_project(open_project(path), tmp_path / "out.gpkg")
    con = sqlite3.connect(out)
    assert con.execute("SELECT name, metadata, content FROM qgis_projects WHERE name='plan'").fetchall() == [
        ("plan", "{}", b"PK\x03\x04")
    ]
    con.close()


def _floodplan_qgs(path):
    import io
    import json
    import zipfile

    con = sqlite3.connect(path)
    meta, content = con.execute(
        "SELECT metadata, content FROM qgis_projects WHERE name='floodplan'"
    ).fetchone()
    con.close()
    with zipfile.ZipFile(io.BytesIO(bytes.fromhex(content))) as zf:  # QGIS stores the .qgz as hex text
        assert zf.namelist() == ["floodplan.qgs"]
        return json.loads(meta), zf.read("floodplan.qgs").decode()


def test_a_qgis_project_is_stored_in_the_file(tmp_path):
    """Issue 18 item 2: a QGIS project named 'floodplan' with every layer (relative source), groups per
    role, hidden layers unchecked; QGIS's own projects are kept, and one QGIS re-saved under floodplan's
    name is not overwritten."""
    import xml.etree.ElementTree as ET

    p = small_project()
    p.layer("resources").visible = False
    path = save_project(p, tmp_path / "plan.gpkg")
    meta, qgs = _floodplan_qgs(path)
    assert meta["last_modified_user"] == "floodplan"
    root = ET.fromstring(qgs.split("\n", 1)[1])
    sources = [m.findtext("datasource") for m in root.iter("maplayer")]
    assert sorted(m.findtext("layername") for m in root.iter("maplayer")) == sorted(p.layer_names())
    assert "./plan.gpkg|layername=defenses" in sources and "GPKG:./plan.gpkg:dem" in sources
    groups = {g.get("name"): g for g in root.find("layer-tree-group").findall("layer-tree-group")}
    assert {"Resources", "Defenses", "Jurisdictions", "Elevation"} <= set(groups)
    res = groups["Resources"].find("layer-tree-layer")
    assert (res.get("name"), res.get("checked")) == ("resources", "Qt::Unchecked")
    # Saved under another name: the file name inside follows.
    other = save_project(open_project(path), tmp_path / "renamed.gpkg")
    assert "./renamed.gpkg|layername=defenses" in _floodplan_qgs(other)[1]
    # QGIS re-saved the project under floodplan's name: it is QGIS's now and stays as it is.
    con = sqlite3.connect(other)
    con.execute(
        "UPDATE qgis_projects SET metadata='{\"last_modified_user\": \"maria\"}', content='00' WHERE name='floodplan'"
    )
    con.commit()
    con.close()
    again = save_project(open_project(other), tmp_path / "again.gpkg")
    con = sqlite3.connect(again)
    assert con.execute("SELECT content FROM qgis_projects WHERE name='floodplan'").fetchone() == ("00",)
    con.close()


def test_case_18_qgis_tables_with_an_empty_style_save_and_reopen(tmp_path):
    """As case 18 builds it: QGIS's layer_styles schema (with its 'type' column), an empty '<qgis/>' default
    style, and a QGIS project 'valley' as a blob. Saving works, the row comes back whole, the layer is
    drawn with floodplan's style in floodplan (nothing in '<qgis/>' maps) and in the QGIS project."""
    p = small_project()
    path = save_project(p, tmp_path / "plan.gpkg")
    con = sqlite3.connect(path)
    con.execute("DROP TABLE layer_styles")
    con.execute("DELETE FROM gpkg_contents WHERE table_name='layer_styles'")
    con.execute(
        "CREATE TABLE layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog TEXT, f_table_schema "
        "TEXT, f_table_name TEXT, f_geometry_column TEXT, styleName TEXT, styleQML TEXT, styleSLD TEXT, "
        "useAsDefault BOOLEAN, description TEXT, owner TEXT, ui TEXT, update_time DATETIME DEFAULT "
        "CURRENT_TIMESTAMP, type TEXT)"
    )
    con.execute(
        "INSERT INTO layer_styles (f_table_name, f_geometry_column, styleName, styleQML, useAsDefault, type) "
        "VALUES ('jurisdictions','geom','jurisdictions','<!DOCTYPE qgis><qgis/>',1,'Polygon')"
    )
    con.execute("INSERT INTO qgis_projects VALUES ('valley', '{}', x'504B0304')")
    con.commit()
    con.close()
    q = open_project(path)
    assert q.layer("jurisdictions").style() == p.layer("jurisdictions").style()
    out = save_project(q, tmp_path / "out.gpkg")
    con = sqlite3.connect(out)
    row = con.execute(
        "SELECT styleQML, useAsDefault, type FROM layer_styles WHERE f_table_name='jurisdictions'"
    ).fetchall()
    names = sorted(r[0] for r in con.execute("SELECT name FROM qgis_projects"))
    con.close()
    assert row == [("<!DOCTYPE qgis><qgis/>", 1, "Polygon")]
    assert names == ["floodplan", "valley"]
    assert 'attr="country"' in _floodplan_qgs(out)[1]  # floodplan's style in its QGIS project


def test_the_qgis_projects_dem_is_stretched_over_its_own_values(tmp_path):
    """Without <minValue>/<maxValue> QGIS stretches a grey raster over 0–255 and a DEM of 90–110 m is one
    flat grey (seen rendering the sample with QGIS 3.22). Expected: numpy's 2 and 98 % quantiles of the
    valid cells, QGIS's own default cumulative cut."""
    import xml.etree.ElementTree as ET

    p = small_project()
    path = save_project(p, tmp_path / "plan.gpkg")
    root = ET.fromstring(_floodplan_qgs(path)[1].split("\n", 1)[1])
    dem = next(m for m in root.iter("maplayer") if m.findtext("layername") == "dem")
    ce = dem.find("pipe/rasterrenderer/contrastEnhancement")
    z = p.dem.z[np.isfinite(p.dem.z)]
    lo, hi = np.quantile(z, [0.02, 0.98])
    assert float(ce.findtext("minValue")) == pytest.approx(lo, rel=1e-5)
    assert float(ce.findtext("maxValue")) == pytest.approx(hi, rel=1e-5)
    assert 90 < lo < hi < 110
