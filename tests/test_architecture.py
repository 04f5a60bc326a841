"""The engine never imports Qt: only floodplan/gui/ may (DESIGN.md)."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "floodplan"
QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "qtpy")


def test_no_qt_import_outside_gui():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in QT for n in names):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert not offenders, f"Qt imported outside floodplan/gui/: {offenders}"


def test_engine_modules_load_without_qt():
    """Importing the engine (and the CLI) does not pull Qt in, even indirectly (e.g. a Qt matplotlib backend)."""
    # walk_packages would import floodplan.gui itself to look inside it (its __init__ loads PySide6 on
    # purpose, to guard against a defective build); the walk below never enters the gui package.
    code = (
        "import sys, importlib, pkgutil, floodplan\n"
        "def walk(path, prefix):\n"
        "    for m in pkgutil.iter_modules(path, prefix):\n"
        "        if m.name == 'floodplan.gui' or m.name.endswith('__main__'): continue\n"
        "        mod = importlib.import_module(m.name)\n"
        "        if m.ispkg: walk(mod.__path__, m.name + '.')\n"
        "walk(floodplan.__path__, 'floodplan.')\n"
        "bad = [n for n in sys.modules if n.split('.')[0] in ('PySide6', 'PyQt5', 'PyQt6')]\n"
        "assert not bad, bad\n"
        "assert 'floodplan.model.edits' in sys.modules\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
