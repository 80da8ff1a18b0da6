"""Engagements and hours: what a sponsor contracted per mentee, how much the billable
sessions used, the hours report per sponsor and the coaching log for accreditation.

Hours come from the durations logged with the sessions; nothing else of a session (no
note, summary or agreement) is read here, so nothing private can reach a report.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from mentorapp.domain import clock
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Engagement
from mentorapp.domain.practice import NameStyle, Usage, client_name, hours
from mentorapp.services.changes import Area, Changes, Outcome
from mentorapp.store import practice_repository as practice
from mentorapp.store.practice_repository import EngagementRepository
from mentorapp.store.repositories import MenteeRepository
from mentorapp.store.vault import Vault

INDIVIDUAL = "individual"
"""The kind of every coaching log line: the app records one-to-one sessions only."""


@dataclass(frozen=True)
class HoursRow:
    """One client's line of an hours report (or the totals, with ``client`` empty)."""

    client: str
    sessions: int
    hours: float


@dataclass(frozen=True)
class HoursReport:
    """Billable sessions and hours per client of one sponsor in a period, with totals."""

    sponsor: str
    start: date
    end: date
    rows: list[HoursRow]
    totals: HoursRow


@dataclass(frozen=True)
class LogRow:
    """One session of the coaching log: client, date, hours, paid or pro bono, kind."""

    client: str
    date: date
    hours: float
    paid: bool
    kind: str = INDIVIDUAL


def _changes(mentee_id: MenteeId) -> Changes:
    return Changes.of(Area.ENGAGEMENTS, mentee_id=mentee_id)


def engagement(vault: Vault, mentee_id: MenteeId) -> Engagement | None:
    """The mentee's engagement, or None when none is recorded."""
    with vault.reading() as db:
        return EngagementRepository(db).of_mentee(mentee_id)


def save_engagement(vault: Vault, record: Engagement) -> Outcome[Engagement]:
    """Record the mentee's engagement or change it (a mentee has at most one).

    ``ValueError`` without a sponsor, with negative figures, or ending before it starts.
    """
    sponsor = record.sponsor.strip()
    if not sponsor:
        raise ValueError("an engagement names its sponsor")
    figures = (record.contracted_sessions, record.contracted_hours, record.rate_cents)
    if any(value is not None and value < 0 for value in figures):
        raise ValueError("contracted sessions, hours and rate are never negative")
    if record.start_date and record.end_date and record.end_date < record.start_date:
        raise ValueError("an engagement ends after it starts")
    stored = replace(record, sponsor=sponsor)
    with vault.transaction() as db:
        MenteeRepository(db).get(record.mentee_id)  # NoSuchRecord for a mentee who is gone
        stored = EngagementRepository(db).save(stored)
    return Outcome(stored, _changes(record.mentee_id))


def delete_engagement(vault: Vault, mentee_id: MenteeId) -> Outcome[None]:
    """Forget the mentee's engagement (the sessions stay as they are)."""
    with vault.transaction() as db:
        repo = EngagementRepository(db)
        found = repo.of_mentee(mentee_id)
        if found is not None and found.id is not None:
            repo.delete(found.id)
    return Outcome(None, _changes(mentee_id))


def usage(vault: Vault, mentee_id: MenteeId, *, today: date | None = None) -> Usage:
    """Billable sessions held by ``today`` (within the engagement's period, when there is
    one) against what was contracted. Without an engagement, nothing is contracted."""
    today = today or clock.now().date()
    with vault.reading() as db:
        found = EngagementRepository(db).of_mentee(mentee_id)
        end = today if found is None or found.end_date is None else min(today, found.end_date)
        start = found.start_date if found is not None else None
        held = [
            t for t in practice.session_times(db, start, end, mentee_id=mentee_id) if t.billable
        ]
    return Usage(
        sessions_used=len(held),
        hours_used=hours(sum(t.minutes for t in held)),
        contracted_sessions=found.contracted_sessions if found else None,
        contracted_hours=found.contracted_hours if found else None,
    )


def sponsors(vault: Vault) -> list[str]:
    """Every sponsor an engagement names, once, alphabetically: the report's choices."""
    with vault.reading() as db:
        return practice.sponsors(db)


def hours_report(
    vault: Vault, sponsor: str, start: date, end: date, names: NameStyle = NameStyle.INITIALS
) -> HoursReport:
    """Per client whose engagement ``sponsor`` pays: billable sessions and hours from
    ``start`` to ``end`` (both included), clients named as ``names`` says, with totals.

    A client without billable sessions in the period has no line."""
    if end < start:
        raise ValueError("the period ends before it starts")
    with vault.reading() as db:
        times = practice.session_times(db, start, end, sponsor=sponsor.strip())
    per_client: dict[MenteeId, tuple[str, int, int]] = {}
    for t in times:
        if not t.billable:
            continue
        _name, count, minutes = per_client.get(t.mentee_id, (t.full_name, 0, 0))
        per_client[t.mentee_id] = (t.full_name, count + 1, minutes + t.minutes)
    rows = [
        HoursRow(client_name(names, full, mentee_id), count, hours(minutes))
        for mentee_id, (full, count, minutes) in per_client.items()
    ]
    rows.sort(key=lambda r: (r.client.casefold(), r.client))
    total_minutes = sum(minutes for _full, _count, minutes in per_client.values())
    totals = HoursRow("", sum(r.sessions for r in rows), hours(total_minutes))
    return HoursReport(sponsor.strip(), start, end, rows, totals)


def coaching_log(
    vault: Vault, start: date, end: date, names: NameStyle = NameStyle.INITIALS
) -> list[LogRow]:
    """Every session from ``start`` to ``end`` by date, for an accreditation body: the
    client as ``names`` says, the hours, paid (billable) or pro bono, and the kind."""
    if end < start:
        raise ValueError("the period ends before it starts")
    with vault.reading() as db:
        times = practice.session_times(db, start, end)
    return [
        LogRow(
            client_name(names, t.full_name, t.mentee_id),
            t.started_at.date(),
            hours(t.minutes),
            t.billable,
        )
        for t in times
    ]


__all__ = [
    "HoursReport",
    "HoursRow",
    "LogRow",
    "NameStyle",
    "Usage",
    "coaching_log",
    "delete_engagement",
    "engagement",
    "hours_report",
    "save_engagement",
    "sponsors",
    "usage",
]
