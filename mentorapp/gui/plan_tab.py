"""The Development plan tab: edit the draft, check SMART, share/agree versions, compare, export."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain import plan_lifecycle as lifecycle
from mentorapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityKind,
    Feasibility,
    GoalKind,
    ObstacleKind,
    PlanStatus,
)
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import (
    Action,
    DevelopmentActivity,
    DevelopmentPlan,
    Goal,
    Mentee,
    Obstacle,
    PlanTemplate,
)
from mentorapp.domain.smart import SmartCheck, SmartCriterion, check_action
from mentorapp.gui.i18n import error_message
from mentorapp.gui.labels import choices, label, money, short_date
from mentorapp.gui.mentee_dialog import OptionalDate
from mentorapp.gui.ops import format_for_log
from mentorapp.gui.plan_parts import ListSection, smart_letters, with_list
from mentorapp.gui.record_dialog import Field, RecordDialog
from mentorapp.gui.style import ERROR_COLOUR, lock_icon_label, set_message
from mentorapp.store.repositories import PlanRepository, PlanTemplateRepository
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)
AUTOSAVE_MS = 800


class PlanTab(QWidget):
    """Shows the mentee's plan versions; edits only the draft."""

    changed = Signal()
    export_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.mentee: Mentee | None = None
        self.versions: list[DevelopmentPlan] = []
        self.plan: DevelopmentPlan | None = None
        self._loading = False
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save_now)
        self._build()

    # ---- building -------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.version_combo = QComboBox()
        self.version_combo.setAccessibleName(self.tr("Plan version"))
        self.version_combo.currentIndexChanged.connect(self._version_chosen)
        bar.addWidget(QLabel(self.tr("Version")))
        bar.addWidget(self.version_combo)
        self.status_label = QLabel()
        bar.addWidget(self.status_label)
        bar.addStretch()
        self.new_button = QPushButton(self.tr("&New plan"))
        self.new_button.clicked.connect(self.new_plan)
        self.share_button = QPushButton(self.tr("S&hare"))
        self.share_button.setToolTip(self.tr("Freeze this version to hand it to the employee"))
        self.share_button.clicked.connect(lambda: self._transition(lifecycle.share))
        self.agree_button = QPushButton(self.tr("A&greed"))
        self.agree_button.setToolTip(self.tr("The employee agreed: freeze this version"))
        self.agree_button.clicked.connect(lambda: self._transition(lifecycle.agree))
        self.edit_button = QPushButton(self.tr("&Edit as new draft"))
        self.edit_button.clicked.connect(self.start_new_draft)
        self.compare_button = QPushButton(self.tr("&Compare…"))
        self.compare_button.clicked.connect(self.compare_with_previous)
        self.export_button = QPushButton(self.tr("E&xport PDF…"))
        self.export_button.clicked.connect(self._export)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        self.act_archive = more.addAction(self.tr("Archive this plan"))
        self.act_archive.triggered.connect(
            lambda: self._transition(lambda p, _now: lifecycle.archive(p))
        )
        self.act_duplicate = more.addAction(self.tr("Duplicate as a new draft"))
        self.act_duplicate.triggered.connect(self.duplicate_plan)
        self.act_save_template = more.addAction(self.tr("Save as template…"))
        self.act_save_template.triggered.connect(self.save_as_template)
        self.act_from_template = more.addAction(self.tr("New plan from template…"))
        self.act_from_template.triggered.connect(self.new_from_template)
        self.more_button.setMenu(more)
        for button in (
            self.new_button,
            self.share_button,
            self.agree_button,
            self.edit_button,
            self.compare_button,
            self.export_button,
            self.more_button,
        ):
            bar.addWidget(button)
        outer.addLayout(bar)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll, 1)
        self.body = QWidget()
        scroll.setWidget(self.body)
        body = QVBoxLayout(self.body)
        self.empty_label = QLabel(
            self.tr("No development plan yet. Start one with New plan, or from a template (More).")
        )
        self.empty_label.setWordWrap(True)
        body.addWidget(self.empty_label)

        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.title = QLineEdit()
        self.title.setMaxLength(300)
        self.period_start = OptionalDate(self.tr("Period from"))
        self.period_end = OptionalDate(self.tr("Period until"))
        self.review_date = OptionalDate(self.tr("Review date"))
        self.current_situation = self._text()
        self.desired_direction = self._text()
        for text, widget in (
            (self.tr("&Title"), self.title),
            (self.tr("Period &from"), self.period_start),
            (self.tr("Period &until"), self.period_end),
            (self.tr("Re&view on"), self.review_date),
            (self.tr("Current &situation"), self.current_situation),
            (self.tr("Where to &go, and when"), self.desired_direction),
        ):
            self._row(form, text, widget)
        body.addWidget(self.form_box)

        self.smart_label = QLabel()
        self.smart_label.setWordWrap(True)
        self.smart_label.setAccessibleName(self.tr("SMART check"))
        body.addWidget(self.smart_label)
        self.goals = ListSection(
            self.tr("Goals and actions"),
            [
                self.tr("Goal / action"),
                self.tr("Measure"),
                self.tr("Deadline"),
                self.tr("Owner"),
                self.tr("Status"),
                "SMART",
            ],
        )
        self.goals.tree.setRootIsDecorated(True)
        self.goals.stretch_column = 0
        self.goals.cap_chars = 12
        self.goals.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.goals.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.goals.add_button.setText(self.tr("Add goal"))
        self.add_action_button = QPushButton(self.tr("Add action"))
        self.goals.layout().itemAt(1).layout().insertWidget(1, self.add_action_button)  # type: ignore[union-attr]
        self.goals.add_button.clicked.connect(self.add_goal)
        self.add_action_button.clicked.connect(self.add_action)
        self.goals.edit_button.clicked.connect(self.edit_goal_or_action)
        self.goals.remove_button.clicked.connect(self.remove_goal_or_action)
        self.goals.up_button.clicked.connect(lambda: self.move_goal_or_action(-1))
        self.goals.down_button.clicked.connect(lambda: self.move_goal_or_action(1))
        body.addWidget(self.goals)

        self.obstacles = ListSection(
            self.tr("Obstacles"),
            [self.tr("Kind"), self.tr("Obstacle"), self.tr("How to handle it")],
        )
        self._wire_list(
            self.obstacles,
            self.tr("Obstacle - Mentorapp"),
            "obstacles",
            self._obstacle_fields,
            lambda: Obstacle(ObstacleKind.TIME, ""),
        )
        body.addWidget(self.obstacles)
        self.activities = ListSection(
            self.tr("Development activities"),
            [
                self.tr("Kind"),
                self.tr("Activity"),
                self.tr("Provider"),
                self.tr("Hours"),
                self.tr("Cost"),
                self.tr("Dates"),
            ],
        )
        self._wire_list(
            self.activities,
            self.tr("Development activity - Mentorapp"),
            "activities",
            self._activity_fields,
            lambda: DevelopmentActivity(ActivityKind.TRAINING, ""),
        )
        body.addWidget(self.activities)

        tail = QWidget()
        tail_form = QFormLayout(tail)
        tail_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.resources = self._text()
        self.organisation_commitments = self._text()
        self.employee_commitments = self._text()
        self.private_remarks = self._text()
        self.private_remarks.setAccessibleName(self.tr("Private remarks, never exported"))
        for text, widget in (
            (self.tr("&Resources needed"), self.resources),
            (self.tr("The &organisation commits to"), self.organisation_commitments),
            (self.tr("The &employee commits to"), self.employee_commitments),
        ):
            self._row(tail_form, text, widget)
        private_row = QHBoxLayout()
        private_row.addWidget(lock_icon_label())
        private_label = QLabel(self.tr("&Private remarks (never exported)"))
        private_label.setObjectName("privateHeader")
        private_label.setBuddy(self.private_remarks)
        private_row.addWidget(private_label)
        private_row.addStretch()
        tail_form.addRow(private_row)
        tail_form.addRow(self.private_remarks)
        body.addWidget(tail)
        self.tail = tail
        body.addStretch()

        self.state_label = QLabel()
        outer.addWidget(self.state_label)
        self.title.textChanged.connect(self._edited)
        for editor in self._texts():
            editor.textChanged.connect(self._edited)
        for optional in (self.period_start, self.period_end, self.review_date):
            optional.check.toggled.connect(self._edited)
            optional.edit.dateChanged.connect(self._edited)
        self._show(None)

    def _text(self) -> QPlainTextEdit:
        text = QPlainTextEdit()
        text.setTabChangesFocus(True)
        text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        return text

    def _texts(self) -> list[QPlainTextEdit]:
        return [
            self.current_situation,
            self.desired_direction,
            self.resources,
            self.organisation_commitments,
            self.employee_commitments,
            self.private_remarks,
        ]

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        caption = QLabel(text)
        caption.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", ""))
        form.addRow(caption, widget)

    # ---- loading and showing --------------------------------------------------------

    def load(self, vault: Vault, mentee: Mentee) -> None:
        self.save_now()
        self.vault, self.mentee = vault, mentee
        assert mentee.id is not None
        with vault.session() as s:
            self.versions = PlanRepository(s).versions(mentee.id)
        self._fill_versions(self.versions[-1] if self.versions else None)

    def _fill_versions(self, show: DevelopmentPlan | None) -> None:
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for plan in reversed(self.versions):
            text = self.tr("v{number} · {status}").format(
                number=plan.version, status=label(plan.status)
            )
            if plan.frozen_at:
                text += " · " + short_date(plan.frozen_at.date())
            self.version_combo.addItem(text, plan.version)
        if show is not None:
            self.version_combo.setCurrentIndex(self.version_combo.findData(show.version))
        self.version_combo.blockSignals(False)
        self._show(show)

    def _export(self) -> None:
        self.save_now()
        if self.plan is not None:
            self.export_requested.emit(self.plan)

    def _version_chosen(self, _index: int) -> None:
        self.save_now()
        version = self.version_combo.currentData()
        for plan in self.versions:
            if plan.version == version:
                self._show(plan)

    def _show(self, plan: DevelopmentPlan | None) -> None:
        self._loading = True
        try:
            self.plan = plan
            has = plan is not None
            self.empty_label.setVisible(not has and self.mentee is not None)
            for widget in (
                self.form_box,
                self.goals,
                self.obstacles,
                self.activities,
                self.tail,
                self.smart_label,
            ):
                widget.setVisible(has)
            editable = has and plan is not None and lifecycle.is_editable(plan)
            latest = (
                has and plan is not None and plan.version == max(p.version for p in self.versions)
            )
            self.version_combo.setVisible(has)
            self.new_button.setVisible(not has and self.mentee is not None)
            self.share_button.setVisible(bool(editable))
            self.agree_button.setVisible(
                bool(
                    has and plan and plan.status in (PlanStatus.DRAFT, PlanStatus.SHARED) and latest
                )
            )
            self.edit_button.setVisible(bool(has and not editable and latest))
            self.compare_button.setVisible(
                bool(has and plan and any(p.version < plan.version for p in self.versions))
            )
            self.export_button.setVisible(has)
            self.act_archive.setEnabled(bool(has and plan and plan.status != PlanStatus.ARCHIVED))
            self.act_duplicate.setEnabled(has)
            self.act_save_template.setEnabled(has)
            self.more_button.setVisible(self.mentee is not None)
            if plan is None:
                self.status_label.clear()
                self.state_label.clear()
                return
            self.status_label.setText(
                self.tr("Draft - you can edit it")
                if editable
                else self.tr("Frozen version - read only")
            )
            self.title.setText(plan.title)
            self.period_start.set_value(plan.period_start)
            self.period_end.set_value(plan.period_end)
            self.review_date.set_value(plan.review_date)
            for widget, value in zip(
                self._texts(),
                (
                    plan.current_situation,
                    plan.desired_direction,
                    plan.resources,
                    plan.organisation_commitments,
                    plan.employee_commitments,
                    plan.private_remarks,
                ),
                strict=True,
            ):
                widget.setPlainText(value)
            self.title.setReadOnly(not editable)
            for editor in self._texts():
                editor.setReadOnly(not editable)
            for optional in (self.period_start, self.period_end, self.review_date):
                optional.setEnabled(bool(editable))
            for section in (self.goals, self.obstacles, self.activities):
                section.set_editable(bool(editable))
            self.add_action_button.setVisible(bool(editable))
            self._refresh_lists()
            self.state_label.setText(self.tr("All changes saved.") if editable else "")
        finally:
            self._loading = False
            self._dirty = False

    def _refresh_lists(self) -> None:
        plan = self.plan
        assert plan is not None
        tree = self.goals.tree
        tree.clear()
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
            tree.addTopLevelItem(goal_item)
            goal_item.setFirstColumnSpanned(True)
            for a_index, action in enumerate(goal.actions):
                check = check_action(action, plan.period_start, plan.period_end)
                item = QTreeWidgetItem(
                    [
                        action.description,
                        action.measure,
                        short_date(action.deadline) if action.deadline else "",
                        label(action.owner),
                        label(action.status),
                        smart_letters(check),
                    ]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, (g_index, a_index))
                item.setToolTip(0, action.description)
                item.setToolTip(1, action.measure)
                if not check.ok and goal.feasibility == Feasibility.FEASIBLE:
                    item.setForeground(5, QColor(ERROR_COLOUR))
                    item.setToolTip(
                        5, self.tr("Missing: {criteria}").format(criteria=self._criteria(check))
                    )
                goal_item.addChild(item)
            goal_item.setExpanded(True)
        self.goals.fit()
        self._refresh_smart()

        self.obstacles.tree.clear()
        for index, obstacle in enumerate(plan.obstacles):
            item = QTreeWidgetItem(
                [label(obstacle.kind), obstacle.description, obstacle.mitigation]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(1, obstacle.description)
            item.setToolTip(2, obstacle.mitigation)
            self.obstacles.tree.addTopLevelItem(item)
        self.obstacles.fit()
        self.activities.tree.clear()
        for index, activity in enumerate(plan.activities):
            dates = " – ".join(short_date(d) for d in (activity.start_date, activity.end_date) if d)
            cost = money(activity.cost_cents) if activity.cost_cents is not None else ""
            hours = f"{activity.hours:g}" if activity.hours is not None else ""
            item = QTreeWidgetItem(
                [label(activity.kind), activity.description, activity.provider, hours, cost, dates]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            self.activities.tree.addTopLevelItem(item)
        self.activities.fit()

    def _criteria(self, check: SmartCheck) -> str:
        names = {
            SmartCriterion.SPECIFIC: self.tr("specific"),
            SmartCriterion.MEASURABLE: self.tr("measurable (a measure)"),
            SmartCriterion.ACHIEVABLE: self.tr("achievable"),
            SmartCriterion.RELEVANT: self.tr("relevant"),
            SmartCriterion.TIME_BOUND: self.tr("time-bound (a deadline in the plan period)"),
        }
        return ", ".join(names[c] for c in check.missing)

    def _refresh_smart(self) -> None:
        plan = self.plan
        assert plan is not None
        problems = []
        for goal in plan.goals:
            if goal.feasibility != Feasibility.FEASIBLE:
                continue
            for action in goal.actions:
                check = check_action(action, plan.period_start, plan.period_end)
                if not check.ok:
                    problems.append(f"• {action.description or '?'}: {self._criteria(check)}")
        if problems:
            text = self.tr("%n action(s) not SMART yet - you can still save:", "", len(problems))
            set_message(self.smart_label, text + "\n" + "\n".join(problems), error=True)
        else:
            set_message(self.smart_label, self.tr("Every action is SMART."), error=False)

    # ---- editing --------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading or self.plan is None or not lifecycle.is_editable(self.plan):
            return
        self._dirty = True
        self.state_label.setText(self.tr("Editing…"))
        self._timer.start(AUTOSAVE_MS)

    def _collect(self) -> DevelopmentPlan:
        assert self.plan is not None
        return dataclasses.replace(
            self.plan,
            title=self.title.text().strip(),
            period_start=self.period_start.value(),
            period_end=self.period_end.value(),
            review_date=self.review_date.value(),
            current_situation=self.current_situation.toPlainText(),
            desired_direction=self.desired_direction.toPlainText(),
            resources=self.resources.toPlainText(),
            organisation_commitments=self.organisation_commitments.toPlainText(),
            employee_commitments=self.employee_commitments.toPlainText(),
            private_remarks=self.private_remarks.toPlainText(),
        )

    def save_now(self) -> bool:
        self._timer.stop()
        if not self._dirty or self.plan is None or self.vault is None or not self.vault.is_open:
            return not self._dirty
        return self._store(self._collect())

    def _store(self, plan: DevelopmentPlan) -> bool:
        assert self.vault is not None
        try:
            with self.vault.transaction() as s:
                repo = PlanRepository(s)
                repo.update(plan)
                stored = repo.get(plan.id) if plan.id is not None else plan
        except Exception as exc:
            log.warning("plan save failed: %s", format_for_log(exc))
            set_message(self.message, error_message(exc), error=True)
            return False
        self.plan = stored
        self.versions = [stored if p.version == stored.version else p for p in self.versions]
        self._dirty = False
        self.state_label.setText(self.tr("All changes saved."))
        self.message.hide()
        self.changed.emit()
        return True

    def _structural(self, change: Callable[[DevelopmentPlan], DevelopmentPlan]) -> None:
        """Apply a change to goals/actions/obstacles/activities and save at once."""
        if self.plan is None or not lifecycle.is_editable(self.plan):
            return
        plan = change(self._collect())
        if self._store(plan):
            self._loading = True
            self._refresh_lists()
            self._loading = False

    def _selected(self, tree: QTreeWidget) -> Any:
        item = tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

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
        ]

    def _obstacle_fields(self) -> list[Field]:
        return [
            Field("kind", self.tr("&Kind"), "enum", choices(ObstacleKind)),
            Field("description", self.tr("&Obstacle"), "text", required=True),
            Field("mitigation", self.tr("&How to handle it"), "text"),
        ]

    def _activity_fields(self) -> list[Field]:
        return [
            Field("kind", self.tr("&Kind"), "enum", choices(ActivityKind)),
            Field("description", self.tr("&Activity"), "text", required=True),
            Field("provider", self.tr("&Provider"), "line"),
            Field("hours", self.tr("H&ours"), "number"),
            Field("cost_cents", self.tr("&Cost"), "money"),
            Field("start_date", self.tr("&From"), "date"),
            Field("end_date", self.tr("&Until"), "date"),
        ]

    def _edit(
        self, title: str, record: Any, fields: list[Field], hint: Callable[[Any], str] | None = None
    ) -> Any:
        dialog = RecordDialog(title, record, fields, self, hint)
        self.last_dialog = dialog
        if dialog.exec() != RecordDialog.DialogCode.Accepted:
            return None
        return dialog.value()

    def _smart_hint(self, action: Action) -> str:
        plan = self._collect()
        check = check_action(action, plan.period_start, plan.period_end)
        return (
            ""
            if check.ok
            else self.tr("Not SMART yet - missing: {criteria}").format(
                criteria=self._criteria(check)
            )
        )

    def add_goal(self) -> None:
        goal = self._edit(self.tr("New goal - Mentorapp"), Goal(""), self._goal_fields())
        if goal is not None:
            self._structural(lambda p: dataclasses.replace(p, goals=[*p.goals, goal]))

    def add_action(self) -> None:
        assert self.plan is not None
        selected = self._selected(self.goals.tree)
        if not self.plan.goals:
            set_message(
                self.message, self.tr("Add a goal first; actions belong to a goal."), error=True
            )
            return
        g_index = selected[0] if selected else len(self.plan.goals) - 1
        action = self._edit(
            self.tr("New action - Mentorapp"), Action(""), self._action_fields(), self._smart_hint
        )
        if action is not None:
            self._structural(lambda p: self._with_actions(p, g_index, lambda acts: [*acts, action]))

    def _with_actions(
        self, plan: DevelopmentPlan, g_index: int, change: Callable[[list[Action]], list[Action]]
    ) -> DevelopmentPlan:
        goals = list(plan.goals)
        goals[g_index] = dataclasses.replace(
            goals[g_index], actions=change(list(goals[g_index].actions))
        )
        return dataclasses.replace(plan, goals=goals)

    def edit_goal_or_action(self) -> None:
        assert self.plan is not None
        selected = self._selected(self.goals.tree)
        if selected is None:
            return
        g_index, a_index = selected
        if a_index is None:
            goal = self._edit(
                self.tr("Goal - Mentorapp"), self.plan.goals[g_index], self._goal_fields()
            )
            if goal is not None:
                self._structural(
                    lambda p: dataclasses.replace(
                        p, goals=[goal if i == g_index else g for i, g in enumerate(p.goals)]
                    )
                )
        else:
            action = self._edit(
                self.tr("Action - Mentorapp"),
                self.plan.goals[g_index].actions[a_index],
                self._action_fields(),
                self._smart_hint,
            )
            if action is not None:
                self._structural(
                    lambda p: self._with_actions(
                        p,
                        g_index,
                        lambda acts: [action if i == a_index else a for i, a in enumerate(acts)],
                    )
                )

    def remove_goal_or_action(self) -> None:
        selected = self._selected(self.goals.tree)
        if selected is None:
            return
        g_index, a_index = selected
        if a_index is None:
            self._structural(
                lambda p: dataclasses.replace(
                    p, goals=[g for i, g in enumerate(p.goals) if i != g_index]
                )
            )
        else:
            self._structural(
                lambda p: self._with_actions(
                    p, g_index, lambda acts: [a for i, a in enumerate(acts) if i != a_index]
                )
            )

    def move_goal_or_action(self, delta: int) -> None:
        selected = self._selected(self.goals.tree)
        if selected is None:
            return
        g_index, a_index = selected
        if a_index is None:
            self._structural(
                lambda p: dataclasses.replace(
                    p, goals=lifecycle.move(list(p.goals), g_index, delta)
                )
            )
            target = (
                max(0, min(g_index + delta, len(self.plan.goals) - 1 if self.plan else 0)),
                None,
            )
        else:
            self._structural(
                lambda p: self._with_actions(
                    p, g_index, lambda acts: lifecycle.move(acts, a_index, delta)
                )
            )
            count = len(self.plan.goals[g_index].actions) if self.plan else 1
            target = (g_index, max(0, min(a_index + delta, count - 1)))
        self._reselect(self.goals.tree, target)

    def _reselect(self, tree: QTreeWidget, target: Any) -> None:
        items: list[QTreeWidgetItem] = []
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            if top is None:
                continue
            items.append(top)
            items += [c for j in range(top.childCount()) if (c := top.child(j)) is not None]
        for item in items:
            if item.data(0, Qt.ItemDataRole.UserRole) == target:
                tree.setCurrentItem(item)

    def _wire_list(
        self,
        section: ListSection,
        title: str,
        attr: str,
        fields: Callable[[], list[Field]],
        blank: Callable[[], Any],
    ) -> None:
        def items(p: DevelopmentPlan) -> list[Any]:
            return list(getattr(p, attr))

        def add() -> None:
            record = self._edit(title, blank(), fields())
            if record is not None:
                self._structural(lambda p: with_list(p, attr, [*items(p), record]))

        def edit() -> None:
            index = self._selected(section.tree)
            if index is None or self.plan is None:
                return
            record = self._edit(title, items(self.plan)[index], fields())
            if record is not None:
                self._structural(
                    lambda p: with_list(
                        p, attr, [record if i == index else r for i, r in enumerate(items(p))]
                    )
                )

        def remove() -> None:
            index = self._selected(section.tree)
            if index is not None:
                self._structural(
                    lambda p: with_list(p, attr, [r for i, r in enumerate(items(p)) if i != index])
                )

        def move(delta: int) -> None:
            index = self._selected(section.tree)
            if index is not None:
                self._structural(
                    lambda p: with_list(p, attr, lifecycle.move(items(p), index, delta))
                )
                self._reselect(
                    section.tree, max(0, min(index + delta, section.tree.topLevelItemCount() - 1))
                )

        section.add_button.clicked.connect(add)
        section.edit_button.clicked.connect(edit)
        section.remove_button.clicked.connect(remove)
        section.up_button.clicked.connect(lambda: move(-1))
        section.down_button.clicked.connect(lambda: move(1))

    # ---- lifecycle ------------------------------------------------------------------

    def _next_version(self) -> int:
        return max((p.version for p in self.versions), default=0) + 1

    def _add_version(self, plan: DevelopmentPlan) -> None:
        assert self.vault is not None and self.mentee is not None and self.mentee.id is not None
        try:
            with self.vault.transaction() as s:
                stored = PlanRepository(s).add(plan)
                self.versions = PlanRepository(s).versions(self.mentee.id)
        except Exception as exc:
            set_message(self.message, error_message(exc), error=True)
            return
        self._fill_versions(next(p for p in self.versions if p.version == stored.version))
        self.changed.emit()

    def new_plan(self) -> None:
        if self.mentee is None or self.mentee.id is None:
            return
        today = datetime.now().date()
        self._add_version(
            DevelopmentPlan(
                mentee_id=MenteeId(self.mentee.id),
                version=self._next_version(),
                title=self.tr("Development plan"),
                period_start=today,
                period_end=today + timedelta(days=365),
            )
        )
        self.title.setFocus()

    def _transition(self, step: Callable[[DevelopmentPlan, datetime], DevelopmentPlan]) -> None:
        if self.plan is None:
            return
        self.save_now()
        try:
            moved = step(
                self._collect() if lifecycle.is_editable(self.plan) else self.plan,
                datetime.now().replace(microsecond=0),
            )
        except (lifecycle.InvalidTransition, lifecycle.PlanFrozen) as exc:
            log.info("refused plan transition: %s", type(exc).__name__)
            set_message(
                self.message, self.tr("That step is not possible for this version."), error=True
            )
            return
        if self._store(moved):
            self._fill_versions(self.plan)

    def start_new_draft(self) -> None:
        if self.plan is None:
            return
        self._add_version(lifecycle.new_draft(self.plan, self._next_version()))

    def duplicate_plan(self) -> None:
        if self.plan is None or self.mentee is None or self.mentee.id is None:
            return
        self.save_now()
        self._add_version(
            lifecycle.duplicate(self.plan, MenteeId(self.mentee.id), self._next_version())
        )

    def compare_with_previous(self) -> None:
        from mentorapp.gui.plan_compare import CompareDialog

        if self.plan is None:
            return
        self.save_now()
        older = [p for p in self.versions if p.version < self.plan.version]
        if not older:
            return
        dialog = CompareDialog(
            older[-1], self._collect() if lifecycle.is_editable(self.plan) else self.plan, self
        )
        self.compare_dialog = dialog
        dialog.open()

    def save_as_template(self) -> None:
        if self.plan is None or self.vault is None:
            return
        self.save_now()
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save as template - Mentorapp"),
            self.tr("Name of the template:"),
            text=self.plan.title,
        )
        if ok and name.strip():
            self.store_template(name.strip())

    def store_template(self, name: str) -> None:
        assert self.plan is not None and self.vault is not None
        with self.vault.transaction() as s:
            PlanTemplateRepository(s).add(
                PlanTemplate(name, lifecycle.to_template(self._collect()))
            )
        set_message(
            self.message, self.tr("Saved as template “{name}”.").format(name=name), error=False
        )

    def new_from_template(self) -> None:
        if self.vault is None:
            return
        with self.vault.session() as s:
            templates = PlanTemplateRepository(s).all()
        if not templates:
            QMessageBox.information(
                self,
                self.tr("Templates - Mentorapp"),
                self.tr(
                    "There are no templates yet. Open a plan and choose More > Save as template."
                ),
            )
            return
        names = [t.name for t in templates]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("New plan from template - Mentorapp"),
            self.tr("Template:"),
            names,
            0,
            False,
        )
        if ok:
            self.plan_from_template(templates[names.index(name)])

    def plan_from_template(self, template: PlanTemplate) -> None:
        if self.mentee is None or self.mentee.id is None:
            return
        try:
            plan = lifecycle.from_template(
                template.content, MenteeId(self.mentee.id), self._next_version()
            )
        except ValueError:
            set_message(self.message, self.tr("That template cannot be read."), error=True)
            return
        self._add_version(plan)

    def clear(self) -> None:
        self.save_now()
        self.vault = None
        self.mentee = None
        self.versions = []
        self.version_combo.clear()
        self._show(None)
