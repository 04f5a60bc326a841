"""Layer styles QGIS reads: floodplan's map styles as QML in the GeoPackage's ``layer_styles`` table.

QGIS loads the row of a layer whose ``useAsDefault`` is true when it opens the layer ("Save style to database"
writes the same table), so a project opened in QGIS looks as it does in floodplan:

- resources: categorised by ``kind`` (colour and marker of :data:`floodplan.core.styles.RESOURCE_KINDS`);
- defenses: categorised by ``status`` (existing solid brown, planned dashed orange);
- assets (buildings): categorised by ``kind`` (:data:`~floodplan.core.styles.ASSET_KIND_COLORS`);
- roads: categorised by class (closed / fast at ``speed_kmh`` ≥ 70 / slow), an expression on the attributes;
- jurisdictions: categorised by ``country`` (the country tints at 35 % over a dashed border);
- every other layer: one symbol of its role (:data:`~floodplan.core.styles.ROLE_STYLE`).
A layer colour chosen in floodplan (``Layer.color``) replaces every category's colour, as on floodplan's map;
the layer opacity is QML's ``layerOpacity``. Widths: floodplan's points × 25.4/72 = QGIS millimetres; a layer
width chosen in floodplan (``Layer.width``) replaces every symbol's line width (outline for polygons and points).

Reading back (:func:`read_styles`): a default style that is not floodplan's own (QGIS re-saved it, or a user
changed it) is kept on the layer (``Layer.qml``) and written back untouched on save; where it maps onto
floodplan's styles it shows in floodplan: its opacity, one colour shared by all its symbols that differs from
floodplan's (the layer colour), one line width shared by all its symbols that differs from floodplan's (the layer
width: QGIS's ``line_width`` of lines, ``outline_width`` of polygons and point symbols, in the unit of its
``…_unit``: millimetres, points, inches, or pixels at 96 dpi; widths in map units or percent scale with the map
and do not map), and all categories switched off or every symbol layer disabled (the layer hidden). A style
changed in floodplan afterwards is written into that QML (opacity, colour, width, shown again); everything else
in it is kept. Rows of other styles (not default, or of other names) are kept as they are.
"""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

import pandas as pd
from matplotlib.colors import to_rgba

from floodplan.core import styles as S
from floodplan.model.project import Layer, Project

TABLE = "layer_styles"
#: QGIS's layer_styles columns (as QGIS 3.x creates the table in a GeoPackage).
CREATE_SQL = (
    'CREATE TABLE "layer_styles" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "f_table_catalog" TEXT(256), '
    '"f_table_schema" TEXT(256), "f_table_name" TEXT(256), "f_geometry_column" TEXT(256), "styleName" TEXT(30), '
    '"styleQML" TEXT, "styleSLD" TEXT, "useAsDefault" BOOLEAN, "description" TEXT, "owner" TEXT(30), '
    "\"ui\" TEXT(30), \"update_time\" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))"
)
DESCRIPTION = "floodplan style"
#: Millimetres per typographic point (1 pt = 1/72 inch).
PT_TO_MM = 25.4 / 72
#: QGIS render units (QgsUnitTypes::encodeUnit, compared lower-case) -> points per unit. Pixels are taken at
#: 96 dpi, QGIS's reference screen; map units and percentages scale with the map: they do not map.
UNIT_TO_PT = {"mm": 1 / PT_TO_MM, "point": 1.0, "inch": 72.0, "pixel": 0.75}
#: The property holding the width, per symbol type (QGIS's SimpleLine, SimpleFill, SimpleMarker).
WIDTH_KEY = {"line": "line_width", "fill": "outline_width", "marker": "outline_width"}
#: matplotlib marker -> QGIS simple marker shape.
MARKERS = {
    "^": "triangle",
    "P": "cross_fill",
    "s": "square",
    "o": "circle",
    "h": "hexagon",
    "p": "pentagon",
    "X": "cross2",
    "D": "diamond",
    "v": "triangle",
}


