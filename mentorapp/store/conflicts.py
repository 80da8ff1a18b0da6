"""Sync tools' conflict copies of a vault: finding them, opening one safely, and merging
the records that exist only in it into the vault.

**Finding** (``find_conflict_copies``) reads names only, no key. A sync tool that sees
``vault.db`` (or ``vault.key.json``) changed on two machines keeps both, naming one
after the conflict: Dropbox and Nextcloud/ownCloud ``vault (… conflicted copy …).db``
(and ownCloud's ``vault_conflict-YYYYMMDD-HHMMSS.db``), Syncthing
``vault.sync-conflict-YYYYMMDD-HHMMSS-XXXXXXX.db``, OneDrive ``vault-HOSTNAME.db``,
Google Drive ``vault(1).db``; the same with ``vault.key`` and ``.json`` for the key file.
Our own files (``vault.db`` and its ``-wal``/``-shm``, the key file and its ``.pending``,
``vault.lock``, temp files, ``backups/``) never match, nor does a backup's name.

**Opening** (``open_copy``): the copy is never written, nor is anything created beside
it. It is copied to a temp file inside ``backups/`` (a name ``sweep_leftovers`` removes
after a crash), opened read-only there with the vault's data key and removed after.
A copy that the key does not open is refused as ``"other-key"`` (re-keyed elsewhere,
or another vault: a key file copy of the same sync event that names another vault
makes it ``"other-vault"``), one of another vault as ``"other-vault"``, one with
another schema as ``"older-schema"`` / ``"newer-schema"`` (never migrated in place:
open it as a vault of its own to upgrade it), a damaged one as ``"damaged"``.

**Matching.** Row ids are integers handed out on each side from the same start, so the
same id on both sides is the same record only when its identity matches as well:

- tables with ``created_at`` (mentees, sessions, plans, plan templates, career stories):
  same id and same ``created_at``;
- the others (answers, safaris, skills, moves, canvases, engagements, attachments, the
  export log, catalogue skills, questionnaire templates): same id under the same owner
  (the mentee the copy's owner was matched to);
- a plan's goals (with their actions), obstacles and activities, a canvas's experiments
  and a mentee's tags are part of their owner's content (a plan saved anew replaces its
  children, new ids and all), compared as a whole, in order; ``updated_at`` is never
  compared (a save without a change moves it), nor a plan's version number.

Then, for each record of the copy, under its owner as matched:

- same identity and equal content: nothing to do (the same record);
- same identity, different content: changed on one side or both - without the version
  both started from nobody can tell which, so neither is dropped: the copy's version
  comes in as a new record (its children with it) and a mark (``merge_marks``) says it
  stands beside the vault's own (``twin_id``) until the coach has looked at both;
- no record of that identity: added with a fresh id, its children and links remapped.
- In both last cases a record of the vault under the same owner whose whole content is
  equal (an earlier merge of this very copy brought it) is taken for it instead: merging
  the same copy twice adds nothing.

**Mentees.** A mentee changed on both sides keeps the vault's row, and every record the
copy holds on them joins the vault's mentee (matched as above). Only when the profile
itself (fields and tags) differs is the copy's profile added as a second, marked mentee
(no records of its own) - the coach compares the two and removes one. A record that can
exist only once per mentee (the job crafting canvas, the engagement) and differs goes to
that second mentee (made for it if need be), marked the same way.

**Erasures** hold both ways: a mentee erased in the vault (its erasure records, see
``erasures.py``) never comes back from the copy, and one erased in the copy (the copy's
own records) is erased in the vault now, in the same transaction, its records joining
the vault's. Links to records not brought in become empty (as after their deletion).

**Not merged:** conversation guides (one per session kind and language: the vault's
stay, whatever the copy's say), the erasure log (counts only; an erasure
applied here is logged here), ``vault_meta`` other than the erasure records, and
deletions: a record deleted (not erased) in the vault after the copy was made is not
known to be deleted, and comes back from the copy. Erasing is the way to make a
mentee's records go for good.

The search index follows by its triggers: every row inserted here is indexed as it goes
in. Marks go with their mentee (``ON DELETE CASCADE``), so erasure covers them.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import sqlcipher3

from mentorapp.domain import clock
from mentorapp.store import erasures
from mentorapp.store.atomic import copy_private, fsync_dir
from mentorapp.store.engine import connect, why_key_fails
from mentorapp.store.erasures import ErasureRecord, Sql
from mentorapp.store.errors import ConflictCopyUnusable, KeyFileDamaged, VaultEmpty, VaultError
from mentorapp.store.keyfile import KeyFile
from mentorapp.store.layout import BACKUP_DIR, DB_NAME, KEY_NAME

CopyKind = Literal["database", "key"]

# ---- names ----------------------------------------------------------------------------

_DB_STEM, _DB_EXT = "vault", ".db"
_KEY_STEM, _KEY_EXT = "vault.key", ".json"


def _patterns(stem: str, ext: str) -> re.Pattern[str]:
    s, e = re.escape(stem), re.escape(ext)
    return re.compile(
        "^(?:"
        # Dropbox "vault (Coach's conflicted copy 2026-11-30).db", Nextcloud/ownCloud
        # "vault (conflicted copy 2026-11-30 101010).db" (any words around the phrase)
        rf"{s} \([^()/]*conflicted copy[^()/]*\)(?: ?\(\d+\))?{e}"
        # ownCloud (older clients) "vault_conflict-20261130-101010.db"
        rf"|{s}_conflict-\d{{8}}-\d{{6}}{e}"
        # Syncthing "vault.sync-conflict-20261130-101010-ABCDEFG.db"
        rf"|{s}\.sync-conflict-\d{{8}}-\d{{6}}-[A-Za-z0-9]{{7}}{e}"
        # OneDrive "vault-HOSTNAME.db" (and "vault-HOSTNAME-2.db")
        rf"|{s}-[A-Za-z0-9][A-Za-z0-9_-]{{0,62}}{e}"
        # Google Drive "vault(1).db", some others "vault (1).db"
        rf"|{s} ?\(\d{{1,3}}\){e}"
        ")$"
    )


_DB_COPY = _patterns(_DB_STEM, _DB_EXT)
_KEY_COPY = _patterns(_KEY_STEM, _KEY_EXT)
# A backup's own name (backup.py): never taken for a conflict copy.
_BACKUP_NAME = re.compile(r"^vault-\d{8}-\d{6}-\d{6}-[a-z-]+\.(?:db|key\.json)$")
_OWN = {DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEY_NAME, KEY_NAME + ".pending"}


@dataclass(frozen=True)
class ConflictCopy:
    """A sync tool's conflict copy beside the vault: of the database or of the key file."""

    path: Path
    kind: CopyKind
    modified: datetime  # local time, aware
    size: int


