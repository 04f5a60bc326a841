"""Speed of the static flood engine, beside a plain-scipy reference, on a synthetic valley. Run by hand:

    python benchmarks/bench_inundation.py [--quick]

Targets (issue 3, 2-core machine): full inundation with 50 defenses on 1000×1000 ≤ 50 ms; on 4000×4000
≤ 300 ms and ≤ 1 GB peak memory; a new level after the precomputation ≤ 16 ms at 1000×1000; volume mode
≤ 100 ms after the precomputation. Reference: threshold + ``scipy.ndimage.label`` (4-connected) keeping the
labels that hold a source cell; for a volume, bisection on the level with that reference.

"Full inundation" = everything from the GeoDataFrames and the DEM array to the depth raster and its
figures: source cells rasterised, 50 defenses rasterised and burned in, one flood fill. Times are the
best of several runs after a warm-up (numba compiles on the first call). Peak memory of the 4000×4000
case is measured in a fresh process (``ru_maxrss`` after the run minus after the imports and the DEM).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
from scipy import ndimage
from shapely.geometry import LineString

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchtools import best_of  # noqa: E402

from floodplan.sim.inundation import FloodModel, flood_at_level  # noqa: E402
from floodplan.sim.terrain import burn, defense_cells, source_mask  # noqa: E402
from floodplan.testing import TEST_CRS, make_grid  # noqa: E402


def valley(n: int, seed: int = 0):
    """An n×n DEM (5 m cells at n = 1000, scaled to keep a 5 km valley) with a river down the middle,
    smooth noise, and 50 random defense lines on the floor."""
    rng = np.random.default_rng(seed)
    cs = 5000.0 / n
    r, c = np.indices((n, n), dtype=np.float32)
    x = (c + 0.5) * cs
    y = (r + 0.5) * cs
    across = np.abs(x - 2500.0 - 150.0 * np.sin(y / 600.0))  # a meandering valley axis
    z = 100.0 - 0.0005 * y + 0.004 * across + 1e-5 * across**2
    small = rng.normal(size=(n // 20 + 2, n // 20 + 2)).astype(np.float32)
    noise = ndimage.zoom(ndimage.gaussian_filter(small, 1.0), n / small.shape[0], order=1)[:n, :n]
    z = (z + 1.5 * noise).astype(np.float64)
    del r, c, x, y, across
    g = make_grid(z, cellsize=cs)
    x0, y0 = g.transform.c, g.transform.f
    yy = np.linspace(0, 5000, 200)
    river = gpd.GeoDataFrame(
        geometry=[LineString(np.c_[x0 + 2500.0 + 150.0 * np.sin(yy / 600.0), y0 - yy])], crs=TEST_CRS
    )
    lines = []
    for _ in range(50):
        cx, cy = rng.uniform(1500, 3500), rng.uniform(200, 4800)
        ang = rng.uniform(0, np.pi)
        half = rng.uniform(100, 500)
        lines.append(
            LineString(
                [
                    (x0 + cx - half * np.cos(ang), y0 - cy + half * np.sin(ang)),
                    (x0 + cx + half * np.cos(ang), y0 - cy - half * np.sin(ang)),
                ]
            )
        )
    defenses = gpd.GeoDataFrame(
        {"id": [f"D{i}" for i in range(50)], "crest_m": rng.uniform(99, 104, 50)},
        geometry=lines,
        crs=TEST_CRS,
    )
    return g, river, defenses


def full_engine(g, river, defenses, level):
    src = source_mask(g, river)
    burned = burn(g, defense_cells(defenses, g))
    return flood_at_level(burned, src, level)


def reference_mask(z, src, level):
    lab, _ = ndimage.label(np.isfinite(z) & (z < level))
    keep = np.unique(lab[src])
    keep = keep[keep > 0]
    return np.isin(lab, keep)


def full_reference(g, river, defenses, level):
    src = source_mask(g, river)
    burned = burn(g, defense_cells(defenses, g))
    wet = reference_mask(burned.z, src, level)
    return np.where(wet, level - burned.z, 0.0)


def _status_kb(key: str) -> int:
    """A field of /proc/self/status in kB (VmRSS: resident now, VmHWM: peak since the last reset)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _reset_peak() -> None:
    """Reset the kernel's resident-memory high-water mark (Linux: write 5 to clear_refs)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def big_case(n: int) -> dict:
    """Run in a fresh process: time and peak memory of the full inundation on an n×n DEM."""
    g, river, defenses = valley(n)
    full_engine(*valley(50), 102.0)  # compile/load the kernels before measuring
    _reset_peak()
    base = _status_kb("VmRSS")
    t = time.perf_counter()
    r = full_engine(g, river, defenses, 102.0)
    first = time.perf_counter() - t
    peak = _status_kb("VmHWM")
    ms, r = best_of(lambda: full_engine(g, river, defenses, 102.0), repeat=3)
    ref_ms, ref = best_of(lambda: full_reference(g, river, defenses, 102.0), repeat=1)
    assert (ref > 0).sum() == r.flooded_cells
    return {
        "ms": ms,
        "ref_ms": ref_ms,
        "first_ms": first * 1000.0,
        "peak_mb": (peak - base) / 1024.0,
        "process_peak_mb": peak / 1024.0,
        "dem_mb": g.z.nbytes / 2**20,
        "cells": r.flooded_cells,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="skip the 4000×4000 case")
    ap.add_argument("--big", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.big:
        print(json.dumps(big_case(a.big)))
        return

    rows = []
    g, river, defenses = valley(1000)
    level = 102.0
    ms, r = best_of(lambda: full_engine(g, river, defenses, level))
    ref_ms, ref = best_of(lambda: full_reference(g, river, defenses, level))
    assert (ref > 0).sum() == r.flooded_cells, "engine and reference disagree"
    rows.append(
        ("full inundation, 50 defenses, 1000×1000", ms, ref_ms, 50, f"{r.flooded_cells:,} cells flooded")
    )

    burned = burn(g, defense_cells(defenses, g))
    src = source_mask(g, river)
    t = time.perf_counter()
    model = FloodModel(burned, src)
    pre_ms = (time.perf_counter() - t) * 1000.0
    t = time.perf_counter()
    FloodModel(burned, src)
    pre_ms = min(pre_ms, (time.perf_counter() - t) * 1000.0)
    rows.append(
        ("precomputation (priority-flood), 1000×1000", pre_ms, float("nan"), None, "once per terrain state")
    )

    levels = iter(np.linspace(100.5, 104.0, 1000))
    ms, r = best_of(lambda: model.depth_at_level(next(levels)), repeat=10)
    ref_ms, _ = best_of(lambda: reference_mask(burned.z, src, 102.3), repeat=3)
    rows.append(("new level after precomputation, 1000×1000", ms, ref_ms, 16, "depth + figures"))

    vols = iter(np.linspace(1e6, 2e7, 1000))
    ms, rv = best_of(lambda: model.depth_for_volume(next(vols)), repeat=10)

    def ref_volume(v=rv.volume_m3, a=g.cell_area):
        lo, hi = float(np.nanmin(burned.z[src])), 120.0
        for _ in range(30):  # bisection to about 1 cm
            mid = 0.5 * (lo + hi)
            wet = reference_mask(burned.z, src, mid)
            if np.sum(mid - burned.z[wet]) * a < v:
                lo = mid
            else:
                hi = mid
        return mid

    ref_ms, ref_level = best_of(ref_volume, repeat=1)
    assert abs(ref_level - rv.level_m) < 0.02, (ref_level, rv.level_m)
    rows.append(("volume mode after precomputation, 1000×1000", ms, ref_ms, 100, "level + depth + figures"))
    t = time.perf_counter()
    for _ in range(100):
        model.level_for_volume(5e6)
    rows.append(("  level for a volume alone", (time.perf_counter() - t) * 10.0, float("nan"), None, ""))

    if not a.quick:
        out = subprocess.run(
            [sys.executable, __file__, "--big", "4000"], capture_output=True, text=True, check=True
        ).stdout
        big = json.loads(out.strip().splitlines()[-1])
        rows.append(
            (
                "full inundation, 50 defenses, 4000×4000",
                big["ms"],
                big["ref_ms"],
                300,
                f"{big['cells']:,} cells",
            )
        )
        rows.append(
            (
                "  peak memory of that run (MB)",
                big["peak_mb"],
                float("nan"),
                1024,
                f"DEM ({big['dem_mb']:.0f} MB) not counted; whole process {big['process_peak_mb']:.0f} MB",
            )
        )

    print(f"{'figure':48s} {'floodplan':>10s} {'scipy ref':>10s} {'target':>8s}  note")
    for name, v, ref, target, note in rows:
        ok = "" if target is None else ("ok" if v <= target else "SLOW")
        tv = "" if target is None else f"{target}"
        rv_ = "" if np.isnan(ref) else f"{ref:10.1f}"
        print(f"{name:48s} {v:10.2f} {rv_:>10s} {tv:>8s}  {ok} {note}")
    print("(milliseconds unless marked MB; best of several runs after a warm-up)")


if __name__ == "__main__":
    main()
