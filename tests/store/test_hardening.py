"""The key out of core dumps and out of the objects we keep after locking.

The review found the raw key, its hex form and a note canary in a core file written
after ``Vault.close()``. Core files are now off from the first line of ``__main__``, and
after ``close`` no live object of ours holds the key in any form. (What Python itself
may still have in freed memory is explained in hardening.py.)
"""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from mentorapp.store import backup
from mentorapp.store.hardening import wipe, wipe_str
from mentorapp.store.keyfile import parse_recovery_key
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session

THROUGH_MAIN = """
import resource, sys, types
from mentorapp.store.hardening import is_dumpable
fake_cli = types.ModuleType("mentorapp.cli")
def report(args):
    print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())
    return 0
fake_cli.main = report
sys.modules["mentorapp.cli"] = fake_cli
import mentorapp
mentorapp.cli = fake_cli
from mentorapp.__main__ import main
sys.exit(main(["mentees", "nowhere"]))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux")
def test_the_entry_point_turns_core_dumps_off_before_anything_else() -> None:
    done = subprocess.run(
        [sys.executable, "-c", THROUGH_MAIN], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "(0, 0) False"


def _live_strings_and_buffers() -> list[object]:
    """Every str, bytes and bytearray reachable from a tracked container."""
    found: list[object] = []
    seen: set[int] = set()
    for container in gc.get_objects():
        for ref in gc.get_referents(container):
            if isinstance(ref, str | bytes | bytearray) and id(ref) not in seen:
                seen.add(id(ref))
                found.append(ref)
    return found


def _holders_of(raw: bytes, hex_key: str) -> list[str]:
    gc.collect()
    hits = []
    for obj in _live_strings_and_buffers():
        if obj is raw or obj is hex_key:
            continue
        if isinstance(obj, bytes | bytearray) and raw in obj:
            hits.append(f"{type(obj).__name__} of {len(obj)}")
        elif isinstance(obj, str) and hex_key in obj.lower():
            hits.append(f"str of {len(obj)}")
    return hits


def test_after_close_no_object_of_ours_holds_the_key(tmp_path: Path) -> None:
    folder = tmp_path / "coach.mentorvault"
    vault, recovery = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    parsed = parse_recovery_key(recovery)
    assert parsed is not None
    raw, hex_key = parsed, parsed.hex()
    add_mentee_with_session(vault, private="geheim")
    backup.make_backup(vault)
    # The holders are found while the vault is open (the test can find them)...
    assert _holders_of(raw, hex_key)
    vault.close()
    # ...and none is left once it is locked; nor after unlocking and locking again.
    assert _holders_of(raw, hex_key) == []
    again = Vault.open(folder, PASSPHRASE)
    add_mentee_with_session(again, private="nog iets")
    again.close()
    assert _holders_of(raw, hex_key) == []


def test_wiping_zeroes_what_we_built() -> None:
    buffer = bytearray(b"\x01" * 32)
    wipe(buffer)
    assert buffer == bytearray(32)
    built = "".join(["x'", "ab" * 32, "'"])  # a fresh string nobody else holds
    wipe_str(built)
    assert built == "\x00" * (2 + 64 + 1)
    shared = "mentorapp"  # a constant, held by the code object: left alone
    wipe_str(shared)
    assert shared == "mentorapp"
