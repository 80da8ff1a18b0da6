"""The Safaris page, as a coach uses it: plan a safari, follow it, record the debrief and
the outcome, link the debrief session and the plan activity; for a screen reader; and
after a lock nothing is left on screen and nothing typed is lost."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import ActivityKind, SafariOutcome, SafariStatus, SessionKind
from mentorapp.domain.ids import MenteeId, SafariId
from mentorapp.domain.model import CareerSafari, CoachingSession, DevelopmentActivity, Mentee
from mentorapp.gui.moves import safaris as safari_page
from mentorapp.gui.moves.safaris import SafariPage
from mentorapp.gui.ops import running_count
from mentorapp.gui.plan import PlanTab
from mentorapp.services import mentees, moves, plans, sessions
from mentorapp.store.vault import Vault
from tests.gui.a11y import all_widget_texts, mute_labels, unnamed_focusable
from tests.gui.test_accessibility import FIXED_NAMES
from tests.gui.test_plan_tab import answer_dialogs

LEARNING = "LEARNCANARY hoe ziet een dag bij controlling eruit"
REFLECTION = "REFLECTCANARY cijfers geven mij energie"
PRIVATE = "PRIVSAFCANARY twijfelt aan de manager"
ARRANGED = "ARRANGECANARY drie dagen, Jan neemt over"


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


def _mentee(vault: Vault, name: str = "Lotte Safarivogel") -> MenteeId:
    mentee = mentees.add_mentee(vault, Mentee(full_name=name)).value
    assert mentee.id is not None
    return MenteeId(mentee.id)


def _debrief_session(vault: Vault, mentee_id: MenteeId) -> CoachingSession:
    started = sessions.start_session(vault, mentee_id, datetime(2026, 10, 2, 14, 0)).value
    debrief = dataclasses.replace(started, kind=SessionKind.SAFARI_DEBRIEF)
    return sessions.save_session(vault, debrief).value


@pytest.fixture
def page(qtbot: QtBot) -> SafariPage:
    widget = SafariPage()
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def _plan_one(
    qtbot: QtBot, page: SafariPage, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> CareerSafari:
    answer_dialogs(
        monkeypatch,
        [
            {
                "host_department": "Controlling",
                "host_role": "Business controller",
                "host_contact": "An Peeters",
                "start_date": date(2026, 9, 21),
                "end_date": date(2026, 9, 25),
            }
        ],
    )
    page.new_button.click()
    wait_idle(qtbot)
    assert page.list.count() == 1
    assert page.right.currentWidget() is page.editor
    assert page.mentee_id is not None
    (stored,) = moves.safaris(vault, page.mentee_id)
    return stored


def test_plan_a_safari_then_record_the_debrief_and_the_outcome(
    qtbot: QtBot, page: SafariPage, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentee_id = _mentee(vault)
    debrief = _debrief_session(vault, mentee_id)
    page.show_mentee(vault, mentee_id)
    wait_idle(qtbot)
    assert page.right.currentWidget() is page.empty  # nothing yet: what to do next

    stored = _plan_one(qtbot, page, vault, monkeypatch)
    assert (stored.host_department, stored.host_role) == ("Controlling", "Business controller")
    assert stored.start_date == date(2026, 9, 21) and stored.status is SafariStatus.PLANNED
    assert "Controlling · Business controller" in page.editor.title.text()

    # planned: the learning questions and arrangements save by themselves while typing
    qtbot.keyClicks(page.editor.learning, LEARNING)
    qtbot.keyClicks(page.editor.arrangements, ARRANGED)
    qtbot.waitUntil(lambda: not page.editor.dirty, timeout=10000)
    wait_idle(qtbot)
    assert stored.id is not None
    again = moves.safari(vault, SafariId(stored.id))
    assert (again.learning_goals, again.arrangements) == (LEARNING, ARRANGED)

    # it ran, and is done: the reflection, the private notes and the outcome
    editor = page.editor
    editor.status.setCurrentIndex(editor.status.findData(SafariStatus.COMPLETED))
    qtbot.keyClicks(editor.reflection, REFLECTION)
    qtbot.keyClicks(editor.private_notes, PRIVATE)
    editor.outcome.setCurrentIndex(editor.outcome.findData(SafariOutcome.MOVE_THERE))
    assert page.save_now()
    done = moves.safari(vault, SafariId(stored.id))
    assert done.status is SafariStatus.COMPLETED
    assert (done.shared_reflection, done.private_notes) == (REFLECTION, PRIVATE)
    assert done.outcome is SafariOutcome.MOVE_THERE
    wait_idle(qtbot)
    assert "Completed" in page.list.item(0).text()

    # the debrief session is linked, and opens beside it
    assert not editor.open_debrief_button.isEnabled()
    offered: list[list[str]] = []

    def pick_first(*args: object) -> int:
        items = args[3]
        assert isinstance(items, list)
        offered.append(items)
        return 0

    monkeypatch.setattr(safari_page, "choose_one", pick_first)
    editor.link_debrief_button.click()
    wait_idle(qtbot)
    assert offered and len(offered[0]) == 1  # the one safari debrief session
    linked = moves.debrief_of(vault, SafariId(stored.id))
    assert linked is not None and linked.id == debrief.id
    qtbot.waitUntil(lambda: editor.open_debrief_button.isEnabled(), timeout=5000)
    assert "2 October 2026" in editor.debrief_label.text()
    with qtbot.waitSignal(page.open_session, timeout=2000) as opened:
        editor.open_debrief_button.click()
    assert opened.args == [debrief.id]
    # the typed text stayed where it was through the reloads the links caused
    assert editor.reflection.toPlainText() == REFLECTION


def test_a_safari_links_to_a_plan_activity_and_both_show_it(
    qtbot: QtBot, page: SafariPage, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentee_id = _mentee(vault)
    draft = plans.new_plan(vault, mentee_id, "Breder kijken", date(2026, 9, 1)).value.shown
    assert draft is not None
    draft.activities = [
        DevelopmentActivity(ActivityKind.TRAINING, "Excel voor gevorderden"),
        DevelopmentActivity(ActivityKind.CAREER_SAFARI, "Een week meelopen bij controlling"),
    ]
    plans.save_draft(vault, draft)
    page.show_mentee(vault, mentee_id)
    wait_idle(qtbot)
    stored = _plan_one(qtbot, page, vault, monkeypatch)
    assert "not linked" in page.editor.activity_label.text()
    offered: list[list[str]] = []

    def pick_first(*args: object) -> int:
        items = args[3]
        assert isinstance(items, list)
        offered.append(items)
        return 0

    monkeypatch.setattr(safari_page, "choose_one", pick_first)
    page.editor.link_activity_button.click()
    wait_idle(qtbot)
    assert offered == [["Een week meelopen bij controlling"]]  # only the safari activity
    plan = plans.current_plan(vault, mentee_id)
    assert plan is not None
    assert [a.safari_id for a in plan.activities] == [None, stored.id]
    qtbot.waitUntil(lambda: "meelopen" in page.editor.activity_label.text(), timeout=5000)

    # the plan tab shows its side of the link
    tab = PlanTab()
    qtbot.addWidget(tab)
    mentee = mentees.get_mentee(vault, mentee_id)
    tab.load(vault, mentee)
    kinds = [item.text(0) for item in tab.activities.tree.all_items()]
    assert kinds == ["Training", "Career safari, linked"]


def test_no_link_is_offered_where_none_can_be_made(
    qtbot: QtBot, page: SafariPage, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.show_mentee(vault, _mentee(vault))
    wait_idle(qtbot)
    _plan_one(qtbot, page, vault, monkeypatch)
    asked: list[object] = []
    monkeypatch.setattr(safari_page, "choose_one", lambda *a: asked.append(a))
    page.editor.link_debrief_button.click()
    assert "no safari debrief session yet" in page.message.text()
    page.editor.link_activity_button.click()
    assert "no development plan yet" in page.message.text()
    assert asked == []


def test_every_control_has_a_name_and_messages_speak_their_text(
    qtbot: QtBot, page: SafariPage, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.show_mentee(vault, _mentee(vault))
    wait_idle(qtbot)
    QApplication.processEvents()
    assert unnamed_focusable(page) == []  # the empty state
    _plan_one(qtbot, page, vault, monkeypatch)
    qtbot.keyClicks(page.editor.reflection, "x")
    QApplication.processEvents()
    assert unnamed_focusable(page) + mute_labels(page, FIXED_NAMES) == []


def test_clear_leaves_nothing_and_loses_nothing_typed(
    qtbot: QtBot, page: SafariPage, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentee_id = _mentee(vault)
    page.show_mentee(vault, mentee_id)
    wait_idle(qtbot)
    stored = _plan_one(qtbot, page, vault, monkeypatch)
    qtbot.keyClicks(page.editor.private_notes, PRIVATE)  # typed, not yet saved
    qtbot.keyClicks(page.editor.learning, LEARNING)
    assert page.editor.dirty

    page.clear()  # as the lock does
    wait_idle(qtbot)
    qtbot.wait(50)  # the deleteLater of the dialogs used
    texts = all_widget_texts()
    for needle in ("PRIVSAFCANARY", "LEARNCANARY", "Controlling", "An Peeters"):
        assert needle not in texts
    assert page.list.count() == 0 and not page.editor.isEnabled()
    assert stored.id is not None
    kept = moves.safari(vault, SafariId(stored.id))
    assert (kept.private_notes, kept.learning_goals) == (PRIVATE, LEARNING)


def test_another_mentee_saves_the_typed_text_first(
    qtbot: QtBot, page: SafariPage, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _mentee(vault)
    second = _mentee(vault, "Bram Tweede")
    page.show_mentee(vault, first)
    wait_idle(qtbot)
    stored = _plan_one(qtbot, page, vault, monkeypatch)
    qtbot.keyClicks(page.editor.reflection, REFLECTION)
    page.show_mentee(vault, second)
    assert REFLECTION not in all_widget_texts()
    wait_idle(qtbot)
    assert page.right.currentWidget() is page.empty
    assert stored.id is not None
    assert moves.safari(vault, SafariId(stored.id)).shared_reflection == REFLECTION
