"""Child process of test_crash_safety: writes to a vault without pause until it is killed.

Usage: ``python crash_writer.py VAULT_FOLDER ROUND`` with the passphrase as the first
line of standard input. Every transaction adds one coaching session whose private notes
carry a unique marker; some also add a mentee (with a development plan) or replace the
plan's goals. Only after the commit has returned does it print one line to standard
output: ``<marker> <what>`` where ``<what>`` lists the records written, e.g.
``crash007n000012 session,mentee`` - the parent treats every printed line as a promise
that this transaction is on disk.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

from mentorapp.domain.ids import MenteeId, PlanId
from mentorapp.domain.model import Action, CoachingSession, DevelopmentPlan, Goal, Mentee
from mentorapp.store.repositories import CoachingSessionRepository, MenteeRepository, PlanRepository
from mentorapp.store.vault import Vault

MENTEE_EVERY = 7  # a new mentee (and plan) on the 1st, 8th, 15th, ... transaction
PLAN_EVERY = 3  # the plan's goals are replaced on every 3rd transaction
FILLER = "Loopbaangesprek over ambitie, energie en de volgende stap. " * 6


def marker_for(round_no: int, seq: int) -> str:
    """One FTS token, unique over the whole test: round and sequence number."""
    return f"crash{round_no:03d}n{seq:06d}"


def mentee_name(marker: str) -> str:
    return f"Crash {marker}"


def main(argv: list[str]) -> int:
    folder, round_no = Path(argv[0]), int(argv[1])
    passphrase = sys.stdin.readline().rstrip("\r\n")
    vault = Vault.open(folder, passphrase)
    mentee_id: MenteeId | None = None
    plan_id: PlanId | None = None
    started = datetime(2026, 1, 5, 9, 0) + timedelta(days=round_no)
    seq = 0
    while True:  # until SIGKILL
        seq += 1
        marker = marker_for(round_no, seq)
        what = ["session"]
        with vault.transaction() as s:
            if mentee_id is None or seq % MENTEE_EVERY == 1:
                mentee = MenteeRepository(s).add(Mentee(full_name=mentee_name(marker)))
                assert mentee.id is not None
                mentee_id = mentee.id
                plan = PlanRepository(s).add(
                    DevelopmentPlan(mentee_id=mentee_id, title=f"Plan {marker}")
                )
                plan_id = plan.id
                what.append("mentee")
            CoachingSessionRepository(s).add(
                CoachingSession(
                    mentee_id=mentee_id,
                    started_at=started + timedelta(minutes=seq),
                    private_notes=f"{marker} {FILLER}",
                    shared_summary=f"Samenvatting {marker}",
                )
            )
            if seq % PLAN_EVERY == 0 and plan_id is not None:
                plans = PlanRepository(s)
                current = plans.get(plan_id)
                current.desired_direction = marker
                current.goals = [
                    Goal(description=f"Doel {marker}", actions=[Action(description=marker)])
                ]
                plans.update(current)
                what.append("plan")
        # The commit has returned: only now may the parent count on this marker.
        sys.stdout.write(f"{marker} {','.join(what)}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
