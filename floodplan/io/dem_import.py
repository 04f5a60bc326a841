"""Elevation from public tiles: read, mosaic, crop, fill voids, reproject to a metric grid, merge datasets.

This is the elevation half of ``floodplan new`` (a project from public data). It turns one or more
GDAL-readable rasters (GeoTIFF, SRTM ``.hgt``, zipped ``.hgt.zip`` tiles, national DEMs in their own
CRSs) into one :class:`floodplan.core.grid.Grid` in a metric CRS, and says what it did.

Rules (the choices the importer makes, so plates and reports can state them)
----------------------------------------------------------------------------
Sources
    Every path is read through GDAL. A path ending ``.zip`` is opened as ``/vsizip/PATH/MEMBER`` for
    every raster member inside (``.hgt``, ``.tif``, ...); ``/vsi...`` paths are passed through. Band 1
    is the elevation, in metres. A source without a CRS, with a rotated geotransform, that cannot be
    read, or with no valid cell in the box is refused (:class:`~floodplan.errors.InputError`).
Groups and priority
    Sources that share CRS, resolution and vertical offset form one *group* and are mosaicked with
    :func:`rasterio.merge.merge` on their own pixel grid (no resampling inside a group). Groups are
    ranked by the order of their first path: where two groups overlap, the earlier one wins.
Tiles must touch
    The sources that reach the box must form one connected area (footprints touching or overlapping
    within one source cell). Tiles with a gap between them are refused: an interpolated surface across
    a gap would be invented terrain. Sources that do not reach the box at all are left out, with a note.
Box
    ``bbox_lonlat`` is (W, S, E, N) in degrees of WGS 84. The output grid covers the envelope of that
    box in the metric CRS (slightly larger than the box, since meridians converge), cut to the data's
    extent. A box that misses the data is refused; one that reaches past it is cut, with a note.
Metric CRS
    Unless ``dst_crs`` is given: the UTM zone of the centre of the box (or of the data without a box).
    Where ETRS89 / UTM (EPSG:25828–25838) is defined for that point (Europe) it is used, since the
    national data and the OSM layers of European partners are in ETRS89; elsewhere WGS 84 / UTM
    (EPSG:326zz north, 327zz south). The Norway/Svalbard zone exceptions are not applied.
Cell size
    Unless ``cellsize_m`` is given: the geometric mean of the finest source's cell width and height in
    metres (so the grid has about as many cells as the source has), rounded to the nearest value of
    :data:`NICE_CELLSIZES_M` on a log scale. SRTM3 at 42.5° N (68 m × 93 m) gives 75 m; SRTM3 at the
    equator (93 m × 93 m) gives 90 m; SRTM1 (1") at 42.5° N gives 25 m.
Voids
    Nodata cells inside a source's footprint are voids. They are filled in the source's own grid,
    before reprojection, with GDAL FillNodata (:func:`rasterio.fill.fillnodata`, inverse-distance
    weighting, no smoothing, a search distance as large as the array so every void is filled). The
    void mask is reprojected with the elevations (bilinear); an output cell is marked *filled* when any
    filled source cell contributes to it (weight > 0.1 %), so plates err on the side of saying
    "interpolated". Cells outside every footprint stay NaN (never extrapolated).
Vertical offsets
    ``vertical_offsets_m[path]`` (m) is added to that source's elevations, to bring it to the datum of
    the others (e.g. +0.3 for a DEM whose heights are 0.3 m lower). Each seam between a group and the
    higher-priority surface is reported: the mean and largest difference (this group minus the
    surface it meets) where both have data, before and after the offset; where they only abut, over the
    cells of this group next to the other (nearest cell).
Ocean tiles
    SRTM marks the sea as exactly 0 m. When all valid cells together lie below 10 m and at least half
    of them are exactly 0 m, the input "has no land relief": it is refused as an ocean tile. A coastal
    mosaic (land tile plus sea tile) passes, since its land rises above 10 m.
Resampling
    Bilinear, from the filled source grid to the output grid (elevations are continuous; nearest would
    leave a staircase and cubic would overshoot at cliffs).
"""

from __future__ import annotations

import math
import zipfile
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyproj
import rasterio
import rasterio.fill
import rasterio.merge
import shapely
import shapely.ops
from affine import Affine
from rasterio.crs import CRS
from rasterio.errors import RasterioError
from rasterio.warp import Resampling, reproject, transform_bounds
from scipy import ndimage

