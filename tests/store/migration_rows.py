"""Every row of a vault as its schema has it now: to prove a migration keeps each one.

``RowSnapshot.take`` reads every column of every table (the search index and Alembic's
own table aside); ``digest`` reads the same columns of the same rows again, later, on a
newer schema that may have added columns, tables and rows, and hashes them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from mentorapp.store.vault import Vault


@dataclass(frozen=True)
class RowSnapshot:
    columns: dict[str, list[str]]  # table -> its columns at the time
    rowids: dict[str, list[int]]  # table -> its rows at the time
    digest: str

    @classmethod
    def take(cls, vault: Vault) -> RowSnapshot:
        with vault.engine.connect() as conn:
            tables = [
                str(name)
                for (name,) in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' "
                    "AND name <> 'alembic_version' ORDER BY name"
                )
            ]
            columns = {
                t: [str(r[1]) for r in conn.exec_driver_sql(f"PRAGMA table_info({t})")]
                for t in tables
            }
            rowids = {
                t: [
                    int(r[0]) for r in conn.exec_driver_sql(f"SELECT rowid FROM {t} ORDER BY rowid")
                ]
                for t in tables
            }
        snapshot = cls(columns, rowids, "")
        return cls(columns, rowids, snapshot.read(vault))

    def read(self, vault: Vault) -> str:
        """The hash of this snapshot's rows and columns as ``vault`` holds them now."""
        digest = hashlib.sha256()
        with vault.engine.connect() as conn:
            for table, names in self.columns.items():
                ids = self.rowids[table]
                found = [
                    row
                    for start in range(0, len(ids), 500)
                    for row in conn.exec_driver_sql(
                        f"SELECT rowid, {', '.join(names)} FROM {table} WHERE rowid IN "
                        f"({','.join('?' * len(ids[start : start + 500]))}) ORDER BY rowid",
                        tuple(ids[start : start + 500]),
                    )
                ]
                digest.update(repr((table, names, [tuple(r) for r in found])).encode())
        return digest.hexdigest()

    @property
    def row_count(self) -> int:
        return sum(len(ids) for ids in self.rowids.values())
