"""The main window's actions and menus: every main action has a menu entry and a name.

Keyboard and screen-reader users reach everything from the menu bar (Alt+letter), so an
action that exists only as a button deep in a tab (the plan PDF) gets an entry here too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QWidget

from mentorapp.domain.enums import Language
from mentorapp.domain.ids import StoryId
from mentorapp.gui import help as app_help
from mentorapp.gui import i18n, practice_dialogs
from mentorapp.gui.guides import GuidesDialog
from mentorapp.gui.imports import ClientImportWizard, NotesImportWizard
from mentorapp.gui.imports.wizard import ImportWizard
from mentorapp.gui.mentee_exports import coach_info
from mentorapp.gui.moves.stories import StoriesDialog

if TYPE_CHECKING:
    from mentorapp.gui.main_window import MainWindow
    from mentorapp.gui.report.dialog import ReportDialog


class MainActions(QObject):
    """Builds the actions on ``window`` and its menu bar; enables them by state."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        w = window
        self.new_vault = self._action(self.tr("&New vault…"), w.new_vault_requested.emit)
        self.open_vault = self._action(self.tr("&Open vault…"), w.other_vault_requested.emit)
        self.backup = self._action(self.tr("&Back up now"), w.backup_now)
        self.restore = self._action(self.tr("&Restore backup…"), w.restore_backup)
        self.recovery = self._action(self.tr("Show recovery &key…"), w.show_recovery_key)
        self.settings = self._action(self.tr("&Settings…"), w.open_settings, "Ctrl+,")
        self.form = self._action(
            self.tr("Blank &preparation form (PDF)…"), w.exports.export_preparation_form
        )
        self.guides = self._action(self.tr("Conversation &guides…"), self.open_guides)
        self.lock = self._action(self.tr("&Lock"), w.lock, "Ctrl+L")
        self.quit = self._action(self.tr("&Quit"), w.close, QKeySequence.StandardKey.Quit)
        self.new_mentee = self._action(self.tr("&New mentee…"), w.new_mentee, "Ctrl+N")
        self.edit_mentee = self._action(self.tr("&Edit profile…"), w.edit_mentee, "F2")
        self.new_session = self._action(self.tr("New &session"), w.new_session, "Ctrl+Shift+N")
        self.new_answers = self._action(
            self.tr("New &questionnaire answers…"), lambda: w.workspace.new_answers()
        )
        self.summary_pdf = self._action(
            self.tr("Session s&ummary (PDF)…"), self.export_summary, "Ctrl+Shift+S"
        )
        self.plan_pdf = self._action(
            self.tr("Development &plan (PDF)…"), self.export_plan, "Ctrl+Shift+P"
        )
        self.export = self._action(self.tr("E&xport data (JSON)…"), w.exports.export_data)
        self.erase = self._action(self.tr("E&rase mentee…"), w.erase_mentee)
        self.dashboard = self._action(self.tr("&Dashboard"), w.go_dashboard, "Ctrl+D")
        self.search = self._action(self.tr("&Search…"), w.open_search, "Ctrl+K")
        self.filter = self._action(
            self.tr("&Filter mentees"), w.focus_filter, QKeySequence.StandardKey.Find
        )
        self.overview = self._action(self.tr("&Overview tab"), lambda: w.go_tab(0), "Ctrl+1")
        self.sessions = self._action(self.tr("S&essions tab"), lambda: w.go_tab(1), "Ctrl+2")
        self.plan = self._action(self.tr("Development &plan tab"), lambda: w.go_tab(2), "Ctrl+3")
        self.questionnaires = self._action(
            self.tr("&Questionnaires tab"), lambda: w.go_tab(3), "Ctrl+4"
        )
        self.moves = self._action(self.tr("&Career moves tab"), lambda: w.go_tab(4), "Ctrl+5")
        self.attachments = self._action(self.tr("A&ttachments tab"), lambda: w.go_tab(5), "Ctrl+6")
        self.import_clients = self._action(
            self.tr("&Clients from CSV…"), lambda: self.open_import(ClientImportWizard)
        )
        self.import_notes = self._action(
            self.tr("&Notes from a folder…"), lambda: self.open_import(NotesImportWizard)
        )
        self.stories_dialog: StoriesDialog | None = None
        self.stories = self._action(self.tr("Career s&tories…"), self.open_stories)
        self.hours_report = self._action(self.tr("&Hours report…"), self.open_hours_report)
        self.coaching_log = self._action(
            self.tr("&Coaching log (CSV)…"),
            lambda: self.open_practice(practice_dialogs.coaching_log_dialog),
        )
        self.calendar = self._action(
            self.tr("&Export calendar…"),
            lambda: self.open_practice(practice_dialogs.calendar_dialog),
        )
        self.report = self._action(self.tr("C&areer-centre report…"), self.open_report)
        self.conflicts = self._action(self.tr("S&ync conflict copies…"), self.open_conflicts)
        self.user_guide = self._action(
            self.tr("&User guide"),
            lambda: app_help.show_user_guide(self.window),
            QKeySequence.StandardKey.HelpContents,
        )
        self.copy_diagnostics = self._action(
            self.tr("&Copy diagnostics"), lambda: app_help.copy_diagnostics(self.window)
        )
        self.about = self._action(
            self.tr("&About Mentorapp"), lambda: app_help.show_about(self.window)
        )
        self._build_menus()
        self.vault_actions = [
            self.backup,
            self.recovery,
            self.settings,
            self.guides,
            self.stories,
            self.import_clients,
            self.import_notes,
            self.lock,
            self.new_mentee,
            self.dashboard,
            self.search,
            self.filter,
            self.hours_report,
            self.coaching_log,
            self.calendar,
            self.report,
            self.conflicts,
        ]
        self.mentee_actions = [
            self.edit_mentee,
            self.new_session,
            self.new_answers,
            self.summary_pdf,
            self.plan_pdf,
            self.export,
            self.erase,
            self.overview,
            self.sessions,
            self.plan,
            self.questionnaires,
            self.moves,
            self.attachments,
        ]

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_vault, self.open_vault])
        file_menu.addSeparator()
        import_menu = file_menu.addMenu(self.tr("&Import"))
        import_menu.addActions([self.import_clients, self.import_notes])
        self.import_menu = import_menu
        file_menu.addSeparator()
        file_menu.addActions(
            [
                self.backup,
                self.restore,
                self.recovery,
                self.form,
                self.guides,
                self.stories,
                self.hours_report,
                self.coaching_log,
                self.calendar,
                self.report,
                self.conflicts,
                self.settings,
            ]
        )
        file_menu.addSeparator()
        file_menu.addActions([self.lock, self.quit])
        mentee_menu = bar.addMenu(self.tr("&Mentee"))
        mentee_menu.addActions(
            [self.new_mentee, self.edit_mentee, self.new_session, self.new_answers]
        )
        mentee_menu.addSeparator()
        mentee_menu.addActions([self.summary_pdf, self.plan_pdf, self.export])
        mentee_menu.addSeparator()
        mentee_menu.addAction(self.erase)
        go_menu = bar.addMenu(self.tr("&Go"))
        go_menu.addActions(
            [
                self.dashboard,
                self.search,
                self.filter,
                self.overview,
                self.sessions,
                self.plan,
                self.questionnaires,
                self.moves,
                self.attachments,
            ]
        )
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.user_guide, self.copy_diagnostics])
        help_menu.addSeparator()
        help_menu.addAction(self.about)

    def open_stories(self, select: StoryId | None = None) -> None:
        """File > Career stories (and a story's search hit): one dialog, a child of the
        window, so a lock closes it (it saves as the coach types, and on closing)."""
        window = self.window
        if window.vault is None:
            return
        if self.stories_dialog is None or not self.stories_dialog.isVisible():
            dialog = StoriesDialog(window.vault, coach_info(window.settings), window)
            dialog.finished.connect(lambda _result: self._stories_closed(dialog))
            self.stories_dialog = dialog
            dialog.open()
        if select is not None:
            self.stories_dialog.select_story(select)

    def _stories_closed(self, dialog: StoriesDialog) -> None:
        if self.stories_dialog is dialog:
            self.stories_dialog = None

    def save_stories(self) -> bool:
        """Before a lock: the open story's edits, saved (False keeps the vault open)."""
        return self.stories_dialog is None or self.stories_dialog.save_now()

    def open_import(self, kind: type[ImportWizard]) -> None:
        """File > Import: a wizard, a child of the window, so a lock closes it (and a
        running import, cancelled, rolls back)."""
        if self.window.vault is not None:
            kind(self.window.vault, self.window).open()

    def open_hours_report(self) -> None:
        """File > Hours report: in the app's language, headed with the coach's details."""
        window = self.window
        if window.vault is not None:
            coach = coach_info(window.settings)
            self._show(
                practice_dialogs.hours_report_dialog(window.vault, coach, self._language(), window)
            )

    def _language(self) -> Language:
        """The app's language, for what a dialog writes (a PDF's headings)."""
        shown = self.window.settings.language or i18n.system_language()
        return Language.NL if shown == "nl" else Language.EN

    def open_report(self) -> None:
        """File > Career-centre report: a child of the window, so a lock closes it."""
        from mentorapp.gui.report.dialog import ReportDialog

        if self.window.vault is not None:
            self._show(ReportDialog(self.window.vault, self._language(), self.window))

    def open_conflicts(self) -> None:
        """File > Sync conflict copies: the copies a sync tool left beside the vault."""
        if self.window.vault is None:
            return
        # Imported here: the conflict-copies dialog lives in its own package (gui/sync).
        from mentorapp.gui.sync.conflicts import show_conflict_copies

        show_conflict_copies(self.window)

    def open_practice(self, make: practice_dialogs.DialogMaker) -> None:
        """File > Coaching log or Export calendar: a child of the window (a lock closes it)."""
        if self.window.vault is not None:
            self._show(make(self.window.vault, self.window))

    def _show(self, dialog: practice_dialogs.PracticeExportDialog | ReportDialog) -> None:
        """A dialog that saves a file: it says where in the status bar, and goes on close."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.window.notify)
        dialog.open()

    def export_plan(self) -> None:
        """Mentee > Development plan (PDF): the plan tab's export, from the menu."""
        self._export_from(
            self.window.workspace.plan,
            self.window.workspace.plan.export_button,
            self.tr("This mentee has no development plan to export yet."),
        )

    def export_summary(self) -> None:
        """Mentee > Session summary (PDF): the shown session's summary."""
        self._export_from(
            self.window.workspace.sessions,
            self.window.workspace.sessions.export_button,
            self.tr("This mentee has no session to summarise yet."),
        )

    def _export_from(self, tab: QWidget, button: QPushButton, nothing: str) -> None:
        if self.window.workspace.mentee_id is None:
            return
        self.window.workspace.setCurrentWidget(tab)
        if button.isEnabled():
            button.click()
        else:
            self.window.notify(nothing)

    def open_guides(self) -> None:
        """File > Conversation guides: a child of the window, so a lock closes it."""
        if self.window.vault is not None:
            GuidesDialog(self.window.vault, self.window).open()

    def update(self, unlocked: bool, has_mentee: bool) -> None:
        for action in self.vault_actions:
            action.setEnabled(unlocked)
        for action in self.mentee_actions:
            action.setEnabled(unlocked and has_mentee)
        self.restore.setEnabled(True)
