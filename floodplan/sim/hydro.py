"""Dynamic two-dimensional flood model: the local inertial shallow-water scheme of LISFLOOD-FP.

The scheme is that of Bates, Horritt & Fewtrell (2010), "A simple inertial formulation of the shallow
water equations for efficient two-dimensional flood inundation modelling", J. Hydrol. 387:33-45: water
depths on the DEM's cells, discharges per unit width on the cell faces, the momentum equation without
advection and with a semi-implicit Manning friction term, an adaptive time step
``dt = alpha * dx / sqrt(g * h_max)`` (alpha 0.7) and the flow depth at a face
``h_flow = max(eta_i, eta_j) - max(z_i, z_j)``. Wetting and drying need no special treatment: a face
carries water only where ``h_flow`` exceeds 1 mm. A flux limiter (see :mod:`floodplan.sim.hydro_kernels`)
scales a cell's outflow to what it holds, so depths never go negative and mass is conserved to rounding.

With ``advection=True`` the momentum equation keeps the convective acceleration (first-order upwind on
the staggered grid, :func:`floodplan.sim.hydro_kernels._advection`): the full shallow-water equations,
for fast, shallow flow where the local inertial front lags (see :class:`HydroModel`).

Boundaries are closed (walls) except where a condition is given: discharge hydrographs entering at
points, a water level held along one edge of the grid, and rain over every cell. Nodata cells are walls.
Defenses are raised terrain (``defense_crests``); breaches drop a defense's cells to the ground at a
given minute. :class:`HydroModel` can be advanced step by step (the tabletop exercise advances it hour by
hour and changes defenses in between); :func:`simulate` runs a whole event and returns a
:class:`SimulationResult` whose :meth:`~SimulationResult.to_json` gives the contract's keys.

Units: metres, m³, seconds inside; minutes at the interface (hydrograph times, ``advance_to``, arrival
times, snapshots), mm/h for rain, m³/s for inflows.
"""

from __future__ import annotations

import bisect
import csv
import math
import numbers
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numba
import numpy as np

from floodplan.core.checks import Field, refuse_with
from floodplan.core.grid import Grid
from floodplan.errors import InputError
from floodplan.progress import Feedback
from floodplan.sim import hydro_kernels as _k

#: What the dynamic flood step reads and writes (landlab-style ``_info``: see :mod:`floodplan.core.checks`;
#: landlab's OverlandFlow declares the same surface_water__depth in m).
INFO = {
    "dem": Field("float64", "in", "m", "the terrain", "elevation, NaN nodata", shape="(rows, cols)"),
    "inflow": Field("float64", "in", "m3/s", "the inflow", "hydrograph at a point", optional=True),
    "stage": Field("float64", "in", "m", "the stage", "water level held along an edge", optional=True),
    "rain": Field("float64", "in", "mm/h", "the rain", "rainfall intensity", optional=True),
    "manning": Field("float64", "in", "s/m^(1/3)", "Manning's n", "bed roughness"),
    "minutes": Field("float64", "in", "min", "the duration", "simulated time"),
    "depth": Field("float64", "out", "m", "the water depth", "at each snapshot and its maximum",
                   shape="(rows, cols)"),
    "volume_out_m3": Field("float64", "out", "m3", "the water out", "left through the edges"),
}  # fmt: skip

#: Depth (m) above which a cell counts as flooded (arrival time, flooded area), as the contract says.
FLOOD_DEPTH_M = 0.01
#: Flow depth (m) below which a face carries no water (LISFLOOD-FP's default depth threshold).
MIN_FLOW_DEPTH_M = 1e-3
#: Courant number of the adaptive time step (Bates et al. 2010 recommend 0.7).
ALPHA = 0.7
#: Longest time step (s), used while the grid is (nearly) dry and the CFL condition sets no bound.
MAX_DT_S = 10.0
#: Depth (m) an inflow may add to a dry cell in one step; afterwards a step adds at most
#: INFLOW_RISE_FRACTION of the cell's own depth, so an inflow's cell fills over a few short steps instead of
#: stacking up (issue 12, item 10).
INFLOW_RAMP_M = 0.01
#: With 1, the inflow cell swings between h and 2h from step to step (0.75 m against the 0.44 m of a
#: time-step-converged run, 50 m³/s on 10 m cells); with 0.5 it holds the converged depth.
INFLOW_RISE_FRACTION = 0.5
#: Shortest time step (s) the flow itself may ask for (CFL) before the run stops: it means water hundreds
#: of metres deep (or a cell size of millimetres), i.e. an inflow or a stage far beyond any real flood.
MIN_DT_S = 1e-3
#: Windows of at least this many cells are advanced on all of numba's threads.
PARALLEL_MIN_CELLS = 40_000
EDGES = ("west", "east", "north", "south")
#: Weight theta of de Almeida et al. (2012) (1: the plain local inertial scheme of Bates et al. 2010).
THETA = 1.0
#: Cells inwards over which the terrain slope of a free outflow edge is taken (a few cells are noisy on a
#: DEM and a meandering channel turns within them).
OUTFLOW_SLOPE_CELLS = 20
#: Smallest slope (m/m) of a free outflow edge: where the terrain is flat or rises towards the edge, water
#: still leaves, slowly (at the normal depth of this slope) rather than not at all.
OUTFLOW_MIN_SLOPE = 1e-4

_EPS_S = 1e-9  # s; times closer than this are the same instant
#: Wall time (s) a batch of compiled time steps aims at between progress reports and Cancel checks.
BATCH_S = 0.05
_NONE2, _NONE1 = np.zeros((1, 1)), np.zeros(1)  # the advection work arrays when there is no advection


