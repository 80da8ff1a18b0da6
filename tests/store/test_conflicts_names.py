"""Conflict copies are found by their names alone, and our own files never are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mentorapp.store.conflicts import (
    copy_kind,
    find_conflict_copies,
    key_copy_for,
    move_into_backups,
)

DATABASE_COPIES = [
    "vault (Coach's conflicted copy 2026-11-30).db",
    "vault (conflicted copy 2026-11-30 101010).db",
    "vault (conflicted copy Coach 2026-11-30 101010).db",
    "vault (laptop's conflicted copy 2026-11-30) (1).db",
    "vault_conflict-20261130-101010.db",
    "vault.sync-conflict-20261130-101010-ABCDEFG.db",
    "vault-DESKTOP-4F2K9.db",
    "vault-laptop-2.db",
    "vault(1).db",
    "vault (2).db",
]
KEY_COPIES = [
    "vault.key (Coach's conflicted copy 2026-11-30).json",
    "vault.key (conflicted copy 2026-11-30 101010).json",
    "vault.key_conflict-20261130-101010.json",
    "vault.key.sync-conflict-20261130-101010-ABCDEFG.json",
    "vault.key-DESKTOP-4F2K9.json",
    "vault.key(1).json",
]
NOT_COPIES = [
    "vault.db",
    "vault.db-wal",
    "vault.db-shm",
    "vault.db-journal",
    "vault.key.json",
    "vault.key.json.pending",
    "vault.lock",
    "erasures.json",
    ".mentorapp-abc123.tmp",
    ".mentorapp-abc123.tmp-wal",
    ".backup-x1.tmp",
    ".restore-1-2.tmp",
    "vault-20261130-101010-123456-manual.db",
    "vault-20261130-101010-123456-manual.key.json",
    "vault (conflicted copy).db-wal",
    "notes (conflicted copy 2026-11-30).db",
    "vault.sync-conflict-20261130-101010-ABCDEFG.db.tmp",
    "vault.txt",
    "Vault.db",
    "vault-.db",
    "vault-host/x.db",
]


@pytest.mark.parametrize("name", DATABASE_COPIES)
def test_database_copies_are_recognised(name: str) -> None:
    assert copy_kind(name) == "database"


@pytest.mark.parametrize("name", KEY_COPIES)
def test_key_file_copies_are_recognised(name: str) -> None:
    assert copy_kind(name) == "key"


@pytest.mark.parametrize("name", NOT_COPIES)
def test_our_own_files_and_others_are_not(name: str) -> None:
    assert copy_kind(name) is None


@given(host=st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_-]{0,20}", fullmatch=True))
def test_any_onedrive_host_name_is_a_copy(host: str) -> None:
    assert copy_kind(f"vault-{host}.db") == "database"
    assert copy_kind(f"vault.key-{host}.json") == "key"


@given(
    stamp=st.from_regex(r"[0-9]{8}-[0-9]{6}", fullmatch=True),
    device=st.from_regex(r"[A-Z0-9]{7}", fullmatch=True),
)
def test_any_syncthing_conflict_is_a_copy(stamp: str, device: str) -> None:
    assert copy_kind(f"vault.sync-conflict-{stamp}-{device}.db") == "database"
    assert copy_kind(f"vault.key.sync-conflict-{stamp}-{device}.json") == "key"


@given(suffix=st.sampled_from(["-wal", "-shm", "-journal", ".pending", ".tmp", ".bak", "~"]))
def test_no_suffix_of_our_own_names_is_a_copy(suffix: str) -> None:
    for own in ("vault.db", "vault.key.json", "vault.lock"):
        assert copy_kind(own + suffix) is None


def test_find_lists_files_only_oldest_first(tmp_path: Path) -> None:
    for name in ["vault.db", "vault.db-wal", "vault.key.json", "vault.lock", *NOT_COPIES[:8]]:
        (tmp_path / name).write_bytes(b"x")
    newer = tmp_path / "vault.sync-conflict-20261130-101010-ABCDEFG.db"
    older = tmp_path / "vault.key (conflicted copy 2026-11-29).json"
    newer.write_bytes(b"12345")
    older.write_bytes(b"1")
    os.utime(older, (1_700_000_000, 1_700_000_000))
    (tmp_path / "vault-DIR.db").mkdir()  # a folder is no copy
    (tmp_path / "vault-link.db").symlink_to(newer)  # nor is a link
    (tmp_path / "backups").mkdir()
    (tmp_path / "backups" / "vault (conflicted copy 2026-11-30).db").write_bytes(b"x")
    found = find_conflict_copies(tmp_path)
    assert [(c.path.name, c.kind, c.size) for c in found] == [
        (older.name, "key", 1),
        (newer.name, "database", 5),
    ]
    assert found[0].modified.tzinfo is not None
    assert found[0].modified.timestamp() == 1_700_000_000


def test_a_missing_folder_has_no_copies(tmp_path: Path) -> None:
    assert find_conflict_copies(tmp_path / "gone") == []


def test_the_key_copy_of_the_same_sync_event(tmp_path: Path) -> None:
    db = tmp_path / "vault (conflicted copy 2026-11-30).db"
    key = tmp_path / "vault.key (conflicted copy 2026-11-30).json"
    db.write_bytes(b"x")
    assert key_copy_for(db) is None
    key.write_bytes(b"{}")
    assert key_copy_for(db) == key
    thing = tmp_path / "vault-HOST.db"
    (tmp_path / "vault.key-HOST.json").write_bytes(b"{}")
    assert key_copy_for(thing) == tmp_path / "vault.key-HOST.json"


def test_moving_into_backups_keeps_the_name_and_never_overwrites(tmp_path: Path) -> None:
    names = ["vault (conflicted copy 2026-11-30).db", "vault.key-HOST.json"]
    moved = []
    for round_ in range(3):
        for name in names:
            (tmp_path / name).write_bytes(str(round_).encode())
            moved.append(move_into_backups(tmp_path, tmp_path / name))
    assert [p.name for p in moved] == [
        "vault (conflicted copy 2026-11-30).db",
        "vault.key-HOST.json",
        "vault (conflicted copy 2026-11-30)-2.db",
        "vault.key-HOST-2.json",
        "vault (conflicted copy 2026-11-30)-3.db",
        "vault.key-HOST-3.json",
    ]
    assert all(p.parent == tmp_path / "backups" for p in moved)
    assert [p.read_bytes() for p in moved] == [b"0", b"0", b"1", b"1", b"2", b"2"]
    assert find_conflict_copies(tmp_path) == []
