"""A minimal local inertial step (Bates, Horritt & Fewtrell 2010), the reference for floodplan's kernel speed.

The textbook scheme in one numba function: every face of the whole grid, q from eq. 11 with the
semi-implicit friction term, then continuity; no window, no flux limiter, no statistics, closed edges.
``benchmarks/bench_hydro.py`` times it on the same state as floodplan's kernel and prints both
cell-updates per second. Not used by floodplan itself.
"""

from __future__ import annotations

import numpy as np
from numba import njit

G = 9.81


@njit(cache=True)
def reference_step(z, h, qx, qy, n2, dx, dt, hmin):
    """One step on the whole grid: ``qx`` (rows, cols+1), ``qy`` (rows+1, cols) in m²/s, ``h`` in m."""
    rows, cols = h.shape
    for i in range(rows):
        for j in range(1, cols):
            ea = z[i, j - 1] + h[i, j - 1]
            eb = z[i, j] + h[i, j]
            hf = max(ea, eb) - max(z[i, j - 1], z[i, j])
            if hf > hmin:
                q = qx[i, j]
                qx[i, j] = (q - G * hf * dt * (eb - ea) / dx) / (
                    1.0 + G * dt * n2 * abs(q) / hf ** (7.0 / 3.0)
                )
            else:
                qx[i, j] = 0.0
    for i in range(1, rows):
        for j in range(cols):
            ea = z[i - 1, j] + h[i - 1, j]
            eb = z[i, j] + h[i, j]
            hf = max(ea, eb) - max(z[i - 1, j], z[i, j])
            if hf > hmin:
                q = qy[i, j]
                qy[i, j] = (q - G * hf * dt * (eb - ea) / dx) / (
                    1.0 + G * dt * n2 * abs(q) / hf ** (7.0 / 3.0)
                )
            else:
                qy[i, j] = 0.0
    c = dt / dx
    for i in range(rows):
        for j in range(cols):
            h[i, j] = max(h[i, j] + c * (qx[i, j] - qx[i, j + 1] + qy[i, j] - qy[i + 1, j]), 0.0)


def cell_updates_per_second(
    z: np.ndarray, h0: np.ndarray, dx: float, n: float, dt: float, steps: int = 100
) -> float:
    """Cells x steps per second of :func:`reference_step` from depth ``h0`` (the first call compiles)."""
    import time

    rows, cols = z.shape
    h = h0.copy()
    qx, qy = np.zeros((rows, cols + 1)), np.zeros((rows + 1, cols))
    reference_step(z, h, qx, qy, n * n, dx, dt, 1e-3)
    t = time.perf_counter()
    for _ in range(steps):
        reference_step(z, h, qx, qy, n * n, dx, dt, 1e-3)
    return rows * cols * steps / (time.perf_counter() - t)
