"""The mentee tabs load after the list: each page is built when first shown, and a mentee
is read only into the tab on show (the others read it when selected)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import Language, QuestionKind, TemplateKind
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Mentee, QuestionnaireResponse
from mentorapp.gui.attachments import AttachmentsPage
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.moves.tab import CareerMovesTab
from mentorapp.gui.ops import running_count
from mentorapp.gui.overview_tab import OverviewTab
from mentorapp.gui.plan import PlanTab
from mentorapp.gui.questionnaires import QuestionnairesTab
from mentorapp.gui.sessions_tab import SessionsTab
from mentorapp.gui.settings import AppSettings
from mentorapp.services import mentees
from mentorapp.services import questionnaires as q
from mentorapp.store.keychain import Keychain
from mentorapp.store.vault import Vault
from tests.conftest import add_mentee_with_session

TAB_KINDS: tuple[type[QWidget], ...] = (
    OverviewTab,
    SessionsTab,
    PlanTab,
    QuestionnairesTab,
    CareerMovesTab,
    AttachmentsPage,
)


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


def _built(window: MainWindow) -> set[str]:
    """The tab pages that exist (looked up without touching ``workspace.<tab>``)."""
    return {kind.__name__ for kind in TAB_KINDS if window.workspace.findChildren(kind)}


def _window(qtbot: QtBot, vault: Vault, settings: AppSettings, keychain: Keychain) -> MainWindow:
    window = MainWindow(vault.folder, settings, keychain, vault=vault)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def _with_checks(vault: Vault) -> MenteeId:
    mentee = mentees.add_mentee(vault, Mentee(full_name="Noor Kanarie")).value
    assert mentee.id is not None
    check = q.builtin(vault, TemplateKind.CAREER_CHECK, Language.NL)
    assert check.id is not None
    for when, value in ((date(2026, 1, 12), 2), (date(2026, 7, 6), 4)):
        answers = {i.key: str(value) for i in check.questions if i.kind is QuestionKind.SCALE}
        q.save_response(vault, QuestionnaireResponse(check.id, mentee.id, when, answers))
    return mentee.id


def test_no_tab_is_built_before_a_mentee_is_opened_and_then_only_the_shown_one(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    mentee_id = add_mentee_with_session(vault)
    window = _window(qtbot, vault, settings, no_keychain)
    assert window.workspace.count() == 6
    assert _built(window) == set()
    window.open_mentee(mentee_id)
    wait_idle(qtbot)
    assert _built(window) == {"OverviewTab"}
    window.workspace.focus_tab()  # Ctrl+1: the focus moves, no other tab is built
    assert _built(window) == {"OverviewTab"}
    window.workspace.setCurrentIndex(2)
    assert _built(window) == {"OverviewTab", "PlanTab"}
    assert window.workspace.currentWidget() is window.workspace.plan
    assert window.workspace.indexOf(window.workspace.plan) == 2


def test_ctrl_4_reaches_the_questionnaires_and_focuses_the_answers(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    mentee_id = _with_checks(vault)
    window = _window(qtbot, vault, settings, no_keychain)
    window.reload_mentees(keep=mentee_id)
    qtbot.waitUntil(lambda: window.workspace.mentee_id == mentee_id, timeout=10000)
    wait_idle(qtbot)
    assert "QuestionnairesTab" not in _built(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.workspace.currentIndex() == 3, timeout=5000)
    tab = window.workspace.questionnaires
    assert window.workspace.currentWidget() is tab
    qtbot.waitUntil(lambda: tab.list.count() == 2, timeout=10000)
    wait_idle(qtbot)
    assert tab.list.hasFocus()
    assert len(tab.check.dates) == 2


def test_a_mentee_with_no_answers_gets_new_answers_focused_after_ctrl_4(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    mentee_id = add_mentee_with_session(vault)
    window = _window(qtbot, vault, settings, no_keychain)
    window.open_mentee(mentee_id)
    wait_idle(qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.go_tab(3)
    wait_idle(qtbot)
    tab = window.workspace.questionnaires
    qtbot.waitUntil(tab.new_button.hasFocus, timeout=5000)


def test_a_hidden_tab_reads_the_next_mentee_only_when_shown(
    qtbot: QtBot,
    vault: Vault,
    settings: AppSettings,
    no_keychain: Keychain,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = add_mentee_with_session(vault, name="Aiko Tanaka")
    second = _with_checks(vault)
    window = _window(qtbot, vault, settings, no_keychain)
    window.open_mentee(first)
    window.workspace.setCurrentIndex(3)  # built, with the first mentee's (no) answers
    wait_idle(qtbot)
    window.workspace.setCurrentIndex(1)
    wait_idle(qtbot)
    loads: list[str] = []
    for kind in (QuestionnairesTab, PlanTab):
        original = kind.load

        def spy(self: QWidget, *args: object, _o: object = original, _k: type = kind) -> None:
            loads.append(_k.__name__)
            _o(self, *args)  # type: ignore[operator]

        monkeypatch.setattr(kind, "load", spy)
    window.open_mentee(second)
    wait_idle(qtbot)
    assert window.workspace.currentIndex() == 1
    assert loads == []  # neither the hidden Questionnaires tab nor the plan read them
    window.workspace.setCurrentIndex(3)
    assert loads == ["QuestionnairesTab"]
    tab = window.workspace.questionnaires
    qtbot.waitUntil(lambda: tab.list.count() == 2, timeout=10000)
    assert tab.mentee is not None and tab.mentee.id == second
    window.workspace.setCurrentIndex(0)
    window.workspace.setCurrentIndex(3)
    assert loads == ["QuestionnairesTab"]  # read once per mentee shown, not per visit
    assert window.workspace.plan.mentee is not None  # asked for: built and read at once
    assert loads[-1] == "PlanTab"
