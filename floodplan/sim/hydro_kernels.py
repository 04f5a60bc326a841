"""Compiled (numba) kernels of the local inertial flood model; :mod:`floodplan.sim.hydro` drives them.

One call of :func:`inertial_step` (or :func:`inertial_step_parallel`, the same in bands of rows on
several threads) advances the water one time step on a window of the grid:

1. the discharge per unit width at every cell face from the local inertial momentum equation of
   Bates, Horritt & Fewtrell (2010, J. Hydrol. 387:33-45, eq. 11) with the semi-implicit friction term,
2. flux limiting: where a cell's outgoing volume over the step exceeds what it holds, all its outgoing
   faces are scaled down by the same factor, so no depth can go negative and every m³ that leaves one
   cell enters its neighbour (mass is conserved to rounding),
3. the continuity update of the depths, then rain, then the running maximum depth, arrival time and the
   statistics the driver needs for the next step (maximum depth for the CFL time step, wet extent).

:func:`run_steps` runs the driver's whole time loop (time step, inflows, stage, rain, the window of rows
near the wet cells) for many steps per call, so no Python runs between steps.

:func:`inertial_advection_step` (and its parallel twin) first computes the face velocities and the
convective acceleration (:func:`_face_velocities`, :func:`_advection`) and adds it to step 1: the full
shallow-water momentum equation.

Arrays (float64 unless stated; rows x cols cells, ``qx`` is rows x (cols+1) with face ``j`` between
cells ``j-1`` and ``j``, ``qy`` is (rows+1) x cols with face ``i`` between rows ``i-1`` and ``i``;
positive discharge runs towards increasing column / row). The grid's outer faces stay 0 (walls) except
on free outflow edges (:func:`_free_outflow`); the other boundary conditions are applied by the driver.

Every step kernel takes ``bnd``, the tuple (theta, qxo, qyo, free_edges, edge_slopes): the weighting
theta of :func:`_momentum` (1: the plain scheme) with its work arrays ``qxo`` / ``qyo`` shaped like ``qx``
/ ``qy`` (zero outside every window so far; unused when theta is 1), and the free outflow edges:
``free_edges`` uint8[4] (west, east, north, south) and ``edge_slopes`` (4, max(rows, cols)) float64, the
terrain slope towards each edge per row (west, east) or column (north, south). :func:`no_boundary` gives
the plain scheme on a closed grid.
"""

from __future__ import annotations

import os

# numba's OpenMP threads wait for each other at every pass of a step (four per step). By default they spin
# while waiting; on a machine where other programs want the cores too, a spinning thread takes the core
# the thread it waits for needs: the two-thread kernel ran at 0.4-0.8x the one-thread speed under load,
# and at 0.9-1.8x with passive waiting (benchmark in the commit message). Read when the OpenMP library
# loads, i.e. at the first parallel step; a user's own setting wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import numpy as np  # noqa: E402
from numba import njit, prange  # noqa: E402

GRAVITY = 9.81  # m/s²
_SEVEN_THIRDS = 7.0 / 3.0


@njit(cache=True, inline="always")
def _pow73(hf):
    """hf^(7/3) in single precision: it only scales the friction term, where 1e-7 relative error is
    immaterial, and powf costs about half of pow (the power is half of the momentum update's time)."""
    return np.float64(np.float32(hf) ** np.float32(_SEVEN_THIRDS))


@njit(cache=True)
def _momentum(z, h, qx, qy, n2, valid, dx, dy, dt, hmin, a, b, last, lo, hi, ax, ay, adv, theta, qxo, qyo):
    """New discharges on the x-faces of rows [a, b) and the y-faces above rows [a, b) (and below the
    last row when ``last``), Bates et al. (2010) eq. 11: q <- (q - g h_f dt dS) / (1 + g dt n² |q| / h_f^(7/3)).

    With ``adv`` the convective acceleration ``ax`` / ``ay`` (m²/s², from :func:`_advection`) enters the
    numerator too: q <- (q - dt a - g h_f dt dS) / (1 + ...), the full shallow-water momentum equation.

    With ``theta`` < 1 the q of the numerator is de Almeida et al.'s (2012, WRR 48:W05528, eq. 8)
    weighted one, theta q_j + (1 - theta) / 2 (q_j-1 + q_j+1), from the faces before and after it in the
    same direction, read from ``qxo`` / ``qyo`` (the discharges before this step; a face beyond the grid's
    edge counts as the face itself); the friction term keeps q_j. That damps the checkerboard the plain
    scheme (theta = 1) leaves after a sharp start.
    """
    rows, cols = h.shape
    g = GRAVITY
    w_side = 0.5 * (1.0 - theta)
    # x-faces inside the window and on its west/east sides (those stay dry, see the driver)
    for i in range(a, b):
        jf0 = max(lo[i], 1)
        jf1 = min(hi[i], cols - 1)
        for j in range(jf0, jf1 + 1):
            k = j - 1
            if valid[i, k] == 0 or valid[i, j] == 0:
                qx[i, j] = 0.0
                continue
            eta_a = z[i, k] + h[i, k]
            eta_b = z[i, j] + h[i, j]
            hf = max(eta_a, eta_b) - max(z[i, k], z[i, j])
            if hf <= hmin:
                qx[i, j] = 0.0
                continue
            q = qx[i, j]
            fr = 0.0
            if q != 0.0:  # the friction term vanishes with q; skip the costly power
                fr = g * dt * 0.5 * (n2[i, k] + n2[i, j]) * abs(q) / _pow73(hf)
            if w_side > 0.0:
                qw = qxo[i, j - 1] if j > 1 else q
                qe = qxo[i, j + 1] if j < cols - 1 else q
                q_adv = theta * q + w_side * (qw + qe)
            else:
                q_adv = q
            if adv:
                q_adv -= dt * ax[i, j]
            qx[i, j] = (q_adv - g * hf * dt * (eta_b - eta_a) / dx) / (1.0 + fr)
    # y-faces: face row i lies between cell rows i-1 and i
    fb = b + 1 if last else b
    for i in range(max(a, 1), min(fb, rows)):
        k = i - 1
        for j in range(lo[i], hi[i]):
            if valid[k, j] == 0 or valid[i, j] == 0:
                qy[i, j] = 0.0
                continue
            eta_a = z[k, j] + h[k, j]
            eta_b = z[i, j] + h[i, j]
            hf = max(eta_a, eta_b) - max(z[k, j], z[i, j])
            if hf <= hmin:
                qy[i, j] = 0.0
                continue
            q = qy[i, j]
            fr = 0.0
            if q != 0.0:
                fr = g * dt * 0.5 * (n2[k, j] + n2[i, j]) * abs(q) / _pow73(hf)
            if w_side > 0.0:
                qn = qyo[i - 1, j] if i > 1 else q
                qs = qyo[i + 1, j] if i < rows - 1 else q
                q_adv = theta * q + w_side * (qn + qs)
            else:
                q_adv = q
            if adv:
                q_adv -= dt * ay[i, j]
            qy[i, j] = (q_adv - g * hf * dt * (eta_b - eta_a) / dy) / (1.0 + fr)


