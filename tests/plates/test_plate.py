"""Plates rendered to files and checked as files: page size, pixels, texts in both languages, legend,
scale, scale bar, atlas pages."""

import numpy as np
import pytest
from PIL import Image

from floodplan.errors import InputError
from floodplan.plates.layout import SCALEBAR_COLOR, build_plate, render_atlas, render_plate
from floodplan.plates.spec import PlateSpec

pypdf = pytest.importorskip("pypdf")
PT = 25.4 / 72  # mm per PDF point


def _pdf_text(path):
    reader = pypdf.PdfReader(str(path))
    return [page.extract_text() for page in reader.pages], reader


@pytest.mark.parametrize(
    "paper, orientation, w_mm, h_mm", [("A4", "landscape", 297, 210), ("A3", "portrait", 297, 420)]
)
def test_pdf_page_size_and_bilingual_text(tmp_path, project, result, paper, orientation, w_mm, h_mm):
    spec = PlateSpec(
        paper=paper,
        orientation=orientation,
        dpi=100,
        title="Neisse flood plan",
        languages=["en", "de"],
        organisation="Euroregion Neisse",
        date="2024-09-16",
    )
    info = render_plate(project, result, spec, tmp_path / "plate.pdf")
    texts, reader = _pdf_text(info["path"])
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    # ISO 216 sizes, within a hundredth of a millimetre.
    assert float(box.width) * PT == pytest.approx(w_mm, abs=0.01)
    assert float(box.height) * PT == pytest.approx(h_mm, abs=0.01)
    text = texts[0]
    for s in (
        "Neisse flood plan",
        "Legend / Legende",
        "Flood depth",
        "Hochwassertiefe",
        "Scenario / Szenario: HQ100",
        "Date / Datum: 2024-09-16",
        "Euroregion Neisse",
        "Görlitz",
        "Zgorzelec",
        "GERMANY",
        "POLAND",
        "© OpenStreetMap contributors",
        "Cooperation gain",
        "Kooperationsgewinn",
        "Main road",
        "Hauptstraße",
    ):
        assert s in text, s
    assert "Scale / Maßstab 1:" in text


def test_single_language(tmp_path, project):
    info = render_plate(project, None, PlateSpec(paper="A4", dpi=72, languages=["en"]), tmp_path / "p.pdf")
    text = _pdf_text(info["path"])[0][0]
    assert "Flood map" in text and "Legend" in text
    assert "Legende" not in text and "Hochwasserkarte" not in text


@pytest.mark.parametrize(
    "paper, orientation, dpi", [("A4", "landscape", 60), ("A3", "portrait", 40), ("A2", "landscape", 20)]
)
def test_png_pixels_are_paper_times_dpi(tmp_path, project, paper, orientation, dpi):
    spec = PlateSpec(paper=paper, orientation=orientation, dpi=dpi)
    info = render_plate(project, None, spec, tmp_path / "p.png")
    w_mm, h_mm = spec.page_mm
    with Image.open(info["path"]) as im:
        size = im.size
    # pixels = millimetres / 25.4 × dpi, to the pixel (matplotlib truncates the fraction).
    assert size[0] == pytest.approx(w_mm / 25.4 * dpi, abs=1)
    assert size[1] == pytest.approx(h_mm / 25.4 * dpi, abs=1)
    assert info["pixels"] == size


def test_svg_keeps_text(tmp_path, project):
    info = render_plate(
        project,
        None,
        PlateSpec(paper="A4", dpi=72, title="Neisse SVG", languages="en,pl"),
        tmp_path / "p.svg",
    )
    svg = info["path"].read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "Neisse SVG" in svg and "Legenda" in svg
    import re

    w, h = (float(v) for v in re.search(r'<svg[^>]*width="([\d.]+)pt" height="([\d.]+)pt"', svg).groups())
    assert (w * PT, h * PT) == pytest.approx((297.0, 210.0), abs=0.01)  # A4 landscape in mm


def test_stated_scale_is_exact_on_paper(project):
    spec = PlateSpec(paper="A4", orientation="landscape", dpi=100, scale=12000)
    fig, info = build_plate(project, None, spec)
    fig.canvas.draw()  # apply the aspect as printing does
    ax = fig.axes[0]
    pos = ax.get_position()
    w_mm, h_mm = pos.width * 297.0, pos.height * 210.0
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    # ground metres = paper millimetres / 1000 × denominator, both ways.
    assert (x1 - x0) == pytest.approx(w_mm / 1000 * 12000, rel=1e-9)
    assert (y1 - y0) == pytest.approx(h_mm / 1000 * 12000, rel=1e-9)
    assert info["scale"] == 12000


