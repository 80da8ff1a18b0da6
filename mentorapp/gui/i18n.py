"""Languages: install the Dutch or English translation, and say typed errors in words.

Lower layers raise typed errors; this is the one place they become sentences.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

import mentorapp.store.errors as errors
from mentorapp.gui.labels import short_date
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


def when_text(moment: datetime | None) -> str:
    """A lock's moment in the app's date style, to the minute ('-' when unknown)."""
    if moment is None:
        return "-"
    if moment.tzinfo is not None:
        moment = moment.astimezone()  # the holder wrote its own zone: say it in ours
    return short_date(moment.replace(second=0, microsecond=0, tzinfo=None))


def in_use_message(exc: BaseException) -> str:
    """Where, by whom and since when another window, process or computer holds the vault."""
    since = getattr(exc, "since", None)
    host = getattr(exc, "host", None)
    user = getattr(exc, "user", None)
    if since is None:
        return QCoreApplication.translate(
            "Messages", "This vault is open in another Mentorapp window or program."
        )
    when = when_text(since)
    if host and user:
        return QCoreApplication.translate(
            "Messages", "This vault is open on {host} ({user}) since {time}."
        ).format(host=host, user=user, time=when)
    if host:
        return QCoreApplication.translate(
            "Messages", "This vault is open on {host} since {time}."
        ).format(host=host, time=when)
    return QCoreApplication.translate(
        "Messages", "This vault is open in another Mentorapp window or program since {time}."
    ).format(time=when)


def taken_over_message(exc: BaseException) -> str:
    """Another computer took the vault over while it was open here."""
    host = getattr(exc, "host", None)
    if host:
        return QCoreApplication.translate(
            "Messages",
            "{host} took this vault over, so nothing more can be saved here. Your text is still on screen: copy what you need, then lock the vault.",
        ).format(host=host)
    return QCoreApplication.translate(
        "Messages",
        "Another computer took this vault over, so nothing more can be saved here. Your text is still on screen: copy what you need, then lock the vault.",
    )


def conflict_copy_message(exc: BaseException) -> str:
    """Why a sync tool's conflict copy could not be brought in (nothing was changed)."""
    reason = getattr(exc, "reason", "")
    if reason == "other-vault":
        return QCoreApplication.translate(
            "Messages",
            "That copy belongs to another vault, so nothing was brought in. The copy was left where it is.",
        )
    if reason == "other-key":
        return QCoreApplication.translate(
            "Messages",
            "That copy was made with another key (the vault was re-keyed on one computer), so it cannot be read with this one. Nothing was brought in; the copy was left where it is.",
        )
    if reason == "newer-schema":
        return QCoreApplication.translate(
            "Messages",
            "That copy was made by a newer version of Mentorapp. Update the app here, then bring its records in. Nothing was changed.",
        )
    if reason == "older-schema":
        return QCoreApplication.translate(
            "Messages",
            "That copy was made by an older version of Mentorapp and cannot be merged as it is. Nothing was changed; update Mentorapp on the other computer, or move the copy to the backups.",
        )
    return QCoreApplication.translate(
        "Messages",
        "That copy is damaged or incomplete, so nothing was brought in. Nothing was changed; move it to the backups.",
    )


def error_message(exc: BaseException) -> str:
    """A clear, translated sentence for an error; never the error's own text."""
    table: list[tuple[type[BaseException], str]] = [
        (
            errors.WrongPassphrase,
            QCoreApplication.translate(
                "Messages",
                "That passphrase does not open this vault. Check Caps Lock and the keyboard layout, then try again. Forgotten it? Use your recovery key.",
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
        (errors.VaultTakenOver, taken_over_message(exc)),
        (errors.VaultInUse, in_use_message(exc)),
        (errors.ConflictCopyUnusable, conflict_copy_message(exc)),
        (
            errors.RekeyFailed,
            QCoreApplication.translate(
                "Messages",
                "The new key could not be written, so the vault keeps its old key and opens with your passphrase as before. Nothing was lost; check the free disk space and try again.",
            ),
        ),
        (
            errors.VaultIOError,
            QCoreApplication.translate(
                "Messages",
                "The vault's files could not be read or written (a disk or file system error). Nothing was changed; check the disk and try again.",
            ),
        ),
        (
            errors.VaultReplaced,
            QCoreApplication.translate(
                "Messages",
                "Another program replaced or changed this vault's database since you opened it (a sync tool, or a restore elsewhere). Nothing was written over it. Your text is still here: copy it, lock the vault and unlock it again.",
            ),
        ),
        (
            errors.KeyChanged,
            QCoreApplication.translate(
                "Messages",
                "This vault was re-keyed or restored elsewhere since you opened it. Nothing was written. Your text is still here: copy it, lock the vault and unlock it again.",
            ),
        ),
        (
            errors.VaultEmpty,
            QCoreApplication.translate(
                "Messages",
                "The vault's database file (vault.db) is empty or truncated. It was left as it is; restore a backup (File > Restore backup).",
            ),
        ),
        (
            errors.VaultUnreadable,
            QCoreApplication.translate(
                "Messages",
                "Mentorapp may not read this vault's files. Check the permissions of the vault folder.",
            ),
        ),
        (
            errors.VaultOpenedReadOnly,
            QCoreApplication.translate(
                "Messages",
                "This vault is open read-only here, because it is open on another computer, so nothing can be saved. Your text stays on screen: copy what you need.",
            ),
        ),
        (
            errors.VaultReadOnly,
            QCoreApplication.translate(
                "Messages",
                "This vault's folder or files are read-only, so nothing can be saved. Check the permissions or the disk. Nothing was changed.",
            ),
        ),
        (
            errors.ForeignKeyFile,
            QCoreApplication.translate(
                "Messages",
                "The key file in this folder belongs to another vault. Put this vault's own vault.key.json back, or unlock with the recovery key.",
            ),
        ),
        (
            errors.ExportIntoVault,
            QCoreApplication.translate(
                "Messages",
                "An export may not be saved inside a vault folder. Choose another folder.",
            ),
        ),
        (
            errors.EraseIncomplete,
            QCoreApplication.translate(
                "Messages",
                "The mentee's records were deleted, but another program is reading the vault, so the last traces could not be wiped from the file yet. Close other Mentorapp windows and erase again.",
            ),
        ),
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
