"""A QGIS project inside the project file (QGIS's ``qgis_projects`` table), so that QGIS's
"Project > Open from > GeoPackage" shows floodplan's map: its layers in floodplan's drawing order, one group per
role, each layer's visibility and opacity, and the style of :mod:`floodplan.io.qml`.

The project is stored as QGIS stores one: a row (``name``, ``metadata`` JSON, ``content`` = a .qgz zip holding
one .qgs XML document, as hexadecimal text). floodplan's row is named :data:`NAME` and its metadata says
``"last_modified_user": "floodplan"``; it is written anew at each save. Rows QGIS wrote (any other name, or
floodplan's name re-saved by QGIS with another user) are kept as they are (:mod:`floodplan.io.projectfile`
carries them through every save).

Layer sources are written relative (``./FILE.gpkg|layername=…``): QGIS resolves them against the folder of the
GeoPackage the project is stored in, so the file can be moved; the file name inside is rewritten at each save
(a file renamed outside floodplan needs one save, or QGIS's "Handle unavailable layers").
"""

from __future__ import annotations

import io
import json
import sqlite3
import time
import uuid
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from floodplan.model.project import Project

NAME = "floodplan"
USER = "floodplan"
#: Group titles per role, in the layer tree (top to bottom).
GROUPS = {
    "resources": "Resources",
    "candidates": "Candidate sites",
    "defenses": "Defenses",
    "profile": "Flood profiles",
    "assets": "Buildings and assets",
    "roads": "Roads",
    "river": "River",
    "jurisdictions": "Jurisdictions",
    "other": "Other layers",
    "other_raster": "Results and rasters",
    "dem": "Elevation",
}
_GEOM = {"fill": "Polygon", "line": "Line", "marker": "Point"}


def _layer_id(name: str) -> str:
    # Stable ids (same project, same ids) keep the XML free of needless churn between saves.
    return f"{name}_{uuid.uuid5(uuid.NAMESPACE_URL, 'floodplan:' + name).hex[:12]}"


def _style_body(text: str) -> str | None:
    """The children of a QML document's <qgis> element as XML text (what a <maplayer> holds), or None
    when the QML cannot be read or has no renderer (QGIS would then draw its default symbol)."""
    import xml.etree.ElementTree as ET

    from floodplan.io import qml

    try:
        root = ET.fromstring(qml._DOCTYPE.sub("", text, count=1))
    except (ET.ParseError, ValueError):
        return None
    if root.find("renderer-v2") is None:
        return None
    return "".join(ET.tostring(child, encoding="unicode") for child in root)


def _stretch(z) -> tuple[float, float]:
    """The 2 and 98 % quantiles of a raster's valid cells (QGIS's default cumulative cut), apart by at least
    one unit so a constant raster still has a stretch; (0, 1) when no cell is valid."""
    import numpy as np

    v = np.asarray(z, dtype=float)
    v = v[np.isfinite(v)]
    if not v.size:
        return 0.0, 1.0
    lo, hi = (float(q) for q in np.quantile(v, [0.02, 0.98]))
    return lo, (hi if hi > lo else lo + 1.0)


def _raster_renderer(lyr) -> str:
    """QGIS renderer of a raster layer: a depth raster (its name says 'depth') in floodplan's blue depth
    classes (dry cells transparent), any other in grey stretched to its range."""
    from floodplan.core import styles as S

    opacity = f"{float(lyr.opacity):g}"
    if "depth" not in lyr.name.lower():
        # QGIS needs the stretch's limits written out: without <minValue>/<maxValue> it stretches 0–255 and
        # a DEM of 90–180 m is one flat grey. Its own default for one band: the 2–98 % cumulative cut.
        lo, hi = _stretch(lyr.data.z)
        return (
            f'<rasterrenderer type="singlebandgray" opacity="{opacity}" alphaBand="-1" grayBand="1" '
            'gradient="BlackToWhite"><minMaxOrigin><limits>CumulativeCut</limits><extent>WholeRaster</extent>'
            "<statAccuracy>Estimated</statAccuracy><cumulativeCutLower>0.02</cumulativeCutLower>"
            "<cumulativeCutUpper>0.98</cumulativeCutUpper><stdDevFactor>2</stdDevFactor></minMaxOrigin>"
            f"<contrastEnhancement><minValue>{lo:.6g}</minValue><maxValue>{hi:.6g}</maxValue>"
            "<algorithm>StretchToMinimumMaximum</algorithm></contrastEnhancement></rasterrenderer>"
        )
    bounds = [float(b) for b in S.DEPTH_CLASSES]
    labels = S.depth_class_labels(bounds)
    colors = S.depth_colors(len(bounds))
    # DISCRETE: a cell takes the first item whose value is >= its own. Up to the first class bound is dry
    # (transparent, as floodplan masks it); each class ends at the next bound, the last is open-ended.
    items = [f'<item value="{bounds[0]:g}" label="dry" color="#ffffff" alpha="0"/>']
    for upper, label, c in zip([*bounds[1:], float("inf")], labels, colors):
        hexc = "#{:02x}{:02x}{:02x}".format(*(int(round(v * 255)) for v in c[:3]))
        items.append(f'<item value="{upper:g}" label={quoteattr(label)} color="{hexc}" alpha="255"/>')
    return (
        f'<rasterrenderer type="singlebandpseudocolor" band="1" opacity="{opacity}" alphaBand="-1" '
        f'classificationMin="0" classificationMax="{bounds[-1]:g}"><rastershader>'
        f'<colorrampshader colorRampType="DISCRETE" classificationMode="1" clip="0">{"".join(items)}'
        "</colorrampshader></rastershader></rasterrenderer>"
    )


