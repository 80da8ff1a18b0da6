"""The closed vocabularies of the practice (statuses, kinds, owners), stored by value."""

from __future__ import annotations

from enum import StrEnum


class MenteeStatus(StrEnum):
    INTAKE = "intake"
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"


class SessionKind(StrEnum):
    INTAKE = "intake"
    CAREER_CONVERSATION = "career_conversation"
    FOLLOW_UP = "follow_up"
    SAFARI_DEBRIEF = "safari_debrief"
    CLOSING = "closing"


class SessionMode(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    SHARED = "shared"
    AGREED = "agreed"
    ARCHIVED = "archived"


class GoalKind(StrEnum):
    PERSONAL = "personal"
    PROFESSIONAL = "professional"


class Feasibility(StrEnum):
    """A wish is either pursued now or honestly recorded as not feasible now."""

    FEASIBLE = "feasible"
    NOT_NOW = "not_now"


class ActionOwner(StrEnum):
    EMPLOYEE = "employee"
    ORGANISATION = "organisation"
    MENTOR = "mentor"
    MANAGER = "manager"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class ObstacleKind(StrEnum):
    TIME = "time"
    MONEY = "money"
    PERSONAL = "personal"
    ORGANISATIONAL = "organisational"


class ActivityKind(StrEnum):
    TRAINING = "training"
    COACHING = "coaching"
    MENTORING = "mentoring"
    VOLUNTEERING = "volunteering"
    PROJECT = "project"
    CAREER_SAFARI = "career_safari"
    JOB_CRAFTING = "job_crafting"
    JOB_ROTATION = "job_rotation"
    INFORMAL_LEARNING = "informal_learning"


class SafariStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class SafariOutcome(StrEnum):
    """What a career safari led to, recorded at its debrief."""

    STAY_AND_CRAFT = "stay_and_craft"  # stay, and craft the current job
    MOVE_THERE = "move_there"
    ANOTHER_SAFARI = "another_safari"
    OTHER_DIRECTION = "other_direction"
    NOTHING_YET = "nothing_yet"


class MoveKind(StrEnum):
    LATERAL = "lateral"
    VERTICAL = "vertical"
    DIAGONAL = "diagonal"
    JOB_CRAFTING = "job_crafting"
    SAFARI = "safari"
    EXTERNAL = "external"
    NONE_YET = "none_yet"


class Language(StrEnum):
    NL = "nl"
    EN = "en"


class QuestionKind(StrEnum):
    TEXT = "text"  # open text, the employee's own words
    SCALE = "scale"  # a Likert item: a whole number in the question's range
    CHOICE = "choice"  # one of the question's choices


class TemplateKind(StrEnum):
    """What a questionnaire is for: the app treats the built-in kinds specially (the
    preparation beside a career conversation, the career check's chart)."""

    PREPARATION = "preparation"
    CAREER_CHECK = "career_check"
    JOB_CRAFTING = "job_crafting"
    OWN = "own"  # the coach's own questionnaire


class DueKind(StrEnum):
    """What a dated item on the dashboard or a mentee's agenda is about."""

    SESSION = "session"
    ACTION = "action"
    AGREEMENT = "agreement"
    REVIEW = "review"
    REVISIT = "revisit"
    RETENTION = "retention"
    CAREER_CHECK = "career_check"  # an active mentee's career check is due again
    SAFARI = "safari"  # a career safari starts this week
    DEBRIEF = "debrief"  # a career safari ended and has no debrief session yet
    NO_NEXT_STEP = "no_next_step"  # an active mentee with no session planned
    ENGAGEMENT = "engagement"  # an engagement nearly used up or ending within a month


class ExportKind(StrEnum):
    """What left the vault, as written in the export log."""

    PLAN_PDF = "plan-pdf"
    SUMMARY_PDF = "summary-pdf"
    DATA_JSON = "data-json"
