"""After-action report of a tabletop exercise: HTML (self-contained) and PDF, plus the timeline as CSV.

Contents: the timeline of injects, decisions and what the engine noticed; the coverage timeline chart
per country and mode; maps at key times (depth, closed roads, resources); the first arrival of water at
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

import matplotlib

matplotlib.use("Agg")  # headless: the CLI and tests have no display

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402

from floodplan.sim.tabletop import MODES, ExerciseResult, text_in  # noqa: E402

LABELS = {
    "en": {
        "title": "After-action report", "scenario": "Exercise", "start": "Start", "duration": "Duration",
        "events": "Timeline of injects and decisions", "minute": "T+ (h:mm)", "time": "Time",
        "source": "Source", "kind": "Kind", "target": "Target", "text": "Text",
        "coverage": "Coverage timeline (people reached in time)", "maps": "Maps at key times",
        "arrivals": "First arrival of water at critical facilities", "name": "Name",
        "jurisdiction": "Jurisdiction", "country": "Country", "arrival": "Arrival (T+ h:mm)",
        "max_depth": "Max depth (m)", "never": "not reached",
        "effect": "What the cross-border decisions changed", "mode": "Mode",
        "with": "Covered with decisions", "without": "Covered without", "diff": "Difference",
        "final": "at the end", "max": "largest difference", "at": "at", "no_decisions":
        "The exercise has no send_resource decision.", "covered": "covered", "people": "people",
        "hours": "hours since start", "national": "national", "joint": "joint", "inject": "inject",
        "decision": "decision", "engine": "engine", "closed": "closed roads", "depth": "depth (m)",
        "none": "none",
    },
    "de": {
        "title": "Auswertungsbericht", "scenario": "Übung", "start": "Beginn", "duration": "Dauer",
        "events": "Ablauf: Einspielungen und Entscheidungen", "minute": "T+ (h:mm)", "time": "Uhrzeit",
        "source": "Quelle", "kind": "Art", "target": "Ziel", "text": "Text",
        "coverage": "Abdeckung im Zeitverlauf (rechtzeitig erreichte Personen)",
        "maps": "Karten zu Schlüsselzeiten", "arrivals": "Erstes Eintreffen des Wassers an kritischen Einrichtungen",
        "name": "Name", "jurisdiction": "Gebietskörperschaft", "country": "Land",
        "arrival": "Eintreffen (T+ h:mm)", "max_depth": "Max. Tiefe (m)", "never": "nicht erreicht",
        "effect": "Was die grenzüberschreitenden Entscheidungen bewirkten", "mode": "Modus",
        "with": "Abgedeckt mit Entscheidungen", "without": "Abgedeckt ohne", "diff": "Unterschied",
        "final": "am Ende", "max": "größter Unterschied", "at": "bei", "no_decisions":
        "Die Übung enthält keine Entscheidung send_resource.", "covered": "abgedeckt", "people": "Personen",
        "hours": "Stunden seit Beginn", "national": "national", "joint": "gemeinsam", "inject": "Einspielung",
        "decision": "Entscheidung", "engine": "Modell", "closed": "gesperrte Straßen", "depth": "Tiefe (m)",
        "none": "keine",
    },
    "pl": {
        "title": "Raport po ćwiczeniu", "scenario": "Ćwiczenie", "start": "Początek", "duration": "Czas trwania",
        "events": "Przebieg: wprowadzenia i decyzje", "minute": "T+ (h:mm)", "time": "Godzina",
        "source": "Źródło", "kind": "Rodzaj", "target": "Cel", "text": "Tekst",
        "coverage": "Pokrycie w czasie (osoby osiągnięte na czas)", "maps": "Mapy w kluczowych chwilach",
        "arrivals": "Pierwsze dotarcie wody do obiektów krytycznych", "name": "Nazwa",
        "jurisdiction": "Jednostka", "country": "Kraj", "arrival": "Dotarcie (T+ h:mm)",
        "max_depth": "Maks. głębokość (m)", "never": "nie dotarła",
        "effect": "Co zmieniły decyzje transgraniczne", "mode": "Tryb",
        "with": "Pokryci z decyzjami", "without": "Pokryci bez", "diff": "Różnica",
        "final": "na końcu", "max": "największa różnica", "at": "w", "no_decisions":
        "Ćwiczenie nie zawiera decyzji send_resource.", "covered": "pokryci", "people": "osoby",
        "hours": "godziny od początku", "national": "krajowy", "joint": "wspólny", "inject": "wprowadzenie",
        "decision": "decyzja", "engine": "model", "closed": "zamknięte drogi", "depth": "głębokość (m)",
        "none": "brak",
    },
}  # fmt: skip


def _l(key: str, lang: str) -> str:
    return LABELS.get(lang, LABELS["en"]).get(key) or LABELS["en"][key]


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
    fig, axes = plt.subplots(
        1, max(len(countries), 1), figsize=(5.0 * max(len(countries), 1), 3.4), squeeze=False
    )
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


def map_figure(result: ExerciseResult, project, minute: float, lang: str = "en"):
    """A map at one key time: the project drawn with that time's depth, closed roads and resources."""
    from floodplan.render import draw_map

    depth = result.snapshots[minute]
    fig, ax = plt.subplots(figsize=(7.5, 5.5))
    try:
        draw_map(ax, project, None, depth=depth, show_gaps=False, labels=False)
    except Exception as exc:  # noqa: BLE001 - the report must still come out; the note says why
        ax.clear()
        simple_map(ax, project, depth)
        note = f"maps drawn with the report's simple renderer (floodplan.render.draw_map failed: {exc})"
        if note not in result.notes:
            result.notes.append(note)
    closed = result.closed_roads.get(minute)
    if closed is not None and len(closed):
        closed.plot(ax=ax, color="red", linewidth=2.2, zorder=20)
    res = result.resources_final
    if res is not None and len(res):
        ok = res["in_service"].astype(bool).to_numpy()
        ax.scatter(res.geometry.x[ok], res.geometry.y[ok], s=28, marker="^", c="black", zorder=21)
        ax.scatter(res.geometry.x[~ok], res.geometry.y[~ok], s=40, marker="x", c="red", zorder=21)
    t = result.tabletop.clock(minute).strftime("%Y-%m-%d %H:%M")
    ncl = 0 if closed is None else len(closed)
    ax.set_title(f"T+{_hmm(minute)} ({t}) — {_l('closed', lang)}: {ncl}")
    ax.set_xticks([])
    ax.set_yticks([])
    return fig


