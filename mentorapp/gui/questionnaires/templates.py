"""The questionnaire templates: the built-ins to read and copy, the coach's own to edit.

Saving an own template that has answers stores a new version (the service decides);
the dialog says so before and after, since the answers given so far keep the items
they answered.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.ids import TemplateId
from mentorapp.domain.model import QuestionnaireTemplate
from mentorapp.gui.i18n import error_message
from mentorapp.gui.ops import format_for_log, run_op, run_write, write_now
from mentorapp.gui.questionnaires.choose import language_name
from mentorapp.gui.questionnaires.editor import template_title
from mentorapp.gui.questionnaires.reading import response_html
from mentorapp.gui.questionnaires.template_form import TemplateForm
from mentorapp.gui.style import set_message
from mentorapp.services import questionnaires
from mentorapp.store.errors import VaultError
from mentorapp.store.vault import Vault

log = logging.getLogger(__name__)


class TemplateManager(QDialog):
    """Lists the current templates; shows a built-in read-only, edits an own one."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.shown: QuestionnaireTemplate | None = None
        self.setWindowTitle(self.tr("Questionnaires - Mentorapp"))
        self._build()
        self.resize(980, 680)
        self.reload()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("&Questionnaires"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Questionnaires"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        caption.setBuddy(self.list)
        self.list.currentItemChanged.connect(self._chosen)
        left_box.addWidget(caption)
        left_box.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy…"))
        self.copy_button.setToolTip(self.tr("Make your own copy to change"))
        self.copy_button.clicked.connect(self.copy_template)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.delete_template)
        buttons.addWidget(self.copy_button)
        buttons.addStretch()
        buttons.addWidget(self.delete_button)
        left_box.addLayout(buttons)

        self.built_in_page = QWidget()
        built_in = QVBoxLayout(self.built_in_page)
        built_in.setContentsMargins(0, 0, 0, 0)
        self.built_in_note = QLabel(
            self.tr(
                "A built-in questionnaire stays as it is. To change it, make a copy (Copy…) and edit the copy."
            )
        )
        self.built_in_note.setWordWrap(True)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("The questionnaire's items"))
        built_in.addWidget(self.built_in_note)
        built_in.addWidget(self.preview, 1)

        self.own_page = QWidget()
        own = QVBoxLayout(self.own_page)
        own.setContentsMargins(0, 0, 0, 0)
        self.form = TemplateForm()
        self.form.edited.connect(self._form_edited)
        own.addWidget(self.form, 1)
        self.version_note = QLabel()
        self.version_note.setWordWrap(True)
        own.addWidget(self.version_note)
        save_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        save_row.addWidget(self.save_button)
        save_row.addStretch()
        own.addLayout(save_row)

        self.nothing = QLabel()
        self.pages = QStackedWidget()
        for page in (self.nothing, self.built_in_page, self.own_page):
            self.pages.addWidget(page)
        splitter.addWidget(left)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 680])
        layout.addWidget(splitter, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._show(None)

    # ---- the list -------------------------------------------------------------------

    def reload(self, select: TemplateId | None = None, saying: str = "") -> None:
        """Read the templates again, show ``select`` (else the shown one) and ``saying``."""
        vault = self.vault
        keep = select if select is not None else self.shown.id if self.shown else None

        def show(found: object) -> None:
            assert isinstance(found, list)
            self._fill(found, keep)
            if saying:
                set_message(self.message, saying, error=False)

        run_op(lambda: questionnaires.templates(vault), show, self._failed, parent=self)

    def _fill(self, templates: list[QuestionnaireTemplate], keep: TemplateId | None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for template in templates:
            kind = self.tr("built-in") if template.built_in else self.tr("your own")
            item = QListWidgetItem(
                f"{template_title(template)}\n{language_name(template.language)}, {kind}"
            )
            item.setData(Qt.ItemDataRole.UserRole, template)
            self.list.addItem(item)
        self.list.blockSignals(False)
        rows = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        row = next((i for i, t in enumerate(rows) if t.id == keep), 0 if rows else -1)
        if row >= 0:
            self.list.setCurrentRow(row)  # shows it (nothing is unsaved after a reload)

    def _chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if not self._may_leave():
            if previous is not None:
                self.list.blockSignals(True)
                self.list.setCurrentItem(previous)
                self.list.blockSignals(False)
            return
        self._show(current.data(Qt.ItemDataRole.UserRole) if current else None)

    def _show(self, template: QuestionnaireTemplate | None) -> None:
        self.shown = template
        set_message(self.message, "", error=False, speak=False)
        self.copy_button.setEnabled(template is not None)
        self.delete_button.setEnabled(template is not None and not template.built_in)
        if template is None:
            self.form.clear()
            self.pages.setCurrentWidget(self.nothing)
            return
        if template.built_in:
            self.form.clear()
            self.preview.setHtml(response_html(template, None))
            self.pages.setCurrentWidget(self.built_in_page)
            return
        self.form.set_template(template)
        self.version_note.setText(
            self.tr(
                "Answers always keep the items they answered: if this questionnaire already has answers, saving makes version {next}, and those answers stay with version {version}."
            ).format(next=template.version + 1, version=template.version)
        )
        self.save_button.setEnabled(False)
        self.pages.setCurrentWidget(self.own_page)

    def _form_edited(self) -> None:
        self.save_button.setEnabled(True)
        set_message(self.message, "", error=False, speak=False)

    # ---- saving ---------------------------------------------------------------------

    def _edited_template(self) -> QuestionnaireTemplate | None:
        """The form's template when it has unsaved edits that may be saved."""
        if not self.form.dirty:
            return None
        problem = self.form.problem()
        if problem is not None:
            set_message(self.message, problem, error=True)
            self.form.name.setFocus()
            return None
        return self.form.template()

    def save(self) -> None:
        edited, vault = self._edited_template(), self.vault
        if edited is None:
            return
        self.save_button.setEnabled(False)
        run_write(
            lambda: questionnaires.save_template(vault, edited),
            lambda stored: self._saved(edited, stored),
            self._save_failed,
            parent=self,
        )

    def _saved(self, edited: QuestionnaireTemplate, stored: QuestionnaireTemplate) -> None:
        self.form.dirty = False
        if stored.version > edited.version:
            text = self.tr(
                "Saved as version {version}: the answers given so far keep version {old}."
            ).format(version=stored.version, old=edited.version)
        else:
            text = self.tr("Saved.")
        self.reload(select=stored.id, saying=text)

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._failed(exc)

    def save_now(self, *, before_lock: bool = False) -> bool:
        """Store unsaved edits now, on this thread; True when none are left.

        ``before_lock``: a name left empty is not a reason to keep the vault open (nor to
        lose the items edited): the template keeps the name it had.
        """
        edited, vault, original = self.form.template(), self.vault, self.form.original
        if before_lock and self.form.dirty and edited is not None and original is not None:
            edited.name = edited.name or original.name
        else:
            edited = self._edited_template()
        if edited is None or not self.form.dirty:
            return not self.form.dirty
        try:
            write_now(lambda: questionnaires.save_template(vault, edited))
        except (VaultError, OSError) as exc:
            self._failed(exc)
            return False
        self.form.dirty = False
        return True

    def _may_leave(self) -> bool:
        """Before another template is shown or the dialog closes: save, discard or stay."""
        if not self.form.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes - Mentorapp"),
            self.tr("Save the changes to this questionnaire?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            return self.save_now()
        self.form.dirty = False
        return True

    def reject(self) -> None:
        if self._may_leave():
            super().reject()

    # ---- copy and delete ------------------------------------------------------------

    def copy_template(self) -> None:
        template, vault = self.shown, self.vault
        if template is None or template.id is None or not self._may_leave():
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Copy - Mentorapp"),
            self.tr("Name of your copy:"),
            QLineEdit.EchoMode.Normal,
            self.tr("{name} (copy)").format(name=template.name),
        )
        if not ok or not name.strip():
            return
        template_id = template.id
        run_write(
            lambda: questionnaires.copy_template(vault, template_id, name.strip()),
            lambda copied: self.reload(select=copied.id),
            self._failed,
            parent=self,
        )

    def delete_template(self) -> None:
        template, vault = self.shown, self.vault
        if template is None or template.id is None or template.built_in:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete - Mentorapp"),
            self.tr("Delete the questionnaire “{name}”?").format(name=template.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.form.dirty = False
        template_id = template.id
        run_write(
            lambda: questionnaires.delete_template(vault, template_id),
            lambda _none: self.reload(),
            self._failed,
            parent=self,
        )

    def _failed(self, exc: BaseException) -> None:
        log.warning("templates: %s", format_for_log(exc))
        if isinstance(exc, questionnaires.TemplateInUse):
            text = self.tr(
                "This questionnaire has answers, so it stays: answers always keep the items they answered."
            )
        elif isinstance(exc, questionnaires.BuiltInReadOnly):
            text = self.tr("A built-in questionnaire cannot be changed. Make a copy instead.")
        else:
            text = error_message(exc)
        set_message(self.message, text, error=True)