@njit(cache=True)
def _limit_outflow(h, qx, qy, dx, dy, dt, a, b, lo, hi):
    """Scale the outgoing faces of every cell of rows [a, b) that would give more than it holds.

    (Bates et al. 2010 rely on a small enough time step; scaling keeps depths >= 0 and conservation
    exact at any step.) A face has one upstream cell, so each face is scaled at most once, and only by
    the cell it drains: the scaled faces are incoming for the neighbour, whose own outflow they do not
    enter. That makes the in-place update safe in any order and across row bands.
    """
    area = dx * dy
    for i in range(a, b):
        for j in range(lo[i], hi[i]):
            e = qx[i, j + 1]
            w = qx[i, j]
            s = qy[i + 1, j]
            n = qy[i, j]
            out = dt * (dy * (max(e, 0.0) + max(-w, 0.0)) + dx * (max(s, 0.0) + max(-n, 0.0)))
            vol = h[i, j] * area
            if out > vol:
                f = vol / out
                if e > 0.0:
                    qx[i, j + 1] = e * f
                if w < 0.0:
                    qx[i, j] = w * f
                if s > 0.0:
                    qy[i + 1, j] = s * f
                if n < 0.0:
                    qy[i, j] = n * f


@njit(cache=True)
def _update(
    h, qx, qy, valid, dx, dy, dt, rain_depth, arrival_depth, t_new_min,
    max_depth, arrival, row_hmax, row_first, row_last, a, b, lo, hi,
):  # fmt: skip
    """Continuity on rows [a, b), then rain, then the running statistics."""
    cx = dt / dx
    cy = dt / dy
    for i in range(a, b):
        hm = 0.0
        first = -1
        last = -1
        for j in range(lo[i], hi[i]):
            if valid[i, j] == 0:
                continue
            hn = h[i, j] + cx * (qx[i, j] - qx[i, j + 1]) + cy * (qy[i, j] - qy[i + 1, j])
            if hn < 0.0:  # only rounding can get here after the limiter (about 1e-17 m)
                hn = 0.0
            hn += rain_depth
            h[i, j] = hn
            if hn > 0.0:
                if first < 0:
                    first = j
                last = j
                if hn > hm:
                    hm = hn
                if hn > max_depth[i, j]:
                    max_depth[i, j] = hn
                if hn > arrival_depth and np.isnan(arrival[i, j]):
                    arrival[i, j] = t_new_min
        row_hmax[i] = hm
        row_first[i] = first
        row_last[i] = last


@njit(cache=True)
def _face_velocities(z, h, qx, qy, valid, hmin, ux, vy, row_umax, a, b, last, lo, hi):
    """Velocity (m/s) q / h_f on the faces :func:`_momentum` updates, 0 where a face is dry; the largest
    speed of each row of [a, b) goes to ``row_umax`` (it bounds the time step, see the driver)."""
    rows, cols = h.shape
    for i in range(a, b):
        jf0 = max(lo[i], 1)
        jf1 = min(hi[i], cols - 1)
        um = 0.0
        for j in range(jf0, jf1 + 1):
            k = j - 1
            u = 0.0
            if valid[i, k] != 0 and valid[i, j] != 0 and qx[i, j] != 0.0:
                hf = max(z[i, k] + h[i, k], z[i, j] + h[i, j]) - max(z[i, k], z[i, j])
                if hf > hmin:
                    u = qx[i, j] / hf
            ux[i, j] = u
            um = max(um, abs(u))
        row_umax[i] = um
    fb = b + 1 if last else b
    for i in range(max(a, 1), min(fb, rows)):
        k = i - 1
        um = 0.0
        for j in range(lo[i], hi[i]):
            v = 0.0
            if valid[k, j] != 0 and valid[i, j] != 0 and qy[i, j] != 0.0:
                hf = max(z[k, j] + h[k, j], z[i, j] + h[i, j]) - max(z[k, j], z[i, j])
                if hf > hmin:
                    v = qy[i, j] / hf
            vy[i, j] = v
            um = max(um, abs(v))
        if i < b:
            row_umax[i] = max(row_umax[i], um)
        elif i - 1 >= a:
            row_umax[i - 1] = max(row_umax[i - 1], um)


@njit(cache=True, inline="always")
def _donor(vel, q_back, q_fwd):
    """Momentum flux (m³/s²) carried at velocity ``vel`` (m/s): upwind, the discharge from where it comes."""
    return vel * (q_back if vel >= 0.0 else q_fwd)


