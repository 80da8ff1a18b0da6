"""A key file planted on purpose: every field fuzzed, each answered with KeyFileDamaged, fast.

The KDF parameters are read before anything can be authenticated, so a hostile file
chooses what the next unlock costs. These cases (a table, then hypothesis) show that
nothing outside the bounds reaches Argon2, that nothing but ``KeyFileDamaged`` comes
out, that the folder is untouched, and that the worst file still accepted costs seconds.
"""

from __future__ import annotations

import base64
import copy
import io
import json
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentorapp import cli, cli_messages
from mentorapp.store import keyfile
from mentorapp.store.errors import KeyFileDamaged, WrongPassphrase
from mentorapp.store.keyfile import (
    MAX_KEY_FILE_BYTES,
    MAX_MEMORY_KIB,
    MAX_PARALLELISM,
    MAX_TIME_COST,
    MIN_KDF,
    KdfParams,
    KeyFile,
    kdf_in_bounds,
    new_data_key,
)
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, snapshot

# A key file written by the app before the bounds existed (commit f61fb8c), with the most
# costly parameters calibration ever chose (24 passes of 128 MiB): it must keep opening.
LEGACY_MAX_COST = b"""{
  "created": "2026-11-30T07:50:54+00:00",
  "format": "mentorapp-vault-key",
  "format_version": 1,
  "kdf": {
    "memory_kib": 131072,
    "name": "argon2id",
    "parallelism": 4,
    "salt": "laj+QkD7QJn6p4zd5CdH9w==",
    "time_cost": 24,
    "version": 19
  },
  "key_check": {
    "alg": "HMAC-SHA256",
    "value": "dee54e9cb210e950da0e4971148317e630b5cb7d167eb5b67d0722ddbbe62851"
  },
  "vault_id": "68cb3749-631b-44f5-b101-d438fa4ff8fd",
  "wrapped_key": {
    "alg": "AES-256-GCM",
    "ciphertext": "6JWrDgX4pfTcNJ9jebCpEXe018YPhTIFURlezWjBdTjGBd8mCKMZZrUcH/GMGxdp",
    "nonce": "fooOe3veq/lIste/"
  }
}
"""
LEGACY_DATA_KEY = bytes(range(32))
# What one case may cost; the whole table is checked against a total too.
CASE_SECONDS = 5.0

Doc = dict[str, Any]


def _valid_doc() -> Doc:
    doc: Doc = json.loads(KeyFile.wrap(new_data_key(), PASSPHRASE, params=FAST_KDF).to_bytes())
    return doc


BASE_DOC = _valid_doc()


def _set(path: str, value: object) -> Callable[[Doc], Doc]:
    """A mutation: ``path`` (``kdf.time_cost``) set to ``value``."""

    def mutate(doc: Doc) -> Doc:
        *parents, last = path.split(".")
        node = doc
        for name in parents:
            node = node[name]
        node[last] = value
        return doc

    return mutate


def _drop(path: str) -> Callable[[Doc], Doc]:
    def mutate(doc: Doc) -> Doc:
        *parents, last = path.split(".")
        node = doc
        for name in parents:
            node = node[name]
        del node[last]
        return doc

    return mutate


def _b64(size: int) -> str:
    return base64.b64encode(b"\x01" * size).decode()


def _nested(depth: int) -> object:
    value: object = 1
    for _ in range(depth):
        value = [value]
    return value


