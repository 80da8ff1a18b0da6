"""Schema versions: run Alembic on the vault's connection; refuse schemas newer than ours."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from mentorapp.store.errors import SchemaTooNew

_SCRIPTS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> list[str]:
    """Every revision this app knows, oldest first."""
    scripts = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(scripts.walk_revisions()))]


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def pending(engine: Engine) -> bool:
    """True when the vault's schema is older than this app's; SchemaTooNew if newer."""
    with engine.connect() as connection:
        current = current_revision(connection)
    if current is None:
        return True
    scripts = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in scripts.walk_revisions()}
    if current not in known:
        raise SchemaTooNew("the vault was written by a newer Mentorapp")
    return current != scripts.get_current_head()


def schema_version(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return current_revision(connection)


def upgrade(engine: Engine) -> None:
    """Bring the schema to this app's head in one transaction."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
