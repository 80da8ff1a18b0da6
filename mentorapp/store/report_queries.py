"""What the career-centre report counts, read column by column (never a note or a name).

Each query selects only the columns a count needs (ids, kinds, statuses, dates,
durations), so no free text but the group label (organisation or department) is read
for the report at all. The setting of the report's threshold lives in ``vault_meta``.
"""

from __future__ import annotations

import json
from datetime import date
from typing import NamedTuple

from sqlalchemy import String, case, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from mentorapp.domain.enums import (
    ActionStatus,
    MoveKind,
    PlanStatus,
    SafariStatus,
    TemplateKind,
)
from mentorapp.domain.model import QuestionnaireTemplate
from mentorapp.store.practice_repository import _from, _until
from mentorapp.store.questionnaire_repository import template_from_row
from mentorapp.store.schema import (
    ActionRow,
    CoachingSessionRow,
    EngagementRow,
    GoalRow,
    MenteeRow,
    PlanRow,
    QuestionnaireResponseRow,
    QuestionnaireTemplateRow,
    SafariRow,
    VaultMeta,
)

THRESHOLD_KEY = "report_threshold"


class MenteeFacts(NamedTuple):
    """A mentee as the report counts them: the group label and the trajectory's dates.

    (A named tuple: made 10,000 times per report, several times cheaper than a frozen
    dataclass.)
    """

    id: int
    label: str  # the organisation or department (whichever the report is by), or ""
    start: date
    close: date | None
    outcome: MoveKind | None


def mentees(db: Session, by: str | None) -> list[MenteeFacts]:
    """Every mentee: the label of ``by`` (or ""), start (or the day they were added),
    close date and outcome."""
    column = {
        "organisation": MenteeRow.organisation,
        "department": MenteeRow.department,
    }.get(by or "")
    label = column if column is not None else literal("")
    # Dates as their stored text, read with date.fromisoformat (much cheaper per row).
    started = func.coalesce(
        type_coerce(MenteeRow.start_date, String),
        func.substr(type_coerce(MenteeRow.created_at, String), 1, 10),
    )
    query = select(
        MenteeRow.id,
        label,
        started,
        type_coerce(MenteeRow.close_date, String),
        type_coerce(MenteeRow.outcome, String),
    )
    day = date.fromisoformat
    return [
        MenteeFacts(
            int(i),
            str(text or ""),
            day(start),
            day(closed) if closed else None,
            MoveKind(outcome) if outcome else None,
        )
        for i, text, start, closed, outcome in db.execute(query)
    ]


def sessions(db: Session, start: date, end: date) -> list[tuple[int, str, int, int, int]]:
    """Sessions held in the period per mentee and kind (its stored value): how many,
    their minutes, and the minutes of the billable ones.

    The rows come back as one JSON array in a single row: the whole query then runs in
    one step without the GIL (``services.report`` reads the rest meanwhile), where a
    row at a time would wait for the GIL for each of some 25,000 rows.
    """
    billable = case((CoachingSessionRow.billable.is_(True), CoachingSessionRow.duration_minutes))
    kind = type_coerce(CoachingSessionRow.kind, String)  # the value, without the enum's cost
    counts = (
        select(
            CoachingSessionRow.mentee_id.label("mentee"),
            kind.label("kind"),
            func.count().label("held"),
            func.coalesce(func.sum(CoachingSessionRow.duration_minutes), 0).label("minutes"),
            func.coalesce(func.sum(billable), 0).label("paid"),
        )
        .where(
            CoachingSessionRow.started_at >= _from(start),
            CoachingSessionRow.started_at < _until(end),
        )
        .group_by(CoachingSessionRow.mentee_id, CoachingSessionRow.kind)
        .subquery()
    )
    c = counts.c
    rows = func.json_group_array(func.json_array(c.mentee, c.kind, c.held, c.minutes, c.paid))
    text = db.scalar(select(type_coerce(rows, String)))
    return [
        (int(m), str(k), int(n), int(minutes), int(paid))
        for m, k, n, minutes, paid in json.loads(text or "[]")
    ]


