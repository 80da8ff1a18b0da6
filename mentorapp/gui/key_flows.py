"""The recovery key again, for a coach who proves the passphrase (after a re-key, a lost note)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from mentorapp.gui.i18n import error_message
from mentorapp.gui.ops import format_for_log, run_op
from mentorapp.services import vault_life
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)


class RecoveryKeyFlow(QObject):
    """Asks the passphrase again, checks it off the GUI thread, then shows the key and kit."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self.dialog: QWidget | None = None

    def ask(self, vault: Vault) -> None:
        passphrase, ok = QInputDialog.getText(
            self.window,
            self.tr("Show recovery key - Mentorapp"),
            self.tr("Your passphrase, to show the recovery key:"),
            QLineEdit.EchoMode.Password,
        )
        if ok and passphrase:
            self.show_for(vault, passphrase)

    def show_for(self, vault: Vault, passphrase: str) -> None:
        """Check ``passphrase`` (the KDF: off the GUI thread), then show the key."""
        folder = vault.folder

        def work() -> str:
            vault_life.verify_passphrase(folder, passphrase)
            return vault.recovery_key()

        run_op(work, lambda key: self._show(vault, key), self._failed, parent=self)

    def _show(self, vault: Vault, key: str) -> None:
        from mentorapp.gui.create_vault import RecoveryKeyDialog

        dialog = RecoveryKeyDialog(vault.folder, key, self.window, again=True)
        self.dialog = dialog
        dialog.open()

    def _failed(self, exc: BaseException) -> None:
        log.warning("recovery key not shown: %s", format_for_log(exc))
        QMessageBox.warning(self.window, self.tr("Mentorapp"), error_message(exc))