# --------------------------------------------------------------------------------------------------
# Hydrographs
# --------------------------------------------------------------------------------------------------
class Hydrograph:
    """A quantity over time, linear between rows and held constant before the first and after the last.

    Parameters
    ----------
    minutes : sequence of float
        Times (minutes since the start of the event), strictly increasing.
    values : sequence of float
        The quantity at those times (m³/s for inflows, m for stage levels, mm/h for rain).
    name : str, optional
        What the values are, used in error messages (e.g. the CSV file's path).
    """

    def __init__(self, minutes: Sequence[float], values: Sequence[float], name: str = "hydrograph"):
        m = np.asarray(minutes, dtype=float).ravel()
        v = np.asarray(values, dtype=float).ravel()
        if m.size == 0 or m.size != v.size:
            raise InputError(f"{name}: needs at least one row and as many times as values")
        if not (np.all(np.isfinite(m)) and np.all(np.isfinite(v))):
            raise InputError(f"{name}: times and values must be finite numbers; fix the empty or bad cells")
        if np.any(np.diff(m) <= 0):
            raise InputError(f"{name}: the minutes must increase from row to row; sort the rows")
        self.minutes = m
        self.values = v
        self.name = name
        # cumulative integral (value x minutes) at each row, for exact means over a time step
        cum = np.concatenate([[0.0], np.cumsum(0.5 * (v[1:] + v[:-1]) * np.diff(m))])
        self._m, self._v, self._cum_l = m.tolist(), v.tolist(), cum.tolist()
        self._constant = m.size == 1

    def __repr__(self) -> str:
        return (
            f"Hydrograph({self.name!r}, {self.minutes.size} rows, {self.minutes[0]}-{self.minutes[-1]} min)"
        )

    def __call__(self, minute):
        """Value(s) at ``minute`` (float or array)."""
        if isinstance(minute, float | int):  # the time loop's case, without numpy's overhead
            m, v = self._m, self._v
            if minute <= m[0]:
                return v[0]
            if minute >= m[-1]:
                return v[-1]
            k = bisect.bisect_right(m, minute) - 1
            return v[k] + (v[k + 1] - v[k]) * (minute - m[k]) / (m[k + 1] - m[k])
        return np.interp(minute, self.minutes, self.values)

    def max_between(self, start_minute: float, end_minute: float) -> float:
        """Largest value over [start, end] (at an end or at a row in between: the values are linear)."""
        if self._constant:
            return self._v[0]
        best = max(self(float(start_minute)), self(float(end_minute)))
        m = self._m
        k0, k1 = bisect.bisect_right(m, start_minute), bisect.bisect_left(m, end_minute)
        for k in range(k0, k1):
            best = max(best, self._v[k])
        return best

    def integral(self, minute: float) -> float:
        """Integral of the values from minute 0 to ``minute`` (value units x minutes)."""
        m, v, cum = self._m, self._v, self._cum_l  # plain lists: this runs every time step
        t = float(minute)
        if t <= m[0]:
            return v[0] * t
        if t >= m[-1]:
            return v[0] * m[0] + cum[-1] + v[-1] * (t - m[-1])
        k = bisect.bisect_right(m, t) - 1
        vt = v[k] + (v[k + 1] - v[k]) * (t - m[k]) / (m[k + 1] - m[k])
        return v[0] * m[0] + cum[k] + 0.5 * (v[k] + vt) * (t - m[k])

    def mean(self, start_minute: float, end_minute: float) -> float:
        """Exact mean of the piecewise-linear values over [start, end] (so volumes add up exactly)."""
        if self._constant:
            return self._v[0]
        if end_minute <= start_minute:
            return float(self(start_minute))
        return (self.integral(end_minute) - self.integral(start_minute)) / (end_minute - start_minute)

    @classmethod
    def read_csv(cls, path, value_column: str, *, nonnegative: bool = False) -> Hydrograph:
        """Read a CSV with a time column and ``value_column`` (e.g. ``m3s``, ``level_m``, ``mm_per_h``).

        The time column is ``minutes`` (minutes since the start of the event), or ``minutes`` / ``time``
        / ``datetime`` / ``date`` holding ISO 8601 dates and times (``2024-05-14T06:00``), taken as
        minutes since the first row (a note says so). The file may be UTF-8 or, failing that, Latin-1
        (a note says so); the delimiter is a comma or a semicolon.

        Raises
        ------
        InputError
            The file cannot be read, a column is missing, a cell is not a number (or a date), the times
            do not increase, or (``nonnegative``) a value is negative. The message names the file and
            the fix.
        """
        from floodplan.io.textfile import read_text

        path = Path(path)
        lines = read_text(path).splitlines()  # UTF-8, else Windows-1252 with a note (Excel's CSV on Windows)
        head = next((ln for ln in lines if ln.strip()), "")
        delim = ";" if head.count(";") > head.count(",") else ","
        rows = [r for r in csv.reader(lines, delimiter=delim) if any(c.strip() for c in r)]
        if not rows:
            raise InputError(
                f"{path}: the file is empty; it needs a header 'minutes,{value_column}' and rows"
            )
        header = [c.strip().lower() for c in rows[0]]
        time_col = next((c for c in ("minutes", "time", "datetime", "date") if c in header), None)
        for col in (time_col or "minutes", value_column):
            if col not in header:
                raise InputError(
                    f"{path}: missing column '{col}' (found {', '.join(header) or 'none'}); "
                    f"the header must read 'minutes,{value_column}'"
                )
        im, iv = header.index(time_col), header.index(value_column)
        if len(rows) < 2:
            raise InputError(f"{path}: no data rows under the header; add rows 'minutes,{value_column}'")
        times, values = [], []
        comma_decimals = False
        for n, r in enumerate(rows[1:], start=2):
            try:
                t, v = r[im].strip(), r[iv].strip()
                if delim == ";" and _DECIMAL_COMMA.match(t) and _DECIMAL_COMMA.match(v):
                    # A spreadsheet in a German, French, Polish... locale saves "7,5;30,25": with a
                    # semicolon delimiter a lone comma between digits can only be the decimal mark.
                    # Anything else (e.g. thousands marks "1.234,5") is left to be refused below.
                    comma_decimals |= "," in t + v
                    t, v = t.replace(",", "."), v.replace(",", ".")
                times.append(t)
                values.append(float(v))
            except (ValueError, IndexError):
                raise InputError(
                    f"{path}, line {n}: '{delim.join(r)}' is not a time and a number for "
                    f"'{time_col},{value_column}'; fix that row"
                ) from None
        if comma_decimals:
            from floodplan.notes import note

            note(f"{path}: numbers with a decimal comma (7,5) read as 7.5 (a semicolon-separated file)")
        minutes = _minutes_from_column(times, path, time_col)
        if nonnegative and min(values) < 0:
            raise InputError(f"{path}, column '{value_column}': values must not be negative; fix the rows")
        return cls(minutes, values, name=str(path))


_DECIMAL_COMMA = re.compile(r"^[+-]?(\d+(,\d*)?|,\d+)$|^[^,]*$")
"""A cell that is a number with a decimal comma (and no thousands mark), or holds no comma at all."""


def _minutes_from_column(cells: list[str], path: Path, col: str) -> list[float]:
    """Minutes from a CSV's time column: numbers as they are, or ISO dates as minutes since the first."""
    from datetime import datetime

    from floodplan.notes import note

    try:
        numbers_ = [float(c) for c in cells]
    except ValueError:
        pass
    else:
        if col == "minutes":
            return numbers_
        raise InputError(
            f"{path}: column '{col}' holds numbers, not ISO dates; if they are minutes since the start, "
            "name the column 'minutes'"
        )
    stamps = []
    for n, c in enumerate(cells, start=2):
        try:
            stamps.append(datetime.fromisoformat(c.replace("Z", "+00:00")))
        except ValueError:
            raise InputError(
                f"{path}, line {n}: '{c}' in column '{col}' is neither a number of minutes nor an ISO date "
                "(2024-05-14T06:00); fix that row"
            ) from None
    if len({s.tzinfo is None for s in stamps}) > 1:
        raise InputError(f"{path}: column '{col}' mixes times with and without a time zone; use one kind")
    t0 = stamps[0]
    note(f"{path}: times are dates; minute 0 is the first row's {t0.isoformat()}")
    return [(s - t0).total_seconds() / 60.0 for s in stamps]


