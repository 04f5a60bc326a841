"""The cost-sharing sheet: one A4 landscape page for a joint meeting, in two languages side by side.

Per defense of the scheme: its cost, its benefit (Shapley value in avoided expected annual damage) on each
side of the border, BCR and NPV, and per jurisdiction the share of the cost it would carry if costs
follow benefits and any compensation (the damage the defense adds there, EUR/year). Every figure is read
from a :class:`floodplan.sim.risk.RiskResult` summary (what ``floodplan risk --json`` prints).
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from floodplan.plates.i18n import Translator


def _eur(v) -> str:
    return "–" if v is None else f"{v:,.0f}"


def sheet_rows(summary: dict) -> list[list[str]]:
    """Table rows: per defense a head row (cost, benefit, BCR, NPV) and a row per jurisdiction that
    benefits or is harmed (its avoided EAD, cost share in % and EUR of present-value cost, compensation)."""
    rows = []
    for did, d in summary.get("defenses", {}).items():
        name = f"{did}" + (f" {d['name']}" if d.get("name") else "")
        bcr = "–" if d["bcr"] is None else f"{d['bcr']:.2f}"
        rows.append(
            [name, _eur(d["cost_eur"]), "", _eur(d["avoided_ead_eur"]), bcr, _eur(d["npv_eur"]), "", "", ""]
        )
        for jn, j in d["jurisdictions"].items():
            if j["cost_share"] <= 0 and j["harm_eur_per_year"] <= 0:
                continue
            rows.append(
                [
                    "",
                    "",
                    f"{jn} ({j.get('country', '')})",
                    _eur(j["avoided_ead_eur"]),
                    "",
                    "",
                    f"{100 * j['cost_share']:.1f} %",
                    _eur(j.get("cost_share_pv_eur")),
                    _eur(j["harm_eur_per_year"]) if j["harm_eur_per_year"] > 0 else "",
                ]
            )
    return rows


def write_cost_sharing_sheet(
    summary: dict, path: str | os.PathLike, languages=("en", "de"), project=None, title: str | None = None
) -> Path:
    """Write the one-page sheet as PDF (or PNG by the suffix); returns the path.

    Parameters
    ----------
    summary : dict
        A risk summary (``RiskResult.summary``).
    path : str or Path
        ``.pdf`` or ``.png``.
    languages : sequence of str
        Shown side by side (the first two are used).
    project : Project, optional
        For the translation overrides and the title.
    """
    T = Translator(list(languages)[:2], project)
    path = Path(path)
    fig = Figure(figsize=(297 / 25.4, 210 / 25.4))
    FigureCanvasAgg(fig)
    head = title or (project.settings.get("title") if project is not None else None) or ""
    fig.text(
        0.04, 0.965, T("risk.sheet_title", sep="\n"), fontsize=13, weight="bold", va="top", linespacing=1.3
    )
    sub = (
        f"{head}  ·  {T('plate.scenario')}: {summary.get('scenario', '')}  ·  "
        + ", ".join(f"HQ{e['return_period_years']:g}" for e in summary.get("events", []))
        + f"  ·  r = {100 * summary.get('discount_rate', 0):.1f} %, {summary.get('years', 0):g} a"
    )
    fig.text(0.04, 0.885, sub, fontsize=9, va="top", color="0.25")
    # Each side's expected annual damage with and without the scheme.
    lines = [
        f"{c}: {T('risk.ead')} {_eur(e['ead_eur'])}  ({T('risk.without')}: {_eur(e.get('ead_without_defenses_eur'))})"
        for c, e in summary.get("countries", {}).items()
    ]
    fig.text(0.04, 0.855, "\n".join(lines), fontsize=8.5, va="top")

    def header(key, width):
        # Each language on its own lines, wrapped to the column: both stay readable side by side.
        seen: list[str] = []
        for text in T.each(key):
            if text not in seen:
                seen.append(text)
        return "\n".join(textwrap.fill(t, width, break_long_words=False) for t in seen)

    headers = [
        header("table.defense", 26),
        header("table.cost", 11) + "\n(EUR)",
        header("table.jurisdiction", 18),
        header("risk.benefit", 13),
        header("risk.bcr", 11),
        header("risk.npv", 13),
        header("table.cost_share", 11),
        header("risk.share_eur", 16),
        header("risk.compensation", 13),
    ]
    rows = sheet_rows(summary) or [["–"] + [""] * 8]
    ax = fig.add_axes([0.04, 0.12, 0.92, 0.66 if len(lines) < 4 else 0.6])
    ax.axis("off")
    table = ax.table(
        cellText=rows,
        colLabels=headers,
        loc="upper center",
        cellLoc="right",
        colLoc="center",
        colWidths=[0.2, 0.08, 0.14, 0.1, 0.08, 0.1, 0.08, 0.12, 0.1],
    )
    table.auto_set_font_size(False)
    table.set_fontsize(7)
    table.scale(1.0, 1.35)
    for (r, c), cell in table.get_celld().items():
        cell.set_linewidth(0.3)
        if r == 0:
            cell.set_height(cell.get_height() * 4.2)
            cell.set_facecolor("0.9")
            cell.get_text().set_weight("bold")
        elif c in (0, 2):
            cell.get_text().set_ha("left")
            cell.PAD = 0.03
        if r > 0 and rows[r - 1][0]:
            cell.set_facecolor("#eef3fb")
    foot = "\n".join([T("risk.method", sep="\n"), T("risk.sources", sep="  ")])
    fig.text(0.04, 0.085, foot, fontsize=7, va="top", color="0.2", wrap=True)
    with rc_context({"pdf.fonttype": 42}):
        fig.savefig(path, dpi=150)
    return path
