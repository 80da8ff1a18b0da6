"""Round-trip a data key through Keychain against a REAL Secret Service (gnome-keyring).

Run by tests/store/test_keychain.py as

    dbus-run-session -- <venv python> tests/store/secret_service_probe.py

with HOME and XDG_* pointing into a throw-away directory. dbus-run-session gives us a
private session bus that dies with this process; on it we start gnome-keyring-daemon
headless:

1. ``gnome-keyring-daemon --unlock --components=secrets`` with the login password on
   stdin starts the daemon, creates the "login" keyring under $XDG_DATA_HOME/keyrings
   (it is the default collection) and unlocks it - no prompter needed;
2. ``gnome-keyring-daemon --start --components=secrets`` then finds that daemon and
   initialises it (it prints the GNOME_KEYRING_CONTROL socket, which we export).

Prints one line starting with ``SECRET_SERVICE_PROBE OK`` and exits 0 on success;
otherwise prints ``SECRET_SERVICE_PROBE FAIL: <why>`` and exits 1.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run as a script: make the source tree importable
    sys.path.insert(0, str(REPO))

BUS_NAME = "org.freedesktop.secrets"
LOGIN_PASSWORD = b"probe-login-password"
VAULT_ID = "probe-vault-0001"


class ProbeError(Exception):
    pass


def _check_isolated() -> None:
    """Refuse to run against the real home folder or the user's session bus."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        raise ProbeError("no session bus: run me under dbus-run-session")
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_RUNTIME_DIR"):
        if not os.environ.get(var):
            raise ProbeError(f"{var} must be set to a throw-away directory")
    real_home = Path(pwd.getpwuid(os.getuid()).pw_dir).resolve()
    if Path(os.environ["HOME"]).resolve() == real_home:
        raise ProbeError(f"HOME is the real home folder {real_home}")
    if Path(os.environ["XDG_DATA_HOME"]).resolve() == real_home / ".local" / "share":
        raise ProbeError("XDG_DATA_HOME is the real one: the login keyring would be touched")


def _export(output: str) -> None:
    """Export the VAR=value lines gnome-keyring-daemon prints (GNOME_KEYRING_CONTROL...)."""
    for line in output.splitlines():
        name, sep, value = line.partition("=")
        if sep and name.isidentifier() and name.isupper():
            os.environ[name] = value


def _daemon(*args: str, stdin: bytes = b"") -> None:
    cmd = ["gnome-keyring-daemon", *args]
    try:
        done = subprocess.run(cmd, input=stdin, capture_output=True, timeout=30, check=False)
    except FileNotFoundError as exc:
        raise ProbeError("gnome-keyring-daemon not installed (make test installs it)") from exc
    if done.returncode != 0:
        err = done.stderr.decode(errors="replace").strip()
        raise ProbeError(f"{' '.join(cmd)} exited {done.returncode}: {err}")
    _export(done.stdout.decode(errors="replace"))


def start_keyring() -> int:
    """Start and unlock gnome-keyring on this bus; the daemon's pid."""
    import secretstorage
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import Proxy

    _daemon("--unlock", "--components=secrets", stdin=LOGIN_PASSWORD)
    _daemon("--start", "--components=secrets")

    conn = secretstorage.dbus_init()
    try:
        bus = Proxy(message_bus, conn)
        deadline = time.monotonic() + 20
        while not bus.NameHasOwner(BUS_NAME)[0]:
            if time.monotonic() > deadline:
                raise ProbeError(f"{BUS_NAME} never appeared on the session bus")
            time.sleep(0.1)
        pid = int(bus.GetConnectionUnixProcessID(BUS_NAME)[0])
        collection = secretstorage.get_default_collection(conn)
        if collection.is_locked():
            raise ProbeError("the login collection is still locked")
    finally:
        conn.close()
    return pid


def stored_items(vault_id: str) -> int:
    """How many items gnome-keyring itself holds for the vault (bypassing keyring)."""
    import secretstorage

    from mentorapp.store.keychain import SERVICE

    conn = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(conn)
        found = collection.search_items({"service": SERVICE, "username": vault_id})
        return sum(1 for _ in found)
    finally:
        conn.close()


def round_trip() -> str:
    import keyring
    import keyring.backends.SecretService

    from mentorapp.store.keychain import Keychain

    keyring.set_keyring(keyring.backends.SecretService.Keyring())
    chain = Keychain()
    if not chain.available:
        raise ProbeError("Keychain().available is False with the SecretService backend")
    key = secrets.token_bytes(32)
    if chain.load(VAULT_ID) is not None:
        raise ProbeError("a fresh keyring already has a key")
    if chain.store(VAULT_ID, key) is not True:
        raise ProbeError("store() did not return True")
    if stored_items(VAULT_ID) != 1:
        raise ProbeError("store() returned True but gnome-keyring holds no item")
    if Keychain().load(VAULT_ID) != key:
        raise ProbeError("load() did not return the stored 32 bytes")
    chain.forget(VAULT_ID)
    if Keychain().load(VAULT_ID) is not None:
        raise ProbeError("load() after forget() is not None")
    if stored_items(VAULT_ID) != 0:
        raise ProbeError("forget() left the item in gnome-keyring")
    chain.forget(VAULT_ID)  # forgetting twice is no error
    return "store/load/forget round trip via gnome-keyring"


def main() -> int:
    daemon_pid = 0
    try:
        _check_isolated()
        daemon_pid = start_keyring()
        detail = round_trip()
    except ProbeError as exc:
        print(f"SECRET_SERVICE_PROBE FAIL: {exc}", flush=True)
        return 1
    except Exception as exc:  # anything else is a failure too, with its type
        print(f"SECRET_SERVICE_PROBE FAIL: {type(exc).__name__}: {exc}", flush=True)
        return 1
    finally:
        if daemon_pid > 0:  # it would exit with the bus anyway; do not leave it behind
            with contextlib.suppress(ProcessLookupError):
                os.kill(daemon_pid, signal.SIGTERM)
    print(f"SECRET_SERVICE_PROBE OK: {detail}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
