"""Two (or more) languages side by side on every piece of plate and report text.

Terms live in ``resources/i18n/<lang>.json`` (installed as ``floodplan.resources``); a project can override
any term or translate names (``project.settings["translations"] = {lang: {key_or_name: text}}``).

Layers are named in legends by their title in each language: ``layer.extra["titles"] = {lang: text}``
(stored with the layer's row in the project file; the sample and ``floodplan new`` set them). The legend
key of a layer is ``layer.<name>``; without a title it reads as its role's term ("River / Fluss") or, for
role 'other', as its humanised name ("water_areas" -> "Water areas"), never as the raw table name.

``tr("legend.flood_depth", ["en", "de"])`` gives "Flood depth / Hochwassertiefe". A key no language knows
is taken as a name (a jurisdiction, a title) and shown as is unless an override translates it; texts that
come out the same in every language are shown once ("Görlitz", not "Görlitz / Görlitz").
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from floodplan import paths
from floodplan.errors import InputError

#: Languages shipped in resources/i18n.
LANGUAGES = ("en", "de", "fr", "es", "ca", "it", "pl", "nl", "cs")
SEPARATOR = " / "


def resources_dir() -> Path:
    """The top-level ``resources/`` folder (see :mod:`floodplan.paths`)."""
    return paths.resources_dir()


@lru_cache(maxsize=16)
def terms(lang: str) -> dict[str, str]:
    """All terms of one language (read once, cached; a copy is not made: do not modify)."""
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
        # A family key like 'legend.service_area.fire' or 'legend.gap.boat' (the gaps of one kind) is
        # built from its parts when not listed.
        for family in ("legend.service_area.", "legend.gap."):
            if key.startswith(family):
                kind = key.rsplit(".", 1)[1]
                # A kind without a term ('helicopter') keeps the family's words: "Coverage gap: Helicopter".
                a, b = t.get(family[:-1]), t.get("resource." + kind) or _fallback("resource." + kind)
                if a:
                    return f"{a}: {b}"
    return None


def _fallback(key: str) -> str:
    """Readable text for a key no language knows: 'kind.water_tower' -> 'Water tower'; names as is."""
    if (
        "." in key
        and " " not in key
        and key.split(".", 1)[0] in ("kind", "resource", "role", "legend", "layer")
    ):
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


def layer_titles(project) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """The layers' titles as overrides ({lang: {'layer.<name>': text}}) and the role term standing in for
    each untitled layer of a known role ({'layer.<name>': 'role.<role>'}).

    Titles are read from ``layer.extra["titles"]`` ({lang: text}); anything else there (an old project's
    missing key, a non-dict, empty texts) is ignored, so old projects keep working.
    """
    titles: dict[str, dict[str, str]] = {}
    aliases: dict[str, str] = {}
    for lyr in getattr(project, "layers", []):
        key = f"layer.{lyr.name}"
        given = (getattr(lyr, "extra", None) or {}).get("titles")
        given = (
            {str(k): str(v).strip() for k, v in given.items() if str(v).strip()}
            if isinstance(given, dict)
            else {}
        )
        for lang, text in given.items():
            titles.setdefault(lang, {})[key] = text
        if not given and lyr.role != "other":
            aliases[key] = f"role.{lyr.role}"
    return titles, aliases


class Translator:
    """``tr`` bound to languages and a project's overrides and layer titles:
    ``T = Translator(['en','de'], project); T(key)``."""

    def __init__(self, languages=("en",), project_or_overrides=None):
        self.languages = parse_languages(languages)
        ov = project_or_overrides
        self.aliases: dict[str, str] = {}
        if ov is not None and hasattr(ov, "settings"):
            titles, self.aliases = layer_titles(ov)
            given = ov.settings.get("translations") or {}
            # The project's own translations win over the layers' titles.
            ov = {
                lang: {**titles.get(lang, {}), **(given.get(lang) or {})} for lang in set(titles) | set(given)
            }
        self.overrides = ov or None

    def _key(self, key: str) -> str:
        alias = self.aliases.get(key)
        if alias is None:
            return key
        known = any(key in (self.overrides or {}).get(lang, {}) for lang in self.languages + ["en"])
        return key if known else alias

    def __call__(self, key: str, sep: str = SEPARATOR) -> str:
        return tr(self._key(key), self.languages, self.overrides, sep=sep)

    def each(self, key: str) -> list[str]:
        return tr_list(self._key(key), self.languages, self.overrides)
