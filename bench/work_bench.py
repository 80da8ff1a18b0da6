"""The later work at bench scale: the career-centre report, the notes import, the
calendar export and a freshly calibrated unlock (issue 15, "the budgets, met and shown").

The report and the questionnaires tab need data the cached set does not hold (career
checks, agreed plans with done actions, engagements, safaris): ``enriched_copy`` copies
the cached vault into a temporary folder and adds them there, so the cache stays as it
was generated. Everything runs through the services the app calls.
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path

from sqlalchemy import func, insert, select

from bench.probe import run_probe
from bench.stats import Budget, Figure
from bench.store_bench import KDF_BAND
from bench.words import TextGenerator, build_vocabulary
from mentorapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    Feasibility,
    GoalKind,
    Language,
    PlanStatus,
    SafariStatus,
    TemplateKind,
)
from mentorapp.domain.report import publish
from mentorapp.services import calendar, imports, report
from mentorapp.store.questionnaire_repository import QuestionnaireRepository
from mentorapp.store.schema import (
    ActionRow,
    EngagementRow,
    GoalRow,
    MenteeRow,
    PlanRow,
    QuestionnaireResponseRow,
    SafariRow,
)
from mentorapp.store.vault import Vault

# Issue 15, "The budgets, met and shown" (the Questionnaires tab's is gui_bench's, the
# KDF's band store_bench's).
REPORT = Budget("<= 2 s", 2000.0)
NOTES_IMPORT = Budget("<= 30 s", 30_000.0)
CALENDAR = Budget("<= 1 s", 1000.0)

TARGET_CHECKS = 6
"""Career checks the target mentee answered (the chart's points)."""
NOTE_FILES = 1_000
NOTE_FOLDERS = 50
DOCX_FILES = 20
REPORT_THRESHOLD = 5

Log = Callable[[str], None]


def _ms(seconds: float) -> float:
    return seconds * 1000.0


# ---- the enriched copy ----------------------------------------------------------------


@dataclass(frozen=True)
class Enriched:
    folder: Path
    target_checks: int
    rows: dict[str, int]
    seconds: float


def enriched_copy(source: Path, into: Path, passphrase: str, target: int, log: Log) -> Enriched:
    """A copy of the bench vault with a year of what the report counts, and
    ``TARGET_CHECKS`` career checks for the ``target`` mentee (the cache is not touched)."""
    started = time.perf_counter()
    folder = into / source.name
    shutil.copytree(source, folder)
    rnd = random.Random(15)
    today = date.today()
    vault = Vault.open(folder, passphrase)
    try:
        with vault.transaction() as db:
            check = QuestionnaireRepository(db).builtin(TemplateKind.CAREER_CHECK, Language.NL)
            if check is None:
                raise RuntimeError("no built-in career check in the bench vault")
            keys = [q.key for q in check.questions]
            plan_base = int(db.scalar(select(func.max(PlanRow.id))) or 0) + 1
            goal_base = int(db.scalar(select(func.max(GoalRow.id))) or 0) + 1
            mentees = [int(m) for m in db.scalars(select(PlanRow.mentee_id).distinct())]
            with_plan = set(mentees)
            count = int(db.scalar(select(func.max(MenteeRow.id))) or 0)
            everyone = range(1, count + 1)
            planned = [m for m in everyone if m not in with_plan]

            def answers() -> str:
                return json.dumps({q: str(rnd.randint(1, 5)) for q in keys})

            responses = [
                {
                    "template_id": check.id,
                    "mentee_id": m,
                    "answered_on": today - timedelta(days=300 - 200 * k + rnd.randrange(30)),
                    "answers_json": answers(),
                }
                for m in everyone
                if m != target
                for k in range(2)
            ]
            responses += [
                {
                    "template_id": check.id,
                    "mentee_id": target,
                    "answered_on": today - timedelta(days=60 * (TARGET_CHECKS - k)),
                    "answers_json": answers(),
                }
                for k in range(TARGET_CHECKS)
            ]
            db.execute(insert(QuestionnaireResponseRow), responses)
            frozen = datetime.combine(today - timedelta(days=120), datetime.min.time())
            db.execute(
                insert(PlanRow),
                [
                    {
                        "id": plan_base + n,
                        "mentee_id": m,
                        "version": 1,
                        "status": PlanStatus.AGREED,
                        "frozen_at": frozen,
                        "created_at": frozen,
                        "updated_at": frozen,
                    }
                    for n, m in enumerate(planned)
                ],
            )
            db.execute(
                insert(GoalRow),
                [
                    {
                        "id": goal_base + n,
                        "plan_id": plan_base + n,
                        "position": 0,
                        "kind": GoalKind.PROFESSIONAL,
                        "description": "doel",
                        "feasibility": Feasibility.FEASIBLE,
                    }
                    for n in range(len(planned))
                ],
            )
            db.execute(
                insert(ActionRow),
                [
                    {
                        "goal_id": goal_base + n,
                        "position": k,
                        "description": "actie",
                        "deadline": today - timedelta(days=30 + 20 * k),
                        "owner": ActionOwner.EMPLOYEE,
                        "status": ActionStatus.DONE if k < 2 else ActionStatus.OPEN,
                    }
                    for n in range(len(planned))
                    for k in range(3)
                ],
            )
            db.execute(
                insert(EngagementRow),
                [
                    {"mentee_id": m, "sponsor": "HR", "start_date": today - timedelta(days=200)}
                    for m in everyone
                    if m % 2
                ],
            )
            db.execute(
                insert(SafariRow),
                [
                    {
                        "mentee_id": m,
                        "host_department": "ICT",
                        "status": SafariStatus.COMPLETED,
                        "end_date": today - timedelta(days=rnd.randrange(1, 300)),
                    }
                    for m in everyone
                    if m % 3 == 0
                ],
            )
            rows = {
                "career_checks": len(responses),
                "agreed_plans": len(planned),
                "actions": 3 * len(planned),
                "engagements": (count + 1) // 2,
                "safaris": count // 3,
            }
    finally:
        vault.close()
    took = time.perf_counter() - started
    log(f"  enriched copy ready in {took:.0f} s ({rows})")
    return Enriched(folder, TARGET_CHECKS, rows, took)


# ---- the career-centre report ---------------------------------------------------------


def measure_report(vault: Vault, repeats: int) -> list[Figure]:
    """``report.build`` for the last year, then ``publish`` (threshold 5): for everyone
    (the budgeted figure) and by department."""
    end = date.today()
    start = end - timedelta(days=365)
    figures = []
    for by in (None, "department"):
        total: list[float] = []
        built: list[float] = []
        suppressed = 0
        cells = 0
        for _ in range(repeats):
            t0 = time.perf_counter()
            aggregate = report.build(vault, start, end, by)
            t1 = time.perf_counter()
            shown = publish(aggregate, REPORT_THRESHOLD)
            t2 = time.perf_counter()
            total.append(_ms(t2 - t0))
            built.append(_ms(t1 - t0))
            suppressed = shown.suppressed
            cells = sum(len(g) for g in aggregate.groups.values())
        label = "everyone" if by is None else f"by {by}"
        figures.append(
            Figure(
                "report_year" if by is None else f"report_year_{by}",
                f"career-centre report, a year, {label}: build + publish",
                "ms",
                total,
                REPORT if by is None else None,
                extra={
                    "build_median_ms": round(sorted(built)[len(built) // 2], 1),
                    "cells": cells,
                    "suppressed": suppressed,
                },
            )
        )
    return figures


# ---- the calendar export --------------------------------------------------------------


def measure_calendar(vault: Vault, repeats: int) -> Figure:
    times: list[float] = []
    events = 0
    size = 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        data = calendar.calendar_ics(vault)
        times.append(_ms(time.perf_counter() - t0))
        events, size = data.count(b"BEGIN:VEVENT"), len(data)
    return Figure(
        "calendar_ics",
        f"calendar export (.ics), every next session ({events:,} events)",
        "ms",
        times,
        CALENDAR,
        note=f"calendar.calendar_ics over every mentee; {size / 1024:.0f} KiB",
        extra={"events": events, "bytes": size},
    )


# ---- the notes import -----------------------------------------------------------------


def write_note_files(
    folder: Path,
    seed: int,
    *,
    files: int = NOTE_FILES,
    folders: int = NOTE_FOLDERS,
    docx: int = DOCX_FILES,
) -> int:
    """``files`` notes in ``folders`` mentee folders: .txt and .md (with a front-matter
    date) and ``docx`` Word files. Returns how many were written."""
    rng = random.Random(seed)
    text = TextGenerator(build_vocabulary(seed), rng)
    per = files // folders
    written = 0
    for f in range(folders):
        mentee = folder / f"Import {seed} Deelnemer {f:02d}"
        mentee.mkdir(parents=True)
        for n in range(per):
            on = date(2024, 1, 1) + timedelta(days=7 * n + f)
            body = text.note(300, 1200)
            if written < docx:
                import docx as python_docx

                document = python_docx.Document()
                for paragraph in body.split("\n"):
                    document.add_paragraph(paragraph)
                document.save(str(mentee / f"{on.isoformat()} gesprek.docx"))
            elif n % 2:
                (mentee / f"gesprek {n}.md").write_text(
                    f"---\ndate: {on.isoformat()}\n---\n# Gesprek\n\n{body}\n", encoding="utf-8"
                )
            else:
                (mentee / f"{on.strftime('%d-%m-%Y')} gesprek.txt").write_text(
                    body + "\n", encoding="utf-8"
                )
            written += 1
    return written


@dataclass
class ProgressLog:
    """Every ``(done, total)`` the import reported."""

    calls: list[tuple[int, int]] = field(default_factory=list)

    def __call__(self, done: int, total: int) -> None:
        self.calls.append((done, total))

    def problem(self, notes: int) -> str:
        """Why the progress shown is wrong, or "" when it counted up to every step."""
        if not self.calls:
            return "the progress callback was never called"
        dones = [d for d, _ in self.calls]
        totals = {t for _, t in self.calls}
        if len(totals) != 1:
            return f"the total changed during the import: {sorted(totals)}"
        total = totals.pop()
        if any(b <= a for a, b in pairwise(dones)):
            return "the counts did not increase at every call"
        if dones[-1] != total:
            return f"the last call said {dones[-1]} of {total}"
        if total < notes:
            return f"the total {total} is under the {notes} notes"
        return ""


def import_notes_once(vault: Vault, folder: Path) -> tuple[dict[str, float], ProgressLog, int]:
    """What the wizard does: read the folder, plan (the dry run), import with progress."""
    progress = ProgressLog()
    t0 = time.perf_counter()
    table = imports.read_notes_folder(folder)
    t1 = time.perf_counter()
    plan = imports.plan_notes_import(vault, table)
    t2 = time.perf_counter()
    outcome = imports.run_notes_import(vault, plan, progress)
    t3 = time.perf_counter()
    times = {
        "read_ms": _ms(t1 - t0),
        "plan_ms": _ms(t2 - t1),
        "import_ms": _ms(t3 - t2),
        "total_ms": _ms(t3 - t0),
    }
    return times, progress, outcome.value.sessions


def measure_notes_import(vault: Vault, scratch: Path, repeats: int, log: Log) -> Figure:
    """Import ``NOTE_FILES`` generated files into ``vault``; new files (and mentees) each
    run, so nothing is skipped as imported already. The figure fails (not the bench)
    when the progress did not count up to every step."""
    runs: list[dict[str, float]] = []
    problems: list[str] = []
    calls = 0
    last: tuple[int, int] = (0, 0)
    for r in range(repeats):
        folder = scratch / f"notes-{r}"
        written = write_note_files(folder, seed=1000 + r)
        times, progress, sessions = import_notes_once(vault, folder)
        runs.append(times)
        problem = progress.problem(written)
        if sessions != written:
            problem = problem or f"{sessions} sessions made from {written} files"
        if problem:
            problems.append(problem)
        calls, last = len(progress.calls), progress.calls[-1] if progress.calls else (0, 0)
        log(
            f"  import {r + 1}/{repeats}: {times['total_ms'] / 1000:.1f} s "
            f"(read {times['read_ms'] / 1000:.1f}, plan {times['plan_ms'] / 1000:.1f}, "
            f"import {times['import_ms'] / 1000:.1f}); progress {calls} calls, last {last}"
        )
        shutil.rmtree(folder, ignore_errors=True)
    shown = (
        f"progress shown: {calls} calls counting up to {last[0]:,} of {last[1]:,} "
        f"({NOTE_FILES:,} notes + {NOTE_FOLDERS} new mentees)"
    )
    figure = Figure(
        "notes_import",
        f"import {NOTE_FILES:,} note files (.txt, .md, {DOCX_FILES} .docx)",
        "ms",
        [t["total_ms"] for t in runs],
        NOTES_IMPORT,
        note=("FAILED - " + "; ".join(problems)) if problems else shown + "; read+plan+import",
        extra={
            "runs": [{k: round(v, 1) for k, v in t.items()} for t in runs],
            "progress_calls": calls,
            "progress_last": list(last),
            "progress_ok": not problems,
            "problems": problems,
        },
        failed=bool(problems),
    )
    return figure


# ---- a freshly calibrated unlock ------------------------------------------------------

_KDF_PROBE = r"""
import json, sys, time
from pathlib import Path
from mentorapp.store.vault import Vault
if sys.argv[1] == "create":
    from mentorapp.store.keyfile import KeyFile
    from mentorapp.store.vault import key_path
    t = time.perf_counter()
    vault, _ = Vault.create(Path(sys.argv[2]), sys.argv[3])
    vault.close()
    p = KeyFile.load(key_path(Path(sys.argv[2]))).params
    print(json.dumps({"create_s": time.perf_counter() - t, "memory_kib": p.memory_kib,
                      "time_cost": p.time_cost, "parallelism": p.parallelism}))
else:
    vault = Vault.open(Path(sys.argv[2]), sys.argv[3])
    print(json.dumps({"kdf_s": vault.unlock_seconds}))
    vault.close()
"""


def _probe(*args: str) -> dict[str, float]:
    return run_probe(_KDF_PROBE, args, "KDF", timeout=300)


def measure_fresh_kdf(passphrase: str, opens: int, log: Log) -> Figure:
    """``Vault.create`` with the default (calibrated) KDF in a fresh process, then the
    first unlock's key derivation (``Vault.unlock_seconds``) in ``opens`` new processes."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "fresh.mentorvault"
        made = _probe("create", str(folder), passphrase)
        times = [_ms(float(_probe("open", str(folder), passphrase)["kdf_s"])) for _ in range(opens)]
    params = f"m={int(made['memory_kib']) // 1024} MiB t={int(made['time_cost'])}"
    log(f"  calibrated {params} in {made['create_s']:.1f} s; unlocks {times}")
    return Figure(
        "kdf_fresh_vault",
        f"unlock KDF of a newly calibrated vault ({params})",
        "ms",
        times,
        KDF_BAND,
        note=f"Vault.create calibrated here ({made['create_s']:.1f} s), then each unlock "
        "a first Vault.open in a new process (Vault.unlock_seconds)",
        extra={k: round(float(v), 3) for k, v in made.items()},
    )
