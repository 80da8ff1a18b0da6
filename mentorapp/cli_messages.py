"""The command line's words: its sentences, argparse's included, in the coach's language.

The locale picks the language (``LANG=nl_BE.UTF-8`` gives Dutch). The CLI translates as
the app does: each sentence is marked in context "cli" (argparse's own in "argparse"),
``make translations`` extracts them into resources/translations/mentorapp_nl.ts, and a
``QTranslator`` reads the compiled .qm here. QtCore is loaded only for Dutch: in English
the marked sentences are the text. Standard output is the scripts' contract and stays
English (README "Command line"); what is said to the person is translated.

Each sentence is one line and names no note or person: a typed error's own text is never
shown. A path or an id the coach typed may be named.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import functools
import locale
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mentorapp.resource_files import ResourceMissing, resource_path
from mentorapp.store.errors import (
    BackupInvalid,
    ConflictCopyUnusable,
    DiskFull,
    EraseIncomplete,
    ExportIntoVault,
    ForeignKeyFile,
    KeyChanged,
    KeyFileDamaged,
    NoSuchRecord,
    NotAVault,
    RekeyFailed,
    SchemaTooNew,
    VaultBusy,
    VaultDamaged,
    VaultEmpty,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultIOError,
    VaultLocked,
    VaultOpenedReadOnly,
    VaultReadOnly,
    VaultReplaced,
    VaultTakenOver,
    VaultUnreadable,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator


# Named as Qt names it, so pyside6-lupdate extracts the sentences marked with it.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``make translations``; it is translated where it is shown."""
    return text


# One clear sentence per error (the Dutch is in the .ts, context "cli").
MESSAGES: dict[type[VaultError], str] = {
    WrongPassphrase: QT_TRANSLATE_NOOP(
        "cli",
        "that passphrase does not open this vault; check Caps Lock and the keyboard layout, "
        "or unlock the vault in the app with its recovery key",
    ),
    WrongRecoveryKey: QT_TRANSLATE_NOOP("cli", "that recovery key does not open this vault"),
    WeakPassphrase: QT_TRANSLATE_NOOP("cli", "the passphrase must be at least 12 characters"),
    NotAVault: QT_TRANSLATE_NOOP("cli", "no Mentorapp vault at that path"),
    VaultExists: QT_TRANSLATE_NOOP("cli", "that folder exists and is not empty; choose a new path"),
    KeyFileDamaged: QT_TRANSLATE_NOOP(
        "cli",
        "the key file vault.key.json is missing or damaged; "
        "unlock with the recovery key, or restore a backup",
    ),
    VaultDamaged: QT_TRANSLATE_NOOP(
        "cli", "the vault is damaged; restore a backup with 'mentorapp vault restore PATH BACKUP'"
    ),
    SchemaTooNew: QT_TRANSLATE_NOOP(
        "cli", "this vault was made by a newer Mentorapp; update the app to open it"
    ),
    VaultLocked: QT_TRANSLATE_NOOP(
        "cli", "the vault was locked before the command finished; run it again"
    ),
    VaultBusy: QT_TRANSLATE_NOOP(
        "cli", "the vault is in use by another program; try again in a moment"
    ),
    BackupInvalid: QT_TRANSLATE_NOOP(
        "cli", "that backup is damaged or incomplete; nothing was restored"
    ),
    NoSuchRecord: QT_TRANSLATE_NOOP("cli", "no mentee with that id"),
    DiskFull: QT_TRANSLATE_NOOP("cli", "the disk is full; nothing was changed"),
    VaultInUse: QT_TRANSLATE_NOOP(
        "cli", "this vault is open in another window or process; close it there first"
    ),
    VaultTakenOver: QT_TRANSLATE_NOOP(
        "cli",
        "another computer took this vault over; nothing more was written here; "
        "what you saved before is kept",
    ),
    ConflictCopyUnusable: QT_TRANSLATE_NOOP(
        "cli", "that conflict copy cannot be brought into this vault"
    ),
    VaultReplaced: QT_TRANSLATE_NOOP(
        "cli", "vault.db was replaced or changed by another program; nothing was written"
    ),
    KeyChanged: QT_TRANSLATE_NOOP(
        "cli", "the vault was re-keyed or restored elsewhere; nothing was written"
    ),
    VaultEmpty: QT_TRANSLATE_NOOP(
        "cli",
        "vault.db is empty or truncated; it was left as it is; restore a backup "
        "with 'mentorapp vault restore PATH BACKUP'",
    ),
    VaultUnreadable: QT_TRANSLATE_NOOP(
        "cli", "the vault's files may not be read; check the permissions of the vault folder"
    ),
    VaultOpenedReadOnly: QT_TRANSLATE_NOOP(
        "cli", "this vault is open read-only here (it is open elsewhere); nothing was changed"
    ),
    VaultReadOnly: QT_TRANSLATE_NOOP(
        "cli", "the vault folder or its files are read-only; nothing was changed"
    ),
    ForeignKeyFile: QT_TRANSLATE_NOOP(
        "cli",
        "vault.key.json belongs to another vault; put this vault's own key file back, "
        "or use the recovery key",
    ),
    ExportIntoVault: QT_TRANSLATE_NOOP(
        "cli", "an export may not be written into a vault folder; choose another place"
    ),
    EraseIncomplete: QT_TRANSLATE_NOOP(
        "cli",
        "the records were deleted, but another program reads the vault, so the file "
        "could not be wiped yet; close it and erase again",
    ),
    RekeyFailed: QT_TRANSLATE_NOOP(
        "cli",
        "the new key could not be written; the vault keeps its old key and opens with "
        "your passphrase as before; check the free disk space and try again",
    ),
    VaultIOError: QT_TRANSLATE_NOOP(
        "cli",
        "the vault's files could not be read or written (a disk or file system error); "
        "nothing was changed; check the disk and try again",
    ),
}

