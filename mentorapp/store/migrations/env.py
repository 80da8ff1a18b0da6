"""Alembic environment: always runs on the vault's own keyed connection, never a URL."""

from __future__ import annotations

from alembic import context

from mentorapp.store.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only through mentorapp.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
