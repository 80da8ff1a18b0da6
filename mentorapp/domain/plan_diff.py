"""What changed between two versions of a development plan.

A new version made by ``new_draft`` has fresh ids, so its parts are matched to the old
ones by what they say and where they stand: first by (normalised) description, then by
similar description, then by position among what is left. Reordering alone is not a
change of content and is not reported.

Only shareable fields are compared; the mentor's private remarks never appear, so the
result may be shown to the employee or exported.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from difflib import SequenceMatcher
from enum import Enum, StrEnum
from typing import TypeVar

from mentorapp.domain.model import Action, DevelopmentActivity, DevelopmentPlan, Goal, Obstacle

T = TypeVar("T")

# How alike two descriptions must be (difflib ratio) to count as the same item, edited.
SIMILAR = 0.6


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class PlanChange:
    """One difference; ``field`` is empty for an added or removed item."""

    section: str  # "plan" | "goal" | "action" | "obstacle" | "activity"
    kind: ChangeKind
    field: str
    label: str
    before: str
    after: str


PLAN_FIELDS = (
    "title",
    "current_situation",
    "desired_direction",
    "period_start",
    "period_end",
    "resources",
    "organisation_commitments",
    "employee_commitments",
    "review_date",
)
GOAL_FIELDS = ("description", "kind", "feasibility", "feasibility_note", "revisit_on")
ACTION_FIELDS = (
    "description",
    "measure",
    "deadline",
    "owner",
    "resources",
    "status",
    "specific",
    "achievable",
    "relevant",
)
OBSTACLE_FIELDS = ("kind", "description", "mitigation")
ACTIVITY_FIELDS = (
    "kind",
    "description",
    "provider",
    "hours",
    "cost_cents",
    "start_date",
    "end_date",
)


def compare(old: DevelopmentPlan, new: DevelopmentPlan) -> list[PlanChange]:
    """Every shareable difference from ``old`` to ``new``, in reading order.

    Plan fields first, then goals in the new order (each followed by its actions), then
    obstacles, then activities. A removed item comes right after the item it followed
    in the old version.
    """
    changes = [
        PlanChange("plan", ChangeKind.CHANGED, name, name, before, after)
        for name in PLAN_FIELDS
        if (before := render(getattr(old, name))) != (after := render(getattr(new, name)))
    ]
    changes += _compare_list(
        old.goals,
        new.goals,
        (_goal_content, _by_description),
        lambda before, after: _compare_goal(before, after),
    )
    changes += _compare_list(
        old.obstacles,
        new.obstacles,
        (_content(OBSTACLE_FIELDS), _by_kind_and_description, _by_description),
        lambda before, after: _compare_fields("obstacle", OBSTACLE_FIELDS, before, after),
    )
    changes += _compare_list(
        old.activities,
        new.activities,
        (_content(ACTIVITY_FIELDS), _by_kind_and_description, _by_description),
        lambda before, after: _compare_fields("activity", ACTIVITY_FIELDS, before, after),
    )
    return changes


def render(value: object) -> str:
    """A field value as text: dates in ISO, enums by value, None as ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def normalise(text: str) -> str:
    """Case and spacing do not make a different description."""
    return " ".join(text.split()).casefold()


# --- matching --------------------------------------------------------------------------


def match(
    old: Sequence[T], new: Sequence[T], keys: Sequence[Callable[[T], Hashable]]
) -> dict[int, int]:
    """Pair new items with old ones: {new index: old index}.

    Passes, each over what is still unpaired: equal keys (in order of appearance), then
    similar descriptions (most alike first), then position: within the same gap between
    matched items, the k-th unpaired new item with the k-th unpaired old one.
    """
    pairs: dict[int, int] = {}
    for key in keys:
        waiting: dict[Hashable, list[int]] = {}
        for i, item in enumerate(old):
            if i not in pairs.values():
                waiting.setdefault(key(item), []).append(i)
        for j, item in enumerate(new):
            if j not in pairs and waiting.get(key(item)):
                pairs[j] = waiting[key(item)].pop(0)
    _pair_similar(old, new, pairs)
    _pair_by_position(len(old), len(new), pairs)
    return pairs