# ---------------------------------------------------------------- colours
def qgis_color(color, alpha: float | None = None) -> str:
    """A matplotlib colour as QGIS's 'r,g,b,a' (0–255)."""
    r, g, b, a = to_rgba(color)
    if alpha is not None:
        a = alpha
    return ",".join(str(int(round(v * 255))) for v in (r, g, b, a))


def hex_color(qgis: str) -> str | None:
    """QGIS's 'r,g,b,a' as '#rrggbb' (None when it cannot be read)."""
    try:
        parts = [int(float(v)) for v in str(qgis).split(",")[:3]]
    except ValueError:
        return None
    if len(parts) != 3 or not all(0 <= v <= 255 for v in parts):
        return None
    return "#{:02x}{:02x}{:02x}".format(*parts)


# ---------------------------------------------------------------- symbols
def _options(props: dict[str, str]) -> str:
    opts = "".join(
        f'<Option name={quoteattr(k)} value={quoteattr(str(v))} type="QString"/>' for k, v in props.items()
    )
    legacy = "".join(f"<prop k={quoteattr(k)} v={quoteattr(str(v))}/>" for k, v in props.items())
    return f'<Option type="Map">{opts}</Option>{legacy}'


def _symbol(name: str, geom: str, spec: dict) -> str:
    """One QGIS symbol of type fill/line/marker from a floodplan style spec (face, edge, lw, ls, marker)."""
    lw = f"{spec.get('lw', 0.8) * PT_TO_MM:.3f}"
    dashed = spec.get("ls") not in (None, "solid", "-")
    if geom == "fill":
        face = spec.get("face", "#d9d9d9")
        props = {
            "color": qgis_color(face if face != "none" else "#000000", spec.get("face_alpha")),
            "style": "no" if face == "none" else "solid",
            "outline_color": qgis_color(spec.get("edge", "#636363")),
            "outline_width": lw,
            "outline_width_unit": "MM",
            "outline_style": "dash" if dashed else "solid",
            "joinstyle": "round",
        }
        cls = "SimpleFill"
    elif geom == "line":
        props = {
            "line_color": qgis_color(spec.get("edge", "#636363")),
            "line_width": lw,
            "line_width_unit": "MM",
            "line_style": "dash" if dashed else "solid",
            "capstyle": "round",
            "joinstyle": "round",
        }
        cls = "SimpleLine"
    else:
        size = max(1.5, (float(spec.get("size", 15)) ** 0.5) * PT_TO_MM)
        props = {
            "color": qgis_color(spec.get("face", "#d9d9d9")),
            "name": MARKERS.get(spec.get("marker", "o"), "circle"),
            "outline_color": qgis_color(spec.get("edge", "#000000")),
            "outline_width": f"{spec.get('mlw', 0.2):.3f}",
            "outline_width_unit": "MM",
            "size": f"{size:.2f}",
            "size_unit": "MM",
        }
        cls = "SimpleMarker"
    return (
        f'<symbol type="{geom}" name={quoteattr(name)} alpha="1" clip_to_extent="1" force_rhr="0">'
        f'<layer class="{cls}" enabled="1" pass="0" locked="0">{_options(props)}</layer></symbol>'
    )


def _geom_kind(lyr: Layer) -> str:
    """'fill', 'line' or 'marker': the symbol type QGIS needs for the layer's geometry type."""
    types = lyr.data.geometry.geom_type.dropna()
    first = str(types.mode().iloc[0]) if len(types) else ""
    if "Polygon" in first:
        return "fill"
    if "Line" in first:
        return "line"
    if "Point" in first:
        return "marker"
    from floodplan.io.projectfile import _EMPTY_TYPES

    empty = _EMPTY_TYPES.get(lyr.role, "")
    return "fill" if "Polygon" in empty else "line" if "Line" in empty else "marker"


