"""Schema migrations run on unlock, after an automatic backup, and keep every row."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from mentorapp.store import backup, migrate, search
from mentorapp.store.engine import connect
from mentorapp.store.vault import Vault, db_path
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session


def _downgrade_to_v1(vault: Vault) -> None:
    config = migrate.alembic_config()
    with vault.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001_v1")


def test_opening_an_older_vault_backs_up_then_migrates(tmp_path: Path) -> None:
    folder = tmp_path / "old.mentorvault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    mentee = add_mentee_with_session(vault, private="loopbaanvraag over jobrotatie")
    _downgrade_to_v1(vault)
    assert migrate.schema_version(vault.engine) == "0001_v1"
    vault.close()

    with Vault.open(folder, PASSPHRASE) as opened:
        assert migrate.schema_version(opened.engine) == migrate.head_revision()
        with opened.reading() as s:
            assert [h.mentee_id for h in search.search(s, "jobrot")] == [mentee]
        with opened.engine.connect() as conn:
            indexes = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list(sessions)")}
        assert "ix_sessions_mentee_next" in indexes
    (pre,) = backup.list_backups(folder / "backups")
    assert pre.label == "pre-migration"
    conn = connect(pre.path, _key(folder))
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_v1",)
    conn.close()


def test_a_current_vault_is_not_backed_up_on_open(vault: Vault) -> None:
    folder = vault.folder
    vault.close()
    Vault.open(folder, PASSPHRASE).close()
    assert backup.list_backups(folder / "backups") == []


def _key(folder: Path) -> bytes:
    with Vault.open(folder, PASSPHRASE) as opened:
        return opened.data_key


def test_migrations_match_the_models(vault: Vault) -> None:
    """Autogenerate finds nothing to add: schema.py and the migrations agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from mentorapp.store.schema import Base

    with vault.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []
    assert db_path(vault.folder).exists()


def _include_name(name: str | None, type_: str, parent_names: object) -> bool:
    # The same rule as migrations/env.py (which runs only inside Alembic).
    return not (type_ == "table" and name is not None and name.startswith("search_index"))
