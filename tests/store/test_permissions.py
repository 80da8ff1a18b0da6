"""Everything in a vault folder is the coach's alone: files 0600, folders 0700.

Checked after each step of a vault's life with a permissive umask (022, the usual one),
also when the vault is created into an existing 0755 folder and for backups kept
outside the vault.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorapp.store import backup
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session


@pytest.fixture(autouse=True)
def _usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def loose(*roots: Path) -> list[str]:
    """Every file or folder below ``roots`` (included) that others may read or enter."""
    found = []
    for root in roots:
        for path in [root, *root.rglob("*")]:
            mode = stat.S_IMODE(path.lstat().st_mode)
            wanted = 0o700 if path.is_dir() else 0o600
            if mode & ~wanted:
                found.append(f"{path.relative_to(root.parent)} {mode:o}")
    return found


def test_every_file_and_folder_is_owner_only_through_a_vaults_life(tmp_path: Path) -> None:
    existing = tmp_path / "coach.mentorvault"
    existing.mkdir(mode=0o755)
    assert stat.S_IMODE(existing.stat().st_mode) == 0o755

    vault, _ = Vault.create(existing, PASSPHRASE, kdf=FAST_KDF)
    assert loose(existing) == []

    add_mentee_with_session(vault, private="geheim")  # the WAL and its index appear
    assert {"vault.db-wal", "vault.db-shm"} <= {p.name for p in existing.iterdir()}
    assert loose(existing) == []

    made = backup.make_backup(vault)
    outside = tmp_path / "usb-stick"
    backup.make_backup(vault, outside, label="auto")
    assert loose(existing, outside) == []

    vault.rekey(PASSPHRASE, kdf=FAST_KDF)
    add_mentee_with_session(vault, private="na de re-key")
    assert loose(existing) == []

    vault.change_passphrase("another long passphrase", kdf=FAST_KDF)
    vault.change_passphrase(PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    assert loose(existing) == []

    aside = backup.restore(existing, made.path, PASSPHRASE)
    assert aside.is_file() and backup.key_file_for(aside).is_file()
    assert loose(existing) == []

    with Vault.open(existing, PASSPHRASE) as reopened:
        add_mentee_with_session(reopened)
        assert loose(existing) == []
    assert loose(existing, outside) == []


def test_opening_an_older_vault_tightens_what_it_finds(tmp_path: Path) -> None:
    folder = tmp_path / "old.mentorvault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    add_mentee_with_session(vault)
    backup.make_backup(vault)
    vault.close()
    # As an earlier version left it: world-readable files, 0755 folders.
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert loose(folder)

    Vault.open(folder, PASSPHRASE).close()

    assert loose(folder) == []
