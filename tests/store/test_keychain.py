"""Keychain: only OS-encrypted keyring backends may hold a vault's data key."""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import keyring
import keyring.backends.fail
import keyring.backends.SecretService
import keyring.core
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.compat import properties
from keyrings.alt.file import PlaintextKeyring

from mentorapp.store.keychain import SERVICE, Keychain, is_trusted_backend

REPO = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("secret_service_probe.py")
KEY = bytes(range(32))
VAULT = "vault-1234"


class DictSecretService(keyring.backends.SecretService.Keyring):
    """A SecretService-class keyring that keeps secrets in a dict (no D-Bus).

    Keychain trusts a backend by the *module* its class is defined in. A class defined
    here would have __module__ == "tests.store.test_keychain" and be refused, so we say
    explicitly that it stands in for the Secret Service backend.
    """

    __module__ = "keyring.backends.SecretService"

    @properties.classproperty
    def priority(cls) -> float:
        # Never viable for keyring's own discovery, so no other test's default keyring
        # can silently become this double (every subclass is registered globally).
        raise RuntimeError("test double; only used when passed in explicitly")

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}
        self.locked = False

    def _check(self) -> None:
        if self.locked:
            raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("No such password!")


def fixed_chainer(*members: KeyringBackend) -> ChainerBackend:
    """A ChainerBackend over exactly these members (not the ones keyring discovers)."""

    class FixedChainer(ChainerBackend):
        backends: ClassVar[list[KeyringBackend]] = list(members)  # shadows the property

    return FixedChainer()


def leaks_key(path: Path) -> bool:
    """Whether a keyrings.alt file holds KEY in any form it could store it in."""
    if not path.exists():
        return False
    text = "".join(path.read_text(encoding="utf-8").split())  # base64 is line-wrapped
    forms = (KEY.hex(), base64.b64encode(KEY.hex().encode()).decode(), KEY.hex().upper())
    if any(form in text for form in forms):
        return True
    reader = PlaintextKeyring()
    reader.file_path = str(path)
    return reader.get_password(SERVICE, VAULT) is not None


@pytest.fixture(autouse=True)
def _restore_default_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """keyring.set_keyring() in a test is undone afterwards."""
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)


