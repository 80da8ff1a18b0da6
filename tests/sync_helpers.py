"""What the tests of a vault on a synced folder share: a clock that ticks, the folder a
sync tool makes on the other machine, a change made on one machine, and vault.lock as
the sync tool brings it from another computer."""

from __future__ import annotations

import itertools
import json
import shutil
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mentorapp.domain.ids import MenteeId
from mentorapp.services import sessions
from mentorapp.store.layout import DB_NAME, KEY_NAME, LOCK_NAME
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session


def tick_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every timestamp a second after the last: two machines never write the same one."""
    ticks = itertools.count()
    start = datetime(2026, 11, 30, 9, 0, 0)

    def now() -> datetime:
        return start + timedelta(seconds=next(ticks))

    monkeypatch.setattr("mentorapp.domain.clock.now", now)
    monkeypatch.setattr("mentorapp.store.repositories._now", now)


def synced_copy(source: Path, target: Path, names: Iterable[str] = (DB_NAME, KEY_NAME)) -> Path:
    """What a sync tool carries to the other machine: ``names`` copied into ``target``."""
    target.mkdir(mode=0o700, parents=True)
    for name in names:
        shutil.copy2(source / name, target / name)
    return target


def on(folder: Path, change: Callable[[Vault], object]) -> None:
    """Open the vault in ``folder`` for writing, make ``change``, close it."""
    vault = Vault.open(folder, PASSPHRASE)
    try:
        change(vault)
    finally:
        vault.close()


def edit_first_session(vault: Vault, mentee: MenteeId, **fields: str) -> None:
    """Set ``fields`` on the mentee's one session and save it."""
    (first,) = sessions.sessions_of(vault, mentee)
    for name, value in fields.items():
        setattr(first, name, value)
    sessions.save_session(vault, first)


def held_here_synced_there(
    tmp_path: Path, name: str = "Zoë Van den Bossche", private: str = ""
) -> tuple[Vault, Path]:
    """Machine A holds a vault open for writing (one mentee with a session, the log
    folded in); machine B's folder is what a sync tool made of it: vault.db, the key file
    and vault.lock copied (the OS lock does not travel)."""
    vault, _ = Vault.create(tmp_path / "a" / "coach.mentorvault", PASSPHRASE, kdf=FAST_KDF)
    add_mentee_with_session(vault, name, private=private)
    with vault.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    second = synced_copy(
        vault.folder, tmp_path / "b" / "coach.mentorvault", (DB_NAME, KEY_NAME, LOCK_NAME)
    )
    return vault, second


def rewrite_lock(folder: Path, **changes: object) -> None:
    """What another machine's lock looks like once the sync tool brought it here."""
    path = folder / LOCK_NAME
    doc = json.loads(path.read_bytes())
    doc.update(changes)
    path.write_bytes(json.dumps(doc).encode("utf-8").ljust(511) + b"\n")


def ago(minutes: float) -> str:
    """A lock file's time ``minutes`` before now (UTC, to the second)."""
    return (datetime.now(UTC) - timedelta(minutes=minutes)).isoformat(timespec="seconds")
