"""The key file (vault.key.json): Argon2id parameters and the wrapped data key.

Nothing in it is secret in clear. The passphrase (NFKC-normalised) goes through Argon2id
to a key-encryption key, which unwraps the 256-bit data key with AES-256-GCM. The
vault id and KDF parameters are bound to the ciphertext as associated data, so they
cannot be swapped or weakened without the unwrap failing. A key check value (an HMAC
under the data key) lets a recovery key be verified without touching the database.

The KDF parameters are used *before* anything can be authenticated: a file planted by
an attacker chooses how much memory and time the next unlock spends. So the file is
bounded before Argon2 runs (size, nesting, value types, cost, salt and nonce sizes) and
anything outside is ``KeyFileDamaged``. The bounds are the envelope ``calibrate_kdf``
has always produced (128 MiB, at most 24 passes), so every vault made keeps opening.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import math
import os
import re
import secrets
import stat
import time
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

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
_T = TypeVar("_T")


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

# What a calibrated unlock aims at, and the span it must land in on the machine that
# made (or re-tuned) the vault: DESIGN.md's "about 0.5-1 s".
KDF_TARGET_SECONDS = 0.6
KDF_BUDGET_SECONDS = (0.5, 1.0)

# The ceiling of what a key file may ask for, checked before Argon2 runs. Calibration has
# always used 128 MiB and capped the passes at 24, so no vault ever made exceeds this;
# the worst accepted file (128 MiB x 24 passes) costs about 2-3 s to try on the 2-core
# reference machine, where a calibrated unlock is 128 MiB x ~9 passes.
MAX_MEMORY_KIB = 131072
MAX_TIME_COST = 24
MAX_PARALLELISM = 16
SALT_BYTES = 16
MAX_SALT_BYTES = 64
NONCE_BYTES = 12
WRAPPED_KEY_BYTES = DATA_KEY_BYTES + 16  # AES-GCM appends a 16-byte tag
# A real key file is about 600 bytes and two levels deep.
MAX_KEY_FILE_BYTES = 16 * 1024
MAX_JSON_DEPTH = 4
_MAX_INT_DIGITS = 20
_VAULT_ID = re.compile(r"[0-9A-Za-z-]{1,64}")
_CHECK_VALUE = re.compile(r"[0-9a-f]{64}")


def kdf_in_bounds(params: KdfParams) -> bool:
    """True when Argon2id with ``params`` is safe to run on a file nobody authenticated."""
    return (
        all(type(v) is int for v in (params.memory_kib, params.time_cost, params.parallelism))
        and 1 <= params.parallelism <= MAX_PARALLELISM
        and 8 * params.parallelism <= params.memory_kib <= MAX_MEMORY_KIB
        and 1 <= params.time_cost <= MAX_TIME_COST
    )


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


def calibrate_kdf(target_seconds: float = KDF_TARGET_SECONDS) -> KdfParams:
    """Pick a cost so one derivation takes about ``target_seconds`` on this machine.

    Argon2id has a large fixed cost (allocating and filling the memory) besides the cost
    per pass, and the first call in a process is slower still: after a warm-up, time
    two pass counts and fit a line through them. Then one derivation at the chosen cost
    is timed as an unlock runs it: outside ``KDF_BUDGET_SECONDS`` (scaled with the
    target) the line is scaled to that measurement and the passes picked again, once.
    A machine too slow for the floor's passes at 128 MiB gets the floor's 64 MiB; a
    machine too slow for the floor itself gets the floor (never weaker).
    """
    low, high = (target_seconds * bound / KDF_TARGET_SECONDS for bound in KDF_BUDGET_SECONDS)
    memory = MAX_MEMORY_KIB
    _kdf_seconds(memory, 1, runs=1)  # warm-up
    one, three = _kdf_seconds(memory, 1), _kdf_seconds(memory, 3)
    per_pass = max((three - one) / 2, 1e-3)
    fixed = max(one - per_pass, 0.0)
    params = _fit(target_seconds, high, fixed, per_pass)
    took = _kdf_seconds(params.memory_kib, params.time_cost, runs=1)
    if low <= took <= high:
        return params
    took = min(took, _kdf_seconds(params.memory_kib, params.time_cost, runs=1))  # a spike?
    predicted = _predicted(params, fixed, per_pass)
    if low <= took <= high or predicted <= 0:
        return params
    scale = took / predicted  # the machine is this much slower (or faster) than the fit
    return _fit(target_seconds, high, fixed * scale, per_pass * scale)


def _predicted(params: KdfParams, fixed: float, per_pass: float) -> float:
    """The fitted line's seconds for ``params`` (both costs scale with the memory)."""
    share = params.memory_kib / MAX_MEMORY_KIB
    return (fixed + per_pass * params.time_cost) * share


def _fit(target: float, high: float, fixed: float, per_pass: float) -> KdfParams:
    """The passes at 128 MiB that take ``target`` on the line ``fixed + per_pass * t``,
    or the floor's memory when even the floor's passes at 128 MiB take over ``high``."""
    memory = MAX_MEMORY_KIB
    if fixed + per_pass * MIN_KDF.time_cost > high:
        memory = MIN_KDF.memory_kib
        share = memory / MAX_MEMORY_KIB
        fixed, per_pass = fixed * share, per_pass * share
    time_cost = math.ceil((target - fixed) / max(per_pass, 1e-6))
    clamped = min(max(time_cost, MIN_KDF.time_cost), MAX_TIME_COST)
    return KdfParams(memory_kib=memory, time_cost=clamped)


