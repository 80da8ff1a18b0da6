"""Shared fixtures: temporary vaults with a cheap KDF, fenced off from the real home."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import CoachingSession, Mentee
from mentorapp.store.keyfile import KdfParams
from mentorapp.store.repositories import CoachingSessionRepository, MenteeRepository
from mentorapp.store.vault import Vault

# Tests create many vaults: a cheap KDF keeps them fast. The real cost is measured in
# tests/store/test_unlock_time.py and by `make bench`.
FAST_KDF = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _fenced_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real home folder or keychain."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        (home / sub).mkdir()
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "coach.mentorvault"


@pytest.fixture
def vault(vault_path: Path) -> Iterator[Vault]:
    created, _ = Vault.create(vault_path, PASSPHRASE, kdf=FAST_KDF)
    yield created
    created.close()


def add_mentee_with_session(
    vault: Vault, name: str = "Zoë Van den Bossche", private: str = "", shared: str = ""
) -> MenteeId:
    """The story's first steps: add a mentee and log one session."""
    with vault.transaction() as s:
        mentee = MenteeRepository(s).add(Mentee(full_name=name))
        assert mentee.id is not None
        CoachingSessionRepository(s).add(
            CoachingSession(
                mentee_id=mentee.id,
                started_at=datetime(2026, 11, 20, 10, 0),
                private_notes=private,
                shared_summary=shared,
            )
        )
        return mentee.id


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` and its bytes, to prove nothing changed."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def tmpdir_files() -> list[Path]:
    root = Path(os.environ.get("TMPDIR", "/tmp"))
    return [p for p in root.rglob("*") if p.is_file()] if root.is_dir() else []
