"""The single-writer lock of a vault folder: one writer, any number of readers.

**Writer.** ``vault.lock`` in the vault folder is held with an OS advisory lock
(``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows) for as long as a writable
``Vault`` is open, by ``backup.restore`` while it swaps files, and by nothing else. A
second writer - another process, or a second ``Vault.open`` in the same process (flock
belongs to the open file, not to the process) - fails at once with ``VaultInUse``; it
never waits and never writes. The OS drops the lock when its holder dies, so a crash
leaves no lock behind: the next opener simply takes it over.

**Who holds it.** While held, the file's JSON says who: host, user, pid, since, a
heartbeat refreshed at most once a minute while the holder writes, the app version
and a random token. Nothing in it is private. It is written in place (a lock file must
keep its inode; it is the one file not replaced atomically) and emptied on release,
so stale content only ever means a crashed holder. ``VaultInUse`` carries ``since``
and ``host`` from it.

**Readers.** A read-only ``Vault`` holds a *shared* lock on the vault folder itself and
never touches ``vault.lock``; readers may coexist with the writer (SQLite's WAL gives
each a consistent snapshot). Whatever rewrites the database under everyone - a re-key,
a restore - takes that folder lock *exclusively* and fails with ``VaultInUse`` while
any reader is there; a reader arriving meanwhile fails the same way.

**Across machines (designed for, not built).** Through a synced folder the OS lock does
not travel, but the file's content does. A later takeover rule can read the holder
(``read_holder``): another ``host`` with a heartbeat younger than a few minutes means
in use; an older heartbeat means a stale lock to take over; the token tells our own
lock from a copy of it. The lock here stays the authority on one machine.

On Windows the writer lock is a one-byte region far past the JSON (so other processes
can still read who holds it); folder locks for readers do not exist there and are
skipped. That code is written but cannot be exercised here.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import secrets
import socket
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mentorapp import __version__
from mentorapp.store.errors import (
    NotAVault,
    VaultError,
    VaultInUse,
    VaultReadOnly,
    VaultUnreadable,
)
from mentorapp.store.layout import LOCK_NAME

FORMAT = "mentorapp-vault-lock"
HEARTBEAT_SECONDS = 60.0
_CONTENT_BYTES = 512  # the JSON is padded to this, so a rewrite never shrinks the file
_WINDOWS_LOCK_OFFSET = 1 << 20
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_O_DIRECTORY = getattr(os, "O_DIRECTORY", 0)

if sys.platform == "win32":  # pragma: no cover - written for Windows, not run here
    import msvcrt

    def _try_lock(fd: int, *, exclusive: bool) -> bool:
        # msvcrt has no shared locks; only the writer lock (exclusive) is used here.
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    _FOLDER_LOCKS = False
else:
    import fcntl

    def _try_lock(fd: int, *, exclusive: bool) -> bool:
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)

    _FOLDER_LOCKS = True


@dataclass(frozen=True)
class LockHolder:
    """Who holds (or, after a crash, last held) a vault's writer lock. Never private."""

    host: str | None = None
    user: str | None = None
    pid: int | None = None
    since: datetime | None = None
    heartbeat: datetime | None = None
    token: str | None = None

    def in_use(self, message: str = "the vault is open elsewhere") -> VaultInUse:
        """The error a refused opener raises: ``since`` in local time, and the host."""
        since = self.since.astimezone() if self.since is not None else None
        return VaultInUse(message, since=since, host=self.host)


