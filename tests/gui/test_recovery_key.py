"""The recovery key can be shown again, but only to whoever types the passphrase again."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from mentorapp.gui import key_flows
from mentorapp.gui.create_vault import RecoveryKeyDialog
from mentorapp.gui.i18n import error_message
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.settings import AppSettings
from mentorapp.store.errors import WrongPassphrase
from mentorapp.store.keychain import Keychain
from mentorapp.store.vault import Vault
from tests.conftest import PASSPHRASE


def test_show_recovery_key_asks_the_passphrase_and_shows_the_vaults_key(
    qtbot: QtBot,
    vault: Vault,
    settings: AppSettings,
    no_keychain: Keychain,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    assert window.menu.recovery.isEnabled()
    warnings: list[str] = []
    monkeypatch.setattr(
        key_flows.QMessageBox, "warning", lambda _p, _t, text: warnings.append(text)
    )

    window.recovery.show_for(vault, "not the passphrase at all")
    qtbot.waitUntil(lambda: running_count() == 0 and bool(warnings), timeout=10000)
    assert window.recovery.dialog is None
    assert warnings == [error_message(WrongPassphrase())]

    window.recovery.show_for(vault, "too short")  # the 12-character minimum is for new ones
    qtbot.waitUntil(lambda: running_count() == 0 and len(warnings) == 2, timeout=10000)
    assert warnings[1] == error_message(WrongPassphrase())

    window.recovery.show_for(vault, PASSPHRASE)
    qtbot.waitUntil(lambda: window.recovery.dialog is not None, timeout=10000)
    dialog = window.recovery.dialog
    assert isinstance(dialog, RecoveryKeyDialog)
    assert dialog.recovery_key == vault.recovery_key()
    shown = dialog.key_label.text().replace("  ", "-").replace("\n", "-")
    assert shown == vault.recovery_key()
    assert dialog.continue_button.isEnabled()  # shown again: nothing to confirm
    dialog.close()
    window.close()
