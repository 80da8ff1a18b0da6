"""Unlocking a vault: passphrase (KDF off the GUI thread), keychain, or recovery key."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
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
from mentorapp.gui.ops import format_for_log, run_op
from mentorapp.gui.settings import AppSettings
from mentorapp.gui.style import set_message, set_status
from mentorapp.services.vault_files import (
    MIN_PASSPHRASE_CHARS,
    OSKeychain,
    ask_keychain,
    keychain_known,
    vault_id_of,
    vault_name,
)
from mentorapp.store.errors import (
    VaultInUse,
    VaultTakenOver,
    WeakPassphrase,
    WrongRecoveryKey,
)

if TYPE_CHECKING:
    from types import ModuleType

    from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)

# Why the vault is locked: information, not an error.
REASON_STYLE = (
    "QLabel { background: #eef3f9; border: 1px solid #c9d6e8; border-radius: 4px;"
    " padding: 6px 8px; color: #1f2d3d; }"
)
# A quiet note under a control (why it is unavailable).
NOTE_STYLE = "QLabel { color: #555555; margin-left: 22px; }"


def make_heading(label: QLabel, scale: float = 1.5) -> QLabel:
    """Bold and larger: the first line a screen or dialog says."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _vault() -> type[Vault]:
    """The vault class, imported when first needed: it brings the database code along."""
    from mentorapp.store.vault import Vault

    return Vault


def _life() -> ModuleType:
    """The vault services, imported when first needed (they bring the database code)."""
    from mentorapp.services import vault_life

    return vault_life


