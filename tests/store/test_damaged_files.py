"""A vault.db that is empty, unreadable, read-only or paired with another vault's key
file: each gets its own clear error, and the files stay exactly as they were.
"""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from mentorapp import cli
from mentorapp.store import backup
from mentorapp.store.errors import (
    ForeignKeyFile,
    VaultDamaged,
    VaultEmpty,
    VaultReadOnly,
    VaultUnreadable,
    WrongRecoveryKey,
)
from mentorapp.store.repositories import MenteeRepository
from mentorapp.store.vault import DB_NAME, KEY_NAME, Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session, snapshot
from tests.store.privileges import permissions_enforced


@pytest.fixture
def closed(vault: Vault) -> Path:
    add_mentee_with_session(vault, name="Noor Janssens", private="vertrouwelijk")
    vault.close()
    return vault.folder


def _cli_one_line(capsys: pytest.CaptureFixture[str], folder: Path, needle: str) -> None:
    code = cli.main(["mentees", str(folder)], stdin=io.StringIO(PASSPHRASE + "\n"))
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err and needle in err, err


@pytest.mark.parametrize("size", [0, 1, 100, 4095])
def test_a_vault_db_shorter_than_a_page_is_never_created_anew(
    closed: Path, size: int, capsys: pytest.CaptureFixture[str]
) -> None:
    db = closed / DB_NAME
    db.write_bytes(db.read_bytes()[:size])
    before = snapshot(closed)

    with pytest.raises(VaultEmpty):
        Vault.open(closed, PASSPHRASE)
    with pytest.raises(VaultEmpty):
        Vault.open(closed, PASSPHRASE, read_only=True)
    with pytest.raises(VaultEmpty):
        Vault.open_with_key(closed, os.urandom(32))
    _cli_one_line(capsys, closed, "empty")

    assert snapshot(closed) == before
    assert db.stat().st_size == size


def test_an_unreadable_vault_db_or_folder_is_vault_unreadable(
    closed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = closed / DB_NAME
    before = snapshot(closed)
    for target, mode in ((db, 0o000), (closed, 0o000)):
        target.chmod(mode)
        try:
            with permissions_enforced():
                with pytest.raises(VaultUnreadable):
                    Vault.open(closed, PASSPHRASE)
                with pytest.raises(VaultUnreadable):
                    Vault.open(closed, PASSPHRASE, read_only=True)
                _cli_one_line(capsys, closed, "permissions")
        finally:
            target.chmod(0o700 if target == closed else 0o600)
    assert snapshot(closed) == before
    Vault.open(closed, PASSPHRASE).close()


def test_a_read_only_vault_refuses_to_be_opened_for_writing_but_reads(closed: Path) -> None:
    db = closed / DB_NAME
    before = snapshot(closed)
    db.chmod(0o400)
    try:
        with permissions_enforced():
            with pytest.raises(VaultReadOnly):
                Vault.open(closed, PASSPHRASE)
            with Vault.open(closed, PASSPHRASE, read_only=True) as reader, reader.reading() as s:
                assert [m.full_name for m in MenteeRepository(s).all()] == ["Noor Janssens"]
    finally:
        db.chmod(0o600)
    closed.chmod(0o500)
    try:
        with permissions_enforced(), pytest.raises(VaultReadOnly):
            Vault.open(closed, PASSPHRASE)
    finally:
        closed.chmod(0o700)
    assert snapshot(closed).get(DB_NAME) == before[DB_NAME]


def test_a_folder_made_read_only_after_opening_gives_read_only_on_backup(vault: Vault) -> None:
    add_mentee_with_session(vault)
    backups = vault.folder / "backups"
    backups.chmod(0o500)
    try:
        with permissions_enforced(), pytest.raises(VaultReadOnly):
            backup.make_backup(vault)
    finally:
        backups.chmod(0o700)
    assert [p for p in backups.iterdir()] == []


def test_another_vaults_key_file_is_foreign_not_damaged(
    closed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other, other_recovery = Vault.create(tmp_path / "other.mentorvault", PASSPHRASE, kdf=FAST_KDF)
    other.close()
    # The coach copied the wrong key file in; the passphrase is the same on both.
    shutil.copyfile(other.folder / KEY_NAME, closed / KEY_NAME)
    before = snapshot(closed)

    with pytest.raises(ForeignKeyFile):
        Vault.open(closed, PASSPHRASE)
    with pytest.raises(ForeignKeyFile):
        Vault.open(closed, PASSPHRASE, read_only=True)
    # The other vault's recovery key fits that key file, so the pairing is what is wrong.
    with pytest.raises(ForeignKeyFile):
        Vault.open_with_recovery_key(closed, other_recovery)
    _cli_one_line(capsys, closed, "another vault")
    assert snapshot(closed) == before


def test_a_random_key_is_a_wrong_recovery_key_and_damage_stays_damage(closed: Path) -> None:
    with pytest.raises(WrongRecoveryKey):
        Vault.open_with_key(closed, os.urandom(32))
    # A few damaged pages under the right key file: damaged, not foreign.
    db = closed / DB_NAME
    data = bytearray(db.read_bytes())
    for i in range(100, 200):
        data[i] ^= 0xFF
    db.write_bytes(bytes(data))
    before = snapshot(closed)
    with pytest.raises(VaultDamaged) as caught:
        Vault.open(closed, PASSPHRASE)
    assert not isinstance(caught.value, ForeignKeyFile)
    assert snapshot(closed) == before
