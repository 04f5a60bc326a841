"""What each defense changes, on both sides of the border: docs/command-line.md's ``defenses`` key of
``floodplan run``.

For every active defense the flood is computed WITH all active defenses and WITHOUT that one (all other
active defenses in place), in two ways:

- ``level``: the same flat water level in both states. A defense can only take water away here.
- ``volume``: the same volume of water in both states (the level is found so that the flood holds it).
  Water a defense holds off one bank then stands higher elsewhere, so a defense can flood people on the
  other bank: that is its ``harm``.

A building floods when its deepest cell (:meth:`floodplan.sim.footprints.AssetCells.max_of`) has depth
> 0. It belongs to the jurisdiction whose polygon holds its representative point (later rows win where
jurisdictions overlap); buildings outside every jurisdiction count in no jurisdiction.
"""

from __future__ import annotations

from collections.abc import Iterable

import geopandas as gpd
import numpy as np
import shapely

from floodplan.core.grid import Grid
from floodplan.errors import InputError
from floodplan.progress import Feedback, step
from floodplan.sim.footprints import AssetCells
from floodplan.sim.inundation import FloodModel, depth_under_surface, profile_surface
from floodplan.sim.stats import jurisdiction_names, zone_grid
from floodplan.sim.terrain import burn, defense_cells, source_mask, to_grid_crs

__all__ = ["appraise_defenses"]


def _asset_zones(assets: gpd.GeoDataFrame, jurisdictions: gpd.GeoDataFrame) -> np.ndarray:
    """Jurisdiction row of each asset's representative point, -1 outside all."""
    out = np.full(len(assets), -1, np.int64)
    if len(assets) == 0 or len(jurisdictions) == 0:
        return out
    pts = shapely.point_on_surface(np.asarray(assets.geometry.values))
    polys = np.asarray(jurisdictions.geometry.values)
    tree = shapely.STRtree(polys)
    ai, ji = tree.query(pts, predicate="within")
    o = np.argsort(ji, kind="stable")  # later jurisdiction rows overwrite earlier ones, as in zone_grid
    out[ai[o]] = ji[o]
    return out


class _Tally:
    """Per-jurisdiction figures of one flooded state."""

    def __init__(self, zones, asset_zone, asset_pop, cells, n_jur, cell_area):
        self.zones = zones.ravel()
        self.asset_zone = asset_zone
        self.asset_pop = asset_pop
        self.cells = cells
        self.n = n_jur
        self.a = cell_area

    def __call__(self, depth: np.ndarray) -> dict:
        d = depth.ravel()
        wet = (d > 0) & (self.zones >= 0)
        area = np.bincount(self.zones[wet], minlength=self.n)[: self.n] * self.a
        flooded = self.cells.max_of(depth) > 0  # NaN (off the grid) compares False: not flooded
        return {"area": area, "flooded": flooded}


def _compare(with_, without, asset_zone, asset_pop, n):
    """Per jurisdiction row: area/buildings/population with and without, benefit and harm."""
    inside = asset_zone >= 0
    z = asset_zone[inside]
    fw = with_["flooded"][inside]
    fo = without["flooded"][inside]
    pop = asset_pop[inside]

    def count(mask, w=None):
        return np.bincount(z[mask], weights=None if w is None else w[mask], minlength=n)[:n]

    return {
        "flooded_area_m2_with": with_["area"],
        "flooded_area_m2_without": without["area"],
        "buildings_with": count(fw),
        "buildings_without": count(fo),
        "population_with": count(fw, pop),
        "population_without": count(fo, pop),
        "benefit_buildings": count(fo & ~fw),
        "harm_buildings": count(fw & ~fo),
        "benefit_population": count(fo & ~fw, pop),
        "harm_population": count(fw & ~fo, pop),
    }


def _group(rows: dict, keys: list) -> dict:
    """Sum per-row arrays into a dict keyed by ``keys`` (jurisdiction names or countries)."""
    out: dict = {}
    for i, k in enumerate(keys):
        e = out.setdefault(k, {f: 0.0 for f in rows})
        for f, arr in rows.items():
            e[f] += float(arr[i])
    for e in out.values():
        for f in e:
            if f.startswith(("buildings", "benefit_b", "harm_b")):
                e[f] = int(round(e[f]))
    return out


