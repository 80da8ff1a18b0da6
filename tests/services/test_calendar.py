"""The calendar export: a real iCalendar parser reads it, re-exports keep their UIDs, and
no note text, agreement or (unless chosen) name reaches it."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from pathlib import Path

from icalendar import Calendar

from mentorapp.domain.enums import Language
from mentorapp.domain.model import Mentee
from mentorapp.services import calendar, mentees, sessions
from mentorapp.services.calendar import TitleStyle
from mentorapp.store.vault import Vault

NOW = datetime(2026, 11, 30, 12, 0)
NOTE = "geheimenotitie"  # a canary: never in the file


def _session(vault: Vault, mentee: Mentee, when: datetime, **fields: object) -> int:
    assert mentee.id is not None
    started = sessions.start_session(vault, mentee.id, when).value
    changed = dataclasses.replace(started, private_notes=NOTE, agreements=NOTE, **fields)
    sessions.save_session(vault, changed)
    assert started.id is not None
    return started.id


def _events(data: bytes) -> dict[str, dict[str, str]]:
    parsed = Calendar.from_ical(data)
    return {
        str(e["UID"]): {k: e[k].to_ical().decode() for k in e if k != "DTSTAMP"}
        for e in parsed.walk("VEVENT")
    }


def _two_mentees(vault: Vault) -> tuple[Mentee, Mentee]:
    jan = Mentee(full_name="Jan van den Berg", export_language=Language.NL)
    eve = Mentee(full_name="Eve Smith", export_language=Language.EN)
    jan = mentees.add_mentee(vault, jan).value
    eve = mentees.add_mentee(vault, eve).value
    _session(vault, jan, NOW - timedelta(days=7), next_session_at=NOW + timedelta(days=7))
    _session(vault, jan, NOW - timedelta(days=30))
    _session(vault, eve, NOW + timedelta(days=2, hours=1), duration_minutes=90)
    _session(vault, eve, NOW + timedelta(days=9))
    return jan, eve


def test_future_sessions_and_the_next_session_are_events_titled_with_initials(
    vault: Vault,
) -> None:
    _two_mentees(vault)
    data = calendar.calendar_ics(vault, TitleStyle.INITIALS, now=NOW)
    assert NOTE.encode() not in data and b"van den Berg" not in data and b"Smith" not in data
    events = sorted(_events(data).values(), key=lambda e: e["DTSTART"])
    titles = [e["SUMMARY"] for e in events]
    assert titles == [
        "Career conversation E.S.",
        "Loopbaangesprek J.v.d.B.",
        "Career conversation E.S.",
    ]
    first = events[0]
    start = datetime.strptime(first["DTSTART"], "%Y%m%dT%H%M%SZ")
    end = datetime.strptime(first["DTEND"], "%Y%m%dT%H%M%SZ")
    assert end - start == timedelta(minutes=90)
    assert first["DTSTART"].endswith("Z")
    assert set(first) == {"UID", "SUMMARY", "DTSTART", "DTEND", "CLASS", "TRANSP"}


def test_each_title_style(vault: Vault) -> None:
    _two_mentees(vault)

    def titles(style: TitleStyle) -> set[str]:
        return {
            e["SUMMARY"] for e in _events(calendar.calendar_ics(vault, style, now=NOW)).values()
        }

    assert titles(TitleStyle.FULL) == {
        "Loopbaangesprek Jan van den Berg",
        "Career conversation Eve Smith",
    }
    assert titles(TitleStyle.INITIALS_ONLY) == {"J.v.d.B.", "E.S."}
    assert titles(TitleStyle.ANONYMOUS) == {"Loopbaangesprek", "Career conversation"}


def test_a_second_export_after_moving_one_session_changes_that_event_only(
    vault: Vault, tmp_path: Path
) -> None:
    _jan, eve = _two_mentees(vault)
    target = tmp_path / "sessions.ics"
    calendar.write_calendar(vault, target, TitleStyle.INITIALS)
    before = _events(target.read_bytes())
    assert eve.id is not None
    moved = next(s for s in sessions.sessions_of(vault, eve.id) if s.duration_minutes == 90)
    sessions.save_session(
        vault, dataclasses.replace(moved, started_at=moved.started_at + timedelta(hours=3))
    )
    calendar.write_calendar(vault, target, TitleStyle.INITIALS)
    after = _events(target.read_bytes())
    assert before.keys() == after.keys()
    changed = [uid for uid in before if before[uid] != after[uid]]
    assert changed == [f"session-{moved.id}-{vault.vault_id}@mentorapp"]
    assert {k for k in before[changed[0]] if before[changed[0]][k] != after[changed[0]][k]} == {
        "DTSTART",
        "DTEND",
    }


def test_a_deleted_session_disappears_and_past_ones_are_left_out(vault: Vault) -> None:
    _jan, eve = _two_mentees(vault)
    assert eve.id is not None
    before = _events(calendar.calendar_ics(vault, now=NOW))
    gone = sessions.sessions_of(vault, eve.id)[0]
    sessions.delete_session(vault, gone)
    after = _events(calendar.calendar_ics(vault, now=NOW))
    assert set(before) - set(after) == {f"session-{gone.id}-{vault.vault_id}@mentorapp"}
    assert calendar.calendar_ics(vault, now=NOW + timedelta(days=60)).count(b"BEGIN:VEVENT") == 0


def test_initials_of_names_with_particles_and_odd_spacing() -> None:
    assert calendar.initials("  Ελένη   Παπαδοπούλου ") == "Ε.Π."
    assert calendar.initials("An 'Peeters") == "A."
    assert calendar.initials("") == ""
