"""After-action report of a short exercise on the small synthetic valley: files exist, hold the texts,
the embedded images and the timeline's figures."""

from __future__ import annotations

import base64
import re

import pandas as pd
import pytest

from floodplan.model.scenario import Scenario
from floodplan.plates.aar import write_after_action_report
from floodplan.sim.tabletop import Exercise
from floodplan.testing import small_valley_project

X0, Y0 = 500000.0, 5600000.0
YR = Y0 - 30.5 * 10


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    p = small_valley_project()
    tt = {
        "start": "2025-04-12T06:00",
        "duration_minutes": 60,
        "step_minutes": 30,
        "inflow": {"x": X0 + 5, "y": YR, "hydrograph": [[0, 80], [60, 80]]},
        "injects": [{"minute": 0, "kind": "out_of_service", "target": "F2",
                     "text": {"en": "Fire station F2 flooded", "de": "Feuerwache F2 überflutet"}}],
        "decisions": [{"minute": 30, "kind": "send_resource", "resource": "A1", "to": [X0 + 500, YR - 60],
                       "text": {"en": "Send A1 south", "de": "A1 nach Süden"}}],
    }  # fmt: skip
    p.set_scenario(Scenario("drill", flood="dynamic", tabletop=tt))
    res = Exercise(p, "drill").run()
    out = tmp_path_factory.mktemp("aar")
    paths = write_after_action_report(res, p, out, languages=("en", "de"))
    return res, paths


def test_files_written(report):
    _, paths = report
    for key in (
        "html",
        "pdf",
        "timeline_csv",
        "events_csv",
        "arrivals_csv",
        "effect_csv",
        "html_de",
        "pdf_de",
    ):
        assert paths[key].exists() and paths[key].stat().st_size > 0, key
    assert paths["pdf"].read_bytes()[:5] == b"%PDF-"


def test_timeline_csv_matches_the_result(report):
    res, paths = report
    tl = pd.read_csv(paths["timeline_csv"])
    assert list(tl["minute"]) == [0, 30, 60]
    assert list(tl["covered_joint_N"]) == list(res.timeline["covered_joint_N"])
    # at 30 the decision puts A1 on the south road: the 90 people of S's dry back row are covered in
    # national mode; the near row (the other 90) stands in water deeper than the ambulance's 0.3 m
    # wading limit by then, out of reach of every road vehicle (CONTRACT "Response by kind")
    assert tl["covered_national_S"].iloc[1] == 90


def test_html_is_self_contained_with_texts_in_each_language(report):
    _, paths = report
    html_en = paths["html"].read_text(encoding="utf-8")
    html_de = paths["html_de"].read_text(encoding="utf-8")
    assert (
        "After-action report" in html_en
        and "Fire station F2 flooded" in html_en
        and "Send A1 south" in html_en
    )
    assert "Auswertungsbericht" in html_de and "Feuerwache F2 überflutet" in html_de
    assert "src='http" not in html_en and 'src="http' not in html_en  # nothing fetched from outside
    imgs = re.findall(r"data:image/png;base64,([A-Za-z0-9+/=]+)", html_en)
    assert len(imgs) >= 2  # the coverage chart and at least one map
    assert all(base64.b64decode(i)[:8] == b"\x89PNG\r\n\x1a\n" for i in imgs)
    assert "What the cross-border decisions changed" in html_en


def test_pdf_holds_the_report_text(report):
    pypdf = pytest.importorskip("pypdf")
    _, paths = report
    reader = pypdf.PdfReader(str(paths["pdf"]))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert len(reader.pages) >= 5
    assert "After-action report" in text and "Send A1 south" in text
