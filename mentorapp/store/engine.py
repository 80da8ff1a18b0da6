"""SQLCipher connections and the SQLAlchemy engine: key by creator, pragmas, error mapping.

The key is set by a connection creator as a raw key (never in a URL). Every connection
checks that SQLCipher answers, reads ``sqlite_master`` before anything can write (a
wrong key or a damaged header fails there), then sets the pragmas DESIGN.md lists.

Two promises live here. An existing ``vault.db`` is never created anew: a file shorter
than one page is ``VaultEmpty``, an unreadable one ``VaultUnreadable``, before SQLite
sees it. And no database error leaves with a bound parameter (private text) in it: the
engine hides parameters, and every SQLite error becomes a typed ``VaultError`` whose
text is the error's name, nothing from the statement.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.pool import QueuePool

from mentorapp.store.errors import (
    DiskFull,
    KeyChanged,
    VaultBusy,
    VaultDamaged,
    VaultEmpty,
    VaultError,
    VaultIOError,
    VaultLocked,
    VaultReadOnly,
    VaultReplaced,
    VaultUnreadable,
)
from mentorapp.store.hardening import wipe, wipe_str

PAGE_SIZE = 4096  # SQLCipher 4's default; a vault.db is never shorter than one page
SALT_BYTES = 16  # SQLCipher keeps the file's random salt in its first 16 bytes
_HEX = b"0123456789abcdef"
_MAX_KEY_FILE_READ = 1 << 16

# Primary SQLite result codes (the low byte of an extended code).
_CORRUPT, _NOTADB, _FULL, _BUSY, _LOCKED = 11, 26, 13, 5, 6
_READONLY, _CANTOPEN, _PERM, _AUTH, _IOERR = 8, 14, 3, 23, 10
_READONLY_DBMOVED = 8 | (4 << 8)

KeySource = Callable[[], "bytes | bytearray | None"]


@dataclass(frozen=True)
class DbIdentity:
    """Which file ``vault.db`` is: device, inode and the SQLCipher salt in its header.

    Another file renamed over it (a sync tool, a restore elsewhere) has another inode;
    another database copied into it in place has another salt (every SQLCipher file
    gets a random one). What cannot be seen cheaply: an older copy of this very
    database written back in place, since the change counter is encrypted.
    """

    device: int
    inode: int
    salt_digest: bytes


def db_identity(db_path: Path) -> DbIdentity:
    """Read the identity of the file now at ``db_path`` (about 5 us)."""
    fd = os.open(db_path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        head = os.pread(fd, SALT_BYTES, 0)
    finally:
        os.close(fd)
    return DbIdentity(info.st_dev, info.st_ino, hashlib.sha256(head).digest())


def key_file_digest(path: Path) -> bytes | None:
    """SHA-256 of a key file's bytes; None when there is none (regular files only)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return None
    except OSError:
        return b"unreadable"
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return b"not a file"
        return hashlib.sha256(os.read(fd, _MAX_KEY_FILE_READ)).digest()
    finally:
        os.close(fd)


