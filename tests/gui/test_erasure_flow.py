"""Erasing from the window: the backups are purged too, and a restore keeps them erased."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from mentorapp.gui import erase_dialog
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.settings import AppSettings
from mentorapp.services import mentees, vault_life
from mentorapp.store.errors import EraseIncomplete
from mentorapp.store.keychain import Keychain
from mentorapp.store.vault import Vault
from tests.conftest import PASSPHRASE, add_mentee_with_session
from tests.store.plaintext import files_in, holding

CANARY = "ERASE-FLOW-CANARY"


class Confirmed(erase_dialog.EraseDialog):
    def exec(self) -> int:
        assert self.purge_check.isChecked()  # purging the backups is the default
        self.confirm.setText(self.word)
        return 1


def _window(qtbot: QtBot, vault: Vault, settings: AppSettings, keychain: Keychain) -> MainWindow:
    window = MainWindow(vault.folder, settings, keychain, vault=vault)
    qtbot.addWidget(window)
    return window


def test_erase_purges_the_backups_and_a_restore_does_not_bring_the_mentee_back(
    qtbot: QtBot,
    vault: Vault,
    settings: AppSettings,
    no_keychain: Keychain,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gone = add_mentee_with_session(vault, "Gone Mentee", private=CANARY)
    kept = add_mentee_with_session(vault, "Kept Mentee", private="blijft")
    made = vault_life.back_up(vault, vault_life.BackupPolicy()).value
    key = vault.data_key
    assert holding(files_in(made.path.parent), key, CANARY)  # the backup holds it now

    window = _window(qtbot, vault, settings, no_keychain)
    window.open_mentee(gone)
    monkeypatch.setattr(erase_dialog, "EraseDialog", Confirmed)
    window.erase_mentee()
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)
    assert "Removed from 1 backup." in window.statusBar().currentMessage()
    assert holding(files_in(made.path.parent), key, CANARY) == []

    window.restore_from(made.path, PASSPHRASE)
    qtbot.waitUntil(lambda: window.vault is not None and running_count() == 0, timeout=20000)
    assert window.vault is not None
    assert [m.id for m in mentees.summaries(window.vault)] == [kept]
    window.close()


def test_an_erasure_kept_from_wiping_offers_to_finish_it(
    qtbot: QtBot,
    vault: Vault,
    settings: AppSettings,
    no_keychain: Keychain,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mentee = add_mentee_with_session(vault, "Reader Blocked")
    window = _window(qtbot, vault, settings, no_keychain)
    window.open_mentee(mentee)
    real_erase = vault_life.erase_mentees

    def erased_but_not_wiped(*args: object, **kwargs: object) -> object:
        real_erase(*args, **kwargs)  # type: ignore[arg-type]
        raise EraseIncomplete("a reader holds the file")

    finished: list[Vault] = []
    asked: list[str] = []
    monkeypatch.setattr(vault_life, "erase_mentees", erased_but_not_wiped)
    monkeypatch.setattr(vault_life, "finish_erasure", finished.append)
    monkeypatch.setattr(erase_dialog, "EraseDialog", Confirmed)
    monkeypatch.setattr(
        erase_dialog.QMessageBox,
        "warning",
        lambda _p, _t, text, *_a: (
            asked.append(text) or erase_dialog.QMessageBox.StandardButton.Retry
        ),
    )
    window.erase_mentee()
    qtbot.waitUntil(lambda: bool(finished) and running_count() == 0, timeout=20000)
    assert "could not be wiped" in asked[0]
    assert finished == [vault]
    qtbot.waitUntil(lambda: window.mentees.model.rowCount() == 0, timeout=10000)
    window.close()
