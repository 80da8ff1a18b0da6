"""Translated names for the career-centre report's sections, metrics and groups on screen.

The metric keys are the domain's (``domain/report.py``, documented in the README):
"<section>.<what>", and as published "check.<dimension>.mean" / ".change". A key
this table does not know is shown as it is, never dropped: the report stays complete when
the domain adds a metric before the GUI names it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mentorapp.domain.enums import MoveKind, SessionKind
from mentorapp.domain.report import OTHER_LABEL
from mentorapp.gui.labels import QT_TRANSLATE_NOOP, label

_SECTIONS = {
    "sessions": QT_TRANSLATE_NOOP("ReportLabels", "Conversations held"),
    "mentees": QT_TRANSLATE_NOOP("ReportLabels", "Mentees"),
    "plans": QT_TRANSLATE_NOOP("ReportLabels", "Development plans"),
    "actions": QT_TRANSLATE_NOOP("ReportLabels", "Actions"),
    "safaris": QT_TRANSLATE_NOOP("ReportLabels", "Career safaris"),
    "moves": QT_TRANSLATE_NOOP("ReportLabels", "Moves"),
    "check": QT_TRANSLATE_NOOP("ReportLabels", "Career check"),
    "engagements": QT_TRANSLATE_NOOP("ReportLabels", "Engagements"),
}

_METRICS = {
    "sessions.total": QT_TRANSLATE_NOOP("ReportLabels", "All conversations"),
    "sessions.hours": QT_TRANSLATE_NOOP("ReportLabels", "Hours of conversation"),
    "mentees.active": QT_TRANSLATE_NOOP("ReportLabels", "Coached in the period"),
    "mentees.started": QT_TRANSLATE_NOOP("ReportLabels", "Started"),
    "mentees.closed": QT_TRANSLATE_NOOP("ReportLabels", "Closed"),
    "plans.agreed": QT_TRANSLATE_NOOP("ReportLabels", "Agreed"),
    "actions.done": QT_TRANSLATE_NOOP("ReportLabels", "Done"),
    "safaris.held": QT_TRANSLATE_NOOP("ReportLabels", "Held"),
    "moves.crafting": QT_TRANSLATE_NOOP("ReportLabels", "Job crafting in the current role"),
    "moves.not_recorded": QT_TRANSLATE_NOOP("ReportLabels", "Closed, no move recorded"),
    "engagements.count": QT_TRANSLATE_NOOP("ReportLabels", "Engagements"),
    "engagements.hours": QT_TRANSLATE_NOOP("ReportLabels", "Hours"),
}

_DIMENSIONS = {
    "energy": QT_TRANSLATE_NOOP("ReportLabels", "Energy and vitality"),
    "meaning": QT_TRANSLATE_NOOP("ReportLabels", "Motivation and meaning"),
    "learning": QT_TRANSLATE_NOOP("ReportLabels", "Learning and growth"),
    "fit": QT_TRANSLATE_NOOP("ReportLabels", "Fit with the job"),
    "balance": QT_TRANSLATE_NOOP("ReportLabels", "Work-life balance"),
    "future": QT_TRANSLATE_NOOP("ReportLabels", "Future-proof skills"),
    "support": QT_TRANSLATE_NOOP("ReportLabels", "Support from the organisation"),
}

_CHECK_PARTS = {
    "mean": QT_TRANSLATE_NOOP("ReportLabels", "{dimension}: mean"),
    "change": QT_TRANSLATE_NOOP("ReportLabels", "{dimension}: mean change"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportLabels", text)


def section_of(metric: str) -> str:
    return metric.split(".", 1)[0]


def section_label(section: str) -> str:
    source = _SECTIONS.get(section)
    return _tr(source) if source else section


def metric_label(metric: str) -> str:
    """What a metric counts, in the app's language ("Career conversation", "Energy and
    vitality: mean")."""
    if metric in _METRICS:
        return _tr(_METRICS[metric])
    section, _, rest = metric.partition(".")
    if section == "sessions" and rest in SessionKind.__members__.values():
        return label(SessionKind(rest))
    if section == "moves" and rest in MoveKind.__members__.values():
        return label(MoveKind(rest))
    if section == "check":
        dimension, _, part = rest.partition(".")
        name = _tr(_DIMENSIONS[dimension]) if dimension in _DIMENSIONS else dimension
        template = _CHECK_PARTS.get(part)
        return _tr(template).format(dimension=name) if template else name
    return metric


def is_fraction(metric: str) -> bool:
    """Whether the value is a mean or an hour sum (one decimal) rather than a count."""
    return section_of(metric) == "check" or metric.endswith(".hours")


def group_label(group: str, by: str | None) -> str:
    """A group's column title: all mentees, an organisation or department as the coaches
    typed it, or the small groups pooled together."""
    if group == OTHER_LABEL:
        return QCoreApplication.translate("ReportLabels", "Other groups together")
    if not group:
        if by is None:
            return QCoreApplication.translate("ReportLabels", "Everyone")
        return QCoreApplication.translate("ReportLabels", "All groups")
    return group
