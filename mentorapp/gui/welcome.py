"""The first-start window: create a vault, open one, or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mentorapp.gui.style import item_background, set_message
from mentorapp.gui.unlock import make_heading
from mentorapp.services.vault_files import vault_name

_FOLDER_ROLE = Qt.ItemDataRole.UserRole + 1
_SECONDARY_COLOUR = "#5f6368"


class RecentVaultDelegate(QStyledItemDelegate):
    """Paints a recent vault in two lines: its name, then its folder (smaller, grey)."""

    PAD_X, PAD_Y = 6, 4

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, 2 * metrics.height() + 2 * self.PAD_Y + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = item_background(self, painter, option, index)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        main = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        secondary = main if selected else QColor(_SECONDARY_COLOUR)
        rect: QRect = opt.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
        metrics = QFontMetrics(opt.font)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        painter.save()
        name_font = opt.font
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(main)
        name = QFontMetrics(name_font).elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole)), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect, align, name)
        painter.setFont(option.font)
        painter.setPen(secondary)
        folder = metrics.elidedText(
            str(index.data(_FOLDER_ROLE)), Qt.TextElideMode.ElideMiddle, rect.width()
        )
        painter.drawText(rect.adjusted(0, metrics.height() + 2, 0, 0), align, folder)
        painter.restore()


class WelcomeWindow(QWidget):
    """Shown when no vault is known yet (or when the coach asks for another)."""

    create_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(object)
    language_chosen = Signal(str)

    def __init__(self, recent: list[Path], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(1280, 800)
        outer = QVBoxLayout(self)
        column = QWidget()
        column.setMaximumWidth(640)
        layout = QVBoxLayout(column)
        self.title = make_heading(QLabel(), 2)
        layout.addWidget(self.title)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        self.create_button = QPushButton()
        self.open_button = QPushButton()
        self.demo_button = QPushButton()
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
        self.recent.setItemDelegate(RecentVaultDelegate(self.recent))
        for path in recent:
            item = QListWidgetItem(vault_name(path))
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setData(_FOLDER_ROLE, str(path.parent))
            item.setToolTip(str(path))
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, str(path.parent))
            self.recent.addItem(item)
        if recent:
            row_height = self.recent.sizeHintForRow(0)
            frame = 2 * self.recent.frameWidth()
            self.recent.setFixedHeight(row_height * min(len(recent), 4) + frame)
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.recent_label = QLabel()
        self.recent_label.setBuddy(self.recent)
        if recent:
            layout.addSpacing(12)
            recent_box = QVBoxLayout()  # the label sits on its list, not between sections
            recent_box.setSpacing(2)
            recent_box.addWidget(self.recent_label)
            recent_box.addWidget(self.recent)
            layout.addLayout(recent_box)
        else:
            self.recent.hide()
            self.recent_label.hide()
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
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if language == "nl" else 1)
        self.language_label.setBuddy(self.language)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )
        row.addStretch()
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        layout.addSpacing(12)
        layout.addLayout(row)
        centred = QHBoxLayout()  # centred at its natural height: no gaps opened up
        centred.addStretch()
        centred.addWidget(column, 1)
        centred.addStretch()
        outer.addStretch()
        outer.addLayout(centred)
        outer.addStretch()
        self._retranslate()
        self.create_button.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome - Mentorapp"))
        self.title.setText(self.tr("Welcome to Mentorapp"))
        self.intro.setText(
            self.tr(
                "A confidential workspace for career conversations. Your mentees, private notes and development plans stay encrypted on this computer; nothing goes online."
            )
        )
        self.create_button.setText(self.tr("&Create a new vault…"))
        self.open_button.setText(self.tr("&Open an existing vault…"))
        self.demo_button.setText(self.tr("&Try the demo vault"))
        self.recent.setAccessibleName(self.tr("Recent vaults"))
        self.recent_label.setText(self.tr("&Recent vaults"))
        self.language_label.setText(self.tr("&Language"))
        self.language.setAccessibleName(self.tr("Language"))

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for button in (self.create_button, self.open_button, self.demo_button):
            button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        set_message(self.message, text, error=True)
