"""The editor of one career safari: the plan of it (host, dates, learning questions,
arrangements, status) and what came after (outcome, shared reflection, private notes),
saved by itself while the coach types (``Autosaver``, as the questionnaire answers are).
The links to a debrief session and a plan activity are shown here; ``safaris`` makes them.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import SafariOutcome, SafariStatus
from mentorapp.domain.model import CareerSafari
from mentorapp.gui.autosave import Autosaver, show_save_failed, show_saved
from mentorapp.gui.labels import choices, compact_date
from mentorapp.gui.mentee_dialog import OptionalDate
from mentorapp.gui.moves.fields import TextBox, buddy
from mentorapp.gui.style import note_pane, set_message
from mentorapp.services import moves
from mentorapp.store.vault import Vault


class SafariEditor(QWidget):
    """Edits one ``CareerSafari``: the plan of it, and what came after."""

    saved = Signal(object)  # the safari as stored

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.safari: CareerSafari | None = None
        self._loading = False
        self.autosave = Autosaver(self.current, moves.save_safari, self)
        self.autosave.saved.connect(self._mark_saved)
        self.autosave.failed.connect(self._save_failed)
        self._build()
        self.setEnabled(False)

    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.department = QLineEdit()
        self.department.setAccessibleName(self.tr("Host department"))
        self.role = QLineEdit()
        self.role.setAccessibleName(self.tr("Host role"))
        self.contact = QLineEdit()
        self.contact.setAccessibleName(self.tr("Host contact"))
        self.contact.setPlaceholderText(self.tr("Who receives the mentee there"))
        self.start = OptionalDate(self.tr("First day"))
        self.end = OptionalDate(self.tr("Last day"))
        for optional in (self.start, self.end):  # "until" right after the first date
            optional.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status of the safari"))
        for member, caption in choices(SafariStatus):
            self.status.addItem(caption, member)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(buddy(self.tr("Host &department"), self.department), self.department)
        form.addRow(buddy(self.tr("Host &role"), self.role), self.role)
        form.addRow(buddy(self.tr("Host co&ntact"), self.contact), self.contact)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("until")))
        dates.addWidget(self.end)
        dates.addStretch()
        form.addRow(buddy(self.tr("Dat&es"), self.start.check), dates)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addStretch()
        form.addRow(buddy(self.tr("Stat&us"), self.status), status_row)

        self.learning = TextBox(
            self.tr("Learning questions"),
            self.tr("What does the mentee want to find out there? One question per line."),
        )
        self.arrangements = TextBox(
            self.tr("Arrangements"),
            self.tr("Agreed with the manager? Who takes over the work? Which days and hours?"),
        )
        plan_grid = QGridLayout()
        plan_grid.addWidget(buddy(self.tr("Learn&ing questions"), self.learning), 0, 0)
        plan_grid.addWidget(buddy(self.tr("&Arrangements"), self.arrangements), 0, 1)
        plan_grid.addWidget(self.learning, 1, 0)
        plan_grid.addWidget(self.arrangements, 1, 1)

        after = QLabel(self.tr("After the safari"))
        after.setObjectName("sectionTitle")
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome of the safari"))
        self.outcome.addItem(self.tr("Not recorded yet"), None)
        for member, caption in choices(SafariOutcome):
            self.outcome.addItem(caption, member)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(buddy(self.tr("Ou&tcome"), self.outcome))
        outcome_row.addWidget(self.outcome)
        outcome_row.addStretch()
        self.reflection = TextBox(
            self.tr("Reflection, may go to the employee"),
            self.tr("What did the mentee learn? What surprised them? What do they take back?"),
            lines=5,
        )
        self.private_notes = TextBox(self.tr("Private notes, never exported"), lines=5)
        self.private_notes.setObjectName("privateField")
        panes = QSplitter(Qt.Orientation.Horizontal)
        panes.setChildrenCollapsible(False)
        panes.addWidget(
            note_pane(
                False,
                self.tr("Shared reflection"),
                self.tr("The mentee's own reflection. It may go to the employee."),
                (self.reflection, 1),
            )
        )
        panes.addWidget(
            note_pane(
                True,
                self.tr("Pri&vate notes"),
                self.tr("Only for you. Never exported, never in a PDF."),
                (self.private_notes, 1),
                buddy=self.private_notes,
            )
        )

        links = QLabel(self.tr("Debrief and plan activity"))
        links.setObjectName("sectionTitle")
        self.debrief_label = QLabel()
        self.debrief_label.setWordWrap(True)
        self.link_debrief_button = QPushButton(self.tr("Lin&k a debrief session…"))
        self.link_debrief_button.setToolTip(
            self.tr("Choose the session of kind Safari debrief that looks back on this safari")
        )
        self.open_debrief_button = QPushButton(self.tr("Open the de&brief"))
        self.open_debrief_button.setToolTip(self.tr("Show the debrief session on the Sessions tab"))
        self.activity_label = QLabel()
        self.activity_label.setWordWrap(True)
        self.link_activity_button = QPushButton(self.tr("Link to a plan activit&y…"))
        self.link_activity_button.setToolTip(
            self.tr("Choose the plan's activity of kind Career safari that this safari carries out")
        )
        link_grid = QGridLayout()
        link_grid.addWidget(self.debrief_label, 0, 0)
        link_grid.addWidget(self.link_debrief_button, 0, 1)
        link_grid.addWidget(self.open_debrief_button, 0, 2)
        link_grid.addWidget(self.activity_label, 1, 0)
        link_grid.addWidget(self.link_activity_button, 1, 1)
        link_grid.setColumnStretch(0, 1)

        body = QWidget()
        box = QVBoxLayout(body)
        box.addWidget(self.title)
        box.addLayout(form)
        box.addLayout(plan_grid, 1)
        box.addSpacing(self.fontMetrics().height() // 2)
        box.addWidget(after)
        box.addLayout(outcome_row)
        box.addWidget(panes, 2)
        box.addSpacing(self.fontMetrics().height() // 2)
        box.addWidget(links)
        box.addLayout(link_grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("The safari shown"))
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.state_label)

        for line in (self.department, self.role, self.contact):
            line.textChanged.connect(self._edited)
        for optional in (self.start, self.end):
            optional.check.toggled.connect(self._edited)
            optional.edit.dateChanged.connect(self._edited)
        for combo in (self.status, self.outcome):
            combo.currentIndexChanged.connect(self._edited)
        for text in (self.learning, self.arrangements, self.reflection, self.private_notes):
            text.textChanged.connect(self._edited)

    # ---- loading and saving ---------------------------------------------------------

    def load(self, vault: Vault | None, safari: CareerSafari | None) -> None:
        """Show ``safari`` as stored (after saving what was being edited)."""
        self.save_now()
        self.autosave.shown(vault)
        self._loading = True
        try:
            self.safari = safari
            if safari is None:
                self._empty()
                return
            self.department.setText(safari.host_department)
            self.role.setText(safari.host_role)
            self.contact.setText(safari.host_contact)
            self.start.set_value(safari.start_date)
            self.end.set_value(safari.end_date)
            self.status.setCurrentIndex(max(self.status.findData(safari.status), 0))
            self.outcome.setCurrentIndex(max(self.outcome.findData(safari.outcome), 0))
            for box, text in (
                (self.learning, safari.learning_goals),
                (self.arrangements, safari.arrangements),
                (self.reflection, safari.shared_reflection),
                (self.private_notes, safari.private_notes),
            ):
                box.setPlainText(text)
                box.document().clearUndoRedoStacks()
            self._show_title()
            set_message(self.state_label, "", error=False, speak=False)
            self.setEnabled(True)
        finally:
            self._loading = False

    def _empty(self) -> None:
        for line in (self.department, self.role, self.contact):
            line.clear()
        for box in (self.learning, self.arrangements, self.reflection, self.private_notes):
            box.clear()
        self.start.set_value(None)
        self.end.set_value(None)
        self.status.setCurrentIndex(0)
        self.outcome.setCurrentIndex(0)
        self.title.clear()
        self.debrief_label.clear()
        self.activity_label.clear()
        set_message(self.state_label, "", error=False, speak=False)
        self.setEnabled(False)

    def _show_title(self) -> None:
        shown = self.current()
        if shown is not None:
            self.title.setText(safari_title(shown))

    def current(self) -> CareerSafari | None:
        """The safari as it is on screen now."""
        if self.safari is None:
            return None
        return dataclasses.replace(
            self.safari,
            # An emptied department keeps the one it had: a safari is always somewhere.
            host_department=self.department.text().strip() or self.safari.host_department,
            host_role=self.role.text().strip(),
            host_contact=self.contact.text().strip(),
            start_date=self.start.value(),
            end_date=self.end.value(),
            status=SafariStatus(self.status.currentData()),
            outcome=self.outcome.currentData(),
            learning_goals=self.learning.toPlainText(),
            arrangements=self.arrangements.toPlainText(),
            shared_reflection=self.reflection.toPlainText(),
            private_notes=self.private_notes.toPlainText(),
        )

    def _edited(self) -> None:
        if self._loading or self.safari is None:
            return
        self._show_title()
        set_message(self.state_label, self.tr("Editing…"), error=False, speak=False)
        self.autosave.edited()

    @property
    def dirty(self) -> bool:
        return self.autosave.dirty

    def _mark_saved(self, safari: CareerSafari) -> None:
        if self.safari is None or self.safari.id != safari.id:
            return
        self.safari = safari
        show_saved(self.state_label)
        self.saved.emit(safari)

    def _save_failed(self, exc: BaseException) -> None:
        show_save_failed(self.state_label, exc)

    def save_now(self) -> bool:
        """Write pending edits now; True when nothing is left unsaved."""
        return self.autosave.save_now()

    def clear(self) -> None:
        """Forget the safari shown (on lock), after saving."""
        self.save_now()
        self._loading = True
        self.safari = None
        self._empty()
        self._loading = False
        self.autosave.shown(None)


def safari_title(safari: CareerSafari) -> str:
    """'Finance · Controller', the department alone when there is no role."""
    return " · ".join(part for part in (safari.host_department, safari.host_role) if part)


def safari_dates(safari: CareerSafari) -> str:
    """'21 Sept 2026 – 25 Sept 2026' (short months: it fits the list beside the editor)."""
    return " – ".join(compact_date(d) for d in (safari.start_date, safari.end_date) if d)
