"""A content digest of a vault's rows, computed with plain SQL so that any schema's
vault can be read: per table, a SHA-256 of each row over the columns the table had
when the fixture was made. An upgrade keeps every row when, after migrating, the same
tables and columns give the same digest.

Left out: SQLite's own tables, the search index (an index, rebuilt by migrations) and
Alembic's version row (a migration changes it on purpose).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import sqlcipher3

from mentorapp.store.engine import set_key

SKIPPED_PREFIXES = ("sqlite_", "search_index", "alembic_version")


def connect(db: Path, data_key: bytes) -> Any:
    conn = sqlcipher3.connect(f"file:{db}?mode=ro", uri=True)
    set_key(conn, data_key)
    return conn


def tables(conn: Any) -> dict[str, list[str]]:
    """Every content table and its columns, by name."""
    names = [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
    ]
    found: dict[str, list[str]] = {}
    for name in names:
        if name.startswith(SKIPPED_PREFIXES):
            continue
        found[name] = [row[1] for row in conn.execute(f'PRAGMA table_info("{name}")')]
    return found


def _value(value: object) -> bytes:
    if isinstance(value, bytes):
        return b"b:" + value
    return repr(value).encode("utf-8")


def digest(conn: Any, layout: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """{table: sorted SHA-256 (first 24 hex digits) of each row} over ``layout``'s
    tables and columns: a migration may add rows (built-in templates) but never lose
    or change one, so the old digests must all be found again after it."""
    result: dict[str, list[str]] = {}
    for table, columns in sorted(layout.items()):
        quoted = ", ".join(f'"{column}"' for column in columns)
        rows = conn.execute(f'SELECT {quoted} FROM "{table}"').fetchall()
        hashes = []
        for row in rows:
            sha = hashlib.sha256()
            for value in row:
                sha.update(_value(value))
                sha.update(b"\x1f")
            hashes.append(sha.hexdigest()[:24])
        result[table] = sorted(hashes)
    return result


def missing(before: Mapping[str, list[str]], after: Mapping[str, list[str]]) -> dict[str, int]:
    """How many rows of each table in ``before`` are not in ``after`` (as a multiset)."""
    lost: dict[str, int] = {}
    for table, rows in before.items():
        gone = (Counter(rows) - Counter(after.get(table, []))).total()
        if gone:
            lost[table] = gone
    return lost
