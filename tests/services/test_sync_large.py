"""A conflict copy holding 1,000 mentees merges whole, both when all of them are new to
the vault and when the vault holds every one of them already.

The times are printed (a few seconds here), not asserted: timings belong to the bench.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from mentorapp.domain.model import Action, DevelopmentPlan, Goal
from mentorapp.services import search, sync
from mentorapp.store.repositories import PlanRepository
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session
from tests.sync_helpers import synced_copy

MENTEES = 1000
_NUMBERS = (
    "(WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < {}) SELECT n FROM c)"
)


def _columns(vault: Vault, table: str) -> list[str]:
    with vault.engine.connect() as conn:
        return [
            str(r[1]) for r in conn.exec_driver_sql(f"PRAGMA table_info({table})") if r[1] != "id"
        ]


def _clone(vault: Vault, table: str, source: str, changed: dict[str, str], where: str) -> None:
    """INSERT INTO table SELECT (a row's columns, some replaced by expressions) FROM source."""
    columns = _columns(vault, table)
    listed = ", ".join(columns)
    chosen = ", ".join(changed.get(c, f"t.{c}") for c in columns)
    with vault.engine.begin() as conn:
        conn.exec_driver_sql(
            f"INSERT INTO {table} ({listed}) SELECT {chosen} FROM {source} WHERE {where}"
        )


def _fill(vault: Vault) -> None:
    """1,000 mentees, each with three sessions and a plan (a goal, an action), by SQL."""
    first = add_mentee_with_session(vault, "Mentee 0", private="notitie woordje")
    with vault.transaction() as s:
        PlanRepository(s).add(
            DevelopmentPlan(
                mentee_id=first, title="plan", goals=[Goal("doel", actions=[Action("actie")])]
            )
        )
    _clone(
        vault,
        "mentees",
        f"mentees AS t, {_NUMBERS.format(MENTEES - 1)} AS c",
        {
            "full_name": "'Mentee ' || c.n",
            "created_at": "datetime(t.created_at, '+' || c.n || ' seconds')",
        },
        f"t.id = {first}",
    )
    others = f"mentees AS m, sessions AS t, {_NUMBERS.format(3)} AS c"
    _clone(
        vault,
        "sessions",
        others,
        {
            "mentee_id": "m.id",
            "private_notes": "'notitie woordje ' || m.id || ' ' || c.n",
            "created_at": "datetime(t.created_at, '+' || (m.id * 3 + c.n) || ' seconds')",
        },
        f"t.mentee_id = {first} AND m.id != {first}",
    )
    _clone(
        vault,
        "development_plans",
        "mentees AS m, development_plans AS t",
        {"mentee_id": "m.id"},
        f"t.mentee_id = {first} AND m.id != {first}",
    )
    _clone(
        vault,
        "plan_goals",
        "development_plans AS p, plan_goals AS t",
        {"plan_id": "p.id"},
        "t.plan_id = (SELECT min(id) FROM development_plans) AND p.id != t.plan_id",
    )
    _clone(
        vault,
        "plan_actions",
        "plan_goals AS g, plan_actions AS t",
        {"goal_id": "g.id"},
        "t.goal_id = (SELECT min(id) FROM plan_goals) AND g.id != t.goal_id",
    )


def test_a_thousand_mentees_merge_in_seconds(tmp_path: Path) -> None:
    folder = tmp_path / "coach.mentorvault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    other = synced_copy(folder, tmp_path / "b.mentorvault")
    with Vault.open(other, PASSPHRASE) as b:
        _fill(b)
        assert b.count_rows("mentees") == MENTEES
        assert b.count_rows("sessions") == MENTEES * 3 - 2
    copy = folder / "vault (conflicted copy 2026-11-30).db"
    shutil.copy2(other / "vault.db", copy)

    with Vault.open(folder, PASSPHRASE) as vault:
        started = time.perf_counter()
        (summary,) = sync.summarise(vault)[1]
        report = sync.merge_copy(vault, copy)
        took = time.perf_counter() - started
        assert summary.only_in_copy == sum(report.added.values())
        assert report.added == {
            "mentee": MENTEES,
            "session": MENTEES * 3 - 2,
            "plan": MENTEES,
        }
        print(f"\nsummary and merge of {MENTEES} new mentees: {took:.1f} s")
        assert vault.count_rows("plan_actions") == MENTEES
        assert len(search.search(vault, "woordje", limit=10)) == 10

    again = folder / "vault (conflicted copy 2026-12-01).db"
    shutil.copy2(folder / "vault.db", again)
    with Vault.open(folder, PASSPHRASE) as vault:
        started = time.perf_counter()
        report = sync.merge_copy(vault, again)
        print(f"merge of a copy the vault holds already: {time.perf_counter() - started:.1f} s")
        assert (report.added, report.kept_twice) == ({}, {})