from floodplan.core.checks import refuse_with
from floodplan.core.grid import Grid, crs_units, unit_plural
from floodplan.errors import CRSError, InputError
from floodplan.io.raster import mask_voids, utm_crs_for  # noqa: F401 - re-exported for callers
from floodplan.notes import collect_notes
from floodplan.progress import Feedback
from floodplan.progress import step as _step

__all__ = [
    "DemImport",
    "NICE_CELLSIZES_M",
    "OCEAN_MAX_M",
    "choose_cellsize",
    "fill_voids",
    "import_dem",
    "raster_paths",
    "utm_crs_for",
]

#: Output cell sizes (m) the importer rounds to when none is given.
NICE_CELLSIZES_M = (1, 2, 5, 10, 15, 20, 25, 30, 50, 60, 75, 90, 100, 120, 150, 200, 250, 500, 1000)

#: Below this elevation (m) everywhere, with half the cells exactly 0 m, the input is taken for sea.
OCEAN_MAX_M = 10.0

#: Raster file name endings looked for inside a .zip.
_ZIP_RASTER_SUFFIXES = (
    ".hgt",
    ".tif",
    ".tiff",
    ".dem",
    ".asc",
    ".img",
    ".bil",
    ".flt",
    ".vrt",
    ".dt0",
    ".dt1",
    ".dt2",
    ".nc",
)

#: Metres per degree of latitude (mean; WGS 84) and of longitude at the equator, for cell-size estimates.
_M_PER_DEG_LAT = 111_132.0
_M_PER_DEG_LON_EQ = 111_320.0


@dataclass
class DemImport:
    """The result of :func:`import_dem`.

    Attributes
    ----------
    grid : Grid
        Elevation (m, float32, NaN where no source has data) in a metric CRS.
    filled_mask : ndarray of bool, shape like ``grid.z``
        Cells whose value draws on interpolated (void-filled) source cells.
    filled_count : int
        Number of True cells in ``filled_mask``.
    seams : list of str
        One sentence per seam between two sources of different CRS/resolution/offset.
    seam_stats : list of dict
        The same as numbers: ``source``, ``against``, ``kind`` ("overlap" or "abutting"), ``cells``,
        ``offset_m``, ``mean_before_m``, ``max_abs_before_m``, ``mean_after_m``, ``max_abs_after_m``.
    notes : list of str
        What the importer chose or noticed (CRS, cell size, voids filled, sources left out, ...).
    source_descriptions : list of str
        One line per source raster actually used.
    attribution : list of str
        Credits and licences for the sources (SRTM is recognised; other files are named).
    source_void_count : int
        Void cells filled in the source grids (before reprojection).
    """

    grid: Grid
    filled_mask: np.ndarray
    filled_count: int
    seams: list[str] = field(default_factory=list)
    seam_stats: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    source_descriptions: list[str] = field(default_factory=list)
    attribution: list[str] = field(default_factory=list)
    source_void_count: int = 0

    @property
    def crs(self) -> CRS:
        return self.grid.crs

    @property
    def cellsize_m(self) -> float:
        return self.grid.dx


@dataclass
class _Source:
    user_path: str  # as the user gave it (for messages)
    gdal_path: str
    ds: rasterio.io.DatasetReader
    offset_m: float
    footprint_ll: shapely.Polygon  # lon/lat footprint (envelope of the bounds)
    res_m: tuple[float, float]  # (x, y) cell size in metres (approximate for geographic CRSs)

    @property
    def label(self) -> str:
        if self.gdal_path.startswith("/vsizip/"):
            return f"{self.user_path} ({Path(self.gdal_path).name})"
        return self.user_path


# --------------------------------------------------------------------------------------------------
# Small public helpers


def choose_cellsize(res_x_m: float, res_y_m: float) -> float:
    """Output cell size (m) for a source with cells of res_x_m × res_y_m metres.

    The geometric mean of the two (same number of cells as the source) rounded on a log scale to the
    nearest of :data:`NICE_CELLSIZES_M`.
    """
    mean = math.sqrt(abs(res_x_m * res_y_m))
    nice = np.asarray(NICE_CELLSIZES_M, dtype=float)
    return float(nice[np.argmin(np.abs(np.log(nice) - math.log(max(mean, 1e-9))))])


