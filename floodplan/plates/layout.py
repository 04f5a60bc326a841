"""Map plates: the map at an exact scale on A4–A0 paper with title, legend, scale bar, north arrow, locator,
names, sources and a per-country summary, every text in the chosen languages side by side.

Everything is laid out in millimetres on the page (``_Page``). The map is drawn by
:func:`floodplan.render.draw_map`, the same code as the app's canvas. Scale is exact: the map axes are
``w`` mm wide on paper and show ``w / 1000 × denominator`` metres of ground (the working CRS is metric).
"""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

import numpy as np
import shapely
from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Circle, Polygon, Rectangle
from matplotlib.transforms import Affine2D
from matplotlib_scalebar.scalebar import ScaleBar
from pyproj import CRS as PyprojCRS
from pyproj import Transformer

from floodplan.core.styles import MPL_RC
from floodplan.errors import InputError
from floodplan.plates.fonts import apply_font_fallback, quiet_glyph_warnings
from floodplan.plates.i18n import Translator
from floodplan.plates.spec import FORMATS, PlateSpec
from floodplan.plates.tables import country_summary
from floodplan.progress import Feedback, step
from floodplan.render.artists import country_colors
from floodplan.render.mapview import draw_map, layer_key, project_extent
from floodplan.render.paths import compound_paths, split_kinds
from floodplan.render.relief import shaded_relief

PT_MM = 25.4 / 72.0  # one typographic point in mm
#: Colour of the scale bar: a near-black used by nothing else, so tests can measure the bar in a PNG.
SCALEBAR_COLOR = "#1c1c1c"
#: Round scale denominators: mantissas of 10^k used when the map is fitted to an extent.
NICE_SCALES = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.5)
TEXT_COLOR = "#1a1a1a"
#: Space (mm on A4, grows with the paper) between the summary table's header rule and its first row.
TABLE_RULE_GAP_MM = 1.2
#: Sources known by role when a layer carries no attribution of its own.
RESULT_SOURCE = "floodplan"


# ------------------------------------------------------------------------------------------- geometry helpers
def nice_scale(denominator: float) -> float:
    """The smallest round scale denominator ≥ ``denominator`` (1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5 × 10^k)."""
    if not denominator > 0:
        raise InputError("the map extent is empty; give a plate extent or layers with features.")
    k = math.floor(math.log10(denominator))
    for base in (10.0**k, 10.0 ** (k + 1)):
        for m in NICE_SCALES:
            if m * base >= denominator * (1 - 1e-12):
                return m * base
    return 10.0 ** (k + 1)


def nice_length(max_m: float) -> float:
    """The longest round length (1, 2, 5 × 10^k m) not above ``max_m`` (m), for the scale bar."""
    k = math.floor(math.log10(max_m))
    best = 10.0**k
    for m in (1.0, 2.0, 5.0):
        if m * 10.0**k <= max_m * (1 + 1e-12):
            best = m * 10.0**k
    return best


def true_north_angle(crs, x: float, y: float) -> float:
    """Direction of true north at (x, y), in degrees clockwise from grid north (the map's up).

    It is minus the meridian convergence: east of a UTM zone's central meridian in the northern
    hemisphere true north leans left (negative). Found numerically, so it holds for any projection:
    the point 1 km further north along the meridian is projected and the bearing to it measured.
    """
    crs = PyprojCRS.from_user_input(crs.to_wkt() if hasattr(crs, "to_wkt") else crs)
    if crs.is_geographic:
        return 0.0
    to_geo = Transformer.from_crs(crs, crs.geodetic_crs, always_xy=True)
    to_map = Transformer.from_crs(crs.geodetic_crs, crs, always_xy=True)
    lon, lat = to_geo.transform(x, y)
    dlat = 0.01 if lat < 89.9 else -0.01  # ~1 km
    x2, y2 = to_map.transform(lon, lat + dlat)
    ang = math.degrees(math.atan2(x2 - x, y2 - y))
    return ang if dlat > 0 else ang - 180.0 * math.copysign(1, ang)


def _wrap(text: str, width_mm: float, fontsize: float) -> str:
    """Wrap text to a width on paper, estimating a DejaVu Sans glyph at 0.55 em."""
    chars = max(8, int(width_mm / (0.58 * fontsize * PT_MM)))
    # Never split a word: "Hochwasser-tiefe" broken mid-word reads worse than a line a little too long.
    return "\n".join(textwrap.fill(part, chars, break_long_words=False) for part in text.split("\n"))


