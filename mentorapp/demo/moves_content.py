"""The demo's moves in practice as package data (``moves.json``): what some demo mentees'
safaris arranged and led to, their job crafting canvases, who links a plan action to a
skill, how closed trajectories ended; the coach's skill catalogue and career stories.

Checked on load like the other demo files: an unknown person, skill, organisation or
value raises ``DemoDataError`` naming its place.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from mentorapp.demo.fields import DemoDataError, Fields
from mentorapp.domain.enums import Language, MoveKind, SafariOutcome

E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class ExperimentSpec:
    what: str
    by_days: int  # the day offset from today
    with_whom: str
    done: bool


@dataclass(frozen=True)
class CanvasSpec:
    texts: Mapping[str, str]  # the canvas's text fields by name, private notes included
    experiments: tuple[ExperimentSpec, ...]
    to_plan: bool  # the first experiment became an action in the plan


@dataclass(frozen=True)
class PersonMoves:
    """One demo mentee's part: all optional."""

    arrangements: str = ""
    safari_outcome: SafariOutcome | None = None
    canvas: CanvasSpec | None = None
    skill_action: bool = False  # the largest gap gets a linked action in the plan
    outcome_note: str = ""  # a closed trajectory: what changed


@dataclass(frozen=True)
class SkillActionSpec:
    description: str
    measure: str


@dataclass(frozen=True)
class CatalogueSpec:
    name: str
    description: str


@dataclass(frozen=True)
class StorySpec:
    title: str
    text: str
    move_kinds: tuple[MoveKind, ...]
    language: Language


@dataclass(frozen=True)
class MovesContent:
    people: Mapping[str, PersonMoves] = field(default_factory=dict)  # by full name
    skill_actions: Mapping[str, SkillActionSpec] = field(default_factory=dict)  # by skill
    # by organisation name
    catalogue: Mapping[str, tuple[CatalogueSpec, ...]] = field(default_factory=dict)
    stories: tuple[StorySpec, ...] = ()


CANVAS_TEXTS = (
    "tasks_now",
    "tasks_crafted",
    "relationships_now",
    "relationships_crafted",
    "perception_now",
    "perception_crafted",
    "private_notes",
)


def load_moves(
    raw: object, names: Collection[str], skills: Collection[str], organisations: Mapping[str, str]
) -> MovesContent:
    """Read ``moves.json``: ``names`` and ``skills`` are those of the other files,
    ``organisations`` their names by key."""
    root = Fields(raw, "moves.json")
    people = {}
    for name, person in root.field("people").objects_by_key():
        if name not in names:
            raise DemoDataError(f"{person.where}: no person {name!r} in people.json")
        people[name] = _person(person)
    skill_actions = {}
    for skill, spec in root.field("skill_actions").objects_by_key():
        if skill not in skills:
            raise DemoDataError(f"{spec.where}: no skill {skill!r} in common.json")
        skill_actions[skill] = SkillActionSpec(spec.text("description"), spec.text("measure"))
    catalogue = {}
    listed = root.field("catalogue")
    for org in listed.raw:
        if org not in organisations:
            raise DemoDataError(f"{listed.where}: no organisation {org!r}")
        catalogue[organisations[org]] = tuple(
            CatalogueSpec(c.text("name"), c.text("description")) for c in listed.objects(org)
        )
    stories = tuple(
        StorySpec(
            s.text("title"),
            s.text("text"),
            tuple(_value(MoveKind, s, "move_kinds", v) for v in s.texts("move_kinds")),
            _value(Language, s, "language", s.text("language")),
        )
        for s in root.objects("stories")
    )
    return MovesContent(people, skill_actions, catalogue, stories)


def _person(p: Fields) -> PersonMoves:
    safari = p.optional_field("safari")
    canvas = p.optional_field("canvas")
    outcome = None
    if safari is not None and safari.text("outcome", optional=True):
        outcome = _value(SafariOutcome, safari, "outcome", safari.text("outcome"))
    return PersonMoves(
        arrangements=safari.text("arrangements") if safari else "",
        safari_outcome=outcome,
        canvas=_canvas(canvas) if canvas else None,
        skill_action=_flag(p, "skill_action", default=False),
        outcome_note=p.text("outcome_note", optional=True),
    )


def _canvas(c: Fields) -> CanvasSpec:
    experiments = tuple(
        ExperimentSpec(e.text("what"), e.integer("by_days"), e.text("with_whom"), _flag(e, "done"))
        for e in c.objects("experiments")
    )
    to_plan = _flag(c, "to_plan", default=False)
    if to_plan and not experiments:
        raise DemoDataError(f"{c.where}: to_plan needs an experiment")
    return CanvasSpec({name: c.text(name) for name in CANVAS_TEXTS}, experiments, to_plan)


def _flag(record: Fields, key: str, *, default: bool | None = None) -> bool:
    value = record.raw.get(key, default)
    if not isinstance(value, bool):
        raise DemoDataError(f"{record.where}.{key}: expected true or false")
    return value


def _value(kind: type[E], record: Fields, key: str, value: str) -> E:
    try:
        return kind(value)
    except ValueError:
        raise DemoDataError(f"{record.where}.{key}: {value!r} is not a {kind.__name__}") from None
