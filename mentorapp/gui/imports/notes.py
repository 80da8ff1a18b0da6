"""File > Import > Notes from a folder: one mentee per sub-folder, one session per file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from mentorapp.gui.imports.wizard import PREVIEW_ROWS, ImportWizard
from mentorapp.gui.labels import short_date
from mentorapp.services import imports as service
from mentorapp.services.imports import ImportResult, NotesPlan, Skipped
from mentorapp.store.vault import Vault


class NotesImportWizard(ImportWizard):
    """Choose a folder, preview its notes, dry run, import into private notes."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.setWindowTitle(self.tr("Import notes from a folder - Mentorapp"))

    def choose_title(self) -> str:
        return self.tr("Notes folder")

    def choose_hint(self) -> str:
        return self.tr(
            "One sub-folder per mentee, one Markdown, text or Word file per session. The text goes into the private notes. Nothing is imported before the last step."
        )

    def browse(self, parent: QWidget) -> str:
        return QFileDialog.getExistingDirectory(parent, self.tr("Choose a notes folder"))

    def read(self, path: Path) -> Any:
        return service.read_notes_folder(path)

    def preview(self) -> tuple[Sequence[str], list[list[str]]]:
        headers = [self.tr("Mentee"), self.tr("Date"), self.tr("File")]
        rows = [
            [note.mentee_name, short_date(note.on), note.where]
            for note in self.table.notes[:PREVIEW_ROWS]
        ]
        rows += [
            [self.tr("(cannot be read)"), "", item.where]
            for item in self.table.unreadable[: max(0, PREVIEW_ROWS - len(rows))]
        ]
        return headers, rows

    def plan(self) -> Any:
        return service.plan_notes_import(self.vault, self.table)

    def outline(self, plan: Any) -> tuple[list[str], list[Skipped]]:
        assert isinstance(plan, NotesPlan)
        created = [self.tr("New mentee: {name}").format(name=name) for name in plan.new_mentees]
        created += [
            self.tr("{name}: session of {date} ({file})").format(
                name=p.note.mentee_name, date=short_date(p.note.on), file=p.note.where
            )
            for p in plan.notes
        ]
        return created, plan.skipped

    def done_text(self, result: ImportResult) -> str:
        return self.tr("Imported. Sessions: {sessions}; new mentees: {mentees}.").format(
            sessions=result.sessions, mentees=result.mentees
        )

    def run(self, progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
        return service.run_notes_import(
            self.vault, self.import_plan, progress=progress, cancelled=cancelled
        )
