"""Issue 14, "one drawer": the app's map canvas and a plate's map (render.mapview.draw_map) are drawn by the
same builders (floodplan.render.artists), so the same scene has the same colours at the same map places.

The scene is the GUI tests' two-country valley (tests/gui/conftest.py) with a hand-made result: a depth
grid with one block per depth class (one block exactly on the 0.3 m class edge), a road closed by water
and a coverage gap, all placed where nothing else is drawn. The canvas is grabbed offscreen; the plate
side is draw_map into an Agg figure of the canvas's size and view.

Expected colours come from the one style table (floodplan/core/styles.py: the fire station's colour, the
flooded road's colour) and the one depth-class table (floodplan/core/depth.py, classes (lo, hi]: 0.3 m is in
"0–0.3 m"); translucent fills (a jurisdiction's tint, the hatched gap) over the relief have no table colour,
so there the screen must equal the paper.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from matplotlib.colors import to_rgb
from shapely.geometry import LineString, box

pytestmark = pytest.mark.gui

# Depth blocks: 4 x 4 cells of 10 m each, rows 62–65 (y 5599380–5599350: the south, away from the names),
# at these first columns, with these depths (m) and expected classes of DepthClasses (0, 0.3, 1, 2).
BLOCKS = [(2, 0.1, 0), (10, 0.3, 0), (18, 0.5, 1), (26, 1.5, 2), (34, 3.0, 3)]
ROW0 = 62
CLOSED = LineString([(500700, 5599300), (501100, 5599300)])  # dry, in PL, no other feature near
GAP = box(500700, 5599420, 500800, 5599480)


def _scene(valley_builder):
    from floodplan.core.grid import Grid
    from floodplan.model.scenario import Scenario
    from floodplan.sim.result import Coverage, InundationFigures, ScenarioResult

    project = valley_builder()
    dem = project.dem
    z = np.zeros(dem.shape)
    for c0, d, _k in BLOCKS:
        z[ROW0 : ROW0 + 4, c0 : c0 + 4] = d
    depth = Grid(z, dem.transform, dem.crs)
    crs = project.crs
    # A typed result (floodplan.sim.result) with only what the map draws; the figures are not looked at.
    result = ScenarioResult(
        scenario=Scenario("scene"),
        terrain=dem,
        depth=depth,
        inundation=InundationFigures(None, 0, 0.0, 0.0, 3.0),
        extent=gpd.GeoDataFrame(geometry=[], crs=crs),
        exposure=None,
        access={},
        closed_roads=gpd.GeoDataFrame({"reason": ["water"]}, geometry=[CLOSED], crs=crs),
        coverage=Coverage(gaps=gpd.GeoDataFrame({"mode": ["joint"]}, geometry=[GAP], crs=crs)),
        shelters={},
        hospitals=None,
        appraisal={},
        summary={},
    )
    return project, result


def _cell_centre(project, row, col):
    dem = project.dem
    x0, _y0, _x1, y1 = dem.bounds
    return x0 + (col + 0.5) * dem.dx, y1 - (row + 0.5) * abs(dem.dy)


def test_the_canvas_and_a_plate_give_the_same_colours_at_the_same_places(qtbot, valley_builder, make_canvas):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from PySide6.QtGui import QColor

    from floodplan.core.depth import DepthClasses
    from floodplan.core.styles import RESOURCE_KINDS, ROAD_FLOODED
    from floodplan.gui.canvas import BACKGROUND
    from floodplan.render.mapview import draw_map

    project, result = _scene(valley_builder)
    canvas = make_canvas(project, (600, 400))
    canvas.set_result(result, mode="joint")
    canvas.redraw()
    screen = canvas.grab().toImage()
    assert screen.width() == canvas.device_size()[0]  # one device pixel per logical pixel offscreen

    w, h = canvas.device_size()
    fig = Figure(figsize=(w / 100, h / 100), dpi=100, facecolor=BACKGROUND)
    agg = FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.set_facecolor(BACKGROUND)
    draw_map(ax, project, result, mode="joint", labels=False, border=True, set_limits=False)
    xmin, ymin, xmax, ymax = canvas.view_bounds()
    ax.set_xlim(xmin, xmax)
    ax.set_ylim(ymin, ymax)
    agg.draw()
    paper = np.asarray(agg.buffer_rgba())

    def on_screen(x, y):
        px, py = canvas.map_to_pixel(x, y)
        c = QColor(screen.pixel(int(px), int(py)))
        return np.array([c.red(), c.green(), c.blue()])

    def on_paper(x, y):
        px, py = canvas.map_to_pixel(x, y)  # the same view and size: the same pixel
        return paper[int(py), int(px), :3].astype(int)

    def expect(rgb):
        return np.round(np.array(to_rgb(rgb)) * 255).astype(int)

    # Each depth class (core/depth.py), 0.3 m in the first class "0–0.3 m", opaque on both.
    table = DepthClasses.of(None)
    for c0, d, k in BLOCKS:
        x, y = _cell_centre(project, ROW0 + 1, c0 + 1)
        want = table.lut()[k + 1, :3].astype(int)
        np.testing.assert_array_equal(on_screen(x, y), want, err_msg=f"screen, depth {d} m")
        np.testing.assert_array_equal(on_paper(x, y), want, err_msg=f"paper, depth {d} m")

    # The fire station R1 at (500250, 5599850): the fire kind's colour (core/styles.py RESOURCE_KINDS).
    want = expect(RESOURCE_KINDS["fire"][0])
    np.testing.assert_array_equal(on_screen(500250, 5599850), want)
    np.testing.assert_array_equal(on_paper(500250, 5599850), want)

    # The road closed by water: ROAD_FLOODED's colour on its centre line.
    want = expect(ROAD_FLOODED["edge"])
    np.testing.assert_array_equal(on_screen(500900, 5599300), want)
    np.testing.assert_array_equal(on_paper(500900, 5599300), want)

    # Translucent fills over the relief: the DE jurisdiction's tint, the hatched gap. The same on both
    # (within rounding), and not the relief alone (each fill is really drawn).
    for x, y in [(500450, 5599950), (500750, 5599450), (500712, 5599465)]:
        s, p = on_screen(x, y), on_paper(x, y)
        assert np.abs(s - p).max() <= 2, (x, y, s, p)
    gap_px = [on_screen(500700 + dx, 5599450) for dx in range(2, 98, 3)]
    assert any(px[0] > px[2] + 30 for px in gap_px)  # red hatch lines inside the gap
