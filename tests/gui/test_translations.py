"""The app in the users' languages (issue 18 item 5): the shipped Qt translations are complete and up to
date with the code, ``--lang`` and the Settings choice pick the language, and no visible string of the main
window on the sample project is left in English in any of the six languages.

The expected values: the English window itself (a string the translated window shows exactly as the English
one does, at the same place, is untranslated unless it is a name in the data, a number/symbol or on the
short allow-list below), and ``pyside6-lupdate``/``pyside6-lrelease`` run on today's code (the peer tool
that makes the files).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest

from floodplan.gui import i18n

pytestmark = pytest.mark.gui

QT_DIR = i18n.qm_dir()
TRANSLATED = [lang for lang in i18n.LANGUAGES if lang != "en"]
ROOT = Path(__file__).resolve().parents[2]

#: Texts that read the same in English and in a language, on purpose: the word is that language's own
#: (checked against the plates' terms in resources/i18n/<lang>.json where they have it).
SAME_ON_PURPOSE = {
    # German words spelt as in English
    "de": {
        "Ensemble",
        "Navigation",
        "Plan",
        "Name",
        "Status",
        "West:",
        "Layout",
        "Organisation:",
        "national",
    },
    "pl": {"Trend", "Plan"},  # Polish "trend", "plan"
    "ca": {
        "Defenses",
        "Versions",
        "Decisions",
        "Plan",
        "Mode",
        "Paper:",
    },  # Catalan words spelt as in English
    "es": {"Plan"},  # Spanish "plan"
    # French: the same words; "Injects" is the plates' French term for exercise injects (fr.json aar.events)
    "fr": {
        "Population",
        "Versions",
        "Injects",
        "note",
        "Note",
        "Date",
        "volume",
        "Volume",
        "Ensemble",
        "Mode",
        "Navigation",
        "Plan",
        "Type",
        "Action",
        "portrait",
        "national",
    },
    "it": {"Area", "volume", "Volume", "File", "Scenario"},  # Italian words spelt as in English
}


def _lupdate() -> str | None:
    for name in ("pyside6-lupdate",):
        found = shutil.which(name)
        if found:
            return found
    return None


def _messages(ts: Path) -> dict[tuple[str, str], tuple[str | None, str]]:
    """(context, source) -> (translation type attribute, translation text) of a .ts file."""
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            out[(name, msg.findtext("source"))] = (tr.get("type"), tr.text or "")
    return out


@pytest.mark.parametrize("lang", TRANSLATED)
def test_ts_complete_and_up_to_date_with_the_code(lang, tmp_path):
    """Every string lupdate finds in floodplan/gui today is in the shipped .ts, translated (no 'unfinished',
    none empty, the same {placeholders} as the source), and the shipped .qm is lrelease's output of it."""
    ts = QT_DIR / f"floodplan_{lang}.ts"
    shipped = _messages(ts)
    bad = {k: v for k, v in shipped.items() if v[0] in ("unfinished", "vanished", "obsolete") or not v[1]}
    assert not bad, f"{ts.name}: {len(bad)} message(s) untranslated, e.g. {list(bad)[:5]}"
    for (_ctx, src), (_t, text) in shipped.items():
        assert sorted(re.findall(r"\{[^{}]*\}", src)) == sorted(re.findall(r"\{[^{}]*\}", text)), (
            f"{ts.name}: placeholders differ in {src!r} -> {text!r}"
        )
    lupdate = _lupdate()
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed (it comes with PySide6's tools)")
    fresh = tmp_path / f"fresh_{lang}.ts"
    sources = sorted(str(p) for p in (ROOT / "floodplan" / "gui").glob("*.py"))
    subprocess.run(
        [lupdate, "-locations", "none", *sources, "-ts", str(fresh)], check=True, capture_output=True
    )
    missing = set(_messages(fresh)) - set(shipped)
    assert not missing, (
        f"{ts.name} lacks {len(missing)} string(s) of the code, e.g. {sorted(missing)[:5]}; "
        "run python resources/i18n/qt/update.py and translate them"
    )
    lrelease = shutil.which("pyside6-lrelease")
    qm = tmp_path / f"floodplan_{lang}.qm"
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == (QT_DIR / f"floodplan_{lang}.qm").read_bytes(), (
        f"floodplan_{lang}.qm is older than its .ts; run python resources/i18n/qt/update.py"
    )


def test_language_choice_order(monkeypatch):
    """--lang beats the Settings choice, which beats the system locale; an unknown code is refused."""
    from floodplan.errors import InputError

    monkeypatch.setattr(i18n, "system_language", lambda: "fr")
    assert i18n.choose_language(None) == "fr"
    i18n.save_language("pl")
    assert i18n.choose_language(None) == "pl"
    assert i18n.choose_language("DE") == "de"
    i18n.save_language(None)
    assert i18n.choose_language(None) == "fr"
    with pytest.raises(InputError, match="unknown language 'xx'; use one of en, de, pl"):
        i18n.choose_language("xx")


def test_cli_unknown_language_is_one_line_exit_2():
    """'floodplan --lang xx' (a real process: nothing else may reach stderr) is one line and exit 2."""
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "floodplan", "--lang", "xx"], capture_output=True, text=True, timeout=120
    )
    err = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and len(err) == 1, proc.stderr
    assert err[0].startswith("floodplan: error: --lang: unknown language 'xx'")
    assert "de, pl, ca, es, fr, it" in err[0]


