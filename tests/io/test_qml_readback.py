"""A style changed in QGIS and saved to the GeoPackage's ``layer_styles`` shows in floodplan (issue 18 item 1):
colour, line width and visibility, for each kind of layer floodplan styles (resources by kind, defenses by
status, buildings by kind, roads by class, jurisdictions by country, a river), and floodplan's drawn map uses
them.

The edits are made on the QML as QGIS 3.22 writes it (``<Option>`` and legacy ``<prop>`` both carry each
property; ``line_width`` of lines, ``outline_width`` of polygons and point symbols, each with ``…_unit``).
Expected widths are hand conversions to points (1 pt = 25.4/72 mm): 0.5 mm = 0.5 × 72/25.4 = 1.4173 pt;
2 pt = 2 pt; 0.05 in = 3.6 pt; 4 px at QGIS's reference 96 dpi = 3 pt.
"""

import re
import sqlite3
import xml.etree.ElementTree as ET

import geopandas as gpd
import matplotlib
import pytest
from matplotlib.colors import to_hex
from shapely.geometry import LineString, box
from test_projectfile import small_project  # noqa: E402 - tests/io is on sys.path (pytest rootdir import)

from floodplan.io import qml as Q
from floodplan.io.projectfile import open_project, save_project
from floodplan.model.project import Layer
from floodplan.model.schema import normalise
from floodplan.testing import TEST_CRS

matplotlib.use("Agg")

WIDTH_KEYS = ("line_width", "outline_width")
COLOR_KEY = {"line": "line_color", "fill": "color", "marker": "color"}


def _project():
    """small_project (jurisdictions by country, defenses by status, resources by kind) plus buildings,
    roads of three classes and a river."""
    p = small_project()
    b = gpd.GeoDataFrame(
        {"kind": ["residential", "hospital"], "population": [10, 0]},
        geometry=[box(500010, 5599910, 500030, 5599930), box(500300, 5599710, 500330, 5599740)],
        crs=TEST_CRS,
    )
    p.add_layer(Layer("buildings", "assets", normalise(b, "assets", "t")))
    r = gpd.GeoDataFrame(
        {"speed_kmh": [90.0, 30.0, 50.0], "closed": [False, False, True]},
        geometry=[
            LineString([(500000, 5599800), (500400, 5599800)]),
            LineString([(500200, 5599700), (500200, 5600000)]),
            LineString([(500000, 5599760), (500400, 5599760)]),
        ],
        crs=TEST_CRS,
    )
    p.add_layer(Layer("roads", "roads", normalise(r, "roads", "t")))
    river = gpd.GeoDataFrame(geometry=[LineString([(500000, 5599990), (500400, 5599700)])], crs=TEST_CRS)
    p.add_layer(Layer("river", "river", normalise(river, "river", "t")))
    return p


KINDS = ["resources", "defenses", "buildings", "roads", "jurisdictions", "river"]


def _qml(path, table):
    con = sqlite3.connect(path)
    text = con.execute(
        "SELECT styleQML FROM layer_styles WHERE f_table_name=? AND useAsDefault=1", (table,)
    ).fetchone()[0]
    con.close()
    return text


def _set_qml(path, table, text):
    con = sqlite3.connect(path)
    con.execute("UPDATE layer_styles SET styleQML=? WHERE f_table_name=? AND useAsDefault=1", (text, table))
    con.commit()
    con.close()


def qgis_edit(text, color=None, width=None, unit="MM", hide=False, disable=False):
    """The QML as QGIS would save it after the user set every symbol's colour ('r,g,b,a') and width (in
    ``unit``), switched every category off (``hide``) or disabled every symbol layer (``disable``)."""
    m = Q._DOCTYPE.match(text)
    root = ET.fromstring(text[len(m.group(0)) if m else 0 :])
    for sym in root.iter("symbol"):
        for el in sym.findall("layer"):
            if disable:
                el.set("enabled", "0")
            for node in el.iter():
                key = (
                    node.get("k")
                    if node.tag == "prop"
                    else node.get("name")
                    if node.tag == "Option"
                    else None
                )
                attr = "v" if node.tag == "prop" else "value"
                if color and key == COLOR_KEY[sym.get("type")]:
                    node.set(attr, color)
                if width is not None and key in WIDTH_KEYS:
                    node.set(attr, f"{width:g}")
                if width is not None and key in [k + "_unit" for k in WIDTH_KEYS]:
                    node.set(attr, unit)
    if hide:
        for c in root.iter("category"):
            c.set("render", "false")
    return (m.group(0) if m else "") + ET.tostring(root, encoding="unicode")


@pytest.fixture(scope="module")
def saved(tmp_path_factory):
    return save_project(_project(), tmp_path_factory.mktemp("styles") / "plan.gpkg")


def _drawn(project, name):
    """floodplan's drawn collections of one layer (the plate/map drawer), as a list."""
    import matplotlib.pyplot as plt

    from floodplan.render.mapview import draw_map

    fig = plt.figure()
    try:
        arts = draw_map(fig.add_axes((0, 0, 1, 1)), project, labels=False)
        art = arts.get(name)
        return [] if art is None else art if isinstance(art, list) else [art]
    finally:
        plt.close(fig)


