"""An experiment of the job crafting canvas becomes a plan action, once, linked back."""

from __future__ import annotations

from datetime import date

import pytest

from mentorapp.domain.crafting import CRAFTING_GOAL, add_experiment_action
from mentorapp.domain.ids import ExperimentId, MenteeId
from mentorapp.domain.model import CraftingExperiment, DevelopmentPlan, Goal

BUDDY = CraftingExperiment("Peter van een nieuwkomer", date(2027, 2, 1), id=ExperimentId(3))


def test_it_goes_under_job_crafting_once() -> None:
    plan = DevelopmentPlan(MenteeId(1), goals=[Goal("Breder kijken")])
    assert add_experiment_action(plan, BUDDY)
    assert [g.description for g in plan.goals] == ["Breder kijken", CRAFTING_GOAL]
    (action,) = plan.goals[1].actions
    assert (action.description, action.deadline, action.experiment_id) == (
        "Peter van een nieuwkomer",
        date(2027, 2, 1),
        3,
    )
    assert not add_experiment_action(plan, BUDDY)
    assert not add_experiment_action(plan, BUDDY, goal_index=0)
    assert sum(len(g.actions) for g in plan.goals) == 1


def test_a_chosen_goal_or_an_existing_job_crafting_goal() -> None:
    plan = DevelopmentPlan(MenteeId(1), goals=[Goal("Breder kijken"), Goal(" job CRAFTING ")])
    lunch = CraftingExperiment("Lunch met het andere team", id=ExperimentId(4))
    assert add_experiment_action(plan, lunch)
    assert add_experiment_action(plan, BUDDY, goal_index=0)
    assert [[a.experiment_id for a in g.actions] for g in plan.goals] == [[3], [4]]
    with pytest.raises(ValueError, match="no goal 2"):
        add_experiment_action(plan, CraftingExperiment("x", id=ExperimentId(5)), goal_index=2)
