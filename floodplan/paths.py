"""Where floodplan's bundled files are: ``resources/`` and ``sample_data/``.

In a source checkout they sit beside the package (the layout the product card fixes); an installed
wheel carries them inside the package as ``floodplan/resources`` and ``floodplan/sample_data``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    return _PACKAGE.parent / name


def resources_dir() -> Path:
    """The ``resources/`` folder (translations, icons, style sheet, screenshot)."""
    return _find("resources")


def sample_data_dir() -> Path:
    """The ``sample_data/`` folder (the bundled sample valley)."""
    return _find("sample_data")
