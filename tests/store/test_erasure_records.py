"""Erasure is recorded without a name, wipes the file or says it did not, and holds when
an older database comes back."""

from __future__ import annotations

import json
import shutil
import stat
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest

from mentorapp.domain import clock
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Mentee
from mentorapp.store import backup, erasures, gdpr, repositories, search
from mentorapp.store.engine import connect
from mentorapp.store.errors import EraseIncomplete, NoSuchRecord
from mentorapp.store.keyfile import KeyFile
from mentorapp.store.repositories import MenteeRepository
from mentorapp.store.vault import DB_NAME, KEY_NAME, Vault, db_path
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session
from tests.store.plaintext import holding

CANARY = "KANARIE-merel-5823-vertrouwelijk"
NAME = "Dagmar Kanarievogel"


def _vault_files(vault: Vault) -> list[Path]:
    return [vault.folder / DB_NAME, vault.folder / (DB_NAME + "-wal")]


def _plant(vault: Vault) -> tuple[MenteeId, MenteeId]:
    """A mentee to erase, canary in name and notes, and one who stays."""
    gone = add_mentee_with_session(vault, f"{NAME} {CANARY}", private=f"notitie {CANARY}")
    kept = add_mentee_with_session(vault, "An Peeters", private="blijft staan")
    return gone, kept


def _restore(vault: Vault, made: Path) -> tuple[Path, bytes, str]:
    """Lock, restore ``made`` (store level: nothing re-applied yet); folder, key, id."""
    folder, key, vault_id = vault.folder, vault.data_key, vault.vault_id
    vault.close()
    backup.restore(folder, made, PASSPHRASE)
    return folder, key, vault_id


def _mentee_ids(folder: Path) -> list[int]:
    with Vault.open(folder, PASSPHRASE) as opened, opened.reading() as s:
        return [int(m.id) for m in MenteeRepository(s).all() if m.id is not None]


def test_an_erasure_is_recorded_beside_and_inside_the_vault_without_name_or_text(
    vault: Vault,
) -> None:
    gone, _ = _plant(vault)
    gdpr.erase(vault, [gone])

    path = vault.folder / erasures.ERASURES_NAME
    raw = path.read_bytes()
    doc = json.loads(raw)
    assert [r["mentee_id"] for r in doc["erased"]] == [gone]
    assert doc["vault_id"] == vault.vault_id
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with vault.engine.connect() as conn:
        inside = conn.exec_driver_sql("SELECT value FROM vault_meta WHERE key = 'erasures'")
        inside_text = inside.scalar_one()
        log = conn.exec_driver_sql("SELECT * FROM erasure_log").fetchall()
    assert erasures.from_bytes(inside_text, vault.vault_id) == erasures.from_bytes(
        raw, vault.vault_id
    )
    for needle in (CANARY, "Dagmar", "Kanarievogel", "notitie"):
        assert needle.casefold() not in raw.decode().casefold()
        assert needle.casefold() not in inside_text.casefold()
        assert needle.casefold() not in repr(log).casefold()
    # Written whole: no temp file of ours is left in the vault folder.
    assert sorted(p.name for p in vault.folder.iterdir() if p.name.startswith(".")) == []


def test_an_unknown_id_erases_nothing_and_records_nothing(vault: Vault) -> None:
    gone, _ = _plant(vault)
    with pytest.raises(NoSuchRecord):
        gdpr.erase(vault, [gone, MenteeId(999)])
    assert vault.count_rows("mentees") == 2
    assert not (vault.folder / erasures.ERASURES_NAME).exists()