@njit(cache=True, inline="always")
def _centre_flux(u_back, q_back, u_fwd, q_fwd):
    """Momentum flux u q (m³/s²) through a cell centre between two faces: that of the upwind face, the
    direction given by the mean of the two velocities. Taking the face's own u q rather than the mean
    velocity times q matters at a wet/dry front, where the dry face's zero would halve the flux out of
    the front and pile momentum up there (the front would run ahead)."""
    if u_back + u_fwd >= 0.0:
        return u_back * q_back
    return u_fwd * q_fwd


@njit(cache=True)
def _advection(qx, qy, ux, vy, dx, dy, ax, ay, open_edges, a, b, last, lo, hi):
    """Convective acceleration d(uq)/dx + d(vq)/dy (m²/s²) on the x-faces and d(ur)/dx + d(vr)/dy on the
    y-faces that :func:`_momentum` updates, first-order upwind in conservative form on the staggered grid
    (the momentum-conservative discretisation of Stelling & Duinmeijer 2003, Int. J. Numer. Meth. Fluids
    43:1329). For the x-momentum, the flux along x is taken at cell centres, as the u q of the upwind
    face (:func:`_centre_flux`), the flux across y at the cell corners, as the corner velocity (the mean
    of the two y-faces beside it) times the upwind row's discharge. Outer faces have zero velocity
    (walls) except on the edges flagged in ``open_edges`` (uint8[4]: west, east, north, south; the edge
    that holds a stage), where the momentum flux through the edge cell equals that on its inner face
    (zero gradient), so water enters or leaves without a spurious push back. Faces outside the window are
    dry and hold 0.
    """
    rows, cols = qx.shape[0], qy.shape[1]
    for i in range(a, b):
        jf0 = max(lo[i], 1)
        jf1 = min(hi[i], cols - 1)
        for j in range(jf0, jf1 + 1):
            k = j - 1
            if (
                ux[i, k] == 0.0 and ux[i, j] == 0.0 and ux[i, j + 1] == 0.0
                and vy[i, k] == 0.0 and vy[i, j] == 0.0 and vy[i + 1, k] == 0.0 and vy[i + 1, j] == 0.0
            ):  # fmt: skip
                ax[i, j] = 0.0  # every velocity it would use is 0 (dry or still): exactly nothing to carry
                continue
            if j == cols - 1 and open_edges[1]:
                fe = ux[i, j] * qx[i, j]
            else:  # centre of the cell east of the face
                fe = _centre_flux(ux[i, j], qx[i, j], ux[i, j + 1], qx[i, j + 1])
            if k == 0 and open_edges[0]:
                fw = ux[i, j] * qx[i, j]
            else:  # centre of the cell west of it
                fw = _centre_flux(ux[i, k], qx[i, k], ux[i, j], qx[i, j])
            f = (fe - fw) / dx
            if i > 0:  # corner north of the face, between rows i-1 and i
                vn = 0.5 * (vy[i, k] + vy[i, j])
                f -= _donor(vn, qx[i - 1, j], qx[i, j]) / dy
            if i < rows - 1:  # corner south of it, between rows i and i+1
                vs = 0.5 * (vy[i + 1, k] + vy[i + 1, j])
                f += _donor(vs, qx[i, j], qx[i + 1, j]) / dy
            ax[i, j] = f
    fb = b + 1 if last else b
    for i in range(max(a, 1), min(fb, rows)):
        k = i - 1
        for j in range(lo[i], hi[i]):
            if (
                vy[k, j] == 0.0 and vy[i, j] == 0.0 and vy[i + 1, j] == 0.0
                and ux[k, j] == 0.0 and ux[i, j] == 0.0 and ux[k, j + 1] == 0.0 and ux[i, j + 1] == 0.0
            ):  # fmt: skip
                ay[i, j] = 0.0
                continue
            if i == rows - 1 and open_edges[3]:
                fs = vy[i, j] * qy[i, j]
            else:  # centre of the cell south of the face (row i)
                fs = _centre_flux(vy[i, j], qy[i, j], vy[i + 1, j], qy[i + 1, j])
            if k == 0 and open_edges[2]:
                fn = vy[i, j] * qy[i, j]
            else:  # centre of the cell north of it (row i-1)
                fn = _centre_flux(vy[k, j], qy[k, j], vy[i, j], qy[i, j])
            f = (fs - fn) / dy
            if j > 0:  # corner west of the face, between columns j-1 and j
                uw = 0.5 * (ux[k, j] + ux[i, j])
                f -= _donor(uw, qy[i, j - 1], qy[i, j]) / dx
            if j < cols - 1:  # corner east of it
                ue = 0.5 * (ux[k, j + 1] + ux[i, j + 1])
                f += _donor(ue, qy[i, j], qy[i, j + 1]) / dx
            ay[i, j] = f


@njit(cache=True, inline="always")
def _free_q(q_out, h, ok, n2, slope, dt, hmin):
    """Outward discharge (m²/s) across a free edge face: the local inertial update with the water-surface
    slope set to the terrain slope ``slope`` (LISFLOOD-FP's FREE boundary). At steady state it is
    Manning's normal flow q = h^(5/3) S^(1/2) / n; it never flows inwards."""
    if ok == 0 or h <= hmin:
        return 0.0
    fr = 0.0
    if q_out != 0.0:
        fr = GRAVITY * dt * n2 * abs(q_out) / _pow73(h)
    q = (q_out + GRAVITY * h * dt * slope) / (1.0 + fr)
    return q if q > 0.0 else 0.0