def _text_width_mm(text: str, fontsize: float) -> float:
    return max((len(s) for s in text.split("\n")), default=0) * 0.58 * fontsize * PT_MM


def _fmt_int(v) -> str:
    if v is None or (isinstance(v, float) and not np.isfinite(v)):
        return "–"
    return f"{v:,.0f}".replace(
        ",", "\u2009"
    )  # thin space: a thousands separator read the same in every language


def _fmt_scale(d: float) -> str:
    return "1:" + f"{d:,.0f}".replace(",", "\u2009")


# ------------------------------------------------------------------------------------------------ the page
class _Page:
    """A Figure laid out in millimetres (origin lower left)."""

    def __init__(self, spec: PlateSpec):
        self.spec = spec
        self.W, self.H = spec.page_mm
        self.fig = Figure(figsize=(self.W / 25.4, self.H / 25.4), dpi=spec.dpi)
        FigureCanvasAgg(self.fig)
        self.mm = Affine2D().scale(1 / 25.4) + self.fig.dpi_scale_trans
        # Text grows with the paper, more slowly than the paper (A0 text is twice A4 text).
        self.f = (min(self.W, self.H) / 210.0) ** 0.5
        self.texts: list[str] = []

    def axes(self, x, y, w, h, **kw):
        return self.fig.add_axes((x / self.W, y / self.H, w / self.W, h / self.H), **kw)

    def text(self, x, y, s, size, **kw):
        self.texts.append(s)
        kw.setdefault("color", TEXT_COLOR)
        return self.fig.text(x, y, s, transform=self.mm, fontsize=size, **kw)


def _line_mm(size: float, n: int = 1) -> float:
    return n * size * 1.3 * PT_MM


def _sources(project, result, translate=None) -> list[str]:
    """Attribution texts of the visible layers (deduplicated, in layer order); a layer without one is
    named by its title (``translate``, a Translator) and its file."""
    out: list[str] = []
    for lyr in project.layers:
        if not lyr.visible:
            continue
        text = lyr.attribution
        if not text and lyr.source:
            name = translate(layer_key(lyr)) if translate is not None else lyr.name
            text = f"{name}: {Path(str(lyr.source)).name}"
        if text and text not in out:
            out.append(text)
    if result is not None:
        out.append("Simulation: floodplan")
    return out


def _map_extent(project, spec: PlateSpec, extent, map_w: float, map_h: float):
    """(xmin, xmax, ymin, ymax, denominator) of the map axes for an exact scale."""
    e = extent or spec.extent or project_extent(project)
    cx, cy = (e[0] + e[2]) / 2, (e[1] + e[3]) / 2
    if spec.scale:
        d = float(spec.scale)
    else:
        # 2 % air around the features, then the next round scale so the plate can state it.
        need = max((e[2] - e[0]) / (map_w / 1000.0), (e[3] - e[1]) / (map_h / 1000.0)) * 1.02
        d = nice_scale(need)
    gw, gh = map_w / 1000.0 * d, map_h / 1000.0 * d
    return cx - gw / 2, cx + gw / 2, cy - gh / 2, cy + gh / 2, d


def _north_arrow(page: _Page, ax, box, angle: float, size_mm: float):
    """A north arrow in the map's upper right corner, rotated to true north."""
    x0, y0, w, h = box
    pad = 3 * page.f
    sub = page.axes(x0 + w - size_mm - pad, y0 + h - size_mm - pad, size_mm, size_mm, zorder=10)
    sub.set_xlim(-1, 1)
    sub.set_ylim(-1, 1)
    sub.set_axis_off()
    sub.add_patch(Circle((0, 0), 0.98, facecolor="white", edgecolor="#636363", alpha=0.85, lw=0.6))
    rot = Affine2D().rotate_deg(
        -angle
    )  # angle is clockwise from grid north, matplotlib turns counter-clockwise
    left = np.array([[0, 0.62], [-0.3, -0.5], [0, -0.28]])
    right = np.array([[0, 0.62], [0.3, -0.5], [0, -0.28]])
    sub.add_patch(
        Polygon(rot.transform(left), closed=True, facecolor=TEXT_COLOR, edgecolor=TEXT_COLOR, lw=0.6)
    )
    sub.add_patch(Polygon(rot.transform(right), closed=True, facecolor="white", edgecolor=TEXT_COLOR, lw=0.6))
    tip = rot.transform([[0, 0.8]])[0]
    sub.text(
        tip[0],
        tip[1] - 0.02,
        "N",
        ha="center",
        va="bottom",
        fontsize=7 * page.f,
        fontweight="bold",
        color=TEXT_COLOR,
        rotation=-angle,
    )
    page.texts.append("N")
    return sub


