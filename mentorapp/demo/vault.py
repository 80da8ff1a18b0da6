"""A demo vault: the demo mentees written through the repositories, under a known passphrase.

The store modules are imported inside the functions: the GUI imports this package for the
passphrase while its first window is up, and the database code (about 0.7 s of imports)
should only load once a demo is actually opened.
"""

from __future__ import annotations

import copy
import dataclasses
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from mentorapp.demo.content import packaged_content
from mentorapp.demo.engagements import demo_engagement, demo_sessions
from mentorapp.demo.mentees import DemoMentee, demo_mentees
from mentorapp.demo.practice import demo_catalogue, demo_stories
from mentorapp.domain.crafting import add_experiment_action
from mentorapp.domain.enums import ActivityKind, SafariStatus, SessionKind
from mentorapp.domain.ids import CatalogueSkillId

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentorapp.store.vault import Vault

DEMO_PASSPHRASE = "demo mentorapp 2026"


def fill_demo(vault: Vault, today: date) -> int:
    """Add the demo mentees with their sessions, plans, safaris, canvases, skills, moves,
    engagements and answers to the built-in questionnaires, and the coach's skill catalogue
    and career stories. Returns the number of mentees added.

    The links are made here, once ids exist: a safari-debrief session and a career safari
    activity link to the mentee's safari (the demo has at most one each), a skill to the
    catalogue entry of its name for the mentee's organisation, and the plan actions
    ``DemoLinks`` names to their experiment and skill.
    """
    from mentorapp.store.moves_repository import CatalogueRepository, StoryRepository

    records = demo_mentees(today)
    with vault.transaction() as s:
        catalogue = {
            (skill.organisation, skill.name): skill.id
            for skill in map(CatalogueRepository(s).save, demo_catalogue(packaged_content()))
        }
        for story in demo_stories(packaged_content()):
            StoryRepository(s).save(story)
        for index, record in enumerate(records):
            _add_mentee(s, record, catalogue, today, index)
    return len(records)


def _add_mentee(
    s: Session,
    record: DemoMentee,
    catalogue: dict[tuple[str, str], CatalogueSkillId | None],
    today: date,
    index: int,
) -> None:
    """Store one demo mentee's records, linked, with the engagement of the ``index``-th."""
    from mentorapp.domain.model import QuestionnaireResponse
    from mentorapp.store.moves_repository import CanvasRepository
    from mentorapp.store.practice_repository import EngagementRepository
    from mentorapp.store.questionnaire_repository import QuestionnaireRepository
    from mentorapp.store.repositories import (
        CoachingSessionRepository,
        MenteeRepository,
        MoveRepository,
        PlanRepository,
        SafariRepository,
        SkillRepository,
    )

    mentee = MenteeRepository(s).add(dataclasses.replace(record.mentee, id=None))
    assert mentee.id is not None
    mid = mentee.id
    safaris = [
        SafariRepository(s).add(dataclasses.replace(safari, mentee_id=mid, id=None))
        for safari in record.safaris
    ]
    safari_id = next((x.id for x in safaris if x.status is not SafariStatus.CANCELLED), None)
    engagement = demo_engagement(record, index, today)
    if engagement is not None:
        EngagementRepository(s).save(dataclasses.replace(engagement, mentee_id=mid))
    for coaching in demo_sessions(record, engagement):
        debrief = safari_id if coaching.kind is SessionKind.SAFARI_DEBRIEF else None
        CoachingSessionRepository(s).add(
            dataclasses.replace(coaching, mentee_id=mid, id=None, safari_id=debrief)
        )
    skills = [
        SkillRepository(s).add(
            dataclasses.replace(
                skill,
                mentee_id=mid,
                id=None,
                catalogue_id=catalogue.get((mentee.organisation, skill.name)),
            )
        )
        for skill in record.skills
    ]
    canvas = None
    if record.canvas is not None:
        made = dataclasses.replace(copy.deepcopy(record.canvas), mentee_id=mid)
        canvas = CanvasRepository(s).save(made)
    if record.plan is not None:
        plan = dataclasses.replace(copy.deepcopy(record.plan), mentee_id=mid, id=None)
        for activity in plan.activities:
            if activity.kind is ActivityKind.CAREER_SAFARI:
                activity.safari_id = safari_id
        if record.links.skill_action is not None:
            goal, action, skill = record.links.skill_action
            plan.goals[goal].actions[action].skill_id = skills[skill].id
        if canvas is not None and record.links.experiment_to_plan:
            add_experiment_action(plan, canvas.experiments[0])
        PlanRepository(s).add(plan)
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
