"""The Skills page: a mentee's skills with the current and target level (1-5), the gap,
the evidence (shared with the employee) and the plan actions that build each skill.

A skill is picked from the coach's catalogue of skills valued in the mentee's
organisation, or typed as a free entry. The largest gaps come first, as the plan
editor shows them when the coach writes actions.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.ids import MenteeId, SkillId
from mentorapp.domain.model import CatalogueSkill, SkillEntry
from mentorapp.gui.moves.catalogue import CatalogueDialog
from mentorapp.gui.moves.records_page import RecordsPage
from mentorapp.gui.plan.skill_gaps import actions_by_skill
from mentorapp.gui.style import set_message
from mentorapp.services import mentees, moves, plans
from mentorapp.services.changes import Area, Outcome
from mentorapp.store.vault import Vault

LEVELS = (1, 5)
"""The lowest and highest level of a skill."""


@dataclass(frozen=True)
class SkillsLoaded:
    """What the page shows of one mentee, read in one go off the GUI thread."""

    skills: list[SkillEntry]  # the largest gap first
    actions: dict[SkillId, list[str]]  # the current plan's actions that build each skill
    catalogue: list[CatalogueSkill]  # the coach's, for the mentee's organisation
    organisation: str


def read_skills(vault: Vault, mentee_id: MenteeId) -> SkillsLoaded:
    organisation = mentees.get_mentee(vault, mentee_id).organisation.strip()
    return SkillsLoaded(
        moves.skills(vault, mentee_id),
        actions_by_skill(plans.current_plan(vault, mentee_id)),
        moves.catalogue(vault, organisation or None),
        organisation,
    )


class LevelBox(QSpinBox):
    """A level from 1 to 5, or not set (shown as such, read as None)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(LEVELS[0] - 1, LEVELS[1])
        self.setSpecialValueText(self.tr("not set"))
        self.setAccessibleName(name)

    def level(self) -> int | None:
        return self.value() if self.value() >= LEVELS[0] else None

    def set_level(self, level: int | None) -> None:
        self.setValue(level if level is not None else self.minimum())


class SkillDialog(QDialog):
    """One skill: its name (from the catalogue or typed), levels and evidence."""

    def __init__(
        self,
        skill: SkillEntry,
        catalogue: list[CatalogueSkill],
        organisation: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Skill - Mentorapp") if skill.id else self.tr("New skill - Mentorapp")
        )
        self.original = skill
        self.catalogue = catalogue
        self.organisation = organisation
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.setAccessibleName(self.tr("Skill"))
        line = self.name.lineEdit()
        if line is not None:  # where the name is typed: screen readers hear what it is
            line.setAccessibleName(self.tr("Skill"))
        for entry in catalogue:
            self.name.addItem(entry.name, entry.id)
            self.name.setItemData(
                self.name.count() - 1, entry.description, Qt.ItemDataRole.ToolTipRole
            )
        self.name.setEditText(skill.name)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.current = LevelBox(self.tr("Current level"))
        self.current.set_level(skill.current_level)
        self.target = LevelBox(self.tr("Target level"))
        self.target.set_level(skill.target_level)
        self.gap = QLabel()
        self.evidence = QPlainTextEdit(skill.evidence)
        self.evidence.setTabChangesFocus(True)
        self.evidence.setAccessibleName(self.tr("Evidence, shared with the employee"))
        self.evidence.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        skill_field = QWidget()  # the name, with what the catalogue says about it below
        skill_box = QVBoxLayout(skill_field)
        skill_box.setContentsMargins(0, 0, 0, 0)
        skill_box.addWidget(self.name)
        skill_box.addWidget(self.about)
        skill_field.setFocusProxy(self.name)
        skill_field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, widget in (
            (self.tr("&Skill"), skill_field),
            (self.tr("&Current level (1-5)"), self.current),
            (self.tr("&Target level (1-5)"), self.target),
            (self.tr("Gap"), self.gap),
            (self.tr("&Evidence (shared with the employee)"), self.evidence),
        ):
            caption = QLabel(text)
            if "&" in text:
                caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.message = QLabel()
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.name.editTextChanged.connect(lambda _text: self._show_about())
        self.current.valueChanged.connect(lambda _value: self._show_gap())
        self.target.valueChanged.connect(lambda _value: self._show_gap())
        self._show_about()
        self._show_gap()
        self.resize(640, self.sizeHint().height())

    def chosen(self) -> CatalogueSkill | None:
        """The catalogue entry whose name is typed (any case), if any."""
        typed = self.name.currentText().strip().casefold()
        return next((c for c in self.catalogue if c.name.strip().casefold() == typed), None)

    def _show_about(self) -> None:
        entry = self.chosen()
        if entry is not None:
            text = self.tr("From your catalogue ({organisation}).").format(
                organisation=entry.organisation
            )
            if entry.description:
                text += " " + entry.description
        elif not self.catalogue:
            text = self.tr(
                "Your catalogue has no skills for this organisation yet: type the skill."
            )
        else:
            text = self.tr("Your own skill: it is not in your catalogue.")
        self.about.setText(text)

    def _show_gap(self) -> None:
        skill = self.value()
        self.gap.setText(str(skill.gap) if skill.gap is not None else self.tr("not known yet"))

    def value(self) -> SkillEntry:
        entry = self.chosen()
        return dataclasses.replace(
            self.original,
            name=entry.name if entry else self.name.currentText().strip(),
            catalogue_id=entry.id if entry else None,
            current_level=self.current.level(),
            target_level=self.target.level(),
            evidence=self.evidence.toPlainText().strip(),
        )

    def _accept(self) -> None:
        if not self.name.currentText().strip():
            set_message(
                self.message,
                self.tr("Fill in: {field}").format(field=self.tr("Skill")),
                error=True,
            )
            self.name.setFocus()
            return
        self.accept()