#: Margin of the locator's context around the project (fraction of the project's larger side); the
#: plate's frame is clipped to half of it, so it always lies inside the locator, clear of its border.
INSET_MARGIN = 0.12


def _context_extent(project, margin: float = INSET_MARGIN) -> tuple[float, float, float, float]:
    """The locator's context: the project's full extent (the DEM's bounds when there is one) plus
    ``margin`` × its larger side on every side."""
    e = project_extent(project, roles=("dem",)) if project.layers_by_role("dem") else project_extent(project)
    pad = margin * max(e[2] - e[0], e[3] - e[1], 1.0)
    return e[0] - pad, e[1] - pad, e[2] + pad, e[3] + pad


def _locator_frame(project, map_limits) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) of the plate's map as framed in the locator: the map's extent clipped to the
    project's extent plus half the locator's margin (a plate of the whole valley frames the valley, not
    the white paper around it), so the frame always lies inside the locator."""
    lim = _context_extent(project, INSET_MARGIN / 2)
    x0, x1, y0, y1 = map_limits
    fx0, fy0, fx1, fy1 = max(x0, lim[0]), max(y0, lim[1]), min(x1, lim[2]), min(y1, lim[3])
    if fx1 <= fx0 or fy1 <= fy0:  # the map lies outside the project: a thin frame on the nearest edge
        fx0, fx1 = sorted((min(max(x0, lim[0]), lim[2]), min(max(x1, lim[0]), lim[2])))
        fy0, fy1 = sorted((min(max(y0, lim[1]), lim[3]), min(max(y1, lim[1]), lim[3])))
    return fx0, fy0, fx1, fy1


def _inset(page: _Page, project, box, map_limits, highlight=None, translate=None):
    """Locator map: the project's full extent with a margin (relief, countries tinted and named, rivers),
    and a red frame around the part of it the plate's map shows."""
    from matplotlib.collections import PathCollection
    from matplotlib.colors import to_rgba

    x, y, w, h = box
    ax = page.axes(x, y, w, h)
    ax.set_xticks([])
    ax.set_yticks([])
    for s in ax.spines.values():
        s.set_color("#636363")
        s.set_linewidth(0.6)
    ax.set_facecolor("#f4f4f4")
    ex = _context_extent(project)
    dems = project.layers_by_role("dem")
    if dems:
        g = dems[0].data
        b = g.bounds
        ax.imshow(shaded_relief(g), extent=(b[0], b[2], b[1], b[3]), origin="upper", interpolation="bilinear")
    jur = project.combined("jurisdictions")
    if len(jur):
        geoms = jur.geometry.to_numpy()
        poly = split_kinds(geoms)["polygon"]
        countries = (
            jur["country"].astype(str).to_numpy()[poly]
            if "country" in jur.columns
            else np.full(len(poly), "")
        )
        tints = country_colors(countries)  # the main map's tints (render.artists)
        paths, keys, _ = compound_paths(geoms[poly], countries)
        ax.add_collection(
            PathCollection(
                paths,
                facecolors=[to_rgba(tints[str(k)], 0.55) for k in keys],
                edgecolors="#4d4d4d",
                linewidths=0.4,
                transform=ax.transData,
            ),
            autolim=False,
        )
        tr = translate or (lambda t: t)
        for c in dict.fromkeys(countries):
            if not c:
                continue
            p = shapely.union_all(geoms[poly][countries == c]).point_on_surface()
            t = tr(c).upper()
            ax.text(p.x, p.y, t, fontsize=5.5 * page.f, ha="center", va="center", color="#404040",
                    style="italic", fontweight="bold", clip_on=True, zorder=4)  # fmt: skip
            page.texts.append(t)
    rivers = project.combined("river")
    if len(rivers):
        rg = rivers.geometry.to_numpy()
        kinds = split_kinds(rg)
        paths = []
        if len(kinds["line"]):
            paths += compound_paths(rg[kinds["line"]], kind="line")[0]
        if len(kinds["polygon"]):
            paths += compound_paths(rg[kinds["polygon"]])[0]
        if paths:
            ax.add_collection(
                PathCollection(paths, facecolors="none", edgecolors="#3182bd", linewidths=0.6,
                               transform=ax.transData, zorder=3),
                autolim=False,
            )  # fmt: skip
    if highlight is not None:
        hg = np.asarray(getattr(highlight, "geometry", [highlight]), dtype=object)
        poly = split_kinds(hg)["polygon"]
        if len(poly):
            ax.add_collection(
                PathCollection(
                    compound_paths(hg[poly])[0],
                    facecolors="#ffd92f",
                    alpha=0.6,
                    edgecolors="none",
                    transform=ax.transData,
                ),
                autolim=False,
            )
    fx0, fy0, fx1, fy1 = _locator_frame(project, map_limits)
    frame = Rectangle(
        (fx0, fy0), fx1 - fx0, fy1 - fy0, facecolor="none", edgecolor="#e31a1c", lw=1.4 * page.f, zorder=5
    )
    frame.set_gid("locator_frame")
    ax.add_patch(frame)
    cx, cy = (ex[0] + ex[2]) / 2, (ex[1] + ex[3]) / 2
    half = max((ex[2] - ex[0]) / w, (ex[3] - ex[1]) / h) / 2
    ax.set_xlim(cx - half * w, cx + half * w)
    ax.set_ylim(cy - half * h, cy + half * h)
    ax.set_aspect("equal", adjustable="datalim")
    return ax


