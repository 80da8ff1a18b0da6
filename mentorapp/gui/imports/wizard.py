"""The import wizards: choose -> (columns) -> preview -> dry run -> import with progress.

Reading and planning run off the GUI thread like every other op; the import itself is one
transaction in the service, so Cancel (or a lock, which closes the wizard) leaves nothing
half-done.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from mentorapp.gui.ops import format_for_log, run_op, run_write
from mentorapp.gui.style import set_message, set_status
from mentorapp.services import imports as service
from mentorapp.services.imports import (
    ClientField,
    ImportCancelled,
    ImportResult,
    Skipped,
    SkipReason,
)
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)

PREVIEW_ROWS = 10


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread (queued across threads)."""

    moved = Signal(int, int)


def reason_text(reason: SkipReason) -> str:
    """Why a row or file is skipped, in the coach's language."""
    # QCoreApplication.translate written out: lupdate reads no alias of it.
    sentences = {
        SkipReason.NO_NAME: QCoreApplication.translate("Import", "no name"),
        SkipReason.IN_VAULT: QCoreApplication.translate("Import", "already in the vault"),
        SkipReason.TWICE: QCoreApplication.translate("Import", "twice in the file"),
        SkipReason.ALREADY_IMPORTED: QCoreApplication.translate("Import", "already imported"),
        SkipReason.SAME_NAME: QCoreApplication.translate(
            "Import", "more than one mentee has this name"
        ),
        SkipReason.NOT_IN_FOLDER: QCoreApplication.translate("Import", "not in a mentee's folder"),
        SkipReason.UNKNOWN_KIND: QCoreApplication.translate(
            "Import", "not a .md, .txt or .docx file"
        ),
        SkipReason.TOO_LARGE: QCoreApplication.translate("Import", "too large"),
        SkipReason.EMPTY: QCoreApplication.translate("Import", "empty"),
        SkipReason.UNREADABLE: QCoreApplication.translate("Import", "cannot be read"),
        SkipReason.NOT_WORD: QCoreApplication.translate("Import", "not a readable Word file"),
    }
    return sentences.get(reason, str(reason))


class ChooseSourcePage(QWizardPage):
    """Step 1: the file or folder; it is read when the coach goes on."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(wizard.choose_title())
        self.setSubTitle(wizard.choose_hint())
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(wizard.choose_title())
        self.path_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._reading = False
        self._read: Path | None = None
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.message)
        box.addStretch(1)

    def _browse(self) -> None:
        chosen = self._wizard.browse(self)
        if chosen:
            self.path_edit.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip()) and not self._reading

    def validatePage(self) -> bool:
        """Goes on once the source is read, off the GUI thread (a folder of Word files
        takes a while): the first Next starts the reading, its end goes on."""
        path = Path(self.path_edit.text().strip())
        if self._read is not None and self._read == path:
            return True
        if self._reading:
            return False
        self._reading = True
        self.completeChanged.emit()
        set_status(self.message, self.tr("Reading…"))
        run_op(
            lambda: self._wizard.read(path),
            lambda t: self._done(path, t),
            self._failed,
            parent=self,
        )
        return False

    def _done(self, path: Path, table: object) -> None:
        self._reading = False
        self._wizard.table = table
        self._read = path
        self.message.clear()
        self.completeChanged.emit()
        if self._wizard.currentPage() is self:
            self._wizard.next()

    def _failed(self, exc: BaseException) -> None:
        self._reading = False
        self._read = None
        self.completeChanged.emit()
        log.info("import source unreadable: %s", format_for_log(exc))
        set_message(self.message, self.tr("This could not be read."), error=True)


class MappingPage(QWizardPage):
    """Step 2 (clients): which column fills which field; guessed from the headers."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                'Choose the column that holds each field. A field left at "(not imported)" stays empty.'
            )
        )
        self.form = QFormLayout(self)
        self.combos: dict[ClientField, QComboBox] = {}

    def initializePage(self) -> None:
        headers = list(self._wizard.table.headers)
        guessed = service.guess_mapping(headers)
        for combo in self.combos.values():
            self.form.removeRow(combo)
        self.combos = {}
        for field, label in self._wizard.field_labels():
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), None)
            for index, header in enumerate(headers):
                combo.addItem(header, index)
            column = guessed.get(field)
            if column is not None:
                combo.setCurrentIndex(column + 1)
            self.form.addRow(label, combo)
            self.combos[field] = combo

    def mapping(self) -> dict[ClientField, int]:
        """The chosen column of each field (fields left "not imported" are absent)."""
        return {
            field: combo.currentData()
            for field, combo in self.combos.items()
            if combo.currentData() is not None
        }

    def validatePage(self) -> bool:
        self._wizard.mapping = self.mapping()
        return True


