"""Creating a vault: name, place, passphrase twice with a hint, language; then the recovery key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import Language
from mentorapp.gui.file_names import safe_file_name
from mentorapp.gui.forms.ui_create_vault import Ui_CreateVaultForm
from mentorapp.gui.i18n import error_message
from mentorapp.gui.ops import run_op
from mentorapp.gui.settings import default_vault_folder
from mentorapp.gui.style import set_message
from mentorapp.gui.unlock import strength_hint
from mentorapp.services import exports, vault_life
from mentorapp.services.vault_files import VAULT_SUFFIX
from mentorapp.store.vault import Vault


def vault_folder_name(name: str) -> str:
    """A file-system-safe folder name for a vault called ``name`` (any script kept)."""
    return safe_file_name(name, "Mentorapp")[:100] + VAULT_SUFFIX


class CreateVaultDialog(QDialog):
    """Asks what a new vault needs and creates it off the GUI thread."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CreateVaultForm()
        self.ui.setupUi(self)
        self.vault: Vault | None = None
        self.recovery_key = ""
        self.ui.languageCombo.addItem("Nederlands", "nl")
        self.ui.languageCombo.addItem("English", "en")
        self.ui.languageCombo.setCurrentIndex(0 if language == "nl" else 1)
        self.ui.nameEdit.setText(self.tr("My mentoring"))
        self.ui.locationEdit.setText(str(default_vault_folder()))
        self.create_button = self.ui.buttonBox.addButton(
            self.tr("&Create vault"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setDefault(True)
        self.ui.buttonBox.accepted.connect(self._create)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.passphraseEdit.textChanged.connect(self._update_hint)
        self.ui.repeatEdit.textChanged.connect(self._update_hint)
        self.ui.busyBar.hide()
        self.ui.messageLabel.hide()
        self._update_hint()

    @property
    def language(self) -> str:
        return str(self.ui.languageCombo.currentData())

    def target(self) -> Path:
        return Path(self.ui.locationEdit.text()).expanduser() / vault_folder_name(
            self.ui.nameEdit.text()
        )

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the vault"), self.ui.locationEdit.text()
        )
        if folder:
            self.ui.locationEdit.setText(folder)

    def _update_hint(self) -> None:
        hint, acceptable = strength_hint(self.ui.passphraseEdit.text())
        repeat = self.ui.repeatEdit.text()
        if acceptable and repeat and repeat != self.ui.passphraseEdit.text():
            hint, acceptable = self.tr("The two passphrases differ."), False
        set_message(self.ui.strengthLabel, hint, error=not acceptable)
        self.ui.strengthLabel.setVisible(True)
        self.create_button.setEnabled(acceptable and repeat == self.ui.passphraseEdit.text())

    def _create(self) -> None:
        if not self.ui.nameEdit.text().strip():
            set_message(self.ui.messageLabel, self.tr("Give the vault a name."), error=True)
            return
        target, passphrase = self.target(), self.ui.passphraseEdit.text()
        self.ui.busyBar.show()
        self.ui.messageLabel.hide()
        self.setEnabled(False)

        def work() -> tuple[Vault, str]:
            target.parent.mkdir(parents=True, exist_ok=True)
            return vault_life.create_vault(target, passphrase)

        run_op(work, self._created, self._failed, parent=self)

    def _created(self, result: object) -> None:
        assert isinstance(result, tuple)
        self.vault, self.recovery_key = result
        self.ui.busyBar.hide()
        self.setEnabled(True)
        self.ui.passphraseEdit.clear()
        self.ui.repeatEdit.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ui.busyBar.hide()
        self.setEnabled(True)
        set_message(self.ui.messageLabel, error_message(exc), error=True)


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; the coach must confirm they stored it."""

    def __init__(
        self,
        vault_path: Path,
        recovery_key: str,
        parent: QWidget | None = None,
        *,
        again: bool = False,
    ) -> None:
        """``again``: shown on request for an existing vault (the coach may just close it)."""
        super().__init__(parent)
        self.vault_path = vault_path
        self.recovery_key = recovery_key
        self.again = again
        self.setWindowTitle(self.tr("Your recovery key - Mentorapp"))
        layout = QVBoxLayout(self)
        if again:
            text = self.tr(
                "This is your vault's recovery key. With it, or with the passphrase, the vault opens; a recovery key you wrote down before a re-key no longer works. Write it down or print it, and keep it away from this computer."
            )
        else:
            text = self.tr(
                "This is the only way into your vault if you forget the passphrase. It is shown only now. Write it down or print it, and keep it away from this computer."
            )
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        groups = recovery_key.split("-")
        shown = "\n".join("  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))
        self.key_label = QLabel(shown)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.key_label.setFont(font)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setTextInteractionFlags(self.key_label.textInteractionFlags())
        layout.addWidget(self.key_label)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save the recovery kit (PDF) to print…"))
        self.save_button.clicked.connect(self._save_page)
        row.addWidget(self.save_button)
        row.addStretch()
        layout.addLayout(row)
        self.saved_label = QLabel()
        self.saved_label.hide()
        layout.addWidget(self.saved_label)
        self.confirm = QCheckBox(
            self.tr("I have written down or printed the recovery key and keep it in a safe place")
        )
        layout.addWidget(self.confirm)
        buttons = QDialogButtonBox()
        self.continue_button = buttons.addButton(
            self.tr("&Close") if again else self.tr("&Continue"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.continue_button.setEnabled(again)
        self.confirm.setVisible(not again)
        self.confirm.toggled.connect(self.continue_button.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(620, 360)

    def reject(self) -> None:
        """Escape does not skip a new key: it must be confirmed."""
        if self.again or self.confirm.isChecked():
            super().reject()

    def _save_page(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save recovery kit"),
            str(Path.home() / self.tr("Mentorapp recovery kit.pdf")),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_page(Path(path))

    def kit_pdf(self) -> bytes:
        language = Language.NL if QLocale().language() == QLocale.Language.Dutch else Language.EN
        return exports.render_recovery_kit(
            self.vault_path.stem, self.recovery_key, language, date.today()
        )

    def save_page(self, path: Path) -> None:
        """The printable recovery kit, written atomically where the coach chose."""
        try:
            exports.write_file(path, self.kit_pdf())
        except OSError as exc:
            set_message(self.saved_label, error_message(exc), error=True)
        else:
            set_message(
                self.saved_label,
                self.tr("Saved. Print it, keep it apart from this computer, then delete the file."),
                error=False,
            )
