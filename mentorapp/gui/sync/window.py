"""The main window's side of a vault on a synced folder.

- Read-only (opened beside another computer's writer, or taken over by another computer
  while open here): an amber banner at the top says so; the actions that add, change or
  erase records are off; the workspace's text fields turn read-only when they get the
  focus, so what is on screen stays there to read and copy. Whatever still tries to
  write is refused by the vault (``VaultReadOnly``) and the editor says so.
- While writable: a lock check off the GUI thread notices when another computer
  took the lock over (``VaultTakenOver``; any failed call says so too, see gui/ops.py).
- After every unlock for writing: conflict copies made by a sync tool are offered
  (gui/sync/conflicts.py); a copy is never opened silently.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentorapp.gui.i18n import taken_over_message
from mentorapp.gui.lock import LockReason
from mentorapp.gui.markdown_edit import MarkdownEdit
from mentorapp.gui.ops import format_for_log, run_op, vault_events
from mentorapp.gui.style import set_status
from mentorapp.gui.sync.in_use import warning_icon
from mentorapp.store.errors import VaultInUse, VaultTakenOver

if TYPE_CHECKING:
    from mentorapp.gui.main_window import MainWindow
    from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)

BANNER_STYLE = (
    "QFrame#readOnlyBanner { background: #fff4d6; border: 1px solid #d9a400;"
    " border-radius: 4px; }"
    " QFrame#readOnlyBanner QLabel { color: #4d3300; }"
)
HEARTBEAT_CHECK_MS = 30_000

_TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit)


class ReadOnlyBanner(QFrame):
    """Amber, with a warning sign: the vault is read-only here, and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.setAccessibleName(self.tr("Read-only"))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(warning_icon(), 0, Qt.AlignmentFlag.AlignVCenter)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.label.font()
        font.setBold(True)
        self.label.setFont(font)
        row.addWidget(self.label, 1)

    def say(self, text: str) -> None:
        set_status(self.label, text)  # read out: the coach must know before typing
        self.setAccessibleDescription(text)

    def text(self) -> str:
        return self.label.text()


