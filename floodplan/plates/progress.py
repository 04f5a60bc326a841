"""The public progress report between two plan versions (docs/command-line.md, ``floodplan progress``).

Writes into a folder: ``index.html`` (one self-contained page: styles inline, images as ``data:`` URIs,
no script, font or link outside it, so it reads offline and can be published as it is), ``progress.pdf``
(the same blocks on A4 pages), ``indicators.csv`` and ``progress.json`` (the figures) and ``plan.gpkg``
(the plan's layers after, and the changed features, as open data).

The page shows the chosen languages side by side (headings joined, paragraphs in columns, as the scenario
report), the plan before and after drawn by the plates' renderer (:func:`floodplan.render.mapview.draw_map`)
with the changes marked, a chart per jurisdiction, the table of indicators with their change, and the
list of plan changes. The HTML and PDF layouts are those of :mod:`floodplan.plates.report`.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from floodplan.model.project import Layer, Project
from floodplan.model.versions import PLAN_ROLES, Plan
from floodplan.plates.i18n import Translator
from floodplan.plates.report import _Doc, _html, _pdf, _plain_gdf
from floodplan.progress import Feedback, step
from floodplan.render.mapview import draw_map, project_extent
from floodplan.sim.indicators import CURRENT, indicator_rows

#: Colours of the change marks (colour-blind safe: blue/orange/vermillion from Okabe & Ito 2008).
CHANGE_COLORS = {"added": "#0072B2", "moved": "#E69F00", "changed": "#009E73", "removed": "#D55E00"}
#: Indicator -> i18n key of its name.
INDICATOR_KEYS = {
    "covered_population": "table.covered_population",
    "gap_population": "table.gap_population",
    "cooperation_gain_population": "table.cooperation_gain",
    "ead_eur": "progress.ead_eur",
    "eap_population": "progress.eap_population",
}
FILES = ("index.html", "progress.pdf", "indicators.csv", "progress.json", "plan.gpkg")


def plan_view(project: Project, plan: Plan) -> Project:
    """A copy of the project for drawing with ``plan``'s layers in place of its plan layers (the valley's
    layers are shared, not copied; nothing is put on the project's command stack)."""
    view = Project(project.crs, project.path)
    view.settings = project.settings
    frames = plan.frames(project.crs)
    placed = set()
    for lyr in project.layers:
        if lyr.role in PLAN_ROLES and not lyr.is_raster:
            if lyr.name in frames:
                role, gdf = frames[lyr.name]
                view._layers.append(
                    Layer(lyr.name, role, gdf, visible=lyr.visible, color=lyr.color, width=lyr.width)
                )
                placed.add(lyr.name)
            continue
        view._layers.append(lyr)
    for name, (role, gdf) in frames.items():
        if name not in placed:
            view._layers.append(Layer(name, role, gdf))
    view.scenarios = {}
    return view


def _png(fig: Figure, dpi: int = 130) -> bytes:
    buf = io.BytesIO()
    FigureCanvasAgg(fig)
    # No software tag: the page must not carry any outside address, not even inside an image.
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    return buf.getvalue()


def _maps_figure(project: Project, data: dict, T: Translator) -> Figure:
    old, new, geoms = data["_plans"]
    e = project_extent(project)
    aspect = (e[3] - e[1]) / max(e[2] - e[0], 1e-9)
    w = 17.0 / 2.54
    fig = Figure(figsize=(w, min(max(w / 2 * aspect + 0.5, 2.0), 9.0)), layout="constrained")
    axes = fig.subplots(1, 2)
    for ax, plan, key, which in (
        (axes[0], old, "progress.from", ("removed",)),
        (axes[1], new, "progress.to", ("added", "moved", "changed")),
    ):
        draw_map(ax, plan_view(project, plan), None, translate=T, label_size=5, symbol_scale=0.6)
        ax.set_xticks([])
        ax.set_yticks([])
        name = data["from" if key == "progress.from" else "to"]["name"]
        ax.set_title(f"{T(key)}: {T('progress.current') if name == CURRENT else name}", fontsize=7)
        for change in which:
            part = geoms[geoms["change"] == change] if len(geoms) else geoms
            if not len(part):
                continue
            color = CHANGE_COLORS[change]
            for g in part.geometry:
                if g is None or g.is_empty:
                    continue
                if g.geom_type in ("LineString", "MultiLineString"):
                    for line in getattr(g, "geoms", [g]):
                        x, y = line.xy
                        ax.plot(x, y, color=color, lw=3, alpha=0.6, zorder=90, solid_capstyle="round")
            pts = part.geometry.representative_point()
            ax.scatter(pts.x, pts.y, s=90, facecolors="none", edgecolors=color, linewidths=1.6, zorder=91)
    from matplotlib.lines import Line2D

    handles = [
        Line2D([], [], marker="o", ls="", mfc="none", mec=c, mew=1.6, ms=8) for c in CHANGE_COLORS.values()
    ]
    fig.legend(
        handles,
        [T(f"progress.change.{k}") for k in CHANGE_COLORS],
        loc="outside lower center",
        ncol=4,
        fontsize=6,
        frameon=False,
    )
    return fig


