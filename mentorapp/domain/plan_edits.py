"""Edits to a plan's lists: add, replace, remove or move goals, actions, obstacles, activities.

Each list edit is a function from a list to a new list (``add``, ``replace``, ``remove``,
``move``); ``edit_goals``, ``edit_actions``, ``edit_obstacles`` and ``edit_activities``
apply one to a plan. Nothing is changed in place: every edit returns new lists and a new
plan, and the input stays as it was, so an editor can keep the old plan until the new one
is stored.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TypeVar

from mentorapp.domain.model import Action, DevelopmentActivity, DevelopmentPlan, Goal, Obstacle

T = TypeVar("T")
ListEdit = Callable[[list[T]], list[T]]
"""A change to one list of a plan: takes the old list, returns a new one."""


def _check(items: list[T], index: int) -> None:
    if not 0 <= index < len(items):
        raise IndexError(f"index {index} out of range for {len(items)} items")


def add(item: T) -> ListEdit[T]:
    """Append ``item`` at the end."""
    return lambda items: [*items, item]


def replace(index: int, item: T) -> ListEdit[T]:
    """Put ``item`` in the place of ``items[index]``."""

    def edit(items: list[T]) -> list[T]:
        _check(items, index)
        return [item if i == index else old for i, old in enumerate(items)]

    return edit


def remove(index: int) -> ListEdit[T]:
    """Leave out ``items[index]``."""

    def edit(items: list[T]) -> list[T]:
        _check(items, index)
        return [old for i, old in enumerate(items) if i != index]

    return edit


def moved_to(count: int, index: int, delta: int) -> int:
    """Where an item at ``index`` lands when moved ``delta`` places among ``count`` (clamped)."""
    if not 0 <= index < count:
        raise IndexError(f"index {index} out of range for {count} items")
    return max(0, min(count - 1, index + delta))


def move(index: int, delta: int) -> ListEdit[T]:
    """Move ``items[index]`` ``delta`` places (negative is up); it stops at either end."""

    def edit(items: list[T]) -> list[T]:
        target = moved_to(len(items), index, delta)
        moved = list(items)
        moved.insert(target, moved.pop(index))
        return moved

    return edit


def edit_goals(plan: DevelopmentPlan, edit: ListEdit[Goal]) -> DevelopmentPlan:
    return dataclasses.replace(plan, goals=edit(list(plan.goals)))


def edit_actions(plan: DevelopmentPlan, goal_index: int, edit: ListEdit[Action]) -> DevelopmentPlan:
    """The plan with the actions of goal ``goal_index`` edited."""
    _check(plan.goals, goal_index)
    goal = plan.goals[goal_index]
    changed = dataclasses.replace(goal, actions=edit(list(goal.actions)))
    return edit_goals(plan, replace(goal_index, changed))


def edit_obstacles(plan: DevelopmentPlan, edit: ListEdit[Obstacle]) -> DevelopmentPlan:
    return dataclasses.replace(plan, obstacles=edit(list(plan.obstacles)))


def edit_activities(plan: DevelopmentPlan, edit: ListEdit[DevelopmentActivity]) -> DevelopmentPlan:
    return dataclasses.replace(plan, activities=edit(list(plan.activities)))
