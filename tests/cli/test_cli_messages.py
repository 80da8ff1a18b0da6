"""The CLI's sentences say what happened and name what they are about (issue 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorapp.services import vault_life
from mentorapp.store.errors import WrongPassphrase
from mentorapp.store.vault import Vault
from tests.cli.conftest import WRONG_PASSPHRASE, run_cli
from tests.conftest import snapshot

SHORT = "kort"  # shorter than the 12 characters a new passphrase needs


@pytest.mark.parametrize(
    "command", [["mentees"], ["vault", "recovery-key"], ["vault", "rekey"], ["vault", "backup"]]
)
def test_a_short_passphrase_to_unlock_is_simply_wrong(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    vault.close()
    before = snapshot(vault_path)
    code, out, err = run_cli(capsys, *command, str(vault_path), stdin=SHORT + "\n")
    assert (code, out, err) == (1, "", WRONG_PASSPHRASE)
    assert snapshot(vault_path) == before


def test_a_short_passphrase_beside_the_open_app_is_wrong_too(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The app holds the vault, so the reading command opens it read-only: same answer."""
    assert vault.is_open
    code, _, err = run_cli(capsys, "mentees", str(vault_path), stdin=SHORT + "\n")
    assert (code, err) == (1, WRONG_PASSPHRASE)


def test_the_apps_passphrase_check_calls_a_short_one_wrong(vault: Vault, vault_path: Path) -> None:
    vault.close()
    with pytest.raises(WrongPassphrase):
        vault_life.verify_passphrase(vault_path, SHORT)
    with pytest.raises(WrongPassphrase):
        vault_life.open_vault(vault_path, SHORT)


def test_a_short_new_passphrase_is_still_too_short(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(capsys, "vault", "create", str(tmp_path / "n.mentorvault"), stdin=SHORT)
    assert (code, err) == (1, "mentorapp: error: the passphrase must be at least 12 characters\n")
    assert not (tmp_path / "n.mentorvault").exists()
