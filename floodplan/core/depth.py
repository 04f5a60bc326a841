"""The one depth-class table of the map: class edges, colours and legend labels of flood depth.

Every drawing of flood depth (the plates, the after-action report's maps, the app's canvas) colours a
depth through :class:`DepthClasses`, so a depth gets the same colour on screen and on paper.

Edge rule
---------
Classes are given by their lower bounds ``lower = (l_0, l_1, …, l_{n-1})`` in metres (the scenario's
``depth_classes``, default :data:`DEPTH_CLASSES`). Class ``k`` holds the depths ``d`` with
``l_k < d <= l_{k+1}`` (**open below, closed above: (lo, hi]**); the last class is open-ended
(``d > l_{n-1}``). A depth at or below ``l_0`` (0 m: dry) and NaN (nodata) belong to no class and are
transparent. So a depth of exactly 0.3 m is in the class "0–0.3 m" with the default bounds.

This is the rule of the exposure engine (:func:`floodplan.sim.exposure.depth_class`), so a building counted
in a class in the report's tables is drawn in that class's colour. Depths are compared as float64, as the
exposure engine does: a float32 depth is widened exactly before the comparison, never rounded.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from matplotlib.colors import to_rgb

#: Default depth class lower bounds (m), as the scenario's default.
DEPTH_CLASSES = (0.0, 0.3, 1.0, 2.0)

#: Blue ramp for depth classes, light (shallow) to dark (deep); interpolated when a scenario defines
#: another number of classes.
DEPTH_BLUES = ("#c6dbef", "#6baed6", "#2171b5", "#08306b")


def _ramp(n: int) -> tuple[tuple[float, float, float], ...]:
    base = np.array([to_rgb(c) for c in DEPTH_BLUES])
    if n == len(base):
        return tuple(tuple(float(v) for v in c) for c in base)
    t = np.linspace(0, 1, len(base))
    s = np.linspace(0, 1, max(n, 1))
    return tuple(tuple(float(np.interp(v, t, base[:, k])) for k in range(3)) for v in s)


@dataclass(frozen=True)
class DepthClasses:
    """Depth classes: lower bounds (m), one RGB colour (0–1 floats) per class, legend labels.

    Build with :meth:`of` (cached per bounds). See the module docstring for the edge rule.
    """

    lower: tuple[float, ...]
    colors: tuple[tuple[float, float, float], ...]

    @classmethod
    def of(cls, classes=None) -> DepthClasses:
        """The table for lower bounds ``classes`` (m, increasing; None: :data:`DEPTH_CLASSES`).

        Raises
        ------
        ValueError : when the bounds are empty or not strictly increasing
        """
        key = tuple(float(c) for c in (DEPTH_CLASSES if classes is None else classes))
        return _table(key)

    def __len__(self) -> int:
        return len(self.lower)

    def labels(self) -> list[str]:
        """Legend labels in metres: '0–0.3 m', '0.3–1 m', '1–2 m', '> 2 m'."""
        c = self.lower
        out = [f"{a:g}–{b:g} m" for a, b in zip(c[:-1], c[1:])]
        out.append(f"> {c[-1]:g} m")
        return out

    def index(self, depth) -> np.ndarray:
        """Class index (int, same shape as ``depth``) of each depth in m; -1 where dry (≤ l_0) or NaN."""
        d = np.asarray(depth, dtype=np.float64)
        c = np.asarray(self.lower, dtype=np.float64)
        k = np.searchsorted(c, d, side="left") - 1  # l_k < d <= l_{k+1}
        wet = np.isfinite(d) & (d > c[0])
        return np.where(wet, np.clip(k, 0, len(c) - 1), -1)

    def lut(self) -> np.ndarray:
        """(n + 1, 4) uint8 RGBA lookup table: row 0 transparent (dry, nodata), row k + 1 class k opaque."""
        lut = np.zeros((len(self.lower) + 1, 4), np.uint8)
        lut[1:, :3] = (np.asarray(self.colors) * 255).round().astype(np.uint8)
        lut[1:, 3] = 255
        return lut

    def rgba(self, depth) -> np.ndarray:
        """RGBA uint8 image (shape + (4,)) of depths in m; dry and nodata transparent."""
        return self.lut()[self.index(depth) + 1]

    def packed(self, depth) -> np.ndarray:
        """One uint32 per depth, the bytes in R, G, B, A order (what the canvas's images take)."""
        lut32 = np.ascontiguousarray(self.lut()).view(np.uint32).reshape(-1)
        return lut32[self.index(depth) + 1]

    def color_of(self, depth: float):
        """RGB (0–1) of one depth, or None when dry or nodata."""
        k = int(self.index(np.float64(depth)))
        return None if k < 0 else self.colors[k]


@lru_cache(maxsize=32)
def _table(lower: tuple[float, ...]) -> DepthClasses:
    if not lower or any(b <= a for a, b in zip(lower[:-1], lower[1:])):
        raise ValueError(f"depth class bounds must be increasing, got {list(lower)}")
    return DepthClasses(lower, _ramp(len(lower)))
