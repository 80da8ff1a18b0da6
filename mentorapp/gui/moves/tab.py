"""The Career moves tab: a mentee's safaris, job crafting canvas, skills, and moves with
the trajectory's outcome, as four pages of one tab."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from mentorapp.domain.ids import MenteeId
from mentorapp.gui.moves.crafting import CraftingPage
from mentorapp.gui.moves.moves_log import MovesPage
from mentorapp.gui.moves.safaris import SafariPage
from mentorapp.gui.moves.skills import SkillsPage
from mentorapp.store.vault import Vault


class CareerMovesTab(QWidget):
    """Hosts the four pages; each reads and writes its own records off the GUI thread."""

    open_session = Signal(int)  # a safari's debrief session, to show on the Sessions tab
    open_questionnaire = Signal(object)  # a TemplateKind: new answers of it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.safaris = SafariPage()
        self.crafting = CraftingPage()
        self.skills = SkillsPage()
        self.moves = MovesPage()
        self.pages = QTabWidget()
        self.pages.setAccessibleName(self.tr("Career moves"))
        # No mnemonics here: every free letter is taken by the menus, the workspace tabs
        # and the pages' own fields; Ctrl+Tab and the arrow keys move between these.
        self.pages.addTab(self.safaris, self.tr("Career safaris"))
        self.pages.addTab(self.crafting, self.tr("Job crafting"))
        self.pages.addTab(self.skills, self.tr("Skills"))
        self.pages.addTab(self.moves, self.tr("Moves and outcome"))
        self.safaris.open_session.connect(self.open_session)
        self.crafting.open_questionnaire.connect(self.open_questionnaire)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def all_pages(self) -> tuple[SafariPage, CraftingPage, SkillsPage, MovesPage]:
        return self.safaris, self.crafting, self.skills, self.moves

    def show_mentee(self, vault: Vault, mentee_id: MenteeId) -> None:
        for page in self.all_pages():
            page.show_mentee(vault, mentee_id)

    def save_now(self) -> bool:
        """Flush every page's pending edits; True when nothing is left unsaved."""
        saved = [page.save_now() for page in self.all_pages()]  # every page, not the first
        return all(saved)

    def clear(self) -> None:
        for page in self.all_pages():
            page.clear()

    def focus_first(self) -> None:
        page = self.pages.currentWidget()
        if page is not None:
            page.setFocus()
            page.focusNextChild()
