"""A re-key is believed only once the new key is seen to open every page.

On a nearly full disk ``PRAGMA rekey`` answered "ok" although it had failed; the new key
file was then promoted and the vault opened with neither key. Now the new key must open
the database and pass ``cipher_integrity_check`` before its key file replaces the old
one; if not, the vault keeps opening with the old key, no ``.pending`` file is left, and
the cause is raised as a typed error (no traceback on the command line).
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from mentorapp import cli
from mentorapp.store import vault as vault_module
from mentorapp.store.errors import DiskFull, VaultError
from mentorapp.store.vault import DB_NAME, KEY_NAME, PENDING_KEY_NAME, Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session

CHILD = Path(__file__).with_name("rekey_child.py")


@pytest.fixture
def filled(vault: Vault) -> Vault:
    for i in range(30):
        add_mentee_with_session(vault, name=f"Mentee {i}", private="notitie " * 300)
    return vault


def _says_ok_but_does_nothing(conn: Any, new_key: Any) -> None:
    """What SQLCipher did on the full disk: answer "ok" and leave the old key in place."""


def _assert_old_key_still_works(vault: Vault, key_file: bytes, recovery: str) -> None:
    folder = vault.folder
    assert not (folder / PENDING_KEY_NAME).exists()
    assert (folder / KEY_NAME).read_bytes() == key_file
    # The open vault goes on working with the old key...
    add_mentee_with_session(vault, name="Na de mislukte re-key")
    vault.close()
    # ...and the passphrase and the old recovery key open it, healthy and complete.
    with Vault.open(folder, PASSPHRASE) as reopened:
        assert reopened.check().ok
        assert reopened.count_rows("mentees") == 31
    Vault.open_with_recovery_key(folder, recovery).close()


def test_a_rekey_that_did_not_take_keeps_the_old_key(
    filled: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file = (filled.folder / KEY_NAME).read_bytes()
    recovery = filled.recovery_key()
    monkeypatch.setattr(vault_module, "rekey_database", _says_ok_but_does_nothing)

    with pytest.raises(VaultError) as caught:
        filled.rekey(PASSPHRASE, kdf=FAST_KDF)

    assert "old key" in str(caught.value)
    _assert_old_key_still_works(filled, key_file, recovery)


def test_a_rekey_stopped_by_a_full_disk_says_disk_full(
    filled: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file = (filled.folder / KEY_NAME).read_bytes()
    recovery = filled.recovery_key()
    monkeypatch.setattr(vault_module, "rekey_database", _says_ok_but_does_nothing)
    room = iter([1 << 40])  # room enough when it starts, none by the time it is checked

    monkeypatch.setattr(vault_module, "_free_bytes", lambda folder: next(room, 0))

    with pytest.raises(DiskFull):
        filled.rekey(PASSPHRASE, kdf=FAST_KDF)

    _assert_old_key_still_works(filled, key_file, recovery)


def test_a_rekey_is_refused_up_front_when_the_disk_has_no_room(
    filled: Vault, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = filled.folder
    filled.close()
    key_file = (folder / KEY_NAME).read_bytes()
    db = (folder / DB_NAME).read_bytes()
    monkeypatch.setattr(vault_module, "_free_bytes", lambda folder: 1 << 20)

    code = cli.main(["vault", "rekey", str(folder)], stdin=io.StringIO(PASSPHRASE + "\n"))

    _, err = capsys.readouterr()
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert "disk is full" in err
    assert (folder / KEY_NAME).read_bytes() == key_file
    assert (folder / DB_NAME).read_bytes() == db
    assert not (folder / PENDING_KEY_NAME).exists()


def test_a_real_write_failure_during_rekey_keeps_the_old_key(filled: Vault) -> None:
    """In a child process whose file size limit stops SQLite writing the re-keyed pages."""
    folder = filled.folder
    key_file = (folder / KEY_NAME).read_bytes()
    recovery = filled.recovery_key()
    filled.close()

    done = subprocess.run(
        [sys.executable, str(CHILD), str(folder)],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )

    # SQLCipher said "ok"; the verification saw the new key open nothing. The cause SQLite
    # swallowed is not knowable, and the disk itself has room: the plain "did not take".
    assert done.stdout.strip() == "error RekeyFailed", done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert not (folder / PENDING_KEY_NAME).exists()
    assert (folder / KEY_NAME).read_bytes() == key_file
    with Vault.open(folder, PASSPHRASE) as reopened:
        assert reopened.check().ok
        assert reopened.count_rows("mentees") == 30
    Vault.open_with_recovery_key(folder, recovery).close()


def test_a_rekey_that_works_is_verified_and_promoted(filled: Vault) -> None:
    old_recovery = filled.recovery_key()
    new_recovery = filled.rekey(PASSPHRASE, kdf=FAST_KDF)
    assert new_recovery != old_recovery
    assert not (filled.folder / PENDING_KEY_NAME).exists()
    add_mentee_with_session(filled, name="Na de re-key")
    folder = filled.folder
    filled.close()
    Vault.open_with_recovery_key(folder, new_recovery).close()
    with Vault.open(folder, PASSPHRASE) as reopened:
        assert reopened.count_rows("mentees") == 31


@pytest.mark.parametrize("after_the_pragma", [False, True])
def test_ctrl_c_during_a_rekey_leaves_one_key_that_opens(
    filled: Vault, monkeypatch: pytest.MonkeyPatch, after_the_pragma: bool
) -> None:
    folder = filled.folder
    real = vault_module.rekey_database

    def interrupted(conn: Any, new_key: Any) -> None:
        if after_the_pragma:
            real(conn, new_key)
        raise KeyboardInterrupt

    monkeypatch.setattr(vault_module, "rekey_database", interrupted)
    key_file = (folder / KEY_NAME).read_bytes()

    with pytest.raises(KeyboardInterrupt):
        filled.rekey(PASSPHRASE, kdf=FAST_KDF)

    assert not (folder / PENDING_KEY_NAME).exists()
    # The key file fits what the database has: changed exactly when the re-key took.
    assert ((folder / KEY_NAME).read_bytes() != key_file) is after_the_pragma
    add_mentee_with_session(filled, name="Na de onderbreking")
    filled.close()
    with Vault.open(folder, PASSPHRASE) as reopened:
        assert reopened.check().ok and reopened.count_rows("mentees") == 31
