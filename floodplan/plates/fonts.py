"""Fonts for plates in any script: DejaVu Sans first, then the installed fonts that have the missing glyphs.

DejaVu Sans covers Latin, Greek, Cyrillic and Georgian but not Chinese, Japanese, Korean, Arabic or
Devanagari. matplotlib (3.6 and later) falls back glyph by glyph through a *list* of families, so every text
of a plate is given DejaVu Sans followed by the installed fonts that cover its other characters; a
character that no installed font has is named in a note (matplotlib would draw a box for it).
"""

from __future__ import annotations

import functools
import logging
import unicodedata
import warnings
from contextlib import contextmanager

#: Fonts that map every character to a placeholder glyph: covering "everything", they would hide the
#: missing-glyph note while still drawing boxes.
_PLACEHOLDER_FONTS = ("lastresort",)


# "findfont: Failed to find font weight bold for …, now using 500" is the font manager choosing the nearest
# weight of a fallback font that has only one: expected, and not for the user's terminal.
logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)


@functools.cache
def _font_table() -> tuple[tuple[str, str, frozenset[int]], ...]:
    """(family name, file, code points) of every font matplotlib can use, system fonts installed after its
    font cache was built included (they are added to the font manager)."""
    from matplotlib import font_manager as fm
    from matplotlib.ft2font import FT2Font

    known = {f.fname for f in fm.fontManager.ttflist}
    for path in fm.findSystemFonts():
        if path not in known:
            try:
                fm.fontManager.addfont(path)
            except (OSError, RuntimeError, ValueError):
                continue
    table = []
    seen = set()
    for entry in sorted(fm.fontManager.ttflist, key=lambda f: (f.fname, f.name)):
        if entry.fname in seen or any(p in entry.fname.lower() for p in _PLACEHOLDER_FONTS):
            continue
        seen.add(entry.fname)
        try:
            cmap = frozenset(FT2Font(entry.fname).get_charmap())
        except (OSError, RuntimeError, ValueError):
            continue
        table.append((entry.name, entry.fname, cmap))
    return tuple(table)


def _covered_by_default() -> frozenset[int]:
    from matplotlib import font_manager as fm
    from matplotlib.ft2font import FT2Font

    return frozenset(FT2Font(fm.findfont(fm.FontProperties())).get_charmap())


def _visible(ch: str) -> bool:
    # Spaces, control and format characters (soft hyphen, joiners, direction marks) draw no glyph.
    return not ch.isspace() and unicodedata.category(ch) not in ("Cc", "Cf")


def fallback_families(text: str) -> tuple[list[str], str]:
    """The fonts to add after the default for ``text``, and the characters no installed font has.

    Returns
    -------
    families : family names (in order) of installed fonts that cover characters of ``text`` the default
        font (DejaVu Sans) lacks; empty when the default covers everything.
    missing : those characters (each once, in order of first use) that no installed font covers.
    """
    base = _covered_by_default()
    need = [c for c in dict.fromkeys(text) if _visible(c) and ord(c) not in base]
    if not need:
        return [], ""
    families: list[str] = []
    left = list(need)
    for name, _path, cmap in _font_table():
        hit = [c for c in left if ord(c) in cmap]
        if hit and name not in families:
            families.append(name)
            left = [c for c in left if ord(c) not in cmap]
        if not left:
            break
    return families, "".join(left)


def apply_font_fallback(fig, what: str = "plate") -> None:
    """Give every text of ``fig`` the fallback fonts its characters need, and note characters no installed
    font has (one note naming them and ``what``).

    Call it after the figure is built and before it is saved (the family is read when a text is drawn).
    """
    from matplotlib.text import Text

    from floodplan.notes import note

    texts = [t for t in fig.findobj(Text) if t.get_text()]
    families, missing = fallback_families("".join(t.get_text() for t in texts))
    if families:
        for t in texts:
            own = list(t.get_fontfamily())
            t.set_fontfamily(own + [f for f in families if f not in own])
    if missing:
        shown = missing[:12] + ("…" if len(missing) > 12 else "")
        note(
            f"{what}: no font installed on this machine has the characters '{shown}', so they show as "
            "boxes; install a font that covers them (e.g. Noto Sans CJK for Chinese, Japanese and Korean) "
            "and make the plate again."
        )


@contextmanager
def quiet_glyph_warnings():
    """matplotlib warns once per missing glyph with its own file path; :func:`apply_font_fallback` has
    already said it in one note."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from font", category=UserWarning)
        warnings.filterwarnings("ignore", message=r"Glyph .* missing from", category=UserWarning)
        yield
