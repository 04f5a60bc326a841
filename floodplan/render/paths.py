"""Geometries to matplotlib paths, vectorised (no Python loop over features or vertices).

A layer becomes a handful of compound paths, one per style class (e.g. one per building kind), which a
single :class:`matplotlib.collections.PathCollection` draws: Agg and the PDF backend then stroke and fill a
few long paths instead of thousands of small artists, which is what keeps the canvas and plates fast.
"""

from __future__ import annotations

import numpy as np
import shapely
from matplotlib.path import Path

_POLY_IDS = (3, 6)
_LINE_IDS = (1, 2, 5)
_POINT_IDS = (0, 4)


def split_kinds(geoms) -> dict[str, np.ndarray]:
    """Indices of the polygonal, linear and point geometries of an array (empty and None left out).

    Geometry collections are not drawn (they are rare in GIS layers and have no single symbol).
    """
    geoms = np.asarray(geoms, dtype=object)
    ok = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    t = np.where(ok, shapely.get_type_id(np.where(ok, geoms, None)), -1)
    return {
        "polygon": np.nonzero(np.isin(t, _POLY_IDS))[0],
        "line": np.nonzero(np.isin(t, _LINE_IDS))[0],
        "point": np.nonzero(np.isin(t, _POINT_IDS))[0],
    }


def polygon_arrays(geoms: np.ndarray):
    """Coordinates, path codes and owning feature per vertex of polygons/multipolygons."""
    geoms = shapely.orient_polygons(geoms)  # holes opposite to shells: non-zero fill leaves them empty
    gtype, coords, offsets = shapely.to_ragged_array(geoms)
    if gtype == shapely.GeometryType.POLYGON:
        ring_off, poly_off = offsets
        polys_per_feature = np.ones(len(geoms), np.int64)
    else:
        ring_off, poly_off, multi_off = offsets
        polys_per_feature = np.diff(multi_off)
    rings_per_poly = np.diff(poly_off)
    coords_per_ring = np.diff(ring_off)
    poly_feature = np.repeat(np.arange(len(geoms)), polys_per_feature)
    ring_feature = np.repeat(poly_feature, rings_per_poly)
    vert_feature = np.repeat(ring_feature, coords_per_ring)
    codes = np.full(len(coords), Path.LINETO, dtype=Path.code_type)
    starts = ring_off[:-1][coords_per_ring > 0]
    ends = ring_off[1:][coords_per_ring > 0] - 1
    codes[starts] = Path.MOVETO
    codes[ends] = Path.CLOSEPOLY
    return coords, codes, vert_feature


def line_arrays(geoms: np.ndarray):
    """Coordinates, path codes and owning feature per vertex of lines/multilines."""
    gtype, coords, offsets = shapely.to_ragged_array(geoms)
    if gtype == shapely.GeometryType.LINESTRING:
        (part_off,) = offsets
        parts_per_feature = np.ones(len(geoms), np.int64)
    else:
        part_off, multi_off = offsets
        parts_per_feature = np.diff(multi_off)
    coords_per_part = np.diff(part_off)
    part_feature = np.repeat(np.arange(len(geoms)), parts_per_feature)
    vert_feature = np.repeat(part_feature, coords_per_part)
    codes = np.full(len(coords), Path.LINETO, dtype=Path.code_type)
    codes[part_off[:-1][coords_per_part > 0]] = Path.MOVETO
    return coords, codes, vert_feature


def compound_paths(geoms, classes=None, kind: str = "polygon") -> tuple[list[Path], list, int]:
    """One compound Path per class for polygon or line geometries.

    Parameters
    ----------
    geoms : array of shapely geometries, all polygonal (``kind='polygon'``) or all linear (``'line'``).
    classes : array of hashable, optional
        Style class of each feature; features of one class go into one path. None: one path for all.

    Returns
    -------
    paths : list of Path
    keys : list of the class of each path (in first-seen order)
    n_vertices : total vertex count (to decide whether to rasterise the layer in vector output)
    """
    geoms = np.asarray(geoms, dtype=object)
    if len(geoms) == 0:
        return [], [], 0
    coords, codes, owner = polygon_arrays(geoms) if kind == "polygon" else line_arrays(geoms)
    if classes is None:
        return [Path(coords, codes)], [None], len(coords)
    classes = np.asarray(classes, dtype=object)
    keys, inverse = np.unique(classes.astype(str), return_inverse=True)
    first = {k: classes[np.argmax(inverse == i)] for i, k in enumerate(keys)}
    vclass = inverse[owner]
    paths, out_keys = [], []
    for i, k in enumerate(keys):  # a handful of style classes, not features
        m = vclass == i
        if m.any():
            paths.append(Path(coords[m], codes[m]))
            out_keys.append(first[k])
    return paths, out_keys, len(coords)


def point_xy(geoms) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) of point geometries, multipoints exploded; also the owning feature index of each point."""
    geoms = np.asarray(geoms, dtype=object)
    parts, idx = shapely.get_parts(geoms, return_index=True)
    xy = shapely.get_coordinates(parts)
    return xy, idx
