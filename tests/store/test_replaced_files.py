"""vault.db or the key file replaced under the running app (a sync tool, a restore done
elsewhere): noticed before the next write, which is refused; the new files stay as the
other program left them.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from mentorapp.store import backup
from mentorapp.store.errors import KeyChanged, VaultReplaced
from mentorapp.store.repositories import MenteeRepository
from mentorapp.store.vault import DB_NAME, KEY_NAME, Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session


def _names(vault: Vault) -> set[str]:
    with vault.reading() as s:
        return {m.full_name for m in MenteeRepository(s).all()}


def _sync_in(source: Path, target: Path) -> bytes:
    """What a sync tool does: write beside the target, then rename over it."""
    incoming = target.with_name(".sync-incoming")
    shutil.copyfile(source, incoming)
    os.replace(incoming, target)
    return target.read_bytes()


def test_a_vault_db_replaced_under_an_open_vault_is_never_written(vault: Vault) -> None:
    add_mentee_with_session(vault, name="In de back-up")
    made = backup.make_backup(vault).path
    add_mentee_with_session(vault, name="Na de back-up")
    db = vault.folder / DB_NAME

    # Another machine's copy arrives through the synced folder while the app is open.
    arrived = _sync_in(made, db)

    with pytest.raises(VaultReplaced):
        add_mentee_with_session(vault, name="Zou verloren gaan")
    with pytest.raises(VaultReplaced):
        _names(vault)  # nor read as if it were the file opened
    assert db.read_bytes() == arrived
    vault.close()
    assert db.read_bytes() == arrived  # closing folds nothing of ours into it...
    wal = vault.folder / (DB_NAME + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # ...nor leaves it a log to replay

    # Opening again shows the replacement as it came, healthy, with none of our pages.
    with Vault.open(vault.folder, PASSPHRASE) as reopened:
        assert _names(reopened) == {"In de back-up"}
        assert reopened.check().ok


def test_another_database_copied_into_vault_db_in_place_is_noticed(tmp_path: Path) -> None:
    mine, _ = Vault.create(tmp_path / "mine.mentorvault", PASSPHRASE, kdf=FAST_KDF)
    other, _ = Vault.create(tmp_path / "other.mentorvault", PASSPHRASE, kdf=FAST_KDF)
    try:
        add_mentee_with_session(other, name="Andere kluis")
        other.close()
        db = mine.folder / DB_NAME
        inode = db.stat().st_ino
        # Same inode, other content (cp over the file, rsync --inplace).
        with open(other.folder / DB_NAME, "rb") as src, open(db, "r+b") as dst:
            dst.write(src.read())
        assert db.stat().st_ino == inode
        copied = db.read_bytes()
        with pytest.raises(VaultReplaced):
            add_mentee_with_session(mine, name="Zou verloren gaan")
        assert db.read_bytes() == copied
    finally:
        mine.close()


def test_a_key_file_changed_under_an_open_vault_stops_writes(vault: Vault) -> None:
    add_mentee_with_session(vault)
    key = vault.folder / KEY_NAME
    # A re-key or restore elsewhere arrives: another key file (here one for a new key).
    elsewhere = Vault.create(vault.folder.with_name("elders.mentorvault"), PASSPHRASE, kdf=FAST_KDF)
    elsewhere[0].close()
    arrived = _sync_in(elsewhere[0].folder / KEY_NAME, key)
    db_before = (vault.folder / DB_NAME).read_bytes()

    with pytest.raises(KeyChanged):
        add_mentee_with_session(vault, name="Zou verloren gaan")
    assert key.read_bytes() == arrived
    assert (vault.folder / DB_NAME).read_bytes() == db_before


def test_our_own_passphrase_change_and_rekey_are_not_mistaken_for_a_replacement(
    vault: Vault,
) -> None:
    add_mentee_with_session(vault, name="Een")
    vault.change_passphrase("a new passphrase for this vault", kdf=FAST_KDF)
    add_mentee_with_session(vault, name="Twee")
    vault.rekey("a new passphrase for this vault", kdf=FAST_KDF)
    add_mentee_with_session(vault, name="Drie")
    backup.make_backup(vault)
    assert _names(vault) >= {"Een", "Twee", "Drie"}


def test_the_check_before_each_transaction_costs_microseconds(vault: Vault) -> None:
    add_mentee_with_session(vault)
    rounds = 2000
    started = time.perf_counter()
    for _ in range(rounds):
        vault.check_files()
    per_check = (time.perf_counter() - started) / rounds
    started = time.perf_counter()
    for i in range(50):
        add_mentee_with_session(vault, name=f"Mentee {i}")
    per_transaction = (time.perf_counter() - started) / 50
    print(f"check {per_check * 1e6:.1f} us per transaction of {per_transaction * 1e3:.2f} ms")
    assert per_check < 200e-6
    assert per_check < per_transaction / 20
