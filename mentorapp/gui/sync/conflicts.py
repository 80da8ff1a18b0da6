"""Conflict copies a sync tool left beside the vault: which is which, and what to do.

After every unlock for writing the window looks for them (names only, off the GUI
thread); when there are any, this dialog lists the vault and each copy with its counts,
what merging would bring in and what it would keep twice. Per copy: bring its records
in (``services.sync.merge_copy``, off the GUI thread, then a plain summary), or move it
to the backups without merging; "Later" leaves everything as it is. A copy is never
opened as the vault.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentorapp.gui.i18n import error_message
from mentorapp.gui.labels import short_date
from mentorapp.gui.ops import announce, format_for_log, run_op
from mentorapp.gui.style import set_message, set_status
from mentorapp.gui.sync.kinds import counts_text, local_minute
from mentorapp.services import sync
from mentorapp.services.changes import Area, Changes
from mentorapp.services.sync import CopySummary, MergeReport, VaultSummary

if TYPE_CHECKING:
    from mentorapp.gui.main_window import MainWindow
    from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)

# A merge may bring any kind of record: every view reads again.
EVERYTHING = Changes(frozenset(Area))


def holds_text(mentees: int, sessions: int, plans: int, responses: int) -> str:
    """ "Mentees: 3, sessions: 12, plans: 2, questionnaire answers: 5"."""
    return QCoreApplication.translate(
        "ConflictCopies",
        "Mentees: {mentees}, sessions: {sessions}, plans: {plans}, questionnaire answers: {answers}",
    ).format(mentees=mentees, sessions=sessions, plans=plans, answers=responses)


def reason_text(summary: CopySummary) -> str:
    """Why a copy cannot be brought in, in a sentence."""
    reason = summary.reason
    if summary.copy.kind == "key":
        return QCoreApplication.translate(
            "ConflictCopies",
            "This is a copy of the key file, not of the records. The vault opens with its own key file; move this copy to the backups.",
        )
    if reason == "other-vault":
        why = QCoreApplication.translate("ConflictCopies", "It belongs to another vault.")
    elif reason == "other-key":
        why = QCoreApplication.translate(
            "ConflictCopies",
            "It was made with another key (the vault was re-keyed on one of the computers).",
        )
    elif reason == "newer-schema":
        why = QCoreApplication.translate(
            "ConflictCopies",
            "It was made by a newer version of Mentorapp: update the app here first.",
        )
    elif reason == "older-schema":
        why = QCoreApplication.translate(
            "ConflictCopies", "It was made by an older version of Mentorapp."
        )
    else:
        why = QCoreApplication.translate("ConflictCopies", "It is damaged or incomplete.")
    return QCoreApplication.translate(
        "ConflictCopies", "Its records cannot be brought in: {why} You can move it to the backups."
    ).format(why=why)


def merged_text(report: MergeReport) -> str:
    """What a merge did, plainly: added, kept twice, erased again, where the copy went."""
    lines = [
        QCoreApplication.translate("ConflictCopies", "Done. Brought in: {added}.").format(
            added=counts_text(report.added)
        )
    ]
    if any(report.kept_twice.values()):
        lines.append(
            QCoreApplication.translate(
                "ConflictCopies",
                "Changed on both computers, so kept twice (marked in the mentee's Overview): {kept}.",
            ).format(kept=counts_text(report.kept_twice))
        )
    if report.erased_again:
        lines.append(
            QCoreApplication.translate(
                "ConflictCopies", "Mentees erased on one computer stay erased: {count}."
            ).format(count=report.erased_again)
        )
    lines.append(
        QCoreApplication.translate(
            "ConflictCopies", "The copy was moved to the backups as {name}."
        ).format(name=report.moved_to.name)
    )
    return " ".join(lines)


class CopyBox(QGroupBox):
    """One conflict copy: what it holds, what merging does, and the two choices."""

    def __init__(self, summary: CopySummary, read_only: bool, parent: QWidget | None = None):
        super().__init__(summary.copy.path.name, parent)
        self.summary = summary
        self.done = False
        name = summary.copy.path.name
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(
            self.tr("Modified"), self._value(short_date(local_minute(summary.copy.modified)))
        )
        if summary.opens:
            form.addRow(
                self.tr("Holds"),
                self._value(
                    holds_text(summary.mentees, summary.sessions, summary.plans, summary.responses)
                ),
            )
            form.addRow(
                self.tr("Last change"), self._value(short_date(local_minute(summary.last_change)))
            )
            form.addRow(
                self.tr("Records only in this copy"),
                self._value(
                    self.tr("{count} (brought in when you merge)").format(
                        count=summary.only_in_copy
                    )
                ),
            )
            form.addRow(
                self.tr("Changed on both sides"),
                self._value(
                    self.tr("{count} (kept twice, with a mark)").format(count=summary.changed_both)
                ),
            )
        if summary.key_copy is not None:
            form.addRow(self.tr("Key file copy"), self._value(summary.key_copy.path.name))
        layout.addLayout(form)
        if not summary.opens:
            note = self._value(reason_text(summary))
            layout.addWidget(note)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        layout.addWidget(self.result)
        row = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("&Bring its records in"))
        self.merge_button.setAccessibleName(self.tr("Bring its records in"))
        self.merge_button.setAccessibleDescription(name)
        self.merge_button.setVisible(summary.opens)
        self.merge_button.setEnabled(not read_only)
        self.aside_button = QPushButton(self.tr("&Move to backups without merging"))
        self.aside_button.setAccessibleName(self.tr("Move to backups without merging"))
        self.aside_button.setAccessibleDescription(name)
        self.aside_button.setEnabled(not read_only)
        row.addWidget(self.merge_button)
        row.addWidget(self.aside_button)
        row.addStretch()
        layout.addLayout(row)

    def _value(self, text: str) -> QLabel:
        value = QLabel(text)
        value.setWordWrap(True)
        value.setTextFormat(Qt.TextFormat.PlainText)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return value

    def busy(self, text: str) -> None:
        self.merge_button.setEnabled(False)
        self.aside_button.setEnabled(False)
        set_message(self.result, text, error=False)
        self.result.setStyleSheet("")

    def finished(self, text: str) -> None:
        self.done = True
        self.merge_button.hide()
        self.aside_button.hide()
        set_message(self.result, text, error=False)

    def failed(self, text: str) -> None:
        self.merge_button.setEnabled(self.summary.opens)
        self.aside_button.setEnabled(True)
        set_message(self.result, text, error=True)


class ConflictCopiesDialog(QDialog):
    """The vault and each conflict copy beside it; merge, set aside, or later."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.boxes: list[CopyBox] = []
        self.setWindowTitle(self.tr("Sync conflict copies - Mentorapp"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("A sync tool left copies of this vault"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "This happens when the vault was changed on two computers before the sync tool caught up. Nothing in the copies is lost: bring their records into this vault, or move a copy to the backups. Mentorapp never opens a copy as your vault."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        if vault.read_only:
            self.read_only_note = QLabel(
                self.tr(
                    "This vault is open read-only here, so copies can only be looked at. Open it for writing to bring their records in."
                )
            )
            self.read_only_note.setWordWrap(True)
            layout.addWidget(self.read_only_note)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAccessibleName(self.tr("The vault and its conflict copies"))
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.addStretch()
        self.scroll_area.setWidget(self.body)
        layout.addWidget(self.scroll_area, 1)
        buttons = QDialogButtonBox()
        self.later_button = buttons.addButton(
            self.tr("&Later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later_button.setAccessibleName(self.tr("Later"))
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 600)
        self.setMinimumWidth(560)
        self.summary: VaultSummary | None = None
        self.read()

    def read(self) -> None:
        """Summarise the vault and the copies off the GUI thread."""
        vault = self.vault
        set_status(self.status, self.tr("Reading the copies…"))
        run_op(lambda: sync.summarise(vault), self._show, self._failed, parent=self)

    def _failed(self, exc: BaseException) -> None:
        log.warning("conflict copies could not be summarised: %s", format_for_log(exc))
        set_message(self.status, error_message(exc), error=True)

    def _show(self, result: object) -> None:
        assert isinstance(result, tuple)
        summary, copies = result
        assert isinstance(summary, VaultSummary)
        self.summary = summary
        for box in self.boxes:
            box.setParent(None)
            box.deleteLater()
        self.boxes = []
        mine = QGroupBox(self.tr("This vault (vault.db)"))
        form = QFormLayout(mine)
        form.addRow(
            self.tr("Holds"),
            QLabel(holds_text(summary.mentees, summary.sessions, summary.plans, summary.responses)),
        )
        form.addRow(self.tr("Last change"), QLabel(short_date(local_minute(summary.last_change))))
        for label in mine.findChildren(QLabel):
            label.setWordWrap(True)
        self.vault_box = mine
        self.body_layout.insertWidget(0, mine)
        for index, copy in enumerate(copies, start=1):
            box = CopyBox(copy, self.vault.read_only)
            box.merge_button.clicked.connect(lambda _c=False, b=box: self.merge(b))
            box.aside_button.clicked.connect(lambda _c=False, b=box: self.set_aside(b))
            self.boxes.append(box)
            self.body_layout.insertWidget(index, box)
        if copies:
            set_status(
                self.status,
                self.tr("Conflict copies found: {count}. Choose for each what happens.").format(
                    count=len(copies)
                ),
            )
            first = self.boxes[0]
            (
                first.merge_button if first.merge_button.isVisible() else first.aside_button
            ).setFocus()
        else:
            set_status(self.status, self.tr("There are no conflict copies in this vault's folder."))
            self._all_done()

    def merge(self, box: CopyBox) -> None:
        vault, path = self.vault, box.summary.copy.path
        box.busy(self.tr("Bringing the records in…"))

        def merged(report: object) -> None:
            assert isinstance(report, MergeReport)
            box.finished(merged_text(report))
            announce(EVERYTHING)
            self._after()

        run_op(lambda: sync.merge_copy(vault, path), merged, lambda e: self._failed_one(box, e))

    def set_aside(self, box: CopyBox) -> None:
        vault, path = self.vault, box.summary.copy.path
        box.busy(self.tr("Moving the copy to the backups…"))

        def moved(target: object) -> None:
            name = getattr(target, "name", "")
            box.finished(
                self.tr(
                    "Moved to the backups as {name}, without merging: nothing was brought in."
                ).format(name=name)
            )
            self._after()

        run_op(lambda: sync.set_aside(vault, path), moved, lambda e: self._failed_one(box, e))

    def _failed_one(self, box: CopyBox, exc: BaseException) -> None:
        log.warning("conflict copy not handled: %s", format_for_log(exc))
        box.failed(error_message(exc))

    def _after(self) -> None:
        if all(box.done for box in self.boxes):
            self._all_done()
        window = self.parent()
        workspace = getattr(window, "workspace", None)
        if workspace is not None and workspace.mentee_id is not None:
            workspace.refresh_overview()  # marks show in the Overview

    def _all_done(self) -> None:
        self.later_button.setText(self.tr("&Close"))
        self.later_button.setAccessibleName(self.tr("Close"))


def open_dialog(window: MainWindow, vault: Vault) -> ConflictCopiesDialog:
    dialog = ConflictCopiesDialog(vault, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def offer_conflict_copies(window: MainWindow, vault: Vault) -> None:
    """After an unlock for writing: the dialog, when the folder holds conflict copies."""
    folder = vault.folder

    def found(copies: object) -> None:
        if copies and window.vault is vault and vault.is_open and not vault.read_only:
            window.sync.conflicts_dialog = open_dialog(window, vault)

    run_op(
        lambda: sync.find_conflict_copies(folder),
        found,
        lambda exc: log.warning("conflict copies not looked for: %s", format_for_log(exc)),
        parent=window,
    )


def show_conflict_copies(window: MainWindow) -> None:
    """Vault > Sync conflict copies…: the dialog (it says so when there are none)."""
    vault = window.vault
    if vault is not None and vault.is_open:
        window.sync.conflicts_dialog = open_dialog(window, vault)