# Mutations of a valid document: the KDF costs first (huge values prove the bound), then
# value types, sizes and structure.
FIELD_CASES: dict[str, Callable[[Doc], Doc]] = {
    "time_cost 100000 (the hang)": _set("kdf.time_cost", 100_000),
    "time_cost one past the bound": _set("kdf.time_cost", MAX_TIME_COST + 1),
    "time_cost 2**32": _set("kdf.time_cost", 2**32),
    "time_cost 2**64": _set("kdf.time_cost", 2**64),
    "time_cost 0": _set("kdf.time_cost", 0),
    "time_cost -1": _set("kdf.time_cost", -1),
    "time_cost as text": _set("kdf.time_cost", "3"),
    "time_cost as float": _set("kdf.time_cost", 3.0),
    "time_cost true": _set("kdf.time_cost", True),
    "time_cost null": _set("kdf.time_cost", None),
    "time_cost missing": _drop("kdf.time_cost"),
    "memory one past the bound": _set("kdf.memory_kib", MAX_MEMORY_KIB + 1),
    "memory 4 TiB": _set("kdf.memory_kib", 2**32),
    "memory 2**63": _set("kdf.memory_kib", 2**63),
    "memory 10**30": _set("kdf.memory_kib", 10**30),
    "memory 7 KiB": _set("kdf.memory_kib", 7),
    "memory 0": _set("kdf.memory_kib", 0),
    "memory negative": _set("kdf.memory_kib", -131072),
    "memory as list": _set("kdf.memory_kib", [131072]),
    "memory as object": _set("kdf.memory_kib", {"kib": 1024}),
    "parallelism one past the bound": _set("kdf.parallelism", MAX_PARALLELISM + 1),
    "parallelism 2**24": _set("kdf.parallelism", 2**24),
    "parallelism 0": _set("kdf.parallelism", 0),
    "memory below 8 x parallelism": lambda doc: _set("kdf.parallelism", 16)(
        _set("kdf.memory_kib", 64)(doc)
    ),
    "parallelism as text": _set("kdf.parallelism", "1"),
    "kdf version 18": _set("kdf.version", 18),
    "kdf version 19.0": _set("kdf.version", 19.0),
    "kdf name argon2i": _set("kdf.name", "argon2i"),
    "kdf not an object": _set("kdf", "argon2id"),
    "kdf missing": _drop("kdf"),
    "salt empty": _set("kdf.salt", ""),
    "salt 7 bytes": _set("kdf.salt", _b64(7)),
    "salt 65 bytes": _set("kdf.salt", _b64(65)),
    "salt 8 KiB": _set("kdf.salt", _b64(8 * 1024)),
    "salt not base64": _set("kdf.salt", "not base64!"),
    "salt a number": _set("kdf.salt", 16),
    "nonce empty": _set("wrapped_key.nonce", ""),
    "nonce 11 bytes": _set("wrapped_key.nonce", _b64(11)),
    "nonce 13 bytes": _set("wrapped_key.nonce", _b64(13)),
    "nonce 200 bytes": _set("wrapped_key.nonce", _b64(200)),
    "nonce null": _set("wrapped_key.nonce", None),
    "ciphertext short": _set("wrapped_key.ciphertext", _b64(47)),
    "ciphertext long": _set("wrapped_key.ciphertext", _b64(4096)),
    "ciphertext empty": _set("wrapped_key.ciphertext", ""),
    "wrapped_key a list": _set("wrapped_key", []),
    "format other": _set("format", "keepass"),
    "format_version 2": _set("format_version", 2),
    "format_version true": _set("format_version", True),
    "format_version 1.0": _set("format_version", 1.0),
    "format_version text": _set("format_version", "1"),
    "vault_id a number": _set("vault_id", 12345),
    "vault_id null": _set("vault_id", None),
    "vault_id empty": _set("vault_id", ""),
    "vault_id with a newline": _set("vault_id", "abc\ndef"),
    "vault_id with an escape": _set("vault_id", "\x1b[2J"),
    "vault_id 1000 characters": _set("vault_id", "a" * 1000),
    "vault_id an object": _set("vault_id", {"id": "x"}),
    "key_check non-ASCII": _set("key_check.value", "é" * 64),
    "key_check 63 digits": _set("key_check.value", "a" * 63),
    "key_check a number": _set("key_check.value", 0),
    "key_check not an object": _set("key_check", "abc"),
    "created a number": _set("created", 20261130),
    "created an object": _set("created", {"at": "now"}),
    "created with a newline": _set("created", "2026\n11"),
    "nesting in a field": _set("kdf.salt", _nested(10)),
    "nesting 500 deep in a field": _set("created", _nested(500)),
}

# Whole files that are not a key file at all.
RAW_CASES: dict[str, bytes] = {
    "empty": b"",
    "null": b"null",
    "a list": b"[]",
    "a string": b'"vault"',
    "a number": b"1",
    "huge number": b"9" * 5000,
    "NaN": b'{"format": NaN}',
    "Infinity cost": b'{"kdf": {"time_cost": Infinity}}',
    "1e999 cost": b'{"kdf": {"time_cost": 1e999}}',
    "not UTF-8": b"\xff\xfe{\x00}",
    "UTF-8 BOM": b"\xef\xbb\xbf{}",
    "nesting 100000 deep": b"[" * 100_000 + b"]" * 100_000,
    "nesting 5000 deep, small": b"[" * 5000 + b"]" * 5000,
    "nesting in objects": b'{"a":' * 2000 + b"1" + b"}" * 2000,
    "bracket in a string is no nesting": b'{"x": "[[[[[[[[[["}',
    "truncated": b'{"format": "mentorapp-vault-key", "kdf": {',
    "one past the size bound": b"{" + b" " * MAX_KEY_FILE_BYTES + b"}",
    "20 MB of spaces": b" " * 20_000_000,
}


