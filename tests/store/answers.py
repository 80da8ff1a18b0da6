"""A test helper: a mentee's answers to the built-in career check, written to the store."""

from __future__ import annotations

from datetime import date

from mentorapp.domain.enums import Language, TemplateKind
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import QuestionnaireResponse
from mentorapp.store.questionnaire_repository import QuestionnaireRepository
from mentorapp.store.vault import Vault


def add_answers(
    vault: Vault,
    mentee: MenteeId,
    answers: dict[str, str],
    private: str = "",
    on: date = date(2026, 9, 14),
) -> QuestionnaireResponse:
    """Store ``answers`` (any keys) to the Dutch built-in career check."""
    with vault.transaction() as s:
        repo = QuestionnaireRepository(s)
        check = repo.builtin(TemplateKind.CAREER_CHECK, Language.NL)
        assert check is not None and check.id is not None
        return repo.add_response(QuestionnaireResponse(check.id, mentee, on, answers, private))
