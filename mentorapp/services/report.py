"""The career-centre report: build a vault's aggregate, save and load aggregate files,
merge many coaches' files, and write the published report (PDF, CSV) or the aggregate.

Only counts and means leave: the queries read ids, kinds, statuses, dates and durations,
and the group label (organisation or department) when the report is by one. What is
published goes through ``domain.report.publish`` (primary and complementary suppression);
the aggregate file (.json) keeps small cells for an exact merge and says so in its header.
The definitions of the metrics are in the README ("Career-centre report").
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from mentorapp.domain import clock
from mentorapp.domain.enums import Language, MoveKind
from mentorapp.domain.model import QuestionnaireTemplate
from mentorapp.domain.report import (
    BY_CHOICES,
    EVERYONE,
    MIN_THRESHOLD,
    SESSION_KINDS,
    Aggregate,
    Cell,
    Published,
    ReportFileInvalid,
    ThresholdTooLow,
    check_scorer,
    from_json,
    group_key,
    merge,
    normalise_label,
    publish,
    tidy,
    to_json,
)
from mentorapp.export.files import write_export
from mentorapp.services.changes import NOTHING, Outcome
from mentorapp.services.exports import check_target
from mentorapp.store import report_queries as queries
from mentorapp.store.vault import Vault

MAX_FILE_BYTES = 20 * 1024 * 1024  # an aggregate is a few kB; refuse a runaway file

# The outcome of a trajectory as the report names its kind ("safari only" made no move).
MOVE_OF: dict[MoveKind | None, str] = {
    MoveKind.LATERAL: "lateral",
    MoveKind.VERTICAL: "vertical",
    MoveKind.DIAGONAL: "diagonal",
    MoveKind.JOB_CRAFTING: "crafting",
    MoveKind.EXTERNAL: "external",
    MoveKind.NONE_YET: "none_yet",
    MoveKind.SAFARI: "none_yet",
    None: "not_recorded",
}


@dataclass(frozen=True)
class Written:
    """A report file on disk: where, its SHA-256, and how many cells were suppressed
    (None for an aggregate file, which suppresses nothing and is not for publishing)."""

    path: Path
    sha256: str
    suppressed: int | None


def _sessions(vault: Vault, start: date, end: date) -> list[tuple[int, str, int, int, int]]:
    with vault.reading() as db:
        return queries.sessions(db, start, end)


_Facts = tuple[
    list[queries.MenteeFacts],
    list[int],
    list[int],
    list[int],
    list[int],
    dict[str, dict[int, float]],
]
"""Mentees, agreed plans, done actions, held safaris, engagements, career-check scores."""


def _the_rest(vault: Vault, start: date, end: date, by: str | None) -> _Facts:
    """Everything but the sessions, with the career checks scored."""
    with vault.reading() as db:
        people = queries.mentees(db, by)
        agreed = queries.agreed_plans(db, start, end)
        done = queries.done_actions(db, start, end)
        safaris = queries.held_safaris(db, start, end)
        engaged = queries.engagements(db, start, end)
        templates = queries.career_check_templates(db)
        answers = queries.career_check_answers(db, list(templates), end)
    checks: dict[str, dict[int, float]] = defaultdict(dict)
    _career_checks(templates, answers, start, checks)
    return people, agreed, done, safaris, engaged, checks


def build(vault: Vault, start: date, end: date, by: str | None) -> Aggregate:
    """The vault's aggregate for ``start``-``end`` (both included), per ``by`` group
    ("organisation", "department") or for everyone (None). Counts only."""
    if end < start:
        raise ValueError("the period ends before it starts")
    if by is not None and by not in BY_CHOICES:
        raise ValueError("a report is by organisation or department")
    # The sessions' counts read every session row (most of the time of a report); the
    # database does that off the GIL on a second connection while this thread reads and
    # scores the rest.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-sessions") as pool:
        counted = pool.submit(_sessions, vault, start, end)
        people, agreed, done, safaris, engaged, checks = _the_rest(vault, start, end, by)
        sessions = counted.result()  # (an error above: leaving the pool waits for it)
    group_of: dict[int, str] = {}
    labels: dict[str, str] = {}
    for person in people:
        key = group_key(person.label) if by is not None else EVERYONE
        group_of[person.id] = key
        if by is not None and normalise_label(person.label):
            labels.setdefault(key, normalise_label(person.label))
    # Per metric, per mentee: how much they contribute (grouped at the end).
    per: dict[str, dict[int, float]] = defaultdict(lambda: defaultdict(float))

    def add(metric: str, mentee: int, amount: float = 1) -> None:
        per[metric][mentee] += amount

    active: set[int] = set()
    for person in people:
        if person.start <= end and (person.close is None or person.close >= start):
            active.add(person.id)
        if start <= person.start <= end:
            add("mentees.started", person.id)
        if person.close is not None and start <= person.close <= end:
            add("mentees.closed", person.id)
            add(f"moves.{MOVE_OF.get(person.outcome, 'not_recorded')}", person.id)
    minutes: dict[int, int] = defaultdict(int)
    billable: dict[int, int] = defaultdict(int)
    for mentee, kind, held, duration, paid in sessions:
        if kind not in SESSION_KINDS:  # cannot be (the column is checked); never guessed
            continue
        add(f"sessions.{kind}", mentee, held)
        add("sessions.total", mentee, held)
        minutes[mentee] += duration
        billable[mentee] += paid
    for mentee, total in minutes.items():
        add("sessions.hours", mentee, total / 60)
    for mentee in agreed:
        add("plans.agreed", mentee)
    for mentee in done:
        add("actions.done", mentee)
    for mentee in safaris:
        add("safaris.held", mentee)
    for mentee in set(engaged):
        add("engagements.count", mentee)
        add("engagements.hours", mentee, billable.get(mentee, 0) / 60)
    for metric, scores in checks.items():  # (in the order the checks were scored)
        per[metric].update(scores)
    for contributions in per.values():
        active.update(contributions)
    per["mentees.active"] = dict.fromkeys(active, 1.0)
    # Each metric's sum and mentees per group, groups in the order their mentees come
    # (some 250,000 contributions at 10,000 mentees: one dict per metric, not per cell).
    sums: dict[tuple[str, str], float] = {}
    heads: dict[tuple[str, str], int] = {}
    for metric, contributions in per.items():
        part_sum: dict[str, float] = {}
        part_heads: dict[str, int] = {}
        for mentee, amount in contributions.items():
            group = group_of[mentee]
            if group in part_sum:
                part_sum[group] += amount
                part_heads[group] += 1
            else:
                part_sum[group] = 0.0 + amount
                part_heads[group] = 1
        for group, amount in part_sum.items():
            sums[(group, metric)] = amount
            heads[(group, metric)] = part_heads[group]
    groups: dict[str, dict[str, Cell]] = {}
    for (group, metric), amount in sums.items():
        groups.setdefault(group, {})[metric] = Cell(tidy(amount), heads[(group, metric)])
    if by is None:
        groups.setdefault(EVERYONE, {})
    return Aggregate(start, end, by, groups, 1, {k: v for k, v in labels.items() if k in groups})


def _answers(text: str) -> dict[str, object]:
    """A check's answers from their stored JSON (a damaged one scores nothing)."""
    try:
        parsed = json.loads(text)
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}


