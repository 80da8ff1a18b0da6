"""Questionnaires: templates and their versions, a mentee's answers, the career check over
time, the preparation beside a conversation, and the conversation guides.

Editing a template never changes the meaning of old answers: an edit of a version that
has answers is stored as a new version (new id, the old one kept but no longer current),
and every response is read and scored with the version it answered. Built-in templates
are read-only; the coach copies one to make their own.
"""

from __future__ import annotations

import copy
import uuid

from mentorapp.domain.enums import Language, SessionKind, TemplateKind
from mentorapp.domain.guides import default_guide
from mentorapp.domain.ids import MenteeId, ResponseId, TemplateId
from mentorapp.domain.model import ConversationGuide, QuestionnaireResponse, QuestionnaireTemplate
from mentorapp.domain.questionnaires import CheckPoint, career_check_series
from mentorapp.services.changes import Area, Changes, Outcome
from mentorapp.store.errors import NoSuchRecord
from mentorapp.store.questionnaire_repository import (
    ConversationGuideRepository,
    QuestionnaireRepository,
)
from mentorapp.store.vault import Vault

_BUILTIN_ORDER = {
    TemplateKind.PREPARATION: 0,
    TemplateKind.CAREER_CHECK: 1,
    TemplateKind.JOB_CRAFTING: 2,
    TemplateKind.OWN: 3,
}
_LANGUAGE_ORDER = {language: i for i, language in enumerate(Language)}
_TEMPLATES = Changes.of(Area.TEMPLATES)


class BuiltInReadOnly(Exception):
    """A built-in template cannot be changed or deleted (copy it instead)."""


class TemplateInUse(Exception):
    """A template version that has answers cannot be deleted."""


def _new_family() -> str:
    return f"own-{uuid.uuid4().hex}"


# ---- templates --------------------------------------------------------------------------


def templates(vault: Vault, *, include_old: bool = False) -> list[QuestionnaireTemplate]:
    """Current versions (old ones too with ``include_old``) in both languages: the
    built-ins first (preparation, career check, job crafting), then the coach's own by
    name (an old version under its current name), newest version first in a family."""
    with vault.reading() as db:
        found = QuestionnaireRepository(db).templates(include_old=include_old)
    names = {t.family: t.name.casefold() for t in found if t.current}

    def order(t: QuestionnaireTemplate) -> tuple[int, str, str, int, int]:
        if t.built_in:
            return _BUILTIN_ORDER[t.kind], "", "", _LANGUAGE_ORDER[t.language], -t.version
        name = names.get(t.family, t.name.casefold())
        return len(_BUILTIN_ORDER), name, t.family, _LANGUAGE_ORDER[t.language], -t.version

    return sorted(found, key=order)


def template(vault: Vault, template_id: TemplateId) -> QuestionnaireTemplate:
    """Any version (``NoSuchRecord`` if there is none)."""
    with vault.reading() as db:
        return QuestionnaireRepository(db).get_template(template_id)


def builtin(vault: Vault, kind: TemplateKind, language: Language) -> QuestionnaireTemplate:
    """The current built-in of ``kind`` in ``language``."""
    with vault.reading() as db:
        found = QuestionnaireRepository(db).builtin(kind, language)
    if found is None:
        raise NoSuchRecord("built-in questionnaire")
    return found


def copy_template(
    vault: Vault, template_id: TemplateId, name: str
) -> Outcome[QuestionnaireTemplate]:
    """A copy as the coach's own: a new family at version 1. A copy of the career check
    stays a career check (so its answers chart); any other copy is the coach's own kind."""
    with vault.transaction() as db:
        repo = QuestionnaireRepository(db)
        source = repo.get_template(template_id)
        duplicate = copy.deepcopy(source)
        duplicate.id = None
        duplicate.name = name
        duplicate.family = _new_family()
        duplicate.version = 1
        duplicate.built_in = False
        duplicate.current = True
        is_check = source.kind is TemplateKind.CAREER_CHECK
        duplicate.kind = TemplateKind.CAREER_CHECK if is_check else TemplateKind.OWN
        stored = repo.add_template(duplicate)
    return Outcome(stored, _TEMPLATES)


def save_template(vault: Vault, template: QuestionnaireTemplate) -> Outcome[QuestionnaireTemplate]:
    """Store the coach's own template as edited; returns it as stored.

    A new template (no id) starts a family at version 1. An edit of a version that has
    answers, or of one that is no longer current, becomes a new version of the family
    (new id, version + 1) and the version it replaces is no longer current; any other
    edit changes the version in place. ``BuiltInReadOnly`` for a built-in.
    """
    if template.built_in:
        raise BuiltInReadOnly("built-in questionnaires are read-only")
    edited = copy.deepcopy(template)
    with vault.transaction() as db:
        repo = QuestionnaireRepository(db)
        if edited.id is None:
            edited.family, edited.version, edited.current = _new_family(), 1, True
            return Outcome(repo.add_template(edited), _TEMPLATES)
        before = repo.get_template(edited.id)
        if before.built_in:
            raise BuiltInReadOnly("built-in questionnaires are read-only")
        edited.family, edited.kind, edited.current = before.family, before.kind, True
        if before.current and not repo.is_answered(edited.id):
            edited.version = before.version
            repo.update_template(edited)
            return Outcome(edited, _TEMPLATES)
        newest = repo.current_of(before.family)
        if newest is not None and newest.id is not None and newest.current:
            repo.retire(newest.id)
        edited.id = None
        edited.version = repo.newest_version(before.family) + 1
        stored = repo.add_template(edited)
    return Outcome(stored, _TEMPLATES)


