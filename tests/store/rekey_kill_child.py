"""Child process of test_rekey_kill_points: kill a re-key at every step, then recover.

Usage: ``python rekey_kill_child.py TEMPLATE WORK`` with the passphrase as the first
line of standard input. TEMPLATE is a closed vault. For each step K of a re-key (every
call into mentorapp/store and every replace, fsync, unlink or SQL statement it makes),
a forked process copies the vault, starts the re-key and dies with ``os._exit`` at step
K, as ``kill -9`` would leave it. This process then asks for the recovery key with the
passphrase (what ``mentorapp vault recovery-key`` does) and opens ``vault.db`` with that
key in plain sqlcipher3. One JSON line per step: ``{"step", "killed", "count", "new_key",
"error"}``; forking after the imports keeps a hundred steps to seconds.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import sqlcipher3

from mentorapp.services import vault_life
from mentorapp.store.keyfile import KdfParams, parse_recovery_key
from mentorapp.store.vault import Vault

FAST_KDF = KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
STORE = str(Path(__file__).resolve().parents[2] / "mentorapp" / "store")
EFFECTS = {"replace", "rename", "fsync", "unlink", "execute", "executescript", "commit"}


def _steps(limit: int | None) -> int:
    """Re-key WORK while counting steps; with ``limit``, die at that step. The count."""
    seen = 0

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal seen
        step = (
            event == "call"
            and frame.f_code.co_filename.startswith(STORE)
            and frame.f_code.co_name != "<genexpr>"
        ) or (event == "c_call" and getattr(arg, "__name__", "") in EFFECTS)
        if step:
            seen += 1
            if limit is not None and seen == limit:
                os._exit(137)

    vault = Vault.open(WORK, PASSPHRASE)
    sys.setprofile(profile)
    try:
        vault.rekey(PASSPHRASE, kdf=FAST_KDF)
    finally:
        sys.setprofile(None)
        vault.close()
    return seen


def _recovered(old_key: bytes) -> dict[str, object]:
    recovery = vault_life.recovery_key(WORK, PASSPHRASE)
    key = parse_recovery_key(recovery)
    assert key is not None
    conn = sqlcipher3.connect(str(WORK / "vault.db"))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        (count,) = conn.execute("SELECT count(*) FROM mentees").fetchone()
    finally:
        conn.close()
    return {"count": count, "new_key": key != old_key}


def main(template: Path) -> None:
    with Vault.open(template, PASSPHRASE) as opened:
        old_key = opened.data_key
    shutil.copytree(template, WORK)
    total = _steps(None)
    for step in range(1, total + 1):
        shutil.rmtree(WORK)
        shutil.copytree(template, WORK)
        pid = os.fork()
        if pid == 0:  # the re-key that gets killed
            try:
                _steps(step)
            finally:
                os._exit(0)
        _, status = os.waitpid(pid, 0)
        line: dict[str, object] = {"step": step, "killed": os.WEXITSTATUS(status) == 137}
        try:
            line.update(_recovered(old_key))
        except Exception as exc:  # reported, never hidden: the test fails on it
            line["error"] = type(exc).__name__
        print(json.dumps(line), flush=True)


if __name__ == "__main__":
    PASSPHRASE = sys.stdin.readline().rstrip("\r\n")
    WORK = Path(sys.argv[2])
    main(Path(sys.argv[1]))
