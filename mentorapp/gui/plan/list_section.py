"""An editable list of the plan tab (goals, obstacles, activities) and the SMART letters.

A list shows every row whole: the text of its main columns wraps, and the tree is as
tall as its rows, so only the plan page scrolls.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.model import DevelopmentPlan
from mentorapp.domain.smart import SmartCheck, SmartCriterion
from mentorapp.gui.record_dialog import Field, RecordDialog

LETTERS = {
    SmartCriterion.SPECIFIC: "S",
    SmartCriterion.MEASURABLE: "M",
    SmartCriterion.ACHIEVABLE: "A",
    SmartCriterion.RELEVANT: "R",
    SmartCriterion.TIME_BOUND: "T",
}


def smart_letters(check: SmartCheck) -> str:
    """'S M A R T' with a dot for each criterion that is missing."""
    return " ".join("·" if c in check.missing else LETTERS[c] for c in SmartCriterion)


class ButtonNames(NamedTuple):
    """What screen readers hear for a list's buttons: each names its list."""

    add: str
    edit: str
    remove: str
    up: str
    down: str


class _WrappingDelegate(QStyledItemDelegate):
    """Sizes a row so that the text of a main column wraps within its width."""

    ROW_GAP = 4  # pixels between rows, so wrapped rows read as rows

    def __init__(self, tree: PlanTree) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self.tree.wrap_width(index)
        sized = QStyleOptionViewItem(option)
        if width is not None:
            sized.rect = QRect(0, 0, max(width, 1), 1)
        hint = super().sizeHint(sized, index)
        return QSize(hint.width(), hint.height() + self.ROW_GAP)


