"""draw_probability: an ensemble's flood-probability grid (issue 17) on a map, colour bar labelled in the
plate's languages, 0 and NaN transparent, values outside 0–1 refused."""

import io

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image

from floodplan.errors import InputError
from floodplan.plates.i18n import Translator
from floodplan.render.probability import (
    draw_probability,
    probability_label,
    probability_rgba,
    return_period_of,
)
from floodplan.testing import make_grid


def _grid():
    # 4 × 4 cells of 10 m: a column each of p = 0 (dry in every member), 0.25, 1 (floods in all) and NaN.
    z = np.array([[0.0, 0.25, 1.0, np.nan]] * 4)
    return make_grid(z, cellsize=10.0, x0=0.0, y0=40.0)


def _png(fig) -> np.ndarray:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=fig.dpi, facecolor="white")
    return np.asarray(Image.open(buf).convert("RGB")).astype(int)


def test_probability_grid_renders_with_bilingual_colour_bar():
    fig = Figure(figsize=(4, 4), dpi=50)
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0.3, 1, 0.7))
    cax = fig.add_axes((0.1, 0.1, 0.8, 0.05))
    ax.set_xlim(0, 40)
    ax.set_ylim(0, 40)
    T = Translator(["de", "pl"])
    arts = draw_probability(ax, _grid(), 100, T, cax=cax, alpha=1.0)
    # The label is the i18n term of each language with T filled in (resources/i18n/de.json, pl.json).
    assert arts.label == (
        "Überflutungswahrscheinlichkeit (T = 100 Jahre) / Prawdopodobieństwo zalania (T = 100 lat)"
    )
    assert arts.colorbar.ax.get_xlabel() == arts.label
    assert [t.get_text() for t in arts.colorbar.ax.get_xticklabels()][0] in ("0.00", "0.0", "0")
    assert arts.legend_entry[0] == "=" + arts.label

    img = _png(fig)
    h = img.shape[0]
    # The map occupies the top 70 % (0–140 px of 200); sample the middle row of the map, one pixel per
    # 10 m column (50 px / 4 columns at the map's 200 px width: column centres at 25, 75, 125, 175 px).
    row = int(h * 0.3 / 2)
    p0, p25, p100, pnan = (img[row, x] for x in (25, 75, 125, 175))
    white = np.array([255, 255, 255])
    assert np.abs(p0 - white).max() <= 2  # p = 0: transparent over the white paper
    assert np.abs(pnan - white).max() <= 2  # no data: transparent
    # The ramp darkens with the probability (sequential): 1 darker than 0.25, both tinted.
    assert p100.sum() < p25.sum() < white.sum() - 30
    # Colours are the ramp's own (probability_rgba), not a neighbour's.
    want = np.round(probability_rgba(np.array([0.25, 1.0]))[:, :3] * 255)
    assert np.abs(p25 - want[0]).max() <= 3 and np.abs(p100 - want[1]).max() <= 3


def test_values_outside_zero_one_are_refused():
    g = make_grid(np.array([[0.0, 1.7]]), cellsize=10.0)  # a depth in metres, not a probability
    fig = Figure()
    FigureCanvasAgg(fig)
    with pytest.raises(InputError, match=r"p_flooded.*not probabilities|not probabilities"):
        draw_probability(fig.add_axes((0, 0, 1, 1)), g, 100, name="p_flooded_T100.tif")


def test_return_period_from_the_contract_file_name():
    assert return_period_of("out/p_flooded_T100.tif") == 100.0
    assert return_period_of("p_flooded_T2.5.tif") == 2.5
    with pytest.raises(InputError, match="depth.tif"):
        return_period_of("depth.tif")
    assert probability_label(30) == "Probability of flooding (T = 30 years)"
