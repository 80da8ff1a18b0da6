"""The Moves and outcome page: the moves a mentee considered or made, and the outcome of
the trajectory, recorded when it closes.

Growth is not only up: a lateral or diagonal move, job crafting in the current role, a
safari, a move elsewhere all count. Closing the trajectory records the move made (or
that the mentee stayed, and what changed) with the date; a later report counts these.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import MenteeStatus, MoveKind
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Mentee, Move
from mentorapp.gui.labels import DATE_FORMAT, choices, label, qdate, short_date
from mentorapp.gui.moves.records_page import RecordsPage
from mentorapp.gui.plan.list_section import with_enum_members
from mentorapp.gui.record_dialog import Field, RecordDialog
from mentorapp.services import mentees, moves
from mentorapp.services.changes import Area, Outcome
from mentorapp.store.vault import Vault


@dataclass(frozen=True)
class MovesLoaded:
    """The mentee (their outcome, status and role) and their moves, newest first."""

    mentee: Mentee
    moves: list[Move]


def read_moves(vault: Vault, mentee_id: MenteeId) -> MovesLoaded:
    return MovesLoaded(mentees.get_mentee(vault, mentee_id), moves.moves(vault, mentee_id))


@dataclass(frozen=True)
class TrajectoryOutcome:
    """What closing a trajectory records."""

    closed_on: date
    outcome: MoveKind
    note: str


class CloseTrajectoryDialog(QDialog):
    """The outcome (the move made, or stayed with what changed), what changed, and the date."""

    def __init__(
        self, mentee: Mentee, latest_made: Move | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        closed = mentee.outcome is not None
        self.setWindowTitle(
            self.tr("Outcome of the trajectory - Mentorapp")
            if closed
            else self.tr("Close the trajectory - Mentorapp")
        )
        intro = QLabel(
            self.tr(
                "Closing records how the trajectory ended and sets the mentee's status to Closed. A later report counts these outcomes; you can change it afterwards."
            )
        )
        intro.setWordWrap(True)
        self.outcome = QComboBox()
        for kind in MoveKind:
            self.outcome.addItem(outcome_text(kind) or label(kind), kind)
        start = mentee.outcome or (latest_made.kind if latest_made else MoveKind.NONE_YET)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(start)))
        self.closed_on = QDateEdit()
        self.closed_on.setDisplayFormat(DATE_FORMAT)
        self.closed_on.setCalendarPopup(True)
        self.closed_on.setDate(
            qdate(mentee.close_date) if mentee.close_date else QDate.currentDate()
        )
        self.note = QPlainTextEdit(mentee.outcome_note)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            self.tr("e.g. moved to the planning team; or stayed, with a buddy role for newcomers")
        )
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, widget, name in (
            (self.tr("&Outcome"), self.outcome, self.tr("Outcome")),
            (self.tr("What &changed"), self.note, self.tr("What changed")),
            (self.tr("Closed &on"), self.closed_on, self.tr("Closed on")),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(caption, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save the outcome") if closed else self.tr("Close the trajectory"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def value(self) -> TrajectoryOutcome:
        day = self.closed_on.date()
        return TrajectoryOutcome(
            date(day.year(), day.month(), day.day()),
            MoveKind(self.outcome.currentData()),
            self.note.toPlainText().strip(),
        )


def outcome_text(kind: MoveKind) -> str:
    """How an outcome reads where it differs from the move's name: no move is a stay."""
    if kind is MoveKind.NONE_YET:
        return QCoreApplication.translate("MovesPage", "Stayed, with what changed")
    return ""


