"""Job crafting in the plan: an experiment of the canvas becomes a linked plan action."""

from __future__ import annotations

from mentorapp.domain.model import Action, CraftingExperiment, DevelopmentPlan, Goal

CRAFTING_GOAL = "Job crafting"
"""The goal an experiment's action goes under when none is chosen (the same in Dutch)."""


def add_experiment_action(
    plan: DevelopmentPlan, experiment: CraftingExperiment, goal_index: int | None = None
) -> bool:
    """Add the stored ``experiment`` to ``plan`` (a draft, edited in place) as an action:
    what, by when, linked back. It goes under goal ``goal_index``, or under the goal "Job
    crafting" (added when there is none). False, and nothing added, when an action of the
    plan already came from this experiment; ``ValueError`` for a goal that is not there.
    """
    assert experiment.id is not None
    if goal_index is not None and not 0 <= goal_index < len(plan.goals):
        raise ValueError(f"the plan has no goal {goal_index}")
    if any(a.experiment_id == experiment.id for g in plan.goals for a in g.actions):
        return False
    action = Action(experiment.what, deadline=experiment.by_when, experiment_id=experiment.id)
    _goal_for(plan, goal_index).actions.append(action)
    return True


def _goal_for(plan: DevelopmentPlan, goal_index: int | None) -> Goal:
    if goal_index is not None:
        return plan.goals[goal_index]
    for goal in plan.goals:
        if goal.description.strip().casefold() == CRAFTING_GOAL.casefold():
            return goal
    plan.goals.append(Goal(CRAFTING_GOAL))
    return plan.goals[-1]
