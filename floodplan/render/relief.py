"""Shaded relief of a DEM, computed once per Grid and cached.

The canvas redraws many times per second while panning and the slider moves; shading a 1-million-cell
DEM takes ~50 ms, so the RGBA image is cached per Grid object (keyed by identity, checked by a weak
reference so that a new Grid with the same ``id`` after garbage collection is never confused with the old).
"""

from __future__ import annotations

import weakref

import numpy as np
from matplotlib.colors import LightSource, LinearSegmentedColormap

from floodplan.core.grid import Grid

#: Pale hypsometric tint (low green, mid buff, high grey-white) that stays behind the data.
RELIEF_CMAP = LinearSegmentedColormap.from_list(
    "floodplan_relief", ["#e5efd8", "#efe8cf", "#e6dccb", "#f2f2f2"], N=256
)

_CACHE: dict[int, tuple[weakref.ref, int, np.ndarray]] = {}
_MAX_ENTRIES = 8


def shaded_relief(grid: Grid, azimuth: float = 315.0, altitude: float = 45.0) -> np.ndarray:
    """RGBA uint8 image (rows, cols, 4) of the DEM: a pale tint by height, soft-lit hillshade.

    NaN cells are transparent. Cached per Grid object (and per ``grid.z`` array, so replacing the array
    invalidates the entry).
    """
    key = id(grid)
    hit = _CACHE.get(key)
    if hit is not None and hit[0]() is grid and hit[1] == id(grid.z):
        return hit[2]
    z = np.asarray(grid.z, dtype=float)
    valid = np.isfinite(z)
    if not valid.any():
        rgba = np.zeros(z.shape + (4,), np.uint8)
    else:
        zf = np.where(valid, z, np.nanmean(z[valid]))
        lo, hi = np.percentile(zf[valid], [1, 99])
        if hi <= lo:
            hi = lo + 1.0
        ls = LightSource(azdeg=azimuth, altdeg=altitude)
        # Vertical exaggeration scales with cell size so that 90 m SRTM and 1 m lidar both show relief.
        rgb = ls.shade(
            zf, cmap=RELIEF_CMAP, vmin=lo, vmax=hi, blend_mode="soft", vert_exag=1.0, dx=grid.dx, dy=grid.dy
        )
        rgba = (np.clip(rgb, 0, 1) * 255).astype(np.uint8)
        rgba[..., 3] = np.where(valid, 255, 0)
    if len(_CACHE) >= _MAX_ENTRIES:
        for k in [k for k, v in _CACHE.items() if v[0]() is None] or [next(iter(_CACHE))]:
            _CACHE.pop(k, None)
    _CACHE[key] = (weakref.ref(grid), id(grid.z), rgba)
    return rgba


def clear_cache() -> None:
    """Forget every cached relief (tests, or after editing a DEM's values in place)."""
    _CACHE.clear()
