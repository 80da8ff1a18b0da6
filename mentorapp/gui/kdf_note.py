"""After a passphrase unlock that took too long (or too little): offer to re-tune it.

The unlock's key derivation should take about half a second to a second on the computer
that made the vault. When an unlock here took over 1.5 s or under 0.3 s
(``vault_life.kdf_advice``), a quiet bar above the window's pages says so, with
"Re-tune…" and "Not now". Re-tuning asks the passphrase again (the unlock kept none),
then calibrates and re-wraps the same data key off the GUI thread
(``vault_life.retune``); the data, the passphrase and the recovery key stay as they are.
"Not now" holds for 30 days, for this vault on this computer. Never for a read-only
vault, nor after a keychain or recovery-key unlock (no key derivation ran).
"""

from __future__ import annotations

import logging
import weakref
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorapp.gui.i18n import error_message
from mentorapp.gui.ops import format_for_log, run_op, run_write
from mentorapp.gui.settings import RETUNE_NOT_NOW_DAYS, this_computer
from mentorapp.gui.style import set_message, set_status
from mentorapp.services import vault_life
from mentorapp.services.vault_life import KdfAdvice

if TYPE_CHECKING:
    from mentorapp.gui.main_window import MainWindow
    from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)

NOTE_STYLE = (
    "QFrame#kdfNote { background: #eef3f9; border: 1px solid #c9d6e8; border-radius: 4px; }"
    " QFrame#kdfNote QLabel { color: #1f2d3d; }"
)

# Vaults whose unlock was looked at already (a language switch re-enters the same vault).
_looked_at: weakref.WeakSet[Vault] = weakref.WeakSet()


def seconds_text(seconds: float) -> str:
    """``2.4`` / ``0.12`` in the coach's language (a comma in Dutch)."""
    return QLocale().toString(seconds, "f", 1 if seconds >= 0.95 else 2)


