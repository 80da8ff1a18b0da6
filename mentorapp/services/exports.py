"""What leaves the vault: PDFs and the GDPR data file, each written atomically and logged.

Every export of a mentee's records goes through ``_log`` here, from the GUI and the CLI
alike, so the export log (what, when, version, language, SHA-256 - never the path) is
the same whichever way the coach exported. Renderers receive export-safe documents
built in ``mentorapp.export.documents``; private text never reaches them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mentorapp.domain import clock
from mentorapp.domain.enums import ExportKind, Language
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import CoachingSession, DevelopmentPlan, ExportRecord, Mentee
from mentorapp.export.data_export import mentee_document, write_json
from mentorapp.export.documents import (
    CoachInfo,
    RecoveryKitDocument,
    plan_document,
    session_summary_document,
)
from mentorapp.export.files import write_pdf
from mentorapp.export.pdf import (
    DevelopmentPlanPdf,
    PreparationFormPdf,
    RecoveryKitPdf,
    SessionSummaryPdf,
)
from mentorapp.services.changes import NOTHING, Area, Changes, Outcome
from mentorapp.services.mentees import mentee_records
from mentorapp.store.repositories import ExportLogRepository, MenteeRepository, PlanRepository
from mentorapp.store.vault import Vault


class NoPlanToExport(Exception):
    """The mentee has no development plan yet."""


@dataclass(frozen=True)
class LoggedExport:
    """One export as written and logged."""

    kind: ExportKind
    sha256: str
    version: int | None = None
    language: Language | None = None


# ---- rendering (bytes, for a preview or a file) --------------------------------------


def render_plan(
    mentee: Mentee,
    plan: DevelopmentPlan,
    coach: CoachInfo,
    language: Language,
    today: date,
    manager_signature: bool = False,
) -> bytes:
    document = plan_document(mentee, plan, coach, language, today, manager_signature)
    return DevelopmentPlanPdf(document).generate()


def render_session_summary(
    mentee: Mentee, coaching: CoachingSession, coach: CoachInfo, language: Language
) -> bytes:
    return SessionSummaryPdf(session_summary_document(mentee, coaching, coach, language)).generate()


def render_preparation_form(language: Language, coach: CoachInfo) -> bytes:
    return PreparationFormPdf(language, coach).generate()


def render_recovery_kit(
    vault_name: str, recovery_key: str, language: Language, today: date
) -> bytes:
    document = RecoveryKitDocument(vault_name, recovery_key, today, language)
    return RecoveryKitPdf(document).generate()


# ---- writing and logging -------------------------------------------------------------


def _log(vault: Vault, mentee_id: MenteeId, export: LoggedExport) -> Changes:
    record = ExportRecord(
        mentee_id, export.kind, clock.now(), export.sha256, export.version, export.language
    )
    with vault.transaction() as db:
        ExportLogRepository(db).add(record)
    return Changes.of(Area.EXPORTS, mentee_id=mentee_id)


def save_mentee_pdf(
    vault: Vault,
    mentee_id: MenteeId,
    path: Path,
    data: bytes,
    kind: ExportKind,
    *,
    version: int | None = None,
    language: Language | None = None,
) -> Outcome[LoggedExport]:
    """Write a rendered PDF of a mentee's records atomically, then log it."""
    export = LoggedExport(kind, write_pdf(path, data), version, language)
    return Outcome(export, _log(vault, mentee_id, export))


def write_file(path: Path, data: bytes) -> Outcome[str]:
    """Write a PDF that holds no mentee's records (a blank form, a recovery kit); SHA-256.

    Not logged: the export log is per mentee, and nothing of a mentee is in these.
    """
    return Outcome(write_pdf(path, data), NOTHING)


def export_plan(
    vault: Vault,
    mentee_id: MenteeId,
    path: Path,
    coach: CoachInfo,
    language: Language | None,
    today: date,
    manager_signature: bool = False,
) -> Outcome[LoggedExport]:
    """The mentee's current plan as a PDF at ``path`` (language: the mentee's unless given)."""
    with vault.reading() as db:
        mentee = MenteeRepository(db).get(mentee_id)
        plan = PlanRepository(db).current(mentee_id)
    if plan is None:
        raise NoPlanToExport
    chosen = language or mentee.export_language
    data = render_plan(mentee, plan, coach, chosen, today, manager_signature)
    return save_mentee_pdf(
        vault, mentee_id, path, data, ExportKind.PLAN_PDF, version=plan.version, language=chosen
    )


def export_data(
    vault: Vault, mentee_id: MenteeId, path: Path, *, include_private: bool
) -> Outcome[LoggedExport]:
    """The GDPR data file of one mentee (JSON); private notes only when asked."""
    document = mentee_document(mentee_records(vault, mentee_id), include_private=include_private)
    export = LoggedExport(ExportKind.DATA_JSON, write_json(path, document))
    return Outcome(export, _log(vault, mentee_id, export))


__all__ = [
    "CoachInfo",
    "LoggedExport",
    "NoPlanToExport",
    "export_data",
    "export_plan",
    "render_plan",
    "render_preparation_form",
    "render_recovery_kit",
    "render_session_summary",
    "save_mentee_pdf",
    "write_file",
]
