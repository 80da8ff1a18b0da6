"""Unlocking a vault: passphrase (KDF off the GUI thread), keychain, or recovery key."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentorapp.gui.forms.ui_unlock import Ui_UnlockForm
from mentorapp.gui.i18n import error_message
from mentorapp.gui.ops import run_op
from mentorapp.gui.settings import AppSettings
from mentorapp.gui.style import set_message
from mentorapp.services.vault_files import MIN_PASSPHRASE_CHARS, Keychain, vault_id_of
from mentorapp.store.errors import WeakPassphrase

if TYPE_CHECKING:
    from types import ModuleType

    from mentorapp.store.vault import Vault


def _vault() -> type[Vault]:
    """The vault class, imported when first needed: it brings the database code along."""
    from mentorapp.store.vault import Vault

    return Vault


def _life() -> ModuleType:
    """The vault services, imported when first needed (they bring the database code)."""
    from mentorapp.services import vault_life

    return vault_life


class UnlockWidget(QWidget):
    """The unlock form; emits ``unlocked`` with the open vault."""

    unlocked = Signal(object)
    other_vault_requested = Signal()

    def __init__(
        self, folder: Path, settings: AppSettings, keychain: Keychain, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.settings = settings
        self.keychain = keychain
        self.ui = Ui_UnlockForm()
        self.ui.setupUi(self)
        title_font = self.ui.titleLabel.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.ui.titleLabel.setFont(title_font)
        self.ui.vaultLabel.setText(str(folder))
        self.ui.busyBar.hide()
        self.ui.messageLabel.hide()
        self.vault_id = vault_id_of(folder)
        self.ui.rememberCheck.setEnabled(keychain.available)
        if not keychain.available:
            self.ui.rememberCheck.setToolTip(self.tr("No secure system keychain is available."))
        elif self.vault_id:
            self.ui.rememberCheck.setChecked(settings.use_keychain(self.vault_id))
        self.ui.unlockButton.clicked.connect(self.unlock)
        self.ui.passphraseEdit.returnPressed.connect(self.unlock)
        self.ui.recoveryButton.clicked.connect(self.unlock_with_recovery_key)
        self.ui.otherVaultButton.clicked.connect(self.other_vault_requested)
        self.ui.passphraseEdit.setFocus()

    @property
    def busy(self) -> bool:
        return self.ui.busyBar.isVisible()

    def try_keychain(self) -> bool:
        """Unlock with a remembered key if this vault opted in; True if it is trying."""
        if not (self.vault_id and self.settings.use_keychain(self.vault_id)):
            return False
        key = self.keychain.load(self.vault_id)
        if key is None:
            return False
        folder = self.folder
        self._set_busy(True)
        run_op(
            lambda: _life().open_with_key(folder, key),
            self._opened,
            self._keychain_failed,
            parent=self,
        )
        return True

    def _keychain_failed(self, exc: BaseException) -> None:
        # A stale keychain entry (e.g. after a re-key elsewhere) just means: ask.
        self._set_busy(False)
        if self.vault_id:
            self.keychain.forget(self.vault_id)

    def unlock(self) -> None:
        if self.busy:
            return
        passphrase = self.ui.passphraseEdit.text()
        if not passphrase:
            self._show_error(self.tr("Type your passphrase."))
            return
        folder = self.folder
        self._set_busy(True)
        run_op(
            lambda: _life().open_vault(folder, passphrase), self._opened, self._failed, parent=self
        )

    def unlock_with_recovery_key(self) -> None:
        dialog = RecoveryDialog(self.folder, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.vault is not None:
            self._opened(dialog.vault)

    def _opened(self, vault: object) -> None:
        assert isinstance(vault, _vault())
        self._set_busy(False)
        self.ui.passphraseEdit.clear()
        remember = self.ui.rememberCheck.isChecked() and self.keychain.available
        self.settings.set_use_keychain(vault.vault_id, remember)
        _life().remember_key(self.keychain, vault, remember)
        self.unlocked.emit(vault)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_error(error_message(exc))
        self.ui.passphraseEdit.setFocus()
        self.ui.passphraseEdit.selectAll()

    def _show_error(self, text: str) -> None:
        set_message(self.ui.messageLabel, text, error=True)

    def _set_busy(self, busy: bool) -> None:
        self.ui.busyBar.setVisible(busy)
        for widget in (
            self.ui.passphraseEdit,
            self.ui.unlockButton,
            self.ui.recoveryButton,
            self.ui.otherVaultButton,
        ):
            widget.setEnabled(not busy)
        self.ui.rememberCheck.setEnabled(not busy and self.keychain.available)
        if busy:
            self.ui.messageLabel.hide()


class UnlockWindow(QWidget):
    """The first window for a known vault: only the unlock form, so it appears at once."""

    def __init__(self, unlock: UnlockWidget) -> None:
        super().__init__()
        self.unlock = unlock
        self.setWindowTitle(self.tr("Unlock - Mentorapp"))
        layout = QVBoxLayout(self)
        layout.addStretch()
        row = QHBoxLayout()
        row.addStretch()
        unlock.setMaximumWidth(560)
        row.addWidget(unlock, 1)
        row.addStretch()
        layout.addLayout(row)
        layout.addStretch()
        self.resize(1280, 800)


class RecoveryDialog(QDialog):
    """Unlock with the recovery key and set a new passphrase."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.vault: Vault | None = None
        self.setWindowTitle(self.tr("Recovery key - Mentorapp"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Type the recovery key you wrote down when the vault was made (64 characters, dashes and spaces do not matter), then choose a new passphrase."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.key_edit = QPlainTextEdit()
        self.key_edit.setTabChangesFocus(True)
        self.key_edit.setFixedHeight(60)
        self.key_edit.setAccessibleName(self.tr("Recovery key"))
        self.new_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.new_edit.setAccessibleName(self.tr("New passphrase"))
        self.repeat_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(self.tr("Repeat new passphrase"))
        form.addRow(self.tr("Recovery &key"), self.key_edit)
        form.addRow(self.tr("&New passphrase"), self.new_edit)
        form.addRow(self.tr("R&epeat"), self.repeat_edit)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        buttons.accepted.connect(self._unlock)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.resize(520, 280)

    def _unlock(self) -> None:
        new, repeat = self.new_edit.text(), self.repeat_edit.text()
        if new != repeat:
            set_message(self.message, self.tr("The two passphrases differ."), error=True)
            return
        if len(new) < MIN_PASSPHRASE_CHARS:
            set_message(self.message, error_message(WeakPassphrase()), error=True)
            return
        folder, key_text = self.folder, self.key_edit.toPlainText()
        self.buttons.setEnabled(False)

        def work() -> Vault:
            vault: Vault = _life().recover(folder, key_text, new)
            return vault

        run_op(work, self._done, self._failed, parent=self)

    def _done(self, vault: object) -> None:
        assert isinstance(vault, _vault())
        self.vault = vault
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        set_message(self.message, error_message(exc), error=True)


def strength_hint(passphrase: str) -> tuple[str, bool]:
    """A short, honest hint on a passphrase, and whether it is acceptable at all."""
    from PySide6.QtCore import QCoreApplication

    length = len(passphrase)
    if length == 0:
        return "", False
    if length < MIN_PASSPHRASE_CHARS:
        return QCoreApplication.translate("Messages", "Too short: at least 12 characters."), False
    words = len(passphrase.split())
    if len(set(passphrase)) < 6:
        return QCoreApplication.translate(
            "Messages", "Too repetitive: use several different words."
        ), False
    if length >= 24 or words >= 5:
        return QCoreApplication.translate("Messages", "Strong."), True
    if length >= 16 or words >= 4:
        return QCoreApplication.translate(
            "Messages", "Good. A few more words make it stronger."
        ), True
    return QCoreApplication.translate(
        "Messages", "Acceptable. Four or more unrelated words are better."
    ), True
