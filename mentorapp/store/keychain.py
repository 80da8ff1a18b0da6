"""Opt-in cache of a vault's data key in the operating system's keychain.

Only backends that keep secrets encrypted by the OS are used (Secret Service, KWallet,
macOS Keychain, Windows Credential Locker). Plain-text, null and fail backends are
refused: then nothing is stored and the vault opens by passphrase as always. Losing the
keychain entry loses nothing.
"""

from __future__ import annotations

import binascii
import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "Mentorapp vault"
_TRUSTED_MODULES = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
)


def is_trusted_backend(backend: KeyringBackend) -> bool:
    """True when the backend keeps secrets encrypted by the operating system."""
    module = type(backend).__module__
    return any(module == m or module.startswith(m + ".") for m in _TRUSTED_MODULES)


def _usable_backend(backend: KeyringBackend) -> KeyringBackend | None:
    """The trusted backend to use, looking inside a chainer; None if there is none."""
    inner = getattr(backend, "backends", None)
    if inner is not None:  # ChainerBackend: use the first trusted member
        for member in inner:
            if is_trusted_backend(member):
                return member  # type: ignore[no-any-return]
        return None
    return backend if is_trusted_backend(backend) else None


class Keychain:
    """Store, load and forget data keys by vault id in a trusted OS keychain."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = _usable_backend(backend if backend is not None else keyring.get_keyring())

    @property
    def available(self) -> bool:
        return self._backend is not None

    def store(self, vault_id: str, data_key: bytes) -> bool:
        """Remember the key; False (and nothing stored) when no trusted backend works."""
        if self._backend is None:
            return False
        try:
            self._backend.set_password(SERVICE, vault_id, data_key.hex())
        except keyring.errors.KeyringError as exc:
            log.warning("keychain store failed: %s", type(exc).__name__)
            return False
        return True

    def load(self, vault_id: str) -> bytes | None:
        """The remembered key, or None when there is none or the keychain is unusable."""
        if self._backend is None:
            return None
        try:
            value = self._backend.get_password(SERVICE, vault_id)
        except keyring.errors.KeyringError as exc:
            log.warning("keychain load failed: %s", type(exc).__name__)
            return None
        if not value:
            return None
        try:
            key = bytes.fromhex(value)
        except (ValueError, binascii.Error):
            return None
        return key if len(key) == 32 else None

    def forget(self, vault_id: str) -> None:
        """Remove the remembered key; a missing entry is not an error."""
        if self._backend is None:
            return
        try:
            self._backend.delete_password(SERVICE, vault_id)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            log.warning("keychain forget failed: %s", type(exc).__name__)
