"""QGIS itself opens a project as floodplan means it (issue 18 items 1, 3, 4).

Runs ``benchmarks/qgis_check.py`` with the system Python that has QGIS's bindings (Debian's python3-qgis):
every layer valid with its feature count and CRS, vector layers styled by floodplan's ``layer_styles``
(categorised where floodplan categorises, floodplan's colours), the DEM's nodata -9999 honoured so QGIS's
statistics equal floodplan's (the peer tool is QGIS; the expected value is floodplan's own reading), and
no GeoPackage version warning. Skipped, saying why, where QGIS is not installed.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from floodplan.io.projectfile import open_project, save_project
from floodplan.sample import sample_project_path

SYSTEM_PYTHON = "/usr/bin/python3"
SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "qgis_check.py"


def _qgis_available() -> bool:
    try:
        proc = subprocess.run([SYSTEM_PYTHON, "-c", "import qgis.core"], capture_output=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return proc.returncode == 0


pytestmark = [
    pytest.mark.qgis,
    pytest.mark.skipif(
        not _qgis_available(),
        reason="QGIS's Python bindings are not importable from /usr/bin/python3 (apt-get install python3-qgis)",
    ),
]


def system_python(*args):
    """The system Python that has QGIS, run with ``args`` (offscreen Qt, at most 10 minutes)."""
    return subprocess.run(
        [SYSTEM_PYTHON, *(str(a) for a in args)],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def qgis_check(path):
    """benchmarks/qgis_check.py on the project at ``path``, run by the system Python that has QGIS."""
    return system_python(SCRIPT, path, "--floodplan-python", sys.executable)


def test_qgis_opens_the_sample_as_floodplan_draws_it(tmp_path):
    path = save_project(open_project(sample_project_path()), tmp_path / "valley.gpkg")
    proc = qgis_check(path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "ALL CHECKS PASS" in proc.stdout
    assert "categorizedSymbol; fire #e31a1c" in proc.stdout  # resources by kind, floodplan's fire red
    assert "nodata -9999.0" in proc.stdout
    assert "GeoPackage version warnings in QGIS's log: 0" in proc.stdout


def test_a_style_edited_in_the_table_reaches_qgis(tmp_path):
    """The check can fail: a layer whose default style is removed from layer_styles is drawn with QGIS's
    single symbol, and the check says FAIL for it."""
    import sqlite3

    path = save_project(open_project(sample_project_path()), tmp_path / "valley.gpkg")
    con = sqlite3.connect(path)
    con.execute("DELETE FROM layer_styles WHERE f_table_name='resources_de'")
    con.commit()
    con.close()
    proc = qgis_check(path)
    assert proc.returncode == 1
    line = next(x for x in proc.stdout.splitlines() if x.startswith("resources_de"))
    assert "FAIL" in line and "singleSymbol" in line


QGIS_DEPTH_SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from qgis.core import QgsApplication, QgsProject
app = QgsApplication([], False)
app.setPrefixPath("/usr", True)
app.initQgis()
p = QgsProject.instance()
print("read", p.read(f"geopackage:{sys.argv[1]}?projectName=floodplan"))
for lyr in p.mapLayers().values():
    r = lyr.renderer()
    print(lyr.name(), lyr.isValid(), r.type())
    if r.type() == "singlebandpseudocolor":
        fn = r.shader().rasterShaderFunction()
        for v in (0.0, 0.2, 0.5, 1.5, 2.5):
            ok, red, green, blue, alpha = fn.shade(v)
            print("shade", v, "#%02x%02x%02x" % (red, green, blue), alpha)
p.clear()
app.exitQgis()
sys.stdout.flush()
os._exit(0)
"""


def test_qgis_draws_a_depth_raster_in_floodplans_depth_classes(tmp_path):
    """The QGIS project inside the file draws a depth raster (name with 'depth') in floodplan's classes:
    expected colours are floodplan/core/styles.py's DEPTH_BLUES for 0–0.3, 0.3–1, 1–2, > 2 m; dry is
    transparent."""
    import numpy as np

    from floodplan.model.project import Layer, Project
    from floodplan.testing import TEST_CRS, make_grid

    p = Project(TEST_CRS)
    p.add_layer(Layer("dem", "dem", make_grid(np.linspace(90, 110, 600).reshape(20, 30), 10.0)))
    depth = np.zeros((20, 30))
    depth[5:10, 5:10] = 0.5
    p.add_layer(Layer("max_depth", "other", make_grid(depth, 10.0)))
    path = save_project(p, tmp_path / "depth.gpkg")
    proc = system_python("-c", QGIS_DEPTH_SCRIPT, str(path))
    out = proc.stdout.splitlines()
    assert "read True" in out and "max_depth True singlebandpseudocolor" in out, proc.stdout + proc.stderr
    shades = [line.split()[1:] for line in out if line.startswith("shade")]
    assert shades == [
        ["0.0", "#ffffff", "0"],
        ["0.2", "#c6dbef", "255"],
        ["0.5", "#6baed6", "255"],
        ["1.5", "#2171b5", "255"],
        ["2.5", "#08306b", "255"],
    ]


