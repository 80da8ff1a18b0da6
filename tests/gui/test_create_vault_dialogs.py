"""Creating a vault: the language chosen in the dialog is the language of the dialog,
the recovery-key screen and the kit; the key can be copied, and leaves the clipboard."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import Language
from mentorapp.gui import i18n
from mentorapp.gui.create_vault import CreateVaultDialog, RecoveryKeyDialog
from mentorapp.services import exports
from mentorapp.store.vault import Vault
from tests.gui.a11y import mute_labels, unnamed_focusable

KEY = "-".join(["ABCD", "EF01", "2345", "6789"] * 4)


TITLES = {"en": "New vault - Mentorapp", "nl": "Nieuwe kluis - Mentorapp"}


def choose(qtbot: QtBot, dialog: CreateVaultDialog, language: str) -> None:
    """Pick ``language`` in the combo; Qt posts the LanguageChange to every window."""
    combo = dialog.ui.languageCombo
    combo.setCurrentIndex(combo.findData(language))
    qtbot.waitUntil(lambda: dialog.windowTitle() == TITLES[language], timeout=2000)


def kit_text(dialog: RecoveryKeyDialog) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(dialog.kit_pdf())).pages)


def test_choosing_nederlands_translates_the_dialog_the_key_screen_and_the_kit_at_once(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = CreateVaultDialog("en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "New vault - Mentorapp"
    assert dialog.ui.nameEdit.text() == "My mentoring"

    choose(qtbot, dialog, "nl")
    assert dialog.ui.nameLabel.text() == "&Naam"
    assert dialog.create_button.text() == "&Kluis maken"
    assert dialog.ui.nameEdit.text() == "Mijn mentoring"  # untouched: it follows
    assert QLocale().language() == QLocale.Language.Dutch
    assert dialog.language == "nl"

    dialog.ui.nameEdit.setText("Praktijk Marleen")
    choose(qtbot, dialog, "en")
    assert dialog.ui.nameLabel.text() == "&Name"
    assert dialog.ui.nameEdit.text() == "Praktijk Marleen"  # typed: kept
    choose(qtbot, dialog, "nl")

    # What the app shows next (Controller.create_vault): the key screen and its kit.
    key_screen = RecoveryKeyDialog(vault.folder, KEY)
    qtbot.addWidget(key_screen)
    assert key_screen.windowTitle() == "Je herstelsleutel - Mentorapp"
    assert key_screen.continue_button.text() == "&Doorgaan"
    languages: list[Language] = []
    render = exports.render_recovery_kit

    def recording(*args: object, **kwargs: object) -> bytes:
        languages.append(args[2])  # type: ignore[arg-type]
        return render(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(exports, "render_recovery_kit", recording)
    text = kit_text(key_screen)
    assert languages == [Language.NL]
    assert "Herstelsleutel" in text and "Recovery key" not in text
    assert "coach" in text  # the vault's name, not "coach.mentorvault" alone


def test_cancelling_puts_the_apps_language_back(qtbot: QtBot) -> None:
    dialog = CreateVaultDialog("en")
    qtbot.addWidget(dialog)
    dialog.show()
    choose(qtbot, dialog, "nl")
    assert QLocale().language() == QLocale.Language.Dutch
    dialog.reject()
    assert QLocale().language() == QLocale.Language.English
    qtbot.waitUntil(lambda: dialog.windowTitle() == TITLES["en"], timeout=2000)


def test_the_kit_follows_the_language_it_is_given(qtbot: QtBot, vault: Vault) -> None:
    dialog = RecoveryKeyDialog(vault.folder, KEY, language="nl")
    qtbot.addWidget(dialog)
    assert "Herstelsleutel" in kit_text(dialog)  # while the app speaks English
    dialog.language = "en"
    assert "Recovery key" in kit_text(dialog)


def test_the_copied_key_leaves_the_clipboard_after_a_while(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RecoveryKeyDialog, "CLIPBOARD_CLEAR_MS", 200)
    clipboard = QGuiApplication.clipboard()
    dialog = RecoveryKeyDialog(vault.folder, KEY)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert clipboard.text() == KEY
    mime = clipboard.mimeData()
    assert mime is not None and bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"
    assert "Copied" in dialog.saved_label.text()
    dialog.close()  # closing the dialog does not leave the key behind
    qtbot.waitUntil(lambda: clipboard.text() != KEY, timeout=3000)
    assert clipboard.text() == ""


def test_what_the_coach_copied_after_the_key_stays_on_the_clipboard(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(RecoveryKeyDialog, "CLIPBOARD_CLEAR_MS", 200)
    clipboard = QGuiApplication.clipboard()
    dialog = RecoveryKeyDialog(vault.folder, KEY)
    qtbot.addWidget(dialog)
    dialog.copy_key()
    clipboard.setText("an address for the plan")
    qtbot.wait(500)
    assert clipboard.text() == "an address for the plan"


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_dialogs_have_a_heading_and_every_control_a_name(
    qtbot: QtBot, vault: Vault, tmp_path: Path, language: str
) -> None:
    i18n.install(language)
    create = CreateVaultDialog(language)
    key_screen = RecoveryKeyDialog(vault.folder, KEY)
    for dialog in (create, key_screen):
        qtbot.addWidget(dialog)
        dialog.show()
    create.ui.passphraseEdit.setText("short")
    assert create.ui.headingLabel.text() and create.ui.headingLabel.font().bold()
    strength = create.ui.strengthLabel
    assert strength.accessibleName() == strength.text() != ""  # read out, not a fixed name
    heading = key_screen.findChildren(type(create.ui.headingLabel))[0]
    assert heading.font().bold() and heading.text()
    assert KEY.split("-")[0] in key_screen.key_label.accessibleName()  # the key is read out
    for dialog in (create, key_screen):
        assert unnamed_focusable(dialog) == []
        assert mute_labels(dialog, ("Message", "Passphrase strength")) == []
