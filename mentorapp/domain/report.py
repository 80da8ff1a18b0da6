"""The career-centre report: counts per cell, merged exactly, published with suppression.

An ``Aggregate`` holds, per group (organisation or department, or everyone), a ``Cell``
per metric: a count (or an hour sum, or a sum of scores) and how many distinct mentees
contribute to it. Small cells are kept, so the aggregates of many coaches merge exactly
(the mentees of different coaches are different people: merging adds both numbers).

``publish`` turns an aggregate into what may leave: every cell with fewer than
``threshold`` mentees is suppressed (primary suppression), and so is every further cell
needed so that no suppressed cell can be worked out from the cells shown (complementary
suppression over the additive sets: the kinds of a metric family and their total within
a group, and the groups and the everyone row within a metric). Groups smaller than the
threshold are pooled as "other groups" and their labels never published.

Pure: no database, no file, no Qt. The metrics are documented in the README.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from operator import itemgetter
from typing import Any, cast

from mentorapp.domain.enums import QuestionKind
from mentorapp.domain.model import QuestionnaireTemplate

AGGREGATE_FORMAT = "mentorapp-career-centre-aggregate"
AGGREGATE_VERSION = 1
MIN_THRESHOLD = 5
BY_CHOICES = ("organisation", "department")

SESSION_KINDS = ("intake", "career_conversation", "follow_up", "safari_debrief", "closing")
MOVE_KINDS = (
    "lateral",
    "vertical",
    "diagonal",
    "crafting",
    "external",
    "none_yet",
    "not_recorded",
)
# The built-in career check's dimensions: only these keys are reported (a coach's own
# section keys are free text and never leave).
DIMENSIONS = ("energy", "meaning", "learning", "fit", "balance", "future", "support")

SESSION_METRICS = (
    *(f"sessions.{k}" for k in SESSION_KINDS),
    "sessions.total",
    "sessions.hours",
)
MENTEE_METRICS = ("mentees.active", "mentees.started", "mentees.closed")
PLAN_METRICS = ("plans.agreed", "actions.done", "safaris.held")
MOVE_METRICS = tuple(f"moves.{k}" for k in MOVE_KINDS)
CHECK_METRICS = tuple(f"check.{d}.{part}" for d in DIMENSIONS for part in ("sum", "change_sum"))
ENGAGEMENT_METRICS = ("engagements.count", "engagements.hours")
METRICS: tuple[str, ...] = (
    *MENTEE_METRICS,
    *SESSION_METRICS,
    *PLAN_METRICS,
    *MOVE_METRICS,
    *CHECK_METRICS,
    *ENGAGEMENT_METRICS,
)
# Metrics whose count is a sum of hours or of scores rather than a whole number.
FRACTIONAL = frozenset({"sessions.hours", "engagements.hours", *CHECK_METRICS})
# Within one group: each total is the sum of its parts.
ADDITIVE_SETS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("sessions.total", tuple(f"sessions.{k}" for k in SESSION_KINDS)),
    ("mentees.closed", MOVE_METRICS),
)

EVERYONE = ""  # the group key of everyone (no grouping), and of the "all" row
OTHER_GROUPS = "\x00other"  # the key of the pooled small groups (never a real label)
NOT_RECORDED = ""  # with a grouping: mentees without an organisation/department (pooled)


_DIGITS = {str(n): n for n in range(11)}  # the usual answers, read without int()


_TABLE_MAX = 100  # a scale wider than this is read answer by answer


def _scale_table(low: int, high: int, reversed_: bool) -> dict[object, int]:
    """A scale item's answers as stored ("1".."5") and what each scores (reversed or not)."""
    if high - low > _TABLE_MAX:
        return {}
    table: dict[object, int] = {}
    for v in range(low, high + 1):
        table[str(v)] = low + high - v if reversed_ else v
    return table


