"""The headless command line beside the GUI (like keepassxc-cli): a stable contract.

Output formats are relied on by scripts: see README "Command line". The passphrase is
never an argument: it is asked on the terminal, or read from standard input (one line
per secret) when that is not a terminal. Errors are one line on stderr, exit code 1,
and nothing changed; usage errors exit 2.
"""

from __future__ import annotations

import argparse
import configparser
import contextlib
import getpass
import locale
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from platformdirs import user_config_dir

from mentorapp import __version__
from mentorapp.domain.enums import Language
from mentorapp.domain.ids import MenteeId
from mentorapp.services import exports, mentees, search, vault_life
from mentorapp.services.vault_files import Keychain
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
    SchemaTooNew,
    VaultBusy,
    VaultDamaged,
    VaultEmpty,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultReadOnly,
    VaultReplaced,
    VaultUnreadable,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from mentorapp.store.vault import Vault

if TYPE_CHECKING:
    from mentorapp.services.exports import CoachInfo

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

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
}


def _dutch() -> bool:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return value.lower().startswith("nl")
    return (locale.getlocale()[0] or "").lower().startswith("nl")


def message_for(error: VaultError) -> str:
    for kind in type(error).__mro__:
        if kind in MESSAGES:
            english, dutch = MESSAGES[kind]
            sentence = dutch if _dutch() else english
            if isinstance(error, VaultInUse) and error.since is not None:
                where = f" {'op' if _dutch() else 'on'} {error.host}" if error.host else ""
                since = error.since.strftime("%Y-%m-%d %H:%M")
                sentence += f" ({'sinds' if _dutch() else 'since'} {since}{where})"
            return sentence
    return "the vault could not be used" if not _dutch() else "de kluis kon niet worden gebruikt"


