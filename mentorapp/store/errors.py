"""Typed errors of the vault; the GUI and CLI turn them into translated sentences.

Messages here are for developers and never contain note text, names or keys.
"""

from __future__ import annotations

from datetime import datetime


class VaultError(Exception):
    """Base class of every error the store raises on purpose."""


class NotAVault(VaultError):
    """The folder is not a Mentorapp vault (no key file and no database)."""


class VaultExists(VaultError):
    """A vault (or another non-empty folder) is already at the target path."""


class WeakPassphrase(VaultError):
    """The passphrase is shorter than the minimum."""


class WrongPassphrase(VaultError):
    """The passphrase does not unwrap the data key."""


class WrongRecoveryKey(VaultError):
    """The recovery key is malformed or does not open this vault."""


class KeyFileDamaged(VaultError):
    """vault.key.json is missing, unreadable or not of a format this app knows."""


class VaultDamaged(VaultError):
    """The database failed authentication or integrity checks: restore from a backup."""


class SchemaTooNew(VaultError):
    """The vault was written by a newer Mentorapp; it is refused rather than downgraded."""


class VaultLocked(VaultError):
    """The vault is locked: the data key has been dropped."""


class VaultBusy(VaultError):
    """Another program holds the vault open for writing."""


class BackupInvalid(VaultError):
    """A backup is truncated, damaged or does not belong to a known key."""


class NoSuchRecord(VaultError):
    """The record asked for does not exist (or was erased)."""


class DiskFull(VaultError):
    """The disk is full; nothing was changed."""


class VaultInUse(VaultError):
    """Another window, process or machine holds this vault (the single-writer lock).

    ``since`` (when it was opened there), ``host`` and ``user`` say where; ``heartbeat`` is
    the holder's last sign of life (local time). ``stale`` is True when that heartbeat is
    older than ``lock.STALE_AFTER``: the coach may take the vault over. ``elsewhere`` is True
    when the holder is seen only through the content of vault.lock (another machine, or a
    copy of the folder kept equal by a sync tool), not through a live OS lock here.
    None of these is private.
    """

    def __init__(
        self,
        message: str = "",
        *,
        since: datetime | None = None,
        host: str | None = None,
        user: str | None = None,
        heartbeat: datetime | None = None,
        stale: bool = False,
        elsewhere: bool = False,
    ) -> None:
        super().__init__(message)
        self.since = since
        self.host = host
        self.user = user
        self.heartbeat = heartbeat
        self.stale = stale
        self.elsewhere = elsewhere


class VaultTakenOver(VaultInUse):
    """Another machine took this vault's lock over while it was open here.

    Raised by the next write (and by ``Vault.heartbeat()``); the Vault never writes again,
    and closing it does not checkpoint. The attributes describe the new holder.
    """


class VaultReplaced(VaultError):
    """vault.db was replaced or changed by another program since this app opened it."""


class KeyChanged(VaultError):
    """The vault was re-keyed or restored elsewhere since it was opened here."""


class VaultEmpty(VaultError):
    """vault.db exists but is empty or truncated below one page; it is left untouched."""


class VaultUnreadable(VaultError):
    """vault.db or its folder cannot be read (permissions)."""


class VaultReadOnly(VaultError):
    """The vault folder or its files may not be written (permissions, read-only medium)."""


class VaultOpenedReadOnly(VaultReadOnly):
    """The vault was opened read-only (it is open for writing elsewhere): nothing is saved."""


class ForeignKeyFile(VaultError):
    """vault.key.json belongs to another vault than vault.db."""


class ExportIntoVault(VaultError):
    """An export may not be written into a vault folder or onto one of its files."""


class EraseIncomplete(VaultError):
    """Erasure could not finish its cleanup while another program reads the vault."""


class RekeyFailed(VaultError):
    """A re-key did not take; the vault keeps (and opens with) its old key."""


class VaultIOError(VaultError):
    """The database could not be read or written for a reason the OS gave (I/O error)."""


class ConflictCopyUnusable(VaultError):
    """A sync tool's conflict copy cannot be brought into this vault.

    ``reason`` is a short code: "other-vault", "other-key", "newer-schema", "older-schema"
    or "damaged".
    """

    def __init__(self, message: str = "", *, reason: str) -> None:
        super().__init__(message)
        self.reason = reason
