"""Two (or more) languages side by side on every piece of plate and report text.

Terms live in ``resources/i18n/<lang>.json`` (installed as ``floodplan.resources``); a project can override
any term or translate names (``project.settings["translations"] = {lang: {key_or_name: text}}``).

``tr("legend.flood_depth", ["en", "de"])`` gives "Flood depth / Hochwassertiefe". A key no language knows
is taken as a name (a jurisdiction, a title) and shown as is unless an override translates it; texts that
come out the same in every language are shown once ("Görlitz", not "Görlitz / Görlitz").
"""

from __future__ import annotations

import json
from pathlib import Path

from floodplan import paths
from floodplan.errors import InputError

#: Languages shipped in resources/i18n.
LANGUAGES = ("en", "de", "fr", "es", "ca", "it", "pl", "nl", "cs")
SEPARATOR = " / "


def resources_dir() -> Path:
    """The top-level ``resources/`` folder (see :mod:`floodplan.paths`)."""
    return paths.resources_dir()


def terms(lang: str) -> dict[str, str]:
    """All terms of one language (a copy is not made: do not modify)."""
    path = resources_dir() / "i18n" / f"{lang}.json"
    if not path.is_file():
        raise InputError(
            f"language '{lang}' has no translation file ({path}); use one of {', '.join(LANGUAGES)}."
        )
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return {k: v for k, v in data.items() if not k.startswith("_")}


def parse_languages(value) -> list[str]:
    """'en,de' or ['en', 'de'] -> ['en', 'de'], checked against the shipped languages."""
    if value is None:
        return ["en"]
    items = value.split(",") if isinstance(value, str) else list(value)
    langs = [str(x).strip().lower() for x in items if str(x).strip()]
    if not langs:
        return ["en"]
    for lang in langs:
        if lang not in LANGUAGES:
            raise InputError(
                f"--languages: unknown language '{lang}'; use a comma-separated list of {', '.join(LANGUAGES)}."
            )
    return langs


def term(key: str, lang: str, overrides: dict | None = None) -> str | None:
    """One language's text for a key: the project's override, the shipped term, or None."""
    if overrides:
        o = overrides.get(lang) or {}
        if key in o:
            return str(o[key])
    if lang in LANGUAGES:
        t = terms(lang)
        if key in t:
            return t[key]
        # A family key like 'legend.service_area.fire' is built from its parts when not listed.
        if key.startswith("legend.service_area."):
            a, b = t.get("legend.service_area"), t.get("resource." + key.rsplit(".", 1)[1])
            if a and b:
                return f"{a}: {b}"
    return None


def _fallback(key: str) -> str:
    """Readable text for a key no language knows: 'kind.water_tower' -> 'Water tower'; names as is."""
    if "." in key and " " not in key and key.split(".", 1)[0] in ("kind", "resource", "role", "legend"):
        word = key.rsplit(".", 1)[1].replace("_", " ")
        return word[:1].upper() + word[1:]
    return key


def tr(key: str, languages=("en",), overrides: dict | None = None, sep: str = SEPARATOR) -> str:
    """Text for ``key`` in each language, joined side by side ("Flood depth / Hochwassertiefe").

    Parameters
    ----------
    key : a term key (see resources/i18n/en.json), a name (jurisdiction, title) or '=literal' (shown as is)
    languages : list of language codes, first = main
    overrides : project.settings["translations"]: {lang: {key_or_name: text}}
    sep : separator between languages

    Returns
    -------
    str : one text per language, duplicates shown once
    """
    if key.startswith("="):
        return key[1:]
    out: list[str] = []
    for lang in languages or ("en",):
        text = term(key, lang, overrides)
        if text is None:
            text = term(key, "en", overrides) or _fallback(key)
        if text not in out:
            out.append(text)
    return sep.join(out)


def tr_list(key: str, languages=("en",), overrides: dict | None = None) -> list[str]:
    """The texts of ``key`` per language (duplicates kept), for layouts that stack languages."""
    if key.startswith("="):
        return [key[1:]] * len(languages)
    return [term(key, lang, overrides) or term(key, "en", overrides) or _fallback(key) for lang in languages]


class Translator:
    """``tr`` bound to languages and a project's overrides: ``T = Translator(['en','de'], project); T(key)``."""

    def __init__(self, languages=("en",), project_or_overrides=None):
        self.languages = parse_languages(languages)
        ov = project_or_overrides
        if ov is not None and hasattr(ov, "settings"):
            ov = ov.settings.get("translations")
        self.overrides = ov or None

    def __call__(self, key: str, sep: str = SEPARATOR) -> str:
        return tr(key, self.languages, self.overrides, sep=sep)

    def each(self, key: str) -> list[str]:
        return tr_list(key, self.languages, self.overrides)
