"""Purging from backups: after it, an erased mentee's canary is in no byte of any backup."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mentorapp.domain.ids import MenteeId
from mentorapp.store import backup, backup_purge, gdpr, search
from mentorapp.store.backup import verify as real_verify
from mentorapp.store.backup_purge import NotPurged, NotPurgedReason, PurgeReport
from mentorapp.store.engine import connect
from mentorapp.store.errors import BackupInvalid
from mentorapp.store.vault import DB_NAME, KEY_NAME, Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session, snapshot
from tests.store.answers import add_answers
from tests.store.moves_records import add_moves_records
from tests.store.plaintext import files_in, holding

CANARY = "KANARIE-lijster-9154-geheim"


def _plant(vault: Vault) -> MenteeId:
    add_mentee_with_session(vault, "An Peeters", private="blijft staan in elke back-up")
    gone = add_mentee_with_session(vault, f"Ruben {CANARY}", private=f"notitie {CANARY}")
    add_answers(vault, gone, {"note": f"antwoord {CANARY}"}, private=f"duiding {CANARY}")
    add_moves_records(vault, gone, CANARY)
    return gone


def _set_aside_with_log(vault: Vault) -> Path:
    """A database set aside as a restore does it: the file, its live log, its key file."""
    aside = vault.folder / "backups" / "vault-20261120-101500-000000-before-restore.db"
    shutil.copyfile(vault.folder / DB_NAME, aside)
    shutil.copyfile(vault.folder / (DB_NAME + "-wal"), aside.with_name(aside.name + "-wal"))
    shutil.copyfile(vault.folder / KEY_NAME, backup.key_file_for(aside))
    return aside


def _purge(vault: Vault, *folders: Path, older: list[bytes] | None = None) -> PurgeReport:
    return backup_purge.purge_folders(
        [vault.folder / "backups", *folders],
        vault.data_key,
        vault.vault_id,
        gdpr.known_erasures(vault),
        older_keys=older or [],
    )


def test_after_purging_the_canary_is_in_no_byte_of_any_backup(vault: Vault, tmp_path: Path) -> None:
    gone = _plant(vault)
    usb = tmp_path / "usb-stick"
    made = [
        backup.make_backup(vault).path,
        backup.make_backup(vault, usb, label="auto").path,
        _set_aside_with_log(vault),
    ]
    every = files_in(vault.folder / "backups", usb)
    assert any(p.name.endswith("-wal") for p in every)
    assert holding(every, vault.data_key, CANARY)  # the search finds it before the purge

    gdpr.erase(vault, [gone])
    report = _purge(vault, usb)

    assert sorted(report.purged) == sorted(made)
    assert report.not_purged == ()
    every = files_in(vault.folder / "backups", usb)
    assert holding(every, vault.data_key, CANARY) == []
    assert not any(p.name.endswith(("-wal", "-shm", ".tmp")) for p in every)
    for path in made:
        backup.verify(path, vault.data_key)
        conn = connect(path, vault.data_key)
        try:
            names = [r[0] for r in conn.execute("SELECT full_name FROM mentees")]
            hits = [
                conn.execute(
                    "SELECT count(*) FROM search_index WHERE search_index MATCH ?",
                    (search.match_expression(word),),
                ).fetchone()
                for word in ("notitie", "antwoord", "duiding")
            ]
            answers = conn.execute("SELECT count(*) FROM questionnaire_responses").fetchone()
        finally:
            conn.close()
        assert names == ["An Peeters"] and hits == [(0,)] * 3 and answers == (0,)
    assert holding([made[0]], vault.data_key, "blijft staan in elke")


def test_a_purged_backup_is_left_alone_the_next_time(vault: Vault) -> None:
    gone = _plant(vault)
    made = backup.make_backup(vault).path
    gdpr.erase(vault, [gone])
    assert _purge(vault).purged == (made,)
    before = made.read_bytes()

    report = _purge(vault)

    assert report.clean == (made,) and report.purged == ()
    assert made.read_bytes() == before


def test_a_backup_from_before_a_rekey_is_reported_until_its_key_is_given(vault: Vault) -> None:
    gone = _plant(vault)
    old_key = vault.data_key
    old = backup.make_backup(vault).path
    vault.rekey(PASSPHRASE, kdf=FAST_KDF)
    new = backup.make_backup(vault).path
    gdpr.erase(vault, [gone])
    untouched = old.read_bytes()

    report = _purge(vault)

    assert report.purged == (new,)
    assert report.not_purged == (NotPurged(old, NotPurgedReason.KEY_DIFFERS),)
    assert report.need_older_passphrase == (old,)
    assert old.read_bytes() == untouched
    assert backup_purge.unwrap_older_keys([old], PASSPHRASE) == [old_key]

    report = _purge(vault, older=[old_key])

    assert report.purged == (old,) and report.not_purged == ()
    assert holding([old], old_key, CANARY) == []


def test_a_damaged_backup_is_reported_and_left_as_it_was(vault: Vault) -> None:
    gone = _plant(vault)
    made = backup.make_backup(vault).path
    data = made.read_bytes()
    made.write_bytes(data[: len(data) - 4096 - 77])
    gdpr.erase(vault, [gone])
    before = snapshot(vault.folder / "backups")

    report = _purge(vault)

    assert report.not_purged == (NotPurged(made, NotPurgedReason.UNREADABLE),)
    assert snapshot(vault.folder / "backups") == before


def test_another_vaults_backups_in_the_same_folder_are_not_touched(
    vault: Vault, tmp_path: Path
) -> None:
    shared = tmp_path / "shared-backups"
    gone = _plant(vault)
    backup.make_backup(vault, shared)
    other, _ = Vault.create(tmp_path / "other.mentorvault", PASSPHRASE, kdf=FAST_KDF)
    add_mentee_with_session(other, "Iemand Anders", private="andere kluis")
    theirs = backup.make_backup(other, shared).path
    other.close()
    untouched = theirs.read_bytes()
    gdpr.erase(vault, [gone])

    report = _purge(vault, shared)

    assert len(report.purged) == 1 and theirs not in report.purged
    assert report.not_purged == ()
    assert theirs.read_bytes() == untouched


def test_a_failed_rewrite_leaves_the_backup_as_it_was(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = _plant(vault)
    made = backup.make_backup(vault).path
    gdpr.erase(vault, [gone])
    before = snapshot(vault.folder / "backups")

    def only_the_original_passes(path: Path, data_key: bytes) -> None:
        if path != made:
            raise BackupInvalid("the rewritten copy fails its check")
        real_verify(path, data_key)

    monkeypatch.setattr(backup_purge, "verify", only_the_original_passes)

    report = _purge(vault)

    assert report.not_purged == (NotPurged(made, NotPurgedReason.FAILED),)
    assert snapshot(vault.folder / "backups") == before  # nor any temp file left
