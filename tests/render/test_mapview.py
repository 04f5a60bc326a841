"""draw_map: one collection per layer, legend keys from the visible layers, the flood image, holes."""

import subprocess
import sys

import geopandas as gpd
import numpy as np
import shapely
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure

from floodplan.model.project import Layer, Project
from floodplan.render import draw_map, shaded_relief, update_depth
from floodplan.testing import TEST_CRS, make_grid

sv = sys.modules["floodplan_test_synthetic_valley"]

# Legend keys the synthetic valley must give, read off its layers by hand: relief; the jurisdictions'
# border; the river; roads B99 (80 km/h ≥ 70: main), DK30 and the bridge (minor), the old road (closed);
# building kinds residential, school, care_home, hospital; defenses L1 existing, W1 planned; resources
# fire, ambulance, shelter.
EXPECTED_KEYS = {
    "legend.terrain",
    "legend.jurisdiction_border",
    "legend.national_border",  # where the two countries' jurisdictions meet
    "layer.river",  # a layer drawn in one style is named by its title (here: its role's term)
    "legend.road_fast",
    "legend.road_slow",
    "legend.road_closed",
    "kind.residential",
    "kind.school",
    "kind.care_home",
    "kind.hospital",
    "legend.defense_existing",
    "legend.defense_planned",
    "resource.fire",
    "resource.ambulance",
    "resource.shelter",
}


def _axes(w=6, h=4, dpi=100):
    fig = Figure(figsize=(w, h), dpi=dpi)
    FigureCanvasAgg(fig)
    return fig, fig.add_axes((0, 0, 1, 1))


def test_one_collection_per_layer_not_per_feature():
    project = sv.build_project()
    fig, ax = _axes()
    arts = draw_map(ax, project)
    for name in ("jurisdictions", "river", "roads", "buildings", "defenses", "resources"):
        assert isinstance(arts[name], PathCollection), name
    # 60 buildings of 4 kinds: one compound path per kind, not one per building.
    assert len(arts["buildings"].get_paths()) == 4
    # Every collection on the axes belongs to one layer (no per-feature artists), beside the national
    # border's two (halo and line, one path each for the whole border).
    assert len(arts["_border"]) == 2
    assert len(ax.collections) == 6 + 2
    # Resources are point symbols: one marker per feature in the one collection.
    assert len(arts["resources"].get_offsets()) == 4


def test_legend_keys_follow_visible_layers():
    project = sv.build_project()
    fig, ax = _axes()
    keys = [k for k, _ in draw_map(ax, project).legend_entries()]
    assert set(keys) == EXPECTED_KEYS
    assert len(keys) == len(set(keys))
    # Top layer first: resources are drawn last, so they lead the legend; the relief (bottom) ends it.
    assert keys[0].startswith("resource.") and keys[-1] == "legend.terrain"

    project.set_style("roads", visible=False)
    fig, ax = _axes()
    arts = draw_map(ax, project)
    keys = {k for k, _ in arts.legend_entries()}
    assert "roads" not in arts
    assert keys == EXPECTED_KEYS - {"legend.road_fast", "legend.road_slow", "legend.road_closed"}


def _pixel(fig, ax, x, y):
    fig.canvas.draw()
    img = np.asarray(fig.canvas.buffer_rgba())
    px, py = ax.transData.transform((x, y))
    return img[int(img.shape[0] - py), int(px), :3].astype(int)


def test_flood_image_shows_depth_and_swaps_in_place():
    project = sv.build_project()
    for name in ("buildings", "roads", "defenses", "resources", "river"):
        project.set_style(name, visible=False)
    fig, ax = _axes()
    # Level 192 m: at the river (ground 190 + 0.002 × 1000 = 192 m at mid-height) ... choose a point
    # 20 m off the river at the south end: ground = 190 + 0.02·20 + 0.002·10 = 190.42 m -> 1.58 m deep
    # at level 192 (class 1–2 m, third blue); 1400 m off the river the ground is 218 m: dry.
    depth = sv.flat_depth(192.0)
    arts = draw_map(ax, project, depth=depth, labels=False)
    deep = _pixel(fig, ax, sv.XR + 20, sv.YB + 10)
    dry = _pixel(fig, ax, sv.XR + 1400, sv.YB + 10)
    assert tuple(deep) == (0x21, 0x71, 0xB5)  # DEPTH_BLUES[2], drawn opaque over the relief
    assert not (dry[2] > dry[0] + 40)  # not blue: the relief shows through dry cells
    image = arts.depth
    keys = [k for k, _ in arts.legend_entries()]
    assert keys[:5] == ["legend.flood_depth", "=0–0.3 m", "=0.3–1 m", "=1–2 m", "=> 2 m"]

    # A lower level (190.5 m): the same point is 0.08 m deep -> first class, the same image object.
    update_depth(arts, ax, sv.flat_depth(190.5))
    assert arts.depth is image
    assert tuple(_pixel(fig, ax, sv.XR + 20, sv.YB + 10)) == (0xC6, 0xDB, 0xEF)
    update_depth(arts, ax, None)
    assert not image.get_visible()


