"""The vault is open elsewhere: say where and since when, and offer read-only or take-over.

"Take over…" is offered only for a stale lock (no sign of life for ``STALE_AFTER``), and
only after the coach confirms what it means for the other computer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mentorapp.gui.i18n import in_use_message, when_text
from mentorapp.services import vault_life
from mentorapp.store.errors import VaultInUse

Choice = Literal["read_only", "take_over"]

# store.lock.STALE_AFTER in minutes: how long a lock may be silent before take-over.
STALE_MINUTES = vault_life.stale_minutes()


class InUseDialog(QDialog):
    """Who holds the vault; ``choice()`` is "read_only", "take_over" or None (cancel)."""

    def __init__(self, error: VaultInUse, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self._choice: Choice | None = None
        self.setWindowTitle(self.tr("Vault in use - Mentorapp"))
        layout = QVBoxLayout(self)
        heading = QLabel(in_use_message(error))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading = heading
        layout.addWidget(heading)

        form = QFormLayout()
        self.details: dict[str, QLabel] = {}
        for key, text, value in (
            ("host", self.tr("Computer"), error.host or "-"),
            ("user", self.tr("User"), error.user or "-"),
            ("since", self.tr("Open since"), when_text(error.since)),
            ("heartbeat", self.tr("Last sign of life"), self._heartbeat_text()),
        ):
            label = QLabel(value)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details[key] = label
            form.addRow(text, label)
        layout.addLayout(form)

        if error.stale:
            why = self.tr(
                "Mentorapp there has shown no sign of life for more than {minutes} minutes: it may have crashed, or that computer went to sleep or lost its connection. If you are sure nobody works in this vault there, you can take it over."
            ).format(minutes=STALE_MINUTES)
        else:
            why = self.tr(
                "Only one computer can change a vault at a time. You can open it read-only here: you can read everything, but nothing you change can be saved. To edit here, close the vault there first (lock it or quit Mentorapp)."
            )
        self.explanation = QLabel(why)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        layout.addStretch()

        buttons = QDialogButtonBox()
        self.read_only_button = QPushButton(self.tr("Open &read-only"))
        self.read_only_button.setAccessibleName(self.tr("Open read-only"))
        buttons.addButton(self.read_only_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.read_only_button.clicked.connect(lambda: self._choose("read_only"))
        self.take_over_button: QPushButton | None = None
        if error.stale:
            self.take_over_button = QPushButton(self.tr("&Take over…"))
            self.take_over_button.setAccessibleName(self.tr("Take over"))
            buttons.addButton(self.take_over_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.take_over_button.clicked.connect(self._confirm_take_over)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.cancel_button = cancel
        layout.addWidget(buttons)
        self.read_only_button.setDefault(True)
        self.read_only_button.setFocus()
        self.setMinimumWidth(560)

    def _heartbeat_text(self) -> str:
        heartbeat = self.error.heartbeat
        text = when_text(heartbeat)
        if heartbeat is not None and self.error.stale:
            text += " " + self.tr("(more than {minutes} minutes ago)").format(minutes=STALE_MINUTES)
        return text

    def choice(self) -> Choice | None:
        return self._choice

    def _choose(self, choice: Choice) -> None:
        self._choice = choice
        self.accept()

    def confirm_text(self) -> str:
        host = self.error.host or self.tr("the other computer")
        return self.tr(
            "Take over this vault from {host}? That computer can then no longer save anything in it. Whatever it has not synced yet may come back later as a conflict copy, which Mentorapp then offers to bring in."
        ).format(host=host)

    def _confirm_take_over(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Take over - Mentorapp"),
            self.confirm_text(),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        take = box.addButton(self.tr("&Take over"), QMessageBox.ButtonRole.AcceptRole)
        take.setAccessibleName(self.tr("Take over"))
        keep = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.confirm_box = box

        def answered() -> None:
            if box.clickedButton() is take:
                self._choose("take_over")

        box.finished.connect(lambda _r: answered())
        box.open()


def ask_in_use(
    error: VaultInUse, parent: QWidget | None, then: Callable[[Choice | None], None]
) -> InUseDialog:
    """Show the dialog (without blocking) and call ``then`` with the coach's choice."""
    dialog = InUseDialog(error, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.finished.connect(lambda _result: then(dialog.choice()))
    dialog.open()
    return dialog


def warning_icon(size: int = 24) -> QLabel:
    """The system's warning sign, named for screen readers."""
    icon = QLabel()
    pixmap = icon.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    icon.setPixmap(pixmap.pixmap(size, size))
    icon.setAccessibleName(QCoreApplication.translate("Sync", "Warning"))
    icon.setFixedSize(size + 2, size + 2)
    return icon
