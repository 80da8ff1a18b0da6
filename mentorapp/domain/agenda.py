"""What is coming up or overdue for one mentee: sessions, actions, reviews, revisits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from mentorapp.domain.enums import ActionStatus, DueKind, Feasibility, PlanStatus
from mentorapp.domain.model import CoachingSession, DevelopmentPlan, Mentee


@dataclass(frozen=True)
class AgendaItem:
    """One dated thing to act on; ``text`` is shareable text only, never private."""

    kind: DueKind
    when: date
    text: str
    overdue: bool


def mentee_agenda(
    mentee: Mentee,
    sessions: list[CoachingSession],
    plan: DevelopmentPlan | None,
    today: date,
) -> list[AgendaItem]:
    """Upcoming and overdue items, oldest first."""
    items: list[AgendaItem] = []
    upcoming = sorted(
        {s.started_at for s in sessions if s.started_at.date() >= today}
        | {
            s.next_session_at
            for s in sessions
            if s.next_session_at and s.next_session_at.date() >= today
        }
    )
    if upcoming:
        first: datetime = upcoming[0]
        items.append(AgendaItem(DueKind.SESSION, first.date(), first.strftime("%H:%M"), False))
    if plan is not None and plan.status != PlanStatus.ARCHIVED:
        for goal in plan.goals:
            if goal.feasibility == Feasibility.NOT_NOW and goal.revisit_on:
                items.append(
                    AgendaItem(
                        DueKind.REVISIT,
                        goal.revisit_on,
                        goal.description,
                        goal.revisit_on < today,
                    )
                )
            for action in goal.actions:
                if action.deadline and action.status in (
                    ActionStatus.OPEN,
                    ActionStatus.IN_PROGRESS,
                ):
                    items.append(
                        AgendaItem(
                            DueKind.ACTION,
                            action.deadline,
                            action.description,
                            action.deadline < today,
                        )
                    )
        if plan.review_date:
            items.append(
                AgendaItem(DueKind.REVIEW, plan.review_date, plan.title, plan.review_date < today)
            )
    if mentee.retention_until and mentee.retention_until < today:
        items.append(AgendaItem(DueKind.RETENTION, mentee.retention_until, "", True))
    return sorted(items, key=lambda item: (item.when, item.kind.value))