@njit(cache=True)
def _free_outflow(h, qx, qy, n2, valid, dt, hmin, free_edges, slope_w, slope_e, slope_n, slope_s):
    """Discharge on the outer faces of the free (open) edges, after :func:`_momentum` and before the flux
    limiter (which scales them like any outgoing face, so a cell never gives more than it holds).
    ``free_edges`` uint8[4] (west, east, north, south); ``slope_*`` the terrain slope (m/m, > 0) towards
    each edge, per row (west, east) or column (north, south). Outward is negative on the west and north
    faces, positive on the east and south faces. Every edge cell is visited (a few hundred; a dry one
    gives 0), so no window is needed."""
    rows, cols = h.shape
    if free_edges[0]:
        for i in range(rows):
            qx[i, 0] = -_free_q(-qx[i, 0], h[i, 0], valid[i, 0], n2[i, 0], slope_w[i], dt, hmin)
    if free_edges[1]:
        for i in range(rows):
            qx[i, cols] = _free_q(qx[i, cols], h[i, cols - 1], valid[i, cols - 1], n2[i, cols - 1],
                                  slope_e[i], dt, hmin)  # fmt: skip
    if free_edges[2]:
        for j in range(cols):
            qy[0, j] = -_free_q(-qy[0, j], h[0, j], valid[0, j], n2[0, j], slope_n[j], dt, hmin)
    if free_edges[3]:
        for j in range(cols):
            qy[rows, j] = _free_q(qy[rows, j], h[rows - 1, j], valid[rows - 1, j], n2[rows - 1, j],
                                  slope_s[j], dt, hmin)  # fmt: skip


@njit(cache=True)
def edge_outflow_volume(qx, qy, dx, dy, dt):
    """Volume (m³) that left across the grid's outer faces during a step of ``dt`` s."""
    rows, cols = qy.shape[0] - 1, qx.shape[1] - 1
    v = 0.0
    for i in range(rows):
        v += (qx[i, cols] - qx[i, 0]) * dy
    for j in range(cols):
        v += (qy[rows, j] - qy[0, j]) * dx
    return v * dt


@njit(cache=True)
def total_volume(h, valid, cell_area):
    """Water held on the grid (m³), summed in float64 over valid cells."""
    rows, cols = h.shape
    s = 0.0
    for i in range(rows):
        for j in range(cols):
            if valid[i, j] != 0:
                s += h[i, j]
    return s * cell_area


@njit(cache=True)
def finish_step(
    h, z, max_depth, arrival, src_r, src_c, src_vol, edge_r, edge_c, level, cell_area,
    arrival_depth, t_min, row_hmax, row_first, row_last, r0, r1, stats, span_lo, span_hi,
):  # fmt: skip
    """Add point inflows and hold the stage edge at ``level`` after a step's update, and sum up the step.

    ``src_vol`` are the volumes (m³) entering at cells (src_r, src_c) in this step; the edge cells
    (edge_r, edge_c) are set to depth max(level - z, 0) (pass no edge cells for no stage). Updates the
    running maximum and arrival time of the changed cells. Writes into ``stats`` (float64[7]): volume in
    (m³), volume out (m³), the maximum depth (m) and the row/column extent (r_min, r_max, c_min, c_max;
    -1 when nothing is wet) of the wet cells, over the window rows [r0, r1) of the step (from ``row_hmax``,
    ``row_first``, ``row_last``) and the changed cells. Widens each row's ever-wet columns [``span_lo``,
    ``span_hi``) to hold its wet cells (see :func:`active_spans`).
    """
    vin = 0.0
    vout = 0.0
    hmax = 0.0
    rmin = -1
    rmax = -1
    cmin = -1
    cmax = -1
    for r in range(r0, r1):
        if row_first[r] >= 0:
            if row_first[r] < span_lo[r]:
                span_lo[r] = row_first[r]
            if row_last[r] + 1 > span_hi[r]:
                span_hi[r] = row_last[r] + 1
            if rmin < 0:
                rmin = r
            rmax = r
            if cmin < 0 or row_first[r] < cmin:
                cmin = row_first[r]
            if row_last[r] > cmax:
                cmax = row_last[r]
            if row_hmax[r] > hmax:
                hmax = row_hmax[r]
    n_src = src_r.shape[0]
    n_edge = edge_r.shape[0]
    for k in range(n_src + n_edge):
        if k < n_src:
            r = src_r[k]
            c = src_c[k]
            h[r, c] += src_vol[k] / cell_area
            vin += src_vol[k]
        else:
            r = edge_r[k - n_src]
            c = edge_c[k - n_src]
            target = level - z[r, c]
            if target < 0.0:
                target = 0.0
            d = (target - h[r, c]) * cell_area
            if d > 0.0:
                vin += d
            else:
                vout -= d
            h[r, c] = target
        hn = h[r, c]
        if hn > 0.0:
            if c < span_lo[r]:
                span_lo[r] = c
            if c + 1 > span_hi[r]:
                span_hi[r] = c + 1
            if hn > hmax:
                hmax = hn
            if hn > max_depth[r, c]:
                max_depth[r, c] = hn
            if hn > arrival_depth and np.isnan(arrival[r, c]):
                arrival[r, c] = t_min
            if rmin < 0 or r < rmin:
                rmin = r
            if r > rmax:
                rmax = r
            if cmin < 0 or c < cmin:
                cmin = c
            if c > cmax:
                cmax = c
    stats[0] = vin
    stats[1] = vout
    stats[2] = hmax
    stats[3] = rmin
    stats[4] = rmax
    stats[5] = cmin
    stats[6] = cmax


@njit(cache=True)
def _copy_faces(qx, qy, qxo, qyo, a, b, last, lo, hi):
    """The discharges before the step on the faces :func:`_momentum` reads for rows [a, b) (theta < 1)."""
    rows = qy.shape[0] - 1
    for i in range(a, b):
        for j in range(lo[i], hi[i] + 1):
            qxo[i, j] = qx[i, j]
    fb = b + 1 if last else b
    for i in range(a, min(fb, rows)):
        for j in range(lo[i], hi[i]):
            qyo[i, j] = qy[i, j]


