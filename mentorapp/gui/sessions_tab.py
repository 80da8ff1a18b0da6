"""The Sessions tab: the mentee's sessions, newest first, and the editor of the chosen one."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain import clock
from mentorapp.domain.ids import MenteeId, SessionId
from mentorapp.domain.model import CoachingSession
from mentorapp.gui.i18n import error_message
from mentorapp.gui.labels import label, short_date
from mentorapp.gui.ops import format_for_log, run_write
from mentorapp.gui.session_editor import SessionEditor
from mentorapp.gui.style import set_message
from mentorapp.services import sessions
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)


class SessionsTab(QWidget):
    """List + editor; new sessions start now, as a career conversation."""

    export_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.mentee_id: MenteeId | None = None
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("New &session"))
        self.new_button.setToolTip(self.tr("Start a session now (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(self.new_session)
        left_box.addWidget(self.new_button)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Sessions"))
        self.list.currentItemChanged.connect(self._chosen)
        left_box.addWidget(self.list, 1)
        self.export_button = QPushButton(self.tr("Summary &PDF…"))
        self.export_button.setToolTip(
            self.tr("The shared summary and agreements as a PDF for the employee")
        )
        self.export_button.clicked.connect(self._export)
        left_box.addWidget(self.export_button)
        left_box.addSpacing(self.fontMetrics().height())
        # Delete is kept apart from New session, and asks first.
        self.delete_button = QPushButton(self.tr("&Delete session…"))
        self.delete_button.clicked.connect(self.delete_session)
        left_box.addWidget(self.delete_button)
        self.editor = SessionEditor()
        self.editor.saved.connect(self._saved)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setText(
            self.tr(
                "No sessions yet.\n\nStart one with New session (Ctrl+Shift+N): the date and time are filled in, and your notes are saved as you type."
            )
        )
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.editor)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([170, 830])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._set_has_sessions(False)

    def _set_has_sessions(self, has: bool) -> None:
        """The editor when there is a session to show; otherwise what to do next."""
        self.right.setCurrentWidget(self.editor if has else self.empty)
        self.delete_button.setEnabled(has)
        self.export_button.setEnabled(has)

    def load(self, vault: Vault, mentee_id: MenteeId, sessions: list[CoachingSession]) -> None:
        self.editor.save_now()
        self.vault, self.mentee_id = vault, mentee_id
        self.list.blockSignals(True)
        self.list.clear()
        for coaching in sessions:
            self.list.addItem(self._item(coaching))
        self.list.blockSignals(False)
        if sessions:
            self.list.setCurrentRow(0)
        else:
            self.editor.load(vault, None)
        self._set_has_sessions(bool(sessions))

    def _item(self, coaching: CoachingSession) -> QListWidgetItem:
        when = short_date(coaching.started_at)
        item = QListWidgetItem(f"{when}\n{label(coaching.kind)}")
        item.setData(Qt.ItemDataRole.UserRole, coaching)
        return item

    def _export(self) -> None:
        self.editor.save_now()
        current = self.editor.current()
        if current is not None:
            self.export_requested.emit(current)

    def select_session(self, session_id: SessionId) -> None:
        for row in range(self.list.count()):
            coaching = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            if coaching.id == session_id:
                self.list.setCurrentRow(row)
                return

    def focus_notes(self, *, private: bool) -> None:
        """Focus the private notes (or the shared summary) of the shown session; without
        a session, the New session button."""
        if self.right.currentWidget() is not self.editor:
            self.new_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        pane = self.editor.private_notes if private else self.editor.shared_summary
        pane.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self.vault is None:
            return
        if not self.editor.save_now():  # the shown notes are not saved: stay with them
            self.list.blockSignals(True)
            if previous is not None:
                self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        coaching = current.data(Qt.ItemDataRole.UserRole) if current else None
        if coaching is not None and coaching.id is not None:
            try:  # fresh from the store, not the list's copy (one row: well under a frame)
                coaching = sessions.get_session(self.vault, SessionId(coaching.id))
            except Exception as exc:
                self._failed(exc)
                return
        self.editor.load(self.vault, coaching)

    def _failed(self, exc: BaseException) -> None:
        log.warning("sessions: %s", format_for_log(exc))
        set_message(self.editor.state_label, error_message(exc), error=True)

    def _saved(self, coaching: CoachingSession) -> None:
        item = self.list.currentItem()
        if item is not None:
            fresh = self._item(coaching)
            item.setText(fresh.text())
            item.setData(Qt.ItemDataRole.UserRole, coaching)

    def new_session(self) -> None:
        vault, mentee_id = self.vault, self.mentee_id
        if vault is None or mentee_id is None:
            return
        self.editor.save_now()
        started = clock.now().replace(second=0)
        self.new_button.setEnabled(False)

        def added(coaching: CoachingSession) -> None:
            self.new_button.setEnabled(True)
            if self.vault is not vault or self.mentee_id != mentee_id:
                return  # the coach moved on; the session is in the list next time
            self.list.insertItem(0, self._item(coaching))
            self.list.setCurrentRow(0)
            self._set_has_sessions(True)
            self.editor.private_notes.editor.setFocus()

        def failed(exc: BaseException) -> None:
            self.new_button.setEnabled(True)
            self._failed(exc)

        run_write(
            lambda: sessions.start_session(vault, mentee_id, started), added, failed, parent=self
        )

    def delete_session(self) -> None:
        item = self.list.currentItem()
        vault = self.vault
        if item is None or vault is None:
            return
        coaching = item.data(Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(
            self,
            self.tr("Delete session - Mentorapp"),
            self.tr("Delete this session with its notes? This cannot be undone."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.editor.load(vault, None)

        def deleted(_none: None) -> None:
            for row in range(self.list.count()):
                shown = self.list.item(row).data(Qt.ItemDataRole.UserRole)
                if shown.id == coaching.id:
                    self.list.takeItem(row)
                    break
            self._set_has_sessions(self.list.count() > 0)

        run_write(
            lambda: sessions.delete_session(vault, coaching), deleted, self._failed, parent=self
        )

    def clear(self) -> None:
        self.editor.clear()
        self.list.clear()
        self._set_has_sessions(False)
        self.vault = None
        self.mentee_id = None
