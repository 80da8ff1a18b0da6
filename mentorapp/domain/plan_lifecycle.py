"""The life of a development plan: draft -> shared -> agreed -> archived.

Sharing a plan with the employee, or agreeing it, freezes that numbered version: what
was handed over stays exactly as it was. Changing a shared or agreed plan starts a new
draft version (``new_draft``) instead. Every transition returns a new object and leaves
its input untouched.

Templates keep only a plan's generic structure, so a good plan can seed plans for other
mentees: no private remarks, no dates, no mentee.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from mentorapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityKind,
    GoalKind,
    ObstacleKind,
    PlanStatus,
)
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Action, DevelopmentActivity, DevelopmentPlan, Goal, Obstacle

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)


class PlanFrozen(Exception):
    """A shared, agreed or archived version was about to be edited; start a new draft."""


class InvalidTransition(Exception):
    """The plan's status does not allow this step."""


# --- status ----------------------------------------------------------------------------


def is_editable(plan: DevelopmentPlan) -> bool:
    """Only a draft may be edited in place."""
    return plan.status == PlanStatus.DRAFT


def ensure_editable(plan: DevelopmentPlan) -> None:
    """Raise ``PlanFrozen`` unless the plan is a draft (call before saving an edit)."""
    if not is_editable(plan):
        raise PlanFrozen(
            f"version {plan.version} is {plan.status.value} and frozen; start a new draft"
        )


def share(plan: DevelopmentPlan, now: datetime) -> DevelopmentPlan:
    """Hand a draft to the employee: DRAFT -> SHARED, frozen from ``now``."""
    if plan.status != PlanStatus.DRAFT:
        raise InvalidTransition(f"only a draft can be shared, not a {plan.status.value} plan")
    return _copy_with(plan, status=PlanStatus.SHARED, frozen_at=now)


def agree(plan: DevelopmentPlan, now: datetime) -> DevelopmentPlan:
    """Record agreement: DRAFT or SHARED -> AGREED; a shared plan keeps its freeze time."""
    if plan.status not in (PlanStatus.DRAFT, PlanStatus.SHARED):
        raise InvalidTransition(
            f"only a draft or shared plan can be agreed, not a {plan.status.value} plan"
        )
    frozen_at = plan.frozen_at if plan.frozen_at is not None else now
    return _copy_with(plan, status=PlanStatus.AGREED, frozen_at=frozen_at)


def archive(plan: DevelopmentPlan) -> DevelopmentPlan:
    """Put a plan aside: any status but ARCHIVED -> ARCHIVED (``frozen_at`` unchanged)."""
    if plan.status == PlanStatus.ARCHIVED:
        raise InvalidTransition("the plan is already archived")
    return _copy_with(plan, status=PlanStatus.ARCHIVED)


def new_draft(plan: DevelopmentPlan, next_version: int) -> DevelopmentPlan:
    """A new, editable version that starts as a copy of a frozen one.

    Every id is cleared, so storing it never overwrites the frozen version. Private
    remarks and action statuses carry over: it is the same mentee's plan.
    """
    if plan.status == PlanStatus.DRAFT:
        raise InvalidTransition("the plan is still a draft: edit it instead")
    if next_version <= plan.version:
        raise ValueError(f"the new version ({next_version}) must come after version {plan.version}")
    fresh = _without_ids(plan)
    fresh.version = next_version
    return fresh


def duplicate(plan: DevelopmentPlan, mentee_id: MenteeId, version: int = 1) -> DevelopmentPlan:
    """A starting point for a new plan (possibly another mentee's): a clean draft.

    Private remarks are cleared and every action is open again. For another mentee the
    links to this mentee's records (experiment, skill, safari) are cleared too.
    """
    fresh = _without_ids(plan)
    other_mentee = mentee_id != plan.mentee_id
    fresh.mentee_id = mentee_id
    fresh.version = version
    fresh.private_remarks = ""
    for goal in fresh.goals:
        for action in goal.actions:
            action.status = ActionStatus.OPEN
            if other_mentee:
                action.experiment_id = action.skill_id = None
    if other_mentee:
        for activity in fresh.activities:
            activity.safari_id = None
    return fresh


def _copy_with(plan: DevelopmentPlan, **changes: Any) -> DevelopmentPlan:
    # A deep copy, so later changes to either object never reach the other.
    return dataclasses.replace(copy.deepcopy(plan), **changes)


def _without_ids(plan: DevelopmentPlan) -> DevelopmentPlan:
    fresh = copy.deepcopy(plan)
    fresh.id = None
    fresh.status = PlanStatus.DRAFT
    fresh.frozen_at = None
    for goal in fresh.goals:
        goal.id = None
        for action in goal.actions:
            action.id = None
    for obstacle in fresh.obstacles:
        obstacle.id = None
    for activity in fresh.activities:
        activity.id = None
    return fresh


# --- templates -------------------------------------------------------------------------

_PLAN_TEXTS = (
    "title",
    "desired_direction",
    "resources",
    "organisation_commitments",
    "employee_commitments",
)


