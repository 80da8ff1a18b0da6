"""The Settings dialog: auto-lock, keychain, language, backups, the career check interval,
the smallest group a report shows and the coach's name."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from mentorapp.domain.report import ReportError
from mentorapp.gui.forms.ui_settings import Ui_SettingsForm
from mentorapp.gui.i18n import error_message, system_language
from mentorapp.gui.ops import run_op, write_now
from mentorapp.gui.settings import AppSettings
from mentorapp.gui.style import set_message
from mentorapp.services import report
from mentorapp.services.vault_files import Keychain, KeychainNoAnswer, ask_keychain, keychain_known
from mentorapp.store.errors import VaultError
from mentorapp.store.vault import Vault


def backup_folder_is_usable(folder: Path) -> bool:
    """Whether ``folder`` exists or can be made, and a file can be written in it.

    Makes the folder (private to the user, like the backups themselves) if it is missing.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, probe = tempfile.mkstemp(prefix=".mentorapp-write-test-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError:
        return False
    return True


class SettingsDialog(QDialog):
    """Shows the app's settings and writes them back to ``AppSettings`` on OK.

    Per-vault settings (keychain, backup folder) need ``vault_id``; without an open vault
    those inputs are disabled. ``data_key_provider`` gives the open vault's data key when
    the coach switches the keychain on. With the open ``vault`` the dialog also shows the
    smallest group its reports show, a vault setting that can only go up.
    """

    language_changed = Signal(str)
    settings_changed = Signal()

    def __init__(
        self,
        settings: AppSettings,
        keychain: Keychain,
        vault_id: str | None,
        data_key_provider: Callable[[], bytes] | None,
        parent: QWidget | None = None,
        *,
        vault: Vault | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.vault = vault
        self.keychain = keychain
        self.vault_id = vault_id
        self.data_key_provider = data_key_provider
        self.ui = Ui_SettingsForm()
        self.ui.setupUi(self)
        self.ui.messageLabel.hide()
        self.ui.languageCombo.addItem("Nederlands", "nl")
        self.ui.languageCombo.addItem("English", "en")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.logoBrowseButton.clicked.connect(self._choose_logo)
        self.ui.careerCheckSpin.valueChanged.connect(self._month_suffix)
        self._fit_placeholder(self.ui.backupFolderEdit)
        self.threshold_spin: QSpinBox | None = None
        self._initial_threshold = 0
        if vault is not None:
            self._add_report_threshold(vault)
        self._load()

    def _add_report_threshold(self, vault: Vault) -> None:
        """The career-centre report's threshold: a vault setting (it travels with the
        vault), shown only with a vault open; its minimum is today's value."""
        current = report.threshold(vault)
        self._initial_threshold = current
        group = QGroupBox(self.tr("Career-centre report"))
        group.setObjectName("reportGroup")
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        spin = QSpinBox()
        spin.setObjectName("reportThresholdSpin")
        spin.setRange(max(current, 5), 1000)
        spin.setValue(current)
        spin.setSuffix(self.tr(" mentees"))
        caption = QLabel(self.tr("&Smallest group shown in reports"))
        caption.setBuddy(spin)
        spin.setAccessibleName(self.tr("Smallest group shown in reports"))
        why = self.tr(
            "A report hides every count of fewer mentees than this, and whatever would reveal one. It can only go up: once raised, this vault's reports never show smaller groups again."
        )
        note = QLabel(self.tr("Reports hide smaller counts. This can only go up."))
        note.setToolTip(why)
        spin.setToolTip(why)
        spin.setAccessibleDescription(why)
        # Read-only here (open on another computer): only the writer may raise it.
        spin.setEnabled(not vault.read_only and not vault.taken_over)
        form.addRow(caption, spin)
        form.addRow(note)
        outer = self.ui.outer
        outer.insertWidget(outer.indexOf(self.ui.dashboardGroup) + 1, group)
        self.threshold_spin = spin

    @staticmethod
    def _fit_placeholder(edit: QLineEdit) -> None:
        """Keep the (translated) placeholder readable however small the dialog gets."""
        metrics = edit.fontMetrics()
        # Room for the frame, text margins and the clear button beside the text.
        edit.setMinimumWidth(
            metrics.horizontalAdvance(edit.placeholderText()) + 3 * metrics.height()
        )

    @property
    def _keychain_usable(self) -> bool:
        return (
            self._keychain_ok and self.vault_id is not None and self.data_key_provider is not None
        )

    def _keychain_answered(self, available: object) -> None:
        """Whether the keychain exists, asked off the GUI thread when it was not known."""
        self._keychain_ok = available is True
        remember = self.ui.rememberCheck
        if not self._keychain_ok:
            remember.setEnabled(False)
            remember.setToolTip(
                self.tr(
                    "No secure system keychain is available on this computer, so Mentorapp keeps the key nowhere and asks for the passphrase."
                )
            )
            return
        assert self.vault_id is not None
        self._initial_keychain = self.settings.use_keychain(self.vault_id)
        remember.setEnabled(True)
        remember.setChecked(self._initial_keychain)
        remember.setToolTip(
            self.tr(
                "Opens this vault without the passphrase while you are logged in to this computer. The key is kept in the system keychain, encrypted by the operating system."
            )
        )

    def _load(self) -> None:
        s = self.settings
        self.ui.autoLockSpin.setValue(s.auto_lock_minutes)
        self._initial_language = s.language or system_language()
        self.ui.languageCombo.setCurrentIndex(
            self.ui.languageCombo.findData(self._initial_language)
        )
        self.ui.backupKeepSpin.setValue(s.backup_keep)
        self.ui.careerCheckSpin.setValue(s.career_check_months)
        self._month_suffix(s.career_check_months)
        self.ui.coachNameEdit.setText(s.coach_name)
        self.ui.coachOrganisationEdit.setText(s.coach_organisation)
        self.ui.logoEdit.setText(str(s.logo_path) if s.logo_path else "")

        self._initial_keychain = False
        self._keychain_ok = False
        remember = self.ui.rememberCheck
        if self.vault_id is None or self.data_key_provider is None:
            remember.setEnabled(False)
            remember.setToolTip(
                self.tr("Open a vault first: this remembers the key of the open vault.")
            )
        else:
            known = keychain_known(self.keychain)
            if known is None:  # not asked yet in this run: ask off the GUI thread
                remember.setEnabled(False)
                remember.setToolTip(self.tr("Asking the system keychain…"))
                keychain = self.keychain
                run_op(
                    lambda: keychain.available,
                    self._keychain_answered,
                    lambda _exc: self._keychain_answered(False),
                    parent=self,
                )
            else:
                self._keychain_answered(known)

        if self.vault_id is None:
            self._initial_folder = ""
            for widget in (self.ui.backupFolderEdit, self.ui.browseButton):
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Open a vault to choose where its backups go."))
        else:
            folder = s.backup_folder(self.vault_id)
            self._initial_folder = str(folder) if folder else ""
        self.ui.backupFolderEdit.setText(self._initial_folder)

    def _month_suffix(self, months: int) -> None:
        self.ui.careerCheckSpin.setSuffix(self.tr(" month") if months == 1 else self.tr(" months"))

    @property
    def language(self) -> str:
        return str(self.ui.languageCombo.currentData())

    def _browse(self) -> None:
        start = self.ui.backupFolderEdit.text().strip() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for backups"), start)
        if folder:
            self.ui.backupFolderEdit.setText(folder)

    def _choose_logo(self) -> None:
        start = self.ui.logoEdit.text().strip() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo for exported plans"), start, self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.ui.logoEdit.setText(path)

    def _logo_is_usable(self) -> bool:
        text = self.ui.logoEdit.text().strip()
        if not text:
            return True
        from mentorapp.services.exports import check_logo  # decodes it, as the PDF will

        return check_logo(Path(text)) is None

    def _show_error(self, text: str) -> None:
        set_message(self.ui.messageLabel, text, error=True)

    def _chosen_backup_folder(self) -> tuple[bool, Path | None]:
        """(acceptable, folder) for the backup folder input; shows why when refused."""
        text = self.ui.backupFolderEdit.text().strip()
        if not text:
            return True, None
        folder = Path(text).expanduser()
        if text == self._initial_folder:
            # Already chosen before: an unplugged drive must not block other changes.
            return True, folder
        if not folder.is_absolute():
            self._show_error(
                self.tr(
                    "Type the backup folder's full path, choose it with Browse…, or leave it empty to use the vault's own backups folder."
                )
            )
            return False, None
        if not backup_folder_is_usable(folder):
            self._show_error(
                self.tr(
                    "Mentorapp cannot create or write to the backup folder {folder}. Choose another folder, or leave it empty to use the vault's own backups folder."
                ).format(folder=folder)
            )
            return False, None
        return True, folder

    def _apply_keychain(self, on: bool) -> None:
        """Store or forget the open vault's key off the GUI thread, with the keychain's
        time-out; then finish the accept, or say why not and stay open."""
        assert self.vault_id is not None and self.data_key_provider is not None
        vault_id, keychain = self.vault_id, self.keychain
        if on:
            try:
                key = self.data_key_provider()
            except VaultError as exc:
                self._show_error(error_message(exc))
                return

            def work() -> bool:
                return ask_keychain(keychain, lambda k: k.store(vault_id, key))
        else:

            def work() -> bool:
                ask_keychain(keychain, lambda k: k.forget(vault_id))
                return True

        self.ui.buttonBox.setEnabled(False)
        run_op(work, self._keychain_applied, self._keychain_failed, parent=self)

    def _keychain_applied(self, stored: object) -> None:
        self.ui.buttonBox.setEnabled(True)
        if stored is not True:
            self._keychain_failed(None)
            return
        self._finish(keychain_changed=True)

    def _keychain_failed(self, exc: BaseException | None) -> None:
        self.ui.buttonBox.setEnabled(True)
        if isinstance(exc, KeychainNoAnswer):
            text = self.tr("The system keychain did not answer. Nothing was changed.")
        else:
            text = self.tr(
                "The system keychain did not accept the key (it may be locked). Nothing was changed."
            )
        self._show_error(text)
        self.ui.rememberCheck.setFocus()

    def accept(self) -> None:
        """Check, then write everything; on a problem say so and stay open."""
        ok, _folder = self._chosen_backup_folder()
        if not ok:
            self.ui.backupFolderEdit.setFocus()
            return
        if not self._logo_is_usable():
            self._show_error(self.tr("The logo must be an existing PNG or JPEG file."))
            self.ui.logoEdit.setFocus()
            return
        if not self._apply_threshold():
            return
        remember = self.ui.rememberCheck.isChecked()
        if self._keychain_usable and remember != self._initial_keychain:
            self._apply_keychain(remember)  # finishes when the keychain has answered
            return
        self._finish(keychain_changed=False)

    def _apply_threshold(self) -> bool:
        """Raises the vault's report threshold when the coach raised it; says why not."""
        spin = self.threshold_spin
        if self.vault is None or spin is None or spin.value() <= self._initial_threshold:
            return True
        vault, value = self.vault, spin.value()
        try:
            write_now(lambda: report.raise_threshold(vault, value))
        except (VaultError, ReportError) as exc:
            self._show_error(error_message(exc))
            spin.setFocus()
            return False
        self._initial_threshold = spin.value()
        spin.setMinimum(spin.value())
        return True

    def _finish(self, *, keychain_changed: bool) -> None:
        """Write every setting (the keychain already holds or forgot the key), close."""
        ok, folder = self._chosen_backup_folder()
        if not ok:
            return
        self.ui.messageLabel.hide()
        remember = self.ui.rememberCheck.isChecked()
        s = self.settings
        s.auto_lock_minutes = self.ui.autoLockSpin.value()
        s.backup_keep = self.ui.backupKeepSpin.value()
        s.career_check_months = self.ui.careerCheckSpin.value()
        s.coach_name = self.ui.coachNameEdit.text().strip()
        s.coach_organisation = self.ui.coachOrganisationEdit.text().strip()
        s.logo_path = (
            Path(self.ui.logoEdit.text().strip()) if self.ui.logoEdit.text().strip() else None
        )
        language = self.language
        language_changed = language != self._initial_language
        if language_changed:
            s.language = language
        if self.vault_id is not None:
            s.set_backup_folder(self.vault_id, folder)
            if keychain_changed:
                s.set_use_keychain(self.vault_id, remember)
        s.sync()

        super().accept()
        if language_changed:
            self.language_changed.emit(language)
        self.settings_changed.emit()
