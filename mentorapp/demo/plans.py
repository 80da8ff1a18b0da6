"""The development plan of one demo mentee: period, goals with actions, obstacles, activities.

Deadlines spread over the plan period, so that a recent plan has open actions, an older one
mostly done ones with a few overdue, and about half of the goals keep a deliberately vague
action (no measure, no deadline) so the SMART warnings have something to show.
"""

from __future__ import annotations

from mentorapp.demo.content import ActivitySpec, GoalSpec
from mentorapp.demo.draws import PLACEHOLDER_ID, Draws
from mentorapp.domain.enums import (
    ActionStatus,
    ActivityKind,
    Feasibility,
    GoalKind,
    MenteeStatus,
    PlanStatus,
)
from mentorapp.domain.model import Action, DevelopmentActivity, DevelopmentPlan, Goal, Obstacle

_INT, _ACT, _PAU, _CLO = MenteeStatus  # in declaration order


def demo_plan(d: Draws, first: int, safari_span: tuple[int, int] | None) -> DevelopmentPlan:
    """The plan, starting a few weeks after the intake at day offset ``first``."""
    p, rng, theme, content = d.p, d.rng, d.p.theme, d.content
    start, margin, soon = first + rng.randint(14, 28), rng.randint(3, 10), rng.randint(2, 9)
    span = rng.choice((182, 274, 365))
    end = -p.closed_days_ago - margin if p.status is _CLO else max(start + span, 45 + span // 10)
    middle = start + (end - start) // 2
    if "review_soon" in p.flags:
        review = soon
    elif p.status is _CLO:
        review = end
    else:
        review = middle if middle >= 14 else min(end, 20 + soon * 4)
    drawn = rng.choice((PlanStatus.SHARED, PlanStatus.AGREED, PlanStatus.AGREED))
    if p.status is _INT or (p.status is _ACT and start > -100):  # a recent plan: still a draft
        drawn = PlanStatus.DRAFT
    fixed = {_PAU: PlanStatus.SHARED, _CLO: PlanStatus.AGREED}
    status = fixed.get(p.status, drawn)
    not_now = (rng.random() < 0.25 and p.status is not _CLO) or "not_now" in p.flags
    count = rng.choice((1, 2, 2, 3))
    specs = rng.sample(theme.goals, min(count, 2) if not_now else count)
    goals = [_goal(d, spec, start, end) for spec in specs]
    revisit = end + rng.randint(14, 90)
    if not_now:
        wish, note = (d.fill(text) for text in theme.not_now)
        goals.append(Goal(wish, GoalKind.PROFESSIONAL, Feasibility.NOT_NOW, note, d.day(revisit)))
    obstacles = [
        Obstacle(o.kind, d.fill(o.description), d.fill(o.mitigation))
        for o in rng.sample(content.obstacles, rng.randint(1, 3))
    ]
    activities = [
        _activity(d, spec, start, end) for spec in rng.sample(content.activities, rng.randint(1, 3))
    ]
    if safari_span is not None and p.safari is not None:
        begin, until = safari_span
        activities.append(
            DevelopmentActivity(
                ActivityKind.CAREER_SAFARI,
                d.fill(content.fixed_texts["safari_activity"]),
                p.safari.host_contact,
                8.0 * max(1, (until - begin) * 5 // 7),  # working days
                0,
                d.day(begin),
                d.day(until),
            )
        )
    return DevelopmentPlan(
        PLACEHOLDER_ID,
        status=status,
        title=d.pick("title", theme=True),
        current_situation=d.pick("situation", theme=True),
        desired_direction=d.pick("direction", theme=True),
        period_start=d.day(start),
        period_end=d.day(end),
        resources=d.pick("resources"),
        organisation_commitments=d.pick("org_commitments"),
        employee_commitments=d.pick("employee_commitments"),
        review_date=d.day(review),
        private_remarks=d.pick("plan_private", theme=True),
        goals=goals,
        obstacles=obstacles,
        activities=activities,
    )


def _goal(d: Draws, spec: GoalSpec, start: int, end: int) -> Goal:
    rng = d.rng
    keep_vague = rng.random() < 0.5
    chosen = [a for a in spec.actions if a.measure or keep_vague]
    actions: list[Action] = []
    for i, a in enumerate(chosen):
        r, jitter = rng.random(), rng.randint(-10, 10)
        due = start + (end - start) * (i + 1) // (len(chosen) + 1) + jitter
        deadline = min(max(due, start + 7), end) if a.measure else None  # vague: undated
        actions.append(
            Action(
                d.fill(a.description),
                a.measure,
                None if deadline is None else d.day(deadline),
                a.owner,
                a.resources,
                _action_status(d, deadline, r),
                specific=bool(a.measure),
                achievable=True,
                relevant=True,
            )
        )
    return Goal(d.fill(spec.description), spec.kind, actions=actions)


def _action_status(d: Draws, deadline: int | None, r: float) -> ActionStatus:
    if d.p.status is _CLO:
        return ActionStatus.DONE if r < 0.8 else ActionStatus.DROPPED
    if deadline is not None and deadline < 0:  # mostly done; the rest shows as overdue
        if r < 0.85:
            return ActionStatus.DONE
        return ActionStatus.IN_PROGRESS if r < 0.93 else ActionStatus.OPEN
    soon = deadline is None or deadline < 45
    return ActionStatus.IN_PROGRESS if soon and r < 0.5 else ActionStatus.OPEN


def _activity(d: Draws, spec: ActivitySpec, start: int, end: int) -> DevelopmentActivity:
    begin = min(start + d.rng.randint(7, 60), end - 14)
    until = min(begin + d.rng.randint(14, 90), end)
    return DevelopmentActivity(
        spec.kind,
        d.fill(spec.description),
        d.fill(spec.provider),
        spec.hours,
        spec.cost_cents,
        d.day(begin),
        d.day(until),
    )
