"""The Questionnaires tab: a mentee's answers by date (newest first), the response shown,
and the career check over time.

Reads and writes run off the GUI thread (``run_op`` / ``run_write``); the tab follows
every write that concerns the mentee's questionnaires or the templates through
``vault_events().changed``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import QuestionKind
from mentorapp.domain.ids import MenteeId, ResponseId, TemplateId
from mentorapp.domain.model import Mentee, QuestionnaireResponse, QuestionnaireTemplate
from mentorapp.domain.questionnaires import CheckPoint
from mentorapp.gui.i18n import error_message
from mentorapp.gui.labels import short_date
from mentorapp.gui.ops import format_for_log, run_op, run_write, vault_events
from mentorapp.gui.questionnaires.chart import CareerCheckView
from mentorapp.gui.questionnaires.choose import ChooseTemplateDialog
from mentorapp.gui.questionnaires.editor import ResponseEditor, template_title
from mentorapp.gui.questionnaires.templates import TemplateManager
from mentorapp.gui.style import set_message
from mentorapp.services import questionnaires
from mentorapp.services.changes import Area, Changes
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Loaded:
    """What the tab shows of one mentee, read in one go off the GUI thread."""

    templates: dict[TemplateId, QuestionnaireTemplate]  # every version
    responses: list[QuestionnaireResponse]  # newest first
    checks: list[CheckPoint]  # oldest first


def read(vault: Vault, mentee_id: MenteeId) -> Loaded:
    every = questionnaires.templates(vault, include_old=True)
    return Loaded(
        {t.id: t for t in every if t.id is not None},
        questionnaires.responses(vault, mentee_id),
        questionnaires.career_checks(vault, mentee_id),
    )


def check_titles(
    templates: dict[TemplateId, QuestionnaireTemplate], checks: list[CheckPoint]
) -> tuple[dict[str, str], int, int]:
    """The dimensions' names (the newest version's wins) and the scale's ends."""
    titles: dict[str, str] = {}
    low, high = 1, 5
    for point in checks:
        template = templates.get(point.template_id)
        if template is None:
            continue
        titles = {**titles, **questionnaires.dimension_titles(template)}
        scales = [q for q in template.questions if q.kind is QuestionKind.SCALE]
        if scales:
            low, high = min(q.low for q in scales), max(q.high for q in scales)
    return titles, low, high


