"""Compare a plan version with the previous one: what was added, removed or changed."""

from __future__ import annotations

import contextlib
import re
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityKind,
    Feasibility,
    GoalKind,
    ObstacleKind,
)
from mentorapp.domain.model import DevelopmentPlan
from mentorapp.domain.plan_diff import ChangeKind, PlanChange, compare
from mentorapp.gui.labels import label, money, short_date

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class CompareDialog(QDialog):
    """Lists the changes from ``old`` to ``new`` (shareable fields only)."""

    def __init__(
        self, old: DevelopmentPlan, new: DevelopmentPlan, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What changed - Mentorapp"))
        self.changes = compare(old, new)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Version {old} compared with version {new}").format(
                    old=old.version, new=new.version
                )
            )
        )
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Changes"))
        self.tree.setHeaderLabels(
            [
                self.tr("Part"),
                self.tr("Change"),
                self.tr("About"),
                self.tr("Before"),
                self.tr("After"),
            ]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        for change in self.changes:
            self.tree.addTopLevelItem(QTreeWidgetItem(self._row(change)))
        if not self.changes:
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("No changes.")]))
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(980, 520)

    def _field_names(self) -> dict[str, str]:
        return {
            "title": self.tr("title"),
            "current_situation": self.tr("current situation"),
            "desired_direction": self.tr("where to go"),
            "period_start": self.tr("period from"),
            "period_end": self.tr("period until"),
            "review_date": self.tr("review date"),
            "resources": self.tr("resources"),
            "organisation_commitments": self.tr("organisation commits to"),
            "employee_commitments": self.tr("employee commits to"),
            "description": self.tr("description"),
            "kind": self.tr("kind"),
            "feasibility": self.tr("feasible"),
            "feasibility_note": self.tr("why not now"),
            "revisit_on": self.tr("look again on"),
            "measure": self.tr("measure"),
            "deadline": self.tr("deadline"),
            "owner": self.tr("owner"),
            "status": self.tr("status"),
            "specific": self.tr("specific"),
            "achievable": self.tr("achievable"),
            "relevant": self.tr("relevant"),
            "mitigation": self.tr("how to handle it"),
            "provider": self.tr("provider"),
            "hours": self.tr("hours"),
            "cost_cents": self.tr("cost"),
            "start_date": self.tr("from"),
            "end_date": self.tr("until"),
        }

    def _value(self, change: PlanChange, text: str) -> str:
        """A compared value as the coach reads it: names, local dates and money."""
        if not text:
            return ""
        enum_by_field = {
            ("goal", "kind"): GoalKind,
            ("goal", "feasibility"): Feasibility,
            ("action", "owner"): ActionOwner,
            ("action", "status"): ActionStatus,
            ("obstacle", "kind"): ObstacleKind,
            ("activity", "kind"): ActivityKind,
        }
        kind = enum_by_field.get((change.section, change.field))
        if kind is not None:
            try:
                return label(kind(text))
            except ValueError:
                return text
        if text in {"true", "false"}:
            return self.tr("yes") if text == "true" else self.tr("no")
        if change.field == "cost_cents":
            with contextlib.suppress(ValueError):
                return money(int(text))
        if _ISO_DATE.fullmatch(text):
            return short_date(date.fromisoformat(text))
        return text

    def _row(self, change: PlanChange) -> list[str]:
        sections = {
            "plan": self.tr("Plan"),
            "goal": self.tr("Goal"),
            "action": self.tr("Action"),
            "obstacle": self.tr("Obstacle"),
            "activity": self.tr("Activity"),
        }
        kinds = {
            ChangeKind.ADDED: self.tr("added"),
            ChangeKind.REMOVED: self.tr("removed"),
            ChangeKind.CHANGED: self.tr("changed"),
        }
        kind = kinds[change.kind]
        if change.field:
            kind += f" ({change.field.replace('_', ' ')})"
        return [
            sections.get(change.section, change.section),
            kind,
            change.label,
            change.before,
            change.after,
        ]
