"""Loading files into a project: read, check the contract attributes, reproject to the working CRS.

This is what the app's "Add layer" and file drops call, and what the command line uses to read its
inputs. Nothing is changed in the project until the whole file has been read and checked, so a broken
file leaves the project as it was.
"""

from __future__ import annotations

import os
from pathlib import Path

import geopandas as gpd
from rasterio.crs import CRS

from floodplan.core.grid import Grid
from floodplan.errors import InputError
from floodplan.io.raster import RASTER_SUFFIXES, gdal_path, metric_grid, read_grid
from floodplan.io.vector import read_vector, split_layer_spec, to_crs
from floodplan.model.project import Layer, Project
from floodplan.model.schema import normalise

_ROLE_WORDS = {
    "dem": ("dem", "dtm", "elev", "srtm", "terrain", "hgt", "height", "dgm", "nmt"),
    "river": ("river", "stream", "waterway", "fluss", "rzeka", "water"),
    "jurisdictions": (
        "jurisdiction",
        "municipal",
        "parish",
        "admin",
        "boundar",
        "commune",
        "gemeinde",
        "gmina",
    ),
    "assets": ("building", "asset", "house", "gebaeude", "budynk"),
    "roads": ("road", "street", "highway", "strasse", "drog"),
    "defenses": ("defen", "levee", "dike", "dyke", "wall", "deich", "barrier"),
    "resources": ("resource", "station", "fire", "ambulance", "shelter", "hospital"),
    "profile": ("profile", "level", "gauge"),
}


def is_raster_path(path: str | os.PathLike) -> bool:
    p = str(path).lower()
    if p.endswith(".zip"):
        try:
            return gdal_path(path).lower().endswith(RASTER_SUFFIXES)
        except InputError:
            return False
    return p.endswith(RASTER_SUFFIXES)


def guess_role(name: str, data) -> str:
    """A role from the layer's name and geometry ('other' when nothing fits)."""
    if isinstance(data, Grid):
        return "dem"
    low = name.lower()
    for role, words in _ROLE_WORDS.items():
        if role != "dem" and any(w in low for w in words):
            return role
    if isinstance(data, gpd.GeoDataFrame) and len(data):
        cols = set(data.columns)
        if {"name", "country"} <= cols:
            return "jurisdictions"
        if "level_m" in cols:
            return "profile"
        if "crest_m" in cols or "height_m" in cols:
            return "defenses"
        if "speed_kmh" in cols:
            return "roads"
        if "population" in cols:
            return "assets"
    return "other"


def read_layer(
    path: str | os.PathLike,
    *,
    role: str | None = None,
    layer: str | None = None,
    working_crs: CRS | None = None,
    name: str | None = None,
    notes: list[str] | None = None,
) -> Layer:
    """Read a file (or one layer of it) as a project Layer in the working CRS.

    A raster becomes a 'dem' layer (reprojected to ``working_crs``, or to the UTM zone of its centre when
    it is geographic and there is no working CRS yet). A vector layer is checked against the contract
    attributes of its role (guessed from its name and attributes when not given) and reprojected.
    """
    path, named = split_layer_spec(path)
    layer = layer if layer is not None else named
    notes = notes if notes is not None else []
    base = Path(path).name
    for suffix in (".zip", ".gz"):
        base = base.removesuffix(suffix)
    stem = Path(base).stem
    if is_raster_path(path) or role == "dem":
        grid = read_grid(path)
        grid = metric_grid(grid, working_crs, metres=True, label=path)
        return Layer(name or layer or stem, "dem", grid, source=path)
    gdf = read_vector(path, layer=layer, notes=notes, role=role)
    label = gdf.attrs.get("label") or path + (f", layer '{layer}'" if layer else "")
    layer = layer if layer is not None else _layer_of(label)
    role = role or guess_role(layer or stem, gdf)
    gdf = normalise(gdf, role, label, notes)
    if working_crs is not None:
        gdf = to_crs(gdf, working_crs, label)
    elif gdf.crs is not None and gdf.crs.is_geographic:
        raise InputError(
            f"{label}: a layer in degrees cannot set the project's working CRS; load a DEM or a metric layer first."
        )
    return Layer(name or layer or stem, role, gdf, source=path)