@pytest.fixture
def plaintext(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")  # instance-level override
    yield backend


# --- a. a real Secret Service -------------------------------------------------------


def test_real_secret_service_round_trip(tmp_path: Path) -> None:
    """gnome-keyring on a private session bus: store, load, forget for real.

    Fails (never skips) when dbus-run-session or gnome-keyring-daemon is missing:
    `make test` installs them (tools/system_deps.sh test).
    """
    dbus_run_session = shutil.which("dbus-run-session")
    assert dbus_run_session, "dbus-run-session missing: run tools/system_deps.sh test"
    assert shutil.which("gnome-keyring-daemon"), (
        "gnome-keyring-daemon missing: run tools/system_deps.sh test"
    )

    home = tmp_path / "home"
    runtime = tmp_path / "run"
    for d in (home, tmp_path / "data", tmp_path / "config", tmp_path / "cache", runtime):
        d.mkdir()
    runtime.chmod(0o700)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DBUS_", "GNOME_KEYRING", "XDG_", "KEYRING_", "SSH_AUTH"))
        and k not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHON_KEYRING_BACKEND")
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_RUNTIME_DIR=str(runtime),
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    )

    done = subprocess.run(
        [dbus_run_session, "--", sys.executable, str(PROBE)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    report = f"stdout:\n{done.stdout}\nstderr:\n{done.stderr}"
    assert done.returncode == 0, report
    assert "SECRET_SERVICE_PROBE OK" in done.stdout.splitlines()[-1], report
    # The login keyring was created in the throw-away data dir, not in the real home.
    assert (tmp_path / "data" / "keyrings" / "login.keyring").is_file(), report


# --- b. the fail backend ------------------------------------------------------------


def test_fail_backend_is_refused() -> None:
    chain = Keychain(keyring.backends.fail.Keyring())
    assert chain.available is False
    assert chain.store(VAULT, KEY) is False
    assert chain.load(VAULT) is None
    chain.forget(VAULT)  # no error


def test_default_keyring_is_used_and_fail_is_refused() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    chain = Keychain()
    assert chain.available is False
    assert chain.store(VAULT, KEY) is False
    assert chain.load(VAULT) is None
    chain.forget(VAULT)


# --- c. a plain-text file keyring ---------------------------------------------------


def test_plaintext_backend_is_refused(plaintext: PlaintextKeyring) -> None:
    chain = Keychain(plaintext)
    assert chain.available is False
    assert chain.store(VAULT, KEY) is False
    assert chain.load(VAULT) is None
    chain.forget(VAULT)
    assert not leaks_key(Path(plaintext.file_path))


def test_plaintext_backend_would_leak_the_key(tmp_path: Path) -> None:
    """Control for the test above: used directly, this backend does write the key (as
    base64 of the hex), so leaks_key() is a check that can fail."""
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "direct.cfg")
    backend.set_password(SERVICE, VAULT, KEY.hex())
    assert leaks_key(Path(backend.file_path))


# --- d. chainers and trust ----------------------------------------------------------


def test_trust_is_by_backend_module(plaintext: PlaintextKeyring) -> None:
    assert is_trusted_backend(DictSecretService())
    assert not is_trusted_backend(keyring.backends.fail.Keyring())
    assert not is_trusted_backend(plaintext)
    assert not is_trusted_backend(fixed_chainer(DictSecretService()))


def test_trusted_double_round_trip() -> None:
    backend = DictSecretService()
    chain = Keychain(backend)
    assert chain.available is True
    assert chain.store(VAULT, KEY) is True
    assert backend.secrets == {(SERVICE, VAULT): KEY.hex()}
    assert chain.load(VAULT) == KEY
    assert chain.load("other-vault") is None
    chain.forget(VAULT)
    assert chain.load(VAULT) is None
    chain.forget(VAULT)  # a missing entry is no error


def test_chainer_picks_the_trusted_member(plaintext: PlaintextKeyring) -> None:
    trusted = DictSecretService()
    chainer = fixed_chainer(keyring.backends.fail.Keyring(), plaintext, trusted)
    keyring.set_keyring(chainer)
    chain = Keychain()
    assert chain.available is True
    assert chain.store(VAULT, KEY) is True
    assert trusted.secrets == {(SERVICE, VAULT): KEY.hex()}
    assert not Path(plaintext.file_path).exists()  # nothing went to the untrusted one
    assert Keychain(chainer).load(VAULT) == KEY
    chain.forget(VAULT)
    assert trusted.secrets == {}


def test_chainer_of_untrusted_members_is_refused(plaintext: PlaintextKeyring) -> None:
    chain = Keychain(fixed_chainer(keyring.backends.fail.Keyring(), plaintext))
    assert chain.available is False
    assert chain.store(VAULT, KEY) is False
    assert chain.load(VAULT) is None
    chain.forget(VAULT)
    assert not Path(plaintext.file_path).exists()


def test_empty_chainer_is_refused() -> None:
    assert Keychain(fixed_chainer()).available is False


# --- a trusted keychain that fails at run time --------------------------------------


def test_locked_trusted_backend_degrades_to_no_key() -> None:
    """A locked collection (user dismissed the prompt) loses nothing: False / None."""
    backend = DictSecretService()
    chain = Keychain(backend)
    assert chain.store(VAULT, KEY) is True
    backend.locked = True
    assert chain.store(VAULT, bytes(32)) is False
    assert chain.load(VAULT) is None
    chain.forget(VAULT)  # logged, not raised
    backend.locked = False
    assert chain.load(VAULT) == KEY


def test_malformed_stored_value_is_no_key() -> None:
    backend = DictSecretService()
    chain = Keychain(backend)
    backend.secrets[(SERVICE, VAULT)] = "not hex"
    assert chain.load(VAULT) is None
    backend.secrets[(SERVICE, VAULT)] = bytes(16).hex()  # wrong length
    assert chain.load(VAULT) is None