@njit(cache=True)
def _row_spans(bnd_lo, bnd_hi, c0, c1):
    """The driver's per-row column spans clipped to the window's columns [c0, c1)."""
    n = bnd_lo.shape[0]
    lo = np.empty(n, dtype=np.int64)
    hi = np.empty(n, dtype=np.int64)
    for i in range(n):
        lo[i] = max(bnd_lo[i], c0)
        hi[i] = max(min(bnd_hi[i], c1), lo[i])
    return lo, hi


@njit(cache=True)
def _serial_core(
    z, h, qx, qy, n2, valid, dx, dy, dt, hmin, rain_depth, arrival_depth, t_new_min,
    max_depth, arrival, row_hmax, row_first, row_last, r0, r1, c0, c1, bnd, ux, vy, ax, ay, row_umax, open_edges,
    adv,
):  # fmt: skip
    """One time step on one thread; with ``adv`` the convective terms first (see the entry points)."""
    theta, qxo, qyo, free_edges, slopes, bnd_lo, bnd_hi = bnd
    lo, hi = _row_spans(bnd_lo, bnd_hi, c0, c1)
    if adv:
        _face_velocities(z, h, qx, qy, valid, hmin, ux, vy, row_umax, r0, r1, True, lo, hi)
        _advection(qx, qy, ux, vy, dx, dy, ax, ay, open_edges, r0, r1, True, lo, hi)
    if theta < 1.0:
        _copy_faces(qx, qy, qxo, qyo, r0, r1, True, lo, hi)
    _momentum(z, h, qx, qy, n2, valid, dx, dy, dt, hmin, r0, r1, True, lo, hi, ax, ay, adv, theta, qxo, qyo)
    _free_outflow(h, qx, qy, n2, valid, dt, hmin, free_edges, slopes[0], slopes[1], slopes[2], slopes[3])
    _limit_outflow(h, qx, qy, dx, dy, dt, r0, r1, lo, hi)
    _update(
        h, qx, qy, valid, dx, dy, dt, rain_depth, arrival_depth, t_new_min,
        max_depth, arrival, row_hmax, row_first, row_last, r0, r1, lo, hi,
    )  # fmt: skip


@njit(cache=True, parallel=True)
def _parallel_core(
    z, h, qx, qy, n2, valid, dx, dy, dt, hmin, rain_depth, arrival_depth, t_new_min,
    max_depth, arrival, row_hmax, row_first, row_last, r0, r1, c0, c1, bnd, ux, vy, ax, ay, row_umax, open_edges,
    adv, nchunks,
):  # fmt: skip
    """:func:`_serial_core` in ``nchunks`` bands of rows on numba's threads. Each pass reads what the
    bands beside it wrote in the pass before (faces on band edges), so the passes are separate loops;
    the free edges' faces (a few hundred) are set on one thread between the momentum and the limiter."""
    theta, qxo, qyo, free_edges, slopes, bnd_lo, bnd_hi = bnd
    lo, hi = _row_spans(bnd_lo, bnd_hi, c0, c1)
    n = r1 - r0
    if adv:
        for k in prange(nchunks):
            a = r0 + n * k // nchunks
            b = r0 + n * (k + 1) // nchunks
            _face_velocities(z, h, qx, qy, valid, hmin, ux, vy, row_umax, a, b, k == nchunks - 1, lo, hi)
        for k in prange(nchunks):
            a = r0 + n * k // nchunks
            b = r0 + n * (k + 1) // nchunks
            _advection(qx, qy, ux, vy, dx, dy, ax, ay, open_edges, a, b, k == nchunks - 1, lo, hi)
    if theta < 1.0:
        for k in prange(nchunks):
            a = r0 + n * k // nchunks
            b = r0 + n * (k + 1) // nchunks
            _copy_faces(qx, qy, qxo, qyo, a, b, k == nchunks - 1, lo, hi)
    for k in prange(nchunks):
        a = r0 + n * k // nchunks
        b = r0 + n * (k + 1) // nchunks
        _momentum(
            z, h, qx, qy, n2, valid, dx, dy, dt, hmin, a, b, k == nchunks - 1, lo, hi, ax, ay, adv,
            theta, qxo, qyo,
        )  # fmt: skip
    _free_outflow(h, qx, qy, n2, valid, dt, hmin, free_edges, slopes[0], slopes[1], slopes[2], slopes[3])
    for k in prange(nchunks):
        a = r0 + n * k // nchunks
        b = r0 + n * (k + 1) // nchunks
        _limit_outflow(h, qx, qy, dx, dy, dt, a, b, lo, hi)
    for k in prange(nchunks):
        a = r0 + n * k // nchunks
        b = r0 + n * (k + 1) // nchunks
        _update(
            h, qx, qy, valid, dx, dy, dt, rain_depth, arrival_depth, t_new_min,
            max_depth, arrival, row_hmax, row_first, row_last, a, b, lo, hi,
        )  # fmt: skip


def no_boundary(shape):
    """``bnd`` for the step kernels: theta 1, no free edge (closed grid), every row's whole width active,
    for a grid of ``shape`` cells."""
    rows, cols = shape
    return (
        1.0, np.zeros((1, 1)), np.zeros((1, 1)), np.zeros(4, dtype=np.uint8), np.zeros((4, max(rows, cols))),
        np.zeros(rows, dtype=np.int64), np.full(rows, cols, dtype=np.int64),
    )  # fmt: skip


