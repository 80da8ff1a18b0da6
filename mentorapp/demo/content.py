"""The demo content as package data: organisations, themes, sentence pools, people.

The Dutch texts live in JSON files under ``mentorapp/demo/data/`` so that writing them
needs no Python and the builder stays short. Texts may use the placeholders {name}, {org},
{role}, {dept} and {host}. Every file in ``DATA_FILES`` is read and checked on load; a
missing file, a missing field or an unknown value raises ``DemoDataError`` naming where,
rather than surfacing later as a ``KeyError`` somewhere in the builder. The order of every
list matters: the builder draws from them with a seeded generator.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import TypeVar

from mentorapp.demo.fields import DemoDataError, Fields, object_list
from mentorapp.demo.moves_content import MovesContent, load_moves
from mentorapp.domain.builtin_questionnaires import CAREER_CHECK_DIMENSIONS, builtin_template
from mentorapp.domain.enums import (
    ActionOwner,
    ActivityKind,
    GoalKind,
    Language,
    MenteeStatus,
    MoveKind,
    ObstacleKind,
    SafariStatus,
    TemplateKind,
)

DATA_FILES = (
    "organisations.json",
    "themes.json",
    "common.json",
    "pools.json",
    "people.json",
    "questionnaires.json",
    "moves.json",
)
# The pools the builder draws from by name: each must be there with at least one text.
THEME_POOLS = (
    "trajectory",
    "background",
    "private",
    "shared",
    "agreement",
    "title",
    "situation",
    "direction",
    "plan_private",
)
POOLS = (
    "intake_private",
    "intake_shared",
    "intake_agreement",
    "follow_up_shared",
    "debrief_private",
    "debrief_shared",
    "debrief_agreement",
    "closing_private",
    "closing_shared",
    "closing_agreement",
    "pause_private",
    "pause_shared",
    "energy_low",
    "energy_mid",
    "energy_high",
    "consent",
    "resources",
    "org_commitments",
    "employee_commitments",
    "safari_reflection",
    "safari_private",
    "safari_upcoming",
    "safari_cancelled",
)
FIXED_TEXTS = ("undecided_move", "safari_move", "safari_activity", "safari_tag")
FLAGS = frozenset({"review_soon", "not_now", "no_plan", "check_due"})
ANSWER_POOLS = ("preparation_private", "check_private")

E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class Organisation:
    name: str
    email_domain: str
    country: str


@dataclass(frozen=True)
class ActionSpec:
    """An action template; an empty ``measure`` marks a deliberately vague (non-SMART) one."""

    owner: ActionOwner
    description: str
    measure: str
    resources: str


@dataclass(frozen=True)
class GoalSpec:
    kind: GoalKind
    description: str
    actions: tuple[ActionSpec, ...]


@dataclass(frozen=True)
class ObstacleSpec:
    kind: ObstacleKind
    description: str
    mitigation: str


@dataclass(frozen=True)
class ActivitySpec:
    kind: ActivityKind
    description: str
    provider: str
    hours: float
    cost_cents: int


@dataclass(frozen=True)
class SkillSpec:
    name: str
    level: int
    evidence: str


@dataclass(frozen=True)
class MoveSpec:
    kind: MoveKind
    description: str
    to_role: str


@dataclass(frozen=True)
class Theme:
    """One kind of career question: its sentence pools and plan building blocks."""

    tag: str
    energy: tuple[int, int]
    texts: Mapping[str, tuple[str, ...]]
    goals: tuple[GoalSpec, ...]
    not_now: tuple[str, str]  # the wish, and the honest note why not now
    moves: tuple[MoveSpec, ...]


@dataclass(frozen=True)
class SafariSpec:
    status: SafariStatus
    host_department: str
    host_role: str
    host_contact: str
    learning_goals: str


@dataclass(frozen=True)
class Person:
    """One fictional mentee as written in ``people.json``, with its theme and organisation."""

    name: str
    preferred_name: str
    organisation: Organisation
    department: str
    role: str
    theme: Theme
    status: MenteeStatus
    referral: str
    language: Language
    flags: frozenset[str]
    closed_days_ago: int
    email_handle: str  # only where the name does not fold to ASCII by itself
    background: str
    safari: SafariSpec | None


@dataclass(frozen=True)
class AnswerSpec:
    """What the people of one theme answer: their preparation (texts to draw from per
    item) and the story of their career checks (each dimension's first score and how
    much it moves from one check to the next)."""

    preparation: Mapping[str, tuple[str, ...]]
    check_start: Mapping[str, float]
    check_trend: Mapping[str, float]


@dataclass(frozen=True)
class DemoContent:
    people: tuple[Person, ...]
    pools: Mapping[str, tuple[str, ...]]
    obstacles: tuple[ObstacleSpec, ...]
    activities: tuple[ActivitySpec, ...]
    skills: tuple[SkillSpec, ...]
    fixed_texts: Mapping[str, str]  # the few texts the builder uses without drawing
    answers: Mapping[str, AnswerSpec]  # by theme tag
    answer_pools: Mapping[str, tuple[str, ...]]  # the coach's private readings of answers
    moves: MovesContent  # safaris' arrangements and outcomes, canvases, stories, ...


@cache
def packaged_content() -> DemoContent:
    """The content shipped with the package, read once."""
    return load_content(files("mentorapp.demo") / "data")


def load_content(root: Traversable) -> DemoContent:
    """Read and check every file of ``DATA_FILES`` under ``root``."""
    raw = {name: _read(root, name) for name in DATA_FILES}
    orgs = {
        key: Organisation(o.text("name"), o.text("email_domain"), o.text("country"))
        for key, o in Fields(raw["organisations.json"], "organisations.json").objects_by_key()
    }
    themes = {t.tag: t for t in map(_theme, object_list(raw["themes.json"], "themes.json"))}
    common = Fields(raw["common.json"], "common.json")
    fixed = common.field("fixed_texts")
    pools = Fields(raw["pools.json"], "pools.json")
    people = tuple(_person(p, orgs, themes) for p in object_list(raw["people.json"], "people.json"))
    if len({p.name for p in people}) != len(people):
        raise DemoDataError("people.json: a name occurs twice")
    answers = Fields(raw["questionnaires.json"], "questionnaires.json")
    skills = tuple(
        SkillSpec(s.text("name"), s.integer("level"), s.text("evidence"))
        for s in common.objects("skills")
    )
    moves = load_moves(
        raw["moves.json"],
        {p.name for p in people},
        {s.name for s in skills},
        {key: org.name for key, org in orgs.items()},
    )
    return DemoContent(
        people=people,
        pools={name: pools.texts(name) for name in POOLS},
        obstacles=tuple(
            ObstacleSpec(_enum(ObstacleKind, o), o.text("description"), o.text("mitigation"))
            for o in common.objects("obstacles")
        ),
        activities=tuple(
            ActivitySpec(
                _enum(ActivityKind, a),
                a.text("description"),
                a.text("provider"),
                a.number("hours"),
                a.integer("cost_cents"),
            )
            for a in common.objects("activities")
        ),
        skills=skills,
        fixed_texts={name: fixed.text(name) for name in FIXED_TEXTS},
        answers=_answers(answers.field("themes"), themes),
        answer_pools={name: answers.texts(name) for name in ANSWER_POOLS},
        moves=moves,
    )


def _read(root: Traversable, name: str) -> object:
    try:
        text = (root / name).read_text(encoding="utf-8")
    except OSError as exc:
        raise DemoDataError(f"demo data file {name} cannot be read: {exc}") from exc
    try:
        return json.loads(text)
    except ValueError as exc:
        raise DemoDataError(f"demo data file {name} is not valid JSON: {exc}") from exc


def _answers(raw: Fields, themes: Mapping[str, Theme]) -> dict[str, AnswerSpec]:
    """Each theme's answers, with exactly the built-ins' item and dimension keys."""
    preparation = builtin_template(TemplateKind.PREPARATION, Language.NL)
    items = [q.key for q in preparation.questions]
    specs = {}
    for tag in themes:
        spec = raw.field(tag)
        start, trend = spec.field("check_start"), spec.field("check_trend")
        texts = spec.field("preparation")
        for part, keys in ((start, CAREER_CHECK_DIMENSIONS), (trend, CAREER_CHECK_DIMENSIONS)):
            if set(part.raw) != set(keys):
                raise DemoDataError(f"{part.where}: expected exactly {sorted(keys)}")
        if set(texts.raw) != set(items):
            raise DemoDataError(f"{texts.where}: expected exactly {sorted(items)}")
        specs[tag] = AnswerSpec(
            preparation={key: texts.texts(key) for key in items},
            check_start={key: start.number(key) for key in CAREER_CHECK_DIMENSIONS},
            check_trend={key: trend.number(key) for key in CAREER_CHECK_DIMENSIONS},
        )
    return specs


def _theme(t: Fields) -> Theme:
    texts = t.field("texts")
    energy = t.integers("energy")
    if len(energy) != 2:
        raise DemoDataError(f"{t.where}.energy: expected [low, high]")
    not_now = t.field("not_now")
    return Theme(
        tag=t.text("tag"),
        energy=(energy[0], energy[1]),
        texts={name: texts.texts(name) for name in THEME_POOLS},
        goals=tuple(
            GoalSpec(
                _enum(GoalKind, g),
                g.text("description"),
                tuple(
                    ActionSpec(
                        _enum(ActionOwner, a, "owner"),
                        a.text("description"),
                        a.text("measure"),
                        a.text("resources"),
                    )
                    for a in g.objects("actions")
                ),
            )
            for g in t.objects("goals")
        ),
        not_now=(not_now.text("wish"), not_now.text("note")),
        moves=tuple(
            MoveSpec(_enum(MoveKind, m), m.text("description"), m.text("to_role"))
            for m in t.objects("moves")
        ),
    )


def _person(p: Fields, orgs: Mapping[str, Organisation], themes: Mapping[str, Theme]) -> Person:
    org, theme = p.text("organisation"), p.text("theme")
    if org not in orgs:
        raise DemoDataError(f"{p.where}: no organisation {org!r} in organisations.json")
    if theme not in themes:
        raise DemoDataError(f"{p.where}: no theme {theme!r} in themes.json")
    flags = frozenset(p.texts("flags", optional=True))
    if flags - FLAGS:
        raise DemoDataError(f"{p.where}: unknown flags {sorted(flags - FLAGS)}")
    status, closed_days_ago = (
        _enum(MenteeStatus, p, "status"),
        p.integer("closed_days_ago", optional=True),
    )
    if (status is MenteeStatus.CLOSED) != (closed_days_ago > 0):
        raise DemoDataError(f"{p.where}: closed_days_ago goes with status closed, and only there")
    s = p.optional_field("safari")
    safari = None
    if s is not None:
        safari = SafariSpec(
            _enum(SafariStatus, s, "status"),
            s.text("host_department"),
            s.text("host_role"),
            s.text("host_contact"),
            s.text("learning_goals"),
        )
    return Person(
        name=p.text("name"),
        preferred_name=p.text("preferred_name"),
        organisation=orgs[org],
        department=p.text("department"),
        role=p.text("role"),
        theme=themes[theme],
        status=status,
        referral=p.text("referral"),
        language=_enum(Language, p, "language"),
        flags=flags,
        closed_days_ago=closed_days_ago,
        email_handle=p.text("email_handle", optional=True),
        background=p.text("background", optional=True),
        safari=safari,
    )


def _enum(kind: type[E], record: Fields, key: str = "kind") -> E:
    value = record.text(key)
    try:
        return kind(value)
    except ValueError:
        raise DemoDataError(f"{record.where}.{key}: {value!r} is not a {kind.__name__}") from None