def key_check_value(data_key: bytes) -> str:
    """A value that shows a candidate key is this vault's key, without revealing it."""
    return hmac.new(data_key, _CHECK_LABEL, hashlib.sha256).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise KeyFileDamaged("field is not text")
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise KeyFileDamaged("field is not base64") from exc


def _nesting_depth(text: str) -> int:
    """How deep arrays and objects nest, counted without recursion (json.loads recurses)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_JSON_DEPTH:
                break
        elif ch in "]}":
            depth -= 1
    return deepest


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > _MAX_INT_DIGITS:
        raise KeyFileDamaged("number too long")
    return int(digits)


def _no_float(text: str) -> float:
    raise KeyFileDamaged("fractions and NaN have no place in a key file")


def _section(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise KeyFileDamaged("key file section missing")
    return value


def _typed(section: dict[str, Any], key: str, kind: type[_T]) -> _T:
    """``section[key]`` if it is exactly of ``kind`` (so ``true`` is no 1, nor 3.0 a 3)."""
    value = section.get(key)
    if type(value) is not kind:
        raise KeyFileDamaged(f"{key} missing or of the wrong type")
    return value


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
        vault_id = vault_id or str(uuid.uuid4())
        if not kdf_in_bounds(params) or not _VAULT_ID.fullmatch(vault_id):
            raise ValueError("a key file this app would refuse to load")  # a bug, not a user's
        blank = cls(
            vault_id=vault_id,
            params=params,
            salt=secrets.token_bytes(SALT_BYTES),
            nonce=secrets.token_bytes(NONCE_BYTES),
            wrapped_key=b"",
            check=key_check_value(data_key),
            created=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        kek = derive_kek(passphrase, blank.salt, params)
        wrapped = AESGCM(kek).encrypt(blank.nonce, data_key, blank._aad())
        return dataclasses.replace(blank, wrapped_key=wrapped)

    def unwrap(self, passphrase: str) -> bytes:
        """The data key; ``WrongPassphrase`` when the passphrase does not fit.

        The minimum length is for new passphrases: no key was ever wrapped under a
        shorter one, so a short passphrase typed to unlock is simply the wrong one.
        """
        try:
            kek = derive_kek(passphrase, self.salt, self.params)
        except WeakPassphrase:
            raise WrongPassphrase("the passphrase does not unwrap the data key") from None
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
        """Parse and bound a key file; ``KeyFileDamaged`` for anything outside the bounds."""
        if len(raw) > MAX_KEY_FILE_BYTES:
            raise KeyFileDamaged("key file too large")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise KeyFileDamaged("key file is not UTF-8") from exc
        if _nesting_depth(text) > MAX_JSON_DEPTH:
            raise KeyFileDamaged("key file nested too deeply")
        try:
            doc = json.loads(
                text, parse_int=_bounded_int, parse_float=_no_float, parse_constant=_no_float
            )
        except ValueError as exc:  # JSONDecodeError is a ValueError
            raise KeyFileDamaged("key file is not JSON") from exc
        doc = _section(doc)
        if doc.get("format") != FORMAT:
            raise KeyFileDamaged("not a Mentorapp key file")
        if _typed(doc, "format_version", int) != FORMAT_VERSION:
            raise KeyFileDamaged("key file format version unknown")
        kdf = _section(doc.get("kdf"))
        if kdf.get("name") != "argon2id" or _typed(kdf, "version", int) != 19:
            raise KeyFileDamaged("unknown key derivation")
        params = KdfParams(
            memory_kib=_typed(kdf, "memory_kib", int),
            time_cost=_typed(kdf, "time_cost", int),
            parallelism=_typed(kdf, "parallelism", int),
        )
        if not kdf_in_bounds(params):
            raise KeyFileDamaged("KDF parameters out of range")
        wrapped = _section(doc.get("wrapped_key"))
        salt = _unb64(kdf.get("salt"))
        nonce = _unb64(wrapped.get("nonce"))
        wrapped_key = _unb64(wrapped.get("ciphertext"))
        if not SALT_BYTES <= len(salt) <= MAX_SALT_BYTES:
            raise KeyFileDamaged("salt of the wrong length")
        if len(nonce) != NONCE_BYTES or len(wrapped_key) != WRAPPED_KEY_BYTES:
            raise KeyFileDamaged("wrapped key of the wrong length")
        vault_id = _typed(doc, "vault_id", str)
        check = _typed(_section(doc.get("key_check")), "value", str)
        created = doc.get("created", "")
        if not _VAULT_ID.fullmatch(vault_id) or not _CHECK_VALUE.fullmatch(check):
            raise KeyFileDamaged("vault id or key check malformed")
        if not isinstance(created, str) or len(created) > 64 or not created.isprintable():
            raise KeyFileDamaged("creation time malformed")
        return cls(vault_id, params, salt, nonce, wrapped_key, check, created)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Read at most a little more than the bound, from a regular file only.

        A FIFO or device planted under the key file's name would otherwise block or
        stream forever; ``O_NONBLOCK`` lets the open return so ``fstat`` can refuse it.
        """
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as exc:
            raise KeyFileDamaged("key file missing") from exc
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise KeyFileDamaged("key file is not a regular file")
            file = os.fdopen(fd, "rb")
        except BaseException:
            os.close(fd)
            raise
        with file:
            raw = file.read(MAX_KEY_FILE_BYTES + 1)
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
