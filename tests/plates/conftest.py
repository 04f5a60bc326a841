import importlib.util
import sys
from pathlib import Path

_name = "floodplan_test_synthetic_valley"
if _name not in sys.modules:
    _spec = importlib.util.spec_from_file_location(
        _name, Path(__file__).parents[1] / "render" / "synthetic_valley.py"
    )
    _mod = importlib.util.module_from_spec(_spec)
    sys.modules[_name] = _mod
    _spec.loader.exec_module(_mod)
