"""A damaged vault: a clear "vault damaged" error that says to restore; never a silent
overwrite.

SQLCipher authenticates every page (HMAC-SHA512), so flipping bytes anywhere in
``vault.db`` must be noticed, reported as ``VaultDamaged`` and leave the files as they
are, so that the coach (or a recovery tool) can still work with them.
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from mentorapp import cli
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import CoachingSession
from mentorapp.store.errors import KeyFileDamaged, VaultDamaged, WrongPassphrase
from mentorapp.store.repositories import CoachingSessionRepository
from mentorapp.store.vault import DB_NAME, KEY_NAME, Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session, snapshot

PAGE = 4096
SESSIONS = 300
NEW_PASSPHRASE = "a brand new passphrase for the coach"


@pytest.fixture
def filled(vault: Vault) -> Path:
    """A vault with 300 sessions of 1 KB notes (hundreds of pages), closed."""
    mentee_id = add_mentee_with_session(vault, name="Noor Janssens")
    with vault.transaction() as s:
        sessions = CoachingSessionRepository(s)
        for i in range(SESSIONS):
            sessions.add(
                CoachingSession(
                    mentee_id=mentee_id,
                    started_at=datetime(2026, 1, 5, 9) + timedelta(days=i),
                    private_notes=f"Gesprek {i}: " + "vertrouwelijke notitie " * 44,
                )
            )
    folder = vault.folder
    vault.close()  # checkpoints the WAL: everything is in vault.db now
    assert not (folder / (DB_NAME + "-wal")).exists()
    return folder


def flip(db: Path, start: int, end: int) -> None:
    """Invert the bytes ``start``..``end`` of ``db`` in place (a bad sector, an editor)."""
    data = bytearray(db.read_bytes())
    for i in range(start, end):
        data[i] ^= 0xFF
    db.write_bytes(bytes(data))


def tamper_middle_page(folder: Path) -> int:
    db = folder / DB_NAME
    size = db.stat().st_size
    assert size % PAGE == 0
    pages = size // PAGE
    assert pages > 200, "the vault should span many pages"
    middle = pages // 2  # zero-based page index
    flip(db, middle * PAGE + 512, middle * PAGE + 560)
    return middle + 1


def read_everything(vault: Vault) -> None:
    """What the app does over a day: read all sessions, then every table in full."""
    with vault.reading() as s:
        mentee_ids = [MenteeId(row[0]) for row in s.execute(text("SELECT id FROM mentees"))]
        sessions = CoachingSessionRepository(s)
        for mentee_id in mentee_ids:
            for found in sessions.for_mentee(mentee_id):
                assert found.private_notes is not None
    with vault.engine.connect() as conn:
        tables = [
            row[0]
            for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        for table in tables:
            conn.exec_driver_sql(f'SELECT * FROM "{table}"').fetchall()


def test_a_tampered_page_is_reported_as_damaged_and_nothing_is_overwritten(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Yesterday every note read back fine (and reading changes nothing).
    with Vault.open(filled, PASSPHRASE) as healthy:
        read_everything(healthy)
        assert healthy.count_rows("sessions") == SESSIONS + 1

    # Then something flips bytes in the middle of the database file.
    page = tamper_middle_page(filled)
    before = snapshot(filled)
    assert DB_NAME in before

    # The coach runs the health check from the command line.
    code = cli.main(["vault", "check", str(filled)], stdin=io.StringIO(PASSPHRASE + "\n"))
    out, err = capsys.readouterr()
    assert code == 1, f"page {page}: check did not fail; stdout: {out!r}"
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "damaged" in lines[0] and "restore" in lines[0]
    assert "Traceback" not in err + out
    assert "sqlite" not in err.lower() and "sqlalchemy" not in err.lower()

    # The app opens the vault (the header is fine) and reads the coach's notes:
    # a VaultDamaged, never a raw database error.
    with pytest.raises(VaultDamaged), Vault.open(filled, PASSPHRASE) as opened:
        read_everything(opened)

    # Nothing was repaired, rewritten or added behind the coach's back.
    assert snapshot(filled) == before


def test_a_tampered_first_page_refuses_to_open_as_damaged_not_as_wrong_passphrase(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    flip(filled / DB_NAME, 100, 200)
    before = snapshot(filled)

    with pytest.raises(VaultDamaged) as raised:
        Vault.open(filled, PASSPHRASE)
    assert not isinstance(raised.value, WrongPassphrase)

    code = cli.main(["vault", "check", str(filled)], stdin=io.StringIO(PASSPHRASE + "\n"))
    _, err = capsys.readouterr()
    assert code == 1
    assert len(err.splitlines()) == 1
    assert "damaged" in err and "restore" in err
    assert "passphrase" not in err

    assert snapshot(filled) == before


def test_a_lost_key_file_is_recovered_with_the_recovery_key(vault_path: Path) -> None:
    vault, recovery_key = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    vault_id = vault.vault_id
    add_mentee_with_session(vault, name="Els Peeters", private="herstel-canary")
    vault.close()

    # The key file is deleted by accident.
    (vault_path / KEY_NAME).unlink()
    before = snapshot(vault_path)
    with pytest.raises(KeyFileDamaged):
        Vault.open(vault_path, PASSPHRASE)
    assert snapshot(vault_path) == before

    # The recovery kit still opens the vault, with all its notes...
    with Vault.open_with_recovery_key(vault_path, recovery_key) as recovered:
        assert recovered.vault_id == vault_id
        with recovered.reading() as s:
            notes = [row[0] for row in s.execute(text("SELECT private_notes FROM sessions")).all()]
        assert notes == ["herstel-canary"]
        # ...and setting a passphrase writes a new key file.
        recovered.change_passphrase(NEW_PASSPHRASE, kdf=FAST_KDF)
    assert (vault_path / KEY_NAME).is_file()

    with Vault.open(vault_path, NEW_PASSPHRASE) as reopened:
        assert reopened.vault_id == vault_id
        assert reopened.check().ok
        assert reopened.count_rows("sessions") == 1
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
