"""After-action report of a tabletop exercise: HTML (self-contained) and PDF, plus the timeline as CSV.

Contents: a summary page (the opening figures: injects and decisions, the largest flood, the critical
facilities reached, the people covered at the end, what the decisions changed); the timeline of injects,
decisions and what the engine noticed; the coverage timeline chart
per country and mode; maps at key times drawn by floodplan.render (depth, closed roads, resources, with
coordinate ticks and a legend); the first arrival of water at
critical facilities; what the cross-border decisions changed (covered population with and without them).

``write_after_action_report(result, project, out_dir, languages=("en",))`` writes ``report.html``,
``report.pdf`` and ``timeline.csv`` (and ``events.csv``, ``arrivals.csv``, ``decision_effect.csv``); with
several languages the first is the main one (``report.html``) and each other one gets
``report_<lang>.html`` / ``report_<lang>.pdf``. Matplotlib only (Agg backend), no Qt.
"""

from __future__ import annotations

import base64
import html
import io
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from floodplan.core.styles import MPL_RC
from floodplan.plates.i18n import LANGUAGES, Translator, tr
from floodplan.sim.tabletop import MODES, ExerciseResult, text_in


def _figure(figsize) -> Figure:
    """A Figure on its own Agg canvas: no pyplot, so no global backend switch (the app imports this
    module) and nothing left open between reports."""
    fig = Figure(figsize=figsize)
    FigureCanvasAgg(fig)
    return fig


def _l(key: str, lang: str) -> str:
    """The report's text ``aar.<key>`` in ``lang`` (resources/i18n/<lang>.json; English when missing)."""
    return tr(f"aar.{key}", [lang])


def _translator(lang: str, project) -> Translator:
    return Translator([lang] if lang in LANGUAGES else ["en"], project)


def _hmm(minute: float) -> str:
    if minute is None or not np.isfinite(minute):
        return ""
    m = int(round(float(minute)))
    return f"{m // 60}:{m % 60:02d}"


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    return base64.b64encode(buf.getvalue()).decode("ascii")


# ---------------------------------------------------------------------------------------------------
# Figures
def coverage_figure(result: ExerciseResult, lang: str = "en"):
    """The coverage timeline: one panel per country, a line per mode (covered people), event marks."""
    tl = result.timeline
    countries = result.countries
    fig = _figure((5.0 * max(len(countries), 1), 3.4))
    axes = fig.subplots(1, max(len(countries), 1), squeeze=False)
    hours = tl["minute"].to_numpy() / 60.0
    styles = {"national": ("tab:orange", "--"), "joint": ("tab:blue", "-")}
    for ax, c in zip(axes[0], countries, strict=False):
        for m in MODES:
            col = f"covered_{m}_{c}"
            if col in tl:
                color, ls = styles[m]
                ax.plot(hours, tl[col], ls, color=color, marker="o", ms=3, label=_l(m, lang))
        pop = tl.get(f"population_{c}")
        if pop is not None:
            ax.axhline(float(pop.iloc[0]), color="0.6", lw=0.8, ls=":")
        for _, ev in result.events.iterrows():
            if ev["source"] in ("inject", "decision"):
                ax.axvline(ev["minute"] / 60.0, color="tab:red" if ev["source"] == "inject" else "tab:green",
                           lw=0.7, alpha=0.6)  # fmt: skip
        ax.set_title(str(c))
        ax.set_xlabel(_l("hours", lang))
        ax.set_ylabel(f"{_l('covered', lang)} ({_l('people', lang)})")
        ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8, loc="lower left")
    fig.tight_layout()
    return fig


def _view_project(project, resources_final):
    """The project as the map at a key time shows it: the exercise's resources (moved, in or out of
    service) in place of the resources layers. Layers are shared, not copied; nothing is edited."""
    import dataclasses

    from floodplan.model.project import Project

    view = Project(crs=project.crs)
    view.settings = project.settings
    placed = False
    for lyr in project.layers:
        if lyr.role == "resources" and resources_final is not None and len(resources_final):
            if not placed:
                view._layers.append(dataclasses.replace(lyr, data=resources_final))
                placed = True
            continue
        view._layers.append(lyr)
    return view