def to_template(plan: DevelopmentPlan) -> dict[str, Any]:
    """The plan's generic structure as a JSON-ready dict.

    Kept: title, desired direction, goals (description, kind) with their actions
    (description, measure, owner, resources, the S/A/R ticks), obstacles, activities
    (kind, description, provider, hours, cost), resources and both sides' commitments.
    Left out: private remarks, the current situation, every date, statuses, feasibility
    notes, the mentee, all ids and the links to the mentee's records (the experiment or
    skill of an action, the safari of an activity).
    """
    data: dict[str, Any] = {name: getattr(plan, name) for name in _PLAN_TEXTS}
    data["goals"] = [
        {
            "description": goal.description,
            "kind": goal.kind.value,
            "actions": [
                {
                    "description": action.description,
                    "measure": action.measure,
                    "owner": action.owner.value,
                    "resources": action.resources,
                    "specific": action.specific,
                    "achievable": action.achievable,
                    "relevant": action.relevant,
                }
                for action in goal.actions
            ],
        }
        for goal in plan.goals
    ]
    data["obstacles"] = [
        {
            "kind": obstacle.kind.value,
            "description": obstacle.description,
            "mitigation": obstacle.mitigation,
        }
        for obstacle in plan.obstacles
    ]
    data["activities"] = [
        {
            "kind": activity.kind.value,
            "description": activity.description,
            "provider": activity.provider,
            "hours": activity.hours,
            "cost_cents": activity.cost_cents,
        }
        for activity in plan.activities
    ]
    return data


def from_template(data: dict[str, Any], mentee_id: MenteeId, version: int) -> DevelopmentPlan:
    """A new draft for ``mentee_id`` built from ``to_template`` output.

    Unknown keys are ignored and missing optional keys take their defaults; anything
    malformed raises ``ValueError`` naming the offending place, e.g. ``goals[1].kind``.
    """
    root = _mapping(data, "template")
    plan = DevelopmentPlan(
        mentee_id=mentee_id,
        version=version,
        goals=_items(root, "goals", "", _goal_from),
        obstacles=_items(root, "obstacles", "", _obstacle_from),
        activities=_items(root, "activities", "", _activity_from),
    )
    for name in _PLAN_TEXTS:
        setattr(plan, name, _text(root, name, ""))
    return plan


def _goal_from(data: Mapping[str, Any], where: str) -> Goal:
    return Goal(
        description=_text(data, "description", where, required=True),
        kind=_choice(data, "kind", where, GoalKind, GoalKind.PROFESSIONAL),
        actions=_items(data, "actions", where, _action_from),
    )


def _action_from(data: Mapping[str, Any], where: str) -> Action:
    return Action(
        description=_text(data, "description", where, required=True),
        measure=_text(data, "measure", where),
        owner=_choice(data, "owner", where, ActionOwner, ActionOwner.EMPLOYEE),
        resources=_text(data, "resources", where),
        specific=_flag(data, "specific", where),
        achievable=_flag(data, "achievable", where),
        relevant=_flag(data, "relevant", where),
    )


def _obstacle_from(data: Mapping[str, Any], where: str) -> Obstacle:
    return Obstacle(
        kind=_choice(data, "kind", where, ObstacleKind, None),
        description=_text(data, "description", where, required=True),
        mitigation=_text(data, "mitigation", where),
    )


def _activity_from(data: Mapping[str, Any], where: str) -> DevelopmentActivity:
    hours = _number(data, "hours", where)
    cost = _number(data, "cost_cents", where, whole=True)
    return DevelopmentActivity(
        kind=_choice(data, "kind", where, ActivityKind, None),
        description=_text(data, "description", where, required=True),
        provider=_text(data, "provider", where),
        hours=hours,
        cost_cents=None if cost is None else int(cost),
    )


def _path(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _mapping(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValueError(f"{where}: expected an object, got {type(value).__name__}")
    return value


def _items(
    data: Mapping[str, Any],
    key: str,
    where: str,
    build: Callable[[Mapping[str, Any], str], T],
) -> list[T]:
    path = _path(where, key)
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(f"{path}: expected a list, got {type(value).__name__}")
    return [build(_mapping(item, f"{path}[{i}]"), f"{path}[{i}]") for i, item in enumerate(value)]


def _text(
    data: Mapping[str, Any], key: str, where: str, default: str = "", *, required: bool = False
) -> str:
    path = _path(where, key)
    value = data.get(key)
    if value is None:
        if required:
            raise ValueError(f"{path}: missing")
        return default
    if not isinstance(value, str):
        raise ValueError(f"{path}: expected text, got {type(value).__name__}")
    return value


def _flag(data: Mapping[str, Any], key: str, where: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(f"{_path(where, key)}: expected true or false, got {value!r}")
    return value


def _number(data: Mapping[str, Any], key: str, where: str, *, whole: bool = False) -> float | None:
    path = _path(where, key)
    value = data.get(key)
    if value is None:
        return None
    kind = "a whole number" if whole else "a number"
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{path}: expected {kind}, got {value!r}")
    number = float(value)
    if whole and not number.is_integer():
        raise ValueError(f"{path}: expected {kind}, got {value!r}")
    if not 0 <= number < float("inf"):
        raise ValueError(f"{path}: expected {kind} of at least 0, got {value!r}")
    return number


def _choice(data: Mapping[str, Any], key: str, where: str, enum: type[E], default: E | None) -> E:
    path = _path(where, key)
    value = data.get(key)
    if value is None:
        if default is None:
            raise ValueError(f"{path}: missing")
        return default
    if isinstance(value, str):
        for member in enum:
            if member.value == value:
                return member
    expected = ", ".join(member.value for member in enum)
    raise ValueError(f"{path}: unknown value {value!r} (expected one of: {expected})")
