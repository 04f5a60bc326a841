"""Plates read well: legends name layers by their titles (never table names), the locator frames the map
inside its own limits, one depth-class table colours a depth on a class edge the same way everywhere,
and the flood keeps a visible halo at small scales.

Expected values come from hand reasoning on the synthetic valley (tests/render/synthetic_valley.py) and
from the edge rule written in floodplan.core.depth ((lo, hi]: 0.3 m is in "0–0.3 m").
"""

import sys

import geopandas as gpd
import numpy as np
import pytest
import shapely
from matplotlib.image import AxesImage

from floodplan.model.project import Layer
from floodplan.plates.layout import build_plate
from floodplan.plates.spec import PlateSpec
from floodplan.render import DepthClasses, draw_map
from floodplan.sim.exposure import depth_class

sv = sys.modules["floodplan_test_synthetic_valley"]


def _with_other_layers(project):
    """Add two role-'other' layers as a real project has them: one titled, one untitled (an old project)."""
    x0, y0, x1, y1 = project.dem.bounds
    lake = shapely.box(x0 + 50, y1 - 120, x0 + 150, y1 - 60)
    border = shapely.LineString([((x0 + x1) / 2, y0), ((x0 + x1) / 2, y1)])
    titled = Layer(
        "water_areas",
        "other",
        gpd.GeoDataFrame(geometry=[lake], crs=project.crs),
        extra={"titles": {"en": "Lakes and reservoirs", "de": "Seen und Speicher"}},
    )
    untitled = Layer("national_border", "other", gpd.GeoDataFrame(geometry=[border], crs=project.crs))
    broken = Layer(  # an odd extra (not a dict) must not break the legend: it reads as untitled
        "water_ways",
        "other",
        gpd.GeoDataFrame(geometry=[border.parallel_offset(30)], crs=project.crs),
        extra={"titles": "Waterways"},
    )
    for lyr in (titled, untitled, broken):
        project.add_layer(lyr)
    return project


@pytest.fixture(scope="module")
def project():
    return _with_other_layers(sv.build_project())


def _legend_texts(fig) -> list[str]:
    texts = []
    for ax in fig.axes:
        leg = ax.get_legend()
        if leg is not None:
            texts += [t.get_text() for t in leg.get_texts()]
    return texts


def test_legend_texts_are_titles_never_table_names(tmp_path, project, result):
    fig, _ = build_plate(project, result, PlateSpec(paper="A4", dpi=60, languages=["en", "de"]))
    fig.savefig(tmp_path / "plate.png", dpi=60)  # drawn to PNG: the texts are the ones on paper
    texts = _legend_texts(fig)
    assert texts, "the plate has a legend"
    parts = {p.strip() for t in texts for p in t.replace("\n", " / ").split(" / ")}
    raw = set(project.layer_names())  # 'dem', 'river', 'roads', 'water_areas', 'national_border', ...
    assert not parts & raw, parts & raw
    flat = " | ".join(t.replace("\n", " / ") for t in texts)
    assert "Lakes and reservoirs / Seen und Speicher" in flat  # the layer's titles, side by side
    assert "National border" in flat and "Water ways" in flat  # untitled: humanised, not raw
    assert "River / Fluss" in flat  # untitled layer of a known role: its role's term


def test_titles_survive_the_project_file(tmp_path, project):
    from floodplan.io.projectfile import open_project, save_project

    save_project(project, tmp_path / "p.gpkg")
    back = open_project(tmp_path / "p.gpkg")
    assert back.layer("water_areas").extra["titles"] == {
        "en": "Lakes and reservoirs",
        "de": "Seen und Speicher",
    }
    assert "titles" not in back.layer("national_border").extra


def _frame(fig):
    for ax in fig.axes:
        for patch in ax.patches:
            if patch.get_gid() == "locator_frame":
                return ax, patch
    raise AssertionError("the plate has no locator frame")


@pytest.mark.parametrize("zoom", [False, True])
def test_inset_frame_lies_inside_the_inset(project, result, zoom):
    x0, y0, x1, y1 = project.dem.bounds
    # zoomed: a map of the middle quarter (an atlas page); not zoomed: the whole valley at its fitted scale,
    # whose map extent is larger than the project (paper around it).
    extent = ((3 * x0 + x1) / 4, (3 * y0 + y1) / 4, (x0 + x1) / 2, (y0 + y1) / 2) if zoom else None
    fig, info = build_plate(project, result, PlateSpec(paper="A4", dpi=60), extent=extent)
    ax, frame = _frame(fig)
    fig.canvas.draw()
    fx0, fy0 = frame.get_xy()
    fx1, fy1 = fx0 + frame.get_width(), fy0 + frame.get_height()
    lx, ly = ax.get_xlim(), ax.get_ylim()
    assert lx[0] < fx0 < fx1 < lx[1] and ly[0] < fy0 < fy1 < ly[1]
    # The locator shows more than the frame: the context around it.
    assert (fx1 - fx0) * (fy1 - fy0) < 0.9 * (lx[1] - lx[0]) * (ly[1] - ly[0])
    # The frame covers the map's extent where the project is (the map extent clipped to the project).
    mx0, my0, mx1, my1 = info["map_extent"]
    if zoom:
        assert (fx0, fy0, fx1, fy1) == pytest.approx((mx0, my0, mx1, my1))
    else:
        # The whole valley is framed, hugging it (within 10 % of its size), not the paper around it.
        pad = 0.1 * max(x1 - x0, y1 - y0)
        assert (
            x0 - pad <= fx0 <= x0
            and y0 - pad <= fy0 <= y0
            and x1 <= fx1 <= x1 + pad
            and y1 <= fy1 <= y1 + pad
        )
        assert mx1 - mx0 > fx1 - fx0 or my1 - my0 > fy1 - fy0  # the map's extent is larger than that