def check_scorer(
    template: QuestionnaireTemplate,
) -> Callable[[Mapping[str, object]], dict[str, float]]:
    """The built-in dimensions' scores of one career-check version, as
    ``questionnaires.dimension_scores`` gives them, made once per version (a report
    scores thousands of checks): only scale items of the built-in dimensions count."""
    items = [
        (q.key, q.section, _scale_table(q.low, q.high, q.reversed), q.low, q.high, q.reversed)
        for q in template.questions
        if q.kind is QuestionKind.SCALE and q.section in DIMENSIONS
    ]

    # The common case - every item answered with one of its usual answers - in one go:
    # the items grouped by dimension (dimensions in the order they first come), each
    # dimension a span of the looked-up values.
    sections = list(dict.fromkeys(section for _key, section, *_rest in items))
    grouped = [item for section in sections for item in items if item[1] == section]
    spans: list[tuple[str, int, int]] = []
    for section in sections:
        first = next(n for n, item in enumerate(grouped) if item[1] == section)
        spans.append((section, first, first + sum(1 for i in grouped if i[1] == section)))
    keys = tuple(item[0] for item in grouped)
    tables = tuple(item[2] for item in grouped)
    answered = itemgetter(*keys) if len(keys) > 1 else None  # (one item: a bare value)
    looked_up = dict.get

    def score(answers: Mapping[str, object]) -> dict[str, float]:
        if answered is None:
            return one_by_one(answers)
        try:
            values = list(map(looked_up, tables, answered(answers)))
        except (KeyError, TypeError):  # an item not answered, an answer not a string
            return one_by_one(answers)
        if None in values:
            return one_by_one(answers)
        found = cast(list[int], values)
        return {section: sum(found[a:b]) / (b - a) for section, a, b in spans}

    def one_by_one(answers: Mapping[str, object]) -> dict[str, float]:
        sums: dict[str, int] = {}
        counts: dict[str, int] = {}
        for key, section, table, low, high, reversed_ in items:
            raw = answers.get(key)
            if raw is None:
                continue
            # The usual answer ("3") is looked up, already reversed; anything else is read
            # as the app reads it.
            value = table.get(raw) if isinstance(raw, str) else None
            if value is None:
                value = _DIGITS.get(raw) if isinstance(raw, str) else None
                if value is None:
                    try:
                        value = int(str(raw).strip())
                    except ValueError:
                        continue
                if not low <= value <= high:
                    continue
                if reversed_:
                    value = low + high - value
            if section in sums:
                sums[section] += value
                counts[section] += 1
            else:
                sums[section] = value
                counts[section] = 1
        return {k: total / counts[k] for k, total in sums.items()}

    return score


class ReportError(Exception):
    """A career-centre report cannot be made as asked (the message names no content)."""


class ReportFileInvalid(ReportError):
    """An aggregate file that is not one we can merge.

    ``reason``: "not-json" (unreadable, not JSON), "format" (another kind of file),
    "newer-version" (made by a newer Mentorapp), "bad-value" (a field or number out of
    place), "mismatch" (files of different periods or groupings), "no-files",
    "duplicate" (the same file, or an exact copy of one, given twice).
    """

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"aggregate file invalid: {reason}" + (f" ({detail})" if detail else ""))
        self.reason = reason
        self.detail = detail
        self.path: Any = None  # set by the service that read the file


class ThresholdTooLow(ReportError):
    """A threshold below the minimum, or below the vault's current setting (it only goes up)."""

    def __init__(self, asked: int, least: int) -> None:
        super().__init__(f"threshold {asked} is below {least}")
        self.asked = asked
        self.least = least


@dataclass(frozen=True)
class Cell:
    """A count (or hour sum, or score sum) and the distinct mentees contributing to it."""

    count: float
    mentees: int

    def __add__(self, other: Cell) -> Cell:
        return Cell(tidy(self.count + other.count), self.mentees + other.mentees)


EMPTY = Cell(0, 0)


def tidy(value: float) -> float:
    """Counts stay whole numbers; sums lose float noise beyond 9 decimals."""
    rounded = round(value, 9)
    return int(rounded) if float(rounded).is_integer() else rounded


