"""Fill a vault with the demo data set (``mentorapp demo``), through the repositories."""

from __future__ import annotations

import dataclasses
from datetime import date

from mentorapp.demo_content import demo_mentees
from mentorapp.domain.enums import Language, QuestionKind
from mentorapp.domain.model import Question, QuestionnaireTemplate
from mentorapp.store.repositories import (
    MenteeRepository,
    MoveRepository,
    PlanRepository,
    QuestionnaireRepository,
    SafariRepository,
    SessionRepository,
    SkillRepository,
)
from mentorapp.store.vault import Vault

PREPARATION_QUESTIONS = [
    ("talents", "Waar ben je goed in? Welke talenten zet je graag in?"),
    ("energy_givers", "Welke taken geven je energie?"),
    ("energy_drainers", "Welke taken kosten je energie?"),
    ("values", "Wat vind je belangrijk in je werk?"),
    ("ambitions", "Waar wil je over twee à drie jaar staan?"),
    ("questions", "Welke vragen wil je in het loopbaangesprek stellen?"),
]


def fill_demo(vault: Vault, today: date) -> int:
    """Add the demo mentees with their sessions, plans, safaris, skills and moves."""
    records = demo_mentees(today)
    with vault.transaction() as s:
        QuestionnaireRepository(s).add_template(
            QuestionnaireTemplate(
                name="Voorbereiding loopbaangesprek",
                language=Language.NL,
                questions=[Question(k, t, QuestionKind.TEXT) for k, t in PREPARATION_QUESTIONS],
            )
        )
        for record in records:
            mentee = MenteeRepository(s).add(dataclasses.replace(record.mentee, id=None))
            assert mentee.id is not None
            mid = mentee.id
            for coaching in record.sessions:
                SessionRepository(s).add(dataclasses.replace(coaching, mentee_id=mid, id=None))
            if record.plan is not None:
                PlanRepository(s).add(dataclasses.replace(record.plan, mentee_id=mid, id=None))
            for safari in record.safaris:
                SafariRepository(s).add(dataclasses.replace(safari, mentee_id=mid, id=None))
            for skill in record.skills:
                SkillRepository(s).add(dataclasses.replace(skill, mentee_id=mid, id=None))
            for move in record.moves:
                MoveRepository(s).add(dataclasses.replace(move, mentee_id=mid, id=None))
    return len(records)
