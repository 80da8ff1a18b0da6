"""Migration 0007 (merge marks) on a vault of schema 0006 full of records, and back."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from mentorapp.store import migrate
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session
from tests.store.migration_rows import RowSnapshot
from tests.store.moves_records import add_moves_records


def _downgrade_to(vault: Vault, revision: str) -> None:
    config = migrate.alembic_config()
    with vault.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def _tables(vault: Vault) -> set[str]:
    with vault.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {str(r[0]) for r in rows}


def test_a_0006_vault_keeps_every_row_and_gains_the_marks_table(tmp_path: Path) -> None:
    folder = tmp_path / "old.mentorvault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    mentee = add_mentee_with_session(vault, private="wil iets anders", shared="gesprek")
    add_moves_records(vault, mentee, "woordje")
    _downgrade_to(vault, "0006_practice")
    assert "merge_marks" not in _tables(vault)
    before = RowSnapshot.take(vault)
    assert before.row_count > 10
    vault.close()

    with Vault.open(folder, PASSPHRASE) as opened:
        assert migrate.schema_version(opened.engine) == "0007_merge_marks"
        assert before.read(opened) == before.digest
        assert "merge_marks" in _tables(opened)
        assert opened.count_rows("merge_marks") == 0
        assert opened.check().ok
        _downgrade_to(opened, "0006_practice")
        assert "merge_marks" not in _tables(opened)
        assert before.read(opened) == before.digest
