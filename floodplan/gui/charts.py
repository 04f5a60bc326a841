"""Matplotlib charts for the results dashboard, hosted in Qt by :class:`ChartCanvas`.

The ``plot_*`` functions draw into a plain matplotlib Axes from plain rows (lists of dicts the dashboard
builds from a run's result), so they can be reused off-screen; only :class:`ChartCanvas` touches Qt.
Populations are people; nothing here computes a figure, it only draws what it is given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication

from floodplan.core.styles import depth_colors
from floodplan.gui import i18n

translate = QCoreApplication.translate

COVERED = "#4daf4a"
UNCOVERED = "#e41a1c"
NATIONAL = "#999999"
JOINT = "#377eb8"
BENEFIT = "#1b9e77"
HARM = "#d95f02"


def _no_data(ax, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes, color="0.4")
    ax.set_xticks([])
    ax.set_yticks([])


def _values(rows: Sequence[dict], key: str) -> np.ndarray:
    """``row[key]`` of every row as floats, in the rows' order: the lengths of one series of bars."""
    return np.array([float(r[key]) for r in rows])


def _bars_by_area(ax, rows: Sequence[dict], xlabel: str, chart_title: str, **legend) -> None:
    """Frame a horizontal bar chart of one bar per row (``row["area"]``, the first at the top): ticks,
    axis label, title and the legend (small, lower right; ``legend`` adds options). Texts come translated."""
    ax.set_yticks(np.arange(len(rows)), [r["area"] for r in rows])
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.set_title(chart_title)
    ax.legend(fontsize="small", loc="lower right", **legend)


def plot_exposure_classes(ax, rows: Sequence[dict], classes: Sequence[str]) -> None:
    """Stacked horizontal bars: exposed population per area, split by depth class.

    Parameters
    ----------
    rows : list of dict
        Each with ``area`` (label) and ``classes`` {class label: population (people)}.
    classes : list of str
        Class labels from shallow to deep (e.g. '0-0.3', '0.3-1', '1-2', '>2'; metres).
    """
    if not rows or not classes:
        _no_data(ax, translate("charts", "no exposure figures"))
        return
    y = np.arange(len(rows))
    left = np.zeros(len(rows))
    colors = depth_colors(len(classes))  # the map's depth classes' colours (core/depth.py)
    for k, label in enumerate(classes):
        vals = np.array([float(r["classes"].get(label, 0.0)) for r in rows])
        ax.barh(y, vals, left=left, color=colors[k], label=f"{label} m")
        left += vals
    _bars_by_area(
        ax,
        rows,
        translate("charts", "people in flooded buildings"),
        translate("charts", "Exposed population by water depth"),
        title=translate("charts", "depth"),
        title_fontsize="small",
    )


def plot_coverage(ax, rows: Sequence[dict], mode: str) -> None:
    """Stacked horizontal bars: covered and uncovered population per area in one response mode.

    Parameters
    ----------
    rows : list of dict
        Each with ``area``, ``covered_population`` and ``gap_population`` (people).
    mode : 'joint' or 'national'
    """
    if not rows:
        _no_data(ax, translate("charts", "no response figures"))
        return
    y = np.arange(len(rows))
    cov, gap = _values(rows, "covered_population"), _values(rows, "gap_population")
    ax.barh(y, cov, color=COVERED, label=translate("charts", "covered"))
    ax.barh(y, gap, left=cov, color=UNCOVERED, label=translate("charts", "not reached in time"))
    _bars_by_area(
        ax,
        rows,
        translate("charts", "people"),
        translate("charts", "Response coverage ({mode})").format(mode=i18n.data_label(f"table.{mode}", mode)),
    )


def plot_cooperation(ax, rows: Sequence[dict]) -> None:
    """Grouped bars per country: covered population national vs joint; the gain written above.

    Parameters
    ----------
    rows : list of dict
        Each with ``country``, ``national`` and ``joint`` (covered people) and ``gain`` (people).
    """
    if not rows:
        _no_data(ax, translate("charts", "no cooperation figures"))
        return
    x = np.arange(len(rows))
    nat, joint = _values(rows, "national"), _values(rows, "joint")
    ax.bar(x - 0.2, nat, 0.4, color=NATIONAL, label=i18n.data_label("table.national", "national"))
    ax.bar(x + 0.2, joint, 0.4, color=JOINT, label=i18n.data_label("table.joint", "joint"))
    for xi, r, top in zip(x, rows, np.maximum(nat, joint)):
        ax.annotate(
            f"{float(r['gain']):+,.0f}",
            (xi, top),
            ha="center",
            va="bottom",
            fontsize="small",
            xytext=(0, 2),
            textcoords="offset points",
        )
    ax.set_xticks(x, [r["country"] for r in rows])
    ax.set_ylabel(translate("charts", "covered people"))
    ax.set_title(translate("charts", "Cooperation gain (joint − national)"))
    ax.legend(fontsize="small")


def plot_defenses(ax, rows: Sequence[dict]) -> None:
    """Bars per defense: people it protects (benefit, up) and people it floods (harm, down).

    Parameters
    ----------
    rows : list of dict
        One per defense and jurisdiction, with ``defense``, ``benefit_population`` and
        ``harm_population`` (people); summed per defense here.
    """
    if not rows:
        _no_data(ax, translate("charts", "no defenses appraised"))
        return
    ids = list(dict.fromkeys(r["defense"] for r in rows))
    benefit = np.array([sum(float(r["benefit_population"]) for r in rows if r["defense"] == d) for d in ids])
    harm = np.array([sum(float(r["harm_population"]) for r in rows if r["defense"] == d) for d in ids])
    x = np.arange(len(ids))
    ax.bar(x, benefit, color=BENEFIT, label=translate("charts", "benefit (people protected)"))
    ax.bar(x, -harm, color=HARM, label=translate("charts", "harm (people flooded by it)"))
    ax.axhline(0, color="0.3", lw=0.8)
    ax.set_xticks(x, ids)
    ax.set_ylabel(translate("charts", "people"))
    ax.set_title(translate("charts", "Each defense's benefit and harm"))
    ax.legend(fontsize="small")


class ChartCanvas(FigureCanvasQTAgg):
    """A matplotlib figure in a Qt widget that redraws itself from one ``plot_*`` function."""

    def __init__(self, parent=None, width: float = 5.0, height: float = 3.0, dpi: float = 90):
        self.figure = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
        super().__init__(self.figure)
        if parent is not None:
            self.setParent(parent)
        self.ax = self.figure.add_subplot()
        self.setMinimumHeight(160)

    def plot(self, fn: Callable, *args, **kwargs) -> None:
        """Clear the axes, draw ``fn(ax, *args, **kwargs)`` and schedule a repaint."""
        self.ax.clear()
        fn(self.ax, *args, **kwargs)
        self.draw_idle()

    def texts(self) -> list[str]:
        """Every text on the chart (title, tick labels, annotations, legend): for tests and checks."""
        out = [self.ax.get_title()]
        out += [t.get_text() for t in self.ax.get_xticklabels() + self.ax.get_yticklabels()]
        out += [t.get_text() for t in self.ax.texts]
        legend = self.ax.get_legend()
        if legend is not None:
            out += [t.get_text() for t in legend.get_texts()]
        return [t for t in out if t]
