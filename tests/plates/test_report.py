"""The scenario report: HTML (self-contained) and PDF, and the open tables beside it."""

import re

import pandas as pd
import pyogrio
import pytest

from floodplan.errors import InputError
from floodplan.plates.report import write_report


def _cells(html):
    return [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", html, flags=re.S)]


def test_html_report_is_self_contained_with_every_table(tmp_path, project, result):
    info = write_report(project, result, tmp_path / "out" / "report.html", languages="en,de")
    html = info["path"].read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    # Images embedded, nothing fetched from elsewhere.
    assert html.count('src="data:image/png;base64,') >= 3
    assert not re.search(r'(src|href)="(https?:|file:|/)', html)
    for heading in (
        "Per jurisdiction / Je Gebietskörperschaft",
        "Per country / Je Staat",
        "Exposure by depth class / Betroffenheit nach Tiefenklasse",
        "Uncovered critical facilities",
        "Flood defenses: benefit, harm and cost share",
        "Methods / Methoden",
        "Limits / Grenzen",
        "Data sources / Datenquellen",
    ):
        assert heading in html, heading
    cells = _cells(html)
    for name in ("Görlitz", "Markersdorf", "Zgorzelec"):
        assert cells.count(name) >= 3, name  # jurisdiction table, depth classes, coverage (and defenses)
    # Both languages' method texts, side by side.
    assert "Static inundation:" in html and "Statische Überflutung:" in html
    # Uncovered critical facilities from the access assets (school in Görlitz, hospital in Zgorzelec).
    assert "Grundschule Nord" in html and "Szpital" in html
    assert "© OpenStreetMap contributors" in html


def test_open_tables_beside_the_report(tmp_path, project, result):
    info = write_report(project, result, tmp_path / "report.html", languages=["en"])
    csv = info["csv"]
    assert {p.name for p in csv.values()} >= {
        "report_jurisdictions.csv",
        "report_countries.csv",
        "report_defenses.csv",
        "report_depth_classes.csv",
    }
    jt = pd.read_csv(csv["jurisdictions"]).set_index("jurisdiction")
    # Hand figures of sv.hand_result: gain = covered joint − covered national.
    assert jt.loc["Görlitz", "cooperation_gain"] == 250 - 220
    assert jt.loc["Markersdorf", "cooperation_gain"] == 250 - 210
    assert jt.loc["Zgorzelec", "cooperation_gain"] == 280 - 260
    assert jt.loc["Zgorzelec", "flooded_area_km2"] == pytest.approx(0.25)
    ct = pd.read_csv(csv["countries"]).set_index("country")
    assert ct.loc["Germany", "cooperation_gain"] == 70 and ct.loc["Poland", "cooperation_gain"] == 20
    dt = pd.read_csv(csv["defenses"])
    l1 = dt[dt["defense"] == "L1"].set_index("jurisdiction")
    assert l1["cost_share"].sum() == pytest.approx(1.0)
    assert l1.loc["Zgorzelec", "harm_population"] == 15
    layers = {name for name, _ in pyogrio.list_layers(info["gpkg"])}
    assert {
        "jurisdictions",
        "extent",
        "gaps_joint",
        "assets_joint",
        "assets_national",
        "closed_roads",
    } <= layers
    jur = pyogrio.read_dataframe(info["gpkg"], layer="jurisdictions")
    assert (
        sorted(jur["name"]) == ["Görlitz", "Markersdorf", "Zgorzelec"] and "cooperation_gain" in jur.columns
    )


def test_pdf_report_has_the_tables_as_text(tmp_path, project, result):
    pypdf = pytest.importorskip("pypdf")
    info = write_report(project, result, tmp_path / "report.pdf", languages="fr,es")
    reader = pypdf.PdfReader(str(info["path"]))
    assert info["pages"] == len(reader.pages) >= 2
    text = "\n".join(p.extract_text() for p in reader.pages)
    for s in (
        "Görlitz",
        "Markersdorf",
        "Zgorzelec",
        "Par pays / Por país",
        "Gain de coopération",
        "Méthodes / Métodos",
    ):
        assert s in text, s
    for p in reader.pages:  # A4 portrait
        assert float(p.mediabox.width) * 25.4 / 72 == pytest.approx(210, abs=0.01)


def test_report_needs_html_or_pdf_and_a_result(tmp_path, project, result):
    with pytest.raises(InputError, match=r"\.html or \.pdf"):
        write_report(project, result, tmp_path / "r.docx")
    with pytest.raises(InputError, match="run the scenario"):
        write_report(project, None, tmp_path / "r.html")
