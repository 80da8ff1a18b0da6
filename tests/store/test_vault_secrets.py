"""The vault keeps secrets: canaries stay encrypted, wrong secrets change nothing."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import pytest
import sqlcipher3
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentorapp.store import backup
from mentorapp.store.errors import (
    SchemaTooNew,
    VaultExists,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from mentorapp.store.keyfile import parse_recovery_key
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session, snapshot

CANARY = "CANARY-7f3a9c-loopbaan-geheim"


def _files_containing(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def _temp_files() -> set[Path]:
    """Every file under the temp folder now; one that vanishes while we look (another
    process cleaning up) is simply not there."""
    found: set[Path] = set()
    for folder, _dirs, files in os.walk(tempfile.gettempdir(), onerror=lambda _e: None):
        found.update(Path(folder, name) for name in files)
    return found


def _holds(path: Path, needle: bytes) -> bool:
    try:
        return needle in path.read_bytes()
    except OSError:  # gone or unreadable meanwhile: it holds nothing of ours
        return False


def test_canary_never_reaches_disk_in_clear(vault: Vault, vault_path: Path) -> None:
    tmp_before = _temp_files()
    add_mentee_with_session(vault, private=f"Wil weg: {CANARY}", shared=f"Samenvatting {CANARY}")
    backup.make_backup(vault)
    # Look while the vault is still open (WAL and shm present) and after closing.
    for needle in (CANARY.encode(), CANARY.encode("utf-16-le")):
        assert _files_containing(vault_path, needle) == []
    vault.close()
    assert _files_containing(vault_path, CANARY.encode()) == []
    names = {p.name for p in vault_path.rglob("*")}
    assert "vault.db" in names and "vault.key.json" in names
    assert not (vault_path / "vault.db").read_bytes().startswith(b"SQLite format 3")
    new_tmp = _temp_files() - tmp_before
    assert [p for p in new_tmp if _holds(p, CANARY.encode())] == []


def test_key_file_holds_no_secret_in_clear(vault: Vault, vault_path: Path) -> None:
    raw = (vault_path / "vault.key.json").read_bytes()
    key = vault.data_key
    assert key.hex().encode() not in raw and key.hex().upper().encode() not in raw
    assert PASSPHRASE.encode() not in raw
    import base64

    assert base64.b64encode(key) not in raw


def test_wrong_passphrase_three_times_changes_nothing(vault: Vault, vault_path: Path) -> None:
    add_mentee_with_session(vault, private="iets vertrouwelijks")
    vault.close()
    before = snapshot(vault_path)
    # A short one too: the 12-character minimum is for new passphrases, so below it an
    # unlock says "wrong passphrase", not "too short" (store level, for every caller).
    for attempt in ("wrong passphrase 1", PASSPHRASE + " ", PASSPHRASE.upper(), "kort", ""):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_path, attempt)
    assert snapshot(vault_path) == before
    Vault.open(vault_path, PASSPHRASE).close()


def test_wrong_recovery_key_changes_nothing(vault: Vault, vault_path: Path) -> None:
    vault.close()
    before = snapshot(vault_path)
    with pytest.raises(WrongRecoveryKey):
        Vault.open_with_recovery_key(vault_path, os.urandom(32).hex())
    with pytest.raises(WrongRecoveryKey):
        Vault.open_with_recovery_key(vault_path, "not a key")
    assert snapshot(vault_path) == before


def test_weak_passphrase_refused_before_anything_is_written(vault_path: Path) -> None:
    with pytest.raises(WeakPassphrase):
        Vault.create(vault_path, "short", kdf=FAST_KDF)
    assert not vault_path.exists()


def test_create_refuses_an_existing_folder(vault: Vault, vault_path: Path) -> None:
    before = snapshot(vault_path)
    with pytest.raises(VaultExists):
        Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    assert snapshot(vault_path) == before


PASSPHRASES = [
    "quote \" apostrophe ' percent % at @ colon : backslash \\ spaces  ",
    "carrière financiële ideeën coördinator",
    "Ελένη Παπαδοπούλου Олена 🔐🌱 emoji",
    "x'00112233' looks like a raw key",
]


@pytest.mark.parametrize("passphrase", PASSPHRASES)
def test_any_passphrase_round_trips(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "v.mentorvault"
    vault, _ = Vault.create(path, passphrase, kdf=FAST_KDF)
    add_mentee_with_session(vault, private="ok")
    vault.close()
    with Vault.open(path, passphrase) as reopened:
        assert reopened.count_rows("sessions") == 1


def test_passphrase_is_nfkc_normalised(tmp_path: Path) -> None:
    path = tmp_path / "v.mentorvault"
    composed, decomposed = "caf\u00e9 passphrase ok", "cafe\u0301 passphrase ok"
    Vault.create(path, composed, kdf=FAST_KDF)[0].close()
    Vault.open(path, decomposed).close()


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(passphrase=st.text(min_size=12, max_size=80).filter(lambda s: "\x00" not in s))
def test_arbitrary_unicode_passphrases(tmp_path: Path, passphrase: str) -> None:
    import unicodedata

    if len(unicodedata.normalize("NFKC", passphrase)) < 12:
        return
    path = Path(tempfile.mkdtemp(dir=tmp_path)) / "v.mentorvault"
    Vault.create(path, passphrase, kdf=FAST_KDF)[0].close()
    Vault.open(path, passphrase).close()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, passphrase + "!")


def test_recovery_key_opens_db_with_plain_sqlcipher(tmp_path: Path) -> None:
    path = tmp_path / "v.mentorvault"
    vault, recovery = Vault.create(path, PASSPHRASES[0], kdf=FAST_KDF)
    add_mentee_with_session(vault, name="Олена Шевченко", private="privé")
    vault.close()
    key = parse_recovery_key(recovery)
    assert key is not None and len(recovery.replace("-", "")) == 64
    conn = sqlcipher3.connect(str(path / "vault.db"))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    assert conn.execute("SELECT full_name FROM mentees").fetchall() == [("Олена Шевченко",)]
    conn.close()
    with Vault.open_with_recovery_key(path, recovery.lower().replace("-", " ")) as opened:
        opened.change_passphrase("a brand new passphrase", kdf=FAST_KDF)
    Vault.open(path, "a brand new passphrase").close()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASES[0])


def content_hash(vault: Vault) -> str:
    digest = hashlib.sha256()
    with vault.engine.connect() as conn:
        tables = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' ORDER BY name"
            )
        ]
        for table in tables:
            digest.update(table.encode())
            for row in conn.exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_passphrase_change_keeps_rows_and_retires_old_passphrase(
    vault: Vault, vault_path: Path
) -> None:
    add_mentee_with_session(vault, private="notitie", shared="samenvatting")
    before = content_hash(vault)
    vault.change_passphrase("the new passphrase here", kdf=FAST_KDF)
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, "the new passphrase here") as reopened:
        assert content_hash(reopened) == before


def test_rekey_keeps_rows_and_retires_old_recovery_key(tmp_path: Path) -> None:
    path = tmp_path / "v.mentorvault"
    vault, old_recovery = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    add_mentee_with_session(vault, private="notitie", shared="samenvatting")
    before = content_hash(vault)
    new_recovery = vault.rekey(PASSPHRASE, kdf=FAST_KDF)
    assert new_recovery != old_recovery
    assert content_hash(vault) == before
    vault.close()
    with pytest.raises(WrongRecoveryKey):
        Vault.open_with_recovery_key(path, old_recovery)
    old_key = parse_recovery_key(old_recovery)
    assert old_key is not None
    conn = sqlcipher3.connect(str(path / "vault.db"))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{old_key.hex()}'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    conn.close()
    with Vault.open_with_recovery_key(path, new_recovery) as reopened:
        assert content_hash(reopened) == before
    with Vault.open(path, PASSPHRASE) as reopened:
        assert content_hash(reopened) == before
    assert not (path / "vault.key.json.pending").exists()


def test_interrupted_rekey_completes_on_next_open(tmp_path: Path) -> None:
    """The database took the new key but the key file was not yet replaced."""
    import shutil

    path = tmp_path / "v.mentorvault"
    vault, _ = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    add_mentee_with_session(vault)
    old_keyfile = (path / "vault.key.json").read_bytes()
    vault.rekey(PASSPHRASE, kdf=FAST_KDF)
    vault.close()
    shutil.copyfile(path / "vault.key.json", path / "vault.key.json.pending")
    (path / "vault.key.json").write_bytes(old_keyfile)
    with Vault.open(path, PASSPHRASE) as reopened:
        assert reopened.count_rows("sessions") == 1
    assert not (path / "vault.key.json.pending").exists()


def test_schema_newer_than_the_app_is_refused(vault: Vault, vault_path: Path) -> None:
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    vault.close()
    before = snapshot(vault_path)
    with pytest.raises(SchemaTooNew):
        Vault.open(vault_path, PASSPHRASE)
    assert snapshot(vault_path) == before


def test_every_connection_has_the_design_pragmas(vault: Vault) -> None:
    with vault.engine.connect() as conn:

        def pragma(name: str) -> object:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("cipher_version")
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("secure_delete") == 1
        assert pragma("temp_store") == 2  # MEMORY
