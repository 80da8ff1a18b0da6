"""The coach's practice in hours: an engagement per mentee, what its billable sessions
used, the hours report per sponsor and the coaching log, never with a note in them."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import CoachingSession, Engagement, Mentee
from mentorapp.domain.practice import NameStyle, Usage, client_name, initials
from mentorapp.services import engagements, mentees
from mentorapp.services.changes import Area
from mentorapp.store.errors import NoSuchRecord
from mentorapp.store.repositories import CoachingSessionRepository
from mentorapp.store.vault import Vault

TODAY = date(2026, 12, 8)


def _mentee(vault: Vault, name: str) -> MenteeId:
    stored = mentees.add_mentee(vault, Mentee(full_name=name)).value
    assert stored.id is not None
    return stored.id


def _session(
    vault: Vault, mentee: MenteeId, day: date, minutes: int = 60, *, billable: bool = True
) -> None:
    with vault.transaction() as db:
        CoachingSessionRepository(db).add(
            CoachingSession(
                mentee,
                datetime.combine(day, datetime.min.time()).replace(hour=10),
                duration_minutes=minutes,
                billable=billable,
                private_notes="geheimgeheim",
                shared_summary="samenvattingske",
            )
        )


def test_an_engagement_is_one_per_mentee_and_counts_billable_held_sessions(vault: Vault) -> None:
    anna = _mentee(vault, "Anna de Smet")
    assert engagements.engagement(vault, anna) is None
    assert engagements.usage(vault, anna, today=TODAY) == Usage(0, 0.0)

    first = engagements.save_engagement(
        vault,
        Engagement(anna, " Stad Gent ", contracted_sessions=8, contracted_hours=12.0),
    )
    assert first.changes.touches(Area.ENGAGEMENTS) and first.changes.dashboard
    assert first.value.sponsor == "Stad Gent"
    again = engagements.save_engagement(
        vault, Engagement(anna, "Stad Gent", contracted_sessions=10, start_date=date(2026, 9, 1))
    ).value
    assert again.id == first.value.id  # replaced, not a second one
    assert engagements.engagement(vault, anna) == again

    _session(vault, anna, date(2026, 8, 31))  # before the engagement started
    _session(vault, anna, date(2026, 9, 2), 90)
    _session(vault, anna, date(2026, 10, 1), 60)
    _session(vault, anna, date(2026, 11, 1), 45, billable=False)  # pro bono
    _session(vault, anna, date(2026, 12, 20))  # planned, not held yet
    used = engagements.usage(vault, anna, today=TODAY)
    assert used == Usage(2, 2.5, contracted_sessions=10, contracted_hours=None)
    assert not used.nearly_used
    assert engagements.usage(vault, anna, today=date(2026, 12, 21)).sessions_used == 3

    engagements.delete_engagement(vault, anna)
    assert engagements.engagement(vault, anna) is None


def test_an_engagement_names_its_sponsor_and_no_negative_figures(vault: Vault) -> None:
    anna = _mentee(vault, "Anna de Smet")
    with pytest.raises(ValueError):
        engagements.save_engagement(vault, Engagement(anna, "  "))
    with pytest.raises(ValueError):
        engagements.save_engagement(vault, Engagement(anna, "VDAB", contracted_hours=-1))
    with pytest.raises(ValueError):
        engagements.save_engagement(
            vault, Engagement(anna, "VDAB", start_date=TODAY, end_date=date(2026, 1, 1))
        )
    with pytest.raises(NoSuchRecord):
        engagements.save_engagement(vault, Engagement(MenteeId(999), "VDAB"))
    assert engagements.engagement(vault, anna) is None


def test_nearly_used_from_eighty_percent_of_sessions_or_hours() -> None:
    assert Usage(8, 1.0, contracted_sessions=10).nearly_used
    assert not Usage(7, 1.0, contracted_sessions=10).nearly_used
    assert Usage(1, 9.6, contracted_sessions=10, contracted_hours=12).nearly_used
    assert not Usage(100, 100.0).nearly_used  # nothing contracted: nothing to use up


def test_the_hours_report_names_clients_as_chosen_and_adds_up(vault: Vault) -> None:
    anna = _mentee(vault, "Anna de Smet")
    bert = _mentee(vault, "Bert van den Berg")
    carl = _mentee(vault, "Carl Peeters")
    for who in (anna, bert):
        engagements.save_engagement(vault, Engagement(who, "Stad Gent"))
    engagements.save_engagement(vault, Engagement(carl, "VDAB"))
    _session(vault, anna, date(2026, 10, 1), 90)
    _session(vault, anna, date(2026, 10, 31), 60)
    _session(vault, anna, date(2026, 11, 1), 60)  # after the period
    _session(vault, bert, date(2026, 10, 15), 45)
    _session(vault, bert, date(2026, 10, 16), 45, billable=False)
    _session(vault, carl, date(2026, 10, 15), 60)  # another sponsor

    assert engagements.sponsors(vault) == ["Stad Gent", "VDAB"]
    report = engagements.hours_report(
        vault, "Stad Gent", date(2026, 10, 1), date(2026, 10, 31), NameStyle.FULL
    )
    assert [(r.client, r.sessions, r.hours) for r in report.rows] == [
        ("Anna de Smet", 2, 2.5),
        ("Bert van den Berg", 1, 0.75),
    ]
    assert (report.totals.sessions, report.totals.hours) == (3, 3.25)
    short = engagements.hours_report(
        vault, "Stad Gent", date(2026, 10, 1), date(2026, 10, 31), NameStyle.INITIALS
    )
    assert [r.client for r in short.rows] == ["A.d.S.", "B.v.d.B."]
    numbered = engagements.hours_report(
        vault, "Stad Gent", date(2026, 10, 1), date(2026, 10, 31), NameStyle.NUMBER
    )
    assert {r.client for r in numbered.rows} == {f"{anna:04d}", f"{bert:04d}"}
    text = repr([report, short, numbered])
    assert "geheim" not in text and "samenvatting" not in text
    with pytest.raises(ValueError):
        engagements.hours_report(vault, "VDAB", date(2026, 11, 1), date(2026, 10, 1))


def test_the_coaching_log_lists_every_session_paid_or_pro_bono(vault: Vault) -> None:
    anna = _mentee(vault, "Anna de Smet")
    _session(vault, anna, date(2026, 10, 1), 90)
    _session(vault, anna, date(2026, 10, 2), 30, billable=False)
    _session(vault, anna, date(2027, 1, 2), 30)
    log = engagements.coaching_log(vault, date(2026, 1, 1), date(2026, 12, 31), NameStyle.INITIALS)
    assert [dataclasses.astuple(row) for row in log] == [
        ("A.d.S.", date(2026, 10, 1), 1.5, True, "individual"),
        ("A.d.S.", date(2026, 10, 2), 0.5, False, "individual"),
    ]


def test_initials_keep_particles_small() -> None:
    assert initials("Jan van den Berg") == "J.v.d.B."
    assert initials("  Zoë   Peeters ") == "Z.P."
    assert client_name(NameStyle.NUMBER, "Zoë", MenteeId(7)) == "0007"
