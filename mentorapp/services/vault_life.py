"""A vault's life: create, unlock, lock, back up (when due), restore, check, re-key, erase.

The coach's settings (backup folder, how many to keep, when the last automatic backup
ran) belong to the GUI; the calls here take them as plain values.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from mentorapp.domain.ids import MenteeId
from mentorapp.services.changes import NOTHING, Area, Changes, Outcome
from mentorapp.store import backup, backup_purge, gdpr
from mentorapp.store import keyfile as keyfiles
from mentorapp.store.backup import DEFAULT_KEEP, BackupInfo
from mentorapp.store.backup_purge import NotPurged, NotPurgedReason, PurgeReport
from mentorapp.store.errors import KeyFileDamaged, VaultInUse, VaultOpenedReadOnly
from mentorapp.store.keychain import Keychain
from mentorapp.store.keyfile import (
    KDF_TARGET_SECONDS,
    MAX_MEMORY_KIB,
    MAX_TIME_COST,
    MIN_KDF,
    KeyFile,
)
from mentorapp.store.lock import STALE_AFTER, LockHolder, read_holder, writer_holder
from mentorapp.store.vault import CheckReport, Vault, check_passphrase, key_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupPolicy:
    """Where backups go (None: the vault's own ``backups/``) and how many are kept."""

    folder: Path | None = None
    keep: int = DEFAULT_KEEP


def create_vault(folder: Path, passphrase: str) -> tuple[Vault, str]:
    """A new vault, unlocked, and its recovery key (to show once)."""
    return Vault.create(folder, passphrase)


def _unlocked(vault: Vault) -> Vault:
    """Every unlock ends here: erased mentees stay erased, whatever came back on disk.

    A database can return without ``restore`` (copied back by hand, a file-level
    backup, a sync tool): the recorded erasures are applied again before anyone reads
    it. One query when there is nothing to do.
    """
    try:
        again = gdpr.reapply_open(vault)
    except BaseException:
        vault.close()
        raise
    if again:
        log.info("erased %d mentee(s) again that came back with the database", again)
    return vault


def open_vault(folder: Path, passphrase: str, *, take_over: bool = False) -> Vault:
    """Unlock for writing. ``VaultInUse`` when it is open elsewhere (its ``stale`` says
    whether the coach may take it over: ask, then call again with ``take_over=True``)."""
    return _unlocked(Vault.open(folder, passphrase, take_over=take_over))


def open_read_only(folder: Path, passphrase: str) -> Vault:
    """Unlock to read only, beside a writer here or on another machine (nothing written)."""
    return Vault.open(folder, passphrase, read_only=True)


def open_read_only_with_key(folder: Path, data_key: bytes) -> Vault:
    """``open_read_only`` with a data key remembered in the OS keychain."""
    return Vault.open_with_key(folder, data_key, read_only=True)


def lock_holder(folder: Path) -> LockHolder | None:
    """Who vault.lock says holds (or last held, if it went stale) the vault; None when
    nobody does. Reads the file only, here or as a sync tool brought it."""
    return read_holder(folder)


def live_holder(folder: Path) -> LockHolder | None:
    """The writer holding the vault's lock on this computer right now, if any (probes
    the OS lock without taking it or writing anything)."""
    return writer_holder(folder)


def stale_minutes() -> int:
    """After how many minutes without a heartbeat a lock is stale (may be taken over)."""
    return int(STALE_AFTER.total_seconds()) // 60


def is_stale(holder: LockHolder) -> bool:
    """True when ``holder``'s heartbeat is older than ``STALE_AFTER`` (may be taken over)."""
    return holder.is_stale()


def open_for_reading(folder: Path, passphrase: str) -> Vault:
    """Unlock to read: as the writer when the vault is free (so it is migrated and its
    erasures re-applied), else read-only beside the window or command that writes it."""
    try:
        return open_vault(folder, passphrase)
    except VaultInUse:
        return Vault.open(folder, passphrase, read_only=True)


def open_with_key(folder: Path, data_key: bytes, *, take_over: bool = False) -> Vault:
    """Unlock with a data key remembered in the OS keychain (``take_over`` as in
    ``open_vault``)."""
    return _unlocked(Vault.open_with_key(folder, data_key, take_over=take_over))


def recover(folder: Path, recovery_key: str, new_passphrase: str) -> Vault:
    """Unlock with the recovery key and set a new passphrase; the vault stays unlocked."""
    vault = Vault.open_with_recovery_key(folder, recovery_key)
    try:
        vault.change_passphrase(new_passphrase)
    except BaseException:
        vault.close()
        raise
    return _unlocked(vault)


def recovery_key(folder: Path, passphrase: str) -> str:
    """The vault's recovery key (its data key), shown again to whoever knows the passphrase.

    The recovery key is the data key itself, so anyone who can unlock may see it again:
    after an interrupted re-key this is how a working recovery key is had back.
    """
    vault = open_for_reading(folder, passphrase)
    try:
        return vault.recovery_key()
    finally:
        vault.close()


def verify_passphrase(folder: Path, passphrase: str) -> None:
    """``WrongPassphrase`` unless ``passphrase`` opens this vault (nothing is opened)."""
    check_passphrase(folder, passphrase)


def remember_key(keychain: Keychain, vault: Vault, remember: bool) -> bool:
    """Keep the open vault's key in the OS keychain, or forget it; False if refused."""
    if not remember:
        keychain.forget(vault.vault_id)
        return True
    return keychain.store(vault.vault_id, vault.data_key)


def change_passphrase(vault: Vault, new_passphrase: str) -> None:
    vault.change_passphrase(new_passphrase)


def rekey(vault: Vault, passphrase: str, keychain: Keychain) -> str:
    """A new data key; a key remembered in the keychain follows. Returns the recovery key."""
    remembered = keychain.load(vault.vault_id) is not None
    recovery = vault.rekey(passphrase)
    if remembered:
        keychain.store(vault.vault_id, vault.data_key)
    return recovery


# An unlock on this machine outside this span offers a re-tune (README "The vault").
RETUNE_FASTER_THAN = 0.3
RETUNE_SLOWER_THAN = 1.5


@dataclass(frozen=True)
class KdfAdvice:
    """The last passphrase unlock's key derivation took ``seconds``: too slow or too fast."""

    seconds: float
    too_slow: bool

    @property
    def too_fast(self) -> bool:
        return not self.too_slow


def kdf_advice(vault: Vault) -> KdfAdvice | None:
    """Whether a re-tune should be offered after this unlock; None when not.

    Only after a passphrase unlock (the keychain and the recovery key run no KDF), only
    for a vault this app may write, and not when it is too slow at the floor already or
    too fast at the ceiling (a re-tune could not help). Reads the key file (a few
    hundred bytes).
    """
    seconds = vault.unlock_seconds
    if seconds is None or vault.read_only:
        return None
    if RETUNE_FASTER_THAN <= seconds <= RETUNE_SLOWER_THAN:
        return None
    too_slow = seconds > RETUNE_SLOWER_THAN
    with contextlib.suppress(KeyFileDamaged, OSError):
        params = KeyFile.load(key_path(vault.folder)).params
        cost = params.memory_kib * params.time_cost
        if too_slow and cost <= MIN_KDF.memory_kib * MIN_KDF.time_cost:
            return None  # at the floor already: a re-tune would not be faster
        if not too_slow and cost >= MAX_MEMORY_KIB * MAX_TIME_COST:
            return None  # at the ceiling already: a re-tune would not be slower
    return KdfAdvice(seconds, too_slow)


def retune(vault: Vault, passphrase: str) -> Outcome[float]:
    """Calibrate the key derivation on this machine and wrap the same data key with it.

    The passphrase is checked first (``WrongPassphrase``: nothing written). Then the key
    file is replaced atomically with new Argon2id parameters around the same data key,
    as a passphrase change writes it: vault.db is not touched, the passphrase, the
    recovery key and a key remembered in the keychain keep working, and every backup
    keeps its own key file. Returns the seconds an unlock now takes here (measured: one
    derivation with the new file), also kept as ``vault.unlock_seconds``.
    """
    if vault.read_only:
        raise VaultOpenedReadOnly("this vault was opened read-only")
    check_passphrase(vault.folder, passphrase)
    params = keyfiles.calibrate_kdf(KDF_TARGET_SECONDS)  # looked up now: tests fake it
    vault.change_passphrase(passphrase, kdf=params)
    keyfile = KeyFile.load(key_path(vault.folder))
    started = time.perf_counter()
    keyfile.unwrap(passphrase)
    seconds = time.perf_counter() - started
    vault.unlock_seconds = seconds
    log.info(
        "key derivation re-tuned: m=%d KiB, t=%d, %.2f s",
        params.memory_kib,
        params.time_cost,
        seconds,
    )
    return Outcome(seconds, NOTHING)


def check_vault(vault: Vault) -> CheckReport:
    return vault.check()


def lock(vault: Vault) -> None:
    """Drop the key and close the database (the GUI saves pending edits first)."""
    vault.close()


def back_up(vault: Vault, policy: BackupPolicy, label: str = "manual") -> Outcome[BackupInfo]:
    """A verified backup now, then rotation."""
    info = backup.make_backup(vault, policy.folder, label=label, keep=policy.keep)
    return Outcome(info, Changes.of(Area.BACKUPS))


def back_up_if_due(
    vault: Vault, policy: BackupPolicy, last_auto: str | None, today: date
) -> BackupInfo | None:
    """At most one automatic backup a day (on lock or quit): None when one ran today.

    ``last_auto`` is the ISO date of the last automatic backup, as the caller keeps it.
    """
    if last_auto == today.isoformat():
        return None
    return backup.make_backup(vault, policy.folder, label="auto", keep=policy.keep)


def last_backup_at(vault: Vault, folder: Path | None) -> datetime | None:
    found = backup.list_backups(folder or backup.backup_dir(vault))
    return found[0].made_at if found else None


@dataclass(frozen=True)
class Restored:
    """What a restore did: where the replaced database was kept, and how many erased
    mentees were in the restored database and were erased again before it was opened.

    ``str()`` and ``os.fspath()`` give ``aside``, as the plain path this call returned
    before, so printing the result keeps saying where the old database went.
    """

    aside: Path
    reapplied: int

    def __fspath__(self) -> str:
        return str(self.aside)

    def __str__(self) -> str:
        return str(self.aside)


def restore(folder: Path, backup_file: Path, passphrase: str) -> Restored:
    """Replace the (locked) vault's database with a verified backup, then erase again
    every mentee erased since that backup was made (``Restored.reapplied`` says how many).
    The vault stays locked."""
    return _restore(folder, backup_file, passphrase)[1]


def restore_and_open(folder: Path, backup_file: Path, passphrase: str) -> Vault:
    """``restore``, then unlock; erasures are re-applied before the vault is opened."""
    return restore_and_unlock(folder, backup_file, passphrase)[0]


def restore_and_unlock(folder: Path, backup_file: Path, passphrase: str) -> tuple[Vault, Restored]:
    """``restore_and_open`` that also says what the restore did (to tell the coach)."""
    data_key, restored = _restore(folder, backup_file, passphrase)
    return Vault.open_with_key(folder, data_key), restored


def _restore(folder: Path, backup_file: Path, passphrase: str) -> tuple[bytes, Restored]:
    done: list[tuple[bytes, int]] = []

    def reapply(restored: Path, data_key: bytes, vault_id: str) -> None:
        # Inside the restore's locks: no one opens the restored file before this ran.
        done.append((data_key, gdpr.reapply(restored, data_key, vault_id)))

    aside = backup.restore(folder, backup_file, passphrase, then=reapply)
    data_key, reapplied = done[0]
    return data_key, Restored(aside, reapplied)


class Erased(int):
    """How many mentees were erased (this int itself, as the call returned before), and
    what purging the backups did (``backups``: None when not asked for)."""

    backups: PurgeReport | None

    def __new__(cls, count: int, backups: PurgeReport | None = None) -> Erased:
        erased = super().__new__(cls, count)
        erased.backups = backups
        return erased

    @property
    def count(self) -> int:
        return int(self)

    @property
    def backups_purged(self) -> int:
        return len(self.backups.purged) if self.backups else 0

    @property
    def backups_not_purged(self) -> tuple[NotPurged, ...]:
        return self.backups.not_purged if self.backups else ()


_ERASE_CHANGES = (Area.MENTEE_LIST, Area.PROFILE, Area.SESSIONS, Area.PLANS)


def erase_mentees(
    vault: Vault,
    mentee_ids: list[MenteeId],
    reason: str,
    *,
    purge_backups: bool = False,
    backup_folders: Sequence[Path] | None = None,
) -> Outcome[Erased]:
    """Erase mentees for good (GDPR art. 17); optionally purge them from the backups.

    The erasure is recorded (no name, no text) so that it holds across restores. With
    ``purge_backups``, every backup in the vault's ``backups/`` and in ``backup_folders``
    is rewritten without the erased mentees (``Erased.backups`` says which could not be).
    ``EraseIncomplete`` when the rows are gone but another reader kept the file from
    being wiped (the backups were purged already): ``finish_erasure`` later.
    """
    count = gdpr.delete_mentees(vault, mentee_ids, reason=reason)
    report = _purge(vault, backup_folders) if purge_backups else None
    gdpr.wipe(vault)
    changes = (*_ERASE_CHANGES, Area.BACKUPS) if report is not None else _ERASE_CHANGES
    return Outcome(Erased(count, report), Changes.of(*changes))


def purge_backups(
    vault: Vault,
    backup_folders: Sequence[Path] | None = None,
    *,
    older_passphrase: str | None = None,
) -> Outcome[PurgeReport]:
    """Purge every mentee ever erased from the backups (the vault's own ``backups/``,
    databases set aside by restores included, and ``backup_folders``).

    Backups made before a re-key are reported (``PurgeReport.need_older_passphrase``);
    with ``older_passphrase`` (the one in use when they were made) they are purged too.
    """
    report = _purge(vault, backup_folders)
    if older_passphrase is not None and report.need_older_passphrase:
        keys = backup_purge.unwrap_older_keys(report.need_older_passphrase, older_passphrase)
        if keys:
            report = _purge(vault, backup_folders, older_keys=keys)
    return Outcome(report, Changes.of(Area.BACKUPS))


def reapply_erasures(vault: Vault) -> Outcome[int]:
    """Erase again every recorded mentee the open vault holds; how many (usually 0).

    For a database that came back another way than ``restore`` (copied back by hand, a
    file-level backup, a sync tool, or a restore interrupted before it re-applied the
    erasures): call it after every unlock. It only reads when there is nothing to do.
    """
    count = gdpr.reapply_open(vault)
    return Outcome(count, Changes.of(*_ERASE_CHANGES) if count else NOTHING)


def finish_erasure(vault: Vault) -> None:
    """Wipe the file again after ``EraseIncomplete`` (once the other reader is gone)."""
    gdpr.wipe(vault)


def _purge(
    vault: Vault, folders: Sequence[Path] | None, *, older_keys: Sequence[bytes] = ()
) -> PurgeReport:
    # The vault's own backups/ always: databases set aside by a restore are kept there.
    every = [backup.backup_dir(vault), *(folders or ())]
    return backup_purge.purge_folders(
        every,
        vault.data_key,
        vault.vault_id,
        gdpr.known_erasures(vault),
        older_keys=older_keys,
    )


__all__ = [
    "BackupInfo",
    "BackupPolicy",
    "CheckReport",
    "Erased",
    "KdfAdvice",
    "LockHolder",
    "NotPurged",
    "NotPurgedReason",
    "PurgeReport",
    "Restored",
    "back_up",
    "back_up_if_due",
    "change_passphrase",
    "check_vault",
    "create_vault",
    "erase_mentees",
    "finish_erasure",
    "is_stale",
    "kdf_advice",
    "last_backup_at",
    "lock",
    "lock_holder",
    "open_for_reading",
    "open_read_only",
    "open_read_only_with_key",
    "open_vault",
    "open_with_key",
    "purge_backups",
    "reapply_erasures",
    "recover",
    "recovery_key",
    "rekey",
    "remember_key",
    "restore",
    "restore_and_open",
    "restore_and_unlock",
    "retune",
    "verify_passphrase",
]
