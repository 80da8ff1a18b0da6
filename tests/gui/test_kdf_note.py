"""After an unlock outside 0.3-1.5 s the window offers to re-tune it (issue 15).

The durations are injected (a fake KDF clock, or the vault's ``unlock_seconds``), and
the calibration is faked: no real time is measured or asserted here.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentorapp.gui.kdf_note import RetuneDialog, seconds_text
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.settings import RETUNE_NOT_NOW_DAYS, AppSettings, this_computer
from mentorapp.services import vault_life
from mentorapp.store import keyfile
from mentorapp.store.keychain import Keychain
from mentorapp.store.keyfile import KdfParams, KeyFile
from mentorapp.store.vault import Vault, key_path
from tests.conftest import PASSPHRASE
from tests.gui.a11y import unnamed_focusable
from tests.services.kdf_fakes import RETUNED_KDF, fake_kdf_clock


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


@pytest.fixture(autouse=True)
def _low_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The test vaults' cheap KDF is below the real floor; put the floor below it, so a
    slow unlock is worth re-tuning (a vault at the floor is not: see the services tests)."""
    monkeypatch.setattr(vault_life, "MIN_KDF", KdfParams(memory_kib=512, time_cost=1))


@pytest.fixture
def slow_kdf_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every timed key derivation in Vault.open takes 2.4 s."""
    fake_kdf_clock(monkeypatch, 2.4)
    yield


@pytest.fixture
def fake_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyfile, "calibrate_kdf", lambda *a, **k: RETUNED_KDF)


def unlock_in(qtbot: QtBot, window: MainWindow) -> Vault:
    assert window.unlock is not None
    window.unlock.ui.passphraseEdit.setText(PASSPHRASE)
    window.unlock.unlock()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=20000)
    wait_idle(qtbot)
    assert window.vault is not None
    return window.vault


def locked_window(
    qtbot: QtBot, folder: Path, settings: AppSettings, keychain: Keychain
) -> MainWindow:
    window = MainWindow(folder, settings, keychain)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_slow_unlock_shows_the_note_and_not_now_is_remembered(
    qtbot: QtBot,
    vault: Vault,
    settings: AppSettings,
    no_keychain: Keychain,
    slow_kdf_clock: None,
) -> None:
    folder = vault.folder
    vault.close()
    window = locked_window(qtbot, folder, settings, no_keychain)
    opened = unlock_in(qtbot, window)
    assert opened.unlock_seconds == pytest.approx(2.4)
    note = window.kdf_note
    qtbot.waitUntil(lambda: note.shown, timeout=10000)
    assert note.bar.text() == (
        "Unlocking took 2.4 s on this computer. Re-tune it so it takes about half a second"
        " (same passphrase, same data)?"
    )
    assert note.bar.label.accessibleName() == note.bar.text()  # read out as it appears
    assert note.bar.isVisibleTo(window)
    assert note.holder.parent() is window.centralWidget()  # above the pages, not hidden away
    assert unnamed_focusable(note.bar) == []
    assert note.bar.retune_button.accessibleName() and note.bar.not_now_button.accessibleName()
    assert window.mentees.filter_edit.isEnabled()

    note.bar.not_now_button.click()
    assert not note.shown
    until = settings.retune_not_now_until(opened.vault_id, this_computer())
    assert until == date.today() + timedelta(days=RETUNE_NOT_NOW_DAYS)
    assert settings.retune_not_now_until(opened.vault_id, "another-computer") is None

    window.lock()
    wait_idle(qtbot)
    again = unlock_in(qtbot, window)
    assert again.unlock_seconds == pytest.approx(2.4)
    wait_idle(qtbot)
    assert not note.shown  # "Not now" holds for 30 days
    window.close()


def test_not_now_runs_out_after_30_days(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    settings.set_retune_not_now_until(vault.vault_id, this_computer(), date.today())
    vault.unlock_seconds = 2.4  # injected, as a passphrase unlock would have measured
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.kdf_note.shown, timeout=10000)
    window.close()


def test_a_quick_unlock_is_offered_too_and_a_normal_one_is_not(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    vault.unlock_seconds = 0.8
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    assert not window.kdf_note.shown
    window.close()
    with vault_life.open_vault(vault.folder, PASSPHRASE) as quick:
        quick.unlock_seconds = 0.12
        other = MainWindow(quick.folder, settings, no_keychain, vault=quick)
        qtbot.addWidget(other)
        qtbot.waitUntil(lambda: other.kdf_note.shown, timeout=10000)
        assert "took only 0.12 s" in other.kdf_note.bar.text()
        other.detach_vault()
        other.close()


def test_no_note_for_a_read_only_vault_nor_a_keychain_unlock(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    read_only = vault_life.open_read_only(vault.folder, PASSPHRASE)  # beside the writer
    read_only.unlock_seconds = 2.4
    window = MainWindow(vault.folder, settings, no_keychain, vault=read_only)
    qtbot.addWidget(window)
    wait_idle(qtbot)
    assert window.sync.read_only  # the read-only banner shows instead
    assert not window.kdf_note.shown
    window.close()
    assert vault.unlock_seconds is None  # made (or opened by key): no KDF ran
    other = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(other)
    wait_idle(qtbot)
    assert not other.kdf_note.shown
    other.detach_vault()
    other.close()


def test_retune_asks_the_passphrase_and_says_the_new_time(
    qtbot: QtBot,
    vault: Vault,
    settings: AppSettings,
    no_keychain: Keychain,
    fake_calibration: None,
) -> None:
    data_key = vault.data_key
    vault.unlock_seconds = 2.4
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.show()
    note = window.kdf_note
    qtbot.waitUntil(lambda: note.shown, timeout=10000)

    note.bar.retune_button.click()
    dialog = note.dialog
    assert isinstance(dialog, RetuneDialog) and dialog.isVisible()
    assert unnamed_focusable(dialog) == []
    assert dialog.passphrase_edit.echoMode() == dialog.passphrase_edit.EchoMode.Password

    dialog.ok_button.click()  # nothing typed
    assert dialog.message.text() == "Type your passphrase."

    dialog.passphrase_edit.setText("not the passphrase at all")
    dialog.ok_button.click()
    assert dialog.passphrase_edit.text() == ""  # not kept while the re-tune runs
    wait_idle(qtbot)
    assert "passphrase" in dialog.message.text().lower() and dialog.done_seconds is None
    assert KeyFile.load(key_path(vault.folder)).params != RETUNED_KDF  # nothing written
    assert note.shown

    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.ok_button.click()
    wait_idle(qtbot)
    assert dialog.done_seconds is not None
    assert dialog.message.text() == (
        f"Done: unlocking now takes {seconds_text(dialog.done_seconds)} s on this computer."
    )
    assert dialog.message.accessibleName() == dialog.message.text()
    assert dialog.ok_button.text() == "&Close"
    assert not note.shown
    assert KeyFile.load(key_path(vault.folder)).params == RETUNED_KDF
    assert vault.data_key == data_key
    dialog.ok_button.click()
    assert not dialog.isVisible()
    window.close()
