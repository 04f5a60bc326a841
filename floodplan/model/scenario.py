"""A scenario: which flood, which defenses, which response rules. Plain data, stored as JSON in the project.

Units: levels in metres (the DEM's vertical datum), volumes in m³, depths in m, times in minutes (the
people-facing unit here), delays in minutes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from floodplan.core.vocabulary import FLOOD_KINDS, MODES  # noqa: E402,F401
from floodplan.errors import InputError

DEFAULT_MINUTES = {"fire": 10.0, "ambulance": 15.0}


@dataclass
class Scenario:
    """One planning scenario.

    Attributes
    ----------
    flood : 'level' | 'profile' | 'volume' | 'dynamic'
        How the water surface is found (docs/command-line.md `inundate`); 'dynamic' uses the shallow-water
        model.
    level_m : flat water level (m) for 'level'.
    profile_layer, profile_flood : the profile points layer and, if it holds several floods in a
        ``flood`` column, which one (e.g. 'hq100').
    profile_offset_m : metres added to every profile level for 'profile' ("hq100 + 0.5 m"); 0 is the
        profile as given.
    volume_m3 : flood volume (m³) for 'volume'.
    include_planned : whether planned defenses are built in this scenario.
    breaches : ids of defenses that fail (left out of the terrain).
    mode : 'joint' or 'national' response (docs/command-line.md `access`).
    minutes : target travel time per resource kind (minutes); ``default_minutes`` for other kinds.
    max_depth_m : wading limit (m) above which a stretch of road is impassable (for kinds without their
        own limit in ``wading_m`` and resources without ``max_wading_m``).
    crossing_delay_min : delay (minutes) added at each border crossing.
    shelter_depth_m : people in buildings flooded deeper than this (m) need a shelter.
    depth_classes : lower bounds (m) of the exposure depth classes.
    tabletop : the tabletop exercise (hydrograph, start, injects, decisions), or None.
    profile_offset_m : see above.
    wading_m : wading limit (m) per resource kind (docs/command-line.md, `floodplan access`), e.g. {"fire":
    0.6};
        kinds left out take ``max_depth_m`` (boats' trailers 0.3 m).
    boat_draft_m : water (m) a boat needs to move.
    """

    name: str
    description: str = ""
    flood: str = "level"
    level_m: float | None = None
    profile_layer: str | None = None
    profile_flood: str | None = None
    volume_m3: float | None = None
    include_planned: bool = False
    breaches: list[str] = field(default_factory=list)
    mode: str = "joint"
    minutes: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_MINUTES))
    default_minutes: float = 15.0
    max_depth_m: float = 0.3
    crossing_delay_min: float = 0.0
    shelter_depth_m: float = 0.5
    depth_classes: list[float] = field(default_factory=lambda: [0.0, 0.3, 1.0, 2.0])
    tabletop: dict[str, Any] | None = None
    # Last, so that positional construction keeps its meaning for older callers.
    profile_offset_m: float = 0.0
    wading_m: dict[str, float] = field(default_factory=dict)
    boat_draft_m: float = 0.3

    def validate(self) -> Scenario:
        if not self.name or not str(self.name).strip():
            raise InputError("a scenario needs a name.")
        if self.flood not in FLOOD_KINDS:
            raise InputError(
                f"scenario '{self.name}': flood must be one of {', '.join(FLOOD_KINDS)}, not '{self.flood}'."
            )
        if self.mode not in MODES:
            raise InputError(
                f"scenario '{self.name}': mode must be 'joint' or 'national', not '{self.mode}'."
            )
        if self.flood == "level" and self.level_m is None:
            raise InputError(f"scenario '{self.name}': a level flood needs level_m.")
        if self.flood == "volume" and (self.volume_m3 is None or self.volume_m3 < 0):
            raise InputError(f"scenario '{self.name}': a volume flood needs a volume_m3 of 0 or more.")
        if self.flood == "profile" and not self.profile_layer:
            raise InputError(f"scenario '{self.name}': a profile flood needs a profile layer.")
        if self.max_depth_m < 0:
            raise InputError(f"scenario '{self.name}': the wading limit cannot be negative.")
        if not isinstance(self.wading_m, dict):
            raise InputError(
                f"scenario '{self.name}': wading_m must map kinds to metres, e.g. {{'fire': 0.6}}."
            )
        for k, v in self.wading_m.items():
            try:
                ok = float(v) >= 0
            except (TypeError, ValueError):
                ok = False
            if not ok:
                raise InputError(
                    f"scenario '{self.name}': the wading limit for '{k}' must be 0 m or more, not {v!r}."
                )
        if not (isinstance(self.boat_draft_m, int | float) and self.boat_draft_m > 0):
            raise InputError(f"scenario '{self.name}': the boat draft must be more than 0 m.")
        return self

    def wading_limit(self, kind: str) -> float:
        """Wading limit (m) of a resource kind (without a resource's own ``max_wading_m``)."""
        if kind in self.wading_m:
            return float(self.wading_m[kind])
        return 0.3 if kind == "boat" else float(self.max_depth_m)

    @property
    def display_name(self) -> str:
        """The name as it shows wherever a scenario is named: with the profile offset when there is one
        ("hq100-joint (hq100 + 0.50 m)"), so an offset flood never passes for the design flood."""
        off = float(self.profile_offset_m or 0.0)
        if self.flood != "profile" or round(off, 2) == 0:
            return self.name
        return f"{self.name} ({offset_text(str(self.profile_flood or self.profile_layer or 'profile'), off)})"

    def target_minutes(self, kind: str) -> float:
        """Target travel time (minutes) for a resource kind."""
        return float(self.minutes.get(kind, self.default_minutes))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Scenario:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def copy(self, **changes) -> Scenario:
        d = self.to_dict()
        d.update(changes)
        return Scenario.from_dict(d)


def offset_text(name: str, offset_m: float) -> str:
    """'hq100 + 0.50 m' / 'hq100 − 0.25 m' / 'hq100 + 0.00 m': a profile flood and its offset (m) as
    people say it (to the centimetre)."""
    if round(offset_m, 2) == 0:
        return f"{name} + 0.00 m"
    sign = "+" if offset_m > 0 else "−"
    return f"{name} {sign} {abs(offset_m):.2f} m"
