"""The first-start window: create a vault, open one, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorapp.gui.style import set_message


class WelcomeWindow(QWidget):
    """Shown when no vault is known yet (or when the coach asks for another)."""

    create_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(object)
    language_chosen = Signal(str)

    def __init__(self, recent: list[Path], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome - Mentorapp"))
        self.resize(1280, 800)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QWidget()
        column.setMaximumWidth(640)
        layout = QVBoxLayout(column)
        title = QLabel(self.tr("Welcome to Mentorapp"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "A confidential workspace for career conversations. Your mentees, private notes and development plans stay encrypted on this computer; nothing goes online."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(12)
        self.create_button = QPushButton(self.tr("&Create a new vault…"))
        self.open_button = QPushButton(self.tr("&Open an existing vault…"))
        self.demo_button = QPushButton(self.tr("&Try the demo vault"))
        for button, signal in (
            (self.create_button, self.create_requested),
            (self.open_button, self.open_requested),
            (self.demo_button, self.demo_requested),
        ):
            button.setMinimumHeight(40)
            button.clicked.connect(signal)
            layout.addWidget(button)
        self.create_button.setDefault(True)
        self.recent = QListWidget()
        self.recent.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.recent.setAccessibleName(self.tr("Recent vaults"))
        for path in recent:
            item = QListWidgetItem(str(path))
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        if recent:
            layout.addSpacing(12)
            recent_label = QLabel(self.tr("&Recent vaults"))
            recent_label.setBuddy(self.recent)
            layout.addWidget(recent_label)
            layout.addWidget(self.recent)
        else:
            self.recent.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout.addWidget(self.busy)
        row = QHBoxLayout()
        language_label = QLabel(self.tr("&Language"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if language == "nl" else 1)
        language_label.setBuddy(self.language)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )
        row.addStretch()
        row.addWidget(language_label)
        row.addWidget(self.language)
        layout.addSpacing(12)
        layout.addLayout(row)
        outer.addWidget(column)
        self.create_button.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for button in (self.create_button, self.open_button, self.demo_button):
            button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        set_message(self.message, text, error=True)
