"""The selected mentee's workspace: Overview and Sessions tabs, loaded together."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from mentorapp.domain.agenda import mentee_agenda
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import CoachingSession, DevelopmentPlan, ExportRecord, Mentee
from mentorapp.gui.overview_tab import OverviewTab
from mentorapp.gui.plan_tab import PlanTab
from mentorapp.gui.sessions_tab import SessionsTab
from mentorapp.store import backup
from mentorapp.store.repositories import (
    ExportLogRepository,
    MenteeRepository,
    PlanRepository,
    SessionRepository,
)
from mentorapp.store.vault import Vault


@dataclass
class MenteeView:
    """What the workspace shows of one mentee (domain objects only)."""

    mentee: Mentee
    sessions: list[CoachingSession]
    plan: DevelopmentPlan | None
    exports: list[ExportRecord]


def load_mentee_view(vault: Vault, mentee_id: MenteeId) -> MenteeView:
    with vault.session() as s:
        return MenteeView(
            mentee=MenteeRepository(s).get(mentee_id),
            sessions=SessionRepository(s).for_mentee(mentee_id),
            plan=PlanRepository(s).current(mentee_id),
            exports=ExportLogRepository(s).for_mentee(mentee_id),
        )


class MenteeWorkspace(QTabWidget):
    """Tabs for one mentee. Further tabs (plan, safaris, ...) come with their features."""

    edit_requested = Signal()
    data_changed = Signal()
    plan_export_requested = Signal(object)
    summary_export_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.view: MenteeView | None = None
        self.backup_folder: Path | None = None
        self.overview = OverviewTab()
        self.sessions = SessionsTab()
        self.plan = PlanTab()
        self.addTab(self.overview, self.tr("&Overview"))
        self.addTab(self.sessions, self.tr("&Sessions"))
        self.addTab(self.plan, self.tr("Development &plan"))
        self.plan.changed.connect(self._records_changed)
        self.plan.export_requested.connect(self.plan_export_requested)
        self.sessions.export_requested.connect(self.summary_export_requested)
        self.overview.edit_requested.connect(self.edit_requested)
        self.sessions.changed.connect(self._records_changed)

    @property
    def mentee_id(self) -> MenteeId | None:
        return self.view.mentee.id if self.view else None

    def show_mentee(self, vault: Vault, mentee_id: MenteeId, backup_folder: Path | None) -> None:
        self.save_pending()
        self.vault = vault
        self.backup_folder = backup_folder
        self.view = load_mentee_view(vault, mentee_id)
        self._show_overview()
        self.sessions.load(vault, mentee_id, self.view.sessions)
        self.plan.load(vault, self.view.mentee)

    def _show_overview(self) -> None:
        assert self.view is not None and self.vault is not None
        agenda = mentee_agenda(self.view.mentee, self.view.sessions, self.view.plan, date.today())
        folder = self.backup_folder or backup.backup_dir(self.vault)
        found = backup.list_backups(folder)
        last: datetime | None = found[0].made_at if found else None
        self.overview.show_mentee(self.view.mentee, agenda, self.view.exports, last)

    def refresh_overview(self) -> None:
        if self.vault is None or self.view is None or self.view.mentee.id is None:
            return
        self.view = load_mentee_view(self.vault, self.view.mentee.id)
        self._show_overview()

    def _records_changed(self) -> None:
        self.refresh_overview()
        self.data_changed.emit()

    def save_pending(self) -> bool:
        sessions_saved = self.sessions.editor.save_now()
        return self.plan.save_now() and sessions_saved

    def clear(self) -> None:
        self.sessions.clear()
        self.plan.clear()
        self.view = None
        self.vault = None
