"""The career-centre report's rules: exact merging, suppression nobody can undo, the file."""

from __future__ import annotations

import json
from datetime import date
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentorapp.domain.builtin_questionnaires import builtin_templates
from mentorapp.domain.enums import Language, TemplateKind
from mentorapp.domain.questionnaires import dimension_scores
from mentorapp.domain.report import (
    AGGREGATE_FORMAT,
    EVERYONE,
    METRICS,
    MOVE_METRICS,
    OTHER_GROUPS,
    OTHER_LABEL,
    Aggregate,
    Cell,
    Published,
    ReportFileInvalid,
    ThresholdTooLow,
    check_scorer,
    constraints,
    from_json,
    merge,
    pooled,
    publish,
    published_metric,
    to_json,
)

START, END = date(2026, 1, 1), date(2026, 12, 31)
_CHECK = next(
    t
    for t in builtin_templates()
    if t.kind is TemplateKind.CAREER_CHECK and t.language is Language.EN
)
SMALL_METRICS = (
    "mentees.active",
    "mentees.closed",
    *MOVE_METRICS[:3],
    "sessions.total",
    "sessions.intake",
    "sessions.career_conversation",
    "check.energy.sum",
)


def _rref(rows: list[list[Fraction]]) -> list[list[Fraction]]:
    """Dense Gauss-Jordan elimination (an implementation apart from the module's)."""
    rows = [r[:] for r in rows if any(r)]
    rank, width = 0, len(rows[0]) if rows else 0
    for col in range(width):
        pivot = next((i for i in range(rank, len(rows)) if rows[i][col] != 0), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        lead = rows[rank][col]
        rows[rank] = [v / lead for v in rows[rank]]
        for i in range(len(rows)):
            if i != rank and rows[i][col] != 0:
                f = rows[i][col]
                rows[i] = [a - f * b for a, b in zip(rows[i], rows[rank], strict=True)]
        rank += 1
    return rows[:rank]


def shown(report: Published, aggregate: Aggregate, key: str, metric: str) -> float | None:
    """The report's value of the aggregate's cell (group key, stored metric)."""
    label_of = {EVERYONE: "", OTHER_GROUPS: OTHER_LABEL, **aggregate.labels}
    return report.value(label_of.get(key, key), published_metric(metric))


def recoverable(aggregate: Aggregate, threshold: int) -> list[tuple[str, str]]:
    """The suppressed cells that the published ones and the additive sets give away."""
    report = publish(aggregate, threshold)
    _, order = pooled(aggregate, threshold)
    hidden = [
        (key, metric)
        for key in ([EVERYONE, *order] if aggregate.by else order)
        for metric in METRICS
        if shown(report, aggregate, key, metric) is None
    ]
    if not hidden:
        return []
    index = {var: i for i, var in enumerate(hidden)}
    matrix = []
    for total, parts in constraints(order, aggregate.by is not None):
        row = [Fraction(0)] * len(hidden)
        for var, sign in ((total, 1), *((p, -1) for p in parts)):
            if var in index:
                row[index[var]] += sign
        matrix.append(row)
    # A hidden cell is worked out exactly when its unit vector is in the row space: then
    # the reduced form has a row holding that cell alone.
    return [hidden[row.index(1)] for row in _rref(matrix) if sum(v != 0 for v in row) == 1]


def _cells(draw: st.DrawFn, size: int) -> dict[str, Cell]:
    cells: dict[str, Cell] = {"mentees.active": Cell(size, size)}
    for metric in SMALL_METRICS[1:]:
        mentees = draw(st.integers(0, size))
        count = mentees * draw(st.integers(1, 3)) if mentees else 0
        cells[metric] = Cell(count, mentees)
    for metric in MOVE_METRICS[:3]:
        cells[metric] = Cell(cells[metric].mentees, cells[metric].mentees)
    cells["mentees.closed"] = Cell(
        sum(cells[m].count for m in MOVE_METRICS[:3]),
        sum(cells[m].mentees for m in MOVE_METRICS[:3]),
    )
    kinds = cells["sessions.intake"].count + cells["sessions.career_conversation"].count
    cells["sessions.total"] = Cell(
        kinds, max(cells["sessions.intake"].mentees, cells["sessions.career_conversation"].mentees)
    )
    return cells


@st.composite
def aggregates(draw: st.DrawFn) -> Aggregate:
    grouped = draw(st.booleans())
    if not grouped:
        return Aggregate(START, END, None, {EVERYONE: _cells(draw, draw(st.integers(0, 30)))})
    names = draw(st.lists(st.sampled_from("abcdefgh"), min_size=1, max_size=5, unique=True))
    groups = {name: _cells(draw, draw(st.integers(1, 14))) for name in names}
    return Aggregate(START, END, "department", groups, 1, {n: n.upper() for n in names})


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(aggregates(), st.integers(5, 8))
def test_no_suppressed_cell_can_be_worked_out_and_every_shown_cell_is_big_enough(
    aggregate: Aggregate, threshold: int
) -> None:
    report = publish(aggregate, threshold)
    groups, order = pooled(aggregate, threshold)
    for key in [EVERYONE, *order] if aggregate.by else order:
        for metric in METRICS:
            if shown(report, aggregate, key, metric) is None:
                continue
            if key == EVERYONE and aggregate.by:
                mentees = sum(groups[k].get(metric, Cell(0, 0)).mentees for k in order)
            else:
                mentees = groups[key].get(metric, Cell(0, 0)).mentees
            assert mentees >= threshold, (key, metric)
    assert recoverable(aggregate, threshold) == []
    # No label of a group smaller than the threshold is published.
    for key, cells in aggregate.groups.items():
        if aggregate.by and cells["mentees.active"].mentees < threshold:
            assert aggregate.labels[key] not in report.groups


@settings(max_examples=60, deadline=None)
@given(aggregates(), st.integers(5, 8))
def test_subtraction_in_any_additive_set_never_finds_a_single_hidden_cell(
    aggregate: Aggregate, threshold: int
) -> None:
    report = publish(aggregate, threshold)
    _, order = pooled(aggregate, threshold)
    for total, parts in constraints(order, aggregate.by is not None):
        hidden = [shown(report, aggregate, k, m) is None for k, m in [total, *parts]]
        assert sum(hidden) != 1


def test_the_checker_sees_a_cell_given_away() -> None:
    """The test's own checker is not blind: one kind hidden beside its total is found."""
    cells = {
        "mentees.active": Cell(20, 20),
        "sessions.intake": Cell(20, 20),
        "sessions.career_conversation": Cell(3, 3),
        "sessions.follow_up": Cell(20, 20),
        "sessions.safari_debrief": Cell(20, 20),
        "sessions.closing": Cell(20, 20),
        "sessions.total": Cell(83, 20),
    }
    aggregate = Aggregate(START, END, None, {EVERYONE: cells})
    report = publish(aggregate, 5)
    assert report.value("", "sessions.career_conversation") is None
    kinds = ("intake", "follow_up", "safari_debrief", "closing", "total")
    assert sum(report.value("", f"sessions.{k}") is None for k in kinds) == 1
    assert recoverable(aggregate, 5) == []
    # Shown again, the one extra cell hidden would give the small one away.
    forced = Aggregate(START, END, None, {EVERYONE: {**cells, "sessions.closing": Cell(20, 4)}})
    assert publish(forced, 5).value("", "sessions.closing") is None


def test_a_group_of_four_beside_a_group_of_six_reveals_nothing() -> None:
    def group(size: int) -> dict[str, Cell]:
        return {
            "mentees.active": Cell(size, size),
            "sessions.intake": Cell(size, size),
            "sessions.total": Cell(size, size),
        }

    aggregate = Aggregate(
        START, END, "department", {"hr": group(4), "finance": group(6)}, 1,
        {"hr": "HR", "finance": "Finance"},
    )  # fmt: skip
    report = publish(aggregate, 5)
    assert "HR" not in report.groups
    assert report.groups == ["", "Finance", OTHER_LABEL]
    for metric in ("mentees.active", "sessions.intake", "sessions.total"):
        assert report.value(OTHER_LABEL, metric) is None
        shown_all = report.value("", metric) is not None
        shown_finance = report.value("Finance", metric) is not None
        assert not (shown_all and shown_finance)


def test_merging_adds_counts_and_mentees_exactly() -> None:
    a = Aggregate(
        START, END, "department", {"hr": {"sessions.intake": Cell(3, 2)}}, 1, {"hr": "HR"}
    )
    b = Aggregate(
        START, END, "department", {"hr": {"sessions.intake": Cell(4, 3)}}, 2, {"hr": "hr"}
    )
    merged = merge([a, b])
    assert merged.groups == {"hr": {"sessions.intake": Cell(7, 5)}}
    assert merged.sources == 3
    assert merged.labels == {"hr": "HR"}
    with pytest.raises(ReportFileInvalid) as caught:
        merge([a, Aggregate(START, date(2026, 6, 30), "department", {}, 1)])
    assert caught.value.reason == "mismatch"
    with pytest.raises(ReportFileInvalid):
        merge([])


def test_the_threshold_is_never_below_five() -> None:
    with pytest.raises(ThresholdTooLow):
        publish(Aggregate(START, END, None, {EVERYONE: {}}), 4)


@given(aggregates())
@settings(max_examples=40, deadline=None)
def test_the_json_document_reads_back_the_same(aggregate: Aggregate) -> None:
    text = json.dumps(to_json(aggregate))
    assert from_json(json.loads(text)) == aggregate


def _doc() -> dict[str, object]:
    agg = Aggregate(
        START, END, "department", {"hr": {"sessions.intake": Cell(3, 2)}}, 1, {"hr": "HR"}
    )
    return to_json(agg)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d.update(format="something-else"), "format"),
        (lambda d: d.update(version=2), "newer-version"),
        (lambda d: d.update(version="1"), "bad-value"),
        (lambda d: d.update(sources=0), "bad-value"),
        (lambda d: d.update(by="tag"), "bad-value"),
        (lambda d: d.update(extra=1), "bad-value"),
        (lambda d: d.update(period={"from": "2026-12-31", "to": "2026-01-01"}), "bad-value"),
        (lambda d: d.update(period={"from": "yesterday", "to": "2026-01-01"}), "bad-value"),
        (lambda d: d["groups"][0]["cells"].update(x={"count": 1, "mentees": 1}), "bad-value"),
        (lambda d: d["groups"][0]["cells"]["sessions.intake"].update(count=-1), "bad-value"),
        (lambda d: d["groups"][0]["cells"]["sessions.intake"].update(count=1.5), "bad-value"),
        (lambda d: d["groups"][0]["cells"]["sessions.intake"].update(mentees=True), "bad-value"),
        (lambda d: d["groups"][0].update(key="finance"), "bad-value"),
        (lambda d: d["groups"].append(dict(d["groups"][0])), "bad-value"),
    ],
)
def test_a_changed_document_is_refused_with_its_reason(change: object, reason: str) -> None:
    doc = _doc()
    assert callable(change)
    change(doc)
    with pytest.raises(ReportFileInvalid) as caught:
        from_json(doc)
    assert caught.value.reason == reason