def test_cli_lang_reaches_the_app(monkeypatch):
    """'floodplan --lang de' and 'floodplan --lang=pl PROJECT' start the app in that language."""
    import floodplan.cli as cli
    import floodplan.gui.app as app

    calls = []
    monkeypatch.setattr(cli, "_no_display", lambda *a, **k: None)
    monkeypatch.setattr(app, "run_app", lambda path=None, lang=None: calls.append((path, lang)) or 0)
    assert cli.main(["--lang", "DE"]) == 0
    sample = str(Path(__file__))  # any existing file stands for the project here
    assert cli.main(["--lang=pl", sample]) == 0
    assert calls == [(None, "de"), (sample, "pl")]


def test_settings_dialog_stores_the_language(qtbot):
    """Edit > Settings: the language chosen is kept in QSettings for the next start; 'System language'
    clears it."""
    from floodplan.gui.settings_dialog import SettingsDialog

    dlg = SettingsDialog()
    qtbot.addWidget(dlg)
    dlg.language.setCurrentIndex(dlg.language.findData("it"))
    dlg.accept()
    assert i18n.saved_language() == "it" and i18n.choose_language(None) == "it"
    dlg = SettingsDialog()
    qtbot.addWidget(dlg)
    assert dlg.language.currentData() == "it"
    dlg.language.setCurrentIndex(dlg.language.findData(""))
    dlg.accept()
    assert i18n.saved_language() is None


# ---------------------------------------------------------------- the whole main window, per language
def visible_texts(window, hidden: bool = False) -> list[tuple[str, str]]:
    """(where, text) of every user-visible string of the window: widgets shown, their tooltips, dock and
    group titles, tab texts, table headers, combo items, the menus and toolbars with their actions."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QDockWidget,
        QGroupBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QMenu,
        QTabBar,
        QTableView,
        QToolBar,
        QTreeView,
        QWidget,
    )

    out: list[tuple[str, str]] = [("window title", window.windowTitle())]

    def add(where, text):
        if text:
            out.append((where, text))

    for i, w in enumerate(window.findChildren(QWidget)):
        if isinstance(w, QMenu) or not (hidden or w.isVisibleTo(window)):
            continue
        where = f"{type(w).__name__}#{i} {w.objectName()}"
        add(where + " tooltip", w.toolTip())
        if isinstance(w, QLabel):
            add(where, w.text())
        elif isinstance(w, QAbstractButton):
            add(where, w.text())
        elif isinstance(w, QGroupBox):
            add(where, w.title())
        elif isinstance(w, QDockWidget):
            add(where, w.windowTitle())
        elif isinstance(w, QLineEdit):
            add(where + " placeholder", w.placeholderText())
        elif isinstance(w, QTabBar):
            for t in range(w.count()):
                add(f"{where} tab {t}", w.tabText(t))
                add(f"{where} tab {t} tooltip", w.tabToolTip(t))
        elif isinstance(w, QComboBox):
            for t in range(w.count()):
                add(f"{where} item {t}", w.itemText(t))
        elif isinstance(w, QListWidget):  # the legend; the layer list (names in the data)
            for t in range(w.count()):
                add(f"{where} item {t}", w.item(t).text())
        elif isinstance(w, QTableView | QTreeView) and w.model() is not None:
            header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
            if not header.isHidden():
                for c in range(header.count()):
                    add(f"{where} header {c}", w.model().headerData(c, Qt.Orientation.Horizontal))
    seen = set()

    def walk_actions(actions, where):
        for i, a in enumerate(actions):
            if a.isSeparator() or id(a) in seen:
                continue
            seen.add(id(a))
            add(f"{where} action {i}", a.text())
            add(f"{where} action {i} tooltip", a.toolTip())
            if a.menu() is not None:
                walk_actions(a.menu().actions(), f"{where}>{i}")

    if hasattr(window, "menuBar"):
        walk_actions(window.menuBar().actions(), "menu")
    for bar in window.findChildren(QToolBar):
        add("toolbar", bar.windowTitle())
        walk_actions(bar.actions(), f"toolbar {bar.objectName()}")
    return [(w, t if isinstance(t, str) else str(t)) for w, t in out]


def data_names(project) -> set[str]:
    """Names in the data: layers (and their titles), scenarios, every text value of the vector layers."""
    names = set(project.layer_names())
    for lyr in project.layers:
        names.update(str(t) for t in (lyr.extra or {}).get("titles", {}).values())
        if not lyr.is_raster:
            for col in lyr.data.columns:
                if col != lyr.data.geometry.name and not pd.api.types.is_numeric_dtype(lyr.data[col]):
                    names.update(str(v) for v in lyr.data[col].dropna().unique()[:500])
    if project.path is not None:
        names.add(f"{project.path.name}[*] — floodplan")  # the window title: the file's name and ours
    res = project.combined("resources")
    if "id" in res and "name" in res:  # the exercise's resource box: "id — name"
        names.update(
            f"{i} — {n}" for i, n in zip(res["id"].astype(str), res["name"].astype(str), strict=True)
        )
    for name, sc in project.scenarios.items():
        names.update(
            {name, str(getattr(sc, "display_name", name)), str(getattr(sc, "description", "") or "")}
        )
    return names


def _is_symbol_or_number(text: str) -> bool:
    # no letters at all; "OK" (Qt's own button, the same in all six languages); ISO paper sizes (A4) and
    # ISO 639 language codes (de, pl); a CRS, a scale, a shortcut, a file name, a unit symbol
    return (
        not any(c.isalpha() for c in text)
        or re.fullmatch(
            r"OK|A\d|[a-z]{2}|(EPSG|ESRI):\d+|1:[\d,. ]+|[+−-]?\d+ min|[Hh][Qq]\d+|[A-Z][a-z]*(\+[A-Za-z0-9]+)+|\S+\.(gpkg|tif|pdf|png)",
            text,
        )
        is not None
        or text.strip()
        in {"m", "km", "km²", "m³", "min", "h", "s", "T", "%", "m/s", "m³/s", "EUR", "EAD", "EAP"}
    )


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


@pytest.fixture(scope="module")
def sample_project():
    from floodplan.io.projectfile import open_project
    from floodplan.sample import sample_project_path

    return open_project(sample_project_path())


def _window_texts(qtbot, project, lang):
    from floodplan.gui.app import create_main_window

    i18n.install(lang)
    try:
        win = create_main_window(project)
        qtbot.addWidget(win)
        win.resize(1400, 900)
        win.show()
        qtbot.waitExposed(win)
        texts = visible_texts(win)
        win.project.stack.set_clean()
        win._style_dirty = False
        win.close()
    finally:
        i18n.install("en")
    return texts


def _english_left(english, other, names, lang) -> list[str]:
    """``where: 'text'`` for each string of ``other`` (built in ``lang``) still in English: the same text as
    the English build shows at this place, or any English text, unless it is one of ``names`` (data),
    on SAME_ON_PURPOSE, the program's name, or a number or symbol."""
    english_at = dict(english)
    english_all = {_plain(t) for _, t in english}
    left = []
    for where, text in other:
        t = _plain(text)
        if t != _plain(english_at.get(where, "")) and t not in english_all:
            continue  # translated
        if t in names or t in SAME_ON_PURPOSE[lang] or t == "floodplan" or _is_symbol_or_number(t):
            continue
        left.append(f"{where}: {t!r}")
    return left


