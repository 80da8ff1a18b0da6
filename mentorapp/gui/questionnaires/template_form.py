"""The form of the coach's own questionnaire: name, intro, sections (or dimensions) and
items. It edits a copy; the manager saves it."""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import TemplateKind
from mentorapp.domain.model import Question, QuestionnaireTemplate, Section
from mentorapp.gui.questionnaires.fields import kind_label
from mentorapp.gui.questionnaires.question_dialog import QuestionDialog


def new_key(title: str, taken: set[str]) -> str:
    """A stable key for a new section or item: its title in plain letters, made unique."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")[:24] or "item"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


class TemplateForm(QWidget):
    """Edits one own ``QuestionnaireTemplate``; ``template()`` is the edited copy."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original: QuestionnaireTemplate | None = None
        self.sections: list[Section] = []
        self.questions: list[Question] = []
        self.dirty = False
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setAccessibleName(self.tr("Name"))
        self.intro = QPlainTextEdit()
        self.intro.setTabChangesFocus(True)
        self.intro.setAccessibleName(self.tr("Introduction"))
        self.intro.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        for caption, field in (
            (self.tr("&Name"), self.name),
            (self.tr("&Introduction"), self.intro),
        ):
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        self.name.textChanged.connect(self._edited)
        self.intro.textChanged.connect(self._edited)

        self.section_box = QGroupBox()
        section_layout = QHBoxLayout(self.section_box)
        self.section_list = QListWidget()
        self.section_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        section_layout.addWidget(self.section_list, 1)
        section_buttons = QVBoxLayout()
        self.add_section_button = QPushButton(self.tr("&Add…"))
        self.rename_section_button = QPushButton(self.tr("Rena&me…"))
        self.remove_section_button = QPushButton(self.tr("Remo&ve…"))
        for button in (
            self.add_section_button,
            self.rename_section_button,
            self.remove_section_button,
        ):
            section_buttons.addWidget(button)
        section_buttons.addStretch()
        section_layout.addLayout(section_buttons)
        layout.addWidget(self.section_box)
        self.add_section_button.clicked.connect(self.add_section)
        self.rename_section_button.clicked.connect(self.rename_section)
        self.remove_section_button.clicked.connect(self.remove_section)

        self.item_box = QGroupBox(self.tr("Items"))
        item_layout = QVBoxLayout(self.item_box)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Items"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(lambda _item, _col: self.edit_item())
        item_layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.add_item_button = QPushButton(self.tr("Add i&tem…"))
        self.edit_item_button = QPushButton(self.tr("&Edit item…"))
        self.remove_item_button = QPushButton(self.tr("&Remove item"))
        self.up_button = QToolButton()
        self.up_button.setText("▲")
        self.down_button = QToolButton()
        self.down_button.setText("▼")
        self.up_button.setAccessibleName(self.tr("Move the item up"))
        self.down_button.setAccessibleName(self.tr("Move the item down"))
        for tool in (self.up_button, self.down_button):
            tool.setToolTip(tool.accessibleName())
        for button in (self.add_item_button, self.edit_item_button, self.remove_item_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        item_layout.addLayout(row)
        layout.addWidget(self.item_box, 1)
        self.add_item_button.clicked.connect(self.add_item)
        self.edit_item_button.clicked.connect(self.edit_item)
        self.remove_item_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))

    # ---- showing --------------------------------------------------------------------

    @property
    def section_word(self) -> str:
        """ "Dimension" in a career check (its sections are scored), else "Section"."""
        if self.original is not None and self.original.kind is TemplateKind.CAREER_CHECK:
            return self.tr("&Dimension")
        return self.tr("&Section")

    def set_template(self, template: QuestionnaireTemplate) -> None:
        self._loading = True
        self.original = template
        self.name.setText(template.name)
        self.intro.setPlainText(template.intro)
        self.sections = [dataclasses.replace(s) for s in template.sections]
        self.questions = [
            dataclasses.replace(q, choices=list(q.choices)) for q in template.questions
        ]
        title = self.tr("Dimensions (each scored)") if self._career else self.tr("Sections")
        self.section_box.setTitle(title)
        self.section_list.setAccessibleName(title)
        names = (
            (
                self.tr("Add a dimension"),
                self.tr("Rename the dimension"),
                self.tr("Remove the dimension"),
            )
            if self._career
            else (
                self.tr("Add a section"),
                self.tr("Rename the section"),
                self.tr("Remove the section"),
            )
        )
        buttons = (self.add_section_button, self.rename_section_button, self.remove_section_button)
        for button, name in zip(buttons, names, strict=True):
            button.setAccessibleName(name)
        self.tree.setHeaderLabels(
            [self.tr("Item"), self.tr("Kind"), self.section_word.replace("&", "")]
        )
        self._fill()
        self._loading = False
        self.dirty = False

    def _fill(self, select: int | None = None) -> None:
        self.section_list.clear()
        for section in self.sections:
            self.section_list.addItem(QListWidgetItem(section.title))
        titles = {s.key: s.title for s in self.sections}
        self.tree.clear()
        for question in self.questions:
            kind = kind_label(question.kind)
            if question.reversed:
                kind = self.tr("{kind}, reversed").format(kind=kind)
            item = QTreeWidgetItem([question.text, kind, titles.get(question.section, "")])
            self.tree.addTopLevelItem(item)
        self.tree.setColumnWidth(0, max(240, self.tree.viewport().width() - 260))
        self.tree.resizeColumnToContents(1)
        chosen = self.tree.topLevelItem(select) if select is not None and select >= 0 else None
        if chosen is not None:
            self.tree.setCurrentItem(chosen)

    def template(self) -> QuestionnaireTemplate | None:
        """The template as edited (None when none is shown)."""
        if self.original is None:
            return None
        return dataclasses.replace(
            self.original,
            name=self.name.text().strip(),
            intro=self.intro.toPlainText().strip(),
            sections=list(self.sections),
            questions=list(self.questions),
        )

    def problem(self) -> str | None:
        edited = self.template()
        if edited is None:
            return None
        if not edited.name:
            return self.tr("Give the questionnaire a name.")
        return None

    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True
            self.edited.emit()

    def _changed(self, select: int | None = None) -> None:
        self._fill(select)
        self._edited()

    # ---- sections -------------------------------------------------------------------

    @property
    def _career(self) -> bool:
        return self.original is not None and self.original.kind is TemplateKind.CAREER_CHECK

    def _ask(self, prompt: str, text: str = "") -> str | None:
        """A title typed by the coach (None when cancelled or empty)."""
        heading = (
            self.tr("Dimensions - Mentorapp") if self._career else self.tr("Sections - Mentorapp")
        )
        value, ok = QInputDialog.getText(self, heading, prompt, QLineEdit.EchoMode.Normal, text)
        return value.strip() if ok and value.strip() else None

    def add_section(self) -> None:
        title = self._ask(
            self.tr("Title of the new dimension:")
            if self._career
            else self.tr("Title of the new section:")
        )
        if title is None:
            return
        key = new_key(title, {s.key for s in self.sections})
        self.sections.append(Section(key, title))
        self._changed()
        self.section_list.setCurrentRow(len(self.sections) - 1)

    def rename_section(self) -> None:
        row = self.section_list.currentRow()
        if row < 0:
            return
        title = self._ask(self.tr("New title:"), self.sections[row].title)
        if title is None:
            return
        self.sections[row] = dataclasses.replace(self.sections[row], title=title)
        self._changed()
        self.section_list.setCurrentRow(row)

    def remove_section(self) -> None:
        row = self.section_list.currentRow()
        if row < 0:
            return
        key = self.sections[row].key
        items = [q for q in self.questions if q.section == key]
        if items:
            answer = QMessageBox.question(
                self,
                self.tr("Dimensions - Mentorapp")
                if self._career
                else self.tr("Sections - Mentorapp"),
                self.tr("Remove “{title}” and the items in it?").format(
                    title=self.sections[row].title
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        del self.sections[row]
        self.questions = [q for q in self.questions if q.section != key]
        self._changed()

    # ---- items ----------------------------------------------------------------------

    def _current_row(self) -> int:
        item = self.tree.currentItem()
        return self.tree.indexOfTopLevelItem(item) if item is not None else -1

    def _dialog(self, title: str, question: Question) -> Question | None:
        dialog = QuestionDialog(title, question, self.sections, self.section_word, self)
        if dialog.exec() != QuestionDialog.DialogCode.Accepted:
            return None
        return dialog.value()

    def add_item(self) -> None:
        """A new item below the chosen one, in its section and (for a scale) its range."""
        row = self._current_row()
        draft = Question("", "", section=self.sections[0].key if self.sections else "")
        if row >= 0:
            near = self.questions[row]
            draft = dataclasses.replace(
                draft,
                kind=near.kind,
                section=near.section,
                low=near.low,
                high=near.high,
                low_label=near.low_label,
                high_label=near.high_label,
            )
        added = self._dialog(self.tr("New item - Mentorapp"), draft)
        if added is None:
            return
        key = new_key(f"{added.section}_{len(self.questions) + 1}", {q.key for q in self.questions})
        at = row + 1 if row >= 0 else len(self.questions)
        self.questions.insert(at, dataclasses.replace(added, key=key))
        self._changed(at)

    def edit_item(self) -> None:
        row = self._current_row()
        if row < 0:
            return
        edited = self._dialog(self.tr("Edit item - Mentorapp"), self.questions[row])
        if edited is not None:
            self.questions[row] = edited
            self._changed(row)

    def remove_item(self) -> None:
        row = self._current_row()
        if row >= 0:
            del self.questions[row]
            self._changed(min(row, len(self.questions) - 1))

    def move_item(self, step: int) -> None:
        row = self._current_row()
        to = row + step
        if row < 0 or not 0 <= to < len(self.questions):
            return
        self.questions[row], self.questions[to] = self.questions[to], self.questions[row]
        self._changed(to)

    def clear(self) -> None:
        self._loading = True
        self.original = None
        self.sections, self.questions = [], []
        self.name.clear()
        self.intro.clear()
        self.section_list.clear()
        self.tree.clear()
        self._loading = False
        self.dirty = False
