"""Open a floodplan project in QGIS itself (qgis.core, offscreen) and check it looks as floodplan means it.

Run with the system Python that has QGIS's bindings (Debian: ``apt-get install python3-qgis``), not the venv:

    /usr/bin/python3 benchmarks/qgis_check.py PROJECT.gpkg [--png map.png] [--floodplan-python PY]

Checks, per layer of the project's ``floodplan_layers`` table:
- the layer is valid in QGIS, with the same feature count as the table and the project's CRS;
- vector layers are styled by floodplan's default style from ``layer_styles`` (renderer ``categorizedSymbol``
  for resources, assets, defenses, roads and jurisdictions; ``singleSymbol`` otherwise), with floodplan's
  category colours (resources by kind, assets by kind);
- raster layers report nodata -9999 and their statistics (valid cells, mean) match floodplan's own reading of
  the same table (computed with ``--floodplan-python``, default the ``python`` on PATH);
- the QGIS project floodplan stores in the file (``qgis_projects``, name ``floodplan``) opens with every layer
  valid, and its grey rasters (the DEM) stretched within the data's range;
- QGIS's message log holds no warning about the GeoPackage version.
Prints one table and exits 0 when every check passes, 1 otherwise. ``--png`` renders the layers as opened one by
one (their default styles), ``--project-png`` the QGIS project stored in the file, offscreen.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CATEGORISED = {"resources", "assets", "defenses", "roads", "jurisdictions"}
#: Colours floodplan gives these categories (floodplan/core/styles.py), as QGIS reports them (#rrggbb).
EXPECTED_COLOURS = {
    ("resources", "fire"): "#e31a1c",
    ("resources", "shelter"): "#33a02c",
    ("assets", "hospital"): "#a50f15",
    ("assets", "school"): "#e6550d",
    ("defenses", "planned"): "#e08214",
    ("roads", "closed"): "#cb181d",
}


def floodplan_raster_stats(python: str, project: str) -> dict:
    code = (
        "import json, sys, numpy as np\n"
        "from floodplan.io.projectfile import open_project\n"
        "p = open_project(sys.argv[1])\n"
        "out = {l.name: {'valid': int(np.isfinite(l.data.z).sum()), 'mean': float(np.nanmean(l.data.z)),\n"
        "                'min': float(np.nanmin(l.data.z)), 'max': float(np.nanmax(l.data.z))}\n"
        "       for l in p.layers if l.is_raster}\n"
        "print(json.dumps(out))\n"
    )
    proc = subprocess.run([python, "-c", code, project], capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise SystemExit(f"floodplan could not read {project}: {proc.stderr.strip()[-500:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _render(layers, crs, png: str) -> None:
    """Render ``layers`` (top first, as QgsMapSettings takes them) offscreen into a 1400 px wide PNG."""
    from qgis.core import QgsMapRendererCustomPainterJob, QgsMapSettings, QgsRectangle
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor, QImage, QPainter

    ms = QgsMapSettings()
    ms.setLayers(layers)
    ms.setDestinationCrs(crs)
    extent = QgsRectangle()
    for lyr in layers:
        extent.combineExtentWith(lyr.extent())
    ms.setExtent(extent)
    ms.setOutputSize(QSize(1400, int(1400 * extent.height() / max(extent.width(), 1e-9))))
    ms.setBackgroundColor(QColor(255, 255, 255))
    img = QImage(ms.outputSize(), QImage.Format_ARGB32)
    img.fill(QColor(255, 255, 255))
    painter = QPainter(img)
    job = QgsMapRendererCustomPainterJob(ms, painter)
    job.start()
    job.waitForFinished()
    painter.end()
    img.save(png)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("project")
    ap.add_argument("--png", help="render the project's layers (each opened alone) offscreen into this PNG")
    ap.add_argument(
        "--project-png", help="render the QGIS project stored in the file (its order, visibility, styles)"
    )
    ap.add_argument("--floodplan-python", default=os.environ.get("FP_PYTHON", "python"))
    args = ap.parse_args(argv)
    path = os.path.abspath(args.project)

    from qgis.core import (
        Qgis,
        QgsApplication,
        QgsCoordinateReferenceSystem,
        QgsRasterBandStats,
        QgsRasterLayer,
        QgsRectangle,
        QgsVectorLayer,
    )

    app = QgsApplication([], False)
    app.setPrefixPath("/usr", True)
    app.initQgis()
    log_messages = []
    QgsApplication.messageLog().messageReceived.connect(
        lambda msg, tag, level: log_messages.append((tag, int(level), msg))
    )

    con = sqlite3.connect(path)
    rows = con.execute("SELECT name, role, kind, storage FROM floodplan_layers ORDER BY position").fetchall()
    crs_wkt = dict(con.execute("SELECT key, value FROM floodplan_meta").fetchall()).get("crs", "")
    counts = {
        name: con.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]
        for name, _r, kind, _s in rows
        if kind == "vector"
    }
    con.close()
    want_crs = QgsCoordinateReferenceSystem.fromWkt(crs_wkt)
    fp_stats = floodplan_raster_stats(args.floodplan_python, path)

    results, layers, ok_all = [], [], True
    for name, role, kind, storage in rows:
        checks = []
        if kind == "vector":
            lyr = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
            valid = lyr.isValid()
            checks.append(("valid", valid))
            if valid:
                checks.append(
                    (f"count {lyr.featureCount()}={counts[name]}", lyr.featureCount() == counts[name])
                )
                checks.append(("crs", lyr.crs() == want_crs))
                rtype = lyr.renderer().type()
                geom = QgsVectorLayer.geometryType(lyr)
                want = (
                    "categorizedSymbol"
                    if role in CATEGORISED
                    and not (
                        role in ("roads", "defenses") and geom != 1  # 1: line
                    )
                    and not (role == "jurisdictions" and geom != 2)
                    else "singleSymbol"
                )
                checks.append((f"renderer {rtype}", rtype == want))
                if rtype == "categorizedSymbol":
                    cats = {str(c.value()): c.symbol().color().name() for c in lyr.renderer().categories()}
                    for (r, value), colour in EXPECTED_COLOURS.items():
                        if r == role and value in cats:
                            checks.append((f"{value} {cats[value]}", cats[value] == colour))
                layers.append(lyr)
        else:
            uri = f"GPKG:{path}:{name}" if storage == "embedded" else None
            lyr = QgsRasterLayer(uri, name, "gdal") if uri else None
            valid = lyr is not None and lyr.isValid()
            checks.append(("valid", valid))
            if valid:
                dp = lyr.dataProvider()
                nd = dp.sourceNoDataValue(1) if dp.sourceHasNoDataValue(1) else None
                checks.append((f"nodata {nd}", nd == -9999.0))
                st = dp.bandStatistics(1, QgsRasterBandStats.All, QgsRectangle(), 0)
                fp = fp_stats.get(name, {})
                checks.append(
                    (f"valid cells {st.elementCount}={fp.get('valid')}", st.elementCount == fp.get("valid"))
                )
                same_mean = fp and abs(st.mean - fp["mean"]) <= 1e-3 * max(1.0, abs(fp["mean"]))
                checks.append((f"mean {st.mean:.3f}={fp.get('mean', float('nan')):.3f}", bool(same_mean)))
                checks.append(("crs", lyr.crs() == want_crs))
                layers.insert(0, lyr)
        ok = all(c[1] for c in checks)
        ok_all &= ok
        results.append(
            (name, role, "ok" if ok else "FAIL", "; ".join(f"{t}{'' if v else ' (!)'}" for t, v in checks))
        )

    # The QGIS project floodplan stores in the file (qgis_projects): every layer there and valid.
    from qgis.core import QgsProject

    qp = QgsProject.instance()
    read_ok = qp.read(f"geopackage:{path}?projectName=floodplan")
    in_project = {lyr.name(): lyr.isValid() for lyr in qp.mapLayers().values()}
    # Rasters drawn in grey need their stretch inside the data's range (else QGIS shows one flat grey).
    stretch_notes = []
    for lyr in qp.mapLayers().values():
        if isinstance(lyr, QgsRasterLayer) and lyr.renderer().type() == "singlebandgray":
            ce = lyr.renderer().contrastEnhancement()
            fp = fp_stats.get(lyr.name(), {})
            lo, hi = ce.minimumValue(), ce.maximumValue()
            ok = bool(fp) and fp["min"] <= lo < hi <= fp["max"] + 1.0
            stretch_notes.append(f"{lyr.name()} grey {lo:.1f}–{hi:.1f}{'' if ok else ' (!)'}")
            in_project[lyr.name()] &= ok
    groups = [g.name() for g in qp.layerTreeRoot().children()]
    project_ok = read_ok and sorted(in_project) == sorted(r[0] for r in rows) and all(in_project.values())
    ok_all &= project_ok
    if args.project_png and read_ok:
        # As "Open project from GeoPackage" shows it: the project's own layer order, visibility and styles.
        root = qp.layerTreeRoot()
        shown = [lyr for lyr in root.layerOrder() if lyr in root.checkedLayers()]
        _render(shown, want_crs, args.project_png)
    qp.clear()

    version_warnings = [
        m for m in log_messages if "GeoPackage" in m[2] and ("1.4" in m[2] or "partial" in m[2])
    ]
    ok_all &= not version_warnings

    print(f"QGIS {Qgis.QGIS_VERSION} on {path}")
    width = max(len(r[0]) for r in results) + 2
    print(f"{'layer':<{width}}{'role':<15}{'result':<8}checks")
    for name, role, status, text in results:
        print(f"{name:<{width}}{role:<15}{status:<8}{text}")
    print(
        f"QGIS project 'floodplan' in the file: {'ok' if project_ok else 'FAIL'} "
        f"({sum(in_project.values())}/{len(rows)} layers valid; groups: {', '.join(groups)}; "
        f"raster stretch: {', '.join(stretch_notes) or 'none'})"
    )
    print(f"GeoPackage version warnings in QGIS's log: {len(version_warnings)}")
    other = [m for m in log_messages if m not in version_warnings and m[1] >= 1]
    print(
        f"other warnings in QGIS's log: {len(other)}"
        + "".join(f"\n  [{t}] {m[:160]}" for t, _l, m in other[:10])
    )

    if args.project_png and read_ok:
        print(f"QGIS project 'floodplan' rendered to {args.project_png}")
    if args.png and layers:
        _render(list(reversed(layers)), want_crs, args.png)
        print(f"map rendered to {args.png}")
    print("ALL CHECKS PASS" if ok_all else "SOME CHECKS FAIL")
    del layers, lyr
    app.exitQgis()
    return 0 if ok_all else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # PyQGIS may crash while Python tears down its wrappers after exitQgis(); the result is already printed.
    os._exit(code)
