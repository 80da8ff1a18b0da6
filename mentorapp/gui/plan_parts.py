"""Pieces of the plan tab: an editable list section, and small helpers for plan lists."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.model import DevelopmentPlan
from mentorapp.domain.smart import SmartCheck, SmartCriterion

LETTERS = {
    SmartCriterion.SPECIFIC: "S",
    SmartCriterion.MEASURABLE: "M",
    SmartCriterion.ACHIEVABLE: "A",
    SmartCriterion.RELEVANT: "R",
    SmartCriterion.TIME_BOUND: "T",
}


def with_list(plan: DevelopmentPlan, attr: str, items: list[Any]) -> DevelopmentPlan:
    """``plan`` with one of its lists (goals, obstacles, activities) replaced."""
    changes: dict[str, Any] = {attr: items}
    return dataclasses.replace(plan, **changes)


def smart_letters(check: SmartCheck) -> str:
    """'S M A R T' with a dot for each criterion that is missing."""
    return " ".join("·" if c in check.missing else LETTERS[c] for c in SmartCriterion)


class ListSection(QGroupBox):
    """A titled list with Add / Edit / Remove / Up / Down."""

    def __init__(self, title: str, columns: list[str], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(columns)
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(title.replace("&", ""))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        self.stretch_column = 1 if len(columns) > 2 else 0
        self.cap_chars = 22
        for column in range(len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.stretch_column, QHeaderView.ResizeMode.Stretch)
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
