"""Which questionnaire the new answers are for: built-ins and the coach's own, the
mentee's language first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import Language
from mentorapp.domain.model import QuestionnaireTemplate
from mentorapp.gui.questionnaires.editor import template_title


def language_name(language: Language) -> str:
    if language is Language.NL:
        return QCoreApplication.translate("Questionnaires", "Dutch")
    return QCoreApplication.translate("Questionnaires", "English")


def in_language_first(
    templates: list[QuestionnaireTemplate], language: Language
) -> list[QuestionnaireTemplate]:
    """The current templates, those in ``language`` first (each group in its own order)."""
    current = [t for t in templates if t.current]
    return [t for t in current if t.language is language] + [
        t for t in current if t.language is not language
    ]


class ChooseTemplateDialog(QDialog):
    """A list of questionnaires; OK gives the chosen one (``chosen()``)."""

    def __init__(
        self,
        templates: list[QuestionnaireTemplate],
        language: Language,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New answers - Mentorapp"))
        layout = QVBoxLayout(self)
        prompt = QLabel(
            self.tr(
                "Which questionnaire did the mentee fill in? Those in the mentee's language ({language}) come first."
            ).format(language=language_name(language))
        )
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Questionnaires"))
        prompt.setBuddy(self.list)
        for template in in_language_first(templates, language):
            kind = self.tr("built-in") if template.built_in else self.tr("your own")
            text = f"{template_title(template)}  ({language_name(template.language)}, {kind})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, template)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(self._show_intro)
        self.list.itemActivated.connect(lambda _item: self.accept())
        if self.list.count():
            self.list.setCurrentRow(0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.list.count() > 0)
        self.resize(560, 420)

    def _show_intro(self, current: QListWidgetItem | None) -> None:
        template = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.intro.setText(template.intro if template else "")

    def chosen(self) -> QuestionnaireTemplate | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