class QuestionnairesTab(QWidget):
    """Answers (list + response) and Career check, as two pages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Vault | None = None
        self.mentee: Mentee | None = None
        self.loaded = Loaded({}, [], [])
        self.manager: TemplateManager | None = None
        self._generation = 0
        self._chosen_id: ResponseId | None = None  # the response shown or being opened
        self._pending: tuple[ResponseId, bool] | None = None  # to open (and edit?) once read
        self._reads = 0  # reads of the list under way
        self._focus_when_read = False  # Ctrl+4 came before the answers: focus them once read
        self._build()
        vault_events().changed.connect(self._changed)

    def _build(self) -> None:
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.setAccessibleName(self.tr("Answers and career check"))
        answers = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("Ne&w answers…"))
        self.new_button.setToolTip(
            self.tr("Enter the answers of a questionnaire the mentee filled in")
        )
        self.new_button.clicked.connect(self.new_answers)
        left_box.addWidget(self.new_button)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Answers by date"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._chosen)
        left_box.addWidget(self.list, 1)
        self.templates_button = QPushButton(self.tr("&Templates…"))
        self.templates_button.setToolTip(
            self.tr("See the questionnaires, copy one and make it your own")
        )
        self.templates_button.clicked.connect(self.open_templates)
        left_box.addWidget(self.templates_button)
        left_box.addSpacing(self.fontMetrics().height())
        self.delete_button = QPushButton(self.tr("De&lete answers…"))
        self.delete_button.clicked.connect(self.delete_answers)
        left_box.addWidget(self.delete_button)
        self.editor = ResponseEditor()
        self.editor.saved.connect(self._saved)
        self.empty = QLabel(
            self.tr(
                "No answers yet.\n\nWhen the mentee has filled in a questionnaire (the preparation of a career conversation, the career check, job crafting), enter the answers with New answers. They are listed here by date."
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.editor)
        answers.addWidget(left)
        answers.addWidget(self.right)
        answers.setChildrenCollapsible(False)
        answers.setStretchFactor(1, 3)
        answers.setSizes([200, 800])
        self.check = CareerCheckView()
        self.pages.addTab(answers, self.tr("&Answers"))
        self.pages.addTab(self.check, self.tr("&Career check"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        self._set_has_answers(False)

    def _set_has_answers(self, has: bool) -> None:
        self.right.setCurrentWidget(self.editor if has else self.empty)
        self.delete_button.setEnabled(has)

    # ---- loading --------------------------------------------------------------------

    def load(self, vault: Vault, mentee: Mentee) -> None:
        """Show ``mentee``'s answers (read off the GUI thread)."""
        self.save_now()
        same = self.vault is vault and self.mentee is not None and self.mentee.id == mentee.id
        self.vault, self.mentee = vault, mentee
        if not same:
            self._generation += 1
            self._chosen_id, self._pending = None, None
            self.loaded = Loaded({}, [], [])
            self.list.clear()
            self.editor.load(vault, None, None)
            self.check.clear()
            self._set_has_answers(False)
        self.reload()

    def follow(self, mentee: Mentee) -> None:
        """The shown mentee as edited (their export language orders the templates)."""
        if self.mentee is not None and mentee.id == self.mentee.id:
            self.mentee = mentee

    def reload(self, select: ResponseId | None = None, *, edit: bool = False) -> None:
        """Read the list and the checks again; ``select`` (else the chosen one) is shown."""
        vault, mentee = self.vault, self.mentee
        if vault is None or mentee is None or mentee.id is None or not vault.is_open:
            return
        if select is not None:
            self._pending = (select, edit)
        generation, mentee_id = self._generation, mentee.id

        def show(loaded: object) -> None:
            self._reads -= 1
            if generation == self._generation and self.vault is vault:
                assert isinstance(loaded, Loaded)
                self._show(loaded)

        def failed(exc: BaseException) -> None:
            self._reads -= 1
            self._failed(exc)

        self._reads += 1
        run_op(lambda: read(vault, mentee_id), show, failed, parent=self)

    def _show(self, loaded: Loaded) -> None:
        """The list and the chart as read; opens the response asked for, if any.

        Reads overlap (a write announces its change while the writer reloads too): the
        response asked for waits in ``_pending`` until a read shows it, and the chosen one
        stays chosen, so a later read never undoes an earlier choice.
        """
        if loaded == self.loaded and self._pending is None:
            self._read_done(loaded)  # read again as shown (a tab shown again): keep it
            return
        self.loaded = loaded
        wanted, edit = self._pending or (self._chosen_id, False)
        self.list.blockSignals(True)
        self.list.clear()
        for response in loaded.responses:
            self.list.addItem(self._item(response))
        self.list.blockSignals(False)
        self._set_has_answers(bool(loaded.responses))
        self._read_done(loaded)
        titles, low, high = check_titles(loaded.templates, loaded.checks)
        self.check.show_checks(loaded.checks, titles, low, high)
        row = next((i for i, r in enumerate(loaded.responses) if r.id == wanted), None)
        if row is None:  # gone (deleted): the newest instead, to read
            self._pending, edit = None, False
            row = 0 if loaded.responses else None
        if row is None:
            self._chosen_id = None
            self.editor.load(self.vault, None, None)
            return
        self.list.blockSignals(True)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        target = loaded.responses[row]
        if self._pending is None and target.id == self._chosen_id:
            return  # shown (or on its way) already, perhaps with edits: leave it be
        self._pending = None
        self._open(target, edit=edit)

    def _read_done(self, loaded: Loaded) -> None:
        """After Ctrl+4 came before the answers: New answers when there are none."""
        if self._focus_when_read and not self._reads:
            self._focus_when_read = False
            if not loaded.responses and self.list.hasFocus():
                self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _item(self, response: QuestionnaireResponse) -> QListWidgetItem:
        template = self.loaded.templates.get(response.template_id)
        name = template_title(template) if template else "?"
        item = QListWidgetItem(f"{short_date(response.answered_on)}\n{name}")
        item.setData(Qt.ItemDataRole.UserRole, response)
        return item

    def _chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self.vault is None:
            return
        if not self.editor.save_now():  # the shown answers are not saved: stay with them
            self.list.blockSignals(True)
            if previous is not None:
                self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        response = current.data(Qt.ItemDataRole.UserRole) if current else None
        if response is not None:
            self._open(response, edit=False)

    def _open(self, response: QuestionnaireResponse, *, edit: bool) -> None:
        """Show ``response`` fresh from the store, with its own template version."""
        vault = self.vault
        if vault is None or response.id is None:
            return
        response_id, generation = response.id, self._generation
        self._chosen_id = response_id

        def fetch() -> tuple[QuestionnaireTemplate, QuestionnaireResponse]:
            fresh = questionnaires.response(vault, response_id)
            return questionnaires.template(vault, fresh.template_id), fresh

        def show(found: object) -> None:
            if generation != self._generation or self.vault is not vault:
                return
            chosen = self.list.currentItem()
            if chosen is None or chosen.data(Qt.ItemDataRole.UserRole).id != response_id:
                return  # the coach chose another one meanwhile
            assert isinstance(found, tuple)
            template, fresh = found
            self.editor.load(vault, template, fresh, editing=edit)

        run_op(fetch, show, self._failed, parent=self)

    def select_response(self, response_id: ResponseId) -> None:
        """Show one response (a search hit): on the Answers page."""
        self.pages.setCurrentIndex(0)
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole).id == response_id:
                self.list.setCurrentRow(row)
                return
        self.reload(select=response_id)

    def _changed(self, changes: Changes) -> None:
        mentee_id = self.mentee.id if self.mentee else None
        if mentee_id is None:
            return
        if changes.touches(Area.TEMPLATES) or (
            changes.mentee_id == mentee_id and changes.touches(Area.QUESTIONNAIRES)
        ):
            self.reload()

    def _saved(self, response: QuestionnaireResponse) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole).id == response.id:
            item.setText(self._item(response).text())
            item.setData(Qt.ItemDataRole.UserRole, response)

    def _failed(self, exc: BaseException) -> None:
        log.warning("questionnaires: %s", format_for_log(exc))
        set_message(self.message, error_message(exc), error=True)

    # ---- the coach's steps ----------------------------------------------------------

    def new_answers(self, kind: object = None) -> None:
        """Choose a questionnaire, add empty answers for today and edit them. With a
        ``TemplateKind`` (the job crafting page's button), its built-in in the mentee's
        language is taken without asking."""
        vault, mentee = self.vault, self.mentee
        if vault is None or mentee is None or mentee.id is None or not self.editor.save_now():
            return
        self.pages.setCurrentIndex(0)
        templates = [t for t in self.loaded.templates.values() if t.current]
        given = [
            t
            for t in templates
            if t.kind == kind and t.built_in and t.language == mentee.export_language
        ]
        if given:
            template: QuestionnaireTemplate | None = given[0]
        else:
            dialog = ChooseTemplateDialog(templates, mentee.export_language, self)
            if dialog.exec() != ChooseTemplateDialog.DialogCode.Accepted:
                return
            template = dialog.chosen()
        if template is None or template.id is None:
            return
        response = QuestionnaireResponse(template.id, mentee.id, date.today())
        self.new_button.setEnabled(False)

        def added(stored: QuestionnaireResponse) -> None:
            self.new_button.setEnabled(True)
            if self.vault is vault and self.mentee is mentee and stored.id is not None:
                self.reload(select=stored.id, edit=True)

        def failed(exc: BaseException) -> None:
            self.new_button.setEnabled(True)
            self._failed(exc)

        run_write(lambda: questionnaires.save_response(vault, response), added, failed, parent=self)

    def delete_answers(self) -> None:
        item = self.list.currentItem()
        vault = self.vault
        if item is None or vault is None:
            return
        response = item.data(Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(
            self,
            self.tr("Delete answers - Mentorapp"),
            self.tr("Delete these answers and your interpretation of them? This cannot be undone."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.editor.load(vault, None, None)
        run_write(
            lambda: questionnaires.delete_response(vault, response.id),
            lambda _none: None,  # the list follows from the change it announces
            self._failed,
            parent=self,
        )

    def open_templates(self) -> None:
        """The template manager (one at a time; it saves before a lock)."""
        vault = self.vault
        if vault is None:
            return
        if self.manager is not None and self.manager.isVisible():
            self.manager.raise_()
            self.manager.activateWindow()
            return
        self.manager = TemplateManager(vault, self.window())
        self.manager.finished.connect(lambda _code: setattr(self, "manager", None))
        self.manager.open()

    # ---- saving and clearing --------------------------------------------------------

    def save_now(self) -> bool:
        """Save the answers being edited (and a template being edited); True when all is."""
        saved = self.editor.save_now()
        if self.manager is not None:
            saved = self.manager.save_now(before_lock=True) and saved
        return saved

    def focus_first(self) -> None:
        """After Ctrl+4: the list of answers, or New answers when there are none."""
        self.pages.setCurrentIndex(0)
        if self._reads:  # the tab was just shown, its answers are being read: the list
            self._focus_when_read = True  # holds the focus, or New answers if none come
            self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        target = self.list if self.list.count() else self.new_button
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def clear(self) -> None:
        """Forget the mentee (on lock), after saving."""
        self._generation += 1
        self.editor.clear()
        if self.manager is not None:
            self.manager.save_now(before_lock=True)
            self.manager.form.dirty = False  # saved, or the vault is going anyway
            self.manager.reject()
            self.manager = None
        self.list.clear()
        self.check.clear()
        self.loaded = Loaded({}, [], [])
        self._chosen_id, self._pending = None, None
        self._set_has_answers(False)
        self.vault, self.mentee = None, None
