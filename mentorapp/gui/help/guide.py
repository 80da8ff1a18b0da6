"""Help > User guide: a short guide in the app's language, one topic at a time.

The text lives in ``resources/guide/guide_<language>.md`` (Markdown: a ``#`` title, an
introduction, then one ``##`` section per topic), found like every other resource, so a
checkout, a wheel and a frozen build read the same files. Qt renders it
(``QTextDocument.setMarkdown``); the contents list on the left picks the topic.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentorapp.resource_files import resource_roots

GUIDE_FOLDER = "guide"
LANGUAGES = ("en", "nl")


class GuideMissing(FileNotFoundError):
    """The guide is not where this installation keeps it: a packaging fault."""


@dataclass(frozen=True)
class Topic:
    title: str
    markdown: str


@dataclass(frozen=True)
class Guide:
    title: str
    introduction: str
    topics: list[Topic]


def guide_path(language: str) -> Path:
    """The guide's Markdown file for ``language`` ("en" or "nl"); ``GuideMissing``."""
    name = f"guide_{language if language in LANGUAGES else 'en'}.md"
    roots = resource_roots()
    for root in roots:
        path = root / GUIDE_FOLDER / name
        if path.is_file():
            return path
    # Install paths stay out of the message (they can hold the user's name).
    raise GuideMissing(f"the user guide {name!r} is missing from this installation")


def parse_guide(text: str) -> Guide:
    """The title (``#``), the introduction and the ``##`` topics of a guide."""
    title, introduction, topics = "", [], []
    current: list[str] | None = None
    heading = ""
    for line in text.splitlines():
        if line.startswith("## "):
            if current is not None:
                topics.append(Topic(heading, "\n".join(current).strip()))
            heading, current = line[3:].strip(), []
        elif line.startswith("# ") and not title:
            title = line[2:].strip()
        elif current is None:
            introduction.append(line)
        else:
            current.append(line)
    if current is not None:
        topics.append(Topic(heading, "\n".join(current).strip()))
    return Guide(title, "\n".join(introduction).strip(), topics)


def load_guide(language: str) -> Guide:
    return parse_guide(guide_path(language).read_text(encoding="utf-8"))


def app_language() -> str:
    """The language the app shows (``i18n.install`` sets Qt's default locale)."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


class UserGuideDialog(QDialog):
    """The guide: its topics on the left, the chosen one on the right."""

    def __init__(self, language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.language = language or app_language()
        try:
            self.guide = load_guide(self.language)
        except (OSError, UnicodeDecodeError):
            self.guide = Guide(
                QCoreApplication.translate("UserGuideDialog", "User guide"),
                QCoreApplication.translate(
                    "UserGuideDialog",
                    "The user guide is missing from this installation. Please install Mentorapp again.",
                ),
                [],
            )
        self.setWindowTitle(self.tr("User guide - Mentorapp"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.guide.title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(self.guide.introduction)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.MarkdownText)
        layout.addWidget(intro)

        row = QHBoxLayout()
        self.topics = QListWidget()
        self.topics.setObjectName("guideTopics")
        self.topics.setAccessibleName(self.tr("Topics"))
        for topic in self.guide.topics:
            QListWidgetItem(topic.title, self.topics)
        self.topics.setSpacing(3)
        # As wide as the longest title (Dutch ones are longer), within reason.
        self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.topics.setWordWrap(True)
        widest = self.topics.sizeHintForColumn(0) + 2 * self.topics.frameWidth() + 8
        self.topics.setMinimumWidth(max(190, min(widest, 340)))
        self.topics.setMaximumWidth(max(260, min(widest, 340)))
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setAccessibleName(self.tr("Guide text"))
        self.text.setOpenLinks(False)
        self.text.setMinimumWidth(420)
        self.text.document().setDocumentMargin(12)
        row.addWidget(self.topics)
        row.addWidget(self.text, 1)
        layout.addLayout(row, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.topics.currentRowChanged.connect(self.show_topic)
        self.topics.setCurrentRow(0)
        self.topics.setFocus()
        self.resize(820, 600)

    def show_topic(self, row: int) -> None:
        if 0 <= row < len(self.guide.topics):
            topic = self.guide.topics[row]
            self.text.setMarkdown(f"## {topic.title}\n\n{topic.markdown}")
            self.text.setAccessibleDescription(topic.title)

    @classmethod
    def show_for(cls, window: QWidget) -> UserGuideDialog:
        """One guide per window, kept open beside it while the coach works."""
        for dialog in window.findChildren(cls):
            if dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        dialog = cls(parent=window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.show()
        return dialog
