"""The engine commands as a script uses them (CONTRACT.md): inundate, access, run, simulate."""

import json

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import rasterio

from floodplan.io.projectfile import save_project
from floodplan.io.raster import write_grid
from floodplan.testing import INUNDATE_JSON_KEYS, make_grid, small_valley_project
from floodplan.testing import run_floodplan as floodplan


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("valley")
    p = small_valley_project()
    write_grid(p.dem, d / "dem.tif")
    for lyr in p.layers:
        if not lyr.is_raster:
            lyr.data.to_file(d / f"{lyr.name}.gpkg")
    # The southern municipalities' layer in another national CRS (PL-1992) is reprojected, not refused.
    p.layer("jurisdictions").data.to_crs(2180).to_file(d / "jurisdictions_2180.gpkg")
    save_project(p, d / "valley.gpkg")
    return d


def inundate_at_101_5(files):
    """`floodplan inundate` of the valley's river at a flat 101.5 m (the options every test adds to)."""
    return ["inundate", "--dem", files / "dem.tif", "--source", files / "river.gpkg", "--level", 101.5]


def test_inundate_level_json_and_outputs(files, tmp_path):
    proc = floodplan(
        *inundate_at_101_5(files),
        "--jurisdictions",
        files / "jurisdictions_2180.gpkg",
        "--out",
        tmp_path / "d.tif",
        "--extent",
        tmp_path / "e.gpkg",
        "--json",
    )
    assert proc.returncode == 0, proc.stderr
    s = json.loads(proc.stdout)
    assert set(s) >= INUNDATE_JSON_KEYS
    # Ground rises 1 m per 10 m cell from the river row at 100 m: at 101.5 m the river row (0 < 1.5) and
    # one row each side (1.0 < 1.5) flood: 3 rows × 100 columns; depth 1.5 + 2 × 0.5 per column × 100 m².
    assert s["flooded_cells"] == 300
    assert s["volume_m3"] == pytest.approx((1.5 + 0.5 + 0.5) * 100 * 100)
    assert s["max_depth_m"] == pytest.approx(1.5)
    with rasterio.open(tmp_path / "d.tif") as ds:
        assert ds.dtypes[0] == "float32" and ds.crs.to_epsg() == 25833 and ds.shape == (60, 100)
    assert set(gpd.read_file(tmp_path / "e.gpkg", layer="extent")["jurisdiction"].dropna()) == {
        "N-West",
        "N-East",
        "S-West",
        "S-East",
    }


def test_inundate_defense_holds_until_breached(files, tmp_path):
    # The existing levee LN (crest 102 m) one row north of the river keeps the north bank dry at 101.5 m.
    base = [
        *inundate_at_101_5(files),
        "--defenses",
        files / "defenses.gpkg",
        "--out",
        tmp_path / "d.tif",
        "--json",
    ]
    held = json.loads(floodplan(*base, "--exclude-planned").stdout)
    breached = json.loads(floodplan(*base, "--exclude-planned", "--breach", "LN").stdout)
    assert held["flooded_cells"] == 200 and breached["flooded_cells"] == 300
    proc = floodplan(*base, "--breach", "NOPE")
    assert proc.returncode == 2 and "NOPE" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_access_modes(files, tmp_path):
    args = [
        "access",
        "--roads",
        files / "roads.gpkg",
        "--resources",
        files / "resources.gpkg",
        "--assets",
        files / "buildings.gpkg",
        "--jurisdictions",
        files / "jurisdictions.gpkg",
        "--json",
    ]
    joint = json.loads(floodplan(*args, "--out", tmp_path / "j.gpkg").stdout)
    assert joint["mode"] == "joint" and joint["minutes"] == 15
    assert set(joint["countries"]) == {"N", "S"}
    for c in joint["countries"].values():
        assert c["covered_population"] + c["gap_population"] == c["population"]
    layers = dict(pyogrio.list_layers(tmp_path / "j.gpkg"))
    assert {"assets", "gaps"} <= set(layers)
    a = gpd.read_file(tmp_path / "j.gpkg", layer="assets")
    assert {"jurisdiction", "country", "depth_m", "minutes", "covered"} <= set(a.columns)
    # The per-asset layer and the JSON agree.
    assert a.loc[a["covered"].astype(bool), "population"].sum() == sum(
        c["covered_population"] for c in joint["countries"].values()
    )
    proc = floodplan(*args[:-1], "--kind", "boat", "--out", tmp_path / "k.gpkg")
    assert proc.returncode == 2 and "boat" in proc.stderr
    # CONTRACT "Response by kind": minutes_<kind> for every kind present, the JSON's kinds per kind
    assert {"minutes_fire", "minutes_ambulance", "minutes_shelter"} <= set(a.columns)
    assert set(joint["kinds"]) == {"fire", "ambulance", "shelter"}
    for k, table in joint["kinds"].items():
        covered = a[f"minutes_{k}"].notna() & (a[f"minutes_{k}"] <= table["minutes"] + 1e-9)
        assert a.loc[covered, "population"].sum() == sum(
            c["covered_population"] for c in table["countries"].values()
        )
    assert joint["warnings"] == [] or all(isinstance(w, str) for w in joint["warnings"])
    # CONTRACT access (added) --max-snap-m: 1 m from the road is too far for every building (their
    # footprints' inner points stand about 30 m from the roads): nobody is covered, and a warning says so
    tiny = json.loads(floodplan(*args, "--max-snap-m", "1", "--out", tmp_path / "s.gpkg").stdout)
    assert all(c["covered_population"] == 0 for c in tiny["countries"].values())
    assert any("more than 1 m from the nearest road" in w for w in tiny["warnings"])
    proc = floodplan(*args, "--max-snap-m", "0", "--out", tmp_path / "s0.gpkg")
    assert proc.returncode == 2 and "--max-snap-m" in proc.stderr