def _when(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _text(value: Any) -> str | None:
    return value[:255] if isinstance(value, str) else None


def parse_holder(raw: bytes) -> LockHolder | None:
    """The holder written in a lock file; None when it is empty or unreadable."""
    try:
        doc = json.loads(raw.decode("utf-8").strip() or "null")
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        return None
    pid = doc.get("pid")
    return LockHolder(
        host=_text(doc.get("host")),
        user=_text(doc.get("user")),
        pid=pid if type(pid) is int else None,
        since=_when(doc.get("since")),
        heartbeat=_when(doc.get("heartbeat")),
        token=_text(doc.get("token")),
    )


def read_holder(folder: Path) -> LockHolder | None:
    """What ``vault.lock`` says (held or stale); None when there is none. Reads only."""
    try:
        with open(Path(folder) / LOCK_NAME, "rb") as handle:
            return parse_holder(handle.read(_CONTENT_BYTES * 8))
    except OSError:
        return None


def _user() -> str | None:
    try:
        return getpass.getuser()
    except Exception:  # no login name in this environment (containers, services)
        return None


def _open_lock_file(path: Path) -> tuple[int, bool] | None:
    """An fd on the lock file, creating it owner-only if missing, and whether we made it;
    None when it vanished between the two tries."""
    flags = os.O_RDWR | _O_CLOEXEC | _O_NOFOLLOW
    try:
        return os.open(path, flags | os.O_CREAT | os.O_EXCL, 0o600), True
    except FileExistsError:
        pass
    except FileNotFoundError:
        raise NotAVault("no vault folder") from None
    try:
        return os.open(path, flags), False
    except FileNotFoundError:
        return None


def _same_file(fd: int, path: Path) -> bool:
    try:
        on_disk = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    held = os.fstat(fd)
    return (held.st_dev, held.st_ino) == (on_disk.st_dev, on_disk.st_ino)


class VaultLock:
    """The writer's lock on one vault folder, held from ``acquire`` until ``release``."""

    def __init__(self, folder: Path, fd: int, created: bool) -> None:
        self.folder = folder
        self._fd: int | None = fd
        self._created = created
        self._token = secrets.token_hex(16)
        self._since = datetime.now(UTC)
        self._last_beat = 0.0
        self._guard = threading.Lock()  # a heartbeat never writes into a closed (reused) fd

    @classmethod
    def acquire(cls, folder: Path) -> VaultLock:
        """Take the writer lock now or raise ``VaultInUse``; a refused call writes nothing.

        Microseconds when free: there is no waiting, and no retry beyond the lock file
        itself having been swapped between open and lock.
        """
        folder = Path(folder)
        path = folder / LOCK_NAME
        for _ in range(5):
            try:
                opened = _open_lock_file(path)
            except OSError as exc:
                if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
                    raise VaultReadOnly("the lock file cannot be written") from None
                raise VaultError("the lock file cannot be opened") from None
            if opened is None:
                continue  # removed between the two opens: try again
            fd, created = opened
            if not _try_lock(fd, exclusive=True):
                holder = parse_holder(os.pread(fd, _CONTENT_BYTES * 8, 0)) or LockHolder()
                os.close(fd)
                raise holder.in_use()
            if not _same_file(fd, path):  # we locked a file that is gone from the folder
                _unlock(fd)
                os.close(fd)
                continue
            with contextlib.suppress(OSError):
                os.fchmod(fd, 0o600)
            lock = cls(folder, fd, created)
            lock.beat()
            return lock
        raise VaultError("the lock file keeps changing")

    @property
    def held(self) -> bool:
        return self._fd is not None

    def holder(self) -> LockHolder:
        return LockHolder(
            host=socket.gethostname(),
            user=_user(),
            pid=os.getpid(),
            since=self._since,
            heartbeat=datetime.now(UTC),
            token=self._token,
        )

    def beat(self) -> None:
        """Write who holds the lock, with a fresh heartbeat (in place, same inode)."""
        with self._guard:
            if self._fd is not None:
                self._write_holder(self._fd)
        self._last_beat = time.monotonic()

    def _write_holder(self, fd: int) -> None:
        holder = self.holder()
        doc = {
            "format": FORMAT,
            "version": 1,
            "app": __version__,
            "host": holder.host,
            "user": holder.user,
            "pid": holder.pid,
            "since": self._since.isoformat(timespec="seconds"),
            "heartbeat": datetime.now(UTC).isoformat(timespec="seconds"),
            "token": self._token,
        }
        data = json.dumps(doc, sort_keys=True).encode("utf-8")
        if len(data) < _CONTENT_BYTES:
            data = data.ljust(_CONTENT_BYTES - 1) + b"\n"
        with contextlib.suppress(OSError):  # who holds it is information, not the lock
            os.pwrite(fd, data, 0)
            if os.fstat(fd).st_size > len(data):
                os.ftruncate(fd, len(data))

    def beat_if_due(self) -> None:
        """Refresh the heartbeat when the last one is older than ``HEARTBEAT_SECONDS``."""
        if time.monotonic() - self._last_beat >= HEARTBEAT_SECONDS:
            self.beat()

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """No reader may be there while inside (a re-key, a restore); ``VaultInUse`` if one is."""
        with folder_lock(self.folder, exclusive=True):
            yield

    def release(self, *, forget: bool = False) -> None:
        """Empty the file and drop the lock. ``forget``: also remove a lock file we made."""
        with self._guard:
            fd, self._fd = self._fd, None
        if fd is None:
            return
        if forget and self._created:
            # Safe against a racing opener: it re-checks that the file it locked is the
            # one in the folder, so an unlinked inode is never mistaken for the lock.
            with contextlib.suppress(OSError):
                os.unlink(self.folder / LOCK_NAME)
        else:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> VaultLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # an unclosed Vault must not lock its folder for ever
        fd = getattr(self, "_fd", None)
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)


