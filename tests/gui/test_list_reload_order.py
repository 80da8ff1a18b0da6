"""Two reads of the mentee list can finish in either order on the two worker threads:
the newer one's rows stay, and the dashboard asked for at unlock does not pull the
window away from a mentee the coach opened meanwhile."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from mentorapp.domain.model import Mentee
from mentorapp.gui import main_window as main_window_module
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.settings import AppSettings
from mentorapp.services import mentees
from mentorapp.store.keychain import Keychain
from mentorapp.store.vault import Vault

Held = list[tuple[Callable[[], object], Callable[[object], None]]]


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Held:
    """The window's list reads, held back so the test decides when each one finishes."""
    reads: Held = []

    def hold(work: Callable[[], object], done: Callable[[object], None], *_a, **_k) -> None:
        reads.append((work, done))

    monkeypatch.setattr(main_window_module, "run_op", hold)
    return reads


def test_an_older_read_finishing_last_changes_neither_the_rows_nor_the_page(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain, held: Held
) -> None:
    first = mentees.add_mentee(vault, Mentee(full_name="Anouk Visser")).value
    assert first.id is not None
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.show()
    assert len(held) == 1  # the read at unlock, which then shows the dashboard
    at_unlock = held[0][0]()  # it read the list before the second mentee came

    second = mentees.add_mentee(vault, Mentee(full_name="Bram de Wit")).value
    assert second.id is not None
    window.reload_mentees(keep=second.id)
    newer_work, newer_done = held[-1]
    newer_done(newer_work())
    assert window.workspace.mentee_id == second.id
    assert window.centre.currentWidget() is window.workspace

    held[0][1](at_unlock)  # the unlock's read finishes last
    assert window.mentees.model.rowCount() == 2
    assert window.mentees.current_id() == second.id
    assert window.centre.currentWidget() is window.workspace
    assert window.menu.questionnaires.isEnabled()


def test_the_read_at_unlock_shows_the_dashboard_when_no_mentee_was_opened(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain, held: Held
) -> None:
    mentees.add_mentee(vault, Mentee(full_name="Anouk Visser"))
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.show()
    work, done = held[0]
    done(work())
    assert window.mentees.model.rowCount() == 1
    assert window.centre.currentWidget() is window.dashboard
    assert window.workspace.mentee_id is None
