"""Draw an ensemble's flood-probability grid (issue 17, docs/command-line.md ``floodplan ensemble``:
``p_flooded_T<T>.tif``,
the fraction of members in which each cell floods) on a map, with a colour bar and a legend entry.

The ramp is sequential, light (rarely flooded) to dark (flooded in nearly every member), in purples so that
it is told apart from the blue flood depth and the red gaps and flooded roads on the same sheet and still
reads on a greyscale photocopy (lightness rises monotonically). A cell that floods in no member (0) or has
no data (NaN) is transparent, so the relief shows through where the valley stays dry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from matplotlib import colormaps
from matplotlib.colors import Normalize
from matplotlib.patches import Patch

from floodplan.core.grid import Grid
from floodplan.errors import InputError

#: Sequential ramp of the probability (a matplotlib colormap name; ColorBrewer's BuPu, light to dark).
PROBABILITY_CMAP = "BuPu"
#: The ramp starts this far in, so that the lowest probabilities are still visibly tinted over the relief.
RAMP_START = 0.15
#: Colour bar ticks (probability, 0–1).
PROBABILITY_TICKS = (0.0, 0.25, 0.5, 0.75, 1.0)
#: Tolerance on the 0–1 range (float32 rounding of a fraction of members).
RANGE_TOL = 1e-6
_T_IN_NAME = re.compile(r"p_flooded_T(\d+(?:\.\d+)?)", re.IGNORECASE)


def return_period_of(path) -> float:
    """The return period (years) in a probability file's name (``p_flooded_T100.tif`` -> 100.0).

    Raises
    ------
    InputError
        When the name does not carry ``p_flooded_T<T>`` (the contract's name), naming the file.
    """
    m = _T_IN_NAME.search(Path(str(path)).name)
    if m is None:
        raise InputError(
            f"{path}: the file name does not say its return period; "
            "name it p_flooded_T<years>.tif as floodplan ensemble does."
        )
    return float(m.group(1))


#: The colour bar's label without a translator (resources/i18n/en.json "legend.flood_probability").
ENGLISH_LABEL = "Probability of flooding (T = {T} years)"


def probability_label(return_period: float, translate=None) -> str:
    """ "Probability of flooding (T = 100 years)" in each language of ``translate`` (a
    :class:`floodplan.plates.i18n.Translator`), side by side; English when ``translate`` is None."""
    # The translator is passed in (render sits below plates, so it does not import their i18n).
    years = f"{float(return_period):g}"
    if translate is None:
        return ENGLISH_LABEL.replace("{T}", years)
    texts = [t.replace("{T}", years) for t in translate.each("legend.flood_probability")]
    return " / ".join(dict.fromkeys(texts))


def _ramp():
    base = colormaps[PROBABILITY_CMAP]
    return base, Normalize(0.0, 1.0)


def probability_rgba(p: np.ndarray) -> np.ndarray:
    """RGBA (float, 0–1) of probabilities: the ramp from :data:`RAMP_START` (p → 0) to 1 (p = 1); cells
    with p ≤ 0 or NaN transparent. Shape (*p.shape, 4)."""
    cmap, _ = _ramp()
    p = np.asarray(p, dtype=float)
    show = np.isfinite(p) & (p > 0)
    t = RAMP_START + (1.0 - RAMP_START) * np.clip(np.nan_to_num(p, nan=0.0), 0.0, 1.0)
    rgba = cmap(t)
    rgba[..., 3] = np.where(show, 1.0, 0.0)
    return rgba


def check_probability(grid: Grid, name: str = "probability grid") -> np.ndarray:
    """The grid's values as float, checked to be probabilities (0–1, NaN for no data).

    Raises
    ------
    InputError
        When a value lies outside 0–1 (a depth or a percentage is not a probability), naming ``name``.
    """
    z = np.asarray(grid.z, dtype=float)
    ok = z[np.isfinite(z)]
    if ok.size and (ok.min() < -RANGE_TOL or ok.max() > 1.0 + RANGE_TOL):
        raise InputError(
            f"{name}: values from {ok.min():g} to {ok.max():g} are not probabilities (0 to 1); "
            "give the ensemble's p_flooded_T<T>.tif."
        )
    return np.clip(z, 0.0, 1.0)


@dataclass
class ProbabilityArtists:
    """What :func:`draw_probability` drew: the image, the colour bar (or None), its label text and the
    legend entry (``('=' + label, Patch)``: a literal key, as the map's legend takes)."""

    image: object
    colorbar: object | None
    label: str
    legend_entry: tuple = field(default_factory=tuple)


def draw_probability(
    ax,
    grid: Grid,
    return_period: float,
    translate=None,
    *,
    cax=None,
    colorbar: bool = True,
    zorder: float = 1.6,
    alpha: float = 0.85,
    fontsize: float = 7.0,
    name: str = "probability grid",
) -> ProbabilityArtists:
    """Draw a flood-probability grid (0–1) into ``ax`` with a colour bar labelled in the plate's languages.

    Parameters
    ----------
    ax : matplotlib Axes in the grid's CRS (metres, as the map)
    grid : Grid of shape (rows, cols): the fraction of members in which each cell floods (0–1), NaN = no
        data (docs/command-line.md ``floodplan ensemble``, ``p_flooded_T<T>.tif``)
    return_period : the event's return period T (years), for the label
    translate : a Translator (languages side by side), or None for English
    cax : Axes for the colour bar; None puts a horizontal bar in the map's lower right corner
    colorbar : draw the colour bar (False: only the image and the legend entry, for a legend box)
    zorder, alpha : of the image (default just above the relief and jurisdictions, below roads and
        buildings, as the flood depth)
    fontsize : of the colour bar's label and ticks (points)
    name : how the grid is named in an error (its file)

    Returns
    -------
    ProbabilityArtists

    Raises
    ------
    InputError
        When the grid holds values outside 0–1, or the return period is not a positive number.
    """
    if not (np.isfinite(return_period) and float(return_period) > 0):
        raise InputError(
            f"{name}: the return period must be a positive number of years, not {return_period}."
        )
    p = check_probability(grid, name)
    b = grid.bounds
    img = ax.imshow(
        probability_rgba(p),
        extent=(b[0], b[2], b[1], b[3]),
        origin="upper",
        interpolation="nearest",
        zorder=zorder,
        alpha=alpha,
    )
    label = probability_label(return_period, translate)
    cmap, norm = _ramp()
    mid = cmap(RAMP_START + (1.0 - RAMP_START) * 0.5)
    entry = ("=" + label, Patch(facecolor=mid, edgecolor="none", alpha=alpha))
    cb = None
    if colorbar:
        from matplotlib.cm import ScalarMappable
        from matplotlib.colors import LinearSegmentedColormap

        # The bar shows the ramp as the map uses it (from RAMP_START), over 0–1.
        shown = LinearSegmentedColormap.from_list(
            "floodplan_probability", cmap(np.linspace(RAMP_START, 1.0, 256))
        )
        sm = ScalarMappable(norm=norm, cmap=shown)
        if cax is None:
            cax = ax.inset_axes((0.62, 0.06, 0.34, 0.025))
            cax.set_zorder(160)
        cb = ax.figure.colorbar(sm, cax=cax, orientation="horizontal", ticks=list(PROBABILITY_TICKS))
        cb.ax.tick_params(labelsize=fontsize)
        cb.set_label(label, fontsize=fontsize)
        cb.outline.set_linewidth(0.5)
    return ProbabilityArtists(img, cb, label, entry)
