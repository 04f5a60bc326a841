"""Two languages side by side: shipped terms, project overrides, names."""

import json

import pytest

from floodplan.errors import InputError
from floodplan.model.commands import SetSetting
from floodplan.model.project import Project
from floodplan.plates.i18n import LANGUAGES, Translator, resources_dir, terms, tr
from floodplan.testing import TEST_CRS


def test_every_language_has_every_term():
    en = terms("en")
    assert set(LANGUAGES) == {"en", "de", "fr", "es", "ca", "it", "pl", "nl", "cs"}
    for lang in LANGUAGES:
        data = json.loads((resources_dir() / "i18n" / f"{lang}.json").read_text(encoding="utf-8"))
        assert data["_language"] == lang
        t = terms(lang)
        assert set(t) == set(en), lang
        assert all(isinstance(v, str) and v.strip() for v in t.values()), lang


def test_side_by_side_and_single():
    assert tr("legend.flood_depth", ["en", "de"]) == "Flood depth / Hochwassertiefe"
    assert tr("legend.flood_depth", ["en"]) == "Flood depth"
    assert (
        tr("legend.flood_depth", ["fr", "es", "cs"]) == "Hauteur d'eau / Calado de inundación / Hloubka vody"
    )
    # Equal texts are shown once ("Legenda" is the same word in Italian and Polish).
    assert tr("plate.legend", ["it", "pl"]) == "Legenda"
    # A family key is built from its parts.
    assert (
        tr("legend.service_area.fire", ["en", "de"])
        == "Service area: Fire brigade / Einsatzbereich: Feuerwehr"
    )
    assert tr("=0.3–1 m", ["en", "de"]) == "0.3–1 m"


def test_names_and_project_overrides():
    # A name no language knows is shown as it is, once.
    assert tr("Görlitz", ["de", "pl"]) == "Görlitz"
    overrides = {"pl": {"Görlitz": "Zgorzelec-Zachód", "legend.gap": "Biała plama"}}
    assert tr("Görlitz", ["de", "pl"], overrides) == "Görlitz / Zgorzelec-Zachód"
    assert tr("legend.gap", ["en", "pl"], overrides) == "Coverage gap / Biała plama"
    p = Project(crs=TEST_CRS)
    p.stack.push(
        SetSetting("translations", {"de": {"Neisse": "Lausitzer Neiße"}, "pl": {"Neisse": "Nysa Łużycka"}})
    )
    T = Translator("de,pl", p)
    assert T("Neisse") == "Lausitzer Neiße / Nysa Łużycka"
    assert T("Neisse", sep="\n") == "Lausitzer Neiße\nNysa Łużycka"


def test_unknown_language_is_refused():
    with pytest.raises(InputError, match="unknown language 'xx'"):
        Translator("en,xx")


def test_gaps_of_one_kind_are_named_in_each_language():
    # Built from the family's term and the kind's (resources/i18n/de.json, pl.json); a kind without a
    # term keeps the family's words and shows its own name.
    assert tr("legend.gap.boat", ["de", "pl"]) == "Versorgungslücke: Boot / Luka w pokryciu: Łódź"
    assert tr("legend.gap.helicopter", ["en"]) == "Coverage gap: Helicopter"
