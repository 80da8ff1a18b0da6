"""The Development plan tab: shows a version, autosaves the draft, and takes the coach's steps.

The tab puts the parts together (version bar, header fields, goals, obstacles,
activities, commitments) and talks to ``services.plans``: every write goes through the
``PlanWriter`` off the GUI thread, except ``save_now``, the flush before the vault locks
or another mentee is shown. Other views refresh from ``vault_events().changed``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from mentorapp.domain import plan_lifecycle as lifecycle
from mentorapp.domain.enums import Feasibility
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import DevelopmentPlan, Mentee, PlanTemplate, SkillEntry
from mentorapp.domain.smart import check_action
from mentorapp.gui.i18n import error_message
from mentorapp.gui.ops import format_for_log, run_op, run_write
from mentorapp.gui.plan.career_check import LowestDimensionsBox
from mentorapp.gui.plan.compare import CompareDialog
from mentorapp.gui.plan.form import PlanCommitments, PlanHeader
from mentorapp.gui.plan.goals import GoalsSection
from mentorapp.gui.plan.lists import ActivitiesSection, ObstaclesSection
from mentorapp.gui.plan.skill_gaps import SkillGapsBox
from mentorapp.gui.plan.version_bar import PlanVersionBar
from mentorapp.gui.plan.writer import Job, PlanWriter
from mentorapp.gui.style import set_message, set_status
from mentorapp.services import plans
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)


class PlanTab(QWidget):
    """Shows the mentee's plan versions; edits only the draft."""

    export_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.mentee: Mentee | None = None
        self.versions: list[DevelopmentPlan] = []
        self.plan: DevelopmentPlan | None = None  # as stored, or as edited while it saves
        self._loading = False
        self._lists_edited = False  # the lists changed since the last save landed
        self.writer = PlanWriter(self._draft, self._saved, self._failed, self)
        self._build()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.bar = PlanVersionBar()
        outer.addWidget(self.bar)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Development plan, the version shown"))
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
        self.header = PlanHeader()
        body.addWidget(self.header)
        self.smart_label = QLabel()  # screen readers read its text (set_message)
        self.smart_label.setWordWrap(True)
        body.addWidget(self.smart_label)
        self.lowest = LowestDimensionsBox()
        body.addWidget(self.lowest)
        self.skill_gaps = SkillGapsBox()
        body.addWidget(self.skill_gaps)
        self.goals = GoalsSection(self._collect)
        self.skill_gaps.skills_read.connect(self._skills_read)
        self.obstacles = ObstaclesSection()
        self.activities = ActivitiesSection()
        for section in self._sections():
            body.addWidget(section)
            section.change_requested.connect(self._structural)
        self.commitments = PlanCommitments()
        body.addWidget(self.commitments)
        body.addStretch()
        self.state_label = QLabel()
        outer.addWidget(self.state_label)

        self.header.edited.connect(self._edited)
        self.commitments.edited.connect(self._edited)
        self.goals.problem.connect(lambda text: set_message(self.message, text, error=True))
        self.bar.version_chosen.connect(self._version_chosen)
        self.bar.new_plan_requested.connect(self.new_plan)
        self.bar.step_requested.connect(self.take_step)
        self.bar.new_draft_requested.connect(self.start_new_draft)
        self.bar.duplicate_requested.connect(self.duplicate_plan)
        self.bar.compare_requested.connect(self.compare_with_previous)
        self.bar.export_requested.connect(self._export)
        self.bar.save_template_requested.connect(self.save_as_template)
        self.bar.template_plan_requested.connect(self.new_from_template)
        self._show(None)

    def _sections(self) -> tuple[GoalsSection, ObstaclesSection, ActivitiesSection]:
        return (self.goals, self.obstacles, self.activities)

    @property
    def export_button(self) -> QPushButton:
        return self.bar.export_button

    @property
    def dirty(self) -> bool:
        """Edits of the draft that the store does not hold yet."""
        return self.writer.dirty

    # ---- loading and showing --------------------------------------------------------

    def load(self, vault: Vault, mentee: Mentee) -> None:
        self.save_now()
        self.vault, self.mentee = vault, mentee
        self.writer.vault = vault
        assert mentee.id is not None
        self.versions = plans.plan_versions(vault, MenteeId(mentee.id))
        self.lowest.show_mentee(vault, MenteeId(mentee.id))
        self.skill_gaps.show_mentee(vault, MenteeId(mentee.id))
        self._fill_versions(self.versions[-1] if self.versions else None)

    def clear(self) -> None:
        self.save_now()
        self.vault = None
        self.mentee = None
        self.writer.vault = None
        self.versions = []
        self.bar.clear()
        self.lowest.clear()
        self.skill_gaps.clear()
        self._show(None)

    def _fill_versions(self, show: DevelopmentPlan | None) -> None:
        self.bar.show_versions(self.versions, show)
        self._show(show)

    def _version_chosen(self, version: int) -> None:
        if self.writer.busy or not self.save_now():
            if self.plan is not None:  # stay, with the typed text and the message
                self.bar.select_version(self.plan.version)
            return
        for plan in self.versions:
            if plan.version == version:
                self._show(plan)

    def _show(self, plan: DevelopmentPlan | None) -> None:
        self._loading = True
        try:
            self.plan = plan
            self.writer.shown()
            self._lists_edited = False
            has = plan is not None
            self.empty_label.setVisible(not has and self.mentee is not None)
            for widget in (*self._parts(), self.smart_label):
                widget.setVisible(has)
            self.lowest.set_wanted(has)
            self.skill_gaps.set_wanted(has)
            self.bar.show_state(plan, self.versions, self.mentee is not None)
            if plan is None:
                self._state("")
                return
            editable = lifecycle.is_editable(plan)
            self.header.show_plan(plan)
            self.commitments.show_plan(plan)
            self.header.set_editable(editable)
            self.commitments.set_editable(editable)
            for section in self._sections():
                section.set_editable(editable)
            self._show_lists(plan)
            self._state(self.tr("All changes saved.") if editable else "")
        finally:
            self._loading = False

    def _parts(self) -> tuple[QWidget, ...]:
        return (self.header, self.goals, self.obstacles, self.activities, self.commitments)

    def _show_lists(self, plan: DevelopmentPlan, *, keep_selection: bool = False) -> None:
        for section in self._sections():
            section.show_plan(plan, keep_selection=keep_selection)
        self.skill_gaps.set_plan(plan)
        self._show_smart(plan)

    def _skills_read(self, skills: list[SkillEntry]) -> None:
        """The mentee's skills, for "Builds the skill" and the skill shown under an action."""
        self.goals.skills = skills
        if self.plan is not None:
            self.goals.show_plan(self.goals.plan or self.plan, keep_selection=True)

    def _show_smart(self, plan: DevelopmentPlan) -> None:
        """The SMART check of the feasible goals' actions; with none, what to do next."""
        checked = [
            (action, check_action(action, plan.period_start, plan.period_end))
            for goal in plan.goals
            if goal.feasibility == Feasibility.FEASIBLE
            for action in goal.actions
        ]
        problems = [
            f"• {action.description or '?'}: {self.goals.criteria(check)}"
            for action, check in checked
            if not check.ok
        ]
        if problems:
            text = self.tr("%n action(s) not SMART yet - you can still save:", "", len(problems))
            set_message(self.smart_label, text + "\n" + "\n".join(problems), error=True)
        elif checked:
            set_message(self.smart_label, self.tr("Every action is SMART."), error=False)
        else:  # nothing to praise yet: a calm next step, not the green all-clear
            self.smart_label.setStyleSheet("")
            set_status(self.smart_label, self._no_actions_text(plan))

    def _no_actions_text(self, plan: DevelopmentPlan) -> str:
        if not lifecycle.is_editable(plan):  # nothing to add to a frozen version
            return self.tr("This version has no actions to check.")
        if not plan.goals:
            return self.tr("No goals or actions yet: add a goal, then an action under it.")
        if any(goal.actions for goal in plan.goals):
            return self.tr(
                "No actions to check yet: the actions so far belong to wishes that are "
                "not feasible now. Add an action under a feasible goal."
            )
        return self.tr("No actions yet: select a goal and add an action under it.")

    def _state(self, text: str) -> None:
        """Whether the draft is saved; read, not announced, as it changes while typing."""
        set_status(self.state_label, text, speak=False)

    def _export(self) -> None:
        self.save_now()
        if self.plan is not None:
            self.export_requested.emit(self.plan)

    # ---- editing and saving the draft -----------------------------------------------

    def _collect(self) -> DevelopmentPlan:
        """The shown plan with the fields as typed."""
        assert self.plan is not None
        return self.commitments.apply(self.header.apply(self.plan))

    def _draft(self) -> DevelopmentPlan | None:
        if self.plan is None or not lifecycle.is_editable(self.plan):
            return None
        return self._collect()

    def _edited(self) -> None:
        if self._loading or self.plan is None or not lifecycle.is_editable(self.plan):
            return
        self.writer.edited()
        self._state(self.tr("Editing…"))

    def _structural(self, change: Callable[[DevelopmentPlan], DevelopmentPlan]) -> None:
        """A goal, action, obstacle or activity changed: show it now and save it at once."""
        if self.plan is None or not lifecycle.is_editable(self.plan) or self.writer.busy:
            return
        self.plan = change(self._collect())
        self._lists_edited = True
        self._show_lists(self.plan)
        self._state(self.tr("Editing…"))
        self.writer.changed()

    def _saved(self, stored: DevelopmentPlan) -> None:
        """A save of the shown draft landed; newer edits in the form stay as they are."""
        self.versions = [stored if p.version == stored.version else p for p in self.versions]
        if self.writer.dirty:
            return  # typed or changed since: the next save carries it
        self.plan = stored
        if self._lists_edited:
            self._lists_edited = False
            self._show_lists(stored, keep_selection=True)  # the stored rows, with their ids
        self._state(self.tr("All changes saved."))
        self.message.hide()

    def _failed(self, exc: BaseException) -> None:
        log.warning("plan write failed: %s", format_for_log(exc))
        set_message(self.message, error_message(exc), error=True)

    def save_now(self) -> bool:
        """Store the draft's pending edits now; True when nothing is left unsaved.

        The flush before the vault locks, the app quits, another mentee or version is
        shown, or the plan is exported: it waits for the write, which is one small update.
        """
        if self.vault is None or not self.vault.is_open:
            return not self.writer.dirty
        was_dirty = self.writer.dirty
        try:
            stored = self.writer.flush()
        except Exception as exc:
            self._failed(exc)
            return False
        if stored is not None:
            self._saved(stored)
        elif was_dirty:
            self._state(self.tr("All changes saved."))
        return True

    # ---- lifecycle: steps and new versions ------------------------------------------

    def _hold_text(self) -> None:
        """While a step is on its way nothing can be typed that its result would replace."""
        self.header.set_text_editable(False)
        self.commitments.set_editable(False)

    def _release_text(self) -> None:
        editable = self.plan is not None and lifecycle.is_editable(self.plan)
        self.header.set_text_editable(editable)
        self.commitments.set_editable(editable)

    def take_step(self, step: plans.Step) -> None:
        """Share, agree or archive the shown version (a draft with its edits)."""
        if self.plan is None or self.vault is None or self.writer.busy:
            return
        vault, shown = self.vault, self.plan
        editable = lifecycle.is_editable(shown)

        def prepare() -> Job:
            plan = self._collect() if editable else shown
            return lambda: plans.take_step(vault, plan, step)

        self._hold_text()
        self.writer.submit(prepare, self._stepped, self._step_failed, holds_draft=editable)

    def _stepped(self, stored: DevelopmentPlan) -> None:
        self.versions = [stored if p.version == stored.version else p for p in self.versions]
        self.message.hide()
        self._fill_versions(stored)

    def _step_failed(self, exc: BaseException) -> None:
        self._release_text()
        if isinstance(exc, lifecycle.InvalidTransition | lifecycle.PlanFrozen):
            log.info("refused plan transition: %s", type(exc).__name__)
            set_message(
                self.message, self.tr("That step is not possible for this version."), error=True
            )
        else:
            self._failed(exc)

    def _add_version(
        self,
        prepare: Callable[[], Job],
        *,
        on_failure: Callable[[BaseException], None] | None = None,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Store a new version after the draft's pending edits, then show it.

        ``prepare`` runs at the write's turn and returns the service call.
        """
        if self.writer.busy:
            return

        def added(result: plans.PlanVersions) -> None:
            self.versions = result.versions
            self._fill_versions(result.shown)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            self._release_text()
            (on_failure or self._failed)(exc)

        self.writer.save_soon()
        self._hold_text()
        self.writer.submit(prepare, added, failed)

    def new_plan(self) -> None:
        if self.mentee is None or self.mentee.id is None or self.vault is None:
            return
        call = partial(
            plans.new_plan,
            self.vault,
            MenteeId(self.mentee.id),
            self.tr("Development plan"),
            date.today(),
        )
        self._add_version(lambda: call, then=self.header.title.setFocus)

    def start_new_draft(self) -> None:
        if self.plan is None or self.vault is None:
            return
        call = partial(plans.new_draft, self.vault, self.plan)
        self._add_version(lambda: call)

    def duplicate_plan(self) -> None:
        if self.plan is None or self.vault is None:
            return
        vault, shown = self.vault, self.plan

        def prepare() -> Job:
            plan = self._collect() if lifecycle.is_editable(shown) else shown
            return lambda: plans.duplicate(vault, plan)

        self._add_version(prepare)

    def compare_with_previous(self) -> None:
        if self.plan is None:
            return
        older = [p for p in self.versions if p.version < self.plan.version]
        if not older:
            return
        dialog = CompareDialog(
            older[-1], self._collect() if lifecycle.is_editable(self.plan) else self.plan, self
        )
        self.compare_dialog = dialog
        dialog.open()

    # ---- templates ------------------------------------------------------------------

    def save_as_template(self) -> None:
        if self.plan is None or self.vault is None:
            return
        name = self.bar.ask_template_name(self.plan.title)
        if name is not None:
            self.store_template(name)

    def store_template(self, name: str) -> None:
        assert self.plan is not None and self.vault is not None
        vault, plan = self.vault, self._collect()

        def stored(_template: Any) -> None:
            set_message(
                self.message, self.tr("Saved as template “{name}”.").format(name=name), error=False
            )

        run_write(lambda: plans.save_template(vault, name, plan), stored, self._failed, parent=self)

    def new_from_template(self) -> None:
        if self.vault is None or self.mentee is None:
            return
        vault, mentee = self.vault, self.mentee

        def chosen(templates: list[PlanTemplate]) -> None:
            if self.mentee is not mentee:
                return  # another mentee is on screen by now
            template = self.bar.choose_template(templates)
            if template is not None:
                self.plan_from_template(template)

        run_op(lambda: plans.templates(vault), chosen, self._failed, parent=self)

    def plan_from_template(self, template: PlanTemplate) -> None:
        if self.mentee is None or self.mentee.id is None or self.vault is None:
            return
        call = partial(plans.plan_from_template, self.vault, template, MenteeId(self.mentee.id))

        def unreadable(exc: BaseException) -> None:
            if isinstance(exc, ValueError):
                set_message(self.message, self.tr("That template cannot be read."), error=True)
            else:
                self._failed(exc)

        self._add_version(lambda: call, on_failure=unreadable)
