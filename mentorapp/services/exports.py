"""What leaves the vault: PDFs and the GDPR data file, each written atomically and logged.

Every export of a mentee's records goes through ``_log`` here, from the GUI and the CLI
alike, so the export log (what, when, version, language, SHA-256 - never the path) is
the same whichever way the coach exported. Renderers receive export-safe documents
built in ``mentorapp.export.documents``; private text never reaches them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from pathlib import Path

from mentorapp.domain import clock
from mentorapp.domain.builtin_questionnaires import builtin_template
from mentorapp.domain.enums import ExportKind, Language, TemplateKind
from mentorapp.domain.ids import AttachmentId, MenteeId
from mentorapp.domain.model import (
    CareerSafari,
    CareerStory,
    CoachingSession,
    DevelopmentPlan,
    ExportRecord,
    JobCraftingCanvas,
    Mentee,
    QuestionnaireTemplate,
)
from mentorapp.domain.questionnaires import CheckPoint
from mentorapp.export import practice as practice_files
from mentorapp.export.data_export import (
    attachment_file_name,
    attachments_folder,
    json_bytes,
    mentee_document,
    remove_attachments,
    write_attachments,
)
from mentorapp.export.documents import (
    CoachInfo,
    RecoveryKitDocument,
    career_check_view,
    crafting_view,
    form_document,
    plan_document,
    safari_views,
    session_summary_document,
    story_document,
)
from mentorapp.export.files import write_export
from mentorapp.export.pdf import (
    CareerStoryPdf,
    DevelopmentPlanPdf,
    LogoProblem,
    QuestionnaireFormPdf,
    RecoveryKitPdf,
    SessionSummaryPdf,
    logo_problem,
)
from mentorapp.export.pdf.hours import HoursReportPdf
from mentorapp.export.practice import HoursReport, LogRow
from mentorapp.services import moves, questionnaires
from mentorapp.services.changes import NOTHING, Area, Changes, Outcome
from mentorapp.services.mentees import mentee_records
from mentorapp.services.vault_files import VAULT_SUFFIX, is_vault
from mentorapp.store.errors import ExportIntoVault
from mentorapp.store.practice_repository import AttachmentRepository
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


# ---- the coach on the paper -----------------------------------------------------------

COACH_NAME = "name"
COACH_ORGANISATION = "organisation"


def missing_coach_details(coach: CoachInfo) -> tuple[str, ...]:
    """Which of the coach's name and organisation are still empty, in that order.

    ``("name", "organisation")``, ``("name",)``, ``("organisation",)`` or ``()``: the GUI
    asks for them before the first export, the command line warns. The PDFs print well
    without them, only with less to say who handed them over.
    """
    details = ((COACH_NAME, coach.name), (COACH_ORGANISATION, coach.organisation))
    return tuple(key for key, value in details if not value.strip())


# ---- rendering (bytes, for a preview or a file) --------------------------------------
# ``now`` is the export time, the PDF's creation date; the current time when not given.


def check_logo(path: Path) -> LogoProblem | None:
    """Why a logo cannot go on the PDFs (missing, unreadable, not a PNG/JPEG that
    decodes), or None: the settings dialog and ``--logo`` both ask here."""
    return logo_problem(path)


def render_plan(
    mentee: Mentee,
    plan: DevelopmentPlan,
    coach: CoachInfo,
    language: Language,
    today: date,
    manager_signature: bool = False,
    *,
    career_checks: list[CheckPoint] | None = None,
    dimension_titles: dict[str, str] | None = None,
    safaris: list[CareerSafari] | None = None,
    canvas: JobCraftingCanvas | None = None,
    now: datetime | None = None,
) -> bytes:
    """The plan as a PDF; with ``career_checks`` (oldest first) a small chart of the last
    ones, each dimension named by ``dimension_titles`` (section key -> title); with
    ``safaris`` a section on the career safaris (not the cancelled ones), with ``canvas``
    one on the crafted job. The coach's notes on either never print."""
    chart = (
        career_check_view(career_checks, dimension_titles or {})
        if career_checks is not None
        else None
    )
    document = plan_document(
        mentee,
        plan,
        coach,
        language,
        today,
        manager_signature,
        chart,
        safaris=safari_views(safaris or []),
        crafting=crafting_view(canvas) if canvas is not None else None,
    )
    return DevelopmentPlanPdf(document, _created(now)).generate()


