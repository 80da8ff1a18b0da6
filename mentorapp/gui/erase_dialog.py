"""Erasing for good needs a typed confirmation; the dialog says exactly what goes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.ids import MenteeId
from mentorapp.gui.i18n import error_message
from mentorapp.gui.ops import announce, run_op, run_write
from mentorapp.services import vault_life
from mentorapp.services.changes import Area, Changes
from mentorapp.services.vault_life import Erased
from mentorapp.store.errors import EraseIncomplete
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
                "Erase {name} and every session, note, plan and export record of this mentee? This cannot be undone. Mentorapp keeps only a numbered note that a mentee was erased (no name, no text), so that restoring an older backup cannot bring them back."
            ).format(name=name)
        else:
            text = self.tr(
                "Erase %n mentee(s) past their retention date, with every session, note, plan and export record? This cannot be undone. Mentorapp keeps only a numbered note that a mentee was erased (no name, no text), so that restoring an older backup cannot bring them back.",
                "",
                count,
            )
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.purge_check = QCheckBox(self.tr("Also remove from the existing &backups"))
        self.purge_check.setChecked(True)
        self.purge_check.setToolTip(
            self.tr(
                "Rewrites every backup in the vault's backups folder and in your backup folder without the erased mentees. Copies elsewhere (a USB stick, a disk backup) Mentorapp cannot reach."
            )
        )
        layout.addWidget(self.purge_check)
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
    """Asks for the typed confirmation, then erases off the GUI thread.

    ``erased`` carries the services' ``Erased`` (a count, and what purging the backups
    did). When another program kept the file from being wiped, the rows are gone
    already: the coach is offered to finish the wipe.
    """

    erased = Signal(object)  # vault_life.Erased
    failed = Signal(object)

    def report(self, erased: Erased, notify: Callable[[str], None]) -> None:
        """Say what was erased (a count) and list the backups that still hold it."""
        message = self.tr("Erased %n mentee(s).", "", erased.count)
        if erased.backups is not None:
            message += " " + self.tr("Removed from %n backup(s).", "", erased.backups_purged)
        notify(message)
        if erased.backups_not_purged:
            QMessageBox.information(
                self.window,
                self.tr("Erase for good - Mentorapp"),
                self.tr(
                    "Could not purge %n backup(s): made before the vault was re-keyed, or unreadable. They still hold the erased records; delete them yourself:",
                    "",
                    len(erased.backups_not_purged),
                )
                + "\n"
                + "\n".join(str(n.path) for n in erased.backups_not_purged),
            )

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
        backup_folder: Path | None = None,
    ) -> None:
        """Erase ``mentee_ids`` once confirmed; ``before`` runs first (save, clear views)."""
        dialog = EraseDialog(len(mentee_ids), name, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        before()
        purge = dialog.purge_check.isChecked()
        folders = [backup_folder] if backup_folder is not None else None
        run_write(
            lambda: vault_life.erase_mentees(
                vault, mentee_ids, reason, purge_backups=purge, backup_folders=folders
            ),
            self.erased.emit,
            lambda exc: self._failed(vault, exc),
            parent=self,
        )

    def _failed(self, vault: Vault, exc: BaseException) -> None:
        if not isinstance(exc, EraseIncomplete):
            self.failed.emit(exc)
            return
        announce(Changes.of(Area.MENTEE_LIST, Area.PROFILE))  # the rows are gone already
        answer = QMessageBox.warning(
            self.window,
            self.tr("Erase for good - Mentorapp"),
            error_message(exc),
            QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Retry,
        )
        if answer == QMessageBox.StandardButton.Retry:
            run_op(
                lambda: vault_life.finish_erasure(vault),
                lambda _none: None,
                lambda again: self._failed(vault, again),
                parent=self,
            )