@pytest.mark.parametrize("lang", TRANSLATED)
def test_no_visible_english_left(qtbot, sample_project, lang):
    """Build the main window on the sample in English and in ``lang``: every visible string that reads the
    same in both (same place) must be a name in the data, a number/symbol or on SAME_ON_PURPOSE."""
    english = _window_texts(qtbot, sample_project, "en")
    other = _window_texts(qtbot, sample_project, lang)
    assert len(other) > 200, "the walk found too few strings to mean anything"
    left = _english_left(english, other, data_names(sample_project), lang)
    assert not left, f"{lang}: {len(left)} visible string(s) still in English:\n" + "\n".join(left[:80])


def _dialog_texts(qtbot, project, lang):
    """Every string of the Settings dialog, the new-project wizard (all pages) and the plate export
    dialog, built in ``lang``."""
    from floodplan.gui.export_dialog import ExportDialog
    from floodplan.gui.new_project_wizard import NewProjectWizard
    from floodplan.gui.settings_dialog import SettingsDialog

    i18n.install(lang)
    try:
        texts = []
        for make in (SettingsDialog, NewProjectWizard, lambda: ExportDialog(project)):
            dlg = make()
            qtbot.addWidget(dlg)
            texts += [(f"{type(dlg).__name__} {w}", t) for w, t in visible_texts(dlg, hidden=True)]
            if hasattr(dlg, "job") and getattr(dlg.job, "running", False):
                dlg.job.cancel()
            dlg.close()
    finally:
        i18n.install("en")
    return texts


@pytest.mark.parametrize("lang", TRANSLATED)
def test_dialogs_have_no_english_left(qtbot, sample_project, lang):
    """The same check on the Settings dialog, the new-project wizard and the plate export dialog."""
    english = _dialog_texts(qtbot, sample_project, "en")
    other = _dialog_texts(qtbot, sample_project, lang)
    names = data_names(sample_project) | set(i18n.NATIVE_NAMES.values())  # each language named in itself
    left = _english_left(english, other, names, lang)
    assert not left, f"{lang}: {len(left)} dialog string(s) still in English:\n" + "\n".join(left[:80])