class FolderLock:
    """A shared (reader) or exclusive (re-key, restore) lock on the vault folder itself."""

    def __init__(self, fd: int | None) -> None:
        self._fd = fd

    @classmethod
    def acquire(cls, folder: Path, *, exclusive: bool) -> FolderLock:
        if not _FOLDER_LOCKS:  # pragma: no cover - Windows
            return cls(None)
        folder = Path(folder)
        try:
            fd = os.open(folder, os.O_RDONLY | _O_DIRECTORY | _O_CLOEXEC)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM):
                raise VaultUnreadable("the vault folder cannot be read") from None
            raise VaultError("the vault folder cannot be opened") from None
        if not _try_lock(fd, exclusive=exclusive):
            os.close(fd)
            holder = read_holder(folder) if exclusive is False else None
            raise (holder or LockHolder()).in_use(
                "a re-key or restore is under way"
                if not exclusive
                else "another window or process reads the vault"
            )
        return cls(fd)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            _unlock(fd)
            os.close(fd)

    def __del__(self) -> None:
        fd = getattr(self, "_fd", None)
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)


@dataclass
class VaultHold:
    """What an open vault holds on its folder: the writer lock, or a reader's folder lock."""

    writer: VaultLock | None = None
    reader: FolderLock | None = None

    @classmethod
    def take(cls, folder: Path, read_only: bool) -> VaultHold:
        if read_only:
            return cls(reader=FolderLock.acquire(folder, exclusive=False))
        return cls(writer=VaultLock.acquire(folder))

    def release(self, *, forget: bool = False) -> None:
        if self.writer is not None:
            self.writer.release(forget=forget)
        if self.reader is not None:
            self.reader.release()


@contextlib.contextmanager
def folder_lock(folder: Path, *, exclusive: bool) -> Iterator[None]:
    lock = FolderLock.acquire(folder, exclusive=exclusive)
    try:
        yield
    finally:
        lock.release()


def writer_holder(folder: Path) -> LockHolder | None:
    """The live writer of ``folder`` if any (probes without taking or writing anything)."""
    path = Path(folder) / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDONLY | _O_CLOEXEC | _O_NOFOLLOW)
    except OSError:
        return None
    try:
        if _try_lock(fd, exclusive=False):
            _unlock(fd)
            return None
        return parse_holder(os.pread(fd, _CONTENT_BYTES * 8, 0)) or LockHolder()
    finally:
        os.close(fd)


__all__ = [
    "FORMAT",
    "HEARTBEAT_SECONDS",
    "FolderLock",
    "LockHolder",
    "VaultHold",
    "VaultLock",
    "folder_lock",
    "parse_holder",
    "read_holder",
    "writer_holder",
]
