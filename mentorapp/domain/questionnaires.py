"""Questionnaire rules: reading answers, the career check's dimension scores over time.

Pure functions over domain objects. A dimension's score is the mean of its answered
scale items, a reversed item counted the other way round (on a 1-5 scale a 2 counts as
a 4); an unanswered item is left out, and a dimension without an answered item has no
score. Each response is scored with its own template version: editing a template never
changes an old check's scores.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from mentorapp.domain.enums import Language, QuestionKind, TemplateKind
from mentorapp.domain.ids import ResponseId, TemplateId
from mentorapp.domain.model import Question, QuestionnaireResponse, QuestionnaireTemplate


def one_decimal(score: float) -> float:
    """A score as it is shown (app, PDF, CLI): one decimal, halves up (3.25 is 3.3).

    Rounded from the shortest decimal form of the float, so 2.675 shows as 2.7 as a
    person rounds it, not as 2.67499... would.
    """
    return float(Decimal(repr(score)).quantize(Decimal("0.1"), ROUND_HALF_UP))


def shown_change(latest: float, previous: float) -> float:
    """A change as the shown scores make it: the difference of the two rounded scores
    (3.3 after 4.0 is -0.7, where -0.75 unrounded would round to -0.8)."""
    return one_decimal(one_decimal(latest) - one_decimal(previous))


def scale_value(question: Question, answer: str) -> int | None:
    """The whole number a scale item was answered with, or None (empty, out of range)."""
    if question.kind is not QuestionKind.SCALE:
        return None
    try:
        value = int(answer.strip())
    except ValueError:
        return None
    return value if question.low <= value <= question.high else None


def scored(question: Question, value: int) -> int:
    """The value as it counts in its dimension: reversed items the other way round."""
    return question.low + question.high - value if question.reversed else value


def dimension_scores(
    template: QuestionnaireTemplate, response: QuestionnaireResponse
) -> dict[str, float]:
    """Each dimension's mean score (unrounded) for one response; no answer, no score."""
    sums: dict[str, list[int]] = {}
    for question in template.questions:
        value = scale_value(question, response.answers.get(question.key, ""))
        if value is not None:
            sums.setdefault(question.section, []).append(scored(question, value))
    return {key: sum(values) / len(values) for key, values in sums.items() if values}


@dataclass(frozen=True)
class CheckPoint:
    """One career check: its date, response and dimension scores."""

    answered_on: date
    response_id: ResponseId
    template_id: TemplateId
    scores: dict[str, float]


@dataclass(frozen=True)
class Change:
    """A dimension's score at the latest check and its change since the one before."""

    dimension: str
    score: float
    change: float | None  # None at the first check (or a dimension new since)


def career_check_series(
    templates: dict[TemplateId, QuestionnaireTemplate],
    responses: list[QuestionnaireResponse],
) -> list[CheckPoint]:
    """The career checks among ``responses``, oldest first, each scored by its version."""
    points = []
    for response in responses:
        template = templates.get(response.template_id)
        if template is None or template.kind is not TemplateKind.CAREER_CHECK:
            continue
        assert response.id is not None
        points.append(
            CheckPoint(
                response.answered_on,
                response.id,
                response.template_id,
                dimension_scores(template, response),
            )
        )
    return sorted(points, key=lambda p: (p.answered_on, p.response_id))


def latest_changes(series: list[CheckPoint]) -> list[Change]:
    """The latest check's dimensions with the change since the previous check, in the
    order of the latest check's scores."""
    if not series:
        return []
    latest, previous = series[-1], series[-2] if len(series) > 1 else None
    changes = []
    for dimension, score in latest.scores.items():
        before = previous.scores.get(dimension) if previous else None
        changes.append(
            Change(dimension, score, None if before is None else round(score - before, 6))
        )
    return changes


def lowest_dimensions(series: list[CheckPoint], count: int = 3) -> list[Change]:
    """The latest check's weakest dimensions, lowest first (for the plan editor)."""
    return sorted(latest_changes(series), key=lambda c: (c.score, c.dimension))[:count]


def answered(template: QuestionnaireTemplate, response: QuestionnaireResponse) -> int:
    """How many of the template's items have an answer."""
    return sum(1 for q in template.questions if response.answers.get(q.key, "").strip())


@dataclass(frozen=True)
class AnsweredItem:
    """One answer beside the words of the item it answers (and its section's title)."""

    key: str
    section: str
    question: str
    answer: str


@dataclass(frozen=True)
class DimensionScore:
    key: str
    title: str
    score: float


@dataclass(frozen=True)
class AnsweredQuestionnaire:
    """A response as it reads on its own, for the mentee's data export: the template
    version's name and each item's text beside its answer. ``private_interpretation`` is
    the coach's reading (private)."""

    questionnaire: str
    template_id: TemplateId
    version: int
    language: Language
    kind: TemplateKind
    answered_on: date
    items: list[AnsweredItem]
    scores: list[DimensionScore]
    private_interpretation: str


def answered_questionnaire(
    template: QuestionnaireTemplate, response: QuestionnaireResponse
) -> AnsweredQuestionnaire:
    """``response`` read with its own ``template`` version. Every answer is kept, also one
    whose item the version does not have (it is listed under its key)."""
    titles = {s.key: s.title for s in template.sections}
    items = [
        AnsweredItem(q.key, titles.get(q.section, ""), q.text, response.answers.get(q.key, ""))
        for q in template.questions
    ]
    known = {q.key for q in template.questions}
    items += [
        AnsweredItem(key, "", key, answer)
        for key, answer in response.answers.items()
        if key not in known
    ]
    scores = (
        [
            DimensionScore(key, titles.get(key, key), round(score, 2))
            for key, score in dimension_scores(template, response).items()
        ]
        if template.kind is TemplateKind.CAREER_CHECK
        else []
    )
    return AnsweredQuestionnaire(
        questionnaire=template.name,
        template_id=response.template_id,
        version=template.version,
        language=template.language,
        kind=template.kind,
        answered_on=response.answered_on,
        items=items,
        scores=scores,
        private_interpretation=response.private_interpretation,
    )
