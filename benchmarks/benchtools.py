"""What the benchmark scripts share: timing a call the same way in every table.

The scripts are run by hand (``python benchmarks/bench_access.py``), so this folder is on ``sys.path``
and they import it as ``benchtools``.
"""

from __future__ import annotations

import time


def best_of(fn, repeat: int = 5):
    """Best wall time of ``fn()`` over ``repeat`` calls after one warm-up call, and its last result.

    The warm-up pays numba's compilation and first-call caches; the best (not the mean) of the repeats is
    the least disturbed by other work on a shared machine.

    Returns
    -------
    (float, object)
        Milliseconds, and what the last call returned.
    """
    fn()
    times = []
    out = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times) * 1000.0, out