def raster_paths(path: str | Path) -> list[str]:
    """The GDAL paths of the rasters a user path stands for.

    A ``.zip`` gives ``/vsizip/ABS_PATH/MEMBER`` for every raster member (by name ending); other paths
    are returned as they are.

    Raises
    ------
    InputError
        The file does not exist, is not a zip archive although named so, or holds no raster.
    """
    s = str(path)
    if s.startswith("/vsi"):
        return [s]
    p = Path(s)
    if not p.exists():
        raise InputError(f"{s}: no such file; check the path of the elevation tile")
    if p.suffix.lower() != ".zip":
        return [s]
    try:
        with zipfile.ZipFile(p) as zf:
            names = [n for n in zf.namelist() if n.lower().endswith(_ZIP_RASTER_SUFFIXES)]
    except zipfile.BadZipFile:
        raise InputError(f"{s}: not a readable zip archive; download the tile again") from None
    if not names:
        raise InputError(
            f"{s}: the zip archive holds no elevation raster (.hgt, .tif, ...); unzip it and give the raster's path"
        )
    return [f"/vsizip/{p.resolve()}/{n}" for n in sorted(names)]


def fill_voids(z: np.ndarray, voids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Fill void cells by GDAL FillNodata (inverse distance weighting, no smoothing).

    Parameters
    ----------
    z : ndarray, float (m)
        Elevations; values under ``voids`` are ignored.
    voids : ndarray of bool
        Cells to fill. Other non-finite cells are neither used nor filled.

    Returns
    -------
    filled : ndarray, float32 (m)
        ``z`` with the voids filled (all of them, as long as the array has one valid cell; otherwise
        they stay NaN).
    filled_mask : ndarray of bool
        The voids that received a value.
    """
    z = np.asarray(z, dtype=np.float32)
    voids = np.asarray(voids, dtype=bool)
    valid = np.isfinite(z) & ~voids
    out = z.copy()
    out[voids] = np.nan
    if not voids.any() or not valid.any():
        return out, np.zeros(z.shape, dtype=bool)
    work = np.where(valid, z, 0.0).astype(np.float32)
    # The search distance spans the whole array so that no void is left (big SRTM voids on steep slopes
    # reach dozens of cells); FillNodata interpolates from the nearest valid cells in every direction.
    dist = float(max(z.shape) + 1)
    filled = rasterio.fill.fillnodata(work, mask=valid.astype(np.uint8), max_search_distance=dist)
    out[voids] = filled[voids]
    return out, voids.copy()


# --------------------------------------------------------------------------------------------------
# The importer


def import_dem(
    paths,
    bbox_lonlat=None,
    dst_crs=None,
    vertical_offsets_m: dict | None = None,
    feedback: Feedback | None = None,
    cellsize_m: float | None = None,
) -> DemImport:
    """Read elevation rasters and make one metric grid of them (see the module's rules).

    Parameters
    ----------
    paths : list of str or Path (or one)
        Rasters in priority order: any GDAL raster, ``.hgt``, ``.hgt.zip`` / ``.zip``, ``/vsizip/...``.
    bbox_lonlat : (W, S, E, N), optional
        The area of interest in degrees (WGS 84). Without it, the whole of the data.
    dst_crs : CRS or anything :meth:`rasterio.crs.CRS.from_user_input` takes, optional
        A projected CRS in metres. Default: :func:`utm_crs_for` the centre.
    vertical_offsets_m : dict {path: float}, optional
        Metres added to that source's elevations (keys as given in ``paths``).
    feedback : Feedback, optional
        Progress and cancellation.
    cellsize_m : float, optional
        Output cell size (m). Default: :func:`choose_cellsize` of the finest source.

    Returns
    -------
    DemImport

    Raises
    ------
    InputError
        Unreadable or corrupt raster, no CRS (:class:`~floodplan.errors.CRSError`), rotated raster,
        no valid cell, an ocean tile, a box outside the data, tiles that do not touch, a bad box.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    paths = list(paths)
    if not paths:
        raise refuse_with(
            "dem",
            "an elevation file",
            "no elevation file given: pass at least one DEM (e.g. {what} N42E001.hgt.zip)",
        )
    bbox = _check_bbox(bbox_lonlat)
    offsets = _offsets_by_path(paths, vertical_offsets_m)
    notes: list[str] = []

    with ExitStack() as stack:
        _step(feedback, 0.0, "reading elevation sources")
        sources = []
        for p in paths:
            for gp in raster_paths(p):
                sources.append(_open_source(stack, str(p), gp, offsets.get(str(p), 0.0)))

        # Sources that reach the box; those that do not are left out (and must not break the gap test).
        if bbox is not None:
            box_ll = shapely.box(*bbox)
            used = [s for s in sources if s.footprint_ll.intersects(box_ll)]
            if not used:
                ext = shapely.union_all([s.footprint_ll for s in sources]).bounds
                raise InputError(
                    f"the box {_fmt_box(bbox)} lies outside the elevation data "
                    f"(the data of {', '.join(s.user_path for s in sources)} covers {_fmt_box(ext)}): "
                    "check that the box is W,S,E,N in degrees or add the tiles that cover it"
                )
            for s in sources:
                if s not in used:
                    notes.append(f"{s.label} does not reach the box {_fmt_box(bbox)}; left out")
        else:
            used = list(sources)
        _check_touching(used)

        # Target CRS and cell size.
        union_ll = shapely.union_all([s.footprint_ll for s in used])
        area_ll = union_ll.intersection(shapely.box(*bbox)) if bbox is not None else union_ll
        centre = area_ll.centroid
        if dst_crs is None:
            crs = utm_crs_for(centre.x, centre.y)
            notes.append(f"working CRS {crs.to_string()} ({_crs_name(crs)}): the UTM zone of the centre")
        else:
            crs = _metric_crs(dst_crs)
        if cellsize_m is None:
            finest = min(used, key=lambda s: s.res_m[0] * s.res_m[1])
            cs = choose_cellsize(*finest.res_m)
            notes.append(
                f"cell size {cs:g} m, from the source cells of about {finest.res_m[0]:.0f} m × {finest.res_m[1]:.0f} m"
            )
        else:
            cs = float(cellsize_m)
            if not cs > 0:
                raise InputError(f"cell size {cellsize_m} m: give a positive number of metres")

        # Output grid: the box's envelope (or the data's) in the metric CRS, cut to the data, snapped to
        # whole multiples of the cell size so grids made from the same data line up.
        data_bounds = _union_bounds(
            [transform_bounds(s.ds.crs, crs, *s.ds.bounds, densify_pts=21) for s in used]
        )
        if bbox is not None:
            bx = transform_bounds("EPSG:4326", crs, *bbox, densify_pts=21)
            tb = (
                max(bx[0], data_bounds[0]),
                max(bx[1], data_bounds[1]),
                min(bx[2], data_bounds[2]),
                min(bx[3], data_bounds[3]),
            )
            if not shapely.box(*bbox).within(union_ll):
                cover = 100.0 * area_ll.area / shapely.box(*bbox).area
                notes.append(
                    f"the box {_fmt_box(bbox)} reaches beyond the elevation data (about {cover:.0f} % covered); "
                    "the grid is cut to the data"
                )
        else:
            tb = data_bounds
        x0, y0 = math.floor(tb[0] / cs) * cs, math.floor(tb[1] / cs) * cs
        x1, y1 = math.ceil(tb[2] / cs) * cs, math.ceil(tb[3] / cs) * cs
        cols, rows = int(round((x1 - x0) / cs)), int(round((y1 - y0) / cs))
        if cols < 1 or rows < 1:
            raise InputError(f"the box {_fmt_box(bbox)} is smaller than one {cs:g} m cell: give a larger box")
        dst_transform = Affine(cs, 0.0, x0, 0.0, -cs, y1)
        dst_bounds = (x0, y0, x1, y1)

        groups = _group_sources(used)
        z = np.full((rows, cols), np.nan, dtype=np.float32)
        filled = np.zeros((rows, cols), dtype=bool)
        seams: list[str] = []
        seam_stats: list[dict] = []
        descriptions: list[str] = []
        void_total = 0
        stats = _ValueStats()
        group_names = []
        for gi, group in enumerate(groups):
            sub = (
                feedback.sub(0.1 + 0.8 * gi / len(groups), 0.1 + 0.8 * (gi + 1) / len(groups))
                if feedback
                else None
            )
            label = ", ".join(s.label for s in group)
            _step(sub, 0.0, f"mosaicking {label}")
            arr, transform, footprint = _mosaic_group(group, crs, dst_bounds)
            if arr is None:
                notes.append(f"{label} does not reach the output grid; left out")
                continue
            # Values no ground has (−32768 voids saved without a nodata tag) are voids like tagged ones,
            # and a vertical CRS in feet is converted (docs/layers.md, "Coordinate systems and units"); both
            # say so in a note.
            units = crs_units(group[0].ds.crs)
            if units.vertical is not None and units.vertical_m_per_unit != 1.0:
                arr *= np.float32(units.vertical_m_per_unit)
                notes.append(
                    f"{label}: its vertical CRS is in {unit_plural(units.vertical)}; elevations converted to metres"
                )
            with collect_notes() as void_notes:
                mask_voids(arr, label)
            notes.extend(void_notes)
            valid = np.isfinite(arr)
            if not valid.any():
                raise InputError(
                    f"{label}: no valid elevation in the area (every cell is nodata); use another tile or another box"
                )
            stats.add(arr[valid])
            voids = footprint & ~valid
            nvoid = int(voids.sum())
            void_total += nvoid
            _step(sub, 0.3, f"filling {nvoid} voids in {label}")
            if nvoid:
                arr, got = fill_voids(arr, voids)
                notes.append(
                    f"{label}: {nvoid} void cells ({100.0 * nvoid / max(footprint.sum(), 1):.2f} % of the area read) "
                    "filled by interpolation (GDAL FillNodata, inverse distance weighting)"
                )
            else:
                got = np.zeros(arr.shape, dtype=bool)
            offset = group[0].offset_m
            _step(sub, 0.6, f"reprojecting {label}")
            zg = _warp(arr, transform, group[0].ds.crs, dst_transform, crs, (rows, cols))
            mg = _warp(got.astype(np.float32), transform, group[0].ds.crs, dst_transform, crs, (rows, cols))
            mg = np.nan_to_num(mg, nan=0.0) > 1e-3
            have = np.isfinite(z)
            new = np.isfinite(zg)
            if gi > 0 and have.any():
                stat = _seam(z, have, zg, new, offset)
                stat.update(source=label, against=" + ".join(group_names), offset_m=offset)
                seam_stats.append(stat)
                seams.append(_seam_sentence(stat))
            zg_off = zg + np.float32(offset)
            take = new & ~have
            z[take] = zg_off[take]
            filled[take] = mg[take]
            group_names.append(label)
            for s in group:
                descriptions.append(_describe(s, offset))
        _step(feedback, 0.9, "checking the surface")

        if not np.isfinite(z).any():
            raise InputError(
                f"{', '.join(s.label for s in used)}: no valid elevation in the box {_fmt_box(bbox)}; "
                "use other tiles or another box"
            )
        stats.check_relief([s.label for s in used])
        nodata_pct = 100.0 * (~np.isfinite(z)).sum() / z.size
        if nodata_pct > 0.0:
            notes.append(f"{nodata_pct:.1f} % of the grid has no elevation (outside every source)")
        if void_total:
            notes.append(
                f"{int(filled.sum())} cells of the {cs:g} m grid draw on interpolated values; "
                "they are kept as the mask of filled cells"
            )
        attribution = _attribution(used)
    _step(feedback, 1.0, "elevation ready")
    return DemImport(
        grid=Grid(z, dst_transform, crs),
        filled_mask=filled,
        filled_count=int(filled.sum()),
        seams=seams,
        seam_stats=seam_stats,
        notes=notes,
        source_descriptions=descriptions,
        attribution=attribution,
        source_void_count=void_total,
    )


# --------------------------------------------------------------------------------------------------
# Pieces


def _check_bbox(bbox):
    if bbox is None:
        return None
    try:
        w, s, e, n = (float(v) for v in bbox)
    except (TypeError, ValueError):
        raise InputError(f"box {bbox!r}: give four numbers W,S,E,N in degrees (WGS 84)") from None
    if not (-180 <= w < e <= 180 and -90 <= s < n <= 90):
        raise InputError(
            f"box {_fmt_box((w, s, e, n))}: give W,S,E,N in degrees with W < E and S < N "
            "(longitudes -180..180, latitudes -90..90)"
        )
    return (w, s, e, n)


def _fmt_box(b) -> str:
    if b is None:
        return "(whole data)"
    return ",".join(f"{v:.4f}".rstrip("0").rstrip(".") for v in b)


def _offsets_by_path(paths, offsets) -> dict[str, float]:
    if not offsets:
        return {}
    by_str = {str(p): str(p) for p in paths}
    by_res = {str(Path(str(p)).resolve()): str(p) for p in paths if not str(p).startswith("/vsi")}
    out = {}
    for k, v in offsets.items():
        key = by_str.get(str(k)) or by_res.get(str(Path(str(k)).resolve()))
        if key is None:
            raise InputError(
                f"a vertical offset is given for {k}, which is not among the DEMs "
                f"({', '.join(map(str, paths))}): use the same path as in the DEM list"
            )
        try:
            out[key] = float(v)
        except (TypeError, ValueError):
            raise InputError(f"vertical offset for {k}: {v!r} is not a number of metres") from None
        if not math.isfinite(out[key]):
            raise InputError(f"vertical offset for {k}: {v!r} is not a finite number of metres")
    return out


def _open_source(stack: ExitStack, user_path: str, gdal_path: str, offset: float) -> _Source:
    try:
        ds = stack.enter_context(rasterio.open(gdal_path))
    except RasterioError as exc:
        raise InputError(
            f"{user_path}: cannot be read as a raster ({_short(exc)}); give a GDAL-readable elevation file "
            "(GeoTIFF, .hgt, .hgt.zip)"
        ) from None
    if ds.crs is None:
        raise CRSError(
            f"{user_path}: the raster has no coordinate reference system; assign one "
            "(e.g. gdal_edit.py -a_srs EPSG:25831 FILE) and import it again"
        )
    t = ds.transform
    if t.b != 0.0 or t.d != 0.0:
        raise InputError(
            f"{user_path}: the raster is rotated; warp it north-up first (gdalwarp FILE OUT.tif)"
        )
    if t.e >= 0.0:
        raise InputError(
            f"{user_path}: the raster is stored south-up; warp it north-up first (gdalwarp FILE OUT.tif)"
        )
    try:
        ll = transform_bounds(ds.crs, "EPSG:4326", *ds.bounds, densify_pts=21)
    except Exception as exc:  # noqa: BLE001 - any PROJ failure means the CRS is unusable here
        raise CRSError(
            f"{user_path}: its CRS cannot be transformed to longitude/latitude ({_short(exc)})"
        ) from None
    footprint = shapely.box(*ll)
    if ds.crs.is_geographic:
        lat = 0.5 * (ll[1] + ll[3])
        res_m = (abs(t.a) * _M_PER_DEG_LON_EQ * math.cos(math.radians(lat)), abs(t.e) * _M_PER_DEG_LAT)
    else:
        factor = ds.crs.linear_units_factor[1]
        res_m = (abs(t.a) * factor, abs(t.e) * factor)
    return _Source(user_path, gdal_path, ds, offset, footprint, res_m)


def _check_touching(sources: list[_Source]) -> None:
    """Refuse sources whose footprints form more than one piece (gaps between tiles)."""
    if len(sources) < 2:
        return
    # Tolerance: one source cell in degrees, so tiles that share an edge (SRTM: they overlap by one
    # row) or abut with rounding errors count as touching.
    tol = max(max(s.res_m) for s in sources) / _M_PER_DEG_LAT
    geoms = [s.footprint_ll.buffer(tol, join_style="mitre") for s in sources]
    # Connected components by repeated union (few sources: the quadratic test is cheap).
    n = len(geoms)
    adj = np.array([[geoms[i].intersects(geoms[j]) for j in range(n)] for i in range(n)])
    ncomp, labels = _components(adj)
    if ncomp > 1:
        parts = [[s for s, lab in zip(sources, labels) if lab == k] for k in range(ncomp)]
        a = shapely.union_all([s.footprint_ll for s in parts[0]])
        b = shapely.union_all([s.footprint_ll for p in parts[1:] for s in p])
        pa, pb = shapely.ops.nearest_points(a, b)
        gap_km = pyproj.Geod(ellps="WGS84").inv(pa.x, pa.y, pb.x, pb.y)[2] / 1000.0
        raise refuse_with(
            "bbox",
            "the area of interest",
            f"the elevation tiles do not touch: {', '.join(s.label for s in parts[0])} and "
            f"{', '.join(s.label for p in parts[1:] for s in p)} are about {gap_km:.0f} km apart; "
            "add the tiles in between, or choose a box ({what}) inside one connected set of tiles",
        )


def _components(adj: np.ndarray) -> tuple[int, np.ndarray]:
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    return connected_components(csr_matrix(adj), directed=False)


def _metric_crs(dst_crs) -> CRS:
    try:
        crs = CRS.from_user_input(dst_crs)
    except Exception as exc:  # noqa: BLE001 - CRSError or anything PROJ raises for garbage
        raise CRSError(
            f"working CRS {dst_crs!r} is not a known CRS ({_short(exc)}); give e.g. EPSG:25831"
        ) from None
    if not crs.is_projected or crs.linear_units_factor[1] != 1.0:
        raise CRSError(
            f"working CRS {dst_crs!r} is not a projected CRS in metres; give a metric one such as a UTM zone"
        )
    return crs


def _crs_name(crs: CRS) -> str:
    try:
        return pyproj.CRS.from_user_input(crs.to_wkt()).name
    except Exception:  # noqa: BLE001 - a name is only decoration
        return crs.to_string()


def _union_bounds(bounds) -> tuple[float, float, float, float]:
    b = np.asarray(bounds, dtype=float)
    return float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 2].max()), float(b[:, 3].max())