@njit(cache=True)
def active_spans(span_lo, span_hi, r0, r1, cols, lo, hi):
    """Columns [lo, hi) each row of [r0, r1) must compute: the cells of it and the rows above and below
    that have ever been wet (``span_lo`` / ``span_hi``, empty when lo >= hi), widened by one column.
    Water moves less than a cell per step (CFL), so it never reaches a cell outside its row's span.
    Returns the number of cells the rows compute."""
    rows = span_lo.shape[0]
    cols_hint = 0
    for i in range(r0, r1):
        a = span_lo[i]
        b = span_hi[i]
        if i > 0:
            a = min(a, span_lo[i - 1])
            b = max(b, span_hi[i - 1])
        if i < rows - 1:
            a = min(a, span_lo[i + 1])
            b = max(b, span_hi[i + 1])
        if a >= b:
            lo[i] = 0
            hi[i] = 0
        else:
            lo[i] = max(a - 1, 0)
            hi[i] = min(b + 1, cols)
        cols_hint += hi[i] - lo[i]
    return cols_hint


@njit(cache=True)
def inertial_step(
    z, h, qx, qy, n2, valid, dx, dy, dt, hmin, rain_depth, arrival_depth, t_new_min,
    max_depth, arrival, row_hmax, row_first, row_last, r0, r1, c0, c1, bnd,
):  # fmt: skip
    """One local inertial time step on the window [r0, r1) x [c0, c1) of cells, on one thread.

    Parameters
    ----------
    z : (rows, cols) effective bed (m): ground raised to defense crests; 0 where invalid.
    h : (rows, cols) depth (m), updated in place.
    qx, qy : face discharges per unit width (m²/s), updated in place.
    n2 : (rows, cols) Manning's n squared.
    valid : (rows, cols) uint8, 1 where the DEM has data.
    dx, dy, dt : cell size (m) and time step (s).
    hmin : flow depth (m) below which a face carries no water.
    rain_depth : rain added to every valid cell of the window in this step (m).
    arrival_depth, t_new_min : depth (m) that counts as arrival, and the time (minutes) to record.
    max_depth, arrival : running maximum depth (m) and arrival time (minutes, NaN until), in place.
    row_hmax, row_first, row_last : out, per row of the window: maximum depth, first and last wet column.
    r0, r1, c0, c1 : the window; water outside it must be absent.
    bnd : theta weighting and free outflow edges (see the module docstring; :func:`no_boundary`).
    """
    none2, none1, edges = np.zeros((1, 1)), np.zeros(1), np.zeros(4, dtype=np.uint8)
    _serial_core(
        z, h, qx, qy, n2, valid, dx, dy, dt, hmin, rain_depth, arrival_depth, t_new_min,
        max_depth, arrival, row_hmax, row_first, row_last, r0, r1, c0, c1, bnd,
        none2, none2, none2, none2, none1, edges, False,
    )  # fmt: skip


@njit(cache=True)
def inertial_step_parallel(
    z, h, qx, qy, n2, valid, dx, dy, dt, hmin, rain_depth, arrival_depth, t_new_min,
    max_depth, arrival, row_hmax, row_first, row_last, r0, r1, c0, c1, bnd, nchunks,
):  # fmt: skip
    """:func:`inertial_step` split into ``nchunks`` bands of rows run on numba's threads."""
    none2, none1, edges = np.zeros((1, 1)), np.zeros(1), np.zeros(4, dtype=np.uint8)
    _parallel_core(
        z, h, qx, qy, n2, valid, dx, dy, dt, hmin, rain_depth, arrival_depth, t_new_min,
        max_depth, arrival, row_hmax, row_first, row_last, r0, r1, c0, c1, bnd,
        none2, none2, none2, none2, none1, edges, False, nchunks,
    )  # fmt: skip


@njit(cache=True)
def inertial_advection_step(
    z, h, qx, qy, n2, valid, dx, dy, dt, hmin, rain_depth, arrival_depth, t_new_min,
    max_depth, arrival, row_hmax, row_first, row_last, r0, r1, c0, c1, bnd, ux, vy, ax, ay, row_umax,
    open_edges,
):  # fmt: skip
    """:func:`inertial_step` with the convective acceleration in the momentum equation (full shallow-water
    momentum). Extra arrays (work space, float64, kept between steps, zero outside every window so far):
    ``ux`` and ``ax`` shaped like ``qx``, ``vy`` and ``ay`` like ``qy``; ``row_umax`` (rows) receives the
    largest face speed (m/s) of each row of the window before the step; ``open_edges`` as for
    :func:`_advection`.
    """
    _serial_core(
        z, h, qx, qy, n2, valid, dx, dy, dt, hmin, rain_depth, arrival_depth, t_new_min,
        max_depth, arrival, row_hmax, row_first, row_last, r0, r1, c0, c1, bnd,
        ux, vy, ax, ay, row_umax, open_edges, True,
    )  # fmt: skip


@njit(cache=True)
def inertial_advection_step_parallel(
    z, h, qx, qy, n2, valid, dx, dy, dt, hmin, rain_depth, arrival_depth, t_new_min,
    max_depth, arrival, row_hmax, row_first, row_last, r0, r1, c0, c1, bnd, ux, vy, ax, ay, row_umax,
    open_edges, nchunks,
):  # fmt: skip
    """:func:`inertial_advection_step` split into ``nchunks`` bands of rows run on numba's threads."""
    _parallel_core(
        z, h, qx, qy, n2, valid, dx, dy, dt, hmin, rain_depth, arrival_depth, t_new_min,
        max_depth, arrival, row_hmax, row_first, row_last, r0, r1, c0, c1, bnd,
        ux, vy, ax, ay, row_umax, open_edges, True, nchunks,
    )  # fmt: skip


