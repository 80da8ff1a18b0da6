"""The single-writer lock of a vault folder: one writer, any number of readers.

**Writer.** ``vault.lock`` in the vault folder is held with an OS advisory lock
(``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows) for as long as a writable
``Vault`` is open, by ``backup.restore`` while it swaps files, and by nothing else. A
second writer - another process, or a second ``Vault.open`` in the same process (flock
belongs to the open file, not to the process) - fails at once with ``VaultInUse``; it
never waits and never writes. The OS drops the lock when its holder dies, so a crash
leaves no lock behind: the next opener simply takes it over.

**Who holds it.** While held, the file's JSON says who: host, user, pid, since, a
heartbeat, the app version and a random token. Nothing in it is private. The heartbeat
is refreshed every ``HEARTBEAT_SECONDS`` by a daemon thread of the lock, also while the
holder is idle (and when due before a write), and never after release. The file is
written in place (a lock file must keep its inode; it is the one file not replaced
atomically) and emptied on release, so on one machine stale content only ever means a
crashed holder. ``VaultInUse`` carries ``since``, ``host``, ``user`` and the heartbeat
from it.

**Readers.** A read-only ``Vault`` holds a *shared* lock on the vault folder itself and
never touches ``vault.lock``; readers may coexist with the writer (SQLite's WAL gives
each a consistent snapshot). Whatever rewrites the database under everyone - a re-key,
a restore - takes that folder lock *exclusively* and fails with ``VaultInUse`` while
any reader is there; a reader arriving meanwhile fails the same way.

**Across machines.** Through a synced folder the OS lock does not travel, but the file's
content does. So after taking the OS lock, a writer reads the content it found: a holder
whose heartbeat is younger than ``STALE_AFTER`` refuses the open (``VaultInUse`` with
``elsewhere=True``; the OS lock is dropped and the file left as it was), unless it is a
crashed process of this machine (same host, that pid no longer alive), which is taken
over silently as before. An older heartbeat refuses with ``stale=True`` unless the coach
chose ``take_over``: then our holder is written over it. The token tells our own lock
from another writer's: a holder that finds another token in the file (read through the
path, as a sync tool may replace the file) has lost the lock to a take-over elsewhere
(``VaultTakenOver``); from then on it never writes the lock file again, not even to
empty it on release. Within one machine the OS lock stays the authority.

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
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from mentorapp import __version__
from mentorapp.store.errors import (
    NotAVault,
    VaultError,
    VaultInUse,
    VaultReadOnly,
    VaultTakenOver,
    VaultUnreadable,
)
from mentorapp.store.layout import LOCK_NAME

FORMAT = "mentorapp-vault-lock"
HEARTBEAT_SECONDS = 60.0  # read at each beat: tests may patch it
STALE_AFTER: timedelta = timedelta(minutes=5)
_LIVE_TOKENS: set[str] = set()  # tokens of the writer locks this process holds now
_MIN_WAIT_SECONDS = 0.05  # the heartbeat thread never spins, whatever HEARTBEAT_SECONDS says
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

    def _pid_alive(pid: int) -> bool:
        # os.kill(pid, 0) would send Ctrl-C on Windows: ask the kernel about the process.
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return bool(kernel32.GetLastError() == 5)  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)

    def _pread(fd: int, size: int) -> bytes:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, size)
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

    def _pid_alive(pid: int) -> bool:
        if pid <= 0:
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except OSError:  # EPERM: it exists, under another user
            return True
        return True

    def _pread(fd: int, size: int) -> bytes:
        return os.pread(fd, size, 0)


@dataclass(frozen=True)
class LockHolder:
    """Who holds (or, after a crash, last held) a vault's writer lock. Never private."""

    host: str | None = None
    user: str | None = None
    pid: int | None = None
    since: datetime | None = None
    heartbeat: datetime | None = None
    token: str | None = None

    def in_use(
        self,
        message: str = "the vault is open elsewhere",
        *,
        elsewhere: bool = False,
        stale: bool = False,
        error: type[VaultInUse] = VaultInUse,
    ) -> VaultInUse:
        """The error a refused opener raises: times in local time, host and user."""
        return error(
            message,
            since=self.since.astimezone() if self.since is not None else None,
            host=self.host,
            user=self.user,
            heartbeat=self.heartbeat.astimezone() if self.heartbeat is not None else None,
            stale=stale,
            elsewhere=elsewhere,
        )

    def is_stale(self, now: datetime | None = None) -> bool:
        """True when the last sign of life (heartbeat, else since) is older than
        ``STALE_AFTER``, or unknown. A heartbeat from the future (another machine's clock
        ahead of ours) counts as fresh."""
        last = self.heartbeat or self.since
        if last is None:
            return True
        return (now or datetime.now(UTC)) - last >= STALE_AFTER

    def crashed_here(self) -> bool:
        """True when it names this machine and a process that is no longer alive, or
        this process and a lock it no longer holds (a Vault freed without closing)."""
        if self.host is None or self.host != socket.gethostname() or self.pid is None:
            return False
        if self.pid == os.getpid():
            return self.token not in _LIVE_TOKENS
        return not _pid_alive(self.pid)


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
        self._lost: LockHolder | None = None  # who took it over, once seen
        self._guard = threading.Lock()  # a heartbeat never writes into a closed (reused) fd
        self._stop = threading.Event()

    @classmethod
    def acquire(cls, folder: Path, *, take_over: bool = False) -> VaultLock:
        """Take the writer lock now or raise ``VaultInUse``; a refused call writes nothing.

        Microseconds when free: there is no waiting, and no retry beyond the lock file
        itself having been swapped between open and lock. After the OS lock, the file's
        content is weighed (module docstring): a live holder elsewhere refuses
        (``elsewhere=True``), a stale one refuses (``stale=True``) unless ``take_over``.
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
                holder = parse_holder(_pread(fd, _CONTENT_BYTES * 8)) or LockHolder()
                os.close(fd)
                raise holder.in_use()
            if not _same_file(fd, path):  # we locked a file that is gone from the folder
                _unlock(fd)
                os.close(fd)
                continue
            try:
                refusal = _refusal(parse_holder(_pread(fd, _CONTENT_BYTES * 8)), take_over)
            except OSError:
                refusal = None  # unreadable content says nobody: the OS lock is ours
            if refusal is not None:
                _unlock(fd)
                os.close(fd)
                raise refusal
            with contextlib.suppress(OSError):
                os.fchmod(fd, 0o600)
            lock = cls(folder, fd, created)
            _LIVE_TOKENS.add(lock._token)
            lock._write_now()
            lock._start_heartbeat()
            return lock
        raise VaultError("the lock file keeps changing")

    @property
    def held(self) -> bool:
        return self._fd is not None

    @property
    def token(self) -> str:
        return self._token

    @property
    def taken_over_by(self) -> LockHolder | None:
        """Who took this lock over, once seen (``still_ours`` or a heartbeat looks)."""
        return self._lost

    def holder(self) -> LockHolder:
        return LockHolder(
            host=socket.gethostname(),
            user=_user(),
            pid=os.getpid(),
            since=self._since,
            heartbeat=datetime.now(UTC),
            token=self._token,
        )

    def still_ours(self) -> None:
        """``VaultTakenOver`` when the lock file now names another writer's token.

        Read through the path (a sync tool may have replaced the file); a few tens of
        microseconds. Once lost, always lost. Empty or unreadable content is not a loss.
        """
        if self._lost is None:
            found = read_holder(self.folder)
            if self._is_taker(found):
                self._lost = found
        if self._lost is not None:
            raise self._lost.in_use(
                "another machine took this vault over", elsewhere=True, error=VaultTakenOver
            )

    def _is_taker(self, found: LockHolder | None) -> bool:
        """Whether ``found`` (the file's content now) is a writer that took this lock over.

        Not: nobody, our own token, and echoes a sync tool may bring back - a holder of
        this machine that is this process or a dead one, or one whose last sign of life
        is older than our own start by more than ``STALE_AFTER`` (a take-over writes a
        fresh heartbeat after ours went stale; the margin allows for clocks that differ).
        """
        if found is None or found.token is None or found.token == self._token:
            return False
        if found.host == socket.gethostname() and (
            found.pid == os.getpid() or found.crashed_here()
        ):
            return False
        last = found.heartbeat or found.since
        return last is None or last >= self._since - STALE_AFTER

    def beat(self) -> None:
        """Write who holds the lock, with a fresh heartbeat (in place, same inode).

        ``VaultTakenOver`` (and nothing written) when another writer took it over.
        Nothing happens after release.
        """
        with self._guard:
            if self._fd is None:
                return
            self.still_ours()
            self._write_holder(self._fd)
            self._last_beat = time.monotonic()

    def _write_now(self) -> None:
        """The first write, right after taking the lock (over whatever content was there)."""
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
            _write_at_start(fd, data)
            if not _same_file(fd, self.folder / LOCK_NAME):
                # A sync tool replaced the file under us (same token, else still_ours had
                # refused): the file in the folder is what other machines see, so the
                # heartbeat goes there too.
                _rewrite_path(self.folder / LOCK_NAME, data)

    def beat_if_due(self) -> None:
        """Refresh the heartbeat when the last one is older than ``HEARTBEAT_SECONDS``
        (``VaultTakenOver`` when another writer took the lock over)."""
        if time.monotonic() - self._last_beat >= HEARTBEAT_SECONDS:
            self.beat()

    def _start_heartbeat(self) -> None:
        """A daemon thread beating every ``HEARTBEAT_SECONDS`` until release.

        It holds only a weak reference, so an unreachable lock is still freed (and its
        fd closed) at once; it never raises and never writes after release.
        """
        me = weakref.ref(self)
        stop = self._stop
        thread = threading.Thread(
            target=_heartbeat_loop, args=(me, stop), name="mentorapp-vault-heartbeat", daemon=True
        )
        thread.start()

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """No reader may be there while inside (a re-key, a restore); ``VaultInUse`` if one is."""
        with folder_lock(self.folder, exclusive=True):
            yield

    def release(self, *, forget: bool = False) -> None:
        """Empty the file and drop the lock. ``forget``: also remove a lock file we made.

        A lock taken over by another writer is dropped without touching the file: its
        content is the new holder's.
        """
        self._stop.set()
        _LIVE_TOKENS.discard(self._token)
        with self._guard:
            fd, self._fd = self._fd, None
            if fd is None:
                return
            with contextlib.suppress(VaultTakenOver):
                self.still_ours()
            if self._lost is None:
                if forget and self._created:
                    # Safe against a racing opener: it re-checks that the file it locked
                    # is the one in the folder, so an unlinked inode is never taken for
                    # the lock.
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
        stop = getattr(self, "_stop", None)
        if stop is not None:
            stop.set()
        _LIVE_TOKENS.discard(getattr(self, "_token", ""))
        fd = getattr(self, "_fd", None)
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)


def _refusal(found: LockHolder | None, take_over: bool) -> VaultInUse | None:
    """Why a writer that just took the OS lock may not have the vault; None if it may.

    Nobody named (empty, unreadable, released) or a crashed process of this machine:
    ours. Anyone else with a fresh heartbeat: in use elsewhere. A stale one: ours only
    with ``take_over``.
    """
    if found is None or found.token is None or found.crashed_here():
        return None
    if not found.is_stale():
        return found.in_use("the vault is open on another machine", elsewhere=True)
    if take_over:
        return None
    return found.in_use("the vault's lock is stale", elsewhere=True, stale=True)


def _heartbeat_loop(me: weakref.ref[VaultLock], stop: threading.Event) -> None:
    while not stop.wait(max(HEARTBEAT_SECONDS, _MIN_WAIT_SECONDS)):
        lock = me()
        if lock is None:
            return
        try:
            lock.beat_if_due()
        except Exception:  # a heartbeat must never bring anything down
            if lock.taken_over_by is not None:
                return  # lost: nothing more to say to the file
        finally:
            del lock


def _write_at_start(fd: int, data: bytes) -> None:
    if hasattr(os, "pwrite"):
        os.pwrite(fd, data, 0)
    else:  # pragma: no cover - Windows
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)
    if os.fstat(fd).st_size > len(data):
        os.ftruncate(fd, len(data))


def _rewrite_path(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | _O_CLOEXEC | _O_NOFOLLOW)
    try:
        _write_at_start(fd, data)
    finally:
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
    def take(cls, folder: Path, read_only: bool, *, take_over: bool = False) -> VaultHold:
        if read_only:
            return cls(reader=FolderLock.acquire(folder, exclusive=False))
        return cls(writer=VaultLock.acquire(folder, take_over=take_over))

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
        return parse_holder(_pread(fd, _CONTENT_BYTES * 8)) or LockHolder()
    finally:
        os.close(fd)


__all__ = [
    "FORMAT",
    "HEARTBEAT_SECONDS",
    "STALE_AFTER",
    "FolderLock",
    "LockHolder",
    "VaultHold",
    "VaultLock",
    "folder_lock",
    "parse_holder",
    "read_holder",
    "writer_holder",
]
