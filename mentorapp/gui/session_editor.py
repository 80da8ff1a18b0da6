"""The session editor: details, private notes and shared summary, autosaved while typing;
beside them the conversation guide and the mentee's preparation (``session_side``)."""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
from datetime import datetime

from PySide6.QtCore import QDateTime, QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import SessionKind, SessionMode
from mentorapp.domain.model import CoachingSession, ConversationGuide
from mentorapp.gui.autosave import show_save_failed, show_saved
from mentorapp.gui.labels import DATE_TIME_FORMAT, label, qdatetime
from mentorapp.gui.markdown_edit import MarkdownEdit
from mentorapp.gui.ops import format_for_log, run_write, write_now
from mentorapp.gui.session_side import SessionSidePanel
from mentorapp.gui.style import note_pane, set_message
from mentorapp.services import sessions
from mentorapp.services.changes import Outcome
from mentorapp.store.errors import VaultError
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)

_MARKDOWN_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")  # ASCII punctuation, escaped

AUTOSAVE_IDLE_MS = 800  # save this long after the last keystroke ...
AUTOSAVE_MAX_MS = 2000  # ... and at the latest this long after the first unsaved one


def to_qt(when: datetime) -> QDateTime:
    return qdatetime(when)


def from_qt(when: QDateTime) -> datetime:
    return datetime.fromisoformat(when.toString(Qt.DateFormat.ISODate)).replace(tzinfo=None)


