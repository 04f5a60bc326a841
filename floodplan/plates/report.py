"""The scenario report: a self-contained HTML file (images embedded) or a PDF, with the underlying tables
written beside it as CSV and GeoPackage so that anyone can check the figures (open data).

Contents: the scenario, a map, inundation figures, per-jurisdiction and per-country tables, exposure by
depth class, coverage and gaps in both response modes with the cooperation gain, each defense's benefit,
harm and cost share, the uncovered critical facilities, data sources, methods and limits. Headings and
column names are in every chosen language side by side; method texts are given in each language.
"""

from __future__ import annotations

import base64
import html
import io
import math
import textwrap
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from floodplan.core.styles import depth_colors
from floodplan.errors import InputError
from floodplan.plates.i18n import Translator
from floodplan.plates.layout import _sources
from floodplan.plates.tables import (
    country_summary,
    defense_table,
    depth_class_table,
    jurisdiction_table,
    kind_table,
    uncovered_critical,
)
from floodplan.progress import Feedback, step
from floodplan.render.mapview import draw_map, project_extent
from floodplan.render.resultview import access_view

#: Display column -> i18n key of its header.
HEADERS = {
    "jurisdiction": "table.jurisdiction",
    "country": "table.country",
    "population": "table.population",
    "flooded_population": "table.flooded_population",
    "flooded_area_km2": "table.flooded_area_km2",
    "volume_m3": "table.volume_m3",
    "covered_population": "table.covered_population",
    "covered_population_national": "table.covered_population",
    "covered_population_joint": "table.covered_population",
    "gap_population": "table.gap_population",
    "gap_population_national": "table.gap_population",
    "gap_population_joint": "table.gap_population",
    "cooperation_gain": "table.cooperation_gain",
    "boat_only_population": "table.boat_only_population",
    "defense": "table.defense",
    "benefit_population": "table.benefit",
    "harm_population": "table.harm",
    "cost_share": "table.cost_share",
    "cost": "table.cost",
    "cost_share_amount": "table.cost_share",
    "kind": "table.kind",
    "name": "table.name",
    "depth_m": "table.depth_m",
    "minutes": "table.minutes",
    "mode": "param.mode",
    "parameter": "table.parameter",
    "value": "table.value",
    "depth_class": "table.depth_class",
}
#: Suffix shown after a header for columns that differ by mode or unit.
HEADER_SUFFIX = {
    "covered_population_national": "mode.national",
    "covered_population_joint": "mode.joint",
    "gap_population_national": "mode.national",
    "gap_population_joint": "mode.joint",
    "cost_share_amount": "table.cost",
}


def _fmt(v) -> str:
    if v is None or (isinstance(v, float) and not np.isfinite(v)):
        return "–"
    if isinstance(v, bool | np.bool_):
        return "✓" if v else "✗"
    if isinstance(v, int | np.integer):
        return f"{int(v):,}"
    if isinstance(v, float | np.floating):
        if abs(v) >= 100 or float(v).is_integer():
            return f"{v:,.0f}"
        return f"{v:,.2f}"
    return str(v)


class _Doc:
    """Blocks of the report, rendered to HTML or PDF: ('h', level, text), ('p', [texts per language]),
    ('table', DataFrame with display headers), ('img', png bytes, width_mm), ('list', [texts])."""

    def __init__(self, T: Translator):
        self.T = T
        self.blocks: list[tuple] = []

    def h(self, key: str, level: int = 2, extra: str = ""):
        self.blocks.append(("h", level, self.T(key) + extra))

    def p(self, key: str):
        self.blocks.append(("p", list(dict.fromkeys(self.T.each(key)))))

    def text(self, s: str):
        self.blocks.append(("p", [s]))

    def table(self, df: pd.DataFrame, columns: list[str] | None = None):
        if df is None or len(df) == 0:
            self.blocks.append(("p", [self.T("report.none")]))
            return
        cols = columns or list(df.columns)
        out = pd.DataFrame({self._header(c): df[c].map(_fmt) if c in df.columns else "–" for c in cols})
        self.blocks.append(("table", out))

    def _header(self, col: str) -> str:
        key = HEADERS.get(col)
        text = self.T(key) if key else col
        if col in HEADER_SUFFIX:
            text += f" ({self.T(HEADER_SUFFIX[col])})"
        return text

    def img(self, fig: Figure, width_mm: float = 170.0, dpi: int = 130):
        buf = io.BytesIO()
        FigureCanvasAgg(fig)
        fig.savefig(buf, format="png", dpi=dpi)
        self.blocks.append(("img", buf.getvalue(), width_mm))

    def items(self, texts: list[str]):
        self.blocks.append(("list", texts if texts else [self.T("report.none")]))


