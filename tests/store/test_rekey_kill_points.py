"""Kill a re-key at every step: the passphrase still shows a recovery key that opens it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session

CHILD = Path(__file__).with_name("rekey_kill_child.py")
ROOT = Path(__file__).resolve().parents[2]


def test_a_rekey_killed_at_any_step_leaves_a_recovery_key_that_opens_the_db(
    tmp_path: Path,
) -> None:
    template = tmp_path / "template.mentorvault"
    vault, _ = Vault.create(template, PASSPHRASE, kdf=FAST_KDF)
    add_mentee_with_session(vault, "Zoë", private="privé")
    add_mentee_with_session(vault, "Jan", private="ook privé")
    vault.close()
    done = subprocess.run(
        [sys.executable, str(CHILD), str(template), str(tmp_path / "work.mentorvault")],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    steps = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(steps) > 50  # every call into the store and every file/SQL effect
    failures = [s for s in steps if s.get("error") or s.get("count") != 2]
    assert failures == []
    killed = [s for s in steps if s["killed"]]
    assert len(killed) == len(steps) - 1 or len(killed) == len(steps)
    # Killed before the database changed, the old key opens it; after, the new one:
    # both kinds of end state were reached, and each showed a working recovery key.
    assert {s["new_key"] for s in killed} == {False, True}
