"""A new project from public data (``floodplan new`` and the app's wizard): elevation tiles and an
OpenStreetMap extract become a working project in one step.

The DEM sets the working CRS (the UTM zone of the box's centre unless one is given). The OSM layers are
imported in that CRS. Cells whose elevation was interpolated into SRTM voids are kept as a raster layer
``dem_filled`` (1 = interpolated) so plates and reports can say so. Two starter scenarios are added: a
design flood whose water surface stands ``flood_depth_m`` above the river bed along every river (a
sloped profile, right for mountain and lowland valleys alike), in joint and national response.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely
from scipy import ndimage

from floodplan.core.checks import refuse_with
from floodplan.core.grid import Grid
from floodplan.errors import InputError
from floodplan.model.project import Layer, Project
from floodplan.model.scenario import Scenario
from floodplan.model.schema import normalise
from floodplan.progress import Feedback

#: Spacing (m) of the generated profile points along each river line.
PROFILE_SPACING_M = 250.0


def river_profile(dem: Grid, rivers: gpd.GeoDataFrame, above_bed_m: float, flood: str) -> gpd.GeoDataFrame:
    """Points every PROFILE_SPACING_M along the river lines with ``level_m`` = bed + ``above_bed_m``.

    The bed is the lowest ground within one cell of the point (a river line drawn from OSM is rarely on the
    DEM's lowest cell, and 90 m SRTM smooths narrow channels).
    """
    lines = rivers[rivers.geometry.geom_type.isin(["LineString", "MultiLineString"])]
    if len(lines) == 0:
        raise InputError("the river layer has no lines to lay a flood profile along.")
    merged = shapely.line_merge(shapely.union_all(lines.geometry.values))
    parts = list(merged.geoms) if hasattr(merged, "geoms") else [merged]
    pts = []
    for part in parts:
        n = max(int(part.length // PROFILE_SPACING_M), 1)
        pts.extend(shapely.line_interpolate_point(part, np.linspace(0, part.length, n + 1)))
    pts = np.asarray(pts)
    low = ndimage.minimum_filter(np.where(np.isfinite(dem.z), dem.z, np.inf), size=3)
    bed = dem.like(np.where(np.isfinite(low), low, np.nan)).sample(shapely.get_x(pts), shapely.get_y(pts))
    ok = np.isfinite(bed)
    return gpd.GeoDataFrame(
        {"level_m": np.round(bed[ok] + above_bed_m, 2), "flood": flood}, geometry=pts[ok], crs=dem.crs
    )


def new_project(
    dem_paths: list[str],
    osm_path: str | None = None,
    bbox_lonlat=None,
    dst_crs=None,
    vertical_offsets_m: dict | None = None,
    flood_depth_m: float = 3.0,
    population_rules: dict | None = None,
    feedback: Feedback | None = None,
) -> Project:
    """Build a project from elevation tiles (and an OSM extract). Raises InputError for bad inputs.

    ``population_rules`` overrides the population estimate's defaults for this project
    ({"people_per_m2": {kind: value}, "levels": {building: n}}, see floodplan.io.osm_import) and is kept
    in the project's settings.
    """
    from floodplan.io.dem_import import import_dem

    fb = feedback or Feedback()
    fb.step(0.0, "elevation")
    dem = import_dem(
        dem_paths,
        bbox_lonlat=bbox_lonlat,
        dst_crs=dst_crs,
        vertical_offsets_m=vertical_offsets_m,
        feedback=fb.sub(0.0, 0.4),
    )
    project = Project(dem.grid.crs)
    dem_attr = (
        "; ".join(dem.attribution) if isinstance(dem.attribution, list | tuple) else str(dem.attribution)
    )
    project._layers.append(
        Layer("dem", "dem", dem.grid, source=",".join(map(str, dem_paths)), attribution=dem_attr)
    )
    if dem.filled_count:
        mask = dem.grid.like(np.where(dem.filled_mask, 1.0, np.nan))
        project._layers.append(
            Layer(
                "dem_filled",
                "other",
                mask,
                visible=False,
                attribution=dem_attr,
                extra={"meaning": "1 = elevation interpolated into a void of the source DEM"},
            )
        )
    project.notes += list(dem.notes) + list(dem.seams)
    attributions = [dem_attr]
    if osm_path:
        from floodplan.io.osm_import import import_osm

        fb.step(0.4, "OpenStreetMap")
        osm = import_osm(
            osm_path,
            bbox_lonlat=bbox_lonlat,
            dst_crs=dem.grid.crs,
            population_rules=population_rules,
            feedback=fb.sub(0.4, 0.9),
        )
        roles = [
            ("water_areas", "other"),
            ("jurisdictions", "jurisdictions"),
            ("rivers", "river"),
            ("roads", "roads"),
            ("buildings", "assets"),
            ("national_border", "other"),
            ("resources", "resources"),
        ]
        layers = dict(osm.layers)
        rivers = layers.get("rivers")
        if rivers is not None and "waterway" in rivers.columns and (rivers["waterway"] == "river").any():
            # Streams are drawn but are not flood sources: a steep stream's level would spread over the
            # valley floor it joins (each cell takes the level of its nearest river cell).
            layers["streams"] = rivers[rivers["waterway"] != "river"]
            layers["rivers"] = rivers[rivers["waterway"] == "river"]
            roles.insert(3, ("streams", "other"))
        for name, role in roles:
            gdf = layers.get(name)
            if gdf is None or len(gdf) == 0:
                continue
            gdf = normalise(gdf, role, f"{osm_path}, {name}", project.notes)
            project._layers.append(Layer(name, role, gdf, source=str(osm_path), attribution=osm.attribution))
        attributions.append(osm.attribution)
        project.notes += list(osm.notes)
        rivers = project.combined("river")
        if len(rivers):
            profile = river_profile(dem.grid, rivers, flood_depth_m, f"bed+{flood_depth_m:g}m")
            project._layers.append(
                Layer(
                    "profile",
                    "profile",
                    profile,
                    visible=False,
                    extra={"meaning": f"river bed + {flood_depth_m:g} m every {PROFILE_SPACING_M:g} m"},
                )
            )
            for mode in ("joint", "national"):
                project.scenarios[f"bed+{flood_depth_m:g}m-{mode}"] = Scenario(
                    f"bed+{flood_depth_m:g}m-{mode}",
                    f"water {flood_depth_m:g} m above the river bed along every river; {mode} response",
                    flood="profile",
                    profile_layer="profile",
                    mode=mode,
                )
    project.settings["attribution"] = attributions
    if population_rules:
        project.settings["population_rules"] = population_rules
    from floodplan.io.osm_import import LAYER_TITLES

    for lyr in project._layers:  # legends name layers by these titles, not by table names
        if lyr.name in LAYER_TITLES:
            lyr.extra.setdefault("titles", dict(LAYER_TITLES[lyr.name]))
    project.settings["title"] = Path(osm_path or dem_paths[0]).stem
    fb.step(1.0, "done")
    return project


def add_role_layers(project: Project, items: list[str]) -> None:
    """Add the ``--layer ROLE=PATH`` layers of ``floodplan new`` (docs/command-line.md, "Building a project
    from the
    command line"): each read for its role (PATH may name a layer, ``PATH|layername=NAME``; a multi-layer
    file without a name gives its one layer that fits the role), checked as on load and reprojected to the
    project's CRS.

    Raises
    ------
    InputError naming the option and the file for an unknown role or a layer that is refused; the caller
    then writes no project file.
    """
    from floodplan.io.layers import add_file
    from floodplan.model.schema import VECTOR_ROLES

    roles = [r for r in VECTOR_ROLES if r != "candidates"]
    for item in items:
        role, eq, path = item.partition("=")
        role = role.strip().lower()
        if not eq or not path.strip():
            raise refuse_with(
                "layer", "the layer", f"{{what}} '{item}': give ROLE=PATH, e.g. roads=roads.gpkg."
            )
        if role not in roles:
            raise refuse_with(
                "layer",
                "the layer",
                f"{{what}} '{item}': unknown role '{role}'; use one of {', '.join(roles)}.",
            )
        add_file(project, path.strip(), role=role)
