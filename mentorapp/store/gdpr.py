"""Erasing mentees for good (GDPR art. 17): rows, index entries, freed pages, and again
after a restore.

Erasing is three steps. (1) The erasure is recorded (``store.erasures``: no name, no
text) beside the database and inside it. (2) The rows go in one transaction: child rows
by foreign-key cascade, their index entries by trigger, then the index is merged so no
deleted term survives in a segment. (3) The file is wiped: with secure_delete on, the
write-ahead log is folded into the database and truncated, VACUUM rebuilds the file, and
the log is folded and truncated again. Step 3 cannot finish while another connection
reads an older snapshot; it waits a little, then raises ``EraseIncomplete`` (the delete
itself is committed, and ``wipe`` finishes the job later).

A restored database predates some erasures: ``reapply`` erases every recorded mentee in
it again, the same way, before the vault is opened.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import CursorResult
from sqlalchemy.orm import Session

from mentorapp.domain import clock
from mentorapp.domain.ids import MenteeId
from mentorapp.store import erasures
from mentorapp.store.engine import classify, connect
from mentorapp.store.erasures import ErasureRecord, Sql
from mentorapp.store.errors import EraseIncomplete, NoSuchRecord, VaultBusy
from mentorapp.store.layout import db_path
from mentorapp.store.vault import Vault

# How long the wipe waits for readers to let go of the write-ahead log, and how long
# each checkpoint attempt may block on them (the connections' own timeout is 10 s).
WIPE_WAIT_SECONDS = 2.0
_ATTEMPT_MS = 250
_PAUSE_SECONDS = 0.05
RESTORE_REASON = "restore"


def erase(vault: Vault, mentee_ids: list[MenteeId], *, reason: str = "request") -> int:
    """Erase mentees for good: record, delete, wipe. Returns how many were erased.

    ``NoSuchRecord`` (nothing changed) if any id is unknown; ``EraseIncomplete`` if the
    rows are gone but another reader kept the wipe from finishing.
    """
    count = delete_mentees(vault, mentee_ids, reason=reason)
    wipe(vault)
    return count


def delete_mentees(vault: Vault, mentee_ids: Sequence[MenteeId], *, reason: str) -> int:
    """Steps 1 and 2 of ``erase``: record the erasure, then delete the rows (committed).

    The record is written beside the database before the rows go, so there is no moment
    when the rows are gone and an older backup could bring them back unnoticed; if the
    delete fails, the file is put back as it was. Runs in ``vault.transaction()``, so a
    vault opened read-only or replaced underneath refuses it before anything is written.
    """
    wanted = sorted({int(m) for m in mentee_ids})
    if not wanted:
        return 0
    folder, vault_id, data_key = vault.folder, vault.vault_id, vault.data_key
    snapshot = erasures.file_snapshot(folder)
    saved = False
    try:
        with vault.transaction() as db:
            sql = SessionSql(db)
            created = _created_at(sql, wanted)
            if len(created) != len(wanted):
                raise NoSuchRecord("mentee")
            now = clock.now()
            new = {erasures.record_for(data_key, m, created[m], now) for m in wanted}
            known = erasures.load_file(folder, vault_id) | erasures.load_db(sql, vault_id)
            records = known | new
            erasures.save_file(folder, vault_id, records)
            saved = True
            _delete_rows(sql, wanted, reason)
            erasures.save_db(sql, vault_id, records)
    except BaseException:
        if saved:
            erasures.put_back(folder, snapshot)
        raise
    return len(wanted)


def known_erasures(vault: Vault) -> frozenset[ErasureRecord]:
    """Every erasure recorded for this vault, in the file or in the database."""
    with vault.reading() as db:
        inside = erasures.load_db(SessionSql(db), vault.vault_id)
    return erasures.load_file(vault.folder, vault.vault_id) | inside


def wipe(vault: Vault) -> None:
    """Step 3 of ``erase``: leave no deleted page in the file or its log.

    Safe to call at any time (``EraseIncomplete`` said it did not finish: call it again
    once the other reader is gone).
    """
    with _raw(vault) as conn:
        wipe_connection(conn)


def reapply(folder: Path, data_key: bytes, vault_id: str) -> int:
    """Erase again, in a database just restored (not yet opened), every recorded mentee.

    The records are the union of ``erasures.json`` and the restored database's own copy;
    both copies are brought up to that union. Returns how many mentees were removed
    again; ``EraseIncomplete`` as for ``erase``.
    """
    conn = connect(db_path(folder), data_key)
    try:
        outside = erasures.load_file(folder, vault_id)
        try:
            conn.execute("BEGIN IMMEDIATE")
            inside = erasures.load_db(conn, vault_id)
            records = outside | inside
            found = erasures.erased_rows(conn, records, [data_key])
            if found:
                _delete_rows(conn, found, RESTORE_REASON)
            if records != inside:
                erasures.save_db(conn, vault_id, records)
            conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            _raise_mapped(exc)
            raise
        if records != outside:
            erasures.save_file(folder, vault_id, records)
        if found:
            wipe_connection(conn)
        return len(found)
    finally:
        conn.close()


def reapply_open(vault: Vault) -> int:
    """``reapply`` for a vault already open: erase again every recorded mentee it holds.

    For a database that came back some other way than ``restore`` (copied back by hand,
    from a file-level backup or sync tool, or a restore interrupted before ``reapply``).
    Reads first and writes only when there is something to do, so calling it after every
    unlock costs one small query.
    """
    folder, vault_id, data_key = vault.folder, vault.vault_id, vault.data_key
    outside = erasures.load_file(folder, vault_id)
    with vault.reading() as db:
        sql = SessionSql(db)
        inside = erasures.load_db(sql, vault_id)
        found = erasures.erased_rows(sql, outside | inside, [data_key])
    if found or not inside >= outside:
        with vault.transaction() as db:
            sql = SessionSql(db)
            inside = erasures.load_db(sql, vault_id)
            found = erasures.erased_rows(sql, outside | inside, [data_key])
            if found:
                _delete_rows(sql, found, RESTORE_REASON)
            erasures.save_db(sql, vault_id, outside | inside)
    if not outside >= inside:
        erasures.save_file(folder, vault_id, outside | inside)
    if found:
        wipe(vault)
    return len(found)


def delete_recorded(
    conn: sqlcipher3.Connection,
    records: frozenset[ErasureRecord],
    keys: Sequence[bytes],
    vault_id: str,
) -> int:
    """Delete recorded mentees from a copy that is not the live vault (a backup being
    rewritten): the same delete as ``erase``, no log entry; the copy learns the records.
    Returns how many mentees it held."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = erasures.erased_rows(conn, records, keys)
        if found:
            _delete_rows(conn, found, None)
        erasures.save_db(conn, vault_id, records | erasures.load_db(conn, vault_id))
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute("ROLLBACK")
        raise
    return len(found)


