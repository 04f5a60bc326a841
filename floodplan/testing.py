"""Helpers for tests: small valleys, layers and projects built in a few lines, and the shared real data.

Used by floodplan's own tests and usable by anyone scripting against floodplan.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from affine import Affine
from rasterio.crs import CRS

from floodplan.sim.grid import Grid

#: A metric CRS for synthetic test valleys (ETRS89 / UTM zone 33N).
TEST_CRS = CRS.from_epsg(25833)


def shared_data_dir() -> Path | None:
    """The real public data beside the checkout (``../shared/data``), or None when it is absent.

    ``FLOODPLAN_SHARED_DATA`` overrides the location.
    """
    env = os.environ.get("FLOODPLAN_SHARED_DATA")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [p / "shared" / "data" for p in here.parents[1:4]]
    candidates.append(Path.cwd().parent / "shared" / "data")
    for c in candidates:
        if c.is_dir():
            return c
    return None


def require_shared_data(*parts: str) -> Path:
    """Path of a file under the shared data folder; skips the calling test when the folder is absent."""
    import pytest

    base = shared_data_dir()
    if base is None:
        pytest.skip("../shared/data is not beside this checkout (real-data tests need it)")
    path = base.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is missing from the shared data")
    return path


def make_grid(z, cellsize: float = 1.0, x0: float = 500000.0, y0: float = 5600000.0, crs=TEST_CRS) -> Grid:
    """A Grid from a 2-D array of elevations (m); row 0 is the north edge, top-left corner at (x0, y0)."""
    z = np.asarray(z, dtype=float)
    return Grid(z, Affine(cellsize, 0.0, x0, 0.0, -cellsize, y0), crs)
