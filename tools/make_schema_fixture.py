"""Make the upgrade test's fixture: a vault made by an earlier release of Mentorapp.

    python tools/make_schema_fixture.py COMMIT NAME

checks COMMIT out into a temporary worktree, makes that release's demo vault with
its own code (``python -m mentorapp demo``), and writes into
``tests/upgrade/vaults/NAME/`` the vault's two files and ``manifest.json``: the
passphrase, the schema revision, and the digest of every table and column as that
release wrote them (tests/upgrade/digest.py). The test opens a copy with today's code,
which backs it up and migrates it, and compares the digest of the same columns.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mentorapp.store.keyfile import parse_recovery_key  # noqa: E402
from tests.upgrade.digest import connect, digest, tables  # noqa: E402

PASSPHRASE = "fixture-passphrase-2026"


def main(commit: str, name: str) -> None:
    target = ROOT / "tests" / "upgrade" / "vaults" / name
    with tempfile.TemporaryDirectory() as work:
        tree = Path(work) / "tree"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), commit],
            check=True,
        )
        try:
            home = Path(work) / "home"
            home.mkdir()
            vault = Path(work) / "vault"
            env = dict(
                os.environ, PYTHONPATH=str(tree), HOME=str(home), QT_QPA_PLATFORM="offscreen"
            )
            env.pop("DISPLAY", None)
            done = subprocess.run(
                [sys.executable, "-m", "mentorapp", "demo", str(vault)],
                input=f"{PASSPHRASE}\n{PASSPHRASE}\n",
                text=True,
                capture_output=True,
                env=env,
                cwd=work,
                check=True,
            )
            recovery = next(
                line.split(":", 1)[1]
                for line in done.stdout.splitlines()
                if line.startswith("Recovery key:")
            )
            key = parse_recovery_key(recovery)
            assert key is not None
            revisions = sorted(
                p.name for p in (tree / "mentorapp/store/migrations/versions").glob("0*.py")
            )
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True
            )
        conn = connect(vault / "vault.db", key)
        try:
            layout = tables(conn)
            (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            content = digest(conn, layout)
        finally:
            conn.close()
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        for file in ("vault.db", "vault.key.json"):
            shutil.copyfile(vault / file, target / file)
        manifest = {
            "made_by_commit": subprocess.run(
                ["git", "-C", str(ROOT), "rev-parse", commit],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.strip(),
            "last_migration_file": revisions[-1],
            "revision": revision,
            "passphrase": PASSPHRASE,
            "layout": layout,
            "digest": content,
        }
        (target / "manifest.json").write_text(
            json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(f"{name}: revision {revision}, {sum(map(len, content.values()))} rows")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
