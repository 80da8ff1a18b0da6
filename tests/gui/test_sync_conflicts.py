"""Conflict copies in the GUI: offered after an unlock for writing, listed with their
counts, merged off the GUI thread with a plain summary, set aside; the marks of records
kept twice in the mentee's Overview, with "Looked at it"."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from mentorapp.domain.ids import MenteeId
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.settings import AppSettings
from mentorapp.gui.sync.conflicts import ConflictCopiesDialog, show_conflict_copies
from mentorapp.services import sessions, sync, vault_life
from mentorapp.store.keychain import Keychain
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session
from tests.gui.a11y import unnamed_focusable
from tests.sync_helpers import edit_first_session, on, synced_copy, tick_clock

COPY = "vault.sync-conflict-20261130-101010-ABCDEFG.db"
OTHER = "vault (conflicted copy 2026-11-30).db"


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


@pytest.fixture(autouse=True)
def ticking_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    tick_clock(monkeypatch)


@pytest.fixture
def conflicted(tmp_path: Path) -> tuple[Path, MenteeId]:
    """A vault and a sync conflict copy from 'the laptop': one extra session there, and
    the first session changed on both computers."""
    folder = tmp_path / "coach.mentorvault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    mentee = add_mentee_with_session(vault, "Zoë Peeters", private="gedeeld begin")
    vault.close()
    laptop = synced_copy(folder, tmp_path / "laptop.mentorvault")

    def on_laptop(v: Vault) -> None:
        edit_first_session(v, mentee, private_notes="laptop version")
        sessions.start_session(v, mentee, datetime(2026, 11, 28, 14, 0))

    on(laptop, on_laptop)
    on(folder, lambda v: edit_first_session(v, mentee, private_notes="desktop version"))
    shutil.copy2(laptop / "vault.db", folder / COPY)
    return folder, mentee


def _window(qtbot: QtBot, folder: Path, settings: AppSettings, keychain: Keychain) -> MainWindow:
    vault = vault_life.open_vault(folder, PASSPHRASE)
    window = MainWindow(folder, settings, keychain, vault=vault)
    qtbot.addWidget(window)
    window.show()
    return window


def _dialog(qtbot: QtBot, window: MainWindow) -> ConflictCopiesDialog:
    qtbot.waitUntil(lambda: window.sync.conflicts_dialog is not None, timeout=20000)
    dialog = window.sync.conflicts_dialog
    assert isinstance(dialog, ConflictCopiesDialog)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20000)
    wait_idle(qtbot)
    return dialog


def test_unlock_offers_the_copy_and_merging_says_what_came_in(
    qtbot: QtBot, conflicted: tuple[Path, MenteeId], settings: AppSettings, no_keychain: Keychain
) -> None:
    folder, mentee = conflicted
    window = _window(qtbot, folder, settings, no_keychain)
    dialog = _dialog(qtbot, window)
    assert dialog.isVisible()
    mine = " | ".join(label.text() for label in dialog.vault_box.findChildren(QLabel))
    assert "Mentees: 1, sessions: 1," in mine
    (box,) = dialog.boxes
    assert box.title() == COPY
    texts = " | ".join(label.text() for label in box.findChildren(QLabel))
    assert "Mentees: 1, sessions: 2," in texts
    assert "1 (brought in when you merge)" in texts
    assert "1 (kept twice, with a mark)" in texts
    assert "Conflict copies found: 1" in dialog.status.text()
    assert unnamed_focusable(dialog) == []
    assert (folder / COPY).exists()  # nothing happens before the coach chooses

    box.merge_button.click()
    qtbot.waitUntil(lambda: box.done, timeout=20000)
    wait_idle(qtbot)
    result = box.result.text()
    assert "Brought in: Session: 1." in result
    assert "kept twice (marked in the mentee's Overview): Session: 1." in result
    assert f"moved to the backups as {COPY}" in result
    assert not (folder / COPY).exists()
    assert dialog.later_button.text() == "&Close"
    assert len(sessions.sessions_of(window.vault, mentee)) == 3  # type: ignore[arg-type]
    dialog.accept()

    # The mentee's Overview lists the session kept twice, until the coach looked at it.
    window.select_mentee(mentee)
    qtbot.waitUntil(lambda: window.workspace.mentee_id == mentee, timeout=10000)
    marks_box = window.workspace.overview.marks_box
    qtbot.waitUntil(lambda: marks_box.rows != [], timeout=10000)
    assert marks_box.isVisible()
    ((mark, label, button),) = marks_box.rows
    assert mark.kind == "session"
    assert label.text().startswith("Session: 20 November 2026 10:00 - from ")
    assert f"from {COPY}, merged" in label.text()
    assert unnamed_focusable(marks_box) == []
    button.click()
    qtbot.waitUntil(lambda: marks_box.rows == [], timeout=10000)
    assert marks_box.isHidden()
    assert sync.marks(window.vault) == []  # type: ignore[arg-type]
    window.close()


def test_set_aside_moves_the_copy_unmerged_and_later_leaves_it(
    qtbot: QtBot, conflicted: tuple[Path, MenteeId], settings: AppSettings, no_keychain: Keychain
) -> None:
    folder, mentee = conflicted
    shutil.copy2(folder / COPY, folder / OTHER)
    window = _window(qtbot, folder, settings, no_keychain)
    dialog = _dialog(qtbot, window)
    assert sorted(box.title() for box in dialog.boxes) == sorted([COPY, OTHER])
    first = dialog.boxes[0]
    name, waiting = first.title(), dialog.boxes[1].title()
    first.aside_button.click()
    qtbot.waitUntil(lambda: first.done, timeout=20000)
    assert "without merging: nothing was brought in" in first.result.text()
    assert not (folder / name).exists() and (folder / "backups" / name).exists()
    assert dialog.later_button.text() == "&Later"  # one copy still waits
    dialog.later_button.click()
    assert not dialog.isVisible()
    assert len(sessions.sessions_of(window.vault, mentee)) == 1  # type: ignore[arg-type]
    # The menu's entry shows the copy that waits.
    show_conflict_copies(window)
    again = _dialog(qtbot, window)
    assert [box.title() for box in again.boxes] == [waiting]
    again.reject()
    window.close()


def test_no_dialog_without_copies_and_the_menu_says_there_are_none(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot)
    QApplication.processEvents()
    assert window.sync.conflicts_dialog is None
    show_conflict_copies(window)
    dialog = _dialog(qtbot, window)
    assert dialog.boxes == []
    assert dialog.status.text() == "There are no conflict copies in this vault's folder."
    dialog.reject()
    window.detach_vault()
    window.close()


def test_tab_goes_round_the_conflicts_dialog(
    qtbot: QtBot, conflicted: tuple[Path, MenteeId], settings: AppSettings, no_keychain: Keychain
) -> None:
    from tests.gui.test_sync_in_use import tab_stops

    folder, _mentee = conflicted
    window = _window(qtbot, folder, settings, no_keychain)
    dialog = _dialog(qtbot, window)
    dialog.activateWindow()
    (box,) = dialog.boxes
    box.merge_button.setFocus()
    QApplication.processEvents()
    stops = tab_stops(dialog)
    assert box.aside_button in stops and dialog.later_button in stops
    assert stops.count(box.merge_button) >= 2
    dialog.reject()
    window.close()
