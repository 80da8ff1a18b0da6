"""Moves in practice: career safaris and their debriefs, the job crafting canvas, skills and
the coach's catalogue, the moves log and a trajectory's outcome, the library of stories.

Links between records (a debrief and its safari, a plan activity and its safari, a plan
action and the experiment it came from or the skill it builds) only ever join records of
one mentee: a link across mentees raises ``ValueError``. When a record goes, the links to
it go with it (the store sets them to NULL).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, Protocol, TypeVar

from sqlalchemy.orm import Session

from mentorapp.domain import clock, crafting
from mentorapp.domain import plan_lifecycle as lifecycle
from mentorapp.domain import skills as skill_order
from mentorapp.domain.enums import ActivityKind, MenteeStatus, MoveKind
from mentorapp.domain.ids import (
    CatalogueSkillId,
    ExperimentId,
    MenteeId,
    MoveId,
    SafariId,
    SessionId,
    SkillId,
    StoryId,
)
from mentorapp.domain.model import (
    CareerSafari,
    CareerStory,
    CatalogueSkill,
    CoachingSession,
    DevelopmentPlan,
    JobCraftingCanvas,
    Mentee,
    Move,
    SkillEntry,
)
from mentorapp.services.changes import Area, Changes, Outcome
from mentorapp.store import moves_repository
from mentorapp.store.moves_repository import CanvasRepository, CatalogueRepository, StoryRepository
from mentorapp.store.repositories import (
    CoachingSessionRepository,
    MenteeRepository,
    MoveRepository,
    PlanRepository,
    SafariRepository,
    SkillRepository,
)
from mentorapp.store.vault import Vault


class _Owned(Protocol):
    """A record that belongs to one mentee (a safari, a skill, a move)."""

    id: Any
    mentee_id: MenteeId


R = TypeVar("R", bound=_Owned)

PLAN_PERIOD_DAYS = 365


def _changes(mentee_id: MenteeId, *more: Area) -> Changes:
    return Changes.of(Area.MOVES, *more, mentee_id=mentee_id)


def _same_mentee(mentee_id: MenteeId, other: MenteeId, what: str) -> None:
    if mentee_id != other:
        raise ValueError(f"the {what} belongs to another mentee")


# ---- safaris --------------------------------------------------------------------------


def _newest_first(day: date | None) -> int:
    # Undated (still being planned) first, then by date, newest first.
    return -(day or date.max).toordinal()


def safaris(vault: Vault, mentee_id: MenteeId) -> list[CareerSafari]:
    """The mentee's safaris by start date, newest (and undated) first."""
    with vault.reading() as db:
        found = SafariRepository(db).for_mentee(mentee_id)
    return sorted(found, key=lambda s: (_newest_first(s.start_date), -(s.id or 0)))


def safari(vault: Vault, safari_id: SafariId) -> CareerSafari:
    """One safari (``NoSuchRecord`` if there is none)."""
    with vault.reading() as db:
        return SafariRepository(db).get(safari_id)


class _OwnedRecords(Protocol[R]):
    """A repository of records that belong to one mentee (safaris, skills, moves)."""

    def add(self, record: R) -> Any: ...
    def update(self, record: R) -> Any: ...
    def get(self, record_id: Any) -> R: ...
    def delete(self, record_id: Any) -> Any: ...


def _save_owned(
    vault: Vault, repository: Callable[[Session], _OwnedRecords[R]], record: R, what: str
) -> Outcome[R]:
    """Add ``record`` (no id yet) or write it as edited; it stays with its own mentee."""
    with vault.transaction() as db:
        repo = repository(db)
        if record.id is None:
            repo.add(record)
        else:
            stored = repo.get(record.id)
            _same_mentee(record.mentee_id, stored.mentee_id, what)
            repo.update(record)
    return Outcome(record, _changes(record.mentee_id))


def _delete_owned(
    vault: Vault,
    repository: Callable[[Session], _OwnedRecords[R]],
    record_id: Any,
    *more: Area,
) -> Outcome[None]:
    """Delete one mentee's record; ``more`` are the areas whose links to it are cleared."""
    with vault.transaction() as db:
        repo = repository(db)
        mentee_id = repo.get(record_id).mentee_id
        repo.delete(record_id)
    return Outcome(None, _changes(mentee_id, *more))


def save_safari(vault: Vault, record: CareerSafari) -> Outcome[CareerSafari]:
    """Add the safari (no id yet) or write it as edited."""
    return _save_owned(vault, SafariRepository, record, "safari")


def delete_safari(vault: Vault, safari_id: SafariId) -> Outcome[None]:
    """Delete a safari; its debrief and plan activity stay, without the link."""
    return _delete_owned(vault, SafariRepository, safari_id, Area.SESSIONS, Area.PLANS)


