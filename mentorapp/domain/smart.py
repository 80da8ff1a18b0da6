"""Is an action SMART? Specific, measurable, achievable, relevant and time-bound.

Two criteria follow from what is written down: *measurable* needs a measure and
*time-bound* needs a deadline inside the plan's period. The other three are the coach's
judgement, recorded as ticks on the action; a blank description is never specific.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from mentorapp.domain.enums import Feasibility
from mentorapp.domain.model import Action, DevelopmentPlan


class SmartCriterion(StrEnum):
    SPECIFIC = "specific"
    MEASURABLE = "measurable"
    ACHIEVABLE = "achievable"
    RELEVANT = "relevant"
    TIME_BOUND = "time_bound"


_ORDER = {criterion: position for position, criterion in enumerate(SmartCriterion)}


@dataclass(frozen=True)
class SmartCheck:
    """The criteria an action does not meet, always in S, M, A, R, T order."""

    missing: tuple[SmartCriterion, ...]

    def __post_init__(self) -> None:
        ordered = tuple(sorted(set(self.missing), key=_ORDER.__getitem__))
        object.__setattr__(self, "missing", ordered)

    @property
    def ok(self) -> bool:
        return not self.missing


def check_action(action: Action, period_start: date | None, period_end: date | None) -> SmartCheck:
    """Judge one action against the plan period (either side of the period may be open)."""
    missing: list[SmartCriterion] = []
    if not action.specific or not action.description.strip():
        missing.append(SmartCriterion.SPECIFIC)
    if not action.measure.strip():
        missing.append(SmartCriterion.MEASURABLE)
    if not action.achievable:
        missing.append(SmartCriterion.ACHIEVABLE)
    if not action.relevant:
        missing.append(SmartCriterion.RELEVANT)
    if not _time_bound(action.deadline, period_start, period_end):
        missing.append(SmartCriterion.TIME_BOUND)
    return SmartCheck(tuple(missing))


def _time_bound(deadline: date | None, start: date | None, end: date | None) -> bool:
    if deadline is None:
        return False
    if start is not None and deadline < start:
        return False
    return end is None or deadline <= end


def plan_smart_report(plan: DevelopmentPlan) -> list[tuple[int, int, SmartCheck]]:
    """(goal index, action index, check) for every action that is not SMART.

    Only goals pursued now count: a goal honestly recorded as not feasible now is exempt.
    """
    report: list[tuple[int, int, SmartCheck]] = []
    for goal_index, goal in enumerate(plan.goals):
        if goal.feasibility != Feasibility.FEASIBLE:
            continue
        for action_index, action in enumerate(goal.actions):
            check = check_action(action, plan.period_start, plan.period_end)
            if not check.ok:
                report.append((goal_index, action_index, check))
    return report
