"""Erasing mentees for good (GDPR art. 17): rows, index entries and freed pages."""

from __future__ import annotations

from sqlalchemy import delete, select, text

from mentorapp.domain import clock
from mentorapp.domain.ids import MenteeId
from mentorapp.store import search
from mentorapp.store.errors import NoSuchRecord
from mentorapp.store.schema import ErasureLogRow, MenteeRow
from mentorapp.store.vault import Vault


def erase(vault: Vault, mentee_ids: list[MenteeId], *, reason: str = "request") -> int:
    """Erase mentees for good: rows, index entries, then checkpoint and vacuum.

    Child rows go by foreign-key cascade, their index entries by trigger; the index is
    then merged so no deleted term survives in a segment, and with secure_delete on,
    VACUUM leaves no freed page with old text behind. The erasure log keeps the date
    and the count, never a name.
    """
    with vault.transaction() as db:
        existing = set(db.scalars(select(MenteeRow.id).where(MenteeRow.id.in_(mentee_ids))))
        missing = [m for m in mentee_ids if m not in existing]
        if missing:
            raise NoSuchRecord("mentee")
        db.execute(delete(MenteeRow).where(MenteeRow.id.in_(mentee_ids)))
        db.add(ErasureLogRow(erased_at=clock.now(), mentee_count=len(existing), reason=reason))
        search.optimize(db)
    with vault.engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        conn.exec_driver_sql("VACUUM")
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    return len(existing)
