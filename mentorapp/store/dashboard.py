"""The dashboard's figures: what is due across all mentees, read in a few set-based queries.

One query per category, never one per mentee: a vault may hold 10,000 mentees and
100,000 sessions. "Current plan" is a mentee's highest plan version, found with a
grouped subquery over the unique (mentee_id, version) index; a mentee's latest session
with a grouped subquery over the (mentee_id, started_at) index. No ``private_...``
column is ever selected, so nothing private can reach a dashboard item.

Every category query selects the same shape - record id, mentee id, date, title,
full name, preferred name - and ``_items`` turns those rows into ``DueItem``s.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, Select, Subquery, and_, func, select
from sqlalchemy.orm import Session

from mentorapp.domain.enums import ActionStatus, Feasibility, MenteeStatus, PlanStatus
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Mentee
from mentorapp.store.schema import ActionRow, GoalRow, MenteeRow, PlanRow, SessionRow

PLANNED_SESSION = "planned"
"""The title of a session that is planned (a ``next_session_at``) but not logged yet."""

AGREEMENT_LOOKAHEAD_DAYS = 7
"""Agreements show when the session that follows them up is at most this many days off."""

_OPEN_ACTION = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)

When: TypeAlias = date | datetime | None


@dataclass(frozen=True)
class DueItem:
    """One line of the dashboard. ``title`` is shareable text only, never private."""

    mentee_id: MenteeId
    mentee_name: str
    kind: str  # "session" | "action" | "agreement" | "review" | "revisit" | "retention"
    when: When
    title: str
    overdue: bool
    record_id: int | None


@dataclass(frozen=True)
class Dashboard:
    """Everything the home view shows, each list sorted by date, then name."""

    sessions_this_week: list[DueItem]
    actions: list[DueItem]
    agreements: list[DueItem]
    reviews: list[DueItem]
    revisits: list[DueItem]
    past_retention: list[DueItem]

    @property
    def past_retention_ids(self) -> list[MenteeId]:
        return [item.mentee_id for item in self.past_retention]


def load_dashboard(session: Session, today: date, horizon_days: int = 14) -> Dashboard:
    """What is due on ``today``: deadlines and dates up to ``horizon_days`` ahead."""
    horizon = today + timedelta(days=horizon_days)
    return Dashboard(
        sessions_this_week=_sessions_this_week(session, today),
        actions=_items(session, _actions(horizon), "action", today),
        agreements=_agreements(session, today),
        reviews=_items(session, _reviews(horizon), "review", today),
        revisits=_items(session, _revisits(horizon), "revisit", today),
        past_retention=_items(session, _past_retention(today), "retention", today),
    )


# ---- shared pieces --------------------------------------------------------------------


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _before(when: When, today: date) -> bool:
    if isinstance(when, datetime):  # first: a datetime is also a date
        return when < _midnight(today)
    return when is not None and when < today


def _item(kind: str, row: Iterable[Any], today: date, overdue: bool | None = None) -> DueItem:
    record_id, mentee_id, when, title, full_name, preferred_name = row
    name = Mentee(full_name=full_name, preferred_name=preferred_name).display_name
    late = _before(when, today) if overdue is None else overdue
    return DueItem(MenteeId(mentee_id), name, kind, when, str(title), late, record_id)


def _sorted(items: Iterable[DueItem]) -> list[DueItem]:
    def key(item: DueItem) -> tuple[datetime, str, int]:
        when = item.when
        moment = when if isinstance(when, datetime) else _midnight(when or date.max)
        return moment, item.mentee_name.casefold(), item.record_id or 0

    return sorted(items, key=key)


def _items(session: Session, query: Select[Any], kind: str, today: date) -> list[DueItem]:
    return _sorted(_item(kind, row, today) for row in session.execute(query))


def _open_mentee() -> ColumnElement[bool]:
    return MenteeRow.status != MenteeStatus.CLOSED


def _names() -> tuple[Any, Any]:
    return MenteeRow.full_name, MenteeRow.preferred_name


def _current_plans() -> Subquery:
    """The id of each mentee's highest plan version, unless that version is archived."""
    latest = (
        select(PlanRow.mentee_id, func.max(PlanRow.version).label("version"))
        .group_by(PlanRow.mentee_id)
        .subquery("latest_version")
    )
    return (
        select(PlanRow.id.label("plan_id"))
        .join(
            latest,
            and_(latest.c.mentee_id == PlanRow.mentee_id, latest.c.version == PlanRow.version),
        )
        .where(PlanRow.status != PlanStatus.ARCHIVED)
        .subquery("current_plan")
    )


# ---- the categories -------------------------------------------------------------------


