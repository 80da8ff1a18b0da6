"""The Sessions tab: the mentee's sessions, newest first, and the editor of the chosen one."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import SessionKind
from mentorapp.domain.ids import MenteeId, SessionId
from mentorapp.domain.model import CoachingSession
from mentorapp.gui.labels import label, short_date
from mentorapp.gui.session_editor import SessionEditor
from mentorapp.store.repositories import SessionRepository
from mentorapp.store.vault import Vault


class SessionsTab(QWidget):
    """List + editor; new sessions start now, as a career conversation."""

    changed = Signal()
    export_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.mentee_id: MenteeId | None = None
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Sessions"))
        self.list.currentItemChanged.connect(self._chosen)
        left_box.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New &session"))
        self.new_button.clicked.connect(self.new_session)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_session)
        self.export_button = QPushButton(self.tr("Summary &PDF…"))
        self.export_button.setToolTip(
            self.tr("The shared summary and agreements as a PDF for the employee")
        )
        self.export_button.clicked.connect(self._export)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left_box.addWidget(self.export_button)
        left_box.addLayout(buttons)
        self.editor = SessionEditor()
        self.editor.saved.connect(self._saved)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([170, 830])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

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
        self.delete_button.setEnabled(bool(sessions))
        self.export_button.setEnabled(bool(sessions))

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

    def select_session(self, session_id: int) -> None:
        for row in range(self.list.count()):
            coaching = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            if coaching.id == session_id:
                self.list.setCurrentRow(row)
                return

    def _chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if self.vault is None:
            return
        coaching = current.data(Qt.ItemDataRole.UserRole) if current else None
        if coaching is not None and coaching.id is not None:
            with self.vault.session() as s:  # fresh from the store, not the list's copy
                coaching = SessionRepository(s).get(SessionId(coaching.id))
        self.editor.load(self.vault, coaching)

    def _saved(self, coaching: CoachingSession) -> None:
        item = self.list.currentItem()
        if item is not None:
            fresh = self._item(coaching)
            item.setText(fresh.text())
            item.setData(Qt.ItemDataRole.UserRole, coaching)
        self.changed.emit()

    def new_session(self) -> None:
        if self.vault is None or self.mentee_id is None:
            return
        self.editor.save_now()
        now = datetime.now().replace(second=0, microsecond=0)
        first = self.list.count() == 0
        coaching = CoachingSession(
            mentee_id=self.mentee_id,
            started_at=now,
            kind=SessionKind.INTAKE if first else SessionKind.CAREER_CONVERSATION,
            next_session_at=None,
        )
        with self.vault.transaction() as s:
            SessionRepository(s).add(coaching)
        self.list.insertItem(0, self._item(coaching))
        self.list.setCurrentRow(0)
        self.delete_button.setEnabled(True)
        self.editor.private_notes.editor.setFocus()
        self.changed.emit()

    def delete_session(self) -> None:
        item = self.list.currentItem()
        if item is None or self.vault is None:
            return
        coaching = item.data(Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(
            self,
            self.tr("Delete session - Mentorapp"),
            self.tr("Delete this session with its notes? This cannot be undone."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.editor.load(self.vault, None)
        with self.vault.transaction() as s:
            SessionRepository(s).delete(SessionId(coaching.id))
        self.list.takeItem(self.list.row(item))
        self.delete_button.setEnabled(self.list.count() > 0)
        self.changed.emit()

    def clear(self) -> None:
        self.editor.clear()
        self.list.clear()
        self.vault = None
        self.mentee_id = None