def _pair_by_position(old_count: int, new_count: int, pairs: dict[int, int]) -> None:
    # What is left is paired only within the same gap: after the same matched item (or
    # before the first one) in both versions, so an item added at the top and another
    # removed further down stay an addition and a removal.
    free_old: dict[int | None, list[int]] = {}
    anchor: int | None = None
    matched_old = set(pairs.values())
    for i in range(old_count):
        if i in matched_old:
            anchor = i
        else:
            free_old.setdefault(anchor, []).append(i)
    free_new: dict[int | None, list[int]] = {}
    anchor = None
    for j in range(new_count):
        if j in pairs:
            anchor = pairs[j]
        else:
            free_new.setdefault(anchor, []).append(j)
    for gap, new_indexes in free_new.items():
        pairs.update(zip(new_indexes, free_old.get(gap, []), strict=False))


def _pair_similar(old: Sequence[T], new: Sequence[T], pairs: dict[int, int]) -> None:
    taken = set(pairs.values())
    candidates: list[tuple[float, int, int]] = []
    for j, after in enumerate(new):
        if j in pairs:
            continue
        for i, before in enumerate(old):
            if i in taken:
                continue
            ratio = SequenceMatcher(
                None, normalise(_description(before)), normalise(_description(after))
            ).ratio()
            if ratio >= SIMILAR:
                candidates.append((-ratio, j, i))
    for _, j, i in sorted(candidates):
        if j not in pairs and i not in taken:
            pairs[j] = i
            taken.add(i)


def _description(item: object) -> str:
    text = getattr(item, "description", "")
    return text if isinstance(text, str) else ""


def _content(fields: Sequence[str]) -> Callable[[object], tuple[str, ...]]:
    """Everything compared about an item: equal content is surely the same item."""

    def key(item: object) -> tuple[str, ...]:
        return tuple(render(getattr(item, name)) for name in fields)

    return key


_action_content = _content(ACTION_FIELDS)


def _goal_content(goal: Goal) -> Hashable:
    actions = sorted(_action_content(action) for action in goal.actions)
    return (_content(GOAL_FIELDS)(goal), tuple(actions))


def _by_description(item: object) -> Hashable:
    return normalise(_description(item))


def _by_kind_and_description(item: object) -> Hashable:
    return (render(getattr(item, "kind", None)), normalise(_description(item)))


# --- comparing -------------------------------------------------------------------------


def _compare_list(
    old: Sequence[T],
    new: Sequence[T],
    keys: Sequence[Callable[[T], Hashable]],
    compare_pair: Callable[[T | None, T | None], list[PlanChange]],
) -> list[PlanChange]:
    pairs = match(old, new, keys)
    matched_old = set(pairs.values())
    # A removed item follows the nearest earlier old item that is still there.
    removed_after: dict[int | None, list[int]] = {}
    anchor: int | None = None
    for i in range(len(old)):
        if i in matched_old:
            anchor = i
        else:
            removed_after.setdefault(anchor, []).append(i)
    changes: list[PlanChange] = []
    for i in removed_after.get(None, []):
        changes += compare_pair(old[i], None)
    for j, item in enumerate(new):
        before = pairs.get(j)
        changes += compare_pair(None if before is None else old[before], item)
        if before is not None:
            for i in removed_after.get(before, []):
                changes += compare_pair(old[i], None)
    return changes


def _compare_goal(old: Goal | None, new: Goal | None) -> list[PlanChange]:
    changes = _compare_fields("goal", GOAL_FIELDS, old, new)
    changes += _compare_list(
        [] if old is None else old.actions,
        [] if new is None else new.actions,
        (_action_content, _by_description),
        lambda before, after: _compare_fields("action", ACTION_FIELDS, before, after),
    )
    return changes


def _compare_fields(
    section: str,
    fields: Sequence[str],
    old: Goal | Action | Obstacle | DevelopmentActivity | None,
    new: Goal | Action | Obstacle | DevelopmentActivity | None,
) -> list[PlanChange]:
    if old is None and new is None:
        return []
    if old is None:
        assert new is not None
        return [PlanChange(section, ChangeKind.ADDED, "", new.description, "", new.description)]
    if new is None:
        return [PlanChange(section, ChangeKind.REMOVED, "", old.description, old.description, "")]
    label = new.description if new.description.strip() else old.description
    return [
        PlanChange(section, ChangeKind.CHANGED, name, label, before, after)
        for name in fields
        if (before := render(getattr(old, name))) != (after := render(getattr(new, name)))
    ]
