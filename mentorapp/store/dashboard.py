"""The dashboard's figures: what is due across all mentees, read in a few set-based queries.

One query per category, never one per mentee: a vault may hold 10,000 mentees and
100,000 sessions. "Current plan" is a mentee's highest plan version, found with a
grouped subquery over the unique (mentee_id, version) index. A mentee's latest session
is a correlated ``ORDER BY ... LIMIT 1`` subquery that SQLite answers from the
(mentee_id, started_at) index - measured 3x faster than a ``row_number()`` window, which
must read and sort every session row. No ``private_...`` column is ever selected, so
nothing private can reach a dashboard item.

Every category query selects the same shape - record id, mentee id, date, title,
full name, preferred name - and ``_items`` turns those rows into ``DueItem``s.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, ScalarSelect, Select, Subquery, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from mentorapp.domain.enums import (
    ActionStatus,
    DueKind,
    Feasibility,
    MenteeStatus,
    PlanStatus,
    SafariStatus,
    TemplateKind,
)
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Mentee
from mentorapp.store.schema import (
    ActionRow,
    CoachingSessionRow,
    GoalRow,
    MenteeRow,
    PlanRow,
    QuestionnaireResponseRow,
    QuestionnaireTemplateRow,
    SafariRow,
)

PLANNED_SESSION = "planned"
"""The title of a session that is planned (a ``next_session_at``) but not logged yet."""

CHECK_INTERVAL_DAYS = 182
"""A career check is due this many days after the last one (about six months)."""

AGREEMENT_LOOKAHEAD_DAYS = 7
"""Agreements show when the session that follows them up is at most this many days off."""

DEBRIEF_LATE_DAYS = 14
"""A safari's debrief is overdue this many days after the safari ended."""

DEBRIEF_LOOKBACK_DAYS = 90
"""A safari that ended longer ago than this no longer asks for a debrief."""

_OPEN_ACTION = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
_DAY = timedelta(days=1)

When: TypeAlias = date | datetime | None


@dataclass(frozen=True)
class DueItem:
    """One line of the dashboard. ``title`` is shareable text only, never private."""

    mentee_id: MenteeId
    mentee_name: str
    kind: DueKind
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
    has_mentees: bool  # False: an empty vault, where the next step is a first mentee
    career_checks: list[DueItem] = field(default_factory=list)
    safaris_starting: list[DueItem] = field(default_factory=list)  # this week
    debriefs_due: list[DueItem] = field(default_factory=list)
    no_next_step: list[DueItem] = field(default_factory=list)  # active, nothing planned
    engagements_ending: list[DueItem] = field(default_factory=list)  # nearly used or ending

    @property
    def past_retention_ids(self) -> list[MenteeId]:
        return [item.mentee_id for item in self.past_retention]


def load_dashboard(
    db: Session,
    today: date,
    horizon_days: int = 14,
    *,
    check_interval_days: int = CHECK_INTERVAL_DAYS,
) -> Dashboard:
    """What is due on ``today``: deadlines and dates up to ``horizon_days`` ahead, and the
    career checks due ``check_interval_days`` after the last one."""
    horizon = today + timedelta(days=horizon_days)
    week_start = _midnight(today - timedelta(days=today.weekday()))
    week_end = week_start + timedelta(days=7)
    planned, agreements = _follow_ups(db, today, week_start, week_end)
    starting, debriefs = _safaris(db, today, week_start.date(), week_end.date())
    return Dashboard(
        sessions_this_week=_sessions_this_week(db, today, week_start, week_end, planned),
        actions=_items(db, _actions(horizon), DueKind.ACTION, today),
        agreements=agreements,
        reviews=_items(db, _reviews(horizon), DueKind.REVIEW, today),
        revisits=_items(db, _revisits(horizon), DueKind.REVISIT, today),
        past_retention=_items(db, _past_retention(today), DueKind.RETENTION, today),
        has_mentees=db.scalar(select(MenteeRow.id).limit(1)) is not None,
        career_checks=_career_checks(db, today, check_interval_days),
        safaris_starting=starting,
        debriefs_due=debriefs,
    )


# ---- shared pieces --------------------------------------------------------------------


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _before(when: When, today: date) -> bool:
    if isinstance(when, datetime):  # first: a datetime is also a date
        return when < _midnight(today)
    return when is not None and when < today


def _item(kind: DueKind, row: Iterable[Any], today: date, overdue: bool | None = None) -> DueItem:
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


def _items(db: Session, query: Select[Any], kind: DueKind, today: date) -> list[DueItem]:
    return _sorted(_item(kind, row, today) for row in db.execute(query))


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


