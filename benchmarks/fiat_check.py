"""Damage per asset: floodplan against Delft-FIAT (Deltares) on the same exposure, hazard raster and curves.

Run by hand (FIAT needs the GDAL Python bindings, which the shared venv does not have, so it lives in a
separate venv that sees the system's python3-gdal):

    /usr/bin/python3 -m venv --system-site-packages /work/fiatvenv
    /work/fiatvenv/bin/pip install delft-fiat
    python benchmarks/fiat_check.py [--fiat-python /work/fiatvenv/bin/python] [--scenario hq100-joint] [--out DIR]

What it does, on the bundled sample valley:
1. the hazard: floodplan's hq100 flood with the scenario's defenses, written as a depth GeoTIFF (m);
2. the exposure: every building polygon with ``object_id``, ``extract_method = centroid`` (FIAT then reads
   the depth at GEOS PointOnSurface, as the contract's ``point_on_surface``), ``ground_flht = 0``,
   ``fn_damage_structure`` = floodplan's curve and ``max_damage_structure`` = floodplan's value (EUR);
3. the curves: floodplan's JRC Europe curves as FIAT's vulnerability table (water depth column, FIAT
   upscales it linearly to 0.01 m steps, which is exact for their breakpoints);
4. runs FIAT (benchmarks/fiat_run.py, FIAT's own worker; see there why not ``fiat run``) and compares FIAT's ``total_damage`` per object with floodplan's damage per asset.

FIAT rounds the depth to the vulnerability step (0.01 m) before reading the curve and the damage to the
cent, so the comparison is made twice: floodplan at FIAT's rounded depth (expected equal to the cent) and
floodplan at the raster's own depth (differs by at most slope × 0.005 m × value).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fiat-python", default="/work/fiatvenv/bin/python")
    ap.add_argument("--scenario", default="hq100-joint")
    ap.add_argument("--out")
    args = ap.parse_args(argv)

    from floodplan.io.projectfile import open_project
    from floodplan.io.raster import write_grid
    from floodplan.sample import sample_project_path
    from floodplan.sim.damage import DEFAULT_CURVES, RiskAssets, damage_per_asset
    from floodplan.sim.runner import ScenarioInputs, flood
    from floodplan.sim.terrain import to_grid_crs

    out = Path(args.out or tempfile.mkdtemp(prefix="fiat_check_"))
    for sub in ("hazard", "exposure", "vulnerability"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    project = open_project(sample_project_path())
    sc = project.scenario(args.scenario)
    inp = ScenarioInputs.from_project(project, sc)
    _, _, res = flood(inp, sc)
    depth = res.depth
    write_grid(depth, out / "hazard" / "depth.tif")

    assets = to_grid_crs(project.combined("assets"), project.dem)
    ra = RiskAssets.build(assets, project.dem, to_grid_crs(project.combined("jurisdictions"), project.dem))
    ours = ra.damage(depth.z)

    geo = assets[[assets.geometry.name]].copy()
    geo["object_id"] = np.arange(1, len(geo) + 1)
    geo.to_file(out / "exposure" / "buildings.gpkg", layer="buildings", driver="GPKG")
    pd.DataFrame(
        {
            "object_id": geo["object_id"],
            "extract_method": "centroid",
            "ground_flht": 0,
            "ground_elevtn": 0,
            "fn_damage_structure": ra.curve_name,
            "max_damage_structure": np.round(ra.value_eur, 6),
        }
    ).to_csv(out / "exposure" / "exposure.csv", index=False)
    used = sorted(set(ra.curve_name))
    grid = sorted({float(d) for name in used for d in DEFAULT_CURVES[name].depth_m})
    with open(out / "vulnerability" / "curves.csv", "w") as fh:
        fh.write("#UNIT=meter\n#method," + ",".join("mean" for _ in used) + "\n")
        fh.write("water depth," + ",".join(used) + "\n")
        for d in grid:
            fh.write(f"{d}," + ",".join(f"{float(DEFAULT_CURVES[n]([d])[0]):.6f}" for n in used) + "\n")
    crs = project.dem.crs.to_string()
    toml = f"""[model]
type = "geom"
risk = false
srs.value = "{crs}"

[output]
path = "output"
csv.name1 = "output.csv"
geom.name1 = "buildings.gpkg"

[hazard]
file = "hazard/depth.tif"
elevation_reference = "DEM"
settings.srs = "{crs}"

[exposure]
csv.file = "exposure/exposure.csv"
geom.file1 = "exposure/buildings.gpkg"
geom.settings.srs = "{crs}"

[vulnerability]
file = "vulnerability/curves.csv"
step_size = 0.01
"""
    (out / "settings.toml").write_text(toml)
    runner = Path(__file__).resolve().with_name("fiat_run.py")
    proc = subprocess.run(
        [args.fiat_python, str(runner), "settings.toml"], capture_output=True, text=True, cwd=out
    )
    if proc.returncode != 0:
        print(proc.stdout[-3000:], proc.stderr[-3000:], file=sys.stderr)
        return 1
    fiat = pd.read_csv(out / "output" / "output.csv").set_index("object_id").reindex(geo["object_id"])
    fiat_dmg = pd.to_numeric(fiat["total_damage"], errors="coerce").fillna(0.0).to_numpy()
    fiat_depth = pd.to_numeric(fiat["inun_depth"], errors="coerce").to_numpy()

    # floodplan at FIAT's rounded depth: FIAT reads the curve at round(depth, 2) and ignores < 0.0001 m.
    d_raw = np.where(ra.cells >= 0, depth.z.ravel()[np.maximum(ra.cells, 0)], np.nan)
    d_round = np.where(np.nan_to_num(d_raw) > 0.0001, np.round(d_raw, 2), 0.0)
    ours_round = np.round(damage_per_asset(d_round, ra.value_eur, ra.curve_index, ra.curves), 2)
    wet = np.nan_to_num(d_raw) > 0
    depth_same = np.allclose(np.nan_to_num(fiat_depth[wet]), d_raw[wet], atol=1e-6)
    diff_round = np.abs(ours_round - fiat_dmg)
    diff_raw = np.abs(ours - fiat_dmg)
    print(
        f"sample valley, scenario {args.scenario}: {len(geo)} buildings, {int(wet.sum())} wet; files in {out}"
    )
    print(f"{'comparison':<52} {'max |diff| EUR':>15} {'assets equal':>13}")
    print(f"{'depth at PointOnSurface (FIAT inun_depth = ours)':<52} {'':>15} {str(depth_same):>13}")
    print(f"{'damage, ours at FIAT rounded depth (to the cent)':<52} {diff_round.max():>15.2f} "
          f"{int((diff_round <= 0.011).sum()):>6}/{len(geo)}")  # fmt: skip
    print(f"{'damage, ours at the raster depth':<52} {diff_raw.max():>15.2f} "
          f"{int((diff_raw <= 0.011).sum()):>6}/{len(geo)}")  # fmt: skip
    print(f"{'total damage (EUR): FIAT':<52} {fiat_dmg.sum():>15,.2f}")
    print(f"{'total damage (EUR): floodplan':<52} {ours.sum():>15,.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
