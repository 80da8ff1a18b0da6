"""Repositories of the moves in practice: job crafting canvases, the skill catalogue,
career stories and the links between safaris, sessions and plans.

Safaris, skills and moves themselves are one row each (``repositories``' flat ones).
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mentorapp.domain import clock
from mentorapp.domain.enums import MoveKind
from mentorapp.domain.ids import CatalogueSkillId, ExperimentId, MenteeId, SafariId, StoryId
from mentorapp.domain.model import (
    CareerStory,
    CatalogueSkill,
    CoachingSession,
    CraftingExperiment,
    JobCraftingCanvas,
)
from mentorapp.store.errors import NoSuchRecord
from mentorapp.store.repositories import _copy, _fields, session_from_row
from mentorapp.store.schema import (
    CanvasRow,
    CatalogueSkillRow,
    CoachingSessionRow,
    ExperimentRow,
    StoryRow,
)

_CANVAS_FIELDS = _fields(JobCraftingCanvas, "mentee_id", "experiments")
_EXPERIMENT_FIELDS = _fields(CraftingExperiment)
_CATALOGUE_FIELDS = _fields(CatalogueSkill)


# ---- job crafting ---------------------------------------------------------------------


def _canvas_from_row(row: CanvasRow) -> JobCraftingCanvas:
    canvas = JobCraftingCanvas(mentee_id=MenteeId(row.mentee_id))
    _copy(row, canvas, _CANVAS_FIELDS)
    for e_row in row.experiments:
        experiment = CraftingExperiment(what=e_row.what, id=ExperimentId(e_row.id))
        _copy(e_row, experiment, _EXPERIMENT_FIELDS)
        canvas.experiments.append(experiment)
    return canvas


class CanvasRepository:
    """The job crafting canvas of a mentee (at most one) with its experiments.

    Saving keeps each experiment's row (and id) when the experiment has one: plan
    actions link to experiments by id. An experiment left out of the list is deleted,
    and the actions that came from it lose the link.
    """

    def __init__(self, db: Session) -> None:
        self.db = db

    def _row(self, mentee_id: MenteeId) -> CanvasRow | None:
        return self.db.scalars(select(CanvasRow).where(CanvasRow.mentee_id == mentee_id)).first()

    def get(self, mentee_id: MenteeId) -> JobCraftingCanvas | None:
        row = self._row(mentee_id)
        return _canvas_from_row(row) if row is not None else None

    def save(self, canvas: JobCraftingCanvas) -> JobCraftingCanvas:
        """Add or update the mentee's canvas; returns it as stored (experiments with ids)."""
        row = self._row(canvas.mentee_id)
        if row is None:
            row = CanvasRow(mentee_id=canvas.mentee_id)
            self.db.add(row)
        _copy(canvas, row, _CANVAS_FIELDS)
        row.updated_at = clock.now()
        self.db.flush()  # the canvas row first: the experiments' triggers index it
        kept = {e.id: e for e in row.experiments}
        rows = []
        for position, experiment in enumerate(canvas.experiments):
            e_row = kept.pop(experiment.id, None) if experiment.id is not None else None
            if e_row is None:
                e_row = ExperimentRow()
            _copy(experiment, e_row, _EXPERIMENT_FIELDS)
            e_row.position = position
            rows.append(e_row)
        row.experiments = rows
        self.db.flush()
        self.db.refresh(row)
        return _canvas_from_row(row)

    def experiment(self, experiment_id: ExperimentId) -> tuple[MenteeId, CraftingExperiment]:
        """One experiment and whose canvas it is on (``NoSuchRecord`` if there is none)."""
        found = self.db.execute(
            select(ExperimentRow, CanvasRow.mentee_id)
            .join(CanvasRow, CanvasRow.id == ExperimentRow.canvas_id)
            .where(ExperimentRow.id == experiment_id)
        ).first()
        if found is None:
            raise NoSuchRecord("experiment")
        e_row, mentee_id = found
        experiment = CraftingExperiment(what=e_row.what, id=ExperimentId(e_row.id))
        _copy(e_row, experiment, _EXPERIMENT_FIELDS)
        return MenteeId(mentee_id), experiment