def _depth_image(ax):
    """The flood image: the topmost image of the map (the relief is the other one, at the bottom)."""
    imgs = [a for a in ax.get_children() if isinstance(a, AxesImage)]
    assert len(imgs) == 2
    return max(imgs, key=lambda a: a.get_zorder())


def test_depth_on_a_class_edge_gets_one_colour_in_render_and_plates(project):
    from types import SimpleNamespace

    table = DepthClasses.of()
    # The edge rule (lo, hi]: 0.3 m is in the first class "0–0.3 m", as the exposure engine counts it.
    assert table.index(0.3) == 0 == depth_class(np.array([0.3]), table.lower)[0]
    assert table.index(0.3000001) == 1 == depth_class(np.array([0.3000001]), table.lower)[0]
    # A float32 depth stored as "0.3" is 0.30000001192 m: both compare it as float64, and agree.
    f32 = np.float32(0.3)
    assert table.index(f32) == depth_class(np.array([f32]), table.lower)[0]
    edge = table.rgba(np.array([0.3]))[0]

    depth = project.dem.like(np.full(project.dem.shape, 0.3, dtype=np.float64))
    # render: draw_map's flood image
    from matplotlib.figure import Figure

    fig = Figure()
    ax = fig.add_subplot()
    arts = draw_map(ax, project, depth=depth)
    on_screen = arts.depth.get_array()[5, 5]
    # plates: the plate's map, drawn with a result whose depth is 0.3 m everywhere
    res = SimpleNamespace(depth=depth, scenario=None)
    pfig, _ = build_plate(project, res, PlateSpec(paper="A4", dpi=60, show_summary=False))
    map_ax = max(pfig.axes, key=lambda a: a.get_position().width * a.get_position().height)
    on_paper = _depth_image(map_ax).get_array()[5, 5]
    np.testing.assert_array_equal(on_screen, edge)
    np.testing.assert_array_equal(on_paper, edge)
    # ... and the legend's swatch of "0–0.3 m" is that colour.
    assert tuple(edge[:3]) == tuple(round(c * 255) for c in table.colors[0])
    labels = dict(arts.legend_entries())
    assert "=0–0.3 m" in labels


def test_flood_has_a_halo_at_small_scales(project):
    """One wet cell: at 1:150,000 a 10 m cell is 0.07 mm on paper, so the flood gets a ring of cells
    (HALO_MM = 0.35 mm needs 5 cells, capped at 3); at the screen (no scale) none."""
    from matplotlib.figure import Figure

    z = np.zeros(project.dem.shape)
    r, c = np.array(z.shape) // 2
    z[r, c] = 0.5
    depth = project.dem.like(z)
    for denom, ring in ((None, 0), (150_000.0, 3)):
        fig = Figure()
        ax = fig.add_subplot()
        img = draw_map(ax, project, depth=depth, scale_denominator=denom).depth.get_array()
        visible = img[..., 3] > 0
        assert visible[r, c]
        assert visible.sum() == 1 + 2 * ring * (ring + 1), denom  # a diamond of radius ring (4-connected)


def test_summary_first_row_clears_the_header_rule(project, result):
    """The first row's glyphs stay at least 0.5 mm below the rule under the country names (they touched)."""
    from matplotlib.colors import to_hex
    from matplotlib.patches import Rectangle

    fig, _ = build_plate(project, result, PlateSpec(paper="A3", dpi=100, languages=["ca", "es"]))
    renderer = fig.canvas.get_renderer()
    rules = [a for a in fig.artists if isinstance(a, Rectangle) and to_hex(a.get_facecolor()) == "#636363"]
    assert len(rules) == 1
    rule_bottom = rules[0].get_window_extent(renderer).y0
    first = [t for t in fig.texts if t.get_text().startswith("Població inundada")]
    assert len(first) == 1
    top = first[0].get_window_extent(renderer).y1
    assert (rule_bottom - top) / fig.dpi * 25.4 >= 0.5
