"""Repositories: take an ORM session (``db``), return domain objects; rows stay here.

Each repository converts explicitly between a row and its domain object. Field names are
the same on both sides by design, so the converters copy by a declared field list.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from mentorapp.domain import clock
from mentorapp.domain.enums import MenteeStatus
from mentorapp.domain.ids import (
    ActionId,
    ActivityId,
    GoalId,
    MenteeId,
    ObstacleId,
    PlanId,
    PlanTemplateId,
    SessionId,
)
from mentorapp.domain.model import (
    Action,
    CareerSafari,
    CoachingSession,
    DevelopmentActivity,
    DevelopmentPlan,
    ExportRecord,
    Goal,
    Mentee,
    Move,
    Obstacle,
    PlanTemplate,
    SkillEntry,
)
from mentorapp.store.errors import NoSuchRecord
from mentorapp.store.schema import (
    ActionRow,
    ActivityRow,
    Base,
    CoachingSessionRow,
    ExportLogRow,
    GoalRow,
    MenteeRow,
    MenteeTagRow,
    MoveRow,
    ObstacleRow,
    PlanRow,
    PlanTemplateRow,
    SafariRow,
    SkillRow,
)

D = TypeVar("D")
R = TypeVar("R", bound=Base)


def _fields(kind: type[Any], *skip: str) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind) if f.name not in {"id", *skip})


def _copy(source: object, target: object, names: Sequence[str]) -> None:
    for name in names:
        setattr(target, name, getattr(source, name))


_now = clock.now


# ---- mentees --------------------------------------------------------------------------

_MENTEE_FIELDS = _fields(Mentee, "tags")


SUMMARIES_SQL = """
    SELECT m.id, m.full_name, m.preferred_name, m.organisation, m.status,
           (SELECT min(t) FROM (
                SELECT s.started_at AS t FROM sessions s
                 WHERE s.mentee_id = m.id AND s.started_at >= :now
                UNION ALL
                SELECT s.next_session_at FROM sessions s
                 WHERE s.mentee_id = m.id AND s.next_session_at >= :now))
    FROM mentees m
    """
"""Every mentee with the next planned session (also run by the bench on a plain copy)."""


@dataclasses.dataclass(frozen=True)
class MenteeSummary:
    """What the mentee list shows: enough to sort and filter 10,000 rows quickly."""

    id: MenteeId
    display_name: str
    organisation: str
    status: MenteeStatus
    next_session_at: datetime | None


def mentee_from_row(row: MenteeRow) -> Mentee:
    mentee = Mentee(full_name=row.full_name, id=MenteeId(row.id))
    _copy(row, mentee, _MENTEE_FIELDS)
    mentee.tags = [t.tag for t in row.tags]
    return mentee


class MenteeRepository:
    """Mentees: add, read, update, and the fast summary list."""

    def __init__(self, db: Session) -> None:
        self.db = db

    def _row(self, mentee_id: MenteeId) -> MenteeRow:
        row = self.db.get(MenteeRow, mentee_id)
        if row is None:
            raise NoSuchRecord("mentee")
        return row

    def add(self, mentee: Mentee) -> Mentee:
        row = MenteeRow(created_at=_now(), updated_at=_now())
        _copy(mentee, row, _MENTEE_FIELDS)
        row.tags = [MenteeTagRow(tag=t) for t in dict.fromkeys(mentee.tags) if t]
        self.db.add(row)
        self.db.flush()
        mentee.id = MenteeId(row.id)
        return mentee

    def get(self, mentee_id: MenteeId) -> Mentee:
        return mentee_from_row(self._row(mentee_id))

    def update(self, mentee: Mentee) -> None:
        if mentee.id is None:
            raise NoSuchRecord("mentee not stored yet")
        row = self._row(mentee.id)
        _copy(mentee, row, _MENTEE_FIELDS)
        wanted = list(dict.fromkeys(t for t in mentee.tags if t))
        if [t.tag for t in row.tags] != wanted:
            row.tags = [MenteeTagRow(tag=t) for t in wanted]
        row.updated_at = _now()
        self.db.flush()

    def all(self) -> list[Mentee]:
        rows = self.db.scalars(select(MenteeRow).order_by(MenteeRow.id))
        return [mentee_from_row(r) for r in rows]

    def ids(self) -> list[MenteeId]:
        return [MenteeId(i) for i in self.db.scalars(select(MenteeRow.id))]

    def count(self) -> int:
        return int(self.db.scalar(select(func.count(MenteeRow.id))) or 0)

    def summaries(self, now: datetime | None = None) -> list[MenteeSummary]:
        """Every mentee with the next planned session, ordered by display name."""
        now = now or datetime.now()
        rows = self.db.execute(
            text(SUMMARIES_SQL),
            {"now": now.isoformat(sep=" ")},
        )
        out = []
        for mid, full, preferred, org, status, nxt in rows:
            name = Mentee(full_name=full, preferred_name=preferred).display_name
            when = datetime.fromisoformat(nxt) if nxt else None
            out.append(MenteeSummary(MenteeId(mid), name, org, MenteeStatus(status), when))
        out.sort(key=lambda s: s.display_name.casefold())
        return out


# ---- sessions -------------------------------------------------------------------------

_SESSION_FIELDS = _fields(CoachingSession)


def session_from_row(row: CoachingSessionRow) -> CoachingSession:
    found = CoachingSession(
        mentee_id=MenteeId(row.mentee_id), started_at=row.started_at, id=SessionId(row.id)
    )
    _copy(row, found, _SESSION_FIELDS)
    return found


class CoachingSessionRepository:
    """Coaching sessions of a mentee."""

    def __init__(self, db: Session) -> None:
        self.db = db

    def _row(self, session_id: SessionId) -> CoachingSessionRow:
        row = self.db.get(CoachingSessionRow, session_id)
        if row is None:
            raise NoSuchRecord("session")
        return row

    def add(self, coaching: CoachingSession) -> CoachingSession:
        row = CoachingSessionRow(created_at=_now(), updated_at=_now())
        _copy(coaching, row, _SESSION_FIELDS)
        self.db.add(row)
        self.db.flush()
        coaching.id = SessionId(row.id)
        return coaching

    def get(self, session_id: SessionId) -> CoachingSession:
        return session_from_row(self._row(session_id))

    def update(self, coaching: CoachingSession) -> None:
        if coaching.id is None:
            raise NoSuchRecord("session not stored yet")
        row = self._row(coaching.id)
        _copy(coaching, row, _SESSION_FIELDS)
        row.updated_at = _now()
        self.db.flush()

    def delete(self, session_id: SessionId) -> None:
        self.db.delete(self._row(session_id))
        self.db.flush()

    def for_mentee(self, mentee_id: MenteeId) -> list[CoachingSession]:
        rows = self.db.scalars(
            select(CoachingSessionRow)
            .where(CoachingSessionRow.mentee_id == mentee_id)
            .order_by(CoachingSessionRow.started_at.desc())
        )
        return [session_from_row(r) for r in rows]


# ---- development plans ----------------------------------------------------------------

_PLAN_FIELDS = _fields(DevelopmentPlan, "goals", "obstacles", "activities")
_GOAL_FIELDS = _fields(Goal, "actions")
_ACTION_FIELDS = _fields(Action, "specific", "achievable", "relevant")  # SMART: smart_...
_OBSTACLE_FIELDS = _fields(Obstacle)
_ACTIVITY_FIELDS = _fields(DevelopmentActivity)


def _action_to_row(action: Action, position: int) -> ActionRow:
    row = ActionRow(
        position=position,
        smart_specific=action.specific,
        smart_achievable=action.achievable,
        smart_relevant=action.relevant,
    )
    _copy(action, row, _ACTION_FIELDS)
    return row


def _action_from_row(row: ActionRow) -> Action:
    action = Action(
        description=row.description,
        specific=row.smart_specific,
        achievable=row.smart_achievable,
        relevant=row.smart_relevant,
        id=ActionId(row.id),
    )
    _copy(row, action, _ACTION_FIELDS)
    return action


def _goal_to_row(goal: Goal, position: int) -> GoalRow:
    row = GoalRow(position=position)
    _copy(goal, row, _GOAL_FIELDS)
    row.actions = [_action_to_row(a, i) for i, a in enumerate(goal.actions)]
    return row


def _goal_from_row(row: GoalRow) -> Goal:
    goal = Goal(description=row.description, id=GoalId(row.id))
    _copy(row, goal, _GOAL_FIELDS)
    goal.actions = [_action_from_row(a) for a in row.actions]
    return goal


def _fill_plan_children(plan: DevelopmentPlan, row: PlanRow) -> None:
    row.goals = [_goal_to_row(g, i) for i, g in enumerate(plan.goals)]
    obstacles = []
    for i, obstacle in enumerate(plan.obstacles):
        o_row = ObstacleRow(position=i)
        _copy(obstacle, o_row, _OBSTACLE_FIELDS)
        obstacles.append(o_row)
    row.obstacles = obstacles
    activities = []
    for i, activity in enumerate(plan.activities):
        a_row = ActivityRow(position=i)
        _copy(activity, a_row, _ACTIVITY_FIELDS)
        activities.append(a_row)
    row.activities = activities


def plan_from_row(row: PlanRow) -> DevelopmentPlan:
    plan = DevelopmentPlan(mentee_id=MenteeId(row.mentee_id), id=PlanId(row.id))
    _copy(row, plan, _PLAN_FIELDS)
    plan.goals = [_goal_from_row(g) for g in row.goals]
    for o_row in row.obstacles:
        obstacle = Obstacle(kind=o_row.kind, description=o_row.description)
        _copy(o_row, obstacle, _OBSTACLE_FIELDS)
        obstacle.id = ObstacleId(o_row.id)
        plan.obstacles.append(obstacle)
    for a_row in row.activities:
        activity = DevelopmentActivity(kind=a_row.kind, description=a_row.description)
        _copy(a_row, activity, _ACTIVITY_FIELDS)
        activity.id = ActivityId(a_row.id)
        plan.activities.append(activity)
    return plan


class PlanRepository:
    """Development plans with their goals, actions, obstacles and activities."""

    def __init__(self, db: Session) -> None:
        self.db = db

    def _row(self, plan_id: PlanId) -> PlanRow:
        row = self.db.get(PlanRow, plan_id)
        if row is None:
            raise NoSuchRecord("plan")
        return row

    def add(self, plan: DevelopmentPlan) -> DevelopmentPlan:
        row = PlanRow(created_at=_now(), updated_at=_now())
        _copy(plan, row, _PLAN_FIELDS)
        self.db.add(row)
        self.db.flush()  # the plan row first: the search triggers of goals read it
        _fill_plan_children(plan, row)
        self.db.flush()
        stored = plan_from_row(row)
        plan.id, plan.goals = stored.id, stored.goals
        plan.obstacles, plan.activities = stored.obstacles, stored.activities
        return plan

    def get(self, plan_id: PlanId) -> DevelopmentPlan:
        return plan_from_row(self._row(plan_id))

    def update(self, plan: DevelopmentPlan) -> None:
        """Replace the plan's fields and children with ``plan``'s."""
        if plan.id is None:
            raise NoSuchRecord("plan not stored yet")
        row = self._row(plan.id)
        _copy(plan, row, _PLAN_FIELDS)
        row.updated_at = _now()
        row.goals, row.obstacles, row.activities = [], [], []
        self.db.flush()
        _fill_plan_children(plan, row)
        self.db.flush()

    def delete(self, plan_id: PlanId) -> None:
        self.db.delete(self._row(plan_id))
        self.db.flush()

    def versions(self, mentee_id: MenteeId) -> list[DevelopmentPlan]:
        rows = self.db.scalars(
            select(PlanRow).where(PlanRow.mentee_id == mentee_id).order_by(PlanRow.version)
        )
        return [plan_from_row(r) for r in rows]

    def current(self, mentee_id: MenteeId) -> DevelopmentPlan | None:
        row = self.db.scalars(
            select(PlanRow)
            .where(PlanRow.mentee_id == mentee_id)
            .order_by(PlanRow.version.desc())
            .limit(1)
        ).first()
        return plan_from_row(row) if row else None


# ---- flat per-mentee records ----------------------------------------------------------


class _FlatRepository(Generic[D, R]):
    """Add, update, delete and list records that are one row each, per mentee."""

    domain: type[Any]
    row: type[Any]

    def __init__(self, db: Session) -> None:
        self.db = db
        self._names = _fields(self.domain)

    def _from_row(self, row: Any) -> D:
        values = {name: getattr(row, name) for name in self._names}
        return self.domain(**values, id=row.id)  # type: ignore[no-any-return]

    def get(self, record_id: int) -> D:
        row = self.db.get(self.row, record_id)
        if row is None:
            raise NoSuchRecord(self.row.__tablename__)
        return self._from_row(row)

    def add(self, record: D) -> D:
        row = self.row()
        _copy(record, row, self._names)
        self.db.add(row)
        self.db.flush()
        record.id = row.id  # type: ignore[attr-defined]
        return record

    def update(self, record: D) -> None:
        row = self.db.get(self.row, record.id)  # type: ignore[attr-defined]
        if row is None:
            raise NoSuchRecord(self.row.__tablename__)
        _copy(record, row, self._names)
        self.db.flush()

    def delete(self, record_id: int) -> None:
        self.db.execute(delete(self.row).where(self.row.id == record_id))

    def for_mentee(self, mentee_id: MenteeId) -> list[D]:
        rows = self.db.scalars(
            select(self.row).where(self.row.mentee_id == mentee_id).order_by(self.row.id)
        )
        return [self._from_row(r) for r in rows]

    def all(self) -> list[D]:
        """Every mentee's records, in the order they were stored."""
        return [self._from_row(r) for r in self.db.scalars(select(self.row).order_by(self.row.id))]