# --------------------------------------------------------------------------------------------------
# Many steps per call: the driver's time loop (HydroModel.advance_to) in numba
# --------------------------------------------------------------------------------------------------
@njit(cache=True)
def _hyd_at(m, v, n, t):
    """The piecewise-linear hydrograph (times ``m[:n]``, values ``v[:n]``) at ``t``, held constant
    before the first and after the last row (floodplan.sim.hydro.Hydrograph.__call__, the same
    arithmetic)."""
    if t <= m[0]:
        return v[0]
    if t >= m[n - 1]:
        return v[n - 1]
    k = np.searchsorted(m[:n], t, side="right") - 1
    return v[k] + (v[k + 1] - v[k]) * (t - m[k]) / (m[k + 1] - m[k])


@njit(cache=True)
def _hyd_max(m, v, n, t0, t1):
    """Largest value over [t0, t1] (Hydrograph.max_between)."""
    if n == 1:
        return v[0]
    best = max(_hyd_at(m, v, n, t0), _hyd_at(m, v, n, t1))
    k0 = np.searchsorted(m[:n], t0, side="right")
    k1 = np.searchsorted(m[:n], t1, side="left")
    for k in range(k0, k1):
        best = max(best, v[k])
    return best


@njit(cache=True)
def _hyd_integral(m, v, c, n, t):
    """Integral from minute 0 to ``t`` (Hydrograph.integral; ``c`` the cumulative integral at the rows)."""
    if t <= m[0]:
        return v[0] * t
    if t >= m[n - 1]:
        return v[0] * m[0] + c[n - 1] + v[n - 1] * (t - m[n - 1])
    k = np.searchsorted(m[:n], t, side="right") - 1
    vt = v[k] + (v[k + 1] - v[k]) * (t - m[k]) / (m[k + 1] - m[k])
    return v[0] * m[0] + c[k] + 0.5 * (v[k] + vt) * (t - m[k])


@njit(cache=True)
def _hyd_mean(m, v, c, n, t0, t1):
    """Exact mean over [t0, t1] (Hydrograph.mean)."""
    if n == 1:
        return v[0]
    if t1 <= t0:
        return _hyd_at(m, v, n, t0)
    return (_hyd_integral(m, v, c, n, t1) - _hyd_integral(m, v, c, n, t0)) / (t1 - t0)


