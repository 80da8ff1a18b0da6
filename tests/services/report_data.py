"""Mentees for the career-centre report tests: every text field holds a canary.

Rows are written straight through the schema so that every text column (mentee, session,
plan, goal, action, obstacle, activity, safari, move, canvas, experiment, skill, answer,
engagement, tag) can hold a unique string the report must never print.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy.orm import Session

from mentorapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityKind,
    Feasibility,
    GoalKind,
    Language,
    MenteeStatus,
    MoveKind,
    ObstacleKind,
    PlanStatus,
    SafariStatus,
    SessionKind,
    SessionMode,
    TemplateKind,
)
from mentorapp.store.questionnaire_repository import QuestionnaireRepository
from mentorapp.store.schema import (
    ActionRow,
    ActivityRow,
    CanvasRow,
    CoachingSessionRow,
    EngagementRow,
    ExperimentRow,
    GoalRow,
    MenteeRow,
    MenteeTagRow,
    MoveRow,
    ObstacleRow,
    PlanRow,
    QuestionnaireResponseRow,
    SafariRow,
    SkillRow,
)
from mentorapp.store.vault import Vault

_serial = itertools.count(1)
CANARIES: list[str] = []


def canary(field_name: str) -> str:
    """A unique string that must never reach a published report."""
    made = f"CANARY{next(_serial):05d}{field_name.replace('_', '')[:6].upper()}"
    CANARIES.append(made)
    return made


@dataclass
class Person:
    """One mentee and what the report counts of them in 2026."""

    department: str
    organisation: str = "Stad Gent"
    start: date = date(2026, 2, 1)
    close: date | None = None
    outcome: MoveKind | None = None
    sessions: list[tuple[SessionKind, datetime, int, bool]] = field(
        default_factory=lambda: [
            (SessionKind.INTAKE, datetime(2026, 2, 3, 10), 60, True),
            (SessionKind.CAREER_CONVERSATION, datetime(2026, 3, 3, 10), 90, True),
        ]
    )
    agreed_at: datetime | None = datetime(2026, 3, 10, 9)
    done_deadline: date | None = date(2026, 5, 1)
    safari_end: date | None = date(2026, 4, 20)
    checks: list[tuple[date, int]] = field(
        default_factory=lambda: [(date(2026, 2, 3), 2), (date(2026, 6, 3), 4)]
    )
    engaged: bool = True


def _text(name: str) -> str:
    return canary(name)


def add_people(vault: Vault, people: list[Person]) -> None:
    with vault.transaction() as db:
        check = QuestionnaireRepository(db).builtin(TemplateKind.CAREER_CHECK, Language.EN)
        assert check is not None and check.id is not None
        for person in people:
            _add(db, person, int(check.id), [q.key for q in check.questions])


def _add(db: Session, p: Person, check_id: int, keys: list[str]) -> None:
    now = datetime(2026, 1, 5, 9)
    mentee = MenteeRow(
        full_name=_text("full_name"),
        preferred_name=_text("preferred_name"),
        email=_text("email") + "@example.org",
        phone=_text("phone"),
        organisation=p.organisation,
        department=p.department,
        current_role=_text("current_role"),
        referral=_text("referral"),
        status=MenteeStatus.CLOSED if p.close else MenteeStatus.ACTIVE,
        start_date=p.start,
        close_date=p.close,
        consent_given=True,
        consent_scope=_text("consent_scope"),
        export_language=Language.EN,
        trajectory_goal=_text("trajectory_goal"),
        private_background=_text("private_background"),
        created_at=now,
        updated_at=now,
        outcome=p.outcome,
        outcome_note=_text("outcome_note"),
    )
    db.add(mentee)
    db.flush()
    db.add(MenteeTagRow(mentee_id=mentee.id, tag=_text("tag")))
    safari = SafariRow(
        mentee_id=mentee.id,
        host_department=_text("host_department"),
        host_role=_text("host_role"),
        host_contact=_text("host_contact"),
        start_date=p.safari_end,
        end_date=p.safari_end,
        status=SafariStatus.COMPLETED if p.safari_end else SafariStatus.PLANNED,
        learning_goals=_text("learning_goals"),
        shared_reflection=_text("shared_reflection"),
        private_notes=_text("private_notes"),
        arrangements=_text("arrangements"),
    )
    db.add(safari)
    for kind, when, minutes, billable in p.sessions:
        db.add(
            CoachingSessionRow(
                mentee_id=mentee.id,
                started_at=when,
                duration_minutes=minutes,
                kind=kind,
                mode=SessionMode.IN_PERSON,
                private_notes=_text("private_notes"),
                shared_summary=_text("shared_summary"),
                agreements=_text("agreements"),
                created_at=now,
                updated_at=now,
                billable=billable,
            )
        )
    plan = PlanRow(
        mentee_id=mentee.id,
        version=1,
        status=PlanStatus.AGREED if p.agreed_at else PlanStatus.DRAFT,
        title=_text("title"),
        current_situation=_text("current_situation"),
        desired_direction=_text("desired_direction"),
        resources=_text("resources"),
        organisation_commitments=_text("organisation_commitments"),
        employee_commitments=_text("employee_commitments"),
        private_remarks=_text("private_remarks"),
        frozen_at=p.agreed_at,
        created_at=now,
        updated_at=now,
    )
    db.add(plan)
    db.flush()
    goal = GoalRow(
        plan_id=plan.id,
        position=0,
        kind=GoalKind.PROFESSIONAL,
        description=_text("goal_description"),
        feasibility=Feasibility.FEASIBLE,
        feasibility_note=_text("feasibility_note"),
    )
    db.add(goal)
    db.flush()
    db.add(
        ActionRow(
            goal_id=goal.id,
            position=0,
            description=_text("action_description"),
            measure=_text("measure"),
            deadline=p.done_deadline,
            owner=ActionOwner.EMPLOYEE,
            resources=_text("action_resources"),
            status=ActionStatus.DONE if p.done_deadline else ActionStatus.OPEN,
        )
    )
    db.add(
        ObstacleRow(
            plan_id=plan.id,
            position=0,
            kind=ObstacleKind.TIME,
            description=_text("obstacle"),
            mitigation=_text("mitigation"),
        )
    )
    db.add(
        ActivityRow(
            plan_id=plan.id,
            position=0,
            kind=ActivityKind.TRAINING,
            description=_text("activity"),
            provider=_text("provider"),
        )
    )
    db.add(
        MoveRow(
            mentee_id=mentee.id,
            kind=MoveKind.LATERAL,
            description=_text("move_description"),
            from_role=_text("from_role"),
            to_role=_text("to_role"),
            happened_on=date(2026, 7, 1),
            made=True,
        )
    )
    canvas = CanvasRow(
        mentee_id=mentee.id,
        tasks_now=_text("tasks_now"),
        tasks_crafted=_text("tasks_crafted"),
        relationships_now=_text("relationships_now"),
        relationships_crafted=_text("relationships_crafted"),
        perception_now=_text("perception_now"),
        perception_crafted=_text("perception_crafted"),
        private_notes=_text("canvas_private"),
        updated_at=now,
    )
    db.add(canvas)
    db.flush()
    db.add(
        ExperimentRow(
            canvas_id=canvas.id, position=0, what=_text("what"), with_whom=_text("with_whom")
        )
    )
    db.add(SkillRow(mentee_id=mentee.id, name=_text("skill"), evidence=_text("evidence")))
    for day, value in p.checks:
        answers = {key: str(value) for key in keys}
        answers["free_text_extra"] = _text("answer")
        db.add(
            QuestionnaireResponseRow(
                template_id=check_id,
                mentee_id=mentee.id,
                answered_on=day,
                answers_json=json.dumps(answers),
                private_interpretation=_text("interpretation"),
            )
        )
    if p.engaged:
        db.add(
            EngagementRow(
                mentee_id=mentee.id,
                sponsor=_text("sponsor"),
                contracted_sessions=10,
                start_date=date(2026, 1, 1),
                end_date=date(2026, 12, 31),
            )
        )


def team(department: str, size: int, **kwargs: object) -> list[Person]:
    """``size`` mentees of one department, the first half closed with a lateral move."""
    return [
        Person(
            department,
            close=date(2026, 9, 1) if i < size // 2 else None,
            outcome=MoveKind.LATERAL if i < size // 2 else None,
            **kwargs,  # type: ignore[arg-type]
        )
        for i in range(size)
    ]