def test_fit_scale_is_round_and_shows_everything(project):
    fig, info = build_plate(project, None, PlateSpec(paper="A4", dpi=100))
    d = info["scale"]
    mantissa = d / 10 ** np.floor(np.log10(d))
    assert mantissa in (1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.5)
    x0, y0, x1, y1 = info["map_extent"]
    # The valley is 3000 m × 2000 m from (500000, 5668000).
    assert x0 <= 500000 and x1 >= 503000 and y0 <= 5668000 and y1 >= 5670000


def _longest_run(mask):
    best = 0
    for row in mask:
        if not row.any():
            continue
        d = np.diff(np.concatenate([[0], row.astype(np.int8), [0]]))
        starts, ends = np.nonzero(d == 1)[0], np.nonzero(d == -1)[0]
        best = max(best, int((ends - starts).max()))
    return best


def test_scale_bar_length_matches_the_scale(tmp_path, project):
    dpi, denom = 150, 10000
    info = render_plate(project, None, PlateSpec(paper="A4", dpi=dpi, scale=denom), tmp_path / "p.png")
    # Map box 186.9 mm wide at 1:10,000 is 1869 m; a fifth-ish gives a 1-2-5 length of 200 m.
    assert info["scalebar_m"] == 200
    img = np.asarray(Image.open(info["path"]).convert("RGB")).astype(int)
    rgb = tuple(int(SCALEBAR_COLOR[i : i + 2], 16) for i in (1, 3, 5))
    run_px = _longest_run(np.all(img == rgb, axis=2))
    # 200 m at 1:10,000 is 20 mm on paper = 20 / 25.4 × 150 = 118.1 px (± 2 px of anti-aliased ends).
    assert run_px == pytest.approx(200 / denom * 1000 / 25.4 * dpi, abs=2)
    text = _pdf_text(
        render_plate(project, None, PlateSpec(paper="A4", dpi=72, scale=denom), tmp_path / "p.pdf")["path"]
    )[0][0]
    assert "200 m" in text and "1:10" in text


def test_legend_lists_the_visible_layers(project, result):
    _, info = build_plate(project, result, PlateSpec(paper="A4", dpi=72))
    keys = info["legend"]
    assert {"legend.flood_depth", "legend.gap", "legend.road_fast", "kind.school", "resource.fire"} <= set(
        keys
    )
    project.set_style("resources", visible=False)
    project.set_style("roads", visible=False)
    try:
        _, info = build_plate(project, result, PlateSpec(paper="A4", dpi=72))
    finally:
        project.set_style("resources", visible=True)
        project.set_style("roads", visible=True)
    assert not any(
        k.startswith(("resource.", "legend.road_fast", "legend.road_slow", "legend.road_closed"))
        for k in info["legend"]
    )
    assert "kind.school" in info["legend"]


def test_summary_table_carries_the_country_figures(project, result):
    _, info = build_plate(project, result, PlateSpec(paper="A4", dpi=72))
    rows = {r["country"]: r for r in info["summary"]}
    # Hand figures of sv.hand_result: gain = covered joint − covered national (500 − 430, 280 − 260).
    assert rows["Germany"]["cooperation_gain"] == 70 and rows["Poland"]["cooperation_gain"] == 20
    assert rows["Germany"]["flooded_population"] == 120 and rows["Poland"]["gap_population"] == 20


@pytest.mark.slow
def test_atlas_has_one_page_per_jurisdiction(tmp_path, project, result):
    spec = PlateSpec(paper="A4", dpi=40, languages=["de", "pl"], title="Atlas")
    info = render_atlas(project, result, spec, tmp_path / "atlas.pdf")
    texts, reader = _pdf_text(info["path"])
    assert info["pages"] == len(reader.pages) == 3
    for text, name in zip(texts, ("Görlitz", "Markersdorf", "Zgorzelec")):
        assert f"{name} (" in text  # the page's own heading
    # Each page is fitted to its jurisdiction: Görlitz is 1500 m × 1000 m, Zgorzelec 1500 × 2000.
    assert info["page_info"][0]["scale"] < info["page_info"][2]["scale"]
    by = render_atlas(project, None, spec, tmp_path / "atlas2.pdf", by_layer="resources")
    assert by["pages"] == 4


def test_bad_output_names_are_refused(tmp_path, project):
    with pytest.raises(InputError, match=r"\.pdf, \.png or \.svg"):
        render_plate(project, None, PlateSpec(), tmp_path / "plate.jpg")
    with pytest.raises(InputError, match="multi-page PDF"):
        render_atlas(project, None, PlateSpec(), tmp_path / "atlas.png")
