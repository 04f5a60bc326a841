"""What the command line prints for scripts: exactly one JSON object on stdout (docs/command-line.md
``--json``)."""

from __future__ import annotations

from floodplan.notes import current_notes


def print_json(obj) -> None:
    """Print exactly one JSON object on stdout (NaN and infinities become null).

    Its ``warnings`` key (docs/command-line.md: always present) holds the object's own warnings followed by
    every
    note the command made so far (:mod:`floodplan.notes`), each once.
    """
    from floodplan.sim.results import to_json

    if isinstance(obj, dict):
        obj = dict(obj)
        obj["warnings"] = list(dict.fromkeys([*(obj.get("warnings") or []), *current_notes()]))
    print(to_json(obj))