class PlanTree(QTreeWidget):
    """A plan list whose rows are whole: the main columns wrap, nothing scrolls inside.

    The short columns fit their text (up to ``cap_chars``); the main ones share the rest
    of the width by their weights and wrap their text in it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weights: dict[int, int] = {0: 1}
        self.cap_chars = 22
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # only a word wider than a column
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setItemDelegate(_WrappingDelegate(self))
        self.setAlternatingRowColors(True)
        self.header().setStretchLastSection(False)
        self.header().sectionResized.connect(self.relayout)

    def all_items(self) -> list[QTreeWidgetItem]:
        """Every row, children after their parent, as shown (all are expanded)."""
        items: list[QTreeWidgetItem] = []
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            if top is not None:
                items.append(top)
                items += [c for j in range(top.childCount()) if (c := top.child(j)) is not None]
        return items

    def set_columns(self, columns: list[str], weights: dict[int, int]) -> None:
        self.setHeaderLabels(columns)
        self.weights = weights
        for column in range(len(columns)):
            self.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)

    def fit_columns(self) -> None:
        """Short columns to their text (capped); the main ones share what is left."""
        cap = self.fontMetrics().horizontalAdvance("M") * self.cap_chars
        fitted = 0
        for column in range(self.columnCount()):
            if column not in self.weights:
                self.resizeColumnToContents(column)
                self.setColumnWidth(column, min(self.columnWidth(column), cap))
                fitted += self.columnWidth(column)
        room = max(self.viewport().width() - fitted, 40 * len(self.weights))
        total = sum(self.weights.values())
        for column, weight in self.weights.items():
            self.setColumnWidth(column, room * weight // total)

    def wrap_width(self, index: QModelIndex | QPersistentModelIndex) -> int | None:
        """The width the text of ``index`` wraps in, or None for a column fitted to its text."""
        column = index.column()
        spanned = column == 0 and self.isFirstColumnSpanned(index.row(), index.parent())
        if spanned:
            width = self.viewport().width()
        elif column in self.weights:
            width = self.columnWidth(column)
        else:
            return None
        if column == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.indentation() * (depth + int(self.rootIsDecorated()))
        return width

    def sizeHint(self) -> QSize:
        items = self.all_items()
        rows = sum(self.indexRowSizeHint(self.indexFromItem(item)) for item in items)
        if not items:  # an empty list keeps one row of room
            rows = self.fontMetrics().lineSpacing() + 8
        height = self.header().sizeHint().height() + rows + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def relayout(self, *_args: object) -> None:
        """Rows or column widths changed: wrap the rows again and take their new height."""
        self.doItemsLayout()
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()
        self.relayout()


class ListSection(QGroupBox):
    """A titled list of the plan with Add / Edit / Remove / Up / Down.

    A section never changes the plan itself: it emits ``change_requested`` with a
    function from the plan to the edited plan, and the tab applies and saves it.
    """

    change_requested = Signal(object)  # Callable[[DevelopmentPlan], DevelopmentPlan]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: DevelopmentPlan | None = None
        layout = QVBoxLayout(self)
        self.tree = PlanTree()
        self.tree.setRootIsDecorated(False)
        layout.addWidget(self.tree)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QToolButton()
        self.up_button.setText("▲")
        self.down_button = QToolButton()
        self.down_button.setText("▼")
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        layout.addLayout(row)
        self.tree.itemActivated.connect(lambda _item, _col: self.edit_button.click())

    def _name(
        self, title: str, columns: list[str], names: ButtonNames, weights: dict[int, int]
    ) -> None:
        """Title, column headers and button names; the columns in ``weights`` share the
        room by weight (and wrap their text), the others fit their text."""
        self.setTitle(title)
        self.tree.set_columns(columns, weights)
        self.tree.setAccessibleName(title.replace("&", ""))
        buttons = (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        )
        for button, name in zip(buttons, names, strict=True):
            button.setAccessibleName(name)
        for button in (self.up_button, self.down_button):
            button.setToolTip(button.accessibleName())

    def show_plan(self, plan: DevelopmentPlan, *, keep_selection: bool = False) -> None:
        """List ``plan``'s items; ``keep_selection`` selects the same row again."""
        kept = self.selected() if keep_selection else None
        self.plan = plan
        self.tree.clear()
        self._fill(plan)
        self.tree.fit_columns()
        self.tree.relayout()  # the widths may be the same, the rows are not
        if kept is not None:
            self.reselect(kept)

    def _fill(self, plan: DevelopmentPlan) -> None:
        raise NotImplementedError

    def selected(self) -> Any:
        """The selected row's key (its index, or ``(goal, action)`` for goals), or None."""
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def reselect(self, key: Any) -> None:
        for item in self.tree.all_items():
            if item.data(0, Qt.ItemDataRole.UserRole) == key:
                self.tree.setCurrentItem(item)

    def ask(
        self,
        title: str,
        record: Any,
        fields: list[Field],
        hint: Callable[[Any], str] | None = None,
    ) -> Any:
        """The record as edited in a dialog, or None when the coach cancels."""
        dialog = self.make_dialog(title, record, fields, hint)
        if dialog.exec() != RecordDialog.DialogCode.Accepted:
            return None
        return with_enum_members(dialog.value(), fields)

    def make_dialog(
        self,
        title: str,
        record: Any,
        fields: list[Field],
        hint: Callable[[Any], str] | None,
    ) -> RecordDialog:
        """The dialog that edits ``record`` (a section may give one with more inputs)."""
        return RecordDialog(title, record, fields, self, hint)

    def set_editable(self, editable: bool) -> None:
        """A frozen version's lists are read, not edited: no buttons, and activating a
        row (Enter, double-click) opens no editor whose changes would go nowhere."""
        for button in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            button.setVisible(editable)
            button.setEnabled(editable)


def with_enum_members(record: Any, fields: list[Field]) -> Any:
    """``record`` with its choices as enum members again.

    The dialog reads a choice back from a combo box, which gives the member's value (a
    plain ``str``); the list shows the record before the store has typed it again.
    """
    members = {
        spec.name: member
        for spec in fields
        if spec.kind == "enum"
        for member, _caption in spec.choices
        if member == getattr(record, spec.name)
    }
    return dataclasses.replace(record, **members)
