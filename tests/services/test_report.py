"""The career-centre report built from vaults: what it counts, merging coaches' files
exactly, the threshold that only goes up, and files refused clearly."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from mentorapp.domain.enums import Language, MoveKind, SessionKind
from mentorapp.domain.report import EVERYONE, OTHER_LABEL, Aggregate, Cell, publish
from mentorapp.services import report
from mentorapp.services.report import ReportFileInvalid, ThresholdTooLow
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.services.report_data import Person, add_people, team

START, END = date(2026, 1, 1), date(2026, 12, 31)


def _vault(folder: Path, people: list[Person]) -> Vault:
    made, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    add_people(made, people)
    return made


@pytest.fixture
def vaults(tmp_path: Path) -> Iterator[list[Vault]]:
    opened: list[Vault] = []
    yield opened
    for v in opened:
        v.close()


def test_the_report_counts_what_the_readme_says(vault: Vault) -> None:
    people = [
        *team("Finance", 6),
        Person(
            "Finance",
            start=date(2025, 3, 1),  # started before the period: coached, not started
            close=date(2026, 3, 1),
            outcome=MoveKind.SAFARI,  # "safari only" made no move
            sessions=[
                (SessionKind.CLOSING, datetime(2026, 3, 1, 9), 30, False),
                (SessionKind.FOLLOW_UP, datetime(2025, 12, 31, 23, 59), 60, True),  # before
            ],
            agreed_at=datetime(2025, 5, 1, 9),  # agreed before the period
            done_deadline=date(2027, 1, 1),  # after the period
            safari_end=None,
            checks=[(date(2026, 2, 1), 3)],  # one check: a mean, no change
            engaged=False,
        ),
        Person(  # starts after the period: not counted at all
            "",
            start=date(2027, 1, 1),
            sessions=[],
            checks=[],
            agreed_at=None,
            done_deadline=None,
            safari_end=None,
            engaged=False,
        ),
    ]
    add_people(vault, people)
    agg = report.build(vault, START, END, None)
    cells = agg.groups[EVERYONE]
    assert cells["mentees.active"] == Cell(7, 7)
    assert cells["mentees.started"] == Cell(6, 6)
    assert cells["mentees.closed"] == Cell(4, 4)
    assert cells["moves.lateral"] == Cell(3, 3)
    assert cells["moves.none_yet"] == Cell(1, 1)
    assert cells["sessions.intake"] == Cell(6, 6)
    assert cells["sessions.career_conversation"] == Cell(6, 6)
    assert cells["sessions.closing"] == Cell(1, 1)
    assert cells["sessions.total"] == Cell(13, 7)
    assert cells["sessions.hours"] == Cell(15.5, 7)
    assert cells["plans.agreed"] == Cell(6, 6)
    assert cells["actions.done"] == Cell(6, 6)
    assert cells["safaris.held"] == Cell(6, 6)
    assert cells["engagements.count"] == Cell(6, 6)
    assert cells["engagements.hours"] == Cell(15, 6)
    # Every item answered 2 then 4; reversed items count the other way round (4, 2).
    energy = cells["check.energy.sum"]
    assert energy.mentees == 7
    assert energy.count == pytest.approx(6 * 3.5 + (3 + 3 + 3 + 3) / 4)
    assert cells["check.energy.change_sum"].mentees == 6
    assert cells["check.energy.change_sum"].count == pytest.approx(6 * 1.0)
    assert "follow_up" not in {m.split(".")[1] for m in cells if m.startswith("sessions.")}


def test_groups_are_normalised_and_small_ones_pooled_without_their_label(vault: Vault) -> None:
    add_people(vault, [*team("Finance ", 3), *team(" finance", 3), *team("Personeel", 4)])
    agg = report.build(vault, START, END, "department")
    assert set(agg.groups) == {"finance", "personeel"}
    assert agg.labels == {"finance": "Finance", "personeel": "Personeel"}
    shown = publish(agg, 5)
    assert shown.groups == ["", "Finance", OTHER_LABEL]
    assert all(r.group != "Personeel" for r in shown.rows)


def _same(a: Aggregate, b: Aggregate) -> None:
    assert set(a.groups) == set(b.groups)
    for key in a.groups:
        assert set(a.groups[key]) == set(b.groups[key]), key
        for metric, cell in a.groups[key].items():
            other = b.groups[key][metric]
            assert cell.mentees == other.mentees, (key, metric)
            assert cell.count == pytest.approx(other.count, abs=1e-6), (key, metric)


def _coaches() -> list[list[Person]]:
    return [
        [*team("Finance", 3), *team("ICT", 4)],
        [*team("finance", 2), *team("Personeel", 2)],
        [
            *team("FINANCE ", 1),
            *team("ICT", 2),
            Person("", close=date(2026, 10, 1), outcome=MoveKind.EXTERNAL),
        ],
    ]


@pytest.mark.parametrize("by", [None, "department"])
def test_merging_three_coaches_files_equals_one_vault_of_all_their_mentees(
    tmp_path: Path, vaults: list[Vault], by: str | None
) -> None:
    files = []
    for index, people in enumerate(_coaches()):
        coach = _vault(tmp_path / f"coach{index}.mentorvault", people)
        vaults.append(coach)
        target = tmp_path / f"coach{index}.json"
        report.save_aggregate(report.build(coach, START, END, by), target)
        files.append(target)
    merged = report.merge_files(files)
    everyone = _vault(tmp_path / "all.mentorvault", [p for c in _coaches() for p in c])
    vaults.append(everyone)
    combined = report.build(everyone, START, END, by)
    assert merged.sources == 3
    _same(merged, combined)
    for threshold in (5, 6):
        a, b = publish(merged, threshold), publish(combined, threshold)
        assert a.groups == b.groups
        assert [(r.group, r.metric, r.value is None) for r in a.rows] == [
            (r.group, r.metric, r.value is None) for r in b.rows
        ]
        for x, y in zip(a.rows, b.rows, strict=True):
            assert x.value == pytest.approx(y.value, abs=1e-6)
    if by:
        assert merged.cell("finance", "mentees.active") == Cell(6, 6)


def test_the_threshold_can_only_go_up(vault: Vault) -> None:
    assert report.threshold(vault) == 5
    assert report.raise_threshold(vault, 7).value == 7
    assert report.threshold(vault) == 7
    with pytest.raises(ThresholdTooLow) as caught:
        report.raise_threshold(vault, 6)
    assert caught.value.least == 7
    assert report.threshold(vault) == 7
    report.raise_threshold(vault, 7)  # the same again is fine
    with pytest.raises(ThresholdTooLow):
        report.raise_threshold(vault, 4)


def test_a_new_vault_cannot_set_the_threshold_below_five(vault: Vault) -> None:
    with pytest.raises(ThresholdTooLow):
        report.raise_threshold(vault, 3)
    assert report.threshold(vault) == 5


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x00\x01not json", "not-json"),
        (b"{", "not-json"),
        (b'{"format": "mentorapp-career-centre-aggregate", "version": NaN}', "not-json"),
        (b"[]", "format"),
        (b'{"format": "mentorapp-data-export", "version": 1}', "format"),
        (b'{"format": "mentorapp-career-centre-aggregate", "version": 9}', "newer-version"),
    ],
)
def test_bad_files_are_refused_naming_the_file(tmp_path: Path, content: bytes, reason: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with pytest.raises(ReportFileInvalid) as caught:
        report.merge_files([bad])
    assert caught.value.reason == reason
    assert caught.value.path == bad


def test_files_of_different_periods_do_not_merge(tmp_path: Path, vault: Vault) -> None:
    add_people(vault, team("Finance", 2))
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    report.save_aggregate(report.build(vault, START, END, None), first)
    report.save_aggregate(report.build(vault, START, date(2026, 6, 30), None), second)
    with pytest.raises(ReportFileInvalid) as caught:
        report.merge_files([first, second])
    assert caught.value.reason == "mismatch" and caught.value.path == second
    with pytest.raises(ReportFileInvalid):
        report.merge_files([])


def test_a_changed_number_is_refused(tmp_path: Path, vault: Vault) -> None:
    add_people(vault, team("Finance", 2))
    target = tmp_path / "a.json"
    report.save_aggregate(report.build(vault, START, END, None), target)
    doc = json.loads(target.read_text("utf-8"))
    doc["groups"][0]["cells"]["sessions.intake"]["count"] = -2
    target.write_text(json.dumps(doc), "utf-8")
    with pytest.raises(ReportFileInvalid) as caught:
        report.load_aggregate(target)
    assert caught.value.reason == "bad-value"


def test_the_report_is_written_by_its_suffix(tmp_path: Path, vault: Vault) -> None:
    add_people(vault, team("Finance", 6))
    agg = report.build(vault, START, END, None)
    for suffix in (".pdf", ".csv", ".json"):
        written = report.write_report(
            agg, tmp_path / f"r{suffix}", threshold=5, language=Language.NL
        )
        assert written.path.is_file()
        assert (written.suppressed is None) == (suffix == ".json")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    with pytest.raises(ValueError):
        report.write_report(agg, tmp_path / "r.txt", threshold=5, language=Language.EN)
    with pytest.raises(ThresholdTooLow):
        report.write_report(agg, tmp_path / "r.csv", threshold=4, language=Language.EN)


def test_a_mentee_without_a_start_date_starts_the_day_they_were_added(vault: Vault) -> None:
    person = Person("ICT", sessions=[], checks=[], engaged=False)
    person.start = None  # type: ignore[assignment]
    add_people(vault, [person])  # added on 5 January 2026
    cells = report.build(vault, START, END, None).groups[EVERYONE]
    assert cells["mentees.started"] == Cell(1, 1)
    later = report.build(vault, date(2026, 1, 6), END, None).groups[EVERYONE]
    assert "mentees.started" not in later and later["mentees.active"] == Cell(1, 1)


def test_the_same_file_twice_is_refused(tmp_path: Path, vault: Vault) -> None:
    """Merging a file with itself (or an exact copy) would count its mentees twice."""
    add_people(vault, team("Finance", 6))
    first, copy = tmp_path / "coach-a.json", tmp_path / "copy of coach-a.json"
    report.save_aggregate(report.build(vault, START, END, None), first)
    copy.write_bytes(first.read_bytes())
    for twice in ([first, first], [first, copy]):
        with pytest.raises(ReportFileInvalid) as caught:
            report.merge_files(twice)
        assert caught.value.reason == "duplicate" and caught.value.path == twice[1]