def simple_map(ax, project, depth) -> None:
    """A plain map: depth in blues over jurisdictions, roads, buildings and defenses (working CRS)."""
    z = np.where(np.nan_to_num(depth.z, nan=0.0) > 0.01, depth.z, np.nan)
    t = depth.transform
    rows, cols = depth.shape
    extent = (t.c, t.c + t.a * cols, t.f + t.e * rows, t.f)
    for role, kw in (
        ("jurisdictions", {"facecolor": "none", "edgecolor": "0.3", "linewidth": 1.0}),
        ("assets", {"color": "0.55", "linewidth": 0}),
        ("roads", {"color": "0.35", "linewidth": 0.8}),
        ("defenses", {"color": "saddlebrown", "linewidth": 1.6}),
    ):
        g = project.combined(role)
        if len(g):
            g.plot(ax=ax, zorder=1 if role == "jurisdictions" else 3, **kw)
    img = ax.imshow(
        z,
        extent=extent,
        origin="upper",
        cmap="Blues",
        vmin=0,
        vmax=max(float(np.nanmax(z)) if np.isfinite(z).any() else 1.0, 0.5),
        zorder=2,
        alpha=0.85,
    )
    plt.colorbar(img, ax=ax, fraction=0.03, label="m")
    ax.set_xlim(extent[0], extent[1])
    ax.set_ylim(extent[2], extent[3])
    ax.set_aspect("equal")


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
            _l("source", lang): [_l(s, lang) if s in LABELS["en"] else s for s in ev["source"]],
            _l("kind", lang): ev["kind"],
            _l("target", lang): ev["target"],
            _l("text", lang): ev["text"],
        }
    )
    return out


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
        fig = plt.figure(figsize=(11.69, 8.27))  # A4 landscape (inches)
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
        plt.close(fig)


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
        gets ``report_<lang>.html`` / ``report_<lang>.pdf``. en, de and pl are translated; others fall
        back to English headings.

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
            f"<h2>{_l('events', lang)}</h2>",
            _html_table(tables["events"]),
            f"<h2>{_l('coverage', lang)}</h2>",
            f"<img alt='coverage' src='data:image/png;base64,{imgs['coverage']}'>",
            f"<h2>{_l('maps', lang)}</h2>",
        ]
        for m in sorted(r.snapshots):
            parts.append(f"<p><img alt='map T+{_hmm(m)}' src='data:image/png;base64,{imgs[f'map_{m}']}'></p>")
        parts += [f"<h2>{_l('arrivals', lang)}</h2>", _html_table(tables["arrivals"])]
        parts.append(f"<h2>{_l('effect', lang)}</h2>")
        if r.decision_summary.get("decisions"):
            parts.append(_html_table(tables["effect"]))
        else:
            parts.append(f"<p>{_l('no_decisions', lang)}</p>")
        if r.notes:
            parts.append(
                "<h2>Notes</h2><ul>" + "".join(f"<li>{html.escape(n)}</li>" for n in r.notes) + "</ul>"
            )
        parts.append("</body></html>")
        hp = out / f"report{suffix}.html"
        hp.write_text("\n".join(parts), encoding="utf-8")
        paths["html" if k == 0 else f"html_{lang}"] = hp

        # PDF
        pp = out / f"report{suffix}.pdf"
        with PdfPages(pp) as pdf:
            cover = plt.figure(figsize=(11.69, 8.27))
            cover.text(0.05, 0.9, title, fontsize=20, weight="bold")
            cover.text(0.05, 0.85, meta, fontsize=12)
            pdf.savefig(cover)
            plt.close(cover)
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
        for fig in figs.values():
            plt.close(fig)
    return paths
