"""The files of a vault folder, by name: cheap to import (no database code).

Also what keeps the folder tidy and private: every file in it owner-only (0600), every
folder 0700, and the leftovers of an interrupted backup or restore swept on open.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import time
from pathlib import Path

VAULT_SUFFIX = ".mentorvault"
DB_NAME = "vault.db"
KEY_NAME = "vault.key.json"
PENDING_KEY_NAME = "vault.key.json.pending"
LOCK_NAME = "vault.lock"
BACKUP_DIR = "backups"
FILE_MODE = 0o600
FOLDER_MODE = 0o700

# Temp names this app gives files while it writes them (see backup.py and atomic.py);
# a crash leaves them behind, each a full (encrypted) copy of the vault or a key file.
LEFTOVER = re.compile(
    r"^(?:\.backup-[A-Za-z0-9_]+\.tmp|\.restore-[0-9-]+\.tmp|\.mentorapp-[A-Za-z0-9_]+\.tmp)"
    r"(?:-journal|-wal|-shm)?$"
)
# What atomic.py names a file while writing it (an export, a key file): no target name in it.
TEMP_FILE = re.compile(r"^\.mentorapp-[A-Za-z0-9_]+\.tmp$")


def db_path(folder: Path) -> Path:
    return folder / DB_NAME


def key_path(folder: Path) -> Path:
    return folder / KEY_NAME


def is_vault(folder: Path) -> bool:
    return db_path(folder).is_file() or key_path(folder).is_file()


def make_private(path: Path) -> None:
    """Owner-only: no rights for group and others (ours only; links are left alone)."""
    try:
        info = os.lstat(path)
    except OSError:
        return
    if stat.S_ISLNK(info.st_mode) or (hasattr(os, "getuid") and info.st_uid != os.getuid()):
        return
    mode = stat.S_IMODE(info.st_mode)
    # Only ever take rights away (group, others): a folder the coach made read-only stays so.
    wanted = mode & (FOLDER_MODE if stat.S_ISDIR(info.st_mode) else FILE_MODE)
    if mode != wanted:
        with contextlib.suppress(OSError):
            os.chmod(path, wanted)


def make_folder_private(folder: Path) -> None:
    """``make_private`` for the vault folder, its files, and ``backups/`` with its files."""
    make_private(folder)
    for sub in (folder, folder / BACKUP_DIR):
        try:
            entries = list(os.scandir(sub))
        except OSError:
            continue
        if sub != folder:
            make_private(sub)
        for entry in entries:
            if entry.is_file(follow_symlinks=False) or (sub == folder and entry.name == BACKUP_DIR):
                make_private(Path(entry.path))


def sweep_leftovers(
    folder: Path, *, older_than: float = 0.0, pattern: re.Pattern[str] = LEFTOVER
) -> list[str]:
    """Delete our own crash leftovers in ``folder``; returns their names.

    Only regular files matching ``pattern`` are touched, and only when last written more than
    ``older_than`` seconds ago (0 when the caller holds the vault's writer lock, so no
    write of ours can be under way there).
    """
    removed: list[str] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not pattern.match(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < older_than:
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(entry.name)
    return removed