class SkillsPage(RecordsPage):
    """The skills listed with their gap; Add, Edit, Remove, and the catalogue."""

    areas = (Area.MOVES, Area.PLANS, Area.PROFILE, Area.CATALOGUE)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog: SkillDialog | None = None
        self.catalogue_dialog: CatalogueDialog | None = None
        self.hint.setText(
            self.tr(
                "Skills over job titles: where the mentee stands now (1-5) and where they want to be. The largest gaps come first; the development plan shows them when you write actions, and an action can say which skill it builds."
            )
        )
        self.set_columns(
            [
                self.tr("Skill"),
                self.tr("Current"),
                self.tr("Target"),
                self.tr("Gap"),
                self.tr("Evidence"),
                self.tr("Plan actions that build it"),
            ],
            {0: 2, 4: 3, 5: 3},  # the skill, its evidence and the actions wrap
        )
        self.tree.setAccessibleName(self.tr("Skills, the largest gap first"))
        self.add_button.setText(self.tr("&Add skill…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected skill"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected skill"))
        self.catalogue_button = QPushButton(self.tr("Skills ca&talogue…"))
        self.catalogue_button.setToolTip(
            self.tr("The skills valued in the organisations you work for, to pick from")
        )
        self.catalogue_button.clicked.connect(self.open_catalogue)
        self.buttons.addWidget(self.catalogue_button)
        self.empty.setText(
            self.tr(
                "No skills yet.\n\nAdd the skills that matter for where the mentee wants to go: pick them from your catalogue of skills valued in their organisation, or type your own."
            )
        )
        self.show_loaded(None)

    def read(self, vault: Vault, mentee_id: MenteeId) -> SkillsLoaded:
        return read_skills(vault, mentee_id)

    def show_loaded(self, loaded: object) -> None:
        if not isinstance(loaded, SkillsLoaded):
            self.fill([], has_records=False)
            return
        rows = [(skill, self.row(skill, loaded.actions)) for skill in loaded.skills]
        self.fill(rows, has_records=bool(rows))

    def row(self, skill: SkillEntry, actions: dict[SkillId, list[str]]) -> list[str]:
        def level(value: int | None) -> str:
            return str(value) if value is not None else "-"

        building = actions.get(skill.id, []) if skill.id is not None else []
        return [
            skill.name,
            level(skill.current_level),
            level(skill.target_level),
            level(skill.gap),
            skill.evidence,
            "\n".join(f"• {description}" for description in building),
        ]

    def edit_record(self, record: object) -> None:
        loaded, mentee_id = self.loaded, self.mentee_id
        if not isinstance(loaded, SkillsLoaded) or mentee_id is None:
            return
        skill = record if isinstance(record, SkillEntry) else SkillEntry(mentee_id, "")
        dialog = SkillDialog(skill, loaded.catalogue, loaded.organisation, self)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        edited, vault = dialog.value(), self.vault
        if vault is not None:
            self.write(lambda: moves.save_skill(vault, edited))

    def delete(self, vault: Vault, record: SkillEntry) -> Outcome[None]:
        assert record.id is not None
        return moves.delete_skill(vault, record.id)

    def remove_question(self, record: SkillEntry) -> str:
        return self.tr(
            "Remove the skill “{skill}” with its evidence? Plan actions that build it stay in the plan."
        ).format(skill=record.name)

    def open_catalogue(self) -> None:
        """The coach's catalogue (one at a time), opened on the mentee's organisation."""
        vault = self.vault
        if vault is None:
            return
        if self.catalogue_dialog is not None and self.catalogue_dialog.isVisible():
            self.catalogue_dialog.raise_()
            return
        organisation = self.loaded.organisation if isinstance(self.loaded, SkillsLoaded) else ""
        self.catalogue_dialog = CatalogueDialog(vault, organisation, self.window())
        self.catalogue_dialog.open()

    def clear(self) -> None:
        if self.catalogue_dialog is not None:
            self.catalogue_dialog.reject()
            self.catalogue_dialog = None
        super().clear()
