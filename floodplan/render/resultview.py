"""Uniform read access to a scenario result, whatever shape its parts take.

The runner's RunResult holds engine objects (``exposure`` an ExposureResult with ``.summary``, ``access``
mode -> AccessResult with ``.assets``/``.summary``, gaps and service areas of both modes in
``coverage``); interfaces.md also allows plain dicts. Drawing, plates and reports read through these
helpers so that either shape works.
"""

from __future__ import annotations


def get(obj, name, default=None):
    """``obj[name]`` for dicts, ``obj.name`` otherwise; ``default`` when absent or None."""
    if obj is None:
        return default
    v = obj.get(name, default) if isinstance(obj, dict) else getattr(obj, name, default)
    return default if v is None else v


def exposure_summary(result) -> dict:
    """The exposure tables: ``classes``, ``jurisdictions``, ``countries``, ``critical``."""
    e = get(result, "exposure", {})
    if not isinstance(e, dict):
        e = get(e, "summary", {})
    return e or {}


def _of_mode(gdf, mode: str):
    if gdf is None or len(gdf) == 0 or "mode" not in gdf.columns:
        return gdf
    return gdf[gdf["mode"].astype(str) == mode]


def access_view(result, mode: str) -> dict:
    """One mode's access result as a dict: ``assets``, ``summary``, ``gaps``, ``service_areas``
    (each None when the result lacks it)."""
    acc = get(get(result, "access", {}), mode)
    cov = get(result, "coverage", {})
    gaps = get(acc, "gaps")
    if gaps is None:
        gaps = _of_mode(get(cov, "gaps"), mode)
    areas = get(acc, "service_areas")
    if areas is None:
        areas = _of_mode(get(cov, "service_areas"), mode)
    summary = get(acc, "summary") or ((get(result, "summary", {}) or {}).get("access") or {}).get(mode) or {}
    return {"assets": get(acc, "assets"), "summary": summary, "gaps": gaps, "service_areas": areas}


#: The resource kind that travels over water (CONTRACT "Response by kind"); every other kind drives.
BOAT_KIND = "boat"


def kind_gaps(result, mode: str, kind: str):
    """The gaps of one resource kind in one mode (``coverage["gaps_by_kind"]``: the buildings that kind
    does not reach within its target, dissolved per jurisdiction), or None when the result lacks them."""
    g = get(get(result, "coverage", {}), "gaps_by_kind")
    if g is None or "kind" not in getattr(g, "columns", ()):
        return None
    g = _of_mode(g, mode)
    return g[g["kind"].astype(str) == str(kind)]


def boat_only(assets):
    """Per asset: covered by a boat and by no other kind (no road vehicle) within its target.

    Parameters
    ----------
    assets : DataFrame of one mode's access result with ``covered_<kind>`` per kind (CONTRACT "Response
        by kind": boats reach people in water deeper than the road vehicles' wading limits).

    Returns
    -------
    ndarray of bool (n_assets,), or None when the result has no boats (no ``covered_boat`` column).
    """
    import numpy as np

    col = f"covered_{BOAT_KIND}"
    if assets is None or col not in getattr(assets, "columns", ()):
        return None
    boat = assets[col].to_numpy(dtype=bool)
    road = np.zeros(len(assets), dtype=bool)
    for c in assets.columns:
        if str(c).startswith("covered_") and c != col:
            road |= assets[c].to_numpy(dtype=bool)
    return boat & ~road
