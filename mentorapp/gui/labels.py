"""Translated names for the domain's enums (statuses, kinds, modes) shown in the GUI."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from mentorapp.domain.enums import MenteeStatus, SessionKind, SessionMode


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; translated where it is shown."""
    return text


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