def copy_kind(name: str) -> CopyKind | None:
    """Which file ``name`` is a conflict copy of (by its name alone), or None."""
    if name in _OWN or name.startswith(".") or _BACKUP_NAME.match(name):
        return None
    if _DB_COPY.match(name):
        return "database"
    if _KEY_COPY.match(name):
        return "key"
    return None


# ``move_into_backups`` numbers a name already taken there: "vault (1)-2.db".
_NUMBERED = re.compile(r"-\d+(?=(?:\.db|\.json)$)")


def set_aside_kind(name: str) -> CopyKind | None:
    """``copy_kind`` of a file in backups/, also under the numbered name it was given."""
    return copy_kind(name) or copy_kind(_NUMBERED.sub("", name, count=1))


def find_conflict_copies(folder: Path, *, set_aside: bool = False) -> list[ConflictCopy]:
    """The conflict copies in the vault folder ``folder``, oldest first (names only);
    with ``set_aside``, those moved into the backups folder ``folder``."""
    found: list[ConflictCopy] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return found
    kind_of = set_aside_kind if set_aside else copy_kind
    for entry in entries:
        kind = kind_of(entry.name)
        if kind is None:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        modified = datetime.fromtimestamp(info.st_mtime).astimezone()
        found.append(ConflictCopy(Path(entry.path), kind, modified, info.st_size))
    return sorted(found, key=lambda c: (c.modified, c.path.name))


def key_copy_for(copy: Path) -> Path | None:
    """The key file copy of the same sync event as the database copy ``copy``, if any."""
    if not copy.name.endswith(_DB_EXT) or not copy.name.startswith(_DB_STEM):
        return None
    middle = copy.name[len(_DB_STEM) : -len(_DB_EXT)]
    candidate = copy.with_name(_KEY_STEM + middle + _KEY_EXT)
    if copy_kind(candidate.name) == "key" and candidate.is_file():
        return candidate
    return None


