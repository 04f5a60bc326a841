"""`floodplan plate` and `floodplan report` from the command line on a project (CONTRACT.md)."""

import pytest
from PIL import Image
from pypdf import PdfReader

from floodplan.io.projectfile import save_project
from floodplan.testing import run_floodplan as floodplan
from floodplan.testing import small_valley_project


@pytest.fixture(scope="module")
def project_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("p") / "valley.gpkg"
    save_project(small_valley_project(), path)
    return path


def test_png_plate_has_paper_times_dpi_pixels(project_file, tmp_path):
    out = tmp_path / "plate.png"
    proc = floodplan(
        "plate",
        project_file,
        "--scenario",
        "level-joint",
        "--paper",
        "A4",
        "--orientation",
        "portrait",
        "--dpi",
        100,
        "--out",
        out,
    )
    assert proc.returncode == 0, proc.stderr
    # A4 portrait is 210 × 297 mm; at 100 dpi that is 210 / 25.4 × 100 = 826.8 and 1169.3 pixels, which
    # matplotlib's Agg canvas truncates to whole pixels: 826 × 1169.
    assert Image.open(out).size == (826, 1169)


def test_pdf_plate_in_two_languages(project_file, tmp_path):
    out = tmp_path / "plate.pdf"
    proc = floodplan(
        "plate",
        project_file,
        "--scenario",
        "level-national",
        "--paper",
        "A3",
        "--languages",
        "en,de",
        "--title",
        "Joint flood plan",
        "--out",
        out,
    )
    assert proc.returncode == 0, proc.stderr
    page = PdfReader(out).pages[0]
    w_mm, h_mm = (float(v) / 72 * 25.4 for v in (page.mediabox.width, page.mediabox.height))
    assert (round(w_mm), round(h_mm)) == (420, 297)  # A3 landscape
    text = page.extract_text()
    assert "Joint flood plan" in text and "Flood depth" in text and "Hochwassertiefe" in text


def test_report_html_has_every_jurisdiction(project_file, tmp_path):
    out = tmp_path / "new" / "folder" / "report.html"  # report --out creates its folder, as run does
    proc = floodplan("report", project_file, "--scenario", "level-joint", "--out", out)
    assert proc.returncode == 0, proc.stderr
    html = out.read_text(encoding="utf-8")
    for name in ("N-West", "N-East", "S-West", "S-East"):
        assert name in html
    assert "data:image/png;base64," in html  # self-contained


def test_bad_plate_options(project_file, tmp_path):
    proc = floodplan("plate", project_file, "--paper", "A7", "--out", tmp_path / "x.pdf")
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1
    proc = floodplan("plate", project_file, "--out", tmp_path / "x.docx")
    assert proc.returncode == 2 and ".pdf" in proc.stderr
    proc = floodplan("plate", project_file, "--languages", "en,xx", "--out", tmp_path / "x.pdf")
    assert proc.returncode == 2 and "xx" in proc.stderr


def test_plate_and_report_per_kind_with_a_boat(tmp_path):
    """The boat on the test valley (tests/plates/test_kinds.py explains the hand count): at 103.6 m the near
    rows stand in 0.6 m of water, which only the boat reaches; the PDF plate's summary says so in both
    languages and the report's per-kind CSV carries the boat's figures."""
    import pandas as pd
    from shapely.geometry import Point

    from floodplan.model.scenario import Scenario

    p = small_valley_project()
    lyr = p.layer("resources")
    boat = lyr.data.iloc[[0]].copy()
    boat["id"], boat["kind"], boat["geometry"] = "B1", "boat", [Point(500520.0, 5599695.0 + 60.0)]
    lyr.data = pd.concat([lyr.data, boat], ignore_index=True)
    p.set_scenario(Scenario("wet", level_m=103.6, mode="joint"))
    path = tmp_path / "boat.gpkg"
    save_project(p, path)
    out = tmp_path / "plate.pdf"
    proc = floodplan(
        "plate", path, "--scenario", "wet", "--paper", "A4", "--languages", "de,pl", "--out", out
    )
    assert proc.returncode == 0, proc.stderr
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Nur per Boot erreicht" in text and "Osiągalni tylko łodzią" in text
    assert "Gebäude, nur per Boot erreicht" in text
    rep = tmp_path / "r.html"
    proc = floodplan("report", path, "--scenario", "wet", "--languages", "en,pl", "--out", rep)
    assert proc.returncode == 0, proc.stderr
    kinds = pd.read_csv(tmp_path / "r_kinds.csv").set_index(["kind", "country"])
    assert kinds.loc[("boat", "S"), "covered_population_joint"] == 180.0
    assert kinds.loc[("boat", "S"), "covered_population_national"] == 0.0


def test_plate_draws_one_kinds_gaps_and_an_ensembles_probability(project_file, tmp_path):
    """--gaps-kind and --probability reach PlateSpec.gaps_kind / .probability (issue 17's plate options):
    the probability's colour bar is labelled with the return period from the file name (T = 100), and a
    kind no resource has is refused (its gaps would be every building)."""
    import numpy as np

    from floodplan.io.projectfile import open_project
    from floodplan.io.raster import write_grid

    dem = open_project(project_file).dem
    prob = tmp_path / "p_flooded_T100.tif"
    write_grid(type(dem)(np.full(dem.z.shape, 0.5), dem.transform, dem.crs), prob)
    out = tmp_path / "plate.pdf"
    args = ("plate", project_file, "--scenario", "level-joint", "--paper", "A4", "--dpi", 50, "--out", out)
    proc = floodplan(*args, "--gaps-kind", "fire", "--probability", prob)
    assert proc.returncode == 0, proc.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Probability of flooding (T = 100 years)" in text
    proc = floodplan(*args, "--gaps-kind", "helicopter")
    assert proc.returncode == 2 and "no resource has kind 'helicopter' for --gaps-kind" in proc.stderr
    proc = floodplan(*args, "--probability", tmp_path / "p_flooded_T30.tif")
    assert proc.returncode == 2 and "p_flooded_T30.tif: no such file" in proc.stderr
