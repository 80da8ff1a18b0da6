"""File > Import > Clients from CSV: a client list as Excel writes it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from mentorapp.gui.imports.wizard import PREVIEW_ROWS, ImportWizard, MappingPage
from mentorapp.services import imports as service
from mentorapp.services.imports import ClientField, ImportPlan, ImportResult, Skipped
from mentorapp.store.vault import Vault


class ClientImportWizard(ImportWizard):
    """Choose a CSV file, map its columns, preview, dry run, import."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.setWindowTitle(self.tr("Import clients from CSV - Mentorapp"))

    def add_steps(self) -> None:
        self.mapping_page = MappingPage(self)
        self.addPage(self.mapping_page)

    def field_labels(self) -> list[tuple[ClientField, str]]:
        return [
            (ClientField.FULL_NAME, self.tr("Full name:")),
            (ClientField.FIRST_NAME, self.tr("First name:")),
            (ClientField.LAST_NAME, self.tr("Last name:")),
            (ClientField.PREFERRED_NAME, self.tr("Preferred name:")),
            (ClientField.ORGANISATION, self.tr("Organisation:")),
            (ClientField.DEPARTMENT, self.tr("Department:")),
            (ClientField.CURRENT_ROLE, self.tr("Current role:")),
            (ClientField.EMAIL, self.tr("Email:")),
            (ClientField.PHONE, self.tr("Phone:")),
        ]

    def choose_title(self) -> str:
        return self.tr("Client list (CSV)")

    def choose_hint(self) -> str:
        return self.tr(
            "A CSV file as Excel saves it (semicolons or commas; Dutch or English column names). Nothing is imported before the last step."
        )

    def browse(self, parent: QWidget) -> str:
        name, _filter = QFileDialog.getOpenFileName(
            parent, self.tr("Choose a client list"), "", self.tr("CSV files (*.csv *.txt)")
        )
        return name

    def read(self, path: Path) -> Any:
        return service.read_clients_csv(path)

    def preview(self) -> tuple[Sequence[str], list[list[str]]]:
        labels = dict(self.field_labels())
        columns = list(self.mapping.items())
        rows = [
            [cells[c] if c < len(cells) else "" for _field, c in columns]
            for _line, cells in self.table.rows[:PREVIEW_ROWS]
        ]
        return [labels[field].rstrip(":") for field, _c in columns], rows

    def plan(self) -> Any:
        return service.plan_client_import(self.vault, self.table, self.mapping)

    def outline(self, plan: Any) -> tuple[list[str], list[Skipped]]:
        assert isinstance(plan, ImportPlan)
        created = [
            f"{m.full_name} ({m.organisation})" if m.organisation else m.full_name
            for m in plan.created
        ]
        return created, plan.skipped

    def done_text(self, result: ImportResult) -> str:
        return self.tr("Imported. New mentees: {mentees}.").format(mentees=result.mentees)

    def where_text(self, where: str) -> str:
        return self.tr("Line {line}").format(line=where)

    def run(self, progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
        return service.run_client_import(
            self.vault, self.import_plan, progress=progress, cancelled=cancelled
        )