@pytest.mark.parametrize("name", KINDS)
def test_colour_and_width_set_in_qgis_reach_floodplans_map(saved, tmp_path, name):
    path = tmp_path / "edited.gpkg"
    path.write_bytes(saved.read_bytes())
    _set_qml(path, name, qgis_edit(_qml(path, name), color="18,52,86,255", width=0.5, unit="MM"))
    p = open_project(path)
    lyr = p.layer(name)
    assert lyr.color == "#123456"
    assert lyr.width == pytest.approx(0.5 * 72 / 25.4)
    assert lyr.visible is True
    colls = _drawn(p, name)
    assert colls
    for coll in colls:
        assert list(coll.get_linewidths()) == pytest.approx([0.5 * 72 / 25.4] * len(coll.get_linewidths()))
    # The colour is on the symbols (lines: their edges; polygons and points: their faces).
    got = {
        to_hex(c)
        for coll in colls
        for c in (coll.get_edgecolors() if name in ("defenses", "roads", "river") else coll.get_facecolors())
    }
    if name == "roads":
        got.discard("#cb181d")  # closed roads keep floodplan's red, as with a colour chosen in floodplan
    assert got == {"#123456"}
    # Saved again without a change in floodplan: the QGIS text is kept as it is, and floodplan's style too.
    again = save_project(p, tmp_path / "again.gpkg")
    assert _qml(again, name) == _qml(path, name)
    q = open_project(again).layer(name)
    assert (q.color, q.width) == (lyr.color, pytest.approx(lyr.width))


@pytest.mark.parametrize(
    ("width", "unit", "points"),
    [(0.5, "MM", 0.5 * 72 / 25.4), (2.0, "Point", 2.0), (0.05, "Inch", 3.6), (4.0, "Pixel", 3.0)],
)
def test_qgis_width_units_are_converted_to_points(saved, tmp_path, width, unit, points):
    path = tmp_path / "edited.gpkg"
    path.write_bytes(saved.read_bytes())
    _set_qml(path, "roads", qgis_edit(_qml(path, "roads"), width=width, unit=unit))
    assert open_project(path).layer("roads").width == pytest.approx(points)


def test_widths_in_map_units_or_differing_per_category_do_not_map(saved, tmp_path):
    """A width in map units scales with the map (floodplan's widths do not); widths that differ between
    categories have no one floodplan width: the QML is kept for QGIS, floodplan keeps its own widths."""
    path = tmp_path / "edited.gpkg"
    path.write_bytes(saved.read_bytes())
    _set_qml(path, "roads", qgis_edit(_qml(path, "roads"), width=3, unit="MapUnit"))
    text = _qml(path, "defenses")
    # Only the first category (existing) made wider.
    first = re.search(r'name="line_width" value="[0-9.]+"', text)
    text = text[: first.start()] + 'name="line_width" value="2"' + text[first.end() :]
    _set_qml(path, "defenses", text)
    p = open_project(path)
    assert p.layer("roads").width is None and p.layer("roads").qml is not None
    assert p.layer("defenses").width is None and p.layer("defenses").qml == text


@pytest.mark.parametrize("name", KINDS)
def test_hidden_in_qgis_is_hidden_in_floodplan(saved, tmp_path, name):
    """Every category switched off (categorised layers) or every symbol layer disabled (the river's single
    symbol): QGIS draws nothing, so floodplan hides the layer; shown again in floodplan, QGIS shows it too."""
    path = tmp_path / "edited.gpkg"
    path.write_bytes(saved.read_bytes())
    single = name == "river"
    _set_qml(path, name, qgis_edit(_qml(path, name), hide=not single, disable=single))
    p = open_project(path)
    assert p.layer(name).visible is False
    assert _drawn(p, name) == []
    p.set_style(name, visible=True)
    out = save_project(p, tmp_path / "shown.gpkg")
    assert Q.parse_qml(_qml(out, name))["all_hidden"] is False
    assert open_project(out).layer(name).visible is True


def test_width_chosen_in_floodplan_is_written_into_a_kept_qml(saved, tmp_path):
    path = tmp_path / "edited.gpkg"
    path.write_bytes(saved.read_bytes())
    labelled = qgis_edit(_qml(path, "roads"), color="18,52,86,255").replace(
        "</qgis>",
        '<labeling type="simple"><settings><text-style fieldName="speed_kmh"/></settings></labeling></qgis>',
    )
    _set_qml(path, "roads", labelled)
    p = open_project(path)
    p.set_style("roads", width=2.0)
    out = save_project(p, tmp_path / "wider.gpkg")
    text = _qml(out, "roads")
    assert '<labeling type="simple">' in text  # the rest of QGIS's style is kept
    assert Q.parse_qml(text)["widths"] == pytest.approx([2.0] * len(Q.parse_qml(text)["widths"]), abs=1e-3)
    assert open_project(out).layer("roads").width == pytest.approx(2.0, abs=1e-3)


def test_floodplans_own_style_with_a_width_is_recognised_as_its_own(tmp_path):
    p = _project()
    p.set_style("river", width=3.0)
    out = save_project(p, tmp_path / "plan.gpkg")
    q = open_project(out)
    assert q.layer("river").width == 3.0 and q.layer("river").qml is None
    assert Q.parse_qml(_qml(out, "river"))["widths"] == [pytest.approx(3.0, abs=2e-3)]
