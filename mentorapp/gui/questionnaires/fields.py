"""The answer inputs of a questionnaire, one per item kind, and the form that holds them.

Open text is a plain text box; a scale item a row of radio buttons from low to high with
its anchor labels (arrow keys choose, Delete clears); a choice item a combo box with "No
answer" first. Every input is named after its item for screen readers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import QuestionKind
from mentorapp.domain.model import Question, QuestionnaireTemplate


def kind_label(kind: QuestionKind) -> str:
    """The item kind's name as the coach reads it."""
    names = {
        QuestionKind.TEXT: QCoreApplication.translate("Questionnaires", "Open text"),
        QuestionKind.SCALE: QCoreApplication.translate("Questionnaires", "Scale"),
        QuestionKind.CHOICE: QCoreApplication.translate("Questionnaires", "Choice"),
    }
    return names[kind]


def anchor_of(question: Question, value: int) -> str:
    """The anchor label of a scale's end ("strongly agree"), or "" between the ends."""
    if value == question.low:
        return question.low_label
    if value == question.high:
        return question.high_label
    return ""


def no_answer() -> str:
    return QCoreApplication.translate("Questionnaires", "No answer")


class TextAnswer(QPlainTextEdit):
    """An open answer: the employee's own words."""

    changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setAccessibleName(question.text)
        self.setPlaceholderText(question.hint)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.toPlainText().strip()

    def set_value(self, answer: str) -> None:
        self.setPlainText(answer)
        self.document().clearUndoRedoStacks()


class ScaleAnswer(QWidget):
    """A Likert item: low .. high as radio buttons, spread under the anchor labels
    (beside the buttons the row would be too wide for the answers pane)."""

    changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setAccessibleName(question.text)
        box = QWidget()
        box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        anchors = QHBoxLayout()
        low, high = QLabel(question.low_label), QLabel(question.high_label)
        for anchor in (low, high):
            anchor.setStyleSheet("color: #4a4a4a;")  # 8.9:1 on the pane: quieter, legible
        anchors.addWidget(low)
        anchors.addStretch(1)
        anchors.addSpacing(self.fontMetrics().horizontalAdvance("M") * 2)
        anchors.addWidget(high)
        column.addLayout(anchors)
        buttons = QHBoxLayout()
        self.group = QButtonGroup(self)
        for value in range(question.low, question.high + 1):
            if value > question.low:
                buttons.addStretch(1)  # spread evenly under the anchors
            button = QRadioButton(str(value))
            button.setAccessibleName(self._button_name(value))
            button.setAccessibleDescription(question.text)
            button.installEventFilter(self)
            self.group.addButton(button, value)
            buttons.addWidget(button)
        column.addLayout(buttons)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(box)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard has Delete
        self.clear_button.setAccessibleName(
            QCoreApplication.translate("Questionnaires", "Clear the answer")
        )
        self.clear_button.setToolTip(
            QCoreApplication.translate(
                "Questionnaires", "Clear the answer (Delete on a chosen number)"
            )
        )
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignBottom)
        row.addStretch()
        self.group.idToggled.connect(self._toggled)
        self._sync_clear()

    def _button_name(self, value: int) -> str:
        q = self.question
        name = QCoreApplication.translate("Questionnaires", "{value} of {high}").format(
            value=value, high=q.high
        )
        anchor = anchor_of(q, value)
        return f"{name}, {anchor}" if anchor else name

    def _toggled(self, _value: int, checked: bool) -> None:
        if checked:
            self._sync_clear()
            self.changed.emit()

    def _sync_clear(self) -> None:
        self.clear_button.setEnabled(self.group.checkedId() != -1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        ):
            checked = self.group.checkedButton()
            if checked is not None and checked is not watched:
                checked.setFocus(event.reason())  # Tab lands on the answer, as expected
                return True
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.clear()
            return True
        return super().eventFilter(watched, event)

    def value(self) -> str:
        checked = self.group.checkedId()
        return "" if checked == -1 else str(checked)

    def set_value(self, answer: str) -> None:
        try:
            value = int(answer.strip())
        except ValueError:
            value = -1
        button = self.group.button(value)
        if button is None:
            self._uncheck()
        else:
            button.setChecked(True)
        self._sync_clear()

    def clear(self) -> None:
        if self.group.checkedId() != -1:
            self._uncheck()
            self._sync_clear()
            self.changed.emit()

    def _uncheck(self) -> None:
        # An exclusive group keeps one button checked: let go of it for a moment.
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)


class ChoiceAnswer(QComboBox):
    """One of the item's choices, or no answer."""

    changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(question.text)
        self.addItem(no_answer(), "")
        for choice in question.choices:
            self.addItem(choice, choice)
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def value(self) -> str:
        return str(self.currentData() or "")

    def set_value(self, answer: str) -> None:
        index = self.findData(answer)
        if index < 0 and answer:  # not among the choices (any more): keep it shown
            self.addItem(answer, answer)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


Answer = TextAnswer | ScaleAnswer | ChoiceAnswer


def answer_input(question: Question) -> Answer:
    if question.kind is QuestionKind.SCALE:
        return ScaleAnswer(question)
    if question.kind is QuestionKind.CHOICE:
        return ChoiceAnswer(question)
    return TextAnswer(question)


class AnswerForm(QWidget):
    """Every item of one template version, by section, with its input."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, Answer] = {}
        self.box = QVBoxLayout(self)

    def build(self, template: QuestionnaireTemplate) -> None:
        """Inputs for ``template``'s items (empty)."""
        self.clear()
        if template.intro:
            intro = QLabel(template.intro)
            intro.setWordWrap(True)
            self.box.addWidget(intro)
        shown_sections: set[str] = set()
        for question in template.questions:
            if question.section not in shown_sections:
                shown_sections.add(question.section)
                self._section_title(template, question.section)
            field = answer_input(question)
            caption = QLabel(question.text)
            caption.setWordWrap(True)
            caption.setBuddy(field)
            self.box.addWidget(caption)
            self.box.addWidget(field)
            self.box.addSpacing(4)
            field.changed.connect(self.edited)
            self.inputs[question.key] = field
        self.box.addStretch()

    def _section_title(self, template: QuestionnaireTemplate, key: str) -> None:
        section = template.section(key)
        if section is None or not section.title:
            return
        title = QLabel(section.title)
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        self.box.addSpacing(8)
        self.box.addWidget(title)
        if section.intro:
            intro = QLabel(section.intro)
            intro.setWordWrap(True)
            self.box.addWidget(intro)

    def set_answers(self, answers: dict[str, str]) -> None:
        for key, field in self.inputs.items():
            field.blockSignals(True)
            field.set_value(answers.get(key, ""))
            field.blockSignals(False)

    def answers(self) -> dict[str, str]:
        """The answers given (items left empty are left out)."""
        given = {key: field.value() for key, field in self.inputs.items()}
        return {key: value for key, value in given.items() if value}

    def focus_chain(self) -> list[QWidget]:
        """The inputs in the order of the items (a scale's buttons one by one)."""
        chain: list[QWidget] = []
        for field in self.inputs.values():
            if isinstance(field, ScaleAnswer):
                chain += field.group.buttons()
            else:
                chain.append(field)
        return chain

    def first_input(self) -> QWidget | None:
        chain = self.focus_chain()
        return chain[0] if chain else None

    def clear(self) -> None:
        self.inputs.clear()
        while self.box.count():
            item = self.box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