def _values(lyr: Layer, column: str, default: str) -> list[str]:
    if column not in lyr.data.columns:
        return []
    return list(dict.fromkeys(pd.Series(lyr.data[column]).dropna().astype(str)))


def _categories(lyr: Layer, geom: str):
    """(attribute or expression, [(value, label, spec)], fallback spec) of a categorised role, or None."""
    role = lyr.role
    base = S.ROLE_STYLE.get(role, S.ROLE_STYLE["other"])
    if role == "resources":
        kinds = list(dict.fromkeys([*S.RESOURCE_KINDS, *_values(lyr, "kind", "other")]))
        cats = []
        for k in kinds:
            c, m = S.resource_style(k)
            cats.append((k, k, {"face": c, "marker": m, "edge": "#000000", "size": base["size"]}))
        other = {"face": S.RESOURCE_OTHER[0], "marker": S.RESOURCE_OTHER[1], "edge": "#000000", "size": 60}
        return "kind", cats, other
    if role == "assets":
        kinds = list(dict.fromkeys([*S.ASSET_KIND_COLORS, *_values(lyr, "kind", "residential")]))
        spec = {"edge": base["edge"], "lw": base["lw"], "size": 16, "marker": "s"}
        cats = [(k, k, {**spec, "face": S.asset_color(k)}) for k in kinds]
        return "kind", cats, {**spec, "face": S.ASSET_OTHER_COLOR}
    if role == "defenses" and geom == "line":
        cats = [
            ("existing", "existing", S.DEFENSE_EXISTING),
            ("planned", "planned", S.DEFENSE_PLANNED),
        ]
        return "status", cats, S.DEFENSE_EXISTING
    if role == "roads" and geom == "line":
        cols = lyr.data.columns
        parts = []
        if "closed" in cols:
            parts.append("WHEN \"closed\" THEN 'closed'")
        if "speed_kmh" in cols:
            parts.append(f"WHEN \"speed_kmh\" >= {S.ROAD_FAST_KMH:g} THEN 'fast'")
        expr = f"CASE {' '.join(parts)} ELSE 'slow' END" if parts else "'slow'"
        cats = [
            ("fast", "fast", S.ROAD_FAST),
            ("slow", "slow", S.ROAD_SLOW),
            ("closed", "closed", S.ROAD_CLOSED),
        ]
        return expr, cats, S.ROAD_SLOW
    if role == "jurisdictions" and geom == "fill":
        countries = sorted(set(_values(lyr, "country", "")))
        spec = {"edge": base["edge"], "lw": base["lw"], "ls": (0, (6, 2)), "face_alpha": 0.35}
        cats = [
            (c, c, {**spec, "face": S.COUNTRY_TINTS[i % len(S.COUNTRY_TINTS)]})
            for i, c in enumerate(countries)
        ]
        return "country", cats, {**spec, "face": S.COUNTRY_TINTS[0]}
    return None


def layer_qml(lyr: Layer) -> str:
    """floodplan's style of a vector layer as a QML document (see the module docstring)."""
    geom = _geom_kind(lyr)
    custom = lyr.color

    def tint(spec):
        if custom:
            spec = {**spec, ("edge" if geom == "line" else "face"): custom}
        if lyr.width is not None:
            spec = {**spec, **({"mlw": lyr.width * PT_TO_MM} if geom == "marker" else {"lw": lyr.width})}
        return spec

    cat = _categories(lyr, geom)
    if cat is None:
        base = dict(S.ROLE_STYLE.get(lyr.role, S.ROLE_STYLE["other"]))
        renderer = (
            '<renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0"><symbols>'
            f"{_symbol('0', geom, tint(base))}</symbols></renderer-v2>"
        )
    else:
        attr, cats, other = cat
        rows, syms = [], []
        for i, (value, label, spec) in enumerate(cats):
            rows.append(
                f'<category render="true" symbol="{i}" value={quoteattr(value)} label={quoteattr(label)}/>'
            )
            syms.append(_symbol(str(i), geom, tint(spec)))
        n = len(cats)
        rows.append(f'<category render="true" symbol="{n}" value="" label="other"/>')
        syms.append(_symbol(str(n), geom, tint(other)))
        renderer = (
            f'<renderer-v2 type="categorizedSymbol" attr={quoteattr(attr)} symbollevels="0" enableorderby="0" '
            f'forceraster="0"><categories>{"".join(rows)}</categories><symbols>{"".join(syms)}</symbols>'
            "</renderer-v2>"
        )
    return (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        f'<qgis version="3.22.0" styleCategories="Symbology|Rendering">{renderer}'
        f"<layerOpacity>{float(lyr.opacity):g}</layerOpacity>"
        f"<!-- {escape('written by floodplan from its map styles')} --></qgis>\n"
    )


