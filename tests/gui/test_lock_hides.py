"""Locking hides everything: after Ctrl+L no widget, hidden or not, and nothing in the
accessibility tree holds a name or a note from the vault; unlocking comes back to the
same mentee and tab."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentorapp.domain.model import Action, Goal, Mentee
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.search_popup import SearchPopup
from mentorapp.gui.settings import AppSettings
from mentorapp.services import mentees, plans, sessions
from mentorapp.store.keychain import Keychain
from mentorapp.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.gui.a11y import accessible_text, all_widget_texts

CANARIES = {
    "full_name": "Zoë Kanarievogel",
    "organisation": "Orgcanary NV",
    "email": "zoe@mailcanary.example",
    "phone": "+32 470 99 88 77",
    "private": "PRIVCANARY vertrekt misschien",
    "shared": "SHAREDCANARY groeit breder",
    "agreements": "AGREECANARY een",
    "plan_title": "PLANCANARY richting",
    "remarks": "REMARKCANARY alleen voor mij",
    "goal": "GOALCANARY leidinggeven",
    "action": "ACTIONCANARY cursus volgen",
    "background": "BACKCANARY achtergrond",
}


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


def _fill(vault: Vault) -> int:
    c = CANARIES
    mentee = mentees.add_mentee(
        vault,
        Mentee(
            full_name=c["full_name"],
            organisation=c["organisation"],
            email=c["email"],
            phone=c["phone"],
            private_background=c["background"],
        ),
    ).value
    assert mentee.id is not None
    started = sessions.start_session(vault, mentee.id, datetime(2026, 11, 20, 10, 0)).value
    sessions.save_session(
        vault,
        dataclasses.replace(
            started,
            private_notes=c["private"],
            shared_summary=c["shared"],
            agreements=c["agreements"],
        ),
    )
    versions = plans.new_plan(vault, mentee.id, c["plan_title"], date(2026, 11, 20)).value
    plan = versions.shown
    assert plan is not None
    plan.private_remarks = c["remarks"]
    plan.goals = [Goal(description=c["goal"], actions=[Action(description=c["action"])])]
    plans.save_draft(vault, plan)
    return int(mentee.id)


def _assert_nothing_left(window: MainWindow) -> None:
    QApplication.processEvents()
    widgets = all_widget_texts()
    tree = accessible_text(window)
    for key, canary in CANARIES.items():
        needle = canary.split()[0]
        assert needle not in widgets, f"{key} still in a widget after the lock"
        assert needle not in tree, f"{key} still in the accessibility tree after the lock"


def test_lock_empties_every_widget_and_comes_back_to_the_same_place(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    mentee_id = _fill(vault)
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.show()
    window.reload_mentees(keep=mentee_id)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: window.workspace.mentee_id == mentee_id, timeout=10000)
    for index in range(window.workspace.count()):  # every tab has been shown once
        window.workspace.setCurrentIndex(index)
        QApplication.processEvents()
    window.workspace.setCurrentWidget(window.workspace.plan)
    before = all_widget_texts()
    assert "REMARKCANARY" in before and "PRIVCANARY" in before and "Kanarievogel" in before
    popup = SearchPopup(vault, window)
    window.search_popup = popup
    popup.query.setText("kanarievogel")
    popup._run()
    wait_idle(qtbot)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.vault is None
    wait_idle(qtbot)
    qtbot.wait(50)  # deleteLater of the old views
    _assert_nothing_left(window)
    unlock = window.unlock
    assert unlock is not None
    assert "Everything was saved" in all_widget_texts()

    unlock.ui.passphraseEdit.setText(PASSPHRASE)
    unlock.ui.unlockButton.click()
    qtbot.waitUntil(lambda: window.workspace.mentee_id == mentee_id, timeout=15000)
    assert window.workspace.currentWidget() is window.workspace.plan
    assert window.centre.currentWidget() is window.workspace


def test_an_idle_lock_says_why_and_that_everything_was_saved(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.show()
    window.idle.set_timeout_ms(200)
    qtbot.waitUntil(lambda: window.vault is None, timeout=5000)
    wait_idle(qtbot)
    texts = all_widget_texts()
    assert "without activity" in texts and "Everything was saved" in texts
