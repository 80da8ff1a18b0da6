"""The mentee profile form: who, where, status, consent, retention and export language."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import Language, MenteeStatus
from mentorapp.domain.model import Mentee
from mentorapp.gui.labels import DATE_FORMAT, label, qdate
from mentorapp.gui.ops import run_write
from mentorapp.gui.style import note_pane, set_message
from mentorapp.services import mentees
from mentorapp.store.vault import Vault


class OptionalDate(QWidget):
    """A date that may be absent: a checkbox plus a calendar date edit."""

    def __init__(self, name: str, parent: QWidget | None = None, *, check_name: str = "") -> None:
        """``name`` is read for the date; ``check_name`` for the box that says whether
        there is one (by default "<name>: set")."""
        super().__init__(parent)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox()
        self.check.setAccessibleName(check_name or self.tr("{date}: has a date").format(date=name))
        self.edit = QDateEdit()
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.setCalendarPopup(True)
        self.edit.setAccessibleName(name)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        box.addWidget(self.check)
        box.addWidget(self.edit)
        box.addStretch()

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setDate(qdate(value) if value else QDate.currentDate())

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())


class MenteeDialog(QDialog):
    """Add or edit a mentee."""

    def __init__(self, mentee: Mentee | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = mentee
        self.setWindowTitle(
            self.tr("Edit mentee - Mentorapp") if mentee else self.tr("New mentee - Mentorapp")
        )
        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        outer.addLayout(columns)

        who = QGroupBox(self.tr("Who"))
        form = QFormLayout(who)
        self.full_name = self._line(form, self.tr("Full &name"), 300)
        self.preferred_name = self._line(form, self.tr("&Preferred name"), 120)
        self.email = self._line(form, self.tr("E-&mail"), 300)
        self.phone = self._line(form, self.tr("P&hone"), 60)
        self.organisation = self._line(form, self.tr("&Organisation"), 300)
        self.department = self._line(form, self.tr("&Department"), 300)
        self.current_role = self._line(form, self.tr("Current &role"), 300)
        self.referral = self._line(form, self.tr("Re&ferred by"), 300)
        self.tags = self._line(form, self.tr("&Tags"), 500)
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. growing sideways, safari"))
        columns.addWidget(who, 1)

        track = QGroupBox(self.tr("Trajectory"))
        tform = QFormLayout(track)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in MenteeStatus:
            self.status.addItem(label(status), status)
        tform.addRow(self.tr("&Status"), self.status)
        self.start_date = OptionalDate(self.tr("Start date"))
        tform.addRow(self.tr("Start date"), self.start_date)
        self.close_date = OptionalDate(self.tr("Close date"))
        tform.addRow(self.tr("Close date"), self.close_date)
        self.consent = QCheckBox(self.tr("Consent given"))
        tform.addRow(self.tr("Consent"), self.consent)
        self.consent_date = OptionalDate(self.tr("Consent date"))
        tform.addRow(self.tr("Consent date"), self.consent_date)
        self.consent_scope = self._line(tform, self.tr("Consent s&cope"), 500)
        self.retention = OptionalDate(self.tr("Keep records until"))
        tform.addRow(self.tr("Keep records until"), self.retention)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of exports"))
        self.language.addItem("Nederlands", Language.NL)
        self.language.addItem("English", Language.EN)
        tform.addRow(self.tr("&Language of exports"), self.language)
        columns.addWidget(track, 1)

        self.goal = QPlainTextEdit()
        self.goal.setTabChangesFocus(True)
        self.goal.setAccessibleName(self.tr("Goal of the trajectory"))
        self.goal.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        goal_form = QFormLayout()
        goal_form.addRow(self.tr("&Goal of the trajectory"), self.goal)
        outer.addLayout(goal_form)
        self.background = QPlainTextEdit()
        self.background.setTabChangesFocus(True)
        self.background.setAccessibleName(self.tr("Private background, never exported"))
        self.background.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.private_pane = note_pane(
            True,
            self.tr("Private &background"),
            self.tr("Only for you. Never exported, never in a PDF."),
            (self.background, 0),
            buddy=self.background,
        )
        outer.addWidget(self.private_pane)

        self.message = QLabel()
        self.message.hide()
        outer.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        if mentee is not None:
            self._fill(mentee)
        else:
            self.status.setCurrentIndex(0)
            self.start_date.set_value(date.today())
        self.full_name.setFocus()
        self.resize(900, 560)

    def _line(self, form: QFormLayout, text: str, max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        edit.setAccessibleName(text.replace("&", ""))
        form.addRow(text, edit)
        return edit

    def _fill(self, m: Mentee) -> None:
        for edit, value in (
            (self.full_name, m.full_name),
            (self.preferred_name, m.preferred_name),
            (self.email, m.email),
            (self.phone, m.phone),
            (self.organisation, m.organisation),
            (self.department, m.department),
            (self.current_role, m.current_role),
            (self.referral, m.referral),
            (self.consent_scope, m.consent_scope),
        ):
            edit.setText(value)
        self.tags.setText(", ".join(m.tags))
        self.status.setCurrentIndex(self.status.findData(m.status))
        self.start_date.set_value(m.start_date)
        self.close_date.set_value(m.close_date)
        self.consent.setChecked(m.consent_given)
        self.consent_date.set_value(m.consent_date)
        self.retention.set_value(m.retention_until)
        self.language.setCurrentIndex(self.language.findData(m.export_language))
        self.goal.setPlainText(m.trajectory_goal)
        self.background.setPlainText(m.private_background)

    def _accept(self) -> None:
        if not self.full_name.text().strip():
            set_message(self.message, self.tr("A mentee needs a name."), error=True)
            self.full_name.setFocus()
            return
        self.accept()

    def mentee(self) -> Mentee:
        """The mentee as entered (keeping the id of the one being edited)."""
        base = self.original or Mentee(full_name="")
        return dataclasses.replace(
            base,
            full_name=" ".join(self.full_name.text().split()),
            preferred_name=self.preferred_name.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            organisation=self.organisation.text().strip(),
            department=self.department.text().strip(),
            current_role=self.current_role.text().strip(),
            referral=self.referral.text().strip(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            status=MenteeStatus(self.status.currentData()),
            start_date=self.start_date.value(),
            close_date=self.close_date.value(),
            consent_given=self.consent.isChecked(),
            consent_date=self.consent_date.value(),
            consent_scope=self.consent_scope.text().strip(),
            retention_until=self.retention.value(),
            export_language=Language(self.language.currentData()),
            trajectory_goal=self.goal.toPlainText().strip(),
            private_background=self.background.toPlainText().strip(),
        )


class MenteeEdits(QObject):
    """New mentee and profile edits: the dialog, then the write off the GUI thread."""

    added = Signal(int)  # the new MenteeId, to select it once the list reloads
    failed = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent

    def add(self, vault: Vault) -> None:
        dialog = MenteeDialog(parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        run_write(
            lambda: mentees.add_mentee(vault, dialog.mentee()),
            lambda mentee: self.added.emit(mentee.id),
            self.failed.emit,
            parent=self,
        )

    def edit(self, vault: Vault, mentee: Mentee) -> None:
        dialog = MenteeDialog(mentee, parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        run_write(
            lambda: mentees.update_mentee(vault, dialog.mentee()),
            lambda _mentee: None,
            self.failed.emit,
            parent=self,
        )
