"""`vault recovery-key`, and the truth after a Ctrl-C in `vault rekey` and `vault restore`;
`vault restore` says what it is about to do and asks before another vault's backup."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from mentorapp import cli
from mentorapp.store import backup as backup_module
from mentorapp.store import vault as vault_module
from mentorapp.store.errors import ForeignKeyFile, WrongRecoveryKey
from mentorapp.store.keyfile import KeyFile
from mentorapp.store.vault import KEY_NAME, PENDING_KEY_NAME, Vault
from tests.cli.conftest import WRONG_PASSPHRASE, one_error_line, run_cli
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session, snapshot

RECOVERY_LINE = re.compile(r"^Recovery key: ([0-9A-F]{4}(-[0-9A-F]{4}){15})$")
OTHER_PASSPHRASE = "another coach's passphrase"
BEFORE_REKEY = (
    "mentorapp: interrupted before the vault was re-keyed; it still opens with your "
    "passphrase and its old recovery key\n"
)


def after_rekey(folder: Path) -> str:
    return (
        "mentorapp: interrupted after the vault was re-keyed; it opens with your passphrase; "
        f"run 'mentorapp vault recovery-key {folder}' for the new recovery key\n"
    )


BEFORE_RESTORE = (
    "mentorapp: interrupted before the backup was restored; vault.db and its key file "
    "are unchanged\n"
)
AFTER_RESTORE = (
    "mentorapp: interrupted after the backup was restored; the vault opens with the "
    "backup's passphrase; the database it replaced is kept in backups/\n"
)


def _plain_sqlcipher_tables(db: Path, recovery_key: str) -> int:
    """Open vault.db with nothing of this app: sqlcipher3 and the key as typed."""
    hex_key = recovery_key.replace("-", "")
    conn = sqlcipher3.connect(str(db))
    try:
        conn.execute(f"PRAGMA key = \"x'{hex_key}'\"")
        return int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
    finally:
        conn.close()


def _recovery_of(out: str) -> str:
    keys = [m.group(1) for line in out.splitlines() if (m := RECOVERY_LINE.match(line))]
    assert len(keys) == 1, out
    return keys[0]


# ---- vault recovery-key ---------------------------------------------------------------


def test_recovery_key_after_rekey_opens_vault_db_in_plain_sqlcipher(
    vault: Vault, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = vault.recovery_key()
    vault.close()
    code, out, _ = run_cli(capsys, "vault", "rekey", str(vault_path), stdin=PASSPHRASE + "\n")
    assert code == 0
    from_rekey = _recovery_of(out)

    code, out, err = run_cli(
        capsys, "vault", "recovery-key", str(vault_path), stdin=PASSPHRASE + "\n"
    )
    assert (code, err) == (0, "")
    shown = _recovery_of(out)
    assert shown == from_rekey != old
    # The same two lines, word for word, as `vault create` prints.
    _, created, _ = run_cli(
        capsys, "vault", "create", str(tmp_path / "new.mentorvault"), stdin=PASSPHRASE + "\n"
    )
    assert out.splitlines()[1:] == created.splitlines()[2:] and len(out.splitlines()) == 2

    assert _plain_sqlcipher_tables(vault_path / "vault.db", shown) > 0
    with pytest.raises(sqlcipher3.DatabaseError):
        _plain_sqlcipher_tables(vault_path / "vault.db", old)


def test_recovery_key_with_a_wrong_passphrase_is_one_line(
    vault: Vault, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.close()
    before = snapshot(vault_path)
    code, out, err = run_cli(
        capsys, "vault", "recovery-key", str(vault_path), stdin="not the passphrase\n"
    )
    assert (code, out) == (1, "")
    assert err == WRONG_PASSPHRASE
    assert snapshot(vault_path) == before


# ---- Ctrl-C during vault rekey --------------------------------------------------------


def _raise_interrupt(*args: Any, **kwargs: Any) -> Any:
    raise KeyboardInterrupt


def _after(real: Callable[..., Any]) -> Callable[..., Any]:
    """``real``, then a Ctrl-C as soon as it returns."""

    def call(*args: Any, **kwargs: Any) -> Any:
        real(*args, **kwargs)
        raise KeyboardInterrupt

    return call


class _RememberingKeychain:
    """A keychain that holds this vault's key, and is interrupted while storing the new."""

    def load(self, vault_id: str) -> bytes:
        return b"remembered"

    def store(self, vault_id: str, data_key: bytes) -> bool:
        raise KeyboardInterrupt