# What argparse says (Python 3.11's sentences that this parser can reach); argparse
# fills in the %-placeholders itself.
ARGPARSE_SENTENCES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)


# ---- the language and the translator ------------------------------------------------


def in_dutch() -> bool:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return value.lower().startswith("nl")
    return (locale.getlocale()[0] or "").lower().startswith("nl")


@functools.cache
def _dutch() -> QTranslator | None:
    """The app's Dutch translation, loaded once; None if this installation lacks it."""
    from PySide6.QtCore import QTranslator  # only for Dutch: about 0.1 s to import

    translator = QTranslator()
    try:
        loaded = translator.load(str(resource_path("translations", "mentorapp_nl.qm")))
    except ResourceMissing:
        return None
    return translator if loaded else None


def translate(context: str, text: str) -> str:
    """``text`` in the locale's language (lupdate extracts ``translate("cli", "...")``)."""
    translator = _dutch() if in_dutch() else None
    if translator is None:
        return text
    return translator.translate(context, text) or text


@contextlib.contextmanager
def argparse_translated() -> Iterator[None]:
    """argparse's own sentences ("usage:", "invalid choice", ...) in the CLI's language.

    argparse looks each sentence up through the ``_`` it imported from gettext, whose only
    hook is a compiled gettext catalogue for the whole process. Lending argparse our
    ``translate`` while the CLI builds its parser and parses keeps one catalogue (the .ts)
    and touches nothing outside the command line.
    """
    names = vars(argparse)
    saved = names["_"]
    names["_"] = functools.partial(translate, "argparse")
    try:
        yield
    finally:
        names["_"] = saved


# ---- sentences ---------------------------------------------------------------------


def error_line(sentence: str) -> str:
    return translate("cli", "mentorapp: error: {sentence}").format(sentence=sentence)


def warning_line(sentence: str) -> str:
    return translate("cli", "mentorapp: warning: {sentence}").format(sentence=sentence)


def message_for(error: VaultError, *, path: str | None = None, mentee_id: int | None = None) -> str:
    """The sentence for a typed error; ``path`` and ``mentee_id`` as the coach typed them."""
    if isinstance(error, NotAVault) and path is not None:
        return translate("cli", "no Mentorapp vault at {path}").format(path=path)
    if isinstance(error, NoSuchRecord) and mentee_id is not None and path is not None:
        return translate(
            "cli", "no mentee with id {mentee_id}; see the list with {command}"
        ).format(mentee_id=mentee_id, command=f"'mentorapp mentees {path}'")
    if isinstance(error, VaultTakenOver) or (
        isinstance(error, VaultInUse) and (error.elsewhere or error.stale)
    ):
        return in_use_elsewhere(error)
    if isinstance(error, ConflictCopyUnusable):
        return conflict_copy_unusable(error)
    for kind in type(error).__mro__:
        if kind in MESSAGES:
            sentence = translate("cli", MESSAGES[kind])
            if isinstance(error, VaultInUse) and error.since is not None:
                since = _when(error.since)
                if error.host:
                    sentence = translate("cli", "{sentence} (since {since} on {host})").format(
                        sentence=sentence, since=since, host=error.host
                    )
                else:
                    sentence = translate("cli", "{sentence} (since {since})").format(
                        sentence=sentence, since=since
                    )
            return sentence
    return translate("cli", "the vault could not be used")


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else "?"


