"""Demo vaults with made-up people, for trying the app and for screenshots."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from mentorapp.demo import DEMO_PASSPHRASE, fill_demo, make_demo_vault
from mentorapp.store.vault import Vault


def create_demo_vault(folder: Path, passphrase: str, today: date) -> tuple[int, str]:
    """A new vault at ``folder`` filled with demo mentees: (how many, recovery key)."""
    vault, recovery = Vault.create(folder, passphrase)
    try:
        count = fill_demo(vault, today)
    finally:
        vault.close()
    return count, recovery


def open_demo_vault(parent: Path, today: date) -> Vault:
    """A fresh demo vault under ``parent`` (demo passphrase), unlocked."""
    return Vault.open(make_demo_vault(parent, today), DEMO_PASSPHRASE)


__all__ = ["DEMO_PASSPHRASE", "create_demo_vault", "make_demo_vault", "open_demo_vault"]