def _legend(page: _Page, box, entries, T: Translator, size: float):
    """Legend in a box (mm): bilingual labels; languages stacked when a label is too wide; more columns
    and then a smaller font when it is too tall. Returns the legend and the keys shown."""
    from matplotlib.patches import Patch

    x, y, w, h = box
    ax = page.axes(x, y, w, h)
    ax.set_axis_off()
    if not entries:
        return None, []
    keys = [k for k, _ in entries]
    handles = [hd if hd is not None else Patch(alpha=0) for _, hd in entries]
    title = T("plate.legend")
    leg = None
    # Candidates from the most readable down: one column, two columns, then smaller type (never under
    # 70 % of the body size, ~5 pt on A4, still legible in print).
    tries = [
        (size, 1),
        (size, 2),
        (size * 0.88, 2),
        (size * 0.78, 2),
        (size * 0.78, 3),
        (size * 0.7, 3),
        (size * 0.62, 3),
    ]
    for fs, ncol in tries:
        avail = w / ncol - 9.0 * fs / 7.0  # handle and padding
        labels = []
        for k in keys:
            t = T(k)
            if _text_width_mm(t, fs) > avail:
                t = T(k, sep="\n")
            if _text_width_mm(t, fs) > avail:
                t = _wrap(t, avail, fs)
            labels.append(t)
        if leg is not None:
            leg.remove()
        leg = ax.legend(
            handles,
            labels,
            loc="upper left",
            bbox_to_anchor=(0, 1),
            ncol=ncol,
            frameon=False,
            fontsize=fs,
            title=title,
            title_fontsize=fs * 1.15,
            alignment="left",
            borderaxespad=0.0,
            handlelength=1.8,
            labelspacing=0.45,
            columnspacing=1.0,
        )
        leg.get_title().set_fontweight("bold")
        bb = leg.get_window_extent(page.fig.canvas.get_renderer())
        hmm = bb.height / page.fig.dpi * 25.4
        wmm = bb.width / page.fig.dpi * 25.4
        if hmm <= h + 0.5 and wmm <= w + 0.5:
            break
    for (_, hd), t in zip(entries, leg.get_texts()):
        if hd is None:
            t.set_fontweight("bold")
    page.texts.extend([title] + [t.get_text() for t in leg.get_texts()])
    return leg, keys


#: Rows of the plate's per-country summary: (i18n key, column of :func:`country_summary`).
SUMMARY_ROWS = (
    ("table.flooded_population", "flooded_population"),
    ("table.covered_population", "covered_population"),
    ("table.gap_population", "gap_population"),
    ("table.cooperation_gain", "cooperation_gain"),
    ("table.boat_only_population", "boat_only_population"),
)


def summary_rows(table) -> list[tuple[str, str]]:
    """The summary rows a table has figures for: the boat row only when the run has boats (no row of
    dashes on a plate of a valley without boats)."""
    return [(k, c) for k, c in SUMMARY_ROWS if c in table.columns and not table[c].isna().all()]


