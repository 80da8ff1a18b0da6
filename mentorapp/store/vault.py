"""The vault folder: create, unlock (passphrase, recovery key, cached key), re-key, lock.

A vault is a folder ``<name>.mentorvault/`` with ``vault.db`` (SQLCipher 4, raw 256-bit
data key), ``vault.key.json`` (the data key wrapped under the passphrase), ``vault.lock``
(who has it open, see lock.py) and ``backups/``. See DESIGN.md for why each step is as
it is.

**Writers and readers.** ``Vault.open``/``open_with_key``/``open_with_recovery_key``
open for writing by default: the single-writer lock is held until ``close``, and a
second writer anywhere gets ``VaultInUse`` at once. With ``read_only=True`` they open
for reading beside a writer (the CLI's list, search and check): such a vault never
writes - no lock file, no key promotion, no migration, no checkpoint, no sweeping;
SQLite opens ``vault.db`` read-only (it may create its ``-shm`` index, as every WAL
reader does). ``transaction``, ``change_passphrase``, ``rekey`` and backups then raise
``VaultReadOnly``; an older schema that needs migrating raises ``VaultInUse`` when a
writer holds the vault, else ``VaultReadOnly`` (open it for writing once). A re-key or
restore refuses while readers are there, and readers are refused while one runs.

**The files as opened.** At open the vault records which file ``vault.db`` is (device,
inode, header salt) and a hash of the key file. Every ``reading``, ``transaction`` and
``engine`` use checks both first (about 10 us) and raises ``VaultReplaced`` or
``KeyChanged`` without touching the new files; a connection is never opened on a file
that is not the one recorded.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import time
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from mentorapp.domain import clock
from mentorapp.store import backup as backups
from mentorapp.store import migrate
from mentorapp.store.atomic import fsync_dir
from mentorapp.store.engine import (
    DbIdentity,
    OpenedFiles,
    check_file,
    connect,
    key_verifies,
    make_engine,
    rekey_database,
    vault_error,
    verify_key,
    why_key_fails,
)
from mentorapp.store.errors import (
    DiskFull,
    ForeignKeyFile,
    KeyChanged,
    KeyFileDamaged,
    NotAVault,
    RekeyFailed,
    VaultBusy,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultOpenedReadOnly,
    VaultReadOnly,
    VaultReplaced,
    VaultTakenOver,
    VaultUnreadable,
    WrongPassphrase,
    WrongRecoveryKey,
)
from mentorapp.store.hardening import wipe
from mentorapp.store.keyfile import (
    KdfParams,
    KeyFile,
    format_recovery_key,
    new_data_key,
    normalise_passphrase,
    parse_recovery_key,
)
from mentorapp.store.layout import (
    BACKUP_DIR,
    DB_NAME,
    FILE_MODE,
    KEY_NAME,
    LOCK_NAME,
    PENDING_KEY_NAME,
    VAULT_SUFFIX,
    db_path,
    is_vault,
    key_path,
    make_folder_private,
    make_private,
    sweep_leftovers,
)
from mentorapp.store.lock import VaultHold, VaultLock, folder_lock, writer_holder
from mentorapp.store.schema import VaultMeta

log = logging.getLogger(__name__)

_MAX_KEY_FILE_READ = 1 << 16
REKEY_MARGIN_BYTES = 16 << 20  # room beyond the database a re-key wants before it starts


@dataclass(frozen=True)
class CheckReport:
    """The outcome of ``Vault.check``: problems found (empty when healthy) and schema."""

    problems: list[str]
    schema_version: str | None
    app_schema_version: str

    @property
    def ok(self) -> bool:
        return not self.problems


class Vault:
    """An unlocked vault: the engine, the data key, the lock, and the operations on the folder."""

    def __init__(
        self,
        folder: Path,
        data_key: bytes | bytearray,
        vault_id: str,
        *,
        hold: VaultHold,
        read_only: bool = False,
    ) -> None:
        self.folder = folder
        self.vault_id = vault_id
        self.read_only = read_only
        self._hold = hold
        self._key: bytearray | None = None
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._files = OpenedFiles(db_path(folder), key_path(folder))
        # How long the passphrase's key derivation took at this unlock (None: no KDF ran,
        # as with the keychain or the recovery key). Only the seconds, never the passphrase.
        self.unlock_seconds: float | None = None
        self._unlock_with(data_key)

    def _unlock_with(self, data_key: bytes | bytearray) -> None:
        self._key = bytearray(data_key)
        self._files.remember()
        me = weakref.ref(self)  # no cycle: an unreachable vault is freed (and unlocked) at once

        def key() -> bytearray | None:
            vault = me()
            return vault._key if vault is not None else None

        def expect() -> DbIdentity | None:
            vault = me()
            return vault._files.db if vault is not None else None

        self._engine = make_engine(
            db_path(self.folder), key, read_only=self.read_only, expect=expect
        )
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)

    # ---- creating and opening -------------------------------------------------------

    @classmethod
    def create(
        cls, folder: Path, passphrase: str, *, kdf: KdfParams | None = None
    ) -> tuple[Vault, str]:
        """Make a new vault; returns it unlocked (and held) and the recovery key to show once."""
        folder = Path(folder)
        normalise_passphrase(passphrase)  # refuse a weak passphrase before touching disk
        if folder.exists() and any(folder.iterdir()):
            raise VaultExists("the folder exists and is not empty")
        made_folder = not folder.exists()
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except PermissionError:
            raise VaultReadOnly("the folder cannot be created here") from None
        make_private(folder)  # an existing empty folder may be 0755
        hold = VaultHold(writer=VaultLock.acquire(folder))
        data_key = new_data_key()
        vault: Vault | None = None
        try:
            keyfile = KeyFile.wrap(data_key, passphrase, params=kdf)
            fd = os.open(db_path(folder), os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
            os.close(fd)  # SQLite gives -wal and -shm the database file's mode
            connect(db_path(folder), data_key, create=True).close()
            vault = cls(folder, data_key, keyfile.vault_id, hold=hold)
            migrate.upgrade(vault.engine)
            with vault.reading() as session, session.begin():
                session.add(VaultMeta(key="vault_id", value=keyfile.vault_id))
                session.add(VaultMeta(key="created", value=clock.now().isoformat()))
            keyfile.save(key_path(folder))
            (folder / BACKUP_DIR).mkdir(exist_ok=True, mode=0o700)
            make_folder_private(folder)
            vault._files.remember()
        except BaseException:
            if vault is not None:
                vault._abandon()
            names = (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEY_NAME, LOCK_NAME, BACKUP_DIR)
            for name in names:
                with contextlib.suppress(OSError):
                    (folder / name).rmdir() if name == BACKUP_DIR else (folder / name).unlink()
            hold.release(forget=True)
            if made_folder:
                with contextlib.suppress(OSError):
                    folder.rmdir()
            raise
        return vault, format_recovery_key(data_key)

    @classmethod
    def open(
        cls, folder: Path, passphrase: str, *, read_only: bool = False, take_over: bool = False
    ) -> Vault:
        """Unlock with the passphrase. Nothing in the folder changes on failure.

        ``VaultInUse`` at once when another writer holds it (or, ``read_only``, while a
        re-key or restore runs); with ``stale=True`` when its holder elsewhere stopped
        beating, which ``take_over=True`` takes over (see lock.py). See the module
        docstring for ``read_only``.
        """
        folder = _existing_vault(folder, read_only)
        hold = VaultHold.take(folder, read_only, take_over=take_over)
        db = db_path(folder)
        try:
            pending = folder / PENDING_KEY_NAME
            refused: VaultError | None = None
            took: float | None = None
            try:
                keyfile = KeyFile.load(key_path(folder))
                data_key, took = _timed_unwrap(keyfile, passphrase)
            except (WrongPassphrase, KeyFileDamaged) as exc:
                if not pending.exists():
                    raise
                data_key = b""  # an interrupted re-key or restore: the pending file may fit
                refused = exc
            if pending.exists() and not (data_key and _opens(folder, data_key, read_only)):
                # A re-key or restore stopped after the database changed, before the key file.
                try:
                    new_file = KeyFile.load(pending)
                    new_key, took = _timed_unwrap(new_file, passphrase)
                except (WrongPassphrase, KeyFileDamaged):
                    # The pending file does not help: the key file's own verdict stands.
                    if refused is not None:
                        raise refused from None
                    raise why_key_fails(
                        db_path(folder), [data_key], foreign=ForeignKeyFile
                    ) from None
                if not _opens(folder, new_key, read_only):
                    raise why_key_fails(
                        db_path(folder), [data_key, new_key], foreign=ForeignKeyFile
                    )
                if not read_only:
                    os.replace(pending, key_path(folder))
                    fsync_dir(folder)
                keyfile, data_key = new_file, new_key
            elif not pending.exists() and not _opens(folder, data_key, read_only):
                raise why_key_fails(db, [data_key], foreign=ForeignKeyFile)
            vault = cls._finish_open(folder, data_key, keyfile.vault_id, hold, read_only)
            vault.unlock_seconds = took
            return vault
        except BaseException as exc:
            hold.release(forget=True)
            if isinstance(exc, PermissionError):
                raise VaultUnreadable("a file of the vault may not be read") from None
            raise

    @classmethod
    def open_with_key(
        cls, folder: Path, data_key: bytes, *, read_only: bool = False, take_over: bool = False
    ) -> Vault:
        """Unlock with the data key itself (recovery key or OS keychain); ``take_over`` as
        in ``open``."""
        folder = _existing_vault(folder, read_only)
        hold = VaultHold.take(folder, read_only, take_over=take_over)
        try:
            vault_id: str | None = None
            for name in (KEY_NAME, PENDING_KEY_NAME):
                with contextlib.suppress(KeyFileDamaged):
                    candidate = KeyFile.load(folder / name)
                    if candidate.matches(data_key):
                        vault_id = candidate.vault_id
                        break
            if not _opens(folder, data_key, read_only):
                raise why_key_fails(
                    db_path(folder),
                    [data_key],
                    foreign=ForeignKeyFile if vault_id is not None else WrongRecoveryKey,
                    message="the key does not open this vault",
                )
            if vault_id is None:  # key file lost or from another key: read the id from the db
                vault_id = _read_vault_id(folder, data_key)
            return cls._finish_open(folder, data_key, vault_id, hold, read_only)
        except BaseException as exc:
            hold.release(forget=True)
            if isinstance(exc, PermissionError):
                raise VaultUnreadable("a file of the vault may not be read") from None
            raise

    @classmethod
    def open_with_recovery_key(
        cls, folder: Path, recovery_key: str, *, read_only: bool = False, take_over: bool = False
    ) -> Vault:
        data_key = parse_recovery_key(recovery_key)
        if data_key is None:
            raise WrongRecoveryKey("not 64 hexadecimal digits")
        return cls.open_with_key(folder, data_key, read_only=read_only, take_over=take_over)

    @classmethod
    def _finish_open(
        cls, folder: Path, data_key: bytes, vault_id: str, hold: VaultHold, read_only: bool
    ) -> Vault:
        vault = cls(folder, data_key, vault_id, hold=hold, read_only=read_only)
        try:
            if migrate.pending(vault.engine):  # raises SchemaTooNew for a newer vault
                if read_only:
                    holder = writer_holder(folder)
                    if holder is not None:
                        raise holder.in_use("a writer is upgrading this vault")
                    raise VaultReadOnly("the vault needs an upgrade: open it for writing once")
                backups.make_backup(vault, label="pre-migration")
                migrate.upgrade(vault.engine)
            if not read_only:
                # We hold the writer lock: no backup or restore of ours can be under way.
                for place in (folder, folder / BACKUP_DIR):
                    swept = sweep_leftovers(place)
                    if swept:
                        log.info("removed %d leftover file(s) of an interrupted write", len(swept))
                make_folder_private(folder)
        except BaseException:
            vault._abandon()
            raise
        return vault

    # ---- using ----------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, after checking the files are still those opened."""
        if self._engine is None:
            raise VaultLocked("the vault is locked")
        self.check_files()
        return self._engine

    def _key_buffer(self) -> bytearray:
        """The key itself, for the store's own use (no copy; zeroed by ``close``)."""
        if self._key is None:
            raise VaultLocked("the vault is locked")
        return self._key

    @property
    def data_key(self) -> bytes:
        if self._key is None:
            raise VaultLocked("the vault is locked")
        return bytes(self._key)

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def check_files(self) -> None:
        """``KeyChanged`` / ``VaultReplaced`` if the key file or vault.db changed since open.

        Nothing is written; a few microseconds while nothing changed (see ``OpenedFiles``).
        """
        self._files.check()

    def reading(self) -> Session:
        """A new ORM session for reading (a context manager; ``transaction`` for writing).

        Named for what it does: in this app a "session" is a coaching session.
        """
        if self._sessions is None:
            raise VaultLocked("the vault is locked")
        self.check_files()
        return self._sessions()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """An ORM session in a transaction: commits on success, rolls back on error.

        Checks first that this vault may write and that its files are still the ones
        opened (``VaultReadOnly``, ``VaultReplaced``, ``KeyChanged``: nothing written).
        """
        self._before_write()
        with self.reading() as db, db.begin():
            yield db

    def _before_write(self) -> None:
        if self._engine is None:
            raise VaultLocked("the vault is locked")
        if self.read_only or self._hold.writer is None:
            raise VaultOpenedReadOnly("this vault was opened read-only")
        self._hold.writer.still_ours()  # VaultTakenOver: another machine has it now
        self._hold.writer.beat_if_due()

    def heartbeat(self) -> None:
        """Refresh the lock's heartbeat now (the lock also beats on its own while idle).

        ``VaultTakenOver`` when another machine took the vault over.
        """
        if self._hold.writer is not None:
            self._hold.writer.beat()

    def check_lock(self) -> None:
        """``VaultTakenOver`` when another machine took the lock over. Reads only: the
        lock's own thread keeps the heartbeat, so a check writes nothing to sync."""
        if self._hold.writer is not None:
            self._hold.writer.still_ours()

    @property
    def taken_over(self) -> bool:
        """True once this writer has seen that another machine took its lock over."""
        writer = self._hold.writer
        if writer is None:
            return False
        with contextlib.suppress(VaultTakenOver):
            writer.still_ours()
        return writer.taken_over_by is not None

    def close(self) -> None:
        """Lock: fold the log into the file, dispose the engine, drop the key and the lock.

        After a take-over elsewhere nothing is written: no checkpoint (vault.db is the new
        holder's now; what was committed here stays in this machine's -wal), and the lock
        file keeps the new holder's content.
        """
        engine = self._engine
        if engine is not None and not self.read_only and self.taken_over:
            self._abandon_without_checkpoint()
            return
        if engine is not None and not self.read_only and self._may_checkpoint():
            # The connection creator refuses a replaced file, so this checkpoint can only
            # ever reach the file this vault opened.
            with contextlib.suppress(Exception), engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA busy_timeout = 1000")
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self._abandon()

    def _may_checkpoint(self) -> bool:
        """Whether closing may fold the log into the file: yes when nothing changed, and
        yes when vault.db was renamed over (then only our pooled connections, which hold
        the old file and the old log, can do it: that empties the log, which would
        otherwise be replayed into the new file by its next opener).

        Not when the key file changed alone, nor when vault.db was rewritten in place:
        the file is no longer ours to write. (SQLite's own close may still fold the last
        committed frames into a file rewritten in place: nothing an application can
        prevent for a file another program overwrites under an open database.)
        """
        try:
            self.check_files()
        except KeyChanged:
            return False
        except VaultReplaced:
            return self._files.renamed_over()
        return True

    def _abandon(self) -> None:
        """Dispose the engine, zero the key and release the hold (no checkpoint)."""
        self._abandon_engine_only()
        self._hold.release()

    def _abandon_without_checkpoint(self) -> None:
        """``_abandon``, keeping SQLite from folding the log into vault.db as its last
        connection closes: a read-only connection opened first keeps a shared lock, so
        the writers' close cannot checkpoint, and a read-only connection never does."""
        keeper = None
        if self._key is not None:
            with contextlib.suppress(Exception):
                keeper = connect(
                    db_path(self.folder), self._key, read_only=True, expect=self._files.db
                )
                keeper.execute("BEGIN")
                keeper.execute("SELECT count(*) FROM sqlite_master").fetchone()
        try:
            self._abandon_engine_only()
        finally:
            if keeper is not None:
                with contextlib.suppress(Exception):
                    keeper.close()
            self._hold.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- keys -----------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Re-wrap the same data key under a new passphrase (atomic key-file replace)."""
        self._before_write()
        self.check_files()
        KeyFile.wrap(self.data_key, new_passphrase, self.vault_id, kdf).save(key_path(self.folder))
        make_private(key_path(self.folder))
        self._files.remember()

    def rekey(self, passphrase: str, *, kdf: KdfParams | None = None) -> str:
        """New data key for the database (PRAGMA rekey); returns the new recovery key.

        The new key file is written aside (``.pending``) and promoted only after the new
        key has been seen to open the database and pass ``cipher_integrity_check`` on
        every page. If it does not, the vault keeps opening with the old key, the pending
        file is removed, and the cause is raised (``DiskFull`` when the disk is what
        stopped it). An interruption at any point leaves a vault ``open`` completes.
        Refused (``VaultInUse``) while any reader has the vault open.
        """
        self._before_write()
        self.check_files()
        KeyFile.load(key_path(self.folder)).unwrap(passphrase)  # the coach proves it first
        with folder_lock(self.folder, exclusive=True):
            _require_room(self.folder)
            new_key = bytearray(new_data_key())
            pending = self.folder / PENDING_KEY_NAME
            KeyFile.wrap(bytes(new_key), passphrase, self.vault_id, kdf).save(pending)
            assert self._key is not None and self._engine is not None
            old_key = bytearray(self._key)
            self._engine.dispose()  # no pooled connection may keep writing with the old key
            interrupted: BaseException | None = None
            try:
                self._rekey_and_verify(old_key, new_key)
            except BaseException as exc:
                error = self._rekey_failed(old_key, new_key, pending, exc)
                if error is not None:
                    wipe(new_key)
                    wipe(old_key)
                    if error is exc:
                        raise
                    raise error from None
                if not isinstance(exc, Exception):
                    interrupted = exc  # it took after all: finish, then let Ctrl-C go on
            os.replace(pending, key_path(self.folder))
            fsync_dir(self.folder)
            make_folder_private(self.folder)
            self._abandon_engine_only()
            wipe(old_key)
            self._unlock_with(new_key)
            recovery = format_recovery_key(bytes(new_key))
            wipe(new_key)
            if interrupted is not None:
                raise interrupted
            return recovery

    def _rekey_and_verify(self, old_key: bytearray, new_key: bytearray) -> None:
        db = db_path(self.folder)
        conn = connect(db, old_key, expect=self._files.db)
        try:
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlcipher3.Error as exc:  # nothing started yet: say why (busy, full...)
                raise vault_error(exc) from None
            try:
                rekey_database(conn, new_key)
                busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            except sqlcipher3.Error as exc:
                # A failed rekey leaves its connection in no state to say why ("table is
                # locked" after a failed write): only a full disk or read-only file tell.
                mapped = vault_error(exc)
                if isinstance(mapped, DiskFull | VaultReadOnly):
                    raise mapped from None
                raise RekeyFailed("the re-key failed while writing") from None
            if busy:
                raise RekeyFailed("the re-key could not be folded into the file")
        finally:
            conn.close()
        verify_key(db, new_key)

    def _rekey_failed(
        self, old_key: bytearray, new_key: bytearray, pending: Path, exc: BaseException
    ) -> BaseException | None:
        """After a re-key that failed or was interrupted, see which key the file has.

        The old key verifies: remove the pending file, reopen with the old key and return
        the error to raise. Only the new one does: it took after all (None: promote it).
        Neither: keep the pending file, so that ``open`` can try both keys, and lock.
        """
        db = db_path(self.folder)
        if not key_verifies(db, old_key):
            if key_verifies(db, new_key):
                return None
            log.error("re-key failed and neither key verifies every page")
            self._abandon()
            return VaultDamaged("the re-key failed part-way: neither key verifies")
        with contextlib.suppress(OSError):
            pending.unlink()
        fsync_dir(self.folder)
        self._abandon_engine_only()
        self._unlock_with(old_key)
        if isinstance(exc, DiskFull) or _room_short(self.folder):
            return DiskFull("no room to re-key the vault; it keeps its old key")
        if isinstance(exc, VaultReadOnly | VaultBusy | VaultInUse | VaultUnreadable):
            return exc  # a cause the coach can act on, as it was found before the re-key
        if isinstance(exc, Exception):
            # Whatever SQLCipher answered, the new key did not verify: the vault is not
            # damaged (the old key just verified), the re-key simply did not happen.
            return RekeyFailed("the re-key did not take; the vault keeps its old key")
        return exc  # KeyboardInterrupt and friends go on as they are

    def _abandon_engine_only(self) -> None:
        """Dispose the engine and zero the key; the hold on the folder stays."""
        if self._engine is not None:
            self._engine.dispose()
        self._engine = None
        self._sessions = None
        if self._key is not None:
            wipe(self._key)
            self._key = None

    def recovery_key(self) -> str:
        return format_recovery_key(self.data_key)

    # ---- health ---------------------------------------------------------------------

    def check(self) -> CheckReport:
        """cipher_integrity_check + integrity_check + foreign keys + schema version."""
        problems: list[str] = []
        with self.engine.connect() as conn:
            problems += [str(r[0]) for r in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
            result = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
            if result != ["ok"]:
                problems += result
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if fk:
                problems.append(f"{len(fk)} rows break foreign keys")
            version = migrate.current_revision(conn)
        head = migrate.head_revision()
        if version != head:
            problems.append(f"schema {version} differs from this app's {head}")
        return CheckReport(problems, version, head)

    def count_rows(self, table: str) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one())


def _existing_vault(folder: Path, read_only: bool = True) -> Path:
    """The vault folder, checked without writing: a vault, a readable non-empty database,
    and (for a writer) a folder and database that may be written."""
    folder = Path(folder)
    try:
        if not folder.is_dir() or not is_vault(folder):
            raise NotAVault("no Mentorapp vault at this path")
        os.listdir(folder)
    except PermissionError:
        raise VaultUnreadable("the vault folder may not be read") from None
    check_file(db_path(folder))
    if not read_only:
        for path, mode in ((folder, os.W_OK | os.X_OK), (db_path(folder), os.W_OK)):
            if not os.access(path, mode, effective_ids=os.access in os.supports_effective_ids):
                raise VaultReadOnly(f"{path.name} may not be written")
    return folder


def _opens(folder: Path, data_key: bytes | bytearray, read_only: bool) -> bool:
    """True when ``data_key`` decrypts the database header (nothing is written).

    A writer probes read-write: closing the last connection then removes the -wal and
    -shm files the probe needed, so a refused key leaves the folder as it was.
    """
    try:
        connect(db_path(folder), data_key, read_only=read_only).close()
    except VaultDamaged:
        return False
    return True


def _timed_unwrap(keyfile: KeyFile, passphrase: str) -> tuple[bytes, float]:
    """The data key, and how many seconds the key derivation took (``_kdf_clock``)."""
    started = _kdf_clock()
    data_key = keyfile.unwrap(passphrase)
    return data_key, _kdf_clock() - started


_kdf_clock = time.perf_counter  # tests put a fake clock here


def _database_bytes(folder: Path) -> int:
    total = 0
    for name in (DB_NAME, DB_NAME + "-wal"):
        with contextlib.suppress(OSError):
            total += os.path.getsize(folder / name)
    return total


def _free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def _room_short(folder: Path) -> bool:
    """True when the disk lacks room for a re-key (SQLite writes every page to the log)."""
    try:
        return _free_bytes(folder) < _database_bytes(folder) + REKEY_MARGIN_BYTES
    except OSError:
        return False


def _require_room(folder: Path) -> None:
    if _room_short(folder):
        raise DiskFull("no room to re-key the vault; nothing was changed")


def _read_vault_id(folder: Path, data_key: bytes) -> str:
    conn = connect(db_path(folder), data_key, read_only=True)
    try:
        row = conn.execute("SELECT value FROM vault_meta WHERE key = 'vault_id'").fetchone()
    finally:
        conn.close()
    if row is None:
        raise VaultDamaged("vault id missing")
    return str(row[0])


def check_passphrase(folder: Path, passphrase: str) -> None:
    """Raise ``WrongPassphrase`` unless ``passphrase`` unwraps this vault's key."""
    KeyFile.load(key_path(_existing_vault(folder))).unwrap(passphrase)


__all__ = [
    "BACKUP_DIR",
    "DB_NAME",
    "KEY_NAME",
    "LOCK_NAME",
    "PENDING_KEY_NAME",
    "VAULT_SUFFIX",
    "CheckReport",
    "Vault",
    "check_passphrase",
    "db_path",
    "is_vault",
    "key_path",
]
