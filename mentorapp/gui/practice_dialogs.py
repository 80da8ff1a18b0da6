"""File > Hours report, Coaching log (CSV) and Export calendar: what the practice hands out.

One small dialog serves all three: it asks only what its export needs (sponsor, period,
how names appear, PDF or CSV, the calendar's titles), then a file name, and the service
writes the file atomically (temp file in the folder, fsync, replace) off the GUI thread.
Nothing private reaches these files: the services build them from counts and dates only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import Language
from mentorapp.domain.practice import NameStyle
from mentorapp.gui.file_names import safe_file_name
from mentorapp.gui.i18n import error_message
from mentorapp.gui.labels import DATE_FORMAT, qdate
from mentorapp.gui.ops import run_write
from mentorapp.gui.style import set_message
from mentorapp.services import calendar, engagements, exports
from mentorapp.services.calendar import TitleStyle
from mentorapp.services.changes import Outcome
from mentorapp.services.exports import CoachInfo
from mentorapp.store.vault import Vault

DialogMaker = Callable[[Vault, QWidget | None], "PracticeExportDialog"]
"""Builds a practice export dialog for the open vault (File > Coaching log, Export calendar)."""

Writer = Callable[["PracticeExportDialog", Path], Outcome[Any]]
"""Writes the chosen file from the dialog's choices (runs off the GUI thread)."""


def _name_styles() -> list[tuple[Enum, str]]:
    return [
        (NameStyle.INITIALS, QCoreApplication.translate("PracticeDialogs", "Initials")),
        (NameStyle.NUMBER, QCoreApplication.translate("PracticeDialogs", "A number per client")),
        (NameStyle.FULL, QCoreApplication.translate("PracticeDialogs", "Full names")),
    ]


def _title_styles() -> list[tuple[Enum, str]]:
    return [
        (
            TitleStyle.INITIALS,
            QCoreApplication.translate("PracticeDialogs", '"Career conversation" and initials'),
        ),
        (TitleStyle.INITIALS_ONLY, QCoreApplication.translate("PracticeDialogs", "Initials only")),
        (
            TitleStyle.ANONYMOUS,
            QCoreApplication.translate("PracticeDialogs", '"Career conversation" only'),
        ),
        (
            TitleStyle.FULL,
            QCoreApplication.translate(
                "PracticeDialogs", '"Career conversation" and the full name'
            ),
        ),
    ]