def move_into_backups(folder: Path, copy: Path) -> Path:
    """Move ``copy`` into ``folder/backups`` under its own name (``-2``, ``-3``... before
    the extension when taken); both folders made durable. Returns the new path."""
    target_dir = folder / BACKUP_DIR
    target_dir.mkdir(exist_ok=True, mode=0o700)
    name = copy.name
    stem, ext = (
        (name[: -len(_KEY_EXT)], _KEY_EXT) if name.endswith(_KEY_EXT) else os.path.splitext(name)
    )
    target = target_dir / name
    n = 1
    while target.exists() or target.is_symlink():
        n += 1
        target = target_dir / f"{stem}-{n}{ext}"
    os.rename(copy, target)  # same file system: the vault folder holds both
    fsync_dir(target_dir)
    fsync_dir(folder)
    return target


# ---- opening a copy ---------------------------------------------------------------------


@contextlib.contextmanager
def open_copy(
    folder: Path,
    copy: Path,
    data_key: bytes,
    vault_id: str,
    schema: str | None,
    known_schemas: Iterable[str],
) -> Iterator[sqlcipher3.Connection]:
    """A read-only connection to a private temp copy of ``copy`` (see the module text).

    ``schema`` is the vault's revision, ``known_schemas`` every revision this app knows.
    ``ConflictCopyUnusable`` with its reason when it cannot be merged.
    """
    backups = folder / BACKUP_DIR
    backups.mkdir(exist_ok=True, mode=0o700)
    fd, name = tempfile.mkstemp(prefix=".mentorapp-", suffix=".tmp", dir=backups)
    os.close(fd)
    tmp = Path(name)
    tmp.unlink()
    conn: sqlcipher3.Connection | None = None
    try:
        try:
            copy_private(copy, tmp)
        except OSError:
            raise ConflictCopyUnusable("the copy cannot be read", reason="damaged") from None
        conn = _connect_copy(tmp, copy, data_key, vault_id)
        try:
            # Every page, before a row is read: a damaged copy is refused whole, never
            # merged up to the page that fails.
            problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            quick = conn.execute("PRAGMA quick_check").fetchone()
            if problems or quick is None or quick[0] != "ok":
                raise ConflictCopyUnusable("pages of the copy fail their checks", reason="damaged")
            row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlcipher3.Error:
            raise ConflictCopyUnusable("the copy is not a vault", reason="damaged") from None
        if row is None or str(row[0]) != vault_id:
            raise ConflictCopyUnusable("the copy is of another vault", reason="other-vault")
        theirs = str(revision[0]) if revision else None
        if theirs != schema:
            known = list(known_schemas)
            older = (
                theirs in known and schema in known and known.index(theirs) < known.index(schema)
            )
            reason = "older-schema" if older else "newer-schema"
            raise ConflictCopyUnusable("the copy has another schema", reason=reason)
        yield conn
    finally:
        if conn is not None:
            conn.close()
        for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-wal", "-shm", "-journal"))):
            with contextlib.suppress(OSError):
                leftover.unlink()


def _connect_copy(tmp: Path, copy: Path, data_key: bytes, vault_id: str) -> sqlcipher3.Connection:
    try:
        return connect(tmp, data_key, read_only=True)
    except VaultEmpty:
        raise ConflictCopyUnusable("the copy is empty", reason="damaged") from None
    except VaultError:
        why = why_key_fails(tmp, [data_key], foreign=VaultError)
        if type(why) is not VaultError:  # some pages verify, or no encryption at all
            raise ConflictCopyUnusable("the copy is damaged", reason="damaged") from None
    reason = "other-key"
    key_copy = key_copy_for(copy)
    if key_copy is not None:
        with contextlib.suppress(KeyFileDamaged, OSError):
            if KeyFile.load(key_copy).vault_id != vault_id:
                reason = "other-vault"
    raise ConflictCopyUnusable("the vault's key does not open the copy", reason=reason)


# ---- what a database holds ----------------------------------------------------------------


@dataclass(frozen=True)
class Counts:
    mentees: int
    sessions: int
    plans: int
    responses: int
    last_change: datetime | None  # local time, aware


