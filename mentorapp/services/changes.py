"""What a write changed, so the views that show it (and only those) refresh."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from mentorapp.domain.ids import MenteeId

T = TypeVar("T")


class Area(StrEnum):
    """A kind of record a view shows."""

    MENTEE_LIST = "mentee-list"  # names, statuses, next sessions: the list and the dashboard
    PROFILE = "profile"
    SESSIONS = "sessions"
    PLANS = "plans"
    PLAN_TEMPLATES = "plan-templates"
    QUESTIONNAIRES = "questionnaires"  # a mentee's answers (the career check is due on them)
    TEMPLATES = "templates"  # questionnaire templates and conversation guides
    MOVES = "moves"  # a mentee's safaris, job crafting canvas, skills and moves
    STORIES = "stories"  # the library of career stories
    CATALOGUE = "catalogue"  # the coach's catalogue of skills
    ENGAGEMENTS = "engagements"  # a mentee's engagement (sponsor, contracted sessions, hours)
    ATTACHMENTS = "attachments"  # a mentee's files kept in the vault
    EXPORTS = "exports"
    BACKUPS = "backups"


@dataclass(frozen=True)
class Changes:
    """The areas a write touched; ``mentee_id`` when they belong to one mentee."""

    areas: frozenset[Area]
    mentee_id: MenteeId | None = None

    @classmethod
    def of(cls, *areas: Area, mentee_id: MenteeId | None = None) -> Changes:
        return cls(frozenset(areas), mentee_id)

    def touches(self, *areas: Area) -> bool:
        return any(area in self.areas for area in areas)

    @property
    def dashboard(self) -> bool:
        """True when what is due may have moved (the dashboard reads all of these)."""
        return self.touches(
            Area.MENTEE_LIST,
            Area.PROFILE,
            Area.SESSIONS,
            Area.PLANS,
            Area.QUESTIONNAIRES,
            Area.MOVES,
            Area.ENGAGEMENTS,
        )


NOTHING = Changes(frozenset())


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A write's result and what it changed."""

    value: T
    changes: Changes
