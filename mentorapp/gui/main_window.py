"""The main window: mentee list, workspace or dashboard, menus, search, lock and unlock."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.ids import MenteeId, StoryId
from mentorapp.domain.model import Mentee
from mentorapp.gui.backup_flows import BackupFlows, auto_backup_if_due
from mentorapp.gui.dashboard import DashboardView
from mentorapp.gui.erase_dialog import ErasureFlow
from mentorapp.gui.i18n import error_message
from mentorapp.gui.kdf_note import KdfNote
from mentorapp.gui.key_flows import RecoveryKeyFlow
from mentorapp.gui.lock import IdleWatcher, LockReason, SessionLockListener
from mentorapp.gui.main_menu import MainActions
from mentorapp.gui.mentee_dialog import MenteeEdits
from mentorapp.gui.mentee_exports import MenteeExports
from mentorapp.gui.mentee_list import MenteeListPane
from mentorapp.gui.ops import format_for_log, run_op, vault_events
from mentorapp.gui.search_popup import SearchPopup
from mentorapp.gui.settings import AppSettings
from mentorapp.gui.settings_dialog import SettingsDialog
from mentorapp.gui.shortcuts import ReservedShortcuts
from mentorapp.gui.sync.window import SyncFlows
from mentorapp.gui.unlock import UnlockWidget
from mentorapp.gui.workspace import MenteeWorkspace, default_split
from mentorapp.services import mentees, vault_life
from mentorapp.services.changes import Area, Changes
from mentorapp.services.search import SearchHit
from mentorapp.services.vault_files import Keychain
from mentorapp.services.vault_life import BackupInfo, Erased
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """One vault's window. Starts locked unless given an open vault."""

    language_change_requested = Signal(str)
    other_vault_requested = Signal()
    new_vault_requested = Signal()
    demo_requested = Signal()

    def __init__(
        self,
        folder: Path,
        settings: AppSettings,
        keychain: Keychain,
        vault: Vault | None = None,
        demo_passphrase: str | None = None,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.settings = settings
        self.keychain = keychain
        self.vault: Vault | None = None
        self.demo_passphrase = demo_passphrase
        self.setWindowTitle(self.tr("{vault} - Mentorapp").format(vault=folder.stem))
        self.setMinimumSize(960, 640)

        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.lock_page = QWidget()
        self.lock_layout = QVBoxLayout(self.lock_page)
        self.lock_layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock: UnlockWidget | None = None
        self.pages.addWidget(self.lock_page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.centre = QStackedWidget()
        self._build_views()
        self.splitter.addWidget(self.mentees)
        self.splitter.addWidget(self.centre)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(list(default_split(1280)))  # until shown (showEvent)
        self.pages.addWidget(self.splitter)
        self._come_back_to: tuple[MenteeId | None, int] = (None, 0)
        self._reloads = 0  # only the newest read of the list is shown
        self.search_popup: SearchPopup | None = None

        self.exports = MenteeExports(self, settings, self._current_mentee, self.notify)
        self.recovery, self.kdf_note = RecoveryKeyFlow(self), KdfNote(self)  # re-tune offer
        self.erasure = ErasureFlow(self)
        self.erasure.erased.connect(self._erased)
        self.erasure.failed.connect(self._failed)
        self.backups = BackupFlows(settings, self)
        self.statusBar().addPermanentWidget(self.backups.status)
        self.backups.backed_up.connect(self._backed_up)
        self.backups.failed.connect(self._failed)
        self.backups.restored.connect(self.enter)
        self.backups.erased_again.connect(
            lambda count: self.notify(
                self.tr("Removed %n erased mentee(s) again from the restored backup.", "", count)
            )
        )
        self.backups.restore_failed.connect(lambda exc: self._show_lock_page(error_message(exc)))
        self._select_next: MenteeId | None = None
        self.mentee_edits = MenteeEdits(self)
        self.mentee_edits.added.connect(self._mentee_added)
        self.mentee_edits.failed.connect(self._failed)
        vault_events().changed.connect(self._changed)
        self.demo_banner = QLabel()
        self.statusBar().addPermanentWidget(self.demo_banner)
        self.menu = MainActions(self)
        self.sync = SyncFlows(self)  # read-only mode, take-over, conflict copies
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(lambda: self.lock(LockReason.IDLE))
        self.reserved = ReservedShortcuts(
            self, [self.menu.search.shortcut(), self.menu.lock.shortcut()]
        )
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
            app.installEventFilter(self.reserved)
        self.session_lock = SessionLockListener(self)
        self.session_lock.lock_requested.connect(lambda: self.lock(LockReason.SYSTEM))
        self._restore_geometry()
        if vault is not None:
            self.enter(vault)
        else:
            self._show_lock_page()

    # ---- the views of an open vault -------------------------------------------------

    def _build_views(self) -> None:
        """The mentee list, dashboard and workspace: made new for every unlock.

        A lock destroys them (``_renew_views``): no widget, hidden or not, keeps a name
        or a note of the vault for a screen reader or a later look.
        """
        self.mentees = MenteeListPane()
        self.mentees.mentee_selected.connect(self.open_mentee)
        self.mentees.selection_cleared.connect(self.show_dashboard)
        self.mentees.new_mentee_requested.connect(self.new_mentee)
        self.dashboard = DashboardView(check_interval_days=lambda: self.settings.career_check_days)
        self.dashboard.mentee_requested.connect(self.select_mentee)
        self.dashboard.erase_retention_requested.connect(self.erase_past_retention)
        self.dashboard.new_mentee_requested.connect(self.new_mentee)
        self.dashboard.demo_requested.connect(self.demo_requested)
        self.workspace = MenteeWorkspace()
        self.workspace.edit_requested.connect(self.edit_mentee)
        self.workspace.plan_export_requested.connect(lambda p: self.exports.export_plan_pdf(p))
        self.workspace.summary_export_requested.connect(
            lambda c: self.exports.export_summary_pdf(c)
        )
        self.workspace.currentChanged.connect(lambda _i: self._update_actions())
        self.centre.addWidget(self.dashboard)
        self.centre.addWidget(self.workspace)

    def _renew_views(self) -> None:
        """Replace the vault's views with empty new ones (after a lock or a restore)."""
        sizes = self.splitter.sizes()
        old = (self.mentees, self.dashboard, self.workspace)
        self.workspace.clear()
        self.mentees.clear()
        self.dashboard.clear()
        self._build_views()
        self.splitter.replaceWidget(0, self.mentees)
        self.centre.setCurrentWidget(self.dashboard)
        for widget in old:
            widget.hide()
            self.centre.removeWidget(widget)
            widget.setParent(None)
            widget.deleteLater()
        self.splitter.setSizes(sizes)
        if self.search_popup is not None:
            self.search_popup.close()
            self.search_popup.deleteLater()
            self.search_popup = None
        for dialog in self.findChildren(QDialog):
            dialog.reject()  # an edit dialog or a message still showing a name
            dialog.deleteLater()

    # ---- actions ------------------------------------------------------------------

    def _update_actions(self) -> None:
        has_mentee = (
            self.workspace.mentee_id is not None and self.centre.currentWidget() is self.workspace
        )
        self.menu.update(self.vault is not None, has_mentee)
        self.sync.restrict()

    # ---- lock and unlock ------------------------------------------------------------

    def _show_lock_page(self, message: str = "", reason: str = "") -> None:
        if self.unlock is not None:
            self.unlock.hide()
            self.lock_layout.removeWidget(self.unlock)
            self.unlock.deleteLater()
        self.unlock = UnlockWidget(self.folder, self.settings, self.keychain)
        self.unlock.setMaximumWidth(560)
        self.unlock.setMaximumHeight(max(self.unlock.sizeHint().height(), 300))
        self.unlock.unlocked.connect(self.enter)
        self.unlock.other_vault_requested.connect(self.other_vault_requested)
        if self.demo_passphrase:
            self.unlock.ui.vaultLabel.setText(
                self.tr("Demo vault with made-up people. Its passphrase is: {passphrase}").format(
                    passphrase=self.demo_passphrase
                )
            )
        self.lock_layout.addWidget(self.unlock)
        if reason:
            self.unlock.set_reason(reason)
        if message:
            self.unlock._show_error(message)
        self.pages.setCurrentWidget(self.lock_page)
        self.menuBar().setEnabled(True)
        self._update_actions()
        self.unlock.ui.passphraseEdit.setFocus()

    def try_keychain(self) -> None:
        if self.unlock is not None:
            self.unlock.try_keychain()

    def enter(self, vault: Vault) -> None:
        """Show the unlocked vault."""
        self.vault = vault
        if self.demo_passphrase is None:  # the throw-away demo is not a recent vault
            self.settings.remember_vault(self.folder)
        self.idle.set_minutes(self.settings.auto_lock_minutes)
        self.backups.show_status(vault)
        self.pages.setCurrentWidget(self.splitter)
        if self.demo_passphrase:
            self.demo_banner.setText(
                self.tr("Demo vault - passphrase: {passphrase}").format(
                    passphrase=self.demo_passphrase
                )
            )
        # The list first; the dashboard's queries would compete with it for the disk and
        # the two worker threads, and the coach looks at the list first.
        self.centre.setCurrentWidget(self.dashboard)
        mentee_id, tab = self._come_back_to
        self._come_back_to = (None, 0)
        if mentee_id is None:
            self.reload_mentees(then=self._dashboard_unless_mentee)
        else:  # back where the coach was before the lock: the same mentee and tab
            self.reload_mentees(keep=mentee_id, then=lambda: self._came_back(mentee_id, tab))
        self._update_actions()
        self.mentees.filter_edit.setFocus()
        self.sync.entered(vault)

    def _came_back(self, mentee_id: MenteeId, tab: int) -> None:
        if self.workspace.mentee_id != mentee_id:
            self.show_dashboard()  # erased meanwhile (or unreadable): the dashboard
            return
        self.workspace.setCurrentIndex(tab)
        self.workspace.focus_tab()

    def lock(self, reason: LockReason = LockReason.ASKED) -> None:
        """Save, back up if due, drop the key, destroy every view, show only the unlock form.

        When the pending edits cannot be saved the vault stays open (see
        ``MenteeWorkspace.save_or_warn``): losing a note is worse than an unlocked
        window, and the idle timer tries again.
        """
        vault = self.vault
        if vault is None or not self.menu.save_stories() or not self.sync.may_lock(reason):
            return
        self._come_back_to = self.state()
        self.vault = None
        self.idle.set_timeout_ms(0)
        self._renew_views()
        self.backups.show_status(None)
        self.demo_banner.clear()
        self._show_lock_page(reason=self.idle.sentence(reason, self.settings.auto_lock_minutes))
        settings = self.settings

        def finish() -> None:
            try:
                auto_backup_if_due(vault, settings, date.today())
            finally:
                vault_life.lock(vault)

        run_op(
            finish,
            lambda _r: None,
            lambda exc: log.warning("backup on lock failed: %s", format_for_log(exc)),
            parent=self,
        )

    def close_vault_now(self) -> None:
        """On quit: save, back up if due and close, synchronously."""
        vault = self.vault
        if vault is None:
            return
        self.vault = None
        try:
            auto_backup_if_due(vault, self.settings, date.today())
        except Exception as exc:
            log.warning("backup on quit failed: %s", format_for_log(exc))
        finally:
            vault_life.lock(vault)

    # ---- mentees --------------------------------------------------------------------

    def reload_mentees(
        self, keep: MenteeId | None = None, then: Callable[[], None] | None = None
    ) -> None:
        vault = self.vault
        if vault is None:
            return

        self._reloads += 1
        generation = self._reloads

        def show(rows: object) -> None:
            if self.vault is vault and isinstance(rows, list):
                if generation == self._reloads:  # an older read never overwrites a newer one
                    self.mentees.set_rows(rows, keep)
                if then is not None:
                    then()

        run_op(lambda: mentees.summaries(vault), show, self._failed, parent=self)

    def _dashboard_unless_mentee(self) -> None:
        """After unlocking: the dashboard, unless a mentee was opened while the list loaded."""
        if self.centre.currentWidget() is self.dashboard:
            self.show_dashboard()

    def show_dashboard(self) -> None:
        if self.vault is None:
            return
        self.workspace.save_pending()
        self.centre.setCurrentWidget(self.dashboard)
        self.dashboard.refresh(self.vault, date.today())
        self._update_actions()

    def go_dashboard(self) -> None:
        self.mentees.table.clearSelection()
        self.mentees.table.setCurrentIndex(self.mentees.proxy.index(-1, -1))
        self.show_dashboard()

    def open_mentee(self, mentee_id: MenteeId) -> None:
        if self.vault is None:
            return
        shown = self.workspace.mentee_id
        if shown is not None and shown != mentee_id and not self.workspace.save_or_warn():
            self.mentees.select(shown)  # stay with the text that is not saved yet
            return
        try:
            self.workspace.show_mentee(self.vault, mentee_id)
        except Exception as exc:
            self._failed(exc)
            return
        self.centre.setCurrentWidget(self.workspace)
        self._update_actions()

    def select_mentee(self, mentee_id: MenteeId) -> None:
        if not self.mentees.select(mentee_id):
            self.open_mentee(mentee_id)

    def _changed(self, changes: Changes) -> None:
        """Every write announces what it changed; refresh what shows it."""
        if self.vault is None:
            return
        if changes.touches(Area.MENTEE_LIST):
            keep, self._select_next = self._select_next or self.workspace.mentee_id, None
            self.reload_mentees(keep=keep)
        if changes.dashboard and self.centre.currentWidget() is self.dashboard:
            self.dashboard.refresh(self.vault, date.today())

    def new_mentee(self) -> None:
        if self.vault is not None:
            self.mentee_edits.add(self.vault)

    def edit_mentee(self) -> None:
        if self.vault is not None and self.workspace.view is not None:
            self.mentee_edits.edit(self.vault, self.workspace.view.mentee)

    def _mentee_added(self, mentee_id: MenteeId) -> None:
        self._select_next = mentee_id

    def new_session(self) -> None:
        if self.workspace.mentee_id is None:
            return
        self.workspace.setCurrentWidget(self.workspace.sessions)
        self.workspace.sessions.new_session()

    def go_tab(self, index: int) -> None:
        """Ctrl+1..6: show the tab and move the focus into it."""
        if self.workspace.mentee_id is not None:
            self.workspace.setCurrentIndex(index)
            self.workspace.focus_tab()

    def focus_filter(self) -> None:
        self.mentees.filter_edit.setFocus()
        self.mentees.filter_edit.selectAll()

    # ---- search ---------------------------------------------------------------------

    def open_search(self) -> None:
        if self.vault is None:
            return
        self.workspace.save_pending()
        popup = SearchPopup(self.vault, self)
        popup.hit_chosen.connect(self.open_hit)
        self.search_popup = popup
        popup.open()

    def open_hit(self, hit: SearchHit) -> None:
        """Show the record a search hit is in, and put the focus on it."""
        if hit.kind == "story":  # a career story belongs to no mentee
            self.menu.open_stories(StoryId(hit.record_id))
            return
        self.select_mentee(hit.mentee_id)
        if self.workspace.mentee_id != hit.mentee_id:
            return  # could not be opened; the reason was shown
        self.workspace.show_hit(hit)

    # ---- export and erasure ---------------------------------------------------------

    def erase_mentee(self) -> None:
        if self.vault is None or self.workspace.view is None:
            return
        mentee = self.workspace.view.mentee
        assert mentee.id is not None
        self.erasure.confirm_and_erase(
            self.vault,
            [mentee.id],
            mentee.display_name,
            "request",
            self._before_erasure,
            self.settings.backup_folder(self.vault.vault_id),
        )

    def erase_past_retention(self, mentee_ids: list[MenteeId]) -> None:
        if self.vault is None or not mentee_ids:
            return
        self.erasure.confirm_and_erase(
            self.vault,
            mentee_ids,
            None,
            "retention",
            self._before_erasure,
            self.settings.backup_folder(self.vault.vault_id),
        )

    def _before_erasure(self) -> None:
        self.workspace.save_pending()
        self.workspace.clear()
        self.centre.setCurrentWidget(self.dashboard)

    def _erased(self, erased: Erased) -> None:
        self.erasure.report(erased, self.notify)
        self.show_dashboard()

    # ---- backups and settings -------------------------------------------------------

    def backup_now(self) -> None:
        if self.vault is None:
            return
        self.workspace.save_pending()
        self.backups.back_up_now(self.vault)

    def _backed_up(self, info: BackupInfo) -> None:
        self.statusBar().showMessage(
            self.tr("Backup made and verified: {file}").format(file=info.path.name), 8000
        )

    def restore_backup(self) -> None:
        chosen = self.backups.ask_restore(self.folder, self.vault.vault_id if self.vault else None)
        if chosen is not None:
            self.restore_from(*chosen)

    def restore_from(self, backup_file: Path, passphrase: str) -> None:
        """Lock, restore (the current database is kept aside), then open the restored vault."""
        vault = self.vault
        if vault is not None:
            if not self.workspace.save_or_warn():
                return
            self.vault = None
            self._renew_views()
            vault_life.lock(vault)
        self._show_lock_page()
        if self.unlock is not None:
            self.unlock._set_busy(True)
        self.backups.restore(self.folder, backup_file, passphrase)

    def open_settings(self) -> None:
        vault = self.vault
        dialog = SettingsDialog(
            self.settings,
            self.keychain,
            vault.vault_id if vault else None,
            (lambda: vault.data_key) if vault else None,
            self,
            vault=vault,
        )
        dialog.language_changed.connect(self.language_change_requested)
        dialog.settings_changed.connect(self._settings_changed)
        dialog.exec()

    def _settings_changed(self) -> None:
        if self.vault is None:
            return
        self.idle.set_minutes(self.settings.auto_lock_minutes)
        if self.centre.currentWidget() is self.dashboard:  # a new check interval shows now
            self.dashboard.refresh(self.vault, date.today())

    # ---- state ----------------------------------------------------------------------

    def show_recovery_key(self) -> None:
        if self.vault is not None:
            self.recovery.ask(self.vault)

    def _current_mentee(self) -> tuple[Vault, Mentee] | None:
        """The open vault and the shown mentee, with pending edits saved (for exports)."""
        if self.vault is None or self.workspace.view is None:
            return None
        self.workspace.save_pending()
        return self.vault, self.workspace.view.mentee

    def notify(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _failed(self, exc: BaseException) -> None:
        log.warning("operation failed: %s", format_for_log(exc))
        QMessageBox.warning(self, self.tr("Mentorapp"), error_message(exc))

    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = self.settings.geometry("main-splitter")
        self._split_by_width = splitter is None or not self.splitter.restoreState(splitter)

    def showEvent(self, event: QShowEvent) -> None:
        """The first time: the list and the workspace share the window's real width."""
        super().showEvent(event)
        if self._split_by_width:
            self._split_by_width = False
            self.splitter.setSizes(list(default_split(self.width())))

    def save_geometry(self) -> None:
        self.settings.set_geometry("main", QByteArray(self.saveGeometry()))
        self.settings.set_geometry("main-splitter", QByteArray(self.splitter.saveState()))

    def state(self) -> tuple[MenteeId | None, int]:
        """The selected mentee and tab, to come back to after a language switch."""
        return self.workspace.mentee_id, self.workspace.currentIndex()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.vault is not None and not self.workspace.may_close():
            event.ignore()
            return
        self.save_geometry()
        self.close_vault_now()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
            app.removeEventFilter(self.reserved)
        event.accept()

    def detach_vault(self) -> Vault | None:
        """Hand the open vault to a new window (language switch) without locking it."""
        self.workspace.save_pending()
        vault, self.vault = self.vault, None
        return vault
