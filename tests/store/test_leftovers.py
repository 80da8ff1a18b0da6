"""What crashes leave behind is ours to clean: temp copies, old before-restore copies,
and the hidden temp file an export killed mid-write leaves beside its target.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mentorapp.store import atomic, backup
from mentorapp.store.vault import Vault
from tests.conftest import PASSPHRASE, add_mentee_with_session

NOT_OURS = ["notes.txt", ".backup-notes.txt", ".restore-copy.db", ".mentorapp-config.json"]


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_opening_sweeps_the_copies_an_interrupted_backup_or_restore_left(vault: Vault) -> None:
    folder = vault.folder
    add_mentee_with_session(vault, private="geheim")
    backups = folder / "backups"
    vault.close()
    ours = [
        folder / ".restore-20261120-101500-000001.tmp",
        backups / ".backup-k2x8_q1z.tmp",
        backups / ".backup-k2x8_q1z.tmp-journal",
        folder / ".mentorapp-a1b2c3d4.tmp",
    ]
    for path in ours:
        path.write_bytes((folder / "vault.db").read_bytes())  # a full (encrypted) copy
    strangers = [folder / name for name in NOT_OURS]
    for path in strangers:
        path.write_text("not the app's")

    Vault.open(folder, PASSPHRASE).close()

    assert [p for p in ours if p.exists()] == []
    assert all(p.exists() for p in strangers)


def test_a_reader_sweeps_nothing(vault: Vault) -> None:
    folder = vault.folder
    vault.close()
    leftover = folder / ".restore-20261120-101500-000001.tmp"
    leftover.write_bytes(b"x" * 10)
    Vault.open(folder, PASSPHRASE, read_only=True).close()
    assert leftover.exists()


def test_before_restore_copies_are_rotated_keeping_the_newest_three(vault: Vault) -> None:
    folder = vault.folder
    add_mentee_with_session(vault)
    made = backup.make_backup(vault).path
    vault.close()
    asides = [backup.restore(folder, made, PASSPHRASE) for _ in range(5)]
    kept = [b.path for b in backup.list_backups(folder / "backups") if b.label == "before-restore"]
    assert backup.ASIDE_KEEP == 3
    assert sorted(kept) == sorted(asides[-3:])
    for gone in asides[:2]:
        assert not gone.exists() and not backup.key_file_for(gone).exists()
    assert made.exists()  # the backups themselves rotate apart


def test_an_atomic_write_sweeps_stale_temp_files_of_ours_only(tmp_path: Path) -> None:
    stale = tmp_path / ".mentorapp-0123abcd.tmp"
    fresh = tmp_path / ".mentorapp-89efgh_k.tmp"
    for path in (stale, fresh):
        path.write_bytes(b"plain text of a killed export")
    _age(stale, atomic.STALE_TEMP_SECONDS + 60)
    strangers = [tmp_path / name for name in [*NOT_OURS, ".mentorapp-0123abcd.tmp.bak"]]
    for path in strangers:
        path.write_text("not ours")
        _age(path, atomic.STALE_TEMP_SECONDS + 60)

    atomic.atomic_write_bytes(tmp_path / "Plan Zoë Van den Bossche.pdf", b"%PDF-1.4")

    assert not stale.exists()
    assert fresh.exists()  # might be another export under way
    assert all(p.exists() for p in strangers)


KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from mentorapp.store.atomic import atomic_writer
with atomic_writer(Path(sys.argv[1])) as out:
    out.write(b"private plain text")
    out.flush()
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_an_export_killed_mid_write_leaves_a_temp_named_ours_without_the_target_name(
    tmp_path: Path,
) -> None:
    target = tmp_path / "Plan Zoë Van den Bossche.pdf"
    done = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(target)], timeout=60)
    assert done.returncode == -signal.SIGKILL
    (left,) = list(tmp_path.iterdir())
    assert not target.exists()
    assert left.name.startswith(atomic.TEMP_PREFIX) and "Zo" not in left.name
    assert oct(left.stat().st_mode & 0o777) == oct(0o600)

    _age(left, atomic.STALE_TEMP_SECONDS + 1)
    atomic.atomic_write_bytes(target, b"%PDF-1.4")
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


@pytest.mark.parametrize("fail_at", ["write", "replace"])
def test_a_failed_atomic_write_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: str
) -> None:
    target = tmp_path / "export.json"
    if fail_at == "replace":
        monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError("nope")))
    with pytest.raises(OSError), atomic.atomic_writer(target) as out:
        out.write(b"data")
        if fail_at == "write":
            raise OSError("disk gone")
    assert list(tmp_path.iterdir()) == []
