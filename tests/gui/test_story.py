"""The coach's day, driven through the real widgets (offscreen)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mentorapp.domain.model import Mentee
from mentorapp.gui import i18n
from mentorapp.gui.create_vault import CreateVaultDialog, RecoveryKeyDialog
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.search_popup import SearchPopup
from mentorapp.gui.settings import AppSettings
from mentorapp.gui.welcome import WelcomeWindow
from mentorapp.store import search
from mentorapp.store.keychain import Keychain
from mentorapp.store.repositories import CoachingSessionRepository, MenteeRepository
from mentorapp.store.vault import Vault

PASS = "four random words here"


def create_vault_through_dialog(qtbot: QtBot, tmp_path: Path) -> tuple[Vault, str]:
    dialog = CreateVaultDialog("en")
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Ελένη's coaching")
    dialog.ui.locationEdit.setText(str(tmp_path))
    qtbot.keyClicks(dialog.ui.passphraseEdit, "short")
    assert not dialog.create_button.isEnabled()
    assert "Too short" in dialog.ui.strengthLabel.text()
    dialog.ui.passphraseEdit.setText(PASS)
    qtbot.keyClicks(dialog.ui.repeatEdit, PASS)
    assert dialog.create_button.isEnabled()
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.vault is not None, timeout=20000)
    assert dialog.vault is not None
    return dialog.vault, dialog.recovery_key


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


def test_first_start_create_log_search_lock_unlock(
    qtbot: QtBot, tmp_path: Path, settings: AppSettings, no_keychain: Keychain, fast_kdf: None
) -> None:
    welcome = WelcomeWindow([], "en")
    qtbot.addWidget(welcome)
    assert "Mentorapp" in welcome.windowTitle()

    vault, recovery = create_vault_through_dialog(qtbot, tmp_path)
    assert vault.folder.name == "Ελένη's coaching.mentorvault"
    kit = RecoveryKeyDialog(vault.folder, recovery)
    qtbot.addWidget(kit)
    assert not kit.continue_button.isEnabled()
    kit.confirm.setChecked(True)
    assert kit.continue_button.isEnabled()
    kit.save_page(tmp_path / "kit.pdf")
    from pypdf import PdfReader

    kit_text = "".join(page.extract_text() for page in PdfReader(tmp_path / "kit.pdf").pages)
    assert recovery.replace("-", "")[:8] in kit_text.replace("-", "").replace(" ", "")

    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.show()
    assert "Mentorapp" in window.windowTitle()
    with vault.transaction() as s:
        mentee = MenteeRepository(s).add(Mentee(full_name="Şükrü Yılmaz", organisation="Stad Gent"))
    window.reload_mentees(keep=mentee.id)
    qtbot.waitUntil(lambda: window.workspace.mentee_id == mentee.id, timeout=10000)

    window.new_session()
    editor = window.workspace.sessions.editor
    qtbot.waitUntil(editor.isEnabled, timeout=5000)  # the new session is written off-thread
    qtbot.keyClicks(editor.private_notes.editor, "Overweegt te vertrekken PRIVCANARY")
    qtbot.keyClicks(editor.shared_summary.editor, "Wil groeien in de breedte")
    assert editor.dirty
    qtbot.waitUntil(lambda: not editor.dirty, timeout=5000)  # autosave, no explicit save
    assert "Saved" in editor.state_label.text()
    with vault.reading() as s:
        (stored,) = CoachingSessionRepository(s).for_mentee(mentee.id)
    assert "PRIVCANARY" in stored.private_notes and "breedte" in stored.shared_summary

    popup = SearchPopup(vault, window)
    # the window owns the popup: a lock closes and deletes it
    qtbot.keyClicks(popup.query, "vertrek")
    qtbot.waitUntil(lambda: popup.results.count() == 1, timeout=5000)
    chosen: list[search.SearchHit] = []
    popup.hit_chosen.connect(chosen.append)
    qtbot.keyClick(popup.query, Qt.Key.Key_Return)
    assert chosen and chosen[0].mentee_id == mentee.id

    window.lock()
    assert window.vault is None
    assert window.mentees.model.rowCount() == 0
    assert window.pages.currentWidget() is window.lock_page
    wait_idle(qtbot)
    assert not vault.is_open
    assert_no_text_visible(window, ["Şükrü", "PRIVCANARY", "breedte"])

    unlock = window.unlock
    assert unlock is not None
    unlock.ui.passphraseEdit.setText("not the passphrase")
    unlock.ui.unlockButton.click()
    qtbot.waitUntil(lambda: unlock.ui.messageLabel.isVisible(), timeout=10000)
    assert "does not open this vault" in unlock.ui.messageLabel.text()
    assert unlock.ui.passphraseEdit.selectedText() == "not the passphrase"

    unlock.ui.passphraseEdit.setText(PASS)
    qtbot.keyClick(unlock.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=10000)
    qtbot.waitUntil(lambda: window.mentees.model.rowCount() == 1, timeout=10000)
    window.mentees.select(int(mentee.id))  # type: ignore[arg-type]
    window.workspace.setCurrentWidget(window.workspace.sessions)
    assert "PRIVCANARY" in window.workspace.sessions.editor.private_notes.plain_text()
    window.close()


def visible_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        for attr in ("text", "toPlainText"):
            getter = getattr(widget, attr, None)
            if callable(getter):
                try:
                    value = getter()
                except TypeError:
                    continue
                if isinstance(value, str) and value:
                    texts.append(value)
    return texts


def assert_no_text_visible(root: QWidget, needles: list[str]) -> None:
    joined = "\n".join(visible_texts(root))
    for needle in needles:
        assert needle not in joined


def test_idle_lock_with_a_short_timeout(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.show()
    window.idle.set_timeout_ms(300)
    qtbot.waitUntil(lambda: window.vault is None, timeout=5000)
    assert window.pages.currentWidget() is window.lock_page
    wait_idle(qtbot)
    assert not vault.is_open


def test_session_lock_signal_locks(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.session_lock.on_screensaver(False)
    assert window.vault is not None
    window.session_lock.on_sleep(True)
    assert window.vault is None
    wait_idle(qtbot)


def test_lock_saves_pending_edits_first(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    from tests.conftest import PASSPHRASE, add_mentee_with_session

    mentee = add_mentee_with_session(vault)
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.show()
    window.open_mentee(int(mentee))
    editor = window.workspace.sessions.editor
    qtbot.keyClicks(editor.private_notes.editor, "typed just before the lock")
    assert editor.dirty
    window.lock()  # before the autosave timer fired
    wait_idle(qtbot)
    with Vault.open(vault.folder, PASSPHRASE) as reopened, reopened.reading() as s:
        (stored,) = CoachingSessionRepository(s).for_mentee(mentee)
    assert "typed just before the lock" in stored.private_notes


def test_auto_backup_on_lock_at_most_once_a_day(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    from mentorapp.store import backup
    from tests.conftest import PASSPHRASE

    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.lock()
    wait_idle(qtbot)
    assert len(backup.list_backups(vault.folder / "backups")) == 1
    assert settings.last_auto_backup(vault.vault_id) == date.today().isoformat()
    window.enter(Vault.open(vault.folder, PASSPHRASE))
    window.lock()
    wait_idle(qtbot)
    assert len(backup.list_backups(vault.folder / "backups")) == 1


def test_erase_mentee_from_the_window(
    qtbot: QtBot,
    vault: Vault,
    settings: AppSettings,
    no_keychain: Keychain,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mentorapp.gui import erase_dialog
    from tests.conftest import add_mentee_with_session

    gone = add_mentee_with_session(vault, "Олена Шевченко", private="тайна")
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.open_mentee(int(gone))

    class Confirmed(erase_dialog.EraseDialog):
        def exec(self) -> int:
            assert not self.erase_button.isEnabled()
            self.confirm.setText(self.word)
            assert self.erase_button.isEnabled()
            return 1

    monkeypatch.setattr(erase_dialog, "EraseDialog", Confirmed)
    window.erase_mentee()
    wait_idle(qtbot)
    assert vault.count_rows("mentees") == 0
    assert vault.count_rows("erasure_log") == 1


def test_dutch_main_window_has_no_english_left(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    from tests.conftest import add_mentee_with_session

    mentee = add_mentee_with_session(vault)

    def texts_of(window: MainWindow) -> list[str]:
        window.show()
        wait_idle(qtbot)
        found = visible_texts(window)  # the dashboard
        window.open_mentee(int(mentee))
        for tab in range(window.workspace.count()):
            window.workspace.setCurrentIndex(tab)
            found += [*visible_texts(window), window.workspace.tabText(tab)]
        for menu_action in window.menuBar().actions():
            found.append(menu_action.text())
            menu = menu_action.menu()
            if menu is not None:
                found += [a.text() for a in menu.actions() if a.text()]
        return found

    english_window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(english_window)
    english = set(texts_of(english_window))
    assert "&File" in english and "Private notes, never exported" not in english
    i18n.install("nl")
    dutch_window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(dutch_window)
    dutch = texts_of(dutch_window)
    still_english = sorted({t for t in dutch if t in english and _is_english_ui(t)})
    assert still_english == []
    assert "&Bestand" in dutch


def _is_english_ui(text: str) -> bool:
    """Strings that would be the same in both languages (names, dates, numbers) don't count."""
    ignore = {"Zoë Van den Bossche", "Mentorapp", "Nederlands", "English", "-"}
    # Words that are the same in Dutch:
    ignore |= {"&Dashboard", "&Help", "&Mentee", "Status", "Intake", "Video"}
    return any(ch.isalpha() for ch in text) and text not in ignore and not text[:1].isdigit()


