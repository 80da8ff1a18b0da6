"""Translated names for the domain's enums (statuses, kinds, modes) shown in the GUI."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from mentorapp.domain.enums import MenteeStatus, SessionKind, SessionMode


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def label(value: Enum) -> str:
    """The translated name of an enum value."""
    names: dict[Enum, str] = {
        MenteeStatus.INTAKE: _t("Intake"),
        MenteeStatus.ACTIVE: _t("Active"),
        MenteeStatus.PAUSED: _t("Paused"),
        MenteeStatus.CLOSED: _t("Closed"),
        SessionKind.INTAKE: _t("Intake"),
        SessionKind.CAREER_CONVERSATION: _t("Career conversation"),
        SessionKind.FOLLOW_UP: _t("Follow-up"),
        SessionKind.SAFARI_DEBRIEF: _t("Safari debrief"),
        SessionKind.CLOSING: _t("Closing"),
        SessionMode.IN_PERSON: _t("In person"),
        SessionMode.VIDEO: _t("Video"),
        SessionMode.PHONE: _t("Phone"),
    }
    return names.get(value, str(value.value))


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