class PracticeExportDialog(QDialog):
    """Asks what one practice export needs, then where to save it."""

    saved = Signal(str)
    """A sentence for the status bar once the file is written."""

    def __init__(
        self,
        title: str,
        file_name: str,
        write: Writer,
        *,
        sponsors: list[str] | None = None,
        period: bool = False,
        names: bool = False,
        formats: bool = False,
        titles: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.file_name = file_name
        self.write = write
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.sponsor = QComboBox()
        self.start = QDateEdit()
        self.end = QDateEdit()
        self.names = QComboBox()
        self.format = QComboBox()
        self.title_style = QComboBox()
        if sponsors is not None:
            self.sponsor.addItems(sponsors)
            self._row(QCoreApplication.translate("PracticeDialogs", "&Sponsor"), self.sponsor)
        if period:
            today = date.today()
            for edit, value in ((self.start, date(today.year, 1, 1)), (self.end, today)):
                edit.setDisplayFormat(DATE_FORMAT)
                edit.setCalendarPopup(True)
                edit.setDate(qdate(value))
            self._row(QCoreApplication.translate("PracticeDialogs", "&From"), self.start)
            self._row(QCoreApplication.translate("PracticeDialogs", "&To"), self.end)
        if names:
            self._choices(self.names, _name_styles())
            self._row(QCoreApplication.translate("PracticeDialogs", "&Names"), self.names)
        if formats:
            self.format.addItem(QCoreApplication.translate("PracticeDialogs", "PDF"), "pdf")
            self.format.addItem(
                QCoreApplication.translate("PracticeDialogs", "CSV (spreadsheet)"), "csv"
            )
            self._row(QCoreApplication.translate("PracticeDialogs", "F&ormat"), self.format)
        if titles:
            self._choices(self.title_style, _title_styles())
            self._row(
                QCoreApplication.translate("PracticeDialogs", "&Event titles"), self.title_style
            )
            note = QLabel(
                QCoreApplication.translate(
                    "PracticeDialogs",
                    "Only dates and these titles go into the file, never notes or summaries.",
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(QCoreApplication.translate("PracticeDialogs", "Save &as…"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if sponsors is not None and not sponsors:
            set_message(
                self.message,
                QCoreApplication.translate(
                    "PracticeDialogs",
                    "No engagement has a sponsor yet: add one in a mentee's Overview.",
                ),
                error=True,
            )
            self.save_button.setEnabled(False)

    def _row(self, text: str, field: QWidget) -> None:
        caption = QLabel(text)
        caption.setBuddy(field)
        field.setAccessibleName(text.replace("&", ""))
        self.form.addRow(caption, field)

    @staticmethod
    def _choices(combo: QComboBox, items: list[tuple[Enum, str]]) -> None:
        for member, caption in items:
            combo.addItem(caption, member)

    # ---- what was chosen ---------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        def read(edit: QDateEdit) -> date:
            d: QDate = edit.date()
            return date(d.year(), d.month(), d.day())

        return read(self.start), read(self.end)

    def name_style(self) -> NameStyle:
        return NameStyle(self.names.currentData())

    def title(self) -> TitleStyle:
        return TitleStyle(self.title_style.currentData())

    def suffix(self) -> str:
        return str(self.format.currentData() or Path(self.file_name).suffix.lstrip("."))

    # ---- saving ---------------------------------------------------------------------------

    def choose_file(self) -> None:
        start, end = self.period()
        if end < start:
            set_message(
                self.message,
                QCoreApplication.translate("PracticeDialogs", "The end lies before the start."),
                error=True,
            )
            self.end.setFocus()
            return
        suffix = self.suffix()
        suggested = Path(self.file_name).with_suffix("." + suffix).name
        filters = {
            "pdf": QCoreApplication.translate("PracticeDialogs", "PDF files (*.pdf)"),
            "csv": QCoreApplication.translate("PracticeDialogs", "CSV files (*.csv)"),
            "ics": QCoreApplication.translate("PracticeDialogs", "iCalendar files (*.ics)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), str(Path.home() / suggested), filters[suffix]
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Writes ``path`` off the GUI thread; closes on success, says why not otherwise."""
        if path.suffix.lower() != "." + self.suffix():
            path = path.with_name(path.name + "." + self.suffix())
        self.save_button.setEnabled(False)
        set_message(
            self.message,
            QCoreApplication.translate("PracticeDialogs", "Saving…"),
            error=False,
            speak=False,
        )

        def done(_result: object) -> None:
            self.saved.emit(
                QCoreApplication.translate("PracticeDialogs", "Saved {file}.").format(
                    file=path.name
                )
            )
            self.accept()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            set_message(self.message, error_message(exc), error=True)

        run_write(lambda: self.write(self, path), done, failed, parent=self)


def hours_report_dialog(
    vault: Vault, coach: CoachInfo, language: Language, parent: QWidget | None = None
) -> PracticeExportDialog:
    """File > Hours report: per client the billable sessions and hours for one sponsor;
    the PDF in the app's language, headed with the coach's name and organisation."""

    def write(dialog: PracticeExportDialog, path: Path) -> Outcome[Any]:
        start, end = dialog.period()
        report = engagements.hours_report(
            vault, dialog.sponsor.currentText(), start, end, dialog.name_style()
        )
        if dialog.suffix() == "csv":
            data = exports.hours_csv(report)
        else:
            data = exports.render_hours_report(report, language, coach)
        return exports.write_file(path, data)

    return PracticeExportDialog(
        QCoreApplication.translate("PracticeDialogs", "Hours report - Mentorapp"),
        safe_file_name(QCoreApplication.translate("PracticeDialogs", "Hours report.pdf")),
        write,
        sponsors=engagements.sponsors(vault),
        period=True,
        names=True,
        formats=True,
        parent=parent,
    )


def coaching_log_dialog(vault: Vault, parent: QWidget | None = None) -> PracticeExportDialog:
    """File > Coaching log: one line per billable or pro bono session, for an
    accreditation body."""

    def write(dialog: PracticeExportDialog, path: Path) -> Outcome[Any]:
        start, end = dialog.period()
        rows = engagements.coaching_log(vault, start, end, dialog.name_style())
        return exports.write_file(path, exports.coaching_log_csv(rows))

    return PracticeExportDialog(
        QCoreApplication.translate("PracticeDialogs", "Coaching log - Mentorapp"),
        safe_file_name(QCoreApplication.translate("PracticeDialogs", "Coaching log.csv")),
        write,
        period=True,
        names=True,
        parent=parent,
    )


def calendar_dialog(vault: Vault, parent: QWidget | None = None) -> PracticeExportDialog:
    """File > Export calendar: the planned sessions as an .ics file to import or subscribe to."""

    def write(dialog: PracticeExportDialog, path: Path) -> Outcome[Any]:
        return calendar.write_calendar(vault, path, dialog.title())

    return PracticeExportDialog(
        QCoreApplication.translate("PracticeDialogs", "Export calendar - Mentorapp"),
        safe_file_name(QCoreApplication.translate("PracticeDialogs", "Mentorapp sessions.ics")),
        write,
        titles=True,
        parent=parent,
    )
