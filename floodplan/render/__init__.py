"""Map drawing shared by the GUI canvas, the plates and the reports (matplotlib, no Qt).

Public API: the artist builders of :mod:`floodplan.render.artists` (one per layer kind; the canvas calls
them), :func:`draw_map` (a whole map from them: plates, reports, after-action report), :func:`update_depth`,
:class:`MapArtists`, :func:`project_extent`; the colours in :mod:`floodplan.core.styles` and the depth
classes in :class:`floodplan.core.depth.DepthClasses`.
"""

from floodplan.core.depth import DepthClasses
from floodplan.render.mapview import MapArtists, draw_labels, draw_map, project_extent, update_depth
from floodplan.render.relief import clear_cache, shaded_relief

__all__ = [
    "DepthClasses",
    "MapArtists",
    "clear_cache",
    "draw_labels",
    "draw_map",
    "project_extent",
    "shaded_relief",
    "update_depth",
]
