"""The synthetic valley of tests/render (loaded once as a module) and the plate tests' shared fixtures."""

import importlib.util
import sys
from pathlib import Path

import pytest

_name = "floodplan_test_synthetic_valley"
if _name not in sys.modules:
    _spec = importlib.util.spec_from_file_location(
        _name, Path(__file__).parents[1] / "render" / "synthetic_valley.py"
    )
    _mod = importlib.util.module_from_spec(_spec)
    sys.modules[_name] = _mod
    _spec.loader.exec_module(_mod)

sv = sys.modules[_name]


@pytest.fixture(scope="module")
def project():
    """The synthetic valley's project (tests/render/synthetic_valley.py), once per test module."""
    return sv.build_project()


@pytest.fixture(scope="module")
def result():
    """The synthetic valley's run result with hand-computed figures (``hand_result``)."""
    return sv.hand_result()