def link_debrief(
    vault: Vault, session_id: SessionId, safari_id: SafariId | None
) -> Outcome[CoachingSession]:
    """Make the session the debrief of the safari (None: of no safari)."""
    with vault.transaction() as db:
        sessions = CoachingSessionRepository(db)
        coaching = sessions.get(session_id)
        if safari_id is not None:
            _same_mentee(
                coaching.mentee_id, SafariRepository(db).get(safari_id).mentee_id, "safari"
            )
        coaching.safari_id = safari_id
        sessions.update(coaching)
    return Outcome(coaching, _changes(coaching.mentee_id, Area.SESSIONS))


def debrief_of(vault: Vault, safari_id: SafariId) -> CoachingSession | None:
    """The session linked to the safari as its debrief (the earliest, if several)."""
    with vault.reading() as db:
        return moves_repository.debrief_of(db, safari_id)


def link_activity(
    vault: Vault, plan: DevelopmentPlan, activity_index: int, safari_id: SafariId | None
) -> Outcome[DevelopmentPlan]:
    """Link the draft's activity (of kind career safari) to a safari, or unlink it (None).

    The draft is saved with its other edits as given; ``PlanFrozen`` if it is no draft,
    ``ValueError`` for an activity of another kind or a safari of another mentee.
    """
    lifecycle.ensure_editable(plan)
    changed = copy.deepcopy(plan)
    activity = changed.activities[activity_index]
    if safari_id is not None:
        if activity.kind != ActivityKind.CAREER_SAFARI:
            raise ValueError("only an activity of kind career safari links to a safari")
        with vault.reading() as db:
            _same_mentee(plan.mentee_id, SafariRepository(db).get(safari_id).mentee_id, "safari")
    activity.safari_id = safari_id
    with vault.transaction() as db:
        stored = _store_draft(PlanRepository(db), changed)
    return Outcome(stored, _changes(plan.mentee_id, Area.PLANS))


def _store_draft(repo: PlanRepository, plan: DevelopmentPlan) -> DevelopmentPlan:
    """Write an edited draft (``PlanFrozen`` if the stored version is frozen meanwhile)."""
    assert plan.id is not None
    lifecycle.ensure_editable(repo.get(plan.id))
    repo.update(plan)
    return repo.get(plan.id)


# ---- job crafting ---------------------------------------------------------------------


def canvas(vault: Vault, mentee_id: MenteeId) -> JobCraftingCanvas:
    """The mentee's canvas; an empty one when none was saved yet."""
    with vault.reading() as db:
        found = CanvasRepository(db).get(mentee_id)
    return found if found is not None else JobCraftingCanvas(mentee_id=mentee_id)


def save_canvas(vault: Vault, record: JobCraftingCanvas) -> Outcome[JobCraftingCanvas]:
    """Write the canvas as edited; new experiments get ids, experiments left out go (and
    the plan actions that came from them lose the link)."""
    with vault.transaction() as db:
        repo = CanvasRepository(db)
        before = repo.get(record.mentee_id)
        stored = repo.save(record)
    kept = {e.id for e in stored.experiments}
    dropped = before is not None and any(e.id not in kept for e in before.experiments)
    more = (Area.PLANS,) if dropped else ()
    return Outcome(stored, _changes(record.mentee_id, *more))


def experiment_to_action(
    vault: Vault, mentee_id: MenteeId, experiment_id: ExperimentId, goal_index: int | None = None
) -> Outcome[DevelopmentPlan]:
    """Add the experiment as an action (what, by when; linked back) to the current draft.

    A frozen current plan first gets a new draft version; a mentee without a plan gets
    one. The action goes under ``goal_index``, or under a goal "Job crafting" (made when
    there is none). Returns the draft as stored; an experiment already in the current
    plan is not added again, and that plan is returned unchanged.
    """
    with vault.transaction() as db:
        owner, experiment = CanvasRepository(db).experiment(experiment_id)
        _same_mentee(mentee_id, owner, "experiment")
        plans = PlanRepository(db)
        current = plans.current(mentee_id)
        if current is not None and lifecycle.is_editable(current):
            draft, stored_already = current, True
        else:
            draft, stored_already = _next_draft(mentee_id, current), False
        if not crafting.add_experiment_action(draft, experiment, goal_index):
            # Already there: no write, and no new version for an action a frozen one holds.
            return Outcome(current or draft, _changes(mentee_id))
        stored = _store_draft(plans, draft) if stored_already else plans.add(draft)
    return Outcome(stored, _changes(mentee_id, Area.PLANS))


def _next_draft(mentee_id: MenteeId, current: DevelopmentPlan | None) -> DevelopmentPlan:
    if current is not None:
        return lifecycle.new_draft(current, current.version + 1)
    today = clock.now().date()
    return DevelopmentPlan(
        mentee_id=mentee_id,
        period_start=today,
        period_end=today + timedelta(days=PLAN_PERIOD_DAYS),
    )


