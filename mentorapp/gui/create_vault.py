"""Creating a vault: name, place, passphrase twice with a hint, language; then the recovery key."""

from __future__ import annotations

import socket
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QLocale, QMimeData, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication
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
from mentorapp.gui import i18n
from mentorapp.gui.file_names import safe_file_name
from mentorapp.gui.forms.ui_create_vault import Ui_CreateVaultForm
from mentorapp.gui.i18n import error_message
from mentorapp.gui.ops import run_op
from mentorapp.gui.settings import default_vault_folder
from mentorapp.gui.style import set_message
from mentorapp.gui.unlock import make_heading, strength_hint
from mentorapp.services import exports, vault_life
from mentorapp.services.vault_files import VAULT_SUFFIX, vault_name
from mentorapp.store.vault import Vault


def vault_folder_name(name: str) -> str:
    """A file-system-safe folder name for a vault called ``name`` (any script kept)."""
    return safe_file_name(name, "Mentorapp")[:100] + VAULT_SUFFIX


class CreateVaultDialog(QDialog):
    """Asks what a new vault needs and creates it off the GUI thread.

    Choosing a language switches the app to it at once (this dialog, the recovery-key
    screen and the recovery kit that follow); cancelling puts the language back.
    """

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CreateVaultForm()
        self.ui.setupUi(self)
        make_heading(self.ui.headingLabel)
        self.vault: Vault | None = None
        self.recovery_key = ""
        self._opened_in = language
        self.ui.languageCombo.addItem("Nederlands", "nl")
        self.ui.languageCombo.addItem("English", "en")
        self.ui.languageCombo.setCurrentIndex(0 if language == "nl" else 1)
        self.ui.locationEdit.setText(str(default_vault_folder()))
        self.create_button = self.ui.buttonBox.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self._default_name = ""
        self._retranslate()
        self.ui.buttonBox.accepted.connect(self._create)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.passphraseEdit.textChanged.connect(self._update_hint)
        self.ui.repeatEdit.textChanged.connect(self._update_hint)
        self.ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        self.ui.busyBar.hide()
        self.ui.messageLabel.hide()

    @property
    def language(self) -> str:
        return str(self.ui.languageCombo.currentData())

    def _language_chosen(self) -> None:
        i18n.install(self.language)  # every widget gets a LanguageChange event

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """The texts set here rather than in the form, in the current language."""
        self.create_button.setText(self.tr("&Create vault"))
        name = self.ui.nameEdit.text()
        if not name or name == self._default_name:  # untouched: follows the language
            self._default_name = self.tr("My mentoring")
            self.ui.nameEdit.setText(self._default_name)
        self._update_hint()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted and self.language != self._opened_in:
            i18n.install(self._opened_in)  # cancelled: the app keeps its language
        super().done(result)

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

    # A copied key leaves the clipboard after this long (if it is still there).
    CLIPBOARD_CLEAR_MS = 60_000

    def __init__(
        self,
        vault_path: Path,
        recovery_key: str,
        parent: QWidget | None = None,
        *,
        again: bool = False,
        language: str | None = None,
    ) -> None:
        """``again``: shown on request for an existing vault (the coach may just close it).

        ``language`` ("nl" or "en") is the recovery kit's; by default the app's.
        """
        super().__init__(parent)
        self.vault_path = vault_path
        self.recovery_key = recovery_key
        self.again = again
        self.language = language
        self.setWindowTitle(self.tr("Your recovery key - Mentorapp"))
        layout = QVBoxLayout(self)
        layout.addWidget(make_heading(QLabel(self.tr("Your recovery key")), 1.3))
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
        # The key itself, read out group by group, not only the word "Recovery key".
        self.key_label.setAccessibleName(
            self.tr("Recovery key: {key}").format(key=" ".join(groups))
        )
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout.addWidget(self.key_label)
        row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Co&py"))
        self.copy_button.setToolTip(
            self.tr("Copies the recovery key; the clipboard is emptied after a minute.")
        )
        self.copy_button.clicked.connect(self.copy_key)
        row.addWidget(self.copy_button)
        self.save_button = QPushButton(self.tr("&Save the recovery kit (PDF) to print…"))
        self.save_button.clicked.connect(self._save_page)
        row.addWidget(self.save_button)
        row.addStretch()
        layout.addLayout(row)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.saved_label.hide()
        layout.addWidget(self.saved_label)
        self.confirm = QCheckBox(
            self.tr("I have written down or printed the recovery key and keep it in a safe place")
        )
        layout.addWidget(self.confirm)
        layout.addStretch()
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
        self.resize(620, 380)

    def reject(self) -> None:
        """Escape does not skip a new key: it must be confirmed."""
        if self.again or self.confirm.isChecked():
            super().reject()

    def copy_key(self) -> None:
        """Put the key on the clipboard, marked secret; take it off again after a while.

        The timer hangs on the clipboard, not on this dialog, so closing the dialog does
        not leave the key behind.
        """
        key = self.recovery_key
        data = QMimeData()
        data.setText(key)
        data.setData("x-kde-passwordManagerHint", QByteArray(b"secret"))  # no history
        clipboard = QGuiApplication.clipboard()
        clipboard.setMimeData(data)

        def clear() -> None:
            if clipboard.text() == key:  # the coach copied something else meanwhile: keep it
                clipboard.clear()

        QTimer.singleShot(self.CLIPBOARD_CLEAR_MS, clipboard, clear)
        set_message(
            self.saved_label,
            self.tr("Copied. The clipboard is emptied in a minute."),
            error=False,
        )

    def _save_page(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save recovery kit"),
            str(Path.home() / self.tr("Mentorapp recovery kit.pdf")),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_page(Path(path))

    def kit_language(self) -> Language:
        if self.language is not None:
            return Language.NL if self.language == "nl" else Language.EN
        return Language.NL if QLocale().language() == QLocale.Language.Dutch else Language.EN

    def kit_pdf(self) -> bytes:
        """The kit names the vault, its folder and this computer: which vault it opens."""
        return exports.render_recovery_kit(
            vault_name(self.vault_path),
            self.recovery_key,
            self.kit_language(),
            date.today(),
            location=str(self.vault_path),
            computer=socket.gethostname(),
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
