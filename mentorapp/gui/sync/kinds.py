"""Record kinds of a merge (services.sync) in words: "Sessions: 2", "Session"; and the
moments shown beside them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication


def kind_name(kind: str) -> str:
    """One record of ``kind``, as a noun ("Session"); the code itself when unknown."""
    names = {
        "mentee": QCoreApplication.translate("SyncKinds", "Mentee profile"),
        "session": QCoreApplication.translate("SyncKinds", "Session"),
        "plan": QCoreApplication.translate("SyncKinds", "Development plan version"),
        "response": QCoreApplication.translate("SyncKinds", "Questionnaire answers"),
        "safari": QCoreApplication.translate("SyncKinds", "Career safari"),
        "skill": QCoreApplication.translate("SyncKinds", "Skill"),
        "canvas": QCoreApplication.translate("SyncKinds", "Job crafting canvas"),
        "move": QCoreApplication.translate("SyncKinds", "Career move"),
        "engagement": QCoreApplication.translate("SyncKinds", "Engagement"),
        "attachment": QCoreApplication.translate("SyncKinds", "Attachment"),
        "export": QCoreApplication.translate("SyncKinds", "Hand-over record"),
        "questionnaire": QCoreApplication.translate("SyncKinds", "Questionnaire"),
        "catalogue_skill": QCoreApplication.translate("SyncKinds", "Skill in the catalogue"),
        "plan_template": QCoreApplication.translate("SyncKinds", "Plan template"),
        "story": QCoreApplication.translate("SyncKinds", "Career story"),
    }
    return names.get(kind, kind)


def counts_text(counts: Mapping[str, int]) -> str:
    """ "Session: 2, Questionnaire answers: 1" (no plural forms needed); "-" for none."""
    parts = [
        QCoreApplication.translate("SyncKinds", "{kind}: {count}").format(
            kind=kind_name(kind), count=count
        )
        for kind, count in sorted(counts.items(), key=lambda item: _order(item[0]))
        if count
    ]
    return ", ".join(parts) if parts else "-"


_ORDER = (
    "mentee",
    "session",
    "plan",
    "response",
    "questionnaire",
    "safari",
    "skill",
    "canvas",
    "move",
    "engagement",
    "attachment",
    "export",
    "catalogue_skill",
    "plan_template",
    "story",
)


def _order(kind: str) -> tuple[int, str]:
    return (_ORDER.index(kind) if kind in _ORDER else len(_ORDER), kind)


def local_minute(moment: datetime | None) -> datetime | None:
    """An aware moment in local time without its zone (the app's date style), or None."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.replace(second=0, microsecond=0)
