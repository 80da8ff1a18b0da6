"""The unlock and lock screen: the vault's name, why it is locked, what went wrong,
keyboard order and what a screen reader hears."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from mentorapp.gui import i18n
from mentorapp.gui.i18n import error_message
from mentorapp.gui.settings import AppSettings
from mentorapp.gui.unlock import RecoveryDialog, UnlockWidget, UnlockWindow
from mentorapp.store.errors import WeakPassphrase, WrongPassphrase
from mentorapp.store.keychain import Keychain
from mentorapp.store.vault import Vault
from tests.gui.a11y import mute_labels, unnamed_focusable

_windows: list[UnlockWindow] = []  # qtbot holds only weak references


def shown_unlock(
    qtbot: QtBot, vault: Vault, settings: AppSettings, keychain: Keychain
) -> UnlockWidget:
    folder = vault.folder
    vault.close()
    widget = UnlockWidget(folder, settings, keychain)
    window = UnlockWindow(widget)
    qtbot.addWidget(window, before_close_func=_windows.remove)
    _windows.append(window)
    window.show()
    qtbot.waitExposed(window)
    return widget


def test_a_short_passphrase_is_a_wrong_passphrase_not_a_weak_one(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    widget = shown_unlock(qtbot, vault, settings, no_keychain)
    message = widget.ui.messageLabel
    widget.ui.passphraseEdit.setText("too short")  # under the 12 a new passphrase needs
    widget.unlock()
    qtbot.waitUntil(lambda: not message.isHidden() and not widget.busy, timeout=10000)
    assert message.text() == error_message(WrongPassphrase())
    assert message.text() != error_message(WeakPassphrase())
    assert message.accessibleName() == message.text()  # read out, not "Message"
    assert widget.ui.passphraseEdit.selectedText() == "too short"


def test_the_screen_names_the_vault_not_its_path(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    widget = shown_unlock(qtbot, vault, settings, no_keychain)
    assert widget.ui.vaultLabel.text() == "coach"  # coach.mentorvault
    assert widget.ui.vaultLabel.toolTip() == str(vault.folder)
    shown = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    assert not [text for text in shown if str(vault.folder.parent) in text]


def test_the_lock_screen_says_calmly_why_it_is_locked(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    widget = shown_unlock(qtbot, vault, settings, no_keychain)
    reason = widget.ui.reasonLabel
    assert reason.isHidden()
    text = "Locked after 10 minutes without activity. Everything was saved."
    widget.set_reason(text)
    assert reason.isVisible() and reason.text() == text
    assert reason.accessibleName() == text
    assert reason.y() < widget.ui.titleLabel.y()  # at the top
    widget.set_reason("")
    assert reason.isHidden()


def test_remember_says_why_it_is_unavailable(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    widget = shown_unlock(qtbot, vault, settings, no_keychain)
    assert not widget.ui.rememberCheck.isEnabled()
    note = widget.ui.rememberReasonLabel
    assert note.isVisible() and "no secure keychain" in note.text()  # visible, not a tooltip
    assert note.y() > widget.ui.rememberCheck.y()


def _tab_chain(window: QWidget, first: QWidget, steps: int) -> list[QWidget]:
    """The widgets focus visits when the coach presses Tab ``steps`` times from ``first``."""
    first.setFocus()
    chain = [first]
    for _ in range(steps):
        QTest.keyClick(chain[-1], Qt.Key.Key_Tab)
        focused = window.focusWidget()
        assert focused is not None
        chain.append(focused)
    return chain


def test_tab_visits_the_unlock_form_in_visual_order(
    qtbot: QtBot, vault: Vault, settings: AppSettings
) -> None:
    from mentorapp.services.vault_files import Keychain as AppKeychain
    from tests.store.test_keychain import DictSecretService

    widget = shown_unlock(qtbot, vault, settings, AppKeychain(DictSecretService()))
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: widget.ui.rememberCheck.isEnabled(), timeout=5000)
    focusable = [
        w
        for w in widget.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]

    def place(w: QWidget) -> tuple[int, int]:
        top_left = w.mapTo(window, w.rect().topLeft())
        return top_left.y(), top_left.x()

    visual = sorted(focusable, key=place)
    assert visual[0] is widget.ui.passphraseEdit and len(visual) == 5
    chain = _tab_chain(window, widget.ui.passphraseEdit, len(visual))
    assert [w.objectName() for w in chain] == [w.objectName() for w in [*visual, visual[0]]]


def test_every_control_of_the_unlock_screens_has_a_name(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    for language in ("en", "nl"):
        i18n.install(language)
        widget = UnlockWidget(vault.folder, settings, no_keychain)
        window = UnlockWindow(widget)
        qtbot.addWidget(window)
        window.show()
        widget.set_reason("Locked.")
        widget._show_error("That passphrase is not right.")
        recovery = RecoveryDialog(vault.folder)
        qtbot.addWidget(recovery)
        recovery.show()
        for root in (window, recovery):
            assert unnamed_focusable(root) == []
            assert mute_labels(root, ("Message", "Bericht", "Passphrase strength")) == []
        window.close()
        recovery.close()