def _latest_session_id(*, planning: bool) -> ScalarSelect[int]:
    """The id of the mentee's latest session (or latest one that plans a next session).

    Correlated with the outer mentee row; SQLite walks the (mentee_id, started_at)
    index backwards and stops at the first match, so each mentee costs one row lookup.
    Two sessions at the same time: the later-stored one is the latest.
    """
    other = aliased(CoachingSessionRow)
    query = select(other.id).where(other.mentee_id == MenteeRow.id)
    if planning:
        query = query.where(other.next_session_at.is_not(None))
    return (
        query.order_by(other.started_at.desc(), other.id.desc())
        .limit(1)
        .correlate(MenteeRow)
        .scalar_subquery()
    )


def _follow_ups(
    db: Session, today: date, week_start: datetime, week_end: datetime
) -> tuple[list[DueItem], list[DueItem]]:
    """Planned sessions of this week and agreements to follow up, in one pass.

    A mentee's planned session is the ``next_session_at`` of their latest session that
    names one (a later session without a plan, like a quick phone call, does not erase
    it). Agreements are those of the latest session, shown while the session that
    follows them up is planned: today or at most ``AGREEMENT_LOOKAHEAD_DAYS`` ahead. A
    follow-up date that has passed with nothing logged since is no plan any more (the
    mentee list then shows no next session either), so its agreements leave the
    dashboard; the missed session itself shows in its week. The title is the
    agreements' first line (shareable text).
    """
    last = aliased(CoachingSessionRow, name="last_session")
    planning = aliased(CoachingSessionRow, name="planning_session")
    since = _midnight(today)
    until = _midnight(today + timedelta(days=AGREEMENT_LOOKAHEAD_DAYS + 1))
    agreement_due = and_(
        func.trim(last.agreements) != "",
        last.next_session_at >= since,
        last.next_session_at < until,
    )
    planned_this_week = and_(
        planning.next_session_at >= week_start, planning.next_session_at < week_end
    )
    query = (
        select(MenteeRow.id, *_names(), last.id, last.next_session_at, last.agreements)
        .add_columns(planning.id, planning.next_session_at)
        .select_from(MenteeRow)
        .join(last, last.id == _latest_session_id(planning=False))
        .outerjoin(planning, planning.id == _latest_session_id(planning=True))
        .where(_open_mentee(), or_(agreement_due, planned_this_week))
    )
    planned: list[DueItem] = []
    agreements: list[DueItem] = []
    for mid, full, preferred, last_id, follow_up, agreed, plan_id, plan_at in db.execute(query):
        if plan_at is not None and week_start <= plan_at < week_end:
            row = (plan_id, mid, plan_at, PLANNED_SESSION, full, preferred)
            planned.append(_item(DueKind.SESSION, row, today))
        first_line = next((line.strip() for line in agreed.splitlines() if line.strip()), "")
        if first_line and follow_up is not None and since <= follow_up < until:
            row = (last_id, mid, follow_up, first_line, full, preferred)
            agreements.append(_item(DueKind.AGREEMENT, row, today))
    return planned, _sorted(agreements)


def _sessions_this_week(
    db: Session, today: date, week_start: datetime, week_end: datetime, planned: list[DueItem]
) -> list[DueItem]:
    """Logged sessions of this Monday-to-Sunday week, and the planned ones not yet logged.

    A planned session is left out when a session of that mentee is logged on the same
    day, and is overdue when its day has passed with nothing logged.
    """
    # Ids first: that subquery is answered from the (mentee_id, started_at) index alone,
    # where filtering the full rows made SQLite scan the whole table (~40x slower).
    in_week = select(CoachingSessionRow.id).where(
        CoachingSessionRow.started_at >= week_start, CoachingSessionRow.started_at < week_end
    )
    logged = (
        select(
            CoachingSessionRow.id,
            CoachingSessionRow.mentee_id,
            CoachingSessionRow.started_at,
            CoachingSessionRow.kind,
        )
        .add_columns(*_names())
        .join(MenteeRow, MenteeRow.id == CoachingSessionRow.mentee_id)
        .where(_open_mentee(), CoachingSessionRow.id.in_(in_week))
    )
    items: list[DueItem] = []
    logged_days: set[tuple[int, date]] = set()
    for sid, mid, at, kind, *names in db.execute(logged):
        items.append(
            _item(DueKind.SESSION, (sid, mid, at, kind.value, *names), today, overdue=False)
        )
        logged_days.add((mid, at.date()))
    for item in planned:
        assert isinstance(item.when, datetime)
        if (item.mentee_id, item.when.date()) not in logged_days:
            items.append(item)
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


