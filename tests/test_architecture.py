"""The shape of the code (DESIGN.md): the engine never imports Qt (only floodplan/gui/ may), the layers
import only downwards, and no packages import each other in a loop."""

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


def test_layers_contract_of_the_design_holds():
    """import-linter's ``layers`` contract in pyproject.toml (DESIGN.md's order: cli → gui → plates → render
    → sim → io → model → core): no layer imports one above it."""
    lint = Path(sys.executable).with_name("lint-imports")
    proc = subprocess.run([str(lint)], capture_output=True, text=True, timeout=600, cwd=PACKAGE.parent)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert "1 kept, 0 broken" in proc.stdout


def test_no_import_cycles_between_floodplan_packages():
    """No two of floodplan's packages and top-level modules import each other, directly or round a loop
    (grimp's import graph, which import-linter builds on; lazy imports inside functions count too)."""
    import grimp

    graph = grimp.build_graph("floodplan")

    def unit(module: str) -> str:
        return ".".join(module.split(".")[:2])

    edges: dict[str, set[str]] = {}
    for m in graph.modules:
        for d in graph.find_modules_directly_imported_by(m):
            if unit(m) != unit(d):
                edges.setdefault(unit(m), set()).add(unit(d))
    # Tarjan's strongly connected components: any with more than one unit is a cycle.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                cycles.append(sorted(comp))

    for v in sorted(set(edges) | {w for ws in edges.values() for w in ws}):
        if v not in index:
            visit(v)
    assert not cycles, f"import cycles between floodplan's packages: {cycles}"
