"""Each renderer package stands on the shared layers alone: none imports another's."""

from __future__ import annotations

import ast
from pathlib import Path

import lessonpress.renderers

RENDERERS = Path(lessonpress.renderers.__file__).parent
PACKAGES = ("handout", "deck", "poster")


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, as dotted names."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_no_renderer_imports_another_renderers_modules() -> None:
    crossing = {
        f"{package}/{path.name}": sorted(
            module
            for module in imported_modules(path)
            for other in PACKAGES
            if other != package and module.startswith(f"lessonpress.renderers.{other}")
        )
        for package in PACKAGES
        for path in (RENDERERS / package).glob("*.py")
    }
    assert {name: modules for name, modules in crossing.items() if modules} == {}
    assert len(crossing) > 30
