"""A vault on a synced folder: the sync tools' conflict copies, summarised, merged into
the vault or set aside, and the marks on records kept twice.

How a copy is matched against the vault, what "kept twice" means and what is not
merged: see ``mentorapp.store.conflicts``. Merging is one transaction (a verified
backup is made first); the copy is moved into ``backups/`` only once the records are
in, and a copy moved there never keeps a mentee erased in the vault (it is purged like
any backup). A copy is never opened as the vault, nor written before it is moved.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from mentorapp.store import backup, backup_purge, erasures, gdpr, migrate
from mentorapp.store import conflicts as store
from mentorapp.store.conflicts import ConflictCopy, find_conflict_copies
from mentorapp.store.errors import ConflictCopyUnusable, NoSuchRecord, VaultError, VaultReadOnly
from mentorapp.store.gdpr import SessionSql
from mentorapp.store.keyfile import KeyFile
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)

MERGE_REASON = "sync"  # the erasure log's reason for a mentee erased in the copy
BACKUP_LABEL = "before-merge"


@dataclass(frozen=True)
class VaultSummary:
    """What the vault holds: counts and the last change (local time, aware)."""

    mentees: int
    sessions: int
    plans: int
    responses: int
    last_change: datetime | None


@dataclass(frozen=True)
class CopySummary:
    """One conflict copy: whether it can be merged (``reason`` a short code when not:
    "other-vault", "other-key", "newer-schema", "older-schema", "damaged"), what it
    holds, and what merging would bring (``only_in_copy``) and keep twice
    (``changed_both``). ``key_copy`` is the key file's copy of the same sync event."""

    copy: ConflictCopy
    opens: bool
    reason: str | None
    mentees: int = 0
    sessions: int = 0
    plans: int = 0
    responses: int = 0
    last_change: datetime | None = None
    only_in_copy: int = 0
    changed_both: int = 0
    key_copy: ConflictCopy | None = None


@dataclass(frozen=True)
class MergeReport:
    """What a merge did: records added and kept twice by kind ("mentee", "session",
    "plan", "response", "safari", "skill", "canvas", "move", "engagement", "attachment",
    "export", "questionnaire", "catalogue_skill", "plan_template", "story"), mentees
    erased on one side kept erased (held back from the copy, or erased in the vault now),
    and where the copy went."""

    added: dict[str, int]
    kept_twice: dict[str, int]
    erased_again: int
    moved_to: Path


@dataclass(frozen=True)
class MergeMark:
    """A record kept twice: the copy's version (``kind``, ``record_id``), whose mentee,
    which copy it came from (its file name) and when. ``twin_id`` is the vault's own
    version it stands beside (same kind; for a mentee, the vault's mentee)."""

    kind: str
    record_id: int
    mentee_id: int | None
    source: str
    merged_at: datetime
    twin_id: int | None = None


def _schema(vault: Vault) -> str | None:
    return migrate.schema_version(vault.engine)


def summarise(vault: Vault) -> tuple[VaultSummary, list[CopySummary]]:
    """The vault and each database conflict copy beside it (a key file copy is given
    with its database copy, or alone as a copy that does not open: "other-key")."""
    with vault.reading() as db:
        mine = store.counts(SessionSql(db))
    summary = VaultSummary(
        mine.mentees, mine.sessions, mine.plans, mine.responses, mine.last_change
    )
    found = find_conflict_copies(vault.folder)
    keys = {c.path: c for c in found if c.kind == "key"}
    copies: list[CopySummary] = []
    schema, schemas = _schema(vault), migrate.known_revisions()  # once, not per copy
    for copy in found:
        if copy.kind != "database":
            continue
        key_path = store.key_copy_for(copy.path)
        key_copy = keys.pop(key_path, None) if key_path is not None else None
        copies.append(_summarise_copy(vault, copy, key_copy, schema, schemas))
    for key_copy in keys.values():
        copies.append(CopySummary(key_copy, opens=False, reason=_key_reason(vault, key_copy)))
    return summary, copies


def _key_reason(vault: Vault, key_copy: ConflictCopy) -> str:
    """Why a key file copy alone cannot be merged: another vault's, or another key."""
    try:
        other = KeyFile.load(key_copy.path)
    except VaultError:
        return "damaged"
    return "other-vault" if other.vault_id != vault.vault_id else "other-key"


def _summarise_copy(
    vault: Vault,
    copy: ConflictCopy,
    key_copy: ConflictCopy | None,
    schema: str | None,
    schemas: list[str],
) -> CopySummary:
    try:
        with (
            store.open_copy(
                vault.folder, copy.path, vault.data_key, vault.vault_id, schema, schemas
            ) as conn,
            vault.reading() as db,
        ):
            sql = SessionSql(db)
            theirs = store.counts(conn)
            _, held_back, to_erase = store.erasure_state(
                sql, conn, vault.folder, vault.vault_id, vault.data_key
            )
            planned = store.merge_rows(
                sql,
                conn,
                source=copy.path.name,
                apply=False,
                held_back=held_back,
                to_erase=to_erase,
            )
    except ConflictCopyUnusable as exc:
        return CopySummary(copy, opens=False, reason=exc.reason, key_copy=key_copy)
    return CopySummary(
        copy,
        opens=True,
        reason=None,
        mentees=theirs.mentees,
        sessions=theirs.sessions,
        plans=theirs.plans,
        responses=theirs.responses,
        last_change=theirs.last_change,
        only_in_copy=sum(planned.added.values()),
        changed_both=sum(planned.kept_twice.values()),
        key_copy=key_copy,
    )