class UnlockWidget(QWidget):
    """The unlock form (first window and lock screen); emits ``unlocked`` with the open vault.

    The OS keychain is asked only for a vault that opted in ("remember on this
    computer"), and once to forget when the coach turns that off; always off the GUI
    thread and never waited on for long (see ``vault_files.Keychain``). Whether a
    keychain exists at all is asked once per app, off the GUI thread too.
    """

    unlocked = Signal(object)
    other_vault_requested = Signal()

    def __init__(
        self,
        folder: Path,
        settings: AppSettings,
        keychain: OSKeychain,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.settings = settings
        self.keychain = keychain
        self.ui = Ui_UnlockForm()
        self.ui.setupUi(self)
        make_heading(self.ui.titleLabel)
        self.ui.vaultLabel.setText(vault_name(folder))
        self.ui.vaultLabel.setToolTip(str(folder))
        self.ui.reasonLabel.setStyleSheet(REASON_STYLE)
        self.ui.reasonLabel.hide()
        self.ui.rememberReasonLabel.setStyleSheet(NOTE_STYLE)
        self.ui.rememberReasonLabel.hide()
        self.ui.busyBar.hide()
        self.ui.messageLabel.hide()
        self.vault_id = vault_id_of(folder)
        if self.vault_id:
            self.ui.rememberCheck.setChecked(settings.use_keychain(self.vault_id))
        self._keychain_available: bool | None = None
        # Why the vault was opened read-only or taken over (the window's banner says it).
        self.in_use: VaultInUse | None = None
        self.in_use_dialog: QDialog | None = None
        self._find_keychain()
        self.ui.unlockButton.clicked.connect(self.unlock)
        self.ui.passphraseEdit.returnPressed.connect(self.unlock)
        self.ui.recoveryButton.clicked.connect(self.unlock_with_recovery_key)
        self.ui.otherVaultButton.clicked.connect(self.other_vault_requested)
        self.ui.passphraseEdit.setFocus()

    @property
    def busy(self) -> bool:
        return not self.ui.busyBar.isHidden()

    def set_reason(self, text: str) -> None:
        """A calm line at the top saying why the vault is locked (empty: none)."""
        set_status(self.ui.reasonLabel, text)
        self.ui.reasonLabel.setVisible(bool(text))

    # ---- the keychain --------------------------------------------------------------

    def _find_keychain(self) -> None:
        known = keychain_known(self.keychain)
        if known is not None:
            self._keychain_answered(known)
            return
        self._set_keychain(None, "")
        keychain = self.keychain
        run_op(
            lambda: ask_keychain(keychain, lambda k: k.available),
            self._keychain_answered,
            self._keychain_silent,
            parent=self,
        )

    def _keychain_answered(self, available: object) -> None:
        if available:
            self._set_keychain(True, "")
        elif sys.platform.startswith("linux"):
            self._set_keychain(
                False,
                self.tr(
                    "Unavailable: this computer has no secure keychain (no Secret Service is running)."
                ),
            )
        else:
            self._set_keychain(
                False, self.tr("Unavailable: no secure keychain was found on this computer.")
            )

    def _keychain_silent(self, exc: BaseException) -> None:
        """The keychain did not answer (or failed): go on without it for this unlock."""
        log.warning("keychain not used: %s", format_for_log(exc))
        self._set_keychain(
            None,
            self.tr(
                "The system keychain did not answer, so Mentorapp does not wait for it. Type your passphrase."
            ),
        )

    def _set_keychain(self, available: bool | None, note: str) -> None:
        self._keychain_available = available
        self.ui.rememberCheck.setEnabled(available is True and not self.busy)
        set_status(self.ui.rememberReasonLabel, note, speak=available is None)
        self.ui.rememberReasonLabel.setVisible(bool(note))

    def _in_keychain(
        self, work: Callable[[OSKeychain], object], then: Callable[[object], None] | None = None
    ) -> None:
        """``work`` with the keychain, off the GUI thread; ``then`` with its answer.

        No parent: the unlock form is usually gone before the keychain answers, and the
        answer only concerns the settings.
        """
        keychain = self.keychain

        def failed(exc: BaseException) -> None:
            log.warning("keychain call failed: %s", format_for_log(exc))

        run_op(lambda: ask_keychain(keychain, work), then or (lambda _a: None), failed)

    def try_keychain(self) -> bool:
        """Unlock with a remembered key if this vault opted in; True if it is trying.

        The coach may type meanwhile: a passphrase unlock that started first wins.
        """
        vault_id = self.vault_id
        if not (vault_id and self.settings.use_keychain(vault_id)):
            return False
        keychain = self.keychain
        run_op(
            lambda: ask_keychain(keychain, lambda k: k.load(vault_id)),
            self._key_loaded,
            self._keychain_silent,
            parent=self,
        )
        return True

    def _key_loaded(self, key: object) -> None:
        if not isinstance(key, bytes) or self.busy:
            return
        folder = self.folder
        self._set_busy(True)
        run_op(
            lambda: _life().open_with_key(folder, key),
            lambda vault: self._opened(vault, via_keychain=True),
            lambda exc: self._keychain_key_failed(exc, key),
            parent=self,
        )

    def _keychain_key_failed(self, exc: BaseException, key: bytes | None = None) -> None:
        self._set_busy(False)
        vault_id = self.vault_id
        if isinstance(exc, WrongRecoveryKey) and vault_id:
            # A stale entry (the vault was re-keyed elsewhere) just means: ask. The next
            # passphrase unlock stores the new key, as the vault still opts in.
            self._in_keychain(lambda k: k.forget(vault_id))
        else:
            self._failed(exc, key=key)

    def _follow_remember_choice(self, vault: Vault, via_keychain: bool) -> None:
        """Store or forget the key as the checkbox says; nothing for a vault never opted in."""
        if self._keychain_available is not True:
            return  # no keychain, or it did not answer: the coach's choice stays as it was
        vault_id, settings = vault.vault_id, self.settings
        remember = self.ui.rememberCheck.isChecked()
        if remember == settings.use_keychain(vault_id) and (via_keychain or not remember):
            return
        settings.set_use_keychain(vault_id, remember)

        def refused(stored: object) -> None:
            if stored is False:
                settings.set_use_keychain(vault_id, False)

        self._in_keychain(lambda k: _life().remember_key(k, vault, remember), refused)

    # ---- unlocking -----------------------------------------------------------------

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
            lambda: _life().open_vault(folder, passphrase),
            self._opened,
            lambda exc: self._failed(exc, passphrase=passphrase),
            parent=self,
        )

    def unlock_with_recovery_key(self) -> None:
        dialog = RecoveryDialog(self.folder, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.vault is not None:
            self._opened(dialog.vault)

    def _opened(self, vault: object, *, via_keychain: bool = False) -> None:
        assert isinstance(vault, _vault())
        self._set_busy(False)
        self.ui.passphraseEdit.clear()
        self._follow_remember_choice(vault, via_keychain)
        self.unlocked.emit(vault)

    def _failed(
        self, exc: BaseException, *, passphrase: str | None = None, key: bytes | None = None
    ) -> None:
        self._set_busy(False)
        self._show_error(error_message(exc))
        if isinstance(exc, VaultInUse) and not isinstance(exc, VaultTakenOver):
            self._ask_in_use(exc, passphrase, key)
            return
        self.ui.passphraseEdit.setFocus()
        self.ui.passphraseEdit.selectAll()

    # ---- the vault is open elsewhere -------------------------------------------------

    def _ask_in_use(self, exc: VaultInUse, passphrase: str | None, key: bytes | None) -> None:
        """Where it is open, and the coach's choice: read-only, take over (stale), cancel."""
        from mentorapp.gui.sync.in_use import ask_in_use

        self._set_busy(True)  # nothing else starts while the dialog asks
        self.in_use_dialog = ask_in_use(
            exc, self, lambda choice: self._in_use_answered(exc, choice, passphrase, key)
        )

    def _in_use_answered(
        self, exc: VaultInUse, choice: str | None, passphrase: str | None, key: bytes | None
    ) -> None:
        self.in_use_dialog = None
        folder, life = self.folder, _life()
        if choice is None or (passphrase is None and key is None):
            self._set_busy(False)
            self.ui.passphraseEdit.setFocus()
            return
        self.in_use = exc
        read_only, take_over = choice == "read_only", choice == "take_over"

        def work() -> object:
            if key is not None:
                if read_only:
                    return life.open_read_only_with_key(folder, key)
                return life.open_with_key(folder, key, take_over=take_over)
            if read_only:
                return life.open_read_only(folder, passphrase)
            return life.open_vault(folder, passphrase, take_over=take_over)

        run_op(
            work,
            lambda vault: self._opened(vault, via_keychain=key is not None),
            lambda error: self._failed(error, passphrase=passphrase, key=key),
            parent=self,
        )

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
        self.ui.rememberCheck.setEnabled(not busy and self._keychain_available is True)
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
        layout.addWidget(make_heading(QLabel(self.tr("Unlock with your recovery key")), 1.3))
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
        layout.addStretch()
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
