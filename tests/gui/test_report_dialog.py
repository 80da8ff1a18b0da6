"""File > Career-centre report: a coach previews the published report of a real vault (a
department of 4 next to one of 6), saves it as PDF, CSV and the aggregate file, and the
centre merges two coaches' files; a file that is no aggregate is named and refused."""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import Language, MenteeStatus, SessionKind
from mentorapp.domain.model import CoachingSession, Mentee
from mentorapp.gui.ops import running_count
from mentorapp.gui.report import dialog as report_dialog
from mentorapp.gui.report.dialog import (
    MERGE_MODE,
    ReportDialog,
    last_quarter,
    last_year,
    this_year,
)
from mentorapp.gui.report.preview import SUPPRESSED
from mentorapp.store.repositories import CoachingSessionRepository, MenteeRepository
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.a11y import unnamed_focusable

YEAR = 2025
CANARY = "CANARY-7f3a"


def fill(vault: Vault, departments: dict[str, int], organisation: str = "Stad Gent") -> None:
    """Mentees in each department, each with one career conversation in ``YEAR``; every
    text field carries a canary that must never reach the report."""
    with vault.transaction() as s:
        for department, size in departments.items():
            for n in range(size):
                mentee = MenteeRepository(s).add(
                    Mentee(
                        full_name=f"{CANARY} {department} {n}",
                        organisation=organisation,
                        department=department,
                        status=MenteeStatus.ACTIVE,
                        start_date=date(YEAR, 2, 1),
                        trajectory_goal=CANARY,
                        private_background=CANARY,
                    )
                )
                assert mentee.id is not None
                CoachingSessionRepository(s).add(
                    CoachingSession(
                        mentee_id=mentee.id,
                        started_at=datetime(YEAR, 3, 10 + n, 10, 0),
                        kind=SessionKind.CAREER_CONVERSATION,
                        private_notes=CANARY,
                        shared_summary=CANARY,
                    )
                )


def make_vault(folder: Path, departments: dict[str, int]) -> Vault:
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    fill(vault, departments)
    return vault


@pytest.fixture
def coach(tmp_path: Path) -> Iterator[Vault]:
    vault = make_vault(tmp_path / "coach.mentorvault", {"Finance": 4, "Sales": 6})
    yield vault
    vault.close()


def open_dialog(qtbot: QtBot, vault: Vault) -> ReportDialog:
    dialog = ReportDialog(vault, Language.EN, today=date(YEAR + 1, 2, 15))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def ready(qtbot: QtBot, dialog: ReportDialog) -> None:
    dialog.refresh()
    qtbot.waitUntil(
        lambda: running_count() == 0 and not dialog.busy and not dialog._timer.isActive(),
        timeout=20000,
    )


def by_department(qtbot: QtBot, dialog: ReportDialog) -> None:
    dialog.set_period(*last_year(dialog.today))
    dialog.grouping.setCurrentIndex(dialog.grouping.findData("department"))
    ready(qtbot, dialog)
    assert dialog.published is not None


def column_of(dialog: ReportDialog, title: str) -> int:
    header = dialog.preview.headerItem()
    titles = [header.text(c) for c in range(dialog.preview.columnCount())]
    assert title in titles, titles
    return titles.index(title)


