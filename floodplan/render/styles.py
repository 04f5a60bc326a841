"""Colours and symbols of the map, shared by the screen canvas, plates and reports.

One place decides how each role and kind looks so that a printed plate looks like the screen. Colours are
chosen to read on a grey hillshade and to survive greyscale photocopies (the flood is a blue ramp from
light to dark, gaps are hatched as well as coloured).
"""

from __future__ import annotations

import numpy as np
from matplotlib.colors import BoundaryNorm, ListedColormap

#: Default depth class lower bounds (m), as the scenario's default.
DEPTH_CLASSES = (0.0, 0.3, 1.0, 2.0)

#: Blue ramp for depth classes, light (shallow) to dark (deep); extended by interpolation when a
#: scenario defines more classes.
DEPTH_BLUES = ("#c6dbef", "#6baed6", "#2171b5", "#08306b")

#: Base style per role: face, edge, line width (points), z-order band.
ROLE_STYLE = {
    "dem": {"z": 0},
    "other_raster": {"z": 0.5},
    "jurisdictions": {"face": "none", "edge": "#4d4d4d", "lw": 1.2, "z": 1},
    "river": {"face": "#9ecae1", "edge": "#3182bd", "lw": 1.6, "z": 3},
    "candidates": {"face": "#ffffff", "edge": "#6a3d9a", "lw": 1.0, "z": 8, "marker": "D", "size": 30},
    "profile": {"face": "#3182bd", "edge": "#08306b", "lw": 0.5, "z": 7, "marker": "v", "size": 20},
    "roads": {"edge": "#7f7f7f", "lw": 0.9, "z": 5},
    "assets": {"face": "#bdaa93", "edge": "#6b5b4b", "lw": 0.3, "z": 6},
    "defenses": {"edge": "#7b3f00", "lw": 2.6, "z": 7},
    "resources": {"edge": "#000000", "lw": 0.6, "z": 9, "size": 60},
    "other": {"face": "#d9d9d9", "edge": "#636363", "lw": 0.8, "z": 4, "marker": "o", "size": 15},
}

#: Light tints that tell the two (or more) countries apart under the hillshade.
COUNTRY_TINTS = ("#fdd49e", "#c7e9c0", "#d4b9da", "#fee391", "#c6dbef")

#: Building fill per kind; critical facilities stand out in red tones.
ASSET_KIND_COLORS = {
    "residential": "#bdaa93",
    "commercial": "#a6a6a6",
    "industrial": "#8c8c8c",
    "school": "#e6550d",
    "kindergarten": "#fd8d3c",
    "care_home": "#d94801",
    "hospital": "#a50f15",
}
ASSET_OTHER_COLOR = "#bdaa93"

#: Resource colour and marker per kind (markers differ too, for greyscale prints).
RESOURCE_KINDS = {
    "fire": ("#e31a1c", "^"),
    "ambulance": ("#ffffff", "P"),
    "rescue": ("#ff7f00", "s"),
    "pump": ("#1f78b4", "o"),
    "boat": ("#a6cee3", "h"),
    "shelter": ("#33a02c", "p"),
    "hospital": ("#fb9a99", "X"),
}
RESOURCE_OTHER = ("#b15928", "o")

#: Road styles: open roads by speed band, closed roads red and dashed.
ROAD_FAST_KMH = 70.0
ROAD_FAST = {"edge": "#636363", "lw": 1.6}
ROAD_SLOW = {"edge": "#969696", "lw": 0.8}
ROAD_CLOSED = {"edge": "#cb181d", "lw": 1.4, "ls": (0, (3, 2))}
ROAD_FLOODED = {"edge": "#cb181d", "lw": 2.2}

#: Defense styles by status; breached defenses are drawn dotted.
DEFENSE_EXISTING = {"edge": "#7b3f00", "lw": 2.6, "ls": "solid"}
DEFENSE_PLANNED = {"edge": "#e08214", "lw": 2.6, "ls": (0, (4, 2))}
DEFENSE_BREACHED = {"edge": "#cb181d", "lw": 2.0, "ls": (0, (1, 1.5))}

#: Coverage gaps: red hatched polygons.
GAP_STYLE = {"face": (0.84, 0.15, 0.16, 0.18), "edge": "#b2182b", "lw": 1.0, "hatch": "////"}
#: Service areas per resource kind, drawn translucent.
SERVICE_ALPHA = 0.15

#: Highlight of a selected feature (atlas page, selection on screen).
HIGHLIGHT = {"edge": "#ffd92f", "lw": 3.0}

#: Above this many features (or vertices) a vector layer is rasterised in PDF/SVG output so files stay small.
RASTERISE_FEATURES = 20000
RASTERISE_VERTICES = 250000


def depth_colormap(classes=DEPTH_CLASSES) -> tuple[ListedColormap, BoundaryNorm]:
    """A discrete blue colormap and norm for depth classes (lower bounds in m, increasing).

    Depth 0 (dry) and below the first bound is transparent (the image masks it); the last class is
    open-ended, so the norm gets a last bound far above any real depth.
    """
    c = [float(x) for x in classes]
    n = len(c)
    colors = depth_colors(n)
    bounds = c + [1e6]
    cmap = ListedColormap(colors, name="floodplan_depth").with_extremes(under=(0, 0, 0, 0), bad=(0, 0, 0, 0))
    return cmap, BoundaryNorm(bounds, n)


def depth_colors(n: int) -> list:
    """``n`` blues from light to dark (interpolating :data:`DEPTH_BLUES`)."""
    from matplotlib.colors import to_rgb

    base = np.array([to_rgb(c) for c in DEPTH_BLUES])
    if n == len(base):
        return [tuple(c) for c in base]
    t = np.linspace(0, 1, len(base))
    s = np.linspace(0, 1, max(n, 1))
    return [tuple(np.interp(v, t, base[:, k]) for k in range(3)) for v in s]


def depth_class_labels(classes=DEPTH_CLASSES) -> list[str]:
    """Legend labels of depth classes in metres: '0–0.3 m', '0.3–1 m', '1–2 m', '> 2 m'."""
    c = [float(x) for x in classes]
    labels = [f"{a:g}–{b:g} m" for a, b in zip(c[:-1], c[1:])]
    labels.append(f"> {c[-1]:g} m")
    return labels


def asset_color(kind) -> str:
    return ASSET_KIND_COLORS.get(str(kind).strip().lower(), ASSET_OTHER_COLOR)


def resource_style(kind) -> tuple[str, str]:
    """(colour, marker) of a resource kind."""
    return RESOURCE_KINDS.get(str(kind).strip().lower(), RESOURCE_OTHER)
