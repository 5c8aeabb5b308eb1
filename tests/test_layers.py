"""The layer rules of DESIGN.md, checked on the source: who may import what.

Every .py under pos/ and sync/ is parsed (never imported) and every import is collected:
top-level and nested (inside functions, `if TYPE_CHECKING:`, try/except), `import a.b`,
`from a.b import c`, relative imports, and `importlib.import_module("x")` / `__import__("x")`
with a literal name. A failure lists each offending file:line.
"""
from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OUR_PACKAGES = ("pos", "sync")
QT = ("PySide6", "shiboken6")


@dataclass(frozen=True)
class Import:
    file: Path  # relative to the root
    line: int
    module: str  # absolute dotted name

    def __str__(self) -> str:
        return f"{self.file.as_posix()}:{self.line}: imports {self.module}"


def _module_of(path: Path, root: Path) -> tuple[str, bool]:
    """Dotted module name of a source file, and whether it is a package __init__."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    if is_package:
        parts = parts[:-1]
    return ".".join(parts), is_package


def _resolve_relative(level: int, module: str | None, here: str, is_package: bool) -> str:
    base = here.split(".") if is_package else here.split(".")[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def imports_of(path: Path, root: Path) -> list[Import]:
    rel = path.relative_to(root)
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(rel))
    here, is_package = _module_of(path, root)
    found: list[Import] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [Import(rel, node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = (_resolve_relative(node.level, node.module, here, is_package)
                    if node.level else node.module or "")
            found.append(Import(rel, node.lineno, base))
            if base.split(".")[0] in OUR_PACKAGES:
                # `from pos import ui` imports pos.ui: count each name as a possible submodule.
                found += [Import(rel, node.lineno, f"{base}.{alias.name}")
                          for alias in node.names if alias.name != "*"]
        elif isinstance(node, ast.Call) and _is_dynamic_import(node.func):
            if node.args and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str):
                found.append(Import(rel, node.lineno, node.args[0].value))
    return found


def _is_dynamic_import(func: ast.expr) -> bool:
    if isinstance(func, ast.Name):
        return func.id in ("__import__", "import_module")
    return isinstance(func, ast.Attribute) and func.attr == "import_module"


def all_imports(root: Path) -> list[Import]:
    result = []
    for package in OUR_PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            if any(part in ("node_modules", "__pycache__") for part in path.parts):
                continue
            result += imports_of(path, root)
    return result


def _is(module: str, *prefixes: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def _in(imp: Import, *folders: str) -> bool:
    posix = imp.file.as_posix()
    return any(posix == f or posix.startswith(f.rstrip("/") + "/") for f in folders)


def _stdlib(module: str) -> bool:
    return module.split(".")[0] in sys.stdlib_module_names


# Each rule: (description, applies to this import's file?, is the import forbidden?)
RULES = [
    ("pos/domain may import only the standard library and pos.domain",
     lambda i: _in(i, "pos/domain"),
     lambda m: not (_stdlib(m) or _is(m, "pos.domain"))),
    ("only pos/ui and pos/app.py may import Qt (PySide6/shiboken6)",
     lambda i: not _in(i, "pos/ui", "pos/app.py"),
     lambda m: _is(m, *QT)),
    ("pos/services and pos/db must not import pos.ui or sync",
     lambda i: _in(i, "pos/services", "pos/db"),
     lambda m: _is(m, "pos.ui", "sync")),
    ("sync must not import pos.ui or Qt",
     lambda i: _in(i, "sync"),
     lambda m: _is(m, "pos.ui", *QT)),
    ("pos/ui must not import sqlalchemy (it talks to services)",
     lambda i: _in(i, "pos/ui"),
     lambda m: _is(m, "sqlalchemy")),
    ("python-escpos lives only in pos/printing",
     lambda i: not _in(i, "pos/printing"),
     lambda m: _is(m, "escpos")),
]


def violations(root: Path) -> list[str]:
    found = []
    for imp in all_imports(root):
        for description, applies, forbidden in RULES:
            if applies(imp) and forbidden(imp.module):
                found.append(f"{imp}  [{description}]")
    return sorted(set(found))


def test_every_source_file_parses():
    bad = []
    for package in OUR_PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            try:
                ast.parse(path.read_text(encoding="utf-8"))
            except SyntaxError as exc:
                bad.append(f"{path.relative_to(ROOT)}:{exc.lineno}: {exc.msg}")
    assert not bad, "files that do not parse:\n" + "\n".join(bad)


def test_layer_rules_hold():
    found = violations(ROOT)
    assert not found, "layer rule broken:\n" + "\n".join(found)


def test_the_check_sees_imports():
    """Guard against a vacuous pass: the walk finds the imports we know are there."""
    modules = {(i.file.as_posix(), i.module) for i in all_imports(ROOT)}
    assert ("pos/db/engine.py", "sqlalchemy") in modules
    assert ("pos/app.py", "pos.ui.application") in modules  # inside a function
    assert any(f.startswith("pos/domain/") for f, _ in modules)


# --- the checker itself, on a made-up tree ---------------------------------------------------

BAD_TREE = {
    "pos/__init__.py": "",
    "pos/domain/__init__.py": "",
    "pos/domain/money.py": "import decimal\nfrom pos.domain import errors\nimport sqlalchemy\n",
    "pos/domain/cart.py": "from . import money\nfrom ..db import models\n",
    "pos/domain/late.py": "def f():\n    import requests\n    from PIL import Image\n",
    "pos/db/__init__.py": "",
    "pos/db/models.py": "from pos import ui\n",
    "pos/services/__init__.py": "",
    "pos/services/sales.py": "if True:\n    from sync.engine import push\n",
    "pos/services/dyn.py": "import importlib\nimportlib.import_module('PySide6.QtCore')\n",
    "pos/printing/__init__.py": "",
    "pos/printing/out.py": "from escpos.printer import Network\n",
    "pos/devices/__init__.py": "",
    "pos/devices/scan.py": "from escpos import printer\n",
    "pos/ui/__init__.py": "",
    "pos/ui/screen.py": "from PySide6.QtWidgets import QWidget\nfrom sqlalchemy.orm import Session\n",
    "pos/app.py": "from PySide6.QtWidgets import QApplication\nimport pos.ui\n",
    "sync/__init__.py": "",
    "sync/engine.py": "from pos.services import sales\nimport pos.ui.tasks\nfrom shiboken6 import isValid\n",
}


@pytest.fixture
def bad_tree(tmp_path: Path) -> Path:
    for name, source in BAD_TREE.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(source, encoding="utf-8")
    return tmp_path


def test_checker_reports_each_offence_with_file_and_line(bad_tree: Path):
    found = violations(bad_tree)
    where = {line.split(": imports ")[0] + " " + line.split(": imports ")[1].split()[0]
             for line in found}
    assert where == {
        "pos/domain/money.py:3 sqlalchemy",
        "pos/domain/cart.py:2 pos.db",
        "pos/domain/cart.py:2 pos.db.models",
        "pos/domain/late.py:2 requests",
        "pos/domain/late.py:3 PIL",
        "pos/db/models.py:1 pos.ui",
        "pos/services/sales.py:2 sync.engine",
        "pos/services/sales.py:2 sync.engine.push",  # could be a submodule: reported too
        "pos/services/dyn.py:2 PySide6.QtCore",
        "pos/devices/scan.py:1 escpos",
        "pos/ui/screen.py:2 sqlalchemy.orm",
        "sync/engine.py:2 pos.ui.tasks",
        "sync/engine.py:3 shiboken6",
    }, "\n".join(found)


def test_relative_imports_resolve(bad_tree: Path):
    mods = {i.module for i in imports_of(bad_tree / "pos/domain/cart.py", bad_tree)}
    assert {"pos.domain", "pos.domain.money", "pos.db", "pos.db.models"} <= mods


# --- no import circles between our modules ---------------------------------------------------

def _module_graph(root: Path) -> dict[str, set[str]]:
    """Module -> the modules of ours it imports (nested imports included: a circle through a
    function-level import is still a circle, only hidden). A package counts as its __init__."""
    known = {}
    for package in OUR_PACKAGES:
        for path in (root / package).rglob("*.py"):
            if "node_modules" not in path.parts:
                known[_module_of(path, root)[0]] = path
    graph: dict[str, set[str]] = {name: set() for name in known}
    for imp in all_imports(root):
        here = _module_of(root / imp.file, root)[0]
        if imp.module in known and imp.module != here and not here.startswith(imp.module + "."):
            graph[here].add(imp.module)
    return graph


def import_cycles(root: Path) -> list[list[str]]:
    graph, cycles, state = _module_graph(root), [], {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(graph[node]):
            if state.get(nxt) == "open":
                cycles.append(trail[trail.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = "done"

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    return cycles


def test_no_import_circles():
    cycles = import_cycles(ROOT)
    assert not cycles, "import circles:\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_the_circle_check_finds_a_hidden_circle(tmp_path: Path):
    tree = {"pos/__init__.py": "", "pos/services/__init__.py": "",
            "pos/services/sales.py": "from pos.services import shifts\n",
            "pos/services/shifts.py": "def f():\n    from pos.services.sales import label\n"}
    for name, source in tree.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(source, encoding="utf-8")
    assert import_cycles(tmp_path) == [["pos.services.sales", "pos.services.shifts",
                                        "pos.services.sales"]]
