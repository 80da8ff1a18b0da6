"""The mentee list: sorted by any column, filtered by typing (accents folded), by status."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import MenteeStatus
from mentorapp.domain.ids import MenteeId
from mentorapp.gui.mentee_list import MenteeListPane
from mentorapp.store.repositories import MenteeSummary

ROWS = [
    MenteeSummary(MenteeId(1), "Zoë Van den Bossche", "Leiestreek Bank", MenteeStatus.PAUSED, None),
    MenteeSummary(
        MenteeId(2), "An Peeters", "Stad Gent", MenteeStatus.ACTIVE, datetime(2026, 12, 3, 10)
    ),
    MenteeSummary(
        MenteeId(3), "Łukasz Wróbel", "Abdij", MenteeStatus.INTAKE, datetime(2026, 11, 30, 9)
    ),
]


def names(pane: MenteeListPane) -> list[str]:
    return [pane.proxy.index(r, 0).data() for r in range(pane.proxy.rowCount())]


def test_sorting_filtering_and_keeping_the_selection(qtbot: QtBot) -> None:
    pane = MenteeListPane()
    qtbot.addWidget(pane)
    pane.set_rows(ROWS)
    assert names(pane) == ["An Peeters", "Łukasz Wróbel", "Zoë Van den Bossche"]
    pane.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # next session, none last
    assert names(pane) == ["Łukasz Wróbel", "An Peeters", "Zoë Van den Bossche"]
    pane.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # organisation
    assert names(pane) == ["An Peeters", "Zoë Van den Bossche", "Łukasz Wróbel"]
    pane.filter_edit.setText("zoe")
    assert names(pane) == ["Zoë Van den Bossche"]
    pane.filter_edit.clear()
    pane.status_combo.setCurrentIndex(pane.status_combo.findData(MenteeStatus.INTAKE))
    assert names(pane) == ["Łukasz Wróbel"]
    pane.status_combo.setCurrentIndex(0)
    selected: list[int] = []
    pane.mentee_selected.connect(selected.append)
    assert pane.select(2) and selected == [2]
    pane.set_rows(list(reversed(ROWS)))  # a refresh keeps the selection, without a signal
    assert pane.current_id() == 2 and selected == [2]
