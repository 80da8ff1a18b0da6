"""One response: read as a page, or edited (for corrections) with autosave.

The answers are the employee's own words and sit in the blue shared pane; the coach's
interpretation sits in the amber private pane. Editing saves by itself while the coach
types, as the session editor does; Done (or another response, a lock, a quit) saves
what is left.
"""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.model import QuestionnaireResponse, QuestionnaireTemplate
from mentorapp.gui.autosave import Autosaver, show_save_failed, show_saved
from mentorapp.gui.labels import DATE_FORMAT, qdate, short_date
from mentorapp.gui.questionnaires.fields import AnswerForm
from mentorapp.gui.questionnaires.reading import response_html
from mentorapp.gui.style import note_pane, set_message
from mentorapp.services import questionnaires
from mentorapp.store.vault import Vault


def template_title(template: QuestionnaireTemplate) -> str:
    """The template's name, with its version once there is more than one."""
    if template.version > 1:
        return QCoreApplication.translate("Questionnaires", "{name}, version {version}").format(
            name=template.name, version=template.version
        )
    return template.name


class ResponseEditor(QWidget):
    """Shows one ``QuestionnaireResponse`` with the items of its own template version."""

    saved = Signal(object)  # the response as stored
    editing_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template: QuestionnaireTemplate | None = None
        self.response: QuestionnaireResponse | None = None
        self.editing = False
        self._loading = False
        self.autosave = Autosaver(self.current, questionnaires.save_response, self)
        self.autosave.saved.connect(self._mark_saved)
        self.autosave.failed.connect(self._save_failed)
        self._build()
        self.setEnabled(False)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        header.addWidget(self.title, 1)
        self.date_label = QLabel(self.tr("&Date"))
        self.answered_on = QDateEdit()
        self.answered_on.setDisplayFormat(DATE_FORMAT)
        self.answered_on.setCalendarPopup(True)
        self.answered_on.setAccessibleName(self.tr("Date of the answers"))
        self.date_label.setBuddy(self.answered_on)
        header.addWidget(self.date_label)
        header.addWidget(self.answered_on)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(lambda: self.set_editing(not self.editing))
        header.addWidget(self.edit_button)
        layout.addLayout(header)

        self.reading = QTextBrowser()
        self.reading.setOpenLinks(False)
        self.reading.setAccessibleName(self.tr("Answers, may go to the employee"))
        self.form = AnswerForm()
        self.form.edited.connect(self._edited)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(self.form)
        self.form_scroll.setAccessibleName(self.tr("Answers, may go to the employee"))
        self.answers = QStackedWidget()
        self.answers.addWidget(self.reading)
        self.answers.addWidget(self.form_scroll)
        self.interpretation = QPlainTextEdit()
        self.interpretation.setTabChangesFocus(True)
        self.interpretation.setAccessibleName(self.tr("Your interpretation, never exported"))
        self.interpretation.setPlaceholderText(
            self.tr("What you read in these answers: patterns, questions for the next session")
        )
        self.interpretation.textChanged.connect(self._edited)
        panes = QSplitter(Qt.Orientation.Horizontal)
        panes.setChildrenCollapsible(False)
        panes.addWidget(
            note_pane(
                False,
                self.tr("Answers"),
                self.tr("The employee's own words. They may go back to the employee."),
                (self.answers, 1),
            )
        )
        panes.addWidget(
            note_pane(
                True,
                self.tr("Your &interpretation"),
                self.tr("Only for you. Never exported, never in a PDF."),
                (self.interpretation, 1),
                buddy=self.interpretation,
            )
        )
        panes.setStretchFactor(0, 2)
        panes.setStretchFactor(1, 1)
        layout.addWidget(panes, 1)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        layout.addWidget(self.state_label)
        self.answered_on.dateChanged.connect(self._edited)
        self._show_mode()

    # ---- loading and modes ----------------------------------------------------------

    def load(
        self,
        vault: Vault | None,
        template: QuestionnaireTemplate | None,
        response: QuestionnaireResponse | None,
        *,
        editing: bool = False,
    ) -> None:
        """Show ``response`` with the items of ``template`` (its own version)."""
        self.save_now()
        self.autosave.shown(vault)
        self._loading = True
        try:
            self.template, self.response = template, response
            if template is None or response is None:
                self._empty()
                return
            self.answered_on.setDate(qdate(response.answered_on))
            self.interpretation.setPlainText(response.private_interpretation)
            self.interpretation.document().clearUndoRedoStacks()
            self.form.build(template)
            self.form.set_answers(response.answers)
            self._tab_order()
            self.reading.setHtml(response_html(template, response))
            set_message(self.state_label, "", error=False, speak=False)
            self.setEnabled(True)
        finally:
            self._loading = False
        self.set_editing(editing)

    def _tab_order(self) -> None:
        """Date, Edit/Done, the items in their order, then the interpretation (the inputs
        are made after the panes, so Qt's own order would put them last)."""
        chain = [
            self.answered_on,
            self.edit_button,
            self.reading,
            *self.form.focus_chain(),
            self.interpretation,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _empty(self) -> None:
        self.title.clear()
        self.reading.clear()
        self.form.clear()
        self.interpretation.clear()
        set_message(self.state_label, "", error=False, speak=False)
        self.editing = False
        self._show_mode()
        self.setEnabled(False)

    def set_editing(self, editing: bool) -> None:
        """Edit the answers (for corrections), or read them; leaving edit mode saves."""
        if self.response is None:
            editing = False
        if not editing and self.editing and not self.save_now():
            return  # not saved: stay in the form with the text
        self.editing = editing
        current = self.current()
        if current is not None and self.template is not None and not editing:
            self.reading.setHtml(response_html(self.template, current))
        self._show_mode()
        if editing:
            first = self.form.first_input()
            (first or self.answered_on).setFocus(Qt.FocusReason.OtherFocusReason)
        self.editing_changed.emit(editing)

    def _show_mode(self) -> None:
        editing = self.editing
        self.answers.setCurrentWidget(self.form_scroll if editing else self.reading)
        self.date_label.setVisible(editing)
        self.answered_on.setVisible(editing)
        shown = self.current()
        if self.template is not None and shown is not None:
            title = template_title(self.template)
            when = short_date(shown.answered_on)
            self.title.setText(title if editing else f"{title} · {when}")
        self.interpretation.setReadOnly(not editing)
        self.edit_button.setText(self.tr("Don&e") if editing else self.tr("&Edit answers"))
        self.edit_button.setToolTip(
            self.tr("Save and read the answers again")
            if editing
            else self.tr("Correct the answers or add your interpretation")
        )

    # ---- editing and saving ---------------------------------------------------------

    def current(self) -> QuestionnaireResponse | None:
        """The response as it is on screen now."""
        if self.response is None:
            return None
        if not self.editing:
            return self.response
        return dataclasses.replace(
            self.response,
            answered_on=_from_qdate(self.answered_on.date()),
            answers=self.form.answers(),
            private_interpretation=self.interpretation.toPlainText(),
        )

    def _edited(self) -> None:
        if self._loading or self.response is None or not self.editing:
            return
        set_message(self.state_label, self.tr("Editing…"), error=False, speak=False)
        self.autosave.edited()

    @property
    def dirty(self) -> bool:
        return self.autosave.dirty

    def _mark_saved(self, response: QuestionnaireResponse) -> None:
        if self.response is None or self.response.id != response.id:
            return
        self.response = response
        show_saved(self.state_label)
        self.saved.emit(response)

    def _save_failed(self, exc: BaseException) -> None:
        show_save_failed(self.state_label, exc)

    def save_now(self) -> bool:
        """Write pending edits now; True when nothing is left unsaved."""
        return self.autosave.save_now()

    def clear(self) -> None:
        """Forget everything shown (on lock), after saving."""
        self.save_now()
        self._loading = True
        self.template, self.response = None, None
        self._empty()
        self._loading = False
        self.autosave.shown(None)


def _from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
