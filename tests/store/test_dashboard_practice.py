"""The dashboard's practice items: active mentees with no next step planned, and
engagements nearly used up or ending within a month."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from mentorapp.domain.enums import DueKind, MenteeStatus
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import CoachingSession, Engagement
from mentorapp.services import dashboard
from mentorapp.store.practice_repository import EngagementRepository
from mentorapp.store.repositories import CoachingSessionRepository
from mentorapp.store.vault import Vault
from tests.store.test_dashboard import CANARY, TODAY, add_mentee, at, days, lines


def _session(
    vault: Vault,
    mentee: MenteeId,
    when: datetime,
    *,
    minutes: int = 60,
    next_at: datetime | None = None,
    billable: bool = True,
) -> None:
    with vault.transaction() as s:
        CoachingSessionRepository(s).add(
            CoachingSession(
                mentee,
                when,
                duration_minutes=minutes,
                next_session_at=next_at,
                billable=billable,
                private_notes=CANARY,
            )
        )


def test_active_mentees_with_nothing_planned_have_no_next_step(vault: Vault) -> None:
    with vault.transaction() as s:
        waiting = add_mentee(s, "An Peeters")
        never = add_mentee(s, "Bo Claes")
        planned = add_mentee(s, "Cas Planned")
        next_set = add_mentee(s, "Dirk Next")
        today_later = add_mentee(s, "Els Today")
        add_mentee(s, "Fien Intake", status=MenteeStatus.INTAKE)
        paused = add_mentee(s, "Gert Paused", status=MenteeStatus.PAUSED)
        closed = add_mentee(s, "Hans Closed", status=MenteeStatus.CLOSED)
    _session(vault, waiting, at(days(-40)))
    _session(vault, waiting, at(days(-20)), next_at=at(days(-5)))  # planned, then it passed
    _session(vault, planned, at(days(-20)))
    _session(vault, planned, at(days(3)))  # a future session is the next step
    _session(vault, next_set, at(days(-7)), next_at=at(days(7)))
    _session(vault, today_later, at(days(-7)), next_at=at(TODAY, 16))
    for other in (paused, closed):
        _session(vault, other, at(days(-90)))

    board = dashboard.due(vault, TODAY)
    assert [(i.mentee_name, i.when) for i in board.no_next_step] == [
        ("An Peeters", at(days(-20))),  # the longest waiting first
        ("Bo Claes", None),  # never met: at the end
    ]
    assert {(i.kind, i.overdue, i.record_id) for i in board.no_next_step} == {
        (DueKind.NO_NEXT_STEP, False, waiting),
        (DueKind.NO_NEXT_STEP, False, never),
    }
    assert CANARY not in repr(board)


def test_engagements_nearly_used_or_ending_within_a_month(vault: Vault) -> None:
    with vault.transaction() as s:
        used = add_mentee(s, "An Used")
        hours = add_mentee(s, "Bo Hours")
        ending = add_mentee(s, "Cas Ending")
        ended = add_mentee(s, "Dirk Ended")
        calm = add_mentee(s, "Els Calm")
        pro_bono = add_mentee(s, "Fien Probono")
        closed = add_mentee(s, "Gert Closed", status=MenteeStatus.CLOSED)
        repo = EngagementRepository(s)
        repo.save(Engagement(used, "Stad Gent", contracted_sessions=5))
        repo.save(Engagement(hours, "VDAB", contracted_hours=5.0))
        repo.save(Engagement(ending, "Fluvius", end_date=days(30)))
        repo.save(Engagement(ended, "Fluvius", end_date=days(-1)))
        repo.save(Engagement(calm, "Stad Gent", contracted_sessions=10, end_date=days(31)))
        repo.save(Engagement(pro_bono, "VDAB", contracted_sessions=5))
        repo.save(Engagement(closed, "VDAB", contracted_sessions=1, end_date=days(1)))
    for n in range(4):  # 4 of 5 sessions: 80 %
        _session(vault, used, at(days(-10 - n)))
    _session(vault, used, at(days(2)))  # planned: not used yet
    _session(vault, hours, at(days(-3)), minutes=240)  # 4 of 5 hours
    for n in range(4):  # not billable: nothing used
        _session(vault, pro_bono, at(days(-10 - n)), billable=False)
    _session(vault, calm, at(days(-3)))
    _session(vault, closed, at(days(-3)))

    board = dashboard.due(vault, TODAY)
    assert lines(board.engagements_ending) == [
        ("Dirk Ended", days(-1), "Fluvius", True),
        ("Cas Ending", days(30), "Fluvius", False),
        ("An Used", None, "Stad Gent", False),
        ("Bo Hours", None, "VDAB", False),
    ]
    assert {i.kind for i in board.engagements_ending} == {DueKind.ENGAGEMENT}

    _session(vault, used, at(days(-1)))  # the fifth: used up
    (item,) = [i for i in dashboard.due(vault, TODAY).engagements_ending if i.mentee_id == used]
    assert item.overdue
    assert dashboard.due(vault, TODAY + timedelta(days=400)).engagements_ending[0].overdue
    assert date.max not in {i.when for i in board.engagements_ending}
