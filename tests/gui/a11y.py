"""Walking what a screen reader and a curious eye can read: widgets (hidden ones too),
their item models, and Qt's accessibility tree (what AT-SPI hands to Orca)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    parent = parent or QModelIndex()
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model hides columnCount (and has no children): one column
        columns = 0
    for row in range(model.rowCount(parent)):
        for column in range(max(columns, 1)):
            index = model.index(row, column, parent)
            for role in _TEXT_ROLES:
                value = index.data(role)
                if isinstance(value, str) and value:
                    yield value
            if columns and column == 0 and model.rowCount(index) > 0:
                yield from model_texts(model, index)


def widget_texts(widget: QWidget) -> Iterator[str]:
    """Every string ``widget`` holds for a reader: text, tooltips, names, items."""
    for value in (
        widget.windowTitle(),
        widget.toolTip(),
        widget.statusTip(),
        widget.whatsThis(),
        widget.accessibleName(),
        widget.accessibleDescription(),
    ):
        if value:
            yield value
    if isinstance(widget, (QLabel, QLineEdit)):
        yield widget.text()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        yield widget.toPlainText()
    if isinstance(widget, QComboBox):
        yield widget.currentText()
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from model_texts(widget.model())


def all_widget_texts() -> str:
    """What every widget of the application holds, visible or hidden, in one string."""
    return "\n".join(
        text for widget in QApplication.allWidgets() for text in widget_texts(widget) if text
    )


@dataclass(frozen=True)
class Node:
    role: QAccessible.Role
    name: str
    value: str
    description: str
    focusable: bool
    invisible: bool
    widget: QWidget | None


def accessible_nodes(root: QWidget, limit: int = 20000) -> list[Node]:
    """Qt's accessibility tree below ``root`` (depth first), as a screen reader gets it."""
    nodes: list[Node] = []
    start = QAccessible.queryAccessibleInterface(root)
    stack: list[QAccessibleInterface] = [start] if start is not None else []
    while stack and len(nodes) < limit:
        iface = stack.pop()
        if iface is None or not iface.isValid():
            continue
        state = iface.state()
        obj = iface.object()
        nodes.append(
            Node(
                role=iface.role(),
                name=iface.text(QAccessible.Text.Name) or "",
                value=iface.text(QAccessible.Text.Value) or "",
                description=iface.text(QAccessible.Text.Description) or "",
                focusable=bool(state.focusable),
                invisible=bool(state.invisible),
                widget=obj if isinstance(obj, QWidget) else None,
            )
        )
        for i in reversed(range(iface.childCount())):
            child = iface.child(i)
            if child is not None:
                stack.append(child)
    return nodes


def accessible_text(root: QWidget) -> str:
    return "\n".join(f"{n.name}\n{n.value}\n{n.description}" for n in accessible_nodes(root))


# Roles that are containers or decoration: a name helps but is not required.
_UNNAMED_OK = {
    QAccessible.Role.Grouping,
    QAccessible.Role.Pane,
    QAccessible.Role.Separator,
    QAccessible.Role.Window,
    QAccessible.Role.Row,
    QAccessible.Role.Cell,
    QAccessible.Role.TreeItem,  # an empty column of a tree row is a cell
    QAccessible.Role.ListItem,
    QAccessible.Role.ColumnHeader,
    QAccessible.Role.RowHeader,
    QAccessible.Role.ScrollBar,
    QAccessible.Role.Whitespace,
    QAccessible.Role.MenuBar,
    QAccessible.Role.PageTabList,
}


def _has_buddy(widget: QWidget) -> bool:
    window = widget.window()
    return any(label.buddy() is widget for label in window.findChildren(QLabel))


def unnamed_focusable(root: QWidget) -> list[str]:
    """Visible, focusable objects without a name: a screen reader says only their role.

    A combo box counts as unnamed when its name is just its current value (no label
    linked as its buddy, no accessible name): "In person" does not say what it is.
    """
    bad = []
    for node in accessible_nodes(root):
        if node.invisible or not node.focusable:
            continue
        widget = node.widget
        if (
            node.role == QAccessible.Role.ComboBox
            and isinstance(widget, QComboBox)
            and not widget.accessibleName()
            and not _has_buddy(widget)
        ):
            bad.append(f"ComboBox {widget.objectName()!r} named only by its value {node.name!r}")
            continue
        if node.name.strip():
            continue
        if node.role in _UNNAMED_OK:
            continue
        widget = node.widget
        where = f"{type(widget).__name__} {widget.objectName()!r}" if widget else "?"
        bad.append(f"{node.role.name}: {where} value={node.value[:30]!r}")
    return bad


def mute_labels(root: QWidget, fixed_names: tuple[str, ...]) -> list[str]:
    """Visible labels that hide their text behind a fixed name ("Message", "Save state")."""
    bad = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        name = label.accessibleName()
        if name and name in fixed_names and name != label.text():
            bad.append(f"{label.objectName() or label.text()[:30]!r} named {name!r}")
    return bad