def _sessions_this_week(session: Session, today: date) -> list[DueItem]:
    """Logged sessions of this Monday-to-Sunday week, and the planned ones not yet logged.

    A mentee's planned session is the ``next_session_at`` of their latest session that
    names one (a later session without a plan, like a quick phone call, does not erase
    it). It is left out when a session of that mentee is logged on the same day, and is
    overdue when its day has passed with nothing logged.
    """
    week_start = _midnight(today - timedelta(days=today.weekday()))
    week_end = week_start + timedelta(days=7)
    logged = (
        select(SessionRow.id, SessionRow.mentee_id, SessionRow.started_at, SessionRow.kind)
        .add_columns(*_names())
        .join(MenteeRow, MenteeRow.id == SessionRow.mentee_id)
        .where(
            _open_mentee(),
            SessionRow.started_at >= week_start,
            SessionRow.started_at < week_end,
        )
    )
    items: list[DueItem] = []
    logged_days: set[tuple[int, date]] = set()
    for sid, mid, at, kind, *names in session.execute(logged):
        items.append(_item("session", (sid, mid, at, kind.value, *names), today, overdue=False))
        logged_days.add((mid, at.date()))

    ranked = (
        select(
            SessionRow.id,
            SessionRow.mentee_id,
            SessionRow.next_session_at,
            func.row_number()
            .over(
                partition_by=SessionRow.mentee_id,
                order_by=(SessionRow.started_at.desc(), SessionRow.id.desc()),
            )
            .label("rank"),
        )
        .where(SessionRow.next_session_at.is_not(None))
        .subquery("planning")
    )
    planned = (
        select(ranked.c.id, ranked.c.mentee_id, ranked.c.next_session_at)
        .add_columns(*_names())
        .join(MenteeRow, MenteeRow.id == ranked.c.mentee_id)
        .where(
            ranked.c.rank == 1,
            _open_mentee(),
            ranked.c.next_session_at >= week_start,
            ranked.c.next_session_at < week_end,
        )
    )
    for sid, mid, at, *names in session.execute(planned):
        if (mid, at.date()) not in logged_days:
            items.append(_item("session", (sid, mid, at, PLANNED_SESSION, *names), today))
    return _sorted(items)


def _actions(horizon: date) -> Select[Any]:
    """Open and in-progress actions of current plans with a deadline up to ``horizon``."""
    current = _current_plans()
    return (
        select(ActionRow.id, PlanRow.mentee_id, ActionRow.deadline, ActionRow.description)
        .add_columns(*_names())
        .join(GoalRow, GoalRow.id == ActionRow.goal_id)
        .join(current, current.c.plan_id == GoalRow.plan_id)
        .join(PlanRow, PlanRow.id == current.c.plan_id)
        .join(MenteeRow, MenteeRow.id == PlanRow.mentee_id)
        .where(
            _open_mentee(),
            ActionRow.status.in_(_OPEN_ACTION),
            ActionRow.deadline.is_not(None),
            ActionRow.deadline <= horizon,
        )
    )


def _agreements(session: Session, today: date) -> list[DueItem]:
    """Agreements of each mentee's latest session, when its follow-up is a week off or less.

    The title is the first line of the agreements, which are shareable text.
    """
    last_time = (
        select(SessionRow.mentee_id, func.max(SessionRow.started_at).label("started_at"))
        .group_by(SessionRow.mentee_id)
        .subquery("last_time")
    )
    # Two sessions may share a start time: the later-stored one counts as the latest.
    last_id = (
        select(func.max(SessionRow.id).label("id"))
        .join(
            last_time,
            and_(
                last_time.c.mentee_id == SessionRow.mentee_id,
                last_time.c.started_at == SessionRow.started_at,
            ),
        )
        .group_by(SessionRow.mentee_id)
        .subquery("last_session")
    )
    until = _midnight(today + timedelta(days=AGREEMENT_LOOKAHEAD_DAYS + 1))
    query = (
        select(SessionRow.id, SessionRow.mentee_id, SessionRow.next_session_at)
        .add_columns(SessionRow.agreements, *_names())
        .join(last_id, last_id.c.id == SessionRow.id)
        .join(MenteeRow, MenteeRow.id == SessionRow.mentee_id)
        .where(
            _open_mentee(),
            func.trim(SessionRow.agreements) != "",
            SessionRow.next_session_at.is_not(None),
            SessionRow.next_session_at < until,
        )
    )
    items = []
    for sid, mid, at, agreements, *names in session.execute(query):
        first_line = next((line.strip() for line in agreements.splitlines() if line.strip()), "")
        if first_line:
            items.append(_item("agreement", (sid, mid, at, first_line, *names), today))
    return _sorted(items)


def _reviews(horizon: date) -> Select[Any]:
    """Current, not archived plans whose review date is up to ``horizon``."""
    current = _current_plans()
    return (
        select(PlanRow.id, PlanRow.mentee_id, PlanRow.review_date, PlanRow.title)
        .add_columns(*_names())
        .join(current, current.c.plan_id == PlanRow.id)
        .join(MenteeRow, MenteeRow.id == PlanRow.mentee_id)
        .where(
            _open_mentee(),
            PlanRow.review_date.is_not(None),
            PlanRow.review_date <= horizon,
        )
    )


def _revisits(horizon: date) -> Select[Any]:
    """Goals of current plans marked not feasible now, to look at again by ``horizon``."""
    current = _current_plans()
    return (
        select(GoalRow.id, PlanRow.mentee_id, GoalRow.revisit_on, GoalRow.description)
        .add_columns(*_names())
        .join(current, current.c.plan_id == GoalRow.plan_id)
        .join(PlanRow, PlanRow.id == current.c.plan_id)
        .join(MenteeRow, MenteeRow.id == PlanRow.mentee_id)
        .where(
            _open_mentee(),
            GoalRow.feasibility == Feasibility.NOT_NOW,
            GoalRow.revisit_on.is_not(None),
            GoalRow.revisit_on <= horizon,
        )
    )


def _past_retention(today: date) -> Select[Any]:
    """Mentees, closed ones included, whose retention date has passed: due for erasure.

    The title is the mentee's status, so an active mentee past retention stands out.
    """
    return select(
        MenteeRow.id, MenteeRow.id, MenteeRow.retention_until, MenteeRow.status, *_names()
    ).where(MenteeRow.retention_until.is_not(None), MenteeRow.retention_until < today)
