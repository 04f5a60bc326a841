"""The app in the user's language: Qt translations of the interface (``resources/i18n/qt``).

The interface's strings go through Qt's translation system (``self.tr`` / ``QCoreApplication.translate``);
``resources/i18n/qt/floodplan_<lang>.ts`` holds the translations (made with ``pyside6-lupdate``, filled in
by translators) and the ``.qm`` files beside them are what the app loads (``pyside6-lrelease``;
``python resources/i18n/qt/update.py`` re-runs both). Terms the app shows from the engine's data (indicator
names, kinds of resources, modes) come from the plates' term files instead (:func:`term`), so the app and
the plates say the same thing.

The language is, in order: ``floodplan --lang CODE``, the Settings dialog's choice (QSettings
``language``), the system locale, English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from floodplan.languages import LANGUAGES, NATIVE_NAMES, check_language  # noqa: F401 - NATIVE_NAMES re-exported
from floodplan.paths import resources_dir

#: Each language's name in itself, for the Settings dialog.
SETTINGS_KEY = "language"

_installed: list[QTranslator] = []
_current = "en"


def qm_dir() -> Path:
    """The folder of the shipped ``floodplan_<lang>.ts`` / ``.qm`` files."""
    return resources_dir() / "i18n" / "qt"


def system_language() -> str:
    """The system locale's language when floodplan speaks it, else English."""
    lang = QLocale.system().name().split("_")[0].lower()
    return lang if lang in LANGUAGES else "en"


def saved_language() -> str | None:
    """The language chosen in Settings (None: follow the system)."""
    from floodplan.gui import settings

    value = settings.settings().value(SETTINGS_KEY, "")
    value = str(value or "").strip().lower()
    return value if value in LANGUAGES else None


def save_language(lang: str | None) -> None:
    """Remember ``lang`` (None or '': follow the system); it applies from the next start."""
    from floodplan.gui import settings

    s = settings.settings()
    s.setValue(SETTINGS_KEY, check_language(lang) if lang else "")
    s.sync()


def choose_language(cli_lang: str | None = None) -> str:
    """The language to start in: the command line's, else the saved choice, else the system's."""
    if cli_lang:
        return check_language(cli_lang)
    return saved_language() or system_language()


def current_language() -> str:
    """The language installed by :func:`install` ('en' before)."""
    return _current


def install(lang: str, app: QCoreApplication | None = None) -> str:
    """Load floodplan's and Qt's own translations for ``lang`` into the application (before any window
    is built: widgets translate their texts when they are made). Replaces translators installed before.

    Returns the language installed. English removes the translators (the source strings are English).
    """
    global _current
    lang = check_language(lang)
    app = app or QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    _current = lang
    # dates and numbers Qt formats (QLocale()) follow the interface language
    QLocale.setDefault(QLocale(lang))
    if lang == "en":
        return lang
    ours = QTranslator(app)
    if ours.load(str(qm_dir() / f"floodplan_{lang}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own strings (standard dialog buttons, file dialogs) from PySide6's translations folder
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    return lang


def term(key: str, default: str | None = None) -> str:
    """The plates' term for ``key`` (``resources/i18n/<lang>.json``) in the app's language: engine data
    the app shows as labels (indicator names, kinds of resources, modes) reads as on the plates."""
    from floodplan.plates import i18n as plate_i18n

    text = plate_i18n.term(key, _current)
    if text is None and _current != "en":
        text = plate_i18n.term(key, "en")
    return text if text is not None else (default if default is not None else key)


def data_label(key: str, code: str) -> str:
    """How a combo box shows a code of the data (a kind of resource 'fire', a mode 'joint'): the code
    itself in English (as the data and the command line spell it), the plates' term for ``key`` in the
    other languages ("Feuerwehr", "Gemeinsam (grenzüberschreitend)"). The code stays the item's data."""
    if _current == "en":
        return code
    return term(key, code)
