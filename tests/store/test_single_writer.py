"""One writer at a time: the app has the vault open, and a restore, re-key, backup or
second unlock from elsewhere is refused at once instead of losing the app's later edits.

The review found that ``vault restore`` or ``vault rekey`` from a terminal, while the app
kept writing, silently threw away what the app wrote afterwards. Here a child process
(``lock_holder.py``) plays the app: it holds the vault and writes when told to; this
test process plays the second program.
"""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from mentorapp import cli
from mentorapp.store import backup, lock
from mentorapp.store.errors import VaultInUse, VaultReadOnly
from mentorapp.store.keyfile import parse_recovery_key
from mentorapp.store.lock import VaultLock, folder_lock, read_holder
from mentorapp.store.repositories import MenteeRepository
from mentorapp.store.vault import LOCK_NAME, Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session, snapshot

HOLDER = Path(__file__).with_name("lock_holder.py")
PROMPT_SECONDS = 0.5  # a refused opener answers at once; no busy wait, no timeout


class Holder:
    """The app in another process: holds the vault, writes on request."""

    def __init__(self, folder: Path, stderr: Path) -> None:
        self._err = stderr.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, str(HOLDER), str(folder)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._err,
            text=True,
        )
        self.stderr = stderr
        first = self.ask(PASSPHRASE)
        assert first.startswith("open "), first
        self.pid = int(first.split()[1])

    def ask(self, line: str) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline()
        assert answer.endswith("\n"), f"holder died: {self.stderr.read_text()[-2000:]}"
        return answer.strip()

    def write(self, marker: str) -> None:
        assert self.ask(f"write {marker}") == f"ok {marker}"

    def close(self) -> None:
        assert self.ask("close") == "closed"
        assert self.proc.wait(timeout=30) == 0

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)

    def cleanup(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()
        self._err.close()


@pytest.fixture
def closed_vault(vault: Vault) -> Iterator[tuple[Path, Path]]:
    """A vault with one mentee and one backup, closed: (folder, backup file)."""
    add_mentee_with_session(vault, name="Voor de back-up")
    made = backup.make_backup(vault).path
    vault.close()
    yield vault.folder, made


@pytest.fixture
def holder(closed_vault: tuple[Path, Path], tmp_path: Path) -> Iterator[Holder]:
    app = Holder(closed_vault[0], tmp_path / "holder.err")
    try:
        yield app
    finally:
        app.cleanup()


def names(folder: Path) -> list[str]:
    with Vault.open(folder, PASSPHRASE, read_only=True) as reader, reader.reading() as s:
        return sorted(m.full_name for m in MenteeRepository(s).all())


def refused(action: object, *args: object, **kwargs: object) -> VaultInUse:
    """Run ``action``; it must raise VaultInUse promptly. Returns the error."""
    started = time.perf_counter()
    with pytest.raises(VaultInUse) as caught:
        action(*args, **kwargs)  # type: ignore[operator]
    assert time.perf_counter() - started < PROMPT_SECONDS
    return caught.value


def test_restore_rekey_backup_and_open_from_another_process_are_refused_while_the_app_writes(
    closed_vault: tuple[Path, Path],
    holder: Holder,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder, made = closed_vault
    for i in range(5):
        holder.write(f"Eerste {i}")
    with Vault.open(folder, PASSPHRASE, read_only=True) as reader:  # readers may, beside it
        recovery = parse_recovery_key(reader.recovery_key())
    assert recovery is not None
    before = snapshot(folder)

    # Everything that would replace or rewrite the database under the app is refused...
    in_use = refused(backup.restore, folder, made, PASSPHRASE)
    assert in_use.host == socket.gethostname()
    assert isinstance(in_use.since, datetime) and in_use.since.tzinfo is not None
    assert abs(time.time() - in_use.since.timestamp()) < 120
    refused(Vault.open, folder, PASSPHRASE)  # ...which is also how a re-key starts
    refused(Vault.open_with_key, folder, recovery)
    for argv in (
        ["vault", "rekey", str(folder)],
        ["vault", "backup", str(folder)],
        ["vault", "restore", str(folder), str(made)],
    ):
        code = cli.main(argv, stdin=io.StringIO((PASSPHRASE + "\n") * 3))
        _, err = capsys.readouterr()
        assert code == 1, argv
        assert err.count("\n") == 1 and "Traceback" not in err, err
        assert "since" in err and socket.gethostname() in err, err
    # ...and the refusals changed nothing in the folder (not even the lock file).
    assert snapshot(folder) == before

    # The app keeps writing and closes: nothing it committed is lost.
    for i in range(5):
        holder.write(f"Tweede {i}")
    holder.close()
    expected = sorted(
        ["Voor de back-up"] + [f"Eerste {i}" for i in range(5)] + [f"Tweede {i}" for i in range(5)]
    )
    assert names(folder) == expected

    # Now that it is closed, a restore goes through.
    backup.restore(folder, made, PASSPHRASE)
    assert names(folder) == ["Voor de back-up"]


def test_a_reader_may_read_beside_the_writer_but_never_writes(
    closed_vault: tuple[Path, Path], holder: Holder
) -> None:
    folder, _ = closed_vault
    holder.write("Eerste")
    reader = Vault.open(folder, PASSPHRASE, read_only=True)
    try:
        with reader.reading() as s:
            assert {m.full_name for m in MenteeRepository(s).all()} >= {"Eerste"}
        with pytest.raises(VaultReadOnly), reader.transaction():
            pass
        with pytest.raises(VaultReadOnly):
            backup.make_backup(reader)
        with pytest.raises(VaultReadOnly):
            reader.change_passphrase("another passphrase entirely", kdf=FAST_KDF)
        holder.write("Tweede")  # the writer is not hindered by the reader
        with reader.reading() as s:
            assert {m.full_name for m in MenteeRepository(s).all()} >= {"Eerste", "Tweede"}
    finally:
        reader.close()
    holder.close()
    assert "Tweede" in names(folder)


def test_a_killed_holder_leaves_a_stale_lock_that_does_not_block(
    closed_vault: tuple[Path, Path], holder: Holder
) -> None:
    folder, _ = closed_vault
    holder.write("Voor de crash")
    stale = read_holder(folder)
    assert stale is not None and stale.pid == holder.pid
    holder.kill()

    # The OS dropped the lock with the process; its content still names the dead holder.
    assert read_holder(folder) == stale
    started = time.perf_counter()
    reopened = Vault.open(folder, PASSPHRASE)
    assert time.perf_counter() - started < 5
    try:
        now = read_holder(folder)
        assert now is not None and now.pid == os.getpid() and now.token != stale.token
        assert "Voor de crash" in {m.full_name for m in _all(reopened)}
    finally:
        reopened.close()


def _all(vault: Vault) -> list[object]:
    with vault.reading() as s:
        return list(MenteeRepository(s).all())


def test_a_second_open_in_the_same_process_is_refused_until_the_first_closes(
    vault: Vault,
) -> None:
    folder = vault.folder
    add_mentee_with_session(vault)
    before = snapshot(folder)
    refused(Vault.open, folder, PASSPHRASE)
    assert snapshot(folder) == before
    # Locking in the GUI and unlocking again works: close releases the lock.
    vault.close()
    for _ in range(3):
        again = Vault.open(folder, PASSPHRASE)
        refused(Vault.open, folder, PASSPHRASE)
        again.close()


def test_the_lock_file_says_who_holds_the_vault_and_is_emptied_on_close(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = vault.folder / LOCK_NAME
    doc = json.loads(path.read_bytes())
    assert doc["format"] == lock.FORMAT
    assert doc["pid"] == os.getpid() and doc["host"] == socket.gethostname()
    assert {"user", "since", "heartbeat", "token", "app"} <= set(doc)
    first_beat = doc["heartbeat"]

    # While the app writes, the heartbeat moves on (at most once a minute in real life).
    monkeypatch.setattr(lock, "HEARTBEAT_SECONDS", 0.0)
    time.sleep(1.1)
    add_mentee_with_session(vault)
    assert json.loads(path.read_bytes())["heartbeat"] > first_beat
    assert json.loads(path.read_bytes())["since"] == doc["since"]

    vault.close()
    assert path.read_bytes() == b""  # released: nobody holds it
    assert read_holder(vault.folder) is None


def test_rekey_and_restore_are_refused_while_a_reader_has_the_vault_open(
    closed_vault: tuple[Path, Path],
) -> None:
    folder, made = closed_vault
    writer = Vault.open(folder, PASSPHRASE)
    reader = Vault.open(folder, PASSPHRASE, read_only=True)
    try:
        before = snapshot(folder)
        refused(writer.rekey, PASSPHRASE, kdf=FAST_KDF)
        assert snapshot(folder) == before
        add_mentee_with_session(writer, name="Na de geweigerde re-key")  # still the old key
    finally:
        writer.close()
    try:
        refused(backup.restore, folder, made, PASSPHRASE)
    finally:
        reader.close()
    assert "Na de geweigerde re-key" in names(folder)


def test_a_reader_is_refused_while_a_restore_or_rekey_runs(vault: Vault) -> None:
    folder = vault.folder
    vault.close()
    with VaultLock.acquire(folder), folder_lock(folder, exclusive=True):
        refused(Vault.open, folder, PASSPHRASE, read_only=True)
        refused(Vault.open, folder, PASSPHRASE)
    Vault.open(folder, PASSPHRASE, read_only=True).close()


def test_taking_the_lock_costs_microseconds(vault: Vault) -> None:
    folder = vault.folder
    vault.close()
    rounds = 200
    started = time.perf_counter()
    for _ in range(rounds):
        VaultLock.acquire(folder).release()
    per_lock = (time.perf_counter() - started) / rounds
    held = VaultLock.acquire(folder)
    try:
        started = time.perf_counter()
        for _ in range(rounds):
            with pytest.raises(VaultInUse):
                VaultLock.acquire(folder)
        per_refusal = (time.perf_counter() - started) / rounds
    finally:
        held.release()
    print(f"lock+release {per_lock * 1e6:.0f} us, refusal {per_refusal * 1e6:.0f} us")
    assert per_lock < 0.01 and per_refusal < 0.01
