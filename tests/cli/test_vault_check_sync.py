"""``mentorapp vault check`` on a synced folder: conflict copies and the lock holder;
the sentences for a vault held on another computer (issue 14)."""

from __future__ import annotations

import json
import os
import re
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mentorapp import cli_messages
from mentorapp.store import lock
from mentorapp.store.errors import ConflictCopyUnusable, VaultInUse, VaultTakenOver
from mentorapp.store.layout import LOCK_NAME
from mentorapp.store.vault import Vault
from tests.cli.conftest import one_error_line, run_cli
from tests.conftest import PASSPHRASE, add_mentee_with_session

LOCK_LINE = re.compile(
    r"^lock: open on (?P<host>.+) by (?P<user>.+) since \d{4}-\d\d-\d\d \d\d:\d\d, "
    r"heartbeat (?P<beat>\d{4}-\d\d-\d\d \d\d:\d\d) \((?P<state>live|stale)\)$"
)


def _other_machine(folder: Path, *, minutes_ago: float, host: str = "laptop-b") -> None:
    """vault.lock as a sync tool brings it from a computer that has the vault open."""
    now = datetime.now(UTC)
    doc = {
        "format": lock.FORMAT,
        "version": 1,
        "app": "9.9",
        "host": host,
        "user": "coach",
        "pid": 4242,
        "since": (now - timedelta(hours=2)).isoformat(timespec="seconds"),
        "heartbeat": (now - timedelta(minutes=minutes_ago)).isoformat(timespec="seconds"),
        "token": "b" * 32,
    }
    (folder / LOCK_NAME).write_bytes(json.dumps(doc).encode())


def _check(capsys: pytest.CaptureFixture[str], folder: Path) -> tuple[int, list[str], str]:
    code, out, err = run_cli(capsys, "vault", "check", str(folder), stdin=PASSPHRASE + "\n")
    return code, out.splitlines(), err


def test_check_of_a_free_vault_says_the_lock_is_free(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.close()
    code, lines, err = _check(capsys, vault_path)
    assert (code, err) == (0, "")
    assert lines[0] == "lock: free" and lines[1].startswith("schema: ") and lines[-1] == "ok"
    assert (vault_path / LOCK_NAME).read_bytes() == b""  # the check left it free


def test_check_beside_the_app_names_the_live_holder(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_mentee_with_session(vault)
    code, lines, err = _check(capsys, vault_path)
    assert (code, err) == (0, "")
    match = LOCK_LINE.match(lines[0])
    assert match, lines
    assert match["host"] == socket.gethostname() and match["state"] == "live"
    assert lines[1].startswith("schema: ")


def test_check_lists_conflict_copies_and_a_stale_holder_elsewhere(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.close()
    db_copy = vault_path / "vault.sync-conflict-20261130-101500-ABCDEFG.db"
    key_copy = vault_path / "vault.key.sync-conflict-20261130-101500-ABCDEFG.json"
    db_copy.write_bytes((vault_path / "vault.db").read_bytes())
    key_copy.write_bytes((vault_path / "vault.key.json").read_bytes())
    when = datetime(2026, 11, 30, 10, 15).timestamp()
    os.utime(db_copy, (when, when))
    os.utime(key_copy, (when + 60, when + 60))
    _other_machine(vault_path, minutes_ago=10)

    code, lines, err = _check(capsys, vault_path)
    assert (code, err) == (0, "")
    assert lines[:2] == [
        f"conflict copy: {db_copy.name} (database, modified 2026-11-30 10:15)",
        f"conflict copy: {key_copy.name} (key, modified 2026-11-30 10:16)",
    ]
    match = LOCK_LINE.match(lines[2])
    assert match and (match["host"], match["user"], match["state"]) == (
        "laptop-b",
        "coach",
        "stale",
    )
    assert lines[3].startswith("schema: ") and lines[-1] == "ok"
    assert json.loads((vault_path / LOCK_NAME).read_bytes())["token"] == "b" * 32  # untouched
    assert db_copy.exists() and key_copy.exists()  # check only lists them


def test_a_hostile_holder_name_stays_on_one_line(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.close()
    _other_machine(vault_path, minutes_ago=1, host="evil\nhost\tname")
    code, lines, _ = _check(capsys, vault_path)
    assert code == 0
    match = LOCK_LINE.match(lines[0])
    assert match and "\t" not in lines[0] and match["state"] == "live"


def test_writing_commands_say_where_the_vault_is_open(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mentee = add_mentee_with_session(vault)
    vault.close()
    _other_machine(vault_path, minutes_ago=1)
    argv = ("erase", str(vault_path), str(mentee), "--yes")
    code, out, err = run_cli(capsys, *argv, stdin=PASSPHRASE + "\n")
    assert code == 1 and out == "" and one_error_line(err)
    assert "this vault is open on laptop-b by coach since " in err
    assert "close it there first" in err

    _other_machine(vault_path, minutes_ago=10)
    code, out, err = run_cli(capsys, *argv, stdin=PASSPHRASE + "\n")
    assert code == 1 and one_error_line(err)
    assert "left open on laptop-b by coach" in err and "take it over in the app" in err

    # Reading commands still read (read-only, beside the other computer).
    code, out, err = run_cli(capsys, "mentees", str(vault_path), stdin=PASSPHRASE + "\n")
    assert (code, err) == (0, "") and out.startswith(f"{mentee}\t")


def test_sentences_for_a_lock_taken_over_and_an_unusable_conflict_copy() -> None:
    taken = VaultTakenOver(
        "x",
        host="laptop-b",
        user="coach",
        since=datetime(2026, 11, 30, 9, 5).astimezone(),
        elsewhere=True,
    )
    assert cli_messages.message_for(taken) == (
        "laptop-b (coach) took this vault over at 2026-11-30 09:05; nothing more was "
        "written here; what you saved before is kept"
    )
    here = VaultInUse("x", host="desk", since=datetime(2026, 11, 30, 9, 5))
    assert "open in another window or process" in cli_messages.message_for(here)  # as before
    sentences = {
        reason: cli_messages.message_for(ConflictCopyUnusable("x", reason=reason))
        for reason in ("other-vault", "other-key", "newer-schema", "older-schema", "damaged")
    }
    assert len(set(sentences.values())) == 5
    assert all("conflict copy" in s and "\n" not in s for s in sentences.values())
    assert cli_messages.message_for(ConflictCopyUnusable("x", reason="unknown")) == (
        "that conflict copy cannot be brought into this vault"
    )