def normalise_label(text: str) -> str:
    """A group label as shown: stripped, inner whitespace single."""
    return " ".join(text.split())


def group_key(text: str) -> str:
    """The key two spellings of one group share ("Finance " and "finance")."""
    label = normalise_label(text)
    return label.casefold() if label else NOT_RECORDED


@dataclass(frozen=True)
class Aggregate:
    """Counts per group and metric for the period ``start``-``end`` (both included).

    ``by`` is None (one group, ``EVERYONE``), "organisation" or "department";
    ``labels`` maps a group key to its label as first seen; ``sources`` counts the
    coaches' aggregates merged into this one.
    """

    start: date
    end: date
    by: str | None
    groups: dict[str, dict[str, Cell]]
    sources: int = 1
    labels: dict[str, str] = field(default_factory=dict)

    def cell(self, group: str, metric: str) -> Cell:
        return self.groups.get(group, {}).get(metric, EMPTY)


def merge(aggregates: Sequence[Aggregate]) -> Aggregate:
    """One aggregate of many: counts and mentees added cell by cell (exact).

    ``ReportFileInvalid("mismatch")`` when they cover different periods or groupings,
    ``ReportFileInvalid("no-files")`` for none.
    """
    if not aggregates:
        raise ReportFileInvalid("no-files")
    first = aggregates[0]
    groups: dict[str, dict[str, Cell]] = {}
    labels: dict[str, str] = {}
    for agg in aggregates:
        if (agg.start, agg.end, agg.by) != (first.start, first.end, first.by):
            raise ReportFileInvalid("mismatch", "period or grouping differs")
        for key, cells in agg.groups.items():
            target = groups.setdefault(key, {})
            for metric, cell in cells.items():
                target[metric] = target.get(metric, EMPTY) + cell
            if key in agg.labels:
                labels.setdefault(key, agg.labels[key])
    return Aggregate(
        first.start,
        first.end,
        first.by,
        groups,
        sum(a.sources for a in aggregates),
        labels,
    )


# ---- publishing ---------------------------------------------------------------------


@dataclass(frozen=True)
class PublishedRow:
    """One published number: its group's label ("" = all mentees), metric, value.

    ``value`` is None when suppressed. Check metrics are published as means:
    ``check.<dimension>.mean`` (sum / mentees) and ``check.<dimension>.change``
    (change_sum / mentees with two checks)."""

    group: str
    metric: str
    value: float | None


@dataclass(frozen=True)
class Published:
    """What may leave: the rows by group and metric, suppressed cells as None."""

    start: date
    end: date
    by: str | None
    threshold: int
    sources: int
    groups: list[str]  # "" (all) first, then the published group labels, OTHER last
    rows: list[PublishedRow]

    @property
    def suppressed(self) -> int:
        return sum(1 for r in self.rows if r.value is None)

    def value(self, group: str, metric: str) -> float | None:
        for row in self.rows:
            if row.group == group and row.metric == metric:
                return row.value
        raise KeyError(metric)


OTHER_LABEL = "\x00other"  # Published.groups uses this for the pooled row; renderers word it


def published_metric(metric: str) -> str:
    """The published name of a stored metric (sums of scores become means)."""
    if metric.endswith(".change_sum"):
        return metric[: -len(".change_sum")] + ".change"
    if metric.startswith("check.") and metric.endswith(".sum"):
        return metric[: -len(".sum")] + ".mean"
    return metric


def _shown_value(metric: str, cell: Cell) -> float:
    if metric in CHECK_METRICS:
        return round(cell.count / cell.mentees, 6) if cell.mentees else 0.0
    if metric in FRACTIONAL:
        return round(float(cell.count), 6)
    return int(cell.count)


