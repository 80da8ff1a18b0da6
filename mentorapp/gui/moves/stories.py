"""The coach's library of career stories: anonymised, non-linear paths tagged by the moves
they show, each printable as a one-page PDF to hand to an employee.

A story belongs to no mentee and must hold no name; the dialog says so above the text.
Edits are saved as the coach types (as a session's notes are), and before the dialog
closes or the vault locks.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
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
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import Language, MoveKind
from mentorapp.domain.ids import StoryId
from mentorapp.domain.model import CareerStory
from mentorapp.gui.autosave import Autosaver
from mentorapp.gui.export_dialog import PdfExportDialog, PdfOptions
from mentorapp.gui.file_names import safe_file_name
from mentorapp.gui.guides import ui_language
from mentorapp.gui.i18n import error_message
from mentorapp.gui.labels import label
from mentorapp.gui.ops import format_for_log, run_op, run_write, vault_events
from mentorapp.gui.questionnaires.choose import language_name
from mentorapp.gui.style import set_message, set_status
from mentorapp.services import exports, moves
from mentorapp.services.changes import Area, Changes, Outcome
from mentorapp.services.exports import CoachInfo
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)

STORY_ROLE = Qt.ItemDataRole.UserRole


def story_line(story: CareerStory) -> str:
    """How a story is listed: its title, then its language and move kinds."""
    kinds = ", ".join(label(kind) for kind in story.move_kinds)
    about = language_name(story.language) + (f" · {kinds}" if kinds else "")
    title = story.title or QCoreApplication.translate("StoriesDialog", "(no title)")
    return f"{title}\n{about}"


class StoriesDialog(QDialog):
    """The stories listed on the left, the chosen one edited on the right."""

    def __init__(self, vault: Vault, coach: CoachInfo, parent: QWidget | None = None) -> None:
        """``coach`` names who hands the story over, at the foot of its PDF."""
        super().__init__(parent)
        self.vault = vault
        self.coach = coach
        self.shown: CareerStory | None = None
        self.export: PdfExportDialog | None = None
        self._loading = False
        self._select: StoryId | None = None
        self.autosaver = Autosaver(self.current, moves.save_story, self)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._failed)
        self.setWindowTitle(self.tr("Career stories - Mentorapp"))
        self._build()
        self.resize(1000, 700)
        vault_events().changed.connect(self._changed)
        self.reload()

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("&New story"))
        self.new_button.clicked.connect(self.new_story)
        left_box.addWidget(self.new_button)
        caption = QLabel(self.tr("S&tories"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Stories"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        caption.setBuddy(self.list)
        self.list.currentItemChanged.connect(self._chosen)
        left_box.addWidget(caption)
        left_box.addWidget(self.list, 1)
        self.delete_button = QPushButton(self.tr("&Delete story…"))
        self.delete_button.clicked.connect(self.delete_story)
        left_box.addWidget(self.delete_button)

        self.editor = QWidget()
        editor = QVBoxLayout(self.editor)
        editor.setContentsMargins(0, 0, 0, 0)
        self.warning = QLabel(
            self.tr(
                "A story holds no name: not the employee's, nor a colleague's, a manager's or a team's that would tell who it is. Change the details until nobody can be recognised."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "font-weight: bold; border: 1px solid #c9d3e1; border-radius: 4px; padding: 6px;"
        )
        editor.addWidget(self.warning)
        self.title = QLineEdit()
        self.title.setMaxLength(300)
        self.title.setAccessibleName(self.tr("Title"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the story"))
        for language in (Language.NL, Language.EN):
            self.language.addItem(language_name(language), language)
        kinds = QWidget()
        kinds.setAccessibleName(self.tr("Moves the story shows"))
        grid = QGridLayout(kinds)
        grid.setContentsMargins(0, 0, 0, 0)
        self.kinds: dict[MoveKind, QCheckBox] = {}
        for index, kind in enumerate(MoveKind):
            box = QCheckBox(label(kind))
            box.toggled.connect(self._edited)
            self.kinds[kind] = box
            grid.addWidget(box, index // 2, index % 2)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("The story"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, widget in (
            (self.tr("T&itle"), self.title),
            (self.tr("&Language"), self.language),
            (self.tr("Moves it shows"), kinds),
        ):
            caption = QLabel(text)
            if "&" in text:
                caption.setBuddy(widget)
            form.addRow(caption, widget)
        editor.addLayout(form)
        story_caption = QLabel(self.tr("The st&ory"))
        story_caption.setBuddy(self.text)
        editor.addWidget(story_caption)
        editor.addWidget(self.text, 1)
        row = QHBoxLayout()
        self.state = QLabel()
        row.addWidget(self.state, 1)
        self.pdf_button = QPushButton(self.tr("Story &PDF…"))
        self.pdf_button.setToolTip(self.tr("The story on one page, to hand to an employee"))
        self.pdf_button.clicked.connect(self.export_pdf)
        row.addWidget(self.pdf_button)
        editor.addLayout(row)
        self.title.textEdited.connect(self._edited)
        self.language.currentIndexChanged.connect(lambda _index: self._edited())
        self.text.textChanged.connect(self._edited)

        self.empty = QLabel(
            self.tr(
                "No stories yet.\n\nReal careers seldom run in a straight line. Write down the paths you have seen - sideways, diagonal, a step back, a safari that changed a mind - without names, and hand one to an employee who needs to see what is possible."
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.editor)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([280, 720])
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self._show(None)

    # ---- the list -------------------------------------------------------------------

    def reload(self, select: StoryId | None = None) -> None:
        """Read the stories again; ``select`` (else the one shown) is shown."""
        vault = self.vault
        if not vault.is_open:
            return
        if select is not None:
            self._select = select
        run_op(lambda: moves.stories(vault), self._fill, self._failed, parent=self)

    def select_story(self, story_id: StoryId) -> None:
        """Show one story (a search hit), once the list is read."""
        self.reload(select=story_id)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Area.STORIES) and not self.autosaver.dirty:
            self.reload()

    def _fill(self, stories: object) -> None:
        assert isinstance(stories, list)
        keep = self._select or (self.shown.id if self.shown else None)
        self._select = None
        self.list.blockSignals(True)
        self.list.clear()
        for story in stories:
            item = QListWidgetItem(story_line(story))
            item.setData(STORY_ROLE, story)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next((i for i, s in enumerate(stories) if s.id == keep), 0 if stories else -1)
        self.list.blockSignals(True)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        chosen = stories[row] if row >= 0 else None
        editing = self.shown is not None and chosen is not None and chosen.id == self.shown.id
        if not editing:  # the story in the editor keeps what is typed (and saved from there)
            self._show(chosen)
        self.delete_button.setEnabled(chosen is not None)

    def _chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if not self.autosaver.save_now():  # stay with the typed text and the message
            if previous is not None:
                self.list.blockSignals(True)
                self.list.setCurrentItem(previous)
                self.list.blockSignals(False)
            return
        self._show(current.data(STORY_ROLE) if current is not None else None)

    def _show(self, story: CareerStory | None) -> None:
        self._loading = True
        try:
            self.shown = story
            self.autosaver.shown(self.vault if story is not None else None)
            self.right.setCurrentWidget(self.editor if story is not None else self.empty)
            self.delete_button.setEnabled(story is not None)
            if story is None:
                self.title.clear()
                self.text.clear()
                for box in self.kinds.values():
                    box.setChecked(False)
                set_status(self.state, "", speak=False)
                return
            self.title.setText(story.title)
            self.language.setCurrentIndex(max(0, self.language.findData(story.language)))
            for kind, box in self.kinds.items():
                box.setChecked(kind in story.move_kinds)
            self.text.setPlainText(story.text)
            set_status(self.state, self.tr("All changes saved."), speak=False)
        finally:
            self._loading = False

    # ---- editing --------------------------------------------------------------------

    def current(self) -> CareerStory | None:
        """The shown story as typed."""
        if self.shown is None:
            return None
        return dataclasses.replace(
            self.shown,
            title=self.title.text().strip(),
            text=self.text.toPlainText(),
            language=Language(self.language.currentData()),
            move_kinds=[kind for kind, box in self.kinds.items() if box.isChecked()],
        )

    def _edited(self) -> None:
        if self._loading or self.shown is None:
            return
        self.autosaver.edited()
        set_status(self.state, self.tr("Editing…"), speak=False)

    def _saved(self, stored: object) -> None:
        if not isinstance(stored, CareerStory):
            return
        # A save before another story is shown lands after the list moved on: the saved
        # story's own row is updated, and the editor only if it still shows that story.
        if self.shown is not None and self.shown.id == stored.id:
            self.shown = stored
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(STORY_ROLE).id == stored.id:
                item.setData(STORY_ROLE, stored)
                item.setText(story_line(stored))
        set_status(self.state, self.tr("All changes saved."), speak=False)
        self.message.hide()

    def new_story(self) -> None:
        """Store an empty story at once (it has an id to save to), then edit its title."""
        if not self.autosaver.save_now():
            return
        vault = self.vault
        story = CareerStory(self.tr("New story"), "", language=ui_language())

        def added(stored: CareerStory) -> None:
            self.reload(select=stored.id)
            self.title.setFocus()
            self.title.selectAll()

        run_write(lambda: moves.save_story(vault, story), added, self._failed, parent=self)

    def delete_story(self) -> None:
        story, vault = self.shown, self.vault
        if story is None or story.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete story - Mentorapp"),
            self.tr("Delete the story “{title}”? This cannot be undone.").format(title=story.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        story_id = story.id
        self.autosaver.shown(None)  # its edits go with it
        self.shown = None
        run_write(
            lambda: moves.delete_story(vault, story_id),
            lambda _none: None,
            self._failed,
            parent=self,
        )

    # ---- the PDF --------------------------------------------------------------------

    def export_pdf(self) -> None:
        """The story as shown, on one page: previewed, then saved where the coach says."""
        if not self.autosaver.save_now():
            return
        story, coach = self.current(), self.coach
        if story is None:
            return

        def render(_language: Language, _options: PdfOptions) -> bytes:
            return exports.render_story(story, coach)

        def save(path: Path, data: bytes, _language: Language) -> Outcome[str]:
            return exports.write_file(path, data)

        name = safe_file_name(self.tr("Career story {title}.pdf").format(title=story.title))
        self.export = PdfExportDialog(
            self.tr("Story PDF - Mentorapp"),
            render,
            story.language,
            Path.home() / name,
            save,
            language_option=False,
            parent=self,
        )
        self.export.open()

    # ---- saving and closing ---------------------------------------------------------

    def save_now(self) -> bool:
        """Store the edits of the shown story now; True when nothing is left unsaved."""
        return self.autosaver.save_now()

    def reject(self) -> None:
        """Closing saves first (a lock closes the dialog too, before it drops the key)."""
        self.save_now()
        super().reject()

    def _failed(self, exc: BaseException) -> None:
        log.warning("career stories: %s", format_for_log(exc))
        set_message(self.message, error_message(exc), error=True)