def agreed_plans(db: Session, start: date, end: date) -> list[int]:
    """The mentee of each plan version agreed (and not archived since) whose freeze time
    (when it was shared or agreed) falls in the period."""
    query = select(PlanRow.mentee_id).where(
        PlanRow.status == PlanStatus.AGREED,
        PlanRow.frozen_at >= _from(start),
        PlanRow.frozen_at < _until(end),
    )
    return [int(m) for (m,) in db.execute(query)]


def done_actions(db: Session, start: date, end: date) -> list[int]:
    """The mentee of each action marked done in the newest plan version of its mentee
    whose deadline falls in the period (the vault records no date of being done)."""
    newest = (
        select(PlanRow.mentee_id, func.max(PlanRow.version).label("version"))
        .group_by(PlanRow.mentee_id)
        .subquery()
    )
    query = (
        select(PlanRow.mentee_id)
        .join(
            newest,
            (newest.c.mentee_id == PlanRow.mentee_id) & (newest.c.version == PlanRow.version),
        )
        .join(GoalRow, GoalRow.plan_id == PlanRow.id)
        .join(ActionRow, ActionRow.goal_id == GoalRow.id)
        .where(
            ActionRow.status == ActionStatus.DONE,
            ActionRow.deadline >= start,
            ActionRow.deadline <= end,
        )
    )
    return [int(m) for (m,) in db.execute(query)]


def held_safaris(db: Session, start: date, end: date) -> list[int]:
    """The mentee of each completed safari that ended (or, without an end, started) in
    the period."""
    day = func.coalesce(SafariRow.end_date, SafariRow.start_date)
    query = select(SafariRow.mentee_id).where(
        SafariRow.status == SafariStatus.COMPLETED, day >= start, day <= end
    )
    return [int(m) for (m,) in db.execute(query)]


def engagements(db: Session, start: date, end: date) -> list[int]:
    """The mentee of each engagement whose period (open ends open) overlaps the report's."""
    query = select(EngagementRow.mentee_id).where(
        (EngagementRow.start_date.is_(None)) | (EngagementRow.start_date <= end),
        (EngagementRow.end_date.is_(None)) | (EngagementRow.end_date >= start),
    )
    return [int(m) for (m,) in db.execute(query)]


def career_check_templates(db: Session) -> dict[int, QuestionnaireTemplate]:
    """Every version of a career-check template, by id."""
    query = select(QuestionnaireTemplateRow).where(
        QuestionnaireTemplateRow.kind == TemplateKind.CAREER_CHECK
    )
    return {row.id: template_from_row(row) for row in db.scalars(query)}


def career_check_answers(
    db: Session, template_ids: list[int], end: date
) -> list[tuple[int, int, int, date, str]]:
    """Career checks answered up to ``end``: id, mentee, template, date and the answers
    as stored (JSON text: the report parses only the checks it scores)."""
    if not template_ids:
        return []
    query = select(
        QuestionnaireResponseRow.id,
        QuestionnaireResponseRow.mentee_id,
        QuestionnaireResponseRow.template_id,
        QuestionnaireResponseRow.answered_on,
        QuestionnaireResponseRow.answers_json,
    ).where(
        QuestionnaireResponseRow.template_id.in_(template_ids),
        QuestionnaireResponseRow.answered_on <= end,
    )
    return [
        (int(rid), int(mentee), int(template), day, str(answers))
        for rid, mentee, template, day, answers in db.execute(query)
    ]


def meta(db: Session, key: str) -> str | None:
    row = db.get(VaultMeta, key)
    return None if row is None else row.value


def set_meta(db: Session, key: str, value: str) -> None:
    row = db.get(VaultMeta, key)
    if row is None:
        db.add(VaultMeta(key=key, value=value))
    else:
        row.value = value