def _group_sources(sources: list[_Source]) -> list[list[_Source]]:
    groups: list[list[_Source]] = []
    for s in sources:
        for g in groups:
            r = g[0]
            if (
                r.ds.crs == s.ds.crs
                and math.isclose(r.ds.res[0], s.ds.res[0], rel_tol=1e-6)
                and math.isclose(r.ds.res[1], s.ds.res[1], rel_tol=1e-6)
                and r.offset_m == s.offset_m
            ):
                g.append(s)
                break
        else:
            groups.append([s])
    return groups


def _mosaic_group(group: list[_Source], dst_crs: CRS, dst_bounds):
    """Mosaic a group on its own pixel grid over the part needed for dst_bounds (plus a margin).

    Returns (array float32 with NaN nodata, transform, footprint mask) or (None, None, None) when the
    group does not reach dst_bounds.
    """
    ref = group[0].ds
    rx, ry = ref.res
    need = transform_bounds(dst_crs, ref.crs, *dst_bounds, densify_pts=21)
    # Two source cells of margin so bilinear resampling at the grid's edge has neighbours to use.
    need = (need[0] - 2 * rx, need[1] - 2 * ry, need[2] + 2 * rx, need[3] + 2 * ry)
    have = _union_bounds([s.ds.bounds for s in group])
    w, s_, e, n = max(need[0], have[0]), max(need[1], have[1]), min(need[2], have[2]), min(need[3], have[3])
    if w >= e or s_ >= n:
        return None, None, None
    # Snap outward onto the group's pixel grid so merge copies cells without resampling.
    t = ref.transform
    w = t.c + math.floor(round((w - t.c) / rx, 6)) * rx
    e = t.c + math.ceil(round((e - t.c) / rx, 6)) * rx
    n = t.f - math.floor(round((t.f - n) / ry, 6)) * ry
    s_ = t.f - math.ceil(round((t.f - s_) / ry, 6)) * ry
    members = [
        g for g in group if not shapely.box(*g.ds.bounds).intersection(shapely.box(w, s_, e, n)).is_empty
    ]
    if not members:
        return None, None, None
    try:
        arr, transform = rasterio.merge.merge(
            [m.ds for m in members],
            bounds=(w, s_, e, n),
            res=(rx, ry),
            nodata=np.nan,
            dtype="float32",
            indexes=[1],
        )
    except RasterioError:
        _find_unreadable(members)
        raise
    arr = arr[0]
    footprint = np.zeros(arr.shape, dtype=bool)
    inv = ~transform
    for m in members:
        b = m.ds.bounds
        c0, r0 = inv @ (b.left, b.top)
        c1, r1 = inv @ (b.right, b.bottom)
        r0, c0 = max(int(round(r0)), 0), max(int(round(c0)), 0)
        r1, c1 = min(int(round(r1)), arr.shape[0]), min(int(round(c1)), arr.shape[1])
        if r1 > r0 and c1 > c0:
            footprint[r0:r1, c0:c1] = True
    return arr, transform, footprint


