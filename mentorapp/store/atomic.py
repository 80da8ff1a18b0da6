"""Crash-safe file writes: temp name in the target folder, fsync, os.replace, fsync dir.

Temp files are named ``.mentorapp-<random>.tmp``: recognisably ours, and without the
target's name (which may name a mentee). A kill mid-write can leave one behind - an
export's plain text - so each atomic write first sweeps stale ones of ours from its
folder (``STALE_TEMP_SECONDS`` old: no write of ours takes that long).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from mentorapp.store.errors import DiskFull
from mentorapp.store.layout import FILE_MODE, TEMP_FILE, sweep_leftovers

TEMP_PREFIX = ".mentorapp-"
TEMP_SUFFIX = ".tmp"
STALE_TEMP_SECONDS = 10 * 60
_FULL = (errno.ENOSPC, errno.EDQUOT)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def sweep_stale_temps(folder: Path) -> list[str]:
    """Remove our own temp files in ``folder`` older than ``STALE_TEMP_SECONDS``."""
    return sweep_leftovers(folder, older_than=STALE_TEMP_SECONDS, pattern=TEMP_FILE)


@contextlib.contextmanager
def atomic_writer(target: Path, mode: int = FILE_MODE) -> Iterator[BinaryIO]:
    """Yield a file to write; on success it replaces ``target`` whole, else leaves it be.

    A crash at any moment leaves the old file or none at the target, never half a file.
    """
    target = Path(target)
    sweep_stale_temps(target.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=target.parent)
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError) and exc.errno in _FULL:
            raise DiskFull("no room to write the file") from None
        raise
    fsync_dir(target.parent)


def atomic_write_bytes(target: Path, data: bytes, mode: int = FILE_MODE) -> None:
    """Write ``data`` to ``target`` atomically (see ``atomic_writer``)."""
    with atomic_writer(target, mode) as handle:
        handle.write(data)


def copy_private(source: Path, target: Path) -> None:
    """Copy ``source`` to a new owner-only ``target`` and fsync it (the target must not exist).

    ``shutil.copyfile`` would create the copy with the umask's mode (often 0644).
    """
    fd = os.open(
        target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), FILE_MODE
    )
    try:
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(target)
        if isinstance(exc, OSError) and exc.errno in _FULL:
            raise DiskFull("no room to copy the file") from None
        raise


def replace_file(source: Path, target: Path) -> None:
    """Move a fully written and fsynced ``source`` over ``target`` and make it durable."""
    with open(source, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(source, target)
    fsync_dir(target.parent)