def _career_checks(
    templates: dict[int, QuestionnaireTemplate],
    answers: Iterable[tuple[int, int, int, date, str]],
    start: date,
    per: dict[str, dict[int, float]],
) -> None:
    """Per mentee with a career check in the period and per built-in dimension: the
    latest score in the period, and its change since the mentee's first check."""
    scorers = {tid: check_scorer(template) for tid, template in templates.items()}
    series: dict[int, list[tuple[date, int, int, str]]] = defaultdict(list)
    for rid, mentee, template_id, day, given in answers:
        series[mentee].append((day, rid, template_id, given))
    names: dict[str, tuple[str, str]] = {}
    for mentee, checks in series.items():
        checks.sort()  # by day, then id (unique: the rest is never compared)
        latest_day, _, latest_template, latest_answers = checks[-1]
        if latest_day < start:
            continue
        latest = scorers[latest_template](_answers(latest_answers))
        firsts: dict[str, float] = {}
        for _day, _rid, template_id, given in checks[:-1]:
            if latest.keys() <= firsts.keys():
                break
            for dimension, score in scorers[template_id](_answers(given)).items():
                firsts.setdefault(dimension, score)
        for dimension, score in latest.items():
            if dimension not in names:
                names[dimension] = (f"check.{dimension}.sum", f"check.{dimension}.change_sum")
            total, change = names[dimension]
            per[total][mentee] = score
            if dimension in firsts:
                per[change][mentee] = score - firsts[dimension]


# ---- files --------------------------------------------------------------------------


