"""The demo shows the practice: engagements paid by the employer or by vouchers, one
nearly used up and one ending within a month on the dashboard, free intake sessions."""

from __future__ import annotations

from datetime import date

from mentorapp.demo import fill_demo
from mentorapp.demo.engagements import VOUCHER_SPONSOR
from mentorapp.domain.enums import MenteeStatus, SessionKind
from mentorapp.services import dashboard, engagements, mentees, sessions
from mentorapp.store.vault import Vault

TODAY = date(2026, 11, 24)


def test_the_demo_has_engagements_to_report_and_to_watch(vault: Vault) -> None:
    fill_demo(vault, TODAY)
    everyone = mentees.summaries(vault)
    engaged = {m.id: engagements.engagement(vault, m.id) for m in everyone}
    paid = {mid: e for mid, e in engaged.items() if e is not None}
    assert 8 <= len(paid) < len(everyone)
    sponsors = engagements.sponsors(vault)
    assert VOUCHER_SPONSOR in sponsors and len(sponsors) >= 4
    for m in everyone:
        if m.status is MenteeStatus.INTAKE:
            assert engaged[m.id] is None  # nothing agreed yet
    # A sponsor that is not the employer: the vouchers pay for someone's trajectory.
    vouchers = [mid for mid, e in paid.items() if e.sponsor == VOUCHER_SPONSOR]
    assert vouchers and all(mentees.get_mentee(vault, mid).organisation for mid in vouchers)

    board = dashboard.due(vault, TODAY)
    ending = board.engagements_ending
    assert any(i.when is not None and (i.when - TODAY).days <= 30 for i in ending)
    assert any(engagements.usage(vault, i.mentee_id, today=TODAY).nearly_used for i in ending)

    # A paid trajectory's intake is free; every other session is billed.
    for mid in paid:
        for coaching in sessions.sessions_of(vault, mid):
            assert coaching.billable == (coaching.kind is not SessionKind.INTAKE)

    report = engagements.hours_report(
        vault, VOUCHER_SPONSOR, date(2025, 1, 1), TODAY, engagements.NameStyle.INITIALS
    )
    assert report.rows and report.totals.hours > 0
