"""The import direction of DESIGN.md, checked on the source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "tyollistamo_gui"

# For each layer: module prefixes it must not import.
FORBIDDEN = {
    "domain": (
        "PySide6",
        "peewee",
        "playhouse",
        "tyollistamo_gui.storage",
        "tyollistamo_gui.services",
        "tyollistamo_gui.ui",
        "tyollistamo_gui.documents",
    ),
    "storage": (
        "PySide6",
        "tyollistamo_gui.services",
        "tyollistamo_gui.ui",
        "tyollistamo_gui.documents",
    ),
    "services": ("PySide6", "tyollistamo_gui.ui"),
    "documents": (
        "PySide6",
        "peewee",
        "playhouse",
        "tyollistamo_gui.ui",
        "tyollistamo_gui.storage",
    ),
    "ui": ("peewee", "playhouse", "tyollistamo_gui.storage"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer):
    violations = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for module in imported_modules(path):
            for forbidden in FORBIDDEN[layer]:
                if module == forbidden or module.startswith(forbidden + "."):
                    violations.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert violations == []


def test_checker_sees_relative_imports():
    modules = imported_modules(PACKAGE / "ui" / "settings_dialog.py")
    assert "tyollistamo_gui.services.unit" in modules
    assert "tyollistamo_gui.domain.errors.ConcurrentEdit" in modules
