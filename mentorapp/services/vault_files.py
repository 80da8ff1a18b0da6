"""What can be known of a vault folder before unlocking it, cheaply: no database code.

The first window imports only this (and Qt), so it paints before SQLAlchemy and
SQLCipher load; see ``gui/app.py``. The OS keychain is reached from here too, and
never from the caller's thread (see ``Keychain``).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from keyring.backend import KeyringBackend

from mentorapp.store.errors import KeyFileDamaged
from mentorapp.store.keychain import Keychain as OSKeychain
from mentorapp.store.keyfile import MIN_PASSPHRASE_CHARS, KeyFile
from mentorapp.store.layout import BACKUP_DIR, KEY_NAME, VAULT_SUFFIX, is_vault

log = logging.getLogger(__name__)

T = TypeVar("T")

# How long a caller waits for the keychain. A locked login keyring answers only when the
# coach answers the Secret Service's own unlock prompt, which may be never.
KEYCHAIN_TIMEOUT_S = 5.0


def vault_id_of(folder: Path) -> str | None:
    """The vault's id from its key file, or None when the key file is missing or damaged."""
    with contextlib.suppress(KeyFileDamaged):
        return KeyFile.load(folder / KEY_NAME).vault_id
    return None


def vault_name(folder: Path) -> str:
    """The name the coach gave the vault: its folder's name without ``.mentorvault``."""
    return folder.name.removesuffix(VAULT_SUFFIX) or folder.name


def default_backup_folder(vault_folder: Path) -> Path:
    """Where a vault's backups go unless the coach chose another folder."""
    return vault_folder / BACKUP_DIR


class KeychainNoAnswer(Exception):
    """The keychain did not answer in time (a prompt nobody answered, a stuck D-Bus)."""


class Keychain(OSKeychain):
    """The OS keychain, asked on a thread of its own and never waited on for long.

    Finding the backend (``keyring.get_keyring``) asks D-Bus which services run, and on a
    locked login keyring every call makes the Secret Service show its own unlock prompt
    and wait for it. So the backend is found on first use, not when this is made; each
    call runs on a daemon thread, one at a time; and the caller waits at most ``timeout``
    seconds (``ask`` then raises ``KeychainNoAnswer``, the other methods answer "no key",
    like an unusable keychain). A call left behind runs on: a prompt answered later
    still stores or forgets, and a thread that never returns does not hold up quitting.

    ``store``, ``load``, ``forget`` and ``available`` keep the contract of the keychain
    below; the base ``__init__`` is not called because it would find the backend now.
    """

    def __init__(
        self, backend: KeyringBackend | None = None, *, timeout: float = KEYCHAIN_TIMEOUT_S
    ) -> None:
        self.timeout = timeout
        self._given = backend
        self._one_at_a_time = threading.Lock()
        # A backend passed in is used as it is (tests, screenshots): nothing to find.
        self._found = OSKeychain(backend) if backend is not None else None

    @property
    def known_available(self) -> bool | None:
        """Whether a trusted keychain exists, if that is known yet (no waiting)."""
        return self._found.available if self._found is not None else None

    def ask(self, work: Callable[[OSKeychain], T]) -> T:
        """``work(keychain)`` on the keychain thread; ``KeychainNoAnswer`` after the time-out."""
        answer: list[T] = []
        error: list[BaseException] = []
        done = threading.Event()

        def run() -> None:
            try:
                with self._one_at_a_time:
                    if self._found is None:
                        self._found = OSKeychain(self._given)
                    answer.append(work(self._found))
            except BaseException as exc:  # handed to the caller below
                error.append(exc)
            finally:
                done.set()

        threading.Thread(target=run, name="keychain", daemon=True).start()
        if not done.wait(self.timeout):
            log.warning("the keychain did not answer within %.1f s", self.timeout)
            raise KeychainNoAnswer
        if error:
            raise error[0]
        return answer[0]

    @property
    def available(self) -> bool:
        known = self.known_available
        if known is not None:
            return known
        with contextlib.suppress(KeychainNoAnswer):
            return self.ask(lambda k: k.available)
        return False

    def store(self, vault_id: str, data_key: bytes) -> bool:
        with contextlib.suppress(KeychainNoAnswer):
            return self.ask(lambda k: k.store(vault_id, data_key))
        return False

    def load(self, vault_id: str) -> bytes | None:
        with contextlib.suppress(KeychainNoAnswer):
            return self.ask(lambda k: k.load(vault_id))
        return None

    def forget(self, vault_id: str) -> None:
        with contextlib.suppress(KeychainNoAnswer):
            self.ask(lambda k: k.forget(vault_id))


def ask_keychain(keychain: OSKeychain, work: Callable[[OSKeychain], T]) -> T:
    """``work(keychain)``, bounded by the time-out when the keychain has one (``Keychain``)."""
    if isinstance(keychain, Keychain):
        return keychain.ask(work)
    return work(keychain)


def keychain_known(keychain: OSKeychain) -> bool | None:
    """Whether ``keychain`` is usable, if that is known without asking the OS."""
    if isinstance(keychain, Keychain):
        return keychain.known_available
    return keychain.available


__all__ = [
    "KEYCHAIN_TIMEOUT_S",
    "MIN_PASSPHRASE_CHARS",
    "VAULT_SUFFIX",
    "Keychain",
    "KeychainNoAnswer",
    "OSKeychain",
    "ask_keychain",
    "default_backup_folder",
    "is_vault",
    "keychain_known",
    "vault_id_of",
    "vault_name",
]
