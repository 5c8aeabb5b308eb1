"""pos/domain may import only the standard library and itself (see DESIGN.md, layers)."""

import ast
import sys
from pathlib import Path

import pytest

DOMAIN = Path(__file__).resolve().parents[2] / "pos" / "domain"


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            roots.add(node.module or "")
    return roots


@pytest.mark.parametrize("path", sorted(DOMAIN.glob("*.py")), ids=lambda p: p.name)
def test_domain_module_imports_only_stdlib(path):
    for name in imported_roots(path):
        allowed = name.split(".")[0] in sys.stdlib_module_names or name.startswith("pos.domain")
        assert allowed, f"{path.name} imports {name}; pos/domain must stay stdlib-only"