# ---------------------------------------------------------------- reading QML
def _layer_props(layer_el: ET.Element) -> dict[str, str]:
    props = {}
    for p in layer_el.findall("prop"):
        props[p.get("k", "")] = p.get("v", "")
    opt = layer_el.find("Option")
    if opt is not None:
        for o in opt.findall("Option"):
            if o.get("name"):
                props[o.get("name")] = o.get("value", "")
    return props


_DOCTYPE = re.compile(r"^\s*<!DOCTYPE[^>]*>\s*")


def parse_qml(text: str) -> dict:
    """What of a QML document maps onto floodplan's styles.

    Returns
    -------
    dict with ``opacity`` (float or None), ``colors`` (the '#rrggbb' main colour of each symbol),
    ``widths`` (the line width of each symbol's first symbol layer, in points; None where
    its unit scales with the map or the symbol layer is not one of QGIS's simple line, fill or marker),
    ``all_hidden`` (every category switched off, or every symbol layer disabled) and ``renderer`` (QGIS's
    renderer type).

    Raises ValueError when the text is not XML.
    """
    root = ET.fromstring(_DOCTYPE.sub("", text, count=1))
    out = {"opacity": None, "colors": [], "widths": [], "all_hidden": False, "renderer": None}
    op = root.find("layerOpacity")
    if op is not None and op.text:
        try:
            out["opacity"] = min(1.0, max(0.0, float(op.text)))
        except ValueError:
            pass
    rend = root.find("renderer-v2")
    if rend is None:
        return out
    out["renderer"] = rend.get("type")
    cats = rend.find("categories")
    if cats is not None and len(cats):
        out["all_hidden"] = all(c.get("render", "true") == "false" for c in cats)
    syms = rend.find("symbols")
    symbol_layers = []
    for sym in syms if syms is not None else []:
        layer_el = sym.find("layer")
        if layer_el is None:
            continue
        symbol_layers.extend(sym.findall("layer"))
        props = _layer_props(layer_el)
        c = props.get("line_color") if sym.get("type") == "line" else props.get("color")
        if c and hex_color(c):
            out["colors"].append(hex_color(c))
        out["widths"].append(_width_pt(sym.get("type", ""), layer_el.get("class", ""), props))
    if symbol_layers and all(el.get("enabled", "1") == "0" for el in symbol_layers):
        out["all_hidden"] = True
    return out


def _width_pt(geom: str, cls: str, props: dict[str, str]) -> float | None:
    """A simple symbol layer's line width in points, or None (module docstring)."""
    if cls not in ("SimpleLine", "SimpleFill", "SimpleMarker") or geom not in WIDTH_KEY:
        return None
    key = WIDTH_KEY[geom]
    try:
        value = float(props.get(key, ""))
    except ValueError:
        return None
    # QGIS reads a missing or unknown unit as millimetres (QgsUnitTypes::decodeRenderUnit).
    unit = (props.get(f"{key}_unit") or "MM").strip().lower()
    if unit in ("mapunit", "rendermetersinmapunits", "percentage") or not 0 <= value <= 1e4:
        return None
    per = UNIT_TO_PT.get(unit, UNIT_TO_PT["mm"])
    return value * per


