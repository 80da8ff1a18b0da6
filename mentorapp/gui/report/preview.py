"""The career-centre report's preview: the published report as a tree, one column per group.

What it shows is exactly what a PDF or CSV would hold: ``domain.report.publish`` has already
suppressed every small cell and every cell that would reveal one; those show as "–", and a
screen reader hears "suppressed" instead of a dash.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from mentorapp.domain.report import Published
from mentorapp.gui.report.labels import (
    group_label,
    is_fraction,
    metric_label,
    section_label,
    section_of,
)

SUPPRESSED = "–"
"""What a suppressed cell shows (an en dash, as on the PDF)."""


def format_value(metric: str, value: float) -> str:
    """A count as a whole number, a mean or an hour sum with one decimal, in the app's
    language's number format."""
    if is_fraction(metric) or value != int(value):
        return QLocale().toString(float(value), "f", 1)
    return QLocale().toString(int(value))


class ReportPreview(QTreeWidget):
    """Section > metric rows, one value column per group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.setAccessibleName(
            QCoreApplication.translate("ReportDialog", "Preview of the published report")
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.empty_text = ""
        self.clear_report()

    def clear_report(self, why: str = "") -> None:
        """No report to show; ``why`` is written in the empty pane (and read out as the
        tree's description)."""
        self.clear()
        self.setColumnCount(1)
        self.setHeaderLabels([QCoreApplication.translate("ReportDialog", "Metric")])
        self.empty_text = why
        self.setAccessibleDescription(why)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.topLevelItemCount() or not self.empty_text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        margin = self.fontMetrics().height()
        painter.drawText(
            self.viewport().rect().adjusted(margin, margin, -margin, -margin),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
            self.empty_text,
        )
        painter.end()

    def show_report(self, published: Published) -> int:
        """Fills the tree; returns how many cells are suppressed."""
        self.clear()
        self.empty_text = ""
        self.setAccessibleDescription("")
        by = published.by
        groups = list(published.groups)
        values: dict[tuple[str, str], float | None] = {}
        metrics: list[str] = []
        for cell in published.rows:
            if cell.group not in groups:
                groups.append(cell.group)
            if cell.metric not in metrics:
                metrics.append(cell.metric)
            values[(cell.group, cell.metric)] = cell.value
        self.setColumnCount(1 + len(groups))
        self.setHeaderLabels(
            [QCoreApplication.translate("ReportDialog", "Metric")]
            + [group_label(g, by) for g in groups]
        )
        suppressed_name = QCoreApplication.translate("ReportDialog", "suppressed")
        sections: dict[str, QTreeWidgetItem] = {}
        hidden = 0
        for metric in metrics:
            section = section_of(metric)
            parent = sections.get(section)
            if parent is None:
                parent = QTreeWidgetItem(self, [section_label(section)])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                parent.setFirstColumnSpanned(True)
                sections[section] = parent
            row = QTreeWidgetItem(parent, [metric_label(metric)])
            for column, group in enumerate(groups, start=1):
                if (group, metric) not in values:
                    continue
                value = values[(group, metric)]
                row.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                if value is None:
                    hidden += 1
                    row.setText(column, SUPPRESSED)
                    row.setData(column, Qt.ItemDataRole.AccessibleTextRole, suppressed_name)
                    row.setToolTip(column, suppressed_name)
                else:
                    row.setText(column, format_value(metric, value))
        self.expandAll()
        # Values sit next to their metric (not at the far edge of a wide window); a
        # narrow column still leaves room for a count in the thousands.
        header = self.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0") * 10)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        for column in range(self.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return hidden
