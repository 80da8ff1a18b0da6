"""A vault open on another computer: the in-use dialog, read-only, take-over, and a lock
taken over while the vault is open here."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.settings import AppSettings
from mentorapp.gui.sync.in_use import InUseDialog
from mentorapp.services import vault_life
from mentorapp.store.errors import VaultInUse, VaultOpenedReadOnly, VaultReadOnly
from mentorapp.store.keychain import Keychain
from mentorapp.store.layout import LOCK_NAME
from mentorapp.store.vault import Vault
from tests.conftest import PASSPHRASE, add_mentee_with_session
from tests.gui.a11y import unnamed_focusable
from tests.sync_helpers import ago, held_here_synced_there, rewrite_lock

SINCE = datetime(2026, 11, 30, 9, 5)


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


def in_use(stale: bool) -> VaultInUse:
    beat = datetime.now() - (timedelta(minutes=40) if stale else timedelta(seconds=20))
    return VaultInUse(
        "held", since=SINCE, host="desk-B", user="an", heartbeat=beat, stale=stale, elsewhere=True
    )


def test_live_holder_offers_read_only_and_no_take_over(qtbot: QtBot) -> None:
    dialog = InUseDialog(in_use(stale=False))
    qtbot.addWidget(dialog)
    dialog.show()
    assert (
        dialog.heading.text() == "This vault is open on desk-B (an) since 30 November 2026 09:05."
    )
    assert dialog.details["host"].text() == "desk-B"
    assert dialog.details["user"].text() == "an"
    assert dialog.take_over_button is None
    assert unnamed_focusable(dialog) == []
    dialog.read_only_button.click()
    assert dialog.choice() == "read_only"


def test_stale_holder_may_be_taken_over_after_confirming(qtbot: QtBot) -> None:
    dialog = InUseDialog(in_use(stale=True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "more than 5 minutes ago" in dialog.details["heartbeat"].text()
    assert dialog.take_over_button is not None
    assert unnamed_focusable(dialog) == []
    dialog.take_over_button.click()
    box = dialog.confirm_box
    assert "can then no longer save" in box.text() and "conflict copy" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.choice() is None and dialog.isVisible()  # cancelled: still asking
    dialog.take_over_button.click()
    dialog.confirm_box.buttons()[0].click()  # "Take over"
    assert dialog.choice() == "take_over"
    assert not dialog.isVisible()


def test_cancel_chooses_nothing(qtbot: QtBot) -> None:
    dialog = InUseDialog(in_use(stale=True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.cancel_button.click()
    assert dialog.choice() is None


@pytest.fixture
def folder(vault: Vault) -> Path:
    add_mentee_with_session(vault, "Zoë Van den Bossche", private="her notes")
    vault.close()
    return vault.folder


@pytest.fixture
def second_machine(tmp_path: Path) -> Iterator[Path]:
    """Machine A holds the vault open for writing; machine B's folder is what a sync tool
    made of it (the files and vault.lock copied: the OS lock does not travel)."""
    a, b = held_here_synced_there(tmp_path, "Zoë Van den Bossche", private="her notes")
    yield b
    a.close()


def _unlock(qtbot: QtBot, window: MainWindow) -> InUseDialog:
    unlock = window.unlock
    assert unlock is not None
    unlock.ui.passphraseEdit.setText(PASSPHRASE)
    unlock.unlock()
    qtbot.waitUntil(lambda: unlock.in_use_dialog is not None, timeout=20000)
    dialog = unlock.in_use_dialog
    assert isinstance(dialog, InUseDialog)
    assert f"open on {socket.gethostname()}" in unlock.ui.messageLabel.text()
    return dialog


def test_read_only_from_the_dialog_shows_the_banner_and_refuses_edits(
    qtbot: QtBot, second_machine: Path, settings: AppSettings, no_keychain: Keychain
) -> None:
    window = MainWindow(second_machine, settings, no_keychain)
    qtbot.addWidget(window)
    window.show()
    dialog = _unlock(qtbot, window)
    assert dialog.take_over_button is None  # machine A is alive
    before = (second_machine / LOCK_NAME).read_bytes()
    dialog.read_only_button.click()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=20000)
    wait_idle(qtbot)
    vault = window.vault
    assert vault is not None and vault.read_only
    banner = window.sync.banner
    assert banner.isVisible()
    host = socket.gethostname()
    assert banner.text().startswith(f"Read-only: this vault is open on {host}.")
    assert "Nothing you change can be saved" in banner.label.accessibleName()
    assert not window.menu.new_mentee.isEnabled()
    assert not window.mentees.new_button.isEnabled()
    assert not window.menu.backup.isEnabled()  # the writer there backs it up
    # A mentee opens to read; editing is off, and a write is refused by the vault.
    window.mentees.select(window.mentees.model.summary(0).id)
    qtbot.waitUntil(lambda: window.workspace.mentee_id is not None, timeout=10000)
    wait_idle(qtbot)
    QApplication.processEvents()
    assert window.menu.search.isEnabled()  # reading still works
    assert not window.menu.edit_mentee.isEnabled()
    assert not window.menu.new_session.isEnabled()
    assert not window.menu.erase.isEnabled()
    assert not window.workspace.overview.edit_button.isEnabled()
    assert not window.workspace.sessions.new_button.isEnabled()
    window.menu.sessions.trigger()
    QApplication.processEvents()
    notes = window.workspace.sessions.editor.private_notes.editor
    notes.setFocus()
    QApplication.processEvents()
    assert notes.isReadOnly()
    assert "her notes" in notes.toPlainText()  # still there to read and copy
    with pytest.raises(VaultOpenedReadOnly), vault.transaction():
        pass
    # Locking works (nothing unsaved), and the next unlock decides again.
    window.lock()
    wait_idle(qtbot)
    assert not window.sync.bar.isVisible()
    assert (second_machine / LOCK_NAME).read_bytes() == before  # A's lock untouched
    window.close()


def test_take_over_of_a_stale_lock_opens_for_writing(
    qtbot: QtBot, second_machine: Path, settings: AppSettings, no_keychain: Keychain
) -> None:
    rewrite_lock(second_machine, heartbeat=ago(10))  # A went quiet ten minutes ago
    window = MainWindow(second_machine, settings, no_keychain)
    qtbot.addWidget(window)
    window.show()
    dialog = _unlock(qtbot, window)
    assert dialog.take_over_button is not None
    assert "more than 5 minutes ago" in dialog.details["heartbeat"].text()
    dialog.take_over_button.click()
    dialog.confirm_box.buttons()[0].click()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=20000)
    wait_idle(qtbot)
    vault = window.vault
    assert vault is not None and not vault.read_only
    assert not window.sync.bar.isVisible()
    assert window.menu.new_mentee.isEnabled()
    holder = vault_life.lock_holder(second_machine)
    assert holder is not None and holder.pid == os.getpid()
    window.close()


def test_taken_over_while_open_turns_read_only_and_keeps_the_text(
    qtbot: QtBot,
    folder: Path,
    settings: AppSettings,
    no_keychain: Keychain,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault = vault_life.open_vault(folder, PASSPHRASE)
    window = MainWindow(folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    monkeypatch.setattr(window.workspace, "may_close", lambda: True)  # no question on quit
    window.show()
    wait_idle(qtbot)
    window.mentees.select(window.mentees.model.summary(0).id)
    qtbot.waitUntil(lambda: window.workspace.mentee_id is not None, timeout=10000)
    window.menu.sessions.trigger()
    notes = window.workspace.sessions.editor.private_notes.editor
    notes.setFocus()
    typed = "typed before the take-over "
    notes.insertPlainText(typed)
    wait_idle(qtbot)
    # Another machine took the lock over; the sync tool brings its lock file here.
    rewrite_lock(folder, host="laptop-b", pid=4242, token="d" * 32, heartbeat=ago(0), since=ago(0))
    notes.insertPlainText("and after it")
    window.sync._beat()  # the heartbeat check (every 30 s) notices it
    qtbot.waitUntil(lambda: window.sync.taken_box is not None, timeout=20000)
    box = window.sync.taken_box
    assert box is not None and box.isVisible()
    assert "laptop-b took this vault over" in box.text()
    assert window.sync.read_only and window.sync.bar.isVisible()
    assert "laptop-b took this vault over" in window.sync.banner.text()
    assert notes.isReadOnly() and typed + "and after it" in notes.toPlainText()
    assert not window.menu.new_mentee.isEnabled()
    box.accept()
    # The unsaved text cannot be saved: an asked lock asks before it goes.
    QTimer.singleShot(0, lambda: _answer(QMessageBox.StandardButton.Cancel))
    window.lock()
    assert window.vault is vault
    QTimer.singleShot(0, lambda: _answer(QMessageBox.StandardButton.Discard))
    window.lock()
    wait_idle(qtbot)
    assert window.vault is None
    window.close()


def _answer(button: QMessageBox.StandardButton) -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.button(button).click()
            return


def test_an_automatic_lock_keeps_unsaved_text_of_a_read_only_window(
    qtbot: QtBot, folder: Path, settings: AppSettings, no_keychain: Keychain
) -> None:
    from mentorapp.gui.lock import LockReason

    vault = Vault.open(folder, PASSPHRASE, read_only=True)
    window = MainWindow(folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot)
    assert window.sync.read_only
    saved: list[Any] = []
    window.workspace.save_pending = lambda: saved.append(1) or False  # type: ignore[method-assign]
    window.workspace.save_or_warn = lambda: False  # type: ignore[method-assign]
    window.lock(LockReason.IDLE)
    assert window.vault is vault  # the text on screen is not thrown away
    window.workspace.save_pending = lambda: True  # type: ignore[method-assign]
    window.lock(LockReason.ASKED)
    wait_idle(qtbot)
    assert window.vault is None
    window.close()


def tab_stops(dialog: QWidget, presses: int = 12) -> list[QWidget]:
    """Where Tab goes in ``dialog``, from its focus widget on."""
    seen = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None and dialog.isAncestorOf(focused)
        seen.append(focused)
        QtBot.keyClick(focused, Qt.Key.Key_Tab)
        QApplication.processEvents()
    return seen


def test_tab_goes_round_the_in_use_dialog(qtbot: QtBot) -> None:
    dialog = InUseDialog(in_use(stale=True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.read_only_button.setFocus()
    QApplication.processEvents()
    stops = tab_stops(dialog)
    assert dialog.take_over_button in stops and dialog.cancel_button in stops
    assert stops.count(dialog.read_only_button) >= 2  # round, never trapped


def test_a_key_from_the_keychain_asks_too_and_opens_read_only(
    qtbot: QtBot, second_machine: Path, settings: AppSettings
) -> None:
    from mentorapp.gui.unlock import UnlockWidget
    from mentorapp.services.vault_files import vault_id_of
    from tests.store.test_keychain import DictSecretService

    keychain = Keychain(DictSecretService())
    reader = Vault.open(second_machine, PASSPHRASE, read_only=True)
    vault_id, key = reader.vault_id, reader.data_key
    reader.close()
    assert vault_id_of(second_machine) == vault_id
    assert keychain.store(vault_id, key)
    settings.set_use_keychain(vault_id, True)
    widget = UnlockWidget(second_machine, settings, keychain)
    qtbot.addWidget(widget)
    widget.show()
    opened: list[Vault] = []
    widget.unlocked.connect(opened.append)
    assert widget.try_keychain()
    qtbot.waitUntil(lambda: widget.in_use_dialog is not None, timeout=20000)
    dialog = widget.in_use_dialog
    assert isinstance(dialog, InUseDialog)
    dialog.read_only_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert opened[0].read_only and widget.in_use is not None
    opened[0].close()
    wait_idle(qtbot)


def test_a_vault_opened_read_only_says_why_it_cannot_save() -> None:
    """Not 'check the permissions' (that is a read-only disk): it is open elsewhere."""
    from mentorapp.gui.i18n import error_message

    opened = error_message(VaultOpenedReadOnly("x"))
    assert "another computer" in opened
    assert opened != error_message(VaultReadOnly("x"))