# ------------------------------------------------------------------------------------------------ figures
def _kind_display(kt: pd.DataFrame, T: Translator) -> pd.DataFrame:
    """The per-kind table for reading: a row per kind, the covered population per country and mode in
    columns (national next to joint, so the gain reads across); the long table goes to the CSV."""
    out = pd.DataFrame({"kind": [T(f"resource.{k}") for k in dict.fromkeys(kt["kind"])]})
    for c in dict.fromkeys(kt["country"]):
        for m in ("national", "joint"):
            v = kt[kt["country"] == c].set_index("kind")[f"covered_population_{m}"]
            out[f"{T(c)}: {T('mode.' + m)}"] = v.reindex(list(dict.fromkeys(kt["kind"]))).to_numpy()
    return out


def _map_figure(project, result, T: Translator) -> Figure:
    e = project_extent(project)
    aspect = (e[3] - e[1]) / max(e[2] - e[0], 1e-9)
    w = 17.0 / 2.54
    fig = Figure(figsize=(w, min(max(w * aspect, 2.5), 9.0)), layout="constrained")
    ax = fig.add_subplot()
    arts = draw_map(ax, project, result, mode="joint", translate=T, label_size=7, mark_boat_only=True)
    ax.set_xticks([])
    ax.set_yticks([])
    from matplotlib.patches import Patch

    entries = [(k, h if h is not None else Patch(alpha=0)) for k, h in arts.legend_entries()]
    if entries:
        # The legend goes below the map: the figure grows by its rows (6 pt, ~0.13 in a row) so the map
        # keeps its size.
        fig.set_size_inches(w, fig.get_size_inches()[1] + 0.13 * math.ceil(len(entries) / 2) + 0.2)
        fig.legend(
            [h for _, h in entries],
            # Two columns of at most ~55 characters (6 pt on 17 cm): longer labels stack their languages.
            [T(k) if len(T(k)) <= 55 else T(k, sep="\n") for k, _ in entries],
            loc="outside lower center",
            ncol=2,
            fontsize=6,
            frameon=False,
        )
    return fig


def _depth_chart(classes_df: pd.DataFrame, T: Translator) -> Figure | None:
    j = classes_df[classes_df["level"] == "jurisdiction"]
    if len(j) == 0:
        return None
    pv = j.pivot_table(
        index="name", columns="depth_class", values="population", aggfunc="sum", sort=False
    ).fillna(0)
    fig = Figure(figsize=(17 / 2.54, 2.2 + 0.35 * len(pv)), layout="constrained")
    ax = fig.add_subplot()
    left = np.zeros(len(pv))
    for col, color in zip(pv.columns, depth_colors(len(pv.columns))):
        ax.barh(
            pv.index,
            pv[col].to_numpy(),
            left=left,
            color=color,
            edgecolor="#636363",
            lw=0.4,
            label=f"{col} m",
        )
        left += pv[col].to_numpy()
    ax.invert_yaxis()
    ax.set_xlabel(T("table.flooded_population"))
    ax.legend(title=T("legend.flood_depth"), fontsize=7, title_fontsize=7, loc="lower right")
    return fig


def _coverage_chart(countries: pd.DataFrame, T: Translator) -> Figure | None:
    if (
        len(countries) == 0
        or countries[["covered_population", "covered_population_national"]].isna().all().all()
    ):
        return None
    fig = Figure(figsize=(17 / 2.54, 2.2 + 0.5 * len(countries)), layout="constrained")
    ax = fig.add_subplot()
    y = np.arange(len(countries))
    ax.barh(
        y - 0.2,
        countries["covered_population_national"].fillna(0),
        height=0.4,
        color="#bdbdbd",
        label=T("mode.national"),
    )
    ax.barh(
        y + 0.2, countries["covered_population"].fillna(0), height=0.4, color="#31a354", label=T("mode.joint")
    )
    ax.set_yticks(y, [T(c) for c in countries["country"]])
    ax.invert_yaxis()
    ax.set_xlabel(T("table.covered_population"))
    ax.legend(fontsize=7, loc="lower right")
    return fig


