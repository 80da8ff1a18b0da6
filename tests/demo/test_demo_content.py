"""The demo vault content: who is in it, and that it stays consistent, private and current."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from mentorapp.demo import DemoMentee, demo_mentees
from mentorapp.domain.builtin_questionnaires import builtin_template
from mentorapp.domain.enums import (
    ActionStatus,
    Feasibility,
    Language,
    MenteeStatus,
    MoveKind,
    PlanStatus,
    SessionKind,
    TemplateKind,
)
from mentorapp.domain.ids import MenteeId, TemplateId
from mentorapp.domain.model import QuestionnaireResponse
from mentorapp.domain.questionnaires import dimension_scores

TODAY = date(2026, 11, 24)
NAMES_IN_OTHER_SCRIPTS = (
    "Łukasz Wróbel",
    "Şükrü Yılmaz",
    "Ελένη Παπαδοπούλου",
    "Олена Шевченко",
    "Zoë Van den Bossche",
)
ACCENTED_WORDS = (
    "carrière",
    "financiële",
    "ideeën",
    "coördinator",
    "één",
    "reële",
    "categorieën",
    "geïnteresseerd",
)


@pytest.fixture(scope="module")
def demo() -> list[DemoMentee]:
    return demo_mentees(TODAY)


def _leaves(value: object) -> Iterator[object]:
    """Every plain value inside a demo mentee, in a stable order."""
    if isinstance(value, list):
        for item in value:
            yield from _leaves(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _leaves(getattr(value, f.name))
    else:
        yield value


def _texts(value: object) -> list[str]:
    return [leaf for leaf in _leaves(value) if isinstance(leaf, str) and leaf]


def _private_texts(d: DemoMentee) -> list[str]:
    texts = [d.mentee.private_background, *(s.private_notes for s in d.sessions)]
    texts += [s.private_notes for s in d.safaris]
    if d.plan is not None:
        texts.append(d.plan.private_remarks)
    texts += [a.private_interpretation for a in d.answers]
    return [t for t in texts if t]


def test_the_five_names_in_other_scripts_are_each_there_once(demo: list[DemoMentee]) -> None:
    names = [d.mentee.full_name for d in demo]
    for name in NAMES_IN_OTHER_SCRIPTS:
        assert names.count(name) == 1, name
    assert len(set(names)) == len(names)


def test_about_25_mentees_and_most_have_a_plan(demo: list[DemoMentee]) -> None:
    assert 20 <= len(demo) <= 30
    assert sum(d.plan is not None for d in demo) >= 18
    for d in demo:
        if d.mentee.full_name in NAMES_IN_OTHER_SCRIPTS:
            assert d.plan is not None, d.mentee.full_name


def test_statuses_of_mentees_and_plans_are_mixed(demo: list[DemoMentee]) -> None:
    assert {d.mentee.status for d in demo} == set(MenteeStatus)
    plan_statuses = {d.plan.status for d in demo if d.plan is not None}
    assert {PlanStatus.DRAFT, PlanStatus.SHARED, PlanStatus.AGREED} <= plan_statuses
    assert {m.kind for d in demo for m in d.moves} == set(MoveKind)


def test_sessions_open_with_an_intake_and_closed_files_end_with_closing(
    demo: list[DemoMentee],
) -> None:
    for d in demo:
        assert 2 <= len(d.sessions) <= 6, d.mentee.full_name
        assert d.sessions[0].kind is SessionKind.INTAKE
        starts = [s.started_at for s in d.sessions]
        assert starts == sorted(starts) and len(set(starts)) == len(starts)
        assert all(s.started_at.date() < TODAY for s in d.sessions)
        assert all(s.energy is not None and 1 <= s.energy <= 10 for s in d.sessions)
        if d.mentee.status is MenteeStatus.CLOSED:
            assert d.sessions[-1].kind is SessionKind.CLOSING
            assert d.mentee.close_date == d.sessions[-1].started_at.date()
        assert d.mentee.start_date == d.sessions[0].started_at.date()
        assert d.mentee.consent_given and d.mentee.consent_date is not None
    debriefs = [d for d in demo if any(s.kind is SessionKind.SAFARI_DEBRIEF for s in d.sessions)]
    assert debriefs and all(d.safaris for d in debriefs)


def test_nothing_is_stored_yet(demo: list[DemoMentee]) -> None:
    for d in demo:
        assert d.mentee.id is None
        assert all(s.id is None and s.mentee_id == 0 for s in d.sessions)
        assert d.plan is None or (d.plan.id is None and d.plan.mentee_id == 0)


def test_action_deadlines_lie_inside_the_plan_period(demo: list[DemoMentee]) -> None:
    undated = 0
    for d in demo:
        if d.plan is None:
            continue
        assert d.plan.period_start is not None and d.plan.period_end is not None
        assert d.plan.period_start < d.plan.period_end
        for goal in d.plan.goals:
            for action in goal.actions:
                if action.deadline is None:  # deliberately vague, so SMART warnings show
                    undated += 1
                    continue
                assert d.plan.period_start <= action.deadline <= d.plan.period_end
    assert undated >= 1


def test_some_actions_are_overdue_and_some_are_not_smart(demo: list[DemoMentee]) -> None:
    actions = [a for d in demo if d.plan for g in d.plan.goals for a in g.actions]
    overdue = [
        a
        for a in actions
        if a.deadline is not None
        and a.deadline < TODAY
        and a.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
    ]
    assert 1 <= len(overdue) <= len(actions) // 4
    assert any(not a.specific or not a.measure for a in actions)
    assert sum(a.specific and a.achievable and a.relevant for a in actions) > len(actions) // 2


def test_the_dashboard_has_something_due(demo: list[DemoMentee]) -> None:
    week = TODAY + timedelta(days=7)
    upcoming = [
        d.sessions[-1].next_session_at for d in demo if d.sessions[-1].next_session_at is not None
    ]
    assert sum(TODAY < at.date() <= week for at in upcoming) >= 3
    reviews = [d.plan.review_date for d in demo if d.plan and d.plan.review_date]
    assert sum(TODAY <= r <= TODAY + timedelta(days=14) for r in reviews) >= 2
    expired = [d for d in demo if d.mentee.retention_until and d.mentee.retention_until < TODAY]
    assert 1 <= len(expired) <= 2
    assert all(d.mentee.status is MenteeStatus.CLOSED for d in expired)


def test_a_wish_that_is_not_feasible_now_gets_an_honest_note_and_a_date(
    demo: list[DemoMentee],
) -> None:
    not_now = [
        g for d in demo if d.plan for g in d.plan.goals if g.feasibility is Feasibility.NOT_NOW
    ]
    assert not_now
    for goal in not_now:
        assert goal.feasibility_note and goal.revisit_on is not None
        assert goal.revisit_on > TODAY


def test_dates_move_with_today_and_nothing_else_changes() -> None:
    shift = timedelta(days=100)
    before, after = demo_mentees(TODAY), demo_mentees(TODAY + shift)
    dates = 0
    for old, new in zip(list(_leaves(before)), list(_leaves(after)), strict=True):
        if isinstance(old, date):
            assert isinstance(new, date)
            assert type(new) is type(old)
            assert abs((new - old) - shift) <= timedelta(days=2)  # sessions avoid weekends
            dates += 1
        else:
            assert old == new
    assert dates > 200


def test_the_same_day_gives_the_same_demo() -> None:
    assert demo_mentees(TODAY) == demo_mentees(TODAY)


def test_texts_use_accented_dutch_words(demo: list[DemoMentee]) -> None:
    corpus = "\n".join(_texts(demo))
    for word in ACCENTED_WORDS:
        assert word in corpus, word


def test_private_text_never_doubles_as_shared_text(demo: list[DemoMentee]) -> None:
    private = {t for d in demo for t in _private_texts(d)}
    shared = set(_texts(demo)) - private
    assert private and shared
    for d in demo:
        for s in d.sessions:
            assert s.private_notes and s.shared_summary
            assert s.private_notes != s.shared_summary
    assert not any(p in shared for p in private)


def test_session_notes_differ_between_mentees(demo: list[DemoMentee]) -> None:
    notes = [s.private_notes for d in demo for s in d.sessions]
    assert len(set(notes)) >= 0.9 * len(notes)


def test_contact_details_are_fictional(demo: list[DemoMentee]) -> None:
    for d in demo:
        domain = d.mentee.email.partition("@")[2]
        assert domain.endswith(("example.be", "example.org")), d.mentee.email
        assert d.mentee.phone.startswith(("+32 4", "+31 6"))


def _scores(answers: dict[str, str], language: Language) -> dict[str, float]:
    check = builtin_template(TemplateKind.CAREER_CHECK, language)
    return dimension_scores(
        check, QuestionnaireResponse(TemplateId(0), MenteeId(0), TODAY, answers)
    )


def test_career_checks_months_apart_tell_a_story(demo: list[DemoMentee]) -> None:
    checked = [d for d in demo if any(a.kind is TemplateKind.CAREER_CHECK for a in d.answers)]
    assert 5 <= len(checked) <= len(demo) // 2  # some mentees, not all
    for d in checked:
        checks = [a for a in d.answers if a.kind is TemplateKind.CAREER_CHECK]
        assert 2 <= len(checks) <= 3, d.mentee.full_name
        assert d.mentee.status in (MenteeStatus.ACTIVE, MenteeStatus.PAUSED)
        days = [c.answered_on for c in checks]
        assert all((b - a).days >= 60 for a, b in itertools.pairwise(days))
        assert d.sessions[0].started_at.date() <= days[0] and days[-1] <= TODAY
        first, last = (_scores(c.answers, c.language) for c in (checks[0], checks[-1]))
        assert len(first) == len(last) == 7
        assert max(abs(last[k] - first[k]) for k in first) >= 0.5, d.mentee.full_name
        assert all(c.language is d.mentee.export_language for c in checks)
    assert any(c.private_interpretation for d in checked for c in d.answers)
    due = [
        d
        for d in checked
        if d.mentee.status is MenteeStatus.ACTIVE
        and max(a.answered_on for a in d.answers if a.kind is TemplateKind.CAREER_CHECK)
        < TODAY - timedelta(days=182)
    ]
    assert len(due) == 1  # the dashboard has one career check due


def test_a_preparation_comes_before_the_first_career_conversation(
    demo: list[DemoMentee],
) -> None:
    items = {q.key for q in builtin_template(TemplateKind.PREPARATION, Language.NL).questions}
    prepared = 0
    for d in demo:
        preparations = [a for a in d.answers if a.kind is TemplateKind.PREPARATION]
        conversations = [s for s in d.sessions if s.kind is SessionKind.CAREER_CONVERSATION]
        if d.mentee.export_language is Language.EN or not conversations:
            assert preparations == []
            continue
        (preparation,) = preparations
        assert preparation.answered_on < conversations[0].started_at.date()
        assert set(preparation.answers) == items
        assert all("{" not in text for text in preparation.answers.values())
        prepared += 1
    assert prepared >= 10
