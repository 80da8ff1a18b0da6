"""The files of a vault folder, by name: cheap to import (no database code)."""

from __future__ import annotations

from pathlib import Path

VAULT_SUFFIX = ".mentorvault"
DB_NAME = "vault.db"
KEY_NAME = "vault.key.json"
PENDING_KEY_NAME = "vault.key.json.pending"
BACKUP_DIR = "backups"


def db_path(folder: Path) -> Path:
    return folder / DB_NAME


def key_path(folder: Path) -> Path:
    return folder / KEY_NAME


def is_vault(folder: Path) -> bool:
    return db_path(folder).is_file() or key_path(folder).is_file()
