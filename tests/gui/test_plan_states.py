"""The plan tab as the coach and a screen reader meet it: a frozen version reads the
same read-only way everywhere, an empty plan says what to do next, long actions are
read whole, and every control has a name of its own."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import ActivityKind, Feasibility, ObstacleKind, PlanStatus
from mentorapp.domain.model import (
    Action,
    DevelopmentActivity,
    DevelopmentPlan,
    Goal,
    Mentee,
    Obstacle,
)
from mentorapp.gui import record_dialog
from mentorapp.gui.plan import PlanTab
from mentorapp.gui.style import OK_COLOUR
from mentorapp.store.repositories import MenteeRepository, PlanRepository
from mentorapp.store.vault import Vault

LONG_ACTION = (
    "Drie verkennende gesprekken voeren met mensen in andere functies binnen het "
    "ziekenhuis en daarbuiten, en na elk gesprek een kort verslag schrijven"
)


def a_plan(status: PlanStatus, goals: list[Goal] | None = None) -> DevelopmentPlan:
    soon = date.today() + timedelta(days=60)
    return DevelopmentPlan(
        mentee_id=0,  # type: ignore[arg-type]  # set when stored
        status=status,
        title="Groeien in de breedte",
        period_start=date.today(),
        review_date=None,  # one date left open: a frozen plan says "not set"
        current_situation="Werkt acht jaar als boekhouder.",
        resources="Tijd voor een loopbaansafari.",
        goals=[
            Goal(
                "Doorgroeien naar controller",
                actions=[Action(LONG_ACTION, measure="Drie verslagen", deadline=soon)],
            )
        ]
        if goals is None
        else goals,
        obstacles=[Obstacle(ObstacleKind.TIME, "Weinig tijd", "Vaste vrijdagnamiddag")],
        activities=[DevelopmentActivity(ActivityKind.TRAINING, "Cursus controlling", "Vives")],
    )


def shown_tab(qtbot: QtBot, vault: Vault, plan: DevelopmentPlan) -> PlanTab:
    with vault.transaction() as s:
        mentee = MenteeRepository(s).add(Mentee(full_name="Ελένη Παπαδοπούλου"))
        assert mentee.id is not None
        PlanRepository(s).add(dataclasses.replace(plan, mentee_id=mentee.id))
    tab = PlanTab()
    qtbot.addWidget(tab)
    tab.resize(760, 800)  # what the main window leaves the workspace on 1280x800
    tab.show()
    tab.load(vault, mentee)
    qtbot.wait(20)
    return tab


def inputs(tab: PlanTab) -> list[QWidget]:
    kinds = (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QCheckBox, QComboBox)
    return [w for w in tab.body.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()]


def looks_read_only(widget: QWidget) -> bool:
    palette = widget.palette()
    return palette.color(QPalette.ColorRole.Base) == palette.color(QPalette.ColorRole.Window)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


@pytest.mark.parametrize("status", [PlanStatus.AGREED, PlanStatus.ARCHIVED])
def test_a_frozen_version_reads_the_same_read_only_way_everywhere(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch, status: PlanStatus
) -> None:
    tab = shown_tab(qtbot, vault, a_plan(status))
    assert tab.bar.status_label.text() == "Frozen version - read only"

    fields = inputs(tab)
    assert len(fields) >= 8, "the title, a date, six texts"
    assert not [w for w in fields if isinstance(w, QCheckBox)], "no box to tick in a frozen plan"
    for widget in fields:
        assert isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox)
        assert widget.isReadOnly(), widget.accessibleName()
        assert widget.isEnabled(), f"{widget.accessibleName()} is greyed out"
        assert looks_read_only(widget), f"{widget.accessibleName()} looks editable"
    for text in tab.body.findChildren(QPlainTextEdit):
        assert looks_read_only(text.viewport())
    assert tab.header.review_date.unset_label.isVisible()
    assert tab.header.review_date.unset_label.text() == "not set"

    for section in (tab.goals, tab.obstacles, tab.activities):
        buttons = [section.add_button, section.edit_button, section.remove_button]
        assert not [b for b in buttons if b.isVisible() or b.isEnabled()]
    opened: list[object] = []
    monkeypatch.setattr(record_dialog.RecordDialog, "exec", lambda self: opened.append(self))
    tree = tab.obstacles.tree
    tree.itemActivated.emit(tree.topLevelItem(0), 0)  # Enter on a row
    assert opened == [], "no editor opens on a frozen version"


def test_a_draft_is_edited_in_edit_fields(qtbot: QtBot, vault: Vault) -> None:
    tab = shown_tab(qtbot, vault, a_plan(PlanStatus.DRAFT))

    for widget in inputs(tab):  # (a date left open stays greyed until its box is ticked)
        if isinstance(widget, QLineEdit | QPlainTextEdit) and widget.isEnabled():
            assert not widget.isReadOnly() and not looks_read_only(widget)
    assert tab.header.review_date.check.isVisible()
    assert not tab.header.review_date.unset_label.isVisible()


WISH = Goal("Teamleider", feasibility=Feasibility.NOT_NOW, actions=[Action("Cursus")])


@pytest.mark.parametrize(
    ("status", "goals", "next_step"),
    [
        (PlanStatus.DRAFT, [], "No goals or actions yet: add a goal, then an action under it."),
        (
            PlanStatus.DRAFT,
            [Goal("Controller worden")],
            "No actions yet: select a goal and add an action under it.",
        ),
        (
            PlanStatus.DRAFT,
            [WISH],
            "No actions to check yet: the actions so far belong to wishes that are not "
            "feasible now. Add an action under a feasible goal.",
        ),
        (PlanStatus.AGREED, [WISH], "This version has no actions to check."),
    ],
)
def test_a_plan_without_actions_says_what_to_do_next(
    qtbot: QtBot, vault: Vault, status: PlanStatus, goals: list[Goal], next_step: str
) -> None:
    tab = shown_tab(qtbot, vault, a_plan(status, goals=goals))
    label = tab.smart_label

    assert label.text() == next_step
    assert label.isVisible() and OK_COLOUR not in label.styleSheet(), "not the green all-clear"
    assert accessible_name(label) == next_step


def test_the_smart_check_reads_as_its_text(qtbot: QtBot, vault: Vault) -> None:
    tab = shown_tab(qtbot, vault, a_plan(PlanStatus.DRAFT))

    assert tab.smart_label.text().startswith("1 action not SMART yet")
    assert accessible_name(tab.smart_label) == tab.smart_label.text()


def test_a_long_action_is_read_whole_in_its_row(qtbot: QtBot, vault: Vault) -> None:
    tab = shown_tab(qtbot, vault, a_plan(PlanStatus.AGREED))
    tree = tab.goals.tree

    for section in (tab.goals, tab.obstacles, tab.activities):
        assert section.tree.verticalScrollBar().maximum() == 0, section.title()
    goal = tree.topLevelItem(0)
    assert goal is not None
    action = goal.child(0)
    assert action is not None and action.text(0) == LONG_ACTION
    rect = tree.visualItemRect(action)
    assert tree.viewport().rect().contains(rect), "the whole row is on screen"
    width = tree.wrap_width(tree.indexFromItem(action, 0))
    assert width is not None and width < QFontMetrics(tree.font()).horizontalAdvance(LONG_ACTION)
    wrapped = QFontMetrics(tree.font()).boundingRect(
        QRect(0, 0, width - 8, 10_000), Qt.TextFlag.TextWordWrap, LONG_ACTION
    )
    assert rect.height() >= wrapped.height(), "every line of the action fits its row"
    assert action.toolTip(0) == LONG_ACTION


def test_a_list_shrinks_to_its_rows_when_one_is_removed(qtbot: QtBot, vault: Vault) -> None:
    plan = a_plan(PlanStatus.DRAFT)
    # the same kind: the column widths stay, only the rows change
    plan.obstacles.append(Obstacle(ObstacleKind.TIME, "Geen budget", "Vraag het aan HR"))
    tab = shown_tab(qtbot, vault, plan)
    tree = tab.obstacles.tree

    def rows_and_frame() -> int:
        rows = sum(tree.visualItemRect(item).height() for item in tree.all_items())
        return tree.header().height() + rows + 2 * tree.frameWidth()

    assert tree.topLevelItemCount() == 2 and tree.height() == rows_and_frame()
    tree.setCurrentItem(tree.topLevelItem(1))
    tab.obstacles.remove_selected()
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    qtbot.waitUntil(lambda: tree.height() == rows_and_frame())
    assert tree.verticalScrollBar().maximum() == 0


def test_every_control_has_a_name_of_its_own(qtbot: QtBot, vault: Vault) -> None:
    tab = shown_tab(qtbot, vault, a_plan(PlanStatus.DRAFT))

    focusable = [
        widget
        for widget in tab.findChildren(QWidget)
        if widget.isVisibleTo(tab)
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None  # a date's inner line edit hands on its focus
    ]
    names = [accessible_name(widget) for widget in focusable]
    assert len(focusable) > 25
    assert all(names), [type(w).__name__ for w, n in zip(focusable, names, strict=True) if not n]
    repeated = sorted({name for name in names if names.count(name) > 1})
    assert repeated == []

    assert accessible_name(tab.obstacles.remove_button) == "Remove the selected obstacle"
    assert accessible_name(tab.activities.up_button) == "Move the development activity up"
    assert accessible_name(tab.header.review_date.edit) == "Review date"
    assert accessible_name(tab.header.review_date.check) == "The plan has a review date"
    # On Linux a combo box's name is its value ("v1 · Draft"); its label comes from the
    # label it is the buddy of.
    combo = QAccessible.queryAccessibleInterface(tab.bar.version_combo)
    assert combo is not None
    labels = combo.relations(QAccessible.RelationFlag.Label)
    assert [other.text(QAccessible.Text.Name) for other, _ in labels] == ["Version"]
