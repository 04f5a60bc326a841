"""Plates in any script (issue 12, item 16): titles in scripts DejaVu Sans lacks are drawn with an
installed font that has them (matplotlib's per-glyph family fallback); characters no installed font has
are named in a note instead of becoming silent boxes.

Expected values: the code points of the title (U+9ED1 黑, U+9F99 龙, U+6C5F 江) and the font file's own
character map (FreeType, through matplotlib.ft2font) — the font chosen must map them.
"""

import warnings

import pytest

from floodplan.notes import collect_notes
from floodplan.plates.fonts import _font_table, fallback_families
from floodplan.plates.layout import render_plate
from floodplan.plates.spec import PlateSpec

pypdf = pytest.importorskip("pypdf")

CJK = "黑龙江 / Амур 洪水 2025"
UNASSIGNED = "\u0378"  # not a character of any script (Unicode leaves it unassigned): no font maps it


def _cjk_font():
    return next(
        (name for name, _path, cmap in _font_table() if all(ord(c) in cmap for c in "黑龙江洪水")), None
    )


def test_latin_greek_cyrillic_need_no_fallback():
    # DejaVu Sans (matplotlib's default) covers these scripts: no extra font, nothing missing.
    assert fallback_families("Powódź – Łużycka / Έβρος / Марица") == ([], "")


def test_unassigned_character_is_reported_missing():
    families, missing = fallback_families(f"Flood {UNASSIGNED}")
    assert missing == UNASSIGNED


@pytest.mark.skipif(_cjk_font() is None, reason="no installed font has Chinese glyphs (e.g. fonts-noto-cjk)")
def test_cjk_title_is_drawn_with_an_installed_cjk_font(tmp_path, project):
    families, missing = fallback_families(CJK)
    assert missing == "" and families
    name, _path, cmap = next(t for t in _font_table() if t[0] == families[0])
    assert all(ord(c) in cmap for c in "黑龙江洪水")
    with warnings.catch_warnings(record=True) as caught, collect_notes() as notes:
        warnings.simplefilter("always")
        info = render_plate(project, None, PlateSpec(paper="A4", dpi=60, title=CJK), tmp_path / "p.pdf")
    assert not [w for w in caught if "Glyph" in str(w.message)]
    assert notes == []
    reader = pypdf.PdfReader(str(info["path"]))
    fonts = {str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any(name.replace(" ", "") in f for f in fonts), fonts
    assert "黑龙江" in reader.pages[0].extract_text()


def test_characters_no_font_has_are_named_in_a_note(tmp_path, project):
    with warnings.catch_warnings(record=True) as caught, collect_notes() as notes:
        warnings.simplefilter("always")
        render_plate(
            project, None, PlateSpec(paper="A4", dpi=40, title=f"Flood {UNASSIGNED}"), tmp_path / "p.png"
        )
    assert not [w for w in caught if "Glyph" in str(w.message)]
    assert any(f"the characters '{UNASSIGNED}'" in n and "show as boxes" in n for n in notes)