def in_use_elsewhere(error: VaultInUse) -> str:
    """The sentence for a vault held through its lock file: on another computer (or a
    copy kept equal by a sync tool), live, stale or taken over from us."""
    where = {
        "host": one_line(error.host or "?"),
        "user": one_line(error.user or "?"),
        "since": _when(error.since),
        "heartbeat": _when(error.heartbeat),
    }
    if isinstance(error, VaultTakenOver):
        sentence = translate(
            "cli",
            "{host} ({user}) took this vault over at {since}; nothing more was written here; "
            "what you saved before is kept",
        )
    elif error.stale:
        sentence = translate(
            "cli",
            "this vault was left open on {host} by {user} since {since}, with no sign of life "
            "since {heartbeat}; if it is no longer open there, take it over in the app "
            "(unlock it and choose Take over); commands that only read work meanwhile",
        )
    else:
        sentence = translate(
            "cli",
            "this vault is open on {host} by {user} since {since} (last sign of life "
            "{heartbeat}); close it there first; commands that only read work meanwhile",
        )
    return sentence.format(**where)


def conflict_copy_unusable(error: ConflictCopyUnusable) -> str:
    """Why a sync conflict copy cannot be merged, by its reason code."""
    reasons = {
        "other-vault": QT_TRANSLATE_NOOP(
            "cli", "that conflict copy belongs to another vault; it was not brought in"
        ),
        "other-key": QT_TRANSLATE_NOOP(
            "cli",
            "that conflict copy does not open with this vault's key (it was re-keyed or "
            "restored elsewhere); it was not brought in",
        ),
        "newer-schema": QT_TRANSLATE_NOOP(
            "cli",
            "that conflict copy was made by a newer Mentorapp; update the app to bring it in",
        ),
        "older-schema": QT_TRANSLATE_NOOP(
            "cli",
            "that conflict copy was made by an older Mentorapp; open it as a vault of its "
            "own once to upgrade it, then bring it in",
        ),
        "damaged": QT_TRANSLATE_NOOP("cli", "that conflict copy is damaged; it was not brought in"),
    }
    return translate("cli", reasons.get(error.reason, MESSAGES[ConflictCopyUnusable]))


def os_error_message(error: OSError, path: str | None) -> str:
    """A file-system error in words, naming the path it concerns (never ``strerror``:
    that is the C library's English)."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return translate("cli", MESSAGES[DiskFull])
    code = errno.errorcode.get(error.errno or 0, type(error).__name__)
    if path is None:
        return translate("cli", "a file could not be read or written ({code})").format(code=code)
    sentences = {
        errno.ENOENT: QT_TRANSLATE_NOOP("cli", "{path} does not exist"),
        errno.EACCES: QT_TRANSLATE_NOOP("cli", "no permission to use {path}"),
        errno.EPERM: QT_TRANSLATE_NOOP("cli", "no permission to use {path}"),
        errno.EROFS: QT_TRANSLATE_NOOP("cli", "{path} is on a read-only disk"),
        errno.EISDIR: QT_TRANSLATE_NOOP("cli", "{path} is a folder, not a file"),
        errno.ENOTDIR: QT_TRANSLATE_NOOP("cli", "a part of {path} is not a folder"),
        errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("cli", "the name {path} is too long"),
    }
    sentence = sentences.get(
        error.errno or 0, QT_TRANSLATE_NOOP("cli", "{path} could not be read or written ({code})")
    )
    return translate("cli", sentence).format(path=path, code=code)


def one_line(text: str) -> str:
    """Control characters (newlines, escapes) shown as escapes: a message stays one line."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def shown_path(path: str | os.PathLike[str]) -> str:
    """A path the coach typed, as a message names it."""
    return one_line(os.fspath(path))


def output_problem(out: Path) -> str | None:
    """Why ``out`` cannot be written, said before anything is asked; None if it may be."""
    if out.is_dir():
        return translate(
            "cli", "{path} is a folder; give the name of the file to write in it"
        ).format(path=shown_path(out))
    if out.parent.exists() and not out.parent.is_dir():
        return translate("cli", "{path} is a file, not a folder").format(
            path=shown_path(out.parent)
        )
    if not out.parent.is_dir():
        return translate(
            "cli", "the folder {folder} does not exist; create it first or choose another place"
        ).format(folder=shown_path(out.parent))
    return None


def coach_warning(missing: tuple[str, ...]) -> str:
    """What a PDF's header lacks (``missing``: among "name", "organisation")."""
    if "name" in missing and "organisation" in missing:
        sentence = QT_TRANSLATE_NOOP(
            "cli",
            "the PDF shows no coach name or organisation; give --coach and --organisation, "
            "or fill them in in the app's settings",
        )
    elif "name" in missing:
        sentence = QT_TRANSLATE_NOOP(
            "cli", "the PDF shows no coach name; give --coach, or fill it in in the app's settings"
        )
    else:
        sentence = QT_TRANSLATE_NOOP(
            "cli",
            "the PDF shows no organisation; give --organisation, "
            "or fill it in in the app's settings",
        )
    return translate("cli", sentence)
