"""The dashboard's safaris: those starting this week, and debriefs due after one ended."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from mentorapp.domain.enums import DueKind, MenteeStatus, SafariStatus, SessionKind
from mentorapp.domain.ids import MenteeId, SafariId
from mentorapp.domain.model import CareerSafari, CoachingSession
from mentorapp.store.dashboard import DEBRIEF_LATE_DAYS, DEBRIEF_LOOKBACK_DAYS
from mentorapp.store.repositories import CoachingSessionRepository, SafariRepository
from mentorapp.store.vault import Vault
from tests.store.test_dashboard import add_mentee, days, lines, load

_S = SafariStatus


def safari(
    s: Session,
    mentee: MenteeId,
    host: str,
    start: date | None,
    end: date | None,
    status: SafariStatus = _S.PLANNED,
) -> SafariId:
    stored = SafariRepository(s).add(
        CareerSafari(mentee, host, start_date=start, end_date=end, status=status)
    )
    assert stored.id is not None
    return stored.id


def test_safaris_starting_this_week(vault: Vault) -> None:
    with vault.transaction() as s:
        an = add_mentee(s, "An Peeters")
        bo = add_mentee(s, "Bo Claes")
        closed = add_mentee(s, "Cas Closed", status=MenteeStatus.CLOSED)
        safari(s, an, "Logistiek", days(2), days(6))  # Friday
        safari(s, bo, "Aankoop", days(-2), days(8), _S.ONGOING)  # Monday, under way
        safari(s, bo, "HR", days(5), days(9))  # next Monday
        safari(s, an, "Juridisch", days(-3), days(1))  # last Sunday
        safari(s, an, "Afgelast", days(1), days(2), _S.CANCELLED)
        safari(s, an, "Ongedateerd", None, None)
        safari(s, closed, "Gesloten", days(1), days(2))
    board = load(vault)
    assert lines(board.safaris_starting) == [
        ("Bo Claes", days(-2), "Aankoop", False),
        ("An Peeters", days(2), "Logistiek", False),
    ]
    assert {i.kind for i in board.safaris_starting} == {DueKind.SAFARI}


def test_a_debrief_is_due_once_a_safari_ended_until_one_is_linked(vault: Vault) -> None:
    with vault.transaction() as s:
        an = add_mentee(s, "An Peeters")
        bo = add_mentee(s, "Bo Claes")
        ended = safari(s, an, "Logistiek", days(-10), days(-3), _S.COMPLETED)
        late = safari(s, bo, "Aankoop", days(-30), days(-DEBRIEF_LATE_DAYS - 1), _S.ONGOING)
        safari(s, an, "Vroeg gestopt", days(-2), days(4), _S.COMPLETED)  # ended early
        safari(s, an, "Afgelast", days(-10), days(-3), _S.CANCELLED)
        safari(s, an, "Nog bezig", days(-3), days(3), _S.ONGOING)
        too_old = days(-DEBRIEF_LOOKBACK_DAYS - 1)
        safari(s, bo, "Lang geleden", too_old, too_old, _S.COMPLETED)
    board = load(vault)
    assert lines(board.debriefs_due) == [
        ("Bo Claes", days(-DEBRIEF_LATE_DAYS - 1), "Aankoop", True),
        ("An Peeters", days(-3), "Logistiek", False),
        ("An Peeters", days(4), "Vroeg gestopt", False),
    ]
    assert [i.record_id for i in board.debriefs_due][:2] == [late, ended]
    assert {i.kind for i in board.debriefs_due} == {DueKind.DEBRIEF}

    with vault.transaction() as s:
        CoachingSessionRepository(s).add(
            CoachingSession(
                an, datetime(2026, 11, 24, 10), kind=SessionKind.SAFARI_DEBRIEF, safari_id=ended
            )
        )
        # An unlinked debrief session does not count: it may be about another safari.
        CoachingSessionRepository(s).add(
            CoachingSession(bo, datetime(2026, 11, 24, 11), kind=SessionKind.SAFARI_DEBRIEF)
        )
    assert [i.title for i in load(vault).debriefs_due] == ["Aankoop", "Vroeg gestopt"]


def test_a_safari_of_a_few_days_this_week_may_start_and_want_its_debrief(vault: Vault) -> None:
    with vault.transaction() as s:
        an = add_mentee(s, "An Peeters")
        safari(s, an, "Kort", days(-2), days(-1))  # Monday and Tuesday, status not updated
    board = load(vault)
    assert [i.title for i in board.safaris_starting] == ["Kort"]
    assert [i.title for i in board.debriefs_due] == ["Kort"]