def _coordinate_ticks(ax, lang: str) -> None:
    """Tick values in metres of the working CRS (thin-space thousands), axis titles in ``lang``."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    fmt = FuncFormatter(lambda v, _pos: f"{v:,.0f}".replace(",", "\u2009"))
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_locator(MaxNLocator(5))
        axis.set_major_formatter(fmt)
    ax.tick_params(labelsize=7, length=3)
    for t in ax.get_yticklabels():
        t.set_rotation(90)
        t.set_verticalalignment("center")
    ax.set_xlabel(_l("easting", lang), fontsize=8)
    ax.set_ylabel(_l("northing", lang), fontsize=8)


def map_figure(result: ExerciseResult, project, minute: float, lang: str = "en"):
    """A map at one key time, drawn by :func:`floodplan.render.draw_map` (the plates' and the app's
    drawing): the project with that time's depth, closed roads and the exercise's resources (out of
    service crossed out), coordinate ticks and a legend in ``lang``."""
    from types import SimpleNamespace

    import shapely
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    from floodplan.core.styles import EXERCISE_OUT
    from floodplan.render import draw_map
    from floodplan.render.artists import draw_exercise_marks

    depth = result.snapshots[minute]
    closed = result.closed_roads.get(minute)
    T = _translator(lang, project)
    shown = SimpleNamespace(
        depth=depth, closed_roads=closed, scenario=project.scenarios.get(str(result.scenario))
    )
    fig = _figure((11.0, 6.4))
    ax = fig.add_axes((0.08, 0.1, 0.6, 0.8))
    with rc_context(MPL_RC):
        arts = draw_map(
            ax, _view_project(project, result.resources_final), shown, show_gaps=False, translate=T,
            label_size=7.0,
        )  # fmt: skip
    res = result.resources_final
    if res is not None and len(res) and "in_service" in res.columns:
        off = ~res["in_service"].astype(bool).to_numpy()
        if off.any():
            # The app's exercise marks (render.artists), so the report shows what the screen showed.
            draw_exercise_marks(ax, out_of_service=shapely.get_coordinates(res.geometry[off].to_numpy()))
            st = EXERCISE_OUT
            arts.add_entry(
                "aar.out_of_service",
                Line2D(
                    [],
                    [],
                    ls="none",
                    marker=st["marker"],
                    color=st["edge"],
                    markeredgewidth=st["lw"],
                    markersize=8,
                ),
                group=2e6,
            )
    # The flood grid's extent frames the map: the area the model computed.
    x0, y0, x1, y1 = depth.bounds
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    _coordinate_ticks(ax, lang)
    entries = arts.legend_entries()
    leg = fig.legend(
        [h if h is not None else Patch(alpha=0) for _, h in entries],
        [T(k) for k, _ in entries],
        loc="upper left",
        bbox_to_anchor=(0.7, 0.9),
        fontsize=7,
        frameon=False,
        title=T("plate.legend"),
        title_fontsize=8,
        alignment="left",
    )
    leg.get_title().set_fontweight("bold")
    for (_, h), t in zip(entries, leg.get_texts()):
        if h is None:
            t.set_fontweight("bold")
    t = result.tabletop.clock(minute).strftime("%Y-%m-%d %H:%M")
    ncl = 0 if closed is None else len(closed)
    ax.set_title(f"T+{_hmm(minute)} ({t}) — {_l('closed', lang)}: {ncl}", fontsize=10, loc="left")
    return fig


# ---------------------------------------------------------------------------------------------------
# Tables
def events_table(result: ExerciseResult, lang: str = "en") -> pd.DataFrame:
    """The timeline of injects, decisions and engine events, texts in ``lang``."""
    ev = result.events.copy()
    texts = ev.attrs.get("texts")
    if texts is not None and len(texts) == len(ev):
        ev["text"] = [text_in(t, lang) for t in texts]
    out = pd.DataFrame(
        {
            _l("minute", lang): [_hmm(m) for m in ev["minute"]],
            _l("time", lang): ev["time"],
            _l("source", lang): [
                _l(s, lang) if s in ("inject", "decision", "engine") else s for s in ev["source"]
            ],
            _l("kind", lang): ev["kind"],
            _l("target", lang): ev["target"],
            _l("text", lang): ev["text"],
        }
    )
    return out


def summary_table(result: ExerciseResult, lang: str = "en") -> pd.DataFrame:
    """The report's opening figures, two columns (what, value) in ``lang``: injects, decisions and engine
    events; the largest flooded area and most closed road sections (with when); critical facilities the
    water reached (and the first); per country and mode the people covered at the end; what the
    decisions changed at the end."""
    ev, tl, a = result.events, result.timeline, result.arrivals
    rows = [(_l(k, lang), str(int((ev["source"] == s).sum()))) for k, s in
            (("n_injects", "inject"), ("n_decisions", "decision"), ("n_engine", "engine"))]  # fmt: skip
    if len(tl) and "flooded_area_m2" in tl:
        i = int(np.argmax(tl["flooded_area_m2"].to_numpy()))
        rows.append((_l("peak_area", lang),
                     f"{tl['flooded_area_m2'].iloc[i] / 1e6:.2f} km² (T+{_hmm(tl['minute'].iloc[i])})"))  # fmt: skip
    if len(tl) and "closed_pieces" in tl:
        i = int(np.argmax(tl["closed_pieces"].to_numpy()))
        rows.append(
            (_l("most_closed", lang), f"{int(tl['closed_pieces'].iloc[i])} (T+{_hmm(tl['minute'].iloc[i])})")
        )
    if a is not None:
        when = pd.to_numeric(a["arrival_minute"], errors="coerce").to_numpy(dtype=float)
        reached = np.isfinite(when)
        text = f"{int(reached.sum())} / {len(a)}"
        if reached.any():
            i = int(np.nanargmin(np.where(reached, when, np.inf)))
            name = str(a["name"].iloc[i]) or str(a["id"].iloc[i])
            text += f"; {_l('first_arrival', lang)}: {name} (T+{_hmm(when[i])})"
        rows.append((_l("critical_reached", lang), text))
    for c in result.countries:
        pop = tl.get(f"population_{c}")
        for m in MODES:
            col = f"covered_{m}_{c}"
            if col not in tl or not len(tl):
                continue
            tail = f" / {_fmt(pop.iloc[-1])}" if pop is not None else ""
            rows.append((f"{_l('covered_end', lang)} — {c}, {_l(m, lang)}",
                         f"{_fmt(tl[col].iloc[-1])}{tail} {_l('people', lang)}"))  # fmt: skip
    if result.decision_summary.get("decisions"):
        for m in MODES:
            for c in result.countries:
                s = result.decision_summary.get(m, {}).get(c)
                if s is not None:
                    rows.append((f"{_l('effect', lang)} — {c}, {_l(m, lang)}",
                                 f"{s['difference_final']:+.0f} {_l('people', lang)} ({_l('final', lang)})"))  # fmt: skip
    else:
        rows.append((_l("effect", lang), _l("no_decisions", lang)))
    return pd.DataFrame(rows, columns=[_l("summary", lang), ""])


def _fmt(v) -> str:
    return f"{float(v):,.0f}".replace(",", "\u2009")


def arrivals_table(result: ExerciseResult, lang: str = "en") -> pd.DataFrame:
    a = result.arrivals
    return pd.DataFrame(
        {
            _l("name", lang): a["name"].where(a["name"].astype(str) != "", a["id"]),
            _l("kind", lang): a["kind"],
            _l("jurisdiction", lang): a["jurisdiction"],
            _l("country", lang): a["country"],
            _l("arrival", lang): [
                _hmm(m) if np.isfinite(m) else _l("never", lang) for m in a["arrival_minute"]
            ],
            _l("time", lang): a["arrival_time"],
            _l("max_depth", lang): [f"{d:.2f}" for d in a["max_depth_m"]],
        }
    )


def effect_table(result: ExerciseResult, lang: str = "en") -> pd.DataFrame:
    rows = []
    for m in MODES:
        for c in result.countries:
            s = result.decision_summary.get(m, {}).get(c)
            if s is None:
                continue
            rows.append(
                {
                    _l("mode", lang): _l(m, lang),
                    _l("country", lang): c,
                    f"{_l('with', lang)} ({_l('final', lang)})": f"{s['covered_with_final']:.0f}",
                    f"{_l('without', lang)} ({_l('final', lang)})": f"{s['covered_without_final']:.0f}",
                    f"{_l('diff', lang)} ({_l('final', lang)})": f"{s['difference_final']:+.0f}",
                    _l(
                        "max", lang
                    ): f"{s['max_difference']:+.0f} {_l('at', lang)} T+{_hmm(s['max_difference_minute'])}",
                }
            )
    return pd.DataFrame(rows)


# ---------------------------------------------------------------------------------------------------
def _html_table(df: pd.DataFrame) -> str:
    if df.empty:
        return "<p>—</p>"
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in df.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
        for row in df.itertuples(index=False)
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


_CSS = """body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}
table{border-collapse:collapse;margin:0.5em 0 1.5em;font-size:0.9em}
th,td{border:1px solid #bbb;padding:3px 8px;text-align:left}th{background:#eef}
img{max-width:100%;border:1px solid #ddd}h2{border-bottom:2px solid #3a6ea5;padding-bottom:2px}"""


def _pdf_table_page(pdf, title: str, df: pd.DataFrame, rows_per_page: int = 18) -> None:
    chunks = [df.iloc[i : i + rows_per_page] for i in range(0, max(len(df), 1), rows_per_page)] or [df]
    for k, chunk in enumerate(chunks):
        fig = _figure((11.69, 8.27))  # A4 landscape (inches)
        fig.text(
            0.05,
            0.94,
            title + (f" ({k + 1}/{len(chunks)})" if len(chunks) > 1 else ""),
            fontsize=14,
            weight="bold",
        )
        ax = fig.add_axes([0.05, 0.05, 0.9, 0.85])
        ax.axis("off")
        if len(chunk):
            # Long texts (inject messages) wrap onto more lines instead of being cut off.
            cells = [[textwrap.fill(str(v), 70) for v in r] for r in chunk.itertuples(index=False)]
            tab = ax.table(
                cellText=cells, colLabels=[str(c) for c in chunk.columns], loc="upper left", cellLoc="left"
            )
            tab.auto_set_font_size(False)
            tab.set_fontsize(7.5)
            tab.auto_set_column_width(list(range(len(chunk.columns))))
            for (row, _col), cell in tab.get_celld().items():
                if row > 0:
                    lines = max(c.count("\n") + 1 for c in cells[row - 1])
                    cell.set_height(cell.get_height() * lines)
        else:
            ax.text(0, 0.95, "—")
        pdf.savefig(fig)


def _summary_page(title: str, meta: str, summary: pd.DataFrame, notes, lang: str):
    """The PDF's first page: title, start and duration, the opening figures and the engine's notes."""
    fig = _figure((11.69, 8.27))  # A4 landscape (inches)
    fig.text(0.05, 0.92, title, fontsize=20, weight="bold", va="top")
    fig.text(0.05, 0.86, meta, fontsize=12, va="top")
    fig.text(0.05, 0.79, _l("summary", lang), fontsize=14, weight="bold", va="top")
    y = 0.74
    for what, value in summary.itertuples(index=False):
        lines = textwrap.wrap(str(value), 70) or [""]
        fig.text(0.05, y, textwrap.fill(str(what), 60), fontsize=10, va="top")
        fig.text(0.52, y, "\n".join(lines), fontsize=10, va="top")
        y -= 0.032 * max(len(lines), str(what).count("\n") + 1, len(textwrap.wrap(str(what), 60)))
    if notes:
        y -= 0.02
        fig.text(0.05, y, _l("notes", lang), fontsize=11, weight="bold", va="top")
        y -= 0.035
        for n in list(notes)[:8]:
            text = textwrap.fill(str(n), 150)
            fig.text(0.05, y, text, fontsize=8, va="top", color="#404040")
            y -= 0.024 * (text.count("\n") + 1)
    return fig


def write_after_action_report(
    exercise_result: ExerciseResult, project, out_dir, languages=("en",)
) -> dict[str, Path]:
    """Write the after-action report of a replayed exercise.

    Parameters
    ----------
    exercise_result : ExerciseResult
        From :meth:`floodplan.sim.tabletop.Exercise.run`.
    project : Project
        The project the exercise ran on (drawn under the maps).
    out_dir : path
        Folder (created if needed).
    languages : sequence of str
        Report languages; the first is the main one (``report.html`` / ``report.pdf``), each other one
        gets ``report_<lang>.html`` / ``report_<lang>.pdf``. Texts come from resources/i18n (all nine
        languages; a missing term falls back to English).

    Returns
    -------
    dict
        ``html``, ``pdf``, ``timeline_csv``, ``events_csv``, ``arrivals_csv``, ``effect_csv`` (paths),
        plus ``html_<lang>`` / ``pdf_<lang>`` for the extra languages.
    """
    r = exercise_result
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    languages = list(languages) or ["en"]
    paths: dict[str, Path] = {}
    paths["timeline_csv"] = out / "timeline.csv"
    r.timeline.to_csv(paths["timeline_csv"], index=False)
    paths["events_csv"] = out / "events.csv"
    ev = r.events.copy()
    texts = ev.attrs.get("texts")
    if texts is not None and len(texts) == len(ev):
        ev["text"] = [text_in(t, languages[0]) for t in texts]
    ev.to_csv(paths["events_csv"], index=False)
    paths["arrivals_csv"] = out / "arrivals.csv"
    pd.DataFrame(r.arrivals.drop(columns="geometry")).to_csv(paths["arrivals_csv"], index=False)
    paths["effect_csv"] = out / "decision_effect.csv"
    r.decision_effect.to_csv(paths["effect_csv"], index=False)

    # the figures are language-independent except for their labels: drawn once per language
    for k, lang in enumerate(languages):
        suffix = "" if k == 0 else f"_{lang}"
        figs = {"coverage": coverage_figure(r, lang)}
        for m in sorted(r.snapshots):
            figs[f"map_{m}"] = map_figure(r, project, m, lang)
        tables = {
            "summary": summary_table(r, lang),
            "events": events_table(r, lang),
            "arrivals": arrivals_table(r, lang),
            "effect": effect_table(r, lang),
        }
        title = f"{_l('title', lang)} — {_l('scenario', lang)} {r.scenario}"
        tt = r.tabletop
        meta = (
            f"{_l('start', lang)}: {tt.start_time.strftime('%Y-%m-%d %H:%M')} · {_l('duration', lang)}: "
            f"{_hmm(tt.duration_minutes)} h"
        )
        # HTML
        imgs = {name: _png(fig) for name, fig in figs.items()}
        parts = [
            f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{_CSS}</style></head><body>",
            f"<h1>{html.escape(title)}</h1><p>{html.escape(meta)}</p>",
            f"<h2>{_l('summary', lang)}</h2>",
            _html_table(tables["summary"]),
            f"<h2>{_l('events', lang)}</h2>",
            _html_table(tables["events"]),
            f"<h2>{_l('coverage', lang)}</h2>",
            f"<img alt='{html.escape(_l('coverage', lang))}' src='data:image/png;base64,{imgs['coverage']}'>",
            f"<h2>{_l('maps', lang)}</h2>",
        ]
        for m in sorted(r.snapshots):
            parts.append(
                f"<p><img alt='{html.escape(_l('maps', lang))} T+{_hmm(m)}' src='data:image/png;base64,{imgs[f'map_{m}']}'></p>"
            )
        parts += [f"<h2>{_l('arrivals', lang)}</h2>", _html_table(tables["arrivals"])]
        parts.append(f"<h2>{_l('effect', lang)}</h2>")
        if r.decision_summary.get("decisions"):
            parts.append(_html_table(tables["effect"]))
        else:
            parts.append(f"<p>{_l('no_decisions', lang)}</p>")
        if r.notes:
            parts.append(
                f"<h2>{_l('notes', lang)}</h2><ul>"
                + "".join(f"<li>{html.escape(n)}</li>" for n in r.notes)
                + "</ul>"
            )
        parts.append("</body></html>")
        hp = out / f"report{suffix}.html"
        hp.write_text("\n".join(parts), encoding="utf-8")
        paths["html" if k == 0 else f"html_{lang}"] = hp

        # PDF
        pp = out / f"report{suffix}.pdf"
        with PdfPages(pp) as pdf:
            cover = _summary_page(title, meta, tables["summary"], r.notes, lang)
            pdf.savefig(cover)
            _pdf_table_page(pdf, _l("events", lang), tables["events"])
            fig = figs["coverage"]
            fig.suptitle(_l("coverage", lang))
            pdf.savefig(fig)
            for m in sorted(r.snapshots):
                pdf.savefig(figs[f"map_{m}"])
            _pdf_table_page(pdf, _l("arrivals", lang), tables["arrivals"])
            _pdf_table_page(pdf, _l("effect", lang), tables["effect"])
            info = pdf.infodict()
            info["Title"] = title
        paths["pdf" if k == 0 else f"pdf_{lang}"] = pp
    return paths
