"""The app's look: a calm palette and helpers for message labels."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QColor,
    QIcon,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mentorapp.resource_files import resource_dir

ERROR_COLOUR = "#b3261e"
OK_COLOUR = "#1e6b35"
PRIVATE_COLOUR = "#7a4b00"
# Placeholder text: 5.9:1 on white (Fusion's default #7f7f7f is 4.0:1, under WCAG's 4.5:1).
PLACEHOLDER_COLOUR = "#626262"

STYLESHEET = """
QLabel#privateHeader { color: #7a4b00; font-weight: bold; }
QLabel#sharedHeader { color: #1d4f91; font-weight: bold; }
QFrame#privatePane { background: #fff8ec; border: 1px solid #e6c88f; border-radius: 4px; }
QFrame#sharedPane { background: #f1f6fd; border: 1px solid #a9c4ea; border-radius: 4px; }
QLabel#sectionTitle { font-weight: bold; font-size: 13pt; }
QLabel#dashboardCount { font-size: 20pt; font-weight: bold; color: #1d4f91; }
QToolBar#formatBar { spacing: 4px; }
QToolBar#formatBar QToolButton {
    border: 1px solid #a8a8a8; border-radius: 3px; background: #f4f4f4; padding: 1px 8px;
}
QToolBar#formatBar QToolButton:hover { background: #e6eef8; border-color: #1d4f91; }
QToolBar#formatBar QToolButton:checked, QToolBar#formatBar QToolButton:pressed {
    background: #dbe6f5;
}
QLabel#emptyState { color: #3c3c3c; font-size: 11pt; padding: 24px; }
QTextEdit#privateField, QPlainTextEdit#privateField { background: #fff8ec; border: 1px solid #e6c88f; }
"""


ICONS = resource_dir("icons")


def lock_icon_label(size: int = 16, name: str = "") -> QLabel:
    """A small lock that marks private text; screen readers hear ``name`` (or "Private")."""
    icon = QLabel()
    icon.setAccessibleName(name or QApplication.translate("Style", "Private"))
    icon.setPixmap(QIcon(str(ICONS / "lock.svg")).pixmap(size, size))
    icon.setFixedSize(size + 2, size + 2)
    return icon


def note_pane(
    private: bool,
    title: str,
    hint: str,
    *fields: tuple[QWidget, int],
    buddy: QWidget | None = None,
) -> QFrame:
    """A framed pane that says whose text it holds: amber with a lock for private text,
    blue for what may be handed to the employee. ``fields`` are (widget, stretch) pairs;
    with a ``buddy`` the title's mnemonic (``&``) moves the focus there.
    """
    frame = QFrame()
    frame.setObjectName("privatePane" if private else "sharedPane")
    box = QVBoxLayout(frame)
    header = QLabel(title)
    header.setObjectName("privateHeader" if private else "sharedHeader")
    if buddy is not None:
        header.setBuddy(buddy)
    title_row = QHBoxLayout()
    if private:
        title_row.addWidget(lock_icon_label(name=title.replace("&", "")))
    title_row.addWidget(header, 1)
    box.addLayout(title_row)
    sub = QLabel(hint)
    sub.setWordWrap(True)
    box.addWidget(sub)
    for widget, stretch in fields:
        box.addWidget(widget, stretch)
    return frame


def item_background(
    delegate: QStyledItemDelegate,
    painter: QPainter,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
) -> QStyleOptionViewItem:
    """Draws a list row's background (selection, hover, focus) without its text, for a
    delegate that paints the text itself; returns the row's initialised style option."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    opt.text = ""
    widget = opt.widget
    style = widget.style() if widget is not None else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
    return opt


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(PLACEHOLDER_COLOUR))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)


def name_clear_button(edit: QLineEdit, name: str) -> None:
    """Gives a line edit's clear button (Qt's own, unnamed) a name for screen readers."""
    edit.setClearButtonEnabled(True)
    action = edit.findChild(QAction, "_q_qlineeditclearaction")
    if action is not None:
        action.setText(name)
        action.setToolTip(name)


def set_message(label: QLabel, text: str, *, error: bool, speak: bool = True) -> None:
    """Shows ``text`` in a status label, coloured as an error or a success, and tells
    screen readers: the label's accessible name is its text, and a change is announced
    (unless ``speak`` is False: a save state that changes while the coach types).
    """
    label.setStyleSheet(f"color: {ERROR_COLOUR if error else OK_COLOUR};")
    set_status(label, text, speak=speak or error)
    label.setVisible(bool(text))


def set_status(label: QLabel, text: str, *, speak: bool = True) -> None:
    """Sets a status label's text so that a screen reader reads the text itself (not a
    fixed name such as "Message") and hears it when it changes."""
    changed = text != label.text()
    label.setText(text)
    label.setAccessibleName(text)
    if speak and changed and text:
        announce(label, text)


def announce(widget: QWidget, text: str) -> None:
    """Asks screen readers to read ``text`` out now (politely, after what they say)."""
    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    QAccessible.updateAccessibility(event)