def counts(conn: Sql) -> Counts:
    """How many mentees, sessions, plan versions and answered questionnaires, and the last
    change to any of them (a mentee, session, plan, canvas or story saved)."""

    def one(sql: str) -> Any:
        return conn.execute(sql).fetchone()[0]

    changed = [
        one(f"SELECT max(updated_at) FROM {table}")
        for table in ("mentees", "sessions", "development_plans", "job_crafting_canvases")
    ]
    stamps = [datetime.fromisoformat(str(v)) for v in changed if v]
    return Counts(
        mentees=int(one("SELECT count(*) FROM mentees")),
        sessions=int(one("SELECT count(*) FROM sessions")),
        plans=int(one("SELECT count(*) FROM development_plans")),
        responses=int(one("SELECT count(*) FROM questionnaire_responses")),
        last_change=max(stamps).astimezone() if stamps else None,
    )


# ---- merging --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Table:
    name: str
    kind: str | None  # the record kind counted and marked; None: part of its owner
    parent: str | None = None  # the column naming the owner
    owner: str | None = None  # the owner's table
    links: tuple[tuple[str, str], ...] = ()  # (column, table) mapped; None when not brought
    identity: str | None = None  # compared besides the id ("created_at")
    children: tuple[str, ...] = ()  # compared and copied as part of the row
    ignore: tuple[str, ...] = ("updated_at",)  # never compared
    once_per_owner: bool = False  # a unique owner column (canvas, engagement)


_TABLES: dict[str, _Table] = {
    t.name: t
    for t in (
        _Table("questionnaire_templates", "questionnaire"),
        _Table("skill_catalogue", "catalogue_skill"),
        _Table("plan_templates", "plan_template", identity="created_at"),
        _Table("career_stories", "story", identity="created_at"),
        _Table("mentees", "mentee", identity="created_at", children=("mentee_tags",)),
        _Table("mentee_tags", None, "mentee_id", "mentees"),
        _Table("career_safaris", "safari", "mentee_id", "mentees"),
        _Table(
            "skills", "skill", "mentee_id", "mentees", links=(("catalogue_id", "skill_catalogue"),)
        ),
        _Table(
            "job_crafting_canvases",
            "canvas",
            "mentee_id",
            "mentees",
            children=("crafting_experiments",),
            once_per_owner=True,
        ),
        _Table("crafting_experiments", None, "canvas_id", "job_crafting_canvases"),
        _Table(
            "sessions",
            "session",
            "mentee_id",
            "mentees",
            links=(("safari_id", "career_safaris"),),
            identity="created_at",
        ),
        _Table(
            "development_plans",
            "plan",
            "mentee_id",
            "mentees",
            identity="created_at",
            children=("plan_goals", "plan_obstacles", "plan_activities"),
            ignore=("updated_at", "version"),
        ),
        _Table("plan_goals", None, "plan_id", "development_plans", children=("plan_actions",)),
        _Table(
            "plan_actions",
            None,
            "goal_id",
            "plan_goals",
            links=(("experiment_id", "crafting_experiments"), ("skill_id", "skills")),
        ),
        _Table("plan_obstacles", None, "plan_id", "development_plans"),
        _Table(
            "plan_activities",
            None,
            "plan_id",
            "development_plans",
            links=(("safari_id", "career_safaris"),),
        ),
        _Table(
            "questionnaire_responses",
            "response",
            "mentee_id",
            "mentees",
            links=(("template_id", "questionnaire_templates"),),
        ),
        _Table("moves", "move", "mentee_id", "mentees"),
        _Table("engagements", "engagement", "mentee_id", "mentees", once_per_owner=True),
        _Table("attachments", "attachment", "mentee_id", "mentees"),
        _Table("export_log", "export", "mentee_id", "mentees"),
    )
}
# The order records are merged in: every link points to a table merged before.
_ORDER = (
    "questionnaire_templates",
    "skill_catalogue",
    "plan_templates",
    "career_stories",
    "mentees",
    "career_safaris",
    "skills",
    "job_crafting_canvases",
    "sessions",
    "development_plans",
    "questionnaire_responses",
    "moves",
    "engagements",
    "attachments",
    "export_log",
)
KINDS = {t.kind: t.name for t in _TABLES.values() if t.kind is not None}
"""Record kind (as in marks and reports) -> its table."""

_DIGEST = "content_sha256"  # stands in for an attachment's bytes while comparing
_BLOB_COLUMNS = {"attachments": "content"}

Row = dict[str, Any]

