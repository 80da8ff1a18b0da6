"""The report's career-check scorer looks the usual answers up in a table made per item
(reversed already applied); any other answer is read answer by answer. Either way it
scores as the answer-by-answer reading (kept here as the reference) and as the app."""

from __future__ import annotations

import json
from collections.abc import Mapping

from hypothesis import given, settings
from hypothesis import strategies as st

from mentorapp.domain.enums import QuestionKind
from mentorapp.domain.model import Question, QuestionnaireTemplate
from mentorapp.domain.report import DIMENSIONS, check_scorer

_TEMPLATE = QuestionnaireTemplate(
    "check",
    questions=[
        Question("e1", "", QuestionKind.SCALE, "energy"),
        Question("e2", "", QuestionKind.SCALE, "energy", reversed=True),
        Question("m1", "", QuestionKind.SCALE, "meaning", low=0, high=10),
        Question("m2", "", QuestionKind.SCALE, "meaning", low=0, high=10, reversed=True),
        Question("l1", "", QuestionKind.SCALE, "learning", low=1, high=1000, reversed=True),
        Question("l2", "", QuestionKind.SCALE, "learning", low=-3, high=3),
        Question("f1", "", QuestionKind.TEXT, "fit"),
        Question("x1", "", QuestionKind.SCALE, "not-a-dimension"),
    ],
)
_KEYS = [q.key for q in _TEMPLATE.questions] + ["other"]


def _reference(template: QuestionnaireTemplate, answers: Mapping[str, object]) -> dict[str, float]:
    """The scorer as it was before the lookup tables: every answer read one by one."""
    sums: dict[str, list[int]] = {}
    for q in template.questions:
        if q.kind is not QuestionKind.SCALE or q.section not in DIMENSIONS:
            continue
        raw = answers.get(q.key)
        if raw is None:
            continue
        try:
            value = int(str(raw).strip())
        except ValueError:
            continue
        if q.low <= value <= q.high:
            sums.setdefault(q.section, []).append(q.low + q.high - value if q.reversed else value)
    return {k: sum(v) / len(v) for k, v in sums.items()}


_ANSWER = st.one_of(
    st.sampled_from(["1", "3", "5", "0", "10", "11", "999", "1000", "1001", "-3", "-1"]),
    st.sampled_from([" 4 ", "03", "+2", "x", "", "٣", "1.0"]),
    st.integers(-5, 1100),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.lists(st.integers(), max_size=2),
    st.text(max_size=4),
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(_KEYS), _ANSWER))
def test_the_table_scores_as_reading_each_answer(answers: dict[str, object]) -> None:
    score = check_scorer(_TEMPLATE)
    assert score(answers) == _reference(_TEMPLATE, answers)
    parsed = json.loads(json.dumps(answers))  # as the report reads them: stored JSON
    assert score(parsed) == _reference(_TEMPLATE, parsed)


def test_reversed_items_and_the_order_of_the_dimensions() -> None:
    score = check_scorer(_TEMPLATE)
    got = score({"m2": "10", "e1": "2", "e2": "2", "l1": "1000", "l2": 3, "x1": "5", "f1": "5"})
    assert got == {"energy": 3.0, "meaning": 0.0, "learning": 2.0}
    assert list(got) == ["energy", "meaning", "learning"]  # the template's order


_NARROW = QuestionnaireTemplate(
    "check", questions=[q for q in _TEMPLATE.questions if q.high - q.low <= 100]
)


@settings(max_examples=200, deadline=None)
@given(
    st.fixed_dictionaries(
        {
            q.key: st.sampled_from([str(v) for v in range(q.low - 1, q.high + 2)])
            for q in _NARROW.questions
        }
    )
)
def test_every_item_answered_as_usual_scores_as_reading_each_answer(
    answers: dict[str, object],
) -> None:
    """The one-go path (every item answered, each a usual answer) and its fallback."""
    assert check_scorer(_NARROW)(answers) == _reference(_NARROW, answers)


def test_the_one_go_path_keeps_the_dimensions_in_their_first_order() -> None:
    template = QuestionnaireTemplate(
        "check",
        questions=[
            Question("b1", "", QuestionKind.SCALE, "balance"),
            Question("e1", "", QuestionKind.SCALE, "energy", reversed=True),
            Question("b2", "", QuestionKind.SCALE, "balance"),
        ],
    )
    got = check_scorer(template)({"b1": "1", "e1": "1", "b2": "4"})
    assert got == {"balance": 2.5, "energy": 5.0}
    assert list(got) == ["balance", "energy"]
