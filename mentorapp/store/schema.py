"""The SQLAlchemy models of the vault database - rows, never shown to widgets.

Privacy classes are visible here: a column holding the mentor's private text is named
``private_...``, and no other column is. Everything else may be exported.

Timestamps: every ``DateTime`` column holds naive local wall-clock time to the second,
written through ``mentorapp.domain.clock.now`` (see there for why).
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

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
    SafariOutcome,
    SafariStatus,
    SessionKind,
    SessionMode,
    TemplateKind,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _enum(kind: type[enum.Enum], name: str) -> Enum:
    return Enum(
        kind,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class VaultMeta(Base):
    """Facts about the vault itself (its id, when it was made), as key/value text."""

    __tablename__ = "vault_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class MenteeRow(Base):
    """The employee being guided: profile, consent, retention and export language."""

    __tablename__ = "mentees"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    full_name: Mapped[str] = mapped_column(Text)
    preferred_name: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    department: Mapped[str] = mapped_column(Text, default="")
    current_role: Mapped[str] = mapped_column(Text, default="")
    referral: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[MenteeStatus] = mapped_column(_enum(MenteeStatus, "mentee_status"))
    start_date: Mapped[date | None] = mapped_column(Date)
    close_date: Mapped[date | None] = mapped_column(Date)
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[date | None] = mapped_column(Date)
    consent_scope: Mapped[str] = mapped_column(Text, default="")
    retention_until: Mapped[date | None] = mapped_column(Date)
    export_language: Mapped[Language] = mapped_column(_enum(Language, "export_language"))
    trajectory_goal: Mapped[str] = mapped_column(Text, default="")
    private_background: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # The trajectory's outcome, recorded when it closes: the move made, or none_yet.
    outcome: Mapped[MoveKind | None] = mapped_column(_enum(MoveKind, "mentee_outcome"))
    outcome_note: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[MenteeTagRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="MenteeTagRow.tag"
    )


class MenteeTagRow(Base):
    """A free tag on a mentee (e.g. 'heroriëntatie')."""

    __tablename__ = "mentee_tags"
    mentee_id: Mapped[int] = mapped_column(
        ForeignKey("mentees.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(Text, primary_key=True)


class CoachingSessionRow(Base):
    """One coaching session: private notes (never exported) and a shareable summary."""

    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint("energy IS NULL OR energy BETWEEN 1 AND 10", name="energy_range"),
        CheckConstraint("duration_minutes >= 0", name="duration_positive"),
        Index("ix_sessions_mentee_started", "mentee_id", "started_at"),
        Index("ix_sessions_mentee_next", "mentee_id", "next_session_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentees.id", ondelete="CASCADE"))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    kind: Mapped[SessionKind] = mapped_column(_enum(SessionKind, "session_kind"))
    mode: Mapped[SessionMode] = mapped_column(_enum(SessionMode, "session_mode"))
    private_notes: Mapped[str] = mapped_column(Text, default="")
    shared_summary: Mapped[str] = mapped_column(Text, default="")
    energy: Mapped[int | None] = mapped_column(Integer)
    agreements: Mapped[str] = mapped_column(Text, default="")
    next_session_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # A safari debrief: the safari it looks back on (the link goes with the safari).
    safari_id: Mapped[int | None] = mapped_column(
        ForeignKey("career_safaris.id", ondelete="SET NULL"), index=True
    )
    # False: not counted against the engagement (pro bono, a no-charge extra).
    billable: Mapped[bool] = mapped_column(Boolean, default=True)


class PlanRow(Base):
    """One version of a development plan; shared/agreed versions are frozen."""

    __tablename__ = "development_plans"
    __table_args__ = (UniqueConstraint("mentee_id", "version", name="mentee_version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentees.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[PlanStatus] = mapped_column(_enum(PlanStatus, "plan_status"))
    title: Mapped[str] = mapped_column(Text, default="")
    current_situation: Mapped[str] = mapped_column(Text, default="")
    desired_direction: Mapped[str] = mapped_column(Text, default="")
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    resources: Mapped[str] = mapped_column(Text, default="")
    organisation_commitments: Mapped[str] = mapped_column(Text, default="")
    employee_commitments: Mapped[str] = mapped_column(Text, default="")
    review_date: Mapped[date | None] = mapped_column(Date)
    private_remarks: Mapped[str] = mapped_column(Text, default="")
    frozen_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    goals: Mapped[list[GoalRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="GoalRow.position"
    )
    obstacles: Mapped[list[ObstacleRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ObstacleRow.position"
    )
    activities: Mapped[list[ActivityRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ActivityRow.position"
    )


class GoalRow(Base):
    """A personal or professional goal of a plan, possibly honestly 'not feasible now'."""

    __tablename__ = "plan_goals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("development_plans.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[GoalKind] = mapped_column(_enum(GoalKind, "goal_kind"))
    description: Mapped[str] = mapped_column(Text)
    feasibility: Mapped[Feasibility] = mapped_column(_enum(Feasibility, "feasibility"))
    feasibility_note: Mapped[str] = mapped_column(Text, default="")
    revisit_on: Mapped[date | None] = mapped_column(Date)
    actions: Mapped[list[ActionRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ActionRow.position"
    )


class ActionRow(Base):
    """A SMART action under a goal: measure, deadline, owner, resources, status."""

    __tablename__ = "plan_actions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    goal_id: Mapped[int] = mapped_column(
        ForeignKey("plan_goals.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date)
    owner: Mapped[ActionOwner] = mapped_column(_enum(ActionOwner, "action_owner"))
    resources: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus, "action_status"))
    smart_specific: Mapped[bool] = mapped_column(Boolean, default=False)
    smart_achievable: Mapped[bool] = mapped_column(Boolean, default=False)
    smart_relevant: Mapped[bool] = mapped_column(Boolean, default=False)
    # Links (the job crafting experiment it came from, the skill it builds); each goes
    # with the record it points to.
    experiment_id: Mapped[int | None] = mapped_column(
        ForeignKey("crafting_experiments.id", ondelete="SET NULL"), index=True
    )
    skill_id: Mapped[int | None] = mapped_column(
        ForeignKey("skills.id", ondelete="SET NULL"), index=True
    )


class ObstacleRow(Base):
    """An obstacle of a plan (time, money, personal, organisational) and its mitigation."""

    __tablename__ = "plan_obstacles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("development_plans.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[ObstacleKind] = mapped_column(_enum(ObstacleKind, "obstacle_kind"))
    description: Mapped[str] = mapped_column(Text)
    mitigation: Mapped[str] = mapped_column(Text, default="")


class ActivityRow(Base):
    """A development activity of a plan: training, coaching, project, safari, ..."""

    __tablename__ = "plan_activities"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("development_plans.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[ActivityKind] = mapped_column(_enum(ActivityKind, "activity_kind"))
    description: Mapped[str] = mapped_column(Text)
    provider: Mapped[str] = mapped_column(Text, default="")
    hours: Mapped[float | None] = mapped_column(Float)
    cost_cents: Mapped[int | None] = mapped_column(Integer)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    safari_id: Mapped[int | None] = mapped_column(
        ForeignKey("career_safaris.id", ondelete="SET NULL"), index=True
    )


class QuestionnaireTemplateRow(Base):
    """One version of a questionnaire; its sections and questions are stored as JSON text.

    The versions of one questionnaire share a ``family``; only the newest is ``current``.
    Built-in templates (``built_in``) are read-only.
    """

    __tablename__ = "questionnaire_templates"
    __table_args__ = (
        Index("ix_questionnaire_templates_family_version", "family", "version", unique=True),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    language: Mapped[Language] = mapped_column(_enum(Language, "template_language"))
    questions_json: Mapped[str] = mapped_column(Text, default="[]")
    family: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=1)
    kind: Mapped[TemplateKind] = mapped_column(_enum(TemplateKind, "template_kind"))
    built_in: Mapped[bool] = mapped_column(Boolean, default=False)
    intro: Mapped[str] = mapped_column(Text, default="")
    sections_json: Mapped[str] = mapped_column(Text, default="[]")
    current: Mapped[bool] = mapped_column(Boolean, default=True)


class QuestionnaireResponseRow(Base):
    """A mentee's answers (JSON) to a template, and the mentor's private interpretation."""

    __tablename__ = "questionnaire_responses"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("questionnaire_templates.id", ondelete="RESTRICT")
    )
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentees.id", ondelete="CASCADE"), index=True)
    answered_on: Mapped[date] = mapped_column(Date)
    answers_json: Mapped[str] = mapped_column(Text, default="{}")
    private_interpretation: Mapped[str] = mapped_column(Text, default="")


class ConversationGuideRow(Base):
    """The coach's guide for one kind of session in one language (steps as JSON)."""

    __tablename__ = "conversation_guides"
    __table_args__ = (UniqueConstraint("session_kind", "language", name="kind_language"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_kind: Mapped[SessionKind] = mapped_column(_enum(SessionKind, "guide_session_kind"))
    language: Mapped[Language] = mapped_column(_enum(Language, "guide_language"))
    steps_json: Mapped[str] = mapped_column(Text, default="[]")


class SafariRow(Base):
    """A career safari in another department: learning questions, arrangements, the
    shared reflection and outcome, the coach's private notes."""

    __tablename__ = "career_safaris"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentees.id", ondelete="CASCADE"), index=True)
    host_department: Mapped[str] = mapped_column(Text)
    host_role: Mapped[str] = mapped_column(Text, default="")
    host_contact: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[SafariStatus] = mapped_column(_enum(SafariStatus, "safari_status"))
    learning_goals: Mapped[str] = mapped_column(Text, default="")
    shared_reflection: Mapped[str] = mapped_column(Text, default="")
    private_notes: Mapped[str] = mapped_column(Text, default="")
    arrangements: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[SafariOutcome | None] = mapped_column(_enum(SafariOutcome, "safari_outcome"))


class SkillRow(Base):
    """A skill entry with current and target level (1-5) and evidence (shared)."""

    __tablename__ = "skills"
    __table_args__ = (
        CheckConstraint("current_level IS NULL OR current_level BETWEEN 1 AND 5", name="cur"),
        CheckConstraint("target_level IS NULL OR target_level BETWEEN 1 AND 5", name="tgt"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentees.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    current_level: Mapped[int | None] = mapped_column(Integer)
    target_level: Mapped[int | None] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text, default="")
    catalogue_id: Mapped[int | None] = mapped_column(
        ForeignKey("skill_catalogue.id", ondelete="SET NULL"), index=True
    )


class CatalogueSkillRow(Base):
    """A skill valued in an organisation the coach works for (no mentee)."""

    __tablename__ = "skill_catalogue"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")


class MoveRow(Base):
    """A career move considered or made; the description is the move's (shared) note."""

    __tablename__ = "moves"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentees.id", ondelete="CASCADE"), index=True)
    kind: Mapped[MoveKind] = mapped_column(_enum(MoveKind, "move_kind"))
    description: Mapped[str] = mapped_column(Text, default="")
    from_role: Mapped[str] = mapped_column(Text, default="")
    to_role: Mapped[str] = mapped_column(Text, default="")
    happened_on: Mapped[date | None] = mapped_column(Date)
    made: Mapped[bool] = mapped_column(Boolean, default=False)


class CanvasRow(Base):
    """A mentee's job crafting canvas: tasks, relationships, perception (now and crafted,
    shared) and the coach's private notes."""

    __tablename__ = "job_crafting_canvases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mentee_id: Mapped[int] = mapped_column(
        ForeignKey("mentees.id", ondelete="CASCADE"), unique=True
    )
    tasks_now: Mapped[str] = mapped_column(Text, default="")
    tasks_crafted: Mapped[str] = mapped_column(Text, default="")
    relationships_now: Mapped[str] = mapped_column(Text, default="")
    relationships_crafted: Mapped[str] = mapped_column(Text, default="")
    perception_now: Mapped[str] = mapped_column(Text, default="")
    perception_crafted: Mapped[str] = mapped_column(Text, default="")
    private_notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    experiments: Mapped[list[ExperimentRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ExperimentRow.position"
    )


class ExperimentRow(Base):
    """A small job crafting experiment on a canvas: what, by when, with whom (shared)."""

    __tablename__ = "crafting_experiments"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    canvas_id: Mapped[int] = mapped_column(
        ForeignKey("job_crafting_canvases.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    what: Mapped[str] = mapped_column(Text)
    by_when: Mapped[date | None] = mapped_column(Date)
    with_whom: Mapped[str] = mapped_column(Text, default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class StoryRow(Base):
    """An anonymised career story of the coach's library: no mentee, no name. The move
    kinds it tells of are stored as their values, comma-separated."""

    __tablename__ = "career_stories"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    move_kinds: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[Language] = mapped_column(_enum(Language, "story_language"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class EngagementRow(Base):
    """What a sponsor contracted for a mentee (at most one per mentee): sessions and/or
    hours, a period and an optional rate. Shared: it goes in the hours report."""

    __tablename__ = "engagements"
    __table_args__ = (
        CheckConstraint(
            "contracted_sessions IS NULL OR contracted_sessions >= 0", name="sessions_positive"
        ),
        CheckConstraint("contracted_hours IS NULL OR contracted_hours >= 0", name="hours_positive"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mentee_id: Mapped[int] = mapped_column(
        ForeignKey("mentees.id", ondelete="CASCADE"), unique=True
    )
    sponsor: Mapped[str] = mapped_column(Text)
    contracted_sessions: Mapped[int | None] = mapped_column(Integer)
    contracted_hours: Mapped[float | None] = mapped_column(Float)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    rate_cents: Mapped[int | None] = mapped_column(Integer)


class AttachmentRow(Base):
    """A file of a mentee, its bytes in ``content`` (inside the encrypted database, never
    beside it). ``private`` says whether it may leave in an export (private by default);
    ``content`` is loaded only when asked for, so a list of attachments reads no bytes."""

    __tablename__ = "attachments"
    __table_args__ = (CheckConstraint("size >= 0", name="size_positive"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("mentees.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    file_name: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(128))
    size: Mapped[int] = mapped_column(Integer)
    added_on: Mapped[date] = mapped_column(Date)
    private: Mapped[bool] = mapped_column(Boolean, default=True)
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)


class ExportLogRow(Base):
    """What was handed over, which version, when, and the file's SHA-256 (no path)."""

    __tablename__ = "export_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mentee_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentees.id", ondelete="CASCADE"), index=True
    )
    what: Mapped[str] = mapped_column(String(64))
    version: Mapped[int | None] = mapped_column(Integer)
    language: Mapped[str | None] = mapped_column(String(8))
    exported_at: Mapped[datetime] = mapped_column(DateTime)
    file_sha256: Mapped[str] = mapped_column(String(64))


class PlanTemplateRow(Base):
    """A coach's plan template (JSON structure; no names, dates or private text)."""

    __tablename__ = "plan_templates"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    content_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ErasureLogRow(Base):
    """That erasures happened: the date and how many mentees, never who."""

    __tablename__ = "erasure_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    erased_at: Mapped[datetime] = mapped_column(DateTime)
    mentee_count: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(32))


class MergeMarkRow(Base):
    """A record kept twice after a sync conflict copy was merged: the copy's version
    (``kind``, ``record_id``) beside the vault's own (``twin_id``), until the coach has
    looked at both. ``source`` is the copy's file name. Goes with its mentee."""

    __tablename__ = "merge_marks"
    __table_args__ = (UniqueConstraint("kind", "record_id", name="kind_record"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[int] = mapped_column(Integer)
    mentee_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentees.id", ondelete="CASCADE"), index=True
    )
    twin_id: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(Text)
    merged_at: Mapped[datetime] = mapped_column(DateTime)
