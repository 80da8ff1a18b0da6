"""SQLCipher connections and the SQLAlchemy engine: key by creator, pragmas, error mapping.

The key is set by a connection creator as a raw key (never in a URL). Every connection
checks that SQLCipher answers, reads ``sqlite_master`` before anything can write (a
wrong key or a damaged header fails there), then sets the pragmas DESIGN.md lists.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.pool import QueuePool

from mentorapp.store.errors import DiskFull, VaultBusy, VaultDamaged, VaultError

_DAMAGED = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
_FULL = {"SQLITE_FULL"}
_BUSY = {"SQLITE_BUSY", "SQLITE_LOCKED"}


def raw_key_pragma_value(data_key: bytes) -> str:
    """The SQLCipher raw-key literal ``x'<hex>'`` for a 256-bit key."""
    if len(data_key) != 32:
        raise ValueError("data key must be 32 bytes")
    return f"x'{data_key.hex()}'"


def classify(exc: BaseException) -> VaultError | None:
    """Map an SQLite error to the vault error it means, or None if it means none."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name in _DAMAGED or "malformed" in text or "not a database" in text:
        return VaultDamaged("database failed authentication or integrity checks")
    if name in _FULL or "database or disk is full" in text:
        return DiskFull("the disk is full")
    if name in _BUSY or "database is locked" in text:
        return VaultBusy("the vault is in use by another program")
    return None


def connect(db_path: Path, data_key: bytes, *, create: bool = False) -> sqlcipher3.Connection:
    """Open one keyed, checked, configured SQLCipher connection to ``db_path``."""
    if not create and not db_path.is_file():
        raise VaultDamaged("vault.db is missing")
    conn = sqlcipher3.connect(str(db_path), check_same_thread=False, timeout=10.0)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise VaultError("SQLCipher is not available: refusing to open the vault")
        conn.execute(f'PRAGMA key = "{raw_key_pragma_value(data_key)}"')
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise classify(exc) or VaultDamaged("vault.db unreadable") from None
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
    except BaseException:
        conn.close()
        raise
    return conn


def make_engine(db_path: Path, data_key: bytes) -> Engine:
    """An engine whose every connection comes from ``connect`` with this key."""
    key = bytes(data_key)

    def creator() -> sqlcipher3.Connection:
        return connect(db_path, key)

    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )

    @event.listens_for(engine, "handle_error")
    def _map_errors(context: ExceptionContext) -> Any:
        mapped = classify(context.original_exception)
        if mapped is not None:
            raise mapped from None
        return None

    return engine