class PreviewPage(QWizardPage):
    """Step 3: the first rows as they will be read."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("The first rows, as they will be imported."))
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Preview"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        QVBoxLayout(self).addWidget(self.table)

    def initializePage(self) -> None:
        headers, rows = self._wizard.preview()
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))


class DryRunPage(QWizardPage):
    """Step 4: what would be created and what skipped, and why; nothing written yet."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Dry run"))
        self.setSubTitle(self.tr("Nothing has been imported yet."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.created = QListWidget()
        self.created.setAccessibleName(self.tr("Would be created"))
        self.skipped = QListWidget()
        self.skipped.setAccessibleName(self.tr("Would be skipped"))
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(QLabel(self.tr("Would be created:")))
        box.addWidget(self.created, 2)
        box.addWidget(QLabel(self.tr("Would be skipped:")))
        box.addWidget(self.skipped, 1)
        self._ready = False

    def initializePage(self) -> None:
        self._ready = False
        self.created.clear()
        self.skipped.clear()
        set_status(self.summary, self.tr("Checking…"))
        wizard = self._wizard
        run_op(wizard.plan, self._show, self._failed, parent=self)

    def _show(self, plan: object) -> None:
        self._wizard.import_plan = plan
        created, skipped = self._wizard.outline(plan)
        self.created.addItems(created)
        for item in skipped:
            self.skipped.addItem(
                self.tr("{where}: {reason}").format(
                    where=self._wizard.where_text(item.where), reason=reason_text(item.reason)
                )
            )
        set_status(
            self.summary,
            self.tr("{created} would be created, {skipped} skipped.").format(
                created=len(created), skipped=len(skipped)
            ),
        )
        self._ready = bool(created)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        log.warning("import dry run failed: %s", format_for_log(exc))
        set_message(self.summary, self.tr("The dry run failed; nothing was imported."), error=True)

    def isComplete(self) -> bool:
        return self._ready


class RunPage(QWizardPage):
    """Step 5: the import, in one transaction, with progress and Cancel."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("All or nothing: a cancelled import leaves the vault as it was."))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Import progress"))
        self.start_button = QPushButton(self.tr("&Import now"))
        self.cancel_button = QPushButton(self.tr("&Stop"))
        self.cancel_button.setEnabled(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.bar)
        box.addLayout(row)
        box.addWidget(self.message)
        box.addStretch(1)
        self._stop = threading.Event()
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self.running = False
        self.finished = False

    def _moved(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)

    def start(self) -> None:
        self._stop.clear()
        self.running = True
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        set_status(self.message, self.tr("Importing…"))
        progress = self._progress

        def report(done: int, total: int) -> None:
            progress.moved.emit(done, total)

        run_write(
            lambda: self._wizard.run(report, self._stop.is_set),
            self._done,
            self._failed,
            parent=self,
        )

    def cancel(self) -> None:
        self._stop.set()
        set_status(self.message, self.tr("Stopping…"))

    def _done(self, result: object) -> None:
        self.running = False
        self.cancel_button.setEnabled(False)
        self.finished = True
        self.bar.setValue(self.bar.maximum())
        assert isinstance(result, ImportResult)
        set_message(self.message, self._wizard.done_text(result), error=False)
        self._wizard.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.cancel_button.setEnabled(False)
        self.start_button.setEnabled(True)
        if isinstance(exc, ImportCancelled):
            set_message(self.message, self.tr("Stopped: nothing was imported."), error=False)
            return
        log.warning("import failed: %s", format_for_log(exc))
        set_message(self.message, self.tr("The import failed; nothing was imported."), error=True)

    def isComplete(self) -> bool:
        return self.finished


class ImportWizard(QWizard):
    """The steps every import shares; a subclass says what is read and how."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.table: Any = None
        self.mapping: dict[ClientField, int] = {}
        self.import_plan: Any = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.resize(820, 600)
        self.choose_page = ChooseSourcePage(self)
        self.addPage(self.choose_page)
        self.add_steps()
        self.preview_page = PreviewPage(self)
        self.dry_run_page = DryRunPage(self)
        self.run_page = RunPage(self)
        for page in (self.preview_page, self.dry_run_page, self.run_page):
            self.addPage(page)

    def add_steps(self) -> None:
        """Steps between choosing and the preview (the clients' columns)."""

    def reject(self) -> None:
        self.run_page.cancel()  # a running import rolls back; its callbacks find no wizard
        super().reject()

    def field_labels(self) -> list[tuple[ClientField, str]]:
        """The fields a column can fill (field key, label), for the columns step."""
        return []

    def choose_title(self) -> str:
        raise NotImplementedError

    def choose_hint(self) -> str:
        raise NotImplementedError

    def browse(self, parent: QWidget) -> str:
        raise NotImplementedError

    def read(self, path: Path) -> Any:
        raise NotImplementedError

    def preview(self) -> tuple[Sequence[str], list[list[str]]]:
        raise NotImplementedError

    def plan(self) -> Any:
        raise NotImplementedError

    def outline(self, plan: Any) -> tuple[list[str], list[Skipped]]:
        """The dry run's lines: what would be created, and what skipped."""
        raise NotImplementedError

    def done_text(self, result: ImportResult) -> str:
        """What the finished import made."""
        raise NotImplementedError

    def where_text(self, where: str) -> str:
        """Where a skipped item is: a file's path as it is (a CSV says "Line 4")."""
        return where

    def run(self, progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
        raise NotImplementedError