def pooled(aggregate: Aggregate, threshold: int) -> tuple[dict[str, dict[str, Cell]], list[str]]:
    """The groups as published: those with at least ``threshold`` active mentees under
    their own key, the others added together under ``OTHER_GROUPS``; and the order."""
    if aggregate.by is None:
        return {EVERYONE: dict(aggregate.groups.get(EVERYONE, {}))}, [EVERYONE]
    kept: dict[str, dict[str, Cell]] = {}
    other: dict[str, Cell] = {}
    for key, cells in aggregate.groups.items():
        size = cells.get("mentees.active", EMPTY).mentees
        if size >= threshold and key != NOT_RECORDED:
            kept[key] = dict(cells)
        else:
            for metric, cell in cells.items():
                other[metric] = other.get(metric, EMPTY) + cell
    labels = aggregate.labels

    def by_label(key: str) -> tuple[str, str]:
        return labels.get(key, key).casefold(), key

    order = sorted(kept, key=by_label)
    if other:
        kept[OTHER_GROUPS] = other
        order.append(OTHER_GROUPS)
    return kept, order


Var = tuple[str, str]  # (group key, metric)


def constraints(rows: list[str], grouped: bool) -> list[tuple[Var, list[Var]]]:
    """The additive sets as (total, parts): within every row, and (when grouped) the
    all row of every metric as the sum of the groups."""
    found: list[tuple[Var, list[Var]]] = []
    every = [EVERYONE, *rows] if grouped else rows
    for row in every:
        for total, parts in ADDITIVE_SETS:
            found.append(((row, total), [(row, p) for p in parts]))
    if grouped:
        for metric in METRICS:
            found.append(((EVERYONE, metric), [(row, metric) for row in rows]))
    return found


def determined(equations: list[tuple[Var, list[Var]]], hidden: set[Var]) -> set[Var]:
    """The hidden cells that the shown cells and the equations give away exactly.

    Each equation says total - sum(parts) = 0; the shown cells are known numbers. A
    hidden cell is given away when its unit vector lies in the row space of the
    equations restricted to the hidden cells: in the reduced row echelon form, a row
    with that cell alone. Whole numbers while every pivot is 1 or -1 (as in these sums;
    a network's matrix keeps it so), exact fractions otherwise.
    """
    columns = sorted(hidden)
    index = {var: i for i, var in enumerate(columns)}
    matrix: list[dict[int, int]] = []
    for total, parts in equations:
        row: dict[int, int] = {}
        for var, sign in ((total, 1), *((p, -1) for p in parts)):
            if var in index:
                i = index[var]
                row[i] = row.get(i, 0) + sign
        row = {k: v for k, v in row.items() if v != 0}
        if row:
            matrix.append(row)
    try:
        pivots = _reduced(matrix, whole=True)
    except ArithmeticError:
        pivots = _reduced([{k: Fraction(v) for k, v in r.items()} for r in matrix], whole=False)
    return {columns[col] for col, prow in pivots if len(prow) == 1}


def _reduced(
    matrix: Sequence[Mapping[int, Any]], *, whole: bool
) -> list[tuple[int, dict[int, Any]]]:
    """Gauss-Jordan over sparse rows: (pivot column, row) pairs. With ``whole``, an
    ``ArithmeticError`` when a pivot is not 1 or -1."""
    pivots: dict[int, dict[int, Any]] = {}
    for original in matrix:
        row = dict(original)
        for col in [c for c in row if c in pivots]:  # reduce by the pivots found so far
            factor = row.get(col, 0)
            if factor:
                for k, v in pivots[col].items():
                    row[k] = row.get(k, 0) - factor * v
        row = {k: v for k, v in row.items() if v != 0}
        if not row:
            continue
        units = [k for k, v in row.items() if v in (1, -1)]
        if whole and not units:
            raise ArithmeticError("pivot is not a unit")
        col = min(units) if units else min(row)
        lead = row[col]
        row = (
            {k: v * lead for k, v in row.items()}
            if lead in (1, -1)
            else {k: v / lead for k, v in row.items()}
        )
        for pcol, prow in pivots.items():  # keep earlier pivot rows reduced in the new column
            factor = prow.get(col, 0)
            if factor:
                for k, v in row.items():
                    prow[k] = prow.get(k, 0) - factor * v
                pivots[pcol] = {k: v for k, v in prow.items() if v != 0}
        pivots[col] = row
    return list(pivots.items())


