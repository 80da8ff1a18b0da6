"""The vault folder: create, unlock (passphrase, recovery key, cached key), re-key, lock.

A vault is a folder ``<name>.mentorvault/`` with ``vault.db`` (SQLCipher 4, raw 256-bit
data key), ``vault.key.json`` (the data key wrapped under the passphrase) and
``backups/``. See DESIGN.md for why each step is as it is.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from mentorapp.domain import clock
from mentorapp.store import backup as backups
from mentorapp.store import migrate
from mentorapp.store.atomic import fsync_dir
from mentorapp.store.engine import connect, make_engine, raw_key_pragma_value
from mentorapp.store.errors import (
    KeyFileDamaged,
    NotAVault,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    WrongPassphrase,
    WrongRecoveryKey,
)
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
    KEY_NAME,
    PENDING_KEY_NAME,
    VAULT_SUFFIX,
    db_path,
    is_vault,
    key_path,
)
from mentorapp.store.schema import VaultMeta

log = logging.getLogger(__name__)


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
    """An unlocked vault: the engine, the data key, and the operations on the folder."""

    def __init__(self, folder: Path, data_key: bytes, vault_id: str) -> None:
        self.folder = folder
        self.vault_id = vault_id
        self._key: bytearray | None = None
        self._engine: Engine | None = None
        self._unlock_with(data_key)

    def _unlock_with(self, data_key: bytes) -> None:
        self._key = bytearray(data_key)
        self._engine = make_engine(db_path(self.folder), data_key)
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)

    # ---- creating and opening -------------------------------------------------------

    @classmethod
    def create(
        cls, folder: Path, passphrase: str, *, kdf: KdfParams | None = None
    ) -> tuple[Vault, str]:
        """Make a new vault; returns it unlocked and the recovery key to show once."""
        folder = Path(folder)
        normalise_passphrase(passphrase)  # refuse a weak passphrase before touching disk
        if folder.exists() and any(folder.iterdir()):
            raise VaultExists("the folder exists and is not empty")
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        data_key = new_data_key()
        keyfile = KeyFile.wrap(data_key, passphrase, params=kdf)
        try:
            connect(db_path(folder), data_key, create=True).close()
            vault = cls(folder, data_key, keyfile.vault_id)
            migrate.upgrade(vault.engine)
            with vault.reading() as session, session.begin():
                session.add(VaultMeta(key="vault_id", value=keyfile.vault_id))
                session.add(VaultMeta(key="created", value=clock.now().isoformat()))
            keyfile.save(key_path(folder))
        except BaseException:
            for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEY_NAME):
                with contextlib.suppress(OSError):
                    (folder / name).unlink()
            with contextlib.suppress(OSError):
                folder.rmdir()
            raise
        (folder / BACKUP_DIR).mkdir(exist_ok=True, mode=0o700)
        return vault, format_recovery_key(data_key)

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> Vault:
        """Unlock with the passphrase. Nothing in the folder changes on failure."""
        folder = _existing_vault(folder)
        pending = folder / PENDING_KEY_NAME
        try:
            keyfile = KeyFile.load(key_path(folder))
            data_key = keyfile.unwrap(passphrase)
        except (WrongPassphrase, KeyFileDamaged):
            if not pending.exists():
                raise
            data_key = b""  # an interrupted re-key or restore: the pending file may fit
        if pending.exists() and not (data_key and _opens(folder, data_key)):
            # A re-key or restore stopped after the database changed, before the key file.
            new_file = KeyFile.load(pending)
            new_key = new_file.unwrap(passphrase)
            if not _opens(folder, new_key):
                raise VaultDamaged("neither key opens the database")
            os.replace(pending, key_path(folder))
            keyfile, data_key = new_file, new_key
        return cls._finish_open(folder, data_key, keyfile.vault_id)

    @classmethod
    def open_with_key(cls, folder: Path, data_key: bytes) -> Vault:
        """Unlock with the data key itself (recovery key or OS keychain)."""
        folder = _existing_vault(folder)
        vault_id: str | None = None
        for name in (KEY_NAME, PENDING_KEY_NAME):
            with contextlib.suppress(KeyFileDamaged):
                candidate = KeyFile.load(folder / name)
                if candidate.matches(data_key):
                    vault_id = candidate.vault_id
                    break
        if not _opens(folder, data_key):
            raise WrongRecoveryKey("the key does not open this vault")
        if vault_id is None:  # key file lost or from another key: read the id from the db
            vault_id = _read_vault_id(folder, data_key)
        return cls._finish_open(folder, data_key, vault_id)

    @classmethod
    def open_with_recovery_key(cls, folder: Path, recovery_key: str) -> Vault:
        data_key = parse_recovery_key(recovery_key)
        if data_key is None:
            raise WrongRecoveryKey("not 64 hexadecimal digits")
        return cls.open_with_key(folder, data_key)

    @classmethod
    def _finish_open(cls, folder: Path, data_key: bytes, vault_id: str) -> Vault:
        vault = cls(folder, data_key, vault_id)
        try:
            if migrate.pending(vault.engine):  # raises SchemaTooNew for a newer vault
                backups.make_backup(vault, label="pre-migration")
                migrate.upgrade(vault.engine)
        except BaseException:
            vault.close()
            raise
        return vault

    # ---- using ----------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLocked("the vault is locked")
        return self._engine

    @property
    def data_key(self) -> bytes:
        if self._key is None:
            raise VaultLocked("the vault is locked")
        return bytes(self._key)

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def reading(self) -> Session:
        """A new ORM session for reading (a context manager; ``transaction`` for writing).

        Named for what it does: in this app a "session" is a coaching session.
        """
        if self._engine is None:
            raise VaultLocked("the vault is locked")
        return self._sessions()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """An ORM session in a transaction: commits on success, rolls back on error."""
        with self.reading() as db, db.begin():
            yield db

    def close(self) -> None:
        """Lock: dispose the engine and drop the data key."""
        if self._engine is not None:
            with contextlib.suppress(Exception), self._engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            self._engine.dispose()
            self._engine = None
        if self._key is not None:
            for i in range(len(self._key)):
                self._key[i] = 0
            self._key = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- keys -----------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, *, kdf: KdfParams | None = None) -> None:
        """Re-wrap the same data key under a new passphrase (atomic key-file replace)."""
        KeyFile.wrap(self.data_key, new_passphrase, self.vault_id, kdf).save(key_path(self.folder))

    def rekey(self, passphrase: str, *, kdf: KdfParams | None = None) -> str:
        """New data key for the database (PRAGMA rekey); returns the new recovery key.

        The new key file is written aside first, so an interruption at any point leaves
        a vault that ``open`` completes with the same passphrase.
        """
        current = KeyFile.load(key_path(self.folder))
        current.unwrap(passphrase)  # the coach proves the passphrase before a re-key
        new_key = new_data_key()
        pending = self.folder / PENDING_KEY_NAME
        KeyFile.wrap(new_key, passphrase, self.vault_id, kdf).save(pending)
        engine = self.engine
        engine.dispose()
        conn = connect(db_path(self.folder), self.data_key)
        try:
            conn.execute(f'PRAGMA rekey = "{raw_key_pragma_value(new_key)}"')
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        os.replace(pending, key_path(self.folder))
        fsync_dir(self.folder)
        self.close()
        self._unlock_with(new_key)
        return format_recovery_key(new_key)

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


def _existing_vault(folder: Path) -> Path:
    folder = Path(folder)
    if not folder.is_dir() or not is_vault(folder):
        raise NotAVault("no Mentorapp vault at this path")
    if not db_path(folder).is_file():
        raise VaultDamaged("vault.db is missing")
    return folder


def _opens(folder: Path, data_key: bytes) -> bool:
    """True when ``data_key`` decrypts the database header (nothing is written)."""
    try:
        connect(db_path(folder), data_key).close()
    except VaultDamaged:
        return False
    return True


def _read_vault_id(folder: Path, data_key: bytes) -> str:
    conn = connect(db_path(folder), data_key)
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
    "PENDING_KEY_NAME",
    "VAULT_SUFFIX",
    "CheckReport",
    "Vault",
    "check_passphrase",
    "db_path",
    "is_vault",
    "key_path",
]