class MovesPage(RecordsPage):
    """The moves log (Add, Edit, Remove) and, below it, the trajectory's outcome."""

    areas = (Area.MOVES, Area.PROFILE, Area.MENTEE_LIST)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog: QDialog | None = None
        self.hint.setText(
            self.tr(
                "The moves the mentee considered or made. Growth is not only up: sideways, diagonally, in the current job or elsewhere all count."
            )
        )
        self.set_columns(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("From role"),
                self.tr("To role"),
                self.tr("Made or considered"),
                self.tr("Notes"),
            ],
            {2: 2, 3: 2, 5: 3},  # the roles and the notes wrap
        )
        self.tree.setAccessibleName(self.tr("Moves, the newest first"))
        self.add_button.setText(self.tr("&Add move…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected move"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected move"))
        self.empty.setText(
            self.tr(
                "No moves yet.\n\nAdd a move when the mentee considers one (a lateral or diagonal move, job crafting, a safari, another organisation) and mark it made when it happens."
            )
        )
        self.outcome_box = QGroupBox(self.tr("Outcome of the trajectory"))
        self.outcome_label = QLabel()
        self.outcome_label.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_trajectory)
        box = QHBoxLayout(self.outcome_box)
        box.addWidget(self.outcome_label, 1)
        box.addWidget(self.close_button)
        self.body.insertWidget(self.body.indexOf(self.message), self.outcome_box)
        self.show_loaded(None)

    def read(self, vault: Vault, mentee_id: MenteeId) -> MovesLoaded:
        return read_moves(vault, mentee_id)

    def show_loaded(self, loaded: object) -> None:
        if not isinstance(loaded, MovesLoaded):
            self.fill([], has_records=False)
            self.outcome_box.setVisible(False)
            return
        rows = [(move, self.row(move)) for move in loaded.moves]
        self.fill(rows, has_records=bool(rows))
        self.show_outcome(loaded.mentee)

    def row(self, move: Move) -> list[str]:
        return [
            short_date(move.happened_on) if move.happened_on else "",
            label(move.kind),
            move.from_role,
            move.to_role,
            self.tr("Made") if move.made else self.tr("Considered"),
            move.description,
        ]

    def show_outcome(self, mentee: Mentee) -> None:
        self.outcome_box.setVisible(True)
        if mentee.outcome is None:
            if mentee.status == MenteeStatus.CLOSED:
                text = self.tr("Closed without an outcome recorded.")
            else:
                text = self.tr("Open: the trajectory has not been closed yet.")
            self.close_button.setText(self.tr("C&lose the trajectory…"))
        else:
            what = outcome_text(mentee.outcome) or label(mentee.outcome)
            when = short_date(mentee.close_date) if mentee.close_date else "-"
            text = self.tr("Closed on {date}: {outcome}.").format(date=when, outcome=what)
            if mentee.outcome_note:
                text += "\n" + mentee.outcome_note
            self.close_button.setText(self.tr("Change the ou&tcome…"))
        self.outcome_label.setText(text)
        self.outcome_box.setAccessibleDescription(text)

    def _fields(self) -> list[Field]:
        return [
            Field("happened_on", self.tr("&Date"), "date"),
            Field("kind", self.tr("&Kind"), "enum", choices(MoveKind)),
            Field("from_role", self.tr("&From role"), "line"),
            Field("to_role", self.tr("&To role"), "line"),
            Field("made", self.tr("&Made (not only considered)"), "bool"),
            Field("description", self.tr("&Notes (shared with the employee)"), "text"),
        ]

    def edit_record(self, record: object) -> None:
        loaded, mentee_id = self.loaded, self.mentee_id
        if not isinstance(loaded, MovesLoaded) or mentee_id is None:
            return
        if isinstance(record, Move):
            move, title = record, self.tr("Move - Mentorapp")
        else:
            role = loaded.mentee.current_role
            move = Move(mentee_id, MoveKind.LATERAL, from_role=role, happened_on=date.today())
            title = self.tr("New move - Mentorapp")
        fields = self._fields()
        dialog = RecordDialog(title, move, fields, self)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        edited, vault = with_enum_members(dialog.value(), fields), self.vault
        if vault is not None:
            self.write(lambda: moves.save_move(vault, edited))

    def delete(self, vault: Vault, record: Move) -> Outcome[None]:
        assert record.id is not None
        return moves.delete_move(vault, record.id)

    def remove_question(self, record: Move) -> str:
        return self.tr("Remove this move ({kind}) from the log?").format(kind=label(record.kind))

    def latest_made(self) -> Move | None:
        loaded = self.loaded
        if not isinstance(loaded, MovesLoaded):
            return None
        return next((m for m in loaded.moves if m.made), None)

    def close_trajectory(self) -> None:
        """Record the outcome and the date; the mentee's status becomes Closed."""
        loaded, mentee_id = self.loaded, self.mentee_id
        if not isinstance(loaded, MovesLoaded) or mentee_id is None:
            return
        dialog = CloseTrajectoryDialog(loaded.mentee, self.latest_made(), self)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        outcome, vault = dialog.value(), self.vault
        if vault is not None:
            self.write(
                lambda: moves.close_trajectory(
                    vault, mentee_id, outcome.closed_on, outcome.outcome, outcome.note
                )
            )
