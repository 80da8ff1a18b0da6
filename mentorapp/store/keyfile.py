"""The key file (vault.key.json): Argon2id parameters and the wrapped data key.

Nothing in it is secret in clear. The passphrase (NFKC-normalised) goes through Argon2id
to a key-encryption key, which unwraps the 256-bit data key with AES-256-GCM. The
vault id and KDF parameters are bound to the ciphertext as associated data, so they
cannot be swapped or weakened without the unwrap failing. A key check value (an HMAC
under the data key) lets a recovery key be verified without touching the database.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import math
import os
import secrets
import time
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mentorapp.store.atomic import atomic_write_bytes
from mentorapp.store.errors import KeyFileDamaged, WeakPassphrase, WrongPassphrase

FORMAT = "mentorapp-vault-key"
FORMAT_VERSION = 1
MIN_PASSPHRASE_CHARS = 12
DATA_KEY_BYTES = 32
_CHECK_LABEL = b"mentorapp key check v1"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, stored with the vault so old vaults keep opening."""

    memory_kib: int = 131072
    time_cost: int = 3
    parallelism: int = 4

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "version": 19,
            "memory_kib": self.memory_kib,
            "time_cost": self.time_cost,
            "parallelism": self.parallelism,
        }


# The floor: never weaker than DESIGN.md's starting point, however fast the machine.
MIN_KDF = KdfParams(memory_kib=65536, time_cost=3, parallelism=4)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFKC-normalise and encode; refuse passphrases shorter than the minimum."""
    normal = unicodedata.normalize("NFKC", passphrase)
    if len(normal) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase(f"passphrase shorter than {MIN_PASSPHRASE_CHARS} characters")
    return normal.encode("utf-8")


def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id: passphrase -> 256-bit key-encryption key."""
    return hash_secret_raw(
        secret=normalise_passphrase(passphrase),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _kdf_seconds(memory_kib: int, time_cost: int, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        hash_secret_raw(b"calibration", b"0" * 16, time_cost, memory_kib, 4, 32, Type.ID)
        best = min(best, time.perf_counter() - started)
    return best


def calibrate_kdf(target_seconds: float = 0.6) -> KdfParams:
    """Pick a time cost so one derivation takes about ``target_seconds`` on this machine.

    Argon2id has a large fixed cost (allocating and filling the memory) besides the cost
    per pass, and the first call in a process is slower still: after a warm-up, time
    two pass counts and fit a line through them.
    """
    memory = 131072
    _kdf_seconds(memory, 1, runs=1)  # warm-up
    one, three = _kdf_seconds(memory, 1), _kdf_seconds(memory, 3)
    per_pass = max((three - one) / 2, 1e-3)
    fixed = max(one - per_pass, 0.0)
    time_cost = math.ceil((target_seconds - fixed) / per_pass)
    return KdfParams(memory_kib=memory, time_cost=min(max(time_cost, MIN_KDF.time_cost), 24))


def key_check_value(data_key: bytes) -> str:
    """A value that shows a candidate key is this vault's key, without revealing it."""
    return hmac.new(data_key, _CHECK_LABEL, hashlib.sha256).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise KeyFileDamaged("field is not text")
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise KeyFileDamaged("field is not base64") from exc


@dataclass(frozen=True)
class KeyFile:
    """The parsed contents of vault.key.json."""

    vault_id: str
    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    check: str
    created: str

    def _aad(self) -> bytes:
        return json.dumps(
            {"format": FORMAT, "vault_id": self.vault_id, "kdf": self.params.to_json()},
            sort_keys=True,
        ).encode("utf-8")

    @classmethod
    def wrap(
        cls,
        data_key: bytes,
        passphrase: str,
        vault_id: str | None = None,
        params: KdfParams | None = None,
    ) -> KeyFile:
        """Wrap ``data_key`` under a fresh salt and nonce for ``passphrase``."""
        params = params or calibrate_kdf()
        blank = cls(
            vault_id=vault_id or str(uuid.uuid4()),
            params=params,
            salt=secrets.token_bytes(16),
            nonce=secrets.token_bytes(12),
            wrapped_key=b"",
            check=key_check_value(data_key),
            created=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        kek = derive_kek(passphrase, blank.salt, params)
        wrapped = AESGCM(kek).encrypt(blank.nonce, data_key, blank._aad())
        return dataclasses.replace(blank, wrapped_key=wrapped)

    def unwrap(self, passphrase: str) -> bytes:
        """The data key; ``WrongPassphrase`` when the passphrase does not fit."""
        kek = derive_kek(passphrase, self.salt, self.params)
        try:
            key = AESGCM(kek).decrypt(self.nonce, self.wrapped_key, self._aad())
        except InvalidTag as exc:
            raise WrongPassphrase("the passphrase does not unwrap the data key") from exc
        if len(key) != DATA_KEY_BYTES:
            raise KeyFileDamaged("data key of the wrong length")
        return key

    def matches(self, data_key: bytes) -> bool:
        """True when ``data_key`` is the key this file wraps (by its check value)."""
        return hmac.compare_digest(self.check, key_check_value(data_key))

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "created": self.created,
            "kdf": {**self.params.to_json(), "salt": _b64(self.salt)},
            "wrapped_key": {
                "alg": "AES-256-GCM",
                "nonce": _b64(self.nonce),
                "ciphertext": _b64(self.wrapped_key),
            },
            "key_check": {"alg": "HMAC-SHA256", "value": self.check},
        }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc["format"] != FORMAT:
                raise KeyFileDamaged("not a Mentorapp key file")
            if doc["format_version"] != FORMAT_VERSION:
                raise KeyFileDamaged("key file format version unknown")
            kdf = doc["kdf"]
            if kdf["name"] != "argon2id" or kdf["version"] != 19:
                raise KeyFileDamaged("unknown key derivation")
            params = KdfParams(
                memory_kib=int(kdf["memory_kib"]),
                time_cost=int(kdf["time_cost"]),
                parallelism=int(kdf["parallelism"]),
            )
            if params.memory_kib < 8 or params.time_cost < 1 or params.parallelism < 1:
                raise KeyFileDamaged("KDF parameters out of range")
            return cls(
                vault_id=str(doc["vault_id"]),
                params=params,
                salt=_unb64(kdf["salt"]),
                nonce=_unb64(doc["wrapped_key"]["nonce"]),
                wrapped_key=_unb64(doc["wrapped_key"]["ciphertext"]),
                check=str(doc["key_check"]["value"]),
                created=str(doc.get("created", "")),
            )
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise KeyFileDamaged("key file unreadable") from exc

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise KeyFileDamaged("key file missing") from exc
        return cls.from_bytes(raw)

    def save(self, path: Path) -> None:
        atomic_write_bytes(path, self.to_bytes())


def new_data_key() -> bytes:
    """A fresh random 256-bit data key."""
    return os.urandom(DATA_KEY_BYTES)


def format_recovery_key(data_key: bytes) -> str:
    """The data key as 64 upper-case hex digits in groups of four, for reading aloud."""
    digits = data_key.hex().upper()
    return "-".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def parse_recovery_key(text: str) -> bytes | None:
    """The data key from a typed recovery key (any case, spaces or dashes); None if bad."""
    cleaned = "".join(ch for ch in text if ch not in " -\t\r\n")
    if cleaned.lower().startswith("x'") and cleaned.endswith("'"):
        cleaned = cleaned[2:-1]
    if len(cleaned) != DATA_KEY_BYTES * 2:
        return None
    try:
        return bytes.fromhex(cleaned)
    except ValueError:
        return None
