"""The entities a mentor works with: mentees, sessions, development plans and their parts.

Fields named ``private_...`` hold the mentor's own confidential text (privacy class
*private*): they never leave the vault. Every other text field is *shared* class and may
be handed to the employee.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from mentorapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityKind,
    Feasibility,
    GoalKind,
    Language,
    MenteeStatus,
    MoveKind,
    ObstacleKind,
    PlanStatus,
    QuestionKind,
    SafariOutcome,
    SafariStatus,
    SessionKind,
    SessionMode,
    TemplateKind,
)
from mentorapp.domain.ids import (
    ActionId,
    ActivityId,
    AttachmentId,
    CatalogueSkillId,
    EngagementId,
    ExperimentId,
    ExportId,
    GoalId,
    MenteeId,
    MoveId,
    ObstacleId,
    PlanId,
    PlanTemplateId,
    ResponseId,
    SafariId,
    SessionId,
    SkillId,
    StoryId,
    TemplateId,
)


@dataclass
class Mentee:
    """The employee being guided. ``id`` is None until the mentee is stored."""

    full_name: str
    preferred_name: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""
    department: str = ""
    current_role: str = ""
    referral: str = ""
    status: MenteeStatus = MenteeStatus.INTAKE
    start_date: date | None = None
    close_date: date | None = None
    consent_given: bool = False
    consent_date: date | None = None
    consent_scope: str = ""
    retention_until: date | None = None
    export_language: Language = Language.NL
    trajectory_goal: str = ""
    private_background: str = ""
    tags: list[str] = field(default_factory=list)
    id: MenteeId | None = None
    # Recorded when the trajectory closes (``close_date``): the move made, or NONE_YET
    # for "stayed", with what changed. A later aggregate report counts these.
    outcome: MoveKind | None = None
    outcome_note: str = ""

    @property
    def display_name(self) -> str:
        """The name to show: the preferred name with the surname, else the full name."""
        parts = self.full_name.split(maxsplit=1)
        preferred = self.preferred_name.strip()
        if not preferred or not parts or preferred == parts[0] or preferred == self.full_name:
            return self.full_name
        rest = parts[1] if len(parts) > 1 else ""
        return f"{preferred} {rest}".strip()


@dataclass
class CoachingSession:
    """One conversation with a mentee (called Session in the app; not a database session)."""

    mentee_id: MenteeId
    started_at: datetime
    duration_minutes: int = 60
    kind: SessionKind = SessionKind.CAREER_CONVERSATION
    mode: SessionMode = SessionMode.IN_PERSON
    private_notes: str = ""
    shared_summary: str = ""
    energy: int | None = None
    agreements: str = ""
    next_session_at: datetime | None = None
    id: SessionId | None = None
    safari_id: SafariId | None = None  # a safari debrief: the safari it looks back on
    billable: bool = True  # counts against the engagement (False: pro bono, a no-charge extra)


@dataclass
class Action:
    """A concrete step towards a goal; SMART is judged by ``domain.smart``."""

    description: str
    measure: str = ""
    deadline: date | None = None
    owner: ActionOwner = ActionOwner.EMPLOYEE
    resources: str = ""
    status: ActionStatus = ActionStatus.OPEN
    specific: bool = False
    achievable: bool = False
    relevant: bool = False
    id: ActionId | None = None
    experiment_id: ExperimentId | None = None  # the job crafting experiment it came from
    skill_id: SkillId | None = None  # the skill it builds


@dataclass
class Goal:
    """A personal or professional goal, with the actions that serve it."""

    description: str
    kind: GoalKind = GoalKind.PROFESSIONAL
    feasibility: Feasibility = Feasibility.FEASIBLE
    feasibility_note: str = ""
    revisit_on: date | None = None
    actions: list[Action] = field(default_factory=list)
    id: GoalId | None = None


@dataclass
class Obstacle:
    """Something in the way (time, money, personal, organisational) and how to handle it."""

    kind: ObstacleKind
    description: str
    mitigation: str = ""
    id: ObstacleId | None = None


@dataclass
class DevelopmentActivity:
    """Training, coaching, a safari, a project with another department, ..."""

    kind: ActivityKind
    description: str
    provider: str = ""
    hours: float | None = None
    cost_cents: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    id: ActivityId | None = None
    safari_id: SafariId | None = None  # an activity of kind career safari: its safari


@dataclass
class DevelopmentPlan:
    """One version of a mentee's development plan (POP)."""

    mentee_id: MenteeId
    version: int = 1
    status: PlanStatus = PlanStatus.DRAFT
    title: str = ""
    current_situation: str = ""
    desired_direction: str = ""
    period_start: date | None = None
    period_end: date | None = None
    resources: str = ""
    organisation_commitments: str = ""
    employee_commitments: str = ""
    review_date: date | None = None
    private_remarks: str = ""
    goals: list[Goal] = field(default_factory=list)
    obstacles: list[Obstacle] = field(default_factory=list)
    activities: list[DevelopmentActivity] = field(default_factory=list)
    frozen_at: datetime | None = None
    id: PlanId | None = None


