"""The conversation guides dialog: the coach's steps for each kind of session, per language.

A guide is a list of steps, each a heading and what to ask or say. The dialog reads the
guides of both languages off the GUI thread, keeps the coach's edits in memory, and
writes the changed guides on Save; "Reset to the default" puts the app's own steps back
(written on Save too, so Cancel still undoes it).
"""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import Language, SessionKind
from mentorapp.domain.model import ConversationGuide, GuideStep
from mentorapp.gui.i18n import error_message
from mentorapp.gui.labels import label
from mentorapp.gui.ops import format_for_log, run_op, run_write
from mentorapp.gui.style import set_message
from mentorapp.services import questionnaires
from mentorapp.services.changes import NOTHING, Changes, Outcome
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)

Key = tuple[Language, SessionKind]


def read_all_guides(vault: Vault) -> dict[Key, ConversationGuide]:
    """Every kind's guide in both languages, as stored or the default (off the GUI thread)."""
    return {
        (language, kind): guide
        for language in Language
        for kind, guide in questionnaires.guides(vault, language).items()
    }


def save_guides(vault: Vault, guides: list[ConversationGuide]) -> Outcome[None]:
    """Write ``guides`` one after the other; what they changed, together."""
    areas = set(NOTHING.areas)
    for guide in guides:
        areas |= questionnaires.save_guide(vault, guide).changes.areas
    return Outcome(None, Changes(frozenset(areas)))


def ui_language() -> Language:
    return Language.NL if QLocale().language() == QLocale.Language.Dutch else Language.EN