def _find_unreadable(members: list[_Source]) -> None:
    """Name the source whose pixels cannot be read (merge's own error does not say which)."""
    for m in members:
        try:
            for _, window in m.ds.block_windows(1):
                m.ds.read(1, window=window)
        except RasterioError as exc:
            raise InputError(
                f"{m.label}: the raster's pixels cannot be read ({_short(exc)}); the file is corrupt: "
                "download or export it again"
            ) from None


def _warp(arr, src_transform, src_crs, dst_transform, dst_crs, shape) -> np.ndarray:
    out = np.full(shape, np.nan, dtype=np.float32)
    reproject(
        source=np.ascontiguousarray(arr, dtype=np.float32),
        destination=out,
        src_transform=src_transform,
        src_crs=src_crs,
        src_nodata=np.nan,
        dst_transform=dst_transform,
        dst_crs=dst_crs,
        dst_nodata=np.nan,
        resampling=Resampling.bilinear,
    )
    return out


def _seam(z, have, zg, new, offset) -> dict:
    """Differences (new group minus the surface so far) where both have data, or along where they abut."""
    both = have & new
    if both.any():
        d = (zg[both] - z[both]).astype(float)
        kind = "overlap"
    else:
        # Abutting: the new group's cells next to the surface so far, against the nearest such cell.
        ring = ndimage.binary_dilation(have) & ~have & new
        if not ring.any():
            return {
                "kind": "none",
                "cells": 0,
                "mean_before_m": None,
                "max_abs_before_m": None,
                "mean_after_m": None,
                "max_abs_after_m": None,
            }
        _, idx = ndimage.distance_transform_edt(~have, return_indices=True)
        d = (zg[ring] - z[idx[0][ring], idx[1][ring]]).astype(float)
        kind = "abutting"
    after = d + offset
    return {
        "kind": kind,
        "cells": int(d.size),
        "mean_before_m": float(d.mean()),
        "max_abs_before_m": float(np.abs(d).max()),
        "mean_after_m": float(after.mean()),
        "max_abs_after_m": float(np.abs(after).max()),
    }


