"""A test helper: a mentee's safari (with debrief), canvas, experiment, skill and moves,
and the trajectory's outcome, each text field holding ``word`` - a canary for erasure and
export tests. Plan links to them are made too, so erasing crosses every foreign key."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from mentorapp.domain.enums import ActivityKind, MoveKind, SafariOutcome, SessionKind
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import (
    Action,
    CareerSafari,
    CoachingSession,
    CraftingExperiment,
    DevelopmentActivity,
    DevelopmentPlan,
    Goal,
    JobCraftingCanvas,
    Move,
    SkillEntry,
)
from mentorapp.store.moves_repository import CanvasRepository
from mentorapp.store.repositories import (
    CoachingSessionRepository,
    MenteeRepository,
    MoveRepository,
    PlanRepository,
    SafariRepository,
    SkillRepository,
)
from mentorapp.store.vault import Vault


def _texts(kind: type, word: str, *skip: str) -> dict[str, str]:
    """Every text field of the domain class ``kind``, each holding ``word``."""
    return {
        f.name: f"{f.name} {word}"
        for f in dataclasses.fields(kind)
        if f.type in ("str", str) and f.name not in skip
    }


def add_moves_records(vault: Vault, mentee: MenteeId, word: str) -> None:
    with vault.transaction() as s:
        safari = SafariRepository(s).add(
            CareerSafari(
                mentee_id=mentee,
                start_date=date(2026, 9, 1),
                end_date=date(2026, 9, 5),
                outcome=SafariOutcome.STAY_AND_CRAFT,
                **_texts(CareerSafari, word),
            )
        )
        CoachingSessionRepository(s).add(
            CoachingSession(
                mentee,
                datetime(2026, 9, 8, 10),
                kind=SessionKind.SAFARI_DEBRIEF,
                shared_summary=f"debrief {word}",
                safari_id=safari.id,
            )
        )
        skill = SkillRepository(s).add(SkillEntry(mentee_id=mentee, **_texts(SkillEntry, word)))
        canvas = CanvasRepository(s).save(
            JobCraftingCanvas(
                mentee_id=mentee,
                experiments=[CraftingExperiment(**_texts(CraftingExperiment, word))],
                **_texts(JobCraftingCanvas, word),
            )
        )
        MoveRepository(s).add(
            Move(mentee_id=mentee, kind=MoveKind.LATERAL, made=True, **_texts(Move, word))
        )
        plans = PlanRepository(s)
        plans.add(
            DevelopmentPlan(
                mentee_id=mentee,
                version=max((p.version for p in plans.versions(mentee)), default=0) + 1,
                goals=[
                    Goal(
                        f"doel {word}",
                        actions=[
                            Action(
                                f"actie {word}",
                                experiment_id=canvas.experiments[0].id,
                                skill_id=skill.id,
                            )
                        ],
                    )
                ],
                activities=[
                    DevelopmentActivity(
                        ActivityKind.CAREER_SAFARI, f"activiteit {word}", safari_id=safari.id
                    )
                ],
            )
        )
        mentees = MenteeRepository(s)
        record = mentees.get(mentee)
        record.outcome, record.outcome_note = MoveKind.LATERAL, f"uitkomst {word}"
        mentees.update(record)
