"""Exports of the shown mentee: PDFs (with preview) and the GDPR data file.

The renderers, the atomic writes and the export log are the services' (the CLI uses the
same calls); this module only asks the coach what to export and where.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mentorapp.domain.enums import ExportKind, Language, SafariStatus
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import CoachingSession, DevelopmentPlan, JobCraftingCanvas, Mentee
from mentorapp.gui.coach_dialog import CoachDetailsDialog
from mentorapp.gui.export_dialog import PdfExportDialog, PdfOptions, PdfSaver
from mentorapp.gui.file_names import safe_file_name
from mentorapp.gui.i18n import error_message
from mentorapp.gui.ops import format_for_log, run_op, run_write
from mentorapp.gui.settings import AppSettings
from mentorapp.services import exports, moves, questionnaires
from mentorapp.services.changes import Outcome
from mentorapp.services.exports import CoachInfo, LoggedExport
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)

CurrentMentee = Callable[[], "tuple[Vault, Mentee] | None"]


def coach_info(settings: AppSettings) -> CoachInfo:
    """The coach as the PDFs name them (Settings: name, organisation, logo)."""
    return CoachInfo(settings.coach_name, settings.coach_organisation, settings.logo_path)


def moves_to_include(vault: Vault, mentee_id: MenteeId) -> tuple[bool, bool]:
    """Whether the mentee has safaris (not cancelled) and a canvas with something on it,
    for the plan's options (off the GUI thread)."""
    safaris = any(s.status != SafariStatus.CANCELLED for s in moves.safaris(vault, mentee_id))
    canvas = moves.canvas(vault, mentee_id)
    shared = dataclasses.replace(canvas, private_notes="")  # the notes never print
    return safaris, shared != JobCraftingCanvas(canvas.mentee_id)