def _planted(case: str) -> bytes:
    if case in RAW_CASES:
        return RAW_CASES[case]
    return json.dumps(FIELD_CASES[case](copy.deepcopy(BASE_DOC))).encode()


ALL_CASES = sorted(FIELD_CASES) + sorted(RAW_CASES)


@pytest.mark.parametrize("case", ALL_CASES)
def test_a_fuzzed_key_file_is_damaged_quickly(case: str) -> None:
    raw = _planted(case)
    started = time.perf_counter()
    with pytest.raises(KeyFileDamaged):
        KeyFile.from_bytes(raw)
    assert time.perf_counter() - started < 1.0, "refused before any key derivation"


class CostlyDerivation(Exception):
    """Raised by the spy instead of running Argon2 beyond the envelope (which could hang)."""


@pytest.fixture
def argon2_spy(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int, int]]:
    """Record every derivation's cost; refuse, rather than run, one beyond 128 MiB x 24."""
    calls: list[tuple[int, int, int]] = []
    real = keyfile.hash_secret_raw

    def spy(secret: bytes, salt: bytes, time_cost: int, memory_cost: int, parallelism: int,
            hash_len: int, type: Any) -> bytes:  # fmt: skip
        calls.append((memory_cost, time_cost, parallelism))
        if memory_cost > 131072 or time_cost > 24 or parallelism > 16:
            raise CostlyDerivation(f"Argon2 asked for m={memory_cost} t={time_cost}")
        return real(secret, salt, time_cost, memory_cost, parallelism, hash_len, type)

    monkeypatch.setattr(keyfile, "hash_secret_raw", spy)
    return calls


def test_a_fuzzed_key_file_never_opens_nor_changes_the_vault(
    vault: Vault,
    vault_path: Path,
    capsys: pytest.CaptureFixture[str],
    argon2_spy: list[tuple[int, int, int]],
) -> None:
    """Each case planted in a real vault: the unlock and the CLI both answer in one line."""
    vault.close()
    damaged = cli_messages.message_for(KeyFileDamaged())
    slowest, started_all = 0.0, time.perf_counter()
    for case in ALL_CASES:
        (vault_path / "vault.key.json").write_bytes(_planted(case))
        before = snapshot(vault_path)
        for passphrase in (PASSPHRASE, "not the passphrase"):
            started = time.perf_counter()
            with pytest.raises(KeyFileDamaged):
                Vault.open(vault_path, passphrase)
            slowest = max(slowest, time.perf_counter() - started)
        started = time.perf_counter()
        code = cli.main(["mentees", str(vault_path)], stdin=io.StringIO(PASSPHRASE + "\n"))
        slowest = max(slowest, time.perf_counter() - started)
        out, err = capsys.readouterr()
        assert (code, out, err) == (1, "", f"mentorapp: error: {damaged}\n"), case
        assert snapshot(vault_path) == before, case
    assert slowest < CASE_SECONDS
    assert time.perf_counter() - started_all < 60
    assert argon2_spy == [], "a damaged key file reached the key derivation"


def test_the_most_costly_key_file_ever_written_opens_and_costs_seconds() -> None:
    """The envelope: 128 MiB x 24 passes is accepted, and trying it is bounded."""
    loaded = KeyFile.from_bytes(LEGACY_MAX_COST)
    assert loaded.params == KdfParams(MAX_MEMORY_KIB, MAX_TIME_COST, 4)
    started = time.perf_counter()
    assert loaded.unwrap(PASSPHRASE) == LEGACY_DATA_KEY
    took = time.perf_counter() - started
    assert took < CASE_SECONDS, f"the worst accepted key file took {took:.2f} s to try"
    with pytest.raises(WrongPassphrase):
        loaded.unwrap("not the passphrase")


@pytest.mark.parametrize("parallelism", [1, 4, MAX_PARALLELISM])
def test_the_bounds_themselves_are_accepted(parallelism: int) -> None:
    doc = json.loads(LEGACY_MAX_COST)
    doc["kdf"]["parallelism"] = parallelism
    assert KeyFile.from_bytes(json.dumps(doc).encode()).params.parallelism == parallelism
    doc["kdf"]["memory_kib"] = 8 * parallelism  # Argon2's own floor
    doc["kdf"]["time_cost"] = 1
    assert KeyFile.from_bytes(json.dumps(doc).encode()).params.memory_kib == 8 * parallelism


