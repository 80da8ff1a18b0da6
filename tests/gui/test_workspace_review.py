"""What a coach sees in the mentee workspace: the review's fixes, driven through the widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mentorapp.domain.model import Mentee
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.settings import AppSettings
from mentorapp.store.keychain import Keychain
from mentorapp.store.repositories import MenteeRepository
from mentorapp.store.vault import Vault
from tests.conftest import add_mentee_with_session


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


def _window(qtbot: QtBot, vault: Vault, settings: AppSettings, keychain: Keychain) -> MainWindow:
    window = MainWindow(vault.folder, settings, keychain, vault=vault)
    qtbot.addWidget(window)
    window.show()
    return window


def test_agreements_sit_in_the_shared_pane(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    mentee = add_mentee_with_session(vault)
    window = _window(qtbot, vault, settings, no_keychain)
    window.open_mentee(mentee)
    editor = window.workspace.sessions.editor
    panes = []
    widget = editor.agreements.parentWidget()
    while widget is not None:
        panes.append(widget.objectName())
        widget = widget.parentWidget()
    assert "sharedPane" in panes and "privatePane" not in panes
    assert "employee" in editor.agreements.accessibleName()


def test_a_mentee_without_sessions_says_what_to_do(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    with vault.transaction() as s:
        mentee = MenteeRepository(s).add(Mentee(full_name="Aiko Tanaka"))
    window = _window(qtbot, vault, settings, no_keychain)
    assert mentee.id is not None
    window.open_mentee(mentee.id)
    tab = window.workspace.sessions
    window.workspace.setCurrentWidget(tab)
    assert tab.right.currentWidget() is tab.empty
    assert not tab.editor.isVisible()
    assert "New session" in tab.empty.text()
    assert not tab.export_button.isEnabled() and not tab.delete_button.isEnabled()


def test_summary_pdf_is_enabled_after_the_first_session(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    with vault.transaction() as s:
        mentee = MenteeRepository(s).add(Mentee(full_name="Aiko Tanaka"))
    assert mentee.id is not None
    window = _window(qtbot, vault, settings, no_keychain)
    window.reload_mentees(keep=mentee.id)
    qtbot.waitUntil(lambda: window.workspace.mentee_id == mentee.id, timeout=10000)
    tab = window.workspace.sessions
    window.new_session()
    wait_idle(qtbot)
    qtbot.wait(50)
    wait_idle(qtbot)
    assert tab.right.currentWidget() is tab.editor
    assert tab.export_button.isEnabled()
    assert tab.delete_button.isEnabled()
    assert tab.list.count() == 1


def test_energy_shows_its_scale(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    mentee = add_mentee_with_session(vault)
    window = _window(qtbot, vault, settings, no_keychain)
    window.open_mentee(mentee)
    energy = window.workspace.sessions.editor.energy
    energy.setValue(4)
    assert "10" in energy.text() and "4" in energy.text()


def test_search_marks_a_hit_in_private_notes(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    from mentorapp.gui.search_popup import HTML_ROLE, SearchPopup

    add_mentee_with_session(vault, private="zebrastreep gehoord", shared="giraffenek gezien")
    window = _window(qtbot, vault, settings, no_keychain)
    popup = SearchPopup(vault, window)
    found: dict[str, tuple[str, str]] = {}
    for word in ("zebrastreep", "giraffenek"):
        popup.query.setText(word)
        popup._run()
        qtbot.waitUntil(lambda: popup.results.count() == 1, timeout=5000)
        item = popup.results.item(0)
        found[word] = (
            str(item.data(HTML_ROLE)),
            str(item.data(Qt.ItemDataRole.AccessibleTextRole)),
        )
        popup.results.clear()
    private_html, private_spoken = found["zebrastreep"]
    shared_html, shared_spoken = found["giraffenek"]
    assert "lock.svg" in private_html and "private notes" in private_spoken
    assert "lock.svg" not in shared_html and "shared summary" in shared_spoken
    assert popup.status.accessibleName() == popup.status.text() != ""


def test_first_plan_export_asks_the_coach_name_once(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    from mentorapp.domain.model import CoachingSession

    settings.coach_details_asked = False
    mentee = add_mentee_with_session(vault)
    window = _window(qtbot, vault, settings, no_keychain)
    window.open_mentee(mentee)
    coaching = window.workspace.sessions.editor.current()
    assert isinstance(coaching, CoachingSession)
    window.exports.export_summary_pdf(coaching)
    asked = window.exports.coach_dialog
    assert asked is not None and asked.isVisible()
    asked.name.setText("  An   Peeters ")
    asked.organisation.setText("Loopbaancentrum Gent")
    asked.save_button.click()
    assert settings.coach_name == "An Peeters"
    assert settings.coach_organisation == "Loopbaancentrum Gent"
    assert window.exports.dialog is not None  # the export went on
    window.exports.dialog.close()
    window.exports.coach_dialog = None
    settings.coach_name = ""
    window.exports.export_summary_pdf(coaching)
    assert window.exports.coach_dialog is None  # asked once, never again


def test_opening_a_search_hit_puts_the_focus_on_the_note(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    from PySide6.QtWidgets import QApplication

    from mentorapp.services import search

    mentee = add_mentee_with_session(vault, private="okapivlek", shared="giraffenek")
    window = _window(qtbot, vault, settings, no_keychain)
    window.reload_mentees()
    wait_idle(qtbot)
    window.mentees.table.setFocus()
    editor = window.workspace.sessions.editor
    for word, pane in (("okapivlek", editor.private_notes), ("giraffenek", editor.shared_summary)):
        (hit,) = search.search(vault, word)
        window.open_hit(hit)
        QApplication.processEvents()
        assert window.workspace.mentee_id == mentee
        assert window.workspace.currentWidget() is window.workspace.sessions
        assert QApplication.focusWidget() is pane.editor, word


def test_an_empty_vault_offers_its_first_steps(
    qtbot: QtBot,
    vault: Vault,
    settings: AppSettings,
    no_keychain: Keychain,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mentorapp.gui import mentee_dialog

    opened: list[bool] = []
    monkeypatch.setattr(mentee_dialog.MenteeDialog, "exec", lambda _self: opened.append(True))
    window = _window(qtbot, vault, settings, no_keychain)
    demo: list[bool] = []
    window.demo_requested.connect(lambda: demo.append(True))
    card = window.dashboard.empty_vault
    qtbot.waitUntil(card.isVisible, timeout=10000)
    assert card.new_mentee_button.isVisible() and card.demo_button.isVisible()
    card.new_mentee_button.click()
    card.demo_button.click()
    assert opened == [True] and demo == [True]


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_the_workspace_gets_the_room(
    qtbot: QtBot,
    vault: Vault,
    settings: AppSettings,
    no_keychain: Keychain,
    size: tuple[int, int],
) -> None:
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] > 0, timeout=5000)
    mentee_list, workspace = window.splitter.sizes()
    assert 360 <= mentee_list <= 560
    assert workspace >= 0.68 * size[0]


def test_the_private_background_looks_private_in_the_mentee_dialog(qtbot: QtBot) -> None:
    from mentorapp.gui.mentee_dialog import MenteeDialog

    dialog = MenteeDialog()
    qtbot.addWidget(dialog)
    panes = []
    widget = dialog.background.parentWidget()
    while widget is not None:
        panes.append(widget.objectName())
        widget = widget.parentWidget()
    assert "privatePane" in panes
    lock = dialog.private_pane.findChildren(QLabel)[0]
    assert lock.pixmap() is not None and not lock.pixmap().isNull()
    assert lock.accessibleName() != ""


def test_the_dashboard_asks_the_coachs_career_check_interval(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    settings.career_check_months = 2
    window = _window(qtbot, vault, settings, no_keychain)
    assert window.dashboard.check_interval_days() == 2 * 365 // 12
    settings.career_check_months = 9
    assert window.dashboard.check_interval_days() == 9 * 365 // 12  # read at each refresh


def test_a_story_hit_opens_the_stories_and_a_lock_closes_them(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    from mentorapp.domain.model import CareerStory
    from mentorapp.services import moves, search

    moves.save_story(vault, CareerStory("Zijwaarts naar planning", "Een okapiverhaal zonder naam"))
    window = _window(qtbot, vault, settings, no_keychain)
    (hit,) = search.search(vault, "okapiverhaal")
    assert hit.kind == "story"
    window.open_hit(hit)
    dialog = window.menu.stories_dialog
    assert dialog is not None and dialog.isVisible()
    window.lock()
    wait_idle(qtbot)
    qtbot.wait(50)
    assert window.menu.stories_dialog is None or not window.menu.stories_dialog.isVisible()


def test_a_safari_goes_from_the_dashboard_to_its_debrief_and_outcome(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    """Plan a safari -> the dashboard shows it this week -> once it ended it waits for its
    debrief -> a linked debrief and an outcome settle it."""
    import dataclasses
    from datetime import timedelta

    from mentorapp.domain import clock
    from mentorapp.domain.enums import SafariOutcome, SafariStatus, SessionKind
    from mentorapp.domain.model import CareerSafari
    from mentorapp.services import moves, sessions

    today = clock.now().date()
    mentee = add_mentee_with_session(vault)
    with vault.transaction() as s:  # an active mentee
        from mentorapp.domain.enums import MenteeStatus
        from mentorapp.store.repositories import MenteeRepository

        repo = MenteeRepository(s)
        repo.update(dataclasses.replace(repo.get(mentee), status=MenteeStatus.ACTIVE))
    safari = moves.save_safari(
        vault,
        CareerSafari(mentee, "Dienst Wonen", start_date=today, end_date=today + timedelta(2)),
    ).value
    window = _window(qtbot, vault, settings, no_keychain)
    board = window.dashboard
    qtbot.waitUntil(lambda: board.safaris_box.list.count() == 1, timeout=10000)
    assert "Dienst Wonen" in board.safaris_box.list.item(0).text()

    ended = dataclasses.replace(
        safari,
        start_date=today - timedelta(10),
        end_date=today - timedelta(3),
        status=SafariStatus.COMPLETED,
    )
    moves.save_safari(vault, ended)
    board.refresh(vault, today)
    qtbot.waitUntil(lambda: board.debriefs_box.list.count() == 1, timeout=10000)

    debrief = sessions.start_session(vault, mentee, clock.now().replace(second=0)).value
    debrief = sessions.save_session(
        vault, dataclasses.replace(debrief, kind=SessionKind.SAFARI_DEBRIEF)
    ).value
    assert safari.id is not None and debrief.id is not None
    moves.link_debrief(vault, debrief.id, safari.id)
    moves.save_safari(
        vault, dataclasses.replace(moves.safari(vault, safari.id), outcome=SafariOutcome.MOVE_THERE)
    )
    board.refresh(vault, today)
    qtbot.waitUntil(lambda: board.debriefs_box.list.count() == 0, timeout=10000)
    assert moves.safari(vault, safari.id).outcome is SafariOutcome.MOVE_THERE
    linked = moves.debrief_of(vault, safari.id)
    assert linked is not None and linked.id == debrief.id