def _seen(path: str) -> tuple[int, ...] | None:
    """What ``stat`` says of a file that changes whenever its content does (ctime)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


class OpenedFiles:
    """The database file and key file a vault opened, to notice another in their place.

    ``check`` costs two ``stat`` calls while neither file changed (a few us); when one
    did (our own checkpoints change vault.db's ctime) its identity is read again: the
    key file's hash, the database's inode and salt.
    """

    def __init__(self, db_path: Path, key_path: Path) -> None:
        self.db_path, self.key_path = db_path, key_path
        self._db_file, self._key_file = str(db_path), str(key_path)
        self.db: DbIdentity | None = None
        self._key_digest: bytes | None = None
        self._db_seen: tuple[int, ...] | None = None  # stat at the last full check
        self._key_seen: tuple[int, ...] | None = None

    def remember(self) -> None:
        """Take the files now in place as the vault's own (at open, after our own change)."""
        self._db_seen, self._key_seen = _seen(self._db_file), _seen(self._key_file)
        self.db = db_identity(self.db_path)
        self._key_digest = key_file_digest(self.key_path)

    def check(self) -> None:
        """``KeyChanged`` / ``VaultReplaced`` if either file is not the one remembered."""
        key_seen = _seen(self._key_file)
        if key_seen != self._key_seen:
            if key_file_digest(self.key_path) != self._key_digest:
                raise KeyChanged("the key file changed since the vault was opened")
            self._key_seen = key_seen
        db_seen = _seen(self._db_file)
        if db_seen != self._db_seen:
            try:
                now: DbIdentity | None = db_identity(self.db_path)
            except OSError:
                now = None
            if now is None or now != self.db:
                raise VaultReplaced("vault.db is not the file this vault opened")
            self._db_seen = db_seen

    def renamed_over(self) -> bool:
        """True when another file was renamed over vault.db (or it is gone): then our
        open connections still hold the old file, not the one now at the path."""
        try:
            now = db_identity(self.db_path)
        except OSError:
            return True
        return self.db is None or (now.device, now.inode) != (self.db.device, self.db.inode)


def _key_literal(data_key: bytes | bytearray, prefix: bytes, suffix: bytes) -> str:
    """``prefix + x'<hex>' + suffix`` as the one str SQLCipher needs; wipe it after use.

    Built in a bytearray (wiped here) so no intermediate hex copy is left to the allocator.
    """
    if len(data_key) != 32:
        raise ValueError("data key must be 32 bytes")
    buf = bytearray(prefix + b"x'" + bytes(64) + b"'" + suffix)
    at = len(prefix) + 2
    for i, byte in enumerate(data_key):
        buf[at + 2 * i] = _HEX[byte >> 4]
        buf[at + 2 * i + 1] = _HEX[byte & 15]
    try:
        return buf.decode("ascii")
    finally:
        wipe(buf)


def raw_key_pragma_value(data_key: bytes | bytearray) -> str:
    """The SQLCipher raw-key literal ``x'<hex>'`` for a 256-bit key (wipe_str it after use)."""
    return _key_literal(data_key, b"", b"")


def set_key(conn: sqlcipher3.Connection, data_key: bytes | bytearray) -> None:
    """``PRAGMA key`` with a raw key, through a statement SQLite does not cache."""
    statement = _key_literal(data_key, b'PRAGMA key = "', b'";')
    try:
        conn.executescript(statement)  # executescript bypasses the statement cache
    finally:
        wipe_str(statement)


def rekey_database(conn: sqlcipher3.Connection, new_key: bytes | bytearray) -> None:
    """``PRAGMA rekey`` to ``new_key``. Its "ok" proves nothing: the caller verifies."""
    statement = _key_literal(new_key, b'PRAGMA rekey = "', b'";')
    try:
        conn.executescript(statement)
    finally:
        wipe_str(statement)


def vault_error(exc: BaseException) -> VaultError:
    """The typed error an SQLite error means; its text names the error, nothing more."""
    mapped = classify(exc)
    if mapped is not None:
        return mapped
    name = getattr(exc, "sqlite_errorname", None) or type(exc).__name__
    return VaultIOError(f"database error {name}")


def classify(exc: BaseException) -> VaultError | None:
    """Map an SQLite error to the vault error it means, or None if it means none of these."""
    if isinstance(exc, VaultError):
        return exc
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc).lower() if primary is None else ""
    if code == _READONLY_DBMOVED:
        return VaultReplaced("vault.db was moved or replaced while open")
    if primary in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text:
        return VaultDamaged("database failed authentication or integrity checks")
    if primary == _FULL or "database or disk is full" in text:
        return DiskFull("the disk is full")
    if primary in (_BUSY, _LOCKED) or "database is locked" in text:
        return VaultBusy("the vault is in use by another program")
    if primary == _READONLY or "readonly database" in text:
        return VaultReadOnly("the database may not be written")
    if primary in (_CANTOPEN, _PERM, _AUTH) or "unable to open" in text:
        return VaultUnreadable("the database cannot be opened")
    return None


