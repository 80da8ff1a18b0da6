"""A vault's life: create, unlock, lock, back up (when due), restore, check, re-key, erase.

The coach's settings (backup folder, how many to keep, when the last automatic backup
ran) belong to the GUI; the calls here take them as plain values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from mentorapp.domain.ids import MenteeId
from mentorapp.services.changes import Area, Changes, Outcome
from mentorapp.store import backup, gdpr
from mentorapp.store.backup import DEFAULT_KEEP, BackupInfo
from mentorapp.store.keychain import Keychain
from mentorapp.store.vault import CheckReport, Vault, check_passphrase


@dataclass(frozen=True)
class BackupPolicy:
    """Where backups go (None: the vault's own ``backups/``) and how many are kept."""

    folder: Path | None = None
    keep: int = DEFAULT_KEEP


def create_vault(folder: Path, passphrase: str) -> tuple[Vault, str]:
    """A new vault, unlocked, and its recovery key (to show once)."""
    return Vault.create(folder, passphrase)


def open_vault(folder: Path, passphrase: str) -> Vault:
    return Vault.open(folder, passphrase)


def open_with_key(folder: Path, data_key: bytes) -> Vault:
    """Unlock with a data key remembered in the OS keychain."""
    return Vault.open_with_key(folder, data_key)


def recover(folder: Path, recovery_key: str, new_passphrase: str) -> Vault:
    """Unlock with the recovery key and set a new passphrase; the vault stays unlocked."""
    vault = Vault.open_with_recovery_key(folder, recovery_key)
    try:
        vault.change_passphrase(new_passphrase)
    except BaseException:
        vault.close()
        raise
    return vault


def recovery_key(folder: Path, passphrase: str) -> str:
    """The vault's recovery key (its data key), shown again to whoever knows the passphrase.

    The recovery key is the data key itself, so anyone who can unlock may see it again:
    after an interrupted re-key this is how a working recovery key is had back.
    """
    vault = Vault.open(folder, passphrase)
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


def restore(folder: Path, backup_file: Path, passphrase: str) -> Path:
    """Replace the (locked) vault's database with a verified backup; returns where the
    replaced database was kept."""
    return backup.restore(folder, backup_file, passphrase)


def restore_and_open(folder: Path, backup_file: Path, passphrase: str) -> Vault:
    restore(folder, backup_file, passphrase)
    return Vault.open(folder, passphrase)


def erase_mentees(vault: Vault, mentee_ids: list[MenteeId], reason: str) -> Outcome[int]:
    """Erase mentees for good (GDPR art. 17); returns how many."""
    count = gdpr.erase(vault, mentee_ids, reason=reason)
    return Outcome(count, Changes.of(Area.MENTEE_LIST, Area.PROFILE, Area.SESSIONS, Area.PLANS))


__all__ = [
    "BackupInfo",
    "BackupPolicy",
    "CheckReport",
    "back_up",
    "back_up_if_due",
    "change_passphrase",
    "check_vault",
    "create_vault",
    "erase_mentees",
    "last_backup_at",
    "lock",
    "open_vault",
    "open_with_key",
    "recover",
    "recovery_key",
    "rekey",
    "remember_key",
    "restore",
    "restore_and_open",
    "verify_passphrase",
]
