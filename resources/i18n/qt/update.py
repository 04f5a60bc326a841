"""Re-make the interface's translation files: ``python resources/i18n/qt/update.py``.

1. ``pyside6-lupdate`` reads every ``self.tr(...)`` / ``translate("Context", ...)`` in ``floodplan/gui/*.py``
   and updates ``floodplan_<lang>.ts`` here (new strings come in as ``type="unfinished"``, strings the code
   no longer has are dropped);
2. translate the new strings in the ``.ts`` files (Qt Linguist: ``pyside6-linguist floodplan_de.ts``, or any
   text editor: fill ``<translation>`` and remove ``type="unfinished"``);
3. run this script again: ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads (shipped
   in the repository and installed as package data).

``tests/gui/test_translations.py`` fails while a ``.ts`` lacks a string of the code, has one untranslated, or its
``.qm`` is older than it. To add a language, add its code and name to ``floodplan.languages.NATIVE_NAMES``,
run this script, translate, run it again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))  # this checkout's floodplan, for its list of languages
from floodplan.languages import LANGUAGES as _ALL  # noqa: E402

LANGUAGES = tuple(code for code in _ALL if code != "en")  # English is the source language


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        sys.exit(f"update.py: error: {name} not found; it comes with PySide6 (pip install pyside6).")
    return found


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "floodplan" / "gui").glob("*.py"))
    lupdate, lrelease = tool("pyside6-lupdate"), tool("pyside6-lrelease")
    for lang in LANGUAGES:
        ts = HERE / f"floodplan_{lang}.ts"
        subprocess.run(
            [
                lupdate,
                "-locations",
                "none",
                "-no-obsolete",
                "-target-language",
                lang,
                *sources,
                "-ts",
                str(ts),
            ],
            check=True,
        )
        subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
