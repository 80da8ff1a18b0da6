"""The calendar file is written line by line (RFC 5545) rather than by icalendar: the
same bytes icalendar writes for the same events, escaped and folded, and which sessions
make an event (the next session only of the newest session, not of a closed mentee, not on
a day that already has a session)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event

from mentorapp import __version__
from mentorapp.domain.enums import Language, MenteeStatus
from mentorapp.domain.model import Mentee
from mentorapp.services import calendar, mentees, sessions
from mentorapp.services.calendar import TitleStyle
from mentorapp.store.vault import Vault

NOW = datetime(2026, 11, 30, 12, 0, 30, 123456)


def _session(
    vault: Vault, mentee: Mentee, when: datetime, next_at: datetime | None = None, minutes: int = 60
) -> int:
    assert mentee.id is not None
    started = sessions.start_session(vault, mentee.id, when).value
    sessions.save_session(
        vault, dataclasses.replace(started, next_session_at=next_at, duration_minutes=minutes)
    )
    assert started.id is not None
    return started.id


def _by_icalendar(vault: Vault, style: TitleStyle) -> bytes:
    """What the export wrote when icalendar built it (the reference)."""
    cal = Calendar()
    cal.add("prodid", f"-//Mentorapp//Mentorapp {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    for planned in calendar.planned_events(vault, style, NOW):
        event = Event()
        event.add("uid", planned.uid)
        event.add("dtstamp", NOW.astimezone(UTC).replace(microsecond=0))
        event.add("summary", planned.title)
        event.add("dtstart", planned.start.astimezone(UTC))
        end = planned.start + timedelta(minutes=planned.minutes)
        event.add("dtend", end.astimezone(UTC))
        event.add("class", "PRIVATE")
        event.add("transp", "OPAQUE")
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


def test_the_file_is_what_icalendar_writes_with_escaping_and_folding(vault: Vault) -> None:
    names = [
        "Jan van den Berg",
        "Anne-Marie, de Vries; \\ junior",  # TEXT escaping
        "Ελένη Παπαδοπούλου-Καραγιαννοπούλου Αικατερίνη Χατζηδημητρίου Ευαγγελία",  # UTF-8
        "Bartholomeus Hendrikus Johannes Maria van der Westhuizen-Oppenheimer Jr",  # ASCII
    ]
    for n, name in enumerate(names):
        mentee = mentees.add_mentee(vault, Mentee(full_name=name, export_language=Language.EN))
        person = mentee.value
        _session(vault, person, NOW - timedelta(days=3), next_at=NOW + timedelta(days=n + 1))
        coming = NOW + timedelta(days=20 + n, hours=2)
        _session(vault, person, coming, next_at=coming + timedelta(days=14), minutes=45 + n)
    for style in TitleStyle:
        data = calendar.calendar_ics(vault, style, now=NOW)
        assert data == _by_icalendar(vault, style), style
        lines = data.split(b"\r\n")
        assert lines[-1] == b"" and b"\n" not in data.replace(b"\r\n", b"")
        assert max(len(line) for line in lines) <= 75
        for line in lines:
            line.decode("utf-8")  # no line ends inside a character
    full = calendar.calendar_ics(vault, TitleStyle.FULL, now=NOW)
    summaries = {str(e["SUMMARY"]) for e in Calendar.from_ical(full).walk("VEVENT")}
    assert summaries == {f"Career conversation {name}" for name in names}
    assert full.count(b"BEGIN:VEVENT") == 2 * len(names)


def test_which_sessions_make_an_event(vault: Vault) -> None:
    def person(name: str) -> Mentee:
        return mentees.add_mentee(vault, Mentee(full_name=name)).value

    newest_counts = person("Newest Counts")
    older = _session(vault, newest_counts, NOW - timedelta(days=20), NOW + timedelta(days=3))
    newest = _session(vault, newest_counts, NOW - timedelta(days=5), NOW + timedelta(days=4))
    same_day = person("Same Day")
    _session(vault, same_day, NOW - timedelta(days=5))
    logged = _session(vault, same_day, NOW + timedelta(days=6), NOW + timedelta(days=6, hours=3))
    earlier_today = person("Earlier Today")
    _session(vault, earlier_today, NOW - timedelta(hours=3), NOW + timedelta(hours=2))
    closed = person("Closed Mentee")
    _session(vault, closed, NOW - timedelta(days=5), NOW + timedelta(days=2))
    mentees.update_mentee(vault, dataclasses.replace(closed, status=MenteeStatus.CLOSED))
    passed = person("Already Passed")
    _session(vault, passed, NOW - timedelta(days=5), NOW - timedelta(hours=1))
    nobody = person("No Sessions")
    assert nobody.id is not None

    events = calendar.planned_events(vault, TitleStyle.FULL, NOW)
    vid = vault.vault_id
    assert [(e.uid, e.title) for e in events] == [
        (f"next-{newest}-{vid}@mentorapp", "Loopbaangesprek Newest Counts"),
        (f"session-{logged}-{vid}@mentorapp", "Loopbaangesprek Same Day"),
    ]  # Same Day and Earlier Today: the next session falls on a day with a session
    assert older != newest
    assert events[0].start == NOW + timedelta(days=4)
