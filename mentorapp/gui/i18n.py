"""Languages: install the Dutch or English translation, and say typed errors in words.

Lower layers raise typed errors; this is the one place they become sentences.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import mentorapp.store.errors as errors
from mentorapp.resource_files import resource_dir

TRANSLATIONS = resource_dir("translations")
LANGUAGES = ("nl", "en")

_installed: list[QTranslator] = []


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"mentorapp_{language}.qm"


def system_language() -> str:
    return "nl" if QLocale.system().name().startswith("nl") else "en"


def install(language: str) -> str:
    """Switch the running app to ``language`` ("nl" or "en"); returns what was applied."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = system_language()
    locale = QLocale(
        QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
        QLocale.Country.Belgium if language == "nl" else QLocale.Country.UnitedKingdom,
    )
    QLocale.setDefault(locale)
    ours = QTranslator(app)  # English: only the plural forms ("1 match", "2 matches")
    if ours.load(str(qm_path(language))):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "nl":
        qt_base = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(locale, "qtbase", "_", qt_dir):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
    return language


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def error_message(exc: BaseException) -> str:
    """A clear, translated sentence for an error; never the error's own text."""
    table: list[tuple[type[BaseException], str]] = [
        (
            errors.WrongPassphrase,
            QCoreApplication.translate(
                "Messages", "That passphrase is not right. Nothing was changed."
            ),
        ),
        (
            errors.WrongRecoveryKey,
            QCoreApplication.translate("Messages", "That recovery key does not open this vault."),
        ),
        (
            errors.WeakPassphrase,
            QCoreApplication.translate(
                "Messages", "The passphrase must be at least 12 characters."
            ),
        ),
        (
            errors.NotAVault,
            QCoreApplication.translate("Messages", "There is no Mentorapp vault in that folder."),
        ),
        (
            errors.VaultExists,
            QCoreApplication.translate(
                "Messages",
                "That folder already exists and is not empty. Choose another name or place.",
            ),
        ),
        (
            errors.KeyFileDamaged,
            QCoreApplication.translate(
                "Messages",
                "The key file of this vault is missing or damaged. Unlock with your recovery key, or restore a backup.",
            ),
        ),
        (
            errors.VaultDamaged,
            QCoreApplication.translate(
                "Messages",
                "This vault is damaged. Restore the most recent backup (File > Restore backup); your backups are in the vault's backups folder.",
            ),
        ),
        (
            errors.SchemaTooNew,
            QCoreApplication.translate(
                "Messages",
                "This vault was made with a newer version of Mentorapp. Update the app to open it.",
            ),
        ),
        (
            errors.VaultBusy,
            QCoreApplication.translate(
                "Messages", "The vault is in use by another program. Try again in a moment."
            ),
        ),
        (
            errors.BackupInvalid,
            QCoreApplication.translate(
                "Messages", "That backup is damaged or incomplete. Nothing was restored."
            ),
        ),
        (
            errors.NoSuchRecord,
            QCoreApplication.translate("Messages", "That record no longer exists."),
        ),
        (
            errors.DiskFull,
            QCoreApplication.translate(
                "Messages", "The disk is full. Nothing was changed; free some space and try again."
            ),
        ),
        (errors.VaultLocked, QCoreApplication.translate("Messages", "The vault is locked.")),
        (
            PermissionError,
            QCoreApplication.translate(
                "Messages", "Mentorapp may not write there. Choose another folder."
            ),
        ),
        (
            FileNotFoundError,
            QCoreApplication.translate("Messages", "That file or folder does not exist."),
        ),
    ]
    for kind, sentence in table:
        if isinstance(exc, kind):
            return sentence
    return QCoreApplication.translate("Messages", "Something went wrong. Nothing was changed.")
