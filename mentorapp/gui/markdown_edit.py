"""A rich-text editor that stores Markdown: bold, italic and lists, with undo and redo."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCharFormat, QTextListFormat
from PySide6.QtWidgets import QTextEdit, QToolBar, QVBoxLayout, QWidget


class MarkdownEdit(QWidget):
    """A QTextEdit with a small formatting toolbar; ``markdown()`` is what is stored."""

    edited = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("formatBar")  # framed buttons, not labels (style.py)
        self.toolbar.setAccessibleName(
            self.tr("Formatting: {editor}").format(editor=accessible_name)
        )
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.75)
        self.editor = QTextEdit()
        self.editor.setAcceptRichText(False)
        self.editor.setTabChangesFocus(True)
        self.editor.setAccessibleName(accessible_name)
        self._loading = False
        self.editor.textChanged.connect(self._changed)
        self.bold = self._action(self.tr("Bold"), QKeySequence.StandardKey.Bold, self._toggle_bold)
        self.italic = self._action(
            self.tr("Italic"), QKeySequence.StandardKey.Italic, self._toggle_italic
        )
        self.bullets = self._action(self.tr("List"), QKeySequence("Ctrl+Shift+8"), self._bullets)
        for action, weight in ((self.bold, True), (self.italic, False)):
            font = QFont()
            font.setBold(weight)
            font.setItalic(not weight)
            action.setFont(font)
        for action in (self.bold, self.italic, self.bullets):
            button = self.toolbar.widgetForAction(action)
            if button is not None:  # "Bold" alone twice on a screen says not where
                button.setAccessibleName(f"{action.text()} - {accessible_name}")
        layout.addWidget(self.toolbar)
        layout.addWidget(self.editor, 1)

    def _action(
        self, text: str, key: QKeySequence | QKeySequence.StandardKey, slot: object
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(action.shortcutContext().WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{text} ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.triggered.connect(slot)
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def _toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.editor.fontWeight() < QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.editor.mergeCurrentCharFormat(fmt)

    def _toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.editor.fontItalic())
        self.editor.mergeCurrentCharFormat(fmt)

    def _bullets(self) -> None:
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        if current is not None:
            block_format = cursor.blockFormat()
            current.remove(cursor.block())
            block_format.setIndent(0)
            cursor.setBlockFormat(block_format)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def set_markdown(self, text: str) -> None:
        """Load stored text without counting it as an edit (and with a fresh undo stack)."""
        self._loading = True
        try:
            self.editor.setMarkdown(text)
            self.editor.document().clearUndoRedoStacks()
        finally:
            self._loading = False

    def markdown(self) -> str:
        if self.editor.document().isEmpty():
            return ""
        return self.editor.toMarkdown().strip() + "\n"

    def plain_text(self) -> str:
        return self.editor.toPlainText()
