"""The plan's goals with their actions: listed with each action's SMART check, edited in dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QPushButton, QTreeWidgetItem, QWidget

from mentorapp.domain import plan_edits as edits
from mentorapp.domain.enums import ActionOwner, ActionStatus, Feasibility, GoalKind
from mentorapp.domain.ids import SkillId
from mentorapp.domain.model import Action, DevelopmentPlan, Goal, SkillEntry
from mentorapp.domain.smart import SmartCheck, SmartCriterion, check_action
from mentorapp.gui.labels import choices, label, short_date
from mentorapp.gui.plan.list_section import ButtonNames, ListSection, smart_letters
from mentorapp.gui.record_dialog import Field, RecordDialog
from mentorapp.gui.style import ERROR_COLOUR

Key = tuple[int, int | None]  # (goal, action) of a row; action None for the goal's own row


class ActionDialog(RecordDialog):
    """The action's fields and "Builds the skill": one of the mentee's skills (the largest
    gap first, each with its gap), or none."""

    def __init__(
        self,
        title: str,
        record: Action,
        fields: list[Field],
        skills: list[SkillEntry],
        parent: QWidget | None = None,
        hint: Callable[[Any], str] | None = None,
    ) -> None:
        self.skills = skills  # read by _input, which the base class calls
        super().__init__(title, record, fields, parent, hint)

    def _input(self, spec: Field, value: Any) -> QWidget:
        if spec.kind != "skill":
            return super()._input(spec, value)
        combo = QComboBox()
        combo.addItem(self.tr("No skill in particular"), None)
        for skill in self.skills:
            if skill.gap is not None and skill.gap > 0:
                text = self.tr("{skill} (gap {gap})").format(skill=skill.name, gap=skill.gap)
            else:
                text = skill.name
            combo.addItem(text, skill.id)
        known = [skill.id for skill in self.skills]
        if value is not None and value not in known:  # removed from the skills since
            combo.addItem(self.tr("A skill no longer listed"), value)
        combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
        return combo

    def _read(self, spec: Field) -> Any:
        if spec.kind != "skill":
            return super()._read(spec)
        widget = self.inputs[spec.name]
        assert isinstance(widget, QComboBox)
        chosen = widget.currentData()
        return SkillId(int(chosen)) if chosen is not None else None


class GoalsSection(ListSection):
    """Goals as bold rows, their actions below; Add goal, Add action, Edit, Remove, Up, Down."""

    problem = Signal(str)  # a sentence for the coach when a request cannot be done

    def __init__(
        self, current_plan: Callable[[], DevelopmentPlan], parent: QWidget | None = None
    ) -> None:
        """``current_plan`` gives the plan as typed so far (its period judges deadlines)."""
        super().__init__(parent)
        self._current_plan = current_plan
        self.skills: list[SkillEntry] = []  # the mentee's, the largest gap first
        self._name(
            self.tr("Goals and actions"),
            [
                self.tr("Goal / action"),
                self.tr("Measure"),
                self.tr("Deadline"),
                self.tr("Owner"),
                self.tr("Status"),
                "SMART",
            ],
            ButtonNames(
                self.tr("Add goal"),
                self.tr("Edit the selected goal or action"),
                self.tr("Remove the selected goal or action"),
                self.tr("Move the goal or action up"),
                self.tr("Move the goal or action down"),
            ),
            weights={0: 3, 1: 2},  # what the action is, then how it is measured
        )
        self.tree.setRootIsDecorated(True)
        self.tree.cap_chars = 12
        self.add_button.setText(self.tr("Add goal"))
        self.add_action_button = QPushButton(self.tr("Add action"))
        self.layout().itemAt(1).layout().insertWidget(1, self.add_action_button)  # type: ignore[union-attr]
        self.add_button.clicked.connect(self.add_goal)
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.add_action_button.setVisible(editable)
        self.add_action_button.setEnabled(editable)

    # ---- showing --------------------------------------------------------------------

    def _fill(self, plan: DevelopmentPlan) -> None:
        for g_index, goal in enumerate(plan.goals):
            goal_text = f"{label(goal.kind)}: {goal.description}"
            if goal.feasibility == Feasibility.NOT_NOW:
                goal_text += " - " + self.tr("not feasible now")
                if goal.revisit_on:
                    goal_text += ", " + self.tr("look again on {date}").format(
                        date=short_date(goal.revisit_on)
                    )
            goal_item = QTreeWidgetItem([goal_text])
            goal_item.setData(0, Qt.ItemDataRole.UserRole, (g_index, None))
            font = goal_item.font(0)
            font.setBold(True)
            goal_item.setFont(0, font)
            goal_item.setToolTip(0, goal_text)
            self.tree.addTopLevelItem(goal_item)
            goal_item.setFirstColumnSpanned(True)
            for a_index, action in enumerate(goal.actions):
                goal_item.addChild(self._action_item(plan, goal, action, (g_index, a_index)))
            goal_item.setExpanded(True)

    def _action_item(
        self, plan: DevelopmentPlan, goal: Goal, action: Action, key: Key
    ) -> QTreeWidgetItem:
        check = check_action(action, plan.period_start, plan.period_end)
        text = action.description
        skill = self.skill_name(action.skill_id)
        if skill:
            text += "\n" + self.tr("Builds the skill: {skill}").format(skill=skill)
        item = QTreeWidgetItem(
            [
                text,
                action.measure,
                short_date(action.deadline) if action.deadline else "",
                label(action.owner),
                label(action.status),
                smart_letters(check),
            ]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, key)
        item.setToolTip(0, text)
        item.setToolTip(1, action.measure)
        if not check.ok and goal.feasibility == Feasibility.FEASIBLE:
            item.setForeground(5, QColor(ERROR_COLOUR))
            item.setToolTip(5, self.tr("Missing: {criteria}").format(criteria=self.criteria(check)))
        return item

    def skill_name(self, skill_id: SkillId | None) -> str:
        """The name of the skill an action builds ('' for none, or one no longer listed)."""
        if skill_id is None:
            return ""
        return next((s.name for s in self.skills if s.id == skill_id), "")

    def criteria(self, check: SmartCheck) -> str:
        """The SMART criteria an action misses, named for the coach."""
        names = {
            SmartCriterion.SPECIFIC: self.tr("specific"),
            SmartCriterion.MEASURABLE: self.tr("measurable (a measure)"),
            SmartCriterion.ACHIEVABLE: self.tr("achievable"),
            SmartCriterion.RELEVANT: self.tr("relevant"),
            SmartCriterion.TIME_BOUND: self.tr("time-bound (a deadline in the plan period)"),
        }
        return ", ".join(names[c] for c in check.missing)

    # ---- editing --------------------------------------------------------------------

    def _goal_fields(self) -> list[Field]:
        return [
            Field("description", self.tr("&Goal"), "text", required=True),
            Field("kind", self.tr("&Kind"), "enum", choices(GoalKind)),
            Field("feasibility", self.tr("&Feasible"), "enum", choices(Feasibility)),
            Field("feasibility_note", self.tr("Why not now (shared with the employee)"), "text"),
            Field("revisit_on", self.tr("&Look again on"), "date"),
        ]

    def _action_fields(self) -> list[Field]:
        return [
            Field("description", self.tr("&Action"), "text", required=True),
            Field("measure", self.tr("How progress is &measured"), "line"),
            Field("deadline", self.tr("&Deadline"), "date"),
            Field("owner", self.tr("&Owner"), "enum", choices(ActionOwner)),
            Field("resources", self.tr("&Resources"), "line"),
            Field("status", self.tr("&Status"), "enum", choices(ActionStatus)),
            Field("specific", self.tr("S&pecific"), "bool"),
            Field("achievable", self.tr("A&chievable"), "bool"),
            Field("relevant", self.tr("Re&levant"), "bool"),
            Field("skill_id", self.tr("&Builds the skill"), "skill"),
        ]

    def make_dialog(
        self,
        title: str,
        record: Any,
        fields: list[Field],
        hint: Callable[[Any], str] | None,
    ) -> RecordDialog:
        if isinstance(record, Action):
            return ActionDialog(title, record, fields, self.skills, self, hint)
        return super().make_dialog(title, record, fields, hint)

    def _smart_hint(self, action: Action) -> str:
        plan = self._current_plan()
        check = check_action(action, plan.period_start, plan.period_end)
        if check.ok:
            return ""
        return self.tr("Not SMART yet - missing: {criteria}").format(criteria=self.criteria(check))

    def _change(self, change: Callable[[DevelopmentPlan], DevelopmentPlan]) -> None:
        self.change_requested.emit(change)

    def add_goal(self) -> None:
        goal = self.ask(self.tr("New goal - Mentorapp"), Goal(""), self._goal_fields())
        if goal is not None:
            self._change(lambda p: edits.edit_goals(p, edits.add(goal)))

    def add_action(self) -> None:
        if self.plan is None:
            return
        if not self.plan.goals:
            self.problem.emit(self.tr("Add a goal first; actions belong to a goal."))
            return
        selected: Key | None = self.selected()
        g_index = selected[0] if selected else len(self.plan.goals) - 1
        action = self.ask(
            self.tr("New action - Mentorapp"), Action(""), self._action_fields(), self._smart_hint
        )
        if action is not None:
            self._change(lambda p: edits.edit_actions(p, g_index, edits.add(action)))

    def edit_selected(self) -> None:
        selected: Key | None = self.selected()
        if selected is None or self.plan is None:
            return
        g_index, a_index = selected
        if a_index is None:
            goal = self.ask(
                self.tr("Goal - Mentorapp"), self.plan.goals[g_index], self._goal_fields()
            )
            if goal is not None:
                self._change(lambda p: edits.edit_goals(p, edits.replace(g_index, goal)))
            return
        action = self.ask(
            self.tr("Action - Mentorapp"),
            self.plan.goals[g_index].actions[a_index],
            self._action_fields(),
            self._smart_hint,
        )
        if action is not None:
            self._change(lambda p: edits.edit_actions(p, g_index, edits.replace(a_index, action)))

    def remove_selected(self) -> None:
        selected: Key | None = self.selected()
        if selected is None:
            return
        g_index, a_index = selected
        if a_index is None:
            self._change(lambda p: edits.edit_goals(p, edits.remove(g_index)))
        else:
            self._change(lambda p: edits.edit_actions(p, g_index, edits.remove(a_index)))

    def move_selected(self, delta: int) -> None:
        selected: Key | None = self.selected()
        if selected is None or self.plan is None:
            return
        g_index, a_index = selected
        target: Key
        if a_index is None:
            target = (edits.moved_to(len(self.plan.goals), g_index, delta), None)
            self._change(lambda p: edits.edit_goals(p, edits.move(g_index, delta)))
        else:
            count = len(self.plan.goals[g_index].actions)
            target = (g_index, edits.moved_to(count, a_index, delta))
            self._change(lambda p: edits.edit_actions(p, g_index, edits.move(a_index, delta)))
        self.reselect(target)