def _apply(lyr: Layer, text: str) -> None:
    """Show a foreign QML in floodplan where it maps (module docstring)."""
    try:
        got = parse_qml(text)
        own = parse_qml(layer_qml(Layer(lyr.name, lyr.role, lyr.data)))
    except Exception:  # noqa: BLE001 - a style QGIS or a user wrote is never worth refusing the project for
        return
    if got["opacity"] is not None:
        lyr.opacity = got["opacity"]
    colors = set(got["colors"])
    if len(colors) == 1 and colors != set(own["colors"]):
        lyr.color = colors.pop()
    # Compared at 0.01 pt: the three decimals of millimetres QGIS writes do not make a different width.
    widths = {None if w is None else round(w, 2) for w in got["widths"]}
    theirs = {None if w is None else round(w, 2) for w in own["widths"]}
    if len(widths) == 1 and None not in widths and widths != theirs and 0 < got["widths"][0] <= 50:
        lyr.width = float(got["widths"][0])
    if got["all_hidden"]:
        lyr.visible = False


def patch_qml(text: str, style: dict) -> str:
    """A foreign QML with floodplan's opacity and (when set) colour and width written in, and shown again when
    floodplan shows the layer but the QML hides it (every category off or every symbol layer disabled);
    everything else kept. Widths are written in millimetres (QGIS's default unit)."""
    m = _DOCTYPE.match(text)
    doctype = m.group(0) if m else ""
    try:
        root = ET.fromstring(text[len(doctype) :])
    except (ValueError, ET.ParseError):
        return text
    op = root.find("layerOpacity")
    if op is None:
        op = ET.SubElement(root, "layerOpacity")
    op.text = f"{float(style.get('opacity', 1.0)):g}"
    if style.get("color"):
        c = qgis_color(style["color"])
        for sym in root.iter("symbol"):
            key = "line_color" if sym.get("type") == "line" else "color"
            for layer_el in sym.findall("layer"):
                for p in layer_el.iter("prop"):
                    if p.get("k") == key:
                        p.set("v", c)
                for o in layer_el.iter("Option"):
                    if o.get("name") == key:
                        o.set("value", c)
    if style.get("width") is not None:
        values = {"": f"{float(style['width']) * PT_TO_MM:.4f}", "_unit": "MM"}
        for sym in root.iter("symbol"):
            key = WIDTH_KEY.get(sym.get("type", ""))
            for layer_el in sym.findall("layer") if key else []:
                for suffix, value in values.items():
                    for p in layer_el.iter("prop"):
                        if p.get("k") == key + suffix:
                            p.set("v", value)
                    for o in layer_el.iter("Option"):
                        if o.get("name") == key + suffix:
                            o.set("value", value)
    if style.get("visible", True) and parse_qml(ET.tostring(root, encoding="unicode"))["all_hidden"]:
        # Shown in floodplan: QGIS shows it too (the categories and symbol layers come back on).
        for c in root.iter("category"):
            c.set("render", "true")
        for sym in root.iter("symbol"):
            for el in sym.findall("layer"):
                el.set("enabled", "1")
    return doctype + ET.tostring(root, encoding="unicode")


