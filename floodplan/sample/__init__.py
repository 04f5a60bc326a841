"""The bundled sample valley: a fictional lowland border valley (DE/PL) made reproducibly by code.

``write_sample(dir)`` writes the source layers (two countries' files in two national CRSs, the DEM,
shared layers, a hydrograph) and builds ``valley.gpkg`` from them by loading each through the same
path a user's files take (so every build exercises the CRS harmonisation). ``sample_project_path()``
returns the bundled copy (``sample_data/valley.gpkg``), writing one into the user's data folder if the
installation has none.
"""

from __future__ import annotations

from pathlib import Path

from floodplan.paths import sample_data_dir
from floodplan.sample.project import PROJECT_NAME, write_sample

__all__ = ["PROJECT_NAME", "write_sample", "sample_project_path", "bundled_sample_dir"]


def bundled_sample_dir() -> Path | None:
    """The folder holding the committed sample (source checkout: sample_data/; installed:
    floodplan/sample_data/), or None when the installation has none."""
    folder = sample_data_dir()
    return folder if (folder / PROJECT_NAME).exists() else None


def sample_project_path() -> Path:
    """Path of the sample project, generating it into the user data folder if none is bundled."""
    folder = bundled_sample_dir()
    if folder is not None:
        return folder / PROJECT_NAME
    from platformdirs import user_data_dir

    target = Path(user_data_dir("floodplan", appauthor=False)) / "sample"
    if not (target / PROJECT_NAME).exists():
        target.mkdir(parents=True, exist_ok=True)
        write_sample(target)
    return target / PROJECT_NAME
