"""The Safaris page: a mentee's career safaris, planned, followed and looked back on.

The list (newest first) beside the editor of the chosen safari (``safari_editor``). Its
debrief session and the plan activity it belongs to are linked here; "Open the debrief"
asks the window to show the session (``open_session``). Reads and writes run off the
GUI thread, and the page follows every write that concerns the mentee's safaris,
sessions or plan through ``vault_events().changed``.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import ActivityKind, PlanStatus, SessionKind
from mentorapp.domain.ids import MenteeId, SafariId, SessionId
from mentorapp.domain.model import CareerSafari, CoachingSession, DevelopmentPlan
from mentorapp.gui.i18n import error_message
from mentorapp.gui.labels import label, short_date
from mentorapp.gui.moves.fields import ask_record, choose_one
from mentorapp.gui.moves.safari_editor import SafariEditor, safari_dates, safari_title
from mentorapp.gui.ops import format_for_log, run_op, run_write, vault_events
from mentorapp.gui.record_dialog import Field
from mentorapp.gui.style import set_message
from mentorapp.services import moves, plans, sessions
from mentorapp.services.changes import Area, Changes, Outcome
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Loaded:
    """What the page shows of one mentee, read in one go off the GUI thread."""

    safaris: list[CareerSafari]  # by start date, newest first
    debriefs: list[CoachingSession]  # the mentee's sessions that are a safari debrief
    linked: dict[SafariId, CoachingSession]  # the debrief session linked to each safari
    plan: DevelopmentPlan | None  # the current plan version


def read(vault: Vault, mentee_id: MenteeId) -> Loaded:
    every = sessions.sessions_of(vault, mentee_id)  # newest first: the newest link wins
    linked: dict[SafariId, CoachingSession] = {}
    for coaching in every:
        if coaching.safari_id is not None:
            linked.setdefault(SafariId(coaching.safari_id), coaching)
    return Loaded(
        moves.safaris(vault, mentee_id),
        [s for s in every if s.kind is SessionKind.SAFARI_DEBRIEF or s.safari_id is not None],
        linked,
        plans.current_plan(vault, mentee_id),
    )


def linked_activities(plan: DevelopmentPlan | None, safari_id: SafariId) -> list[int]:
    """The indexes of the plan's activities that are linked to the safari."""
    if plan is None:
        return []
    return [i for i, a in enumerate(plan.activities) if a.safari_id == safari_id]


