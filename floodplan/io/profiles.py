"""Profile layers (points with ``level_m`` along the river) that hold several floods.

The sample's profile layer holds three floods in one layer (a ``flood`` column: hq30, hq100, hq300), as
water authorities publish them. Interpolating a water surface through the points of all three would blend
them into a surface that belongs to no flood, so one flood must be named.
"""

from __future__ import annotations

import geopandas as gpd

from floodplan.core.checks import refuse_with
from floodplan.errors import InputError


def one_flood(profile: gpd.GeoDataFrame, flood: str | None, label: str) -> gpd.GeoDataFrame:
    """The points of one flood of a profile layer.

    Parameters
    ----------
    profile : profile points (``level_m``; optional ``flood`` naming the flood each point belongs to).
    flood : the flood to keep (``--flood``), or None.
    label : the file(s) for messages.

    Returns
    -------
    The points of ``flood``; the whole layer when it has no ``flood`` column or only one flood in it
    (and ``flood`` is None or names that one).

    Raises
    ------
    InputError naming ``label`` and listing the floods when the layer holds several and ``flood`` is None,
    or when ``flood`` is not one of them (or the layer has no ``flood`` column to pick it from).
    """
    if "flood" not in profile.columns:
        if flood is not None:
            raise refuse_with(
                "flood",
                "the flood",
                f"{label}: {{what}} {flood}: the profile layer has no 'flood' column to pick a flood from.",
            )
        return profile
    names = profile["flood"].astype(object).where(profile["flood"].notna(), None)
    floods = sorted({str(v) for v in names if v is not None})
    if flood is None:
        if len(floods) <= 1:
            return profile
        head = f"{label}: the profile layer holds {len(floods)} floods ({', '.join(floods)}); choose one"
        # the user's terms say "by name"; the command line names its option where {what} stands
        raise InputError(
            f"{head} by its name (e.g. {floods[0]}).",
            field="flood",
            template=f"{head} with {{what}} NAME (e.g. {{what}} {floods[0]}).",
        )
    if flood not in floods:
        raise InputError(
            f"{label}: the profile layer has no flood '{flood}'; its floods are {', '.join(floods) or 'none'}."
        )
    return profile[names.map(lambda v: v is not None and str(v) == flood)].copy()