def merge_copy(vault: Vault, copy: Path) -> MergeReport:
    """Bring the copy's records into the vault, then move it into ``backups/``.

    See ``mentorapp.store.conflicts`` for what comes in and how. ``ConflictCopyUnusable``
    (nothing changed) when the copy cannot be merged; the copy then stays where it is.
    """
    copy = Path(copy)
    folder, vault_id, data_key = vault.folder, vault.vault_id, vault.data_key
    if store.copy_kind(copy.name) != "database" or copy.parent.resolve() != folder.resolve():
        raise NoSuchRecord("conflict copy")
    with store.open_copy(
        folder, copy, data_key, vault_id, _schema(vault), migrate.known_revisions()
    ) as conn:
        backup.make_backup(vault, label=BACKUP_LABEL)
        snapshot = erasures.file_snapshot(folder)
        saved = False
        try:
            with vault.transaction() as db:
                sql = SessionSql(db)
                records, held_back, to_erase = store.erasure_state(
                    sql, conn, folder, vault_id, data_key
                )
                if records != erasures.load_file(folder, vault_id):
                    # Recorded beside the database before any row goes (as ``erase`` does).
                    erasures.save_file(folder, vault_id, records)
                    saved = True
                result = store.merge_rows(
                    sql,
                    conn,
                    source=copy.name,
                    apply=True,
                    held_back=held_back,
                    to_erase=to_erase,
                    delete=lambda ids: gdpr.delete_erased(sql, ids, MERGE_REASON),
                )
                if records != erasures.load_db(sql, vault_id):
                    erasures.save_db(sql, vault_id, records)
        except BaseException:
            if saved:
                erasures.put_back(folder, snapshot)
            raise
    if to_erase:
        gdpr.wipe(vault)
    moved = _set_aside(vault, copy, records)
    log.info(
        "merged a conflict copy: %d record(s) added, %d kept twice",
        sum(result.added.values()),
        sum(result.kept_twice.values()),
    )
    return MergeReport(dict(result.added), dict(result.kept_twice), result.erased_again, moved)


def set_aside(vault: Vault, copy: Path) -> Path:
    """Move a conflict copy (database or key file) into ``backups/`` without merging it;
    a database copy of this vault loses there every mentee erased in the vault."""
    copy = Path(copy)
    if store.copy_kind(copy.name) is None or copy.parent.resolve() != vault.folder.resolve():
        raise NoSuchRecord("conflict copy")
    if not vault.read_only:
        vault.check_files()
    records = gdpr.known_erasures(vault)
    return _set_aside(vault, copy, records)


def _set_aside(vault: Vault, copy: Path, records: frozenset[erasures.ErasureRecord]) -> Path:
    """Move the copy (and the key file copy of the same sync event) into backups/, then
    purge erased mentees from the moved database (as from any backup)."""
    if vault.read_only:
        raise VaultReadOnly("a vault opened read-only moves no files")
    folder = vault.folder
    database = store.copy_kind(copy.name) == "database"
    key_copy = store.key_copy_for(copy) if database else None
    moved = store.move_into_backups(folder, copy)
    if key_copy is not None:
        store.move_into_backups(folder, key_copy)
    if database and records:
        outcome = backup_purge.purge_backup(moved, [vault.data_key], vault.vault_id, records)
        if isinstance(outcome, backup_purge.NotPurged):
            log.warning("a conflict copy set aside could not be purged (%s)", outcome.reason)
    return moved


def marks(vault: Vault, mentee_id: int | None = None) -> list[MergeMark]:
    """The records kept twice that the coach has not looked at yet, oldest first (of one
    mentee when ``mentee_id`` is given: the copy's records kept beside theirs, and a
    second profile of them). A mark whose record has since been deleted is left out."""
    with vault.reading() as db:
        return marks_in(db, mentee_id)


def marks_in(db: Session, mentee_id: int | None = None) -> list[MergeMark]:
    """``marks``, read in the caller's session ``db`` (a mentee's records read together)."""
    sql = SessionSql(db)
    query = "SELECT kind, record_id, mentee_id, source, merged_at, twin_id FROM merge_marks"
    params: tuple[object, ...] = ()
    if mentee_id is not None:
        query += " WHERE mentee_id = ? OR (kind = 'mentee' AND twin_id = ?)"
        params = (int(mentee_id), int(mentee_id))
    rows = sql.execute(query + " ORDER BY merged_at, id", params).fetchall()
    found = []
    for row in rows:
        kind, record_id, owner, source, merged_at, twin_id = tuple(row)
        table = store.KINDS.get(str(kind))
        if table is None:
            continue
        exists = sql.execute(f'SELECT 1 FROM "{table}" WHERE id = ?', (int(record_id),)).fetchone()
        if exists is None:
            continue
        found.append(
            MergeMark(
                kind=str(kind),
                record_id=int(record_id),
                mentee_id=int(owner) if owner is not None else None,
                source=str(source),
                merged_at=datetime.fromisoformat(str(merged_at)),
                twin_id=int(twin_id) if twin_id is not None else None,
            )
        )
    return found


def clear_mark(vault: Vault, kind: str, record_id: int) -> None:
    """The coach has looked at a record kept twice: its mark goes (nothing else changes).
    ``NoSuchRecord`` when there is no such mark."""
    with vault.transaction() as db:
        result = SessionSql(db).execute(
            "DELETE FROM merge_marks WHERE kind = ? AND record_id = ?", (kind, int(record_id))
        )
        if result.rowcount == 0:
            raise NoSuchRecord("merge mark")


__all__ = [
    "ConflictCopy",
    "CopySummary",
    "MergeMark",
    "MergeReport",
    "VaultSummary",
    "clear_mark",
    "find_conflict_copies",
    "marks",
    "marks_in",
    "merge_copy",
    "set_aside",
    "summarise",
]
