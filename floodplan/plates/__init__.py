"""Map plates (paper layout, two languages side by side, atlas) and scenario reports (HTML, PDF, CSV,
GeoPackage). No Qt: the CLI, the app's export dialog and scripts call the same functions.

Public API: :class:`PlateSpec`, :func:`render_plate`, :func:`render_atlas`, :func:`write_report`,
:func:`tr` / :class:`Translator`.
"""

from floodplan.plates.i18n import LANGUAGES, Translator, tr
from floodplan.plates.layout import build_plate, render_atlas, render_plate
from floodplan.plates.report import write_report
from floodplan.plates.spec import PAPER_MM, PlateSpec

__all__ = [
    "LANGUAGES",
    "PAPER_MM",
    "PlateSpec",
    "Translator",
    "build_plate",
    "render_atlas",
    "render_plate",
    "tr",
    "write_report",
]
