"""The Attachments tab: a mentee's files kept inside the vault (list, add, open, edit, delete)."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Attachment
from mentorapp.gui.attachments.viewer import AttachmentViewer, viewable
from mentorapp.gui.i18n import error_message
from mentorapp.gui.labels import DATE_FORMAT, qdate, short_date
from mentorapp.gui.ops import format_for_log, run_op, run_write, vault_events
from mentorapp.gui.style import ICONS, set_message, set_status
from mentorapp.services import attachments as service
from mentorapp.services.changes import Area, Changes
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)


def file_size(size: int) -> str:
    """Bytes as a coach reads them, in the chosen language: 830 B, 12 KB, 3.4 MB, 25 MB."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    megabytes = size / (1024 * 1024)
    decimals = 0 if megabytes == int(megabytes) else 1
    return f"{QLocale().toString(megabytes, 'f', decimals)} MB"


class AttachmentDialog(QDialog):
    """Title and privacy of one attachment (its bytes never change)."""

    def __init__(self, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attachment - Mentorapp"))
        form = QFormLayout(self)
        self.title_edit = QLineEdit(attachment.title)
        self.private_box = QCheckBox(self.tr("&Private (only for you; never in a shared export)"))
        self.private_box.setChecked(attachment.private)
        self.date_edit = QDateEdit(qdate(attachment.added_on))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.private_box)
        form.addRow(self.tr("File:"), QLabel(attachment.file_name))
        self.message = QLabel()
        form.addRow(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.attachment = attachment

    def _accept(self) -> None:
        title = self.title_edit.text().strip()
        if not title:
            set_message(
                self.message, self.tr("Fill in: {field}").format(field=self.tr("Title")), error=True
            )
            return
        self.attachment.title = title
        self.attachment.private = self.private_box.isChecked()
        chosen = self.date_edit.date()
        self.attachment.added_on = date(chosen.year(), chosen.month(), chosen.day())
        self.accept()


class AttachmentsPage(QWidget):
    """A mentee's attachments with their title, date, size and privacy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.mentee_id: MenteeId | None = None
        self._generation = 0
        self._items: list[Attachment] = []
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Attachments"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Title"), self.tr("Added"), self.tr("Size"), self.tr("Privacy")]
        )
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(lambda _item, _col: self.open_selected())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.open_button = QPushButton(self.tr("&View"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.copy_button = QPushButton(self.tr("Save a cop&y as…"))
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.add_button.clicked.connect(self.add)
        self.open_button.clicked.connect(self.open_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.copy_button.clicked.connect(self.save_copy_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.open_button,
            self.edit_button,
            self.copy_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = QLabel(
            self.tr(
                "Files are kept inside the encrypted vault, up to {limit} each. PDFs and images open here; a copy saved elsewhere is not encrypted."
            ).format(limit=file_size(service.MAX_BYTES))
        )
        hint.setWordWrap(True)
        self.status = QLabel()
        box = QVBoxLayout(self)
        box.addWidget(hint)
        box.addLayout(buttons)
        box.addWidget(self.list, 1)
        box.addWidget(self.status)
        self._update_buttons()
        vault_events().changed.connect(self._changed)

    # ---- loading ---------------------------------------------------------------------

    def show_mentee(self, vault: Vault, mentee_id: MenteeId) -> None:
        self.vault = vault
        self.mentee_id = mentee_id
        self.reload()

    def reload(self) -> None:
        vault, mentee_id = self.vault, self.mentee_id
        if vault is None or mentee_id is None or not vault.is_open:
            return
        self._generation += 1
        generation = self._generation

        def show(found: object) -> None:
            if generation == self._generation and self.vault is vault:
                assert isinstance(found, list)
                self._show(found)

        run_op(
            lambda: service.attachments(vault, mentee_id),
            show,
            self._failed,
            parent=self,
        )

    def _changed(self, changes: Changes) -> None:
        if changes.mentee_id == self.mentee_id and changes.touches(Area.ATTACHMENTS):
            self.reload()

    def _show(self, found: list[Attachment]) -> None:
        self._items = found
        self.list.clear()
        lock = QIcon(str(ICONS / "lock.svg"))
        for attachment in found:
            item = QTreeWidgetItem(
                [
                    attachment.title,
                    short_date(attachment.added_on),
                    file_size(attachment.size),
                    self.tr("Private") if attachment.private else self.tr("Shared"),
                ]
            )
            item.setToolTip(0, attachment.file_name)
            if attachment.private:
                item.setIcon(3, lock)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        self._update_buttons()

    def clear(self) -> None:
        """Forget the mentee: no title or file name stays in a widget (a lock)."""
        self._generation += 1
        self.vault = None
        self.mentee_id = None
        self._items = []
        self.list.clear()
        self.status.clear()
        self.status.setAccessibleName("")
        self._update_buttons()

    def focus_first(self) -> None:
        (self.list if self._items else self.add_button).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def selected(self) -> Attachment | None:
        item = self.list.currentItem()
        index = self.list.indexOfTopLevelItem(item) if item is not None else -1
        return self._items[index] if 0 <= index < len(self._items) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.add_button.setEnabled(self.mentee_id is not None)
        for button in (self.open_button, self.edit_button, self.copy_button, self.delete_button):
            button.setEnabled(chosen)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, service.TooLarge):
            self._too_large(exc.size)
            return
        log.warning("attachment op failed: %s", format_for_log(exc))
        set_message(self.status, error_message(exc), error=True)

    def _too_large(self, size: int) -> None:
        set_message(
            self.status,
            self.tr("This file is {size}; an attachment can be at most {limit}.").format(
                size=file_size(size), limit=file_size(service.MAX_BYTES)
            ),
            error=True,
        )

    # ---- actions ---------------------------------------------------------------------

    def add(self) -> None:
        vault, mentee_id = self.vault, self.mentee_id
        if vault is None or mentee_id is None:
            return
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Add an attachment"))
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        """Attach ``path`` (private), or say it is over the limit."""
        vault, mentee_id = self.vault, self.mentee_id
        if vault is None or mentee_id is None:
            return
        try:
            size = path.stat().st_size
        except OSError as exc:
            self._failed(exc)
            return
        if size > service.MAX_BYTES:
            self._too_large(size)
            return
        set_status(self.status, self.tr("Adding a file of {size}…").format(size=file_size(size)))
        run_write(
            lambda: service.attach(
                vault, mentee_id, path, path.stem, private=True, file_name=path.name
            ),
            lambda _a: self._done(self.tr("Added ({size}).").format(size=file_size(size))),
            self._failed,
            parent=self,
        )

    def _done(self, sentence: str) -> None:
        set_message(self.status, sentence, error=False)  # the list follows the change

    def open_selected(self) -> None:
        attachment, vault = self.selected(), self.vault
        if attachment is None or vault is None or attachment.id is None:
            return
        attachment_id = attachment.id
        if not viewable(attachment):  # only "Save a copy as…": its bytes stay in the vault
            self.show_viewer(attachment, b"")
            return

        def show(data: object) -> None:
            assert isinstance(data, bytes)
            if self.vault is vault and vault.is_open:
                self.show_viewer(attachment, data)

        run_op(
            lambda: service.content(vault, attachment_id),
            show,
            self._failed,
            parent=self,
        )

    def show_viewer(self, attachment: Attachment, data: bytes) -> AttachmentViewer:
        viewer = AttachmentViewer(attachment, data, self.window())
        viewer.save_copy_requested.connect(lambda: self.save_copy(attachment, viewer))
        viewer.show()  # not modal: the coach may read the CV beside the session's notes
        return viewer

    def edit_selected(self) -> None:
        attachment, vault = self.selected(), self.vault
        if attachment is None or vault is None:
            return
        dialog = AttachmentDialog(Attachment(**vars(attachment)), self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            changed = dialog.attachment
            run_write(
                lambda: service.update_attachment(vault, changed),
                lambda _a: self._done(self.tr("Saved.")),
                self._failed,
                parent=self,
            )

        dialog.accepted.connect(save)
        dialog.open()

    def save_copy_selected(self) -> None:
        attachment = self.selected()
        if attachment is not None:
            self.save_copy(attachment, self)

    def save_copy(self, attachment: Attachment, parent: QWidget) -> None:
        vault = self.vault
        if vault is None or attachment.id is None:
            return
        attachment_id = attachment.id
        name, _filter = QFileDialog.getSaveFileName(
            parent,
            self.tr("Save a copy (not encrypted)"),
            str(Path.home() / attachment.file_name),
        )
        if not name:
            return
        run_write(
            lambda: service.save_copy(vault, attachment_id, Path(name)),
            lambda _p: set_message(
                self.status, self.tr("Copy saved. This copy is not encrypted."), error=False
            ),
            self._failed,
            parent=self,
        )

    def delete_selected(self) -> None:
        attachment, vault = self.selected(), self.vault
        if attachment is None or vault is None or attachment.id is None:
            return
        attachment_id = attachment.id
        answer = QMessageBox.question(
            self.window(),
            self.tr("Delete attachment - Mentorapp"),
            self.tr("Delete this attachment from the vault? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_write(
            lambda: service.delete_attachment(vault, attachment_id),
            lambda _v: self._done(self.tr("Deleted.")),
            self._failed,
            parent=self,
        )