def _as_hydrograph(h, what: str) -> Hydrograph:
    if isinstance(h, Hydrograph):
        return h
    if isinstance(h, numbers.Real):
        return Hydrograph([0.0], [float(h)], name=what)
    try:
        m, v = h
        return Hydrograph(m, v, name=what)
    except (TypeError, ValueError):
        raise InputError(f"{what}: give a Hydrograph, a constant or (minutes, values)") from None


# --------------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------------
@dataclass
class SimulationResult:
    """What a dynamic flood simulation produced.

    Attributes
    ----------
    minutes : float
        Simulated time (minutes).
    steps : int
        Number of time steps taken.
    max_depth : Grid
        Maximum depth reached in each cell (m); 0 where never wet, NaN where the DEM has no data.
    arrival_minutes : Grid
        First time (minutes) the depth exceeded 0.01 m; NaN where it never did (and at nodata).
    final_depth : Grid
        Depth at the end (m); NaN at nodata.
    snapshots : dict[float, Grid]
        Depth (m, float32) at the requested minutes.
    volume_in_m3, volume_out_m3, volume_stored_m3 : float
        Water that entered (inflows, rain, stage edge, and the initial water), left (through a stage
        edge) and is on the grid at the end (m³).
    volume_initial_m3 : float
        The part of ``volume_in_m3`` that was on the grid at the start.
    mass_error_pct : float
        100 x (in - out - stored) / in; 0 when nothing came in.
    max_depth_m : float
        Largest depth anywhere at any time (m).
    flooded_area_m2 : float
        Area of the cells whose maximum depth exceeded 0.01 m (m²): the area flooded at any time.
    final_flooded_area_m2 : float
        Area of the cells deeper than 0.01 m at the end (m²).
    cells_updated : int
        Cells the kernel advanced, summed over the steps (it skips the part of the grid no water has
        reached yet).
    series : list of dict
        Mass balance and extent every ``record_every_minutes`` (keys ``minute``, ``volume_in_m3``,
        ``volume_out_m3``, ``volume_stored_m3``, ``max_depth_m``, ``flooded_area_m2``, the last two
        for the depths at that minute).
    """

    minutes: float
    steps: int
    max_depth: Grid
    arrival_minutes: Grid
    final_depth: Grid
    snapshots: dict = field(default_factory=dict)
    volume_in_m3: float = 0.0
    volume_out_m3: float = 0.0
    volume_stored_m3: float = 0.0
    volume_initial_m3: float = 0.0
    mass_error_pct: float = 0.0
    max_depth_m: float = 0.0
    flooded_area_m2: float = 0.0
    final_flooded_area_m2: float = 0.0
    cells_updated: int = 0
    series: list = field(default_factory=list)

    def to_json(self) -> dict:
        """The contract's ``floodplan simulate --json`` object (a dict of plain numbers)."""
        return {
            "minutes": float(self.minutes),
            "steps": int(self.steps),
            "volume_in_m3": float(self.volume_in_m3),
            "volume_out_m3": float(self.volume_out_m3),
            "volume_stored_m3": float(self.volume_stored_m3),
            "mass_error_pct": float(self.mass_error_pct),
            "max_depth_m": float(self.max_depth_m),
            "flooded_area_m2": float(self.flooded_area_m2),
        }


# --------------------------------------------------------------------------------------------------
# The model
# --------------------------------------------------------------------------------------------------
@dataclass(eq=False)
class _Breach:
    minute: float
    mask: np.ndarray
    name: str | None


