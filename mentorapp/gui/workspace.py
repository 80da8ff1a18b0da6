"""The selected mentee's workspace: Overview, Sessions, Development plan, Questionnaires,
Career moves and Attachments tabs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

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


class LazyPage(QWidget):
    """A tab's place: its real page is built the first time it is needed.

    Building the six tabs' widgets costs about half a second at bench scale; the mentee
    list must not wait for it (issue: the tabs load after the list).
    """

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self.page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        """The real page, built now if it was not yet."""
        if self.page is None:
            self.page = self._build()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.page)
            self.setFocusProxy(self.page)
        return self.page


_OVERVIEW, _SESSIONS, _PLAN, _QUESTIONNAIRES, _MOVES, _ATTACHMENTS = range(6)


class MenteeWorkspace(QTabWidget):
    """Tabs for one mentee; the overview follows every write that concerns them.

    Each tab's page is built when it is first shown or asked for (``workspace.plan``),
    and a mentee's data is read only into the tab on show: the others read it when they
    are selected (``_stale``). ``currentWidget``, ``widget``, ``indexOf`` and
    ``setCurrentWidget`` speak of the real pages, not of their ``LazyPage`` places.
    """

    edit_requested = Signal()
    plan_export_requested = Signal(object)
    summary_export_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.view: MenteeView | None = None
        self._generation = 0
        self._stale: set[int] = set()  # tabs to read the shown mentee into before shown
        self.unsaved_box: QMessageBox | None = None
        builders: list[Callable[[], QWidget]] = [
            self._build_overview,
            self._build_sessions,
            self._build_plan,
            QuestionnairesTab,
            self._build_moves,
            AttachmentsPage,
        ]
        self._places = [LazyPage(build) for build in builders]
        self.setAccessibleName(self.tr("Mentee workspace"))
        self.addTab(self._places[_OVERVIEW], self.tr("&Overview"))
        self.addTab(self._places[_SESSIONS], self.tr("&Sessions"))
        self.addTab(self._places[_PLAN], self.tr("Development &plan"))
        self.addTab(self._places[_QUESTIONNAIRES], self.tr("&Questionnaires"))
        self.addTab(self._places[_MOVES], self.tr("&Career moves"))
        self.addTab(self._places[_ATTACHMENTS], self.tr("Attachments"))
        self.currentChanged.connect(self._tab_shown)
        vault_events().changed.connect(self._changed)

    # ---- the pages, built when first needed ---------------------------------------------

    def _build_overview(self) -> QWidget:
        page = OverviewTab()
        page.edit_requested.connect(self.edit_requested)
        return page

    def _build_sessions(self) -> QWidget:
        page = SessionsTab()
        page.export_requested.connect(self.summary_export_requested)
        return page

    def _build_plan(self) -> QWidget:
        page = PlanTab()
        page.export_requested.connect(self.plan_export_requested)
        return page

    def _build_moves(self) -> QWidget:
        page = CareerMovesTab()
        page.open_session.connect(self._open_session)
        page.open_questionnaire.connect(self._open_questionnaire)
        return page

    def _page(self, index: int) -> QWidget:
        """Tab ``index``'s page, built, with the shown mentee read into it."""
        page = self._places[index].ensure()
        if index in self._stale:
            self._load(index)
        return page

    def _built(self, index: int) -> QWidget | None:
        """Tab ``index``'s page if it was built (saving and clearing need no others)."""
        return self._places[index].page

    @property
    def overview(self) -> OverviewTab:
        return cast(OverviewTab, self._page(_OVERVIEW))

    @property
    def sessions(self) -> SessionsTab:
        return cast(SessionsTab, self._page(_SESSIONS))

    @property
    def plan(self) -> PlanTab:
        return cast(PlanTab, self._page(_PLAN))

    @property
    def questionnaires(self) -> QuestionnairesTab:
        return cast(QuestionnairesTab, self._page(_QUESTIONNAIRES))

    @property
    def moves(self) -> CareerMovesTab:
        return cast(CareerMovesTab, self._page(_MOVES))

    @property
    def attachments(self) -> AttachmentsPage:
        return cast(AttachmentsPage, self._page(_ATTACHMENTS))

    def widget(self, index: int) -> QWidget:
        """The real page of tab ``index`` (built now)."""
        return self._page(index)

    def currentWidget(self) -> QWidget:
        """The shown tab's real page."""
        return self._page(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:
        return next((i for i, place in enumerate(self._places) if page in (place, place.page)), -1)

    def setCurrentWidget(self, page: QWidget) -> None:
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)

    # ---- the mentee -------------------------------------------------------------------

    @property
    def mentee_id(self) -> MenteeId | None:
        return self.view.mentee.id if self.view else None

    def show_mentee(self, vault: Vault, mentee_id: MenteeId) -> None:
        """Show one mentee: read on the GUI thread, into the shown tab only (the others
        read it when they are selected)."""
        self.save_pending()
        self.vault = vault
        self._generation += 1
        self.view = mentees.mentee_view(vault, mentee_id)
        self._stale = set(range(len(self._places)))
        self._page(max(0, self.currentIndex()))

    def _load(self, index: int) -> None:
        """Read the shown mentee into tab ``index`` (built)."""
        vault, view = self.vault, self.view
        page = self._built(index)
        if vault is None or view is None or page is None or not vault.is_open:
            return
        self._stale.discard(index)
        mentee_id = view.mentee.id
        assert mentee_id is not None
        if isinstance(page, OverviewTab):
            agenda = mentee_agenda(view.mentee, view.sessions, view.plan, date.today())
            page.show_mentee(view.mentee, agenda, view.exports, vault=vault)
        elif isinstance(page, SessionsTab):
            page.load(vault, mentee_id, view.sessions)
        elif isinstance(page, (PlanTab, QuestionnairesTab)):
            page.load(vault, view.mentee)
        elif isinstance(page, (CareerMovesTab, AttachmentsPage)):
            page.show_mentee(vault, mentee_id)

    def _show_overview(self) -> None:
        assert self.view is not None
        answers = self._built(_QUESTIONNAIRES)
        if isinstance(answers, QuestionnairesTab):
            answers.follow(self.view.mentee)
        if self.currentIndex() == _OVERVIEW:
            self._load(_OVERVIEW)
        else:
            self._stale.add(_OVERVIEW)

    def _changed(self, changes: Changes) -> None:
        if changes.mentee_id == self.mentee_id and changes.touches(*_OVERVIEW_AREAS):
            self.refresh_overview()
        if (
            changes.mentee_id == self.mentee_id
            and changes.touches(Area.PLANS)
            and self.currentIndex() != _PLAN
        ):
            # Another page wrote the plan (an experiment became an action, a safari was
            # linked): the plan tab reads it again before it is shown or saves its copy.
            self._stale.add(_PLAN)

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(self._places):
            self._page(index)

    def reload_plan(self) -> None:
        """Read the plan again (the plan tab saves what it holds first)."""
        self._places[_PLAN].ensure()
        self._load(_PLAN)

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
        """Put the keyboard focus on the first field of the shown tab (after Ctrl+1..6).

        By index: asking ``self.sessions`` and the like would build the other tabs."""
        index = self.currentIndex()
        if index == _SESSIONS:
            self.sessions.focus_notes(private=True)
        elif index == _QUESTIONNAIRES:
            self.questionnaires.focus_first()
        elif index == _MOVES:
            self.moves.focus_first()
        elif index == _ATTACHMENTS:
            self.attachments.focus_first()
        else:
            page = self.currentWidget()
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
        """Save what the built tabs hold; True when all is (tabs never built hold none)."""
        saved = True
        sessions = self._built(_SESSIONS)
        if isinstance(sessions, SessionsTab):
            saved = sessions.editor.save_now() and saved
        for index in (_QUESTIONNAIRES, _MOVES, _PLAN):
            page = self._built(index)
            if isinstance(page, (QuestionnairesTab, CareerMovesTab, PlanTab)):
                saved = page.save_now() and saved
        return saved

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
        self._stale.clear()
        for place in self._places:
            page = place.page
            if isinstance(
                page, (SessionsTab, PlanTab, QuestionnairesTab, CareerMovesTab, AttachmentsPage)
            ):
                page.clear()
        self.view = None
        self.vault = None