def check_file(db_path: Path) -> None:
    """Refuse a ``vault.db`` that is missing, unreadable or shorter than one page."""
    try:
        fd = os.open(db_path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise VaultDamaged("vault.db is missing") from None
    except IsADirectoryError:
        raise VaultDamaged("vault.db is not a file") from None
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise VaultUnreadable("vault.db may not be read") from None
        raise VaultUnreadable("vault.db cannot be opened") from None
    try:
        size = os.fstat(fd).st_size
    finally:
        os.close(fd)
    if size < PAGE_SIZE:
        raise VaultEmpty("vault.db is shorter than one page")


def connect(
    db_path: Path,
    data_key: bytes | bytearray,
    *,
    create: bool = False,
    read_only: bool = False,
    expect: DbIdentity | None = None,
) -> sqlcipher3.Connection:
    """Open one keyed, checked, configured SQLCipher connection to ``db_path``.

    ``create``: the file is new (made empty and owner-only by the caller, or absent).
    ``read_only``: SQLite opens the file read-only and the connection refuses writes.
    ``expect``: the identity the file had when the vault was opened (``VaultReplaced``
    if another file is there now, checked before anything is read or written).
    """
    db_path = Path(db_path)
    if not create:
        check_file(db_path)
    if read_only:
        target, uri = f"file:{quote(str(db_path.resolve()))}?mode=ro", True
    else:
        target, uri = str(db_path), False
    try:
        conn = sqlcipher3.connect(target, uri=uri, check_same_thread=False, timeout=10.0)
    except sqlcipher3.Error as exc:
        raise vault_error(exc) from None
    try:
        if expect is not None and db_identity(db_path) != expect:
            raise VaultReplaced("vault.db is another file than the one opened")
        conn.execute("PRAGMA cipher_log_level = NONE")
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise VaultError("SQLCipher is not available: refusing to open the vault")
        set_key(conn, data_key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise classify(exc) or VaultDamaged("vault.db unreadable") from None
        conn.execute("PRAGMA temp_store = MEMORY")
        if read_only:
            conn.execute("PRAGMA query_only = ON")
        else:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
    except sqlcipher3.Error as exc:
        conn.close()
        raise vault_error(exc) from None
    except OSError:
        conn.close()
        raise VaultReplaced("vault.db is gone or unreadable since it was opened") from None
    except BaseException:
        conn.close()
        raise
    return conn


def make_engine(
    db_path: Path,
    key: KeySource,
    *,
    read_only: bool = False,
    expect: Callable[[], DbIdentity | None] | None = None,
) -> Engine:
    """An engine whose every connection comes from ``connect``.

    ``key`` is called for each new connection and returns the vault's own key buffer,
    which ``Vault.close`` zeroes: the creator keeps no copy, and the hex literal exists
    only inside ``connect``, wiped after use. Parameters never appear in error text.
    """

    def creator() -> sqlcipher3.Connection:
        data_key = key()
        if not data_key or not any(data_key):
            raise VaultLocked("the vault is locked")
        return connect(db_path, data_key, read_only=read_only, expect=expect() if expect else None)

    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        hide_parameters=True,
    )

    @event.listens_for(engine, "handle_error")
    def _map_errors(context: ExceptionContext) -> Any:
        original = context.original_exception
        if isinstance(original, sqlcipher3.Error):
            raise vault_error(original) from None
        return None

    return engine


# ---- which key fits -----------------------------------------------------------------


def why_key_fails(
    db: Path,
    keys: Sequence[bytes | bytearray],
    *,
    foreign: type[VaultError],
    message: str = "the key file's key opens no page of vault.db",
) -> VaultError:
    """Why a key that should fit does not: wrong for every page, or damaged pages.

    SQLCipher authenticates every page with an HMAC under the key. With the wrong key
    every page fails; damage fails only the pages it touched. ``foreign`` is raised when
    no page verifies, ``VaultDamaged`` when some do. (A file overwritten with noise
    from end to end looks like a wrong key: no test can tell those two apart.)
    """
    try:
        with open(db, "rb") as handle:
            if handle.read(16) == b"SQLite format 3\x00":
                return VaultDamaged("vault.db is not encrypted")
        for key in keys:
            if key:
                failing, pages = failing_pages(db, key)
                if not pages or failing < pages:
                    return VaultDamaged("pages of vault.db fail authentication")
    except (OSError, sqlcipher3.Error):
        return VaultDamaged("vault.db could not be examined")
    return foreign(message)


def failing_pages(db: Path, data_key: bytes | bytearray) -> tuple[int, int]:
    """How many pages fail their HMAC under ``data_key``, and how many the file has."""
    pages = os.path.getsize(db) // PAGE_SIZE
    conn = sqlcipher3.connect(f"file:{quote(str(db.resolve()))}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        set_key(conn, data_key)
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    finally:
        conn.close()
    failing = {str(r[0]) for r in rows if "page" in str(r[0]).lower()}
    return len(failing), pages


def key_verifies(db: Path, data_key: bytes | bytearray) -> bool:
    try:
        verify_key(db, data_key)
    except VaultError:
        return False
    return True


def verify_key(db: Path, data_key: bytes | bytearray) -> None:
    """``VaultDamaged`` unless ``data_key`` opens ``db`` and every page passes its HMAC."""
    conn = connect(db, data_key, read_only=True)
    try:
        problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        quick = conn.execute("PRAGMA quick_check").fetchone()
    except sqlcipher3.Error as exc:
        raise vault_error(exc) from None
    finally:
        conn.close()
    if problems or quick is None or quick[0] != "ok":
        raise VaultDamaged("the key does not verify every page")
