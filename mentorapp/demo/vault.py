"""A demo vault: the demo mentees written through the repositories, under a known passphrase.

The store modules are imported inside the functions: the GUI imports this package for the
passphrase while its first window is up, and the database code (about 0.7 s of imports)
should only load once a demo is actually opened.
"""

from __future__ import annotations

import dataclasses
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from mentorapp.demo.mentees import demo_mentees

if TYPE_CHECKING:
    from mentorapp.store.vault import Vault

DEMO_PASSPHRASE = "demo mentorapp 2026"


def fill_demo(vault: Vault, today: date) -> int:
    """Add the demo mentees with their sessions, plans, safaris, skills, moves and
    answers to the built-in questionnaires. Returns the number of mentees added.
    """
    from mentorapp.domain.model import QuestionnaireResponse
    from mentorapp.store.questionnaire_repository import QuestionnaireRepository
    from mentorapp.store.repositories import (
        CoachingSessionRepository,
        MenteeRepository,
        MoveRepository,
        PlanRepository,
        SafariRepository,
        SkillRepository,
    )

    records = demo_mentees(today)
    with vault.transaction() as s:
        for record in records:
            mentee = MenteeRepository(s).add(dataclasses.replace(record.mentee, id=None))
            assert mentee.id is not None
            mid = mentee.id
            for coaching in record.sessions:
                CoachingSessionRepository(s).add(
                    dataclasses.replace(coaching, mentee_id=mid, id=None)
                )
            if record.plan is not None:
                PlanRepository(s).add(dataclasses.replace(record.plan, mentee_id=mid, id=None))
            for safari in record.safaris:
                SafariRepository(s).add(dataclasses.replace(safari, mentee_id=mid, id=None))
            for skill in record.skills:
                SkillRepository(s).add(dataclasses.replace(skill, mentee_id=mid, id=None))
            for move in record.moves:
                MoveRepository(s).add(dataclasses.replace(move, mentee_id=mid, id=None))
            questionnaires = QuestionnaireRepository(s)
            for answered in record.answers:
                template = questionnaires.builtin(answered.kind, answered.language)
                assert template is not None and template.id is not None
                questionnaires.add_response(
                    QuestionnaireResponse(
                        template.id,
                        mid,
                        answered.answered_on,
                        dict(answered.answers),
                        answered.private_interpretation,
                    )
                )
    return len(records)


def make_demo_vault(parent: Path, today: date) -> Path:
    """A fresh demo vault in a new folder under ``parent``, locked with ``DEMO_PASSPHRASE``."""
    from mentorapp.store.vault import Vault

    folder = Path(tempfile.mkdtemp(prefix="demo-", dir=parent)) / "Demo.mentorvault"
    vault, _ = Vault.create(folder, DEMO_PASSPHRASE)
    try:
        fill_demo(vault, today)
    finally:
        vault.close()
    return folder