@njit(cache=True)
def run_steps(
    z, h, qx, qy, n2, valid, max_depth, arrival, row_hmax, row_first, row_last, span_lo, span_hi, bnd,
    ux, vy, ax, ay, row_umax, open_edges, src_r, src_c, src_cell, src_vol, hyd, stage_edge_r, stage_edge_c,
    fs, ist, prm, stop_s, max_steps, use_parallel, nchunks,
):  # fmt: skip
    """Up to ``max_steps`` time steps, until the model time reaches ``stop_s`` (s): the time loop of
    :meth:`floodplan.sim.hydro.HydroModel.advance_to` in one call, with no Python per step.

    Each step: the CFL time step of the deepest water (and fastest flow with advection), shortened so
    that no point inflow adds more than ``prm[14]`` of its cell's depth (see the comment below) and to
    land exactly on ``stop_s``; rain; the step kernel on the rows near the wet cells (on
    ``nchunks`` threads when ``use_parallel`` and the window is large); the outflow over free edges; the
    inflows' volumes (exact means of their hydrographs over the step) and the stage; the statistics for
    the next step.

    Parameters
    ----------
    src_r, src_c : int64 (n_src,) inflow cells; ``src_cell`` int64 (n_src,) the index of each inflow's
        cell among the distinct inflow cells (the first inflow of a cell gives its index).
    src_vol : float64 (n_src,) work space.
    hyd : tuple (m, v, c, n) of float64 (n_hyd, L) times (minutes), values and cumulative integrals,
        int64 (n_hyd,) row counts: the inflows' hydrographs, then rain (mm/h) if ``prm[9]``, then the
        stage level (m) if ``prm[10]``.
    fs : float64[8] state, in and out: t (s), h_max (m), u_max (m/s), volume in, volume out (m³); out on an
        error: the inflow (m³/s) and depth (m) of the failing cell, the step before the inflow limit (s).
    ist : int64[8] state, in and out: bounding box r0, r1, c0, c1 of every cell ever wet (r0 = -1: none
        yet), steps, cells computed; out: error code (0 none, 1 the flow's CFL step under ``prm[5]``,
        2 an inflow's) and the failing inflow cell's index.
    prm : float64[16] dx, dy (m), alpha, max_dt (s), g (m/s²), min_dt (s), hmin (m), arrival depth (m),
        inflow ramp (m), has rain, has stage, advection (0/1), the valid cells' count, any free outflow
        edge (0/1), the inflow rise fraction, the smallest window (cells) run on ``nchunks`` threads.
    stop_s, max_steps : where and after how many steps to stop.
    use_parallel, nchunks : run large windows in ``nchunks`` bands of rows on numba's threads.
    The other arrays are those of :func:`inertial_step` and :func:`inertial_advection_step` (pass
    1-element dummies for ``ux`` ... ``row_umax`` without advection) and :func:`finish_step`.

    Returns
    -------
    int : steps taken (the model stays consistent after each; on an error it stops before the step).
    """
    rows, cols = h.shape
    dx, dy, alpha, max_dt, g, min_dt = prm[0], prm[1], prm[2], prm[3], prm[4], prm[5]
    hmin, arr_depth, ramp = prm[6], prm[7], prm[8]
    has_rain, has_stage, adv = prm[9] != 0.0, prm[10] != 0.0, prm[11] != 0.0
    n_valid, any_free, rise_frac, par_cells = prm[12], prm[13] != 0.0, prm[14], prm[15]
    hm, hv, hc, hn = hyd
    n_src = src_r.shape[0]
    i_rain = n_src
    i_stage = n_src + (1 if has_rain else 0)
    dmin = min(dx, dy)
    area = dx * dy
    lo, hi = bnd[5], bnd[6]
    rate = np.zeros(max(n_src, 1))
    qnow = np.zeros(max(n_src, 1))
    stats = np.zeros(7)
    eps = 1e-9
    done = 0
    while done < max_steps and fs[0] < stop_s - eps:
        t0 = fs[0]
        wave = np.sqrt(g * fs[1]) + fs[2]
        dt = alpha * dmin / wave if wave > 1e-6 else max_dt
        if dt < min_dt:
            ist[6] = 1
            return done
        dt = min(dt, max_dt)
        if n_src > 0:
            # The step is chosen after the inflow is known (issue 12, item 10): a point inflow Q adds
            # Q dt / A to its cell in one step, and with the 10 s step of a dry grid 30 m³/s put 12 m of
            # water on a 5 m cell before any could flow away. The depth added in one step is at most
            # ``rise_frac`` of the cell's own depth (at least ``ramp``), so a dry cell fills over a few
            # steps of growing length while the outflow builds up, and the step also meets the CFL
            # condition of the depth the cell will hold at its end. Several inflows in one cell count
            # together.
            m0 = t0 / 60.0
            m1 = m0 + dt / 60.0
            fs[7] = dt
            rate[:] = 0.0
            for k in range(n_src):
                q = _hyd_max(hm[k], hv[k], hn[k], m0, m1)
                qnow[k] = q
                if q > 0.0:
                    rate[src_cell[k]] += q
            for k in range(n_src):  # each cell once, in the order of its first inflow running now
                if not qnow[k] > 0.0:
                    continue
                u = src_cell[k]
                first = True
                for kk in range(k):  # an inflow spread over a width has many cells: no hydrograph reads here
                    if src_cell[kk] == u and qnow[kk] > 0.0:
                        first = False
                        break
                if not first:
                    continue
                rise = rate[u] / area
                hc_ = h[src_r[k], src_c[k]]
                dt = min(dt, max(rise_frac * hc_, ramp) / rise)
                cfl = alpha * dmin / np.sqrt(g * (hc_ + rise * dt))
                if cfl < min_dt:
                    ist[6] = 2
                    ist[7] = u
                    fs[5] = rate[u]
                    fs[6] = hc_ + rise * dt
                    return done
                dt = min(dt, cfl)
        dt = min(dt, stop_s - t0)
        if stop_s - (t0 + dt) < eps:
            dt = stop_s - t0
        m0 = t0 / 60.0
        m1 = (t0 + dt) / 60.0
        rain_depth = 0.0
        if has_rain:
            rain_depth = (
                _hyd_mean(hm[i_rain], hv[i_rain], hc[i_rain], hn[i_rain], m0, m1) / 1000.0 / 3600.0 * dt
            )
        if rain_depth > 0:
            ist[0], ist[1], ist[2], ist[3] = 0, rows, 0, cols
            span_lo[:] = 0
            span_hi[:] = cols
        if ist[0] >= 0:
            r0, r1 = max(ist[0] - 1, 0), min(ist[1] + 1, rows)
            c0, c1 = max(ist[2] - 1, 0), min(ist[3] + 1, cols)
            n_cells = active_spans(span_lo, span_hi, r0, r1, cols, lo, hi)
            if use_parallel and n_cells >= par_cells and r1 - r0 >= 2 * nchunks:
                _parallel_core(
                    z, h, qx, qy, n2, valid, dx, dy, dt, hmin, rain_depth, arr_depth, m1,
                    max_depth, arrival, row_hmax, row_first, row_last, r0, r1, c0, c1, bnd,
                    ux, vy, ax, ay, row_umax, open_edges, adv, nchunks,
                )  # fmt: skip
            else:
                _serial_core(
                    z, h, qx, qy, n2, valid, dx, dy, dt, hmin, rain_depth, arr_depth, m1,
                    max_depth, arrival, row_hmax, row_first, row_last, r0, r1, c0, c1, bnd,
                    ux, vy, ax, ay, row_umax, open_edges, adv,
                )  # fmt: skip
            if adv:
                um = row_umax[r0]
                for i in range(r0 + 1, r1):
                    um = max(um, row_umax[i])
                fs[2] = um
            if any_free:
                fs[4] += edge_outflow_volume(qx, qy, dx, dy, dt)
            fs[3] += rain_depth * n_valid * area
            ist[5] += n_cells
        else:
            r0 = r1 = 0
        fs[0] = t0 + dt
        for k in range(n_src):
            src_vol[k] = _hyd_mean(hm[k], hv[k], hc[k], hn[k], m0, m1) * dt
        minute = fs[0] / 60.0
        level = 0.0
        if has_stage:
            level = _hyd_at(hm[i_stage], hv[i_stage], hn[i_stage], minute)
        finish_step(
            h, z, max_depth, arrival, src_r, src_c, src_vol, stage_edge_r, stage_edge_c, level, area,
            arr_depth, minute, row_hmax, row_first, row_last, r0, r1, stats, span_lo, span_hi,
        )  # fmt: skip
        fs[3] += stats[0]
        fs[4] += stats[1]
        fs[1] = stats[2]
        if stats[3] >= 0:
            a0, a1, b0, b1 = int(stats[3]), int(stats[4]) + 1, int(stats[5]), int(stats[6]) + 1
            if ist[0] < 0:
                ist[0], ist[1], ist[2], ist[3] = a0, a1, b0, b1
            else:
                ist[0], ist[1] = min(ist[0], a0), max(ist[1], a1)
                ist[2], ist[3] = min(ist[2], b0), max(ist[3], b1)
        ist[4] += 1
        done += 1
    return done