def _interrupt_rekey(point: str, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Arrange a Ctrl-C at ``point``; True when that point is after the database changed."""
    if point == "deriving the new key file":
        monkeypatch.setattr(KeyFile, "wrap", classmethod(_raise_interrupt))
        return False
    if point == "before PRAGMA rekey":
        monkeypatch.setattr(vault_module, "rekey_database", _raise_interrupt)
        return False
    if point == "reading the keychain":
        monkeypatch.setattr(cli, "Keychain", lambda: type("K", (), {"load": _raise_interrupt})())
        return False
    if point == "right after PRAGMA rekey":
        monkeypatch.setattr(vault_module, "rekey_database", _after(vault_module.rekey_database))
        return True
    if point == "after the key file was swapped":
        monkeypatch.setattr(vault_module, "fsync_dir", _raise_interrupt)
        return True
    if point == "storing the new key in the keychain":
        monkeypatch.setattr(cli, "Keychain", _RememberingKeychain)
        return True
    assert point == "printing the recovery key"
    monkeypatch.setattr(cli, "_print_recovery", _raise_interrupt)
    return True


@pytest.mark.parametrize(
    "point",
    [
        "deriving the new key file",
        "before PRAGMA rekey",
        "reading the keychain",
        "right after PRAGMA rekey",
        "after the key file was swapped",
        "storing the new key in the keychain",
        "printing the recovery key",
    ],
)
def test_ctrl_c_during_rekey_says_what_state_the_vault_is_in(
    point: str,
    vault: Vault,
    vault_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_mentee_with_session(vault, "Rekeyed Mentee")
    old = vault.recovery_key()
    vault.close()
    with monkeypatch.context() as patch:
        rekeyed = _interrupt_rekey(point, patch)
        code, _, err = run_cli(capsys, "vault", "rekey", str(vault_path), stdin=PASSPHRASE + "\n")
    assert code == 1 and one_error_line(err)
    assert err == (after_rekey(vault_path) if rekeyed else BEFORE_REKEY)

    # What the sentence says is so: the passphrase opens it, with the mentee...
    with Vault.open(vault_path, PASSPHRASE) as opened:
        assert opened.count_rows("mentees") == 1
        current = opened.recovery_key()
    if rekeyed:
        # ...the old recovery key no longer does, and recovery-key gives the one that does.
        with pytest.raises((WrongRecoveryKey, ForeignKeyFile)):
            Vault.open_with_recovery_key(vault_path, old)
        code, out, _ = run_cli(
            capsys, "vault", "recovery-key", str(vault_path), stdin=PASSPHRASE + "\n"
        )
        assert code == 0 and _recovery_of(out) == current != old
        assert _plain_sqlcipher_tables(vault_path / "vault.db", current) > 0
    else:
        assert current == old
        Vault.open_with_recovery_key(vault_path, old).close()
        assert not (vault_path / PENDING_KEY_NAME).exists()


# ---- vault restore: what it is about to do, and from which vault ----------------------


@pytest.fixture
def made_backup(vault: Vault) -> Path:
    add_mentee_with_session(vault, "In The Backup")
    info = backup_module.make_backup(vault)
    add_mentee_with_session(vault, "After The Backup")
    vault.close()
    return info.path


@pytest.fixture
def other_backup(tmp_path: Path) -> Path:
    """A backup of another vault (another id, another passphrase)."""
    other, _ = Vault.create(tmp_path / "other.mentorvault", OTHER_PASSPHRASE, kdf=FAST_KDF)
    with other:
        for name in ("Other One", "Other Two", "Other Three"):
            add_mentee_with_session(other, name)
        return backup_module.make_backup(other).path


def _vault_id(folder: Path) -> str:
    return KeyFile.load(folder / KEY_NAME).vault_id


def test_restore_of_its_own_backup_says_what_it_does_then_as_before(
    made_backup: Path, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(
        capsys, "vault", "restore", str(vault_path), str(made_backup), stdin=PASSPHRASE + "\n"
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    stamp = re.search(r"vault-(\d{4})(\d\d)(\d\d)-(\d\d)(\d\d)", made_backup.name)
    assert stamp
    made = "{}-{}-{} {}:{}".format(*stamp.groups())
    assert lines[0] == (
        f"About to restore backup {made_backup}, made {made}, of vault {_vault_id(vault_path)}, "
        f"into {vault_path}; its current database is kept aside in {vault_path / 'backups'}"
    )
    assert lines[1] == f"Restored {made_backup}"
    assert lines[2].startswith("The database it replaced is kept at ") and len(lines) == 3
    with Vault.open(vault_path, PASSPHRASE) as restored:
        assert restored.count_rows("mentees") == 1


def test_another_vaults_backup_is_refused_without_yes(
    made_backup: Path, other_backup: Path, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(vault_path)
    code, out, err = run_cli(
        capsys, "vault", "restore", str(vault_path), str(other_backup), stdin=OTHER_PASSPHRASE
    )
    assert code == 2 and one_error_line(err)
    assert err == (
        "mentorapp: error: that backup belongs to another vault: add --yes to restore it anyway\n"
    )
    other_id = _vault_id(other_backup.parent.parent)
    assert f"of vault {other_id}, into {vault_path}, which is vault {_vault_id(vault_path)}" in out
    assert snapshot(vault_path) == before

    code, out, err = run_cli(
        capsys,
        "vault",
        "restore",
        str(vault_path),
        str(other_backup),
        "--yes",
        stdin=OTHER_PASSPHRASE + "\n",
    )
    assert (code, err) == (0, "") and f"Restored {other_backup}" in out
    with Vault.open(vault_path, OTHER_PASSPHRASE) as restored:
        assert restored.count_rows("mentees") == 3
        assert restored.vault_id == other_id


def test_restore_into_a_folder_that_is_no_vault_needs_yes(
    made_backup: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = run_cli(
        capsys, "vault", "restore", str(empty), str(made_backup), stdin=PASSPHRASE + "\n"
    )
    assert code == 2 and one_error_line(err) and "not a vault" in err and "--yes" in err
    assert out.rstrip("\n").endswith(f"into {empty}, which is not a vault")
    assert list(empty.iterdir()) == []

    code, out, err = run_cli(
        capsys, "vault", "restore", str(empty), str(made_backup), "--yes", stdin=PASSPHRASE + "\n"
    )
    assert (code, err) == (0, "")
    with Vault.open(empty, PASSPHRASE) as restored:
        assert restored.count_rows("mentees") == 1


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("answer", ["n", "", "y"])
def test_on_a_terminal_another_vaults_backup_is_asked_about(
    answer: str,
    made_backup: Path,
    other_backup: Path,
    vault_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or answer)
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt: OTHER_PASSPHRASE)
    before = snapshot(vault_path)
    code, out, err = run_cli(
        capsys, "vault", "restore", str(vault_path), str(other_backup), stdin=_Terminal()
    )
    assert (code, err) == (0, "") and asked == ["Restore it anyway? [y/N] "]
    if answer == "y":
        assert f"Restored {other_backup}" in out
    else:
        assert out.splitlines()[-1] == "Nothing restored."
        assert snapshot(vault_path) == before


# ---- Ctrl-C during vault restore ------------------------------------------------------


def _interrupt_restore(point: str, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Arrange a Ctrl-C at ``point``; True when vault.db was already replaced."""
    if point == "verifying the backup":
        monkeypatch.setattr(backup_module, "verify", _raise_interrupt)
        return False
    if point == "just before vault.db is replaced":
        monkeypatch.setattr(backup_module, "replace_file", _raise_interrupt)
        return False
    if point == "just after vault.db was replaced":
        monkeypatch.setattr(backup_module, "replace_file", _after(backup_module.replace_file))
        return True
    assert point == "rotating the copies set aside"
    monkeypatch.setattr(backup_module, "rotate_aside", _raise_interrupt)
    return True


@pytest.mark.parametrize(
    "point",
    [
        "verifying the backup",
        "just before vault.db is replaced",
        "just after vault.db was replaced",
        "rotating the copies set aside",
    ],
)
def test_ctrl_c_during_restore_says_what_state_the_vault_is_in(
    point: str,
    made_backup: Path,
    vault_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db_before = (vault_path / "vault.db").read_bytes()
    key_before = (vault_path / KEY_NAME).read_bytes()
    with monkeypatch.context() as patch:
        restored = _interrupt_restore(point, patch)
        code, out, err = run_cli(
            capsys, "vault", "restore", str(vault_path), str(made_backup), stdin=PASSPHRASE + "\n"
        )
    assert code == 1 and one_error_line(err)
    assert out.startswith("About to restore backup ") and "Restored" not in out
    assert err == (AFTER_RESTORE if restored else BEFORE_RESTORE)
    if not restored:
        assert (vault_path / "vault.db").read_bytes() == db_before
        assert (vault_path / KEY_NAME).read_bytes() == key_before
    with Vault.open(vault_path, PASSPHRASE) as opened:
        assert opened.count_rows("mentees") == (1 if restored else 2)
