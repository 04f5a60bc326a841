"""The project's settings: a few named values with units and defaults, kept in the project file.

:class:`ProjectSettings` is what ``project.settings`` holds. It is read and written as the JSON object of
the project file's ``settings`` (docs/project-file.md) exactly as it was read: every key, known or not, in
its order, so a project saved by a newer floodplan (or edited by hand) keeps what this one does not know.
The known settings have typed properties (:data:`SETTINGS` gives their unit, default and meaning), and
:meth:`ProjectSettings.checked` gives them validated, as engine code reads them.

Changing a setting in the app goes through :class:`floodplan.model.commands.SetSetting` (undoable).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from floodplan.errors import InputError


@dataclass(frozen=True)
class SettingSpec:
    """One known setting: its key in the file, unit (None: no unit), default and what it means."""

    key: str
    unit: str | None
    default: Any
    meaning: str


#: Default snap distance (m): resources and buildings farther than this from a road are unreachable.
DEFAULT_MAX_SNAP_M = 500.0

SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("title", None, None, "the project's title on plates and reports"),
    SettingSpec("languages", None, ("en",), "languages of plates and reports, e.g. ['en', 'de', 'pl']"),
    SettingSpec("attribution", None, (), "data sources and licences carried to plates and reports"),
    SettingSpec(
        "sea_level_m", "m", None, "the sea level; cells at or below it connected to the edge are sea"
    ),
    SettingSpec("max_snap_m", "m", DEFAULT_MAX_SNAP_M, "farthest a resource or building may be from a road"),
    SettingSpec("active_scenario", None, None, "the scenario the app shows on opening"),
    SettingSpec("plate", None, None, "the saved plate layout (floodplan.plates.spec.PlateSpec)"),
    SettingSpec("translations", None, None, "{language: {term or name: text}} overriding the plates' terms"),
    SettingSpec("population_rules", None, None, "people per m² and levels per building kind (floodplan new)"),
)
SPECS = {s.key: s for s in SETTINGS}


@dataclass(frozen=True)
class CheckedSettings:
    """The settings the engine computes with, validated (:meth:`ProjectSettings.checked`).

    Attributes
    ----------
    sea_level_m : float or None
        Sea level (m, the DEM's vertical datum); None: no sea.
    max_snap_m : float
        Snap distance (m), above 0.
    languages : tuple of str
    """

    sea_level_m: float | None
    max_snap_m: float
    languages: tuple[str, ...]


def _number(value) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return float("nan")
    return v


class ProjectSettings(dict):
    """The project's settings (see module docstring). A ``dict`` of the file's JSON object, so that it is
    written back key for key; the known settings are read through the typed properties below."""

    # ------------------------------------------------------------------ typed views
    @property
    def title(self) -> str | None:
        v = self.get("title")
        return None if v is None else str(v)

    @property
    def languages(self) -> tuple[str, ...]:
        """Languages of plates and reports (default English)."""
        v = self.get("languages")
        return tuple(str(x) for x in v) if v else tuple(SPECS["languages"].default)

    @property
    def sea_level_m(self) -> float | None:
        """Sea level (m) as stored, unchecked (NaN when not a number); None: no sea."""
        v = self.get("sea_level_m")
        return None if v is None else _number(v)

    @property
    def max_snap_m(self) -> float:
        """Snap distance (m) as stored, unchecked (NaN when not a number); default 500."""
        return _number(self.get("max_snap_m", DEFAULT_MAX_SNAP_M))

    @property
    def active_scenario(self) -> str | None:
        v = self.get("active_scenario")
        return None if v is None else str(v)

    def sea_level(self, where: str = "the project") -> float | None:
        """Sea level (m), checked; None: no sea.

        Raises
        ------
        InputError
            It is given but not a finite number.
        """
        sea = self.sea_level_m
        if sea is not None and not math.isfinite(sea):
            raise InputError(
                f"{where}: the setting sea_level_m {self.get('sea_level_m')!r} is not a number of metres; "
                "set it to the sea level (e.g. 0) or remove it."
            )
        return sea

    def max_snap(self) -> float:
        """Snap distance (m), checked.

        Raises
        ------
        InputError
            It is not a number above 0.
        """
        snap = self.max_snap_m
        if not snap > 0:
            raise InputError(
                f"the project's setting max_snap_m is {self.get('max_snap_m')!r}; "
                "give a distance in metres above 0 (default 500)."
            )
        return snap

    def checked(self, where: str = "the project") -> CheckedSettings:
        """The settings the engine uses, validated (:meth:`sea_level`, :meth:`max_snap`)."""
        return CheckedSettings(self.sea_level(where), self.max_snap(), self.languages)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object written to the project file (every key, in order)."""
        return dict(self)
