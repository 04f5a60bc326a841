"""Named checks (floodplan.core.checks): engine messages in the user's terms, the command line's option
names added by the command line (floodplan.cli.FIELD_OPTIONS) so that its messages stay as documented."""

from __future__ import annotations

import math

import pytest

from floodplan.cli import FIELD_OPTIONS
from floodplan.core.checks import (
    Field,
    describe,
    refuse_with,
    require_finite,
    require_in_range,
    require_nonnegative,
    require_positive,
)
from floodplan.errors import InputError
from floodplan.sim.inundation import INFO, flood_at_level


def test_each_check_refuses_what_it_names_and_keeps_what_it_accepts():
    assert require_finite("2.5", "level") == 2.5
    assert require_positive(3, "x") == 3.0
    assert require_nonnegative(0, "x") == 0.0
    assert require_in_range(0.5, "theta", 0.0, 1.0) == 0.5
    for check, bad in (
        (require_finite, math.nan),
        (require_finite, "abc"),
        (require_positive, 0.0),
        (require_positive, math.nan),  # NaN is not "more than 0"
        (require_nonnegative, -1e-9),
        (require_nonnegative, math.inf),
    ):
        with pytest.raises(InputError) as info:
            check(bad, "x")
        assert info.value.field == "x"
    with pytest.raises(InputError, match="must lie between 0 and 1"):
        require_in_range(1.5, "theta", 0.0, 1.0)


def test_engine_message_speaks_the_users_terms_and_the_cli_names_its_option():
    with pytest.raises(InputError) as info:
        require_finite("abc", "level", fix="give the water level in metres", info=INFO)
    exc = info.value
    # the user's name comes from the step's INFO table ("the water level"), no option name in it
    assert str(exc) == "the water level 'abc' is not a number; give the water level in metres"
    assert "--" not in str(exc)
    assert (
        exc.in_terms(FIELD_OPTIONS[exc.field])
        == "--level 'abc' is not a number; give the water level in metres"
    )


def test_template_with_braces_from_user_input_is_not_formatted():
    exc = refuse_with("events", "the events", "{what} '{100}=x': give T=FLOOD.")
    assert str(exc) == "the events '{100}=x': give T=FLOOD."
    assert exc.in_terms("--events") == "--events '{100}=x': give T=FLOOD."


def test_step_info_table_lists_units_and_intent():
    assert INFO["level"] == Field(
        "float64", "in", "m", "the water level", "flat water surface", optional=True
    )
    assert {f.intent for f in INFO.values()} == {"in", "out"}
    assert "depth" in describe(INFO) and "m3" in describe(INFO)


def test_cli_message_unchanged_for_a_bad_level():
    """The engine's refusal of a non-finite level reaches the command line with its option named, as the
    command line always said it (docs/command-line.md: one line, exit 2)."""
    from floodplan.cli import _one_line
    from floodplan.testing import make_grid

    with pytest.raises(InputError) as info:
        flood_at_level(make_grid([[1.0, 2.0]], 10.0), [[True, False]], float("nan"))
    assert str(info.value).startswith("the water level nan is not a finite number")
    assert _one_line(info.value).startswith("--level nan is not a finite number")
