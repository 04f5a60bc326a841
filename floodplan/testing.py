"""Helpers for tests: small valleys, layers and projects built in a few lines, and the shared real data.

Used by floodplan's own tests and usable by anyone scripting against floodplan.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from affine import Affine
from rasterio.crs import CRS

from floodplan.core.grid import Grid

#: A metric CRS for synthetic test valleys (ETRS89 / UTM zone 33N).
TEST_CRS = CRS.from_epsg(25833)
#: The keys of ``floodplan inundate --json`` (CONTRACT.md, ``inundate``), for the engine's and the CLI's tests.
INUNDATE_JSON_KEYS = frozenset(
    {"level_m", "flooded_cells", "flooded_area_m2", "volume_m3", "max_depth_m", "jurisdictions"}
)
#: The polder of :func:`polder_project`: its north-west corner (m, TEST_CRS) and cell size (m).
POLDER_X0, POLDER_Y0, POLDER_CELL_M = 500000.0, 5600000.0, 10.0


def shared_data_dir() -> Path | None:
    """The real public data beside the checkout (``../shared/data``), or None when it is absent.

    ``FLOODPLAN_SHARED_DATA`` overrides the location.
    """
    env = os.environ.get("FLOODPLAN_SHARED_DATA")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [p / "shared" / "data" for p in here.parents[1:4]]
    candidates.append(Path.cwd().parent / "shared" / "data")
    for c in candidates:
        if c.is_dir():
            return c
    return None


def require_shared_data(*parts: str) -> Path:
    """Path of a file under the shared data folder; skips the calling test when the folder is absent."""
    import pytest

    base = shared_data_dir()
    if base is None:
        pytest.skip("../shared/data is not beside this checkout (real-data tests need it)")
    path = base.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is missing from the shared data")
    return path


def run_floodplan(*args, timeout: float = 600, **kw):
    """Run the command line as a user does, ``python -m floodplan ARGS``, in a new process.

    Arguments are turned into text (paths, numbers); stdout and stderr are captured as text.
    ``timeout`` (s) is a generous bound against a hang, not a speed target; ``kw`` go to
    :func:`subprocess.run` (``env=``, ``cwd=``). Returns the :class:`subprocess.CompletedProcess`.
    """
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "floodplan", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        **kw,
    )


def write_tif(path, z, crs, transform, nodata=None, dtype=None):
    """Write ``z`` (rows, cols) as a one-band GeoTIFF exactly as given: the values cast to ``dtype``
    (default ``z``'s own), ``crs`` (None: untagged), ``transform`` (an :class:`affine.Affine`) and the
    ``nodata`` tag (None: untagged), as a user's file may come. Returns ``path``.

    Unlike :func:`floodplan.io.raster.write_grid`, nothing is normalised: the tests use it to build the
    awkward files (integer DEMs, untagged voids, feet, degrees) that the readers must handle.
    """
    import rasterio

    z = np.asarray(z)
    dtype = z.dtype if dtype is None else np.dtype(dtype)
    profile = dict(driver="GTiff", width=z.shape[1], height=z.shape[0], count=1, dtype=dtype)
    profile.update(crs=crs, transform=transform, nodata=nodata)
    with rasterio.open(path, "w", **profile) as ds:
        ds.write(z.astype(dtype), 1)
    return path


def make_grid(z, cellsize: float = 1.0, x0: float = 500000.0, y0: float = 5600000.0, crs=TEST_CRS) -> Grid:
    """A Grid from a 2-D array of elevations (m); row 0 is the north edge, top-left corner at (x0, y0)."""
    z = np.asarray(z, dtype=float)
    return Grid(z, Affine(cellsize, 0.0, x0, 0.0, -cellsize, y0), crs)


def small_valley_project(cellsize: float = 10.0, rows: int = 60, cols: int = 100):
    """A small two-country valley project, for tests that need a whole project in a few lines.

    Geometry (working CRS EPSG:25833, origin x0=500000, y0=5600000 at the top-left corner):
    ground rises 0.1 m per metre away from a river along the middle row (river cells at 100 m, the river
    line at y = y0 - rows/2 * cellsize); country "N" (municipalities N-West, N-East) north of the river,
    country "S" (S-West, S-East) south of it, split at the middle column. Buildings on both banks in two
    rows 3 cells and 12 cells from the river; an east-west road on each bank 6 cells from the river,
    north-south links at the ends and one bridge in the middle; a fire station and an ambulance station
    in N, a fire station in S, a shelter in each country; an existing levee along the north bank and a
    planned one along the south bank, both with crest 102 m.
    """
    from shapely.geometry import LineString, Point, box

    from floodplan.model.project import Layer, Project
    from floodplan.model.scenario import Scenario

    x0, y0 = 500000.0, 5600000.0
    mid = rows // 2
    r = np.arange(rows)[:, None]
    z = 100.0 + np.abs(r - mid) * cellsize * 0.1 + np.zeros((1, cols))
    dem = make_grid(z, cellsize, x0, y0)
    yr = y0 - (mid + 0.5) * cellsize
    xmax = x0 + cols * cellsize
    xm = x0 + cols * cellsize / 2
    crs = TEST_CRS

    p = Project(crs)
    p.add_layer(Layer("dem", "dem", dem))
    p.add_layer(
        Layer(
            "river",
            "river",
            normalised_layer({"name": ["River"]}, [LineString([(x0, yr), (xmax, yr)])], "river"),
        )
    )
    jur = normalised_layer(
        {"name": ["N-West", "N-East", "S-West", "S-East"], "country": ["N", "N", "S", "S"]},
        [
            box(x0, yr, xm, y0),
            box(xm, yr, xmax, y0),
            box(x0, y0 - rows * cellsize, xm, yr),
            box(xm, y0 - rows * cellsize, xmax, yr),
        ],
        "jurisdictions",
    )
    p.add_layer(Layer("jurisdictions", "jurisdictions", jur))
    geoms, pops, kinds = [], [], []
    for side in (1, -1):
        for dist in (3, 12):
            for k in range(5, cols - 5, 10):
                cx = x0 + (k + 0.5) * cellsize
                cy = yr + side * dist * cellsize
                geoms.append(
                    box(cx - 0.4 * cellsize, cy - 0.4 * cellsize, cx + 0.4 * cellsize, cy + 0.4 * cellsize)
                )
                pops.append(10)
                kinds.append("school" if (k == 45 and dist == 12) else "residential")
    p.add_layer(
        Layer("buildings", "assets", normalised_layer({"population": pops, "kind": kinds}, geoms, "assets"))
    )
    rn, rs = yr + 6 * cellsize, yr - 6 * cellsize
    xa, xb = x0 + 2 * cellsize, xmax - 2 * cellsize
    roads = [
        LineString([(xa, rn), (xm, rn), (xb, rn)]),
        LineString([(xa, rs), (xm, rs), (xb, rs)]),
        LineString([(xm, rn), (xm, rs)]),
        LineString([(xa, rn), (xa, yr + 20 * cellsize)]),
        LineString([(xa, rs), (xa, yr - 20 * cellsize)]),
    ]
    p.add_layer(
        Layer(
            "roads",
            "roads",
            normalised_layer(
                {
                    "speed_kmh": [30, 30, 30, 30, 30],
                    "bridge": [False, False, True, False, False],
                    "deck_m": [np.nan, np.nan, 104.0, np.nan, np.nan],
                },
                roads,
                "roads",
            ),
        )
    )
    res = normalised_layer(
        {
            "id": ["F1", "A1", "F2", "S1", "S2"],
            "kind": ["fire", "ambulance", "fire", "shelter", "shelter"],
            "capacity": [0, 0, 0, 100, 100],
            "cross_border": [True, True, True, True, True],
        },
        [
            Point(xa, rn),
            Point(xm, rn),
            Point(xb, rs),
            Point(xa, yr + 20 * cellsize),
            Point(xa, yr - 20 * cellsize),
        ],
        "resources",
    )
    p.add_layer(Layer("resources", "resources", res))
    d = normalised_layer(
        {
            "id": ["LN", "LS"],
            "crest_m": [102.0, 102.0],
            "status": ["existing", "planned"],
            "cost": [1e6, 1e6],
        },
        [
            LineString([(x0, yr + 1.5 * cellsize), (xmax, yr + 1.5 * cellsize)]),
            LineString([(x0, yr - 1.5 * cellsize), (xmax, yr - 1.5 * cellsize)]),
        ],
        "defenses",
    )
    p.add_layer(Layer("defenses", "defenses", d))
    p.set_scenario(Scenario("level-joint", level_m=101.5, mode="joint"))
    p.set_scenario(Scenario("level-national", level_m=101.5, mode="national"))
    p.set_scenario(Scenario("volume-planned", flood="volume", volume_m3=2.0e5, include_planned=True))
    p.stack.clear()
    return p


def write_read(gdf, tmp_path, name):
    """Write a layer to a GeoPackage in tmp_path and read it back (what loading a user's file does)."""
    import geopandas as gpd

    path = tmp_path / f"{name}.gpkg"
    gdf.to_file(path, layer=name)
    return gpd.read_file(path, layer=name)


def two_countries(tmp_path, border_x: float, bounds, names=("Alpha", "Beta")):
    """Two jurisdictions split by a north-south border, through a GeoPackage (:func:`write_read`).

    ``names[0]`` (country "A") lies west of x = ``border_x`` and ``names[1]`` (country "B") east of it,
    together covering ``bounds`` = (xmin, ymin, xmax, ymax) (m, :data:`TEST_CRS`).
    """
    import geopandas as gpd
    from shapely.geometry import box

    xmin, ymin, xmax, ymax = bounds
    return write_read(
        gpd.GeoDataFrame(
            {"name": list(names), "country": ["A", "B"]},
            geometry=[box(xmin, ymin, border_x, ymax), box(border_x, ymin, xmax, ymax)],
            crs=TEST_CRS,
        ),
        tmp_path,
        "jurisdictions",
    )


def hand_valley(
    tmp_path, fa_cross_border=True, crossing_delay_min=0.0, closed_r1=False, resources=None, assets=None
):
    """A hand-made two-country road network whose travel times are worked out by hand (tests/sim).

    Layout (metres, all roads 60 km/h = 1000 m per minute; the border is the line x = 1500)::

        (0,1000) ---- R5 detour ---- (1000,1000)
           |                            |
        a (0,0) --R1-- b (1000,0) --R2-- c (1400,0) --R3 (crossing)-- d (1600,0) ----R4---- e (6000,0)
        Alpha (country A): x < 1500                         Beta (country B): x > 1500

    Resources (unless given): fire "fa" at a, fire "fb" at e, ambulance "am" at e. Assets (unless
    given): 10 people at (1000, -20), 100 at (2000, 20), 5 at (5900, 20). Every layer goes through a
    GeoPackage in ``tmp_path`` first, as a user's files would. Returns (network, resources, assets,
    jurisdictions).
    """
    import geopandas as gpd
    from shapely.geometry import LineString, Point

    from floodplan.sim.network import RoadNetwork

    jur = two_countries(tmp_path, 1500, (-500, -1500, 6500, 1500))
    roads = write_read(
        gpd.GeoDataFrame(
            {
                "name": ["R1", "R2", "R3", "R4", "R5"],
                "speed_kmh": [60.0] * 5,
                "closed": [closed_r1, False, False, False, False],
                "geometry": [
                    LineString([(0, 0), (1000, 0)]),
                    LineString([(1000, 0), (1400, 0)]),
                    LineString([(1400, 0), (1600, 0)]),
                    LineString([(1600, 0), (6000, 0)]),
                    LineString([(0, 0), (0, 1000), (1000, 1000), (1000, 0)]),
                ],
            },
            crs=TEST_CRS,
        ),
        tmp_path,
        "roads",
    )
    res = write_read(
        resources
        if resources is not None
        else gpd.GeoDataFrame(
            {
                "id": ["fa", "fb", "am"],
                "kind": ["fire", "fire", "ambulance"],
                "cross_border": [fa_cross_border, True, True],
            },
            geometry=[Point(0, 0), Point(6000, 0), Point(6000, 0)],
            crs=TEST_CRS,
        ),
        tmp_path,
        "resources",
    )
    assets = write_read(
        assets
        if assets is not None
        else gpd.GeoDataFrame(
            {"population": [10, 100, 5], "kind": ["residential"] * 3},
            geometry=[Point(1000, -20), Point(2000, 20), Point(5900, 20)],
            crs=TEST_CRS,
        ),
        tmp_path,
        "assets",
    )
    net = RoadNetwork.build(roads, jur, crossing_delay_min=crossing_delay_min)
    return net, res, assets, jur


def normalised_layer(data: dict, geoms, role: str, crs=TEST_CRS):
    """A GeoDataFrame of ``data`` (columns) and ``geoms`` in ``crs``, normalised for ``role`` as a project
    reads a user's layer (:func:`floodplan.model.schema.normalise`)."""
    import geopandas as gpd

    from floodplan.model.schema import normalise

    return normalise(gpd.GeoDataFrame(data, geometry=geoms, crs=crs), role, f"test {role}")


def polder_project(levees=True, assets=None, fragility=None):
    """A flat valley of 10 m cells, ground 100 m, 10 rows × 20 columns; the river runs along row 0 (bed
    99 m). Two levees L1 (columns 0–9) and L2 (columns 10–19) along row 3, crest 110 m, close the polder
    south of row 3 only together. Country A west of x = 100 m, B east of it. In the polder: an asset of
    value 1,000 EUR in A (row 6, column 4) and one of 3,000 EUR in B (row 6, column 15). ``fragility``:
    (medians, betas) of L1 and L2 for ensembles (``fragility_median_m``, ``fragility_beta``).

    Shared by the risk and ensemble tests, whose hand computations rest on these numbers.
    """
    from shapely.geometry import LineString, box

    from floodplan.model.project import Layer, Project

    X0, Y0, CS = POLDER_X0, POLDER_Y0, POLDER_CELL_M

    def _cell(r, c):
        cx, cy = X0 + (c + 0.5) * CS, Y0 - (r + 0.5) * CS
        return box(cx - 3, cy - 3, cx + 3, cy + 3)

    z = np.full((10, 20), 100.0)
    z[0, :] = 99.0
    p = Project(TEST_CRS)
    p.add_layer(Layer("dem", "dem", make_grid(z, CS, X0, Y0)))
    yr = Y0 - 0.5 * CS
    p.add_layer(
        Layer(
            "river",
            "river",
            normalised_layer({"name": ["R"]}, [LineString([(X0, yr), (X0 + 200, yr)])], "river"),
        )
    )
    jur = normalised_layer(
        {"name": ["A-town", "B-town"], "country": ["AA", "BB"]},
        [box(X0, Y0 - 100, X0 + 100, Y0), box(X0 + 100, Y0 - 100, X0 + 200, Y0)],
        "jurisdictions",
    )
    p.add_layer(Layer("jurisdictions", "jurisdictions", jur))
    if assets is None:
        assets = normalised_layer(
            {"population": [4, 6], "kind": ["residential", "residential"], "value_eur": [1000.0, 3000.0]},
            [_cell(6, 4), _cell(6, 15)],
            "assets",
        )
    p.add_layer(Layer("buildings", "assets", assets))
    if levees:
        yl = Y0 - 3.5 * CS
        data = {
            "id": ["L1", "L2"],
            "crest_m": [110.0, 110.0],
            "cost": [1000.0, 2000.0],
            "maintenance_eur_per_year": [10.0, 0.0],
        }
        if fragility is not None:
            data["fragility_median_m"], data["fragility_beta"] = (list(v) for v in fragility)
        d = normalised_layer(
            data,
            [LineString([(X0 + 1, yl), (X0 + 99, yl)]), LineString([(X0 + 101, yl), (X0 + 199, yl)])],
            "defenses",
        )
        p.add_layer(Layer("defenses", "defenses", d))
    p.stack.clear()
    return p
