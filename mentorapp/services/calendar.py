"""The calendar export: planned sessions as an iCalendar file the coach subscribes to.

One-way and regenerated whole each time: every event's UID is made of the vault's id and
the session's id, so a calendar that subscribes to the file (Thunderbird, Outlook) moves
an event when its session moves, and drops it when the session is gone. An event holds
a title as the coach chose, a start and an end; never a note, an agreement or a place.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from icalendar import Calendar, Event

from mentorapp import __version__
from mentorapp.domain.enums import MenteeStatus, SessionKind
from mentorapp.domain.model import CoachingSession, Mentee
from mentorapp.domain.practice import initials
from mentorapp.export.files import write_export
from mentorapp.export.labels import Labels
from mentorapp.services.changes import NOTHING, Outcome
from mentorapp.store.repositories import CoachingSessionRepository, MenteeRepository
from mentorapp.store.vault import Vault


class TitleStyle(StrEnum):
    """What an event's title says of the mentee (the calendar may be seen by others)."""

    INITIALS = "initials"  # "Loopbaangesprek J.v.d.B." in the mentee's export language
    INITIALS_ONLY = "initials-only"  # "J.v.d.B."
    FULL = "full"  # "Loopbaangesprek Jan van den Berg"
    ANONYMOUS = "anonymous"  # "Loopbaangesprek"


@dataclass(frozen=True)
class PlannedEvent:
    """One event of the calendar: a future session, or the next session a session set."""

    uid: str
    title: str
    start: datetime
    minutes: int


def _title(mentee: Mentee, style: TitleStyle) -> str:
    word = Labels(mentee.export_language).enum(SessionKind.CAREER_CONVERSATION)
    if style is TitleStyle.ANONYMOUS:
        return word
    if style is TitleStyle.FULL:
        return f"{word} {mentee.full_name}"
    if style is TitleStyle.INITIALS_ONLY:
        return initials(mentee.full_name)
    return f"{word} {initials(mentee.full_name)}"


def _planned(
    vault_id: str, mentee: Mentee, sessions: list[CoachingSession], title: str, now: datetime
) -> Iterator[PlannedEvent]:
    """The mentee's future sessions, then the next session the newest one planned."""
    for coaching in sessions:
        if coaching.started_at >= now:
            uid = f"session-{coaching.id}-{vault_id}@mentorapp"
            yield PlannedEvent(uid, title, coaching.started_at, coaching.duration_minutes)
    if not sessions or mentee.status is MenteeStatus.CLOSED:
        return
    newest = sessions[0]  # newest first
    planned = newest.next_session_at
    if planned is None or planned < now:
        return
    if any(s.started_at.date() == planned.date() for s in sessions):
        return  # already logged as a session of that day: no second event
    uid = f"next-{newest.id}-{vault_id}@mentorapp"
    yield PlannedEvent(uid, title, planned, newest.duration_minutes)


def planned_events(
    vault: Vault, title: TitleStyle, now: datetime | None = None
) -> list[PlannedEvent]:
    """Every planned event, soonest first."""
    now = now or datetime.now()
    events: list[PlannedEvent] = []
    with vault.reading() as db:
        sessions = CoachingSessionRepository(db)
        for mentee in MenteeRepository(db).all():
            assert mentee.id is not None
            mine = sessions.for_mentee(mentee.id)
            name = _title(mentee, title)
            events.extend(_planned(vault.vault_id, mentee, mine, name, now))
    events.sort(key=lambda e: (e.start, e.uid))
    return events


def _utc(local: datetime) -> datetime:
    """A stored (naive, local) time as UTC, which every calendar reads the same way."""
    return local.astimezone(UTC)


def calendar_ics(
    vault: Vault, title: TitleStyle = TitleStyle.INITIALS, now: datetime | None = None
) -> bytes:
    """The planned sessions as an iCalendar file (RFC 5545)."""
    now = now or datetime.now()
    calendar = Calendar()
    calendar.add("prodid", f"-//Mentorapp//Mentorapp {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    stamp = _utc(now).replace(microsecond=0)
    for planned in planned_events(vault, title, now):
        event = Event()
        event.add("uid", planned.uid)
        event.add("dtstamp", stamp)
        event.add("summary", planned.title)
        event.add("dtstart", _utc(planned.start))
        event.add("dtend", _utc(planned.start + timedelta(minutes=planned.minutes)))
        event.add("class", "PRIVATE")
        event.add("transp", "OPAQUE")
        calendar.add_component(event)
    data: bytes = calendar.to_ical()  # typed Any in icalendar 6
    return data


def write_calendar(
    vault: Vault, path: Path, title: TitleStyle = TitleStyle.INITIALS
) -> Outcome[Path]:
    """Write the calendar atomically (temp file in the folder, fsync, replace)."""
    write_export(Path(path), calendar_ics(vault, title))
    return Outcome(Path(path), NOTHING)