def test_the_header_says_what_the_file_holds() -> None:
    doc = _doc()
    assert doc["format"] == AGGREGATE_FORMAT and doc["version"] == 1
    about = str(doc["about"])
    for words in ("counts per cell only", "Small cells are included", "mentorapp report merge"):
        assert words in about
    assert "no names, no dates of one person" in about


@settings(max_examples=80, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from([q.key for q in _CHECK.questions] + ["other"]),
        st.one_of(st.sampled_from(["1", "2", "3", "4", "5", " 4 ", "0", "6", "x", ""]), st.text()),
    )
)
def test_the_reports_check_scorer_scores_as_the_app_does(answers: dict[str, str]) -> None:
    from mentorapp.domain.ids import MenteeId, TemplateId
    from mentorapp.domain.model import QuestionnaireResponse

    response = QuestionnaireResponse(TemplateId(1), MenteeId(1), START, answers)
    assert check_scorer(_CHECK)(answers) == dimension_scores(_CHECK, response)


def test_exposure_is_found_also_when_a_pivot_is_not_one() -> None:
    """x = 2y with x shown gives y away: the exact fractions take over from whole numbers."""
    from mentorapp.domain.report import determined

    x, y, z = ("", "x"), ("", "y"), ("", "z")
    assert determined([(x, [y, y])], {y}) == {y}
    assert determined([(x, [y, y, z])], {y, z}) == set()
    assert determined([(x, [y, y, z]), (x, [z])], {y, z}) == {y, z}


@pytest.mark.parametrize("by", [None, "organisation", "department"])
def test_an_empty_report_is_published_and_hides_everything(by: str | None) -> None:
    """A period without mentees: every cell is suppressed, and publishing ends (by group
    it looped for ever: a total of no parts stays 'determined' however much is hidden)."""
    import threading

    done: list[Published] = []
    empty = Aggregate(date(2026, 1, 1), date(2026, 12, 31), by, {}, 1)
    worker = threading.Thread(target=lambda: done.append(publish(empty, 5)), daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert done, "publish did not return"
    assert done[0].rows and all(row.value is None for row in done[0].rows)
