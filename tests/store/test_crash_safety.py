"""Crash safety: the coach's laptop loses power (kill -9) in the middle of writing.

Requirement: kill -9 of a process in the middle of a stream of writes, 50 times: the
vault opens, its check passes, and every committed row is there.

A child process (``crash_writer.py``) writes transaction after transaction and prints
each marker only after its commit has returned. The test lets it commit a random number
of transactions, kills it with SIGKILL while it is busy with the next one, and then
looks at the vault the way the app would the next morning.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from mentorapp.store.search import search
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.store.crash_writer import marker_for, mentee_name

WRITER = Path(__file__).with_name("crash_writer.py")
ROUNDS = 50
SEED = 20261120


@dataclass
class Round:
    """What one child promised: its printed lines, in order."""

    number: int
    lines: list[tuple[str, set[str]]] = field(default_factory=list)

    @property
    def markers(self) -> list[str]:
        return [marker for marker, _ in self.lines]


@dataclass(frozen=True)
class VaultContents:
    """The marker-bearing records found in the vault after a crash."""

    session_markers: list[str]  # one per session row, from the first word of its notes
    session_mentee: dict[str, str]  # session marker -> marker of its mentee
    mentees: set[str]  # markers of the mentees named "Crash <marker>"
    plans: dict[str, tuple[str, str, list[str]]]  # mentee marker -> title, direction, goals


def run_writer(folder: Path, round_no: int, commits: int, stderr_path: Path) -> Round:
    """Start a writer, read ``commits`` committed markers, kill -9 it, collect the rest."""
    result = Round(round_no)
    with stderr_path.open("wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(folder), str(round_no)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        assert proc.stdin is not None and proc.stdout is not None
        try:
            proc.stdin.write(PASSPHRASE + "\n")
            proc.stdin.close()
            for _ in range(commits):
                line = proc.stdout.readline()
                assert line.endswith("\n"), (
                    f"writer {round_no} stopped early: {stderr_path.read_text()[-2000:]}"
                )
                result.lines.append(_parse(line))
            # The writer is already inside its next transaction: pull the plug.
            os.kill(proc.pid, signal.SIGKILL)
            assert proc.wait() == -signal.SIGKILL
            # Lines it printed between our last read and the kill were committed too.
            rest = proc.stdout.read()
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stdout.close()
    complete = rest.split("\n")[:-1]  # a line cut off by the kill is no promise
    result.lines.extend(_parse(line + "\n") for line in complete)
    return result


def _parse(line: str) -> tuple[str, set[str]]:
    marker, what = line.rstrip("\n").split(" ")
    return marker, set(what.split(","))


def read_contents(engine: Engine) -> VaultContents:
    with engine.connect() as conn:
        mentee_marker = {
            mid: name.removeprefix("Crash ")
            for mid, name in conn.exec_driver_sql("SELECT id, full_name FROM mentees")
            if name.startswith("Crash ")
        }
        session_markers: list[str] = []
        session_mentee: dict[str, str] = {}
        for notes, mentee_id in conn.exec_driver_sql(
            "SELECT private_notes, mentee_id FROM sessions ORDER BY id"
        ):
            marker = notes.split(" ", 1)[0]
            session_markers.append(marker)
            session_mentee[marker] = mentee_marker.get(mentee_id, "")
        plans: dict[str, tuple[str, str, list[str]]] = {}
        for plan_id, mentee_id, title, direction in conn.exec_driver_sql(
            "SELECT id, mentee_id, title, desired_direction FROM development_plans"
        ):
            goals = [
                row[0]
                for row in conn.exec_driver_sql(
                    "SELECT description FROM plan_goals WHERE plan_id = ? ORDER BY position",
                    (plan_id,),
                )
            ]
            plans[mentee_marker[mentee_id]] = (title, direction, goals)
    return VaultContents(session_markers, session_mentee, set(mentee_marker.values()), plans)


def assert_promises_kept(contents: VaultContents, done: Round) -> None:
    """Every printed marker is there; nothing half-written; nothing invented."""
    present = set(contents.session_markers)
    assert len(contents.session_markers) == len(present), "a session was stored twice"

    missing = [m for m in done.markers if m not in present]
    assert not missing, f"round {done.number}: committed sessions lost after kill -9: {missing}"

    # At most one transaction may have committed without the writer living to say so,
    # and it can only be the one right after the last printed marker.
    mine = {m for m in present if m.startswith(marker_for(done.number, 0)[:9])}
    unprinted = mine - set(done.markers)
    assert unprinted <= {marker_for(done.number, len(done.lines) + 1)}, unprinted

    current_mentee = ""
    for marker, what in done.lines:
        if "mentee" in what:
            current_mentee = marker
            assert marker in contents.mentees, f"mentee of {marker} lost"
            assert contents.plans[marker][0] == f"Plan {marker}"
        assert contents.session_mentee[marker] == current_mentee
        if "plan" in what:
            # This update, or a later committed one, is what the plan says now.
            _, direction, _ = contents.plans[current_mentee]
            assert direction >= marker, f"plan update {marker} lost (plan says {direction!r})"

    # Transactions are all or nothing: a mentee without its first session, or a plan
    # update without the session written in the same transaction, is a torn write.
    for mentee in contents.mentees:
        assert mentee in present, f"mentee {mentee} stored without its session"
    for mentee, (_, direction, goals) in contents.plans.items():
        if direction:
            assert direction in present, f"plan update {direction} without its session"
            assert contents.session_mentee[direction] == mentee
            assert goals == [f"Doel {direction}"]


def test_kill_9_in_the_middle_of_writing_fifty_times_loses_nothing_committed(
    tmp_path: Path,
) -> None:
    # Monday morning: the coach has a fresh vault.
    folder = tmp_path / "coach.mentorvault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    rng = random.Random(SEED)
    promised = 0
    last: Round | None = None

    for round_no in range(1, ROUNDS + 1):
        # Notes are being saved one after another when the power goes.
        commits = rng.randint(1, 40)
        done = run_writer(folder, round_no, commits, tmp_path / f"writer-{round_no}.err")
        assert len(done.lines) >= commits
        promised += len(done.lines)

        # Next morning: the vault opens with the passphrase and is healthy...
        reopened = Vault.open(folder, PASSPHRASE)
        try:
            report = reopened.check()
            assert report.ok, f"round {round_no}: {report.problems}"
            # ...and everything the app had confirmed as saved is there.
            assert_promises_kept(read_contents(reopened.engine), done)
            assert reopened.count_rows("sessions") >= promised
        finally:
            reopened.close()
        last = done

    # Search still finds the very last note that was saved before the final crash.
    assert last is not None
    final_marker = last.markers[-1]
    with Vault.open(folder, PASSPHRASE) as reopened, reopened.reading() as s:
        hits = search(s, final_marker)
    assert hits, f"search does not find {final_marker}"
    assert all(final_marker in hit.snippet for hit in hits)
    sessions = [hit for hit in hits if hit.kind == "session"]
    assert len(sessions) == 1
    assert sessions[0].mentee_name == mentee_name(last_mentee(last))


def last_mentee(done: Round) -> str:
    """The marker of the mentee the round's last session belongs to."""
    current = ""
    for marker, what in done.lines:
        if "mentee" in what:
            current = marker
    return current
