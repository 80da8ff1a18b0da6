"""The moves in practice of one demo mentee, from ``moves.json``: the safari's arrangements
and outcome, made moves, a closed trajectory's outcome, the job crafting canvas and the
plan actions that link to an experiment or a skill; and the coach's catalogue and stories.

Nothing here draws from the demo's seeded generator, so adding this story left every
other part of the demo as it was. Links need ids, which exist only once stored:
``DemoLinks`` says by position what ``demo.vault.fill_demo`` links.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from mentorapp.demo.content import DemoContent, Person
from mentorapp.demo.draws import PLACEHOLDER_ID
from mentorapp.demo.moves_content import PersonMoves
from mentorapp.domain.enums import MenteeStatus
from mentorapp.domain.model import (
    Action,
    CareerSafari,
    CareerStory,
    CatalogueSkill,
    CraftingExperiment,
    DevelopmentPlan,
    JobCraftingCanvas,
    Mentee,
    Move,
    SkillEntry,
)
from mentorapp.domain.skills import gaps

SKILL_ACTION_DAYS = 60  # the deadline of an action that builds a skill, from today


@dataclass(frozen=True)
class DemoLinks:
    """Links that need stored ids, by position in the demo mentee's records."""

    # canvas.experiments[0] becomes a plan action (domain.crafting, once it has an id)
    experiment_to_plan: bool = False
    # (goal, action, skill): that plan action builds that skill
    skill_action: tuple[int, int, int] | None = None


@dataclass(frozen=True)
class Practice:
    canvas: JobCraftingCanvas | None
    links: DemoLinks


def apply_practice(
    person: Person,
    content: DemoContent,
    today: date,
    mentee: Mentee,
    safaris: list[CareerSafari],
    moves: list[Move],
    skills: list[SkillEntry],
    plan: DevelopmentPlan | None,
) -> Practice:
    """Fill in the person's part of ``moves.json`` (the records are edited in place)."""
    spec = content.moves.people.get(person.name, PersonMoves())
    for safari in safaris:
        safari.arrangements, safari.outcome = spec.arrangements, spec.safari_outcome
    for move in moves:
        move.made = move.happened_on is not None  # a dated move happened
    if mentee.status is MenteeStatus.CLOSED:
        final = moves[-1]
        mentee.outcome, mentee.outcome_note = final.kind, spec.outcome_note
    canvas = None
    if spec.canvas is not None:
        canvas = JobCraftingCanvas(
            PLACEHOLDER_ID,
            experiments=[
                CraftingExperiment(e.what, today + timedelta(days=e.by_days), e.with_whom, e.done)
                for e in spec.canvas.experiments
            ],
            **spec.canvas.texts,
        )
    skill_action = None
    if spec.skill_action and plan is not None and plan.goals and gaps(skills):
        skill = gaps(skills)[0]
        made = content.moves.skill_actions[skill.name]
        deadline = today + timedelta(days=SKILL_ACTION_DAYS)
        if plan.period_end is not None:
            deadline = min(deadline, plan.period_end)
        actions = plan.goals[0].actions
        actions.append(
            Action(
                made.description,
                made.measure,
                deadline,
                specific=True,
                achievable=True,
                relevant=True,
            )
        )
        skill_action = (0, len(actions) - 1, skills.index(skill))
    to_plan = spec.canvas is not None and spec.canvas.to_plan and plan is not None
    return Practice(canvas, DemoLinks(to_plan, skill_action))


def demo_catalogue(content: DemoContent) -> list[CatalogueSkill]:
    """The coach's catalogue: skills valued in the organisations of the demo."""
    return [
        CatalogueSkill(organisation, s.name, s.description)
        for organisation, specs in content.moves.catalogue.items()
        for s in specs
    ]


def demo_stories(content: DemoContent) -> list[CareerStory]:
    """The coach's library of anonymised career stories."""
    return [
        CareerStory(s.title, s.text, list(s.move_kinds), s.language) for s in content.moves.stories
    ]