def _literal(text: str) -> str:
    """``text`` as Markdown that reads as the text itself: one line, no markup, no HTML."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", " ".join(text.split()))


class SessionEditor(QWidget):
    """Edits one ``CoachingSession``; saves by itself while the coach types.

    Autosave runs off the GUI thread. Every edit bumps ``_edits``; a save marks the
    editor clean only if no edit came in while it was under way. ``save_now`` (before
    a lock, a quit or another session is shown) waits for a save in flight through
    ``_write_lock``, so an older snapshot can never be written after a newer one.
    """

    saved = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.coaching: CoachingSession | None = None
        self._loading = False
        self._dirty = False
        self._dirty_since = QElapsedTimer()
        self._edits = 0
        self._write_lock = threading.Lock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._autosave)
        self._build()
        self.setEnabled(False)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        row = QHBoxLayout()
        self.started = QDateTimeEdit()
        self.started.setDisplayFormat(DATE_TIME_FORMAT)
        self.started.setCalendarPopup(True)
        self.started.setAccessibleName(self.tr("Date and time"))
        self.duration = QSpinBox()
        self.duration.setRange(0, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration in minutes"))
        self.billable = QCheckBox(self.tr("&Billable"))
        self.billable.setToolTip(
            self.tr("Counts towards the engagement's hours and the hours report")
        )
        row.addWidget(self.started)
        row.addWidget(self.duration)
        row.addWidget(self.billable)
        row.addStretch()
        form.addRow(self._buddy(self.tr("&When"), self.started), row)
        kinds = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of session"))
        for kind in SessionKind:
            self.kind.addItem(label(kind), kind)
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("How you met"))
        for mode in SessionMode:
            self.mode.addItem(label(mode), mode)
        self.energy = QSpinBox()
        self.energy.setRange(0, 10)
        self.energy.setSpecialValueText(self.tr("Energy: not noted"))
        self.energy.setPrefix(self.tr("Energy: "))
        self.energy.setSuffix(self.tr(" of 10"))
        self.energy.setAccessibleName(self.tr("Energy from 1 to 10"))
        self.energy.setToolTip(
            self.tr("How much energy the mentee showed, 1 (drained) to 10 (full of energy)")
        )
        self.side_toggle = QToolButton()
        self.side_toggle.setText(self.tr("G&uide"))
        self.side_toggle.setCheckable(True)
        self.side_toggle.setChecked(True)
        self.side_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.side_toggle.setAccessibleName(self.tr("Show the guide and the preparation"))
        self.side_toggle.setToolTip(
            self.tr("Shows or hides the conversation guide and the mentee's preparation")
        )
        kinds.addWidget(self.kind)
        kinds.addWidget(self.mode)
        kinds.addWidget(self.energy)
        kinds.addStretch()
        kinds.addWidget(self.side_toggle)
        form.addRow(self._buddy(self.tr("&Kind"), self.kind), kinds)
        nxt = QHBoxLayout()
        self.has_next = QCheckBox(self.tr("&Planned"))
        self.next_at = QDateTimeEdit()
        self.next_at.setDisplayFormat(DATE_TIME_FORMAT)
        self.next_at.setCalendarPopup(True)
        self.next_at.setAccessibleName(self.tr("Next session"))
        self.has_next.toggled.connect(self.next_at.setEnabled)
        nxt.addWidget(self.has_next)
        nxt.addWidget(self.next_at)
        nxt.addStretch()
        form.addRow(self._buddy(self.tr("Ne&xt session"), self.has_next), nxt)
        layout.addLayout(form)
        # Agreements are printed on the summary PDF: they sit in the shared pane.
        self.agreements = QPlainTextEdit()
        self.agreements.setTabChangesFocus(True)
        self.agreements.setAccessibleName(self.tr("Agreements, may go to the employee"))
        self.agreements.setPlaceholderText(self.tr("What you agreed, one per line"))
        self.agreements.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

        panes = QSplitter(Qt.Orientation.Horizontal)
        panes.setChildrenCollapsible(False)
        self.panes = panes
        self.private_notes = MarkdownEdit(self.tr("Private notes, never exported"))
        self.shared_summary = MarkdownEdit(self.tr("Shared summary, may go to the employee"))
        self.start_button = QPushButton(self.tr("Start from the gu&ide"))
        self.start_button.setToolTip(
            self.tr("Puts the headings of the conversation guide into the empty summary")
        )
        self.start_button.clicked.connect(self.start_from_guide)
        self.start_button.hide()
        start_row = QWidget()
        start_box = QHBoxLayout(start_row)
        start_box.setContentsMargins(0, 0, 0, 0)
        start_box.addWidget(self.start_button)
        start_box.addStretch()
        panes.addWidget(
            note_pane(
                True,
                self.tr("Private notes"),
                self.tr("Only for you. Never exported, never in a PDF."),
                (self.private_notes, 1),
            )
        )
        panes.addWidget(
            note_pane(
                False,
                self.tr("Shared summary"),
                self.tr("May be handed to the employee, with the agreements below."),
                (start_row, 0),
                (self.shared_summary, 1),
                (self._buddy(self.tr("&Agreements"), self.agreements), 0),
                (self.agreements, 0),
            )
        )
        self.side = SessionSidePanel()
        self.side.loaded.connect(self._offer_guide)
        panes.addWidget(self.side)
        # The notes keep most of the room; the guide takes what is left over.
        for index, stretch in enumerate((3, 3, 2)):
            panes.setStretchFactor(index, stretch)
        self.side_toggle.toggled.connect(self.side.setVisible)
        layout.addWidget(panes, 1)
        self.state_label = QLabel()
        layout.addWidget(self.state_label)

        for widget in (self.started, self.next_at):
            widget.dateTimeChanged.connect(self._edited)
        for spin in (self.duration, self.energy):
            spin.valueChanged.connect(self._edited)
        for combo in (self.kind, self.mode):
            combo.currentIndexChanged.connect(self._edited)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.has_next.toggled.connect(self._edited)
        self.billable.toggled.connect(self._edited)
        self.agreements.textChanged.connect(self._edited)
        self.private_notes.edited.connect(self._edited)
        self.shared_summary.edited.connect(self._edited)
        self.setTabOrder(self.started, self.duration)

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label_widget = QLabel(text)
        label_widget.setBuddy(field)
        return label_widget

    # ---- loading and saving ---------------------------------------------------------

    def load(self, vault: Vault, coaching: CoachingSession | None) -> None:
        """Show ``coaching`` (saving what was being edited first)."""
        self.save_now()
        self.vault = vault
        self.coaching = coaching
        self._loading = True
        try:
            if coaching is None:
                self.private_notes.set_markdown("")
                self.shared_summary.set_markdown("")
                self.agreements.clear()
                self.start_button.hide()
                self.side.clear()  # no other mentee's preparation behind the empty state
                set_message(self.state_label, "", error=False, speak=False)
                self.setEnabled(False)
                return
            self.side.show_mentee(vault, coaching.mentee_id)
            self.started.setDateTime(to_qt(coaching.started_at))
            self.duration.setValue(coaching.duration_minutes)
            self.billable.setChecked(coaching.billable)
            self.kind.setCurrentIndex(self.kind.findData(coaching.kind))
            self.mode.setCurrentIndex(self.mode.findData(coaching.mode))
            self.energy.setValue(coaching.energy or 0)
            self.has_next.setChecked(coaching.next_session_at is not None)
            self.next_at.setEnabled(coaching.next_session_at is not None)
            self.next_at.setDateTime(
                to_qt(coaching.next_session_at or coaching.started_at.replace(hour=10, minute=0))
            )
            self.agreements.setPlainText(coaching.agreements)
            self.agreements.document().clearUndoRedoStacks()
            self.private_notes.set_markdown(coaching.private_notes)
            self.shared_summary.set_markdown(coaching.shared_summary)
            set_message(self.state_label, self.tr("All changes saved."), error=False, speak=False)
            self.setEnabled(True)
        finally:
            self._loading = False
            self._dirty = False
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.side.set_kind(SessionKind(self.kind.currentData()))
        self._offer_guide()

    def _edited(self) -> None:
        if self._loading or self.coaching is None:
            return
        self.start_button.setEnabled(self._summary_empty())
        self._edits += 1
        if not self._dirty:
            self._dirty = True
            self._dirty_since.start()
        set_message(self.state_label, self.tr("Editing…"), error=False, speak=False)
        remaining = AUTOSAVE_MAX_MS - self._dirty_since.elapsed()
        self._timer.start(max(0, min(AUTOSAVE_IDLE_MS, remaining)))

    @property
    def dirty(self) -> bool:
        return self._dirty

    # ---- starting from the conversation guide -----------------------------------------

    def _summary_empty(self) -> bool:
        return not self.shared_summary.plain_text().strip()

    def _offer_guide(self) -> None:
        """'Start from the guide' while the shared summary and agreements are empty.

        Decided when a session or guide is shown, not while typing (the panes would
        jump); typing only greys the button out.
        """
        guide = self.side.guide()
        offer = (
            self.coaching is not None
            and guide is not None
            and bool(guide.steps)
            and self._summary_empty()
            and not self.agreements.toPlainText().strip()
        )
        self.start_button.setVisible(offer)
        self.start_button.setEnabled(offer)

    def start_from_guide(self) -> None:
        """Put the guide's headings into the empty summary, one empty line under each.

        Never over typed text: with a summary already written this does nothing. One
        undo step takes the headings out again.
        """
        guide = self.side.guide()
        if guide is None or self.coaching is None or not self._summary_empty():
            return
        self.insert_guide(guide)
        self.start_button.setEnabled(False)

    def insert_guide(self, guide: ConversationGuide) -> None:
        edit = self.shared_summary.editor
        doc = edit.document()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.removeSelectedText()  # only blank lines: the summary is empty
        headings = "\n\n".join("### " + _literal(step.heading) for step in guide.steps)
        cursor.insertMarkdown(headings + "\n")
        first_line = None
        block = doc.lastBlock()
        while block.isValid():  # an empty line to write in under every heading
            if block.blockFormat().headingLevel():
                under = QTextCursor(block)
                under.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                under.insertBlock(QTextBlockFormat(), QTextCharFormat())
                first_line = under.position()
            block = block.previous()
        cursor.endEditBlock()
        if first_line is not None:
            cursor.setPosition(first_line)
            edit.setTextCursor(cursor)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def current(self) -> CoachingSession | None:
        if self.coaching is None:
            return None
        return dataclasses.replace(
            self.coaching,
            started_at=from_qt(self.started.dateTime()),
            duration_minutes=self.duration.value(),
            billable=self.billable.isChecked(),
            kind=SessionKind(self.kind.currentData()),
            mode=SessionMode(self.mode.currentData()),
            energy=self.energy.value() or None,
            next_session_at=from_qt(self.next_at.dateTime()) if self.has_next.isChecked() else None,
            agreements=self.agreements.toPlainText(),
            private_notes=self.private_notes.markdown(),
            shared_summary=self.shared_summary.markdown(),
        )

    def _autosave(self) -> None:
        vault = self.vault
        if not self._dirty or vault is None or not vault.is_open:
            return
        edited, generation = self.current(), self._edits
        assert edited is not None
        lock = self._write_lock

        def write() -> Outcome[CoachingSession]:
            with lock:
                return sessions.save_session(vault, edited)

        run_write(
            write,
            lambda saved: self._autosaved(saved, generation),
            self._save_failed,
            parent=self,
        )

    def _autosaved(self, coaching: CoachingSession, generation: int) -> None:
        if self.coaching is None or self.coaching.id != coaching.id:
            return  # another session is shown; the flush before it saved the rest
        if generation != self._edits:
            return  # typed on while saving: the timer saves the newer text
        self._mark_saved(coaching)

    def _mark_saved(self, coaching: CoachingSession) -> None:
        self.coaching = coaching
        self._dirty = False
        show_saved(self.state_label)
        self.saved.emit(coaching)

    def _save_failed(self, exc: BaseException) -> None:
        log.warning("autosave failed: %s", format_for_log(exc))
        show_save_failed(self.state_label, exc)
        self._timer.start(5000)

    def save_now(self) -> bool:
        """Write pending edits now; True when nothing is left unsaved."""
        self._timer.stop()
        vault = self.vault
        if not self._dirty or vault is None or not vault.is_open:
            return not self._dirty
        edited = self.current()
        assert edited is not None
        try:
            with self._write_lock:
                write_now(lambda: sessions.save_session(vault, edited))
        except (VaultError, OSError) as exc:
            self._save_failed(exc)
            return False
        self._mark_saved(edited)
        return True

    def clear(self) -> None:
        """Forget everything shown (on lock), after saving."""
        self.save_now()
        self._loading = True
        self.coaching = None
        self.vault = None
        self.private_notes.set_markdown("")
        self.shared_summary.set_markdown("")
        self.agreements.clear()
        self.side.clear()
        self.start_button.hide()
        self._loading = False
        self._dirty = False
        self.setEnabled(False)
