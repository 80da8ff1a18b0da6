"""Mentees: the list, one mentee's workspace view, everything held on them, profile edits."""

from __future__ import annotations

from dataclasses import dataclass, field

from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import (
    Attachment,
    CareerSafari,
    CoachingSession,
    DevelopmentPlan,
    Engagement,
    ExportRecord,
    JobCraftingCanvas,
    Mentee,
    Move,
    SkillEntry,
)
from mentorapp.domain.questionnaires import AnsweredQuestionnaire, answered_questionnaire
from mentorapp.services.changes import Area, Changes, Outcome
from mentorapp.services.sync import MergeMark, marks_in
from mentorapp.store.moves_repository import CanvasRepository
from mentorapp.store.practice_repository import AttachmentRepository, EngagementRepository
from mentorapp.store.questionnaire_repository import QuestionnaireRepository
from mentorapp.store.repositories import (
    CoachingSessionRepository,
    ExportLogRepository,
    MenteeRepository,
    MenteeSummary,
    MoveRepository,
    PlanRepository,
    SafariRepository,
    SkillRepository,
)
from mentorapp.store.vault import Vault


@dataclass
class MenteeView:
    """What the workspace shows of one mentee (domain objects only)."""

    mentee: Mentee
    sessions: list[CoachingSession]
    plan: DevelopmentPlan | None
    exports: list[ExportRecord]


@dataclass
class MenteeRecords:
    """Everything the vault holds on one mentee (the GDPR export reads this)."""

    mentee: Mentee
    sessions: list[CoachingSession] = field(default_factory=list)
    plans: list[DevelopmentPlan] = field(default_factory=list)
    safaris: list[CareerSafari] = field(default_factory=list)
    canvas: JobCraftingCanvas | None = None  # the job crafting canvas, when there is one
    skills: list[SkillEntry] = field(default_factory=list)
    moves: list[Move] = field(default_factory=list)
    questionnaires: list[AnsweredQuestionnaire] = field(default_factory=list)
    exports: list[ExportRecord] = field(default_factory=list)
    engagement: Engagement | None = None
    attachments: list[Attachment] = field(default_factory=list)  # what they are, no bytes
    # Records kept twice after a sync conflict (and a second profile of them), not yet
    # looked at: which record, which copy it came from, when.
    merge_marks: list[MergeMark] = field(default_factory=list)


def summaries(vault: Vault) -> list[MenteeSummary]:
    """Every mentee with what the list shows, in no particular order."""
    with vault.reading() as db:
        return MenteeRepository(db).summaries()


def get_mentee(vault: Vault, mentee_id: MenteeId) -> Mentee:
    """One mentee (``NoSuchRecord`` if there is none)."""
    with vault.reading() as db:
        return MenteeRepository(db).get(mentee_id)


def mentee_view(vault: Vault, mentee_id: MenteeId) -> MenteeView:
    """The workspace's view: profile, sessions, current plan, exports."""
    with vault.reading() as db:
        return MenteeView(
            mentee=MenteeRepository(db).get(mentee_id),
            sessions=CoachingSessionRepository(db).for_mentee(mentee_id),
            plan=PlanRepository(db).current(mentee_id),
            exports=ExportLogRepository(db).for_mentee(mentee_id),
        )


def mentee_records(vault: Vault, mentee_id: MenteeId) -> MenteeRecords:
    """Every record of one mentee (``NoSuchRecord`` if there is no such mentee)."""
    with vault.reading() as db:
        return MenteeRecords(
            mentee=MenteeRepository(db).get(mentee_id),
            sessions=CoachingSessionRepository(db).for_mentee(mentee_id),
            plans=PlanRepository(db).versions(mentee_id),
            safaris=SafariRepository(db).for_mentee(mentee_id),
            canvas=CanvasRepository(db).get(mentee_id),
            skills=SkillRepository(db).for_mentee(mentee_id),
            moves=MoveRepository(db).for_mentee(mentee_id),
            questionnaires=_answered_questionnaires(QuestionnaireRepository(db), mentee_id),
            exports=ExportLogRepository(db).for_mentee(mentee_id),
            engagement=EngagementRepository(db).of_mentee(mentee_id),
            attachments=AttachmentRepository(db).for_mentee(mentee_id),
            merge_marks=marks_in(db, mentee_id),
        )


def _answered_questionnaires(
    repo: QuestionnaireRepository, mentee_id: MenteeId
) -> list[AnsweredQuestionnaire]:
    """The mentee's responses, newest first, each with its own version's item texts."""
    responses = repo.responses_for(mentee_id)
    versions = repo.templates_of(responses)
    return [answered_questionnaire(versions[r.template_id], r) for r in responses]


def add_mentee(vault: Vault, mentee: Mentee) -> Outcome[Mentee]:
    with vault.transaction() as db:
        stored = MenteeRepository(db).add(mentee)
    assert stored.id is not None
    return Outcome(stored, Changes.of(Area.MENTEE_LIST, Area.PROFILE, mentee_id=stored.id))


def update_mentee(vault: Vault, mentee: Mentee) -> Outcome[Mentee]:
    assert mentee.id is not None
    with vault.transaction() as db:
        MenteeRepository(db).update(mentee)
    return Outcome(mentee, Changes.of(Area.MENTEE_LIST, Area.PROFILE, mentee_id=mentee.id))


__all__ = [
    "MenteeRecords",
    "MenteeSummary",
    "MenteeView",
    "add_mentee",
    "get_mentee",
    "mentee_records",
    "mentee_view",
    "summaries",
    "update_mentee",
]
