"""What the command line says about a vault's files: a backup's date and vault, what a
Ctrl-C during a re-key or a restore left behind (the sentences README "Command line" gives),
and, for ``vault check``, the sync tools' conflict copies and who holds the lock.
"""

from __future__ import annotations

import contextlib
import json
import re
from datetime import datetime
from pathlib import Path

from mentorapp.cli_messages import one_line, shown_path, translate
from mentorapp.services import sync, vault_life
from mentorapp.store.errors import ForeignKeyFile, VaultError, WrongRecoveryKey
from mentorapp.store.vault import db_path


def after_rekey_interrupted(folder: Path, old_key: bytes) -> str:
    """What a Ctrl-C during a re-key left: the database itself says whether it was re-keyed.

    The re-key writes the new key file aside first and swaps it in after ``PRAGMA
    rekey``, and the passphrase unlock completes that swap: so either the old key still
    opens the database (nothing that matters changed), or the new one does and the
    passphrase reaches it.
    """
    try:
        vault_life.lock(vault_life.open_with_key(folder, old_key))
    except (WrongRecoveryKey, ForeignKeyFile):  # the old key no longer opens the database
        return translate(
            "cli",
            "interrupted after the vault was re-keyed; it opens with your passphrase; "
            "run 'mentorapp vault recovery-key {folder}' for the new recovery key",
        ).format(folder=shown_path(folder))
    except (VaultError, OSError, KeyboardInterrupt):
        return translate(
            "cli",
            "interrupted during the re-key; unlock it with your passphrase, then run "
            "'mentorapp vault recovery-key {folder}' for its recovery key",
        ).format(folder=shown_path(folder))
    return translate(
        "cli",
        "interrupted before the vault was re-keyed; it still opens with your passphrase "
        "and its old recovery key",
    )


_BACKUP_NAME = re.compile(r"^vault-(\d{8}-\d{6})-\d{6}-[a-z-]+\.db$")
_KEY_FILE_PEEK_BYTES = 16 * 1024


def backup_made(backup: Path) -> str:
    """When a backup was made: from its name as the app writes it, else its file time."""
    match = _BACKUP_NAME.match(backup.name)
    if match:
        with contextlib.suppress(ValueError):
            return f"{datetime.strptime(match.group(1), '%Y%m%d-%H%M%S'):%Y-%m-%d %H:%M}"
    return f"{datetime.fromtimestamp(backup.stat().st_mtime):%Y-%m-%d %H:%M}"


def backup_vault_id(backup: Path) -> str | None:
    """The vault id in the key file beside a backup (``vault-*.key.json``); None if unknown.

    Only a label for a question to the coach: the restore itself loads and checks the
    key file properly, and a forged id buys nothing without that backup's passphrase.
    """
    try:
        with backup.with_suffix(".key.json").open("rb") as file:
            doc = json.loads(file.read(_KEY_FILE_PEEK_BYTES))
    except (OSError, ValueError, RecursionError):
        return None
    vault_id = doc.get("vault_id") if isinstance(doc, dict) else None
    if isinstance(vault_id, str) and re.fullmatch(r"[0-9A-Za-z-]{1,64}", vault_id):
        return vault_id
    return None


def file_identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` (device and inode), None when there is none."""
    try:
        found = path.stat()
    except FileNotFoundError:
        return None
    return found.st_dev, found.st_ino


def after_restore_interrupted(folder: Path, before: tuple[int, int] | None) -> str:
    """What a Ctrl-C during a restore left: the backup's copy in place of vault.db, or not.

    The restore copies the backup to a temp name, sets the old database aside, then
    renames the copy onto vault.db and only then the key file (written aside first,
    completed by the next unlock). A rename puts another file at the path, so whether
    vault.db is still the file it was tells which side of that the Ctrl-C came.
    """
    try:
        swapped = file_identity(db_path(folder)) not in (before, None)
    except (OSError, KeyboardInterrupt):
        return translate(
            "cli",
            "interrupted during the restore; run 'mentorapp vault check {folder}' to see "
            "what state the vault is in",
        ).format(folder=shown_path(folder))
    if swapped:
        return translate(
            "cli",
            "interrupted after the backup was restored; the vault opens with the backup's "
            "passphrase; the database it replaced is kept in backups/",
        )
    return translate(
        "cli",
        "interrupted before the backup was restored; vault.db and its key file are unchanged",
    )


def _minute(moment: datetime | None) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M}" if moment is not None else "unknown"


def _field(text: str | None) -> str:
    """A name read from a file (host, user, file name): one line, no tabs, never empty."""
    cleaned = " ".join(one_line(text or "").replace("\t", " ").split())
    return cleaned or "unknown"


def conflict_copy_lines(folder: Path) -> list[str]:
    """``conflict copy: NAME (database|key, modified YYYY-MM-DD HH:MM)``, oldest first.

    Names only: no key is needed and nothing is opened.
    """
    return [
        f"conflict copy: {_field(copy.path.name)} ({copy.kind}, modified {_minute(copy.modified)})"
        for copy in sync.find_conflict_copies(folder)
    ]


def lock_line(folder: Path) -> str:
    """``lock: open on HOST by USER since T, heartbeat T (live|stale)`` or ``lock: free``.

    Read before the command opens the vault itself. Live: a writer holds the OS lock on
    this machine, or the file names a holder elsewhere whose heartbeat is fresh. Stale:
    the file names a holder that stopped beating or crashed here (the next writer takes
    it over: silently for a crash here, when the coach asks for one elsewhere).
    """
    live = vault_life.live_holder(folder)
    holder = live or vault_life.lock_holder(folder)
    if holder is None or (live is None and holder.token is None):
        return "lock: free"
    stale = live is None and (vault_life.is_stale(holder) or holder.crashed_here())
    return (
        f"lock: open on {_field(holder.host)} by {_field(holder.user)} "
        f"since {_minute(holder.since)}, heartbeat {_minute(holder.heartbeat)} "
        f"({'stale' if stale else 'live'})"
    )