class HydroModel:
    """A local inertial (optionally full momentum) flood model on a DEM grid, advanced in stages.

    Parameters
    ----------
    grid : Grid
        The DEM (m) in a metric CRS; NaN cells are walls.
    inflows : iterable of (x, y, hydrograph), optional
        Discharges (m³/s) entering at the cells holding the points (x, y) (grid CRS). A hydrograph is a
        :class:`Hydrograph`, a constant, or ``(minutes, values)``.
    stage : (edge, hydrograph), optional
        A water level (m, the DEM's datum) held along the whole ``edge`` ('west', 'east', 'north' or
        'south'): in the first cell with data of each row (column) from that side, so a DEM with a
        nodata frame holds it where its data begin. Edge cells whose ground lies above the level are
        kept dry; water leaving through the
        edge counts as ``volume_out``.
    outflow : str or iterable of str, optional
        Free outflow edges ('west', 'east', 'north', 'south'; a comma-separated string or a sequence):
        water leaves across them at normal depth, the water-surface slope taken as the terrain slope
        towards the edge (one per edge: the drop of the lowest ground over :data:`OUTFLOW_SLOPE_CELLS`
        cells, at least :data:`OUTFLOW_MIN_SLOPE`), Manning's equation (LISFLOOD-FP's FREE boundary). It counts as ``volume_out``. Not on the edge
        that holds a stage.
    theta : float
        The weighting of de Almeida et al. (2012) in (0, 1]: 1 is the plain local inertial scheme,
        below 1 the discharge in the momentum equation is partly that of the faces beside it, which damps
        checkerboard oscillations (they recommend 0.7-0.9). Default :data:`THETA`.
    rain : hydrograph, optional
        Rain intensity (mm/h) over every valid cell.
    manning : float or ndarray
        Manning's n (s m^-1/3), one value or one per cell (default 0.035).
    defense_crests : ndarray, optional
        Crest elevation (m) of a defense on each cell, NaN where there is none. Cells are raised to it.
    breaches : iterable of (mask, minute) or mapping id -> (mask, minute), optional
        At ``minute`` the defense cells in the boolean ``mask`` drop to the ground.
    initial_depth : ndarray, optional
        Water depth (m) at the start; counted in ``volume_in``.
    alpha : float
        Courant number of the adaptive time step.
    max_dt_s : float
        Longest time step (s).
    advection : bool
        Keep the convective acceleration in the momentum equation (default False: the local inertial
        scheme of LISFLOOD-FP, as the contract says). The local inertial equations are accurate where the
        flow is slow for its depth (Froude number below about 0.5, de Almeida & Bates 2013, WRR 49:4833);
        where shallow water moves fast, e.g. a wave front running over smooth ground, they hold the front
        back. With ``advection`` the momentum equation is the full shallow-water one (first-order upwind
        convective terms, see :func:`floodplan.sim.hydro_kernels._advection`) and the time step also
        respects the flow speed, ``dt = alpha * dx / (sqrt(g h_max) + |u|_max)``; a step costs about
        twice as much.
    start_minute : float
        Model time at the start (minutes); hydrograph times are on the same clock.

    Notes
    -----
    Changing the terrain (defenses, breaches) keeps the depth in each cell, so water is neither
    created nor lost by it: after a breach it flows over the lowered crest; water standing where a
    barrier goes up spills off it to both sides (as the barrier would displace it).
    """

    def __init__(
        self,
        grid: Grid,
        *,
        inflows: Iterable = (),
        stage=None,
        rain=None,
        manning=0.035,
        defense_crests: np.ndarray | None = None,
        breaches=None,
        initial_depth: np.ndarray | None = None,
        alpha: float = ALPHA,
        max_dt_s: float = MAX_DT_S,
        start_minute: float = 0.0,
        advection: bool = False,
        outflow=(),
        theta: float = THETA,
    ):
        z = np.asarray(grid.z, dtype=np.float64)
        if z.ndim != 2 or z.size == 0:
            raise InputError("the DEM must be a 2-D raster with at least one cell")
        valid = np.isfinite(z)
        if not valid.any():
            raise InputError("the DEM has no valid cell (all nodata); check the file's nodata value")
        if not (grid.dx > 0 and grid.dy > 0):
            raise InputError("the DEM's cell size must be positive; check its geotransform")
        if not (0 < alpha <= 1):
            raise InputError(f"alpha must lie in (0, 1], got {alpha}")
        if not (max_dt_s > 0):
            raise InputError(f"max_dt_s must be positive, got {max_dt_s}")
        if not (0 < theta <= 1):
            raise InputError(f"theta must lie in (0, 1], got {theta}")
        self.grid = grid
        self.shape = z.shape
        self.dx, self.dy = _cell_size_m(grid)
        self.cell_area = self.dx * self.dy
        self.alpha = float(alpha)
        self.max_dt_s = float(max_dt_s)
        self.advection = bool(advection)
        self._valid_b = valid
        self._valid = valid.astype(np.uint8)
        self._n_valid = int(valid.sum())
        self._ground = np.where(valid, z, 0.0)
        self._crest = np.full(self.shape, np.nan)
        self._breached = np.zeros(self.shape, dtype=bool)
        self._breaches: list[_Breach] = []
        self._z = self._ground.copy()
        self._n2 = self._manning_squared(manning)

        rows, cols = self.shape
        self._h = np.zeros(self.shape)
        self._qx = np.zeros((rows, cols + 1))
        self._qy = np.zeros((rows + 1, cols))
        self._max_depth = np.zeros(self.shape)
        self._arrival = np.full(self.shape, np.nan)
        self._row_hmax = np.zeros(rows)
        self._row_first = np.full(rows, -1, dtype=np.int64)
        self._row_last = np.full(rows, -1, dtype=np.int64)
        self._bbox: list[int] | None = None  # [r0, r1, c0, c1) of every cell ever wet (grows only)
        # each row's ever-wet columns [lo, hi) (empty: lo >= hi), and the columns each row computes in a
        # step (those of it and its neighbour rows, widened by one): a valley running across the grid
        # has most of its bounding box dry, and the kernels skip it (see hydro_kernels.active_spans)
        self._span_lo = np.full(rows, cols, dtype=np.int64)
        self._span_hi = np.zeros(rows, dtype=np.int64)
        self._lo = np.zeros(rows, dtype=np.int64)
        self._hi = np.zeros(rows, dtype=np.int64)
        self._hmax = 0.0
        self._batches = 0
        self.cells_updated = 0  # cells advanced by the kernel, summed over steps (for benchmarks)
        self._cost = [0.0, 0.0]  # seconds per cell of the serial and the parallel kernel, last timed
        self._umax = 0.0  # largest face speed (m/s) before the last step; bounds dt with advection
        if self.advection:  # work space of the convective terms (zero outside every window so far)
            self._ux = np.zeros_like(self._qx)
            self._ax = np.zeros_like(self._qx)
            self._vy = np.zeros_like(self._qy)
            self._ay = np.zeros_like(self._qy)
            self._row_umax = np.zeros(rows)

        self.t_s = float(start_minute) * 60.0
        self.steps = 0
        self.volume_in_m3 = 0.0
        self.volume_out_m3 = 0.0
        self.volume_initial_m3 = 0.0

        self.set_defense_crests(defense_crests)
        self._inflows: list[tuple[int, int, Hydrograph]] = []
        self.set_inflows(inflows)
        self._rain: Hydrograph | None = None
        self.set_rain(rain)
        self._stage: tuple[str, Hydrograph] | None = None
        self._edge_r = self._edge_c = np.zeros(0, dtype=np.int64)
        self.set_stage(stage)
        self.theta = float(theta)
        self._free = np.zeros(4, dtype=np.uint8)
        self._edge_slopes = np.zeros((4, max(rows, cols)))
        self._qxo = self._qyo = np.zeros((1, 1))
        if self.theta < 1.0:
            self._qxo, self._qyo = np.zeros_like(self._qx), np.zeros_like(self._qy)
        self.set_outflow(outflow)
        if breaches is not None:
            items = breaches.items() if isinstance(breaches, Mapping) else ((None, b) for b in breaches)
            for name, b in items:
                try:
                    mask, minute = b
                except (TypeError, ValueError):
                    raise InputError(
                        f"breach {name or ''}: give (mask, minute) with a boolean cell mask and a time"
                    ) from None
                self.set_breach(mask, minute, name=name)

        if initial_depth is not None:
            h0 = np.asarray(initial_depth, dtype=np.float64)
            if h0.shape != self.shape:
                raise InputError(
                    f"initial_depth has shape {h0.shape}, the DEM {self.shape}; use the DEM's grid"
                )
            h0 = np.where(valid, np.nan_to_num(h0, nan=0.0), 0.0)
            if h0.min() < 0:
                raise InputError("initial_depth has negative depths; depths must be >= 0 m")
            self._h[:] = h0
            self.volume_initial_m3 = float(_k.total_volume(self._h, self._valid, self.cell_area))
            self.volume_in_m3 += self.volume_initial_m3
            self._max_depth[:] = h0
            self._arrival[h0 > FLOOD_DEPTH_M] = self.minute
            self._grow_bbox_from(h0 > 0)
            self._hmax = float(h0.max())
        self._apply_due_breaches()
        self._stats = np.zeros(7)
        self._finish_step(np.zeros(len(self._src_hyd)))  # the stage holds from the start
        self._hmax = float(self._h.max())

    # ---------------------------------------------------------------- configuration (between steps)
    def _manning_squared(self, manning) -> np.ndarray:
        n = np.asarray(manning, dtype=np.float64)
        if n.ndim == 0:
            n = np.full(self.shape, float(n))
        if n.shape != self.shape:
            raise InputError(
                f"manning has shape {n.shape}, the DEM {self.shape}; give one value or one per cell"
            )
        if not np.all(np.isfinite(n[self._valid_b]) & (n[self._valid_b] > 0)):
            raise refuse_with(
                "manning", "it", "Manning's n must be a positive number (typically 0.02-0.15); fix {what}"
            )
        return np.where(self._valid_b, n, 1.0) ** 2

    def set_manning(self, manning) -> None:
        """Change Manning's n (one value or one per cell) from now on."""
        self._n2 = self._manning_squared(manning)

    def set_inflows(self, inflows: Iterable) -> None:
        """Replace the inflows: iterable of (x, y, hydrograph of m³/s) or (x, y, hydrograph, width_m), x/y
        in the grid's CRS.

        Without a width (or width 0) the discharge enters at the cell holding x, y. With ``width_m`` > 0
        it enters evenly over the valid cells whose centres lie within ``width_m / 2`` of x, y (and at
        least the cell holding it): a disc across the channel, as a flow boundary line across the channel
        in HEC-RAS 2D, so that each cell takes a share and the steps need not shorten for one cell.
        """
        out = []
        for k, item in enumerate(inflows or ()):
            try:
                x, y, hyd, *rest = item
                if len(rest) > 1:
                    raise ValueError
                width = float(rest[0]) if rest and rest[0] is not None else 0.0
            except (TypeError, ValueError):
                raise InputError(
                    f"inflow {k + 1}: give (x, y, hydrograph) or (x, y, hydrograph, width_m)"
                ) from None
            if not (np.isfinite(width) and width >= 0):
                raise InputError(f"inflow {k + 1}: the inflow width must be a width in metres, 0 or more")
            r, c = self.grid.rowcol(float(x), float(y))
            r, c = int(r), int(c)
            if not (0 <= r < self.shape[0] and 0 <= c < self.shape[1]) or not self._valid_b[r, c]:
                raise refuse_with(
                    "at",
                    "the inflow point",
                    f"inflow point {float(x):.1f},{float(y):.1f} lies outside the DEM or on a nodata cell; "
                    "give {what} inside the DEM (in the DEM's CRS)",
                )
            hyd = _as_hydrograph(hyd, f"inflow at {float(x):.1f},{float(y):.1f}")
            if hyd.values.min() < 0:
                raise InputError(f"{hyd.name}: discharges (m3s) must not be negative; fix the rows")
            cells = self._inflow_cells(float(x), float(y), r, c, width)
            if len(cells) > 1:
                hyd = Hydrograph(hyd.minutes, hyd.values / len(cells), name=hyd.name)
            out.extend((rr, cc, hyd) for rr, cc in cells)
        self._inflows = out
        self._src_r = np.array([o[0] for o in out], dtype=np.int64)
        self._src_c = np.array([o[1] for o in out], dtype=np.int64)
        self._src_hyd = [o[2] for o in out]
        self._src_vol = np.zeros(len(out))
        cells = list(dict.fromkeys((o[0], o[1]) for o in out))  # distinct inflow cells, in order
        self._src_cell = np.array([cells.index((o[0], o[1])) for o in out], dtype=np.int64)
        for r, c, _ in out:
            self._grow_bbox(r, r + 1, c, c + 1)

    def _inflow_cells(self, x: float, y: float, r: int, c: int, width: float) -> list[tuple[int, int]]:
        """The cells an inflow at x, y enters over: the cell (r, c) holding it, then the other valid cells
        whose centres lie within ``width / 2`` (m) of x, y, row by row."""
        if width <= 0:
            return [(r, c)]
        half = 0.5 * width
        nr, nc = int(np.ceil(half / self.dy)) + 1, int(np.ceil(half / self.dx)) + 1
        inv = ~self.grid.transform  # the point's fractional column and row: distances in the model's metres
        fc, fr = inv.a * x + inv.b * y + inv.c, inv.d * x + inv.e * y + inv.f
        cells = [(r, c)]
        for rr in range(max(r - nr, 0), min(r + nr + 1, self.shape[0])):
            for cc in range(max(c - nc, 0), min(c + nc + 1, self.shape[1])):
                if (rr, cc) == (r, c) or not self._valid_b[rr, cc]:
                    continue
                if np.hypot((cc + 0.5 - fc) * self.dx, (rr + 0.5 - fr) * self.dy) <= half + 1e-9:
                    cells.append((rr, cc))
        return cells

    def set_rain(self, rain) -> None:
        """Replace the rain hydrograph (mm/h over every valid cell), or None for no rain."""
        if rain is None:
            self._rain = None
            return
        hyd = _as_hydrograph(rain, "rain")
        if hyd.values.min() < 0:
            raise InputError(f"{hyd.name}: rain (mm_per_h) must not be negative; fix the rows")
        self._rain = hyd

    def set_stage(self, stage) -> None:
        """Replace the stage boundary: (edge, hydrograph of level in m), or None for a closed edge."""
        if stage is None:
            self._stage = None
            self._edge_r = self._edge_c = np.zeros(0, dtype=np.int64)
            return
        try:
            edge, hyd = stage
        except (TypeError, ValueError):
            raise InputError("stage: give (edge, hydrograph) with edge west, east, north or south") from None
        edge = str(edge).lower()
        if edge not in EDGES:
            raise refuse_with(
                "edge",
                "the stage edge",
                f"{{what}} '{edge}' is not one of west, east, north, south; pick one of those",
            )
        rows, cols = self.shape
        # the edge is where the DEM's data begin: a DEM clipped to a polygon has nodata along its frame,
        # so each row (column) holds the stage in its first valid cell from that side
        v = self._valid_b
        lines = {"west": v, "east": v[:, ::-1], "north": v.T, "south": v[::-1].T}[edge]
        has = lines.any(axis=1)
        first = np.argmax(lines, axis=1)
        idx = np.flatnonzero(has)
        if edge == "west":
            r, c = idx, first[idx]
        elif edge == "east":
            r, c = idx, cols - 1 - first[idx]
        elif edge == "north":
            r, c = first[idx], idx
        else:
            r, c = rows - 1 - first[idx], idx
        r, c = r.astype(np.int64), c.astype(np.int64)
        if edge in getattr(self, "outflow_edges", ()):
            raise InputError(f"the {edge} edge is a free outflow edge; hold the stage on another edge")
        keep = np.ones(r.size, dtype=bool)
        if not keep.any():
            raise InputError("the DEM has no valid cell to hold the stage on; check its nodata value")
        self._stage = (edge, _as_hydrograph(hyd, f"stage ({edge} edge)"))
        self._edge_r = r[keep].astype(np.int64)
        self._edge_c = c[keep].astype(np.int64)

    def set_outflow(self, outflow) -> None:
        """Replace the free outflow edges: 'east', 'east,south', a sequence of edges, or None / () for none."""
        if outflow is None:
            outflow = ()
        if isinstance(outflow, str):
            outflow = [e for e in outflow.split(",") if e.strip()]
        edges = []
        for e in outflow:
            e = str(e).strip().lower()
            if e not in EDGES:
                raise refuse_with(
                    "outflow",
                    "the outflow edge",
                    f"{{what}} '{e}' is not one of west, east, north, south; give edges from those",
                )
            if self._stage is not None and self._stage[0] == e:
                raise refuse_with(
                    "outflow",
                    "the free outflow",
                    f"the {e} edge holds the stage; give {{what}} on another edge (the stage edge already "
                    "lets water leave)",
                )
            if e not in edges:
                edges.append(e)
        free = np.zeros(4, dtype=np.uint8)
        for e in edges:
            free[EDGES.index(e)] = 1
        self._free = free
        self.outflow_edges = tuple(edges)
        self._edge_slopes = _edge_slopes(self._ground, self._valid_b, self.dx, self.dy)
        self._bnd = (self.theta, self._qxo, self._qyo, self._free, self._edge_slopes, self._lo, self._hi)
        if not edges:  # a closed edge carries nothing: clear what an open one left on its outer faces
            self._qx[:, 0] = self._qx[:, -1] = 0.0
            self._qy[0, :] = self._qy[-1, :] = 0.0

    def set_defense_crests(self, defense_crests: np.ndarray | None, *, keep_breaches: bool = True) -> None:
        """Replace the defense crests (m, NaN where none). Cells already breached stay at the ground
        unless ``keep_breaches`` is False. Depths are kept, so no water is created or lost."""
        if defense_crests is None:
            crest = np.full(self.shape, np.nan)
        else:
            crest = np.array(defense_crests, dtype=np.float64)
            if crest.shape != self.shape:
                raise InputError(
                    f"defense crests have shape {crest.shape}, the DEM {self.shape}; rasterise on the DEM's grid"
                )
        self._crest = crest
        if not keep_breaches:
            self._breached[:] = False
        self._update_terrain()

    def set_breach(self, mask: np.ndarray, minute: float | None = None, *, name: str | None = None) -> None:
        """Schedule a breach: at ``minute`` (default: now) the defense cells in ``mask`` drop to the ground."""
        m = np.asarray(mask)
        if m.shape != self.shape or m.dtype != bool:
            raise InputError(
                f"breach {name or ''}: the mask must be a boolean array of the DEM's shape {self.shape}"
            )
        minute = self.minute if minute is None else float(minute)
        if not math.isfinite(minute):
            raise InputError(f"breach {name or ''}: the breach time must be a number of minutes")
        self._breaches.append(_Breach(minute, m.copy(), name))
        self._breaches.sort(key=lambda b: b.minute)
        self._apply_due_breaches()

    @property
    def breached(self) -> np.ndarray:
        """Cells whose defense has breached (bool)."""
        return self._breached.copy()

    def _update_terrain(self) -> None:
        raised = np.isfinite(self._crest) & ~self._breached & self._valid_b
        self._z = np.where(raised, np.maximum(self._ground, np.where(raised, self._crest, 0.0)), self._ground)

    def _apply_due_breaches(self) -> None:
        due = [b for b in self._breaches if b.minute * 60.0 <= self.t_s + _EPS_S]
        if not due:
            return
        for b in due:
            self._breached |= b.mask
        self._breaches = [b for b in self._breaches if b.minute * 60.0 > self.t_s + _EPS_S]
        self._update_terrain()

    # ---------------------------------------------------------------- state
    @property
    def minute(self) -> float:
        """Model time (minutes)."""
        return self.t_s / 60.0

    @property
    def depth(self) -> np.ndarray:
        """Current depth (m), a copy; NaN where the DEM has no data."""
        return np.where(self._valid_b, self._h, np.nan)

    @property
    def terrain(self) -> np.ndarray:
        """Current effective bed (m): the ground raised to unbreached defense crests; NaN at nodata."""
        return np.where(self._valid_b, self._z, np.nan)

    @property
    def max_depth(self) -> np.ndarray:
        """Maximum depth so far (m); NaN at nodata."""
        return np.where(self._valid_b, self._max_depth, np.nan)

    @property
    def arrival_minutes(self) -> np.ndarray:
        """First time (minutes) each cell got deeper than 0.01 m; NaN where not yet."""
        return self._arrival.copy()

    @property
    def volume_stored_m3(self) -> float:
        """Water on the grid now (m³)."""
        return float(_k.total_volume(self._h, self._valid, self.cell_area))

    @property
    def mass_error_pct(self) -> float:
        """100 x (in - out - stored) / in; 0 while nothing came in."""
        vin = self.volume_in_m3
        if vin <= 0:
            return 0.0
        return 100.0 * (vin - self.volume_out_m3 - self.volume_stored_m3) / vin

    # ---------------------------------------------------------------- stepping
    def _grow_bbox(self, r0: int, r1: int, c0: int, c1: int) -> None:
        b = self._bbox
        if b is None:
            self._bbox = [r0, r1, c0, c1]
        else:
            b[0], b[1], b[2], b[3] = min(b[0], r0), max(b[1], r1), min(b[2], c0), max(b[3], c1)

    def _grow_bbox_from(self, wet: np.ndarray) -> None:
        for r in np.flatnonzero(wet.any(axis=1)):
            cc = np.flatnonzero(wet[r])
            self._span_lo[r] = min(self._span_lo[r], cc[0])
            self._span_hi[r] = max(self._span_hi[r], cc[-1] + 1)
        rr = np.flatnonzero(wet.any(axis=1))
        if rr.size:
            cc = np.flatnonzero(wet.any(axis=0))
            self._grow_bbox(int(rr[0]), int(rr[-1]) + 1, int(cc[0]), int(cc[-1]) + 1)

    def _finish_step(self, src_vol: np.ndarray, r0: int = 0, r1: int = 0) -> None:
        """Inflows and stage after a step's update (window rows [r0, r1) summed up too)."""
        level = float(self._stage[1](self.minute)) if self._stage is not None else 0.0
        st = self._stats
        _k.finish_step(
            self._h, self._z, self._max_depth, self._arrival, self._src_r, self._src_c, src_vol,
            self._edge_r, self._edge_c, level, self.cell_area, FLOOD_DEPTH_M, self.minute,
            self._row_hmax, self._row_first, self._row_last, r0, r1, st, self._span_lo, self._span_hi,
        )  # fmt: skip
        self.volume_in_m3 += st[0]
        self.volume_out_m3 += st[1]
        self._hmax = st[2]
        if st[3] >= 0:
            self._grow_bbox(int(st[3]), int(st[4]) + 1, int(st[5]), int(st[6]) + 1)

    def _open_edges(self) -> np.ndarray:
        """uint8[4] (west, east, north, south): 1 on the stage and free edges, where water may cross."""
        out = self._free.copy()
        if self._stage is not None:
            out[EDGES.index(self._stage[0])] = 1
        return out

    def _packed_hydrographs(self) -> tuple:
        """The inflows' hydrographs, then rain, then the stage, as the padded arrays of
        :func:`floodplan.sim.hydro_kernels.run_steps` (times, values, cumulative integrals, row counts)."""
        hyds = list(self._src_hyd)
        if self._rain is not None:
            hyds.append(self._rain)
        if self._stage is not None:
            hyds.append(self._stage[1])
        width = max([len(hh._m) for hh in hyds] + [1])
        out = np.zeros((3, max(len(hyds), 1), width))
        n = np.ones(max(len(hyds), 1), dtype=np.int64)
        for k, hh in enumerate(hyds):
            n[k] = len(hh._m)
            out[0, k, : n[k]] = hh._m
            out[1, k, : n[k]] = hh._v
            out[2, k, : n[k]] = hh._cum_l
        return out[0], out[1], out[2], n

    def _inflow_error(self, cell: int, q: float, depth: float, m0: float, dt: float) -> InputError:
        """The error of an inflow whose cell would need time steps under :data:`MIN_DT_S`."""
        k = list(self._src_cell).index(cell)
        r, c = int(self._src_r[k]), int(self._src_c[k])
        names = [
            hyd.name
            for (rr, cc, _), hyd in zip(self._inflows, self._src_hyd)
            if (rr, cc) == (r, c) and hyd.max_between(m0, m0 + dt / 60.0) > 0.0
        ]
        return InputError(
            f"{' and '.join(names)}: {q:.3g} m³/s into one "
            f"{self.dx:g} m cell would need time steps under {MIN_DT_S:g} s (water "
            f"{depth:.0f} m deep); check the discharges (m³/s) in the hydrograph"
        )

    def advance_to(
        self,
        minute: float,
        feedback: Feedback | None = None,
        on_step: Callable[[HydroModel], None] | None = None,
    ) -> None:
        """Run the model until ``minute`` (model time, minutes), stopping exactly at breach times.

        The time steps run in compiled batches (:func:`floodplan.sim.hydro_kernels.run_steps`) of about
        :data:`BATCH_S` seconds each; progress and cancellation are checked between batches.

        Parameters
        ----------
        minute : float
            Time to reach (minutes). Nothing happens if the model is already there.
        feedback : Feedback, optional
            Progress over this call (fraction of the time span) and cancellation, checked between
            batches. On cancel the model stays consistent at the last completed step.
        on_step : callable(model), optional
            Called after every time step (for tests and diagnostics; runs one step per batch, slowly).

        Raises
        ------
        InputError
            When a time step would fall below :data:`MIN_DT_S` (water hundreds of metres deep: an
            inflow, stage or rain far beyond any real flood).
        """
        target = float(minute) * 60.0
        if not math.isfinite(target):
            raise InputError(f"cannot advance to {minute} minutes; give a finite time")
        t_start = self.t_s
        span = max(target - t_start, 1e-12)
        last_report = time.perf_counter()
        threads = numba.get_num_threads()
        hyd = self._packed_hydrographs()
        open_edges = self._open_edges()
        if self.advection:
            work = (self._ux, self._vy, self._ax, self._ay, self._row_umax)
        else:
            work = (_NONE2, _NONE2, _NONE2, _NONE2, _NONE1)
        prm = np.array([
            self.dx, self.dy, self.alpha, self.max_dt_s, _k.GRAVITY, MIN_DT_S, MIN_FLOW_DEPTH_M,
            FLOOD_DEPTH_M, INFLOW_RAMP_M, self._rain is not None, self._stage is not None, self.advection,
            self._n_valid, bool(self.outflow_edges), INFLOW_RISE_FRACTION, PARALLEL_MIN_CELLS,
        ], dtype=np.float64)  # fmt: skip
        fs, ist = np.zeros(8), np.zeros(8, dtype=np.int64)
        batch = 1
        while self.t_s < target - _EPS_S:
            self._apply_due_breaches()
            stop = target
            if self._breaches and self._breaches[0].minute * 60.0 < stop:
                stop = self._breaches[0].minute * 60.0
            fs[:5] = self.t_s, self._hmax, self._umax, self.volume_in_m3, self.volume_out_m3
            b = self._bbox if self._bbox is not None else [-1, -1, -1, -1]
            ist[:] = *b, self.steps, self.cells_updated, 0, 0
            # on a machine shared with other work, threads that wait for each other at every barrier can
            # make the parallel kernel slower than the serial one: both are timed now and then (batches
            # 1 and 2 of every 16) and the faster is used in between
            self._batches += 1
            phase = self._batches % 16
            use_parallel = threads > 1 and (phase == 2 if phase in (1, 2) else self._cost[1] < self._cost[0])
            cells0 = self.cells_updated
            t = time.perf_counter()
            n = _k.run_steps(
                self._z, self._h, self._qx, self._qy, self._n2, self._valid, self._max_depth, self._arrival,
                self._row_hmax, self._row_first, self._row_last, self._span_lo, self._span_hi, self._bnd,
                *work, open_edges, self._src_r, self._src_c, self._src_cell, self._src_vol, hyd,
                self._edge_r, self._edge_c, fs, ist, prm, stop, 1 if on_step is not None else batch,
                use_parallel, threads,
            )  # fmt: skip
            took = time.perf_counter() - t
            self.t_s, self._hmax, self._umax, self.volume_in_m3, self.volume_out_m3 = (
                float(v) for v in fs[:5]
            )
            if ist[0] >= 0:
                self._bbox = [int(v) for v in ist[:4]]
            self.steps, self.cells_updated = int(ist[4]), int(ist[5])
            if ist[6] == 1:
                raise InputError(
                    f"the flood model stopped at minute {self.minute:.2f}: water {self._hmax:.0f} m deep "
                    f"needs time steps under {MIN_DT_S:g} s; check the inflow, stage and rain values"
                )
            if ist[6] == 2:
                raise self._inflow_error(int(ist[7]), fs[5], fs[6], self.minute, fs[7])
            if self.cells_updated > cells0:
                self._cost[int(use_parallel)] = took / (self.cells_updated - cells0)
            # batches of about BATCH_S: progress and Cancel stay responsive, Python's share stays small
            batch = int(min(max(batch * min(BATCH_S / max(took, 1e-6), 4.0), 1), 100_000))
            if on_step is not None and n:
                on_step(self)
            if feedback is not None:
                feedback.check()
                now = time.perf_counter()
                if now - last_report > 0.1:
                    last_report = now
                    feedback.step((self.t_s - t_start) / span, f"flood model at {self.minute:.1f} min")
        self._apply_due_breaches()
        if feedback is not None:
            feedback.step(1.0, f"flood model at {self.minute:.1f} min")

    # ---------------------------------------------------------------- results
    def flooded_area_m2(self, which: str = "max") -> float:
        """Area (m²) deeper than 0.01 m: ``'max'`` at any time so far, ``'now'`` at present."""
        h = self._max_depth if which == "max" else self._h
        return float(np.count_nonzero((h > FLOOD_DEPTH_M) & self._valid_b)) * self.cell_area

    def series_row(self) -> dict:
        """Mass balance and extent now (one row of ``SimulationResult.series``)."""
        return {
            "minute": self.minute,
            "volume_in_m3": self.volume_in_m3,
            "volume_out_m3": self.volume_out_m3,
            "volume_stored_m3": self.volume_stored_m3,
            "max_depth_m": float(self._h[self._valid_b].max()),
            "flooded_area_m2": self.flooded_area_m2("now"),
        }

    def result(self, snapshots: dict | None = None, series: list | None = None) -> SimulationResult:
        """The state so far as a :class:`SimulationResult`."""
        stored = self.volume_stored_m3
        vin = self.volume_in_m3
        md = self.max_depth
        return SimulationResult(
            minutes=self.minute,
            steps=self.steps,
            max_depth=self.grid.like(md),
            arrival_minutes=self.grid.like(self.arrival_minutes),
            final_depth=self.grid.like(self.depth),
            snapshots=dict(snapshots or {}),
            volume_in_m3=vin,
            volume_out_m3=self.volume_out_m3,
            volume_stored_m3=stored,
            volume_initial_m3=self.volume_initial_m3,
            mass_error_pct=100.0 * (vin - self.volume_out_m3 - stored) / vin if vin > 0 else 0.0,
            max_depth_m=float(np.nanmax(md)),
            flooded_area_m2=self.flooded_area_m2("max"),
            final_flooded_area_m2=self.flooded_area_m2("now"),
            cells_updated=self.cells_updated,
            series=list(series or []),
        )


