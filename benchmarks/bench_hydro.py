"""Time the dynamic flood model: a 12-hour event on a 500 x 500 grid (target: at most 60 s here).

Run by hand: ``python benchmarks/bench_hydro.py [--size 500] [--hours 12] [--cell 20] [--rain MM_H]
[--advection]`` (``--advection``: the full momentum equation instead of the local inertial one). Prints a
table: grid, cell size, event length, steps, wall time, cell-updates per second (both over the whole
grid, the usual LISFLOOD-FP figure, and over the cells actually computed), mass error and flood extent.

The valley: 10 km x 10 km at 20 m cells, a 1.5 km wide floodplain falling 1 m per km to the south,
a 40 m wide, 3 m deep channel meandering down it, valley sides rising 8 % beyond, and 0.3 m of
seeded random roughness. A flood hydrograph (50 -> 600 -> 100 m³/s, peak at 4 h) enters at the
channel's north end; the south edge holds the water level 2 m above the channel bed there (water
leaves through it). The first (compiling) run is not timed: numba caches the kernels on disk.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

from floodplan.progress import Feedback  # noqa: E402
from floodplan.sim.hydro import Hydrograph, simulate  # noqa: E402
from floodplan.testing import make_grid  # noqa: E402


def valley(size: int, cell: float, seed: int = 1) -> np.ndarray:
    """Valley terrain (m), rows run north to south."""
    rows = cols = size
    y = np.arange(rows)[:, None] * cell  # distance from the north edge (m)
    x = np.arange(cols)[None, :] * cell
    centre = cols * cell / 2 + 300.0 * np.sin(2 * np.pi * y / 4000.0)  # meandering channel axis
    d = np.abs(x - centre)
    z = 100.0 - 0.001 * y + 0.0002 * d  # 1 m/km down-valley, gentle cross-fall to the channel
    z = z + np.where(d > 750.0, 0.08 * (d - 750.0), 0.0)  # valley sides
    z = z - np.where(d < 20.0, 3.0, 0.0)  # the channel
    rng = np.random.default_rng(seed)
    z = z + rng.uniform(0.0, 0.3, size=z.shape)
    return z


def run(size: int, hours: float, cell: float, rain: float = 0.0, advection: bool = False) -> dict:
    z = valley(size, cell)
    grid = make_grid(z, cell)
    x_in, y_in = grid.xy(1, int(np.argmin(z[1])))
    minutes = hours * 60.0
    inflow = Hydrograph([0, 240, max(minutes, 241)], [50.0, 600.0, 100.0])
    bed_south = float(np.min(z[-1]))
    stage = ("south", Hydrograph([0], [bed_south + 2.0]))
    calls = []
    fb = Feedback(lambda f, m: calls.append(f))
    t = time.perf_counter()
    cpu = time.process_time()
    res = simulate(
        grid, minutes, inflows=[(x_in, y_in, inflow)], stage=stage, rain=rain or None, feedback=fb,
        advection=advection,
    )  # fmt: skip
    wall = time.perf_counter() - t
    cpu = time.process_time() - cpu
    return {"res": res, "wall": wall, "cpu": cpu, "cells": z.size, "progress_calls": len(calls), "z": z}


def kernel_ratio(z: np.ndarray, h0: np.ndarray, cell: float, steps: int = 100) -> tuple[float, float]:
    """Cell-updates per second of floodplan's serial kernel and of the minimal reference kernel
    (benchmarks/ref_inertial_kernel.py) on the same wet state, the whole grid, the same fixed step."""
    from benchmarks.ref_inertial_kernel import cell_updates_per_second
    from floodplan.sim import hydro_kernels as k

    rows, cols = z.shape
    dt = 0.5 * 0.7 * cell / np.sqrt(9.81 * max(float(h0.max()), 0.1))
    h = h0.copy()
    qx, qy = np.zeros((rows, cols + 1)), np.zeros((rows + 1, cols))
    n2 = np.full(z.shape, 0.035**2)
    valid = np.ones(z.shape, dtype=np.uint8)
    md, arr = np.zeros(z.shape), np.full(z.shape, np.nan)
    rh, rf, rl = np.zeros(rows), np.zeros(rows, dtype=np.int64), np.zeros(rows, dtype=np.int64)
    bnd = k.no_boundary(z.shape)
    args = (
        z,
        h,
        qx,
        qy,
        n2,
        valid,
        cell,
        cell,
        dt,
        1e-3,
        0.0,
        0.01,
        0.0,
        md,
        arr,
        rh,
        rf,
        rl,
        0,
        rows,
        0,
        cols,
        bnd,
    )
    k.inertial_step(*args)
    t = time.perf_counter()
    for _ in range(steps):
        k.inertial_step(*args)
    ours = rows * cols * steps / (time.perf_counter() - t)
    return ours, cell_updates_per_second(z, h0, cell, 0.035, dt, steps)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=500)
    ap.add_argument("--hours", type=float, default=12.0)
    ap.add_argument("--cell", type=float, default=20.0)
    ap.add_argument(
        "--rain", type=float, default=0.0, help="rain (mm/h) on every cell: the whole grid is computed"
    )
    ap.add_argument("--advection", action="store_true", help="keep the convective acceleration term")
    a = ap.parse_args()
    run(20, 6.0, a.cell, advection=a.advection)  # compile / load the cached kernels
    out = run(a.size, a.hours, a.cell, a.rain, a.advection)
    res = out["res"]
    ours, ref = kernel_ratio(out["z"], np.nan_to_num(res.final_depth.z), a.cell)
    per_s = out["cells"] * res.steps / out["wall"]
    computed = res.cells_updated
    rows = [
        ("grid", f"{a.size} x {a.size} cells of {a.cell:g} m"),
        ("event", f"{a.hours:g} h ({res.minutes:g} min), rain {a.rain:g} mm/h"),
        ("momentum", "full (with advection)" if a.advection else "local inertial"),
        ("steps", f"{res.steps}"),
        ("wall time", f"{out['wall']:.1f} s (target <= 60 s)"),
        ("CPU time of this process", f"{out['cpu']:.1f} s (less affected by a shared machine)"),
        ("cell-updates / s (whole grid x steps)", f"{per_s / 1e6:.0f} million"),
        ("cell-updates / s (cells computed)", f"{computed / out['wall'] / 1e6:.0f} million"),
        ("share of grid computed", f"{computed / (out['cells'] * res.steps):.0%}"),
        ("kernel, one thread, whole wet grid", f"{ours / 1e6:.0f} million cell-updates / s"),
        (
            "minimal reference kernel (same state)",
            f"{ref / 1e6:.0f} million cell-updates / s ({ours / ref:.2f}x)",
        ),
        (
            "volume in / out / stored",
            f"{res.volume_in_m3:.4g} / {res.volume_out_m3:.4g} / {res.volume_stored_m3:.4g} m³",
        ),
        ("mass error", f"{res.mass_error_pct:.2e} %"),
        ("max depth", f"{res.max_depth_m:.2f} m"),
        ("flooded area", f"{res.flooded_area_m2 / 1e6:.2f} km²"),
        ("progress reports", f"{out['progress_calls']}"),
    ]
    w = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{w}}  {v}")


if __name__ == "__main__":
    main()
