"""The single-writer lock seen through a synced folder (issue 14).

A second "machine" is simulated by a second folder holding a copy of every file of the
first (as a sync tool keeps it equal): the OS lock does not travel, the lock file's
content does.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mentorapp.domain.model import Mentee
from mentorapp.services import vault_life
from mentorapp.store import lock
from mentorapp.store.errors import VaultError, VaultInUse, VaultTakenOver
from mentorapp.store.layout import DB_NAME, LOCK_NAME
from mentorapp.store.lock import STALE_AFTER, read_holder
from mentorapp.store.repositories import MenteeRepository
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session, snapshot
from tests.sync_helpers import ago, held_here_synced_there, rewrite_lock, synced_copy


def _names(vault: Vault) -> set[str]:
    with vault.reading() as s:
        return {m.full_name for m in MenteeRepository(s).all()}


def _add(vault: Vault, name: str) -> None:
    with vault.transaction() as s:
        MenteeRepository(s).add(Mentee(full_name=name))


@pytest.fixture
def machine_a(tmp_path: Path) -> tuple[Vault, Path]:
    vault, second = held_here_synced_there(tmp_path, "Eerste mentee")
    yield vault, second
    vault.close()


def test_a_vault_open_on_another_machine_is_refused_for_writing_and_opens_read_only(
    machine_a: tuple[Vault, Path],
) -> None:
    a, b = machine_a
    before = snapshot(b)
    with pytest.raises(VaultInUse) as caught:
        Vault.open(b, PASSPHRASE)
    error = caught.value
    assert error.elsewhere and not error.stale
    assert error.host == socket.gethostname()
    assert error.user is not None or error.user is None  # the login name when there is one
    assert error.since is not None and error.since.tzinfo is not None
    assert error.heartbeat is not None
    assert abs(error.heartbeat - datetime.now(UTC)) < timedelta(minutes=1)
    assert snapshot(b) == before  # refused: not a byte written, the OS lock dropped
    with pytest.raises(VaultInUse):
        vault_life.open_vault(b, PASSPHRASE)  # the service says the same

    reader = vault_life.open_read_only(b, PASSPHRASE)
    try:
        assert reader.read_only and "Eerste mentee" in _names(reader)
    finally:
        reader.close()
    assert (b / LOCK_NAME).read_bytes() == before[LOCK_NAME]

    holder = vault_life.lock_holder(b)
    assert holder is not None and holder.token == read_holder(a.folder).token  # type: ignore[union-attr]
    assert not vault_life.is_stale(holder)


def test_a_stale_lock_elsewhere_is_refused_until_the_coach_takes_it_over(
    machine_a: tuple[Vault, Path],
) -> None:
    a, b = machine_a
    rewrite_lock(b, heartbeat=ago(10))
    old = read_holder(b)
    assert old is not None and vault_life.is_stale(old)
    before = snapshot(b)
    with pytest.raises(VaultInUse) as caught:
        Vault.open(b, PASSPHRASE)
    assert caught.value.stale and caught.value.elsewhere
    assert caught.value.heartbeat is not None
    assert datetime.now(UTC) - caught.value.heartbeat > timedelta(minutes=9)
    assert snapshot(b) == before

    taken = vault_life.open_vault(b, PASSPHRASE, take_over=True)
    try:
        now = read_holder(b)
        assert now is not None and now.token not in (None, old.token)
        assert now.pid == os.getpid() and not vault_life.is_stale(now)
        _add(taken, "Na overname")
        assert _names(taken) == {"Eerste mentee", "Na overname"}
    finally:
        taken.close()
    assert read_holder(b) is None  # released as usual
    assert "Na overname" not in _names(a)  # two folders: A never saw B's write


def test_a_holder_on_another_host_with_a_fresh_heartbeat_is_refused(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v.mentorvault", PASSPHRASE, kdf=FAST_KDF)
    folder = vault.folder
    vault.close()
    doc = {
        "format": lock.FORMAT,
        "version": 1,
        "app": "9.9",
        "host": "laptop-b",
        "user": "coach",
        "pid": 4242,
        "since": ago(60),
        "heartbeat": ago(1),
        "token": "b" * 32,
    }
    (folder / LOCK_NAME).write_bytes(json.dumps(doc).encode())
    with pytest.raises(VaultInUse) as caught:
        vault_life.open_vault(folder, PASSPHRASE)
    error = caught.value
    assert (error.host, error.user, error.elsewhere, error.stale) == (
        "laptop-b",
        "coach",
        True,
        False,
    )
    assert error.since is not None and datetime.now(UTC) - error.since > timedelta(minutes=59)
    with pytest.raises(VaultInUse):  # take_over does not apply to a live holder
        vault_life.open_vault(folder, PASSPHRASE, take_over=True)
    assert json.loads((folder / LOCK_NAME).read_bytes())["token"] == "b" * 32

    # Just past STALE_AFTER it may be taken over.
    doc["heartbeat"] = (datetime.now(UTC) - STALE_AFTER - timedelta(seconds=5)).isoformat()
    (folder / LOCK_NAME).write_bytes(json.dumps(doc).encode())
    with pytest.raises(VaultInUse) as caught:
        vault_life.open_vault(folder, PASSPHRASE)
    assert caught.value.stale
    vault_life.lock(vault_life.open_vault(folder, PASSPHRASE, take_over=True))


def test_a_crashed_process_of_this_machine_is_taken_over_silently(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v.mentorvault", PASSPHRASE, kdf=FAST_KDF)
    folder = vault.folder
    vault.close()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    doc = {
        "format": lock.FORMAT,
        "host": socket.gethostname(),
        "user": "coach",
        "pid": int(dead.stdout),
        "since": ago(2),
        "heartbeat": ago(0.5),  # fresh: it crashed a moment ago
        "token": "c" * 32,
    }
    (folder / LOCK_NAME).write_bytes(json.dumps(doc).encode())
    reopened = Vault.open(folder, PASSPHRASE)
    try:
        now = read_holder(folder)
        assert now is not None and now.token != "c" * 32 and now.pid == os.getpid()
    finally:
        reopened.close()


def test_the_old_holder_sees_the_take_over_and_never_writes_again(
    vault: Vault,
) -> None:
    add_mentee_with_session(vault, name="Voor de overname")
    _add(vault, "Nog hier")  # committed, still in the log
    folder = vault.folder
    # Another machine took it over; its content arrives through the sync tool.
    rewrite_lock(folder, host="laptop-b", pid=4242, token="d" * 32, heartbeat=ago(0), since=ago(0))
    taken = (folder / LOCK_NAME).read_bytes()
    db_before = (folder / DB_NAME).read_bytes()

    with pytest.raises(VaultTakenOver) as caught:
        _add(vault, "Na de overname")
    assert isinstance(caught.value, VaultInUse)  # a kind of "in use": the same handling
    assert caught.value.host == "laptop-b" and caught.value.elsewhere
    with pytest.raises(VaultTakenOver):
        vault.heartbeat()
    assert vault.taken_over
    # Once lost, always lost, even if the file went quiet.
    (folder / LOCK_NAME).write_bytes(b"")
    with pytest.raises(VaultTakenOver):
        _add(vault, "Nog eens")
    (folder / LOCK_NAME).write_bytes(taken)

    assert "Na de overname" not in _names(vault)  # reading still works
    vault.close()
    assert (folder / LOCK_NAME).read_bytes() == taken  # the new holder's content stays
    assert (folder / DB_NAME).read_bytes() == db_before  # no checkpoint into its file
    assert (folder / (DB_NAME + "-wal")).exists()  # what was committed here stays here


def test_an_echo_of_our_own_or_an_old_lock_is_not_a_take_over(vault: Vault) -> None:
    folder = vault.folder
    # A sync tool brings back what this process wrote before (another token, our pid)...
    rewrite_lock(folder, token="e" * 32)
    _add(vault, "Een")
    # ... or a lock of another machine from long before we opened.
    rewrite_lock(
        folder, host="laptop-b", pid=1, token="f" * 32, heartbeat=ago(60 * 24), since=ago(60 * 25)
    )
    _add(vault, "Twee")
    assert not vault.taken_over


def test_the_heartbeat_thread_beats_while_idle_and_stops_on_release(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lock, "HEARTBEAT_SECONDS", 0.2)
    before = set(threading.enumerate())
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    path = vault_path / LOCK_NAME
    started = [t for t in set(threading.enumerate()) - before if t.name.endswith("heartbeat")]
    assert len(started) == 1 and started[0].daemon
    first = json.loads(path.read_bytes())["heartbeat"]
    deadline = time.monotonic() + 10
    while json.loads(path.read_bytes())["heartbeat"] == first:  # idle: nothing written by us
        assert time.monotonic() < deadline, "no heartbeat while idle"
        time.sleep(0.1)
    vault.close()
    assert path.read_bytes() == b""
    started[0].join(timeout=5)
    assert not started[0].is_alive()
    time.sleep(0.5)  # several intervals: nothing written after release
    assert path.read_bytes() == b""


def test_a_heartbeat_after_release_writes_nothing_and_never_raises(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    writer = vault._hold.writer
    assert writer is not None
    vault.close()
    writer.beat()  # after release: nothing, no error
    writer.beat_if_due()
    assert (vault.folder / LOCK_NAME).read_bytes() == b""


def test_the_heartbeat_thread_stops_quietly_once_taken_over(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lock, "HEARTBEAT_SECONDS", 0.1)
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    rewrite_lock(vault_path, host="laptop-b", pid=4242, token="d" * 32, heartbeat=ago(0))
    taken = (vault_path / LOCK_NAME).read_bytes()
    time.sleep(0.6)
    assert (vault_path / LOCK_NAME).read_bytes() == taken  # never overwrote the new holder
    assert vault.taken_over
    vault.close()
    assert (vault_path / LOCK_NAME).read_bytes() == taken


def test_an_unclosed_writer_is_still_freed_with_its_heartbeat_running(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    del vault  # the thread holds no strong reference: the lock goes with the vault
    again = Vault.open(vault_path, PASSPHRASE)
    again.close()


def test_a_copy_of_the_folder_taken_right_after_close_is_a_whole_vault(
    vault: Vault, tmp_path: Path
) -> None:
    for i in range(30):
        add_mentee_with_session(vault, name=f"Mentee {i}")
    assert (vault.folder / (DB_NAME + "-wal")).stat().st_size > 0  # rows are in the log
    folder = vault.folder
    # Taken while open, vault.db alone lacks what is in the log (this test can fail).
    early = synced_copy(folder, tmp_path / "early" / "coach.mentorvault")
    with pytest.raises((AssertionError, VaultError)):  # rows missing, or even the schema
        partial = Vault.open(early, PASSPHRASE, read_only=True)
        try:
            assert _names(partial) == {f"Mentee {i}" for i in range(30)}
        finally:
            partial.close()
    vault.close()
    assert (
        not (folder / (DB_NAME + "-wal")).exists()
        or not (folder / (DB_NAME + "-wal")).stat().st_size
    )
    # What a sync tool copies: the database and the key file, never -wal or -shm.
    copy = synced_copy(folder, tmp_path / "copy" / "coach.mentorvault")
    reopened = Vault.open(copy, PASSPHRASE, read_only=True)
    try:
        assert _names(reopened) == {f"Mentee {i}" for i in range(30)}
        assert reopened.count_rows("sessions") == 30
        assert reopened.check().ok
    finally:
        reopened.close()
