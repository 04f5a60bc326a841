"""The map edits a planner makes, as engine commands: place a resource, draw a defense, mark a breach.

Qt-free, so that the app, the command line and tests make the same edit the same way. Each function
returns an :class:`Edit` (the undoable command to push on ``project.stack``, its text and the notes to tell
the user); it changes nothing itself.

Which layer a new feature goes into (:func:`target_layer`), in this order:

1. the layer selected in the app, if it has the right role;
2. else the layer of the role that belongs to the country under the point (a project may keep one
   resources layer per country, e.g. ``resources_de`` and ``resources_pl``): a layer belongs to the
   country where most of its features lie, or, for an empty layer, whose name carries the country code
   as a word (``resources_pl`` → PL);
3. else the first layer of the role (with a note when several could have been meant);
4. with no layer of the role, a new one is created in the same undoable step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np

from floodplan.errors import InputError
from floodplan.model.commands import AddFeature, AddLayer, Command, Macro, SetScenario
from floodplan.model.project import Layer
from floodplan.model.schema import normalise

#: Attributes a new layer of a role must have (normalise() wants them even with no rows).
_REQUIRED = {"resources": ["kind"], "defenses": ["id", "crest_m", "height_m"]}


@dataclass
class Edit:
    """An edit ready to push: ``project.stack.push(edit.command)``.

    Attributes
    ----------
    command : Command
        The undoable command (a Macro when a layer is created with the feature).
    layer : str
        The layer the feature goes into.
    text : str
        What the Edit menu calls it ("Add fire Fire R3").
    notes : list of str
        Sentences to tell the user (why the feature does not change the next run, which layer was chosen).
    """

    command: Command
    layer: str
    text: str
    notes: list[str] = field(default_factory=list)
    add: AddFeature | None = None

    @property
    def fid(self):
        """The new feature's id in its layer (known once the command was pushed)."""
        return self.add.fid if self.add is not None else None


# ---------------------------------------------------------------------------------------------------
def _point_of(geom):
    if geom.geom_type.endswith("LineString"):
        return geom.interpolate(0.5, normalized=True)
    return geom if geom.geom_type == "Point" else geom.representative_point()


def jurisdiction_at(project, geom) -> str | None:
    """Name of the jurisdiction (municipality) under ``geom`` (a line: under its middle), or None."""
    juris = project.combined("jurisdictions")
    if not len(juris) or "name" not in juris:
        return None
    hit = juris.sindex.query(_point_of(geom), predicate="intersects")
    return str(juris["name"].iloc[hit[0]]) if len(hit) else None


def country_at(project, geom) -> str | None:
    """Country code of the jurisdiction under ``geom`` (its ``country`` attribute, else its name), or None."""
    juris = project.combined("jurisdictions")
    if not len(juris):
        return None
    col = "country" if "country" in juris else "name" if "name" in juris else None
    if col is None:
        return None
    hit = juris.sindex.query(_point_of(geom), predicate="intersects")
    return str(juris[col].iloc[hit[0]]) if len(hit) else None


def layer_country(project, layer: Layer) -> str | None:
    """The country a vector layer belongs to: where most of its features lie; for an empty layer, a country
    code that is a word of its name (``resources_pl``); None when neither tells."""
    juris = project.combined("jurisdictions")
    if not len(juris) or "country" not in juris:
        return None
    countries = sorted(set(map(str, juris["country"].dropna())))
    gdf = layer.data
    if len(gdf):
        pts = gpd.GeoSeries(
            [_point_of(g) for g in gdf.geometry if g is not None and not g.is_empty], crs=gdf.crs
        )
        if len(pts):
            tree_hits = juris.sindex.query(pts, predicate="intersects")
            if tree_hits.shape[1]:
                codes = juris["country"].astype(str).to_numpy()[tree_hits[1]]
                values, counts = np.unique(codes, return_counts=True)
                return str(values[np.argmax(counts)])
    words = {w.lower() for w in re.split(r"[^0-9A-Za-z]+", layer.name) if w}
    named = [c for c in countries if c.lower() in words]
    return named[0] if len(named) == 1 else None


def target_layer(
    project, role: str, geom, selected: str | None = None
) -> tuple[str, list[Command], list[str]]:
    """The layer a new feature of ``role`` at ``geom`` goes into (module docstring), the commands that create
    it when the project has none (so creating it and the feature are one undo step) and notes.

    Returns
    -------
    (layer name, [AddLayer] or [], notes)
    """
    layers = project.layers_by_role(role)
    if selected is not None and project.has_layer(selected) and project.layer(selected).role == role:
        return selected, [], []
    if not layers:
        required = _REQUIRED.get(role, [])
        empty = gpd.GeoDataFrame(
            {c: [] for c in required}, geometry=gpd.GeoSeries([], crs=project.crs), crs=project.crs
        )
        lyr = Layer(project.unique_name(role), role, normalise(empty, role, role))
        return lyr.name, [AddLayer(lyr)], [f"a new layer '{lyr.name}' was made for the {role}"]
    if len(layers) == 1:
        return layers[0].name, [], []
    country = country_at(project, geom)
    if country is not None:
        mine = [lyr for lyr in layers if layer_country(project, lyr) == country]
        if mine:
            return mine[0].name, [], []
    return (
        layers[0].name,
        [],
        [
            f"placed in layer '{layers[0].name}' (no {role} layer belongs to the country here); select the layer "
            "in the Layers panel to choose another"
        ],
    )


def next_id(project, role: str, prefix: str) -> str:
    """The first free id ``<prefix><n>`` over every layer of ``role`` (ids are unique across the border)."""
    used = set()
    for lyr in project.layers_by_role(role):
        if "id" in lyr.data:
            used |= set(map(str, lyr.data["id"].dropna()))
    n = len(used) + 1
    while f"{prefix}{n}" in used:
        n += 1
    return f"{prefix}{n}"