def _summary_table(page: _Page, box, table, T: Translator, size: float) -> float:
    """Per-country summary (metrics in rows, countries in columns) at the top of ``box``; returns its
    height in mm."""
    x, y, w, h = box
    countries = [T(c) for c in table["country"]]
    rows = summary_rows(table)
    label_w = w * 0.5
    col_w = (w - label_w) / max(len(countries), 1)
    top = y + h
    head = _wrap(T("plate.summary"), w * 0.85, size * 1.1)  # bold glyphs are wider
    page.text(x, top, head, size * 1.1, va="top", fontweight="bold")
    yy = top - _line_mm(size * 1.1, head.count("\n") + 1) - 0.8
    head_lines = 1
    for i, c in enumerate(countries):
        t = _wrap(c, col_w - 1, size)
        head_lines = max(head_lines, t.count("\n") + 1)
        page.text(x + label_w + (i + 1) * col_w, yy, t, size, va="top", ha="right", fontweight="bold")
    yy -= _line_mm(size, head_lines) + 0.6
    page.fig.add_artist(
        Rectangle((x, yy + 0.3), w, 0.2, transform=page.mm, facecolor="#636363", edgecolor="none")
    )
    # Air under the rule: "top" alignment puts the tallest glyphs' tops at yy, which touched the rule.
    yy -= TABLE_RULE_GAP_MM * page.f
    for key, col in rows:
        label = T(key)
        if _text_width_mm(label, size) > label_w - 1:
            label = _wrap(T(key, sep="\n"), label_w - 1, size)
        n = label.count("\n") + 1
        page.text(x, yy, label, size, va="top")
        for i, v in enumerate(table[col]):
            page.text(x + label_w + (i + 1) * col_w, yy, _fmt_int(v), size, va="top", ha="right")
        yy -= _line_mm(size, n) + 0.8
    return top - yy


def _probability(ax, project, spec: PlateSpec, T: Translator, arts, fontsize: float):
    """Draw the spec's flood-probability raster (an ensemble's ``p_flooded_T<T>.tif``) above the flood
    depth with its colour bar in the map's lower right corner (the scale bar is lower left)."""
    from floodplan.io.raster import read_grid
    from floodplan.render.probability import draw_probability, return_period_of

    path = spec.probability
    grid = read_grid(path, voids=False)

    def _pyproj(c):
        return PyprojCRS.from_user_input(c.to_wkt() if hasattr(c, "to_wkt") else c)

    crs = project.crs
    if crs is not None and grid.crs is not None and not _pyproj(grid.crs).equals(_pyproj(crs)):
        raise InputError(
            f"{path}: the probability raster is in {grid.crs.to_string()}, the project in "
            f"{_pyproj(crs).to_string()}; use the p_flooded_T<T>.tif that floodplan ensemble wrote for "
            "this project."
        )
    z = getattr(arts, "_depth_z", 1.5) + 0.1
    return draw_probability(
        ax, grid, return_period_of(path), T, zorder=z, fontsize=fontsize, name=str(path), alpha=0.8
    )


def build_plate(project, result, spec: PlateSpec, **kw):
    """Lay a plate out on a matplotlib Figure (not saved). Returns (figure, info dict); see render_plate.

    Keywords: ``extent`` (xmin, ymin, xmax, ymax in m), ``highlight`` (geometry outlined), ``heading``
    (subtitle text), ``feedback``. Built under :data:`floodplan.core.styles.MPL_RC`, so the figure is
    the same in the app and on the command line.
    """
    with rc_context(MPL_RC):
        return _build_plate(project, result, spec, **kw)


