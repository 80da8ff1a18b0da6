"""The dashboard's practice items: active mentees with no next step planned, and
engagements nearly used up or ending. Set-based like ``store.dashboard``: one query per
category, whatever the number of mentees; no ``private_...`` column is read."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from mentorapp.domain.enums import DueKind, MenteeStatus
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.practice import Usage, ending_soon, hours
from mentorapp.store.dashboard import DueItem, _item, _midnight, _names, _sorted
from mentorapp.store.practice_repository import billable_use
from mentorapp.store.schema import CoachingSessionRow, EngagementRow, MenteeRow


def no_next_step(db: Session, today: date) -> list[DueItem]:
    """Active mentees with nothing planned: no session from ``today`` on, and no next
    session set for then. The date shown is their last session (None: never met), the
    longest waiting first."""
    s = aliased(CoachingSessionRow)
    start = _midnight(today)
    planned = select(s.id).where(
        s.mentee_id == MenteeRow.id, or_(s.started_at >= start, s.next_session_at >= start)
    )
    last = select(func.max(s.started_at)).where(s.mentee_id == MenteeRow.id).scalar_subquery()
    query = select(MenteeRow.id, MenteeRow.id, last, MenteeRow.organisation, *_names()).where(
        MenteeRow.status == MenteeStatus.ACTIVE, ~planned.exists()
    )
    return _sorted(
        _item(DueKind.NO_NEXT_STEP, row, today, overdue=False) for row in db.execute(query)
    )


def engagements_ending(db: Session, today: date) -> list[DueItem]:
    """Engagements of mentees whose trajectory is open that are nearly used up (from
    ``NEARLY_USED`` of the sessions or hours) or end within ``ENDING_WITHIN_DAYS``. The date
    is the end date, the title the sponsor; overdue once ended or wholly used."""
    used = billable_use(db, today)
    query = (
        select(
            EngagementRow.id,
            EngagementRow.mentee_id,
            EngagementRow.end_date,
            EngagementRow.sponsor,
            *_names(),
            EngagementRow.contracted_sessions,
            EngagementRow.contracted_hours,
        )
        .join(MenteeRow, MenteeRow.id == EngagementRow.mentee_id)
        .where(MenteeRow.status != MenteeStatus.CLOSED)
    )
    found = []
    for *row, sessions, contracted_hours in db.execute(query):
        count, minutes = used.get(MenteeId(row[1]), (0, 0))
        usage = Usage(count, hours(minutes), sessions, contracted_hours)
        end = row[2]
        if not (usage.nearly_used or ending_soon(end, today)):
            continue
        over = (end is not None and end < today) or _used_up(usage)
        found.append(_item(DueKind.ENGAGEMENT, row, today, overdue=over))
    return _sorted(found)


def _used_up(usage: Usage) -> bool:
    return (
        usage.contracted_sessions is not None and usage.sessions_used >= usage.contracted_sessions
    ) or (usage.contracted_hours is not None and usage.hours_used >= usage.contracted_hours)