def _need_crs(project) -> None:
    if project.crs is None:
        raise InputError("the project has no working CRS yet; add a DEM or a layer first.")


def _add(project, role: str, geom, values: dict, text: str, selected: str | None) -> Edit:
    layer, cmds, notes = target_layer(project, role, geom, selected)
    add = AddFeature(layer, geom, values, text)
    command = Macro(text, [*cmds, add]) if cmds else add
    return Edit(command, layer, text, notes, add)


# ---------------------------------------------------------------------------------------------------
def place_resource(project, point, kind: str, selected_layer: str | None = None, **attributes: Any) -> Edit:
    """Place a resource of ``kind`` at ``point`` (working CRS): id ``R<n>``, named after its kind, serving
    across the border, in service, in the jurisdiction under it, in the layer :func:`target_layer` picks.

    Raises
    ------
    InputError
        No working CRS, or no kind.
    """
    _need_crs(project)
    kind = str(kind or "").strip().lower()
    if not kind:
        raise InputError("choose the kind of resource to place (fire, ambulance, rescue, pump, shelter…).")
    rid = next_id(project, "resources", "R")
    values = {
        "id": rid,
        "name": f"{kind.capitalize()} {rid}",
        "kind": kind,
        "cross_border": True,
        "capacity": 0.0,
        "in_service": True,
        "jurisdiction": jurisdiction_at(project, point),
    }
    values.update(attributes)
    return _add(project, "resources", point, values, f"Add {kind} {values['name']}", selected_layer)


def draw_defense(
    project, line, selected_layer: str | None = None, scenario: str | None = None, **attributes: Any
) -> Edit:
    """Add a drawn defense line: id ``D<n>``, a planned levee 1.5 m above the ground (until edited), owned by
    the jurisdiction under its middle. When ``scenario`` leaves planned defenses out, the notes say so: the
    new defense then does not change that scenario's next run."""
    _need_crs(project)
    did = next_id(project, "defenses", "D")
    values = {
        "id": did,
        "crest_m": None,
        "height_m": 1.5,
        "type": "levee",
        "status": "planned",
        "cost": 0.0,
        "jurisdiction": jurisdiction_at(project, line),
    }
    values.update(attributes)
    edit = _add(project, "defenses", line, values, f"Add {values['type']} {did}", selected_layer)
    sc = project.scenarios.get(scenario) if scenario else None
    if sc is not None and values.get("status") == "planned" and not sc.include_planned:
        edit.notes.append(
            f"{did} is planned, and planned defenses are not included in scenario '{sc.name}': tick "
            "'Include planned defenses' in the Scenario panel (or make it existing) for it to count in the next run"
        )
    return edit


def set_breach(project, layer: str, fid, scenario: str, breached: bool) -> SetScenario | None:
    """Mark (or clear) defense ``fid`` of ``layer`` as breached in ``scenario``; None if nothing changes."""
    sc = project.scenarios.get(scenario)
    if sc is None:
        raise InputError("the project has no scenario; add one in the Scenario panel first.")
    did = str(project.layer(layer).data.loc[fid, "id"])
    breaches = [b for b in map(str, sc.breaches) if b != did]
    if breached:
        breaches.append(did)
    if set(breaches) == set(map(str, sc.breaches)):
        return None
    text = f"{'Mark' if breached else 'Clear'} breach of {did} in {sc.name}"
    return SetScenario(sc.name, sc.copy(breaches=breaches).validate(), text)


def toggle_breach(project, layer: str, fid, scenario: str) -> SetScenario | None:
    """Breach defense ``fid`` in ``scenario`` if it holds there, restore it if it is breached."""
    sc = project.scenarios.get(scenario)
    if sc is None:
        raise InputError("the project has no scenario; add one in the Scenario panel first.")
    did = str(project.layer(layer).data.loc[fid, "id"])
    return set_breach(project, layer, fid, scenario, did not in set(map(str, sc.breaches)))


# ---------------------------------------------------------------------------------------------------
def ground_under(project, geom) -> float | None:
    """Mean ground elevation (m, the DEM's datum) under a defense line, sampled every DEM cell along it;
    None without a DEM or off it."""
    try:
        dem = project.dem
    except InputError:
        return None
    step = min(abs(dem.dx), abs(dem.dy))
    line = geom.boundary if geom.geom_type.endswith("Polygon") else geom
    n = max(int(line.length / step) + 1, 2)
    pts = [line.interpolate(i / (n - 1), normalized=True) for i in range(n)]
    z = dem.sample(np.array([p.x for p in pts]), np.array([p.y for p in pts]))
    z = z[np.isfinite(z)]
    return float(z.mean()) if z.size else None


def convert_crest(project, geom, value: float, to: str) -> tuple[float, float | None]:
    """A defense's crest given the other way: ``to='crest'`` turns a height above the ground (m) into a
    crest elevation, ``to='height'`` the reverse, with the mean ground under the line
    (:func:`ground_under`). Returns (value, ground used or None when there is no DEM: value unchanged).

    On sloping ground the engine raises a ``height_m`` defense by that height above EACH cell, so the
    converted crest is the equivalent at the mean ground, not at every point of the line.
    """
    ground = ground_under(project, geom)
    if ground is None:
        return float(value), None
    if to == "crest":
        return round(ground + float(value), 2), ground
    if to == "height":
        return round(max(float(value) - ground, 0.0), 2), ground
    raise ValueError(f"to must be 'crest' or 'height', not {to!r}")