@dataclass
class Question:
    """One item of a questionnaire template.

    ``section`` is the key of the ``Section`` (or, in the career check, the dimension) it
    belongs to. A ``SCALE`` item is answered with a whole number from ``low`` to ``high``
    (``low_label``/``high_label`` name the ends); a ``reversed`` one counts the other way
    round in its dimension's score. A ``CHOICE`` item is answered with one of ``choices``.
    """

    key: str
    text: str
    kind: QuestionKind = QuestionKind.TEXT
    section: str = ""
    low: int = 1
    high: int = 5
    low_label: str = ""
    high_label: str = ""
    reversed: bool = False
    choices: list[str] = field(default_factory=list)
    hint: str = ""


@dataclass
class Section:
    """A group of items: a section of a form, or a dimension of the career check."""

    key: str
    title: str
    intro: str = ""


@dataclass
class QuestionnaireTemplate:
    """A questionnaire (preparation, career check, job crafting, the coach's own).

    Templates are versioned: all versions of one questionnaire in one language share a
    ``family``; an edit of a template that has answers is stored as a new version (a new
    id), so every response keeps pointing at the items it answered. Built-in templates
    are read-only; the coach copies one to make their own.
    """

    name: str
    language: Language = Language.NL
    questions: list[Question] = field(default_factory=list)
    id: TemplateId | None = None
    family: str = ""
    version: int = 1
    kind: TemplateKind = TemplateKind.OWN
    built_in: bool = False
    intro: str = ""
    sections: list[Section] = field(default_factory=list)
    current: bool = True  # False once a newer version of the family exists

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)


@dataclass
class QuestionnaireResponse:
    """A mentee's answers to one template version, keyed by question key.

    The answers are the employee's own words (shared: they may go back into the
    employee's PDFs); the coach's reading of them is ``private_interpretation``.
    """

    template_id: TemplateId
    mentee_id: MenteeId
    answered_on: date
    answers: dict[str, str] = field(default_factory=dict)
    private_interpretation: str = ""
    id: ResponseId | None = None


@dataclass
class GuideStep:
    """One step of a conversation guide: a heading and what to ask or say."""

    heading: str
    prompt: str = ""


@dataclass
class ConversationGuide:
    """The coach's guide for one kind of session (editable; the app ships a default)."""

    session_kind: SessionKind
    language: Language
    steps: list[GuideStep] = field(default_factory=list)


