"""The calendar export: planned sessions as an iCalendar file the coach subscribes to.

One-way and regenerated whole each time: every event's UID is made of the vault's id and
the session's id, so a calendar that subscribes to the file (Thunderbird, Outlook) moves
an event when its session moves, and drops it when the session is gone. An event holds
a title as the coach chose, a start and an end; never a note, an agreement or a place.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from mentorapp import __version__
from mentorapp.domain.enums import Language, MenteeStatus, SessionKind
from mentorapp.domain.practice import initials
from mentorapp.export.files import write_export
from mentorapp.export.labels import Labels
from mentorapp.services.changes import NOTHING, Outcome
from mentorapp.store.schema import CoachingSessionRow, MenteeRow
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


def _title(mentee: _MenteeLine, style: TitleStyle) -> str:
    word = Labels(mentee.export_language).enum(SessionKind.CAREER_CONVERSATION)
    if style is TitleStyle.ANONYMOUS:
        return word
    if style is TitleStyle.FULL:
        return f"{word} {mentee.full_name}"
    if style is TitleStyle.INITIALS_ONLY:
        return initials(mentee.full_name)
    return f"{word} {initials(mentee.full_name)}"


def _planned(
    vault_id: str,
    mentee: _MenteeLine,
    coming: list[_SessionLine],
    newest: _SessionLine | None,
    title: str,
    now: datetime,
) -> Iterator[PlannedEvent]:
    """The mentee's future sessions, then the next session the newest one planned.

    ``coming`` holds the mentee's sessions from today's midnight on (a session on the
    planned day cannot start earlier), ``newest`` the newest session.
    """
    for session_id, started_at, minutes, _next in coming:
        if started_at >= now:
            uid = f"session-{session_id}-{vault_id}@mentorapp"
            yield PlannedEvent(uid, title, started_at, minutes)
    if newest is None or mentee.status is MenteeStatus.CLOSED:
        return
    newest_id, _started, minutes, planned = newest
    if planned is None or planned < now:
        return
    if any(started.date() == planned.date() for _sid, started, _m, _n in coming):
        return  # already logged as a session of that day: no second event
    uid = f"next-{newest_id}-{vault_id}@mentorapp"
    yield PlannedEvent(uid, title, planned, minutes)


@dataclass(frozen=True)
class _MenteeLine:
    """The columns of a mentee the calendar reads (whole rows cost seconds at 10,000)."""

    id: int
    full_name: str
    export_language: Language
    status: MenteeStatus


_SessionLine = tuple[int, datetime, int, datetime | None]
"""A session's id, start, duration in minutes and planned next session."""


def _newest_with_next(db: Session, now: datetime) -> dict[int, _SessionLine]:
    """Each mentee's newest session, for the mentees with a next session still to come.

    Of sessions started at the same moment the one stored last counts as the newest (as
    the descending index on (mentee, start) gives them).
    """
    t = aliased(CoachingSessionRow)
    waiting = select(CoachingSessionRow.mentee_id).where(CoachingSessionRow.next_session_at >= now)
    # The newest start per mentee from the (mentee, start) index alone, then only those
    # rows: a row per session read from the table would read every note.
    newest = (
        select(t.mentee_id.label("mentee"), func.max(t.started_at).label("started"))
        .where(t.mentee_id.in_(waiting))
        .group_by(t.mentee_id)
        .subquery()
    )
    s = CoachingSessionRow
    rows = db.execute(
        select(s.mentee_id, s.id, s.started_at, s.duration_minutes, s.next_session_at)
        .join(newest, (s.mentee_id == newest.c.mentee) & (s.started_at == newest.c.started))
        .order_by(s.id)
    )
    return {mid: (sid, started, minutes, nxt) for mid, sid, started, minutes, nxt in rows}