def _cell_size_m(grid: Grid) -> tuple[float, float]:
    """Cell width and height (m) of ``grid``: the one place the model reads the cell size."""
    return float(grid.dx), float(grid.dy)


def _edge_slopes(ground: np.ndarray, valid: np.ndarray, dx: float, dy: float) -> np.ndarray:
    """Terrain slope (m/m) towards each edge of the grid: one slope per edge, as LISFLOOD-FP's FREE
    boundary takes one slope per boundary.

    The drop of the valley's lowest ground (the thalweg) from the line of cells
    :data:`OUTFLOW_SLOPE_CELLS` cells inwards (fewer on a smaller grid) to the edge line, over their
    distance; at least :data:`OUTFLOW_MIN_SLOPE`. One slope per edge rather than one per cell: a
    meandering channel crosses the edge at an angle, so along a row the ground climbs its bank (slopes of
    a few percent) or its bed (an adverse slope), and per-cell slopes drew the water down at the edge.
    Returns (4, max(rows, cols)) float64 (west, east, north, south), constant along each edge.
    """
    rows, cols = ground.shape
    out = np.full((4, max(rows, cols)), OUTFLOW_MIN_SLOPE)
    z = np.where(valid, ground, np.nan)
    lines = (
        (z, dx),  # west: columns from 0 inwards
        (z[:, ::-1], dx),  # east
        (z.T, dy),  # north: rows from 0 downwards
        (z[::-1].T, dy),  # south
    )
    for e, (zz, d) in enumerate(lines):
        k = min(OUTFLOW_SLOPE_CELLS, zz.shape[1] - 1)
        if k < 1 or not np.isfinite(zz[:, 0]).any() or not np.isfinite(zz[:, k]).any():
            continue
        drop = float(np.nanmin(zz[:, k]) - np.nanmin(zz[:, 0]))
        out[e, :] = max(drop / (k * d), OUTFLOW_MIN_SLOPE)
    return out


