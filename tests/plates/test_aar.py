"""After-action report of a short exercise on the small synthetic valley: files exist, hold the texts,
the embedded images and the timeline's figures."""

from __future__ import annotations

import base64
import re

import numpy as np
import pandas as pd
import pytest

from floodplan.model.scenario import Scenario
from floodplan.plates.aar import write_after_action_report
from floodplan.sim.tabletop import Exercise
from floodplan.testing import small_valley_project

X0, Y0 = 500000.0, 5600000.0
YR = Y0 - 30.5 * 10


@pytest.fixture(scope="module")
def exercise():
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
    return p, Exercise(p, "drill").run()


@pytest.fixture(scope="module")
def report(exercise, tmp_path_factory):
    p, res = exercise
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


def test_opens_with_a_summary(report):
    res, paths = report
    html_en = paths["html"].read_text(encoding="utf-8")
    # The summary comes before the timeline, with the exercise's counts: 1 inject, 1 decision (above).
    assert html_en.index("<h2>Summary</h2>") < html_en.index("<h2>Timeline of injects and decisions</h2>")
    assert "<td>Injects</td><td>1</td>" in html_en and "<td>Decisions</td><td>1</td>" in html_en
    assert "Zusammenfassung" in paths["html_de"].read_text(encoding="utf-8")
    pypdf = pytest.importorskip("pypdf")
    first = pypdf.PdfReader(str(paths["pdf"])).pages[0].extract_text()
    assert "Summary" in first and "Injects" in first and "Covered at the end" in first


def test_maps_are_drawn_by_render_with_ticks_and_a_legend(exercise):
    from floodplan.plates.aar import map_figure

    p, res = exercise
    fig = map_figure(res, p, sorted(res.snapshots)[-1], "de")
    fig.canvas.draw()
    ax = fig.axes[0]
    ticks = [t.get_text() for t in ax.get_xticklabels() + ax.get_yticklabels() if t.get_text()]
    assert len(ticks) >= 4 and all(any(ch.isdigit() for ch in t) for t in ticks)  # coordinates in m
    assert ax.get_xlabel() == "Rechtswert (m)"
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    # German texts from resources/i18n: the flood depth classes, the out-of-service F2 (inject at 0).
    assert "Hochwassertiefe" in legend and "0–0.3 m" in legend and "Einsatzmittel außer Dienst" in legend
    # The depth is the render's image (one table's colours), not a colormapped float array.
    from matplotlib.image import AxesImage

    imgs = [a for a in ax.get_children() if isinstance(a, AxesImage)]
    assert any(a.get_array().dtype == np.uint8 for a in imgs)
