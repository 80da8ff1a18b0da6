"""The app's look: a calm palette and helpers for message labels."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from mentorapp.resource_files import resource_dir

ERROR_COLOUR = "#b3261e"
OK_COLOUR = "#1e6b35"
PRIVATE_COLOUR = "#7a4b00"

STYLESHEET = """
QLabel#privateHeader { color: #7a4b00; font-weight: bold; }
QLabel#sharedHeader { color: #1d4f91; font-weight: bold; }
QFrame#privatePane { background: #fff8ec; border: 1px solid #e6c88f; border-radius: 4px; }
QFrame#sharedPane { background: #f1f6fd; border: 1px solid #a9c4ea; border-radius: 4px; }
QLabel#sectionTitle { font-weight: bold; font-size: 13pt; }
QLabel#dashboardCount { font-size: 20pt; font-weight: bold; color: #1d4f91; }
"""


ICONS = resource_dir("icons")


def lock_icon_label(size: int = 16) -> QLabel:
    """A small lock that marks private text."""
    icon = QLabel()
    icon.setPixmap(QIcon(str(ICONS / "lock.svg")).pixmap(size, size))
    icon.setFixedSize(size + 2, size + 2)
    return icon


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)


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
