"""Window shortcuts that must win over the text field that has the focus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget


class ReservedShortcuts(QObject):
    """Keeps the window's own shortcuts from text fields that would take them.

    Line and text edits claim Ctrl+K ("delete to end of line") before any window
    shortcut sees it; global search must win wherever the focus is.
    """

    def __init__(self, window: QWidget, keys: list[QKeySequence]) -> None:
        super().__init__(window)
        self.window = window
        self.keys = [k.toString() for k in keys]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination()).toString()
            if (
                pressed in self.keys
                and isinstance(watched, QWidget)
                and watched.window() is self.window
            ):
                return True  # not overridden: the window's action gets the key
        return False