def appraise_defenses(
    grid_unburned: Grid,
    sources,
    defenses: gpd.GeoDataFrame,
    assets: gpd.GeoDataFrame,
    jurisdictions: gpd.GeoDataFrame,
    level_m: float | None = None,
    volume_m3: float | None = None,
    profile: gpd.GeoDataFrame | None = None,
    river: gpd.GeoDataFrame | None = None,
    breaches: Iterable[str] = (),
    include_planned: bool = True,
    feedback: Feedback | None = None,
    surface: np.ndarray | None = None,
    asset_cells: AssetCells | None = None,
) -> dict:
    """Benefit, harm and a benefit-proportional cost share of every active defense, per jurisdiction.

    Parameters
    ----------
    grid_unburned : Grid
        Terrain WITHOUT defenses (m).
    sources : ndarray of bool or GeoDataFrame
        Source cells, or the river layer they are rasterised from.
    defenses : GeoDataFrame
        Defense lines (``id``, ``crest_m``/``height_m``, ``status``, ``cost``, optional ``name``).
    assets : GeoDataFrame
        Buildings (``population``, default 0).
    jurisdictions : GeoDataFrame
        Polygons with ``name`` and ``country``.
    level_m : float, optional
        Flat water level (m) of the scenario.
    volume_m3 : float, optional
        Volume (m³) of the scenario. When only ``level_m`` is given, the volume compared in ``volume``
        mode is the one the scenario's level holds with every active defense in place; when only
        ``volume_m3`` is given, ``level`` mode uses the level that holds it with every defense in place.
    profile : GeoDataFrame, optional
        Profile points with ``level_m`` (sloped surface): only ``profile`` mode is computed then.
    river : GeoDataFrame, optional
        River lines, for chainage in profile mode.
    breaches : iterable of str
        Defense ids left out (neither appraised nor in place).
    include_planned : bool
        Whether ``planned`` defenses are in place (and appraised).
    feedback : Feedback, optional
    surface : ndarray (rows, cols), optional
        The profile's water surface (m) when the caller has it already
        (:meth:`floodplan.sim.setup.FloodSetup.surface`); computed here otherwise.
    asset_cells : AssetCells, optional
        The buildings' footprints on ``grid_unburned``'s grid when the caller has them; built otherwise.

    Returns
    -------
    dict
        Keyed by defense id; each entry holds ``name``, ``status``, ``cost``, ``mode`` (the mode of the
        headline figures: ``volume`` when the scenario gives a volume, ``profile`` for a profile, else
        ``level``), ``levels_m`` ({mode: {"with", "without"}}), ``volume_m3`` (compared in volume mode),
        ``jurisdictions`` and ``countries``: keyed by name, each with the headline
        ``benefit_population``, ``harm_population``, ``benefit_buildings``, ``harm_buildings``,
        ``cost_share`` (fraction of the defense's cost if split by benefit_population; shares of one
        defense sum to 1 where anyone benefits, all 0 otherwise), ``cost_share_amount`` and, per mode
        computed, ``flooded_area_m2_with/_without`` (m²), ``buildings_with/_without``,
        ``population_with/_without``, ``benefit_population`` and ``harm_population``. Finally
        ``transboundary_harm`` (true when one country benefits and another is harmed in the headline
        mode) and ``notes`` (sentences saying so).
    """
    if level_m is None and volume_m3 is None and profile is None:
        raise InputError(
            "appraising defenses needs a water level, a volume or profile points; give one of them"
        )
    grid = grid_unburned
    if isinstance(sources, gpd.GeoDataFrame | gpd.GeoSeries):
        sources = source_mask(grid, sources)
    sources = np.asarray(sources, bool)
    dc = defense_cells(defenses, grid, breaches, include_planned)
    jur = to_grid_crs(jurisdictions, grid)
    names, countries = jurisdiction_names(jur)
    n_jur = len(names)
    assets = to_grid_crs(assets, grid) if assets is not None else gpd.GeoDataFrame(geometry=[], crs=grid.crs)
    if "population" in assets.columns:
        pop = np.nan_to_num(np.asarray(assets["population"], dtype=float), nan=0.0)
    else:
        pop = np.zeros(len(assets))
    zones = zone_grid(jur, grid)
    asset_zone = _asset_zones(assets, jur)
    if asset_cells is None:
        asset_cells = AssetCells.build(assets, grid)
    tally = _Tally(zones, asset_zone, pop, asset_cells, n_jur, grid.cell_area)

    defs = to_grid_crs(defenses, grid) if defenses is not None else None
    meta = {}
    if defs is not None and len(defs):
        ids = (
            [str(v) for v in defs["id"].values]
            if "id" in defs.columns
            else [str(i) for i in range(len(defs))]
        )
        for k, did in enumerate(ids):
            row = defs.iloc[k]
            meta[did] = {
                "name": None if "name" not in defs.columns or row.get("name") is None else str(row["name"]),
                "status": str(row["status"])
                if "status" in defs.columns and row.get("status") is not None
                else "existing",
            }

    headline = "profile" if profile is not None else ("volume" if volume_m3 is not None else "level")
    total = len(dc.ids) + 1
    # A profile's water surface depends on the river, the points and the grid's geometry, not on the
    # ground: computed once here, it serves every terrain state (it was 47 % of a sample run when each of
    # the 7 states recomputed it).
    if profile is not None and surface is None:
        surface = profile_surface(grid, sources, profile, river)
    elif profile is None:
        surface = None

    def states(z_grid: Grid, fb_base: float, ref: dict) -> dict:
        """Depth-derived tallies of one terrain state for every mode; fills ``ref`` on the first call."""
        out = {}
        if surface is not None:
            r = depth_under_surface(z_grid, sources, surface)
            out["profile"] = (tally(r.depth.z), None)
            return out
        model = FloodModel(z_grid, sources)
        step(feedback, fb_base + 0.5 / total, "flood with and without")
        if "level" not in ref:
            ref["level"] = float(level_m) if level_m is not None else model.level_for_volume(volume_m3)
            ref["volume"] = float(volume_m3) if volume_m3 is not None else model.volume_at_level(level_m)
        lv = model.depth_at_level(ref["level"])
        vr = model.depth_for_volume(ref["volume"])
        out["level"] = (tally(lv.depth.z), lv.level_m)
        out["volume"] = (tally(vr.depth.z), vr.level_m)
        return out

    step(feedback, 0.0, "flood with every defense")
    ref: dict = {}
    with_all = states(burn(grid, dc), 0.0, ref)
    result: dict = {}
    for k, did in enumerate(dc.ids):
        step(feedback, (k + 1) / total, f"flood without defense {did}")
        crests = dc.dense(grid.shape, leave_out=[did])
        without = states(burn(grid, crests), (k + 1) / total, ref)
        modes = {}
        for mode in with_all:
            modes[mode] = _compare(with_all[mode][0], without[mode][0], asset_zone, pop, n_jur)
        head = modes[headline]
        benefit = head["benefit_population"]
        tot = float(benefit.sum())
        share = benefit / tot if tot > 0 else np.zeros(n_jur)
        cost = dc.costs[k]
        base_rows = {
            "benefit_population": head["benefit_population"],
            "harm_population": head["harm_population"],
            "benefit_buildings": head["benefit_buildings"],
            "harm_buildings": head["harm_buildings"],
            "cost_share": share,
            "cost_share_amount": share * cost,
        }
        jd = _group(base_rows, names)
        cd = _group(base_rows, countries)
        for mode, rows in modes.items():
            for key, grouped in ((names, jd), (countries, cd)):
                g = _group(rows, key)
                for kname, e in g.items():
                    grouped[kname][mode] = e
        for name, e in jd.items():
            e["country"] = countries[names.index(name)]
        notes = []
        gained = [c for c, e in cd.items() if e["benefit_population"] > 0]
        hurt = [c for c, e in cd.items() if e["harm_population"] > 0]
        # One country gains while ANOTHER is flooded by the same defense.
        transboundary = any(h != g for h in hurt for g in gained)
        if transboundary:
            protects = ", ".join(f"{cd[g]['benefit_population']:.0f} people in {g}" for g in gained)
            floods = ", ".join(f"{cd[h]['harm_population']:.0f} people in {h}" for h in hurt)
            notes.append(f"defense {did} protects {protects} and floods {floods} ({headline} mode)")
        levels = {
            mode: {"with": with_all[mode][1], "without": without[mode][1]}
            for mode in with_all
            if mode != "profile"
        }
        result[did] = {
            "name": meta.get(did, {}).get("name"),
            "status": meta.get(did, {}).get("status", "existing"),
            "cost": cost,
            "mode": headline,
            "levels_m": levels,
            "volume_m3": ref.get("volume"),
            "jurisdictions": jd,
            "countries": cd,
            "transboundary_harm": transboundary,
            "notes": notes,
        }
    step(feedback, 1.0, "defenses appraised")
    return result