@dataclass
class CareerSafari:
    """A few days to weeks in another department or role, without obligation."""

    mentee_id: MenteeId
    host_department: str
    host_role: str = ""
    host_contact: str = ""
    start_date: date | None = None
    end_date: date | None = None
    status: SafariStatus = SafariStatus.PLANNED
    learning_goals: str = ""  # the learning questions
    shared_reflection: str = ""  # what I learned, what surprised me
    private_notes: str = ""
    id: SafariId | None = None
    arrangements: str = ""  # agreed with the manager, replacement, hours
    outcome: SafariOutcome | None = None


@dataclass
class SkillEntry:
    """A skill with the current and target level (1-5) and the evidence for it."""

    mentee_id: MenteeId
    name: str
    current_level: int | None = None
    target_level: int | None = None
    evidence: str = ""
    id: SkillId | None = None
    catalogue_id: CatalogueSkillId | None = None  # picked from the coach's catalogue

    @property
    def gap(self) -> int | None:
        """Target minus current level, when both are known."""
        if self.current_level is None or self.target_level is None:
            return None
        return self.target_level - self.current_level


@dataclass
class CatalogueSkill:
    """A skill valued in an organisation the coach works for (the coach's catalogue)."""

    organisation: str
    name: str
    description: str = ""
    id: CatalogueSkillId | None = None


@dataclass
class Move:
    """A career move considered or made: lateral, vertical, job crafting, external, ..."""

    mentee_id: MenteeId
    kind: MoveKind
    description: str = ""
    from_role: str = ""
    to_role: str = ""
    happened_on: date | None = None
    id: MoveId | None = None
    made: bool = False  # made, or only considered


@dataclass
class CraftingExperiment:
    """A small concrete experiment in crafting the job: what, by when, with whom."""

    what: str
    by_when: date | None = None
    with_whom: str = ""
    done: bool = False
    id: ExperimentId | None = None


@dataclass
class JobCraftingCanvas:
    """A mentee's job crafting canvas: tasks, relationships and perception, each as it is
    now and as crafted, and the experiments that try it out (all shared text)."""

    mentee_id: MenteeId
    tasks_now: str = ""
    tasks_crafted: str = ""
    relationships_now: str = ""
    relationships_crafted: str = ""
    perception_now: str = ""
    perception_crafted: str = ""
    experiments: list[CraftingExperiment] = field(default_factory=list)
    private_notes: str = ""  # the coach's remarks, never exported


@dataclass
class CareerStory:
    """An anonymised career story (a non-linear path) from the coach's own library, to
    hand to an employee. It belongs to no mentee and holds no name."""

    title: str
    text: str
    move_kinds: list[MoveKind] = field(default_factory=list)
    language: Language = Language.NL
    id: StoryId | None = None


@dataclass
class PlanTemplate:
    """A reusable starting point for plans: structure only, never names, dates or private text."""

    name: str
    content: dict[str, Any] = field(default_factory=dict)
    id: PlanTemplateId | None = None


@dataclass
class ExportRecord:
    """What was handed over, when, and the SHA-256 of the file (never its path)."""

    mentee_id: MenteeId | None
    what: str
    exported_at: datetime
    file_sha256: str
    version: int | None = None
    language: Language | None = None
    id: ExportId | None = None


@dataclass
class Engagement:
    """What a sponsor (the organisation that pays, which may differ from the employer)
    contracted for one mentee: sessions and/or hours, a period, optionally a rate."""

    mentee_id: MenteeId
    sponsor: str
    contracted_sessions: int | None = None
    contracted_hours: float | None = None
    start_date: date | None = None
    end_date: date | None = None
    rate_cents: int | None = None
    id: EngagementId | None = None


@dataclass
class Attachment:
    """A file kept with a mentee (CV, a filled-in form, a photo of a flip chart). Its bytes
    live inside the vault, never beside it; private (never exported) by default."""

    mentee_id: MenteeId
    title: str
    file_name: str  # the original name, offered again by "Save a copy as"
    media_type: str  # sniffed from the content: "application/pdf", "image/png", ...
    size: int
    added_on: date
    private: bool = True
    id: AttachmentId | None = None
