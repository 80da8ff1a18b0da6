"""Starting the desktop app: the QApplication, language, first start or unlock, windows."""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from mentorapp import APP_NAME, __version__, cli_messages
from mentorapp.cli_messages import translate
from mentorapp.gui import i18n, style
from mentorapp.gui.help import start_gui_log
from mentorapp.gui.i18n import error_message
from mentorapp.gui.ops import run_op
from mentorapp.gui.settings import AppSettings
from mentorapp.gui.unlock import UnlockWidget, UnlockWindow
from mentorapp.gui.welcome import WelcomeWindow
from mentorapp.services.vault_files import Keychain, is_vault

if TYPE_CHECKING:
    from mentorapp.gui.main_window import MainWindow
    from mentorapp.store.vault import Vault

# The first window needs only Qt and the unlock form. The database code, the main
# window and the PDF renderers (about 1.7 s of imports) load while the coach types.
HEAVY_MODULES = ("mentorapp.gui.main_window", "mentorapp.gui.create_vault")

log = logging.getLogger(__name__)


class Controller(QObject):
    """Which window is showing, and moving between them."""

    def __init__(self, settings: AppSettings, keychain: Keychain) -> None:
        super().__init__()
        self.settings = settings
        self.keychain = keychain
        self.language = i18n.install(settings.language or i18n.system_language())
        self.welcome: WelcomeWindow | None = None
        self.windows: list[MainWindow] = []
        self.unlock_window: UnlockWindow | None = None
        self._demo_dir: tempfile.TemporaryDirectory[str] | None = None

    def start(self, vault_path: Path | None = None) -> QWidget:
        if vault_path is not None and is_vault(vault_path):
            return self.show_vault(vault_path)
        for path in self.settings.recent_vaults:
            if is_vault(path):
                return self.show_vault(path)
        return self.show_welcome()

    def show_welcome(self) -> WelcomeWindow:
        if self.welcome is None:
            welcome = WelcomeWindow(
                [p for p in self.settings.recent_vaults if is_vault(p)], self.language
            )
            welcome.create_requested.connect(self.create_vault)
            welcome.open_requested.connect(self.choose_vault)
            welcome.demo_requested.connect(self.open_demo)
            welcome.recent_chosen.connect(self.show_vault)
            welcome.language_chosen.connect(self.switch_welcome_language)
            self.welcome = welcome
        self.welcome.show()
        self.welcome.raise_()
        return self.welcome

    def _close_welcome(self) -> None:
        if self.welcome is not None:
            self.welcome.close()
            self.welcome.deleteLater()
            self.welcome = None

    def switch_welcome_language(self, language: str) -> None:
        self.settings.language = language
        self.language = i18n.install(language)
        self._close_welcome()
        self.show_welcome()

    def _window(
        self, folder: Path, vault: Vault | None = None, demo: str | None = None
    ) -> MainWindow:
        from mentorapp.gui.main_window import MainWindow

        window = MainWindow(folder, self.settings, self.keychain, vault=vault, demo_passphrase=demo)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.language_change_requested.connect(
            lambda lang, w=window: self.switch_language(w, lang)
        )
        window.other_vault_requested.connect(self.show_welcome)
        window.new_vault_requested.connect(self.create_vault)
        window.demo_requested.connect(self.open_demo)
        window.destroyed.connect(
            lambda _o=None, w=window: self.windows.remove(w) if w in self.windows else None
        )
        self.windows.append(window)
        window.show()
        return window

    def show_vault(self, folder: Path) -> QWidget:
        """The vault's window if it is open, else a light window with the unlock form."""
        for window in self.windows:
            if window.folder == folder:
                window.raise_()
                return window
        unlock = UnlockWidget(Path(folder), self.settings, self.keychain)
        first = UnlockWindow(unlock)
        first.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        unlock.unlocked.connect(lambda vault: self._unlocked(first, vault))
        unlock.other_vault_requested.connect(self.show_welcome)
        self.unlock_window = first
        first.show()
        self._close_welcome()
        self.preload()
        unlock.try_keychain()
        return first

    def _unlocked(self, first: UnlockWindow, vault: Vault) -> None:
        self._window(vault.folder, vault=vault)
        first.close()
        self.unlock_window = None

    def preload(self) -> None:
        """Import the heavy modules off the GUI thread while the coach types."""
        import importlib

        def load() -> None:
            for name in HEAVY_MODULES:
                importlib.import_module(name)

        run_op(load, lambda _r: None, lambda _e: None, parent=self)

    def choose_vault(self) -> None:
        parent = self.welcome
        folder = QFileDialog.getExistingDirectory(
            parent, QApplication.translate("Controller", "Open vault"), str(Path.home())
        )
        if not folder:
            return
        if not is_vault(Path(folder)):
            from mentorapp.store.errors import NotAVault

            if self.welcome is not None:
                self.welcome.show_error(error_message(NotAVault()))
            return
        self.show_vault(Path(folder))

    def create_vault(self) -> None:
        from mentorapp.gui.create_vault import CreateVaultDialog, RecoveryKeyDialog

        dialog = CreateVaultDialog(self.language, self.welcome)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.vault is None:
            return
        vault = dialog.vault
        RecoveryKeyDialog(vault.folder, dialog.recovery_key, self.welcome).exec()
        if dialog.language != self.language:
            self.settings.language = dialog.language
            self.language = i18n.install(dialog.language)
        self.settings.remember_vault(vault.folder)
        self._window(vault.folder, vault=vault)
        self._close_welcome()

    def open_demo(self) -> None:
        if self._demo_dir is None:
            self._demo_dir = tempfile.TemporaryDirectory(prefix="mentorapp-demo-")
        parent = Path(self._demo_dir.name)
        if self.welcome is not None:
            self.welcome.set_busy(True)

        def work() -> Vault:
            from mentorapp.services.demo import open_demo_vault

            return open_demo_vault(parent, date.today())

        def done(vault: object) -> None:
            from mentorapp.services.demo import DEMO_PASSPHRASE
            from mentorapp.store.vault import Vault

            assert isinstance(vault, Vault)
            self._window(vault.folder, vault=vault, demo=DEMO_PASSPHRASE)
            self._close_welcome()

        def failed(exc: BaseException) -> None:
            if self.welcome is not None:
                self.welcome.set_busy(False)
                self.welcome.show_error(error_message(exc))

        run_op(work, done, failed, parent=self)

    def switch_language(self, window: MainWindow, language: str) -> MainWindow:
        """Apply a language without losing work: save, then rebuild the window in place."""
        self.settings.language = language
        self.language = i18n.install(language)
        mentee_id, tab = window.state()
        vault = window.detach_vault()
        geometry = window.saveGeometry()
        new = self._window(window.folder, vault=vault, demo=window.demo_passphrase)
        new.restoreGeometry(geometry)
        if vault is not None and mentee_id is not None:
            new.select_mentee(mentee_id)
            new.workspace.setCurrentIndex(tab)
        window.close()
        return new


