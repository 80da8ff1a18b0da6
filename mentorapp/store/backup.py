"""Encrypted backups: sqlcipher_export into a keyed file, verify, rotate, and restore.

A backup is never a file copy of a live database: the running connection exports into
an attached database with the same key, written under a temp name and moved into place.
Each backup keeps its own copy of the key file, so it opens with the passphrase that
was current when it was made (or that moment's recovery key).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mentorapp.store.atomic import atomic_write_bytes, fsync_dir, replace_file
from mentorapp.store.engine import classify, connect, raw_key_pragma_value
from mentorapp.store.errors import (
    BackupInvalid,
    DiskFull,
    KeyFileDamaged,
    VaultDamaged,
    VaultError,
)
from mentorapp.store.keyfile import KeyFile

if TYPE_CHECKING:
    from mentorapp.store.vault import Vault

DEFAULT_KEEP = 10
_NAME = re.compile(r"^vault-(\d{8}-\d{6}-\d{6})-([a-z-]+)\.db$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and when it was made."""

    path: Path
    made_at: datetime
    label: str

    @property
    def key_file(self) -> Path:
        return key_file_for(self.path)


def key_file_for(backup: Path) -> Path:
    return backup.with_suffix(".key.json")


def backup_dir(vault: Vault) -> Path:
    from mentorapp.store.layout import BACKUP_DIR

    return vault.folder / BACKUP_DIR


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder``, newest first."""
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            made = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
            found.append(BackupInfo(entry, made, match.group(2)))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def verify(path: Path, data_key: bytes) -> None:
    """Open a backup read-only and run both integrity checks; ``BackupInvalid`` if bad."""
    try:
        conn = connect(path, data_key)
    except VaultDamaged as exc:
        raise BackupInvalid("backup does not open with its key") from exc
    try:
        bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        result = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception as exc:
        raise BackupInvalid("backup fails its integrity check") from exc
    finally:
        conn.close()
    if bad or result != ["ok"] or version is None:
        raise BackupInvalid("backup fails its integrity check")


def make_backup(
    vault: Vault,
    folder: Path | None = None,
    *,
    label: str = "manual",
    keep: int = DEFAULT_KEEP,
) -> BackupInfo:
    """Export the open vault into a new verified backup, then rotate old ones."""
    from mentorapp.store.layout import KEY_NAME

    folder = folder or backup_dir(vault)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    made = datetime.now()
    final = folder / f"vault-{made:%Y%m%d-%H%M%S-%f}-{label}.db"
    fd, tmp_name = tempfile.mkstemp(prefix=".backup-", suffix=".tmp", dir=folder)
    os.close(fd)
    os.unlink(tmp_name)  # ATTACH must create the file itself
    tmp = Path(tmp_name)
    try:
        with vault.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute(
                "ATTACH DATABASE ? AS backup KEY ?",
                (str(tmp), raw_key_pragma_value(vault.data_key)),
            )
            try:
                raw.execute("SELECT sqlcipher_export('backup')")
            finally:
                raw.execute("DETACH DATABASE backup")
        verify(tmp, vault.data_key)
        atomic_write_bytes(key_file_for(final), (vault.folder / KEY_NAME).read_bytes())
        replace_file(tmp, final)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        mapped = classify(exc) if not isinstance(exc, BackupInvalid) else None
        if isinstance(mapped, DiskFull):
            raise mapped from None
        raise
    rotate(folder, keep)
    return BackupInfo(final, made, label)


ASIDE_LABEL = "before-restore"


def rotate(folder: Path, keep: int) -> None:
    """Keep the ``keep`` newest backups (each with its key file); delete the rest.

    Databases set aside by a restore are not backups the app made: never rotated away.
    """
    rotating = [b for b in list_backups(folder) if b.label != ASIDE_LABEL]
    for old in rotating[max(keep, 1) :]:
        for path in (old.path, old.key_file):
            with contextlib.suppress(OSError):
                path.unlink()


def restore(vault_folder: Path, backup: Path, passphrase: str) -> Path:
    """Replace the vault's database and key file with a verified backup.

    The backup is verified before anything is touched; the current database and key
    file are kept aside in ``backups/`` (returned), never deleted. The vault must be
    locked (closed) while this runs.
    """
    from mentorapp.store.layout import BACKUP_DIR, DB_NAME, KEY_NAME, PENDING_KEY_NAME

    try:
        keyfile = KeyFile.load(key_file_for(backup))
    except KeyFileDamaged:
        keyfile = KeyFile.load(vault_folder / KEY_NAME)
    data_key = keyfile.unwrap(passphrase)
    if not backup.is_file():
        raise BackupInvalid("backup file missing")
    verify(backup, data_key)

    aside_dir = vault_folder / BACKUP_DIR
    aside_dir.mkdir(exist_ok=True, mode=0o700)
    stamp = f"{datetime.now():%Y%m%d-%H%M%S-%f}"
    aside = aside_dir / f"vault-{stamp}-{ASIDE_LABEL}.db"
    db = vault_folder / DB_NAME
    # Fold the WAL into the database first so the file set aside is complete.
    if db.exists():
        with contextlib.suppress(VaultError):
            conn = connect(db, KeyFile.load(vault_folder / KEY_NAME).unwrap(passphrase))
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
    staged = vault_folder / f".restore-{stamp}.tmp"
    shutil.copyfile(backup, staged)
    verify(staged, data_key)
    if db.exists():  # kept aside whole: database, its WAL if any, and its key file
        shutil.copyfile(db, aside)
        for source, target in (
            (vault_folder / (DB_NAME + "-wal"), aside.with_name(aside.name + "-wal")),
            (vault_folder / KEY_NAME, key_file_for(aside)),
        ):
            with contextlib.suppress(FileNotFoundError):
                shutil.copyfile(source, target)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            (vault_folder / (DB_NAME + suffix)).unlink()
    # The key file goes in as "pending" first: if we stop between the two replaces,
    # Vault.open finds the pending key file that fits the restored database.
    pending = vault_folder / PENDING_KEY_NAME
    keyfile.save(pending)
    replace_file(staged, db)
    os.replace(pending, vault_folder / KEY_NAME)
    fsync_dir(vault_folder)
    return aside