def add_file(
    project: Project,
    path: str | os.PathLike,
    *,
    role: str | None = None,
    layer: str | None = None,
    name: str | None = None,
) -> list[Layer]:
    """Read a file and add it to the project as one undoable edit per layer.

    A multi-layer vector file without ``layer`` adds every layer. The project is unchanged if any part
    fails. The first metric layer (or DEM) sets the working CRS of an empty project.
    """
    from floodplan.io.vector import choose_layer, list_layers
    from floodplan.model.commands import AddLayer, Macro
    from floodplan.notes import note

    notes: list[str] = []
    crs = project.crs
    read: list[Layer] = []
    path, named = split_layer_spec(path)
    layer = layer if layer is not None else named
    if is_raster_path(path) and role not in (None, "dem", "other"):
        # A raster for a vector role (--layer roads=dem.tif) was added as a second DEM.
        from floodplan.io.vector import raster_given

        raise InputError(raster_given(path, role))
    if is_raster_path(path) or role == "dem":
        read.append(read_layer(path, role="dem", working_crs=crs, name=name, notes=notes))
    else:
        if layer is None and role is not None and role != "other":
            # A role given for a multi-layer file: its one fitting layer, or a refusal listing the layers.
            layer = choose_layer(path, role)
            if len(list_layers(path)) > 1:
                note(f"{path}: read its layer '{layer}', the only one that fits the role '{role}'.")
        names = [layer] if layer is not None else [n for n, g in list_layers(path) if g is not None]
        if not names:
            raise InputError(f"{path}: the file holds no layer with geometry.")
        for n in names:
            lyr = read_layer(
                path, role=role, layer=n, working_crs=crs, name=name if len(names) == 1 else None, notes=notes
            )
            if crs is None:
                crs = lyr.data.crs
            read.append(lyr)
    if crs is None and read:
        crs = read[0].data.crs
    for lyr in read:
        lyr.name = project.unique_name(lyr.name)
        _renumber_generated_ids(project, lyr, read, notes)
    for lyr in read:
        # An id another layer of the role already has: refused now, as the project would be on load.
        if lyr.role in ("resources", "defenses") and not lyr.is_raster and "id" in lyr.data.columns:
            for other in [*project.layers_by_role(lyr.role), *read]:
                if other is lyr or other.is_raster or "id" not in other.data.columns:
                    continue
                same = set(map(str, lyr.data["id"])) & set(map(str, other.data["id"]))
                if same:
                    raise InputError(
                        f"{path}: the {lyr.role} id '{sorted(same)[0]}' of its layer '{lyr.name}' is already used "
                        f"in layer '{other.name}'; give each feature its own id."
                    )
    if project.crs is None:
        project.crs = CRS.from_user_input(crs)
    project.stack.push(Macro(f"Add {Path(str(path)).name}", [AddLayer(lyr) for lyr in read]))
    project.notes.extend(notes)
    return read


def _renumber_generated_ids(project: Project, lyr: Layer, read: list[Layer], notes: list[str]) -> None:
    """Ids floodplan numbered itself (R1, R2 … / D1, D2 … for a file without ``id``) that another layer of
    the role already uses are numbered on after the highest there: one id in two layers is refused on
    load (:meth:`floodplan.model.project.Project.combined`), and these were never the user's."""
    prefix = {"resources": "R", "defenses": "D"}.get(lyr.role)
    if prefix is None or lyr.is_raster or "id" not in lyr.data.columns or not len(lyr.data):
        return
    ids = [str(v) for v in lyr.data["id"]]
    if ids != [f"{prefix}{i + 1}" for i in range(len(ids))]:
        return
    others = [o for o in [*project.layers_by_role(lyr.role), *read] if o is not lyr and not o.is_raster]
    taken = {str(v) for o in others if "id" in o.data.columns for v in o.data["id"]}
    if not taken & set(ids):
        return
    numbers = [int(t[len(prefix) :]) for t in taken if t.startswith(prefix) and t[len(prefix) :].isdigit()]
    start = max(numbers, default=0)
    new = [f"{prefix}{start + i + 1}" for i in range(len(ids))]
    if "name" in lyr.data.columns and "kind" in lyr.data.columns:
        # Names normalise made from the id ('Fire R1') follow it.
        made = [f"{str(k).capitalize()} {i}" for k, i in zip(lyr.data["kind"], ids)]
        lyr.data["name"] = [
            f"{str(k).capitalize()} {n}" if str(old) == m else old
            for old, m, k, n in zip(lyr.data["name"], made, lyr.data["kind"], new)
        ]
    lyr.data["id"] = new
    notes.append(
        f"{lyr.source}: the layer has no 'id'; its {lyr.role} are numbered {prefix}{start + 1}–"
        f"{prefix}{start + len(ids)}, after those of the project's other {lyr.role} layers."
    )


def _layer_of(label: str) -> str | None:
    """The layer name in a "PATH, layer 'NAME'" label (None for a single-layer file)."""
    _, sep, rest = label.rpartition(", layer '")
    return rest[:-1] if sep and rest.endswith("'") else None