class _Arguments(argparse.ArgumentParser):
    """The app's options; a usage error is one line, like every error of the CLI, and in
    the same language (the CLI's sentences and argparse's own, from the app's .qm)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, cli_messages.error_line(message) + "\n")


def _arguments(argv: Sequence[str]) -> argparse.Namespace:
    with cli_messages.argparse_translated():
        parser = _Arguments(prog="mentorapp", description=translate("cli", "Mentorapp desktop app"))
        parser.add_argument(
            "--screenshots",
            type=Path,
            metavar="DIR",
            help=translate("cli", "save every main screen as PNG into DIR"),
        )
        parser.add_argument("--vault", type=Path, help=translate("cli", "open this vault"))
        parser.add_argument(
            "--lang", choices=["nl", "en"], help=translate("cli", "language of the app")
        )
        return parser.parse_args(list(argv))


def run(argv: Sequence[str]) -> int:
    args = _arguments(argv)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    # Wayland and the task bars match the window to mentorapp.desktop (its icon, its name).
    app.setDesktopFileName("mentorapp")
    app.setWindowIcon(QIcon(str(style.ICONS / "mentorapp.svg")))
    start_gui_log()
    style.apply(app)
    if args.screenshots is not None:
        from mentorapp.gui.screenshots import save_screenshots

        save_screenshots(args.screenshots)
        return 0
    settings = AppSettings()
    if args.lang:
        settings.language = args.lang
    controller = Controller(settings, Keychain())
    controller.start(args.vault)
    app.setQuitOnLastWindowClosed(True)
    code = app.exec()
    settings.sync()
    return int(code)
