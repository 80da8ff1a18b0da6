"""Erasing for good needs a typed confirmation; the dialog says exactly what goes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.ids import MenteeId
from mentorapp.gui.ops import run_write
from mentorapp.services import vault_life
from mentorapp.store.vault import Vault


class EraseDialog(QDialog):
    """Accepts only when the coach types the confirmation word."""

    def __init__(self, count: int, name: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Erase for good - Mentorapp"))
        self.word = self.tr("ERASE")
        layout = QVBoxLayout(self)
        if name is not None:
            text = self.tr(
                "Erase {name} and every session, note, plan and export record of this mentee? This cannot be undone; the erasure log keeps only the date and the number."
            ).format(name=name)
        else:
            text = self.tr(
                "Erase %n mentee(s) past their retention date, with every session, note, plan and export record? This cannot be undone; the erasure log keeps only the date and the number.",
                "",
                count,
            )
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        prompt = QLabel(self.tr("Type {word} to confirm:").format(word=self.word))
        layout.addWidget(prompt)
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(self.tr("Confirmation"))
        prompt.setBuddy(self.confirm)
        layout.addWidget(self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = buttons.addButton(
            self.tr("&Erase"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.confirm.textChanged.connect(
            lambda text: self.erase_button.setEnabled(
                text.strip().casefold() == self.word.casefold()
            )
        )
        self.resize(520, 220)


class ErasureFlow(QObject):
    """Asks for the typed confirmation, then erases off the GUI thread."""

    erased = Signal(int)  # how many mentees
    failed = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent

    def confirm_and_erase(
        self,
        vault: Vault,
        mentee_ids: list[MenteeId],
        name: str | None,
        reason: str,
        before: Callable[[], None],
    ) -> None:
        """Erase ``mentee_ids`` once confirmed; ``before`` runs first (save, clear views)."""
        dialog = EraseDialog(len(mentee_ids), name, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        before()
        run_write(
            lambda: vault_life.erase_mentees(vault, mentee_ids, reason),
            self.erased.emit,
            self.failed.emit,
            parent=self,
        )