class SafariRepository(_FlatRepository[CareerSafari, SafariRow]):
    """Career safaris of a mentee."""

    domain, row = CareerSafari, SafariRow


class SkillRepository(_FlatRepository[SkillEntry, SkillRow]):
    """Skill entries of a mentee."""

    domain, row = SkillEntry, SkillRow


class MoveRepository(_FlatRepository[Move, MoveRow]):
    """Career moves of a mentee."""

    domain, row = Move, MoveRow


class ExportLogRepository(_FlatRepository[ExportRecord, ExportLogRow]):
    """The export log: what was handed over, when, with which file hash."""

    domain, row = ExportRecord, ExportLogRow


# ---- plan templates -------------------------------------------------------------------


class PlanTemplateRepository:
    """The coach's plan templates (structure as JSON)."""

    def __init__(self, db: Session) -> None:
        self.db = db

    def add(self, template: PlanTemplate) -> PlanTemplate:
        row = PlanTemplateRow(
            name=template.name,
            content_json=json.dumps(template.content, ensure_ascii=False),
            created_at=_now(),
        )
        self.db.add(row)
        self.db.flush()
        template.id = PlanTemplateId(row.id)
        return template

    def all(self) -> list[PlanTemplate]:
        rows = self.db.scalars(select(PlanTemplateRow).order_by(PlanTemplateRow.name))
        return [
            PlanTemplate(r.name, dict(json.loads(r.content_json)), PlanTemplateId(r.id))
            for r in rows
        ]

    def delete(self, template_id: PlanTemplateId) -> None:
        self.db.execute(delete(PlanTemplateRow).where(PlanTemplateRow.id == template_id))
