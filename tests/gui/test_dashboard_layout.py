"""The dashboard as a coach sees it: one page that scrolls, whole rows, named controls,
and an empty vault that says what to do first."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from mentorapp.demo import fill_demo
from mentorapp.gui.dashboard import DashboardView
from mentorapp.store.vault import Vault


def accessible_name(widget: QWidget) -> str:
    """What a screen reader reads as the widget's name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def shown(qtbot: QtBot, vault: Vault, width: int, height: int) -> DashboardView:
    view = DashboardView()
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.refresh(vault, date.today())
    qtbot.wait(20)  # the layout settles
    return view


@pytest.fixture
def demo(vault: Vault) -> Vault:
    fill_demo(vault, date.today())
    return vault


def inner_views(view: DashboardView) -> list[QAbstractScrollArea]:
    return [
        area
        for area in view.findChildren(QAbstractScrollArea)
        if area is not view.scroll_area and area.isVisibleTo(view)
    ]


# The main window gives the dashboard about 760 pixels of a 1280x800 screen (two
# columns); on its own it gets the whole width (three columns).
@pytest.mark.parametrize("width", [1280, 760])
def test_one_scroll_for_the_page_and_whole_rows(qtbot: QtBot, demo: Vault, width: int) -> None:
    view = shown(qtbot, demo, width, 800)

    lists = inner_views(view)
    assert len(lists) >= 5, "the demo has something in most sections"
    for area in lists:
        assert area.verticalScrollBar().maximum() == 0, f"{area.accessibleName()} scrolls"
        assert area.horizontalScrollBar().maximum() == 0
        assert isinstance(area, QListWidget)
        viewport = area.viewport().rect()
        for row in range(area.count()):
            rect = area.visualItemRect(area.item(row))
            assert viewport.contains(rect), f"row {row} of {area.accessibleName()} is cut"
    assert view.scroll_area.verticalScrollBar().maximum() > 0, "the page itself scrolls"

    for section in view.sections:
        assert section.height() >= section.minimumSizeHint().height(), section.title
    button = view.erase_button
    assert button.isVisibleTo(view)
    card = view.retention_box
    inside = QRect(button.mapTo(card, QPoint(0, 0)), button.size())
    assert card.rect().contains(inside), "the erase button is whole inside its card"


def test_the_page_brings_the_current_row_into_view(qtbot: QtBot, demo: Vault) -> None:
    view = shown(qtbot, demo, 760, 500)
    longest = max(view.sections, key=lambda section: section.list.count()).list
    longest.setFocus()
    last = longest.visualItemRect(longest.item(longest.count() - 1))
    assert longest.viewport().mapTo(view.scroll_area.viewport(), last.bottomLeft()).y() > 500
    longest.setCurrentRow(longest.count() - 1)

    rect = longest.visualItemRect(longest.item(longest.count() - 1))
    top_left = longest.viewport().mapTo(view.scroll_area.viewport(), rect.topLeft())
    assert view.scroll_area.viewport().rect().contains(QRect(top_left, rect.size()))


def test_every_focusable_widget_has_a_name_of_its_own(qtbot: QtBot, demo: Vault) -> None:
    view = shown(qtbot, demo, 1280, 800)

    focusable = [
        widget
        for widget in view.findChildren(QWidget)
        if widget.isVisibleTo(view) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert view.scroll_area in focusable and view.erase_button in focusable
    names = [accessible_name(widget) for widget in focusable]
    assert all(names), names
    assert len(set(names)) == len(names), names


def test_an_empty_vault_says_what_to_do_first(qtbot: QtBot, vault: Vault) -> None:
    view = DashboardView()
    qtbot.addWidget(view)
    asked: list[str] = []
    view.new_mentee_requested.connect(lambda: asked.append("mentee"))
    view.demo_requested.connect(lambda: asked.append("demo"))
    view.resize(1280, 800)
    view.show()
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.refresh(vault, date.today())

    card = view.empty_vault
    assert card.isVisible()
    assert not [section for section in view.sections if section.isVisible()]
    assert "Ctrl+N" in card.text_label.text() and "demo" in card.text_label.text()
    qtbot.mouseClick(card.new_mentee_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.demo_button, Qt.MouseButton.LeftButton)
    assert asked == ["mentee", "demo"]

    view.clear()
    assert not card.isVisible()


def test_a_host_without_a_demo_gets_no_dead_button(qtbot: QtBot, vault: Vault) -> None:
    view = shown(qtbot, vault, 1280, 800)  # nobody listens to its requests

    assert view.empty_vault.isVisible()
    assert not view.empty_vault.demo_button.isVisible()
    assert not view.empty_vault.new_mentee_button.isVisible()
    assert "New mentee" in view.empty_vault.text_label.text()  # the words still guide


def test_the_status_line_reads_as_its_text(qtbot: QtBot, vault: Vault) -> None:
    view = DashboardView()
    qtbot.addWidget(view)
    vault.close()
    view.refresh(vault, date.today())

    qtbot.waitUntil(lambda: view.status_label.text() == "The vault is locked.", timeout=10000)
    assert accessible_name(view.status_label) == "The vault is locked."
