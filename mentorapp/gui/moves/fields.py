"""Small inputs shared by the career-move pages: a plain text box, a label with a
mnemonic for a field, a pick-one question and a record dialog that leaves nothing behind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QInputDialog, QLabel, QPlainTextEdit, QWidget

from mentorapp.gui.record_dialog import Field, RecordDialog


def choose_one(
    parent: QWidget, title: str, prompt: str, items: list[str], current: int = 0
) -> int | None:
    """The index of the item the coach picks from ``items``, or None when they cancel."""
    picked, ok = QInputDialog.getItem(parent, title, prompt, items, current, False)
    return items.index(picked) if ok and picked in items else None


class TextBox(QPlainTextEdit):
    """A plain text field about ``lines`` lines high that Tab leaves (not types into).

    Qt's text edits ask for 192 pixels whatever they hold; in a page that scrolls, that
    wish would push everything below the fold. This one asks for its lines, and takes
    more only when the page has room to give.
    """

    def __init__(self, name: str, placeholder: str = "", lines: int = 4) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder)
        self.lines = lines
        self.setMinimumHeight(self._height(min(lines, 3)))

    def _height(self, lines: int) -> int:
        margins = self.contentsMargins()
        spacing = self.fontMetrics().lineSpacing()
        return lines * spacing + margins.top() + margins.bottom() + 8

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(self.lines))


def buddy(text: str, field: QWidget) -> QLabel:
    caption = QLabel(text)
    caption.setBuddy(field)
    return caption


def ask_record(parent: QWidget, title: str, record: Any, fields: list[Field]) -> Any | None:
    """``record`` as edited in a ``RecordDialog``, or None when the coach cancels.

    The dialog is deleted afterwards: as a child of the page it would otherwise keep
    what was typed (a name, a department) in a hidden widget until the page goes.
    """
    dialog = RecordDialog(title, record, fields, parent)
    try:
        if dialog.exec() != RecordDialog.DialogCode.Accepted:
            return None
        return dialog.value()
    finally:
        dialog.deleteLater()
