"""The app's look: a calm palette and helpers for message labels."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel

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


def set_message(label: QLabel, text: str, *, error: bool) -> None:
    label.setStyleSheet(f"color: {ERROR_COLOUR if error else OK_COLOUR};")
    label.setText(text)
    label.setVisible(bool(text))