def test_polygon_holes_stay_empty():
    ring = shapely.box(0, 0, 100, 100).difference(shapely.box(40, 40, 60, 60))
    gdf = gpd.GeoDataFrame({"name": ["x"]}, geometry=[ring], crs=TEST_CRS)
    p = Project(crs=TEST_CRS)
    p.add_layer(Layer("area", "other", gdf, color="#ff0000"))
    fig, ax = _axes(4, 4)
    draw_map(ax, p, labels=False)
    assert tuple(_pixel(fig, ax, 20, 20)) == (255, 0, 0)  # inside the shell
    assert tuple(_pixel(fig, ax, 50, 50)) == (255, 255, 255)  # in the hole: paper white


def test_dense_layers_are_rasterised_for_vector_output():
    rng = np.random.default_rng(1)
    # Above styles.RASTERISE_FEATURES (20,000) features a layer is rasterised; 10 stay vector.
    xy = rng.uniform(0, 1000, size=(25000, 2))
    pts = gpd.GeoDataFrame({"id": np.arange(25000)}, geometry=shapely.points(xy), crs=TEST_CRS)
    p = Project(crs=TEST_CRS)
    p.add_layer(Layer("many", "other", pts))
    p.add_layer(Layer("few", "other", pts.iloc[:10]))
    fig, ax = _axes()
    arts = draw_map(ax, p)
    assert arts["many"].get_rasterized()
    assert not arts["few"].get_rasterized()


def test_relief_is_cached_per_grid():
    g = make_grid(np.add.outer(np.arange(50.0), np.arange(60.0)), 10.0)
    a = shaded_relief(g)
    assert shaded_relief(g) is a
    assert a.shape == (50, 60, 4) and a.dtype == np.uint8
    other = make_grid(g.z.copy(), 10.0)
    assert shaded_relief(other) is not a
    g.z = g.z.copy()  # a replaced array is a new DEM
    assert shaded_relief(g) is not a


def test_result_overlays_gaps_and_cut_roads():
    project = sv.build_project()
    result = sv.hand_result()
    fig, ax = _axes()
    arts = draw_map(ax, project, result, show_service_areas=True)
    assert arts["_gaps"].get_hatch() == "////"
    assert "_closed_roads" in arts and "_service_areas" in arts
    keys = [k for k, _ in arts.legend_entries()]
    assert {"legend.gap", "legend.road_flooded", "legend.service_area.fire"} <= set(keys)


def test_engine_never_imports_qt():
    code = "import sys, floodplan.render, floodplan.plates.layout, floodplan.plates.report; print(any(m.startswith(('PySide6', 'PyQt')) for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_relief_is_matplotlibs_soft_lit_hillshade():
    # Expected from the peer implementation: matplotlib's LightSource.shade with the same colormap, limits,
    # light and soft blend (render.relief does the same arithmetic in float32, for the app's first frame).
    from matplotlib.colors import LightSource

    from floodplan.render.relief import RELIEF_CMAP, clear_cache

    rows, cols = np.mgrid[0:60, 0:80]
    z = 100 + 0.4 * cols + 8 * np.sin(rows / 7.0) * np.cos(cols / 9.0)
    z[5, 7] = np.nan
    g = make_grid(z, 25.0)
    clear_cache()
    ours = shaded_relief(g)
    zf = np.where(np.isfinite(z), z, np.nanmean(z))
    lo, hi = np.percentile(zf[np.isfinite(z)], [1, 99])
    ls = LightSource(azdeg=315.0, altdeg=45.0)
    ref = ls.shade(zf, cmap=RELIEF_CMAP, vmin=lo, vmax=hi, blend_mode="soft", vert_exag=1.0, dx=g.dx, dy=g.dy)
    ref = (np.clip(ref[..., :3], 0, 1) * 255).astype(np.uint8)
    assert np.abs(ours[..., :3].astype(int) - ref).max() <= 1
    assert ours[5, 7, 3] == 0 and ours[0, 0, 3] == 255  # nodata transparent