class SyncFlows(QObject):
    """Read-only mode, take-over while open, and conflict copies after an unlock."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.read_only = False
        self.vault: Vault | None = None
        self.banner = ReadOnlyBanner()
        # Above the window's pages (not a tool bar: it would not wrap a long sentence and
        # could be hidden from its context menu).
        pages = window.takeCentralWidget()
        assert pages is not None
        frame = QWidget()
        column = QVBoxLayout(frame)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.bar = QWidget()
        self.bar.setObjectName("readOnlyBar")
        around = QVBoxLayout(self.bar)
        around.setContentsMargins(6, 6, 6, 0)
        around.addWidget(self.banner)
        column.addWidget(self.bar)
        column.addWidget(pages, 1)
        window.setCentralWidget(frame)
        self.bar.hide()
        self.taken_box: QMessageBox | None = None
        self.conflicts_dialog: QDialog | None = None
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_CHECK_MS)
        self._heartbeat.timeout.connect(self._beat)
        vault_events().taken_over.connect(self.taken_over)
        window.pages.currentChanged.connect(lambda _i: self._page_changed())

    # ---- entering and leaving ---------------------------------------------------

    def entered(self, vault: Vault) -> None:
        """The window shows ``vault``: read-only mode, or heartbeat and conflict copies."""
        self.vault = vault
        if vault.read_only:
            holder = getattr(self.window.unlock, "in_use", None)
            self.set_read_only(self.banner_text(holder))
            return
        self.set_read_only(None)
        self._heartbeat.start()
        from mentorapp.gui.sync.conflicts import offer_conflict_copies

        offer_conflict_copies(self.window, vault)

    def _page_changed(self) -> None:
        """On the lock page: no banner, no heartbeat (a new unlock decides again)."""
        if self.window.pages.currentWidget() is self.window.lock_page:
            self.vault = None
            self._heartbeat.stop()
            self.set_read_only(None)

    def banner_text(self, holder: VaultInUse | None) -> str:
        host = holder.host if holder is not None else None
        if host:
            return self.tr(
                "Read-only: this vault is open on {host}. Nothing you change can be saved. Close it there, then lock and unlock here to edit."
            ).format(host=host)
        return self.tr(
            "Read-only: this vault is open elsewhere. Nothing you change can be saved. Close it there, then lock and unlock here to edit."
        )

    # ---- read-only mode -----------------------------------------------------------

    def set_read_only(self, banner: str | None) -> None:
        """Turn read-only mode on with ``banner`` (the sentence at the top), or off."""
        app = QApplication.instance()
        self.read_only = banner is not None
        if banner is None:
            self.bar.hide()
            self.banner.say("")
            if app is not None:
                app.removeEventFilter(self)
            return
        self.banner.say(banner)
        self.bar.show()
        if app is not None:
            app.installEventFilter(self)
        self.restrict()
        self._freeze_text(self.window.workspace)

    def restrict(self) -> None:
        """After the menu enabled its actions: off with whatever would write a record."""
        if not self.read_only:
            return
        w, menu = self.window, self.window.menu
        for action in (
            menu.backup,
            menu.new_mentee,
            menu.edit_mentee,
            menu.new_session,
            menu.new_answers,
            menu.erase,
            menu.import_clients,
            menu.import_notes,
            menu.restore,
        ):
            action.setEnabled(False)
        buttons: list[QAbstractButton] = [
            w.mentees.new_button,
            w.dashboard.empty_vault.new_mentee_button,
            w.dashboard.erase_button,
            w.workspace.sessions.new_button,
            w.workspace.sessions.delete_button,
            w.workspace.overview.edit_button,
            w.workspace.overview.engagement_box.edit_button,
            w.workspace.overview.engagement_box.remove_button,
        ]
        for button in buttons:
            button.setEnabled(False)
        QTimer.singleShot(0, self._restrict_later)  # after a tab enabled its own buttons

    def _restrict_later(self) -> None:
        if self.read_only:
            w = self.window
            for button in (w.workspace.sessions.new_button, w.workspace.sessions.delete_button):
                button.setEnabled(False)

    def _freeze_text(self, root: QWidget) -> None:
        for kind in _TEXT_FIELDS:
            for field in root.findChildren(kind):
                self._freeze(field)

    @staticmethod
    def _freeze(field: QObject) -> None:
        if isinstance(field, _TEXT_FIELDS) and not field.isReadOnly():
            field.setReadOnly(True)  # the text stays, selectable and copyable
        owner = field.parent()
        if isinstance(owner, MarkdownEdit):
            owner.toolbar.setEnabled(False)  # bold and lists would change the text too

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A text field of the workspace that gets the focus turns read-only first
        (an editor may have made it editable again when it showed another record)."""
        if (
            self.read_only
            and event.type() == QEvent.Type.FocusIn
            and isinstance(watched, _TEXT_FIELDS)
            and self.window.workspace.isAncestorOf(watched)
        ):
            self._freeze(watched)
        return False

    # ---- another computer took the vault over -------------------------------------

    def _beat(self) -> None:
        vault = self.vault
        if vault is None or self.read_only or not vault.is_open:
            return

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, VaultTakenOver):  # said by gui/ops.py already
                log.warning("heartbeat failed: %s", format_for_log(exc))

        # Only a check: the lock's daemon thread already beats every minute, and each
        # write of vault.lock is one more upload for the sync tool.
        run_op(vault.check_lock, lambda _r: None, failed, parent=self)

    def taken_over(self, exc: object) -> None:
        """Say it plainly, once; the window turns read-only and keeps every text shown."""
        vault = self.vault
        if vault is None or self.window.vault is not vault or not vault.taken_over:
            return  # another window's vault, or none open
        self._heartbeat.stop()
        host = getattr(exc, "host", None)
        if host:
            banner = self.tr(
                "Read-only: {host} took this vault over. Nothing more can be saved here; your text stays on screen to copy. Lock, then unlock to open it again."
            ).format(host=host)
        else:
            banner = self.tr(
                "Read-only: another computer took this vault over. Nothing more can be saved here; your text stays on screen to copy. Lock, then unlock to open it again."
            )
        already = self.read_only
        self.set_read_only(banner)
        if already or (self.taken_box is not None and self.taken_box.isVisible()):
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Vault taken over - Mentorapp"),
            taken_over_message(exc if isinstance(exc, BaseException) else Exception()),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.taken_box = box
        box.open()

    # ---- locking ----------------------------------------------------------------------

    def may_lock(self, reason: LockReason) -> bool:
        """Before a lock: the pending edits saved. Read-only, they never can be: the coach
        who asked to lock decides; an automatic lock waits (the text stays on screen)."""
        workspace = self.window.workspace
        if not self.read_only or reason is not LockReason.ASKED:
            return workspace.save_or_warn()
        if workspace.save_pending():
            return True
        answer = QMessageBox.warning(
            self.window,
            self.tr("Not saved - Mentorapp"),
            self.tr(
                "This vault is read-only here, so your last changes cannot be saved. Copy what you need first. Lock anyway and lose them?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
