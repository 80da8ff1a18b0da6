"""Erasure records: which mentees were erased, kept inside the database and beside it.

A record holds no name and no text: the mentee's row id, when the erasure happened, and
a tag HMAC(tag key, id | created_at) under a key derived from the vault's data key. The
tag is what tells the erased mentee from a later one who got the same row id (SQLite
hands out the highest id again once its row is gone); without the data key it says
nothing about anyone.

Two copies, each the same JSON document:

- ``erasures.json`` in the vault folder (owner-only, atomic writes). A restore replaces
  ``vault.db`` and the key file but leaves this file, so it is what makes an erasure hold
  when an older database comes back.
- ``vault_meta['erasures']`` inside the database. It travels with the database into its
  backups, so a folder that lost the file gets it back at the next erasure or restore.

Both only ever grow: the records written are the union of what either copy knew.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from mentorapp.store.atomic import atomic_write_bytes

ERASURES_NAME = "erasures.json"
FORMAT = "mentorapp-erasures"
FORMAT_VERSION = 1
META_KEY = "erasures"
_TAG_KEY_LABEL = b"mentorapp erasure tag key v1"
_KEY_ID_LABEL = b"mentorapp erasure key id v1"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_HEX16 = re.compile(r"^[0-9a-f]{16}$")

# A record made under another data key (the vault was re-keyed since) cannot have its
# tag checked. The row with that id is then taken for the erased mentee unless it was
# created after the erasure; the slack covers clock changes (DST) between the two dates.
CLOCK_SLACK = timedelta(days=1)


class Sql(Protocol):
    """What the database functions here need: a DB-API style ``execute`` (a raw
    SQLCipher connection, or ``gdpr.SessionSql`` over an ORM session)."""

    def execute(self, sql: str, params: Sequence[Any] = ..., /) -> Any: ...


@dataclass(frozen=True, order=True)
class ErasureRecord:
    """One erased mentee: row id, tag (hex), which data key made the tag, when erased."""

    mentee_id: int
    tag: str
    key_id: str
    erased_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "mentee_id": self.mentee_id,
            "tag": self.tag,
            "key_id": self.key_id,
            "erased_at": self.erased_at.isoformat(timespec="seconds"),
        }

    @classmethod
    def from_json(cls, item: Any) -> ErasureRecord:
        mentee_id = item["mentee_id"]
        tag, key_id = str(item["tag"]), str(item["key_id"])
        if type(mentee_id) is not int or not (_HEX64.match(tag) and _HEX16.match(key_id)):
            raise ValueError("malformed erasure record")
        return cls(mentee_id, tag, key_id, datetime.fromisoformat(str(item["erased_at"])))


def key_id(data_key: bytes) -> str:
    """Which data key made a tag (not secret: it names the key, it cannot unlock)."""
    return hmac.new(data_key, _KEY_ID_LABEL, hashlib.sha256).hexdigest()[:16]


def tag_for(data_key: bytes, mentee_id: int, created_at: str) -> str:
    """The keyed tag of the mentee row ``mentee_id`` created at ``created_at`` (as stored)."""
    tag_key = hmac.new(data_key, _TAG_KEY_LABEL, hashlib.sha256).digest()
    message = f"{int(mentee_id)}|{created_at}".encode()
    return hmac.new(tag_key, message, hashlib.sha256).hexdigest()


def record_for(
    data_key: bytes, mentee_id: int, created_at: str, erased_at: datetime
) -> ErasureRecord:
    return ErasureRecord(
        mentee_id, tag_for(data_key, mentee_id, created_at), key_id(data_key), erased_at
    )


def matches(record: ErasureRecord, keys: dict[str, bytes], mentee_id: int, created_at: str) -> bool:
    """True when the row (``mentee_id``, ``created_at``) is the mentee ``record`` erased.

    ``keys`` are the data keys at hand by ``key_id``; the tag is checked under the key
    that made it. Without that key (a re-key happened in between) the row counts as the
    erased mentee unless it was created after the erasure.
    """
    if record.mentee_id != mentee_id:
        return False
    key = keys.get(record.key_id)
    if key is not None:
        return hmac.compare_digest(record.tag, tag_for(key, mentee_id, created_at))
    try:
        created = datetime.fromisoformat(created_at)
    except ValueError:
        return True  # an unreadable date: erring on the side of the erasure
    return created <= record.erased_at + CLOCK_SLACK


# ---- the document (the same in the file and in the database) -------------------------


def to_bytes(vault_id: str, records: Iterable[ErasureRecord]) -> bytes:
    doc = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "vault_id": vault_id,
        "erased": [r.to_json() for r in sorted(set(records))],
    }
    return (json.dumps(doc, indent=1, sort_keys=True) + "\n").encode("utf-8")


def from_bytes(raw: bytes | str, vault_id: str) -> frozenset[ErasureRecord]:
    """The records of ``vault_id`` in a document; empty if it is another vault's or damaged.

    A damaged copy is not fatal: the other copy (and the live database, which always
    holds the union) still has the records, and the next write puts them back whole.
    """
    try:
        doc = json.loads(raw)
        if doc["format"] != FORMAT or doc["format_version"] != FORMAT_VERSION:
            return frozenset()
        if doc["vault_id"] != vault_id:
            return frozenset()
        return frozenset(ErasureRecord.from_json(item) for item in doc["erased"])
    except (ValueError, KeyError, TypeError):
        return frozenset()


def file_path(folder: Path) -> Path:
    return folder / ERASURES_NAME


def load_file(folder: Path, vault_id: str) -> frozenset[ErasureRecord]:
    try:
        raw = file_path(folder).read_bytes()
    except FileNotFoundError:
        return frozenset()
    return from_bytes(raw, vault_id)


def save_file(folder: Path, vault_id: str, records: Iterable[ErasureRecord]) -> None:
    """Write ``erasures.json`` whole (temp name, fsync, replace), readable by the owner only."""
    atomic_write_bytes(file_path(folder), to_bytes(vault_id, records), mode=0o600)


def file_snapshot(folder: Path) -> bytes | None:
    """The file's bytes as they are now (None: no file), to put back if a write fails."""
    try:
        return file_path(folder).read_bytes()
    except FileNotFoundError:
        return None


