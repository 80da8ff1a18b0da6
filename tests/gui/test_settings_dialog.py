"""Settings dialog: the coach changes preferences, remembers a vault, picks a backup folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from pathlib import Path

import keyring.backends.fail
import keyring.backends.SecretService
import keyring.errors
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from mentorapp.gui.ops import running_count
from mentorapp.gui.settings import AppSettings
from mentorapp.gui.settings_dialog import SettingsDialog
from mentorapp.store.errors import VaultLocked
from mentorapp.store.keychain import SERVICE, Keychain
from tests.store.test_keychain import DictSecretService

VAULT = "vault-5678"
KEY = bytes(range(32, 64))


# The trusted in-memory keychain double the keychain tests define (no D-Bus).
MemorySecretService = DictSecretService


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def settings(ini: Path) -> AppSettings:
    s = AppSettings(ini)
    s.language = "en"
    s.auto_lock_minutes = 15
    s.backup_keep = 7
    s.coach_name = "An Peeters"
    s.coach_organisation = "Loopbaanhuis Gent"
    s.sync()
    return s


@pytest.fixture
def backend() -> MemorySecretService:
    return MemorySecretService()


@pytest.fixture
def make_dialog(
    qtbot: QtBot, settings: AppSettings, backend: MemorySecretService
) -> Callable[..., SettingsDialog]:
    def make(
        vault_id: str | None = VAULT,
        keychain: Keychain | None = None,
        provider: Callable[[], bytes] | None = lambda: KEY,
    ) -> SettingsDialog:
        dialog = SettingsDialog(
            settings, keychain or Keychain(backend), vault_id, provider if vault_id else None
        )
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def reread(ini: Path) -> AppSettings:
    """The settings as a fresh start of the app would read them from disk."""
    return AppSettings(ini)


def press(qtbot: QtBot, dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    """Click ``which``, then wait for the keychain, which is asked off the GUI thread."""
    button = dialog.ui.buttonBox.button(which)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: running_count() == 0, timeout=10000)
    qtbot.waitUntil(dialog.ui.buttonBox.isEnabled, timeout=10000)


OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel


def stored(ini: Path) -> tuple[object, ...]:
    s = reread(ini)
    return (
        s.auto_lock_minutes,
        s.language,
        s.backup_keep,
        s.backup_folder(VAULT),
        s.coach_name,
        s.coach_organisation,
        s.use_keychain(VAULT),
        s.career_check_months,
    )


# --- loading and saving -------------------------------------------------------------


def test_current_values_are_shown(
    make_dialog: Callable[..., SettingsDialog], settings: AppSettings, tmp_path: Path
) -> None:
    settings.set_backup_folder(VAULT, tmp_path / "usb")
    dialog = make_dialog()
    assert dialog.ui.autoLockSpin.value() == 15
    assert dialog.ui.languageCombo.currentData() == "en"
    assert dialog.ui.backupKeepSpin.value() == 7
    assert dialog.ui.backupFolderEdit.text() == str(tmp_path / "usb")
    assert dialog.ui.coachNameEdit.text() == "An Peeters"
    assert dialog.ui.coachOrganisationEdit.text() == "Loopbaanhuis Gent"
    assert dialog.ui.rememberCheck.isEnabled()
    assert not dialog.ui.rememberCheck.isChecked()


def test_ok_saves_every_value(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog], ini: Path, tmp_path: Path
) -> None:
    dialog = make_dialog()
    target = tmp_path / "backups elsewhere" / "mentorapp"  # does not exist yet: made on OK
    dialog.ui.autoLockSpin.setValue(0)
    assert dialog.ui.autoLockSpin.text() == "Never"
    dialog.ui.backupKeepSpin.setValue(30)
    dialog.ui.backupFolderEdit.clear()
    qtbot.keyClicks(dialog.ui.backupFolderEdit, str(target))
    dialog.ui.coachNameEdit.setText("Zoë Van den Bossche")  # QTest types ASCII only
    dialog.ui.coachOrganisationEdit.clear()
    qtbot.keyClicks(dialog.ui.coachOrganisationEdit, "VDAB")
    assert dialog.ui.careerCheckSpin.value() == 6  # the default: twice a year
    dialog.ui.careerCheckSpin.setValue(1)
    assert dialog.ui.careerCheckSpin.text() == "1 month"
    dialog.ui.careerCheckSpin.setValue(3)
    assert dialog.ui.careerCheckSpin.text() == "3 months"

    with qtbot.waitSignal(dialog.settings_changed, timeout=1000):
        press(qtbot, dialog, OK)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert target.is_dir()
    assert stored(ini) == (0, "en", 30, target, "Zoë Van den Bossche", "VDAB", False, 3)
    assert reread(ini).career_check_days == 91  # what the dashboard query gets


def test_the_career_check_interval_defaults_to_six_months_and_stays_in_range(
    ini: Path,
) -> None:
    fresh = reread(ini)
    assert (fresh.career_check_months, fresh.career_check_days) == (6, 182)
    fresh.career_check_months = 0
    assert fresh.career_check_months == 1
    fresh.career_check_months = 400
    assert fresh.career_check_months == 36


def test_empty_backup_folder_means_the_vaults_own(
    qtbot: QtBot,
    make_dialog: Callable[..., SettingsDialog],
    settings: AppSettings,
    ini: Path,
    tmp_path: Path,
) -> None:
    settings.set_backup_folder(VAULT, tmp_path / "old")
    dialog = make_dialog()
    assert dialog.ui.backupFolderEdit.placeholderText()
    dialog.ui.backupFolderEdit.clear()
    press(qtbot, dialog, OK)
    assert reread(ini).backup_folder(VAULT) is None


def test_cancel_changes_nothing(
    qtbot: QtBot,
    make_dialog: Callable[..., SettingsDialog],
    ini: Path,
    backend: MemorySecretService,
    tmp_path: Path,
) -> None:
    before = stored(ini)
    dialog = make_dialog()
    dialog.ui.autoLockSpin.setValue(60)
    dialog.ui.rememberCheck.setChecked(True)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("nl"))
    dialog.ui.backupFolderEdit.setText(str(tmp_path / "never made"))
    dialog.ui.backupKeepSpin.setValue(99)
    dialog.ui.careerCheckSpin.setValue(12)
    dialog.ui.coachNameEdit.setText("Someone else")

    with (
        qtbot.assertNotEmitted(dialog.settings_changed),
        qtbot.assertNotEmitted(dialog.language_changed),
    ):
        press(qtbot, dialog, CANCEL)

    assert dialog.result() == QDialog.DialogCode.Rejected
    assert stored(ini) == before
    assert backend.secrets == {}
    assert not (tmp_path / "never made").exists()


# --- keychain -----------------------------------------------------------------------


def test_switching_keychain_on_stores_the_key(
    qtbot: QtBot,
    make_dialog: Callable[..., SettingsDialog],
    ini: Path,
    backend: MemorySecretService,
) -> None:
    dialog = make_dialog()
    qtbot.mouseClick(dialog.ui.rememberCheck, Qt.MouseButton.LeftButton)
    assert dialog.ui.rememberCheck.isChecked()
    press(qtbot, dialog, OK)
    assert backend.secrets == {(SERVICE, VAULT): KEY.hex()}
    assert reread(ini).use_keychain(VAULT) is True


def test_switching_keychain_off_forgets_the_key(
    qtbot: QtBot,
    make_dialog: Callable[..., SettingsDialog],
    settings: AppSettings,
    ini: Path,
    backend: MemorySecretService,
) -> None:
    settings.set_use_keychain(VAULT, True)
    Keychain(backend).store(VAULT, KEY)
    dialog = make_dialog()
    assert dialog.ui.rememberCheck.isChecked()
    qtbot.mouseClick(dialog.ui.rememberCheck, Qt.MouseButton.LeftButton)
    press(qtbot, dialog, OK)
    assert backend.secrets == {}
    assert reread(ini).use_keychain(VAULT) is False


def test_keychain_refusing_the_key_is_said_and_nothing_saved(
    qtbot: QtBot,
    make_dialog: Callable[..., SettingsDialog],
    ini: Path,
    backend: MemorySecretService,
) -> None:
    before = stored(ini)
    dialog = make_dialog()
    backend.locked = True
    dialog.ui.rememberCheck.setChecked(True)
    dialog.ui.autoLockSpin.setValue(1)
    with qtbot.assertNotEmitted(dialog.settings_changed):
        press(qtbot, dialog, OK)
    assert dialog.isVisible()
    assert dialog.ui.messageLabel.isVisible()
    assert "keychain" in dialog.ui.messageLabel.text()
    assert stored(ini) == before


def test_locked_vault_cannot_be_remembered(
    qtbot: QtBot,
    make_dialog: Callable[..., SettingsDialog],
    ini: Path,
    backend: MemorySecretService,
) -> None:
    def locked() -> bytes:
        raise VaultLocked

    dialog = make_dialog(provider=locked)
    dialog.ui.rememberCheck.setChecked(True)
    press(qtbot, dialog, OK)
    assert dialog.isVisible()
    assert dialog.ui.messageLabel.text() == "The vault is locked."
    assert backend.secrets == {}
    assert reread(ini).use_keychain(VAULT) is False


def test_no_trusted_keychain_disables_the_box_and_says_why(
    make_dialog: Callable[..., SettingsDialog],
) -> None:
    dialog = make_dialog(keychain=Keychain(keyring.backends.fail.Keyring()))
    assert not dialog.ui.rememberCheck.isEnabled()
    assert "keychain" in dialog.ui.rememberCheck.toolTip()


def test_without_an_open_vault_per_vault_settings_are_off(
    qtbot: QtBot,
    make_dialog: Callable[..., SettingsDialog],
    ini: Path,
    backend: MemorySecretService,
) -> None:
    dialog = make_dialog(vault_id=None)
    for widget in (dialog.ui.rememberCheck, dialog.ui.backupFolderEdit, dialog.ui.browseButton):
        assert not widget.isEnabled()
        assert "vault" in widget.toolTip()
    dialog.ui.autoLockSpin.setValue(30)
    press(qtbot, dialog, OK)
    assert reread(ini).auto_lock_minutes == 30
    assert backend.secrets == {}


# --- language -----------------------------------------------------------------------


def test_language_change_is_saved_and_announced(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog], ini: Path
) -> None:
    dialog = make_dialog()
    dialog.ui.languageCombo.setFocus()
    qtbot.keyClick(dialog.ui.languageCombo, Qt.Key.Key_Up)  # English -> Nederlands
    assert dialog.ui.languageCombo.currentData() == "nl"
    with qtbot.waitSignal(dialog.language_changed, timeout=1000) as blocker:
        press(qtbot, dialog, OK)
    assert blocker.args == ["nl"]
    assert reread(ini).language == "nl"


def test_unchanged_language_is_not_announced(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog]
) -> None:
    dialog = make_dialog()
    with qtbot.assertNotEmitted(dialog.language_changed):
        press(qtbot, dialog, OK)
    assert dialog.result() == QDialog.DialogCode.Accepted


# --- backup folder validation -------------------------------------------------------


def test_backup_folder_under_a_file_is_refused(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog], ini: Path, tmp_path: Path
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder", encoding="utf-8")
    before = stored(ini)
    dialog = make_dialog()
    dialog.ui.coachNameEdit.setText("Changed")
    dialog.ui.backupFolderEdit.setText(str(a_file / "backups"))
    with qtbot.assertNotEmitted(dialog.settings_changed):
        press(qtbot, dialog, OK)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    message = dialog.ui.messageLabel
    assert message.isVisible()
    assert str(a_file / "backups") in message.text()
    assert "cannot create or write" in message.text()
    assert stored(ini) == before


def test_relative_backup_folder_is_refused(
    qtbot: QtBot, make_dialog: Callable[..., SettingsDialog], ini: Path
) -> None:
    before = stored(ini)
    dialog = make_dialog()
    dialog.ui.backupFolderEdit.setText("backups")
    press(qtbot, dialog, OK)
    assert dialog.isVisible()
    assert dialog.ui.messageLabel.isVisible()
    assert stored(ini) == before


# --- accessibility ------------------------------------------------------------------


def test_every_input_has_a_mnemonic_label_or_text_and_an_accessible_name(
    make_dialog: Callable[..., SettingsDialog],
) -> None:
    dialog = make_dialog()
    ui = dialog.ui
    inputs: list[QWidget] = [
        ui.autoLockSpin,
        ui.rememberCheck,
        ui.languageCombo,
        ui.backupFolderEdit,
        ui.backupKeepSpin,
        ui.coachNameEdit,
        ui.coachOrganisationEdit,
    ]
    buddies = {label.buddy(): label for label in dialog.findChildren(QLabel) if label.buddy()}
    mnemonics: list[str] = []
    for widget in inputs:
        assert widget.accessibleName(), widget.objectName()
        text = widget.text() if isinstance(widget, QCheckBox) else buddies[widget].text()
        assert "&" in text, widget.objectName()
        mnemonics.append(text[text.index("&") + 1].lower())
    assert len(set(mnemonics)) == len(mnemonics)


def test_logo_for_pdfs_is_checked_and_saved(qtbot: QtBot, tmp_path: Path) -> None:
    from mentorapp.gui.settings import AppSettings
    from mentorapp.gui.settings_dialog import SettingsDialog
    from mentorapp.store.keychain import Keychain

    settings = AppSettings(tmp_path / "s.ini")
    dialog = SettingsDialog(settings, Keychain(keyring.backends.fail.Keyring()), None, None)
    qtbot.addWidget(dialog)
    dialog.ui.logoEdit.setText(str(tmp_path / "missing.png"))
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and settings.logo_path is None
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")  # a PNG header, no image: the PDF would drop it
    dialog.ui.logoEdit.setText(str(logo))
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and settings.logo_path is None
    QImage(20, 6, QImage.Format.Format_RGB32).save(str(logo))
    dialog.accept()
    assert settings.logo_path == logo


def test_an_unknown_keychain_is_asked_off_the_gui_thread(
    qtbot: QtBot,
    settings: AppSettings,
    backend: MemorySecretService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The Settings dialog opens at once; the keychain is found and asked behind it."""
    import threading

    from mentorapp.services import vault_files

    threads: list[str] = []

    class Found(Keychain):
        def __init__(self, _given: object = None) -> None:
            threads.append(threading.current_thread().name)
            super().__init__(backend)

    monkeypatch.setattr(vault_files, "OSKeychain", Found)
    dialog = SettingsDialog(settings, vault_files.Keychain(), VAULT, lambda: KEY)
    qtbot.addWidget(dialog)
    assert not dialog.ui.rememberCheck.isEnabled()  # not known yet: asked in the back
    qtbot.waitUntil(lambda: running_count() == 0, timeout=10000)
    qtbot.waitUntil(dialog.ui.rememberCheck.isEnabled, timeout=10000)
    assert threads and "MainThread" not in threads
