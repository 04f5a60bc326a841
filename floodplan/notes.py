"""Notes: what is worth telling the user about a piece of work that does not stop it.

A dropped feature, a converted unit, a defense that is overtopped, a volume that spills: the engine says
so with :func:`note` (one sentence, naming the file, layer or feature, in the user's terms). Whoever drives
the work collects the notes of that piece of work and shows them all:

- the command line (``floodplan.cli.main``) collects them for the whole command, prints each on stderr
  as ``floodplan: note: …`` in text mode, and :func:`floodplan.cli.output.print_json` puts them into the
  ``warnings`` list of the one JSON object (docs/command-line.md: ``--json`` always carries ``warnings``);
- the runner puts them into ``summary.json``'s ``warnings``;
- the app collects them per job in its worker thread and shows them with the result.

Collection is per context (``contextvars``), so a worker thread or a Dask task collects its own notes.
Outside any collection a note goes to the ``floodplan`` logger, never to ``warnings.warn`` (the test
suite turns :class:`floodplan.errors.FloodplanWarning` into errors, and a library warning would reach
the user's terminal with an internal path).
"""

from __future__ import annotations

import contextvars
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

_CURRENT: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("floodplan_notes", default=None)
_log = logging.getLogger("floodplan")


def note(message: str) -> None:
    """Record one note (a sentence) for whoever collects the current piece of work.

    Identical sentences are kept once, in the order they first came.
    """
    text = " ".join(str(message).split())
    if not text:
        return
    sink = _CURRENT.get()
    if sink is None:
        _log.info("note: %s", text)
    elif text not in sink:
        sink.append(text)


def note_all(messages: Iterable[str]) -> None:
    """:func:`note` for each of several messages (e.g. a result's ``notes`` list)."""
    for m in messages:
        note(m)


def current_notes() -> list[str]:
    """The notes collected so far in the current collection (a copy; empty outside one)."""
    sink = _CURRENT.get()
    return list(sink) if sink is not None else []


@contextmanager
def collect_notes() -> Iterator[list[str]]:
    """Collect the notes made inside the ``with`` block into the list it yields.

    Nested collections each get the notes made inside them; the inner ones are also passed on to the
    outer collection when the block ends, so nothing said inside is lost.
    """
    outer = _CURRENT.get()
    sink: list[str] = []
    token = _CURRENT.set(sink)
    try:
        yield sink
    finally:
        _CURRENT.reset(token)
        if outer is not None:
            for m in sink:
                if m not in outer:
                    outer.append(m)