def actions_of_experiment(vault: Vault, mentee_id: MenteeId) -> dict[ExperimentId, list[str]]:
    """For each experiment that became an action in the current plan: those actions'
    descriptions (in plan order)."""
    with vault.reading() as db:
        plan = PlanRepository(db).current(mentee_id)
    found: dict[ExperimentId, list[str]] = {}
    for goal in plan.goals if plan is not None else []:
        for action in goal.actions:
            if action.experiment_id is not None:
                found.setdefault(action.experiment_id, []).append(action.description)
    return found


# ---- skills ---------------------------------------------------------------------------


def skills(vault: Vault, mentee_id: MenteeId) -> list[SkillEntry]:
    """The mentee's skills, largest gap first (no gap known: last), then by name."""
    with vault.reading() as db:
        return skill_order.largest_gap_first(SkillRepository(db).for_mentee(mentee_id))


def skill_gaps(vault: Vault, mentee_id: MenteeId) -> list[SkillEntry]:
    """The skills still to grow (target above current), largest gap first."""
    return skill_order.gaps(skills(vault, mentee_id))


def save_skill(vault: Vault, skill: SkillEntry) -> Outcome[SkillEntry]:
    """Add the skill (no id yet) or write it as edited."""
    return _save_owned(vault, SkillRepository, skill, "skill")


def delete_skill(vault: Vault, skill_id: SkillId) -> Outcome[None]:
    """Delete a skill; actions that built it stay, without the link."""
    return _delete_owned(vault, SkillRepository, skill_id, Area.PLANS)


def catalogue(vault: Vault, organisation: str | None = None) -> list[CatalogueSkill]:
    """The coach's catalogue by organisation and name; one organisation's when given."""
    with vault.reading() as db:
        return CatalogueRepository(db).all(organisation)


def save_catalogue_skill(vault: Vault, skill: CatalogueSkill) -> Outcome[CatalogueSkill]:
    with vault.transaction() as db:
        stored = CatalogueRepository(db).save(skill)
    return Outcome(stored, Changes.of(Area.CATALOGUE))


def delete_catalogue_skill(vault: Vault, skill_id: CatalogueSkillId) -> Outcome[None]:
    """Take a skill out of the catalogue; mentees' skills picked from it stay."""
    with vault.transaction() as db:
        CatalogueRepository(db).delete(skill_id)
    return Outcome(None, Changes.of(Area.CATALOGUE))


# ---- moves and outcomes ---------------------------------------------------------------


def moves(vault: Vault, mentee_id: MenteeId | None = None) -> list[Move]:
    """The moves of one mentee (or of all) by date, newest (and undated) first."""
    with vault.reading() as db:
        repo = MoveRepository(db)
        found = repo.for_mentee(mentee_id) if mentee_id is not None else repo.all()
    return sorted(found, key=lambda m: (_newest_first(m.happened_on), -(m.id or 0)))


def save_move(vault: Vault, move: Move) -> Outcome[Move]:
    """Add the move (no id yet) or write it as edited."""
    return _save_owned(vault, MoveRepository, move, "move")


def delete_move(vault: Vault, move_id: MoveId) -> Outcome[None]:
    return _delete_owned(vault, MoveRepository, move_id)


def close_trajectory(
    vault: Vault, mentee_id: MenteeId, closed_on: date, outcome: MoveKind, note: str
) -> Outcome[Mentee]:
    """Close the mentee's trajectory: status closed, the date, the outcome (the move made,
    or ``NONE_YET`` for "stayed") and what changed."""
    with vault.transaction() as db:
        repo = MenteeRepository(db)
        mentee = repo.get(mentee_id)
        mentee.status = MenteeStatus.CLOSED
        mentee.close_date = closed_on
        mentee.outcome = outcome
        mentee.outcome_note = note
        repo.update(mentee)
    return Outcome(mentee, _changes(mentee_id, Area.PROFILE, Area.MENTEE_LIST))


# ---- career stories -------------------------------------------------------------------


def stories(vault: Vault) -> list[CareerStory]:
    """The coach's library of career stories, by title."""
    with vault.reading() as db:
        return StoryRepository(db).all()


def story(vault: Vault, story_id: StoryId) -> CareerStory:
    with vault.reading() as db:
        return StoryRepository(db).get(story_id)


def save_story(vault: Vault, record: CareerStory) -> Outcome[CareerStory]:
    """Add the story (no id yet) or write it as edited."""
    with vault.transaction() as db:
        stored = StoryRepository(db).save(record)
    return Outcome(stored, Changes.of(Area.STORIES))


def delete_story(vault: Vault, story_id: StoryId) -> Outcome[None]:
    with vault.transaction() as db:
        StoryRepository(db).delete(story_id)
    return Outcome(None, Changes.of(Area.STORIES))