def test_run_writes_the_contract_files_and_agrees_with_the_layers(files, tmp_path):
    proc = floodplan("run", files / "valley.gpkg", "--scenario", "level-national", "--out", tmp_path)
    assert proc.returncode == 0, proc.stderr
    s = json.loads((tmp_path / "summary.json").read_text())
    for mode in ("national", "joint"):
        assert set(s[mode]) >= {"mode", "minutes", "jurisdictions", "countries"}
        a = gpd.read_file(tmp_path / "access.gpkg", layer=f"assets_{mode}")
        for country, c in s[mode]["countries"].items():
            mine = a[a["country"] == country]
            assert mine["population"].sum() == c["population"]
            assert mine.loc[mine["covered"].astype(bool), "population"].sum() == c["covered_population"]
    for country, c in s["countries"].items():
        assert c["cooperation_gain_population"] == (
            s["joint"]["countries"][country]["covered_population"]
            - s["national"]["countries"][country]["covered_population"]
        )
    assert set(s["defenses"]) == {"LN"}  # the planned LS is not built in this scenario
    # No hospital in this valley: every flooded place is listed, none reaches one, in either mode.
    for entry in s.get("hospitals", {}).values():
        assert entry["national"]["reach_a_hospital"] == entry["joint"]["reach_a_hospital"] == 0
    for j in s["defenses"]["LN"].values():
        assert set(j) >= {"benefit_population", "harm_population", "cost_share"}
    proc = floodplan("run", files / "valley.gpkg", "--scenario", "nope", "--out", tmp_path)
    assert proc.returncode == 2 and "nope" in proc.stderr


def test_simulate_mass_balance_and_outputs(tmp_path):
    z = np.tile(np.linspace(10, 5, 60), (30, 1))
    write_grid(make_grid(z, 10.0), tmp_path / "dem.tif")
    (tmp_path / "q.csv").write_text("minutes,m3s\n0,0\n20,20\n60,0\n")
    # x0 = 500000, y0 = 5600000: the point (500005, 5599850) is in row 15, column 0 (the high west end).
    simulate = ["simulate", "--dem", tmp_path / "dem.tif", "--inflow", tmp_path / "q.csv"]
    proc = floodplan(
        *simulate,
        "--at",
        "500005,5599850",
        "--minutes",
        60,
        "--snapshot-minutes",
        30,
        "--out",
        tmp_path / "out",
        "--json",
    )
    assert proc.returncode == 0, proc.stderr
    s = json.loads(proc.stdout)
    # The hydrograph's volume: a triangle of 60 min × 20 m³/s / 2 = 36,000 m³, all of it in a closed box.
    assert s["volume_in_m3"] == pytest.approx(36000, rel=1e-6)
    assert abs(s["mass_error_pct"]) < 0.5 and s["volume_out_m3"] == 0
    names = {p.name for p in (tmp_path / "out").iterdir()}
    assert {
        "max_depth.tif",
        "arrival_minutes.tif",
        "final_depth.tif",
        "depth_0030.tif",
        "depth_0060.tif",
    } <= names
    proc = floodplan(*simulate, "--at", "0,0", "--minutes", 60, "--out", tmp_path / "out")
    assert proc.returncode == 2 and "outside the DEM" in proc.stderr


