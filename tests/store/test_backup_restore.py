"""Backups: a round trip gives back exactly what was there; a bad backup is refused.

Requirement: backup -> restore round trip equal; a truncated backup is refused on
restore, and the vault is left exactly as it was.
"""

from __future__ import annotations

import hashlib
import io
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from mentorapp import cli
from mentorapp.domain.ids import SessionId
from mentorapp.domain.model import Mentee
from mentorapp.store import backup
from mentorapp.store.engine import connect
from mentorapp.store.errors import BackupInvalid, WrongPassphrase
from mentorapp.store.repositories import CoachingSessionRepository, MenteeRepository
from mentorapp.store.vault import DB_NAME, KEY_NAME, LOCK_NAME, Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session, snapshot

NEW_PASSPHRASE = "the passphrase after the backup"
CANARY = "CANARY-zebra-7731-vertrouwelijk"

Rows = Callable[[str], Sequence[Sequence[Any]]]


def _hash_tables(rows: Rows) -> str:
    """SHA-256 over every user table's rows in rowid order (FTS shadow tables aside)."""
    digest = hashlib.sha256()
    tables = [
        row[0]
        for row in rows(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' ORDER BY name"
        )
    ]
    assert {"mentees", "sessions", "search_index", "alembic_version"} <= set(tables)
    for table in tables:
        digest.update(f"\x00table {table}\x00".encode())
        for row in rows(f'SELECT rowid, * FROM "{table}" ORDER BY rowid'):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def content_hash(vault: Vault) -> str:
    """A fingerprint of everything stored in the vault."""
    with vault.engine.connect() as conn:
        return _hash_tables(lambda sql: conn.exec_driver_sql(sql).fetchall())


def content_hash_of_file(db: Path, data_key: bytes) -> str:
    conn = connect(db, data_key)
    try:
        return _hash_tables(lambda sql: conn.execute(sql).fetchall())
    finally:
        conn.close()


def fill(vault: Vault) -> None:
    for i, name in enumerate(("Zoë Van den Bossche", "Jan Peeters", "Ayşe Demir")):
        add_mentee_with_session(
            vault, name=name, private=f"vertrouwelijk {i} {CANARY}", shared=f"samenvatting {i}"
        )


def change_after_backup(vault: Vault) -> None:
    """The coach keeps working after the backup: adds, edits and deletes."""
    add_mentee_with_session(vault, name="Pieter Claes", private="na de back-up")
    with vault.transaction() as s:
        CoachingSessionRepository(s).delete(SessionId(1))
        mentees = MenteeRepository(s)
        jan = mentees.get(mentees.all()[1].id)  # type: ignore[arg-type]
        jan.organisation = "Nieuwe werkgever"
        mentees.update(jan)


def test_backup_then_restore_gives_back_the_vault_as_it_was(vault: Vault) -> None:
    fill(vault)
    at_backup = content_hash(vault)
    info = backup.make_backup(vault)
    assert info.path.is_file() and info.key_file.is_file()

    change_after_backup(vault)
    changed = content_hash(vault)
    assert changed != at_backup
    folder, data_key = vault.folder, vault.data_key
    vault.close()

    aside = backup.restore(folder, info.path, PASSPHRASE)

    with Vault.open(folder, PASSPHRASE) as restored:
        assert content_hash(restored) == at_backup
        assert restored.check().ok
    # The database it replaced is kept aside whole, with its key file, and still opens.
    assert aside.is_file()
    assert aside.parent == folder / "backups"
    assert backup.key_file_for(aside).is_file()
    assert content_hash_of_file(aside, data_key) == changed
    # No staging or temporary files are left in the vault folder.
    assert sorted(p.name for p in folder.iterdir()) == ["backups", DB_NAME, KEY_NAME, LOCK_NAME]


@pytest.mark.parametrize("cut", ["half", "odd"])
@pytest.mark.parametrize("own_key_file", [True, False])
def test_a_truncated_backup_is_refused_and_nothing_changes(
    vault: Vault, tmp_path: Path, cut: str, own_key_file: bool
) -> None:
    fill(vault)
    for i in range(40):  # enough pages that half a file is a real loss
        add_mentee_with_session(vault, name=f"Mentee {i}", private="notitie " * 200)
    info = backup.make_backup(vault)
    full = info.path.read_bytes()
    size = len(full) // 2 if cut == "half" else len(full) // 2 + 1234
    if cut == "half":
        size -= size % 4096  # on a page boundary: only whole pages are missing
    else:
        assert size % 4096
    # The backup was copied to a USB stick, and the copy broke off.
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    broken = stick / info.path.name
    broken.write_bytes(full[:size])
    if own_key_file:
        shutil.copyfile(info.key_file, backup.key_file_for(broken))
    folder = vault.folder
    vault.close()
    before = snapshot(folder)

    with pytest.raises(BackupInvalid):
        backup.restore(folder, broken, PASSPHRASE)

    assert snapshot(folder) == before
    with Vault.open(folder, PASSPHRASE) as still:
        assert still.count_rows("mentees") == 43