def render_session_summary(
    mentee: Mentee,
    coaching: CoachingSession,
    coach: CoachInfo,
    language: Language,
    *,
    now: datetime | None = None,
) -> bytes:
    document = session_summary_document(mentee, coaching, coach, language)
    return SessionSummaryPdf(document, _created(now)).generate()


def render_story(story: CareerStory, coach: CoachInfo, *, now: datetime | None = None) -> bytes:
    """A career story as a one-page PDF, in the story's language (no mentee, no name)."""
    return CareerStoryPdf(story_document(story, coach), _created(now)).generate()


def render_hours_report(
    report: HoursReport,
    language: Language,
    coach: CoachInfo | None = None,
    *,
    now: datetime | None = None,
) -> bytes:
    """A sponsor's hours report as a PDF (clients named as the report already names them)."""
    name, organisation = (coach.name, coach.organisation) if coach else ("", "")
    return HoursReportPdf(report, language, name, organisation, _created(now)).generate()


def hours_csv(report: HoursReport) -> bytes:
    """A sponsor's hours report as CSV, as Excel opens it."""
    return practice_files.hours_csv(report)


def coaching_log_csv(rows: Iterable[LogRow]) -> bytes:
    """The coaching log for an accreditation body as CSV, as Excel opens it."""
    return practice_files.coaching_log_csv(rows)


def render_form(
    template: QuestionnaireTemplate, coach: CoachInfo, *, now: datetime | None = None
) -> bytes:
    """Any questionnaire template as a blank form to fill in by hand, in its language."""
    return QuestionnaireFormPdf(form_document(template, coach), _created(now)).generate()


def render_builtin_form(
    kind: TemplateKind, language: Language, coach: CoachInfo, *, now: datetime | None = None
) -> bytes:
    """A built-in questionnaire as shipped (no vault needed) as a blank form."""
    return render_form(builtin_template(kind, Language(language)), coach, now=now)


def render_preparation_form(
    language: Language, coach: CoachInfo, *, now: datetime | None = None
) -> bytes:
    """The blank preparation form: the built-in preparation template, printed."""
    return render_builtin_form(TemplateKind.PREPARATION, language, coach, now=now)


def render_recovery_kit(
    vault_name: str,
    recovery_key: str,
    language: Language,
    today: date,
    *,
    location: str = "",
    computer: str = "",
    now: datetime | None = None,
) -> bytes:
    """The recovery kit in ``language`` (the vault's), saying which vault it opens:
    ``vault_name``, the folder it is in (``location``) and the ``computer`` it was made on.
    """
    document = RecoveryKitDocument(vault_name, recovery_key, today, language, location, computer)
    return RecoveryKitPdf(document, _created(now)).generate()


def _created(now: datetime | None) -> datetime:
    return now if now is not None else clock.now()


# ---- writing and logging -------------------------------------------------------------


def check_target(path: Path) -> None:
    """``ExportIntoVault`` when ``path`` lies in a vault folder (or is one of its files).

    An export written onto ``vault.db`` replaced the encrypted database with plain JSON;
    none may land inside a vault, where it would also be carried into backups and syncs.
    """
    target = Path(path).absolute()
    for folder in (target, *target.parents):
        if folder.name.endswith(VAULT_SUFFIX) or is_vault(folder):
            raise ExportIntoVault("the export target is inside a vault folder")
    resolved = target.resolve()
    if resolved != target:
        check_target(resolved)


def _write_logged(
    vault: Vault, mentee_id: MenteeId, path: Path, data: bytes, export: LoggedExport
) -> Changes:
    """Log first, then write: a vault that cannot take the log line gets no file either.

    The log row is flushed (taking the database's write lock) before the file is
    written, and the transaction commits after it; if the commit fails the file goes.
    """
    check_target(path)
    record = ExportRecord(
        mentee_id, export.kind, clock.now(), export.sha256, export.version, export.language
    )
    written = False
    try:
        with vault.transaction() as db:
            ExportLogRepository(db).add(record)
            db.flush()
            write_export(path, data)  # atomic: temp file, fsync, replace
            written = True
    except BaseException:
        if written:
            Path(path).unlink(missing_ok=True)
        raise
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
    """Write a rendered PDF of a mentee's records atomically and log it (log first)."""
    export = LoggedExport(kind, _sha256(data), version, language)
    return Outcome(export, _write_logged(vault, mentee_id, path, data, export))