# ------------------------------------------------------------------------------------------------ output
_CSS = """body{font-family:DejaVu Sans,Arial,sans-serif;max-width:60em;margin:2em auto;color:#1a1a1a;line-height:1.4}
h1{border-bottom:2px solid #1a1a1a}h2{margin-top:1.6em;border-bottom:1px solid #bbb}
table{border-collapse:collapse;margin:.6em 0;font-size:.9em}th,td{border:1px solid #ccc;padding:.25em .5em}
th{background:#f0f0f0;text-align:left}td{text-align:right}td:first-child{text-align:left}
.langs{display:flex;gap:1.5em}.langs p{flex:1;margin:.3em 0}img{max-width:100%}"""


def _html(doc: _Doc, title: str, lang: str) -> str:
    parts = [
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{_CSS}</style></head><body>"
    ]
    for b in doc.blocks:
        kind = b[0]
        if kind == "h":
            parts.append(f"<h{b[1]}>{html.escape(b[2])}</h{b[1]}>")
        elif kind == "p":
            ps = "".join(f"<p>{html.escape(t)}</p>" for t in b[1])
            parts.append(f'<div class="langs">{ps}</div>' if len(b[1]) > 1 else ps)
        elif kind == "table":
            parts.append(b[1].to_html(index=False, escape=True, border=0))
        elif kind == "img":
            data = base64.b64encode(b[1]).decode("ascii")
            parts.append(f'<p><img alt="" src="data:image/png;base64,{data}"></p>')
        elif kind == "list":
            parts.append("<ul>" + "".join(f"<li>{html.escape(t)}</li>" for t in b[1]) + "</ul>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _pdf(doc: _Doc, path: Path) -> int:
    """Lay the blocks on A4 portrait pages (matplotlib, text as TrueType so it can be searched and
    extracted). Returns the page count."""
    from matplotlib.backends.backend_pdf import PdfPages
    from PIL import Image

    W, H, M = 210.0, 297.0, 18.0
    pt = 25.4 / 72
    pages = 0
    with rc_context({"pdf.fonttype": 42}), PdfPages(path) as pdf:
        fig = None
        y = 0.0

        def new_page():
            nonlocal fig, y, pages
            if fig is not None:
                pdf.savefig(fig)
            fig = Figure(figsize=(W / 25.4, H / 25.4))
            FigureCanvasAgg(fig)
            y = H - M
            pages += 1

        def need(h):
            if fig is None or y - h < M:
                new_page()

        def put(text, size, weight="normal", x=M, **kw):
            nonlocal y
            chars = max(10, int((W - 2 * M - (x - M)) / (0.55 * size * pt)))
            wrapped = "\n".join(textwrap.fill(s, chars) for s in text.split("\n"))
            h = (wrapped.count("\n") + 1) * size * 1.3 * pt
            need(h)
            fig.text(x / W, y / H, wrapped, fontsize=size, fontweight=weight, va="top", **kw)
            y -= h + 1.5

        for i, b in enumerate(doc.blocks):
            kind = b[0]
            if kind == "h":
                size = {1: 16, 2: 12, 3: 10}.get(b[1], 10)
                if b[1] == 1 and fig is not None:
                    new_page()
                keep = size * pt * 4  # keep a heading with what follows, and with a whole figure
                nxt = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
                if nxt is not None and nxt[0] == "img":
                    iw, ih = Image.open(io.BytesIO(nxt[1])).size
                    keep += min(min(nxt[2], W - 2 * M) * ih / iw, H - 2 * M - keep)
                need(keep)
                y -= 2
                put(b[2], size, "bold")
            elif kind == "p":
                for t in b[1]:
                    put(t, 8.5)
            elif kind == "list":
                for t in b[1]:
                    put("• " + t, 8.5)
            elif kind == "img":
                arr = np.asarray(Image.open(io.BytesIO(b[1])))
                w = min(b[2], W - 2 * M)
                h = w * arr.shape[0] / arr.shape[1]
                if h > H - 2 * M:
                    h = H - 2 * M
                    w = h * arr.shape[1] / arr.shape[0]
                need(h)
                ax = fig.add_axes((M / W, (y - h) / H, w / W, h / H))
                ax.imshow(arr, interpolation="antialiased")
                ax.set_axis_off()
                y -= h + 3
            elif kind == "table":
                df = b[1]
                ncol = len(df.columns)
                size = 7.0 if ncol <= 6 else 6.0
                colw = (W - 2 * M) / ncol
                chars = max(6, int(colw / (0.62 * size * pt)))  # DejaVu Sans: ~0.6 em a glyph
                heads = [textwrap.fill(str(c), chars) for c in df.columns]
                hh = max(h.count("\n") + 1 for h in heads) * size * 1.3 * pt
                rh = size * 1.45 * pt

                def header(heads=heads, hh=hh, rh=rh, colw=colw, size=size):
                    nonlocal y
                    need(hh + rh)
                    for i, htxt in enumerate(heads):
                        fig.text((M + i * colw) / W, y / H, htxt, fontsize=size, fontweight="bold", va="top")
                    y -= hh + 0.8

                header()
                for row in df.itertuples(index=False):
                    if y - rh < M:
                        new_page()
                        header()
                    for i, v in enumerate(row):
                        fig.text(
                            (M + i * colw) / W,
                            y / H,
                            textwrap.shorten(str(v), chars + 2, placeholder="…"),
                            fontsize=size,
                            va="top",
                        )
                    y -= rh
                y -= 3
        if fig is not None:
            pdf.savefig(fig)
    return pages


def _plain_gdf(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """A copy GeoPackage can hold: object columns as text, the geometry column named 'geometry'."""
    g = gdf.copy()
    if "fid" in g.columns:  # GeoPackage keeps its own 'fid' primary key; keep ours under another name
        g = g.rename(columns={"fid": "source_fid"})
    for c in g.columns:
        if c == g.geometry.name:
            continue
        if g[c].dtype == object:
            g[c] = g[c].map(lambda v: None if v is None or (isinstance(v, float) and np.isnan(v)) else str(v))
    return g


def _risk_section(doc: _Doc, risk, T: Translator) -> None:
    """Flood risk in money and people (floodplan risk): per jurisdiction, the risk curve, per defense."""
    from floodplan.plates.risk_sheet import sheet_rows
    from floodplan.sim.risk_outputs import risk_curve_figure

    s = risk.summary
    doc.h("risk.title")
    doc.p("risk.method")
    jur = pd.DataFrame(
        [
            {
                T("table.jurisdiction"): name,
                T("table.country"): e.get("country", ""),
                T("risk.ead"): e["ead_eur"],
                T("risk.eap"): e["eap_population"],
                T("risk.without"): e.get("ead_without_defenses_eur"),
            }
            for name, e in s.get("jurisdictions", {}).items()
        ]
    )
    doc.table(jur)
    fig = risk_curve_figure(risk, Figure(figsize=(17 / 2.54, 8 / 2.54), layout="constrained"))
    doc.img(fig)
    heads = [
        T("table.defense"),
        T("table.cost"),
        T("table.jurisdiction"),
        T("risk.benefit"),
        T("risk.bcr"),
        T("risk.npv"),
        T("table.cost_share"),
        T("risk.share_eur"),
        T("risk.compensation"),
    ]
    rows = sheet_rows(s)
    doc.table(pd.DataFrame(rows, columns=heads) if rows else pd.DataFrame())
    doc.p("risk.sources")


def write_report(
    project,
    result,
    out_path,
    languages=("en",),
    *,
    title: str | None = None,
    feedback: Feedback | None = None,
    risk=None,
) -> dict:
    """Write the scenario report as HTML (self-contained) or PDF, with its tables as CSV and GeoPackage.

    Parameters
    ----------
    project : Project
    result : ScenarioResult of the scenario (:mod:`floodplan.sim.result`)
    out_path : report file, ending in .html or .pdf
    languages : language codes, side by side (``['en', 'de']`` or 'en,de')
    title : report title (default: "Flood scenario report: <scenario>")
    risk : floodplan.sim.risk.RiskResult, optional — adds the risk section (EAD and EAP per jurisdiction,
        the risk curve, and each defense's benefit, BCR, NPV, cost shares and compensation)

    Returns
    -------
    dict: ``path`` (report), ``format``, ``csv`` {table: path}, ``gpkg`` (path), ``gpkg_layers``,
    ``tables`` {table: DataFrame}, ``jurisdictions`` (names reported), ``pages`` (PDF only).
    """
    out = Path(out_path)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("html", "pdf"):
        raise InputError(f"{out}: a report is written as .html or .pdf; change the file name's ending.")
    if result is None:
        raise InputError("a report needs a scenario result; run the scenario first.")
    out.parent.mkdir(parents=True, exist_ok=True)
    T = Translator(languages, project)
    scenario = result.scenario
    sname = scenario.name or ""
    step(feedback, 0.05, "report tables")

    jt = jurisdiction_table(project, result)
    if len(jt):
        jt["flooded_area_km2"] = jt["flooded_area_m2"] / 1e6
    ct = country_summary(project, result)
    dc = depth_class_table(result)
    dt = defense_table(result)
    cr = uncovered_critical(result)
    inund = result.inundation.to_json()
    params = []
    if scenario is not None:
        for key, attr in (
            ("param.description", "description"),
            ("param.flood", "flood"),
            ("param.level_m", "level_m"),
            ("param.volume_m3", "volume_m3"),
            ("param.mode", "mode"),
            ("param.max_depth_m", "max_depth_m"),
            ("param.include_planned", "include_planned"),
            ("param.breaches", "breaches"),
            ("param.minutes", "minutes"),
        ):
            v = getattr(scenario, attr, None)
            if v is None or v == "" or v == []:
                continue
            if attr == "mode":
                v = T("mode." + str(v))
            elif isinstance(v, dict):
                v = ", ".join(f"{T('resource.' + k)} {m:g}" for k, m in v.items())
            elif isinstance(v, list):
                v = ", ".join(map(str, v))
            params.append({"parameter": T(key), "value": v})
    overall = [
        {"parameter": T(k), "value": inund.get(f)}
        for k, f in (
            ("param.level_m", "level_m"),
            ("table.flooded_area_km2", "flooded_area_m2"),
            ("table.volume_m3", "volume_m3"),
            ("table.depth_m", "max_depth_m"),
        )
        if inund.get(f) is not None
    ]
    for row in overall:
        if row["parameter"] == T("table.flooded_area_km2"):
            row["value"] = float(row["value"]) / 1e6

    doc = _Doc(T)
    doc.blocks.append(("h", 1, title or f"{T('report.title')}: {T(sname)}"))
    doc.text(f"{T('plate.date')}: {pd.Timestamp.today().date().isoformat()}")
    doc.h("report.scenario")
    doc.table(pd.DataFrame(params), ["parameter", "value"])
    step(feedback, 0.2, "report map")
    doc.h("report.map")
    doc.img(_map_figure(project, result, T))
    doc.h("report.inundation")
    doc.table(pd.DataFrame(overall), ["parameter", "value"])
    doc.h("report.per_jurisdiction")
    doc.table(
        jt,
        [
            "jurisdiction",
            "country",
            "population",
            "flooded_population",
            "flooded_area_km2",
            "covered_population_joint",
            "gap_population_joint",
        ],
    )
    doc.h("report.per_country")
    boats = ["boat_only_population"] if not ct["boat_only_population"].isna().all() else []
    doc.table(
        ct,
        ["country", "flooded_population", "covered_population", "gap_population", "cooperation_gain", *boats],
    )
    doc.h("report.exposure_by_class")
    if len(dc):
        pv = (
            dc[dc["level"] == "jurisdiction"]
            .pivot_table(index="name", columns="depth_class", values="population", aggfunc="sum", sort=False)
            .reset_index()
        )
        pv.columns = [("jurisdiction" if c == "name" else f"{c} m") for c in pv.columns]
        doc.table(pv)
    else:
        doc.table(dc)
    fig = _depth_chart(dc, T)
    if fig is not None:
        doc.img(fig)
    step(feedback, 0.4, "coverage")
    doc.h("report.coverage")
    doc.table(
        jt,
        [
            "jurisdiction",
            "country",
            "covered_population_national",
            "covered_population_joint",
            "gap_population_national",
            "gap_population_joint",
            "cooperation_gain",
        ],
    )
    fig = _coverage_chart(ct, T)
    if fig is not None:
        doc.img(fig)
    # Per kind of resource (issue 19): boats reach people in water that road vehicles cannot.
    kt = kind_table(project, result)
    if len(kt):
        doc.h("report.coverage_by_kind", 3)
        doc.p("report.coverage_by_kind_note")
        doc.table(_kind_display(kt, T))
    doc.h("report.defenses")
    doc.table(
        dt,
        [
            "defense",
            "jurisdiction",
            "benefit_population",
            "harm_population",
            "cost_share",
            "cost_share_amount",
        ],
    )
    if risk is not None:
        _risk_section(doc, risk, T)
    doc.h("report.critical_uncovered")
    doc.table(
        cr,
        [
            c
            for c in ("mode", "kind", "name", "jurisdiction", "country", "population", "depth_m", "minutes")
            if c in cr.columns
        ],
    )
    doc.h("report.sources")
    doc.items(_sources(project, result, T))
    doc.h("report.methods")
    for k in ("methods.inundation", "methods.exposure", "methods.access", "methods.appraisal"):
        doc.p(k)
    doc.h("report.limits")
    for k in ("limits.static", "limits.data", "limits.population"):
        doc.p(k)
    notes = list(result.notes)
    if notes:
        doc.h("report.notes", 3)
        doc.items([str(n) for n in notes])

    # ---- the open tables beside the report
    step(feedback, 0.6, "tables for checking")
    stem = out.with_suffix("")
    tables = {
        "jurisdictions": jt,
        "countries": ct,
        "kinds": kt,
        "depth_classes": dc,
        "defenses": dt,
        "critical_uncovered": cr,
        "scenario": pd.DataFrame(params),
    }
    csv = {}
    for name, df in tables.items():
        p = Path(f"{stem}_{name}.csv")
        df.to_csv(p, index=False, encoding="utf-8")
        csv[name] = p
    gpkg = Path(f"{stem}.gpkg")
    if gpkg.exists():
        gpkg.unlink()
    layers = []
    jur = project.combined("jurisdictions")
    if len(jur):
        g = jur[["name", "country", "geometry"]].merge(
            jt.drop(columns=["country"]), left_on="name", right_on="jurisdiction", how="left"
        )
        _plain_gdf(gpd.GeoDataFrame(g, geometry="geometry", crs=project.crs)).to_file(
            gpkg, layer="jurisdictions", driver="GPKG"
        )
        layers.append("jurisdictions")
    extra = {"extent": result.extent, "closed_roads": result.closed_roads}
    for mode in ("joint", "national"):
        view = access_view(result, mode)
        extra[f"assets_{mode}"] = view["assets"]
        extra[f"gaps_{mode}"] = view["gaps"]
    for name, g in extra.items():
        if isinstance(g, gpd.GeoDataFrame) and len(g):
            _plain_gdf(g).to_file(gpkg, layer=name, driver="GPKG")
            layers.append(name)
    doc.h("report.files")
    doc.items([p.name for p in csv.values()] + ([f"{gpkg.name} ({', '.join(layers)})"] if layers else []))

    step(feedback, 0.8, f"writing {out.name}")
    info = {
        "path": out,
        "format": fmt,
        "csv": csv,
        "gpkg": gpkg if layers else None,
        "gpkg_layers": layers,
        "tables": tables,
        "jurisdictions": jt["jurisdiction"].tolist() if len(jt) else [],
    }
    if fmt == "html":
        out.write_text(_html(doc, doc.blocks[0][2], T.languages[0]), encoding="utf-8")
    else:
        info["pages"] = _pdf(doc, out)
    step(feedback, 1.0, "report written")
    return info