def delete_template(vault: Vault, template_id: TemplateId) -> Outcome[None]:
    """Delete an own version nobody answered; the version before it becomes current.

    ``BuiltInReadOnly`` for a built-in, ``TemplateInUse`` when answers point at it.
    """
    with vault.transaction() as db:
        repo = QuestionnaireRepository(db)
        doomed = repo.get_template(template_id)
        if doomed.built_in:
            raise BuiltInReadOnly("built-in questionnaires are read-only")
        if repo.is_answered(template_id):
            raise TemplateInUse("answers point at this questionnaire")
        repo.delete_template(template_id)
        if doomed.current:
            previous = repo.current_of(doomed.family)
            if previous is not None:
                previous.current = True
                repo.update_template(previous)
    return Outcome(None, _TEMPLATES)


def dimension_titles(template: QuestionnaireTemplate) -> dict[str, str]:
    """Each section's (dimension's) key and title, in the template's order."""
    return {section.key: section.title for section in template.sections}


# ---- answers ----------------------------------------------------------------------------


def _answers_changed(mentee_id: MenteeId) -> Changes:
    return Changes.of(Area.QUESTIONNAIRES, mentee_id=mentee_id)


def responses(vault: Vault, mentee_id: MenteeId) -> list[QuestionnaireResponse]:
    """A mentee's responses, newest first."""
    with vault.reading() as db:
        return QuestionnaireRepository(db).responses_for(mentee_id)


def response(vault: Vault, response_id: ResponseId) -> QuestionnaireResponse:
    """One response (``NoSuchRecord`` if there is none)."""
    with vault.reading() as db:
        return QuestionnaireRepository(db).get_response(response_id)


def save_response(vault: Vault, response: QuestionnaireResponse) -> Outcome[QuestionnaireResponse]:
    """Add a response (no id yet) or correct a stored one; returns it as stored."""
    stored = copy.deepcopy(response)
    with vault.transaction() as db:
        repo = QuestionnaireRepository(db)
        repo.get_template(stored.template_id)  # NoSuchRecord, not a foreign-key error
        if stored.id is None:
            repo.add_response(stored)
        else:
            repo.update_response(stored)
    return Outcome(stored, _answers_changed(stored.mentee_id))


def delete_response(vault: Vault, response_id: ResponseId) -> Outcome[None]:
    with vault.transaction() as db:
        repo = QuestionnaireRepository(db)
        mentee_id = repo.get_response(response_id).mentee_id
        repo.delete_response(response_id)
    return Outcome(None, _answers_changed(mentee_id))


def _answered(
    vault: Vault, mentee_id: MenteeId
) -> tuple[list[QuestionnaireResponse], dict[TemplateId, QuestionnaireTemplate]]:
    with vault.reading() as db:
        repo = QuestionnaireRepository(db)
        found = repo.responses_for(mentee_id)
        return found, repo.templates_of(found)


def career_checks(vault: Vault, mentee_id: MenteeId) -> list[CheckPoint]:
    """The mentee's career checks, oldest first, each scored with its own version."""
    found, versions = _answered(vault, mentee_id)
    return career_check_series(versions, found)


def latest_preparation(
    vault: Vault, mentee_id: MenteeId
) -> tuple[QuestionnaireTemplate, QuestionnaireResponse] | None:
    """The mentee's newest preparation answers and the version they answered, if any."""
    found, versions = _answered(vault, mentee_id)
    for answers in found:  # newest first
        version = versions.get(answers.template_id)
        if version is not None and version.kind is TemplateKind.PREPARATION:
            return version, answers
    return None


# ---- conversation guides ----------------------------------------------------------------


def guides(vault: Vault, language: Language) -> dict[SessionKind, ConversationGuide]:
    """The guide for every kind of session: the coach's edited one, else the default."""
    with vault.reading() as db:
        stored = ConversationGuideRepository(db).guides(language)
    return {kind: stored.get(kind) or default_guide(kind, language) for kind in SessionKind}


def save_guide(vault: Vault, guide: ConversationGuide) -> Outcome[ConversationGuide]:
    """Store the coach's guide for its kind of session and language."""
    with vault.transaction() as db:
        ConversationGuideRepository(db).save(guide)
    return Outcome(guide, _TEMPLATES)


__all__ = [
    "BuiltInReadOnly",
    "TemplateInUse",
    "builtin",
    "career_checks",
    "copy_template",
    "default_guide",
    "delete_response",
    "delete_template",
    "dimension_titles",
    "guides",
    "latest_preparation",
    "response",
    "responses",
    "save_guide",
    "save_response",
    "save_template",
    "template",
    "templates",
]