def planned_events(
    vault: Vault, title: TitleStyle, now: datetime | None = None
) -> list[PlannedEvent]:
    """Every planned event, soonest first.

    Three column queries (mentees, sessions from today on, each mentee's newest session
    when a next one is planned) instead of whole rows per mentee: 10,000 mentees in well
    under a second.
    """
    now = now or datetime.now()
    midnight = datetime.combine(now.date(), time.min)
    events: list[PlannedEvent] = []
    with vault.reading() as db:
        mentees = [
            _MenteeLine(mid, name, Language(language), MenteeStatus(status))
            for mid, name, language, status in db.execute(
                select(
                    MenteeRow.id, MenteeRow.full_name, MenteeRow.export_language, MenteeRow.status
                ).order_by(MenteeRow.id)
            )
        ]
        coming: dict[int, list[_SessionLine]] = defaultdict(list)
        for mid, sid, started, minutes in db.execute(
            select(
                CoachingSessionRow.mentee_id,
                CoachingSessionRow.id,
                CoachingSessionRow.started_at,
                CoachingSessionRow.duration_minutes,
            ).where(
                # through the (mentee, start) index: a scan of the table reads every note
                CoachingSessionRow.mentee_id.in_(select(MenteeRow.id)),
                CoachingSessionRow.started_at >= midnight,
            )
        ):
            coming[mid].append((sid, started, minutes, None))
        newest = _newest_with_next(db, now)
    for mentee in mentees:
        mine = coming.get(mentee.id, [])
        latest = newest.get(mentee.id)
        if not mine and latest is None:
            continue
        name = _title(mentee, title)
        events.extend(_planned(vault.vault_id, mentee, mine, latest, name, now))
    events.sort(key=lambda e: (e.start, e.uid))
    return events


def _utc(local: datetime) -> datetime:
    """A stored (naive, local) time as UTC, which every calendar reads the same way."""
    return local.astimezone(UTC)


def _stamp(moment: datetime) -> str:
    """A UTC DATE-TIME value (RFC 5545 3.3.5, form 2)."""
    return _utc(moment).strftime("%Y%m%dT%H%M%SZ")


def _text(value: str) -> str:
    """A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma, newline."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


_FOLD = 74
"""Octets of content per physical line: with the CRLF, or the leading space of a
continuation line, no line is longer than 75 octets (RFC 5545 3.1)."""


def _fold(line: str) -> str:
    """A content line folded at 75 octets, never inside a UTF-8 character (RFC 5545 3.1)."""
    if line.isascii():
        if len(line) <= _FOLD:
            return line
        return "\r\n ".join(line[i : i + _FOLD] for i in range(0, len(line), _FOLD))
    parts: list[str] = []
    count = 0
    for char in line:
        size = len(char.encode("utf-8"))
        count += size
        if count > _FOLD:
            parts.append("\r\n ")
            count = size
        parts.append(char)
    return "".join(parts)


def calendar_ics(
    vault: Vault, title: TitleStyle = TitleStyle.INITIALS, now: datetime | None = None
) -> bytes:
    """The planned sessions as an iCalendar file (RFC 5545), written line by line.

    The text is written here rather than by ``icalendar`` (which took seconds for 4,000
    events): CRLF line ends, lines folded at 75 octets, TEXT values escaped, times in UTC.
    """
    now = now or datetime.now()
    stamp = _stamp(now.replace(microsecond=0))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        _fold(f"PRODID:-//Mentorapp//Mentorapp {_text(__version__)}//EN"),
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for planned in planned_events(vault, title, now):
        lines += [
            "BEGIN:VEVENT",
            _fold(f"SUMMARY:{_text(planned.title)}"),
            f"DTSTART:{_stamp(planned.start)}",
            f"DTEND:{_stamp(planned.start + timedelta(minutes=planned.minutes))}",
            f"DTSTAMP:{stamp}",
            _fold(f"UID:{_text(planned.uid)}"),
            "CLASS:PRIVATE",
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    lines.append("")
    return "\r\n".join(lines).encode("utf-8")


def write_calendar(
    vault: Vault, path: Path, title: TitleStyle = TitleStyle.INITIALS
) -> Outcome[Path]:
    """Write the calendar atomically (temp file in the folder, fsync, replace)."""
    write_export(Path(path), calendar_ics(vault, title))
    return Outcome(Path(path), NOTHING)
