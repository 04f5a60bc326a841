"""The bundled files are found wherever floodplan runs from, and the wheel carries all of them."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from floodplan.paths import resources_dir, sample_data_dir

REPO = Path(__file__).resolve().parents[1]


def test_bundled_files_are_found():
    # CI installs floodplan from a wheel, so this runs against the installed layout there.
    for lang in ("en", "de", "fr", "es", "ca", "it", "pl", "nl", "cs"):
        assert (resources_dir() / "i18n" / f"{lang}.json").is_file()
    assert (resources_dir() / "style.qss").is_file()
    assert (sample_data_dir() / "valley.gpkg").is_file()


@pytest.mark.slow
def test_wheel_carries_resources_and_sample_data(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(REPO)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if proc.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {proc.stderr.strip().splitlines()[-1:]}")
    names = set(zipfile.ZipFile(next(tmp_path.glob("*.whl"))).namelist())
    for folder, package in (("resources", "floodplan/resources"), ("sample_data", "floodplan/sample_data")):
        for f in (REPO / folder).rglob("*"):
            if f.is_file():
                assert f"{package}/{f.relative_to(REPO / folder).as_posix()}" in names
