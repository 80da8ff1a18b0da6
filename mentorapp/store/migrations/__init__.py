"""Alembic migrations of the vault schema (run on unlock, after an automatic backup)."""
