"""The one-way rule: domain/, store/ and export/ never import Qt or the GUI."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "mentorapp"
FORBIDDEN = {
    "domain": (
        "PySide6",
        "shiboken6",
        "mentorapp.gui",
        "sqlalchemy",
        "reportlab",
        "mentorapp.store",
        "mentorapp.export",
        "sqlcipher3",
    ),
    "store": ("PySide6", "shiboken6", "mentorapp.gui", "mentorapp.export", "reportlab"),
    "export": ("PySide6", "shiboken6", "mentorapp.gui"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.ImportFrom) and node.level > 0:
            found.add("." * node.level + (node.module or ""))
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_lower_layers_do_not_import_upward(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no modules in {layer}/"
    offences = []
    for path in files:
        for module in imported_modules(path):
            if module.startswith("."):
                offences.append(f"{path.name}: relative import {module}")
            elif any(module == f or module.startswith(f + ".") for f in FORBIDDEN[layer]):
                offences.append(f"{path.relative_to(PACKAGE)}: {module}")
    assert offences == []


def test_the_scanner_sees_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport mentorapp.gui.app\n")
    assert {"PySide6.QtWidgets", "mentorapp.gui.app"} <= imported_modules(sample)


def test_only_private_columns_are_named_private() -> None:
    """Privacy classes are visible in the schema: the private columns are exactly these."""
    from mentorapp.store.schema import Base

    private = sorted(
        f"{table.name}.{column.name}"
        for table in Base.metadata.tables.values()
        for column in table.columns
        if column.name.startswith("private_")
    )
    assert private == [
        "career_safaris.private_notes",
        "development_plans.private_remarks",
        "mentees.private_background",
        "questionnaire_responses.private_interpretation",
        "sessions.private_notes",
    ]
