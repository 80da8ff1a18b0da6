"""Beside the goals: the mentee's largest skill gaps, and which of them an action of the
plan already builds (read-only; the skills are edited on the Skills page).

The gaps are read off the GUI thread when a mentee is shown and again when their skills
change; which actions build a skill is counted on the plan as it is on screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from mentorapp.domain.ids import MenteeId, SkillId
from mentorapp.domain.model import DevelopmentPlan, SkillEntry
from mentorapp.gui.ops import format_for_log, run_op, vault_events
from mentorapp.services import moves
from mentorapp.services.changes import Area, Changes
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)

SHOWN = 5
"""How many of the largest gaps the box names."""


def actions_by_skill(plan: DevelopmentPlan | None) -> dict[SkillId, list[str]]:
    """The descriptions of the plan's actions that build each skill, in the plan's order."""
    found: dict[SkillId, list[str]] = {}
    for goal in plan.goals if plan is not None else []:
        for action in goal.actions:
            if action.skill_id is not None:
                found.setdefault(action.skill_id, []).append(action.description)
    return found


class SkillGapsBox(QGroupBox):
    """'Largest skill gaps': up to five skills with levels, gap and the actions for each.

    It reads all of the mentee's skills too, and says so with ``skills_read``: the action
    dialog offers them as the skill an action builds.
    """

    skills_read = Signal(list)  # of SkillEntry, the largest gap first

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skillGaps")
        self.vault: Vault | None = None
        self.mentee_id: MenteeId | None = None
        self.gaps: list[SkillEntry] = []
        self.plan: DevelopmentPlan | None = None
        self._generation = 0
        self._wanted = False
        self.setTitle(self.tr("Largest skill gaps"))
        self.setAccessibleName(self.title())
        self.lines = QLabel()
        self.lines.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.addWidget(self.lines)
        vault_events().changed.connect(self._changed)
        self._show()

    def show_mentee(self, vault: Vault, mentee_id: MenteeId) -> None:
        self.vault, self.mentee_id = vault, mentee_id
        self.gaps = []
        self._show()
        self.reload()

    def set_wanted(self, wanted: bool) -> None:
        """Shown only where the goals are (a plan is on screen) and a skill has a gap."""
        self._wanted = wanted
        self._show()

    def set_plan(self, plan: DevelopmentPlan | None) -> None:
        """The plan as on screen: its actions say which gaps are being worked on."""
        self.plan = plan
        self._show()

    def reload(self) -> None:
        vault, mentee_id = self.vault, self.mentee_id
        if vault is None or mentee_id is None or not vault.is_open:
            return
        self._generation += 1
        generation = self._generation

        def shown(read: object) -> None:
            if generation == self._generation and isinstance(read, tuple):
                skills, self.gaps = read
                self._show()
                self.skills_read.emit(skills)

        def failed(exc: BaseException) -> None:
            log.warning("skill gaps: %s", format_for_log(exc))

        run_op(
            lambda: (moves.skills(vault, mentee_id), moves.skill_gaps(vault, mentee_id)),
            shown,
            failed,
            parent=self,
        )

    def clear(self) -> None:
        self._generation += 1
        self.vault = self.mentee_id = self.plan = None
        self.gaps = []
        self._show()
        self.skills_read.emit([])

    def _changed(self, changes: Changes) -> None:
        mine = self.mentee_id is not None and changes.mentee_id == self.mentee_id
        if mine and changes.touches(Area.MOVES):
            self.reload()

    def _show(self) -> None:
        self.setVisible(self._wanted and bool(self.gaps))
        building = actions_by_skill(self.plan)
        self.lines.setText(
            "\n".join(
                self.line(skill, len(building.get(skill.id, [])) if skill.id else 0)
                for skill in self.gaps[:SHOWN]
            )
        )

    def line(self, skill: SkillEntry, actions: int) -> str:
        """'Presenting: 2 → 4 (gap 2) - actions that build it: 1'."""
        text = self.tr("{skill}: {current} → {target} (gap {gap})").format(
            skill=skill.name,
            current=skill.current_level,
            target=skill.target_level,
            gap=skill.gap,
        )
        if actions:
            return text + " - " + self.tr("actions that build it: {count}").format(count=actions)
        return text + " - " + self.tr("no action builds it yet")