def aggregate_bytes(aggregate: Aggregate) -> bytes:
    return (json.dumps(to_json(aggregate), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def save_aggregate(aggregate: Aggregate, path: Path) -> Outcome[str]:
    """Write the aggregate file (atomically, 0600); its SHA-256."""
    check_target(Path(path))
    return Outcome(write_export(Path(path), aggregate_bytes(aggregate)), NOTHING)


def _no_constant(name: str) -> float:
    raise ValueError(name)


def _read(path: Path) -> bytes:
    """A file's bytes, one more than ``MAX_FILE_BYTES`` at most (``OSError``)."""
    with path.open("rb") as handle:
        return handle.read(MAX_FILE_BYTES + 1)


def load_aggregate(path: Path) -> Aggregate:
    """An aggregate file, checked strictly: ``ReportFileInvalid`` (with ``path``) when it
    is not one; ``OSError`` when it cannot be read."""
    path = Path(path)
    return _parse(_read(path), path)


def _parse(data: bytes, path: Path) -> Aggregate:
    """The aggregate in ``data``, read from ``path`` (which a ``ReportFileInvalid`` names)."""
    try:
        if len(data) > MAX_FILE_BYTES:
            raise ReportFileInvalid("format", "too large")
        try:
            doc = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
        except (ValueError, RecursionError):
            raise ReportFileInvalid("not-json") from None
        return from_json(doc)
    except ReportFileInvalid as exc:
        exc.path = path
        raise


def merge_files(paths: Sequence[Path]) -> Aggregate:
    """The merged aggregate of coaches' files (``ReportFileInvalid`` names the file)."""
    if not paths:
        raise ReportFileInvalid("no-files")
    loaded: list[Aggregate] = []
    seen: set[str] = set()
    for path in map(Path, paths):
        data = _read(path)
        # The same file twice (or an exact copy of one) would count its mentees twice.
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen:
            duplicate = ReportFileInvalid("duplicate")
            duplicate.path = path
            raise duplicate
        seen.add(digest)
        loaded.append(_parse(data, path))
    try:
        return merge(loaded)
    except ReportFileInvalid as exc:
        exc.path = next(
            (p for p, a in zip(paths, loaded, strict=True) if (a.start, a.end, a.by)
             != (loaded[0].start, loaded[0].end, loaded[0].by)),
            None,
        )  # fmt: skip
        raise


# ---- the threshold ------------------------------------------------------------------


def _threshold_of(raw: str | None) -> int:
    """The threshold a stored setting means (at least ``MIN_THRESHOLD``; none or
    unreadable: ``MIN_THRESHOLD``)."""
    try:
        return max(MIN_THRESHOLD, int(raw)) if raw is not None else MIN_THRESHOLD
    except ValueError:
        return MIN_THRESHOLD


def threshold(vault: Vault) -> int:
    """The vault's suppression threshold (at least ``MIN_THRESHOLD``)."""
    with vault.reading() as db:
        raw = queries.meta(db, queries.THRESHOLD_KEY)
    return _threshold_of(raw)


def raise_threshold(vault: Vault, value: int) -> Outcome[int]:
    """Set the threshold to ``value``: it can only go up (``ThresholdTooLow``)."""
    with vault.transaction() as db:
        raw = queries.meta(db, queries.THRESHOLD_KEY)
        current = _threshold_of(raw)
        if value < current:
            raise ThresholdTooLow(value, current)
        if value != current or raw is None:
            queries.set_meta(db, queries.THRESHOLD_KEY, str(value))
    return Outcome(value, NOTHING)


# ---- output -------------------------------------------------------------------------


def published(aggregate: Aggregate, threshold: int) -> Published:
    """The report as it may be published (the preview and every PDF/CSV)."""
    return publish(aggregate, threshold)


def report_bytes(
    aggregate: Aggregate,
    kind: str,
    *,
    threshold: int,
    language: Language,
    created: datetime | None = None,
) -> tuple[bytes, int | None]:
    """The bytes of a ``kind`` (".pdf", ".csv", ".json") report and the cells suppressed."""
    if kind == ".json":
        return aggregate_bytes(aggregate), None
    shown = published(aggregate, threshold)
    if kind == ".csv":
        from mentorapp.export.report_csv import report_csv

        return report_csv(shown), shown.suppressed
    if kind == ".pdf":
        from mentorapp.export.pdf.report import CareerCentreReportPdf

        made = created if created is not None else clock.now()
        return CareerCentreReportPdf(shown, language, created=made).generate(), shown.suppressed
    raise ValueError("a report is written as .pdf, .csv or .json")


def write_report(
    aggregate: Aggregate,
    out: Path,
    *,
    threshold: int,
    language: Language,
    created: datetime | None = None,
) -> Written:
    """Write the published report (.pdf, .csv) or the aggregate file (.json) to ``out``."""
    out = Path(out)
    check_target(out)
    if threshold < MIN_THRESHOLD or not math.isfinite(threshold):
        raise ThresholdTooLow(threshold, MIN_THRESHOLD)
    data, suppressed = report_bytes(
        aggregate, out.suffix.casefold(), threshold=threshold, language=language, created=created
    )
    return Written(out, write_export(out, data), suppressed)


__all__ = [
    "Aggregate",
    "Published",
    "ReportFileInvalid",
    "ThresholdTooLow",
    "Written",
    "build",
    "load_aggregate",
    "merge_files",
    "published",
    "raise_threshold",
    "save_aggregate",
    "threshold",
    "write_report",
]
