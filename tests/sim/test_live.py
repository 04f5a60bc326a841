"""floodplan.sim.live: the response figures of a run, recomputed for the plan's current resources, must be
exactly those of a whole new run (the peer: floodplan.sim.runner.run_scenario on the edited project)."""

from __future__ import annotations

import json

from shapely.geometry import Point

from floodplan.model import edits
from floodplan.sim.live import prepare_coverage, recompute_coverage
from floodplan.sim.runner import run_scenario
from floodplan.testing import small_valley_project

RESPONSE_KEYS = ("access", "national", "joint", "countries", "cooperation_gain", "shelters", "hospitals")


def response(summary: dict) -> str:
    return json.dumps({k: summary.get(k) for k in RESPONSE_KEYS}, sort_keys=True, default=str)


def test_live_coverage_equals_a_new_run_after_a_resource_is_placed_and_deleted():
    p = small_valley_project()
    first = run_scenario(p, "level-national")
    # unchanged plan: the same figures as the run
    same = recompute_coverage(prepare_coverage(p, first))
    assert response(same.summary) == response(first.summary)
    # an ambulance station in S, which has none (its national ambulance coverage came only from N)
    p.stack.push(edits.place_resource(p, Point(500500, 5599635), "ambulance").command)
    live = recompute_coverage(prepare_coverage(p, first))
    full = run_scenario(p, "level-national")
    assert response(live.summary) == response(full.summary)
    assert response(live.summary) != response(first.summary)  # the new station changed the figures
    assert len(live.coverage.gaps) == len(full.coverage.gaps)
    # the flood is the run's (not recomputed)
    assert live.depth is first.depth and live.inundation is first.inundation
    p.stack.undo()
    back = recompute_coverage(prepare_coverage(p, first))
    assert response(back.summary) == response(first.summary)
