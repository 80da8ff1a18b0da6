"""What leaves in a career-centre report: no canary, no name, no small cell and no cell
that can be worked out, in the PDF, the CSV and the published report of merged files."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentorapp.domain.enums import Language
from mentorapp.domain.report import (
    EVERYONE,
    METRICS,
    OTHER_GROUPS,
    OTHER_LABEL,
    Aggregate,
    Cell,
    pooled,
    publish,
    published_metric,
)
from mentorapp.services import report
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.domain.test_report import recoverable
from tests.services.report_data import CANARIES, Person, add_people, canary, team

START, END = date(2026, 1, 1), date(2026, 12, 31)
SMALL = "Personeelsdienst Zeven"  # the group of four: its label must never be published


def _people() -> list[Person]:
    people = [*team("Financiën", 6), *team(SMALL, 4)]
    for person in people:
        person.organisation = canary("organisation")
    return people


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def _mentees_of(aggregate: Aggregate, threshold: int) -> dict[tuple[str, str], int]:
    """Each published (group label, metric) and the mentees behind it."""
    groups, order = pooled(aggregate, threshold)
    found: dict[tuple[str, str], int] = {}
    label_of = {EVERYONE: "", OTHER_GROUPS: OTHER_LABEL, **aggregate.labels}
    for metric in METRICS:
        for key in order:
            found[(label_of[key], published_metric(metric))] = (
                groups[key].get(metric, Cell(0, 0)).mentees
            )
        if aggregate.by:
            found[("", published_metric(metric))] = sum(
                groups[k].get(metric, Cell(0, 0)).mentees for k in order
            )
    return found


def _check_csv(data: bytes, aggregate: Aggregate, threshold: int) -> None:
    text = data.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["group", "metric", "value", "suppressed"]
    mentees = _mentees_of(aggregate, threshold)
    names = {"(all)": "", "(other groups)": OTHER_LABEL}
    hidden = 0
    for group, metric, value, suppressed in rows[1:]:
        assert suppressed in ("yes", "no")
        if suppressed == "yes":
            assert value == ""
            hidden += 1
        else:
            assert mentees[(names.get(group, group), metric)] >= threshold, (group, metric)
    assert hidden > 0
    assert SMALL not in text


@pytest.fixture
def coaches(tmp_path: Path) -> list[Path]:
    """Two coaches' aggregate files (by department), and their vaults closed."""
    people = _people()
    files = []
    for index, share in enumerate((people[::2], people[1::2])):
        made, _ = Vault.create(tmp_path / f"c{index}.mentorvault", PASSPHRASE, kdf=FAST_KDF)
        try:
            add_people(made, share)
            target = tmp_path / f"c{index}.json"
            report.write_report(
                report.build(made, START, END, "department"),
                target,
                threshold=5,
                language=Language.EN,
            )
            files.append(target)
        finally:
            made.close()
    return files


def test_one_vaults_report_shows_no_canary_no_small_group_and_nothing_derivable(
    tmp_path: Path, vault: Vault
) -> None:
    add_people(vault, _people())
    aggregate = report.build(vault, START, END, "department")
    assert recoverable(aggregate, 5) == []
    for language in (Language.EN, Language.NL):
        target = tmp_path / f"report-{language.value}.pdf"
        written = report.write_report(aggregate, target, threshold=5, language=language)
        assert written.suppressed and written.suppressed > 0
        text = pdf_text(target.read_bytes())
        assert "Financiën" in text  # the group of six is shown by name
        assert SMALL not in text
        assert not [c for c in CANARIES if c in text]
        assert "–" in text
        footnote = "fewer than 5 mentees" if language is Language.EN else "minder dan 5 mentees"
        assert footnote in text
    csv_target = tmp_path / "report.csv"
    report.write_report(aggregate, csv_target, threshold=5, language=Language.EN)
    data = csv_target.read_bytes()
    assert not [c for c in CANARIES if c.encode() in data]
    _check_csv(data, aggregate, 5)


def test_the_aggregate_file_holds_counts_and_labels_only(coaches: list[Path]) -> None:
    for path in coaches:
        raw = path.read_text("utf-8")
        assert not [c for c in CANARIES if c in raw]
        doc = json.loads(raw)
        strings: list[str] = []

        def walk(value: object, strings: list[str] = strings) -> None:
            if isinstance(value, dict):
                strings.extend(value)
                for inner in value.values():
                    walk(inner)
            elif isinstance(value, list):
                for inner in value:
                    walk(inner)
            elif isinstance(value, str):
                strings.append(value)

        walk(doc["groups"])
        free = {s for s in strings if s not in METRICS and s not in ("key", "label", "cells")}
        free -= {"count", "mentees"}
        assert free <= {"financiën", "Financiën", SMALL, SMALL.casefold()}


def test_the_merged_report_shows_no_canary_no_small_cell_and_nothing_derivable(
    tmp_path: Path, coaches: list[Path]
) -> None:
    merged = report.merge_files(coaches)
    assert merged.sources == 2
    assert recoverable(merged, 5) == []
    shown = publish(merged, 5)
    assert SMALL not in shown.groups and "Financiën" in shown.groups
    # The group of four is alone among the other groups: its every cell is hidden, and so
    # is, per metric, the group of six or the all row (else all - six gives it away).
    for metric in {published_metric(m) for m in METRICS}:
        assert shown.value(OTHER_LABEL, metric) is None
        assert shown.value("", metric) is None or shown.value("Financiën", metric) is None
    pdf, csv_file = tmp_path / "merged.pdf", tmp_path / "merged.csv"
    report.write_report(merged, pdf, threshold=5, language=Language.NL)
    report.write_report(merged, csv_file, threshold=5, language=Language.EN)
    text = pdf_text(pdf.read_bytes())
    assert SMALL not in text and not [c for c in CANARIES if c in text]
    assert "Andere groepen" in text
    _check_csv(csv_file.read_bytes(), merged, 5)


def test_a_higher_threshold_pools_more_and_shows_no_cell_below_it(coaches: list[Path]) -> None:
    merged = report.merge_files(coaches)
    shown = publish(merged, 7)
    assert shown.groups == ["", OTHER_LABEL]  # six is below seven: both groups pooled
    mentees = _mentees_of(merged, 7)
    for row in shown.rows:
        if row.value is not None:
            assert mentees[(row.group, row.metric)] >= 7
    assert recoverable(merged, 7) == []


def test_the_all_row_is_kept_and_the_group_hidden_so_reports_agree(coaches: list[Path]) -> None:
    """By department, a group's cell is hidden rather than the all row, so that the all row
    matches the report without grouping and the two cannot be subtracted."""
    merged = report.merge_files(coaches)
    grouped = publish(merged, 5)
    whole = Aggregate(
        merged.start,
        merged.end,
        None,
        {
            EVERYONE: {
                m: merged.cell("financiën", m) + merged.cell(SMALL.casefold(), m) for m in METRICS
            }
        },
    )
    alone = publish(whole, 5)
    for metric in {published_metric(m) for m in METRICS}:
        assert grouped.value("", metric) == alone.value("", metric), metric
