"""The command line's error sentences: one per typed error, in English and Dutch.

The locale picks the language (``LANG=nl_BE.UTF-8`` gives Dutch). Each sentence is
one line and names no file, note or person: the typed error's own text is never shown.
"""

from __future__ import annotations

import locale
import os

from mentorapp.store.errors import (
    BackupInvalid,
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
    VaultReadOnly,
    VaultReplaced,
    VaultUnreadable,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)

# One clear sentence per error, in English and Dutch (chosen by the locale).
MESSAGES: dict[type[VaultError], tuple[str, str]] = {
    WrongPassphrase: (
        "wrong passphrase; nothing was changed",
        "verkeerde wachtwoordzin; er is niets gewijzigd",
    ),
    WrongRecoveryKey: (
        "that recovery key does not open this vault",
        "die herstelsleutel opent deze kluis niet",
    ),
    WeakPassphrase: (
        "the passphrase must be at least 12 characters",
        "de wachtwoordzin moet minstens 12 tekens lang zijn",
    ),
    NotAVault: ("no Mentorapp vault at that path", "op die plaats staat geen Mentorapp-kluis"),
    VaultExists: (
        "that folder exists and is not empty; choose a new path",
        "die map bestaat al en is niet leeg; kies een nieuwe plaats",
    ),
    KeyFileDamaged: (
        "the key file vault.key.json is missing or damaged; "
        "unlock with the recovery key, or restore a backup",
        "het sleutelbestand vault.key.json ontbreekt of is beschadigd; "
        "ontgrendel met de herstelsleutel of zet een back-up terug",
    ),
    VaultDamaged: (
        "the vault is damaged; restore a backup with 'mentorapp vault restore PATH BACKUP'",
        "de kluis is beschadigd; zet een back-up terug met 'mentorapp vault restore PAD BACKUP'",
    ),
    SchemaTooNew: (
        "this vault was made by a newer Mentorapp; update the app to open it",
        "deze kluis is gemaakt met een nieuwere Mentorapp; werk de app bij om ze te openen",
    ),
    VaultLocked: (
        "the vault was locked before the command finished; run it again",
        "de kluis werd vergrendeld voor de opdracht klaar was; voer ze opnieuw uit",
    ),
    VaultBusy: (
        "the vault is in use by another program; try again in a moment",
        "de kluis is in gebruik door een ander programma; probeer het zo opnieuw",
    ),
    BackupInvalid: (
        "that backup is damaged or incomplete; nothing was restored",
        "die back-up is beschadigd of onvolledig; er is niets teruggezet",
    ),
    NoSuchRecord: ("no mentee with that id", "geen mentee met dat nummer"),
    DiskFull: (
        "the disk is full; nothing was changed",
        "de schijf is vol; er is niets gewijzigd",
    ),
    VaultInUse: (
        "this vault is open in another window or process; close it there first",
        "deze kluis is open in een ander venster of proces; sluit ze daar eerst",
    ),
    VaultReplaced: (
        "vault.db was replaced or changed by another program; nothing was written",
        "vault.db is vervangen of gewijzigd door een ander programma; er is niets geschreven",
    ),
    KeyChanged: (
        "the vault was re-keyed or restored elsewhere; nothing was written",
        "de kluis is elders opnieuw versleuteld of teruggezet; er is niets geschreven",
    ),
    VaultEmpty: (
        "vault.db is empty or truncated; it was left as it is; restore a backup "
        "with 'mentorapp vault restore PATH BACKUP'",
        "vault.db is leeg of afgekapt; het bestand bleef zoals het was; zet een back-up "
        "terug met 'mentorapp vault restore PAD BACKUP'",
    ),
    VaultUnreadable: (
        "the vault's files may not be read; check the permissions of the vault folder",
        "de bestanden van de kluis mogen niet gelezen worden; controleer de rechten van de map",
    ),
    VaultReadOnly: (
        "the vault folder or its files are read-only; nothing was changed",
        "de kluismap of haar bestanden zijn alleen-lezen; er is niets gewijzigd",
    ),
    ForeignKeyFile: (
        "vault.key.json belongs to another vault; put this vault's own key file back, "
        "or use the recovery key",
        "vault.key.json hoort bij een andere kluis; zet het eigen sleutelbestand terug "
        "of gebruik de herstelsleutel",
    ),
    ExportIntoVault: (
        "an export may not be written into a vault folder; choose another place",
        "een export mag niet in een kluismap geschreven worden; kies een andere plaats",
    ),
    EraseIncomplete: (
        "the records were deleted, but another program reads the vault, so the file "
        "could not be wiped yet; close it and erase again",
        "de gegevens zijn verwijderd, maar een ander programma leest de kluis, dus het "
        "bestand kon nog niet gewist worden; sluit het en wis opnieuw",
    ),
    RekeyFailed: (
        "the new key could not be written; the vault keeps its old key and opens with "
        "your passphrase as before; check the free disk space and try again",
        "de nieuwe sleutel kon niet geschreven worden; de kluis houdt haar oude sleutel "
        "en gaat zoals voorheen open met je wachtwoordzin; controleer de vrije "
        "schijfruimte en probeer opnieuw",
    ),
    VaultIOError: (
        "the vault's files could not be read or written (a disk or file system error); "
        "nothing was changed; check the disk and try again",
        "de bestanden van de kluis konden niet gelezen of geschreven worden (een fout van "
        "de schijf of het bestandssysteem); er is niets gewijzigd; controleer de schijf "
        "en probeer opnieuw",
    ),
}


def in_dutch() -> bool:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return value.lower().startswith("nl")
    return (locale.getlocale()[0] or "").lower().startswith("nl")


def message_for(error: VaultError) -> str:
    for kind in type(error).__mro__:
        if kind in MESSAGES:
            english, dutch = MESSAGES[kind]
            sentence = dutch if in_dutch() else english
            if isinstance(error, VaultInUse) and error.since is not None:
                where = f" {'op' if in_dutch() else 'on'} {error.host}" if error.host else ""
                since = error.since.strftime("%Y-%m-%d %H:%M")
                sentence += f" ({'sinds' if in_dutch() else 'since'} {since}{where})"
            return sentence
    return "the vault could not be used" if not in_dutch() else "de kluis kon niet worden gebruikt"
