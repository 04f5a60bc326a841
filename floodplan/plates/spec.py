"""What a plate looks like: paper, scale, texts, languages (saved in ``project.settings["plate"]``)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from floodplan.errors import InputError
from floodplan.plates.i18n import parse_languages

#: ISO 216 A-series paper, portrait (width, height) in millimetres.
PAPER_MM = {
    "A0": (841.0, 1189.0),
    "A1": (594.0, 841.0),
    "A2": (420.0, 594.0),
    "A3": (297.0, 420.0),
    "A4": (210.0, 297.0),
}
ORIENTATIONS = ("landscape", "portrait")
FORMATS = (".pdf", ".png", ".svg")


@dataclass
class PlateSpec:
    """Layout of a map plate.

    Attributes
    ----------
    paper : 'A4' … 'A0'
    orientation : 'landscape' or 'portrait'
    dpi : dots per inch of PNG output and of rasterised layers in PDF/SVG
    title, subtitle, organisation : texts (a title with translations in the project's overrides is
        shown in every language); an empty title gives "Flood map" in the chosen languages
    date : ISO date text; None = today
    languages : language codes side by side, first = main (``['en', 'de']``)
    scale : scale denominator (10000 = 1:10,000, exact on paper), or None = fit the extent
    extent : (xmin, ymin, xmax, ymax) in the working CRS (m) to show, or None = the whole project
    margins_mm : white margin around the page (mm)
    show_inset, show_summary : the locator map and the per-country summary table
    mode : 'joint' or 'national': which coverage gaps the map shows
    show_service_areas : draw the resources' service areas
    gaps_kind : a resource kind (e.g. 'boat') whose own gaps the map shows instead of the overall gaps
        (the buildings that kind does not reach in time); None = the overall gaps
    mark_boat_only : mark the buildings that only a boat reaches in time (when the run has boats); the
        summary table always counts these people per country when there are boats
    probability : path of an ensemble's ``p_flooded_T<T>.tif`` (issue 17) drawn over the map with a colour
        bar "probability of flooding (T = N years)"; None = none. In the project's CRS.
    """

    paper: str = "A3"
    orientation: str = "landscape"
    dpi: int = 300
    title: str = ""
    subtitle: str = ""
    organisation: str = ""
    date: str | None = None
    languages: list[str] = field(default_factory=lambda: ["en"])
    scale: float | None = None
    extent: tuple[float, float, float, float] | None = None
    margins_mm: float = 10.0
    show_inset: bool = True
    show_summary: bool = True
    mode: str = "joint"
    show_service_areas: bool = False
    gaps_kind: str | None = None
    mark_boat_only: bool = True
    probability: str | None = None

    def validate(self) -> PlateSpec:
        """Check the fields (raises InputError naming the option) and normalise them; returns self."""
        self.paper = str(self.paper).upper()
        if self.paper not in PAPER_MM:
            raise InputError(f"--paper: unknown paper '{self.paper}'; use one of {', '.join(PAPER_MM)}.")
        self.orientation = str(self.orientation).lower()
        if self.orientation not in ORIENTATIONS:
            raise InputError(f"--orientation: use 'landscape' or 'portrait', not '{self.orientation}'.")
        if not (10 <= int(self.dpi) <= 1200):
            raise InputError(f"--dpi: {self.dpi} is out of range; use 10 to 1200 (300 for print).")
        self.dpi = int(self.dpi)
        self.languages = parse_languages(self.languages)
        if self.scale is not None:
            if not float(self.scale) > 0:
                raise InputError(
                    f"--scale: the scale denominator must be above 0 (10000 for 1:10,000), not {self.scale}."
                )
            self.scale = float(self.scale)
        if self.extent is not None:
            e = tuple(float(v) for v in self.extent)
            if len(e) != 4 or not (e[2] > e[0] and e[3] > e[1]):
                raise InputError(
                    f"plate extent {self.extent} must be (xmin, ymin, xmax, ymax) with max > min."
                )
            self.extent = e
        w, h = self.page_mm
        if not (0 <= float(self.margins_mm) < min(w, h) / 4):
            raise InputError(
                f"plate margins of {self.margins_mm} mm do not fit on {self.paper}; use 5 to 20 mm."
            )
        if self.mode not in ("joint", "national"):
            raise InputError(f"plate mode must be 'joint' or 'national', not '{self.mode}'.")
        if self.gaps_kind is not None:
            kind = str(self.gaps_kind).strip().lower()
            if not kind or not kind.replace("_", "").isalnum():
                raise InputError(
                    f"plate gaps_kind '{self.gaps_kind}' is not a resource kind; give one such as 'boat'."
                )
            self.gaps_kind = kind
        self.mark_boat_only = bool(self.mark_boat_only)
        if self.probability is not None:
            from floodplan.render.probability import return_period_of

            self.probability = str(self.probability)
            return_period_of(self.probability)  # refuses a name without its return period
        return self

    @property
    def page_mm(self) -> tuple[float, float]:
        """(width, height) of the page in mm, after orientation."""
        w, h = PAPER_MM[str(self.paper).upper()]
        return (h, w) if str(self.orientation).lower() == "landscape" else (w, h)

    @property
    def date_text(self) -> str:
        return self.date or _dt.date.today().isoformat()

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if d["extent"] is not None:
            d["extent"] = list(d["extent"])
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> PlateSpec:
        """A spec from a dict (unknown keys ignored, so older/newer projects still open)."""
        known = {f.name for f in fields(cls)}
        d = {k: v for k, v in (data or {}).items() if k in known}
        if d.get("extent") is not None:
            d["extent"] = tuple(d["extent"])
        return cls(**d).validate()

    @classmethod
    def from_project(cls, project, **changes) -> PlateSpec:
        """The project's saved layout (``settings["plate"]``) with ``changes`` applied (None values ignored)."""
        d = dict(project.settings.get("plate") or {})
        d.update({k: v for k, v in changes.items() if v is not None})
        return cls.from_dict(d)
