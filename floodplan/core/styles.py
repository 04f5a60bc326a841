"""Colours and symbols of the map, shared by the screen canvas, plates and reports.

One place decides how each role and kind looks so that a printed plate looks like the screen. Colours are
chosen to read on a grey hillshade and to survive greyscale photocopies (the flood is a blue ramp from
light to dark, gaps are hatched as well as coloured).
"""

from __future__ import annotations

from matplotlib.colors import BoundaryNorm, ListedColormap

# The depth classes (edges, colours, labels) live in one table: floodplan.core.depth.
from floodplan.core.depth import DEPTH_BLUES, DEPTH_CLASSES, DepthClasses  # noqa: E402,F401

#: The map's background where no layer covers it (the app's canvas; a plate's paper is white).
MAP_BACKGROUND = "#f7f7f4"

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
    # OpenStreetMap imports add these kinds (floodplan.io.osm_import): told apart by lightness, so the
    # legend does not show several entries with one swatch.
    "hotel": "#c9a0dc",
    "public": "#9e9ac8",
    "religious": "#807dba",
    "agricultural": "#d9d0a3",
    "outbuilding": "#d9d9d9",
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

#: Jurisdictions: each country's tint at this opacity, outlined dashed.
JURISDICTION_ALPHA = 0.35
JURISDICTION_DASH = (0, (6, 2))
#: The national border where jurisdictions of different countries meet: a dark purple dash-dot over a
#: white halo, so it reads on relief, water and buildings.
BORDER = {"edge": "#7a0177", "lw": 2.4, "ls": (0, (6, 2, 1.5, 2)), "halo": "#ffffff", "halo_lw": 5.0,
          "halo_alpha": 0.8}  # fmt: skip
#: Names on the map: colour, size (points), weight and slant per kind (see render.artists.label_specs).
LABELS = {
    "jurisdiction": {"color": "#252525", "size": 8.0, "bold": False, "italic": False},
    "country": {"color": "#7a0177", "size": 12.0, "bold": True, "italic": True},
}
#: Buildings mapped as points: a square of this size (points²) in the kind's colour.
ASSET_POINT_SIZE = 16
#: Colour ramp of rasters other than the DEM (between their 2nd and 98th percentiles).
RASTER_CMAP = "viridis"

#: Coverage gaps: red hatched polygons (gaps given as points: red rings).
GAP_STYLE = {"face": (0.84, 0.15, 0.16, 0.18), "edge": "#b2182b", "lw": 1.0, "hatch": "////",
             "point_size": 40, "point_lw": 1.2}  # fmt: skip
#: Buildings reached only by boat: a small boat symbol (the resource's colour and marker) with a dark
#: edge, so it reads over the hatched gaps and the dark blue of deep water.
BOAT_ONLY = {"edge": "#08306b", "lw": 0.5, "size": 9}
#: Service areas per resource kind, drawn translucent.
SERVICE_ALPHA = 0.15

#: Highlight of a selected feature (atlas page, selection on screen).
HIGHLIGHT = {"edge": "#ffd92f", "lw": 3.0}

#: A tabletop exercise's marks: dashed purple rings at resources moved from the plan, red crosses at
#: resources out of service.
EXERCISE_MOVED = {"marker": "o", "edge": "#6a3d9a", "lw": 2.2, "ls": "--", "size": 220}
EXERCISE_OUT = {"marker": "x", "edge": "#cb181d", "lw": 2.5, "size": 160}

#: Scale denominator from which a plate is "small scale": the flood gets a halo, flooded roads are thinner.
SMALL_SCALE = 50_000.0
#: Least width (mm on paper) of the halo around the flood at small scales.
HALO_MM = 0.35
#: Line width factor of flooded roads at small scales.
SMALL_SCALE_ROAD_FACTOR = 0.45
#: z-order of the flood at small scales: above the vector layers (100 + 1 + their position: 135 clears a
#: project of up to 33 layers), below the border (138), coverage gaps (140), flooded roads (145) and
#: names (200).
SMALL_SCALE_DEPTH_Z = 135.0
#: Lift of point symbols at small scales, above the flood.
SMALL_SCALE_POINT_Z = 40.0
#: Opacity of the flood at small scales (roads and rivers show through).
SMALL_SCALE_DEPTH_ALPHA = 0.85

#: matplotlib settings every map drawing (canvas, plates, reports) runs under, pinned so that a plate
#: exported from the app equals one from the command line whatever the process's global rcParams are.
#: Path simplification is decided when a path is made (matplotlib.path.Path reads the rcParams then),
#: so the settings must hold while the artists are built, not only when the file is saved.
MPL_RC = {"path.simplify": True, "path.simplify_threshold": 1.0 / 9.0}

#: Above this many features (or vertices) a vector layer is rasterised in PDF/SVG output so files stay small.
RASTERISE_FEATURES = 20000
RASTERISE_VERTICES = 250000


def depth_colormap(classes=DEPTH_CLASSES) -> tuple[ListedColormap, BoundaryNorm]:
    """A discrete blue colormap and norm of the depth classes, for colour bars only.

    Do not colour depth cells with it: matplotlib's BoundaryNorm puts a depth on a class edge in the upper
    class ([lo, hi)), while the map's classes are (lo, hi] (see :mod:`floodplan.core.depth`). Colour
    cells with ``DepthClasses.of(classes).rgba(z)`` (or ``.packed(z)``).
    """
    table = DepthClasses.of(classes)
    bounds = list(table.lower) + [1e6]
    cmap = ListedColormap(list(table.colors), name="floodplan_depth").with_extremes(
        under=(0, 0, 0, 0), bad=(0, 0, 0, 0)
    )
    return cmap, BoundaryNorm(bounds, len(table))


def depth_colors(n: int) -> list:
    """``n`` blues from light to dark (the depth table's ramp for ``n`` classes)."""
    return list(DepthClasses.of(tuple(range(max(n, 1)))).colors)


def depth_class_labels(classes=DEPTH_CLASSES) -> list[str]:
    """Legend labels of depth classes in metres: '0–0.3 m', '0.3–1 m', '1–2 m', '> 2 m'."""
    return DepthClasses.of(classes).labels()


def asset_color(kind) -> str:
    return ASSET_KIND_COLORS.get(str(kind).strip().lower(), ASSET_OTHER_COLOR)


def resource_style(kind) -> tuple[str, str]:
    """(colour, marker) of a resource kind."""
    return RESOURCE_KINDS.get(str(kind).strip().lower(), RESOURCE_OTHER)
