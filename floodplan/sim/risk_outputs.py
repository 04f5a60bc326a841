"""Writing a risk result (docs/command-line.md `floodplan risk`): risk.json, risk.gpkg (layers ``assets`` and
``jurisdictions``) and risk_curve.png (damage against return period, per country)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure


def risk_curve_figure(result, fig: Figure | None = None, title: str | None = None) -> Figure:
    """Damage (EUR) against return period (years, log axis) per country, with the scheme in place.

    ``fig`` may be a figure of a Qt canvas (the app) or None (a new headless Figure). Uses no pyplot, so no
    GUI backend is loaded.
    """
    fig = fig or Figure(figsize=(7.0, 4.2), dpi=100)
    fig.clear()
    ax = fig.add_subplot(111)
    for country, (tp, dmg) in sorted(result.curve.items()):
        ax.plot(tp, np.asarray(dmg) / 1e6, marker="o", label=str(country))
    ax.set_xscale("log")
    ax.set_xlabel("return period (years)")
    ax.set_ylabel("damage (million EUR)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(title="country")
    ead = result.summary.get("ead_eur", 0.0)
    ax.set_title(title or f"Flood damage by return period — EAD {ead:,.0f} EUR/year")
    if fig.get_layout_engine() is None:
        fig.tight_layout()
    return fig


def write_risk(result, out_dir: str | os.PathLike) -> dict[str, Path]:
    """Write risk.json, risk.gpkg and risk_curve.png into ``out_dir``; returns their paths by name.

    Each file is written beside its final name and then moved over it, so a crash never leaves a half
    file.
    """
    from floodplan.sim.results import _write_layer, to_json

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"json": out / "risk.json", "gpkg": out / "risk.gpkg", "curve": out / "risk_curve.png"}
    tmp = {k: p.with_name(p.stem + ".part" + p.suffix) for k, p in paths.items()}
    for p in tmp.values():
        if p.exists():
            p.unlink()
    tmp["json"].write_text(to_json(result.summary) + "\n", encoding="utf-8")
    _write_layer(result.assets, tmp["gpkg"], "assets")
    _write_layer(result.jurisdictions, tmp["gpkg"], "jurisdictions")
    risk_curve_figure(result).savefig(tmp["curve"], dpi=120)
    for k, p in paths.items():
        os.replace(tmp[k], p)
    return paths
