"""Purging erased mentees from backups already made: each such backup is rewritten.

A backup keeps the vault as it was, erased mentees included. Purging goes through every
backup in the given folders - databases set aside by a restore too, with the write-ahead
log copied beside them, and sync conflict copies set aside in backups/: they are copies
of the vault as well - and opens each with the
data key it was made under. One that holds a recorded erased mentee (or free pages,
which could keep text deleted without secure_delete) is exported into a temp file in its
own folder, the mentees are deleted there (cascade, index merged), the file is vacuumed
with secure_delete on, checked like any backup (``backup.verify``) and moved over the old
one (fsync, ``os.replace``). Its key file stays: the key is the same.

A backup made before a re-key has another data key, wrapped under the passphrase of its
time: without that key it cannot be opened, so it is reported, never touched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import sqlcipher3

from mentorapp.store import erasures, gdpr
from mentorapp.store.atomic import replace_file
from mentorapp.store.backup import key_file_for, list_backups, verify
from mentorapp.store.conflicts import find_conflict_copies
from mentorapp.store.engine import connect, raw_key_pragma_value
from mentorapp.store.erasures import ErasureRecord
from mentorapp.store.errors import KeyFileDamaged, VaultError, WrongPassphrase
from mentorapp.store.keyfile import KeyFile


class Purged(StrEnum):
    """What became of one backup that was purged or checked."""

    PURGED = "purged"  # it held erased mentees: rewritten without them
    CLEAN = "clean"  # it held none
    OTHER_VAULT = "other-vault"  # another vault's backup in the same folder: left alone


class NotPurgedReason(StrEnum):
    """Why a backup was left as it was."""

    KEY_DIFFERS = "key-differs"  # made before a re-key: needs the passphrase of that time
    UNREADABLE = "unreadable"  # damaged, or not this vault's key file and no key opens it
    FAILED = "failed"  # the rewrite failed (disk full, in use); the old file is untouched


@dataclass(frozen=True)
class NotPurged:
    path: Path
    reason: NotPurgedReason


@dataclass(frozen=True)
class PurgeReport:
    """What purging did: backups rewritten without erased mentees, backups that held none
    (checked), and backups it could not open or rewrite. Other vaults' backups in the same
    folders are not counted."""

    purged: tuple[Path, ...] = ()
    clean: tuple[Path, ...] = ()
    not_purged: tuple[NotPurged, ...] = field(default=())

    @property
    def need_older_passphrase(self) -> tuple[Path, ...]:
        return tuple(n.path for n in self.not_purged if n.reason is NotPurgedReason.KEY_DIFFERS)


def purge_folders(
    folders: Iterable[Path],
    data_key: bytes,
    vault_id: str,
    records: frozenset[ErasureRecord],
    *,
    older_keys: Sequence[bytes] = (),
) -> PurgeReport:
    """Purge the erased mentees in ``records`` from every backup of ``vault_id`` there."""
    keys = [data_key, *older_keys]
    purged: list[Path] = []
    clean: list[Path] = []
    not_purged: list[NotPurged] = []
    seen: set[Path] = set()
    for folder in folders:
        if folder.resolve() in seen:
            continue
        seen.add(folder.resolve())
        for path in [info.path for info in list_backups(folder)] + _conflict_copies(folder):
            outcome = purge_backup(path, keys, vault_id, records)
            if isinstance(outcome, NotPurged):
                not_purged.append(outcome)
            elif outcome is Purged.PURGED:
                purged.append(path)
            elif outcome is Purged.CLEAN:
                clean.append(path)
    return PurgeReport(tuple(purged), tuple(clean), tuple(not_purged))


def _conflict_copies(folder: Path) -> list[Path]:
    """Sync conflict copies set aside here (services.sync moves them into backups/ with
    their own names): copies of the vault too, so an erasure must reach them."""
    copies = find_conflict_copies(folder, set_aside=True)
    return [copy.path for copy in copies if copy.kind == "database"]


def purge_backup(
    path: Path, keys: Sequence[bytes], vault_id: str, records: frozenset[ErasureRecord]
) -> Purged | NotPurged:
    """Purge one backup made under one of ``keys``; what became of it, or why not."""
    key = _key_of(path, keys, vault_id)
    if not isinstance(key, bytes):
        return key
    try:
        _fold_log(path, key)
        conn = connect(path, key)
        try:
            held = erasures.erased_rows(conn, records, keys)
            free_pages = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
        finally:
            conn.close()
    except (VaultError, sqlcipher3.Error):
        return NotPurged(path, NotPurgedReason.UNREADABLE)
    if not held and not free_pages:
        return Purged.CLEAN
    try:
        verify(path, key)
    except VaultError:
        return NotPurged(path, NotPurgedReason.UNREADABLE)
    try:
        _rewrite(path, key, keys, vault_id, records)
    except (VaultError, sqlcipher3.Error, OSError):
        return NotPurged(path, NotPurgedReason.FAILED)
    return Purged.PURGED if held else Purged.CLEAN


def unwrap_older_keys(paths: Iterable[Path], passphrase: str) -> list[bytes]:
    """Data keys that ``passphrase`` unwraps from these backups' key files (one key
    derivation per distinct key file: backups of one era share it)."""
    found: list[bytes] = []
    tried: set[bytes] = set()
    for path in paths:
        try:
            keyfile = KeyFile.load(key_file_for(path))
        except KeyFileDamaged:
            continue
        if keyfile.salt + keyfile.wrapped_key in tried:
            continue
        tried.add(keyfile.salt + keyfile.wrapped_key)
        if any(keyfile.matches(k) for k in found):
            continue
        with contextlib.suppress(WrongPassphrase, KeyFileDamaged):
            found.append(keyfile.unwrap(passphrase))
    return found


# ---- the steps --------------------------------------------------------------------


def _key_of(path: Path, keys: Sequence[bytes], vault_id: str) -> bytes | Purged | NotPurged:
    """The key among ``keys`` this backup was made under (or why there is none)."""
    try:
        keyfile: KeyFile | None = KeyFile.load(key_file_for(path))
    except KeyFileDamaged:
        keyfile = None
    if keyfile is not None:
        if keyfile.vault_id != vault_id:
            return Purged.OTHER_VAULT
        for key in keys:
            if keyfile.matches(key):
                return key
        return NotPurged(path, NotPurgedReason.KEY_DIFFERS)
    for key in keys:  # no key file of its own: try the keys at hand
        with contextlib.suppress(VaultError):
            connect(path, key).close()
            return key
    return NotPurged(path, NotPurgedReason.UNREADABLE)


def _fold_log(path: Path, key: bytes) -> None:
    """A database set aside by a restore may have its write-ahead log beside it: fold it
    in first, so that no stale log can ever meet the rewritten file."""
    wal = path.with_name(path.name + "-wal")
    if not wal.exists():
        return
    conn = connect(path, key)
    try:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    if busy or (wal.exists() and wal.stat().st_size):
        raise VaultError("the backup's write-ahead log could not be folded in")
    wal.unlink(missing_ok=True)


def _rewrite(
    path: Path,
    key: bytes,
    keys: Sequence[bytes],
    vault_id: str,
    records: frozenset[ErasureRecord],
) -> None:
    """Export, delete, vacuum and verify in a temp file beside ``path``, then replace it."""
    fd, tmp_name = tempfile.mkstemp(prefix=".backup-", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.unlink(tmp_name)  # ATTACH must create the file itself
    tmp = Path(tmp_name)
    try:
        source = connect(path, key)
        try:
            source.execute(
                "ATTACH DATABASE ? AS purged KEY ?", (str(tmp), raw_key_pragma_value(key))
            )
            try:
                source.execute("SELECT sqlcipher_export('purged')")
            finally:
                source.execute("DETACH DATABASE purged")
        finally:
            source.close()
        target = connect(tmp, key)
        try:
            gdpr.delete_recorded(target, records, keys, vault_id)
            gdpr.wipe_connection(target)
        finally:
            target.close()
        verify(tmp, key)
        replace_file(tmp, path)
    except BaseException:
        for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-wal", "-shm", "-journal"))):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
