"""The languages floodplan's interface speaks, and the check of a ``--lang`` code.

Qt-free, so that ``floodplan --lang xx`` is refused in one line before Qt is imported; the app's
translation machinery is :mod:`floodplan.gui.i18n`.
"""

from __future__ import annotations

from floodplan.errors import InputError

#: The languages of the interface, each named in itself (the Settings dialog lists them so). English is
#: Qt's source language (no translation file); every other one has ``resources/i18n/qt/floodplan_<code>.ts``
#: and ``.qm`` (made by ``resources/i18n/qt/update.py``) and ``resources/i18n/<code>.json``.
NATIVE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "pl": "Polski",
    "ca": "Català",
    "es": "Español",
    "fr": "Français",
    "it": "Italiano",
}
LANGUAGES = tuple(NATIVE_NAMES)


def check_language(code: str) -> str:
    """``code`` normalised ('DE' or 'de_AT' -> 'de').

    Raises
    ------
    InputError
        For a language floodplan does not speak, naming the choices.
    """
    lang = str(code).strip().lower().replace("-", "_").split("_")[0]
    if lang not in LANGUAGES:
        raise InputError(f"--lang: unknown language '{code}'; use one of {', '.join(LANGUAGES)}.")
    return lang
