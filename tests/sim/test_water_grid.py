"""The boats' water search on the grid (WaterGrid, numba) against the csgraph reference (WaterGraph).

Expected values come from a peer tool: :func:`scipy.sparse.csgraph.dijkstra` on the graph of the same cells
(:class:`floodplan.sim.boats.WaterGraph`), and by hand for the early stop at the last target.
"""

import numpy as np
import pytest

from floodplan.sim.boats import WaterGraph, WaterGrid
from floodplan.testing import make_grid


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_grid_search_equals_csgraph(seed):
    # random small lakes with islands, no-data cells, two countries, several launch times and limits;
    # the same floats are added along the same moves, so the times must be equal, not only close
    rng = np.random.default_rng(seed)
    for it in range(60):
        rows, cols = rng.integers(1, 14, 2)
        z = rng.choice([0.0, 0.5, 1.0, np.nan], size=(rows, cols), p=[0.3, 0.2, 0.45, 0.05])
        grid = make_grid(z, cellsize=float(rng.choice([1.0, 10.0, 3.7])))
        g = WaterGraph.build(grid, 0.5)
        w = WaterGrid.build(grid, 0.5)
        assert w.n == g.n
        if g.n == 0:
            continue
        k = int(rng.integers(1, 6))
        nodes = rng.integers(0, g.n, k)
        start = rng.choice([0.0, 1.0, 2.5, 7.0], k)
        limit = float(rng.choice([np.inf, 5.0, 20.0, 2.5]))
        country = rng.integers(-1, 2, (rows, cols)) if it % 2 else None
        ref = (g.within(country) if country is not None else g).seconds(nodes, start, 1.3, limit)
        got = w.seconds(g.cell_of_node[nodes], start, 1.3, limit, cell_country=country)
        np.testing.assert_array_equal(got[g.cell_of_node], ref)
        assert not np.isfinite(got[~w.nav]).any()


def test_grid_search_stops_at_the_last_target():
    # a 1 x 10 channel of 10 m cells, launched at column 0 at 0 s, 1 m/s: column c at 10 c s (1e-9 s
    # start, as csgraph's virtual source); with the target at column 4 the search stops there: columns
    # 0..4 keep their times, the farther ones read inf
    w = WaterGrid.build(make_grid(np.ones((1, 10)), cellsize=10.0), 0.3)
    full = w.seconds([0], [0.0], 1.0)
    np.testing.assert_allclose(full, 10.0 * np.arange(10) + 1e-9)
    part = w.seconds([0], [0.0], 1.0, targets=[4])
    np.testing.assert_array_equal(part[:5], full[:5])
    assert np.isinf(part[5:]).all()
    # a target on land is no target: with no navigable target nothing is needed, every cell reads inf
    z = np.ones((1, 10))
    z[0, 9] = 0.0
    w = WaterGrid.build(make_grid(z, cellsize=10.0), 0.3)
    assert np.isinf(w.seconds([0], [0.0], 1.0, targets=[9])).all()
    np.testing.assert_array_equal(w.seconds([0], [0.0], 1.0, targets=[8, 9])[:9], full[:9])
