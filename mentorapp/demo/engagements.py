"""The demo's engagements: who pays for which trajectory, so the Overview shows sessions
used against those contracted, the dashboard an engagement nearly used up and one ending,
and the hours report has sponsors to choose from.

Derived from each mentee's own records, never from the demo's seeded generator, so the
rest of the demo is as it was. Sponsors differ from the employer where that is how it
goes: a Flemish loopbaancheque (VDAB) pays 4 hours each, two per employee.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, timedelta

from mentorapp.demo.draws import PLACEHOLDER_ID
from mentorapp.demo.mentees import DemoMentee
from mentorapp.domain.enums import MenteeStatus, SessionKind
from mentorapp.domain.model import CoachingSession, Engagement
from mentorapp.domain.practice import NEARLY_USED

VOUCHER_SPONSOR = "VDAB (loopbaancheques)"
VOUCHER_HOURS = 8.0  # two loopbaancheques of 4 hours
RATE_CENTS = 12_500


def demo_engagement(record: DemoMentee, index: int, today: date) -> Engagement | None:
    """The engagement of the ``index``-th demo mentee: the employer pays or vouchers do;
    none for one in three, nor for an intake (nothing has been agreed yet)."""
    mentee = record.mentee
    if mentee.status is MenteeStatus.INTAKE or index % 3 == 2 or not record.sessions:
        return None
    start = record.sessions[0].started_at.date()
    if index % 3 == 1:
        end = today + timedelta(days=20) if index % 4 == 1 else start + timedelta(days=365)
        return Engagement(
            PLACEHOLDER_ID, VOUCHER_SPONSOR, contracted_hours=VOUCHER_HOURS,
            start_date=start, end_date=end,
        )  # fmt: skip
    billed = [
        s
        for s in record.sessions
        if s.started_at.date() <= today and s.kind is not SessionKind.INTAKE
    ]
    hours = sum(s.duration_minutes for s in billed) / 60
    # A long trajectory's hours are nearly used up (from 80 %, in half hours); a young one
    # has room. Sessions are contracted with room to spare.
    contracted_hours = math.floor(hours / NEARLY_USED * 2) / 2 if len(billed) >= 3 else None
    return Engagement(
        PLACEHOLDER_ID,
        mentee.organisation,
        contracted_sessions=len(billed) + 2 if contracted_hours else len(billed) + 4,
        contracted_hours=contracted_hours,
        start_date=start,
        end_date=start + timedelta(days=365),
        rate_cents=RATE_CENTS,
    )


def demo_sessions(record: DemoMentee, engagement: Engagement | None) -> list[CoachingSession]:
    """The sessions as billed: a paid trajectory's intake conversation is free of charge."""
    if engagement is None:
        return record.sessions
    return [
        replace(s, billable=False) if s.kind is SessionKind.INTAKE else s for s in record.sessions
    ]