def _build_plate(
    project,
    result,
    spec: PlateSpec,
    *,
    extent=None,
    highlight=None,
    heading: str | None = None,
    feedback: Feedback | None = None,
):
    """The body of :func:`build_plate` (run under MPL_RC)."""
    spec.validate()
    T = Translator(spec.languages, project)
    page = _Page(spec)
    W, H, f, m = page.W, page.H, page.f, float(spec.margins_mm)
    fs_title, fs_sub, fs_body, fs_small = 17 * f, 10.5 * f, 7.5 * f, 6.3 * f
    gap = 4.0 * f
    step(feedback, 0.05, "plate layout")

    # ---- title band
    title = T(spec.title) if spec.title else T("plate.title")
    sub_parts = [s for s in (T(spec.subtitle) if spec.subtitle else "", heading or "") if s]
    subtitle = " — ".join(sub_parts)
    while _text_width_mm(title, fs_title) > W - 2 * m and fs_title > 9:
        fs_title *= 0.9
    title = _wrap(title, W - 2 * m, fs_title)
    th = _line_mm(fs_title, title.count("\n") + 1) + (_line_mm(fs_sub) + 1 if subtitle else 0) + 1.5
    page.text(m, H - m, title, fs_title, va="top", fontweight="bold")
    if subtitle:
        page.text(
            m,
            H - m - _line_mm(fs_title, title.count("\n") + 1) - 0.5,
            _wrap(subtitle, W - 2 * m, fs_sub),
            fs_sub,
            va="top",
            color="#404040",
        )
    page.fig.add_artist(
        Rectangle(
            (m, H - m - th), W - 2 * m, 0.35 * f, transform=page.mm, facecolor=TEXT_COLOR, edgecolor="none"
        )
    )
    body_top = H - m - th - gap

    # ---- map box and panel boxes
    landscape = W >= H
    if landscape:
        pw = max(80.0 * f, 0.30 * (W - 2 * m))
        map_box = (m, m, W - 2 * m - pw - gap, body_top - m)
        panel = (W - m - pw, m, pw, body_top - m)
        columns = [panel]
    else:
        ph = max(78.0 * f, 0.28 * (H - 2 * m))
        if not spec.scale:
            # A map fitted to a wide valley does not need the whole height: give the rest to the legend.
            e = extent or spec.extent or project_extent(project)
            need_h = (W - 2 * m) * (e[3] - e[1]) / max(e[2] - e[0], 1e-9) * 1.15
            ph = max(ph, min(0.5 * (H - 2 * m), body_top - m - gap - need_h))
        map_box = (m, m + ph + gap, W - 2 * m, body_top - (m + ph + gap))
        # The legend, with the most text, gets the widest column.
        usable = W - 2 * m - 2 * gap
        widths = (0.27 * usable, 0.43 * usable, 0.30 * usable)
        lefts = (m, m + widths[0] + gap, m + widths[0] + widths[1] + 2 * gap)
        columns = [(lefts[i], m, widths[i], ph) for i in range(3)]

    # ---- the map
    mx, my, mw, mh = map_box
    ax = page.axes(mx, my, mw, mh)
    x0, x1, y0, y1, denom = _map_extent(project, spec, extent, mw, mh)
    arts = draw_map(
        ax,
        project,
        result,
        mode=spec.mode,
        show_service_areas=spec.show_service_areas,
        gaps_kind=spec.gaps_kind,
        mark_boat_only=spec.mark_boat_only,
        highlight=highlight,
        labels=True,
        translate=T,
        label_size=7.0 * f,
        set_limits=False,
        symbol_scale=f,
        scale_denominator=denom,
    )
    page.texts.extend(t.get_text() for t in arts.labels)
    prob = _probability(ax, project, spec, T, arts, 6.3 * f) if spec.probability else None
    if prob is not None:
        page.texts.append(prob.label)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal", adjustable="datalim")
    ax.set_xticks([])
    ax.set_yticks([])
    for s in ax.spines.values():
        s.set_linewidth(0.8)
        s.set_color(TEXT_COLOR)
    step(feedback, 0.4, "map drawn")

    # Scale bar: a round length near a fifth of the map width, exact at the plate's scale.
    bar_m = nice_length(0.22 * mw / 1000.0 * denom)
    value, units = (bar_m / 1000.0, "km") if bar_m >= 1000 else (bar_m, "m")
    sb = ScaleBar(
        1.0,
        units="m",
        fixed_value=value,
        fixed_units=units,
        location="lower left",
        color=SCALEBAR_COLOR,
        box_alpha=0.85,
        font_properties={"size": fs_body},
        width_fraction=max(0.006, 1.6 * f / mh),
        border_pad=0.6,
        sep=2.5,
        scale_loc="bottom",
        scale_formatter=lambda v, u: f"{v:g} {u}",
    )
    ax.add_artist(sb)
    page.texts.append(f"{value:g} {units}")
    north = true_north_angle(project.crs or project.dem.crs, (x0 + x1) / 2, (y0 + y1) / 2)
    _north_arrow(page, ax, map_box, north, 13.0 * f)

    # ---- panel
    scenario = result.scenario if result is not None else None
    info_lines = []
    if scenario is not None:
        info_lines.append(f"{T('plate.scenario')}: {T(scenario.name)}")
        info_lines.append(f"{T('param.mode')}: {T('mode.' + spec.mode)}")
    else:
        info_lines.append(T("plate.no_result"))
    info_lines.append(f"{T('plate.scale')} {_fmt_scale(denom)}")
    info_lines.append(f"{T('plate.date')}: {spec.date_text}")
    if spec.organisation:
        info_lines.append(f"{T('plate.organisation')}: {T(spec.organisation)}")
    sources = _sources(project, result, T)
    src_text = f"{T('plate.sources')}: " + "; ".join(sources) if sources else ""
    table = country_summary(project, result) if (result is not None and spec.show_summary) else None
    if table is not None and (
        len(table) == 0 or table[["flooded_population", "covered_population"]].isna().all().all()
    ):
        table = None

    def info_block(box):
        x, y, w, h = box
        lines = [_wrap(s, w, fs_body) for s in info_lines]
        yy = y + h
        for s in lines:
            page.text(x, yy, s, fs_body, va="top")
            yy -= _line_mm(fs_body, s.count("\n") + 1)
        return (y + h) - yy

    def sources_block(box):
        x, y, w, h = box
        if not src_text:
            return 0.0
        s = _wrap(src_text, w, fs_small)
        page.text(x, y, s, fs_small, va="bottom", color="#404040")
        return _line_mm(fs_small, s.count("\n") + 1)

    def info_height(w):
        return sum(_line_mm(fs_body, _wrap(s, w, fs_body).count("\n") + 1) for s in info_lines)

    def table_height(w):
        if table is None:
            return 0.0
        n = sum(
            (T(k).count("\n") + 1)
            if _text_width_mm(T(k), fs_small) <= w * 0.5 - 1
            else _wrap(T(k, sep="\n"), w * 0.5 - 1, fs_small).count("\n") + 1
            for k, _ in summary_rows(table)
        )
        head = _wrap(T("plate.summary"), w * 0.85, fs_small * 1.1).count("\n") + 1
        return _line_mm(fs_small * 1.1, head) + _line_mm(fs_small, n + 2) + 6.0 + TABLE_RULE_GAP_MM * f

    legend_keys: list[str] = []
    inset_ax = None
    if landscape:
        px, py, pw_, ph_ = columns[0]
        top = py + ph_
        if spec.show_inset:
            ih = min(pw_ * 0.6, ph_ * 0.2)
            inset_ax = _inset(page, project, (px, top - ih, pw_, ih), (x0, x1, y0, y1), highlight, T)
            top -= ih + gap
        ih = info_height(pw_)
        info_block((px, top - ih, pw_, ih))
        top -= ih + gap
        sh = sources_block((px, py, pw_, 0))
        bottom = py + sh + (gap if sh else 0)
        if table is not None:
            tbh = table_height(pw_)
            _summary_table(page, (px, bottom, pw_, tbh), table, T, fs_small)
            bottom += tbh + gap
        _, legend_keys = _legend(page, (px, bottom, pw_, top - bottom), arts.legend_entries(), T, fs_body)
    else:
        (ax1, ay1, aw1, ah1), (ax2, ay2, aw2, ah2), (ax3, ay3, aw3, ah3) = columns
        top = ay1 + ah1
        ih = info_height(aw1)
        if spec.show_inset:
            # No taller than the context's own shape at the column's width: the rest is blank margin.
            c = _context_extent(project)
            ins_h = max(min(ah1 - ih - gap, aw1 * (c[3] - c[1]) / max(c[2] - c[0], 1e-9)), 10.0)
            inset_ax = _inset(page, project, (ax1, top - ins_h, aw1, ins_h), (x0, x1, y0, y1), highlight, T)
            top -= ins_h + gap
        info_block((ax1, ay1, aw1, ih))
        _, legend_keys = _legend(page, (ax2, ay2, aw2, ah2), arts.legend_entries(), T, fs_body)
        sh = sources_block((ax3, ay3, aw3, 0))
        if table is not None:
            tbh = min(table_height(aw3), ah3 - sh - gap)
            _summary_table(page, (ax3, ay3 + ah3 - tbh, aw3, tbh), table, T, fs_small)
    step(feedback, 0.6, "plate laid out")

    info = {
        "page_mm": (W, H),
        "map_box_mm": map_box,
        "map_extent": (x0, y0, x1, y1),
        "scale": denom,
        "scalebar_m": bar_m,
        "scalebar_mm": bar_m / denom * 1000.0,
        "north_deg": north,
        "legend": legend_keys,
        "sources": sources,
        "texts": page.texts,
        "inset": inset_ax is not None,
        "summary": None if table is None else table.to_dict("records"),
    }
    # Titles and names in any script: fonts that have the glyphs DejaVu Sans lacks (CJK, Arabic...).
    apply_font_fallback(page.fig)
    return page.fig, info