class GuidesDialog(QDialog):
    """Edits the conversation guides; a child of the main window, so a lock closes it."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.guides: dict[Key, ConversationGuide] = {}
        self.changed: set[Key] = set()
        self._filling = False
        self.setWindowTitle(self.tr("Conversation guides - Mentorapp"))
        self._build()
        self.setEnabled(False)
        run_op(lambda: read_all_guides(vault), self._loaded, self._failed, parent=self)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A guide lists the steps of a kind of session. It shows beside the session editor, and a new session can start its shared summary from the guide's headings."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        top = QHBoxLayout()
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the guides"))
        self.language.addItem("Nederlands", Language.NL)
        self.language.addItem("English", Language.EN)
        self.language.setCurrentIndex(self.language.findData(ui_language()))
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addStretch()
        layout.addLayout(top)

        grid = QGridLayout()
        self.kinds = QListWidget()
        self.kinds.setAccessibleName(self.tr("Kinds of session"))
        for kind in SessionKind:
            item = QListWidgetItem(label(kind))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.kinds.addItem(item)
        self.kinds.setMaximumWidth(self.fontMetrics().averageCharWidth() * 28)
        kinds_label = QLabel(self.tr("&Kind of session"))
        kinds_label.setBuddy(self.kinds)
        grid.addWidget(kinds_label, 0, 0)
        grid.addWidget(self.kinds, 1, 0, 2, 1)

        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Steps of the guide"))
        self.steps_label = QLabel()
        self.steps_label.setBuddy(self.steps)
        grid.addWidget(self.steps_label, 0, 1)
        grid.addWidget(self.steps, 1, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("&Add step"))
        self.remove_button = QPushButton(self.tr("&Remove step"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setAccessibleName(self.tr("Move the step up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setAccessibleName(self.tr("Move the step down"))
        self.reset_button = QPushButton(self.tr("Reset to the &default…"))
        self.reset_button.setToolTip(
            self.tr("Puts back the app's own steps for this kind of session and language")
        )
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.reset_button)
        grid.addLayout(buttons, 1, 2)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.heading = QLineEdit()
        self.heading.setAccessibleName(self.tr("Heading of the step"))
        self.heading.setMaxLength(200)
        self.prompt = QPlainTextEdit()
        self.prompt.setAccessibleName(self.tr("What to ask or say in this step"))
        self.prompt.setTabChangesFocus(True)
        self.prompt.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        heading_label = QLabel(self.tr("&Heading"))
        heading_label.setBuddy(self.heading)
        prompt_label = QLabel(self.tr("What to ask &or say"))
        prompt_label.setBuddy(self.prompt)
        form.addRow(heading_label, self.heading)
        form.addRow(prompt_label, self.prompt)
        grid.addLayout(form, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        layout.addLayout(grid, 1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.cancel)
        layout.addWidget(self.button_box)

        self.language.currentIndexChanged.connect(lambda _i: self._show_guide())
        self.kinds.currentRowChanged.connect(lambda _r: self._show_guide())
        self.steps.currentRowChanged.connect(self._show_step)
        self.heading.textEdited.connect(self._step_edited)
        self.prompt.textChanged.connect(self._step_edited)
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self.move_step(-1))
        self.down_button.clicked.connect(lambda: self.move_step(1))
        self.reset_button.clicked.connect(self.ask_reset)
        self._show_guide()
        self.resize(820, 560)

    # ---- the guide shown --------------------------------------------------------------

    @property
    def key(self) -> Key:
        item = self.kinds.currentItem()
        kind = item.data(Qt.ItemDataRole.UserRole) if item else SessionKind.CAREER_CONVERSATION
        return Language(self.language.currentData()), SessionKind(kind)

    def guide(self) -> ConversationGuide:
        language, kind = self.key
        return self.guides.get(self.key) or ConversationGuide(kind, language, [])

    def _loaded(self, guides: object) -> None:
        assert isinstance(guides, dict)
        self.guides = guides
        self.setEnabled(True)
        self.kinds.setCurrentRow(list(SessionKind).index(SessionKind.CAREER_CONVERSATION))
        self._show_guide()
        self.kinds.setFocus()

    def _failed(self, exc: BaseException) -> None:
        log.warning("guides: %s", format_for_log(exc))
        self.setEnabled(True)
        set_message(self.message, error_message(exc), error=True)

    def _show_guide(self, row: int = 0) -> None:
        self.steps_label.setText(self.tr("&Steps for {kind}").format(kind=label(self.key[1])))
        self._filling = True
        try:
            self.steps.clear()
            for index, step in enumerate(self.guide().steps, start=1):
                self.steps.addItem(f"{index}. {step.heading}")
        finally:
            self._filling = False
        if self.steps.count():
            self.steps.setCurrentRow(min(max(row, 0), self.steps.count() - 1))
        else:
            self._show_step(-1)

    def _show_step(self, row: int) -> None:
        steps = self.guide().steps
        has = 0 <= row < len(steps)
        self._filling = True
        try:
            self.heading.setText(steps[row].heading if has else "")
            self.prompt.setPlainText(steps[row].prompt if has else "")
        finally:
            self._filling = False
        for widget in (self.heading, self.prompt, self.remove_button):
            widget.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(steps) - 1)

    # ---- editing ------------------------------------------------------------------------

    def _replace(self, steps: list[GuideStep], row: int) -> None:
        language, kind = self.key
        self.guides[self.key] = ConversationGuide(kind, language, steps)
        self.changed.add(self.key)
        self._show_guide(row)

    def _step_edited(self) -> None:
        row = self.steps.currentRow()
        steps = list(self.guide().steps)
        if self._filling or not 0 <= row < len(steps):
            return
        steps[row] = GuideStep(self.heading.text(), self.prompt.toPlainText())
        language, kind = self.key
        self.guides[self.key] = ConversationGuide(kind, language, steps)
        self.changed.add(self.key)
        item = self.steps.item(row)
        if item is not None:
            item.setText(f"{row + 1}. {steps[row].heading}")

    def add_step(self) -> None:
        steps = [*self.guide().steps, GuideStep(self.tr("New step"))]
        self._replace(steps, len(steps) - 1)
        self.heading.setFocus()
        self.heading.selectAll()

    def remove_step(self) -> None:
        row = self.steps.currentRow()
        steps = list(self.guide().steps)
        if 0 <= row < len(steps):
            del steps[row]
            self._replace(steps, row)

    def move_step(self, offset: int) -> None:
        row = self.steps.currentRow()
        steps = list(self.guide().steps)
        to = row + offset
        if 0 <= row < len(steps) and 0 <= to < len(steps):
            steps[row], steps[to] = steps[to], steps[row]
            self._replace(steps, to)

    def ask_reset(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Reset the guide - Mentorapp"),
            self.tr(
                "Put back the app's own steps for {kind}? Your steps for this kind are replaced when you save."
            ).format(kind=label(self.key[1])),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reset()

    def reset(self) -> None:
        """The app's own steps for the shown kind and language (stored on Save)."""
        language, kind = self.key
        default = questionnaires.default_guide(kind, language)
        self._replace([dataclasses.replace(step) for step in default.steps], 0)

    # ---- saving ---------------------------------------------------------------------

    def save(self) -> None:
        vault = self.vault
        # Only the changed guides, without steps that have neither heading nor prompt.
        changed = [
            dataclasses.replace(
                self.guides[key],
                steps=[s for s in self.guides[key].steps if s.heading.strip() or s.prompt.strip()],
            )
            for key in sorted(self.changed)
            if key in self.guides
        ]
        if not changed:
            self.accept()
            return
        self.button_box.setEnabled(False)

        def saved(_none: None) -> None:
            self.changed.clear()
            self.button_box.setEnabled(True)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.button_box.setEnabled(True)
            self._failed(exc)

        run_write(lambda: save_guides(vault, changed), saved, failed, parent=self)

    def cancel(self) -> None:
        """Cancel, Escape or the window's close button: ask before edits are lost.

        ``reject`` itself never asks: the main window calls it on a lock, with nobody
        there to answer.
        """
        if self.changed:
            answer = QMessageBox.question(
                self,
                self.tr("Conversation guides - Mentorapp"),
                self.tr("Discard your changes to the guides?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.changed and self.isVisible():
            event.ignore()
            self.cancel()
            return
        super().closeEvent(event)
