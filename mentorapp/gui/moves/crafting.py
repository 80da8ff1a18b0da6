"""The Job crafting page: a mentee's canvas (tasks, relationships, perception - now and
as crafted), the small experiments that try it out, and the coach's private remarks.

One click turns an experiment into an action of the draft plan
(``moves.experiment_to_action``); the table then says which action it became. The
canvas saves by itself while the coach types (``Autosaver``, as the questionnaire
answers do); reads and writes run off the GUI thread.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import TemplateKind
from mentorapp.domain.ids import ExperimentId, MenteeId
from mentorapp.domain.model import CraftingExperiment, DevelopmentPlan, JobCraftingCanvas
from mentorapp.gui.autosave import Autosaver, show_save_failed, show_saved
from mentorapp.gui.i18n import error_message
from mentorapp.gui.labels import short_date
from mentorapp.gui.moves.fields import TextBox, ask_record, buddy
from mentorapp.gui.ops import format_for_log, run_op, run_write, vault_events
from mentorapp.gui.record_dialog import Field
from mentorapp.gui.style import note_pane, set_message
from mentorapp.services import moves
from mentorapp.services.changes import Area, Changes
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)

_WHAT, _BY_WHEN, _WITH_WHOM, _DONE, _ACTION = range(5)


@dataclass(frozen=True)
class Loaded:
    """The canvas and the plan actions its experiments became, read off the GUI thread."""

    canvas: JobCraftingCanvas
    actions: dict[ExperimentId, list[str]]  # action descriptions in the current plan


def read(vault: Vault, mentee_id: MenteeId) -> Loaded:
    return Loaded(moves.canvas(vault, mentee_id), moves.actions_of_experiment(vault, mentee_id))


def action_of(plan: DevelopmentPlan, experiment_id: ExperimentId) -> tuple[str, str] | None:
    """The (goal, action) of ``plan`` that came from the experiment, the last one added."""
    found = None
    for goal in plan.goals:
        for action in goal.actions:
            if action.experiment_id == experiment_id:
                found = (goal.description, action.description)
    return found


class CraftingPage(QWidget):
    """The canvas in three blocks, the experiments table and the private remarks."""

    open_questionnaire = Signal(object)  # TemplateKind.JOB_CRAFTING: new answers of it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.mentee_id: MenteeId | None = None
        self.experiments: list[CraftingExperiment] = []
        self.became: dict[ExperimentId, list[str]] = {}
        self._generation = 0
        self._loading = False
        self.autosave = Autosaver(self.current, moves.save_canvas, self)
        self.autosave.saved.connect(self._mark_saved)
        self.autosave.failed.connect(self._save_failed)
        self._build()
        vault_events().changed.connect(self._changed)
        self.body.setEnabled(False)

    def _build(self) -> None:
        intro = QLabel(
            self.tr(
                "How the mentee shapes their own job: the tasks, the relationships and how they see the work, as it is now and as crafted. Small experiments try it out."
            )
        )
        intro.setWordWrap(True)
        self.questionnaire_button = QPushButton(self.tr("Open the job crafting reflectio&n…"))
        self.questionnaire_button.setToolTip(
            self.tr("Enter the mentee's answers to the job crafting reflection questionnaire")
        )
        self.questionnaire_button.clicked.connect(self._open_questionnaire)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.questionnaire_button, 0, Qt.AlignmentFlag.AlignTop)

        blocks = (
            (
                self.tr("&Tasks"),
                self.tr("Tasks"),
                self.tr("What the work consists of today"),
                self.tr("More of, less of, new: tasks that fit better"),
            ),
            (
                self.tr("&Relationships"),
                self.tr("Relationships"),
                self.tr("Who the mentee works with, and how"),
                self.tr("New contacts, other ways of working together (a buddy role?)"),
            ),
            (
                self.tr("P&erception"),
                self.tr("Perception"),
                self.tr("How the mentee sees the work and its meaning"),
                self.tr("Another way to look at the same work"),
            ),
        )
        grid = QGridLayout()
        bold = QFont(self.font())
        bold.setBold(True)
        for column, caption in ((1, self.tr("Now")), (2, self.tr("Crafted"))):
            side = QLabel(caption)
            side.setFont(bold)
            grid.addWidget(side, 0, column)
        self.canvas_boxes = []
        for row, (caption, name, now_hint, crafted_hint) in enumerate(blocks, start=1):
            now = TextBox(self.tr("{block}, now").format(block=name), now_hint, lines=3)
            crafted = TextBox(
                self.tr("{block}, as crafted").format(block=name), crafted_hint, lines=3
            )
            heading = buddy(caption, now)
            heading.setAlignment(Qt.AlignmentFlag.AlignTop)
            heading.setFont(bold)
            grid.addWidget(heading, row, 0)
            grid.addWidget(now, row, 1)
            grid.addWidget(crafted, row, 2)
            grid.setRowStretch(row, 1)
            self.canvas_boxes += [now, crafted]
        (
            self.tasks_now,
            self.tasks_crafted,
            self.relationships_now,
            self.relationships_crafted,
            self.perception_now,
            self.perception_crafted,
        ) = self.canvas_boxes
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        canvas_frame = QWidget()
        canvas_frame.setLayout(grid)
        canvas = note_pane(
            False,
            self.tr("Canvas"),
            self.tr("Shared: it may go to the employee, in the plan PDF and the data export."),
            (canvas_frame, 1),
        )

        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Experiments"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("What"),
                self.tr("By when"),
                self.tr("With whom"),
                self.tr("Done"),
                self.tr("In the plan"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (_BY_WHEN, _WITH_WHOM, _DONE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (_WHAT, _ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.table.itemChanged.connect(self._done_toggled)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self.edit_experiment)
        self.add_button = QPushButton(self.tr("&Add experiment…"))
        self.add_button.clicked.connect(self.add_experiment)
        self.edit_button = QPushButton(self.tr("E&dit experiment…"))
        self.edit_button.clicked.connect(self.edit_experiment)
        self.remove_button = QPushButton(self.tr("Remo&ve experiment"))
        self.remove_button.clicked.connect(self.remove_experiment)
        self.action_button = QPushButton(self.tr("Make it a plan act&ion"))
        self.action_button.setToolTip(
            self.tr("Adds the experiment as an action to the draft development plan")
        )
        self.action_button.clicked.connect(self.make_action)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.action_button)
        experiments = QWidget()
        experiments_box = QVBoxLayout(experiments)
        experiments_box.setContentsMargins(0, 0, 0, 0)
        experiments_box.addWidget(buddy(self.tr("E&xperiments"), self.table))
        experiments_box.addWidget(self.table, 1)
        experiments_box.addLayout(buttons)

        self.private_notes = TextBox(self.tr("Your remarks, never exported"), lines=4)
        self.private_notes.setObjectName("privateField")
        private = note_pane(
            True,
            self.tr("Your private remar&ks"),
            self.tr("Only for you. Never exported, never in a PDF."),
            (self.private_notes, 1),
            buddy=self.private_notes,
        )
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.setChildrenCollapsible(False)
        lower.addWidget(experiments)
        lower.addWidget(private)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)

        self.body = QWidget()
        box = QVBoxLayout(self.body)
        box.addLayout(top)
        box.addWidget(canvas, 3)
        box.addWidget(lower, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Job crafting canvas and experiments"))
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.state_label)
        for text in (*self.canvas_boxes, self.private_notes):
            text.textChanged.connect(self._edited)
        self._selection_changed()

    # ---- loading --------------------------------------------------------------------

    def show_mentee(self, vault: Vault, mentee_id: MenteeId) -> None:
        """Show ``mentee_id``'s canvas (read off the GUI thread; the page waits for it)."""
        self.save_now()
        if self.vault is not vault or self.mentee_id != mentee_id:
            self._generation += 1
            self._forget()
            self.body.setEnabled(False)  # nothing typed before the canvas is shown
        self.vault, self.mentee_id = vault, mentee_id
        self.autosave.shown(vault)
        self._read(canvas_too=True)

    def _read(self, *, canvas_too: bool) -> None:
        vault, mentee_id, generation = self.vault, self.mentee_id, self._generation
        if vault is None or mentee_id is None or not vault.is_open:
            return

        def show(loaded: object) -> None:
            if generation != self._generation or self.vault is not vault:
                return
            assert isinstance(loaded, Loaded)
            if canvas_too and not self.autosave.dirty:
                self._show_canvas(loaded.canvas)
            self.became = loaded.actions
            self._fill_table()

        run_op(lambda: read(vault, mentee_id), show, self._failed, parent=self)

    def _show_canvas(self, canvas: JobCraftingCanvas) -> None:
        self._loading = True
        try:
            for box, text in zip(
                [*self.canvas_boxes, self.private_notes], _texts(canvas), strict=True
            ):
                box.setPlainText(text)
                box.document().clearUndoRedoStacks()
            self.experiments = [dataclasses.replace(e) for e in canvas.experiments]
        finally:
            self._loading = False
        self.body.setEnabled(True)

    def _changed(self, changes: Changes) -> None:
        """The plan changed (an action added, edited, removed): say again what each
        experiment became. The canvas itself is only written from this page."""
        mine = self.mentee_id is not None and changes.mentee_id == self.mentee_id
        if mine and changes.touches(Area.PLANS):
            self._read(canvas_too=False)

    def _failed(self, exc: BaseException) -> None:
        log.warning("job crafting: %s", format_for_log(exc))
        set_message(self.message, error_message(exc), error=True)

    # ---- the experiments ------------------------------------------------------------

    def _fill_table(self) -> None:
        chosen = self.selected()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.experiments))
        for row, experiment in enumerate(self.experiments):
            became = "; ".join(self.became.get(ExperimentId(experiment.id or 0), []))
            texts = {
                _WHAT: experiment.what,
                _BY_WHEN: short_date(experiment.by_when) if experiment.by_when else "",
                _WITH_WHOM: experiment.with_whom,
                _DONE: self.tr("Done") if experiment.done else self.tr("Not yet"),
                _ACTION: became,
            }
            for column, text in texts.items():
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == _DONE:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    done = Qt.CheckState.Checked if experiment.done else Qt.CheckState.Unchecked
                    item.setCheckState(done)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)
        if chosen is not None and chosen < len(self.experiments):
            self.table.selectRow(chosen)
        self._selection_changed()

    def selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        for button in (self.edit_button, self.remove_button, self.action_button):
            button.setEnabled(chosen)

    def _experiment_fields(self) -> list[Field]:
        return [
            Field("what", self.tr("&What"), "text", required=True),
            Field("by_when", self.tr("&By when"), "date"),
            Field("with_whom", self.tr("With &whom"), "line"),
            Field("done", self.tr("D&one"), "bool"),
        ]

    def _ask(self, experiment: CraftingExperiment) -> CraftingExperiment | None:
        value: CraftingExperiment | None = ask_record(
            self, self.tr("Experiment - Mentorapp"), experiment, self._experiment_fields()
        )
        return value

    def add_experiment(self) -> None:
        if self.mentee_id is None:
            return
        experiment = self._ask(CraftingExperiment(""))
        if experiment is not None:
            self.experiments.append(experiment)
            self._experiments_edited(len(self.experiments) - 1)

    def edit_experiment(self) -> None:
        row = self.selected()
        if row is None:
            return
        experiment = self._ask(self.experiments[row])
        if experiment is not None:
            self.experiments[row] = experiment
            self._experiments_edited(row)

    def remove_experiment(self) -> None:
        row = self.selected()
        if row is None:
            return
        del self.experiments[row]
        self._experiments_edited(min(row, len(self.experiments) - 1))

    def _done_toggled(self, item: QTableWidgetItem) -> None:
        if item.column() != _DONE or item.row() >= len(self.experiments):
            return
        done = item.checkState() == Qt.CheckState.Checked
        row = item.row()
        self.experiments[row] = dataclasses.replace(self.experiments[row], done=done)
        self._experiments_edited(row)

    def _experiments_edited(self, select: int) -> None:
        self._fill_table()
        if select >= 0:
            self.table.selectRow(select)
        self._edited()

    def make_action(self) -> None:
        """Add the chosen experiment to the draft plan as an action (one click)."""
        vault, mentee_id, row = self.vault, self.mentee_id, self.selected()
        if vault is None or mentee_id is None or row is None:
            return
        if not self.save_now():  # the experiment needs its id: it is saved first
            return
        experiment_id = self.experiments[row].id
        if experiment_id is None:
            return
        what = self.experiments[row].what
        self.action_button.setEnabled(False)

        def added(plan: DevelopmentPlan) -> None:
            self._selection_changed()
            found = action_of(plan, ExperimentId(experiment_id))
            goal = found[0] if found else ""
            set_message(
                self.message,
                self.tr(
                    "“{what}” is now an action of the draft plan (version {version}), under the goal “{goal}”."
                ).format(what=what, version=plan.version, goal=goal),
                error=False,
            )

        def failed(exc: BaseException) -> None:
            self._selection_changed()
            self._failed(exc)

        run_write(
            lambda: moves.experiment_to_action(vault, mentee_id, ExperimentId(experiment_id)),
            added,
            failed,
            parent=self,
        )

    def _open_questionnaire(self) -> None:
        if self.mentee_id is not None and self.save_now():
            self.open_questionnaire.emit(TemplateKind.JOB_CRAFTING)

    # ---- editing and saving ---------------------------------------------------------

    def current(self) -> JobCraftingCanvas | None:
        """The canvas as it is on screen now (a copy: the save runs on another thread)."""
        if self.mentee_id is None:
            return None
        return JobCraftingCanvas(
            self.mentee_id,
            tasks_now=self.tasks_now.toPlainText(),
            tasks_crafted=self.tasks_crafted.toPlainText(),
            relationships_now=self.relationships_now.toPlainText(),
            relationships_crafted=self.relationships_crafted.toPlainText(),
            perception_now=self.perception_now.toPlainText(),
            perception_crafted=self.perception_crafted.toPlainText(),
            experiments=[dataclasses.replace(e) for e in self.experiments],
            private_notes=self.private_notes.toPlainText(),
        )

    def _edited(self) -> None:
        if self._loading or self.mentee_id is None:
            return
        set_message(self.state_label, self.tr("Editing…"), error=False, speak=False)
        self.autosave.edited()

    def _mark_saved(self, canvas: JobCraftingCanvas) -> None:
        """Saved with nothing typed since: the experiments take the ids they were given."""
        if canvas.mentee_id != self.mentee_id:
            return
        if len(canvas.experiments) == len(self.experiments):
            self.experiments = [
                dataclasses.replace(mine, id=stored.id)
                for mine, stored in zip(self.experiments, canvas.experiments, strict=True)
            ]
        show_saved(self.state_label)

    def _save_failed(self, exc: BaseException) -> None:
        show_save_failed(self.state_label, exc)

    def save_now(self) -> bool:
        """Write pending edits now; True when nothing is left unsaved."""
        return self.autosave.save_now()

    def _forget(self) -> None:
        self._loading = True
        for box in (*self.canvas_boxes, self.private_notes):
            box.clear()
        self._loading = False
        self.experiments, self.became = [], {}
        self._fill_table()
        set_message(self.message, "", error=False, speak=False)
        set_message(self.state_label, "", error=False, speak=False)

    def clear(self) -> None:
        """Forget the mentee (on lock), after saving."""
        self.save_now()
        self._generation += 1
        self._forget()
        self.body.setEnabled(False)
        self.autosave.shown(None)
        self.vault, self.mentee_id = None, None


def _texts(canvas: JobCraftingCanvas) -> list[str]:
    """The canvas's six texts in the order of the boxes, then the private remarks."""
    return [
        canvas.tasks_now,
        canvas.tasks_crafted,
        canvas.relationships_now,
        canvas.relationships_crafted,
        canvas.perception_now,
        canvas.perception_crafted,
        canvas.private_notes,
    ]
