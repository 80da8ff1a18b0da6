"""Translated names for the domain's enums (statuses, kinds, modes) shown in the GUI."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from mentorapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityKind,
    DueKind,
    ExportKind,
    Feasibility,
    GoalKind,
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


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; translated where it is shown."""
    return text


def choices(kind: type[Enum]) -> tuple[tuple[Enum, str], ...]:
    """Every member of an enum with its translated name, for a combo box."""
    return tuple((member, label(member)) for member in kind)


def label(value: Enum) -> str:
    """The translated name of an enum value."""
    names: dict[tuple[type, str], str] = {
        (MenteeStatus, MenteeStatus.INTAKE.value): QT_TRANSLATE_NOOP("Labels", "Intake"),
        (MenteeStatus, MenteeStatus.ACTIVE.value): QT_TRANSLATE_NOOP("Labels", "Active"),
        (MenteeStatus, MenteeStatus.PAUSED.value): QT_TRANSLATE_NOOP("Labels", "Paused"),
        (MenteeStatus, MenteeStatus.CLOSED.value): QT_TRANSLATE_NOOP("Labels", "Closed"),
        (SessionKind, SessionKind.INTAKE.value): QT_TRANSLATE_NOOP("Labels", "Intake"),
        (SessionKind, SessionKind.CAREER_CONVERSATION.value): QT_TRANSLATE_NOOP(
            "Labels", "Career conversation"
        ),
        (SessionKind, SessionKind.FOLLOW_UP.value): QT_TRANSLATE_NOOP("Labels", "Follow-up"),
        (SessionKind, SessionKind.SAFARI_DEBRIEF.value): QT_TRANSLATE_NOOP(
            "Labels", "Safari debrief"
        ),
        (SessionKind, SessionKind.CLOSING.value): QT_TRANSLATE_NOOP("Labels", "Closing"),
        (SessionMode, SessionMode.IN_PERSON.value): QT_TRANSLATE_NOOP("Labels", "In person"),
        (SessionMode, SessionMode.VIDEO.value): QT_TRANSLATE_NOOP("Labels", "Video"),
        (SessionMode, SessionMode.PHONE.value): QT_TRANSLATE_NOOP("Labels", "Phone"),
        (PlanStatus, PlanStatus.DRAFT.value): QT_TRANSLATE_NOOP("Labels", "Draft"),
        (PlanStatus, PlanStatus.SHARED.value): QT_TRANSLATE_NOOP("Labels", "Shared"),
        (PlanStatus, PlanStatus.AGREED.value): QT_TRANSLATE_NOOP("Labels", "Agreed"),
        (PlanStatus, PlanStatus.ARCHIVED.value): QT_TRANSLATE_NOOP("Labels", "Archived"),
        (GoalKind, GoalKind.PERSONAL.value): QT_TRANSLATE_NOOP("Labels", "Personal"),
        (GoalKind, GoalKind.PROFESSIONAL.value): QT_TRANSLATE_NOOP("Labels", "Professional"),
        (Feasibility, Feasibility.FEASIBLE.value): QT_TRANSLATE_NOOP("Labels", "Feasible now"),
        (Feasibility, Feasibility.NOT_NOW.value): QT_TRANSLATE_NOOP("Labels", "Not feasible now"),
        (ActionOwner, ActionOwner.EMPLOYEE.value): QT_TRANSLATE_NOOP("Labels", "Employee"),
        (ActionOwner, ActionOwner.ORGANISATION.value): QT_TRANSLATE_NOOP("Labels", "Organisation"),
        (ActionOwner, ActionOwner.MENTOR.value): QT_TRANSLATE_NOOP("Labels", "Mentor"),
        (ActionOwner, ActionOwner.MANAGER.value): QT_TRANSLATE_NOOP("Labels", "Manager"),
        (ActionStatus, ActionStatus.OPEN.value): QT_TRANSLATE_NOOP("Labels", "Open"),
        (ActionStatus, ActionStatus.IN_PROGRESS.value): QT_TRANSLATE_NOOP("Labels", "In progress"),
        (ActionStatus, ActionStatus.DONE.value): QT_TRANSLATE_NOOP("Labels", "Done"),
        (ActionStatus, ActionStatus.DROPPED.value): QT_TRANSLATE_NOOP("Labels", "Dropped"),
        (ObstacleKind, ObstacleKind.TIME.value): QT_TRANSLATE_NOOP("Labels", "Time"),
        (ObstacleKind, ObstacleKind.MONEY.value): QT_TRANSLATE_NOOP("Labels", "Money"),
        (ObstacleKind, ObstacleKind.PERSONAL.value): QT_TRANSLATE_NOOP("Labels", "Personal limits"),
        (ObstacleKind, ObstacleKind.ORGANISATIONAL.value): QT_TRANSLATE_NOOP(
            "Labels", "Organisational"
        ),
        (ActivityKind, ActivityKind.TRAINING.value): QT_TRANSLATE_NOOP("Labels", "Training"),
        (ActivityKind, ActivityKind.COACHING.value): QT_TRANSLATE_NOOP("Labels", "Coaching"),
        (ActivityKind, ActivityKind.MENTORING.value): QT_TRANSLATE_NOOP("Labels", "Mentoring"),
        (ActivityKind, ActivityKind.VOLUNTEERING.value): QT_TRANSLATE_NOOP(
            "Labels", "Volunteering"
        ),
        (ActivityKind, ActivityKind.PROJECT.value): QT_TRANSLATE_NOOP(
            "Labels", "Project with another department"
        ),
        (ActivityKind, ActivityKind.CAREER_SAFARI.value): QT_TRANSLATE_NOOP(
            "Labels", "Career safari"
        ),
        (ActivityKind, ActivityKind.JOB_CRAFTING.value): QT_TRANSLATE_NOOP(
            "Labels", "Job crafting"
        ),
        (ActivityKind, ActivityKind.JOB_ROTATION.value): QT_TRANSLATE_NOOP(
            "Labels", "Job rotation"
        ),
        (ActivityKind, ActivityKind.INFORMAL_LEARNING.value): QT_TRANSLATE_NOOP(
            "Labels", "Informal learning"
        ),
        (SafariStatus, SafariStatus.PLANNED.value): QT_TRANSLATE_NOOP("Labels", "Planned"),
        (SafariStatus, SafariStatus.ONGOING.value): QT_TRANSLATE_NOOP("Labels", "Ongoing"),
        (SafariStatus, SafariStatus.COMPLETED.value): QT_TRANSLATE_NOOP("Labels", "Completed"),
        (SafariStatus, SafariStatus.CANCELLED.value): QT_TRANSLATE_NOOP("Labels", "Cancelled"),
        (SafariOutcome, SafariOutcome.STAY_AND_CRAFT.value): QT_TRANSLATE_NOOP(
            "Labels", "Stay, and craft the current job"
        ),
        (SafariOutcome, SafariOutcome.MOVE_THERE.value): QT_TRANSLATE_NOOP("Labels", "Move there"),
        (SafariOutcome, SafariOutcome.ANOTHER_SAFARI.value): QT_TRANSLATE_NOOP(
            "Labels", "Another safari"
        ),
        (SafariOutcome, SafariOutcome.OTHER_DIRECTION.value): QT_TRANSLATE_NOOP(
            "Labels", "Another direction"
        ),
        (SafariOutcome, SafariOutcome.NOTHING_YET.value): QT_TRANSLATE_NOOP(
            "Labels", "Nothing yet"
        ),
        (MoveKind, MoveKind.LATERAL.value): QT_TRANSLATE_NOOP("Labels", "Lateral move"),
        (MoveKind, MoveKind.VERTICAL.value): QT_TRANSLATE_NOOP("Labels", "Vertical move"),
        (MoveKind, MoveKind.DIAGONAL.value): QT_TRANSLATE_NOOP("Labels", "Diagonal move"),
        (MoveKind, MoveKind.JOB_CRAFTING.value): QT_TRANSLATE_NOOP(
            "Labels", "Job crafting in the current role"
        ),
        (MoveKind, MoveKind.SAFARI.value): QT_TRANSLATE_NOOP("Labels", "Safari only"),
        (MoveKind, MoveKind.EXTERNAL.value): QT_TRANSLATE_NOOP(
            "Labels", "Move to another organisation"
        ),
        (MoveKind, MoveKind.NONE_YET.value): QT_TRANSLATE_NOOP("Labels", "No move yet"),
        (DueKind, DueKind.SESSION.value): QT_TRANSLATE_NOOP("Labels", "Next session"),
        (DueKind, DueKind.ACTION.value): QT_TRANSLATE_NOOP("Labels", "Action"),
        (DueKind, DueKind.AGREEMENT.value): QT_TRANSLATE_NOOP("Labels", "Agreement"),
        (DueKind, DueKind.REVIEW.value): QT_TRANSLATE_NOOP("Labels", "Plan review"),
        (DueKind, DueKind.REVISIT.value): QT_TRANSLATE_NOOP("Labels", "Look again at"),
        (DueKind, DueKind.RETENTION.value): QT_TRANSLATE_NOOP("Labels", "Retention date passed"),
        (DueKind, DueKind.CAREER_CHECK.value): QT_TRANSLATE_NOOP("Labels", "Career check due"),
        (DueKind, DueKind.SAFARI.value): QT_TRANSLATE_NOOP("Labels", "Career safari starts"),
        (DueKind, DueKind.DEBRIEF.value): QT_TRANSLATE_NOOP("Labels", "Safari debrief due"),
        (DueKind, DueKind.NO_NEXT_STEP.value): QT_TRANSLATE_NOOP("Labels", "No next step"),
        (DueKind, DueKind.ENGAGEMENT.value): QT_TRANSLATE_NOOP("Labels", "Engagement ending"),
        (TemplateKind, TemplateKind.PREPARATION.value): QT_TRANSLATE_NOOP("Labels", "Preparation"),
        (TemplateKind, TemplateKind.CAREER_CHECK.value): QT_TRANSLATE_NOOP(
            "Labels", "Career check"
        ),
        (TemplateKind, TemplateKind.JOB_CRAFTING.value): QT_TRANSLATE_NOOP(
            "Labels", "Job crafting reflection"
        ),
        (TemplateKind, TemplateKind.OWN.value): QT_TRANSLATE_NOOP("Labels", "Own questionnaire"),
        (ExportKind, ExportKind.DATA_JSON.value): QT_TRANSLATE_NOOP("Labels", "Data export (JSON)"),
        (ExportKind, ExportKind.PLAN_PDF.value): QT_TRANSLATE_NOOP(
            "Labels", "Development plan (PDF)"
        ),
        (ExportKind, ExportKind.SUMMARY_PDF.value): QT_TRANSLATE_NOOP(
            "Labels", "Session summary (PDF)"
        ),
    }
    # Keyed by type and value: GoalKind.PERSONAL and ObstacleKind.PERSONAL are both the
    # string "personal" and would otherwise be one key.
    source = names.get((type(value), str(value.value)))
    return QCoreApplication.translate("Labels", source) if source else str(value.value)


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def qdatetime(value: datetime) -> QDateTime:
    return QDateTime(qdate(value.date()), QTime(value.hour, value.minute, value.second))


# One date style per language, on screen as on paper (export/labels.py): day, month name,
# year ("3 March 2026", "3 maart 2026"), and the 24-hour clock in both languages.
DATE_FORMAT = "d MMMM yyyy"
TIME_FORMAT = "HH:mm"
DATE_TIME_FORMAT = f"{DATE_FORMAT} {TIME_FORMAT}"


def compact_date(value: date) -> str:
    """The same style with the month cut short ("3 mrt. 2026"), for a narrow column."""
    return QLocale().toString(qdate(value), "d MMM yyyy")


def short_date(value: date | datetime | None) -> str:
    """A date (and time) in the app's one date style; '-' when absent."""
    if value is None:
        return "-"
    if isinstance(value, datetime):
        return QLocale().toString(qdatetime(value), DATE_TIME_FORMAT)
    return QLocale().toString(qdate(value), DATE_FORMAT)


def money(cents: int) -> str:
    """An amount in euro, in the chosen language's format (€ 1.250,00 or €1,250.00);
    nothing to pay is "Free", as on the PDF."""
    if cents == 0:
        return QCoreApplication.translate("Labels", "Free")
    return QLocale().toCurrencyString(cents / 100, "€")


def short_time(value: datetime) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), TIME_FORMAT)
