"""Vault-level flows in the GUI: recovery key, restore, export, titles, keychain unlock."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mentorapp.gui import i18n
from mentorapp.gui.app import Controller
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.settings import AppSettings
from mentorapp.gui.unlock import RecoveryDialog, UnlockWidget, UnlockWindow
from mentorapp.store import backup
from mentorapp.store.keychain import Keychain
from mentorapp.store.repositories import ExportLogRepository, MenteeRepository
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


def test_recovery_key_unlocks_and_sets_a_new_passphrase(
    qtbot: QtBot, tmp_path: Path, fast_kdf: None
) -> None:
    folder = tmp_path / "v.mentorvault"
    vault, recovery = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    dialog = RecoveryDialog(folder)
    qtbot.addWidget(dialog)
    dialog.key_edit.setPlainText("0000" * 16)
    dialog.new_edit.setText("a new passphrase now")
    dialog.repeat_edit.setText("a new passphrase now")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.message.isHidden(), timeout=10000)
    assert "recovery key does not open" in dialog.message.text()
    dialog.key_edit.setPlainText(recovery.lower().replace("-", " "))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=10000)
    assert dialog.vault is not None
    dialog.vault.close()
    Vault.open(folder, "a new passphrase now").close()


def test_keychain_remembers_and_unlocks_without_typing(
    qtbot: QtBot, vault: Vault, settings: AppSettings
) -> None:
    from tests.store.test_keychain import DictSecretService as MemorySecretService

    keychain = Keychain(MemorySecretService())
    folder = vault.folder
    vault.close()
    widget = UnlockWidget(folder, settings, keychain)
    qtbot.addWidget(widget)
    assert widget.ui.rememberCheck.isEnabled()
    widget.ui.rememberCheck.setChecked(True)
    widget.ui.passphraseEdit.setText(PASSPHRASE)
    opened: list[Vault] = []
    widget.unlocked.connect(opened.append)
    widget.unlock()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    wait_idle(qtbot)  # the key is stored off the GUI thread
    opened[0].close()
    again = UnlockWidget(folder, settings, keychain)
    qtbot.addWidget(again)
    reopened: list[Vault] = []
    again.unlocked.connect(reopened.append)
    assert again.try_keychain()
    qtbot.waitUntil(lambda: bool(reopened), timeout=10000)
    reopened[0].close()


def test_restore_from_the_app_keeps_the_current_vault_aside(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    add_mentee_with_session(vault, "An Peeters")
    made = backup.make_backup(vault)
    add_mentee_with_session(vault, "Added After Backup")
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.restore_from(made.path, PASSPHRASE)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=20000)
    wait_idle(qtbot)
    assert window.vault is not None
    with window.vault.reading() as s:
        names = [m.full_name for m in MenteeRepository(s).all()]
    assert names == ["An Peeters"]
    asides = [
        b for b in backup.list_backups(vault.folder / "backups") if b.label == "before-restore"
    ]
    assert len(asides) == 1
    window.close()


def test_export_data_from_the_mentee_menu_is_logged(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain, tmp_path: Path
) -> None:
    mentee = add_mentee_with_session(vault, private="PRIVATE-GUI-CANARY", shared="gedeeld")
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.open_mentee(int(mentee))
    out = tmp_path / "export.json"
    window.exports.export_data_to(out, include_private=False)
    wait_idle(qtbot)
    text = out.read_text(encoding="utf-8")
    assert "PRIVATE-GUI-CANARY" not in text and json.loads(text)["mentee"]["id"] == mentee
    with vault.reading() as s:
        (record,) = ExportLogRepository(s).for_mentee(mentee)
    assert record.what == "data-json" and len(record.file_sha256) == 64
    assert "Data export (JSON)" in window.workspace.overview.values["exports"].text()
    window.close()


def _top_level_titles() -> list[str]:
    return [
        w.windowTitle() for w in QApplication.topLevelWidgets() if w.isWindow() and w.isVisible()
    ]


def test_every_top_level_window_title_names_mentorapp(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    from mentorapp.gui.create_vault import CreateVaultDialog, RecoveryKeyDialog
    from mentorapp.gui.erase_dialog import EraseDialog
    from mentorapp.gui.mentee_dialog import MenteeDialog
    from mentorapp.gui.search_popup import SearchPopup
    from mentorapp.gui.settings_dialog import SettingsDialog
    from mentorapp.gui.welcome import WelcomeWindow

    for language in ("en", "nl"):
        i18n.install(language)
        windows: list[QWidget] = [
            WelcomeWindow([], language),
            MainWindow(vault.folder, settings, no_keychain),
            CreateVaultDialog(language),
            RecoveryKeyDialog(vault.folder, "ABCD-" * 15 + "ABCD"),
            RecoveryDialog(vault.folder),
            MenteeDialog(),
            EraseDialog(1, "X"),
            SearchPopup(vault),
            SettingsDialog(settings, no_keychain, None, None),
        ]
        for window in windows:
            qtbot.addWidget(window)
            window.show()
        titles = _top_level_titles()
        assert len(titles) >= len(windows)
        assert [t for t in titles if "Mentorapp" not in t] == []
        for window in windows:
            window.close()


def test_controller_starts_with_welcome_then_remembers_the_vault(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    controller = Controller(settings, no_keychain)
    first = controller.start()
    qtbot.addWidget(first)
    assert first is controller.welcome
    settings.remember_vault(vault.folder)
    assert settings.recent_vaults == [vault.folder]
    settings.sync()
    raw = Path(settings._s.fileName()).read_text(encoding="utf-8")
    assert str(vault.folder) in raw and "Zoë" not in raw
    vault.close()  # one writer per vault: the app below unlocks it again
    controller = Controller(settings, no_keychain)
    second = controller.start()  # deletes itself on close
    assert isinstance(second, UnlockWindow)  # asks to unlock, in a window of its own
    assert "Mentorapp" in second.windowTitle()
    second.unlock.ui.passphraseEdit.setText(PASSPHRASE)
    second.unlock.unlock()
    qtbot.waitUntil(lambda: bool(controller.windows), timeout=20000)
    main = controller.windows[-1]
    assert isinstance(main, MainWindow) and main.vault is not None
    main.close()
