"""Backups from the window: the coach's backup policy, the daily one, back up now, restore."""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QLineEdit, QWidget

from mentorapp.gui.labels import short_date
from mentorapp.gui.ops import format_for_log, run_op, run_write, vault_events
from mentorapp.gui.settings import AppSettings
from mentorapp.gui.style import set_status
from mentorapp.services import vault_life
from mentorapp.services.changes import Area, Changes
from mentorapp.services.vault_files import default_backup_folder
from mentorapp.services.vault_life import BackupInfo, BackupPolicy
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)


def backup_policy(settings: AppSettings, vault_id: str) -> BackupPolicy:
    return BackupPolicy(settings.backup_folder(vault_id), settings.backup_keep)


def auto_backup_if_due(vault: Vault, settings: AppSettings, today: date) -> BackupInfo | None:
    """At most one automatic backup a day (on lock or quit), rotated and verified.

    None for a vault open read-only or taken over by another computer: the writer there
    backs it up (a backup here would fail: it records itself in the vault)."""
    if vault.read_only or vault.taken_over:
        return None
    vault_id = vault.vault_id
    info = vault_life.back_up_if_due(
        vault, backup_policy(settings, vault_id), settings.last_auto_backup(vault_id), today
    )
    if info is not None:
        settings.set_last_auto_backup(vault_id, today.isoformat())
    return info


class BackupFlows(QObject):
    """Back up now and restore, with their dialogs; the window reacts to the signals."""

    backed_up = Signal(object)  # BackupInfo
    restored = Signal(object)  # the restored vault, unlocked
    erased_again = Signal(int)  # mentees erased since the backup, removed from it again
    restore_failed = Signal(object)  # the exception
    failed = Signal(object)

    def __init__(self, settings: AppSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self.settings = settings
        self.window = parent
        # The vault's last good backup, in the status bar (vault-wide, not per mentee).
        self.status = QLabel()
        vault_events().changed.connect(self._changed)
        self._vault: Vault | None = None

    def show_status(self, vault: Vault | None) -> None:
        """Read when the last backup was made (off the GUI thread) and say it; None clears."""
        self._vault = vault
        if vault is None:
            set_status(self.status, "", speak=False)
            return
        folder = self.settings.backup_folder(vault.vault_id)

        def show(when: object) -> None:
            if self._vault is not vault:
                return
            if isinstance(when, datetime):
                text = self.tr("Last good backup: {when}").format(when=short_date(when))
            else:
                text = self.tr("No backup yet: one is made when you lock or quit.")
            set_status(self.status, text, speak=False)

        run_op(
            lambda: vault_life.last_backup_at(vault, folder),
            show,
            lambda exc: log.warning("last backup unknown: %s", format_for_log(exc)),
            parent=self,
        )

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Area.BACKUPS) and self._vault is not None and self._vault.is_open:
            self.show_status(self._vault)

    def back_up_now(self, vault: Vault) -> None:
        run_write(
            lambda: vault_life.back_up(vault, backup_policy(self.settings, vault.vault_id)),
            self.backed_up.emit,
            self.failed.emit,
            parent=self,
        )

    def ask_restore(self, vault_folder: Path, vault_id: str | None) -> tuple[Path, str] | None:
        """The backup file and the passphrase it was made with, or None if cancelled."""
        start = self.settings.backup_folder(vault_id) if vault_id else None
        start = start or default_backup_folder(vault_folder)
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore backup"),
            str(start),
            self.tr("Mentorapp backups (vault-*.db)"),
        )
        if not path:
            return None
        passphrase, ok = QInputDialog.getText(
            self.window,
            self.tr("Restore backup - Mentorapp"),
            self.tr("Passphrase that was in use when this backup was made:"),
            QLineEdit.EchoMode.Password,
        )
        if not (ok and passphrase):
            return None
        return Path(path), passphrase

    def restore(self, vault_folder: Path, backup_file: Path, passphrase: str) -> None:
        """Restore into the locked vault (the current database is kept aside), then open it.

        Mentees erased since the backup was made are erased again before it opens.
        """

        def done(result: object) -> None:
            assert isinstance(result, tuple)
            vault, restored = result
            if restored.reapplied:
                self.erased_again.emit(restored.reapplied)
            self.restored.emit(vault)

        run_op(
            lambda: vault_life.restore_and_unlock(vault_folder, backup_file, passphrase),
            done,
            self.restore_failed.emit,
            parent=self,
        )