def test_a_fifo_planted_as_the_key_file_does_not_block(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "vault.key.json"
    os.mkfifo(fifo)
    outcome: list[str] = []

    def load() -> None:
        try:
            KeyFile.load(fifo)
        except KeyFileDamaged:
            outcome.append("damaged")
        except BaseException as exc:
            outcome.append(type(exc).__name__)

    reader = threading.Thread(target=load, daemon=True)
    reader.start()
    reader.join(2.0)
    if reader.is_alive():  # set the blocked reader free (a writer that closes at once)
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        reader.join(5.0)
        pytest.fail("loading a FIFO as the key file blocked")
    assert outcome == ["damaged"]


def test_a_directory_as_the_key_file_is_damaged(tmp_path: Path) -> None:
    (tmp_path / "vault.key.json").mkdir()
    with pytest.raises(KeyFileDamaged):
        KeyFile.load(tmp_path / "vault.key.json")


# ---- hypothesis: any JSON value in any field, any bytes -----------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.sampled_from([0, 1, 7, 8, 24, 25, 131072, 131073, 2**31, 2**32, 2**63, 2**64])
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)
FIELDS = [
    "format",
    "format_version",
    "vault_id",
    "created",
    "kdf",
    "kdf.name",
    "kdf.version",
    "kdf.memory_kib",
    "kdf.time_cost",
    "kdf.parallelism",
    "kdf.salt",
    "wrapped_key",
    "wrapped_key.nonce",
    "wrapped_key.ciphertext",
    "key_check",
    "key_check.value",
]


@settings(max_examples=400, deadline=1000, suppress_health_check=[HealthCheck.too_slow])
@given(field=st.sampled_from(FIELDS), value=JSON_VALUES)
def test_any_value_in_any_field_is_bounded_or_damaged(field: str, value: object) -> None:
    raw = json.dumps(_set(field, value)(copy.deepcopy(BASE_DOC))).encode()
    try:
        loaded = KeyFile.from_bytes(raw)
    except KeyFileDamaged:
        return
    assert kdf_in_bounds(loaded.params)
    assert 16 <= len(loaded.salt) <= 64 and len(loaded.nonce) == 12
    assert len(loaded.wrapped_key) == 48


@settings(max_examples=300, deadline=1000)
@given(raw=st.binary(max_size=2048))
def test_any_bytes_are_a_key_file_or_damaged(raw: bytes) -> None:
    try:
        loaded = KeyFile.from_bytes(raw)
    except KeyFileDamaged:
        return
    assert kdf_in_bounds(loaded.params)


# ---- calibration stays inside the bounds ------------------------------------------


@pytest.mark.parametrize("pass_seconds", [1e-6, 0.001, 0.08, 0.5, 5.0])
def test_calibration_stays_inside_the_bounds(
    pass_seconds: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From a very fast machine to a very slow one, a new key file always loads again."""
    monkeypatch.setattr(
        keyfile, "_kdf_seconds", lambda memory, time_cost, runs=2: 0.1 + pass_seconds * time_cost
    )
    params = keyfile.calibrate_kdf()
    assert kdf_in_bounds(params)
    assert params.memory_kib >= MIN_KDF.memory_kib and params.time_cost >= MIN_KDF.time_cost


def test_a_key_file_outside_the_bounds_is_never_written() -> None:
    with pytest.raises(ValueError):
        KeyFile.wrap(new_data_key(), PASSPHRASE, params=KdfParams(MAX_MEMORY_KIB * 2, 3, 4))
    with pytest.raises(ValueError):
        KeyFile.wrap(new_data_key(), PASSPHRASE, "id\nwith a line break", FAST_KDF)


def test_a_calibrated_key_file_loads_again() -> None:
    params = keyfile.calibrate_kdf()
    made = KeyFile.wrap(new_data_key(), PASSPHRASE, params=params)
    assert KeyFile.from_bytes(made.to_bytes()) == made
    print(f"calibrated here: {params}", file=sys.stderr)


# ---- an interrupted re-key's pending file -----------------------------------------
# Vault.open tries vault.key.json.pending when the key file does not fit; a pending file
# planted as garbage must not turn a mistyped passphrase into "key file damaged".


def test_garbage_pending_and_a_wrong_passphrase_say_wrong_passphrase(
    vault: Vault, vault_path: Path
) -> None:
    vault.close()
    (vault_path / "vault.key.json.pending").write_bytes(RAW_CASES["nesting 100000 deep"])
    before = snapshot(vault_path)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, "not the passphrase")
    assert snapshot(vault_path) == before
    Vault.open(vault_path, PASSPHRASE).close()  # the right one still opens
