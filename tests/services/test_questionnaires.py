"""Questionnaires as the coach uses them: built-ins in every vault, own copies, versions
that keep old answers meaningful, the career check over time, guides."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from mentorapp.domain.builtin_questionnaires import CAREER_CHECK_DIMENSIONS, builtin_template
from mentorapp.domain.enums import Language, QuestionKind, SessionKind, TemplateKind
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import (
    GuideStep,
    Mentee,
    Question,
    QuestionnaireResponse,
    QuestionnaireTemplate,
)
from mentorapp.domain.questionnaires import dimension_scores
from mentorapp.services import mentees
from mentorapp.services import questionnaires as q
from mentorapp.services.changes import Area
from mentorapp.store.errors import NoSuchRecord
from mentorapp.store.vault import Vault

_BUILTINS = (TemplateKind.PREPARATION, TemplateKind.CAREER_CHECK, TemplateKind.JOB_CRAFTING)


def _mentee(vault: Vault, name: str = "Ilse Wouters") -> MenteeId:
    mentee_id = mentees.add_mentee(vault, Mentee(full_name=name)).value.id
    assert mentee_id is not None
    return mentee_id


def _check_answers(value: int) -> dict[str, str]:
    """Every career check item answered so that every dimension scores ``value``."""
    check = builtin_template(TemplateKind.CAREER_CHECK, Language.NL)
    return {
        item.key: str(6 - value if item.reversed else value)
        for item in check.questions
        if item.kind is QuestionKind.SCALE
    }


def test_a_new_vault_holds_the_three_built_ins_in_both_languages(vault: Vault) -> None:
    listed = q.templates(vault)
    assert [(t.kind, t.language) for t in listed] == [
        (kind, language) for kind in _BUILTINS for language in (Language.NL, Language.EN)
    ]
    assert all(t.built_in and t.version == 1 and t.current for t in listed)
    check = q.builtin(vault, TemplateKind.CAREER_CHECK, Language.EN)
    assert check.name == "Career check" and len(check.questions) == 24
    assert list(q.dimension_titles(check)) == list(CAREER_CHECK_DIMENSIONS)
    assert "not a validated test" in check.intro
    assert sum(item.reversed for item in check.questions) >= 4
    preparation = q.builtin(vault, TemplateKind.PREPARATION, Language.NL)
    assert preparation.name == "Je loopbaangesprek voorbereiden"
    assert [s.key for s in preparation.sections] == [
        "talents",
        "ambitions",
        "energy_givers",
        "energy_drainers",
        "values",
        "questions",
        "organisation",
    ]
    crafting = q.builtin(vault, TemplateKind.JOB_CRAFTING, Language.NL)
    assert {item.key for item in crafting.questions} == {
        f"{part}_{when}"
        for part in ("tasks", "relationships", "perception")
        for when in ("now", "change")
    }


def test_built_ins_are_read_only(vault: Vault) -> None:
    check = q.builtin(vault, TemplateKind.CAREER_CHECK, Language.NL)
    assert check.id is not None
    check.name = "Mijn check"
    with pytest.raises(q.BuiltInReadOnly):
        q.save_template(vault, check)
    with pytest.raises(q.BuiltInReadOnly):  # not even with the flag switched off
        q.save_template(vault, dataclasses.replace(check, built_in=False))
    with pytest.raises(q.BuiltInReadOnly):
        q.delete_template(vault, check.id)
    assert q.template(vault, check.id).name == "Loopbaancheck"


def test_a_copy_is_the_coachs_own_and_a_check_copy_still_charts(vault: Vault) -> None:
    check = q.builtin(vault, TemplateKind.CAREER_CHECK, Language.NL)
    preparation = q.builtin(vault, TemplateKind.PREPARATION, Language.EN)
    assert check.id is not None and preparation.id is not None
    mine = q.copy_template(vault, check.id, "Onze loopbaancheck")
    assert mine.changes.touches(Area.TEMPLATES)
    copied = mine.value
    assert copied.id not in (None, check.id) and copied.family != check.family
    assert (copied.kind, copied.built_in, copied.version) == (TemplateKind.CAREER_CHECK, False, 1)
    assert copied.questions == check.questions and copied.language is Language.NL
    own = q.copy_template(vault, preparation.id, "Before we talk").value
    assert own.kind is TemplateKind.OWN
    assert [t.name for t in q.templates(vault)][-2:] == ["Before we talk", "Onze loopbaancheck"]


def test_editing_an_answered_template_makes_a_new_version_and_old_answers_keep_theirs(
    vault: Vault,
) -> None:
    mentee = _mentee(vault)
    check = q.builtin(vault, TemplateKind.CAREER_CHECK, Language.NL)
    assert check.id is not None
    first = q.copy_template(vault, check.id, "Korte check").value
    assert first.id is not None
    answers = _check_answers(4)
    old = q.save_response(
        vault, QuestionnaireResponse(first.id, mentee, date(2026, 1, 10), answers)
    )
    assert old.changes.touches(Area.QUESTIONNAIRES) and old.changes.dashboard
    old_scores = dimension_scores(first, old.value)

    edited = dataclasses.replace(
        first, questions=list(first.questions), sections=list(first.sections)
    )
    edited.questions[0] = dataclasses.replace(edited.questions[0], text="Ik heb energie.")
    edited.questions[1] = dataclasses.replace(edited.questions[1], reversed=True)
    edited.sections[0] = dataclasses.replace(edited.sections[0], title="Veerkracht")
    second = q.save_template(vault, edited).value

    assert second.id not in (None, first.id)
    assert (second.family, second.version, second.current) == (first.family, 2, True)
    assert not q.template(vault, first.id).current
    assert [t.id for t in q.templates(vault) if t.family == first.family] == [second.id]
    assert [
        t.version for t in q.templates(vault, include_old=True) if t.family == first.family
    ] == [
        2,
        1,
    ]
    stored = q.response(vault, old.value.id or 0)  # type: ignore[arg-type]
    assert stored.template_id == first.id
    version = q.template(vault, stored.template_id)
    assert version.questions[0].text == first.questions[0].text
    assert q.dimension_titles(version)["energy"] == "Energie en vitaliteit"
    (point,) = q.career_checks(vault, mentee)
    assert point.scores == old_scores == dict.fromkeys(CAREER_CHECK_DIMENSIONS, 4.0)

    # An unanswered version is edited in place: no third version.
    second.name = "Korte check (2027)"
    again = q.save_template(vault, second).value
    assert (again.id, again.version) == (second.id, 2)
    assert q.template(vault, again.id).name == "Korte check (2027)"  # type: ignore[arg-type]


def test_only_unanswered_own_versions_can_be_deleted(vault: Vault) -> None:
    mentee = _mentee(vault)
    own = q.save_template(
        vault,
        QuestionnaireTemplate("Na de safari", questions=[Question("what", "Wat zag je?")]),
    ).value
    assert own.id is not None and own.version == 1 and own.family
    response = q.save_response(
        vault, QuestionnaireResponse(own.id, mentee, date(2026, 2, 1), {"what": "Een atelier"})
    ).value
    with pytest.raises(q.TemplateInUse):
        q.delete_template(vault, own.id)
    newer = q.save_template(vault, dataclasses.replace(own, name="Na de loopbaansafari")).value
    assert newer.id is not None and newer.version == 2
    q.delete_template(vault, newer.id)
    assert q.template(vault, own.id).current  # the version before it is current again
    assert response.id is not None
    q.delete_response(vault, response.id)
    q.delete_template(vault, own.id)
    with pytest.raises(NoSuchRecord):
        q.template(vault, own.id)


def test_the_career_check_over_time_and_the_latest_preparation(vault: Vault) -> None:
    mentee = _mentee(vault)
    other = _mentee(vault, "Tom Claes")
    check = q.builtin(vault, TemplateKind.CAREER_CHECK, Language.NL)
    preparation = q.builtin(vault, TemplateKind.PREPARATION, Language.NL)
    assert check.id is not None and preparation.id is not None
    assert q.latest_preparation(vault, mentee) is None
    for day, value in ((date(2026, 6, 1), 4), (date(2026, 1, 5), 2)):
        q.save_response(vault, QuestionnaireResponse(check.id, mentee, day, _check_answers(value)))
    for day, words in ((date(2026, 1, 3), "plannen"), (date(2026, 5, 20), "mensen helpen")):
        answers = {"talents": words}
        q.save_response(vault, QuestionnaireResponse(preparation.id, mentee, day, answers))
    q.save_response(vault, QuestionnaireResponse(preparation.id, other, date(2026, 7, 1), {}))

    series = q.career_checks(vault, mentee)
    assert [p.answered_on for p in series] == [date(2026, 1, 5), date(2026, 6, 1)]
    assert [p.scores["balance"] for p in series] == [2.0, 4.0]
    assert [r.answered_on for r in q.responses(vault, mentee)] == [
        date(2026, 6, 1),
        date(2026, 5, 20),
        date(2026, 1, 5),
        date(2026, 1, 3),
    ]
    latest = q.latest_preparation(vault, mentee)
    assert latest is not None
    assert latest[0].id == preparation.id and latest[1].answers == {"talents": "mensen helpen"}


def test_a_correction_keeps_the_response_and_its_version(vault: Vault) -> None:
    mentee = _mentee(vault)
    preparation = q.builtin(vault, TemplateKind.PREPARATION, Language.EN)
    assert preparation.id is not None
    stored = q.save_response(
        vault, QuestionnaireResponse(preparation.id, mentee, date(2026, 3, 1), {"values": "tust"})
    ).value
    stored.answers["values"] = "trust"
    q.save_response(vault, stored)
    (only,) = q.responses(vault, mentee)
    assert (only.id, only.template_id, only.answers) == (
        stored.id,
        preparation.id,
        {"values": "trust"},
    )
    with pytest.raises(NoSuchRecord):
        q.save_response(vault, QuestionnaireResponse(9999, mentee, date(2026, 3, 1)))  # type: ignore[arg-type]


def test_guides_start_from_the_defaults_and_keep_the_coachs_edits(vault: Vault) -> None:
    dutch = q.guides(vault, Language.NL)
    assert set(dutch) == set(SessionKind)
    conversation = dutch[SessionKind.CAREER_CONVERSATION]
    assert conversation == q.default_guide(SessionKind.CAREER_CONVERSATION, Language.NL)
    assert any("geen belofte" in s.prompt for s in conversation.steps)
    conversation.steps.append(GuideStep("Koffie", "Vraag of er koffie is."))
    assert q.save_guide(vault, conversation).changes.touches(Area.TEMPLATES)
    conversation.steps.pop(0)
    q.save_guide(vault, conversation)
    stored = q.guides(vault, Language.NL)[SessionKind.CAREER_CONVERSATION]
    assert stored.steps[-1].heading == "Koffie" and stored.steps == conversation.steps
    english = q.guides(vault, Language.EN)[SessionKind.CAREER_CONVERSATION]
    assert english == q.default_guide(SessionKind.CAREER_CONVERSATION, Language.EN)


def test_an_edit_of_an_old_version_becomes_the_newest_and_a_new_one_its_own_family(
    vault: Vault,
) -> None:
    mentee = _mentee(vault)
    first = q.save_template(
        vault, QuestionnaireTemplate("Terugblik", questions=[Question("a", "Wat ging goed?")])
    ).value
    assert first.id is not None
    q.save_response(vault, QuestionnaireResponse(first.id, mentee, date(2026, 4, 1), {"a": "x"}))
    second = q.save_template(vault, dataclasses.replace(first, name="Terugblik 2")).value
    third = q.save_template(vault, dataclasses.replace(first, name="Terugblik 1b")).value
    assert (second.version, third.version) == (2, 3) and third.family == first.family
    current = [t for t in q.templates(vault, include_old=True) if t.family == first.family]
    assert [(t.version, t.current) for t in current] == [(3, True), (2, False), (1, False)]

    check = q.builtin(vault, TemplateKind.CAREER_CHECK, Language.NL)
    fresh = q.save_template(vault, dataclasses.replace(check, id=None, built_in=False)).value
    assert fresh.family not in (check.family, first.family) and fresh.version == 1
    assert q.builtin(vault, TemplateKind.CAREER_CHECK, Language.NL).current
