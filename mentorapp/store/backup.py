"""Encrypted backups: sqlcipher_export into a keyed file, verify, rotate, and restore.

A backup is never a file copy of a live database: the running connection exports into
an attached database with the same key, written under a temp name and moved into place.
Each backup keeps its own copy of the key file, so it opens with the passphrase that
was current when it was made (or that moment's recovery key). Every file is created
owner-only (0600), in folders that are 0700.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from mentorapp.store.atomic import (
    STALE_TEMP_SECONDS,
    atomic_write_bytes,
    copy_private,
    fsync_dir,
    replace_file,
)
from mentorapp.store.engine import connect, raw_key_pragma_value, vault_error
from mentorapp.store.errors import (
    BackupInvalid,
    DiskFull,
    KeyFileDamaged,
    VaultDamaged,
    VaultEmpty,
    VaultError,
    VaultReadOnly,
)
from mentorapp.store.hardening import wipe_str
from mentorapp.store.keyfile import KeyFile
from mentorapp.store.layout import (
    BACKUP_DIR,
    DB_NAME,
    KEY_NAME,
    PENDING_KEY_NAME,
    make_folder_private,
    make_private,
    sweep_leftovers,
)
from mentorapp.store.lock import VaultLock, folder_lock

if TYPE_CHECKING:
    from mentorapp.store.vault import Vault

DEFAULT_KEEP = 10
ASIDE_LABEL = "before-restore"
ASIDE_KEEP = 3
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
    """Open a backup read-only and run both integrity checks; ``BackupInvalid`` if bad.

    Nothing is written to the backup; the ``-shm`` (and empty ``-wal``) SQLite makes to
    read a WAL-mode copy are removed again.
    """
    with _no_new_sidecars(path):
        try:
            conn = connect(path, data_key, read_only=True)
        except (VaultDamaged, VaultEmpty) as exc:
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


@contextlib.contextmanager
def _no_new_sidecars(path: Path) -> Iterator[None]:
    """Remove the ``-wal``/``-shm`` files a read-only open of ``path`` left behind.

    Only for files no other connection uses (a backup, a staged copy): those sidecars
    did not exist before, and an empty log holds nothing.
    """
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = [p.exists() for p in sidecars]
    try:
        yield
    finally:
        wal, shm = sidecars
        if not existed[0] and wal.exists() and wal.stat().st_size == 0:
            with contextlib.suppress(OSError):
                wal.unlink()
        if not existed[1] and not wal.exists():
            with contextlib.suppress(OSError):
                shm.unlink()


@contextlib.contextmanager
def _typed_errors() -> Iterator[None]:
    """File and database errors as the vault errors they mean (no paths, no statements)."""
    try:
        yield
    except sqlcipher3.Error as exc:
        raise vault_error(exc) from None
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull("no room for the backup") from None
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise VaultReadOnly("the backup folder may not be written") from None
        raise


def make_backup(
    vault: Vault,
    folder: Path | None = None,
    *,
    label: str = "manual",
    keep: int = DEFAULT_KEEP,
) -> BackupInfo:
    """Export the open vault into a new verified backup, then rotate old ones."""
    if vault.read_only:
        raise VaultReadOnly("a vault opened read-only makes no backups")
    engine = vault.engine  # checks the vault's files are still those it opened
    folder = folder or backup_dir(vault)
    made = datetime.now()
    final = folder / f"vault-{made:%Y%m%d-%H%M%S-%f}-{label}.db"
    tmp: Path | None = None
    try:
        with _typed_errors():
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            make_private(folder)
            sweep_leftovers(folder, older_than=STALE_TEMP_SECONDS)
            # mkstemp makes the file owner-only; SQLite then writes into it as it is.
            fd, tmp_name = tempfile.mkstemp(prefix=".backup-", suffix=".tmp", dir=folder)
            os.close(fd)
            tmp = Path(tmp_name)
            with engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                assert raw is not None
                key_literal = raw_key_pragma_value(vault._key_buffer())
                try:
                    raw.execute("ATTACH DATABASE ? AS backup KEY ?", (str(tmp), key_literal))
                finally:
                    wipe_str(key_literal)
                    del key_literal
                try:
                    # In WAL mode like the vault, so that opening the backup later
                    # (verify, restore, purge) never has to rewrite its first page.
                    raw.execute("PRAGMA backup.journal_mode = WAL")
                    raw.execute("SELECT sqlcipher_export('backup')")
                finally:
                    raw.execute("DETACH DATABASE backup")
            verify(tmp, vault.data_key)
            atomic_write_bytes(key_file_for(final), (vault.folder / KEY_NAME).read_bytes())
            replace_file(tmp, final)
    except BaseException:
        if tmp is not None:
            for leftover in [tmp, *(tmp.with_name(tmp.name + x) for x in ("-wal", "-shm"))]:
                with contextlib.suppress(OSError):
                    leftover.unlink()
        raise
    rotate(folder, keep)
    return BackupInfo(final, made, label)


def rotate(folder: Path, keep: int) -> None:
    """Keep the ``keep`` newest backups (each with its key file); delete the rest.

    Databases set aside by a restore (``before-restore``) are not counted here: they
    rotate on their own at each restore (``rotate_aside``), however many backups are made.
    """
    rotating = [b for b in list_backups(folder) if b.label != ASIDE_LABEL]
    _delete(rotating[max(keep, 1) :])


def rotate_aside(folder: Path, keep: int = ASIDE_KEEP) -> None:
    """Keep the ``keep`` newest before-restore copies (3 by default); delete older ones.

    Each is a whole former vault (database, WAL, key file) the coach may still want
    back, so a few are kept; without a limit every restore would leave one more.
    """
    _delete([b for b in list_backups(folder) if b.label == ASIDE_LABEL][max(keep, 1) :])


def _delete(old: list[BackupInfo]) -> None:
    for info in old:
        for path in (info.path, info.key_file, info.path.with_name(info.path.name + "-wal")):
            with contextlib.suppress(OSError):
                path.unlink()


def restore(
    vault_folder: Path,
    backup: Path,
    passphrase: str,
    then: Callable[[Path, bytes, str], object] | None = None,
) -> Path:
    """Replace the vault's database and key file with a verified backup.

    ``then(folder, data_key, vault_id)`` runs after the swap while the locks are still
    held (the services re-apply erasures there: nobody sees the restored file before).

    The backup is verified before anything is touched; the current database and key
    file are kept aside in ``backups/`` (returned; the newest ``ASIDE_KEEP`` such copies
    are kept). Refused with ``VaultInUse`` while the vault is open anywhere - for
    writing or for reading - and nobody can open it while the restore runs.
    """
    vault_folder = Path(vault_folder)
    with (
        VaultLock.acquire(vault_folder),
        folder_lock(vault_folder, exclusive=True),
        _typed_errors(),
    ):
        return _restore_held(vault_folder, Path(backup), passphrase, then)


def _restore_held(
    vault_folder: Path,
    backup: Path,
    passphrase: str,
    then: Callable[[Path, bytes, str], object] | None,
) -> Path:
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
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
    staged = vault_folder / f".restore-{stamp}.tmp"
    pending = vault_folder / PENDING_KEY_NAME
    try:
        copy_private(backup, staged)
        verify(staged, data_key)
        if db.exists():  # kept aside whole: database, its WAL if any, and its key file
            copy_private(db, aside)
            for source, target in (
                (vault_folder / (DB_NAME + "-wal"), aside.with_name(aside.name + "-wal")),
                (vault_folder / KEY_NAME, key_file_for(aside)),
            ):
                with contextlib.suppress(FileNotFoundError):
                    copy_private(source, target)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                (vault_folder / (DB_NAME + suffix)).unlink()
        # The key file goes in as "pending" first: if we stop between the two replaces,
        # Vault.open finds the pending key file that fits the restored database.
        keyfile.save(pending)
        replace_file(staged, db)
    except BaseException:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise
    os.replace(pending, vault_folder / KEY_NAME)
    fsync_dir(vault_folder)
    make_folder_private(vault_folder)
    rotate_aside(aside_dir)
    if then is not None:
        then(vault_folder, data_key, keyfile.vault_id)
    return aside