def test_simulate_breach_floods_the_polder_only_after_its_time(tmp_path):
    """A flat box split by a levee (crest 5 m) along column 20: water poured into the west half stays
    there until the levee is breached at minute 30; afterwards the east half (the polder) floods."""
    import geopandas as gpd
    from shapely.geometry import LineString

    z = np.zeros((20, 40))
    write_grid(make_grid(z, 10.0), tmp_path / "dem.tif")
    x = 500000 + 20.5 * 10
    gpd.GeoDataFrame(
        {"id": ["L1"], "crest_m": [5.0]}, geometry=[LineString([(x, 5600000), (x, 5599800)])], crs=25833
    ).to_file(tmp_path / "levee.gpkg")
    (tmp_path / "q.csv").write_text("minutes,m3s\n0,10\n60,10\n")
    args = [
        "simulate",
        "--dem",
        tmp_path / "dem.tif",
        "--inflow",
        tmp_path / "q.csv",
        "--at",
        "500005,5599905",
        "--defenses",
        tmp_path / "levee.gpkg",
        "--minutes",
        60,
        "--snapshot-minutes",
        30,
    ]
    held = floodplan(*args, "--out", tmp_path / "held", "--json")
    breached = floodplan(*args, "--breach", "L1@30", "--out", tmp_path / "breached", "--json")
    assert held.returncode == 0 and breached.returncode == 0, held.stderr + breached.stderr
    with rasterio.open(tmp_path / "held" / "final_depth.tif") as ds:
        east_held = ds.read(1)[:, 22:].max()
    with rasterio.open(tmp_path / "breached" / "depth_0030.tif") as ds:
        east_at_30 = ds.read(1)[:, 22:].max()
    with rasterio.open(tmp_path / "breached" / "arrival_minutes.tif") as ds:
        arrival = ds.read(1, masked=True)[:, 22:]
    # 10 m³/s for 60 min is 36,000 m³; on the west half (20 × 20 cells of 100 m² = 40,000 m²) it stands
    # 0.9 m deep, far under the 5 m crest: with the levee the polder stays dry all hour.
    assert east_held == 0.0
    # With the breach at minute 30 nothing is in the polder at minute 30, and water arrives after it.
    assert east_at_30 == 0.0
    assert arrival.count() > 0 and arrival.min() >= 30.0
    assert json.loads(breached.stdout)["mass_error_pct"] == pytest.approx(0.0, abs=0.5)
    bad = floodplan(*args, "--breach", "NOPE@30", "--out", tmp_path / "x")
    assert bad.returncode == 2 and "NOPE" in bad.stderr


def test_simulate_advection_brings_the_smooth_plane_wave_front_on_time(tmp_path):
    """The Hunter et al. (2005) wave over a flat, smooth plane (n = 0.01, u = 1 m/s; Bates et al. 2010
    test 1) arrives at x = 3000 m at t = x / u = 50 minutes (analytic). `--advection` (full momentum)
    brings it within 2 minutes of that; the default local inertial scheme, whose front lags where the
    flow is shallow and fast, brings it more than 2 minutes late (tests/sim/test_hydro.py explains)."""
    n = 0.01
    write_grid(make_grid(np.zeros((3, 161)), 25.0), tmp_path / "dem.tif")
    rows = "".join(f"{m},{(7 / 3 * n**2 * m * 60) ** (3 / 7):.6f}\n" for m in range(61))
    (tmp_path / "stage.csv").write_text("minutes,level_m\n" + rows)  # ground 0 m: level = h(0, t)
    args = ["simulate", "--dem", tmp_path / "dem.tif", "--stage", tmp_path / "stage.csv", "--edge", "west"]
    args += ["--manning", n, "--minutes", 60, "--json"]
    arrival = {}
    for label, extra in (("inertial", []), ("advection", ["--advection"])):
        proc = floodplan(*args, *extra, "--out", tmp_path / label)
        assert proc.returncode == 0, proc.stderr
        assert abs(json.loads(proc.stdout)["mass_error_pct"]) < 1e-6
        with rasterio.open(tmp_path / label / "arrival_minutes.tif") as ds:
            arrival[label] = float(ds.read(1)[1, 120])  # column 120: x = 3000 m
    assert abs(arrival["advection"] - 50.0) <= 2.0
    assert arrival["inertial"] > 52.0


