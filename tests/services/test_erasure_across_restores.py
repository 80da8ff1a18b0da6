"""The coach's story: erase a mentee, purge the backups, restore one - the mentee stays gone."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Mentee
from mentorapp.services import mentees, search, vault_life
from mentorapp.services.changes import Area
from mentorapp.store.erasures import ERASURES_NAME
from mentorapp.store.vault import DB_NAME, Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session
from tests.store.answers import add_answers
from tests.store.moves_records import add_moves_records
from tests.store.plaintext import files_in, holding

CANARY = "KANARIE-zwaluw-3307-privé"


def _plant(vault: Vault) -> tuple[MenteeId, MenteeId]:
    kept = add_mentee_with_session(vault, "An Peeters", private="blijft")
    gone = add_mentee_with_session(vault, f"Noor {CANARY}", private=f"notitie {CANARY}")
    add_answers(vault, gone, {"note": f"antwoord {CANARY}"}, private=f"duiding {CANARY}")
    add_moves_records(vault, gone, CANARY)
    return gone, kept


def _names(vault: Vault) -> list[str]:
    return sorted(m.display_name for m in mentees.summaries(vault))


def test_erase_then_restore_an_older_backup_the_mentee_does_not_come_back(
    vault: Vault,
) -> None:
    gone, _ = _plant(vault)
    made = vault_life.back_up(vault, vault_life.BackupPolicy()).value.path
    erased = vault_life.erase_mentees(vault, [gone], "request")
    assert erased.value == 1  # the call form and its count as before
    folder, key = vault.folder, vault.data_key
    vault_life.lock(vault)

    restored = vault_life.restore(folder, made, PASSPHRASE)

    assert restored.reapplied == 1
    assert str(restored) == str(restored.aside) == os.fspath(restored)
    assert restored.aside.is_file()
    assert holding([folder / DB_NAME, folder / (DB_NAME + "-wal")], key, CANARY) == []
    with vault_life.open_vault(folder, PASSPHRASE) as opened:
        assert _names(opened) == ["An Peeters"]
        assert search.search(opened, "notitie") == []
        assert search.search(opened, "antwoord") == search.search(opened, "duiding") == []


def test_restore_and_unlock_says_how_many_were_erased_again(vault: Vault) -> None:
    gone, _ = _plant(vault)
    made = vault_life.back_up(vault, vault_life.BackupPolicy()).value.path
    vault_life.erase_mentees(vault, [gone], "request")
    folder = vault.folder
    vault_life.lock(vault)

    opened, restored = vault_life.restore_and_unlock(folder, made, PASSPHRASE)
    with opened:
        assert restored.reapplied == 1
        assert _names(opened) == ["An Peeters"]
    with vault_life.restore_and_open(folder, made, PASSPHRASE) as again:
        assert _names(again) == ["An Peeters"]


def test_a_restore_with_nothing_erased_reapplies_nothing(vault: Vault) -> None:
    _plant(vault)
    made = vault_life.back_up(vault, vault_life.BackupPolicy()).value.path
    folder = vault.folder
    vault_life.lock(vault)

    assert vault_life.restore(folder, made, PASSPHRASE).reapplied == 0
    assert not (folder / ERASURES_NAME).exists()


def test_erase_and_purge_the_backups_leaves_the_canary_in_no_backup_byte(
    vault: Vault, tmp_path: Path
) -> None:
    gone, _ = _plant(vault)
    usb = tmp_path / "usb"
    policy = vault_life.BackupPolicy(usb, keep=5)
    vault_life.back_up(vault, vault_life.BackupPolicy())
    vault_life.back_up(vault, policy)
    vault_life.back_up(vault, policy)
    every = files_in(vault.folder / "backups", usb)
    assert len(holding(every, vault.data_key, CANARY)) == 3

    outcome = vault_life.erase_mentees(
        vault, [gone], "request", purge_backups=True, backup_folders=[usb]
    )

    erased = outcome.value
    assert erased == 1 and erased.count == 1
    assert erased.backups_purged == 3 and erased.backups_not_purged == ()
    assert outcome.changes.touches(Area.BACKUPS, Area.MENTEE_LIST)
    assert holding(files_in(vault.folder / "backups", usb), vault.data_key, CANARY) == []


def test_backups_from_before_a_rekey_are_purged_with_that_times_passphrase(
    vault: Vault,
) -> None:
    gone, _ = _plant(vault)
    old = vault_life.back_up(vault, vault_life.BackupPolicy()).value.path
    old_key = vault.data_key
    vault.rekey(PASSPHRASE, kdf=FAST_KDF)
    vault.change_passphrase("the passphrase after the re-key", kdf=FAST_KDF)
    erased = vault_life.erase_mentees(vault, [gone], "request", purge_backups=True).value
    assert [n.path for n in erased.backups_not_purged] == [old]
    assert erased.backups_not_purged[0].reason is vault_life.NotPurgedReason.KEY_DIFFERS
    assert holding([old], old_key, CANARY)

    report = vault_life.purge_backups(vault, older_passphrase=PASSPHRASE).value

    assert report.purged == (old,) and report.not_purged == ()
    assert holding([old], old_key, CANARY) == []


def test_a_purged_backup_restores_without_the_mentee_and_nothing_to_reapply(
    vault: Vault,
) -> None:
    gone, _ = _plant(vault)
    made = vault_life.back_up(vault, vault_life.BackupPolicy()).value.path
    vault_life.erase_mentees(vault, [gone], "request", purge_backups=True)
    mentees.add_mentee(vault, Mentee(full_name="Na de wissing"))
    folder = vault.folder
    vault_life.lock(vault)

    restored = vault_life.restore(folder, made, PASSPHRASE)

    assert restored.reapplied == 0
    with vault_life.open_vault(folder, PASSPHRASE) as opened:
        assert _names(opened) == ["An Peeters"]


def test_a_database_copied_back_by_hand_loses_the_mentee_again_at_unlock(
    vault: Vault, tmp_path: Path
) -> None:
    gone, _ = _plant(vault)
    folder = vault.folder
    vault_life.lock(vault)
    saved = tmp_path / "vault.db.copy"  # a file-level copy (Time Machine, a USB stick)
    shutil.copyfile(folder / DB_NAME, saved)
    with vault_life.open_vault(folder, PASSPHRASE) as opened:
        vault_life.erase_mentees(opened, [gone], "request")
    shutil.copyfile(saved, folder / DB_NAME)

    with vault_life.open_vault(folder, PASSPHRASE) as opened:
        assert _names(opened) == ["An Peeters"]  # every unlock re-applies the erasures
        assert (
            holding([folder / DB_NAME, folder / (DB_NAME + "-wal")], opened.data_key, CANARY) == []
        )
        nothing = vault_life.reapply_erasures(opened)
        assert nothing.value == 0 and not nothing.changes.areas
