"""Upgrades keep every vault: a vault made by each earlier release opens in this one,
is backed up before it is migrated, and every row it had is still there.

The vaults in tests/upgrade/vaults/ were made by tools/make_schema_fixture.py with each
release's own code (its demo vault); their manifest holds the passphrase and the digest
of every table and column as that release wrote them.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from mentorapp.services import mentees, plans, sessions, vault_life
from mentorapp.store.backup import list_backups, verify
from tests.upgrade.digest import connect, digest, missing

VAULTS = Path(__file__).parent / "vaults"
MIGRATIONS = Path(__file__).parents[2] / "mentorapp" / "store" / "migrations" / "versions"
FIXTURES = sorted(path.name for path in VAULTS.iterdir() if (path / "manifest.json").is_file())


def test_there_is_a_vault_from_each_schema() -> None:
    made_by = {
        json.loads((VAULTS / name / "manifest.json").read_text("utf-8"))["last_migration_file"]
        for name in FIXTURES
    }
    missing = {path.name for path in MIGRATIONS.glob("0*.py")} - made_by
    assert not missing, f"no fixture vault made by the release whose last migration is {missing}"


@pytest.fixture(params=FIXTURES)
def old_vault(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    source = VAULTS / request.param
    folder = tmp_path / "vault.mentorvault"
    folder.mkdir(mode=0o700)
    for name in ("vault.db", "vault.key.json"):
        shutil.copyfile(source / name, folder / name)
    return folder, json.loads((source / "manifest.json").read_text("utf-8"))


def test_an_old_vault_is_backed_up_migrated_and_keeps_every_row(
    old_vault: tuple[Path, dict[str, Any]],
) -> None:
    folder, manifest = old_vault
    vault = vault_life.open_vault(folder, manifest["passphrase"])
    try:
        key = vault.data_key
        # Every record reads back through today's domain code.
        summaries = mentees.summaries(vault)
        assert summaries
        read = 0
        for summary in summaries:
            mentees.get_mentee(vault, summary.id)
            read += len(sessions.sessions_of(vault, summary.id))
            read += len(plans.plan_versions(vault, summary.id))
        assert read > 0
        head = vault.check().schema_version
    finally:
        vault.close()
    conn = connect(folder / "vault.db", key)
    try:
        after = digest(conn, manifest["layout"])
    finally:
        conn.close()
    assert missing(manifest["digest"], after) == {}
    assert sum(map(len, after.values())) >= sum(map(len, manifest["digest"].values()))
    is_current = manifest["last_migration_file"] == max(p.name for p in MIGRATIONS.glob("0*.py"))
    if is_current:
        assert head == manifest["revision"]
        return
    # The pre-migration backup verifies and holds the vault as the old release left it.
    pre = [b for b in list_backups(folder / "backups") if b.label == "pre-migration"]
    assert pre, "no backup was made before the migration"
    verify(pre[0].path, key)
    conn = connect(pre[0].path, key)
    try:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        assert revision == manifest["revision"]
        assert digest(conn, manifest["layout"]) == manifest["digest"]
    finally:
        conn.close()
