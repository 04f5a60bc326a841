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


@njit(cache=True, inline="always")
def _face_q(q, za, zb, ha, hb, n2, dx, dt, hmin):
    """New unit discharge (m²/s) across the face from cell a to cell b (eq. 11, friction semi-implicit),
    from its old value ``q``; 0 where the flow depth at the face is at most ``hmin``."""
    ea = za + ha
    eb = zb + hb
    hf = max(ea, eb) - max(za, zb)
    if hf > hmin:
        return (q - G * hf * dt * (eb - ea) / dx) / (1.0 + G * dt * n2 * abs(q) / hf ** (7.0 / 3.0))
    return 0.0


@njit(cache=True)
def reference_step(z, h, qx, qy, n2, dx, dt, hmin):
    """One step on the whole grid: ``qx`` (rows, cols+1), ``qy`` (rows+1, cols) in m²/s, ``h`` in m."""
    rows, cols = h.shape
    for i in range(rows):
        for j in range(1, cols):
            qx[i, j] = _face_q(qx[i, j], z[i, j - 1], z[i, j], h[i, j - 1], h[i, j], n2, dx, dt, hmin)
    for i in range(1, rows):
        for j in range(cols):
            qy[i, j] = _face_q(qy[i, j], z[i - 1, j], z[i, j], h[i - 1, j], h[i, j], n2, dx, dt, hmin)
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
