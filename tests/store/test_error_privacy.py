"""No private text in an error: database errors carry no statement parameters.

The review saw "attempt to write a readonly database ... [parameters: (..., 'WRO-000559',
...)]": SQLAlchemy quoted the private notes being written. Here a canary is planted in
the notes and the name, and each way a write can fail is forced: the database turned
read-only, the disk full, another program holding the write lock, a constraint. Each
must raise a typed vault error, and the canary must be in no message, no chained
exception, no traceback text, no log record and nothing on stderr.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest
import sqlcipher3
from sqlalchemy import event

from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import CoachingSession
from mentorapp.store.engine import connect
from mentorapp.store.errors import DiskFull, VaultBusy, VaultError, VaultReadOnly
from mentorapp.store.repositories import CoachingSessionRepository
from mentorapp.store.vault import DB_NAME, Vault
from tests.conftest import add_mentee_with_session
from tests.store.privileges import permissions_enforced

CANARY = "WRO-000559-kanarie-privé"


def _every_connection(vault: Vault, *pragmas: str) -> None:
    """Make the pool's connections anew, each running ``pragmas`` after the app's own."""
    engine = vault.engine
    engine.dispose()

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        for pragma in pragmas:
            dbapi_connection.execute(pragma)


def _write_canary(vault: Vault) -> None:
    add_mentee_with_session(
        vault, name=f"Naam {CANARY}", private=f"notitie {CANARY}", shared=f"samen {CANARY}"
    )


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [current.__cause__, current.__context__]


def _assert_no_canary(
    write: Callable[[], None],
    expected: type[VaultError],
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(VaultError) as caught:
        write()
    exc = caught.value
    assert isinstance(exc, expected), repr(exc)
    for link in _chain(exc):
        assert CANARY not in str(link) and CANARY not in repr(link), repr(link)
    printed = "".join(traceback.format_exception(exc))
    assert CANARY not in printed
    for record in caplog.records:
        assert CANARY not in record.getMessage()
        assert CANARY not in (record.exc_text or "")
        if record.exc_info and record.exc_info[1] is not None:
            assert CANARY not in "".join(traceback.format_exception(record.exc_info[1]))
    out, err = capfd.readouterr()
    assert CANARY not in out and CANARY not in err


def test_a_read_only_database_error_carries_no_note(
    vault: Vault, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    _every_connection(vault, "PRAGMA query_only = ON")  # "attempt to write a readonly database"
    _assert_no_canary(lambda: _write_canary(vault), VaultReadOnly, caplog, capfd)


def test_a_database_file_made_read_only_after_opening_carries_no_note(
    vault: Vault, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    add_mentee_with_session(vault)
    db = vault.folder / DB_NAME
    db.chmod(0o400)
    try:
        with permissions_enforced():
            vault.engine.dispose()  # new connections: SQLite opens the file read-only
            _assert_no_canary(lambda: _write_canary(vault), VaultReadOnly, caplog, capfd)
    finally:
        db.chmod(0o600)


def test_a_full_disk_carries_no_note(
    vault: Vault, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    mentee = add_mentee_with_session(vault)
    with vault.engine.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
    # SQLite's own "database or disk is full", as a full disk gives it.
    _every_connection(vault, f"PRAGMA max_page_count = {pages}")

    def write_long_note() -> None:
        with vault.transaction() as s:
            CoachingSessionRepository(s).add(
                CoachingSession(
                    mentee_id=MenteeId(mentee),
                    started_at=datetime(2026, 11, 20, 11, 0),
                    private_notes=f"{CANARY} " * 5000,
                )
            )

    _assert_no_canary(write_long_note, DiskFull, caplog, capfd)


def test_a_busy_vault_carries_no_note(
    vault: Vault, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    add_mentee_with_session(vault)
    other = connect(vault.folder / DB_NAME, vault.data_key)  # another program's connection
    try:
        other.execute("BEGIN IMMEDIATE")
        _every_connection(vault, "PRAGMA busy_timeout = 50")
        _assert_no_canary(lambda: _write_canary(vault), VaultBusy, caplog, capfd)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_an_unmapped_database_error_carries_no_note_either(
    vault: Vault, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    def session_of_nobody() -> None:  # a foreign-key violation: no typed error of its own
        with vault.transaction() as s:
            CoachingSessionRepository(s).add(
                CoachingSession(
                    mentee_id=MenteeId(4242),
                    started_at=datetime(2026, 11, 20, 11, 0),
                    private_notes=f"notitie {CANARY}",
                )
            )

    _assert_no_canary(session_of_nobody, VaultError, caplog, capfd)


def test_the_canary_does_reach_the_database(vault: Vault) -> None:
    """The control: the same writes succeed and store the canary when nothing is wrong."""
    _write_canary(vault)
    with vault.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT private_notes FROM sessions").fetchall()
    assert any(CANARY in row[0] for row in rows)
    assert sqlcipher3.sqlite_version  # the real SQLCipher, not a stand-in
