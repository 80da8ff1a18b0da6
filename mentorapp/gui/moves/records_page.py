"""A page of one mentee's records (skills, moves): a list read off the GUI thread, each
record edited in a dialog and written as the dialog closes.

Nothing is ever half-typed on such a page (the dialogs hold the typing, and a lock
rejects them before it drops the key), so ``save_now`` has nothing to flush. The page
reads again whenever a write announces a change in one of its ``areas``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.ids import MenteeId
from mentorapp.gui.i18n import error_message
from mentorapp.gui.ops import format_for_log, run_op, run_write, vault_events
from mentorapp.gui.plan.list_section import PlanTree
from mentorapp.gui.style import set_message
from mentorapp.services.changes import Area, Changes, Outcome
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)

RECORD_ROLE = Qt.ItemDataRole.UserRole


class RecordsPage(QWidget):
    """A hint, the records in a tree, Add / Edit / Remove, and what to do when empty.

    A subclass names its columns and buttons (``_build``), reads (``read``, off the GUI
    thread), fills the tree (``show_loaded``) and edits a record (``edit_record``).
    """

    areas: tuple[Area, ...] = ()
    """A change in these areas of the shown mentee reads the page again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.mentee_id: MenteeId | None = None
        self.loaded: Any = None
        self._generation = 0
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        # The plan's lists' tree: the text columns wrap, so every row is read whole. Here
        # it fills the page and scrolls itself.
        self.tree = PlanTree()
        self.tree.setRootIsDecorated(False)
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.tree.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.tree.itemActivated.connect(lambda _item, _column: self.edit_selected())
        self.tree.currentItemChanged.connect(lambda *_items: self._enable())
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.add_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.hint)
        self.body.addLayout(self.buttons)
        self.body.addWidget(self.tree, 1)
        self.body.addWidget(self.empty, 1)
        self.body.addWidget(self.message)
        vault_events().changed.connect(self._changed)

    def set_columns(self, columns: list[str], weights: dict[int, int]) -> None:
        """Column titles; the columns in ``weights`` share the room by weight and wrap
        their text, the others fit theirs."""
        self.tree.set_columns(columns, weights)

    # ---- what a subclass tells ------------------------------------------------------

    def read(self, vault: Vault, mentee_id: MenteeId) -> Any:
        """What the page shows of the mentee (off the GUI thread)."""
        raise NotImplementedError

    def show_loaded(self, loaded: Any) -> None:
        """Fill the tree from what ``read`` returned (on the GUI thread)."""
        raise NotImplementedError

    def edit_record(self, record: Any | None) -> None:
        """Open the dialog for ``record`` (None: a new one) and write what it gives."""
        raise NotImplementedError

    def delete(self, vault: Vault, record: Any) -> Outcome[None]:
        raise NotImplementedError

    def remove_question(self, record: Any) -> str:
        raise NotImplementedError

    # ---- the mentee -----------------------------------------------------------------

    def show_mentee(self, vault: Vault, mentee_id: MenteeId) -> None:
        """Show ``mentee_id``'s records (read off the GUI thread)."""
        if self.vault is not vault or self.mentee_id != mentee_id:
            self._forget()
        self.vault, self.mentee_id = vault, mentee_id
        self.reload()

    def save_now(self) -> bool:
        """Every edit was written as its dialog closed: nothing is left unsaved."""
        return True

    def clear(self) -> None:
        """Forget the mentee and every record shown (the vault is locking)."""
        self.vault, self.mentee_id = None, None
        self._forget()

    def _forget(self) -> None:
        self._generation += 1
        self.loaded = None
        self.tree.clear()
        self.message.clear()
        self.message.hide()
        self.show_loaded(None)

    def reload(self) -> None:
        vault, mentee_id = self.vault, self.mentee_id
        if vault is None or mentee_id is None or not vault.is_open:
            return
        self._generation += 1
        generation = self._generation

        def shown(loaded: object) -> None:
            if generation == self._generation:
                self.loaded = loaded
                self.show_loaded(loaded)

        run_op(lambda: self.read(vault, mentee_id), shown, self.failed, parent=self)

    def _changed(self, changes: Changes) -> None:
        if self.mentee_id is None or not changes.touches(*self.areas):
            return
        if changes.mentee_id in (None, self.mentee_id):
            self.reload()

    # ---- the list -------------------------------------------------------------------

    def fill(self, rows: list[tuple[Any, list[str]]], *, has_records: bool) -> None:
        """One row per record (its texts per column), the selection kept by record id."""
        kept = getattr(self.selected(), "id", None)
        self.tree.clear()
        for record, texts in rows:
            item = QTreeWidgetItem(texts)
            item.setData(0, RECORD_ROLE, record)
            for column, text in enumerate(texts):
                item.setToolTip(column, text)
            self.tree.addTopLevelItem(item)
            if kept is not None and getattr(record, "id", None) == kept:
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.tree.fit_columns()
        self.tree.relayout()
        self.tree.setVisible(has_records)
        self.empty.setVisible(not has_records and self.loaded is not None)
        self._enable()

    def selected(self) -> Any:
        item = self.tree.currentItem()
        return item.data(0, RECORD_ROLE) if item is not None else None

    def _enable(self) -> None:
        shown = self.mentee_id is not None and self.loaded is not None
        chosen = shown and self.selected() is not None
        self.add_button.setEnabled(shown)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def add_record(self) -> None:
        if self.loaded is not None:
            self.edit_record(None)

    def edit_selected(self) -> None:
        record = self.selected()
        if record is not None and self.loaded is not None:
            self.edit_record(record)

    def remove_selected(self) -> None:
        record, vault = self.selected(), self.vault
        if record is None or vault is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove - Mentorapp"), self.remove_question(record)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.write(lambda: self.delete(vault, record))

    # ---- writing --------------------------------------------------------------------

    def write(
        self, call: Callable[[], Outcome[Any]], then: Callable[[Any], None] | None = None
    ) -> None:
        """Run a service write off the GUI thread; the page reads again from its change."""

        def done(value: object) -> None:
            self.message.hide()
            if then is not None:
                then(value)

        run_write(call, done, self.failed, parent=self)

    def failed(self, exc: BaseException) -> None:
        log.warning("%s: %s", type(self), format_for_log(exc))
        set_message(self.message, error_message(exc), error=True)
