"""Repositories of the coach's practice: a mentee's engagement and attachments.

An attachment's bytes are read only by ``AttachmentRepository.content``: every other read
leaves the BLOB column unloaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorapp.domain.enums import MenteeStatus
from mentorapp.domain.ids import AttachmentId, MenteeId
from mentorapp.domain.model import Attachment, Engagement
from mentorapp.store.errors import NoSuchRecord
from mentorapp.store.repositories import _FlatRepository
from mentorapp.store.schema import AttachmentRow, CoachingSessionRow, EngagementRow, MenteeRow


@dataclass(frozen=True)
class SessionTime:
    """A held session as the practice counts it: whose, when, how long, billable or not.
    Nothing else of the session (no note, summary or agreement) is read."""

    mentee_id: MenteeId
    full_name: str
    started_at: datetime
    minutes: int
    billable: bool


def _from(day: date) -> datetime:
    return datetime.combine(day, time.min)


def _until(day: date) -> datetime:
    return datetime.combine(day + timedelta(days=1), time.min)


def session_times(
    db: Session,
    start: date | None,
    end: date | None,
    *,
    mentee_id: MenteeId | None = None,
    sponsor: str | None = None,
) -> list[SessionTime]:
    """Sessions held from ``start`` to ``end`` (days, both included; None: open), of one
    mentee or of the mentees whose engagement ``sponsor`` pays, by date then mentee."""
    query = (
        select(
            CoachingSessionRow.mentee_id,
            MenteeRow.full_name,
            CoachingSessionRow.started_at,
            CoachingSessionRow.duration_minutes,
            CoachingSessionRow.billable,
        )
        .join(MenteeRow, MenteeRow.id == CoachingSessionRow.mentee_id)
        .order_by(CoachingSessionRow.started_at, CoachingSessionRow.mentee_id)
    )
    if start is not None:
        query = query.where(CoachingSessionRow.started_at >= _from(start))
    if end is not None:
        query = query.where(CoachingSessionRow.started_at < _until(end))
    if mentee_id is not None:
        query = query.where(CoachingSessionRow.mentee_id == mentee_id)
    if sponsor is not None:
        query = query.join(EngagementRow, EngagementRow.mentee_id == MenteeRow.id).where(
            EngagementRow.sponsor == sponsor
        )
    return [
        SessionTime(MenteeId(m), str(name), when, int(minutes), bool(billable))
        for m, name, when, minutes, billable in db.execute(query)
    ]


def sponsors(db: Session) -> list[str]:
    """Every sponsor named in an engagement, once, alphabetically (case aside)."""
    names = db.scalars(select(EngagementRow.sponsor).distinct()).all()
    return sorted({n for n in names if n.strip()}, key=lambda n: (n.casefold(), n))


def billable_use(
    db: Session, today: date, mentee_id: MenteeId | None = None
) -> dict[MenteeId, tuple[int, int]]:
    """Per mentee with an engagement: the billable sessions held by ``today`` within the
    engagement's period (where it has one), as (count, minutes). One grouped query."""
    s, e = CoachingSessionRow, EngagementRow
    query = (
        select(s.mentee_id, func.count(s.id), func.coalesce(func.sum(s.duration_minutes), 0))
        .join(e, e.mentee_id == s.mentee_id)
        .where(
            s.billable.is_(True),
            s.started_at < _until(today),
            (e.start_date.is_(None)) | (func.date(s.started_at) >= e.start_date),
            (e.end_date.is_(None)) | (func.date(s.started_at) <= e.end_date),
        )
        .group_by(s.mentee_id)
    )
    if mentee_id is not None:
        query = query.where(s.mentee_id == mentee_id)
    return {MenteeId(m): (int(n), int(minutes)) for m, n, minutes in db.execute(query)}


def engagements_with_names(db: Session) -> list[tuple[Engagement, str, str, MenteeStatus]]:
    """Every engagement with its mentee's full and preferred name and status."""
    rows = db.execute(
        select(EngagementRow, MenteeRow.full_name, MenteeRow.preferred_name, MenteeRow.status)
        .join(MenteeRow, MenteeRow.id == EngagementRow.mentee_id)
        .order_by(EngagementRow.id)
    )
    repo = EngagementRepository(db)
    return [(repo._from_row(row), full, preferred, status) for row, full, preferred, status in rows]


class EngagementRepository(_FlatRepository[Engagement, EngagementRow]):
    """The engagement of a mentee (at most one)."""

    domain, row = Engagement, EngagementRow

    def of_mentee(self, mentee_id: MenteeId) -> Engagement | None:
        row = self.db.scalars(
            select(EngagementRow).where(EngagementRow.mentee_id == mentee_id)
        ).first()
        return self._from_row(row) if row is not None else None

    def save(self, engagement: Engagement) -> Engagement:
        """Add the mentee's engagement or replace what it says (it keeps its id)."""
        found = self.of_mentee(engagement.mentee_id)
        if found is None:
            engagement.id = None
            return self.add(engagement)
        engagement.id = found.id
        self.update(engagement)
        return engagement


class AttachmentRepository(_FlatRepository[Attachment, AttachmentRow]):
    """A mentee's attachments; the bytes go in with ``add_with`` and out with ``content``."""

    domain, row = Attachment, AttachmentRow

    def add_with(self, attachment: Attachment, content: bytes) -> Attachment:
        row = AttachmentRow(content=content)
        for name in self._names:
            setattr(row, name, getattr(attachment, name))
        self.db.add(row)
        self.db.flush()
        attachment.id = AttachmentId(row.id)
        return attachment

    def content(self, attachment_id: AttachmentId) -> bytes:
        found = self.db.scalars(
            select(AttachmentRow.content).where(AttachmentRow.id == attachment_id)
        ).first()
        if found is None:
            raise NoSuchRecord("attachments")
        return bytes(found)