def test_a_truncated_backup_in_the_backups_folder_is_refused_too(
    vault: Vault, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(vault)
    info = backup.make_backup(vault)
    folder = vault.folder
    vault.close()
    data = info.path.read_bytes()
    info.path.write_bytes(data[: len(data) - 4096 - 77])
    before = snapshot(folder)

    code = cli.main(
        ["vault", "restore", str(folder), str(info.path)],
        stdin=io.StringIO(PASSPHRASE + "\n"),
    )

    _, err = capsys.readouterr()
    assert code == 1
    assert err.count("\n") == 1 and "nothing was restored" in err
    assert snapshot(folder) == before


def test_a_backup_restores_with_the_passphrase_it_was_made_with(vault: Vault) -> None:
    fill(vault)
    at_backup = content_hash(vault)
    info = backup.make_backup(vault)
    # Later the coach changes the passphrase and adds a mentee.
    vault.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF)
    add_mentee_with_session(vault, name="Nadia El Amrani")
    folder = vault.folder
    vault.close()
    before = snapshot(folder)

    # The backup carries its own key file: today's passphrase does not open it...
    with pytest.raises(WrongPassphrase):
        backup.restore(folder, info.path, NEW_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        backup.restore(folder, info.path, "not the passphrase at all")
    assert snapshot(folder) == before

    # ...the passphrase of that day does, and the vault then opens with it again.
    backup.restore(folder, info.path, PASSPHRASE)
    with Vault.open(folder, PASSPHRASE) as restored:
        assert content_hash(restored) == at_backup
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, NEW_PASSPHRASE)


def test_rotation_keeps_the_ten_newest_backups_each_with_its_key_file(vault: Vault) -> None:
    fill(vault)
    made = []
    for i in range(13):
        add_mentee_with_session(vault, name=f"Mentee {i}")
        made.append(backup.make_backup(vault, keep=10).path)
    assert len(set(made)) == 13

    folder = vault.folder / "backups"
    databases = sorted(p for p in folder.iterdir() if p.name.endswith(".db"))
    key_files = sorted(p for p in folder.iterdir() if p.name.endswith(".key.json"))
    assert databases == sorted(made[-10:])
    assert key_files == sorted(backup.key_file_for(p) for p in made[-10:])
    assert [b.path for b in backup.list_backups(folder)] == list(reversed(made[-10:]))


def test_a_backup_file_is_encrypted(vault: Vault) -> None:
    fill(vault)
    info = backup.make_backup(vault)
    data = info.path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert CANARY.encode() not in data
    assert "Zoë".encode() not in data
    assert CANARY.encode() not in info.key_file.read_bytes()
    # The same data does sit in the vault, readable with the key.
    assert content_hash_of_file(info.path, vault.data_key) == content_hash(vault)


def test_command_line_backup_and_restore(vault: Vault, capsys: pytest.CaptureFixture[str]) -> None:
    fill(vault)
    at_backup = content_hash(vault)
    folder = vault.folder
    vault.close()

    code = cli.main(["vault", "backup", str(folder)], stdin=io.StringIO(PASSPHRASE + "\n"))
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.startswith("Backup: ")
    made = Path(out.splitlines()[0].removeprefix("Backup: "))
    assert made.is_file() and made.parent == folder / "backups"

    with Vault.open(folder, PASSPHRASE) as opened:
        with opened.transaction() as s:
            MenteeRepository(s).add(Mentee(full_name="Na de back-up"))
        assert content_hash(opened) != at_backup

    code = cli.main(
        ["vault", "restore", str(folder), str(made)], stdin=io.StringIO(PASSPHRASE + "\n")
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.startswith("About to restore backup ")  # says what it does first
    assert out.splitlines()[1] == f"Restored {made}"
    assert "kept at" in out

    with Vault.open(folder, PASSPHRASE) as restored:
        assert content_hash(restored) == at_backup


def test_the_database_set_aside_by_a_restore_survives_rotation(vault: Vault) -> None:
    folder = vault.folder
    add_mentee_with_session(vault, private="before restore")
    first = backup.make_backup(vault)
    vault.close()
    aside = backup.restore(folder, first.path, PASSPHRASE)
    with Vault.open(folder, PASSPHRASE) as reopened:
        for _ in range(11):
            backup.make_backup(reopened, keep=3)
    assert aside.exists() and backup.key_file_for(aside).exists()
    rotating = [b for b in backup.list_backups(folder / "backups") if b.label != "before-restore"]
    assert len(rotating) == 3


def test_a_restore_interrupted_between_database_and_key_file_still_opens(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backup predates a re-key: its database needs its own key file."""
    import os

    folder = vault.folder
    add_mentee_with_session(vault, private="old key era")
    old = backup.make_backup(vault)
    vault.rekey(PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    real_replace = os.replace

    def stop_before_key_file(src: Any, dst: Any) -> None:
        if str(dst).endswith(KEY_NAME):
            raise KeyboardInterrupt("power cut")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", stop_before_key_file)
    with pytest.raises(KeyboardInterrupt):
        backup.restore(folder, old.path, PASSPHRASE)
    monkeypatch.setattr(os, "replace", real_replace)
    with Vault.open(folder, PASSPHRASE) as reopened:
        assert reopened.count_rows("sessions") == 1
        assert reopened.check().ok
