"""Career check scores: means per dimension, reversed items, each response by its version."""

from __future__ import annotations

import dataclasses
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from mentorapp.domain.enums import QuestionKind, TemplateKind
from mentorapp.domain.ids import MenteeId, ResponseId, TemplateId
from mentorapp.domain.model import (
    Question,
    QuestionnaireResponse,
    QuestionnaireTemplate,
    Section,
)
from mentorapp.domain.questionnaires import (
    answered,
    answered_questionnaire,
    career_check_series,
    dimension_scores,
    latest_changes,
    lowest_dimensions,
    scale_value,
)


def item(key: str, section: str, reversed: bool = False) -> Question:
    return Question(key, key, QuestionKind.SCALE, section, 1, 5, reversed=reversed)


CHECK = QuestionnaireTemplate(
    "Career check",
    questions=[
        item("e1", "energy"),
        item("e2", "energy", reversed=True),
        item("l1", "learning"),
        Question("note", "Anything else?", QuestionKind.TEXT, "energy"),
    ],
    id=TemplateId(1),
    kind=TemplateKind.CAREER_CHECK,
)


def answer(answers: dict[str, str], on: date, rid: int, tid: int = 1) -> QuestionnaireResponse:
    return QuestionnaireResponse(TemplateId(tid), MenteeId(1), on, answers, id=ResponseId(rid))


def test_a_reversed_item_counts_the_other_way_round() -> None:
    scores = dimension_scores(CHECK, answer({"e1": "4", "e2": "2", "l1": "3"}, date(2026, 1, 1), 1))
    assert scores == {"energy": 4.0, "learning": 3.0}


def test_unanswered_and_out_of_range_items_are_left_out() -> None:
    scores = dimension_scores(CHECK, answer({"e1": "5", "e2": "", "l1": "9"}, date(2026, 1, 1), 1))
    assert scores == {"energy": 5.0}
    assert scale_value(CHECK.questions[0], " 3 ") == 3
    assert scale_value(CHECK.questions[0], "drie") is None
    assert scale_value(CHECK.questions[3], "3") is None


@given(st.lists(st.integers(1, 5), min_size=1, max_size=8))
def test_a_score_is_the_mean_and_stays_in_the_range(values: list[int]) -> None:
    template = QuestionnaireTemplate(
        "t",
        questions=[item(f"q{i}", "d", reversed=i % 2 == 1) for i in range(len(values))],
        kind=TemplateKind.CAREER_CHECK,
    )
    response = answer({f"q{i}": str(v) for i, v in enumerate(values)}, date(2026, 1, 1), 1)
    (score,) = dimension_scores(template, response).values()
    expected = [6 - v if i % 2 else v for i, v in enumerate(values)]
    assert abs(score - sum(expected) / len(expected)) < 1e-9
    assert 1 <= score <= 5


def test_each_response_is_scored_by_its_own_version() -> None:
    edited = QuestionnaireTemplate(
        "Career check",
        questions=[item("e1", "energy", reversed=True)],  # the edit reversed e1
        id=TemplateId(2),
        kind=TemplateKind.CAREER_CHECK,
        version=2,
    )
    responses = [
        answer({"e1": "4"}, date(2026, 6, 1), 2, tid=2),
        answer({"e1": "4", "e2": "4"}, date(2026, 1, 1), 1, tid=1),
    ]
    series = career_check_series({TemplateId(1): CHECK, TemplateId(2): edited}, responses)
    assert [p.answered_on for p in series] == [date(2026, 1, 1), date(2026, 6, 1)]
    assert series[0].scores == {"energy": 3.0}  # (4 + (6 - 4)) / 2 by version 1
    assert series[1].scores == {"energy": 2.0}  # 6 - 4 by version 2
    (change,) = latest_changes(series)
    assert change.dimension == "energy" and change.score == 2.0 and change.change == -1.0


def test_other_questionnaires_are_not_checks_and_the_lowest_come_first() -> None:
    other = QuestionnaireTemplate("Prep", id=TemplateId(3), kind=TemplateKind.PREPARATION)
    responses = [
        answer({"e1": "2", "e2": "4", "l1": "5"}, date(2026, 1, 1), 1),
        answer({"talents": "luisteren"}, date(2026, 2, 1), 2, tid=3),
    ]
    series = career_check_series({TemplateId(1): CHECK, TemplateId(3): other}, responses)
    assert len(series) == 1
    assert [c.dimension for c in lowest_dimensions(series)] == ["energy", "learning"]
    assert latest_changes(series)[0].change is None  # the first check: nothing to compare
    assert answered(CHECK, responses[0]) == 3


def test_an_answered_questionnaire_puts_each_answer_beside_its_item() -> None:
    check = QuestionnaireTemplate(
        "Career check",
        questions=[item("e1", "energy"), item("e2", "energy", reversed=True)],
        id=TemplateId(7),
        version=3,
        kind=TemplateKind.CAREER_CHECK,
        sections=[Section("energy", "Energy and vitality")],
    )
    response = QuestionnaireResponse(
        TemplateId(7),
        MenteeId(1),
        date(2026, 5, 4),
        {"e1": "4", "gone": "an item an older edit removed"},
        private_interpretation="the coach's reading",
    )
    read = answered_questionnaire(check, response)
    assert (read.questionnaire, read.version, read.answered_on) == (
        "Career check",
        3,
        date(2026, 5, 4),
    )
    assert [(i.key, i.section, i.question, i.answer) for i in read.items] == [
        ("e1", "Energy and vitality", "e1", "4"),
        ("e2", "Energy and vitality", "e2", ""),
        ("gone", "", "gone", "an item an older edit removed"),
    ]
    assert [(s.key, s.title, s.score) for s in read.scores] == [
        ("energy", "Energy and vitality", 4)
    ]
    assert read.private_interpretation == "the coach's reading"
    preparation = dataclasses.replace(check, kind=TemplateKind.PREPARATION)
    assert answered_questionnaire(preparation, response).scores == []