def metric_row(dialog: ReportDialog, text: str) -> QTreeWidgetItem:
    found = dialog.preview.findItems(text, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert found, text
    return found[0]


def test_presets_name_whole_periods() -> None:
    today = date(2026, 2, 15)
    assert this_year(today) == (date(2026, 1, 1), date(2026, 12, 31))
    assert last_year(today) == (date(2025, 1, 1), date(2025, 12, 31))
    assert last_quarter(today) == (date(2025, 10, 1), date(2025, 12, 31))
    assert last_quarter(date(2026, 8, 31)) == (date(2026, 4, 1), date(2026, 6, 30))


def test_the_small_department_is_suppressed_in_the_preview(qtbot: QtBot, coach: Vault) -> None:
    dialog = open_dialog(qtbot, coach)
    by_department(qtbot, dialog)
    tree = dialog.preview
    header = [tree.headerItem().text(c) for c in range(tree.columnCount())]
    assert "Sales" in header
    assert "Finance" not in header  # 4 mentees: pooled, never a column of its own
    coached = metric_row(dialog, "Coached in the period")
    assert coached.text(column_of(dialog, "All groups")) == "10"
    other = column_of(dialog, "Other groups together")
    assert coached.text(other) == SUPPRESSED  # Finance's 4
    assert coached.data(other, Qt.ItemDataRole.AccessibleTextRole) == "suppressed"
    # 10 - 6 would give Finance's 4 away: Sales is hidden too.
    assert coached.text(column_of(dialog, "Sales")) == SUPPRESSED
    row = [coached.text(c) for c in range(tree.columnCount())]
    assert "4" not in row and "6" not in row
    assert dialog.note.isVisible()
    assert "fewer than 5 mentees" in dialog.note.text()
    assert "Preview ready" in dialog.message.text()
    assert "CANARY" not in "".join(coached.text(c) + header[c] for c in range(tree.columnCount()))
    assert "coach.mentorvault" not in dialog.windowTitle()
    assert dialog.windowTitle() == "Career-centre report - Mentorapp"


def test_saving_writes_pdf_csv_and_the_aggregate(
    qtbot: QtBot, coach: Vault, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, coach)
    by_department(qtbot, dialog)
    out = tmp_path / "out"
    out.mkdir()
    assert dialog.suggested_name("pdf") == "Career-centre report 2025.pdf"
    assert dialog.suggested_name("json") == "Career-centre aggregate 2025.json"
    for kind in ("pdf", "csv", "json"):
        dialog.save_to(kind, out / f"report-{kind}")  # the suffix is added
        qtbot.waitUntil(lambda: running_count() == 0 and not dialog.busy, timeout=20000)
        assert dialog.message.text() == f"Saved report-{kind}.{kind}."
    assert (out / "report-pdf.pdf").read_bytes().startswith(b"%PDF")
    csv_text = (out / "report-csv.csv").read_text(encoding="utf-8-sig")
    assert "Sales" in csv_text and CANARY not in csv_text
    doc = json.loads((out / "report-json.json").read_text(encoding="utf-8"))
    assert CANARY not in json.dumps(doc)
    assert dialog.isVisible()  # another format can follow


def test_merge_mode_merges_two_files(qtbot: QtBot, coach: Vault, tmp_path: Path) -> None:
    from mentorapp.services import report

    other = make_vault(tmp_path / "other.mentorvault", {"Finance": 3})
    try:
        files = []
        for n, vault in enumerate((coach, other)):
            path = tmp_path / f"coach-{n}.json"
            report.save_aggregate(
                report.build(vault, date(YEAR, 1, 1), date(YEAR, 12, 31), "department"), path
            )
            files.append(path)
    finally:
        other.close()
    dialog = open_dialog(qtbot, coach)
    dialog.tabs.setCurrentIndex(MERGE_MODE)
    assert not dialog.json_button.isVisible()
    assert not dialog.pdf_button.isEnabled()
    dialog.add_files(files)
    ready(qtbot, dialog)
    assert dialog.message.text().startswith("Merged 2 files.")
    coached = metric_row(dialog, "Coached in the period")
    assert coached.text(column_of(dialog, "Finance")) == "7"  # 4 + 3: shown once merged
    assert coached.text(column_of(dialog, "Sales")) == "6"
    assert dialog.suggested_name("pdf") == "Career-centre report 2025, merged.pdf"
    out = tmp_path / "merged.csv"
    dialog.save_to("csv", out)
    qtbot.waitUntil(lambda: running_count() == 0 and not dialog.busy, timeout=20000)
    assert "Finance" in out.read_text(encoding="utf-8-sig")
    dialog.files.item(0).setSelected(True)
    assert dialog.remove_button.isEnabled()
    dialog.remove_selected()
    assert dialog.file_paths() == [files[1]]


def test_a_bad_file_is_named_and_refused(qtbot: QtBot, coach: Vault, tmp_path: Path) -> None:
    from mentorapp.services import report

    good = tmp_path / "good.json"
    report.save_aggregate(report.build(coach, date(YEAR, 1, 1), date(YEAR, 12, 31), None), good)
    bad = tmp_path / "holiday photos.json"
    bad.write_text('{"not": "an aggregate"}', encoding="utf-8")
    dialog = open_dialog(qtbot, coach)
    dialog.tabs.setCurrentIndex(MERGE_MODE)
    dialog.add_files([good, bad])
    ready(qtbot, dialog)
    text = dialog.message.text()
    assert "holiday photos.json" in text and "not a career-centre aggregate file" in text
    assert "good.json" not in text
    assert dialog.message.accessibleName() == text
    assert not dialog.pdf_button.isEnabled()
    assert dialog.preview.topLevelItemCount() == 0

    other_period = tmp_path / "2024.json"
    report.save_aggregate(
        report.build(coach, date(2024, 1, 1), date(2024, 12, 31), None), other_period
    )
    dialog.files.clear()
    dialog.add_files([good, other_period])
    ready(qtbot, dialog)
    assert "2024.json covers another period or grouping" in dialog.message.text()

    copy = tmp_path / "good (copy).json"
    copy.write_bytes(good.read_bytes())
    dialog.files.clear()
    dialog.add_files([good, copy])
    ready(qtbot, dialog)
    assert "good (copy).json is the same file" in dialog.message.text()
    assert not dialog.pdf_button.isEnabled()


def test_the_end_before_the_start_is_said(qtbot: QtBot, coach: Vault) -> None:
    dialog = open_dialog(qtbot, coach)
    dialog.set_period(date(YEAR, 6, 1), date(YEAR, 1, 1))
    ready(qtbot, dialog)
    assert dialog.message.text() == "The end lies before the start."
    assert not dialog.pdf_button.isEnabled()


def test_every_control_is_named_and_escape_closes(qtbot: QtBot, coach: Vault) -> None:
    dialog = open_dialog(qtbot, coach)
    by_department(qtbot, dialog)
    assert unnamed_focusable(dialog) == []
    dialog.tabs.setCurrentIndex(MERGE_MODE)
    ready(qtbot, dialog)
    assert unnamed_focusable(dialog) == []
    dialog.tabs.setCurrentIndex(0)
    ready(qtbot, dialog)
    order: list[str] = []
    seen: set[int] = set()
    widget = dialog.start
    while id(widget) not in seen:
        seen.add(id(widget))
        order.append(widget.accessibleName())
        widget = widget.nextInFocusChain()
        while not (widget.isVisible() and widget.isEnabled() and widget.focusPolicy()):
            widget = widget.nextInFocusChain()
    wanted = [
        "From",
        "To",
        "Period: This year",
        "Period: Last year",
        "Period: Last quarter",
        "Groups",
        "Preview of the published report",
        "Save as PDF…",
        "Save as CSV…",
        "Save aggregate file for the centre…",
        "Close",
    ]
    assert [name for name in order if name in wanted] == wanted
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_file_names_name_the_period() -> None:
    assert report_dialog.period_name(date(2025, 1, 1), date(2025, 12, 31)) == "2025"
    assert (
        report_dialog.period_name(date(2025, 4, 1), date(2025, 6, 30)) == "2025-04-01 to 2025-06-30"
    )


def test_the_aggregate_file_is_explained_before_it_is_saved(
    qtbot: QtBot, coach: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, coach)
    by_department(qtbot, dialog)
    target = tmp_path / "for the centre.json"
    asked: list[str] = []

    def save_name(_parent: object, title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(Path(start).name)
        return str(target), ""

    monkeypatch.setattr(report_dialog.QFileDialog, "getSaveFileName", save_name)
    explained: list[str] = []

    def answer(choice: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        explained.append(box.text())
        wanted = [b for b in box.buttons() if b.text() == choice]
        wanted[0].click() if wanted else box.reject()

    QTimer.singleShot(0, lambda: answer("Cancel"))
    dialog.choose_file("json")
    assert explained and "small ones included" in explained[0]
    assert asked == [] and not target.exists()  # cancelled: no file asked for

    QTimer.singleShot(0, lambda: answer("Choose where to save…"))
    dialog.choose_file("json")
    qtbot.waitUntil(lambda: running_count() == 0 and not dialog.busy, timeout=20000)
    assert asked == ["Career-centre aggregate 2025.json"]
    assert json.loads(target.read_text(encoding="utf-8"))["sources"] == 1
