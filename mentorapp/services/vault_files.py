"""What can be known of a vault folder before unlocking it, cheaply: no database code.

The first window imports only this (and Qt), so it paints before SQLAlchemy and
SQLCipher load; see ``gui/app.py``.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from mentorapp.store.errors import KeyFileDamaged
from mentorapp.store.keychain import Keychain
from mentorapp.store.keyfile import MIN_PASSPHRASE_CHARS, KeyFile
from mentorapp.store.layout import BACKUP_DIR, KEY_NAME, VAULT_SUFFIX, is_vault


def vault_id_of(folder: Path) -> str | None:
    """The vault's id from its key file, or None when the key file is missing or damaged."""
    with contextlib.suppress(KeyFileDamaged):
        return KeyFile.load(folder / KEY_NAME).vault_id
    return None


def default_backup_folder(vault_folder: Path) -> Path:
    """Where a vault's backups go unless the coach chose another folder."""
    return vault_folder / BACKUP_DIR


__all__ = [
    "MIN_PASSPHRASE_CHARS",
    "VAULT_SUFFIX",
    "Keychain",
    "default_backup_folder",
    "is_vault",
    "vault_id_of",
]
