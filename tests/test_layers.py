"""The one-way rule: imports flow gui/cli -> services -> export/store -> domain, never up.

Above the services, the GUI and the CLI reach the store only through its public face
(the ``Vault`` type and the typed errors): no repository, no database session.
"""

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
    "export": ("PySide6", "shiboken6", "mentorapp.gui", "mentorapp.services", "mentorapp.demo"),
    "services": ("PySide6", "shiboken6", "mentorapp.gui"),
    "demo": ("PySide6", "shiboken6", "mentorapp.gui", "mentorapp.services"),
}
# The command line's modules (prefix matching is per dotted name, so each is listed).
CLI_MODULES = (
    "mentorapp.cli",
    "mentorapp.cli_messages",
    "mentorapp.cli_moves",
    "mentorapp.cli_practice",
    "mentorapp.cli_report",
    "mentorapp.cli_questionnaires",
    "mentorapp.cli_vault_state",
    "mentorapp.cli_vault_tune",
)
for _layer in FORBIDDEN:
    FORBIDDEN[_layer] += CLI_MODULES
FORBIDDEN["store"] += ("mentorapp.services", "mentorapp.demo")
FORBIDDEN["domain"] += ("mentorapp.services", "mentorapp.demo")

# What the GUI and the CLI may import from below the services: the vault's public face.
PUBLIC_FACE = ("mentorapp.store.vault", "mentorapp.store.errors", "mentorapp.store.hardening")
BELOW_SERVICES = ("mentorapp.store", "mentorapp.export", "mentorapp.demo", "sqlalchemy")
# Calls that open a unit of work on the database: only services (and below) make them.
UNIT_OF_WORK_CALLS = ("reading", "transaction", "session")


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


def unit_of_work_calls(path: Path) -> list[str]:
    """``x.reading()`` and ``x.transaction()`` calls, and any use of ``x.engine``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = [
        f"{path.name}:{node.lineno} .{node.func.attr}()"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in UNIT_OF_WORK_CALLS
    ]
    found += [
        f"{path.name}:{node.lineno} .engine"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr == "engine"
    ]
    return found


def reaches_past_services(path: Path) -> list[str]:
    """Imports of a GUI or CLI file that skip the services, and units of work it opens."""
    offences = [
        f"{path.name}: {module}"
        for module in imported_modules(path)
        if any(module == b or module.startswith(b + ".") for b in BELOW_SERVICES)
        and module not in PUBLIC_FACE
    ]
    return offences + unit_of_work_calls(path)


def above_services() -> list[Path]:
    files = sorted(p for p in (PACKAGE / "gui").rglob("*.py") if "forms" not in p.parts)
    cli = [PACKAGE / f"{name.rsplit('.', 1)[1]}.py" for name in CLI_MODULES]
    return [*files, *cli, PACKAGE / "__main__.py"]


def test_gui_and_cli_reach_the_store_only_through_services() -> None:
    offences = [o for path in above_services() for o in reaches_past_services(path)]
    assert offences == []


def test_the_scanner_sees_the_gui_reaching_past_services(tmp_path: Path) -> None:
    sample = tmp_path / "window.py"
    sample.write_text(
        "from mentorapp.store.repositories import MenteeRepository\n"
        "from mentorapp.store.vault import Vault\n"
        "from mentorapp.export.pdf import DevelopmentPlanPdf\n"
        "def load(vault):\n"
        "    with vault.reading() as s:\n"
        "        return MenteeRepository(s).all()\n"
        "def save(vault):\n"
        "    with vault.transaction() as s:\n"
        "        pass\n"
    )
    assert sorted(reaches_past_services(sample)) == [
        "window.py: mentorapp.export.pdf",
        "window.py: mentorapp.store.repositories",
        "window.py:5 .reading()",
        "window.py:8 .transaction()",
    ]


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
        "job_crafting_canvases.private_notes",
        "mentees.private_background",
        "questionnaire_responses.private_interpretation",
        "sessions.private_notes",
    ]
