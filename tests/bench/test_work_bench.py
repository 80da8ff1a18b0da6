"""The bench's helpers for the later work: the notes files, the progress check, the
report on an enriched vault (no timings asserted: the budgets are the bench's business)."""

from __future__ import annotations

from pathlib import Path

from bench.report import machine, machine_line, write_markdown
from bench.work_bench import (
    ProgressLog,
    import_notes_once,
    measure_calendar,
    measure_report,
    write_note_files,
)
from mentorapp.services import mentees
from mentorapp.store.vault import Vault


def test_progress_check_accepts_counting_up_to_the_total() -> None:
    progress = ProgressLog()
    for done in range(1, 13):
        progress(done, 12)
    assert progress.problem(10) == ""


def test_progress_check_names_what_went_wrong() -> None:
    never = ProgressLog()
    assert "never" in never.problem(3)
    stuck = ProgressLog([(1, 3), (1, 3), (3, 3)])
    assert "increase" in stuck.problem(3)
    short = ProgressLog([(1, 3), (2, 3)])
    assert "2 of 3" in short.problem(3)
    too_few = ProgressLog([(1, 2), (2, 2)])
    assert "under" in too_few.problem(3)
    moving = ProgressLog([(1, 2), (2, 3)])
    assert "changed" in moving.problem(2)


def test_generated_notes_import_with_progress(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    written = write_note_files(folder, seed=7, files=24, folders=3, docx=2)
    assert written == 24
    assert len(list(folder.rglob("*.docx"))) == 2
    times, progress, sessions = import_notes_once(vault, folder)
    assert sessions == 24
    assert progress.problem(24) == ""
    assert progress.calls[-1] == (27, 27)  # 24 notes and 3 new mentees
    assert set(times) == {"read_ms", "plan_ms", "import_ms", "total_ms"}
    assert len(mentees.summaries(vault)) == 3


def test_report_and_calendar_figures(vault: Vault, tmp_path: Path) -> None:
    # Some mentees first: publishing a grouped report of an empty vault does not end
    # (mentorapp.domain.report.suppress; reported as a change request).
    write_note_files(tmp_path / "notes", seed=8, files=6, folders=2, docx=0)
    import_notes_once(vault, tmp_path / "notes")
    report = measure_report(vault, 1)
    assert [f.key for f in report] == ["report_year", "report_year_department"]
    assert report[0].budget is not None and report[0].budget.limit == 2000.0
    calendar = measure_calendar(vault, 1)
    assert calendar.extra["events"] == 0


def test_markdown_holds_the_machine_line_and_the_table(tmp_path: Path) -> None:
    line = machine_line(machine(), "2026-11-30T14:00:00")
    assert "cores" in line and "SQLCipher" in line and "2026-11-30" in line
    target = tmp_path / "latest.md"
    write_markdown(target, line, "what  n  median\n[search]")
    text = target.read_text(encoding="utf-8")
    assert line in text and "```text\nwhat  n  median\n[search]\n```" in text