_INSERT_MARK = (
    "INSERT INTO merge_marks (kind, record_id, mentee_id, twin_id, source, merged_at) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)


class _Side:
    """The rows of one database, loaded once per table (attachment bytes as a digest)."""

    def __init__(self, conn: Sql, columns: dict[str, list[str]]) -> None:
        self.conn = conn
        self.columns = columns
        self._rows: dict[str, list[Row]] = {}
        self._by_parent: dict[str, dict[Any, list[Row]]] = {}

    def rows(self, table: str) -> list[Row]:
        if table not in self._rows:
            columns = self.columns[table]
            listed = ", ".join(f'"{c}"' for c in columns)
            found = [
                dict(zip(columns, r, strict=True))
                for r in self.conn.execute(f'SELECT {listed} FROM "{table}"').fetchall()
            ]
            blob = _BLOB_COLUMNS.get(table)
            if blob is not None:
                digests = {}
                for row_id, content in self.conn.execute(f'SELECT id, "{blob}" FROM "{table}"'):
                    digests[row_id] = hashlib.sha256(bytes(content or b"")).hexdigest()
                for row in found:
                    row[_DIGEST] = digests.get(row["id"])
            self._rows[table] = found
        return self._rows[table]

    def under(self, table: str, parent_id: Any) -> list[Row]:
        spec = _TABLES[table]
        if table not in self._by_parent:
            grouped: dict[Any, list[Row]] = {}
            for row in self.rows(table):
                grouped.setdefault(row[spec.parent] if spec.parent else None, []).append(row)
            self._by_parent[table] = grouped
        return self._by_parent[table].get(parent_id, [])


@dataclass
class MergeCounts:
    """What a merge brought in (``added``) and kept twice, by record kind."""

    added: dict[str, int] = field(default_factory=dict)
    kept_twice: dict[str, int] = field(default_factory=dict)
    erased_again: int = 0

    def count(self, into: dict[str, int], kind: str) -> None:
        into[kind] = into.get(kind, 0) + 1


class _Merge:
    """One merge of a copy into the vault (``apply`` False: only counts, writes nothing)."""

    def __init__(
        self,
        vault: Sql,
        copy: sqlcipher3.Connection,
        *,
        source: str,
        apply: bool,
        skip_mentees: set[int],
    ) -> None:
        columns = {
            name: [str(r[1]) for r in vault.execute(f'PRAGMA table_info("{name}")').fetchall()]
            for name in _TABLES
        }
        for name, blob in _BLOB_COLUMNS.items():
            columns[name] = [c for c in columns[name] if c != blob]
        self.db = vault
        self.mine = _Side(vault, columns)
        self.theirs = _Side(copy, columns)
        self.copy = copy
        self.source = source
        self.apply = apply
        self.skip_mentees = skip_mentees
        self.maps: dict[str, dict[int, int]] = {name: {} for name in _TABLES}
        self.result = MergeCounts()
        self._fake = 0
        self._extras: dict[int, list[int]] = {}  # vault mentee -> its marked second mentees
        self._now = clock.now().isoformat(sep=" ")
        self._versions: dict[int, set[int]] = {}
        self._families: set[tuple[str, int]] | None = None
        self._given: set[tuple[str, int]] = set()  # (table, second mentee) given a record

    # -- content ---------------------------------------------------------------------------

    def _key(self, side: _Side, table: str, row: Row) -> tuple[Any, ...]:
        spec = _TABLES[table]
        links = dict(spec.links)
        values: list[Any] = []
        for column in side.columns[table]:
            if column in ("id", spec.parent) or column in spec.ignore:
                continue
            value = row[column]
            if column in links and side is self.theirs and value is not None:
                value = self.maps[links[column]].get(int(value))
            values.append((column, value))
        if _DIGEST in row:
            values.append((_DIGEST, row[_DIGEST]))
        for child in spec.children:
            parent_id = row["id"]
            keys = sorted(
                (repr(self._key(side, child, r)) for r in side.under(child, parent_id)),
            )
            values.append((child, tuple(keys)))
        return tuple(values)

    # -- writing -----------------------------------------------------------------------------

    def _insert(self, table: str, row: Row, overrides: dict[str, Any]) -> int:
        spec = _TABLES[table]
        values = {c: row[c] for c in self.theirs.columns[table] if c != "id"}
        for column, target in spec.links:
            if values.get(column) is not None:
                values[column] = self.maps[target].get(int(values[column]))
        values.update(overrides)
        if not self.apply:
            self._fake -= 1
            return self._fake
        blob = _BLOB_COLUMNS.get(table)
        if blob is not None:
            (content,) = self.copy.execute(
                f'SELECT "{blob}" FROM "{table}" WHERE id = ?', (row["id"],)
            ).fetchone()
            values[blob] = content
        names = list(values)
        listed = ", ".join(f'"{c}"' for c in names)
        marks = ", ".join("?" * len(names))
        result = self.db.execute(
            f'INSERT INTO "{table}" ({listed}) VALUES ({marks})', [values[c] for c in names]
        )
        return int(result.lastrowid) if "id" in self.theirs.columns[table] else 0

    def _insert_tree(self, table: str, row: Row, overrides: dict[str, Any]) -> int:
        """Insert a copy's row and its children (new ids, links mapped); returns its id."""
        new_id = self._insert(table, row, overrides)
        if "id" in row:
            self.maps[table][int(row["id"])] = new_id
        for child in _TABLES[table].children:
            parent = _TABLES[child].parent
            assert parent is not None
            for sub in sorted(self.theirs.under(child, row["id"]), key=_row_order):
                self._insert_tree(child, sub, {parent: new_id})
        return new_id

    def _sorted_by_content(self, side: _Side, table: str, parent_id: Any) -> list[Row]:
        keyed = [(repr(self._key(side, table, r)), r) for r in side.under(table, parent_id)]
        return [r for _, r in sorted(keyed, key=lambda pair: pair[0])]

    def _pair_children(self, table: str, theirs: Row, mine: Row) -> None:
        """Map the children of two equal rows onto each other (same content, same order)."""
        for child in _TABLES[table].children:
            a = self._sorted_by_content(self.theirs, child, theirs["id"])
            b = self._sorted_by_content(self.mine, child, mine["id"])
            for x, y in zip(a, b, strict=False):
                if "id" in x:
                    self.maps[child][int(x["id"])] = int(y["id"])
                self._pair_children(child, x, y)

    def _mark(self, kind: str, record_id: int, mentee_id: int | None, twin_id: int | None) -> None:
        if self.apply:
            self.db.execute(
                _INSERT_MARK, (kind, record_id, mentee_id, twin_id, self.source, self._now)
            )

    # -- the merge ------------------------------------------------------------------------

    def run(self) -> MergeCounts:
        for table in _ORDER:
            spec = _TABLES[table]
            if spec.parent is None:
                self._group(table, None, self.mine.rows(table), self.theirs.rows(table))
                continue
            theirs_by_owner: dict[int | None, list[Row]] = {}
            for row in self.theirs.rows(table):
                owner = row[spec.parent]
                if owner is None:
                    theirs_by_owner.setdefault(None, []).append(row)
                elif int(owner) in self.maps["mentees"]:
                    theirs_by_owner.setdefault(self.maps["mentees"][int(owner)], []).append(row)
            for owner, rows in theirs_by_owner.items():
                self._group(table, owner, self.mine.under(table, owner), rows)
        self._bring_marks()
        return self.result

    def _group(self, table: str, owner: int | None, mine: list[Row], theirs: list[Row]) -> None:
        spec = _TABLES[table]
        assert spec.kind is not None
        by_id = {int(r["id"]): r for r in mine}
        used: set[int] = set()
        twins: dict[int, Row] = {}
        pending: list[Row] = []
        mine_keys: dict[int, tuple[Any, ...]] = {}

        def key_of(row: Row) -> tuple[Any, ...]:
            row_id = int(row["id"])
            if row_id not in mine_keys:
                mine_keys[row_id] = self._key(self.mine, table, row)
            return mine_keys[row_id]

        theirs = sorted(theirs, key=_row_order)
        if table == "mentees":
            theirs = [r for r in theirs if int(r["id"]) not in self.skip_mentees]
        copy_keys = {int(r["id"]): self._key(self.theirs, table, r) for r in theirs}
        # 1: the same records (same id and identity)
        for row in theirs:
            row_id = int(row["id"])
            twin = by_id.get(row_id)
            if twin is None or (spec.identity and twin[spec.identity] != row[spec.identity]):
                pending.append(row)
                continue
            used.add(row_id)
            if key_of(twin) == copy_keys[row_id]:
                self._same(table, row, twin)
            else:
                twins[row_id] = twin
                pending.append(row)
        # 2: the rest, each matched with an equal record of the vault if there is one
        pool: dict[tuple[Any, ...], list[Row]] = {}
        for row in mine:
            if int(row["id"]) not in used:
                pool.setdefault(key_of(row), []).append(row)
        for row in pending:
            row_id = int(row["id"])
            twin = twins.get(row_id)
            if table == "mentees" and twin is not None:
                self._changed_mentee(row, twin, copy_keys[row_id])
                continue
            equal = pool.get(copy_keys[row_id])
            if equal:
                self._same(table, row, equal.pop(0))
            elif twin is not None or (spec.once_per_owner and mine and owner is not None):
                self._keep_twice(table, row, owner, twin or mine[0], copy_keys[row_id])
            else:
                self._add(table, row, owner)

    def _same(self, table: str, row: Row, mine: Row) -> None:
        self.maps[table][int(row["id"])] = int(mine["id"])
        self._pair_children(table, row, mine)

    def _add(self, table: str, row: Row, owner: int | None) -> None:
        spec = _TABLES[table]
        assert spec.kind is not None
        overrides = self._overrides(table, row, owner)
        self._insert_tree(table, row, overrides)
        self.result.count(self.result.added, spec.kind)

    def _keep_twice(
        self, table: str, row: Row, owner: int | None, twin: Row, key: tuple[Any, ...]
    ) -> None:
        spec = _TABLES[table]
        assert spec.kind is not None
        if spec.once_per_owner and owner is not None:
            owner = self._second_mentee_for(table, row, owner, key)
            if owner is None:
                return  # a second mentee holds an equal one already
        new_id = self._insert_tree(table, row, self._overrides(table, row, owner))
        self._mark(spec.kind, new_id, owner, int(twin["id"]))
        self.result.count(self.result.kept_twice, spec.kind)

    def _overrides(self, table: str, row: Row, owner: int | None) -> dict[str, Any]:
        spec = _TABLES[table]
        overrides: dict[str, Any] = {}
        if spec.parent is not None and row[spec.parent] is not None:
            overrides[spec.parent] = owner
        if table == "development_plans" and owner is not None:
            taken = self._taken_versions(owner)
            version = int(row["version"])
            if version in taken:
                version = max(taken) + 1
            taken.add(version)
            overrides["version"] = version
        if table == "questionnaire_templates":
            families = self._taken_families()
            if (row["family"], row["version"]) in families:
                family = f"{str(row['family'])[:48]}-{secrets.token_hex(4)}"
                overrides["family"] = family
                families.add((family, row["version"]))
            else:
                families.add((row["family"], row["version"]))
        return overrides

    def _taken_versions(self, mentee: int) -> set[int]:
        if mentee not in self._versions:
            self._versions[mentee] = {
                int(r["version"]) for r in self.mine.under("development_plans", mentee)
            }
        return self._versions[mentee]

    def _taken_families(self) -> set[tuple[str, int]]:
        if self._families is None:
            self._families = {
                (r["family"], r["version"]) for r in self.mine.rows("questionnaire_templates")
            }
        return self._families

    # -- mentees changed on both sides ---------------------------------------------------

    def _changed_mentee(self, row: Row, twin: Row, key: tuple[Any, ...]) -> None:
        """Records follow the vault's mentee; the copy's profile, when it differs, comes in
        as a second marked mentee (unless one with that very profile is there already)."""
        vault_id = int(twin["id"])
        self.maps["mentees"][int(row["id"])] = vault_id
        for extra in self._extras_of(vault_id):
            extra_row = self._mine_row("mentees", extra)
            if extra_row is not None and self._key(self.mine, "mentees", extra_row) == key:
                return
        self._new_second_mentee(row, vault_id)

    def _new_second_mentee(self, row: Row, vault_id: int) -> int:
        new_id = self._insert("mentees", row, {})
        for tag in self.theirs.under("mentee_tags", row["id"]):
            self._insert("mentee_tags", tag, {"mentee_id": new_id})
        self._mark("mentee", new_id, new_id if new_id > 0 else None, vault_id)
        self.result.count(self.result.kept_twice, "mentee")
        self._extras.setdefault(vault_id, []).append(new_id)
        return new_id

    def _extras_of(self, vault_id: int) -> list[int]:
        if vault_id not in self._extras:
            rows = self.db.execute(
                "SELECT record_id FROM merge_marks WHERE kind = 'mentee' AND twin_id = ?",
                (vault_id,),
            ).fetchall()
            self._extras[vault_id] = [int(r[0]) for r in rows]
        return self._extras[vault_id]

    def _mine_row(self, table: str, row_id: int) -> Row | None:
        for row in self.mine.rows(table):
            if int(row["id"]) == row_id:
                return row
        return None

    def _second_mentee_for(
        self, table: str, row: Row, owner: int, key: tuple[Any, ...]
    ) -> int | None:
        """The second mentee that takes a differing canvas or engagement (None: one of
        them holds an equal one already)."""
        free: int | None = None
        for extra in self._extras_of(owner):
            held = self.mine.under(table, extra) if extra > 0 else []
            if any(self._key(self.mine, table, r) == key for r in held):
                self.maps[table][int(row["id"])] = int(held[0]["id"])
                return None
            if not held and free is None and (table, extra) not in self._given:
                free = extra
        if free is None:
            copy_mentee = next(
                r
                for r in self.theirs.rows("mentees")
                if self.maps["mentees"].get(int(r["id"])) == owner
            )
            free = self._new_second_mentee(copy_mentee, owner)
        self._given.add((table, free))
        return free

    # -- the copy's own marks ---------------------------------------------------------------

    def _bring_marks(self) -> None:
        """Marks the copy holds (from a merge on the other machine) on records brought in."""
        if not self.apply:
            return
        have = {
            (str(k), int(r))
            for k, r in self.db.execute("SELECT kind, record_id FROM merge_marks").fetchall()
        }
        rows = self.copy.execute(
            "SELECT kind, record_id, mentee_id, twin_id, source, merged_at FROM merge_marks"
        ).fetchall()
        for kind, record_id, mentee_id, twin_id, source, merged_at in rows:
            table = KINDS.get(str(kind))
            if table is None:
                continue
            record = self.maps[table].get(int(record_id))
            if record is None or record <= 0 or (str(kind), record) in have:
                continue
            mentee = self.maps["mentees"].get(int(mentee_id)) if mentee_id is not None else None
            twin = self.maps[table].get(int(twin_id)) if twin_id is not None else None
            self.db.execute(_INSERT_MARK, (kind, record, mentee, twin, source, merged_at))
            have.add((str(kind), record))


def _row_order(row: Row) -> Any:
    return (row.get("position", 0), row.get("id", 0), repr(sorted(row.items())))


# ---- the whole merge ------------------------------------------------------------------------


def erasure_state(
    vault: Sql, copy: sqlcipher3.Connection, folder: Path, vault_id: str, data_key: bytes
) -> tuple[frozenset[ErasureRecord], list[int], list[int]]:
    """Both sides' erasure records, the copy's mentees they erased (held back) and the
    vault's mentees the copy's records erased (to erase now)."""
    mine = erasures.load_file(folder, vault_id) | erasures.load_db(vault, vault_id)
    theirs = erasures.load_db(copy, vault_id)
    records = mine | theirs
    held_back = erasures.erased_rows(copy, records, [data_key])
    to_erase = erasures.erased_rows(vault, records, [data_key])
    return records, held_back, to_erase


def merge_rows(
    vault: Sql,
    copy: sqlcipher3.Connection,
    *,
    source: str,
    apply: bool,
    held_back: Sequence[int],
    to_erase: Sequence[int],
    delete: Callable[[list[int]], None] | None = None,
) -> MergeCounts:
    """Merge the copy's rows into the vault's (``apply`` False: count only).

    ``held_back``: the copy's mentees not to bring; ``to_erase``: the vault's mentees to
    erase first (``delete`` does it, inside the caller's transaction).
    """
    if apply and to_erase:
        assert delete is not None
        delete(list(to_erase))
    merge = _Merge(vault, copy, source=source, apply=apply, skip_mentees=set(held_back))
    if not apply and to_erase:
        gone = set(to_erase)
        merge.mine._rows["mentees"] = [r for r in merge.mine.rows("mentees") if r["id"] not in gone]
    result = merge.run()
    result.erased_again = len(held_back) + len(to_erase)
    return result


__all__ = [
    "KINDS",
    "ConflictCopy",
    "Counts",
    "MergeCounts",
    "copy_kind",
    "counts",
    "erasure_state",
    "find_conflict_copies",
    "key_copy_for",
    "merge_rows",
    "move_into_backups",
    "open_copy",
    "set_aside_kind",
]