def components(equations: list[tuple[Var, list[Var]]]) -> list[list[tuple[Var, list[Var]]]]:
    """The equations in groups that share no cell (each can be suppressed on its own: a
    metric across the groups, or a family of kinds with its totals)."""
    parent = list(range(len(equations)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_of: dict[Var, int] = {}
    for i, (total, parts) in enumerate(equations):
        for var in (total, *parts):
            if var in first_of:
                parent[root(i)] = root(first_of[var])
            else:
                first_of[var] = i
    found: dict[int, list[tuple[Var, list[Var]]]] = {}
    for i, eq in enumerate(equations):
        found.setdefault(root(i), []).append(eq)
    return list(found.values())


def suppress(
    cells: Mapping[Var, Cell], equations: list[tuple[Var, list[Var]]], threshold: int
) -> set[Var]:
    """Primary suppression (fewer than ``threshold`` mentees), then complementary:
    while a hidden cell can be worked out, hide the smallest shown cell of an equation
    it is in (a part before a total, a group before the all row). Each group of
    equations sharing cells is done on its own; each round answers every exposed cell."""
    hidden = {var for var, cell in cells.items() if cell.mentees < threshold}
    totals = {eq[0] for eq in equations}

    def preference(v: Var) -> tuple[bool, bool, int, float, Var]:
        return (v[0] == EVERYONE, v in totals, cells[v].mentees, cells[v].count, v)

    for group in components(equations):
        touching: dict[Var, list[set[Var]]] = {}
        for total, parts in group:
            members = {total, *parts}
            for var in members:
                touching.setdefault(var, []).append(members)
        while True:
            exposed = determined(group, hidden & touching.keys())
            if not exposed:
                break
            added: set[Var] = set()
            for var in sorted(exposed):
                if any(members & added for members in touching[var]):
                    continue  # a cell hidden this round may already cover it
                candidates = {o for members in touching[var] for o in members if o not in hidden}
                if not candidates:  # cannot happen (a determined cell has a shown neighbour)
                    continue
                best = min(candidates, key=preference)
                hidden.add(best)
                added.add(best)
            if not added:  # nothing left to hide here: hide what is exposed (never shown)
                if exposed <= hidden:
                    # Only hidden cells are determined, e.g. a total of no parts (an empty
                    # report by group): they are hidden already, and nothing else can help.
                    break
                hidden |= exposed
    return hidden


def publish(aggregate: Aggregate, threshold: int) -> Published:
    """The report that may leave, with primary and complementary suppression."""
    if threshold < MIN_THRESHOLD:
        raise ThresholdTooLow(threshold, MIN_THRESHOLD)
    groups, order = pooled(aggregate, threshold)
    grouped = aggregate.by is not None
    cells: dict[Var, Cell] = {}
    for key in order:
        for metric in METRICS:
            cells[(key, metric)] = groups[key].get(metric, EMPTY)
    if grouped:
        for metric in METRICS:
            total = EMPTY
            for key in order:
                total = total + cells[(key, metric)]
            cells[(EVERYONE, metric)] = total
    equations = constraints(order, grouped)
    hidden = suppress(cells, equations, threshold)
    shown_order = [EVERYONE, *order] if grouped else order
    label_of = {EVERYONE: "", OTHER_GROUPS: OTHER_LABEL, **aggregate.labels}
    rows = [
        PublishedRow(
            label_of.get(key, key),
            published_metric(metric),
            None if (key, metric) in hidden else _shown_value(metric, cells[(key, metric)]),
        )
        for key in shown_order
        for metric in METRICS
    ]
    return Published(
        aggregate.start,
        aggregate.end,
        aggregate.by,
        threshold,
        aggregate.sources,
        [label_of.get(k, k) for k in shown_order],
        rows,
    )


# ---- the file -----------------------------------------------------------------------

ABOUT = (
    "A Mentorapp career-centre aggregate. It holds counts per cell only: for each group "
    "and metric a count (or a sum of hours or of career-check scores) and how many "
    "mentees contribute to it. Small cells are included, so that merging the files of "
    "many coaches is exact; this file must therefore never be published as it is, only "
    "through 'mentorapp report merge' (or the app's merge), which suppresses every cell "
    "of fewer than the threshold of mentees and whatever would reveal one. It holds no "
    "names, no dates of one person, no notes and no free text other than the group "
    "labels (organisation or department) of the groups it counts."
)


def to_json(aggregate: Aggregate) -> dict[str, Any]:
    """The aggregate as the documented JSON document (README "Career-centre report")."""
    return {
        "format": AGGREGATE_FORMAT,
        "version": AGGREGATE_VERSION,
        "about": ABOUT,
        "period": {"from": aggregate.start.isoformat(), "to": aggregate.end.isoformat()},
        "by": aggregate.by,
        "sources": aggregate.sources,
        "groups": [
            {
                "key": key,
                "label": aggregate.labels.get(key, ""),
                "cells": {
                    metric: {"count": cell.count, "mentees": cell.mentees}
                    for metric, cell in sorted(cells.items())
                },
            }
            for key, cells in sorted(aggregate.groups.items())
        ],
    }


def _need(condition: bool, detail: str) -> None:
    if not condition:
        raise ReportFileInvalid("bad-value", detail)


def _number(value: Any) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value >= 0
    )


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _day(value: Any, name: str) -> date:
    _need(isinstance(value, str), name)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ReportFileInvalid("bad-value", name) from None


def from_json(doc: Any) -> Aggregate:
    """An aggregate from its JSON document, checked strictly (``ReportFileInvalid``)."""
    if not isinstance(doc, dict) or doc.get("format") != AGGREGATE_FORMAT:
        raise ReportFileInvalid("format")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ReportFileInvalid("bad-value", "version")
    if version > AGGREGATE_VERSION:
        raise ReportFileInvalid("newer-version", str(version))
    known = {"format", "version", "about", "period", "by", "sources", "groups"}
    _need(set(doc) <= known and set(doc) >= known - {"about"}, "fields")
    period = doc["period"]
    _need(isinstance(period, dict) and set(period) == {"from", "to"}, "period")
    start, end = _day(period["from"], "period.from"), _day(period["to"], "period.to")
    _need(start <= end, "period")
    by = doc["by"]
    _need(by is None or by in BY_CHOICES, "by")
    sources = doc["sources"]
    _need(_whole(sources) and sources >= 1, "sources")
    _need(isinstance(doc["groups"], list), "groups")
    groups: dict[str, dict[str, Cell]] = {}
    labels: dict[str, str] = {}
    for raw in doc["groups"]:
        _need(isinstance(raw, dict) and set(raw) == {"key", "label", "cells"}, "group")
        key, label, raw_cells = raw["key"], raw["label"], raw["cells"]
        _need(isinstance(key, str) and isinstance(label, str), "group key")
        _need(len(key) <= 200 and len(label) <= 200, "group key")
        _need(key not in groups, "group key twice")
        if by is None:
            _need(key == EVERYONE, "group key")
        else:
            _need(key == group_key(label) or (key == NOT_RECORDED and not label), "group key")
        _need(isinstance(raw_cells, dict), "cells")
        cells: dict[str, Cell] = {}
        for metric, value in raw_cells.items():
            _need(metric in METRICS, "metric")
            _need(isinstance(value, dict) and set(value) == {"count", "mentees"}, metric)
            count, mentees = value["count"], value["mentees"]
            _need(_whole(mentees), metric)
            if metric in FRACTIONAL:
                _need(_number(count) or metric.endswith("change_sum"), metric)
                _need(
                    isinstance(count, int | float)
                    and not isinstance(count, bool)
                    and math.isfinite(count),
                    metric,
                )
            else:
                _need(_whole(count), metric)
            cells[metric] = Cell(count, mentees)
        groups[key] = cells
        if label:
            labels[key] = normalise_label(label)
    return Aggregate(start, end, by, groups, sources, labels)
