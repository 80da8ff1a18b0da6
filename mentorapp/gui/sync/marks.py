"""The Overview's box of records kept twice after a sync conflict, with "Looked at it"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mentorapp.domain.ids import MenteeId
from mentorapp.gui.i18n import error_message
from mentorapp.gui.labels import short_date
from mentorapp.gui.ops import run_op
from mentorapp.gui.style import set_message
from mentorapp.gui.sync.kinds import kind_name, local_minute
from mentorapp.services import mentees, sessions, sync
from mentorapp.services.sync import MergeMark
from mentorapp.store.vault import Vault


def describe(vault: Vault, mentee_id: MenteeId) -> list[tuple[MergeMark, str]]:
    """The mentee's marks, each with which record it is in words (off the GUI thread)."""
    found = sync.marks(vault, mentee_id)
    if not found:
        return []
    started = {
        int(s.id): s.started_at for s in sessions.sessions_of(vault, mentee_id) if s.id is not None
    }
    described = []
    for mark in found:
        detail = ""
        if mark.kind == "session" and mark.record_id in started:
            detail = short_date(started[mark.record_id])
        elif mark.kind == "mentee":
            try:
                detail = mentees.get_mentee(vault, MenteeId(mark.record_id)).display_name
            except Exception:
                detail = ""
        described.append((mark, detail))
    return described


class MarksBox(QGroupBox):
    """Each record of this mentee kept twice by a merge; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Kept twice after a sync conflict"), parent)
        self.vault: Vault | None = None
        self.mentee_id: MenteeId | None = None
        self._generation = 0
        self.rows: list[tuple[MergeMark, QLabel, QPushButton]] = []
        self.setObjectName("mergeMarks")
        # Amber like the private panes: it asks for the coach's attention.
        self.setStyleSheet(
            "QGroupBox#mergeMarks { font-weight: bold; background: #fff8ec;"
            " border: 1px solid #e6c88f; border-radius: 4px; margin-top: 1.4em; padding: 4px; }"
            " QGroupBox#mergeMarks::title { subcontrol-origin: margin; left: 6px; }"
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These records were changed on two computers before the sync caught up, so both versions were kept. Compare them, keep what is right (delete or correct the other), then mark each as looked at."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("font-weight: normal;")
        layout.addWidget(intro)
        self.list_layout = QVBoxLayout()
        layout.addLayout(self.list_layout)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.hide()

    def load(self, vault: Vault, mentee_id: MenteeId) -> None:
        self.vault, self.mentee_id = vault, mentee_id
        self._generation += 1
        generation = self._generation

        def shown(result: object) -> None:
            if generation == self._generation:
                assert isinstance(result, list)
                self.show_marks(result)

        def failed(_exc: BaseException) -> None:
            if generation == self._generation:
                self.show_marks([])  # no marks table (an older vault): nothing to show

        run_op(lambda: describe(vault, mentee_id), shown, failed, parent=self)

    def clear(self) -> None:
        self._generation += 1
        self.show_marks([])
        self.vault = self.mentee_id = None

    def show_marks(self, marks: list[tuple[MergeMark, str]]) -> None:
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.rows = []
        self.message.hide()
        read_only = self.vault is None or self.vault.read_only
        for mark, detail in marks:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            what = kind_name(mark.kind) + (f": {detail}" if detail else "")
            text = self.tr("{what} - from {source}, merged {when}").format(
                what=what, source=mark.source, when=short_date(local_minute(mark.merged_at))
            )
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet("font-weight: normal;")
            line.addWidget(label, 1)
            button = QPushButton(self.tr("Looked at it"))
            button.setAccessibleName(self.tr("Looked at it"))
            button.setAccessibleDescription(text)
            button.setEnabled(not read_only)
            button.clicked.connect(lambda _c=False, m=mark: self.looked_at(m))
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.list_layout.addWidget(row)
            self.rows.append((mark, label, button))
        self.setVisible(bool(marks))

    def looked_at(self, mark: MergeMark) -> None:
        vault, mentee_id = self.vault, self.mentee_id
        if vault is None or mentee_id is None:
            return

        def failed(exc: BaseException) -> None:
            set_message(self.message, error_message(exc), error=True)

        run_op(
            lambda: sync.clear_mark(vault, mark.kind, mark.record_id),
            lambda _none: self.load(vault, mentee_id),
            failed,
            parent=self,
        )