def put_back(folder: Path, snapshot: bytes | None) -> None:
    """Undo ``save_file`` after the erasure it announced failed (best effort)."""
    with contextlib.suppress(OSError, ValueError):
        if snapshot is None:
            file_path(folder).unlink(missing_ok=True)
        else:
            atomic_write_bytes(file_path(folder), snapshot, mode=0o600)


# ---- the copy in the database (inside the caller's transaction) -----------------------


def load_db(conn: Sql, vault_id: str) -> frozenset[ErasureRecord]:
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (META_KEY,)).fetchone()
    return from_bytes(str(row[0]), vault_id) if row else frozenset()


def save_db(conn: Sql, vault_id: str, records: Iterable[ErasureRecord]) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO vault_meta (key, value) VALUES (?, ?)",
        (META_KEY, to_bytes(vault_id, records).decode("utf-8")),
    )


def erased_rows(conn: Sql, records: Iterable[ErasureRecord], keys: Iterable[bytes]) -> list[int]:
    """Ids of mentee rows in this database that ``records`` say were erased.

    ``keys``: the data keys at hand (the database's own, and older ones if known).
    """
    by_key_id = {key_id(key): key for key in keys}
    by_id: dict[int, list[ErasureRecord]] = {}
    for record in records:
        by_id.setdefault(record.mentee_id, []).append(record)
    found: list[int] = []
    ids = sorted(by_id)
    for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT id, created_at FROM mentees WHERE id IN ({marks})", chunk
        ).fetchall()
        for mentee_id, created_at in rows:
            mentee, created = int(mentee_id), str(created_at)
            if any(matches(r, by_key_id, mentee, created) for r in by_id[mentee]):
                found.append(mentee)
    return sorted(found)
