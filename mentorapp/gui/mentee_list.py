"""The mentee list: a table model over the repository's summaries, filter and sort."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import MenteeStatus
from mentorapp.domain.ids import MenteeId
from mentorapp.gui.labels import compact_date, label
from mentorapp.gui.style import name_clear_button
from mentorapp.services.mentees import MenteeSummary

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 2


def fold(text: str) -> str:
    """Case- and accent-insensitive form for filtering ("zoe" finds "Zoë")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class MenteeTableModel(QAbstractTableModel):
    """Rows are ``MenteeSummary`` objects; never ORM rows."""

    COLUMNS = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MenteeSummary] = []
        self._folded: list[str] = []
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: list[MenteeSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._order()
        self.endResetModel()

    def _sort_key(self, column: int) -> Callable[[MenteeSummary], Any]:
        # The locale's collation: Ł sorts with L, Ö with O, in any script.
        collator = QCollator(QLocale())
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        collator.setNumericMode(True)

        def name(r: MenteeSummary) -> Any:
            return collator.sortKey(r.display_name)

        statuses = list(MenteeStatus)
        if column == 1:
            return lambda r: (collator.sortKey(r.organisation), name(r))
        if column == 2:
            return lambda r: (statuses.index(r.status), name(r))
        if column == 3:
            return lambda r: (r.next_session_at is None, r.next_session_at or datetime.min)
        return name

    def _order(self) -> None:
        self._rows.sort(key=self._sort_key(self._sort_column))
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            self._rows.reverse()
        self._folded = [fold(f"{r.display_name} {r.organisation}") for r in self._rows]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted in Python, in one pass: a proxy asking data() per comparison took seconds."""
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._order()
        self.layoutChanged.emit()

    def clear(self) -> None:
        self.set_rows([])

    def summary(self, row: int) -> MenteeSummary:
        return self._rows[row]

    def row_of(self, mentee_id: MenteeId) -> int:
        for i, r in enumerate(self._rows):
            if r.id == mentee_id:
                return i
        return -1

    def folded(self, row: int) -> str:
        return self._folded[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Status"),
            self.tr("Next session"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return int(row.id)
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 1):
            return (row.display_name, row.organisation)[column] or None  # elided text in full
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.display_name
            if column == 1:
                return row.organisation
            if column == 2:
                return label(row.status)
            return _short(row.next_session_at)
        return None


def _short(when: datetime | None) -> str:
    """The day only: the list is narrow, and the session's hour is on the dashboard."""
    if when is None:
        return ""
    return compact_date(when.date())


class MenteeFilterModel(QSortFilterProxyModel):
    """Type-to-filter over name and organisation, plus a status filter."""

    def __init__(self, source: MenteeTableModel) -> None:
        super().__init__()
        self._source = source
        self.setSourceModel(source)
        self._needle = ""
        self._status: MenteeStatus | None = None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts itself; this proxy only filters."""
        self._source.sort(column, order)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: MenteeStatus | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._status is not None and self._source.summary(source_row).status != self._status:
            return False
        return not self._needle or self._needle in self._source.folded(source_row)


class MenteeListPane(QWidget):
    """The left pane: filter, status, the table and 'New mentee'."""

    mentee_selected = Signal(int)  # a MenteeId
    selection_cleared = Signal()
    new_mentee_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MenteeTableModel(self)
        self.proxy = MenteeFilterModel(self.model)
        self._last_emitted: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or organisation…"))
        self.filter_edit.setAccessibleName(self.tr("Filter mentees"))
        name_clear_button(self.filter_edit, self.tr("Clear the filter"))
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in MenteeStatus:
            self.status_combo.addItem(label(status), status)
        self.status_combo.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status(self.status_combo.currentData())
        )
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.status_combo)
        layout.addLayout(top)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Mentees"))
        # Tab leaves the table (arrows move inside it): with Qt's default, Tab walked
        # every cell and the keyboard never got out.
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        organisation_title = self.model.headerData(1, Qt.Orientation.Horizontal, 0)
        header.resizeSection(
            1,
            max(
                self.fontMetrics().horizontalAdvance("Zorggroep Zu"),
                self.fontMetrics().horizontalAdvance(organisation_title) + 24,
            ),
        )
        # Fixed widths from the font: sizing to contents reads all 10,000 rows.
        metrics = self.fontMetrics()
        widest_status = max(metrics.horizontalAdvance(label(s)) for s in MenteeStatus)
        sample = compact_date(datetime(2026, 12, 30).date())
        for column, width in ((2, widest_status), (3, metrics.horizontalAdvance(sample))):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(
                column,
                max(
                    width,
                    metrics.horizontalAdvance(
                        self.model.headerData(column, Qt.Orientation.Horizontal, 0)
                    ),
                )
                + 18,
            )
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        layout.addWidget(self.table, 1)
        self.new_button = QPushButton(self.tr("&New mentee"))
        self.new_button.clicked.connect(self.new_mentee_requested)
        layout.addWidget(self.new_button)
        self.filter_edit.returnPressed.connect(self._focus_first)

    def set_rows(self, rows: list[MenteeSummary], keep: MenteeId | None = None) -> None:
        """Replace the rows; the selection stays where it was without signalling a change."""
        current = self.current_id()
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            self.model.set_rows(rows)
            if current is not None and self.model.row_of(current) >= 0:
                self.select(current)
        finally:
            selection.blockSignals(False)
        if keep is not None and keep != current:
            self.select(keep)
        elif current is not None and self.model.row_of(current) < 0:
            self._last_emitted = None
            self.selection_cleared.emit()

    def clear(self) -> None:
        self.model.clear()
        self.filter_edit.clear()
        self._last_emitted = None

    def select(self, mentee_id: MenteeId) -> bool:
        row = self.model.row_of(mentee_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: clear the filter so it can be shown
            self.filter_edit.clear()
            self.status_combo.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def current_id(self) -> MenteeId | None:
        index = self.table.currentIndex()
        return MenteeId(int(index.data(ID_ROLE))) if index.isValid() else None

    def _focus_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self.table.setFocus()
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        mentee_id = MenteeId(int(current.data(ID_ROLE))) if current.isValid() else None
        if mentee_id == self._last_emitted:
            return
        self._last_emitted = mentee_id
        if mentee_id is not None:
            self.mentee_selected.emit(mentee_id)
        else:
            self.selection_cleared.emit()
