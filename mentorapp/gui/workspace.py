"""The selected mentee's workspace: Overview, Sessions, Development plan, Questionnaires,
Career moves and Attachments tabs."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from mentorapp.domain.agenda import mentee_agenda
from mentorapp.domain.ids import MenteeId, ResponseId, SessionId
from mentorapp.gui.attachments import AttachmentsPage
from mentorapp.gui.moves.tab import CareerMovesTab
from mentorapp.gui.ops import format_for_log, run_op, vault_events
from mentorapp.gui.overview_tab import OverviewTab
from mentorapp.gui.plan import PlanTab
from mentorapp.gui.questionnaires import QuestionnairesTab
from mentorapp.gui.sessions_tab import SessionsTab
from mentorapp.services import mentees
from mentorapp.services.changes import Area, Changes
from mentorapp.services.mentees import MenteeView
from mentorapp.services.search import SearchHit
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)

_OVERVIEW_AREAS = (Area.PROFILE, Area.SESSIONS, Area.PLANS, Area.EXPORTS)


def default_split(width: int) -> tuple[int, int]:
    """The mentee list's and the workspace's share of a window ``width`` pixels wide.

    The notes need the room: the list gets under a third (enough for name, status and
    next session; the organisation is elided with the full text in a tooltip).
    """
    side = max(360, min(560, round(width * 0.31)))
    return side, max(0, width - side)


class MenteeWorkspace(QTabWidget):
    """Tabs for one mentee; the overview follows every write that concerns them."""

    edit_requested = Signal()
    plan_export_requested = Signal(object)
    summary_export_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.view: MenteeView | None = None
        self._generation = 0
        self._plan_stale = False
        self.unsaved_box: QMessageBox | None = None
        self.overview = OverviewTab()
        self.sessions = SessionsTab()
        self.plan = PlanTab()
        self.questionnaires = QuestionnairesTab()
        self.moves = CareerMovesTab()
        self.attachments = AttachmentsPage()
        self.setAccessibleName(self.tr("Mentee workspace"))
        self.addTab(self.overview, self.tr("&Overview"))
        self.addTab(self.sessions, self.tr("&Sessions"))
        self.addTab(self.plan, self.tr("Development &plan"))
        self.addTab(self.questionnaires, self.tr("&Questionnaires"))
        self.addTab(self.moves, self.tr("&Career moves"))
        self.addTab(self.attachments, self.tr("Attachments"))
        self.currentChanged.connect(self._tab_shown)
        self.moves.open_session.connect(self._open_session)
        self.moves.open_questionnaire.connect(self._open_questionnaire)
        self.plan.export_requested.connect(self.plan_export_requested)
        self.sessions.export_requested.connect(self.summary_export_requested)
        self.overview.edit_requested.connect(self.edit_requested)
        vault_events().changed.connect(self._changed)

    @property
    def mentee_id(self) -> MenteeId | None:
        return self.view.mentee.id if self.view else None

    def show_mentee(self, vault: Vault, mentee_id: MenteeId) -> None:
        """Show one mentee. Read on the GUI thread: 8 ms for 50 sessions (make bench)."""
        self.save_pending()
        self.vault = vault
        self._generation += 1
        self.view = mentees.mentee_view(vault, mentee_id)
        self._show_overview()
        self.sessions.load(vault, mentee_id, self.view.sessions)
        self.plan.load(vault, self.view.mentee)
        self._plan_stale = False
        self.questionnaires.load(vault, self.view.mentee)
        self.moves.show_mentee(vault, mentee_id)
        self.attachments.show_mentee(vault, mentee_id)

    def _show_overview(self) -> None:
        assert self.view is not None
        view = self.view
        agenda = mentee_agenda(view.mentee, view.sessions, view.plan, date.today())
        self.overview.show_mentee(view.mentee, agenda, view.exports, vault=self.vault)
        self.questionnaires.follow(view.mentee)

    def _changed(self, changes: Changes) -> None:
        if changes.mentee_id == self.mentee_id and changes.touches(*_OVERVIEW_AREAS):
            self.refresh_overview()
        if (
            changes.mentee_id == self.mentee_id
            and changes.touches(Area.PLANS)
            and self.currentWidget() is not self.plan
        ):
            # Another page wrote the plan (an experiment became an action, a safari was
            # linked): the plan tab reads it again before it is shown or saves its copy.
            self._plan_stale = True

    def _tab_shown(self, _index: int) -> None:
        if self._plan_stale and self.currentWidget() is self.plan:
            self.reload_plan()

    def reload_plan(self) -> None:
        """Read the plan again (the plan tab saves what it holds first)."""
        self._plan_stale = False
        if self.vault is not None and self.view is not None and self.vault.is_open:
            self.plan.load(self.vault, self.view.mentee)

    def refresh_overview(self) -> None:
        """Read the mentee again off the GUI thread and show the overview."""
        vault, mentee_id = self.vault, self.mentee_id
        if vault is None or mentee_id is None or not vault.is_open:
            return
        generation = self._generation

        def show(view: object) -> None:
            if generation == self._generation and self.vault is vault:
                assert isinstance(view, MenteeView)
                self.view = view
                self._show_overview()

        run_op(
            lambda: mentees.mentee_view(vault, mentee_id),
            show,
            lambda exc: log.warning("overview refresh failed: %s", format_for_log(exc)),
            parent=self,
        )

    def focus_tab(self) -> None:
        """Put the keyboard focus on the first field of the shown tab (after Ctrl+1..6)."""
        page = self.currentWidget()
        if page is self.sessions:
            self.sessions.focus_notes(private=True)
            return
        if page is self.questionnaires:
            self.questionnaires.focus_first()
            return
        if page is self.moves:
            self.moves.focus_first()
            return
        if page is self.attachments:
            self.attachments.focus_first()
            return
        page.setFocus(Qt.FocusReason.ShortcutFocusReason)
        page.focusNextChild()

    def new_answers(self) -> None:
        """Mentee > New questionnaire answers: on the Questionnaires tab."""
        if self.mentee_id is not None:
            self.setCurrentWidget(self.questionnaires)
            self.questionnaires.new_answers()

    def _open_session(self, session_id: int) -> None:
        """A safari's debrief, from the Career moves tab: the session, beside its notes."""
        self.setCurrentWidget(self.sessions)
        self.sessions.select_session(SessionId(session_id))

    def _open_questionnaire(self, kind: object) -> None:
        """Career moves > Job crafting > the reflection questionnaire: new answers of it."""
        if self.mentee_id is not None:
            self.setCurrentWidget(self.questionnaires)
            self.questionnaires.new_answers(kind)

    def show_hit(self, hit: SearchHit) -> None:
        """Show the record a search hit of this mentee is in, with the focus on it."""
        if hit.kind == "session":
            self.setCurrentWidget(self.sessions)
            self.sessions.select_session(SessionId(hit.record_id))
            self.sessions.focus_notes(private=hit.private)
        elif hit.kind == "questionnaire":
            self.setCurrentWidget(self.questionnaires)
            self.questionnaires.select_response(ResponseId(hit.record_id))
        else:
            self.setCurrentWidget(self.overview)
            self.focus_tab()

    def save_pending(self) -> bool:
        sessions_saved = self.sessions.editor.save_now()
        answers_saved = self.questionnaires.save_now()
        moves_saved = self.moves.save_now()
        return self.plan.save_now() and sessions_saved and answers_saved and moves_saved

    def save_or_warn(self) -> bool:
        """Save pending edits; when that fails, say so (once) and return False.

        A lock, a restore or another mentee would throw the unsaved text away, so the
        caller waits: the editors keep the text, retry, and show why it was not saved.
        """
        if self.save_pending():
            return True
        log.warning("kept the vault open: pending edits could not be saved")
        if self.unsaved_box is None or not self.unsaved_box.isVisible():
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Not saved - Mentorapp"),
                self.tr(
                    "Your last changes could not be saved, so the vault stays open and your text stays where it is. The editor says why; copy the text somewhere safe if the problem lasts."
                ),
                QMessageBox.StandardButton.Ok,
                self.window(),
            )
            box.setWindowModality(Qt.WindowModality.WindowModal)
            self.unsaved_box = box
            box.open()
        return False

    def may_close(self) -> bool:
        """On quit: True when everything is saved, or the coach chose to discard it."""
        if self.save_pending():
            return True
        answer = QMessageBox.warning(
            self.window(),
            self.tr("Not saved - Mentorapp"),
            self.tr("Your last changes could not be saved. Quit anyway and lose them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def clear(self) -> None:
        self._generation += 1
        self.sessions.clear()
        self.plan.clear()
        self.questionnaires.clear()
        self.moves.clear()
        self.attachments.clear()
        self.view = None
        self.vault = None
