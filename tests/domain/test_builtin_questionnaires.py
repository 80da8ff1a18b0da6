"""The built-in questionnaires: the same items in Dutch and English, a career check of 24
items in seven dimensions, the guides for every kind of session."""

from __future__ import annotations

from collections import Counter

import pytest

from mentorapp.domain.builtin_questionnaires import (
    BUILTIN_KINDS,
    CAREER_CHECK_DIMENSIONS,
    builtin_family,
    builtin_template,
    builtin_templates,
)
from mentorapp.domain.enums import Language, QuestionKind, SessionKind, TemplateKind
from mentorapp.domain.guides import default_guide


def _shape(kind: TemplateKind, language: Language) -> list[tuple[object, ...]]:
    template = builtin_template(kind, language)
    return [
        (q.key, q.kind, q.section, q.low, q.high, q.reversed, len(q.choices))
        for q in template.questions
    ]


@pytest.mark.parametrize("kind", BUILTIN_KINDS)
def test_both_languages_ask_the_same_items(kind: TemplateKind) -> None:
    assert _shape(kind, Language.NL) == _shape(kind, Language.EN)
    dutch, english = (builtin_template(kind, lang) for lang in Language)
    assert [s.key for s in dutch.sections] == [s.key for s in english.sections]
    assert dutch.name != english.name and dutch.intro != english.intro
    for template in (dutch, english):
        keys = [q.key for q in template.questions]
        assert len(set(keys)) == len(keys)
        assert {q.section for q in template.questions} == {s.key for s in template.sections}
        assert all(q.text.strip() and q.text != q.key for q in template.questions)
        assert template.built_in and template.kind is kind and template.version == 1
    assert dutch.family == builtin_family(kind, Language.NL) != english.family


def test_the_career_check_has_24_likert_items_in_seven_dimensions() -> None:
    check = builtin_template(TemplateKind.CAREER_CHECK, Language.NL)
    assert len(check.questions) == 24
    assert all(q.kind is QuestionKind.SCALE and (q.low, q.high) == (1, 5) for q in check.questions)
    assert {(q.low_label, q.high_label) for q in check.questions} == {
        ("helemaal oneens", "helemaal eens")
    }
    per_dimension = Counter(q.section for q in check.questions)
    assert list(per_dimension) == list(CAREER_CHECK_DIMENSIONS)
    assert all(3 <= n <= 4 for n in per_dimension.values())
    reversed_items = Counter(q.section for q in check.questions if q.reversed)
    assert 4 <= sum(reversed_items.values()) <= 8
    assert all(n <= 1 for n in reversed_items.values())  # never a dimension of reversals
    assert "geen gevalideerde test" in check.intro


def test_the_built_ins_are_fresh_copies() -> None:
    first, second = builtin_templates(), builtin_templates()
    first[0].questions.clear()
    assert second[0].questions and builtin_templates()[0].questions


@pytest.mark.parametrize("language", list(Language))
def test_every_kind_of_session_has_a_guide(language: Language) -> None:
    for kind in SessionKind:
        guide = default_guide(kind, language)
        assert (guide.session_kind, guide.language) == (kind, language)
        assert len(guide.steps) >= 4
        assert all(step.heading and step.prompt for step in guide.steps)
    conversation = default_guide(SessionKind.CAREER_CONVERSATION, language).steps
    promise = "geen belofte" if language is Language.NL else "not a promise"
    assert promise in conversation[-1].prompt