def _format_of(out_path) -> str:
    suffix = Path(out_path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            f"{out_path}: a plate is written as .pdf, .png or .svg; change the file name's ending."
        )
    return suffix[1:]


def _save(fig, path: Path, fmt: str, dpi: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # TrueType fonts in PDF and real text in SVG: the texts stay searchable and extractable (pypdf, grep).
    with (
        rc_context({"pdf.fonttype": 42, "svg.fonttype": "none", **MPL_RC}),
        quiet_glyph_warnings(),
    ):
        if fmt != "png":
            fig.savefig(path, format=fmt, dpi=dpi)
            return
        # PNG: a plate is opaque paper, so RGB (not RGBA) with fast zlib: a quarter less data to deflate,
        # which is most of the time of a 17-Mpx A3 page at 300 dpi.
        from PIL import Image

        fig.set_dpi(dpi)
        canvas = fig.canvas
        canvas.draw()
        rgba = np.asarray(canvas.buffer_rgba())
        Image.fromarray(rgba[..., :3]).save(path, format="PNG", compress_level=1, dpi=(dpi, dpi))


def render_plate(project, result, spec: PlateSpec, out_path, *, feedback: Feedback | None = None) -> dict:
    """Render one plate to PDF (vector, dense layers rasterised), PNG (at ``spec.dpi``) or SVG.

    Parameters
    ----------
    project : Project
    result : ScenarioResult or None (layers only; floodplan.sim.result)
    spec : PlateSpec (paper, orientation, dpi, texts, languages, scale or fit)
    out_path : file name ending in .pdf, .png or .svg (its folder is created)

    Returns
    -------
    dict with ``path``, ``format``, ``page_mm`` (width, height), ``pixels`` (PNG: width, height),
    ``scale`` (denominator), ``map_box_mm``, ``map_extent`` (m), ``scalebar_m`` and ``scalebar_mm``,
    ``north_deg`` (true north, clockwise from the map's up), ``legend`` (label keys), ``sources``,
    ``texts`` (every text placed) and ``summary`` (the per-country rows).
    """
    out = Path(out_path)
    fmt = _format_of(out)
    fig, info = build_plate(project, result, spec, feedback=feedback)
    step(feedback, 0.7, f"writing {out.name}")
    _save(fig, out, fmt, spec.dpi)
    info.update(path=out, format=fmt)
    if fmt == "png":
        from PIL import Image

        with Image.open(out) as im:
            info["pixels"] = im.size
    step(feedback, 1.0, "plate written")
    return info


def render_atlas(
    project,
    result,
    spec: PlateSpec,
    out_path,
    by_layer: str | None = None,
    *,
    name_field: str | None = None,
    feedback: Feedback | None = None,
) -> dict:
    """One plate per jurisdiction (or per feature of ``by_layer``) in one multi-page PDF.

    Each page is fitted to its feature (with 8 % air) unless ``spec.scale`` is set, outlines the feature
    and names it in the subtitle. Returns a dict with ``path``, ``pages`` (count) and ``page_info`` (the
    info dict of each page, as :func:`render_plate` gives).
    """
    from matplotlib.backends.backend_pdf import PdfPages

    out = Path(out_path)
    if out.suffix.lower() != ".pdf":
        raise InputError(f"{out}: an atlas is one multi-page PDF; give a file name ending in .pdf.")
    if by_layer is None:
        feats = project.combined("jurisdictions")
        label = "jurisdictions"
        if len(feats) == 0:
            raise InputError(
                "the project has no jurisdictions to make atlas pages of; add a jurisdictions layer or choose a layer."
            )
    else:
        lyr = project.layer(by_layer)
        if lyr.is_raster or len(lyr.data) == 0:
            raise InputError(
                f"layer '{by_layer}' has no features to make atlas pages of; choose a vector layer."
            )
        feats = lyr.data
        label = by_layer
    field = name_field or next((c for c in ("name", "id") if c in feats.columns), None)
    names = feats[field].astype(str).tolist() if field else [f"{label} {i + 1}" for i in range(len(feats))]
    countries = feats["country"].astype(str).tolist() if "country" in feats.columns else [None] * len(feats)
    T = Translator(spec.languages, project)
    pages = []
    out.parent.mkdir(parents=True, exist_ok=True)
    with (
        rc_context({"pdf.fonttype": 42, **MPL_RC}),
        quiet_glyph_warnings(),
        PdfPages(out) as pdf,
    ):
        for i, (geom, name, country) in enumerate(zip(feats.geometry, names, countries)):
            step(feedback, i / len(feats), f"atlas page {i + 1} of {len(feats)}: {name}")
            b = shapely.bounds(geom)
            pad = 0.08 * max(b[2] - b[0], b[3] - b[1], 1.0)
            ext = (b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad)
            heading = T(name) + (f" ({T(country)})" if country else "")
            fig, info = build_plate(project, result, spec, extent=ext, highlight=geom, heading=heading)
            pdf.savefig(fig, dpi=spec.dpi)
            info["feature"] = name
            pages.append(info)
    step(feedback, 1.0, "atlas written")
    return {"path": out, "pages": len(pages), "page_info": pages}
