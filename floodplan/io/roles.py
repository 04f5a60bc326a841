"""Reading the files given for one role on the command line (docs/layers.md, "Naming one layer of a file, and
giving one role several files").

A role option names a file, or one layer of it (``PATH|layername=NAME``, as QGIS writes it), and may be
given more than once: ``--roads de.gpkg|layername=roads --roads pl.gpkg|layername=roads``. Each layer is
read and checked on its own (its geometry hygiene, the contract attributes of the role, each message
naming its file and layer), reprojected to the working CRS, and the layers are then used together, as the
layers of one role are in a project.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import geopandas as gpd
import pandas as pd

from floodplan.errors import InputError
from floodplan.io.vector import read_vector, to_crs
from floodplan.model.schema import check_unique_names, normalise


def specs_label(specs: str | os.PathLike | Sequence[str] | None) -> str:
    """The files of a role as one text for messages ('a.gpkg' or 'a.gpkg + b.gpkg')."""
    if specs is None:
        return ""
    if isinstance(specs, str | os.PathLike):
        return str(specs)
    return " + ".join(str(s) for s in specs)


def read_role(
    specs: str | os.PathLike | Sequence[str] | None,
    role: str,
    crs=None,
    *,
    allow_empty: bool = True,
) -> gpd.GeoDataFrame | None:
    """Read the layers given for one role, check them, reproject them to ``crs`` and join them.

    Parameters
    ----------
    specs : a path or QGIS layer reference (``PATH|layername=NAME``), or a list of them (a repeated option);
        None gives None.
    role : the contract role (``roads``, ``jurisdictions``, ...), used to choose the layer of a
        multi-layer file and to check the attributes.
    crs : the working CRS (None: the first layer's).
    allow_empty : when False, a role whose layers hold no feature with a geometry is refused.

    Returns
    -------
    GeoDataFrame in ``crs`` (or None). With several layers it has a ``layer`` column naming where each
    feature comes from; defense and resource ids are then checked to be unique across the layers.

    Raises
    ------
    InputError naming the file (and layer) for anything :func:`floodplan.io.vector.read_vector` and
    :func:`floodplan.model.schema.normalise` refuse; two layers using the same id or jurisdiction name.
    """
    if specs is None:
        return None
    items = [specs] if isinstance(specs, str | os.PathLike) else list(specs)
    if not items:
        return None
    parts = []
    for spec in items:
        gdf = read_vector(spec, allow_empty=allow_empty or len(items) > 1, role=role)
        label = gdf.attrs.get("label", str(spec))
        had_id = "id" in gdf.columns
        g = normalise(gdf, role, label)
        g = to_crs(g, crs if crs is not None else (parts[0][1].crs if parts else None), label)
        if len(items) > 1 and "id" in g.columns and not had_id:
            # Ids floodplan numbered itself (R1, R2...) would repeat in every file: say which file.
            g["id"] = [f"{_short(label)}:{v}" for v in g["id"]]
        parts.append((label, g))
    if len(parts) == 1:
        return parts[0][1]
    out_crs = parts[0][1].crs
    frames = []
    for label, g in parts:
        g = g.copy()
        g["layer"] = label
        if g.geometry.name != "geometry":
            g = g.rename_geometry("geometry")
        frames.append(g)
    joined = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=out_crs)
    if len(joined) == 0 and not allow_empty:
        raise InputError(f"{specs_label(items)}: the {role} layers hold no feature with a geometry.")
    if "id" in joined.columns and role in ("defenses", "resources"):
        ids = joined["id"].astype(str)
        dup = ids[ids.duplicated()]
        if len(dup):
            where = sorted(set(joined.loc[ids == dup.iloc[0], "layer"]))
            raise InputError(
                f"{' and '.join(where)}: the {role} id '{dup.iloc[0]}' is used in more than one place; "
                "give each feature its own id."
            )
    if role == "jurisdictions":
        check_unique_names(joined, specs_label(items))
    return joined


def _short(label: str) -> str:
    """'de.gpkg' from '/x/de.gpkg, layer 'resources'' for numbered ids."""
    path = label.split(", layer ")[0]
    return os.path.splitext(os.path.basename(path))[0]