class MenteeExports(QObject):
    """Opens the export dialogs for the shown mentee.

    ``current`` gives the open vault and the shown mentee with pending edits saved (or
    None); ``notify`` shows a short message in the window.
    """

    def __init__(
        self,
        parent: QWidget,
        settings: AppSettings,
        current: CurrentMentee,
        notify: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.settings = settings
        self.current = current
        self.notify = notify
        self.dialog: PdfExportDialog | None = None
        self.coach_dialog: CoachDetailsDialog | None = None

    def _failed(self, exc: BaseException) -> None:
        log.warning("export failed: %s", format_for_log(exc))
        QMessageBox.warning(self.parent_widget, self.tr("Mentorapp"), error_message(exc))

    def _coach(self) -> CoachInfo:
        return coach_info(self.settings)

    def _with_coach_details(self, then: Callable[[], None]) -> None:
        """At the first plan or summary export without the coach's name or organisation,
        ask for them (once); then export."""
        if self.settings.coach_details_asked or not exports.missing_coach_details(self._coach()):
            then()
            return
        dialog = CoachDetailsDialog(self.settings, self.parent_widget)
        self.coach_dialog = dialog
        dialog.finished.connect(lambda _result: then())
        dialog.open()

    # ---- the GDPR data file ------------------------------------------------------------

    def export_data(self) -> None:
        shown = self.current()
        if shown is None:
            return
        mentee = shown[1]
        answer = QMessageBox.question(
            self.parent_widget,
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
            self.parent_widget,
            self.tr("Export data"),
            str(Path.home() / f"mentee-{mentee.id}.json"),
            self.tr("JSON files (*.json)"),
        )
        if path:
            self.export_data_to(Path(path), include_private)

    def export_data_to(self, path: Path, include_private: bool) -> None:
        shown = self.current()
        if shown is None:
            return
        vault, mentee = shown
        assert mentee.id is not None
        mentee_id = mentee.id

        def done(_export: LoggedExport) -> None:
            self.notify(self.tr("Exported to {file}.").format(file=path.name))

        run_write(
            lambda: exports.export_data(vault, mentee_id, path, include_private=include_private),
            done,
            self._failed,
            parent=self,
        )

    # ---- PDFs ----------------------------------------------------------------------------

    def _saver(
        self, vault: Vault, mentee: Mentee, kind: ExportKind, version: int | None
    ) -> PdfSaver:
        """Writes the previewed PDF and logs it (the dialog runs it off the GUI thread)."""
        assert mentee.id is not None
        mentee_id = mentee.id

        def save(path: Path, data: bytes, language: Language) -> Outcome[LoggedExport]:
            return exports.save_mentee_pdf(
                vault, mentee_id, path, data, kind, version=version, language=language
            )

        return save

    def _open_export(self, dialog: PdfExportDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def export_plan_pdf(self, plan: DevelopmentPlan) -> None:
        self._with_coach_details(lambda: self._export_plan_pdf(plan))

    def _export_plan_pdf(self, plan: DevelopmentPlan) -> None:
        shown = self.current()
        if shown is None:
            return
        vault, mentee = shown
        assert mentee.id is not None
        mentee_id = MenteeId(mentee.id)
        coach, today = self._coach(), date.today()

        def render(language: Language, options: PdfOptions) -> bytes:
            checks, titles = (
                exports.career_check_chart(vault, mentee_id, language)
                if options.chart
                else ([], {})
            )
            return exports.render_plan(
                mentee,
                plan,
                coach,
                language,
                today,
                options.manager,
                career_checks=checks or None,
                dimension_titles=titles,
                safaris=moves.safaris(vault, mentee_id) if options.safaris else None,
                canvas=moves.canvas(vault, mentee_id) if options.crafting else None,
            )

        name = self.tr("Development plan {name} v{version}.pdf").format(
            name=mentee.display_name, version=plan.version
        )
        dialog = PdfExportDialog(
            self.tr("Export development plan - Mentorapp"),
            render,
            mentee.export_language,
            Path.home() / safe_file_name(name),
            self._saver(vault, mentee, ExportKind.PLAN_PDF, plan.version),
            manager_option=True,
            chart_option=True,
            moves_options=True,
            parent=self.parent_widget,
        )
        self._open_export(dialog)
        run_op(
            lambda: bool(questionnaires.career_checks(vault, mentee_id)),
            lambda has: dialog.offer_chart(has is True),
            lambda exc: log.warning("career checks for the plan: %s", format_for_log(exc)),
            parent=dialog,
        )
        run_op(
            lambda: moves_to_include(vault, mentee_id),
            lambda has: dialog.offer_moves(*has),
            lambda exc: log.warning("safaris and canvas for the plan: %s", format_for_log(exc)),
            parent=dialog,
        )

    def export_summary_pdf(self, coaching: CoachingSession) -> None:
        self._with_coach_details(lambda: self._export_summary_pdf(coaching))

    def _export_summary_pdf(self, coaching: CoachingSession) -> None:
        shown = self.current()
        if shown is None:
            return
        vault, mentee = shown
        coach = self._coach()

        def render(language: Language, _options: PdfOptions) -> bytes:
            return exports.render_session_summary(mentee, coaching, coach, language)

        name = self.tr("Session summary {name} {date}.pdf").format(
            name=mentee.display_name, date=coaching.started_at.date().isoformat()
        )
        self._open_export(
            PdfExportDialog(
                self.tr("Export session summary - Mentorapp"),
                render,
                mentee.export_language,
                Path.home() / safe_file_name(name),
                self._saver(vault, mentee, ExportKind.SUMMARY_PDF, None),
                parent=self.parent_widget,
            )
        )

    def export_preparation_form(self) -> None:
        coach = self._coach()

        def render(language: Language, _options: PdfOptions) -> bytes:
            return exports.render_preparation_form(language, coach)

        def save(path: Path, data: bytes, _language: Language) -> Outcome[str]:
            return exports.write_file(path, data)

        language = Language.NL if QLocale().language() == QLocale.Language.Dutch else Language.EN
        self._open_export(
            PdfExportDialog(
                self.tr("Preparation form - Mentorapp"),
                render,
                language,
                Path.home() / safe_file_name(self.tr("Career conversation preparation.pdf")),
                save,
                parent=self.parent_widget,
            )
        )