class CliError(Exception):
    """A problem found after parsing: a usage error (exit 2) unless ``code`` says 1."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


class SecretReader:
    """Passphrases from the terminal, or one line each from a non-terminal stdin."""

    def __init__(self, stdin: TextIO) -> None:
        self.stdin = stdin
        self.interactive = stdin.isatty()

    def ask(self, prompt: str, *, confirm: bool = False) -> str:
        if not self.interactive:
            line = self.stdin.readline()
            if not line:
                raise CliError("expected a passphrase on standard input")
            return line.rstrip("\r\n")
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat: ") != first:
            raise CliError("the two passphrases differ")
        return first


def _clean(value: str) -> str:
    """A field for tab-separated output: no tabs or line breaks inside."""
    return " ".join(value.replace("\t", " ").split())


def _print_recovery(key: str, out: TextIO) -> None:
    print(f"Recovery key: {key}", file=out)
    print(
        "Write it down and keep it apart from this computer: with it, and only with it "
        "or the passphrase, the vault opens.",
        file=out,
    )


@contextlib.contextmanager
def _open(path: Path, secrets: SecretReader) -> Iterator[Vault]:
    vault = vault_life.open_vault(path, secrets.ask("Passphrase: "))
    try:
        yield vault
    finally:
        vault_life.lock(vault)


def _mentee_id(text: str) -> MenteeId:
    if not text.isdigit():
        raise CliError(f"MENTEE_ID must be a number, not {text!r}")
    return MenteeId(int(text))


# ---- commands ---------------------------------------------------------------------


def cmd_vault_create(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    vault, recovery = vault_life.create_vault(
        args.path, secrets.ask("New passphrase: ", confirm=True)
    )
    vault_life.lock(vault)
    print(f"Created vault {args.path}", file=out)
    _print_recovery(recovery, out)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from mentorapp.services.demo import create_demo_vault

    passphrase = secrets.ask("New passphrase: ", confirm=True)
    count, recovery = create_demo_vault(args.path, passphrase, date.today())
    print(f"Created demo vault {args.path} with {count} mentees", file=out)
    _print_recovery(recovery, out)
    return EXIT_OK


def cmd_vault_check(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    with _open(args.path, secrets) as vault:
        report = vault_life.check_vault(vault)
    print(f"schema: {report.schema_version} (app {report.app_schema_version})", file=out)
    for problem in report.problems:
        print(f"problem: {_clean(problem)}", file=out)
    if not report.ok:
        raise VaultDamaged("check found problems")
    print("ok", file=out)
    return EXIT_OK


def cmd_vault_passwd(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    with _open(args.path, secrets) as vault:
        vault_life.change_passphrase(vault, secrets.ask("New passphrase: ", confirm=True))
    print("Passphrase changed.", file=out)
    return EXIT_OK


def cmd_vault_rekey(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    passphrase = secrets.ask("Passphrase: ")
    vault = vault_life.open_vault(args.path, passphrase)
    try:
        recovery = vault_life.rekey(vault, passphrase, Keychain())
    finally:
        vault_life.lock(vault)
    print("The vault has a new data key; the old recovery key no longer opens it.", file=out)
    _print_recovery(recovery, out)
    return EXIT_OK


def cmd_vault_backup(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    with _open(args.path, secrets) as vault:
        info = vault_life.back_up(vault, vault_life.BackupPolicy()).value
    print(f"Backup: {info.path}", file=out)
    return EXIT_OK


def cmd_vault_restore(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    folder = Path(args.path)
    if not folder.is_dir():
        raise NotAVault("no vault folder")
    aside = vault_life.restore(folder, Path(args.backup), secrets.ask("Passphrase of the backup: "))
    print(f"Restored {args.backup}", file=out)
    print(f"The database it replaced is kept at {aside}", file=out)
    return EXIT_OK


def cmd_mentees(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    with _open(args.path, secrets) as vault:
        rows = mentees.summaries(vault)
    for row in sorted(rows, key=lambda r: r.id):
        fields = (str(row.id), row.display_name, row.organisation, row.status.value)
        print("\t".join(_clean(f) for f in fields), file=out)
    return EXIT_OK


def cmd_search(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    with _open(args.path, secrets) as vault:
        hits = search.search(vault, args.query, limit=args.limit)
    for hit in hits:
        when = hit.happened.isoformat() if hit.happened else ""
        fields = (str(hit.mentee_id), when, hit.snippet_with("[", "]"))
        print("\t".join(_clean(f) for f in fields), file=out)
    return EXIT_OK


def cmd_export_data(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    mentee_id = _mentee_id(args.mentee_id)
    with _open(args.path, secrets) as vault:
        export = exports.export_data(
            vault, mentee_id, Path(args.out), include_private=args.include_private
        ).value
    print(f"Exported mentee {mentee_id} to {args.out} (sha256 {export.sha256})", file=out)
    return EXIT_OK


def coach_from_settings(args: argparse.Namespace) -> CoachInfo:
    """The coach's name, organisation and logo: flags first, else the app's settings file."""
    from mentorapp.services.exports import CoachInfo

    parser = configparser.ConfigParser(interpolation=None)
    with contextlib.suppress(OSError, configparser.Error):
        parser.read(Path(user_config_dir("Mentorapp", appauthor=False)) / "settings.ini", "utf-8")

    def setting(key: str) -> str:
        return parser.get("coach", key, fallback="").strip().strip('"')

    logo = args.logo or setting("logo")
    return CoachInfo(
        name=args.coach if args.coach is not None else setting("name"),
        organisation=args.organisation
        if args.organisation is not None
        else setting("organisation"),
        logo_path=Path(logo) if logo else None,
    )


def cmd_export_plan(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    mentee_id = _mentee_id(args.mentee_id)
    coach = coach_from_settings(args)
    language = Language(args.lang) if args.lang else None
    with _open(args.path, secrets) as vault:
        try:
            export = exports.export_plan(
                vault, mentee_id, Path(args.out), coach, language, date.today()
            ).value
        except exports.NoPlanToExport:
            raise CliError(f"mentee {mentee_id} has no development plan", EXIT_ERROR) from None
    print(
        f"Exported plan v{export.version} of mentee {mentee_id} to {args.out} "
        f"(sha256 {export.sha256})",
        file=out,
    )
    return EXIT_OK


def cmd_export_form(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    language = Language(args.lang) if args.lang else Language.NL
    data = exports.render_preparation_form(language, coach_from_settings(args))
    digest = exports.write_file(Path(args.out), data).value
    print(f"Wrote the preparation form to {args.out} (sha256 {digest})", file=out)
    return EXIT_OK


def cmd_erase(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    mentee_id = _mentee_id(args.mentee_id)
    with _open(args.path, secrets) as vault:
        mentees.get_mentee(vault, mentee_id)  # NoSuchRecord before asking anything
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError("refusing to erase without confirmation: add --yes")
            answer = input(f"Erase mentee {mentee_id} and all their records for good? [y/N] ")
            if answer.strip().lower() not in {"y", "yes", "j", "ja"}:
                print("Nothing erased.", file=out)
                return EXIT_OK
        vault_life.erase_mentees(vault, [mentee_id], "request")
    print(f"Erased mentee {mentee_id}.", file=out)
    return EXIT_OK


# ---- parser -----------------------------------------------------------------------

Command = Callable[[argparse.Namespace, SecretReader, TextIO], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mentorapp",
        description="Mentorapp command line. Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"Mentorapp {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    vault = sub.add_parser("vault", help="create, check, back up and re-key vaults")
    vsub = vault.add_subparsers(dest="vault_command", required=True, metavar="ACTION")

    def add(
        parent: argparse._SubParsersAction[argparse.ArgumentParser],
        name: str,
        func: Command,
        help_text: str,
    ) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_text)
        p.set_defaults(func=func)
        return p

    add(vsub, "create", cmd_vault_create, "create a new vault").add_argument("path", type=Path)
    add(vsub, "check", cmd_vault_check, "verify encryption, integrity and schema").add_argument(
        "path", type=Path
    )
    add(vsub, "passwd", cmd_vault_passwd, "change the passphrase").add_argument("path", type=Path)
    add(vsub, "rekey", cmd_vault_rekey, "new data key and recovery key").add_argument(
        "path", type=Path
    )
    add(vsub, "backup", cmd_vault_backup, "make an encrypted backup").add_argument(
        "path", type=Path
    )
    restore = add(vsub, "restore", cmd_vault_restore, "restore a verified backup")
    restore.add_argument("path", type=Path)
    restore.add_argument("backup", type=Path)

    add(sub, "demo", cmd_demo, "create a demo vault with sample data").add_argument(
        "path", type=Path
    )
    add(sub, "mentees", cmd_mentees, "list mentees (tab-separated)").add_argument("path", type=Path)
    found = add(sub, "search", cmd_search, "full-text search (tab-separated)")
    found.add_argument("path", type=Path)
    found.add_argument("query")
    found.add_argument("--limit", type=int, default=50, help=argparse.SUPPRESS)

    export = sub.add_parser("export", help="export data")
    esub = export.add_subparsers(dest="export_command", required=True, metavar="KIND")
    data = add(esub, "data", cmd_export_data, "GDPR export of one mentee as JSON")
    data.add_argument("path", type=Path)
    data.add_argument("mentee_id")
    data.add_argument("out", type=Path)
    data.add_argument("--include-private", action="store_true")

    plan = add(esub, "plan", cmd_export_plan, "the current development plan of a mentee as PDF")
    plan.add_argument("path", type=Path)
    plan.add_argument("mentee_id")
    plan.add_argument("out", type=Path)
    form = add(esub, "form", cmd_export_form, "a blank career-conversation preparation form (PDF)")
    form.add_argument("out", type=Path)
    for parser_ in (plan, form):
        parser_.add_argument("--lang", choices=["nl", "en"], help="language of the PDF")
        parser_.add_argument(
            "--coach", help="your name on the PDF (default: from the app's settings)"
        )
        parser_.add_argument("--organisation", help="your organisation on the PDF")
        parser_.add_argument("--logo", help="a PNG or JPEG logo for the PDF header")

    erase = add(sub, "erase", cmd_erase, "erase a mentee for good (GDPR art. 17)")
    erase.add_argument("path", type=Path)
    erase.add_argument("mentee_id")
    erase.add_argument("--yes", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    out, err = sys.stdout, sys.stderr
    secrets = SecretReader(stdin or sys.stdin)
    try:
        return int(args.func(args, secrets, out))
    except VaultError as exc:
        print(f"mentorapp: error: {message_for(exc)}", file=err)
    except CliError as exc:
        print(f"mentorapp: error: {exc}", file=err)
        return exc.code
    except KeyboardInterrupt:
        print("mentorapp: interrupted; nothing was changed", file=err)
    except BrokenPipeError:
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the exit flush
        return EXIT_OK
    except OSError as exc:
        print(f"mentorapp: error: {exc.strerror or type(exc).__name__}", file=err)
    return EXIT_ERROR