# ---------------------------------------------------------------- the table
def read_styles(project: Project) -> None:
    """Take each vector layer's default style from ``project.kept_tables['layer_styles']`` (read from the
    file): floodplan's own is dropped (written anew on save); any other is kept on the layer and applied
    where it maps onto floodplan's styles."""
    kept = project.kept_tables.get(TABLE)
    if not kept:
        return
    _sql, columns, rows = kept
    col = {c.lower(): i for i, c in enumerate(columns)}
    if not {"f_table_name", "styleqml", "useasdefault"} <= set(col):
        return
    defaults = {}
    for r in rows:
        if r[col["useasdefault"]] in (1, True, "1", "true") and isinstance(r[col["styleqml"]], str):
            defaults.setdefault(r[col["f_table_name"]], r[col["styleqml"]])
    for lyr in project.layers:
        text = defaults.get(lyr.name)
        if lyr.is_raster or text is None:
            continue
        try:
            if text == layer_qml(lyr):
                continue  # floodplan's own, unchanged
        except Exception:  # noqa: BLE001 - data floodplan cannot style: keep the QML as it is
            pass
        _apply(lyr, text)
        lyr.qml = text
        lyr.qml_style = lyr.style()


def write_styles(cur: sqlite3.Cursor, project: Project) -> None:
    """Write ``layer_styles``: floodplan's default style of each vector layer (or its kept QML), then the
    kept rows of other styles. The table is registered in gpkg_contents as QGIS does."""
    kept = project.kept_tables.get(TABLE)
    create_sql, columns, rows = kept if kept else (CREATE_SQL, [], [])
    cur.execute(create_sql)
    have = [r[1] for r in cur.execute(f'PRAGMA table_info("{TABLE}")').fetchall()]
    low = {c.lower(): c for c in have}
    vectors = {lyr.name: lyr for lyr in project.layers if not lyr.is_raster}
    geom_cols = dict(cur.execute("SELECT table_name, column_name FROM gpkg_geometry_columns").fetchall())
    # The default rows as read: a kept (foreign) style keeps every column of its row, not only its QML.
    original = {}
    if columns:
        ci = {c.lower(): i for i, c in enumerate(columns)}
        for r in rows:
            if (
                "f_table_name" in ci
                and "useasdefault" in ci
                and r[ci["useasdefault"]] in (1, True, "1", "true")
            ):
                original.setdefault(
                    r[ci["f_table_name"]], {c: v for c, v in zip(columns, r) if c.lower() != "id"}
                )
    out = []
    for lyr in vectors.values():
        if lyr.qml is not None:
            text = lyr.qml if lyr.style() == lyr.qml_style else patch_qml(lyr.qml, lyr.style())
            if lyr.name in original:
                row = dict(original[lyr.name])
                row[next(c for c in row if c.lower() == "styleqml")] = text
                out.append(row)
                continue
        else:
            text = layer_qml(lyr)
        out.append(
            {
                "f_table_catalog": "",
                "f_table_schema": "",
                "f_table_name": lyr.name,
                "f_geometry_column": geom_cols.get(lyr.name, "geom"),
                "styleName": lyr.name,
                "styleQML": text,
                "styleSLD": "",
                "useAsDefault": 1,
                "description": DESCRIPTION,
                "owner": "",
            }
        )
    if columns:
        ci = {c.lower(): i for i, c in enumerate(columns)}
        for r in rows:
            name = r[ci["f_table_name"]] if "f_table_name" in ci else None
            default = "useasdefault" in ci and r[ci["useasdefault"]] in (1, True, "1", "true")
            if name in vectors and default:
                continue  # replaced by the layer's style above
            if name not in vectors:
                continue  # the table is no longer in the project
            out.append({c: v for c, v in zip(columns, r) if c.lower() != "id"})
    for row in out:
        keys = [low[k.lower()] for k in row if k.lower() in low]
        vals = [row[k] for k in row if k.lower() in low]
        names = ",".join('"' + k.replace('"', '""') + '"' for k in keys)
        cur.execute(f'INSERT INTO "{TABLE}" ({names}) VALUES ({",".join("?" * len(vals))})', vals)
    registered = cur.execute("SELECT 1 FROM gpkg_contents WHERE table_name=?", (TABLE,)).fetchone()
    if not registered:
        cur.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
            "VALUES (?, 'attributes', ?, '', strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
            (TABLE, TABLE),
        )