def test_language_switch_keeps_work(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    from mentorapp.gui.app import Controller
    from tests.conftest import add_mentee_with_session

    mentee = add_mentee_with_session(vault)
    controller = Controller(settings, no_keychain)
    window = controller._window(vault.folder, vault=vault)
    qtbot.waitUntil(lambda: window.mentees.model.rowCount() == 1, timeout=5000)
    window.mentees.select(int(mentee))
    window.workspace.setCurrentWidget(window.workspace.sessions)
    editor = window.workspace.sessions.editor
    qtbot.keyClicks(editor.shared_summary.editor, "niet verliezen")
    new = controller.switch_language(window, "nl")  # closes (and deletes) the old window
    qtbot.waitUntil(lambda: new.workspace.mentee_id == mentee, timeout=5000)
    assert new.vault is vault and vault.is_open
    assert new.workspace.currentWidget() is new.workspace.sessions
    assert "niet verliezen" in new.workspace.sessions.editor.shared_summary.plain_text()
    assert settings.language == "nl"
    new.close()


def test_ctrl_k_opens_search_even_from_a_text_field(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    """Text fields claim Ctrl+K (delete to end of line); the window keeps it for search."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    assert window.menu.search.shortcut().toString() == "Ctrl+K"

    def override(target: QWidget, key: Qt.Key) -> bool:
        event = QKeyEvent(QEvent.Type.ShortcutOverride, key, Qt.KeyboardModifier.ControlModifier)
        return window.reserved.eventFilter(target, event)

    editor = window.workspace.sessions.editor.private_notes.editor
    for target in (window.mentees.filter_edit, editor):
        assert override(target, Qt.Key.Key_K)  # kept from the text field
        assert override(target, Qt.Key.Key_L)  # lock too
        assert not override(target, Qt.Key.Key_B)  # bold stays with the editor
    window.menu.search.trigger()
    assert isinstance(getattr(window, "search_popup", None), SearchPopup)
    window.search_popup.close()
