"""Alembic environment: always runs on the vault's own keyed connection, never a URL."""

from __future__ import annotations

from alembic import context

from mentorapp.store.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only through mentorapp.store.migrate")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """The search index and its FTS5 shadow tables are managed by hand in migrations."""
    return not (type_ == "table" and name is not None and name.startswith("search_index"))


context.configure(
    connection=connection,
    include_name=include_name,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