def _seam_sentence(st: dict) -> str:
    if st["kind"] == "none":
        return f"{st['source']} does not meet {st['against']}: no seam to measure"
    where_ = "where they overlap" if st["kind"] == "overlap" else "along the cells where they meet"
    return (
        f"seam between {st['source']} and {st['against']} ({st['cells']} cells {where_}): "
        f"mean difference {st['mean_before_m']:+.2f} m (largest {st['max_abs_before_m']:.2f} m) before the "
        f"vertical offset of {st['offset_m']:+.2f} m, {st['mean_after_m']:+.2f} m "
        f"(largest {st['max_abs_after_m']:.2f} m) after it; {st['against']} is kept where both have data"
    )


class _ValueStats:
    """Running count / min / max / zeros of the measured source cells (for the ocean rule)."""

    def __init__(self):
        self.n = 0
        self.zeros = 0
        self.lo = math.inf
        self.hi = -math.inf

    def add(self, v: np.ndarray) -> None:
        if v.size:
            self.n += int(v.size)
            self.zeros += int(np.count_nonzero(v == 0.0))
            self.lo = min(self.lo, float(v.min()))
            self.hi = max(self.hi, float(v.max()))

    def check_relief(self, labels: list[str]) -> None:
        if self.n and self.hi < OCEAN_MAX_M and self.zeros >= 0.5 * self.n:
            raise InputError(
                f"{', '.join(labels)}: has no land relief (all values between {self.lo:g} and {self.hi:g} m, "
                f"{100.0 * self.zeros / self.n:.4g} % exactly 0 m, which is how SRTM marks the sea): "
                "is it an ocean tile? Use tiles that cover land"
            )


def _describe(s: _Source, offset: float) -> str:
    ds = s.ds
    unit = "°" if ds.crs.is_geographic else " m"
    text = (
        f"{s.label}: {ds.driver} {ds.width}×{ds.height}, {_crs_name(ds.crs)}, cells {ds.res[0]:.6g}{unit} × "
        f"{ds.res[1]:.6g}{unit} (about {s.res_m[0]:.0f} m × {s.res_m[1]:.0f} m)"
    )
    if ds.count > 1:
        text += f", band 1 of {ds.count} used"
    if offset:
        text += f", vertical offset {offset:+.2f} m applied"
    return text


def _attribution(sources: list[_Source]) -> list[str]:
    out = []
    for s in sources:
        name = Path(s.gdal_path).name.upper()
        if s.ds.driver == "SRTMHGT" or name.endswith(".HGT"):
            text = "Elevation: SRTM, courtesy NASA/NGA/USGS (public domain)"
        else:
            text = f"Elevation: {Path(s.user_path).name} (licence not recorded in the file; state it in the project)"
        if text not in out:
            out.append(text)
    return out


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if len(text) < 160 else text[:157] + "..."