def _snapshot_times(snapshot_minutes, minutes: float) -> list[float]:
    if snapshot_minutes is None:
        return []
    if isinstance(snapshot_minutes, numbers.Real):
        s = float(snapshot_minutes)
        if not (s > 0):
            raise refuse_with(
                "snapshot_minutes",
                "the snapshot interval",
                f"{{what}} must be positive, got {snapshot_minutes}",
            )
        n = int(math.floor(minutes / s + 1e-9))
        return [s * k for k in range(1, n + 1)]
    out = sorted({float(m) for m in snapshot_minutes})
    if any(m < 0 or m > minutes + 1e-9 for m in out):
        raise InputError(f"snapshot minutes must lie between 0 and the event's {minutes} minutes")
    return out


def simulate(
    grid: Grid,
    minutes: float,
    inflows: Iterable = (),
    stage=None,
    rain=None,
    manning=0.035,
    defense_crests: np.ndarray | None = None,
    breaches=None,
    snapshot_minutes=None,
    record_every_minutes: float | None = None,
    initial_depth: np.ndarray | None = None,
    feedback: Feedback | None = None,
    on_snapshot: Callable[[float, Grid], None] | None = None,
    advection: bool = False,
    outflow=(),
    theta: float = THETA,
) -> SimulationResult:
    """Run a flood event with the local inertial model (see :class:`HydroModel` for the inputs).

    Parameters
    ----------
    grid : Grid
        The DEM (m), metric CRS; NaN cells are walls.
    minutes : float
        Length of the event (minutes).
    inflows, stage, rain, manning, defense_crests, breaches, initial_depth, advection, outflow, theta
        As for :class:`HydroModel`.
    snapshot_minutes : float or sequence of float, optional
        A number S: depth snapshots every S minutes (S, 2S, ... up to ``minutes``); a sequence: those
        minutes.
    record_every_minutes : float, optional
        Interval (minutes) of the mass-balance and extent rows in ``result.series`` (also recorded at
        the start and the end).
    feedback : Feedback, optional
        Progress and cancellation, checked every time step.
    on_snapshot : callable(minute, depth Grid), optional
        Called at every snapshot as soon as it is taken (e.g. to write it or show it).

    Returns
    -------
    SimulationResult
    """
    minutes = float(minutes)
    if not (minutes > 0 and math.isfinite(minutes)):
        raise refuse_with(
            "minutes", "the simulated time", f"{{what}} must be a positive number, got {minutes}"
        )
    model = HydroModel(
        grid,
        inflows=inflows,
        stage=stage,
        rain=rain,
        manning=manning,
        defense_crests=defense_crests,
        breaches=breaches,
        initial_depth=initial_depth,
        advection=advection,
        outflow=outflow,
        theta=theta,
    )
    snaps = _snapshot_times(snapshot_minutes, minutes)
    records: list[float] = []
    if record_every_minutes is not None:
        if not (record_every_minutes > 0):
            raise InputError(f"record_every_minutes must be positive, got {record_every_minutes}")
        n = int(math.floor(minutes / record_every_minutes + 1e-9))
        records = [record_every_minutes * k for k in range(1, n + 1)]
    stops = sorted({*snaps, *records, minutes})
    snap_set, rec_set = set(snaps), set(records)
    snapshots: dict[float, Grid] = {}
    series: list[dict] = [model.series_row()] if records else []
    prev = 0.0
    for stop in stops:
        sub = feedback.sub(prev / minutes, stop / minutes) if feedback is not None else None
        model.advance_to(stop, feedback=sub)
        prev = stop
        if stop in snap_set:
            g = grid.like(model.depth.astype(np.float32))
            snapshots[stop] = g
            if on_snapshot is not None:
                on_snapshot(stop, g)
        if stop in rec_set or (records and stop == minutes and stop not in rec_set):
            series.append(model.series_row())
    return model.result(snapshots, series)
