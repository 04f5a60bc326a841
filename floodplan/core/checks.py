"""Named checks of an engine step's inputs, and the tables in which steps declare them.

Each simulation step states what it reads and writes in a small table, as landlab's components do with
their ``_info`` (name → dtype, intent, units, doc): :class:`Field` entries in a module-level ``INFO``
dict (see :mod:`floodplan.sim.inundation`, :mod:`floodplan.sim.access` ...). Its scalar inputs are checked
with the functions below, which raise one :class:`floodplan.errors.InputError` whose sentence speaks the
user's terms (the field's ``what``: "the water level") and carries ``field`` and a ``template``, so the
command line names its option instead (``--level``) without the engine knowing the command line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from floodplan.errors import InputError


@dataclass(frozen=True)
class Field:
    """One input or output of a simulation step (landlab's ``_info`` entry).

    Attributes
    ----------
    dtype : the type of the value or of its array's elements ("float64", "bool", "GeoDataFrame"...).
    intent : "in", "out" or "inout".
    units : SI unit ("m", "m3", "s", "people", "EUR"), "min" at the edges people read, "-" for none.
    what : the user's name for it, used in messages ("the water level").
    doc : one line on what it is.
    optional : whether the step runs without it.
    shape : "scalar", "(rows, cols)" (on the DEM's grid), "(n_assets,)", "features" ...
    """

    dtype: str
    intent: Literal["in", "out", "inout"]
    units: str
    what: str
    doc: str
    optional: bool = False
    shape: str = "scalar"


Info = dict[str, Field]


def describe(info: Info) -> str:
    """A table of a step's fields, one line each (for docstrings, logs and ``help()``)."""
    rows = [
        f"{n:24s} {f.intent:5s} {f.dtype:12s} {f.units:8s} {f.shape:14s} {f.doc}" for n, f in info.items()
    ]
    return "\n".join(rows)


def refuse(name: str, what: str, value, problem: str, fix: str = "") -> InputError:
    """The error for ``value`` of input ``name`` (the user's ``what``): "<what> <value!r> <problem>; <fix>",
    with ``field`` and ``template`` set (see module docstring). Returned, for the caller to raise."""
    template = f"{{what}} {value!r} {problem}; {fix}" if fix else f"{{what}} {value!r} {problem}"
    return InputError(template.replace("{what}", what), field=name, template=template)


def refuse_with(name: str, what: str, template: str) -> InputError:
    """The error of input ``name`` from a sentence ``template`` with ``{what}`` where the input is named
    (``what``, the user's name, for the message; the command line's option instead, see module docstring)."""
    return InputError(template.replace("{what}", what), field=name, template=template)


def _what(name: str, what: str | None, info: Info | None) -> str:
    if what is not None:
        return what
    if info is not None and name in info:
        return info[name].what
    return name.replace("_", " ")


def require_number(
    value, name: str, *, what: str | None = None, fix: str = "", info: Info | None = None
) -> float:
    """``value`` as a float, refused when it is not a number (a string, None...)."""
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise refuse(name, _what(name, what, info), value, "is not a number", fix) from exc


def require_finite(
    value, name: str, *, what: str | None = None, fix: str = "", info: Info | None = None
) -> float:
    """``value`` as a finite float (refused: not a number, NaN, ±inf)."""
    v = require_number(value, name, what=what, fix=fix, info=info)
    if not math.isfinite(v):
        raise refuse(name, _what(name, what, info), value, "is not a finite number", fix)
    return v


def require_positive(
    value, name: str, *, what: str | None = None, fix: str = "", info: Info | None = None
) -> float:
    """``value`` as a float above 0 (refused: not a number, NaN, 0 or less)."""
    v = require_number(value, name, what=what, fix=fix, info=info)
    if not v > 0:  # written so that NaN is refused too
        raise refuse(name, _what(name, what, info), value, "must be more than 0", fix)
    return v


def require_nonnegative(
    value, name: str, *, what: str | None = None, fix: str = "", info: Info | None = None
) -> float:
    """``value`` as a finite float of 0 or more."""
    v = require_number(value, name, what=what, fix=fix, info=info)
    if not (math.isfinite(v) and v >= 0):
        raise refuse(name, _what(name, what, info), value, "must be a finite number of 0 or more", fix)
    return v


def require_in_range(
    value,
    name: str,
    low: float,
    high: float,
    *,
    what: str | None = None,
    fix: str = "",
    info: Info | None = None,
) -> float:
    """``value`` as a float with ``low <= value <= high``."""
    v = require_number(value, name, what=what, fix=fix, info=info)
    if not (low <= v <= high):
        raise refuse(name, _what(name, what, info), value, f"must lie between {low:g} and {high:g}", fix)
    return v


def require_one_of(value, name: str, choices, *, what: str | None = None, info: Info | None = None) -> str:
    """``value`` as one of ``choices`` (strings)."""
    if value not in choices:
        raise refuse(
            name,
            _what(name, what, info),
            value,
            "is not one of " + ", ".join(map(str, choices)),
            "pick one of those",
        )
    return value
