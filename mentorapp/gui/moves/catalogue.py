"""The coach's catalogue of skills: per organisation they work for, the skills valued
there with a short description, to pick from on a mentee's Skills page."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.model import CatalogueSkill
from mentorapp.gui.i18n import error_message
from mentorapp.gui.ops import format_for_log, run_op, run_write, vault_events
from mentorapp.gui.plan.list_section import PlanTree
from mentorapp.gui.record_dialog import Field, RecordDialog
from mentorapp.gui.style import set_message
from mentorapp.services import moves
from mentorapp.services.changes import Area, Changes
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)

SKILL_ROLE = Qt.ItemDataRole.UserRole
ORGANISATION_ROLE = Qt.ItemDataRole.UserRole + 1


class CatalogueDialog(QDialog):
    """Organisations with their skills; Add, Edit and Remove a skill."""

    def __init__(self, vault: Vault, organisation: str = "", parent: QWidget | None = None) -> None:
        """``organisation`` (the mentee's) is selected first and given to a new skill."""
        super().__init__(parent)
        self.vault = vault
        self.organisation = organisation
        self.skills: list[CatalogueSkill] = []
        self.editor: RecordDialog | None = None
        self.setWindowTitle(self.tr("Skills catalogue - Mentorapp"))
        intro = QLabel(
            self.tr(
                "The skills valued in the organisations you work for, each with a short description. On a mentee's Skills page you pick from their organisation's skills, or type one of your own."
            )
        )
        intro.setWordWrap(True)
        self.tree = PlanTree()  # the descriptions wrap; here the list scrolls itself
        self.tree.set_columns([self.tr("Skill"), self.tr("Description")], {0: 1, 1: 2})
        self.tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.tree.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.tree.setAccessibleName(self.tr("Skills by organisation"))
        self.tree.itemActivated.connect(lambda _item, _column: self.edit_selected())
        self.tree.currentItemChanged.connect(lambda *_items: self._enable())
        self.add_button = QPushButton(self.tr("&Add skill…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected skill"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected skill"))
        self.add_button.clicked.connect(self.add_skill)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(760, 560)
        self._enable()
        vault_events().changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        vault = self.vault
        if not vault.is_open:
            return
        run_op(lambda: moves.catalogue(vault), self._fill, self._failed, parent=self)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Area.CATALOGUE):
            self.reload()

    def _fill(self, skills: object) -> None:
        assert isinstance(skills, list)
        kept = self.selected()
        keep_id = kept.id if kept is not None else None
        self.skills = skills
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for skill in sorted(skills, key=lambda s: (s.organisation.casefold(), s.name.casefold())):
            group = groups.get(skill.organisation)
            if group is None:
                group = QTreeWidgetItem([skill.organisation or self.tr("(no organisation)")])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setData(0, ORGANISATION_ROLE, skill.organisation)
                self.tree.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)
                group.setExpanded(True)
                groups[skill.organisation] = group
            item = QTreeWidgetItem([skill.name, skill.description])
            item.setData(0, SKILL_ROLE, skill)
            item.setData(0, ORGANISATION_ROLE, skill.organisation)
            item.setToolTip(1, skill.description)
            group.addChild(item)
            if skill.id == keep_id:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and self.organisation in groups:
            self.tree.setCurrentItem(groups[self.organisation])
        self.tree.fit_columns()
        self.tree.relayout()
        self._enable()

    def selected(self) -> CatalogueSkill | None:
        item = self.tree.currentItem()
        skill = item.data(0, SKILL_ROLE) if item is not None else None
        return skill if isinstance(skill, CatalogueSkill) else None

    def _selected_organisation(self) -> str:
        item = self.tree.currentItem()
        return str(item.data(0, ORGANISATION_ROLE)) if item is not None else self.organisation

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _fields(self) -> list[Field]:
        return [
            Field("organisation", self.tr("&Organisation"), "line", required=True),
            Field("name", self.tr("&Skill"), "line", required=True),
            Field("description", self.tr("&Description"), "text"),
        ]

    def _ask(self, skill: CatalogueSkill) -> None:
        title = self.tr("Catalogue skill - Mentorapp")
        dialog = RecordDialog(title, skill, self._fields(), self)
        self.editor = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        edited, vault = dialog.value(), self.vault
        self.organisation = edited.organisation
        run_write(
            lambda: moves.save_catalogue_skill(vault, edited),
            lambda _stored: self.message.hide(),
            self._failed,
            parent=self,
        )

    def add_skill(self) -> None:
        self._ask(CatalogueSkill(self._selected_organisation(), ""))

    def edit_selected(self) -> None:
        skill = self.selected()
        if skill is not None:
            self._ask(skill)

    def remove_selected(self) -> None:
        skill, vault = self.selected(), self.vault
        if skill is None or skill.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove - Mentorapp"),
            self.tr(
                "Remove “{skill}” from your catalogue? Mentees who have this skill keep it, as their own."
            ).format(skill=skill.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        skill_id = skill.id
        run_write(
            lambda: moves.delete_catalogue_skill(vault, skill_id),
            lambda _none: None,
            self._failed,
            parent=self,
        )

    def _failed(self, exc: BaseException) -> None:
        log.warning("skills catalogue: %s", format_for_log(exc))
        set_message(self.message, error_message(exc), error=True)