def test_erase_leaves_the_canary_in_no_byte_of_the_database_or_its_log(vault: Vault) -> None:
    gone, _ = _plant(vault)
    assert holding(_vault_files(vault), vault.data_key, CANARY)  # the search does find it

    gdpr.erase(vault, [gone])

    assert holding(_vault_files(vault), vault.data_key, CANARY) == []
    assert holding(_vault_files(vault), vault.data_key, "blijft staan")  # the rest is there
    wal = vault.folder / (DB_NAME + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def _reader(vault: Vault) -> object:
    """Another connection in the middle of reading (a second window, a sync tool)."""
    conn = connect(db_path(vault.folder), vault.data_key)
    conn.execute("BEGIN")
    assert conn.execute("SELECT count(*) FROM mentees").fetchone() == (2,)
    return conn


def test_erase_with_a_reader_says_it_is_incomplete_until_the_reader_goes(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gdpr, "WIPE_WAIT_SECONDS", 0.5)
    gone, kept = _plant(vault)
    reader = _reader(vault)
    try:
        started = time.monotonic()
        with pytest.raises(EraseIncomplete):
            gdpr.erase(vault, [gone])
        assert time.monotonic() - started < 5  # bounded: it waited, then said so
        # The delete is committed and recorded; only the wipe is not done...
        with vault.reading() as s:
            assert [m.id for m in MenteeRepository(s).all()] == [kept]
        assert (vault.folder / erasures.ERASURES_NAME).exists()
        # ...and that is true: the old pages are still in the files.
        assert holding(_vault_files(vault), vault.data_key, CANARY)
    finally:
        reader.rollback()  # type: ignore[attr-defined]
        reader.close()  # type: ignore[attr-defined]

    gdpr.wipe(vault)
    assert holding(_vault_files(vault), vault.data_key, CANARY) == []


def test_erase_waits_for_a_reader_that_finishes_soon(vault: Vault) -> None:
    gone, _ = _plant(vault)
    reader = _reader(vault)

    def finish() -> None:
        time.sleep(0.4)
        reader.rollback()  # type: ignore[attr-defined]
        reader.close()  # type: ignore[attr-defined]

    closer = threading.Thread(target=finish)
    closer.start()
    try:
        assert gdpr.erase(vault, [gone]) == 1
    finally:
        closer.join()
    assert holding(_vault_files(vault), vault.data_key, CANARY) == []


def test_an_older_database_restored_loses_the_erased_mentee_again(vault: Vault) -> None:
    gone, kept = _plant(vault)
    made = backup.make_backup(vault).path
    gdpr.erase(vault, [gone])
    folder, key, vault_id = _restore(vault, made)
    assert holding([folder / DB_NAME], key, CANARY)  # the backup brought it back

    assert gdpr.reapply(folder, key, vault_id) == 1

    assert holding([folder / DB_NAME, folder / (DB_NAME + "-wal")], key, CANARY) == []
    assert _mentee_ids(folder) == [kept]
    with Vault.open(folder, PASSPHRASE) as opened:
        with opened.reading() as s:
            assert search.search(s, "notitie") == []
        with opened.engine.connect() as conn:
            reasons = conn.exec_driver_sql("SELECT reason, mentee_count FROM erasure_log")
            assert reasons.fetchall() == [("restore", 1)]  # the old db had no log entry
        assert opened.check().ok
    assert gdpr.reapply(folder, key, vault_id) == 0  # once is enough


def test_a_later_mentee_who_got_the_same_id_is_not_erased(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    _plant(vault)
    last = add_mentee_with_session(vault, "Laatste Mentee", private="weg")
    gdpr.erase(vault, [last])
    a_minute_later = clock.now() + timedelta(minutes=1)
    monkeypatch.setattr(repositories, "_now", lambda: a_minute_later)
    with vault.transaction() as s:  # SQLite hands the freed highest id out again
        newcomer = MenteeRepository(s).add(Mentee(full_name="Nieuwe Mentee"))
    assert newcomer.id == last
    made = backup.make_backup(vault).path
    folder, key, vault_id = _restore(vault, made)

    assert gdpr.reapply(folder, key, vault_id) == 0
    assert last in _mentee_ids(folder)


def test_a_folder_that_lost_its_erasures_file_gets_it_back_from_the_database(
    vault: Vault,
) -> None:
    gone, kept = _plant(vault)
    before = backup.make_backup(vault).path
    gdpr.erase(vault, [gone])
    after = backup.make_backup(vault).path  # carries the records inside
    folder, key, vault_id = _restore(vault, after)
    (folder / erasures.ERASURES_NAME).unlink()  # e.g. the folder was copied without it

    assert gdpr.reapply(folder, key, vault_id) == 0
    assert erasures.load_file(folder, vault_id)  # written again from the restored db
    backup.restore(folder, before, PASSPHRASE)
    assert gdpr.reapply(folder, key, vault_id) == 1
    assert _mentee_ids(folder) == [kept]


def test_an_erasure_made_after_a_rekey_holds_on_a_backup_from_before_it(vault: Vault) -> None:
    """The tag cannot be checked under the backup's older key: the row is matched by id
    and by having been created before the erasure."""
    gone, kept = _plant(vault)
    made = backup.make_backup(vault).path
    vault.rekey(PASSPHRASE, kdf=FAST_KDF)
    gdpr.erase(vault, [gone])
    folder, _, vault_id = _restore(vault, made)
    old_key = KeyFile.load(folder / KEY_NAME).unwrap(PASSPHRASE)

    assert gdpr.reapply(folder, old_key, vault_id) == 1
    assert _mentee_ids(folder) == [kept]


def test_another_vaults_erasures_file_is_not_applied(vault: Vault, tmp_path: Path) -> None:
    gone, _ = _plant(vault)
    other, _ = Vault.create(tmp_path / "other.mentorvault", PASSPHRASE, kdf=FAST_KDF)
    erased = add_mentee_with_session(other, "Iemand Anders")
    gdpr.erase(other, [erased])
    other.close()
    assert erased == gone  # the same row id, in another vault
    shutil.copyfile(other.folder / erasures.ERASURES_NAME, vault.folder / erasures.ERASURES_NAME)
    folder, key, vault_id = vault.folder, vault.data_key, vault.vault_id
    vault.close()

    assert gdpr.reapply(folder, key, vault_id) == 0
    assert gone in _mentee_ids(folder)
