"""Small inputs shared by the career-move pages: a plain text box, a label with a
mnemonic for a field, a pick-one question and a record dialog that leaves nothing behind."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QInputDialog, QLabel, QPlainTextEdit, QWidget

from mentorapp.gui.record_dialog import Field, RecordDialog


def choose_one(
    parent: QWidget, title: str, prompt: str, items: list[str], current: int = 0
) -> int | None:
    """The index of the item the coach picks from ``items``, or None when they cancel."""
    picked, ok = QInputDialog.getItem(parent, title, prompt, items, current, False)
    return items.index(picked) if ok and picked in items else None


def text_box(name: str, placeholder: str = "", lines: int = 4) -> QPlainTextEdit:
    """A plain text field that Tab leaves (not types into), about ``lines`` lines high."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


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
