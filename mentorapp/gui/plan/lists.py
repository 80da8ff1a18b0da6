"""The plan's flat lists, obstacles and development activities, edited record by record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from mentorapp.domain import plan_edits as edits
from mentorapp.domain.enums import ActivityKind, ObstacleKind
from mentorapp.domain.model import DevelopmentActivity, DevelopmentPlan, Obstacle
from mentorapp.gui.labels import choices, label, money, short_date
from mentorapp.gui.plan.list_section import ButtonNames, ListSection
from mentorapp.gui.record_dialog import Field


class PlanListSection(ListSection):
    """One flat list of the plan; a subclass says which list, its fields and its rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))

    # what a subclass tells
    def _items(self, plan: DevelopmentPlan) -> list[Any]:
        raise NotImplementedError

    def _edit_plan(self, plan: DevelopmentPlan, edit: edits.ListEdit[Any]) -> DevelopmentPlan:
        raise NotImplementedError

    def _dialog_title(self) -> str:
        raise NotImplementedError

    def _fields(self) -> list[Field]:
        raise NotImplementedError

    def _blank(self) -> Any:
        raise NotImplementedError

    def _row(self, item: Any) -> QTreeWidgetItem:
        raise NotImplementedError

    def _fill(self, plan: DevelopmentPlan) -> None:
        for index, record in enumerate(self._items(plan)):
            item = self._row(record)
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            self.tree.addTopLevelItem(item)

    def _change(self, edit: edits.ListEdit[Any]) -> None:
        self.change_requested.emit(lambda p: self._edit_plan(p, edit))

    def add(self) -> None:
        record = self.ask(self._dialog_title(), self._blank(), self._fields())
        if record is not None:
            self._change(edits.add(record))

    def edit_selected(self) -> None:
        index = self.selected()
        if index is None or self.plan is None:
            return
        record = self.ask(self._dialog_title(), self._items(self.plan)[index], self._fields())
        if record is not None:
            self._change(edits.replace(index, record))

    def remove_selected(self) -> None:
        index = self.selected()
        if index is not None:
            self._change(edits.remove(index))

    def move_selected(self, delta: int) -> None:
        index = self.selected()
        if index is not None:
            target = edits.moved_to(self.tree.topLevelItemCount(), index, delta)
            self._change(edits.move(index, delta))
            self.reselect(target)


class ObstaclesSection(PlanListSection):
    """What stands in the way (time, money, ...) and how to handle it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name(
            self.tr("Obstacles"),
            [self.tr("Kind"), self.tr("Obstacle"), self.tr("How to handle it")],
            ButtonNames(
                self.tr("Add an obstacle"),
                self.tr("Edit the selected obstacle"),
                self.tr("Remove the selected obstacle"),
                self.tr("Move the obstacle up"),
                self.tr("Move the obstacle down"),
            ),
            weights={1: 1, 2: 1},
        )

    def _items(self, plan: DevelopmentPlan) -> list[Any]:
        return list(plan.obstacles)

    def _edit_plan(self, plan: DevelopmentPlan, edit: edits.ListEdit[Any]) -> DevelopmentPlan:
        return edits.edit_obstacles(plan, edit)

    def _dialog_title(self) -> str:
        return self.tr("Obstacle - Mentorapp")

    def _fields(self) -> list[Field]:
        return [
            Field("kind", self.tr("&Kind"), "enum", choices(ObstacleKind)),
            Field("description", self.tr("&Obstacle"), "text", required=True),
            Field("mitigation", self.tr("&How to handle it"), "text"),
        ]

    def _blank(self) -> Obstacle:
        return Obstacle(ObstacleKind.TIME, "")

    def _row(self, item: Obstacle) -> QTreeWidgetItem:
        row = QTreeWidgetItem([label(item.kind), item.description, item.mitigation])
        row.setToolTip(1, item.description)
        row.setToolTip(2, item.mitigation)
        return row


class ActivitiesSection(PlanListSection):
    """Trainings, coaching, safaris, projects: provider, hours, cost and dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name(
            self.tr("Development activities"),
            [
                self.tr("Kind"),
                self.tr("Activity"),
                self.tr("Provider"),
                self.tr("Hours"),
                self.tr("Cost"),
                self.tr("Dates"),
            ],
            ButtonNames(
                self.tr("Add a development activity"),
                self.tr("Edit the selected development activity"),
                self.tr("Remove the selected development activity"),
                self.tr("Move the development activity up"),
                self.tr("Move the development activity down"),
            ),
            weights={1: 2, 2: 1},  # the activity, then its provider, wrap
        )
        self.tree.cap_chars = 38  # "12 september 2026 – 30 september 2026" stays whole

    def _items(self, plan: DevelopmentPlan) -> list[Any]:
        return list(plan.activities)

    def _edit_plan(self, plan: DevelopmentPlan, edit: edits.ListEdit[Any]) -> DevelopmentPlan:
        return edits.edit_activities(plan, edit)

    def _dialog_title(self) -> str:
        return self.tr("Development activity - Mentorapp")

    def _fields(self) -> list[Field]:
        return [
            Field("kind", self.tr("&Kind"), "enum", choices(ActivityKind)),
            Field("description", self.tr("&Activity"), "text", required=True),
            Field("provider", self.tr("&Provider"), "line"),
            Field("hours", self.tr("H&ours"), "number"),
            Field("cost_cents", self.tr("&Cost"), "money"),
            Field("start_date", self.tr("&From"), "date"),
            Field("end_date", self.tr("&Until"), "date"),
        ]

    def _blank(self) -> DevelopmentActivity:
        return DevelopmentActivity(ActivityKind.TRAINING, "")

    def _row(self, item: DevelopmentActivity) -> QTreeWidgetItem:
        dates = " – ".join(short_date(d) for d in (item.start_date, item.end_date) if d)
        cost = money(item.cost_cents) if item.cost_cents is not None else ""
        hours = f"{item.hours:g}" if item.hours is not None else ""
        kind = label(item.kind)
        if item.safari_id is not None:  # the safari's own page shows the other side
            kind = self.tr("{kind}, linked").format(kind=kind)
        row = QTreeWidgetItem([kind, item.description, item.provider, hours, cost, dates])
        row.setToolTip(1, item.description)
        row.setToolTip(2, item.provider)
        if item.safari_id is not None:
            row.setToolTip(0, self.tr("Linked to a safari: see Career moves, Safaris"))
        return row