def write_file(path: Path, data: bytes) -> Outcome[str]:
    """Write a PDF that holds no mentee's records (a blank form, a recovery kit); SHA-256.

    Not logged: the export log is per mentee, and nothing of a mentee is in these.
    """
    check_target(path)
    return Outcome(write_export(path, data), NOTHING)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def career_check_chart(
    vault: Vault, mentee_id: MenteeId, language: Language
) -> tuple[list[CheckPoint], dict[str, str]]:
    """What the plan's chart needs: the mentee's career checks (oldest first) and the
    dimensions' titles in the plan's ``language``.

    The titles come from the latest check's template; when that is the built-in one
    they come from the built-in of the plan's language (the same keys), so an English
    plan names the dimensions in English even when the check was answered in Dutch.
    """
    checks = questionnaires.career_checks(vault, mentee_id)
    if not checks:
        return [], {}
    latest = questionnaires.template(vault, checks[-1].template_id)
    if latest.built_in and latest.language is not Language(language):
        latest = questionnaires.builtin(vault, TemplateKind.CAREER_CHECK, Language(language))
    return checks, questionnaires.dimension_titles(latest)


def export_plan(
    vault: Vault,
    mentee_id: MenteeId,
    path: Path,
    coach: CoachInfo,
    language: Language | None,
    today: date,
    manager_signature: bool = False,
    *,
    career_chart: bool = False,
    safaris: bool = False,
    crafting: bool = False,
    now: datetime | None = None,
) -> Outcome[LoggedExport]:
    """The mentee's current plan as a PDF at ``path`` (language: the mentee's unless given);
    with ``career_chart`` a small chart of the last career checks, if there are any; with
    ``safaris`` the mentee's career safaris, with ``crafting`` the job crafting canvas
    (each only when there is something to show)."""
    with vault.reading() as db:
        mentee = MenteeRepository(db).get(mentee_id)
        plan = PlanRepository(db).current(mentee_id)
    if plan is None:
        raise NoPlanToExport
    check_target(path)
    chosen = language or mentee.export_language
    checks, titles = career_check_chart(vault, mentee_id, chosen) if career_chart else ([], {})
    data = render_plan(
        mentee,
        plan,
        coach,
        chosen,
        today,
        manager_signature,
        career_checks=checks or None,
        dimension_titles=titles,
        safaris=moves.safaris(vault, mentee_id) if safaris else None,
        canvas=moves.canvas(vault, mentee_id) if crafting else None,
        now=now,
    )
    return save_mentee_pdf(
        vault, mentee_id, path, data, ExportKind.PLAN_PDF, version=plan.version, language=chosen
    )


def _attachment_bytes(vault: Vault, attachment_id: AttachmentId) -> bytes:
    with vault.reading() as db:
        return AttachmentRepository(db).content(attachment_id)


def export_data(
    vault: Vault, mentee_id: MenteeId, path: Path, *, include_private: bool
) -> Outcome[LoggedExport]:
    """The GDPR data file of one mentee (JSON), with the attachments as files in the
    folder ``<name>_attachments`` beside it; private notes and private attachments only
    when asked. The folder is written first and taken back if the JSON is not."""
    check_target(path)
    records = mentee_records(vault, mentee_id)
    folder = attachments_folder(path)
    names = {
        a.id: attachment_file_name(a.id, a.file_name)
        for a in records.attachments
        if a.id is not None and (include_private or not a.private)
    }
    written = write_attachments(
        folder,
        ((name, partial(_attachment_bytes, vault, a_id)) for a_id, name in names.items()),
    )
    files = {int(a_id): (f"{folder.name}/{name}", written[name]) for a_id, name in names.items()}
    document = mentee_document(records, include_private=include_private, attachment_files=files)
    data = json_bytes(document)
    export = LoggedExport(ExportKind.DATA_JSON, _sha256(data))
    try:
        changes = _write_logged(vault, mentee_id, path, data, export)
    except BaseException:
        remove_attachments(folder)
        raise
    return Outcome(export, changes)


__all__ = [
    "CoachInfo",
    "LoggedExport",
    "LogoProblem",
    "NoPlanToExport",
    "career_check_chart",
    "check_logo",
    "check_target",
    "export_data",
    "export_plan",
    "missing_coach_details",
    "render_builtin_form",
    "render_form",
    "render_plan",
    "render_preparation_form",
    "render_recovery_kit",
    "render_session_summary",
    "render_story",
    "save_mentee_pdf",
    "write_file",
]
