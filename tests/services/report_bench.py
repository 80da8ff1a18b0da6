"""How long the career-centre report takes over 10,000 mentees (not a test: a measure).

Run: ``HOME=$(mktemp -d) .venv/bin/python -m tests.services.report_bench``. It fills a
temporary vault through the schema (80,000 sessions, 20,000 career checks, 30,000 done
actions, 10,000 agreed plans and engagements, 3,334 safaris; 40 departments) and times
``report.build`` and ``publish`` (wall clock and CPU).
"""

from __future__ import annotations

import json
import random
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from mentorapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    Feasibility,
    GoalKind,
    Language,
    MenteeStatus,
    MoveKind,
    PlanStatus,
    SafariStatus,
    SessionKind,
    SessionMode,
    TemplateKind,
)
from mentorapp.domain.report import publish
from mentorapp.services import report
from mentorapp.store.questionnaire_repository import QuestionnaireRepository
from mentorapp.store.schema import (
    ActionRow,
    CoachingSessionRow,
    EngagementRow,
    GoalRow,
    MenteeRow,
    PlanRow,
    QuestionnaireResponseRow,
    SafariRow,
)
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

MENTEES = 10_000


def fill(vault: Vault, count: int = MENTEES) -> None:
    rnd = random.Random(1)
    now = datetime(2026, 1, 1)
    with vault.transaction() as db:
        check = QuestionnaireRepository(db).builtin(TemplateKind.CAREER_CHECK, Language.EN)
        assert check is not None
        keys = [q.key for q in check.questions]
        departments = [f"Dept {i}" for i in range(40)]
        ids = range(1, count + 1)
        db.execute(
            insert(MenteeRow),
            [
                {
                    "id": i,
                    "full_name": f"M {i}",
                    "organisation": f"Org {i % 7}",
                    "department": rnd.choice(departments),
                    "status": MenteeStatus.ACTIVE,
                    "start_date": date(2026, 1, 1) + timedelta(days=rnd.randrange(300)),
                    "close_date": date(2026, 6, 1) + timedelta(days=rnd.randrange(150))
                    if i % 2
                    else None,
                    "outcome": rnd.choice(list(MoveKind)) if i % 2 else None,
                    "export_language": Language.EN,
                    "created_at": now,
                    "updated_at": now,
                }
                for i in ids
            ],
        )
        db.execute(
            insert(CoachingSessionRow),
            [
                {
                    "mentee_id": i,
                    "started_at": datetime(2026, 1, 5, 9) + timedelta(days=rnd.randrange(350)),
                    "duration_minutes": 60,
                    "kind": rnd.choice(list(SessionKind)),
                    "mode": SessionMode.VIDEO,
                    "created_at": now,
                    "updated_at": now,
                    "billable": True,
                }
                for i in ids
                for _ in range(8)
            ],
        )
        db.execute(
            insert(PlanRow),
            [
                {
                    "id": i,
                    "mentee_id": i,
                    "version": 1,
                    "status": PlanStatus.AGREED,
                    "frozen_at": datetime(2026, 3, 1),
                    "created_at": now,
                    "updated_at": now,
                }
                for i in ids
            ],
        )
        db.execute(
            insert(GoalRow),
            [
                {
                    "id": i,
                    "plan_id": i,
                    "position": 0,
                    "kind": GoalKind.PERSONAL,
                    "description": "g",
                    "feasibility": Feasibility.FEASIBLE,
                }
                for i in ids
            ],
        )
        db.execute(
            insert(ActionRow),
            [
                {
                    "goal_id": i,
                    "position": k,
                    "description": "a",
                    "deadline": date(2026, 5, 1),
                    "owner": ActionOwner.EMPLOYEE,
                    "status": ActionStatus.DONE,
                }
                for i in ids
                for k in range(3)
            ],
        )
        db.execute(
            insert(QuestionnaireResponseRow),
            [
                {
                    "template_id": check.id,
                    "mentee_id": i,
                    "answered_on": date(2026, 2 + 5 * k, 1),
                    "answers_json": json.dumps({q: str(rnd.randint(1, 5)) for q in keys}),
                }
                for i in ids
                for k in range(2)
            ],
        )
        db.execute(
            insert(EngagementRow),
            [{"mentee_id": i, "sponsor": "s", "start_date": date(2026, 1, 1)} for i in ids],
        )
        db.execute(
            insert(SafariRow),
            [
                {
                    "mentee_id": i,
                    "host_department": "h",
                    "status": SafariStatus.COMPLETED,
                    "end_date": date(2026, 4, 1),
                }
                for i in range(1, count + 1, 3)
            ],
        )


def main() -> None:
    folder = Path(tempfile.mkdtemp()) / "bench.mentorvault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    try:
        fill(vault)
        for by in (None, "department"):
            for _ in range(3):
                wall, cpu = time.perf_counter(), time.process_time()
                aggregate = report.build(vault, date(2026, 1, 1), date(2026, 12, 31), by)
                built = time.perf_counter() - wall, time.process_time() - cpu
                wall = time.perf_counter()
                shown = publish(aggregate, 5)
                print(
                    f"by={by}: build {built[0]:.2f} s wall / {built[1]:.2f} s CPU, "
                    f"publish {time.perf_counter() - wall:.2f} s, {shown.suppressed} suppressed"
                )
    finally:
        vault.close()


if __name__ == "__main__":
    main()
