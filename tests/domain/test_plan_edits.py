"""Editing a plan's lists: goals, their actions, obstacles and activities, never in place."""

from __future__ import annotations

import copy
from collections import Counter
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mentorapp.domain import plan_edits as edits
from mentorapp.domain.enums import ActivityKind, ObstacleKind
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Action, DevelopmentActivity, DevelopmentPlan, Goal, Obstacle


def a_plan() -> DevelopmentPlan:
    return DevelopmentPlan(
        mentee_id=MenteeId(7),
        title="Naar controlling",
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
        goals=[
            Goal("Doorgroeien naar controller", actions=[Action("Cursus"), Action("Mentor")]),
            Goal("Balans werk en thuis", actions=[Action("Vaste werkuren")]),
        ],
        obstacles=[Obstacle(ObstacleKind.TIME, "Weinig tijd")],
        activities=[DevelopmentActivity(ActivityKind.TRAINING, "Controlling")],
    )


def test_add_replace_remove_and_move_return_new_lists() -> None:
    items = ["course", "safari", "buddy"]
    assert edits.add("network")(items) == ["course", "safari", "buddy", "network"]
    assert edits.replace(1, "project")(items) == ["course", "project", "buddy"]
    assert edits.remove(0)(items) == ["safari", "buddy"]
    assert edits.move(2, -1)(items) == ["course", "buddy", "safari"]
    assert edits.move(0, -1)(items) == items, "the first item cannot go higher"
    assert edits.move(2, 1)(items) == items, "the last item cannot go lower"
    assert edits.move(0, 99)(items) == ["safari", "buddy", "course"]
    assert items == ["course", "safari", "buddy"], "the input list is untouched"


@pytest.mark.parametrize(
    "edit",
    [edits.replace(3, "x"), edits.remove(3), edits.move(3, -1), edits.remove(-1)],
)
def test_an_edit_of_a_missing_item_is_refused(edit: edits.ListEdit[str]) -> None:
    with pytest.raises(IndexError):
        edit(["a", "b", "c"])


def test_an_action_is_added_to_its_own_goal_only() -> None:
    plan = a_plan()
    before = copy.deepcopy(plan)
    changed = edits.edit_actions(plan, 1, edits.add(Action("Sporten")))
    assert [a.description for a in changed.goals[1].actions] == ["Vaste werkuren", "Sporten"]
    assert changed.goals[0] == plan.goals[0]
    assert plan == before, "the plan shown until the edit is stored stays as it was"


def test_goals_actions_obstacles_and_activities_are_edited_through_the_plan() -> None:
    plan = a_plan()
    before = copy.deepcopy(plan)
    moved = edits.edit_goals(plan, edits.move(1, -1))
    assert [g.description for g in moved.goals] == [
        "Balans werk en thuis",
        "Doorgroeien naar controller",
    ]
    swapped = edits.edit_actions(plan, 0, edits.move(0, 1))
    assert [a.description for a in swapped.goals[0].actions] == ["Mentor", "Cursus"]
    renamed = edits.edit_actions(plan, 0, edits.replace(1, Action("Buddy")))
    assert [a.description for a in renamed.goals[0].actions] == ["Cursus", "Buddy"]
    without = edits.edit_actions(plan, 0, edits.remove(0))
    assert [a.description for a in without.goals[0].actions] == ["Mentor"]
    fewer = edits.edit_obstacles(plan, edits.remove(0))
    assert fewer.obstacles == [] and fewer.activities == plan.activities
    more = edits.edit_activities(
        plan, edits.add(DevelopmentActivity(ActivityKind.COACHING, "Loopbaancoach"))
    )
    assert [a.description for a in more.activities] == ["Controlling", "Loopbaancoach"]
    assert more.obstacles == plan.obstacles
    assert plan == before


def test_an_action_of_a_missing_goal_is_refused() -> None:
    with pytest.raises(IndexError):
        edits.edit_actions(a_plan(), 2, edits.add(Action("Verdwaald")))


@st.composite
def list_and_index(draw: st.DrawFn) -> tuple[list[int], int]:
    items = draw(st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=12))
    return items, draw(st.integers(min_value=0, max_value=len(items) - 1))


@given(list_and_index(), st.integers(min_value=-20, max_value=20))
def test_move_keeps_every_item_and_lands_at_the_clamped_place(
    case: tuple[list[int], int], delta: int
) -> None:
    items, index = case
    tagged = [(value, i) for i, value in enumerate(items)]  # tell equal values apart
    moved = edits.move(index, delta)(tagged)
    target = max(0, min(len(items) - 1, index + delta))
    assert Counter(moved) == Counter(tagged)
    assert moved[target] == tagged[index]
    assert edits.moved_to(len(items), index, delta) == target
    others = [t for t in tagged if t != tagged[index]]
    assert [t for t in moved if t != tagged[index]] == others, "the others keep their order"


@given(list_and_index(), st.integers())
def test_replace_and_remove_touch_one_place_only(case: tuple[list[int], int], new: int) -> None:
    items, index = case
    replaced = edits.replace(index, new)(items)
    assert len(replaced) == len(items) and replaced[index] == new
    assert replaced[:index] == items[:index] and replaced[index + 1 :] == items[index + 1 :]
    assert edits.remove(index)(items) == items[:index] + items[index + 1 :]
