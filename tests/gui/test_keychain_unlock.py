"""The OS keychain is asked only for a vault that opted in, off the GUI thread, with a
time-out: a locked login keyring's own prompt never holds up the unlock."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.compat import properties
from pytestqt.qtbot import QtBot

from mentorapp.gui.ops import running_count
from mentorapp.gui.settings import AppSettings
from mentorapp.gui.unlock import UnlockWidget
from mentorapp.services.vault_files import Keychain, KeychainNoAnswer
from mentorapp.store.keychain import SERVICE
from mentorapp.store.vault import Vault
from tests.conftest import PASSPHRASE


class RecordingKeyring(KeyringBackend):
    """A keyring that records every call (and on which thread), optionally hanging like
    a Secret Service that waits for its own unlock prompt."""

    # Keychain trusts a backend by the module of its class: this one stands in for the
    # Secret Service backend.
    __module__ = "keyring.backends.SecretService"

    @properties.classproperty
    def priority(cls) -> float:
        # Never chosen by keyring's own discovery (every subclass is registered globally).
        raise RuntimeError("test double; only used when passed in explicitly")

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}
        self.calls: list[str] = []
        self.threads: list[threading.Thread] = []
        self.hang = threading.Event()
        self.hang.set()  # set: answers at once; cleared: waits, like an unanswered prompt

    def _record(self, call: str) -> None:
        self.calls.append(call)
        self.threads.append(threading.current_thread())
        self.hang.wait()

    def get_password(self, service: str, username: str) -> str | None:
        self._record("get")
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._record("set")
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._record("delete")
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("No such password!")


@pytest.fixture
def recording() -> Iterator[RecordingKeyring]:
    backend = RecordingKeyring()
    yield backend
    backend.hang.set()  # let a thread left waiting finish


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


def unlock_by_passphrase(
    qtbot: QtBot, folder: Path, settings: AppSettings, keychain: Keychain, *, remember: bool
) -> UnlockWidget:
    widget = UnlockWidget(folder, settings, keychain)
    qtbot.addWidget(widget)
    widget.try_keychain()
    widget.ui.rememberCheck.setChecked(remember)
    opened: list[Vault] = []
    widget.unlocked.connect(opened.append)
    widget.ui.passphraseEdit.setText(PASSPHRASE)
    widget.unlock()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    wait_idle(qtbot)
    opened[0].close()
    return widget


def test_a_vault_that_never_opted_in_never_reaches_the_keychain(
    qtbot: QtBot, vault: Vault, settings: AppSettings, recording: RecordingKeyring
) -> None:
    folder = vault.folder
    vault.close()
    keychain = Keychain(recording)
    for _ in range(2):  # the first window, then the lock screen
        widget = unlock_by_passphrase(qtbot, folder, settings, keychain, remember=False)
        assert widget.ui.rememberCheck.isEnabled()  # it could: the coach did not ask
    assert recording.calls == []
    assert not settings.use_keychain(vault.vault_id)


def test_remembering_stores_off_the_gui_thread_and_then_opens_without_typing(
    qtbot: QtBot, vault: Vault, settings: AppSettings, recording: RecordingKeyring
) -> None:
    folder = vault.folder
    vault.close()
    keychain = Keychain(recording)
    unlock_by_passphrase(qtbot, folder, settings, keychain, remember=True)
    assert recording.calls == ["set"]
    assert settings.use_keychain(vault.vault_id)
    assert recording.secrets[(SERVICE, vault.vault_id)]

    again = UnlockWidget(folder, settings, keychain)
    qtbot.addWidget(again)
    assert again.ui.rememberCheck.isChecked()
    reopened: list[Vault] = []
    again.unlocked.connect(reopened.append)
    assert again.try_keychain()
    qtbot.waitUntil(lambda: bool(reopened), timeout=10000)
    wait_idle(qtbot)
    reopened[0].close()
    assert recording.calls == ["set", "get"]  # opened by the keychain: nothing stored again
    main = threading.main_thread()
    assert recording.threads and all(t is not main for t in recording.threads)


def test_turning_remember_off_forgets_once_and_then_leaves_the_keychain_alone(
    qtbot: QtBot, vault: Vault, settings: AppSettings, recording: RecordingKeyring
) -> None:
    folder = vault.folder
    recording.secrets[(SERVICE, vault.vault_id)] = vault.data_key.hex()
    settings.set_use_keychain(vault.vault_id, True)
    vault.close()
    keychain = Keychain(recording)
    widget = UnlockWidget(folder, settings, keychain)
    qtbot.addWidget(widget)
    widget.ui.rememberCheck.setChecked(False)  # before the keychain could be asked
    widget.ui.passphraseEdit.setText(PASSPHRASE)
    opened: list[Vault] = []
    widget.unlocked.connect(opened.append)
    widget.unlock()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    wait_idle(qtbot)
    opened[0].close()
    assert recording.calls == ["delete"]
    assert recording.secrets == {}
    assert not settings.use_keychain(vault.vault_id)

    unlock_by_passphrase(qtbot, folder, settings, keychain, remember=False)
    assert recording.calls == ["delete"]


def test_a_keychain_that_does_not_answer_does_not_hold_up_the_unlock(
    qtbot: QtBot, vault: Vault, settings: AppSettings, recording: RecordingKeyring
) -> None:
    folder = vault.folder
    recording.secrets[(SERVICE, vault.vault_id)] = vault.data_key.hex()
    settings.set_use_keychain(vault.vault_id, True)
    vault.close()
    recording.hang.clear()  # the Secret Service shows its prompt and nobody answers
    widget = UnlockWidget(folder, settings, Keychain(recording, timeout=0.3))
    qtbot.addWidget(widget)
    assert widget.try_keychain()
    assert widget.ui.passphraseEdit.isEnabled()  # the coach may type meanwhile
    note = widget.ui.rememberReasonLabel
    qtbot.waitUntil(lambda: not note.isHidden(), timeout=5000)
    assert "did not answer" in note.text()
    assert note.accessibleName() == note.text()
    assert not widget.ui.rememberCheck.isEnabled()

    opened: list[Vault] = []
    widget.unlocked.connect(opened.append)
    widget.ui.passphraseEdit.setText(PASSPHRASE)
    widget.unlock()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    wait_idle(qtbot)
    opened[0].close()
    assert not recording.hang.is_set()  # opened while the keychain still waits
    assert recording.calls == ["get"]  # and nothing more was asked of it
    assert settings.use_keychain(vault.vault_id)  # the coach's choice is kept for next time


def test_the_keychain_is_found_on_first_use_off_the_gui_thread(
    qtbot: QtBot,
    vault: Vault,
    settings: AppSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Finding the backend asks D-Bus which services run: not when the app starts, not
    on the GUI thread; and the form says why "remember" is unavailable."""
    found_on: list[threading.Thread] = []

    def get_keyring() -> KeyringBackend:
        found_on.append(threading.current_thread())
        return fail.Keyring()

    monkeypatch.setattr(keyring, "get_keyring", get_keyring)
    keychain = Keychain()
    assert found_on == []
    assert keychain.known_available is None
    widget = UnlockWidget(vault.folder, settings, keychain)
    qtbot.addWidget(widget)
    note = widget.ui.rememberReasonLabel
    qtbot.waitUntil(lambda: not note.isHidden(), timeout=5000)
    assert "no secure keychain" in note.text()
    assert note.accessibleName() == note.text()
    assert not widget.ui.rememberCheck.isEnabled()
    assert len(found_on) == 1 and found_on[0] is not threading.main_thread()
    assert keychain.known_available is False

    second = UnlockWidget(vault.folder, settings, keychain)  # the lock screen: known now
    qtbot.addWidget(second)
    assert not second.ui.rememberReasonLabel.isHidden()
    assert len(found_on) == 1


def test_the_keychain_contract_holds_when_it_does_not_answer(
    recording: RecordingKeyring,
) -> None:
    """Callers outside the unlock form (settings, re-key) get "no key", never a hang."""
    recording.hang.clear()
    keychain = Keychain(recording, timeout=0.1)
    with pytest.raises(KeychainNoAnswer):
        keychain.ask(lambda k: k.load("v"))
    assert keychain.load("v") is None
    assert keychain.store("v", bytes(32)) is False
    keychain.forget("v")
    assert keychain.available is True  # a backend passed in is known without asking
    recording.hang.set()
