"""Beside the session editor: the guide for the session's kind, the mentee's preparation
beside a career conversation, and a new session that starts from the guide's headings."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import Language, SessionKind, TemplateKind
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import GuideStep, Mentee, QuestionnaireResponse
from mentorapp.gui.ops import running_count
from mentorapp.gui.sessions_tab import SessionsTab
from mentorapp.services import mentees, questionnaires, sessions
from mentorapp.store.vault import Vault
from tests.gui.a11y import unnamed_focusable

TALENTS = "Plannen en mensen samenbrengen TALENTCANARY"
PRIVATE = "PRIVREADING zij twijfelt"


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


def add_mentee(vault: Vault, language: Language = Language.EN) -> MenteeId:
    mentee = mentees.add_mentee(
        vault, Mentee(full_name="Zoë Van den Bossche", export_language=language)
    ).value
    assert mentee.id is not None
    return MenteeId(mentee.id)


def prepare(vault: Vault, mentee_id: MenteeId, language: Language = Language.EN) -> None:
    """The mentee's preparation, typed in by the coach, with the coach's private reading."""
    template = questionnaires.builtin(vault, TemplateKind.PREPARATION, language)
    assert template.id is not None
    questionnaires.save_response(
        vault,
        QuestionnaireResponse(
            template.id,
            mentee_id,
            date(2026, 3, 2),
            answers={"talents": TALENTS, "values": "Eerlijkheid"},
            private_interpretation=PRIVATE,
        ),
    )


def add_session(
    vault: Vault,
    mentee_id: MenteeId,
    day: int,
    kind: SessionKind = SessionKind.CAREER_CONVERSATION,
    **fields: str,
) -> None:
    started = sessions.start_session(vault, mentee_id, datetime(2026, 3, day, 10, 0)).value
    sessions.save_session(vault, dataclasses.replace(started, kind=kind, **fields))


@pytest.fixture
def tab(qtbot: QtBot) -> SessionsTab:
    shown = SessionsTab()
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    return shown


def open_sessions(qtbot: QtBot, tab: SessionsTab, vault: Vault, mentee_id: MenteeId) -> None:
    shown = sessions.sessions_of(vault, mentee_id)
    tab.load(vault, mentee_id, shown)
    wait_idle(qtbot)
    if shown:
        qtbot.waitUntil(lambda: tab.editor.side.content is not None, timeout=10000)


def test_the_preparation_shows_beside_a_career_conversation_and_not_beside_other_kinds(
    qtbot: QtBot, vault: Vault, tab: SessionsTab
) -> None:
    mentee_id = add_mentee(vault)
    prepare(vault, mentee_id)
    add_session(vault, mentee_id, 3)
    open_sessions(qtbot, tab, vault, mentee_id)
    side = tab.editor.side

    assert tab.editor.kind.currentData() == SessionKind.CAREER_CONVERSATION
    assert side.preparation_fold.isVisible()
    shown = side.preparation_view.toPlainText()
    assert TALENTS in shown and "Eerlijkheid" in shown
    assert "What are you good at?" in shown  # the item, beside its answer
    assert PRIVATE.split()[0] not in shown  # the coach's reading stays in its own tab
    assert "Answered on 2 March 2026" in shown
    assert "Frame and aims" in side.guide_view.toPlainText()  # in the mentee's language

    tab.editor.kind.setCurrentIndex(tab.editor.kind.findData(SessionKind.FOLLOW_UP))
    assert not side.preparation_fold.isVisible()
    assert "Obstacles" in side.guide_view.toPlainText()

    tab.editor.kind.setCurrentIndex(tab.editor.kind.findData(SessionKind.CAREER_CONVERSATION))
    assert side.preparation_fold.isVisible()


def test_answers_entered_later_appear_without_reopening_the_session(
    qtbot: QtBot, vault: Vault, tab: SessionsTab
) -> None:
    from mentorapp.gui.ops import announce

    mentee_id = add_mentee(vault)
    add_session(vault, mentee_id, 3)
    open_sessions(qtbot, tab, vault, mentee_id)
    assert "No preparation answers yet" in tab.editor.side.preparation_view.toPlainText()

    template = questionnaires.builtin(vault, TemplateKind.PREPARATION, Language.EN)
    assert template.id is not None
    outcome = questionnaires.save_response(
        vault,
        QuestionnaireResponse(template.id, mentee_id, date(2026, 3, 2), {"talents": TALENTS}),
    )
    announce(outcome.changes)  # what the questionnaires tab's write does
    qtbot.waitUntil(lambda: TALENTS in tab.editor.side.preparation_view.toPlainText())


def test_the_parts_fold_and_the_whole_panel_hides(
    qtbot: QtBot, vault: Vault, tab: SessionsTab
) -> None:
    mentee_id = add_mentee(vault)
    add_session(vault, mentee_id, 3)
    open_sessions(qtbot, tab, vault, mentee_id)
    side = tab.editor.side
    qtbot.mouseClick(side.guide_fold.button, Qt.MouseButton.LeftButton)
    assert not side.guide_view.isVisible() and side.preparation_view.isVisible()
    qtbot.mouseClick(side.guide_fold.button, Qt.MouseButton.LeftButton)
    assert side.guide_view.isVisible()
    qtbot.mouseClick(tab.editor.side_toggle, Qt.MouseButton.LeftButton)
    assert not side.isVisible()
    assert tab.editor.shared_summary.isVisible()
    qtbot.mouseClick(tab.editor.side_toggle, Qt.MouseButton.LeftButton)
    assert side.isVisible()


def test_a_new_session_starts_its_summary_from_the_guide_headings(
    qtbot: QtBot, vault: Vault, tab: SessionsTab
) -> None:
    mentee_id = add_mentee(vault, Language.NL)
    open_sessions(qtbot, tab, vault, mentee_id)  # no sessions yet
    tab.new_session()
    wait_idle(qtbot)
    editor = tab.editor
    qtbot.waitUntil(editor.start_button.isVisible, timeout=10000)
    assert editor.start_button.isEnabled()

    qtbot.mouseClick(editor.start_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.shared_summary.editor, "We keken terug")  # under the first heading
    assert not editor.start_button.isEnabled()
    qtbot.waitUntil(lambda: not editor.dirty, timeout=10000)  # autosaved
    wait_idle(qtbot)

    assert editor.coaching is not None and editor.coaching.id is not None
    stored = sessions.get_session(vault, editor.coaching.id).shared_summary
    # A mentee's first session is the intake; the guide is in the mentee's language.
    assert stored.startswith("### Kennismaking\n\nWe keken terug\n\n### Kader en ")
    assert "### Afspraken en volgende stap" in stored
    assert editor.agreements.toPlainText() == ""  # printed as a list: no headings there
    assert "Kennismaking" not in sessions.get_session(vault, editor.coaching.id).private_notes

    editor.shared_summary.editor.undo()  # the typing, then the headings: one step each
    editor.shared_summary.editor.undo()
    assert editor.shared_summary.plain_text().strip() == ""


def test_the_guide_never_writes_over_typed_text(
    qtbot: QtBot, vault: Vault, tab: SessionsTab
) -> None:
    mentee_id = add_mentee(vault)
    add_session(vault, mentee_id, 3, agreements="Call HR")
    add_session(vault, mentee_id, 10)
    open_sessions(qtbot, tab, vault, mentee_id)
    editor = tab.editor
    assert editor.start_button.isVisible()  # the newest session is still empty

    qtbot.keyClicks(editor.shared_summary.editor, "Mine")
    editor.start_from_guide()  # greyed out, and refused if asked anyway
    assert editor.shared_summary.plain_text() == "Mine"
    assert not editor.start_button.isEnabled()

    tab.list.setCurrentRow(1)  # the older session has agreements: no offer there
    assert not editor.start_button.isVisible()


def test_a_guide_without_steps_offers_nothing(qtbot: QtBot, vault: Vault, tab: SessionsTab) -> None:
    mentee_id = add_mentee(vault)
    questionnaires.save_guide(
        vault,
        dataclasses.replace(
            questionnaires.default_guide(SessionKind.CAREER_CONVERSATION, Language.EN), steps=[]
        ),
    )
    add_session(vault, mentee_id, 3)
    open_sessions(qtbot, tab, vault, mentee_id)
    assert not tab.editor.start_button.isVisible()
    assert "No guide for this kind of session yet" in tab.editor.side.guide_view.toPlainText()


def test_the_coach_s_own_guide_shows_and_starts_the_summary(
    qtbot: QtBot, vault: Vault, tab: SessionsTab
) -> None:
    mentee_id = add_mentee(vault)
    questionnaires.save_guide(
        vault,
        dataclasses.replace(
            questionnaires.default_guide(SessionKind.CAREER_CONVERSATION, Language.EN),
            steps=[GuideStep("Check-in <b>", "How are you?"), GuideStep("Wrap-up")],
        ),
    )
    add_session(vault, mentee_id, 3)
    open_sessions(qtbot, tab, vault, mentee_id)
    assert tab.editor.side.guide_view.toPlainText().split("\n")[:3] == [
        "1. Check-in <b>",  # shown as typed, not as markup
        "How are you?",
        "2. Wrap-up",
    ]
    tab.editor.start_from_guide()
    summary = tab.editor.shared_summary
    assert summary.plain_text().startswith("Check-in <b>\n")  # the text, not a bold tag
    assert summary.markdown().startswith("### Check-in ")


def test_every_focusable_object_beside_the_session_has_a_name(
    qtbot: QtBot, vault: Vault, tab: SessionsTab
) -> None:
    mentee_id = add_mentee(vault)
    prepare(vault, mentee_id)
    add_session(vault, mentee_id, 3)
    open_sessions(qtbot, tab, vault, mentee_id)
    assert tab.editor.start_button.isVisible()
    assert unnamed_focusable(tab) == []