def _charts_figure(data: dict, T: Translator) -> Figure | None:
    """One small chart per jurisdiction: covered population (national, joint) before and after, per
    scenario."""
    jur = data.get("jurisdictions") or {}
    if not jur:
        return None
    names = list(jur)
    scenarios = data.get("scenarios") or []
    ncols = 2 if len(names) > 1 else 1
    nrows = int(np.ceil(len(names) / ncols))
    fig = Figure(figsize=(17 / 2.54, 0.9 + nrows * (0.5 + 0.28 * len(scenarios))), layout="constrained")
    axes = np.atleast_1d(fig.subplots(nrows, ncols, squeeze=False)).ravel()
    bars = (
        ("national", "from", "#d9d9d9"),
        ("national", "to", "#737373"),
        ("joint", "from", "#a1d99b"),
        ("joint", "to", "#238b45"),
    )
    h = 0.8 / len(bars)
    for ax, name in zip(axes, names):
        y = np.arange(len(scenarios))
        for k, (mode, side, color) in enumerate(bars):
            vals = [
                ((jur[name].get(sc) or {}).get("covered_population") or {}).get(mode, {}).get(side)
                for sc in scenarios
            ]
            vals = [np.nan if v is None else float(v) for v in vals]
            ax.barh(y - 0.4 + h * (k + 0.5), vals, height=h, color=color, edgecolor="none")
            if side == "to":  # the change written beside the "after" bar, where there is one
                for yi, sc, v in zip(y, scenarios, vals):
                    c = (
                        ((jur[name].get(sc) or {}).get("covered_population") or {})
                        .get(mode, {})
                        .get("change")
                    )
                    if c:
                        ax.annotate(
                            _signed(c),
                            (0 if np.isnan(v) else v, yi - 0.4 + h * (k + 0.5)),
                            xytext=(2, 0),
                            textcoords="offset points",
                            va="center",
                            fontsize=5.5,
                            color="#08519c" if c > 0 else "#a50f15",
                        )
        ax.set_yticks(y, scenarios, fontsize=6)
        ax.invert_yaxis()
        ax.set_title(T(name), fontsize=7)
        ax.tick_params(axis="x", labelsize=6)
    for ax in axes[len(names) :]:
        ax.set_axis_off()
    from matplotlib.patches import Patch

    fig.legend(
        [Patch(color=c) for _, _, c in bars],
        [f"{T('mode.' + m)}, {T('progress.' + s)}" for m, s, _ in bars],
        loc="outside upper center",
        ncol=2,
        fontsize=6,
        frameon=False,
    )
    fig.supxlabel(T("table.covered_population"), fontsize=7)
    return fig


def _signed(v) -> str:
    if v is None or (isinstance(v, float) and not np.isfinite(v)):
        return "–"
    return "0" if v == 0 else f"{v:+,.0f}" if abs(v) >= 1 or float(v).is_integer() else f"{v:+,.2f}"


def indicator_title(indicator: str, mode: str, T: Translator) -> str:
    """'Covered population — National' in the chosen languages (the heading of one indicator's table)."""
    text = T(INDICATOR_KEYS.get(indicator, "=" + indicator))
    return text + (f" — {T('mode.' + mode)}" if mode else "")


def indicator_tables(data: dict, level: str, T: Translator) -> list[tuple[str, str, pd.DataFrame]]:
    """The comparison of one level ('jurisdictions' or 'countries') as one display table per indicator
    (and mode): [(indicator, mode, table of name, scenario, before, after, change)]. One table per
    indicator keeps the long names in headings, so that no cell of the PDF has to be shortened."""
    groups: dict[tuple[str, str], list] = {}
    for r in indicator_rows({level: data.get(level) or {}}):
        groups.setdefault((r["indicator"], r["mode"]), []).append(
            {
                T("table.jurisdiction" if level == "jurisdictions" else "table.country"): T(r["name"]),
                T("progress.scenario"): r["scenario"],
                T("progress.from"): r["from"],
                T("progress.to"): r["to"],
                T("progress.change"): _signed(r["change"]),
            }
        )
    return [(ind, mode, pd.DataFrame(rows)) for (ind, mode), rows in groups.items()]


