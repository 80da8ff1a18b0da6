"""One item of the coach's own questionnaire: its text, kind, section and, by kind, the
scale's range and anchors (and whether it counts reversed) or the choices."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import QuestionKind
from mentorapp.domain.model import Question, Section
from mentorapp.gui.questionnaires.fields import kind_label
from mentorapp.gui.style import set_message


class QuestionDialog(QDialog):
    """Edits a copy of ``question``; ``value()`` is the edited item (same key)."""

    def __init__(
        self,
        title: str,
        question: Question,
        sections: list[Section],
        section_word: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.question = question
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.text = QPlainTextEdit(question.text)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.kind = QComboBox()
        for kind in QuestionKind:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(question.kind))
        self.section = QComboBox()
        for section in sections:
            self.section.addItem(section.title, section.key)
        self.section.setCurrentIndex(max(self.section.findData(question.section), 0))
        self.hint = QLineEdit(question.hint)
        self.low = QSpinBox()
        self.low.setRange(0, 10)
        self.low.setValue(question.low)
        self.high = QSpinBox()
        self.high.setRange(1, 10)
        self.high.setValue(question.high)
        self.low_label = QLineEdit(question.low_label)
        self.high_label = QLineEdit(question.high_label)
        self.reversed = QCheckBox(self.tr("Counts &reversed (agreeing means a lower score)"))
        self.reversed.setChecked(question.reversed)
        self.choices = QPlainTextEdit("\n".join(question.choices))
        self.choices.setTabChangesFocus(True)
        self.choices.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Item"), self.text),
            (self.tr("&Kind"), self.kind),
            (section_word, self.section),
            (self.tr("&Help text"), self.hint),
            (self.tr("&Lowest value"), self.low),
            (self.tr("Hi&ghest value"), self.high),
            (self.tr("Lo&west means"), self.low_label),
            (self.tr("High&est means"), self.high_label),
            (self.tr("&Choices, one per line"), self.choices),
        ]
        self.labels: dict[QWidget, QLabel] = {}
        for caption, field in rows:
            label = QLabel(caption)
            label.setBuddy(field)
            field.setAccessibleName(caption.replace("&", ""))
            form.addRow(label, field)
            self.labels[field] = label
        form.addRow("", self.reversed)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._by_kind())
        self._by_kind()
        self.resize(560, self.sizeHint().height())

    def _by_kind(self) -> None:
        """Only the fields the chosen kind uses are shown."""
        kind = QuestionKind(self.kind.currentData())
        scale = (self.low, self.high, self.low_label, self.high_label)
        for field in scale:
            self._show(field, kind is QuestionKind.SCALE)
        self.reversed.setVisible(kind is QuestionKind.SCALE)
        self._show(self.choices, kind is QuestionKind.CHOICE)
        self._show(self.hint, kind is QuestionKind.TEXT)

    def _show(self, field: QWidget, shown: bool) -> None:
        field.setVisible(shown)
        self.labels[field].setVisible(shown)

    def value(self) -> Question:
        kind = QuestionKind(self.kind.currentData())
        scale = kind is QuestionKind.SCALE
        return dataclasses.replace(
            self.question,
            text=self.text.toPlainText().strip(),
            kind=kind,
            section=str(self.section.currentData() or ""),
            hint=self.hint.text().strip() if kind is QuestionKind.TEXT else "",
            low=self.low.value() if scale else 1,
            high=self.high.value() if scale else 5,
            low_label=self.low_label.text().strip() if scale else "",
            high_label=self.high_label.text().strip() if scale else "",
            reversed=self.reversed.isChecked() if scale else False,
            choices=_lines(self.choices.toPlainText()) if kind is QuestionKind.CHOICE else [],
        )

    def problem(self) -> tuple[str, QWidget] | None:
        """What keeps the item from being saved, and where."""
        item = self.value()
        if not item.text:
            return self.tr("Write the item's text."), self.text
        if item.kind is QuestionKind.SCALE and item.low >= item.high:
            return self.tr("The highest value must be above the lowest."), self.high
        if item.kind is QuestionKind.CHOICE and len(item.choices) < 2:
            return self.tr("Give at least two choices, one per line."), self.choices
        return None

    def _accept(self) -> None:
        problem = self.problem()
        if problem is None:
            self.accept()
            return
        text, field = problem
        set_message(self.message, text, error=True)
        field.setFocus()


def _lines(text: str) -> list[str]:
    seen: list[str] = []
    for line in text.splitlines():
        if line.strip() and line.strip() not in seen:
            seen.append(line.strip())
    return seen
