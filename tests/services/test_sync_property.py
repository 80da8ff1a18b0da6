"""Whatever both machines did to a vault, merging the conflict copy loses nothing: every
session text either side held is in the vault after, and a second merge adds nothing."""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentorapp.services import mentees, sessions, sync
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session
from tests.sync_helpers import synced_copy, tick_clock

Edit = tuple[str, int, str]  # ("add" | "edit" | "mentee", which, text)
_words = st.sampled_from(["koffie", "netwerk", "stage", "loopbaan", "talent", "gesprek"])
_edit = st.tuples(st.sampled_from(["add", "edit", "mentee"]), st.integers(0, 5), _words)


@pytest.fixture(autouse=True)
def ticking_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    tick_clock(monkeypatch)


def _apply(folder: Path, edits: list[Edit], side: str) -> None:
    vault = Vault.open(folder, PASSPHRASE)
    try:
        for n, (what, which, word) in enumerate(edits):
            text = f"{word} {side}{n}"
            people = sorted(m.id for m in mentees.summaries(vault))
            if what == "mentee":
                add_mentee_with_session(vault, f"Mentee {side}{n}", private=text)
                continue
            mentee = people[which % len(people)]
            held = sessions.sessions_of(vault, mentee)
            if what == "add" or not held:
                started = datetime(2026, 11, 1) + timedelta(hours=n)
                coaching = sessions.start_session(vault, mentee, started).value
            else:
                coaching = held[which % len(held)]
            coaching.private_notes = text
            sessions.save_session(vault, coaching)
    finally:
        vault.close()


def _texts(folder: Path) -> set[tuple[str, str]]:
    with Vault.open(folder, PASSPHRASE, read_only=True) as vault:
        return {
            (m.display_name, s.private_notes)
            for m in mentees.summaries(vault)
            for s in sessions.sessions_of(vault, m.id)
        }


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(mine=st.lists(_edit, max_size=4), theirs=st.lists(_edit, max_size=4))
def test_nothing_either_side_held_is_lost(mine: list[Edit], theirs: list[Edit]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder, other = Path(tmp) / "a.mentorvault", Path(tmp) / "b.mentorvault"
        vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
        add_mentee_with_session(vault, "Zoë Peeters", private="begin")
        add_mentee_with_session(vault, "Bram Janssens", private="begin")
        vault.close()
        synced_copy(folder, other)
        _apply(folder, mine, "A")
        _apply(other, theirs, "B")
        expected = _texts(folder) | _texts(other)
        copy = folder / "vault (conflicted copy 2026-11-30).db"
        shutil.copy2(other / "vault.db", copy)
        with Vault.open(folder, PASSPHRASE) as vault:
            report = sync.merge_copy(vault, copy)
            assert sum(report.kept_twice.values()) == len(sync.marks(vault))
        after = _texts(folder)
        # A mentee whose profile is unchanged keeps one name; every text is there.
        assert {text for _, text in expected} <= {text for _, text in after}
        assert {name for name, _ in expected} == {name for name, _ in after}
        again = folder / "vault-OTHER.db"
        shutil.copy2(report.moved_to, again)
        with Vault.open(folder, PASSPHRASE) as vault:
            second = sync.merge_copy(vault, again)
            assert (second.added, second.kept_twice) == ({}, {})
