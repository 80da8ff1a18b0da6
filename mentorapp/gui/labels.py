"""Translated names for the domain's enums (statuses, kinds, modes) shown in the GUI."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from mentorapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityKind,
    Feasibility,
    GoalKind,
    MenteeStatus,
    ObstacleKind,
    PlanStatus,
    SessionKind,
    SessionMode,
)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; translated where it is shown."""
    return text


def choices(kind: type[Enum]) -> tuple[tuple[Enum, str], ...]:
    """Every member of an enum with its translated name, for a combo box."""
    return tuple((member, label(member)) for member in kind)


def label(value: Enum) -> str:
    """The translated name of an enum value."""
    names: dict[Enum, str] = {
        MenteeStatus.INTAKE: QT_TRANSLATE_NOOP("Labels", "Intake"),
        MenteeStatus.ACTIVE: QT_TRANSLATE_NOOP("Labels", "Active"),
        MenteeStatus.PAUSED: QT_TRANSLATE_NOOP("Labels", "Paused"),
        MenteeStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
        SessionKind.INTAKE: QT_TRANSLATE_NOOP("Labels", "Intake"),
        SessionKind.CAREER_CONVERSATION: QT_TRANSLATE_NOOP("Labels", "Career conversation"),
        SessionKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Labels", "Follow-up"),
        SessionKind.SAFARI_DEBRIEF: QT_TRANSLATE_NOOP("Labels", "Safari debrief"),
        SessionKind.CLOSING: QT_TRANSLATE_NOOP("Labels", "Closing"),
        SessionMode.IN_PERSON: QT_TRANSLATE_NOOP("Labels", "In person"),
        SessionMode.VIDEO: QT_TRANSLATE_NOOP("Labels", "Video"),
        SessionMode.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
        PlanStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
        PlanStatus.SHARED: QT_TRANSLATE_NOOP("Labels", "Shared"),
        PlanStatus.AGREED: QT_TRANSLATE_NOOP("Labels", "Agreed"),
        PlanStatus.ARCHIVED: QT_TRANSLATE_NOOP("Labels", "Archived"),
        GoalKind.PERSONAL: QT_TRANSLATE_NOOP("Labels", "Personal"),
        GoalKind.PROFESSIONAL: QT_TRANSLATE_NOOP("Labels", "Professional"),
        Feasibility.FEASIBLE: QT_TRANSLATE_NOOP("Labels", "Feasible now"),
        Feasibility.NOT_NOW: QT_TRANSLATE_NOOP("Labels", "Not feasible now"),
        ActionOwner.EMPLOYEE: QT_TRANSLATE_NOOP("Labels", "Employee"),
        ActionOwner.ORGANISATION: QT_TRANSLATE_NOOP("Labels", "Organisation"),
        ActionOwner.MENTOR: QT_TRANSLATE_NOOP("Labels", "Mentor"),
        ActionOwner.MANAGER: QT_TRANSLATE_NOOP("Labels", "Manager"),
        ActionStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
        ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
        ActionStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
        ActionStatus.DROPPED: QT_TRANSLATE_NOOP("Labels", "Dropped"),
        ObstacleKind.TIME: QT_TRANSLATE_NOOP("Labels", "Time"),
        ObstacleKind.MONEY: QT_TRANSLATE_NOOP("Labels", "Money"),
        ObstacleKind.PERSONAL: QT_TRANSLATE_NOOP("Labels", "Personal limits"),
        ObstacleKind.ORGANISATIONAL: QT_TRANSLATE_NOOP("Labels", "Organisational"),
        ActivityKind.TRAINING: QT_TRANSLATE_NOOP("Labels", "Training"),
        ActivityKind.COACHING: QT_TRANSLATE_NOOP("Labels", "Coaching"),
        ActivityKind.MENTORING: QT_TRANSLATE_NOOP("Labels", "Mentoring"),
        ActivityKind.VOLUNTEERING: QT_TRANSLATE_NOOP("Labels", "Volunteering"),
        ActivityKind.PROJECT: QT_TRANSLATE_NOOP("Labels", "Project with another department"),
        ActivityKind.CAREER_SAFARI: QT_TRANSLATE_NOOP("Labels", "Career safari"),
        ActivityKind.JOB_CRAFTING: QT_TRANSLATE_NOOP("Labels", "Job crafting"),
        ActivityKind.JOB_ROTATION: QT_TRANSLATE_NOOP("Labels", "Job rotation"),
        ActivityKind.INFORMAL_LEARNING: QT_TRANSLATE_NOOP("Labels", "Informal learning"),
    }
    source = names.get(value)
    return QCoreApplication.translate("Labels", source) if source else str(value.value)


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def qdatetime(value: datetime) -> QDateTime:
    return QDateTime(qdate(value.date()), QTime(value.hour, value.minute, value.second))


def short_date(value: date | datetime | None) -> str:
    """A date (and time) in the chosen language's short format; '-' when absent."""
    if value is None:
        return "-"
    if isinstance(value, datetime):
        return QLocale().toString(qdatetime(value), QLocale.FormatType.ShortFormat)
    return QLocale().toString(qdate(value), QLocale.FormatType.ShortFormat)


def short_time(value: datetime) -> str:
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)