QGIS_EDIT_SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from qgis.core import QgsApplication, QgsUnitTypes, QgsVectorLayer
from qgis.PyQt.QtGui import QColor
app = QgsApplication([], False)
app.setPrefixPath("/usr", True)
app.initQgis()
path = sys.argv[1]
def edit(name, fn, hide=False):
    lyr = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    r = lyr.renderer().clone()
    if r.type() == "categorizedSymbol":
        for i, c in enumerate(r.categories()):
            s = c.symbol().clone()
            fn(s)
            r.updateCategorySymbol(i, s)
            if hide:
                r.updateCategoryRenderState(i, False)
    else:
        s = r.symbol().clone()
        fn(s)
        r.setSymbol(s)
    lyr.setRenderer(r)
    # A new style name: under floodplan's (the layer's) name QGIS asks whether to overwrite, in a dialog.
    print(name, "saved", repr(lyr.saveStyleToDatabase(name + " (QGIS)", "edited in QGIS", True, "")))
def line_mm(s):
    s.setColor(QColor("#123456"))
    s.setWidth(0.5)
    s.setWidthUnit(QgsUnitTypes.RenderMillimeters)
def line_pt(s):
    s.setColor(QColor("#123456"))
    s.setWidth(2.0)
    s.setWidthUnit(QgsUnitTypes.RenderPoints)
def fill_pt(s):
    s.setColor(QColor("#123456"))
    s.symbolLayer(0).setStrokeWidth(2.0)
    s.symbolLayer(0).setStrokeWidthUnit(QgsUnitTypes.RenderPoints)
edit("roads_de", line_mm)
edit("river", line_pt)
edit("jurisdictions_de", fill_pt)
edit("resources_de", lambda s: None, hide=True)
app.exitQgis()
sys.stdout.flush()
os._exit(0)
"""


def test_a_style_saved_by_qgis_shows_in_floodplan(tmp_path):
    """QGIS itself (the peer tool) changes styles and saves them to the GeoPackage ("Save style to
    database"): roads 0.5 mm wide dark blue, the river 2 pt, a jurisdictions layer dark blue with a 2 pt
    outline, every resource category switched off. floodplan shows each: widths in points by hand
    (0.5 mm × 72/25.4 = 1.417 pt), the colour, the resources hidden; a save keeps QGIS's rows."""
    import sqlite3

    path = save_project(open_project(sample_project_path()), tmp_path / "valley.gpkg")
    proc = system_python("-c", QGIS_EDIT_SCRIPT, str(path))
    assert proc.stdout.count("saved ''") == 4, proc.stdout + proc.stderr
    p = open_project(path)
    roads, river, jur = p.layer("roads_de"), p.layer("river"), p.layer("jurisdictions_de")
    assert (roads.color, roads.width) == ("#123456", pytest.approx(0.5 * 72 / 25.4))
    assert (river.color, river.width) == ("#123456", pytest.approx(2.0))
    assert (jur.color, jur.width) == ("#123456", pytest.approx(2.0))
    assert p.layer("resources_de").visible is False and p.layer("resources_pl").visible is True
    assert p.layer("roads_pl").qml is None and p.layer("roads_pl").width is None  # untouched in QGIS
    out = save_project(p, tmp_path / "again.gpkg")
    con = sqlite3.connect(out)
    rows = con.execute(
        "SELECT f_table_name, styleName, styleQML FROM layer_styles WHERE useAsDefault=1 AND description="
        "'edited in QGIS' ORDER BY f_table_name"
    ).fetchall()
    con.close()
    assert [r[:2] for r in rows] == [
        ("jurisdictions_de", "jurisdictions_de (QGIS)"),
        ("resources_de", "resources_de (QGIS)"),
        ("river", "river (QGIS)"),
        ("roads_de", "roads_de (QGIS)"),
    ]
    assert dict((r[0], r[2]) for r in rows)["roads_de"] == roads.qml  # QGIS's text, untouched


QGIS_WIDTH_SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from qgis.core import QgsApplication, QgsVectorLayer
app = QgsApplication([], False)
app.setPrefixPath("/usr", True)
app.initQgis()
for name in sys.argv[2:]:
    lyr = QgsVectorLayer(f"{sys.argv[1]}|layername={name}", name, "ogr")
    r = lyr.renderer()
    cats = r.categories() if r.type() == "categorizedSymbol" else []  # kept: the symbols belong to them
    syms = [c.symbol() for c in cats] if cats else [r.symbol()]
    print(name, sorted({round(s.symbolLayer(0).width(), 4) for s in syms}), int(syms[0].symbolLayer(0).widthUnit()),
          sorted({s.color().name() for s in syms}))
app.exitQgis()
sys.stdout.flush()
os._exit(0)
"""


def test_a_width_and_colour_set_in_floodplan_reach_qgis(tmp_path):
    """The other way: a layer width set in floodplan (3 pt) is what QGIS draws, in millimetres by hand
    3 × 25.4 / 72 = 1.0583 mm (written with 3 decimals: 1.058), on every category of the roads; the colour
    replaces every category's colour as on floodplan's map."""
    p = open_project(sample_project_path())
    p.set_style("roads_pl", width=3.0, color="#123456")
    path = save_project(p, tmp_path / "valley.gpkg")
    proc = system_python("-c", QGIS_WIDTH_SCRIPT, str(path), "roads_pl", "roads_de")
    lines = dict(line.split(" ", 1) for line in proc.stdout.splitlines() if line.startswith("roads_"))
    assert lines["roads_pl"] == "[1.058] 0 ['#123456']", proc.stdout + proc.stderr  # unit 0: millimetres
    assert lines["roads_de"] != lines["roads_pl"]  # floodplan's classes: several widths and colours