class SafariPage(QWidget):
    """The mentee's safaris (newest first) and the editor of the chosen one."""

    open_session = Signal(int)  # the SessionId of a safari's debrief, to show it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.mentee_id: MenteeId | None = None
        self.loaded = Loaded([], [], {}, None)
        self._generation = 0
        self._wanted: SafariId | None = None  # to show once a read lists it
        self._build()
        vault_events().changed.connect(self._changed)

    def _build(self) -> None:
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("Ne&w safari…"))
        self.new_button.setToolTip(
            self.tr("Plan a few days to weeks in another department or role")
        )
        self.new_button.clicked.connect(self.new_safari)
        left_box.addWidget(self.new_button)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Safaris"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._chosen)
        left_box.addWidget(self.list, 1)
        left_box.addSpacing(self.fontMetrics().height())
        self.delete_button = QPushButton(self.tr("De&lete safari…"))
        self.delete_button.clicked.connect(self.delete_safari)
        left_box.addWidget(self.delete_button)
        self.editor = SafariEditor()
        self.editor.saved.connect(self._saved)
        self.editor.link_debrief_button.clicked.connect(self.link_debrief)
        self.editor.open_debrief_button.clicked.connect(self.open_debrief)
        self.editor.link_activity_button.clicked.connect(self.link_activity)
        self.empty = QLabel(
            self.tr(
                "No safaris yet.\n\nA career safari is a few days to a few weeks in another department or role, without obligation: to explore and to build confidence. Plan one with New safari."
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.editor)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([190, 810])
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self._set_has_safaris(False)

    def _set_has_safaris(self, has: bool) -> None:
        self.right.setCurrentWidget(self.editor if has else self.empty)
        self.delete_button.setEnabled(has)

    # ---- loading --------------------------------------------------------------------

    def show_mentee(self, vault: Vault, mentee_id: MenteeId) -> None:
        """Show ``mentee_id``'s safaris (read off the GUI thread)."""
        self.save_now()
        if self.vault is not vault or self.mentee_id != mentee_id:
            self._generation += 1
            self._wanted = None
            self.loaded = Loaded([], [], {}, None)
            self.list.clear()
            self.editor.load(vault, None)
            self._set_has_safaris(False)
            set_message(self.message, "", error=False, speak=False)
        self.vault, self.mentee_id = vault, mentee_id
        self.new_button.setEnabled(True)
        self.reload()

    def reload(self, select: SafariId | None = None) -> None:
        """Read the safaris and their links again; ``select`` (else the chosen one) is shown."""
        vault, mentee_id = self.vault, self.mentee_id
        if vault is None or mentee_id is None or not vault.is_open:
            return
        if select is not None:
            self._wanted = select
        generation = self._generation

        def show(loaded: object) -> None:
            if generation == self._generation and self.vault is vault:
                assert isinstance(loaded, Loaded)
                self._show(loaded)

        run_op(lambda: read(vault, mentee_id), show, self._failed, parent=self)

    def _shown_id(self) -> SafariId | None:
        safari = self.editor.safari
        return SafariId(safari.id) if safari is not None and safari.id is not None else None

    def _show(self, loaded: Loaded) -> None:
        """The list as read, the links of the safari shown; the editor keeps its text
        while the same safari stays shown (a read never undoes what is being typed)."""
        self.loaded = loaded
        shown = self._shown_id()
        wanted = self._wanted or shown
        self.list.blockSignals(True)
        self.list.clear()
        for safari in loaded.safaris:
            if safari.id == shown and self.editor.safari is not None:
                safari = self.editor.current() or safari  # as typed, not as last stored
            self.list.addItem(self._item(safari))
        self.list.blockSignals(False)
        self._set_has_safaris(bool(loaded.safaris))
        ids = [s.id for s in loaded.safaris]
        row = ids.index(wanted) if wanted in ids else (0 if ids else None)
        self._wanted = None
        if row is None:
            self.editor.load(self.vault, None)
            return
        self.list.blockSignals(True)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        if loaded.safaris[row].id != shown:
            self.editor.load(self.vault, loaded.safaris[row])
        self._show_links()

    def _item(self, safari: CareerSafari) -> QListWidgetItem:
        dates = safari_dates(safari) or self.tr("No dates yet")
        item = QListWidgetItem(f"{safari_title(safari)}\n{dates}\n{label(safari.status)}")
        item.setData(Qt.ItemDataRole.UserRole, safari.id)
        return item

    def _chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self.vault is None:
            return
        if not self.editor.save_now():  # the shown safari is not saved: stay with it
            self.list.blockSignals(True)
            if previous is not None:
                self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        wanted = current.data(Qt.ItemDataRole.UserRole) if current else None
        safari = next((s for s in self.loaded.safaris if s.id == wanted), None)
        self.editor.load(self.vault, safari)
        self._show_links()

    def _saved(self, safari: CareerSafari) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == safari.id:
            item.setText(self._item(safari).text())
        self.loaded = dataclasses.replace(
            self.loaded,
            safaris=[safari if s.id == safari.id else s for s in self.loaded.safaris],
        )

    def _changed(self, changes: Changes) -> None:
        mine = self.mentee_id is not None and changes.mentee_id == self.mentee_id
        if mine and changes.touches(Area.MOVES, Area.SESSIONS, Area.PLANS):
            self.reload()

    def _failed(self, exc: BaseException) -> None:
        log.warning("safaris: %s", format_for_log(exc))
        set_message(self.message, error_message(exc), error=True)

    # ---- the links ------------------------------------------------------------------

    def _debrief(self) -> CoachingSession | None:
        shown = self._shown_id()
        return self.loaded.linked.get(shown) if shown is not None else None

    def _show_links(self) -> None:
        shown = self._shown_id()
        if shown is None:
            return
        debrief = self._debrief()
        if debrief is None:
            self.editor.debrief_label.setText(self.tr("Debrief: no session linked yet."))
        else:
            self.editor.debrief_label.setText(
                self.tr("Debrief: the session of {date}.").format(
                    date=short_date(debrief.started_at)
                )
            )
        self.editor.open_debrief_button.setEnabled(debrief is not None)
        plan = self.loaded.plan
        found = linked_activities(plan, shown)
        if plan is None or not found:
            self.editor.activity_label.setText(self.tr("Plan activity: not linked."))
        else:
            self.editor.activity_label.setText(
                self.tr("Plan activity: {activity} (plan version {version}, {status}).").format(
                    activity=plan.activities[found[0]].description,
                    version=plan.version,
                    status=label(plan.status).lower(),
                )
            )

    def link_debrief(self) -> None:
        """Choose the safari debrief session that looks back on the safari shown."""
        vault, safari_id, debrief = self.vault, self._shown_id(), self._debrief()
        if vault is None or safari_id is None:
            return
        offered = [s for s in self.loaded.debriefs if s.safari_id in (None, safari_id)]
        if not offered:
            set_message(
                self.message,
                self.tr(
                    "There is no safari debrief session yet. On the Sessions tab, start a session and set its kind to Safari debrief; then link it here."
                ),
                error=False,
            )
            return
        items = [self._session_text(s) for s in offered]
        if debrief is not None:
            items.append(self.tr("No debrief session (remove the link)"))
        current = next((i for i, s in enumerate(offered) if s.id == getattr(debrief, "id", 0)), 0)
        picked = choose_one(
            self,
            self.tr("Link a debrief session - Mentorapp"),
            self.tr("Which session looks back on this safari?"),
            items,
            current,
        )
        if picked is None:
            return
        chosen = offered[picked] if picked < len(offered) else None
        old = debrief.id if debrief is not None else None

        def relink() -> Outcome[Any]:
            if old is not None and (chosen is None or chosen.id != old):
                unlinked: Outcome[Any] = moves.link_debrief(vault, SessionId(old), None)
                if chosen is None:
                    return unlinked
            assert chosen is not None and chosen.id is not None
            return moves.link_debrief(vault, SessionId(chosen.id), safari_id)

        self._write(relink)

    def _session_text(self, coaching: CoachingSession) -> str:
        return f"{short_date(coaching.started_at)} · {label(coaching.kind)}"

    def open_debrief(self) -> None:
        debrief = self._debrief()
        if debrief is not None and debrief.id is not None and self.save_now():
            self.open_session.emit(debrief.id)

    def link_activity(self) -> None:
        """Choose the development activity of kind career safari that this safari is."""
        vault, safari_id, plan = self.vault, self._shown_id(), self.loaded.plan
        if vault is None or safari_id is None:
            return
        why_not = self._why_no_activity(plan)
        if why_not or plan is None:
            set_message(self.message, why_not, error=False)
            return
        offered = [
            i
            for i, a in enumerate(plan.activities)
            if a.kind is ActivityKind.CAREER_SAFARI and a.safari_id in (None, safari_id)
        ]
        linked = linked_activities(plan, safari_id)
        items = [plan.activities[i].description for i in offered]
        if linked:
            items.append(self.tr("No plan activity (remove the link)"))
        picked = choose_one(
            self,
            self.tr("Link to a plan activity - Mentorapp"),
            self.tr("Which activity of the development plan is this safari?"),
            items,
            offered.index(linked[0]) if linked and linked[0] in offered else 0,
        )
        if picked is None:
            return
        chosen = offered[picked] if picked < len(offered) else None

        def relink() -> Outcome[Any]:
            outcome: Outcome[Any] = Outcome(plan, Changes.of())
            draft = plan
            for index in linked:
                if index != chosen:
                    outcome = moves.link_activity(vault, draft, index, None)
                    draft = outcome.value
            if chosen is not None:
                outcome = moves.link_activity(vault, draft, chosen, safari_id)
            return outcome

        self._write(relink)

    def _why_no_activity(self, plan: DevelopmentPlan | None) -> str:
        """Why no activity can be linked now, or '' when one can."""
        if plan is None:
            return self.tr(
                "There is no development plan yet. Add an activity of kind Career safari to a plan on the Development plan tab; then link it here."
            )
        if plan.status is not PlanStatus.DRAFT:
            return self.tr(
                "The current plan is {status} and no longer changes. Make a new draft on the Development plan tab to link this safari."
            ).format(status=label(plan.status).lower())
        if not any(a.kind is ActivityKind.CAREER_SAFARI for a in plan.activities):
            return self.tr(
                "The plan has no activity of kind Career safari yet. Add one on the Development plan tab; then link it here."
            )
        return ""

    def _write(self, func: Callable[[], Outcome[Any]]) -> None:
        """A link written off the GUI thread; the page reloads from the change it announces."""
        set_message(self.message, "", error=False, speak=False)
        run_write(func, lambda _value: None, self._failed, parent=self)

    # ---- the coach's steps ----------------------------------------------------------

    def new_safari(self) -> None:
        """Plan a safari: where and when first, the rest in the editor."""
        vault, mentee_id = self.vault, self.mentee_id
        if vault is None or mentee_id is None or not self.editor.save_now():
            return
        safari = ask_record(
            self,
            self.tr("New safari - Mentorapp"),
            CareerSafari(mentee_id, ""),
            [
                Field("host_department", self.tr("Host &department"), required=True),
                Field("host_role", self.tr("Host &role")),
                Field("host_contact", self.tr("Host co&ntact")),
                Field("start_date", self.tr("&First day"), "date"),
                Field("end_date", self.tr("&Last day"), "date"),
            ],
        )
        if safari is None:
            return
        self.new_button.setEnabled(False)

        def added(stored: CareerSafari) -> None:
            self.new_button.setEnabled(True)
            if self.vault is vault and self.mentee_id == mentee_id and stored.id is not None:
                self.reload(select=SafariId(stored.id))
                self.editor.learning.setFocus(Qt.FocusReason.OtherFocusReason)

        def failed(exc: BaseException) -> None:
            self.new_button.setEnabled(True)
            self._failed(exc)

        run_write(lambda: moves.save_safari(vault, safari), added, failed, parent=self)

    def delete_safari(self) -> None:
        vault, safari_id = self.vault, self._shown_id()
        if vault is None or safari_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete safari - Mentorapp"),
            self.tr(
                "Delete this safari with its reflection and your private notes? This cannot be undone."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.editor.load(vault, None)
        self._write(lambda: moves.delete_safari(vault, safari_id))

    # ---- saving and clearing --------------------------------------------------------

    def save_now(self) -> bool:
        """Save the safari being edited; True when nothing is left unsaved."""
        return self.editor.save_now()

    def clear(self) -> None:
        """Forget the mentee (on lock), after saving."""
        self._generation += 1
        self.editor.clear()
        self.list.clear()
        self.loaded = Loaded([], [], {}, None)
        self._wanted = None
        self._set_has_safaris(False)
        set_message(self.message, "", error=False, speak=False)
        self.vault, self.mentee_id = None, None