class KdfNoteBar(QFrame):
    """The bar itself: one sentence, "Re-tune…" and "Not now"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kdfNote")
        self.setStyleSheet(NOTE_STYLE)
        self.setAccessibleName(self.tr("Unlock speed"))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.label, 1)
        self.retune_button = QPushButton(self.tr("&Re-tune…"))
        self.retune_button.setAccessibleName(self.tr("Re-tune the unlock"))
        self.not_now_button = QPushButton(self.tr("Not now"))
        self.not_now_button.setAccessibleName(self.tr("Not now: ask again in 30 days"))
        row.addWidget(self.retune_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.not_now_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def say(self, advice: KdfAdvice) -> None:
        seconds = seconds_text(advice.seconds)
        if advice.too_slow:
            text = self.tr(
                "Unlocking took {seconds} s on this computer. Re-tune it so it takes about half a second (same passphrase, same data)?"
            ).format(seconds=seconds)
        else:
            text = self.tr(
                "Unlocking took only {seconds} s on this computer: quick enough to make guessing your passphrase easier. Re-tune it so it takes about half a second (same passphrase, same data)?"
            ).format(seconds=seconds)
        set_status(self.label, text)  # read out: it appears without the coach asking
        self.setAccessibleDescription(text)

    def text(self) -> str:
        return self.label.text()


class RetuneDialog(QDialog):
    """Asks the passphrase, re-tunes off the GUI thread, says the new time."""

    retuned = Signal(float)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Re-tune unlocking - Mentorapp"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Mentorapp measures this computer and wraps your vault's key again so that unlocking takes about half a second here. Your passphrase, your recovery key and your data stay as they are. This takes a few seconds."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase"), self.passphrase_edit)
        layout.addLayout(form)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Re-tuning"))
        self.busy.hide()
        layout.addWidget(self.busy)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Re-tune"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.done_seconds: float | None = None
        self.resize(480, 220)
        self.passphrase_edit.setFocus()

    @property
    def running(self) -> bool:
        return not self.busy.isHidden()

    def start(self) -> None:
        if self.done_seconds is not None:
            self.accept()  # "Close" after the re-tune
            return
        if self.running:
            return
        passphrase = self.passphrase_edit.text()
        if not passphrase:
            set_message(self.message, self.tr("Type your passphrase."), error=True)
            return
        self.passphrase_edit.clear()  # kept only as long as the re-tune needs it
        self._set_running(True)
        set_message(self.message, self.tr("Measuring this computer…"), error=False)
        vault = self.vault
        run_write(
            lambda: vault_life.retune(vault, passphrase),
            self._done,
            self._failed,
            parent=self,
        )

    def _set_running(self, running: bool) -> None:
        self.busy.setVisible(running)
        self.passphrase_edit.setEnabled(not running)
        self.ok_button.setEnabled(not running)
        self.cancel_button.setEnabled(not running)

    def _done(self, seconds: object) -> None:
        assert isinstance(seconds, float)
        self._set_running(False)
        self.done_seconds = seconds
        set_message(
            self.message,
            self.tr("Done: unlocking now takes {seconds} s on this computer.").format(
                seconds=seconds_text(seconds)
            ),
            error=False,
        )
        self.passphrase_edit.setEnabled(False)
        self.cancel_button.hide()
        self.ok_button.setText(self.tr("&Close"))
        self.ok_button.setFocus()
        self.retuned.emit(seconds)

    def _failed(self, exc: BaseException) -> None:
        log.warning("re-tune failed: %s", format_for_log(exc))
        self._set_running(False)
        set_message(self.message, error_message(exc), error=True)
        self.passphrase_edit.setFocus()

    def reject(self) -> None:
        if not self.running:  # the key file is being written: let it finish
            super().reject()


class KdfNote(QObject):
    """The main window's offer to re-tune the unlock (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.bar = KdfNoteBar()
        self.holder = QWidget()  # the bar with a margin, placed on first use
        self.holder.setObjectName("kdfNoteHolder")
        around = QVBoxLayout(self.holder)
        around.setContentsMargins(6, 6, 6, 0)
        around.addWidget(self.bar)
        self.holder.hide()
        self.bar.retune_button.clicked.connect(self.ask_retune)
        self.bar.not_now_button.clicked.connect(self.not_now)
        self.vault: Vault | None = None
        self.dialog: RetuneDialog | None = None
        self._placed = False
        window.pages.currentChanged.connect(lambda _i: self._page_changed())

    @property
    def shown(self) -> bool:
        return self._placed and not self.holder.isHidden()

    def _page_changed(self) -> None:
        window = self.window
        if window.pages.currentWidget() is window.lock_page or window.vault is None:
            self.vault = None
            self.holder.hide()
            return
        self.consider(window.vault)

    def consider(self, vault: Vault) -> None:
        """After an unlock: ask the service (off the GUI thread) whether to offer."""
        if vault in _looked_at or vault.unlock_seconds is None or vault.read_only:
            return
        _looked_at.add(vault)
        until = self.window.settings.retune_not_now_until(vault.vault_id, this_computer())
        if until is not None and date.today() < until:
            return

        def failed(exc: BaseException) -> None:
            log.warning("unlock speed not checked: %s", format_for_log(exc))

        run_op(
            lambda: vault_life.kdf_advice(vault),
            lambda advice: self._advised(vault, advice),
            failed,
            parent=self,
        )

    def _advised(self, vault: Vault, advice: object) -> None:
        if not isinstance(advice, KdfAdvice) or self.window.vault is not vault:
            return  # in range, or locked meanwhile
        self.vault = vault
        self._place()
        self.bar.say(advice)
        self.holder.show()

    def _place(self) -> None:
        """Right above the window's pages (under a read-only banner, if one shows)."""
        if self._placed:
            return
        self._placed = True
        central = self.window.centralWidget()
        layout = central.layout() if central is not None else None
        if isinstance(layout, QBoxLayout) and layout.indexOf(self.window.pages) >= 0:
            layout.insertWidget(layout.indexOf(self.window.pages), self.holder)
        else:  # no column to join: the status bar has room for it too
            self.window.statusBar().addWidget(self.holder, 1)

    def not_now(self) -> None:
        """Ask again in 30 days, for this vault on this computer."""
        vault = self.vault
        if vault is not None:
            until = date.today() + timedelta(days=RETUNE_NOT_NOW_DAYS)
            self.window.settings.set_retune_not_now_until(vault.vault_id, this_computer(), until)
        self.holder.hide()
        self.window.mentees.filter_edit.setFocus()

    def ask_retune(self) -> None:
        vault = self.vault
        if vault is None or self.window.vault is not vault:
            return
        dialog = RetuneDialog(vault, self.window)
        dialog.retuned.connect(lambda _s: self.holder.hide())
        self.dialog = dialog
        dialog.open()