def project_xml(project: Project, file_name: str, geom_cols: dict[str, str]) -> str:
    """The .qgs document of a project stored in ``file_name`` (the GeoPackage's own name)."""
    from floodplan.io import qml

    crs_wkt = project.crs.to_wkt() if project.crs is not None else ""
    srs = f"<spatialrefsys><wkt>{escape(crs_wkt)}</wkt></spatialrefsys>"
    maplayers, tree = [], {}
    for lyr in reversed(
        project.layers
    ):  # QGIS lists the top layer first; floodplan draws the first at the bottom
        lid = _layer_id(lyr.name)
        if lyr.is_raster:
            if lyr.external:
                source = lyr.external
            else:
                source = f"GPKG:./{file_name}:{lyr.name}"
            body = (
                f'<maplayer type="raster" hasScaleBasedVisibilityFlag="0"><id>{escape(lid)}</id>'
                f"<datasource>{escape(source)}</datasource><layername>{escape(lyr.name)}</layername>"
                f"<srs>{srs}</srs><provider>gdal</provider><pipe>{_raster_renderer(lyr)}</pipe></maplayer>"
            )
            provider = "gdal"
        else:
            source = f"./{file_name}|layername={lyr.name}"
            inner = _style_body(lyr.qml) if lyr.qml is not None else None
            if inner is None:  # floodplan's own style, or a kept QML without a renderer of its own
                inner = _style_body(qml.layer_qml(lyr))
            geom = _GEOM[qml._geom_kind(lyr)]
            body = (
                f'<maplayer type="vector" geometry="{geom}" hasScaleBasedVisibilityFlag="0">'
                f"<id>{escape(lid)}</id><datasource>{escape(source)}</datasource>"
                f"<layername>{escape(lyr.name)}</layername><srs>{srs}</srs>"
                f'<provider encoding="UTF-8">ogr</provider>{inner}</maplayer>'
            )
            provider = "ogr"
        maplayers.append(body)
        checked = "Qt::Checked" if lyr.visible else "Qt::Unchecked"
        tree.setdefault(lyr.role, []).append(
            f"<layer-tree-layer id={quoteattr(lid)} name={quoteattr(lyr.name)} source={quoteattr(source)} "
            f'providerKey="{provider}" checked="{checked}" expanded="0"><customproperties/></layer-tree-layer>'
        )
    groups = []
    for role in sorted(tree, key=lambda r: list(GROUPS).index(r) if r in GROUPS else len(GROUPS)):
        title = GROUPS.get(role, role)
        groups.append(
            f'<layer-tree-group name={quoteattr(title)} checked="Qt::Checked" expanded="1"><customproperties/>'
            + "".join(tree[role])
            + "</layer-tree-group>"
        )
    title = str(project.settings.get("title") or Path(file_name).stem)
    return (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        f'<qgis projectname={quoteattr(title)} version="3.22.0" saveUser="{USER}">'
        f"<title>{escape(title)}</title><projectCrs>{srs}</projectCrs>"
        f"<layer-tree-group><customproperties/>{''.join(groups)}</layer-tree-group>"
        f"<projectlayers>{''.join(maplayers)}</projectlayers>"
        '<properties><Paths><Absolute type="bool">false</Absolute></Paths></properties>'
        "</qgis>\n"
    )


def qgz(xml: str, stem: str) -> bytes:
    """A .qgz archive (zip) holding ``stem.qgs``."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(f"{stem}.qgs", xml)
    return buf.getvalue()


def write_qgis_project(cur: sqlite3.Cursor, project: Project, file_name: str) -> None:
    """Write floodplan's row of ``qgis_projects`` (creating the table as QGIS does when missing), unless
    QGIS saved its own project under floodplan's name."""
    have = cur.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='qgis_projects'").fetchone()
    if not have:
        cur.execute("CREATE TABLE qgis_projects(name TEXT PRIMARY KEY, metadata BLOB, content BLOB)")
    row = cur.execute("SELECT metadata FROM qgis_projects WHERE name=?", (NAME,)).fetchone()
    if row is not None:
        try:
            user = json.loads(row[0]).get("last_modified_user")
        except (TypeError, ValueError, AttributeError):
            user = None
        if user != USER:
            return  # QGIS's project now: keep it
        cur.execute("DELETE FROM qgis_projects WHERE name=?", (NAME,))
    geom_cols = dict(cur.execute("SELECT table_name, column_name FROM gpkg_geometry_columns").fetchall())
    xml = project_xml(project, file_name, geom_cols)
    meta = json.dumps({"last_modified_time": time.strftime("%Y-%m-%dT%H:%M:%S"), "last_modified_user": USER})
    # QGIS stores the .qgz as hexadecimal text (QgsGeoPackageProjectStorage::writeProject).
    cur.execute("INSERT INTO qgis_projects VALUES (?, ?, ?)", (NAME, meta, qgz(xml, NAME).hex()))