# ---- the skill catalogue --------------------------------------------------------------


class CatalogueRepository:
    """The coach's catalogue of skills valued per organisation."""

    def __init__(self, db: Session) -> None:
        self.db = db

    @staticmethod
    def _from_row(row: CatalogueSkillRow) -> CatalogueSkill:
        skill = CatalogueSkill(row.organisation, row.name, id=CatalogueSkillId(row.id))
        _copy(row, skill, _CATALOGUE_FIELDS)
        return skill

    def all(self, organisation: str | None = None) -> list[CatalogueSkill]:
        """By organisation, then name (case folded); only ``organisation``'s when given."""
        query = select(CatalogueSkillRow)
        if organisation is not None:
            query = query.where(CatalogueSkillRow.organisation == organisation)
        skills = [self._from_row(r) for r in self.db.scalars(query)]
        skills.sort(key=lambda s: (s.organisation.casefold(), s.name.casefold(), s.id or 0))
        return skills

    def save(self, skill: CatalogueSkill) -> CatalogueSkill:
        row = CatalogueSkillRow() if skill.id is None else self.db.get(CatalogueSkillRow, skill.id)
        if row is None:
            raise NoSuchRecord("catalogue skill")
        _copy(skill, row, _CATALOGUE_FIELDS)
        self.db.add(row)
        self.db.flush()
        skill.id = CatalogueSkillId(row.id)
        return skill

    def delete(self, skill_id: CatalogueSkillId) -> None:
        """Remove it from the catalogue; skills picked from it keep their name."""
        self.db.execute(delete(CatalogueSkillRow).where(CatalogueSkillRow.id == skill_id))


# ---- career stories -------------------------------------------------------------------


def _kinds_text(kinds: list[MoveKind]) -> str:
    return ",".join(dict.fromkeys(kind.value for kind in kinds))


def _kinds(text: str) -> list[MoveKind]:
    return [MoveKind(value) for value in text.split(",") if value]


class StoryRepository:
    """The coach's library of anonymised career stories (no mentee)."""

    def __init__(self, db: Session) -> None:
        self.db = db

    @staticmethod
    def _from_row(row: StoryRow) -> CareerStory:
        return CareerStory(
            title=row.title,
            text=row.text,
            move_kinds=_kinds(row.move_kinds),
            language=row.language,
            id=StoryId(row.id),
        )

    def all(self) -> list[CareerStory]:
        """By title (case folded)."""
        stories = [self._from_row(r) for r in self.db.scalars(select(StoryRow))]
        stories.sort(key=lambda s: (s.title.casefold(), s.id or 0))
        return stories

    def get(self, story_id: StoryId) -> CareerStory:
        row = self.db.get(StoryRow, story_id)
        if row is None:
            raise NoSuchRecord("story")
        return self._from_row(row)

    def save(self, story: CareerStory) -> CareerStory:
        if story.id is None:
            row = StoryRow(created_at=clock.now())
            self.db.add(row)
        else:
            found = self.db.get(StoryRow, story.id)
            if found is None:
                raise NoSuchRecord("story")
            row = found
        row.title, row.text, row.language = story.title, story.text, story.language
        row.move_kinds = _kinds_text(story.move_kinds)
        row.updated_at = clock.now()
        self.db.flush()
        story.id = StoryId(row.id)
        return story

    def delete(self, story_id: StoryId) -> None:
        self.db.execute(delete(StoryRow).where(StoryRow.id == story_id))


# ---- safari debriefs ------------------------------------------------------------------


def debrief_of(db: Session, safari_id: SafariId) -> CoachingSession | None:
    """The (earliest) session linked to the safari as its debrief, if any."""
    row = db.scalars(
        select(CoachingSessionRow)
        .where(CoachingSessionRow.safari_id == safari_id)
        .order_by(CoachingSessionRow.started_at, CoachingSessionRow.id)
        .limit(1)
    ).first()
    return session_from_row(row) if row is not None else None
