"""An editable list of the plan tab (goals, obstacles, activities) and the SMART letters."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
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
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.header().setStretchLastSection(False)
        self.stretch_column = 0
        self.cap_chars = 22
        layout.addWidget(self.tree)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QToolButton()
        self.up_button.setText("▲")
        self.up_button.setToolTip(self.tr("Move up"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.down_button = QToolButton()
        self.down_button.setText("▼")
        self.down_button.setToolTip(self.tr("Move down"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch()
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        layout.addLayout(row)
        self.tree.itemActivated.connect(lambda _item, _col: self.edit_button.click())

    def _name(self, title: str, columns: list[str]) -> None:
        """Title and column headers; the second of three or more columns takes the room."""
        self.setTitle(title)
        self.tree.setHeaderLabels(columns)
        self.tree.setAccessibleName(title.replace("&", ""))
        header = self.tree.header()
        self.stretch_column = 1 if len(columns) > 2 else 0
        for column in range(len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.stretch_column, QHeaderView.ResizeMode.Stretch)

    def show_plan(self, plan: DevelopmentPlan, *, keep_selection: bool = False) -> None:
        """List ``plan``'s items; ``keep_selection`` selects the same row again."""
        kept = self.selected() if keep_selection else None
        self.plan = plan
        self.tree.clear()
        self._fill(plan)
        self.fit()
        if kept is not None:
            self.reselect(kept)

    def _fill(self, plan: DevelopmentPlan) -> None:
        raise NotImplementedError

    def selected(self) -> Any:
        """The selected row's key (its index, or ``(goal, action)`` for goals), or None."""
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def reselect(self, key: Any) -> None:
        items: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            items.append(top)
            items += [c for j in range(top.childCount()) if (c := top.child(j)) is not None]
        for item in items:
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
        dialog = RecordDialog(title, record, fields, self, hint)
        if dialog.exec() != RecordDialog.DialogCode.Accepted:
            return None
        return _with_enum_members(dialog.value(), fields)

    def set_editable(self, editable: bool) -> None:
        for button in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            button.setVisible(editable)

    def size_columns(self) -> None:
        """Fit the short columns to their content (capped); the main column takes the rest."""
        cap = self.fontMetrics().horizontalAdvance("M") * self.cap_chars
        for column in range(self.tree.columnCount()):
            if column != self.stretch_column:
                self.tree.resizeColumnToContents(column)
                self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), cap))

    def fit(self) -> None:
        self.size_columns()
        rows = max(self.tree.topLevelItemCount(), 1)
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            rows += top.childCount() if top is not None else 0
        height = self.tree.header().height() + rows * (self.fontMetrics().lineSpacing() + 8) + 8
        self.tree.setFixedHeight(min(max(height, 70), 420))


def _with_enum_members(record: Any, fields: list[Field]) -> Any:
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
