"""A small synthetic cross-border valley (Görlitz/Markersdorf in Germany, Zgorzelec in Poland, the Neisse
as the border) for rendering and plate tests: DEM, river, jurisdictions, buildings, roads, resources and
defenses with the contract attributes, plus an analytic flood depth.

Geometry (EPSG:25833, metres): a 3000 m × 2000 m grid of 10 m cells, top-left corner at
(500000, 5670000). The river runs north–south at x = 501500; the ground rises 0.02 m per metre away from it
and 0.002 m per metre northwards from 190 m at the river's south end.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

from floodplan.model.project import Layer, Project
from floodplan.model.schema import normalise
from floodplan.testing import TEST_CRS, make_grid

X0, Y0 = 500000.0, 5670000.0
CELL = 10.0
COLS, ROWS = 300, 200
XR = X0 + 1500.0  # river and border
YB = Y0 - ROWS * CELL  # south edge
YM = YB + 1000.0  # Görlitz / Markersdorf boundary


def ground(x, y):
    """Ground elevation (m) at (x, y)."""
    return 190.0 + 0.02 * np.abs(x - XR) + 0.002 * (y - YB)


def dem_grid():
    cols = np.arange(COLS) + 0.5
    rows = np.arange(ROWS) + 0.5
    x = X0 + cols[None, :] * CELL
    y = Y0 - rows[:, None] * CELL
    return make_grid(ground(x, y), CELL, X0, Y0)


def flat_depth(level_m: float):
    """Depth (m) of a flat water surface at level_m: every cell below it is connected to the river because
    the ground rises monotonically away from it, so depth = max(level − ground, 0)."""
    g = dem_grid()
    return g.like(np.maximum(level_m - g.z, 0.0))


def _gdf(records, role, name):
    gdf = gpd.GeoDataFrame(records, geometry="geometry", crs=TEST_CRS)
    return normalise(gdf, role, name)


def build_project(n_buildings_per_side: int = 30) -> Project:
    p = Project(crs=TEST_CRS)
    p.add_layer(Layer("dem", "dem", dem_grid(), attribution="Synthetic DEM (test)"))
    x1 = X0 + COLS * CELL
    jur = _gdf(
        [
            {"name": "Görlitz", "country": "Germany", "geometry": shapely.box(X0, YM, XR, Y0)},
            {"name": "Markersdorf", "country": "Germany", "geometry": shapely.box(X0, YB, XR, YM)},
            {"name": "Zgorzelec", "country": "Poland", "geometry": shapely.box(XR, YB, x1, Y0)},
        ],
        "jurisdictions",
        "jurisdictions",
    )
    p.add_layer(Layer("jurisdictions", "jurisdictions", jur, attribution="Boundaries: test data"))
    river = _gdf([{"name": "Neisse", "geometry": shapely.LineString([(XR, Y0), (XR, YB)])}], "river", "river")
    p.add_layer(Layer("river", "river", river))
    roads = _gdf(
        [
            {
                "name": "B99",
                "speed_kmh": 80,
                "closed": False,
                "geometry": shapely.LineString([(XR - 300, Y0), (XR - 300, YB)]),
            },
            {
                "name": "DK30",
                "speed_kmh": 50,
                "closed": False,
                "geometry": shapely.LineString([(XR + 300, Y0), (XR + 300, YB)]),
            },
            {
                "name": "Bridge",
                "speed_kmh": 30,
                "closed": False,
                "bridge": True,
                "geometry": shapely.LineString([(XR - 300, YM), (XR + 300, YM)]),
            },
            {
                "name": "Old road",
                "speed_kmh": 30,
                "closed": True,
                "geometry": shapely.LineString([(XR - 300, YM + 600), (X0 + 200, YM + 600)]),
            },
        ],
        "roads",
        "roads",
    )
    p.add_layer(Layer("roads", "roads", roads, attribution="© OpenStreetMap contributors"))
    rng = np.random.default_rng(7)
    recs = []
    for side in (-1, 1):
        for i in range(n_buildings_per_side):
            d = 60 + (i % 6) * 120 + rng.uniform(0, 30)
            y = YB + 150 + (i // 6) * 330 + rng.uniform(0, 40)
            x = XR + side * d
            recs.append(
                {
                    "population": 10.0,
                    "kind": "residential",
                    "geometry": shapely.box(x - 6, y - 6, x + 6, y + 6),
                }
            )
    recs[0]["kind"] = "school"
    recs[1]["kind"] = "care_home"
    recs[-1]["kind"] = "hospital"
    p.add_layer(
        Layer(
            "buildings",
            "assets",
            _gdf(recs, "assets", "buildings"),
            attribution="© OpenStreetMap contributors",
        )
    )
    defenses = _gdf(
        [
            {
                "id": "L1",
                "crest_m": 194.0,
                "type": "levee",
                "status": "existing",
                "cost": 0.0,
                "geometry": shapely.LineString([(XR - 40, YB + 200), (XR - 40, YM + 400)]),
            },
            {
                "id": "W1",
                "height_m": 2.0,
                "type": "wall",
                "status": "planned",
                "cost": 1.2e6,
                "geometry": shapely.LineString([(XR + 40, YB + 300), (XR + 40, YM + 300)]),
            },
        ],
        "defenses",
        "defenses",
    )
    p.add_layer(Layer("defenses", "defenses", defenses))
    res = _gdf(
        [
            {
                "id": "F-DE",
                "name": "FW Görlitz",
                "kind": "fire",
                "geometry": shapely.Point(XR - 600, YM + 300),
            },
            {
                "id": "F-PL",
                "name": "PSP Zgorzelec",
                "kind": "fire",
                "geometry": shapely.Point(XR + 600, YM - 200),
            },
            {
                "id": "A-PL",
                "name": "Ambulans",
                "kind": "ambulance",
                "geometry": shapely.Point(XR + 800, YM + 500),
            },
            {
                "id": "S-DE",
                "name": "Turnhalle",
                "kind": "shelter",
                "capacity": 200,
                "geometry": shapely.Point(XR - 1100, YM - 500),
            },
        ],
        "resources",
        "resources",
    )
    p.add_layer(Layer("resources", "resources", res))
    return p


def hand_result(level_m: float = 193.0):
    """A ScenarioResult (floodplan.sim.result) filled with hand-chosen figures (not computed by
    floodplan), so that tests can check that plates and reports carry them faithfully.

    Per country (people): Germany flooded 120, covered joint 500 / national 430 (gap joint 100);
    Poland flooded 80, covered joint 280 / national 260 (gap joint 20). Cooperation gain: Germany 70,
    Poland 20.
    """
    import pandas as pd

    from floodplan.model.scenario import Scenario
    from floodplan.sim.access import AccessResult
    from floodplan.sim.exposure import ExposureResult
    from floodplan.sim.result import Coverage, InundationFigures, ScenarioResult, appraisals_from_json

    depth = flat_depth(level_m)
    jur_rows = {
        "Görlitz": ("Germany", 300.0, 70.0, 250.0, 220.0),
        "Markersdorf": ("Germany", 300.0, 50.0, 250.0, 210.0),
        "Zgorzelec": ("Poland", 300.0, 80.0, 280.0, 260.0),
    }
    classes = ["0-0.3", "0.3-1", "1-2", ">2"]

    def expo_entry(pop, exposed):
        split = [exposed * 0.5, exposed * 0.3, exposed * 0.2, 0.0]
        return {
            "assets": int(pop / 10),
            "population": pop,
            "exposed_assets": int(exposed / 10),
            "exposed_population": exposed,
            "classes": {c: {"assets": int(v / 10), "population": v} for c, v in zip(classes, split)},
        }

    exposure = {
        "classes": classes,
        "jurisdictions": {n: expo_entry(r[1], r[2]) for n, r in jur_rows.items()},
        "countries": {"Germany": expo_entry(600.0, 120.0), "Poland": expo_entry(300.0, 80.0)},
        "critical": [],
    }

    def access(mode):
        k = 3 if mode == "joint" else 4
        jd = {
            n: {"assets": 30, "population": r[1], "covered_population": r[k], "gap_population": r[1] - r[k]}
            for n, r in jur_rows.items()
        }
        cd = {}
        for c in ("Germany", "Poland"):
            names = [n for n, r in jur_rows.items() if r[0] == c]
            pop = sum(jd[n]["population"] for n in names)
            cov = sum(jd[n]["covered_population"] for n in names)
            cd[c] = {
                "assets": 30 * len(names),
                "population": pop,
                "covered_population": cov,
                "gap_population": pop - cov,
            }
        assets = gpd.GeoDataFrame(
            {
                "jurisdiction": ["Görlitz", "Zgorzelec"],
                "country": ["Germany", "Poland"],
                "depth_m": [0.4, 0.0],
                "minutes": [None, 22.5],
                "covered": [False, False],
                "population": [0.0, 10.0],
                "kind": ["school", "hospital"],
                "name": ["Grundschule Nord", "Szpital"],
            },
            geometry=[
                shapely.box(XR - 70, YM + 100, XR - 58, YM + 112),
                shapely.box(XR + 500, YM + 100, XR + 512, YM + 112),
            ],
            crs=TEST_CRS,
        )
        gaps = gpd.GeoDataFrame(
            {"jurisdiction": ["Görlitz"], "country": ["Germany"], "population": [50.0]},
            geometry=[shapely.box(X0 + 200, YM + 700, X0 + 600, YM + 900)],
            crs=TEST_CRS,
        )
        return {
            "assets": assets,
            "gaps": gaps,
            "service_areas": gpd.GeoDataFrame(
                {"kind": ["fire"]}, geometry=[shapely.Point(XR - 600, YM + 300).buffer(500)], crs=TEST_CRS
            ),
            "summary": {"mode": mode, "minutes": 15, "jurisdictions": jd, "countries": cd},
        }

    appraisal = {
        "L1": {
            "name": None,
            "status": "existing",
            "cost": 0.0,
            "jurisdictions": {
                "Görlitz": {
                    "benefit_population": 40.0,
                    "harm_population": 0.0,
                    "cost_share": 0.8,
                    "cost_share_amount": 0.0,
                    "country": "Germany",
                },
                "Markersdorf": {
                    "benefit_population": 10.0,
                    "harm_population": 0.0,
                    "cost_share": 0.2,
                    "cost_share_amount": 0.0,
                    "country": "Germany",
                },
                "Zgorzelec": {
                    "benefit_population": 0.0,
                    "harm_population": 15.0,
                    "cost_share": 0.0,
                    "cost_share_amount": 0.0,
                    "country": "Poland",
                },
            },
        },
    }
    extent = gpd.GeoDataFrame(
        {"jurisdiction": ["Zgorzelec"]}, geometry=[shapely.box(XR, YB, XR + 150, Y0)], crs=TEST_CRS
    )
    closed = gpd.GeoDataFrame(
        {"name": ["Bridge"]}, geometry=[shapely.LineString([(XR - 100, YM), (XR + 100, YM)])], crs=TEST_CRS
    )
    empty = gpd.GeoDataFrame(geometry=[], crs=TEST_CRS)
    modes = {m: access(m) for m in ("joint", "national")}

    def both(part):
        frames = [modes[m][part].assign(mode=m) for m in ("joint", "national")]
        return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=TEST_CRS)

    return ScenarioResult(
        scenario=Scenario("HQ100", description="Hundred-year flood", level_m=level_m),
        terrain=dem_grid(),
        depth=depth,
        inundation=InundationFigures.from_json(
            {
                "level_m": level_m,
                "flooded_cells": int((depth.z > 0).sum()),
                "flooded_area_m2": float((depth.z > 0).sum() * CELL * CELL),
                "volume_m3": float(depth.z.sum() * CELL * CELL),
                "max_depth_m": float(depth.z.max()),
                "jurisdictions": {
                    "Görlitz": {"flooded_area_m2": 1.0e5, "volume_m3": 5.0e4},
                    "Markersdorf": {"flooded_area_m2": 1.2e5, "volume_m3": 6.0e4},
                    "Zgorzelec": {"flooded_area_m2": 2.5e5, "volume_m3": 1.1e5},
                },
            }
        ),
        extent=extent,
        exposure=ExposureResult(assets=empty, summary=exposure, critical=empty),
        access={
            m: AccessResult(
                assets=modes[m]["assets"],
                summary=modes[m]["summary"],
                mode=m,
                targets={},
                node_minutes={},
                blocked_pieces=None,
                inputs=None,
            )
            for m in ("joint", "national")
        },
        closed_roads=closed,
        coverage=Coverage(gaps=both("gaps"), service_areas=both("service_areas")),
        shelters={},
        hospitals=None,
        appraisal=appraisals_from_json(appraisal),
        summary={},
        notes=["Synthetic test result."],
    )