def _latest_check_id() -> ScalarSelect[int]:
    """The id of the mentee's latest answered career check (any version, any copy)."""
    return (
        select(QuestionnaireResponseRow.id)
        .join(
            QuestionnaireTemplateRow,
            QuestionnaireTemplateRow.id == QuestionnaireResponseRow.template_id,
        )
        .where(
            QuestionnaireResponseRow.mentee_id == MenteeRow.id,
            QuestionnaireTemplateRow.kind == TemplateKind.CAREER_CHECK,
            # Answered: at least one value that starts with a digit (a scale answer). A
            # check that was started and left empty is no check (json.dumps' ': "').
            QuestionnaireResponseRow.answers_json.op("GLOB")('*: "[0-9]*'),
        )
        .order_by(QuestionnaireResponseRow.answered_on.desc(), QuestionnaireResponseRow.id.desc())
        .limit(1)
        .correlate(MenteeRow)
        .scalar_subquery()
    )


def _career_checks(db: Session, today: date, interval_days: int) -> list[DueItem]:
    """Active mentees whose last career check is ``interval_days`` old or older, or who
    never had one and started (or were added) that long ago.

    ``when`` is the day the check fell due; the title is the name of the last check's
    questionnaire, empty when there was none; ``record_id`` that check's response id.
    """
    interval = timedelta(days=interval_days)
    cutoff = today - interval
    last = aliased(QuestionnaireResponseRow, name="last_check")
    template = aliased(QuestionnaireTemplateRow, name="last_check_template")
    started_before = or_(
        MenteeRow.start_date <= cutoff,
        and_(MenteeRow.start_date.is_(None), MenteeRow.created_at < _midnight(cutoff) + _DAY),
    )
    query = (
        select(last.id, MenteeRow.id, last.answered_on, template.name, *_names())
        .add_columns(MenteeRow.start_date, MenteeRow.created_at)
        .select_from(MenteeRow)
        .outerjoin(last, last.id == _latest_check_id())
        .outerjoin(template, template.id == last.template_id)
        .where(
            MenteeRow.status == MenteeStatus.ACTIVE,
            or_(last.answered_on <= cutoff, and_(last.id.is_(None), started_before)),
        )
    )
    items = []
    for check_id, mid, answered_on, name, full, preferred, start, created in db.execute(query):
        since = answered_on or start or created.date()
        row = (check_id, mid, since + interval, name or "", full, preferred)
        items.append(_item(DueKind.CAREER_CHECK, row, today))
    return _sorted(items)


def _safaris(
    db: Session, today: date, week_start: date, week_end: date
) -> tuple[list[DueItem], list[DueItem]]:
    """Safaris starting this week, and safaris that ended without a debrief, in one pass.

    Starting: planned or ongoing, the start date in this Monday-to-Sunday week. A debrief
    is due for a safari that is not cancelled and has ended (its end date has passed, or
    it is marked completed) no longer than ``DEBRIEF_LOOKBACK_DAYS`` ago, while no session
    is linked to it as its debrief; overdue ``DEBRIEF_LATE_DAYS`` after the end. The title
    is the host department (shared text).
    """
    lookback = today - timedelta(days=DEBRIEF_LOOKBACK_DAYS)
    debriefed = select(CoachingSessionRow.id).where(CoachingSessionRow.safari_id == SafariRow.id)
    starting = and_(
        SafariRow.status.in_((SafariStatus.PLANNED, SafariStatus.ONGOING)),
        SafariRow.start_date >= week_start,
        SafariRow.start_date < week_end,
    )
    ended = and_(
        SafariRow.status != SafariStatus.CANCELLED,
        or_(SafariRow.end_date < today, SafariRow.status == SafariStatus.COMPLETED),
        or_(SafariRow.end_date.is_(None), SafariRow.end_date >= lookback),
        ~debriefed.exists(),
    )
    query = (
        select(SafariRow.id, SafariRow.mentee_id, SafariRow.host_department, *_names())
        .add_columns(SafariRow.start_date, SafariRow.end_date, starting, ended)
        .join(MenteeRow, MenteeRow.id == SafariRow.mentee_id)
        .where(_open_mentee(), or_(starting, ended))
    )
    late = today - timedelta(days=DEBRIEF_LATE_DAYS)
    starts, debriefs = [], []
    for sid, mid, host, full, preferred, start, end, is_starting, has_ended in db.execute(query):
        if is_starting:
            row = (sid, mid, start, host, full, preferred)
            starts.append(_item(DueKind.SAFARI, row, today, overdue=False))
        if has_ended:
            row = (sid, mid, end, host, full, preferred)
            overdue = end is not None and end < late
            debriefs.append(_item(DueKind.DEBRIEF, row, today, overdue))
    return _sorted(starts), _sorted(debriefs)