def change_texts(data: dict, T: Translator) -> list[str]:
    """One line per changed feature and scenario, in the chosen languages."""
    out = []
    for f in data["changes"]["features"]:
        what = T(f"resource.{f['kind']}") if f.get("kind") else T(f"role.{f['role']}")
        label = f" '{f['name']}'" if f.get("name") else ""
        extra = f", {f['moved_m']:,.0f} m" if f.get("moved_m") else ""
        if f.get("attributes"):
            extra += ", " + "; ".join(f"{k}: {a} → {b}" for k, (a, b) in f["attributes"].items())
        out.append(
            f"{T('progress.change.' + f['change'])}: {what}{label} ({f['layer']}, id {f['id']}){extra}"
        )
    for change, names in data["changes"]["scenarios"].items():
        for n in names:
            out.append(f"{T('progress.change.' + change)}: {T('progress.scenario')} {n}")
    return out


def build_doc(project: Project, data: dict, languages, feedback: Feedback | None = None) -> _Doc:
    """The report's blocks (headings, paragraphs, images, tables, lists) for HTML and PDF."""
    T = Translator(languages, project)
    doc = _Doc(T)
    doc.h("progress.title", 1)
    doc.p("progress.intro")
    doc.h("progress.versions")
    cur = T("progress.current")
    versions = pd.DataFrame(
        [
            {
                "": T(key),
                T("progress.version"): cur if data[side]["name"] == CURRENT else data[side]["name"],
                T("progress.date"): data[side]["date"],
                T("progress.note"): data[side].get("note") or "",
            }
            for side, key in (("from", "progress.from"), ("to", "progress.to"))
        ]
    )
    doc.table(versions)
    step(feedback, 0.2, "maps")
    doc.h("progress.maps")
    doc.blocks.append(("img", _png(_maps_figure(project, data, T)), 170.0))
    doc.h("progress.changes")
    doc.items(change_texts(data, T))
    step(feedback, 0.5, "charts")
    fig = _charts_figure(data, T)
    if fig is not None:
        doc.h("progress.charts")
        doc.blocks.append(("img", _png(fig), 170.0))
    doc.h("progress.indicators")
    doc.p("progress.method")
    for level, key in (("countries", "progress.per_country"), ("jurisdictions", "progress.per_jurisdiction")):
        doc.h(key, 3)
        for ind, mode, table in indicator_tables(data, level, T):
            doc.blocks.append(("h", 4, indicator_title(ind, mode, T)))
            doc.table(table)
    if data.get("warnings"):
        doc.h("report.notes")
        doc.items(list(data["warnings"]))
    doc.h("progress.open_data")
    doc.items(list(FILES[1:]))
    return doc


def public_json(data: dict) -> dict[str, Any]:
    """The JSON object of the report (the private ``_plans`` left out)."""
    return {k: v for k, v in data.items() if not k.startswith("_")}


def write_progress(
    project: Project, data: dict, out: Path, languages=("en",), feedback: Feedback | None = None
) -> dict[str, Path]:
    """Write the report of :func:`floodplan.sim.indicators.progress_between`'s ``data`` into the folder
    ``out`` (created beforehand). Returns {file name: path}. Each file is written beside and renamed
    over, so a failure never leaves half a file."""
    from floodplan.sim.results import to_json

    T = Translator(languages, project)
    paths = {name: out / name for name in FILES}
    doc = build_doc(project, data, T.languages, feedback)
    step(feedback, 0.7, "page")
    page = _html(doc, T("progress.title"), T.languages[0])
    # names and scenarios read left-aligned, numbers right-aligned
    page = page.replace("</style>", "td:nth-child(2){text-align:left}</style>", 1)
    _atomic_text(paths["index.html"], page)
    step(feedback, 0.75, "PDF")
    _atomic(paths["progress.pdf"], lambda p: _pdf(doc, p))
    step(feedback, 0.9, "open data")
    rows = pd.DataFrame(
        indicator_rows(data),
        columns=["level", "name", "scenario", "indicator", "mode", "from", "to", "change"],
    )
    _atomic(paths["indicators.csv"], lambda p: rows.to_csv(p, index=False, lineterminator="\n"))
    _atomic_text(paths["progress.json"], to_json(public_json(data)) + "\n")
    _atomic(paths["plan.gpkg"], lambda p: _write_plan_gpkg(project, data, p))
    step(feedback, 1.0, "done")
    return paths


def _write_plan_gpkg(project: Project, data: dict, path: Path) -> None:
    _old, new, geoms = data["_plans"]
    for name, (_role, gdf) in new.frames(project.crs).items():
        _plain_gdf(gdf).to_file(path, layer=name, driver="GPKG", engine="pyogrio")
    if len(geoms):
        _plain_gdf(geoms).to_file(path, layer="changes", driver="GPKG", engine="pyogrio")


def _atomic(path: Path, write) -> None:
    import os

    tmp = path.with_name(f".{path.name}.writing-{os.getpid()}{path.suffix}")
    if tmp.exists():
        tmp.unlink()
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _atomic_text(path: Path, text: str) -> None:
    _atomic(path, lambda p: p.write_text(text, encoding="utf-8"))
