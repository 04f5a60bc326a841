"""Writing a scenario's results to a folder (`floodplan run`, docs/command-line.md): depth.tif, extent.gpkg,
access.gpkg (assets and gaps of both modes, service areas, closed roads) and summary.json."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import geopandas as gpd

from floodplan.io.raster import write_grid
from floodplan.sim.result import ScenarioResult


def _clean(obj):
    if isinstance(obj, dict):
        return {str(k): _clean(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_clean(v) for v in obj]
    if hasattr(obj, "item") and callable(obj.item):
        obj = obj.item()
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    return obj


def to_json(obj) -> str:
    """JSON text of a summary (numpy scalars become numbers, NaN becomes null)."""
    return json.dumps(_clean(obj), ensure_ascii=False, indent=2, default=str)


def _write_layer(gdf: gpd.GeoDataFrame, path: Path, layer: str) -> None:
    g = gdf.copy()
    if "fid" in g.columns:  # GeoPackage keeps "fid" for its own feature ids
        g = g.rename(columns={"fid": "layer_fid"})
    for col in g.columns:
        if col != g.geometry.name and g[col].dtype == object:
            g[col] = g[col].map(
                lambda v: v if v is None or isinstance(v, str | int | float | bool) else str(v)
            )
    g.to_file(path, layer=layer, driver="GPKG", engine="pyogrio")


def write_run(result: ScenarioResult, out_dir: str | os.PathLike) -> dict[str, Path]:
    """Write every result file of a run into ``out_dir``; returns their paths by name."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        "depth": out / "depth.tif",
        "extent": out / "extent.gpkg",
        "access": out / "access.gpkg",
        "summary": out / "summary.json",
    }
    write_grid(result.depth, paths["depth"])
    for p in (paths["extent"], paths["access"]):
        if p.exists():
            p.unlink()
    _write_layer(result.extent, paths["extent"], "extent")
    # The contract's layers `assets` and `gaps` hold the scenario's own mode; both modes follow by name.
    mode = result.scenario.mode
    cover = result.coverage
    _write_layer(result.access[mode].assets, paths["access"], "assets")
    _write_layer(cover.gaps_of(mode), paths["access"], "gaps")
    for m, acc in result.access.items():
        _write_layer(acc.assets, paths["access"], f"assets_{m}")
        if "mode" in cover.gaps.columns:
            _write_layer(cover.gaps_of(m), paths["access"], f"gaps_{m}")
    by_kind = cover.gaps_by_kind
    if by_kind is not None and len(by_kind):
        # the gaps of each kind (column kind), both modes: what boats leave open is not what engines do
        _write_layer(by_kind, paths["access"], "gaps_by_kind")
    areas = cover.service_areas
    if areas is not None and len(areas):
        _write_layer(areas, paths["access"], "service_areas")
    hospitals = result.hospitals
    if hospitals is not None and len(hospitals):
        _write_layer(hospitals, paths["access"], "hospital_access")
    if len(result.closed_roads):
        _write_layer(result.closed_roads, paths["access"], "closed_roads")
    tmp = paths["summary"].with_suffix(".json.tmp")
    tmp.write_text(to_json(result.summary), encoding="utf-8")
    os.replace(tmp, paths["summary"])
    return paths