def test_simulate_two_inflows_free_outflow_and_csv_variants(tmp_path):
    """Two inflows (`--inflow --at` pairs, in order) on a slope falling east, the east edge a free outflow
    (`--outflow east`): water leaves (volume_out_m3 > 0) and the balance closes. The second hydrograph is
    Latin-1 with ISO dates in its time column (minute 0 at its first row), and says so in `warnings`."""
    z = np.tile(np.linspace(10, 5, 60), (30, 1))
    write_grid(make_grid(z, 10.0), tmp_path / "dem.tif")
    (tmp_path / "q1.csv").write_text("minutes,m3s\n0,10\n60,10\n")
    (tmp_path / "q2.csv").write_bytes(
        "time,m3s,Bemerkung\n2024-05-14T06:00,5,Müllerbach\n2024-05-14T07:00,5,Pegel ö\n".encode("latin-1")
    )
    proc = floodplan(
        "simulate", "--dem", tmp_path / "dem.tif",
        "--inflow", tmp_path / "q1.csv", "--at", "500005,5599850",
        "--inflow", tmp_path / "q2.csv", "--at", "500005,5599705",
        "--outflow", "east", "--minutes", 60, "--out", tmp_path / "out", "--json",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    s = json.loads(proc.stdout)
    # 10 + 5 m³/s for an hour: 54,000 m³ (hand calculation)
    assert s["volume_in_m3"] == pytest.approx(54000, rel=1e-9)
    assert s["volume_out_m3"] > 0 and abs(s["mass_error_pct"]) < 0.5
    assert any("not UTF-8" in w for w in s["warnings"]) and any(
        "2024-05-14T06:00" in w for w in s["warnings"]
    )
    bad = floodplan(
        "simulate", "--dem", tmp_path / "dem.tif", "--inflow", tmp_path / "q1.csv", "--inflow",
        tmp_path / "q2.csv", "--at", "500005,5599850", "--minutes", 10, "--out", tmp_path / "x",
    )  # fmt: skip
    assert bad.returncode == 2 and "one --at" in bad.stderr


def test_simulate_at_is_in_the_dem_files_own_crs_for_a_dem_in_degrees(tmp_path):
    """A DEM in WGS 84 degrees is modelled in its UTM zone, but `--at` is given in degrees (CONTRACT):
    the water appears where the point lies (checked in the UTM output), and a UTM pair is refused."""
    from pyproj import Transformer

    from floodplan.core.grid import Grid

    rows, cols, cell = 40, 60, 0.0002  # about 14 m x 22 m at 50° N
    z = np.tile(np.linspace(10, 5, cols), (rows, 1))
    from affine import Affine
    from rasterio.crs import CRS

    write_grid(Grid(z, Affine(cell, 0, 15.0, 0, -cell, 50.0), CRS.from_epsg(4326)), tmp_path / "dem.tif")
    (tmp_path / "q.csv").write_text("minutes,m3s\n0,5\n30,5\n")
    lon, lat = 15.0 + 10.5 * cell, 50.0 - 20.5 * cell
    proc = floodplan(
        "simulate", "--dem", tmp_path / "dem.tif", "--inflow", tmp_path / "q.csv", "--at", f"{lon},{lat}",
        "--minutes", 30, "--out", tmp_path / "out", "--json",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    with rasterio.open(tmp_path / "out" / "max_depth.tif") as ds:
        x, y = Transformer.from_crs(4326, ds.crs, always_xy=True).transform(lon, lat)
        depth = next(ds.sample([(x, y)]))[0]
    assert ds.crs.is_projected and depth > 0.05  # ETRS89 / UTM 33N here
    utm = floodplan(
        "simulate", "--dem", tmp_path / "dem.tif", "--inflow", tmp_path / "q.csv", "--at", f"{x},{y}",
        "--minutes", 30, "--out", tmp_path / "out2",
    )  # fmt: skip
    assert utm.returncode == 2 and "EPSG:4326" in utm.stderr


def test_run_on_a_dynamic_scenario_writes_its_summary(tmp_path):
    """`floodplan run` on a dynamic scenario runs the flood model and writes the usual outputs; summary.json
    says the depth is the maximum over the event (CONTRACT `run`, issue 15)."""
    from floodplan.model.scenario import Scenario

    p = small_valley_project()
    yr = 5600000.0 - 30.5 * 10  # the river line of small_valley_project
    tt = {
        "duration_minutes": 60,
        "step_minutes": 30,
        "inflow": {"x": 500005.0, "y": yr, "hydrograph": [[0, 40], [60, 40]]},
        "outflow": ["east"],
    }
    p.set_scenario(Scenario("wave", flood="dynamic", tabletop=tt))
    save_project(p, tmp_path / "p.gpkg")
    proc = floodplan("run", tmp_path / "p.gpkg", "--scenario", "wave", "--out", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    s = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert s["flood"] == "dynamic" and s["depth"] == "maximum over the event"
    assert s["simulation"]["volume_in_m3"] == pytest.approx(40 * 3600, rel=1e-9)  # 40 m³/s for an hour
    assert s["flooded_area_m2"] > 0 and {"national", "joint"} <= set(s)
    assert {"depth.tif", "extent.gpkg", "access.gpkg", "summary.json"} <= {
        f.name for f in (tmp_path / "out").iterdir()
    }
