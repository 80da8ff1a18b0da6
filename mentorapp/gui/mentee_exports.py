"""Exports of one mentee from the main window: PDFs (with preview) and the GDPR data file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mentorapp.domain.enums import Language
from mentorapp.domain.model import CoachingSession, DevelopmentPlan, ExportRecord
from mentorapp.export.documents import CoachInfo, plan_document, session_summary_document
from mentorapp.export.pdf import DevelopmentPlanPdf, PreparationFormPdf, SessionSummaryPdf
from mentorapp.gui.export_dialog import PdfExportDialog
from mentorapp.gui.file_names import safe_file_name
from mentorapp.gui.ops import run_op
from mentorapp.store import gdpr
from mentorapp.store.repositories import ExportLogRepository

if TYPE_CHECKING:
    from mentorapp.gui.main_window import MainWindow


class MenteeExports(QObject):
    """Opens the export dialogs for the window's current mentee and logs what was saved."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: PdfExportDialog | None = None

    def export_data(self) -> None:
        if self.window.vault is None or self.window.workspace.mentee_id is None:
            return
        self.window.workspace.save_pending()
        mentee_id = self.window.workspace.mentee_id
        answer = QMessageBox.question(
            self.window,
            self.tr("Export data - Mentorapp"),
            self.tr(
                "Include your private notes?\n\nOnly when the mentee asked for all data you hold on them (GDPR art. 15). Without them the file holds the profile, shared summaries and plans."
            ),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return
        include_private = answer == QMessageBox.StandardButton.Yes
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export data"),
            str(Path.home() / f"mentee-{mentee_id}.json"),
            self.tr("JSON files (*.json)"),
        )
        if path:
            self.export_data_to(Path(path), include_private)

    def export_data_to(self, path: Path, include_private: bool) -> None:
        vault, mentee_id = self.window.vault, self.window.workspace.mentee_id
        if vault is None or mentee_id is None:
            return

        def work() -> str:
            from mentorapp.export.data_export import mentee_document, write_json

            document = mentee_document(
                gdpr.gather(vault, mentee_id), include_private=include_private
            )
            digest = write_json(path, document)
            with vault.transaction() as s:
                ExportLogRepository(s).add(
                    ExportRecord(
                        mentee_id, "data-json", datetime.now().replace(microsecond=0), digest
                    )
                )
            return digest

        def done(_digest: object) -> None:
            self.window.statusBar().showMessage(
                self.tr("Exported to {file}.").format(file=path.name), 8000
            )
            self.window.workspace.refresh_overview()

        run_op(work, done, self.window._failed, parent=self)

    def _coach(self) -> CoachInfo:
        return CoachInfo(
            self.window.settings.coach_name,
            self.window.settings.coach_organisation,
            self.window.settings.logo_path,
        )

    def _log_export(self, what: str, version: int | None) -> Callable[[Path, str, Language], None]:
        mentee_id = self.window.workspace.mentee_id

        def saved(_path: Path, digest: str, language: Language) -> None:
            vault = self.window.vault
            if vault is None or mentee_id is None:
                return
            record = ExportRecord(
                mentee_id, what, datetime.now().replace(microsecond=0), digest, version, language
            )
            with vault.transaction() as s:
                ExportLogRepository(s).add(record)
            if self.window.workspace.mentee_id == mentee_id:
                self.window.workspace.refresh_overview()

        return saved

    def _open_export(self, dialog: PdfExportDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def export_plan_pdf(self, plan: DevelopmentPlan) -> None:
        view = self.window.workspace.view
        if view is None:
            return
        mentee, coach, today = view.mentee, self._coach(), date.today()

        def render(language: Language, manager: bool) -> bytes:
            document = plan_document(mentee, plan, coach, language, today, manager)
            return DevelopmentPlanPdf(document).generate()

        name = self.tr("Development plan {name} v{version}.pdf").format(
            name=mentee.display_name, version=plan.version
        )
        self._open_export(
            PdfExportDialog(
                self.tr("Export development plan - Mentorapp"),
                render,
                mentee.export_language,
                Path.home() / safe_file_name(name),
                self._log_export("plan-pdf", plan.version),
                manager_option=True,
                parent=self.window,
            )
        )

    def export_summary_pdf(self, coaching: CoachingSession) -> None:
        view = self.window.workspace.view
        if view is None:
            return
        mentee, coach = view.mentee, self._coach()

        def render(language: Language, _manager: bool) -> bytes:
            return SessionSummaryPdf(
                session_summary_document(mentee, coaching, coach, language)
            ).generate()

        name = self.tr("Session summary {name} {date}.pdf").format(
            name=mentee.display_name, date=coaching.started_at.date().isoformat()
        )
        self._open_export(
            PdfExportDialog(
                self.tr("Export session summary - Mentorapp"),
                render,
                mentee.export_language,
                Path.home() / safe_file_name(name),
                self._log_export("summary-pdf", None),
                parent=self.window,
            )
        )

    def export_preparation_form(self) -> None:
        coach = self._coach()

        def render(language: Language, _manager: bool) -> bytes:
            return PreparationFormPdf(language, coach).generate()

        language = Language.NL if QLocale().language() == QLocale.Language.Dutch else Language.EN
        self._open_export(
            PdfExportDialog(
                self.tr("Preparation form - Mentorapp"),
                render,
                language,
                Path.home() / safe_file_name(self.tr("Career conversation preparation.pdf")),
                parent=self.window,
            )
        )
