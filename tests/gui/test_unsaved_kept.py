"""A save that fails never costs the coach their text: no lock, no switch clears it."""

from __future__ import annotations

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from mentorapp.gui.i18n import error_message
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.settings import AppSettings
from mentorapp.services import sessions
from mentorapp.store.errors import VaultReplaced
from mentorapp.store.keychain import Keychain
from mentorapp.store.vault import Vault
from tests.conftest import add_mentee_with_session

TYPED = " en wil eigenlijk naar HR UNSAVED-CANARY"


def _refuse(*_args: object) -> object:
    raise VaultReplaced("replaced under the app")


def test_a_refused_save_keeps_the_text_and_the_vault_open(
    qtbot: QtBot,
    vault: Vault,
    settings: AppSettings,
    no_keychain: Keychain,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mentee = add_mentee_with_session(vault, private="Twijfelt")
    other = add_mentee_with_session(vault, "Jan Peeters", private="ander")
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.mentees.model.rowCount() == 2, timeout=10000)
    window.select_mentee(mentee)
    qtbot.waitUntil(lambda: window.workspace.mentee_id == mentee, timeout=5000)
    editor = window.workspace.sessions.editor
    qtbot.waitUntil(editor.isEnabled, timeout=5000)

    monkeypatch.setattr(sessions, "save_session", _refuse)
    editor.private_notes.editor.moveCursor(
        editor.private_notes.editor.textCursor().MoveOperation.End
    )
    qtbot.keyClicks(editor.private_notes.editor, TYPED)
    qtbot.waitUntil(lambda: "still here" in editor.state_label.text(), timeout=5000)
    assert error_message(VaultReplaced()) in editor.state_label.text()

    window.lock()  # refused: the text would be lost
    assert window.vault is vault and vault.is_open
    assert window.workspace.unsaved_box is not None and window.workspace.unsaved_box.isVisible()
    assert "could not be saved" in window.workspace.unsaved_box.text()
    assert TYPED.strip() in editor.private_notes.markdown()

    window.select_mentee(other)  # switching away is refused as well
    assert window.workspace.mentee_id == mentee
    assert TYPED.strip() in editor.private_notes.markdown()

    monkeypatch.undo()  # the vault is writable again: the lock saves, then locks
    window.workspace.unsaved_box.close()
    window.lock()
    qtbot.waitUntil(lambda: running_count() == 0, timeout=10000)
    assert window.vault is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor), timeout=5000)  # views destroyed
    with Vault.open(vault.folder, "correct horse battery staple") as reopened:
        (stored,) = sessions.sessions_of(reopened, mentee)
    assert "UNSAVED-CANARY" in stored.private_notes
