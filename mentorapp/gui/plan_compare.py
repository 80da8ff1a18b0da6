"""Compare a plan version with the previous one: what was added, removed or changed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.model import DevelopmentPlan
from mentorapp.domain.plan_diff import ChangeKind, PlanChange, compare


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
