"""Project layers from an OpenStreetMap extract (.osm.pbf or .osm), through GDAL's OSM driver.

This is the vector half of ``floodplan new``: buildings (with an estimated population), roads (with
speeds), rivers, water areas, jurisdictions (countries and municipalities), emergency resources and the
national border, in one metric CRS, with the attribution the ODbL asks for.

Reading
-------
GDAL's OSM driver sorts the file into the layers ``points``, ``lines``, ``multilinestrings``,
``multipolygons`` and ``other_relations``; tags not given their own column by GDAL's ``osmconf.ini``
arrive in the ``other_tags`` field as an hstore string (``"key"=>"value",...``), which
:func:`parse_other_tags` / :func:`tag_values` read. Each layer is read with its own
:func:`pyogrio.read_dataframe` call, i.e. its own pass over the file; that avoids the driver's
interleaved-reading mode (``OGR_INTERLEAVED_READING``), which is only needed when several layers are
read from one open dataset. The driver builds its node index in a temporary file
(``OSM_USE_CUSTOM_INDEXING``, default on); as GDAL's documentation says, it suits extracts of a few
megabytes; convert bigger ones to GeoPackage first (``ogr2ogr out.gpkg extract.osm.pbf``).

Selection (what each layer holds; the same rules made ``andorra_valira_osm2013_epsg25831.gpkg``)
----------------------------------------------------------------------------------------------------
=================  ============================================================================
layer              OSM features
=================  ============================================================================
buildings          areas (``multipolygons``) with a ``building`` tag other than ``no``
roads              ways (``lines``) with a ``highway`` tag
waterways          ways with a ``waterway`` tag (every value: river, stream, ditch, dam, ...)
rivers             the ``waterways`` with waterway = river, stream or canal (the river layer)
water_areas        areas with natural = water
national_border    ways with boundary = administrative and admin_level = 2
jurisdictions      built from administrative areas and the national border (below)
resources          nodes and areas: amenity = fire_station → fire; amenity = ambulance_station or
                   emergency = ambulance_station → ambulance; amenity = hospital → hospital;
                   amenity = shelter (except shelter_type public_transport, picnic_shelter,
                   field_shelter) or emergency = assembly_point → shelter
=================  ============================================================================

With a box, a feature is kept whole when it intersects the box (so a road leaving the box is not cut
and counts stay those of the extract); only jurisdictions are clipped to the box.

Jurisdictions
-------------
Countries: the admin_level 2 border ways, together with the edge of the box (or of the extract), are
noded and polygonised into faces; each face takes the country its border ways name on its side
(``left:country`` / ``right:country``, by a vote of points just beside the ways) and faces are merged
per country. Municipalities: per country the finest administrative level up to 8 present among the
extract's administrative areas (admin_level 8 in Spain and France, 7 for Andorra's parishes), clipped to
the box. Where a country's municipalities leave part of it uncovered (a municipality missing from the
extract, as Canillo is from the 2013 Andorra extract, or a country with no municipal areas at all, as
Spain in it), that part becomes a jurisdiction named ``"<country> (rest)"`` (or ``<country>`` when the
country has no municipal area at all), and a note says so. Without border ways every area is of country
``"unknown"``. Where border ways are missing from the extract (the 2013 Andorra extract lacks
Andorra's eastern border), the land beyond them joins the face they should have closed: without a box,
that extract's "Andorra (rest)" takes in French and Spanish land east of Andorra; the Valira box
(1.40,42.33,1.62,42.60) is not affected.

Population estimate (``buildings.population``)
-----------------------------------------------
population = footprint area (m²) × levels × people per m² of floor, for the building's ``kind``.
levels: ``building:levels`` when tagged (first number), else ``height`` / 3 m, else the default for the
``building`` value. The people per m² are rough planning values (people usually present: residents in
homes, occupants in daytime for others; 0.025 /m² is about 40 m² of floor per resident, the order of
the European average); override them per project with ``population_rules``.

==============  ==========  =============================================================
kind            people/m²   from (first rule that matches)
==============  ==========  =============================================================
hospital        0.02        amenity or building = hospital
care_home       0.02        amenity = nursing_home, social_facility = nursing_home /
                            assisted_living, building = nursing_home / care_home
school          0.10        amenity or building = school, kindergarten, college, university
hotel           0.03        tourism = hotel / hostel / guest_house / alpine_hut, building = hotel
residential     0.025       building = house, residential, apartments, detached,
                            semidetached_house, terrace, bungalow, dormitory, farm, cabin
commercial      0.05        building = commercial, retail, office, supermarket, kiosk; a shop tag
industrial      0.01        building = industrial, warehouse, factory, manufacture
public          0.03        building = public, civic, government, train_station,
                            transportation, fire_station, police; amenity = public_building,
                            townhall, police, fire_station
religious       0.0         building = church, chapel, cathedral, mosque, temple,
                            synagogue, religious, shrine; amenity = place_of_worship
agricultural    0.0         building = barn, farm_auxiliary, cowshed, stable, sty, greenhouse
outbuilding     0.0         building = garage, garages, shed, hut, roof, carport, parking,
                            service, ruins, construction, bunker, transformer_tower
residential     0.025       building = yes or anything else (``kind_assumed`` True: most
                            untyped buildings in a valley are homes)
==============  ==========  =============================================================

Default levels by ``building`` value: apartments 4, residential 3, dormitory 3, hotel 4, hospital 4,
commercial 3, office 3, house / detached / semidetached_house / terrace / farm / school / public /
yes 2, everything else 1.

``population_rules`` (dict or :class:`PopulationRules`) overrides any of: ``people_per_m2`` {kind:
value}, ``levels`` {building value: levels}, ``kinds`` {building value: kind}.

Roads
-----
``speed_kmh`` is the numeric ``maxspeed`` where tagged (``"50"``, ``"30 mph"``), else the class speed
of :data:`HIGHWAY_SPEED_KMH`; ``speed_source`` says which. Ways that a vehicle cannot drive (footway,
path, steps, bridleway, cycleway, pedestrian) are kept at walking pace with ``motor_vehicle`` False, so
crews on foot still reach buildings at their end; ``closed`` is True only for highway = construction or
proposed. ``bridge`` is True for any ``bridge`` tag but ``no``.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pyogrio.errors
import shapely
from rasterio.crs import CRS

from floodplan.errors import CRSError, InputError
from floodplan.progress import Feedback
from floodplan.progress import step as _step

__all__ = [
    "ATTRIBUTION",
    "HIGHWAY_SPEED_KMH",
    "OsmImport",
    "PopulationRules",
    "import_osm",
    "parse_other_tags",
    "tag_values",
]

#: What the ODbL asks to be shown wherever the data is used.
ATTRIBUTION = "© OpenStreetMap contributors, ODbL 1.0"

#: Human titles of the layers a project built from public data holds (``layer.extra["titles"]``): what
#: legends on plates and reports show, in English and in the Gran Valira's languages (Catalan, Spanish).
#: Other languages fall back to the English title.
LAYER_TITLES = {
    "dem": {"en": "Elevation (SRTM)", "ca": "Elevació (SRTM)", "es": "Elevación (SRTM)"},
    "dem_filled": {
        "en": "Elevation filled into SRTM voids",
        "ca": "Elevació interpolada als buits de l'SRTM",
        "es": "Elevación interpolada en los vacíos del SRTM",
    },
    "buildings": {"en": "Buildings", "ca": "Edificis", "es": "Edificios"},
    "roads": {"en": "Roads", "ca": "Carreteres", "es": "Carreteras"},
    "rivers": {"en": "Rivers", "ca": "Rius", "es": "Ríos"},
    "waterways": {"en": "Waterways", "ca": "Cursos d'aigua", "es": "Cursos de agua"},
    "streams": {"en": "Streams", "ca": "Torrents i rierols", "es": "Torrentes y arroyos"},
    "water_areas": {"en": "Lakes and reservoirs", "ca": "Llacs i embassaments", "es": "Lagos y embalses"},
    "jurisdictions": {
        "en": "Administrative areas",
        "ca": "Unitats administratives",
        "es": "Unidades administrativas",
    },
    "resources": {"en": "Emergency resources", "ca": "Recursos d'emergència", "es": "Recursos de emergencia"},
    "national_border": {"en": "National border", "ca": "Frontera estatal", "es": "Frontera estatal"},
    "profile": {
        "en": "Water level profile",
        "ca": "Perfil del nivell de l'aigua",
        "es": "Perfil del nivel del agua",
    },
}
LICENCE_URL = "https://opendatacommons.org/licenses/odbl/1-0/"

#: Class speeds (km/h) for roads without a numeric maxspeed: typical free-flow speeds on European
#: roads of each class, lower than the legal limit on the small classes (bends, gradients, villages).
HIGHWAY_SPEED_KMH = {
    "motorway": 110.0,
    "motorway_link": 60.0,
    "trunk": 90.0,
    "trunk_link": 50.0,
    "primary": 70.0,
    "primary_link": 40.0,
    "secondary": 60.0,
    "secondary_link": 40.0,
    "tertiary": 50.0,
    "tertiary_link": 30.0,
    "unclassified": 40.0,
    "residential": 30.0,
    "living_street": 10.0,
    "service": 20.0,
    "road": 30.0,
    "track": 15.0,
    "busway": 50.0,
    "pedestrian": 5.0,
    "footway": 5.0,
    "path": 5.0,
    "bridleway": 5.0,
    "cycleway": 5.0,
    "steps": 3.0,
    "construction": 5.0,
    "proposed": 5.0,
}
_DEFAULT_SPEED_KMH = 30.0
_NOT_MOTOR = {"pedestrian", "footway", "path", "bridleway", "cycleway", "steps"}
_CLOSED_CLASSES = {"construction", "proposed"}

_PEOPLE_PER_M2 = {
    "hospital": 0.02,
    "care_home": 0.02,
    "school": 0.10,
    "hotel": 0.03,
    "residential": 0.025,
    "commercial": 0.05,
    "industrial": 0.01,
    "public": 0.03,
    "religious": 0.0,
    "agricultural": 0.0,
    "outbuilding": 0.0,
}
_LEVELS = {
    "apartments": 4.0,
    "residential": 3.0,
    "dormitory": 3.0,
    "hotel": 4.0,
    "hospital": 4.0,
    "commercial": 3.0,
    "office": 3.0,
    "house": 2.0,
    "detached": 2.0,
    "semidetached_house": 2.0,
    "terrace": 2.0,
    "farm": 2.0,
    "school": 2.0,
    "public": 2.0,
    "yes": 2.0,
}
_DEFAULT_LEVELS = 1.0
_BUILDING_KIND = {
    **dict.fromkeys(["hospital"], "hospital"),
    **dict.fromkeys(["nursing_home", "care_home"], "care_home"),
    **dict.fromkeys(["school", "kindergarten", "college", "university"], "school"),
    **dict.fromkeys(["hotel"], "hotel"),
    **dict.fromkeys(
        [
            "house",
            "residential",
            "apartments",
            "detached",
            "semidetached_house",
            "terrace",
            "bungalow",
            "dormitory",
            "farm",
            "cabin",
        ],
        "residential",
    ),
    **dict.fromkeys(["commercial", "retail", "office", "supermarket", "kiosk"], "commercial"),
    **dict.fromkeys(["industrial", "warehouse", "factory", "manufacture"], "industrial"),
    **dict.fromkeys(
        ["public", "civic", "government", "train_station", "transportation", "fire_station", "police"],
        "public",
    ),
    **dict.fromkeys(
        ["church", "chapel", "cathedral", "mosque", "temple", "synagogue", "religious", "shrine"], "religious"
    ),
    **dict.fromkeys(["barn", "farm_auxiliary", "cowshed", "stable", "sty", "greenhouse"], "agricultural"),
    **dict.fromkeys(
        [
            "garage",
            "garages",
            "shed",
            "hut",
            "roof",
            "carport",
            "parking",
            "service",
            "ruins",
            "construction",
            "bunker",
            "transformer_tower",
        ],
        "outbuilding",
    ),
}
_AMENITY_KIND = {
    "hospital": "hospital",
    "nursing_home": "care_home",
    "school": "school",
    "kindergarten": "school",
    "college": "school",
    "university": "school",
    "public_building": "public",
    "townhall": "public",
    "police": "public",
    "fire_station": "public",
    "place_of_worship": "religious",
}
_NON_EMERGENCY_SHELTERS = {"public_transport", "picnic_shelter", "field_shelter"}
_RIVER_CLASSES = ("river", "stream", "canal")
#: Municipal levels are looked for up to this admin_level (9, 10 are districts and neighbourhoods).
_MAX_MUNICIPAL_LEVEL = 8


@dataclass
class PopulationRules:
    """Overrides of the population estimate's defaults (see the module's table).

    Attributes
    ----------
    people_per_m2 : dict {kind: people per m² of floor}
    levels : dict {building tag value: number of levels}
    kinds : dict {building tag value: kind}
    """

    people_per_m2: dict = field(default_factory=dict)
    levels: dict = field(default_factory=dict)
    kinds: dict = field(default_factory=dict)

    @classmethod
    def coerce(cls, rules) -> PopulationRules:
        if rules is None:
            return cls()
        if isinstance(rules, cls):
            return rules
        if isinstance(rules, dict):
            unknown = set(rules) - {"people_per_m2", "levels", "kinds"}
            if unknown:
                raise InputError(
                    f"population rules: unknown key(s) {sorted(unknown)}; use people_per_m2, levels and kinds"
                )
            out = cls(**{k: dict(v) for k, v in rules.items()})
        else:
            raise InputError(f"population rules: {rules!r} is not a dict of people_per_m2 / levels / kinds")
        for k, v in {**out.people_per_m2, **out.levels}.items():
            if not isinstance(v, int | float) or v < 0 or not np.isfinite(v):
                raise InputError(f"population rules: {k} = {v!r} must be a number ≥ 0")
        return out


@dataclass
class OsmImport:
    """Layers made from an OSM extract, all in ``crs`` (metric).

    Attributes
    ----------
    buildings : GeoDataFrame
        Polygons: ``osm_id``, ``name``, ``building``, ``kind``, ``kind_assumed``, ``levels``,
        ``levels_source`` (tag, height, default), ``footprint_m2``, ``people_per_m2``, ``population``.
    roads : GeoDataFrame
        Lines: ``osm_id``, ``name``, ``highway``, ``ref``, ``maxspeed``, ``speed_kmh``,
        ``speed_source`` (maxspeed, class), ``bridge``, ``motor_vehicle``, ``closed``.
    rivers : GeoDataFrame
        Lines with waterway river / stream / canal: ``osm_id``, ``name``, ``waterway``.
    waterways : GeoDataFrame
        Every way with a waterway tag (same columns).
    water_areas : GeoDataFrame
        Polygons with natural = water: ``osm_id``, ``name``, ``water``.
    jurisdictions : GeoDataFrame
        Polygons clipped to the box: ``name``, ``country``, ``admin_level``, ``osm_id``, ``source``
        (osm, national, rest).
    resources : GeoDataFrame
        Points: ``id``, ``name``, ``kind``, ``cross_border`` (True), ``capacity`` (NaN when untagged),
        ``osm_id``.
    national_border : GeoDataFrame
        Lines: ``osm_id``, ``name``, ``left_country``, ``right_country``.
    attribution : str
    licence_url : str
    notes : list of str
    crs : rasterio.crs.CRS
    bbox_lonlat : tuple or None
    extract_bounds_lonlat : tuple
        The extract's own extent (from its header).
    """

    buildings: gpd.GeoDataFrame
    roads: gpd.GeoDataFrame
    rivers: gpd.GeoDataFrame
    waterways: gpd.GeoDataFrame
    water_areas: gpd.GeoDataFrame
    jurisdictions: gpd.GeoDataFrame
    resources: gpd.GeoDataFrame
    national_border: gpd.GeoDataFrame
    attribution: str
    licence_url: str
    notes: list
    crs: CRS
    bbox_lonlat: tuple | None
    extract_bounds_lonlat: tuple

    LAYERS = (
        "buildings",
        "roads",
        "rivers",
        "waterways",
        "water_areas",
        "jurisdictions",
        "resources",
        "national_border",
    )

    @property
    def layers(self) -> dict[str, gpd.GeoDataFrame]:
        """The layers by name (buildings, roads, ...)."""
        return {name: getattr(self, name) for name in self.LAYERS}


# --------------------------------------------------------------------------------------------------
# other_tags (hstore) parsing

_HSTORE_PAIR = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')
_UNESCAPE = re.compile(r"\\(.)")


def parse_other_tags(text) -> dict[str, str]:
    """The tags in one ``other_tags`` value (``"key"=>"value",...``; backslash escapes) as a dict."""
    if text is None or (isinstance(text, float) and np.isnan(text)) or text == "":
        return {}
    return {_UNESCAPE.sub(r"\1", k): _UNESCAPE.sub(r"\1", v) for k, v in _HSTORE_PAIR.findall(str(text))}


def tag_values(df: pd.DataFrame, key: str) -> pd.Series:
    """One tag for every feature: its own column where GDAL made one, else from ``other_tags``.

    Returns a Series of str (NaN where the feature does not have the tag).
    """
    if key in df.columns and key != "other_tags":
        return df[key].astype(object).where(df[key].notna(), np.nan)
    if "other_tags" not in df.columns or len(df) == 0:
        return pd.Series(np.nan, index=df.index, dtype=object)
    pattern = r'(?:^|,)"' + re.escape(key) + r'"=>"((?:[^"\\]|\\.)*)"'
    found = df["other_tags"].astype("string").str.extract(pattern, expand=False)
    found = found.astype(object).where(found.notna(), np.nan)
    return found.map(lambda v: _UNESCAPE.sub(r"\1", v) if isinstance(v, str) else v)


# --------------------------------------------------------------------------------------------------
# The importer


def import_osm(
    pbf_path,
    bbox_lonlat=None,
    dst_crs=None,
    population_rules=None,
    feedback: Feedback | None = None,
) -> OsmImport:
    """Read an OSM extract into project layers (see the module's rules and tables).

    Parameters
    ----------
    pbf_path : str or Path
        ``.osm.pbf`` or ``.osm`` file.
    bbox_lonlat : (W, S, E, N), optional
        Degrees (WGS 84). Features intersecting it are kept; jurisdictions are clipped to it.
    dst_crs : CRS or anything :meth:`rasterio.crs.CRS.from_user_input` takes, optional
        A projected CRS in metres (the DEM's). Default: the UTM zone of the centre
        (:func:`floodplan.io.dem_import.utm_crs_for`).
    population_rules : dict or PopulationRules, optional
        Overrides of the population defaults.
    feedback : Feedback, optional

    Returns
    -------
    OsmImport

    Raises
    ------
    InputError
        The file is missing, not an OSM file, truncated or corrupt; the box is malformed or outside the
        extract; ``dst_crs`` is not metric (:class:`~floodplan.errors.CRSError`).
    """
    from floodplan.io.dem_import import _check_bbox, _fmt_box, utm_crs_for

    path = Path(pbf_path)
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path of the OpenStreetMap extract")
    rules = PopulationRules.coerce(population_rules)
    bbox = _check_bbox(bbox_lonlat)
    notes: list[str] = []

    _step(feedback, 0.0, "reading the OpenStreetMap extract")
    extent = _extract_extent(path)
    if bbox is not None:
        inter = shapely.box(*bbox).intersection(shapely.box(*extent))
        if inter.is_empty or inter.area == 0.0:
            raise InputError(
                f"the box {_fmt_box(bbox)} lies outside the OpenStreetMap extract {path} (which covers "
                f"{_fmt_box(extent)}): check that the box is W,S,E,N in degrees or use an extract of that area"
            )
        if not shapely.box(*bbox).within(shapely.box(*extent)):
            notes.append(
                f"the box {_fmt_box(bbox)} reaches beyond the extract's area {_fmt_box(extent)}; "
                "only ways crossing into the extract are mapped outside it"
            )
    frame_ll = shapely.box(*(bbox if bbox is not None else extent))

    if dst_crs is None:
        c = frame_ll.centroid
        crs = utm_crs_for(c.x, c.y)
        notes.append(f"working CRS {crs.to_string()}: the UTM zone of the centre")
    else:
        crs = _metric_crs(dst_crs)

    layers = {}
    for i, name in enumerate(("points", "lines", "multipolygons")):
        _step(feedback, 0.05 + 0.15 * i, f"reading OSM {name}")
        layers[name] = _read_layer(path, name)
    pts, lines, polys = layers["points"], layers["lines"], layers["multipolygons"]

    def keep(df):
        if bbox is None or len(df) == 0:
            return df
        return df[df.intersects(frame_ll)]

    _step(feedback, 0.5, "buildings")
    buildings = _buildings(keep(polys[_has(tag_values(polys, "building"), exclude="no")]), crs, rules, notes)
    _step(feedback, 0.6, "roads and rivers")
    roads = _roads(keep(lines[tag_values(lines, "highway").notna()]), crs)
    waterways = _waterways(keep(lines[tag_values(lines, "waterway").notna()]), crs)
    rivers = waterways[waterways["waterway"].isin(_RIVER_CLASSES)].reset_index(drop=True)
    water_areas = _water_areas(keep(polys[tag_values(polys, "natural") == "water"]), crs)
    border_all = lines[
        (tag_values(lines, "boundary") == "administrative") & (tag_values(lines, "admin_level") == "2")
    ]
    national_border = _national_border(keep(border_all), crs)
    _step(feedback, 0.7, "jurisdictions")
    jurisdictions = _jurisdictions(polys, border_all, frame_ll, crs, notes)
    _step(feedback, 0.9, "resources")
    resources = _resources(keep(pts), keep(polys), crs)

    counts = ", ".join(
        f"{n} {name}"
        for name, n in [
            ("buildings", len(buildings)),
            ("roads", len(roads)),
            ("waterways", len(waterways)),
            ("water areas", len(water_areas)),
            ("jurisdictions", len(jurisdictions)),
            ("resources", len(resources)),
        ]
    )
    notes.append(f"from {path.name}: {counts}")
    if len(buildings):
        notes.append(
            f"population estimated from building footprints × levels × people per m² "
            f"(total {buildings['population'].sum():.0f}; {int(buildings['kind_assumed'].sum())} buildings "
            "of unspecified type counted as residential): an estimate, not a census"
        )
    _step(feedback, 1.0, "OpenStreetMap layers ready")
    return OsmImport(
        buildings=buildings,
        roads=roads,
        rivers=rivers,
        waterways=waterways,
        water_areas=water_areas,
        jurisdictions=jurisdictions,
        resources=resources,
        national_border=national_border,
        attribution=ATTRIBUTION,
        licence_url=LICENCE_URL,
        notes=notes,
        crs=crs,
        bbox_lonlat=bbox,
        extract_bounds_lonlat=extent,
    )


# --------------------------------------------------------------------------------------------------
# Reading


def _bad_file(path: Path, exc: Exception) -> InputError:
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if "not recognized" in detail or "not a supported" in detail or isinstance(exc, _NotOsm):
        return InputError(
            f"{path}: not an OpenStreetMap extract (GDAL's OSM driver cannot open it); "
            "give an .osm.pbf or .osm file, e.g. from download.geofabrik.de"
        )
    return InputError(
        f"{path}: the OpenStreetMap extract is truncated or corrupt ({detail[:120]}); download it again"
    )


class _NotOsm(Exception):
    pass


def _extract_extent(path: Path) -> tuple[float, float, float, float]:
    """The extract's extent in degrees (its header's box, which GDAL reports without a full read)."""
    try:
        with warnings.catch_warnings():
            # GDAL and pyogrio warn about a file under a foreign name or with many layers; the message
            # below says what matters.
            warnings.simplefilter("ignore")
            info = pyogrio.read_info(path)
        if info.get("driver") != "OSM":
            raise _NotOsm(info.get("driver"))
        b = pyogrio.read_info(path, layer="points").get("total_bounds")
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, _NotOsm) as exc:
        raise _bad_file(path, exc) from None
    if b is None or not np.all(np.isfinite(b)):
        # No header box: fall back to the ways' extent (a full read of one layer).
        b = _read_layer(path, "lines").total_bounds
    return tuple(float(v) for v in b)


def _read_layer(path: Path, layer: str) -> gpd.GeoDataFrame:
    try:
        df = pyogrio.read_dataframe(path, layer=layer)
    except (
        pyogrio.errors.DataSourceError,
        pyogrio.errors.DataLayerError,
        pyogrio.errors.FeatureError,
        pyogrio.errors.GeometryError,
        pyogrio.errors.FieldError,
    ) as exc:
        raise _bad_file(path, exc) from None
    if df.crs is None:
        df = df.set_crs("EPSG:4326")
    # Empty geometries (relations GDAL could not assemble) carry nothing we can use.
    return df[df.geometry.notna() & ~df.geometry.is_empty]


def _metric_crs(dst_crs) -> CRS:
    try:
        crs = CRS.from_user_input(dst_crs)
    except Exception as exc:  # noqa: BLE001 - whatever PROJ says, the fix is the same
        raise CRSError(f"working CRS {dst_crs!r} is not a known CRS ({exc}); give e.g. EPSG:25831") from None
    if not crs.is_projected or crs.linear_units_factor[1] != 1.0:
        raise CRSError(
            f"working CRS {dst_crs!r} is not a projected CRS in metres; give a metric one such as UTM"
        )
    return crs


def _has(values: pd.Series, exclude: str | None = None) -> pd.Series:
    ok = values.notna()
    if exclude is not None:
        ok &= values != exclude
    return ok


def _osm_ids(df: pd.DataFrame) -> pd.Series:
    """'node/123', 'way/456', 'relation/789' (GDAL puts way ids of areas in osm_way_id)."""
    if len(df) == 0:
        return pd.Series([], index=df.index, dtype=object)
    if "osm_way_id" in df.columns:
        rel = df["osm_id"].astype(object)
        way = df["osm_way_id"].astype(object)
        return pd.Series(
            np.where(pd.notna(rel), "relation/" + rel.astype(str), "way/" + way.astype(str)), index=df.index
        )
    return df["osm_id"].astype(str).radd("way/" if df.geom_type.iloc[0] != "Point" else "node/")


def _frame(df, columns: dict, crs: CRS, geom_type: str) -> gpd.GeoDataFrame:
    """A layer of OSM features: ``osm_id`` and ``name``, then ``columns`` (name: values, one per row of
    ``df``), with ``df``'s geometries in ``crs``; an empty layer keeps the columns."""
    columns = {"osm_id": _osm_ids(df).values, "name": tag_values(df, "name").values, **columns}
    out = gpd.GeoDataFrame(columns, geometry=df.geometry.values, crs=df.crs if len(df) else "EPSG:4326")
    out = out.reset_index(drop=True)
    if len(out) == 0:
        out = gpd.GeoDataFrame(
            {k: pd.Series([], dtype=object) for k in columns}, geometry=[], crs="EPSG:4326"
        )
    return out.to_crs(crs)


# --------------------------------------------------------------------------------------------------
# Layers


def _numbers(values: pd.Series) -> pd.Series:
    """The first number in each tag value ('3', '2.5', '3;4', '12 m'), NaN where there is none."""
    found = values.astype("string").str.extract(r"(-?\d+(?:[.,]\d+)?)", expand=False)
    return pd.to_numeric(found.str.replace(",", ".", regex=False), errors="coerce").astype(float)


def _buildings(df, crs, rules: PopulationRules, notes) -> gpd.GeoDataFrame:
    building = tag_values(df, "building")
    amenity = tag_values(df, "amenity")
    social = tag_values(df, "social_facility")
    tourism = tag_values(df, "tourism")
    shop = tag_values(df, "shop")
    kinds_by_tag = {**_BUILDING_KIND, **rules.kinds}
    # First rule that matches wins; the order of the module's table, overrides of building values first.
    kind = pd.Series(np.nan, index=df.index, dtype=object)
    kind_assumed = pd.Series(False, index=df.index)

    def fill(mask, value):
        nonlocal kind
        m = mask & kind.isna()
        if isinstance(value, pd.Series):
            kind = kind.where(~m, value)
        else:
            kind[m] = value

    fill(building.isin(list(rules.kinds)), building.map(rules.kinds))
    fill((amenity == "hospital") | (building == "hospital"), "hospital")
    fill(
        (amenity == "nursing_home")
        | social.isin(["nursing_home", "assisted_living"])
        | building.isin(["nursing_home", "care_home"]),
        "care_home",
    )
    school_values = ["school", "kindergarten", "college", "university"]
    fill(amenity.isin(school_values) | building.isin(school_values), "school")
    fill(tourism.isin(["hotel", "hostel", "guest_house", "alpine_hut"]) | (building == "hotel"), "hotel")
    fill(building.isin([k for k, v in kinds_by_tag.items() if v == "residential"]), "residential")
    fill(
        building.isin([k for k, v in kinds_by_tag.items() if v == "commercial"]) | shop.notna(), "commercial"
    )
    fill(amenity.isin(list(_AMENITY_KIND)), amenity.map(_AMENITY_KIND))
    fill(building.isin(list(kinds_by_tag)), building.map(kinds_by_tag))
    kind_assumed = kind.isna()
    kind = kind.fillna("residential")

    levels_tag = _numbers(tag_values(df, "building:levels"))
    height = _numbers(tag_values(df, "height"))
    default_levels = building.map({**_LEVELS, **rules.levels}).astype(float).fillna(_DEFAULT_LEVELS)
    # A levels override replaces the tagged levels too: the planner knows the town better than the map.
    override = building.isin(list(rules.levels))
    levels = levels_tag.where(levels_tag > 0)
    source = pd.Series(np.where(levels.notna(), "tag", "default"), index=df.index, dtype=object)
    from_height = levels.isna() & (height > 0)
    levels = levels.where(~from_height, np.maximum(np.round(height / 3.0), 1.0))
    source[from_height] = "height"
    levels = levels.fillna(default_levels)
    levels[override] = default_levels[override]
    source[override] = "override"

    density = {**_PEOPLE_PER_M2, **rules.people_per_m2}
    ppm2 = kind.map(density).astype(float).fillna(0.0)
    unknown = sorted(set(kind[kind.map(density).isna()]))
    if unknown:
        notes.append(f"no people per m² for building kinds {unknown}: their population is 0")

    out = _frame(
        df,
        {
            "building": building.values,
            "kind": kind.values,
            "kind_assumed": kind_assumed.values.astype(bool),
            "levels": levels.values.astype(float),
            "levels_source": source.values,
            "people_per_m2": ppm2.values,
        },
        crs,
        "Polygon",
    )
    area = out.geometry.area.to_numpy(dtype=float)
    out.insert(len(out.columns) - 1, "footprint_m2", area)
    out.insert(
        len(out.columns) - 1, "population", area * out["levels"].to_numpy(float) * out["people_per_m2"]
    )
    return out


def _roads(df, crs) -> gpd.GeoDataFrame:
    highway = tag_values(df, "highway")
    maxspeed = tag_values(df, "maxspeed")
    num = _numbers(maxspeed)
    mph = maxspeed.astype("string").str.contains("mph", na=False).to_numpy()
    num = num.where(~mph, num * 1.609344)
    num = num.where(num > 0)
    class_speed = highway.map(HIGHWAY_SPEED_KMH).astype(float).fillna(_DEFAULT_SPEED_KMH)
    speed = num.fillna(class_speed)
    bridge = tag_values(df, "bridge")
    return _frame(
        df,
        {
            "highway": highway.values,
            "ref": tag_values(df, "ref").values,
            "maxspeed": maxspeed.values,
            "speed_kmh": speed.values.astype(float),
            "speed_source": np.where(num.notna(), "maxspeed", "class"),
            "bridge": (bridge.notna() & (bridge != "no")).values.astype(bool),
            "motor_vehicle": (~highway.isin(list(_NOT_MOTOR))).values.astype(bool),
            "closed": highway.isin(list(_CLOSED_CLASSES)).values.astype(bool),
        },
        crs,
        "LineString",
    )


def _waterways(df, crs) -> gpd.GeoDataFrame:
    return _frame(df, {"waterway": tag_values(df, "waterway").values}, crs, "LineString")


def _water_areas(df, crs) -> gpd.GeoDataFrame:
    return _frame(df, {"water": tag_values(df, "water").values}, crs, "MultiPolygon")


def _national_border(df, crs) -> gpd.GeoDataFrame:
    return _frame(
        df,
        {
            "left_country": tag_values(df, "left:country").values,
            "right_country": tag_values(df, "right:country").values,
        },
        crs,
        "LineString",
    )


def _resources(pts, polys, crs) -> gpd.GeoDataFrame:
    parts = []
    for df in (pts, polys):
        if len(df) == 0:
            continue
        amenity = tag_values(df, "amenity")
        emergency = tag_values(df, "emergency")
        shelter_type = tag_values(df, "shelter_type")
        kind = pd.Series(np.nan, index=df.index, dtype=object)
        kind[amenity == "fire_station"] = "fire"
        kind[(amenity == "ambulance_station") | (emergency == "ambulance_station")] = "ambulance"
        kind[(amenity == "hospital") & kind.isna()] = "hospital"
        shelter = ((amenity == "shelter") & ~shelter_type.isin(list(_NON_EMERGENCY_SHELTERS))) | (
            emergency == "assembly_point"
        )
        kind[shelter & kind.isna()] = "shelter"
        sel = kind.notna()
        if not sel.any():
            continue
        d = df[sel]
        k = kind[sel]
        beds = _numbers(tag_values(d, "beds"))
        cap = _numbers(tag_values(d, "capacity"))
        capacity = cap.where(k != "hospital", beds.fillna(cap))
        ids = _osm_ids(d)
        if d.geom_type.iloc[0] == "Point":
            ids = "node/" + d["osm_id"].astype(str)
        geom = d.geometry.representative_point() if d.geom_type.iloc[0] != "Point" else d.geometry
        names = tag_values(d, "name")
        parts.append(
            gpd.GeoDataFrame(
                {
                    "id": ids.values,
                    "name": names.fillna(k + " (" + ids + ")").values,
                    "kind": k.values,
                    "cross_border": True,
                    "capacity": capacity.values.astype(float),
                    "osm_id": ids.values,
                },
                geometry=geom.values,
                crs=d.crs,
            )
        )
    if not parts:
        empty = {
            c: pd.Series([], dtype=object)
            for c in ("id", "name", "kind", "cross_border", "capacity", "osm_id")
        }
        return gpd.GeoDataFrame(empty, geometry=[], crs="EPSG:4326").to_crs(crs)
    return pd.concat(parts, ignore_index=True).to_crs(crs)


# --------------------------------------------------------------------------------------------------
# Jurisdictions


def _jurisdictions(polys, border_ll, frame_ll, crs, notes) -> gpd.GeoDataFrame:
    # Densified first: a lon/lat box's edges are curves in the metric CRS.
    frame = gpd.GeoSeries([shapely.segmentize(frame_ll, 0.002)], crs="EPSG:4326").to_crs(crs).iloc[0]
    countries = _country_faces(border_ll.to_crs(crs) if len(border_ll) else border_ll, frame, notes)

    admin = polys[tag_values(polys, "boundary") == "administrative"]
    level = _numbers(tag_values(admin, "admin_level"))
    admin = admin[(level > 2) & (level <= _MAX_MUNICIPAL_LEVEL)].to_crs(crs)
    level = level[admin.index]
    admin_geom = admin.geometry.intersection(frame)
    inside = ~admin_geom.is_empty & (admin_geom.area > 0)
    admin, level, admin_geom = admin[inside], level[inside], admin_geom[inside]

    # Each municipal area belongs to the country face holding its representative point.
    if len(admin):
        reps = gpd.GeoSeries(admin_geom.values, index=admin.index, crs=crs).representative_point()
        owner = pd.Series("unknown", index=admin.index, dtype=object)
        for cname, cgeom in countries.items():
            owner[reps.within(cgeom).to_numpy()] = cname
    else:
        owner = pd.Series([], dtype=object)

    rows = []
    for cname, cgeom in countries.items():
        mine = owner == cname
        lv = level[mine]
        if len(lv):
            finest = lv.max()
            pick = mine & (level == finest)
            names = tag_values(admin[pick], "name")
            ids = _osm_ids(admin[pick])
            for idx in admin.index[pick]:
                geom = admin_geom[idx].intersection(cgeom) if cname != "unknown" else admin_geom[idx]
                if geom.is_empty or geom.area == 0:
                    continue
                rows.append((names[idx], cname, int(finest), ids[idx], "osm", geom))
            covered = shapely.union_all(admin_geom[pick].values)
            rest = _without_slivers(cgeom.difference(covered))
            if rest is not None:
                rows.append((f"{cname} (rest)", cname, 2, None, "rest", rest))
                notes.append(
                    f"{cname}: the municipal areas (admin_level {int(finest)}) in the extract leave "
                    f"{rest.area / 1e6:.1f} km² of it uncovered (a municipality missing from the extract); "
                    f"that part is the jurisdiction '{cname} (rest)'"
                )
        else:
            rows.append((cname, cname, 2, None, "national", cgeom))
            notes.append(
                f"{cname}: no municipal boundaries in the extract; the whole of {cname} within the box is one "
                "jurisdiction"
            )
    out = gpd.GeoDataFrame(
        {
            "name": [r[0] for r in rows],
            "country": [r[1] for r in rows],
            "admin_level": pd.array([r[2] for r in rows], dtype="int64"),
            "osm_id": [r[3] for r in rows],
            "source": [r[4] for r in rows],
        },
        geometry=[shapely.force_2d(r[5]) for r in rows],
        crs=crs,
    )
    return out


def _country_faces(border, frame, notes) -> dict:
    """{country: polygon within the frame} from the admin_level 2 border ways (see the module's text)."""
    if len(border) == 0:
        notes.append("the extract has no national border ways (admin_level 2): the country is 'unknown'")
        return {"unknown": frame}
    lines = list(border.geometry.values) + [frame.exterior]
    noded = shapely.node(shapely.union_all(lines))
    faces = [
        f
        for f in shapely.get_parts(shapely.polygonize(shapely.get_parts(noded)))
        if f.within(frame.buffer(1.0))
    ]
    if not faces:
        faces = [frame]
    faces = gpd.GeoSeries(faces, crs=border.crs)

    # Votes: points 5 m to the left and right of the middle of every border segment, each naming the
    # country on its side; a face takes the country most of the points inside it name.
    left = tag_values(border, "left:country")
    right = tag_values(border, "right:country")
    coords, index = shapely.get_coordinates(border.geometry.values, return_index=True)
    same = index[1:] == index[:-1]
    a, b, owner = coords[:-1][same], coords[1:][same], index[1:][same]
    d = b - a
    length = np.hypot(d[:, 0], d[:, 1])
    ok = length > 0
    a, d, length, owner = a[ok], d[ok], length[ok], owner[ok]
    mid = a + 0.5 * d
    normal = np.column_stack([-d[:, 1], d[:, 0]]) / length[:, None] * 5.0
    pts = np.vstack([mid + normal, mid - normal])
    names = np.concatenate([left.to_numpy()[owner], right.to_numpy()[owner]]).astype(object)
    weight = np.concatenate([length, length])
    has = pd.notna(names)
    pts, names, weight = pts[has], names[has], weight[has]
    tree = shapely.STRtree(faces.values)
    pi, fi = tree.query(shapely.points(pts), predicate="within")
    votes = pd.DataFrame({"face": fi, "country": names[pi], "w": weight[pi]})
    best = votes.groupby(["face", "country"])["w"].sum().reset_index().sort_values("w", ascending=False)
    best = best.drop_duplicates("face").set_index("face")["country"]
    face_country = pd.Series(
        [best.get(i, "unknown") for i in range(len(faces))], index=range(len(faces)), dtype=object
    )
    out = {}
    for cname, idx in face_country.groupby(face_country).groups.items():
        out[cname] = shapely.union_all(faces.values[list(idx)])
    if "unknown" in out:
        notes.append(
            f"{out['unknown'].area / 1e6:.1f} km² of the box is bounded by no tagged national border: country 'unknown'"
        )
    return out


def _without_slivers(geom, width_m: float = 20.0, min_area_m2: float = 10_000.0):
    """The parts of geom thicker than width_m and larger than min_area_m2 (m², 1 ha), or None."""
    if geom is None or geom.is_empty:
        return None
    opened = geom.buffer(-width_m / 2).buffer(width_m / 2)
    parts = [p for p in shapely.get_parts(opened) if p.area >= min_area_m2]
    if not parts:
        return None
    # Keep the original outline of the surviving parts (the opening rounds their corners).
    return geom.intersection(shapely.union_all(parts).buffer(width_m))