def delete_erased(conn: Sql, ids: Sequence[int], reason: str) -> None:
    """Delete mentees whose erasure records the caller has already written (beside the
    database and inside it, as ``delete_mentees`` does): rows by cascade - their merge
    marks too -, index entries by trigger, the count logged. Inside the caller's
    transaction; ``wipe`` after it commits."""
    _delete_rows(conn, sorted({int(i) for i in ids}), reason)


def wipe_connection(conn: sqlcipher3.Connection) -> None:
    """Checkpoint (TRUNCATE), VACUUM, checkpoint (TRUNCATE), each result checked."""
    previous = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
    conn.execute(f"PRAGMA busy_timeout = {_ATTEMPT_MS}")
    try:
        deadline = time.monotonic() + WIPE_WAIT_SECONDS
        _checkpoint(conn, deadline)
        try:
            conn.execute("VACUUM")
        except sqlcipher3.Error as exc:
            _raise_mapped(exc, busy_is_incomplete=True)
            raise
        _checkpoint(conn, deadline)
    finally:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute(f"PRAGMA busy_timeout = {previous}")


# ---- the steps --------------------------------------------------------------------


class SessionSql:
    """An ORM session seen as a DB-API connection: ``execute(sql, params)``.

    The erasure is written as plain SQL so the same statements serve the live vault (in
    its own transaction, errors mapped by its engine), a restored database and a backup
    being purged (raw connections).
    """

    def __init__(self, db: Session) -> None:
        self._connection = db.connection()

    def execute(self, sql: str, params: Sequence[object] = ()) -> CursorResult[Any]:
        return self._connection.exec_driver_sql(sql, tuple(params))


@contextlib.contextmanager
def _raw(vault: Vault) -> Iterator[sqlcipher3.Connection]:
    """The vault's own (pooled, keyed, configured) connection, for the wipe: VACUUM and
    checkpoints run outside any transaction."""
    with vault.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        yield raw


def _created_at(conn: Sql, ids: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for mentee_id, created in conn.execute(
            f"SELECT id, created_at FROM mentees WHERE id IN ({marks})", chunk
        ):
            found[int(mentee_id)] = str(created)
    return found


def _delete_rows(conn: Sql, ids: list[int], reason: str | None) -> None:
    """Delete mentees (cascade, triggers), log the count if ``reason``, merge the index.

    Merge marks (``merge_marks``, schema 0007 on) go with their mentee by cascade; the
    mark on a second profile kept after a sync conflict names the erased mentee as its
    twin, and goes too (the second profile itself is another mentee row: erased only
    when chosen)."""
    has_marks = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'merge_marks'"
    ).fetchone()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM mentees WHERE id IN ({marks})", chunk)
        if has_marks:  # their own marks go by cascade; a second profile's mark names them
            conn.execute(
                f"DELETE FROM merge_marks WHERE kind = 'mentee' AND twin_id IN ({marks})", chunk
            )
    if reason is not None:
        erased_at = clock.now().isoformat(sep=" ", timespec="microseconds")
        conn.execute(
            "INSERT INTO erasure_log (erased_at, mentee_count, reason) VALUES (?, ?, ?)",
            (erased_at, len(ids), reason),
        )
    has_index = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_index'"
    ).fetchone()
    if has_index:
        conn.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")


def _checkpoint(conn: sqlcipher3.Connection, deadline: float) -> None:
    """Fold the whole log into the file and truncate it, or ``EraseIncomplete``.

    ``(busy, log, checkpointed)``: busy is 1 while a reader still uses older frames
    (they cannot be overwritten, nor the log reset); log and checkpointed differ when
    only part of the log reached the file.
    """
    while True:
        try:
            busy, log_frames, done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlcipher3.OperationalError as exc:
            if classify(exc) is None:
                raise
            busy, log_frames, done = 1, -1, -2
        if busy == 0 and log_frames == done:
            return
        if time.monotonic() >= deadline:
            raise EraseIncomplete("another connection kept the write-ahead log in use")
        time.sleep(_PAUSE_SECONDS)


def _raise_mapped(exc: BaseException, *, busy_is_incomplete: bool = False) -> None:
    """Raise the vault error an SQLite error means (messages never carry row content)."""
    if not isinstance(exc, sqlcipher3.Error):
        return
    mapped = classify(exc)
    if mapped is None:
        return
    if busy_is_incomplete and isinstance(mapped, VaultBusy):
        raise EraseIncomplete("another connection kept the database busy") from None
    raise mapped from None
