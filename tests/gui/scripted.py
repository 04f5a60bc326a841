"""What the GUI scripts run in a subprocess (crash_scenario.py, soak.py, issue13_session.py) share: the
exercise settings of the test valley's hq100 scenario and a user's drag of the map.

Not a test module; the scripts import it as ``scripted`` (their own folder is first on ``sys.path``).
"""

from __future__ import annotations


def tabletop(inflow_m3s: float, injects=(), decisions=()) -> dict:
    """The tabletop settings of the scripts' exercise on the test valley (tests/gui/conftest.py).

    Two hours from 2025-03-28 06:00 in 30-minute steps, with a constant inflow of ``inflow_m3s`` (m³/s)
    where the river enters the valley (500005, 5599605); ``injects`` and ``decisions`` as in the project
    file's ``tabletop`` setting (lists of dicts).
    """
    return {
        "start": "2025-03-28T06:00",
        "duration_minutes": 120,
        "step_minutes": 30,
        "inflow": {"x": 500005.0, "y": 5599605.0, "hydrograph": [[0, inflow_m3s], [120, inflow_m3s]]},
        "injects": list(injects),
        "decisions": list(decisions),
    }


def drag_map(app, canvas, at: tuple[int, int], k: int, moves: int, step: tuple[int, int], period: int) -> int:
    """Drag the map once as a user does: press at ``at`` (widget pixels), ``moves`` moves, release there.

    Move ``s`` goes to ``at + (step[0] * ((k + s) % period), step[1] * s)``, so successive drags
    (``k`` = 0, 1, ...) wander; every move repaints the canvas and turns the event loop once.
    Returns the number of repaints (``moves``).
    """
    x, y = at
    canvas.start_drag(x, y)
    for s in range(moves):
        canvas.drag_to(x + step[0] * ((k + s) % period), y + step[1] * s)
        canvas.repaint()
        app.processEvents()
    canvas.end_drag(x, y)
    return moves
