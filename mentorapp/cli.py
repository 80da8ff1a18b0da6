"""The headless command line beside the GUI (like keepassxc-cli): a stable contract.

Output formats are relied on by scripts: see README "Command line". The passphrase is
never an argument: it is asked on the terminal, or read from standard input (one line
per secret) when that is not a terminal. Errors are one line on stderr, exit code 1,
and nothing changed; usage errors (argparse's included) are one line too and exit 2.
Whatever reaches the command line from outside (ids, limits, paths in messages) is
checked or escaped here, so no input gives a traceback or a second line.
"""

from __future__ import annotations

import argparse
import configparser
import contextlib
import getpass
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from platformdirs import user_config_dir

from mentorapp import __version__
from mentorapp.domain.enums import Language
from mentorapp.domain.ids import MenteeId
from mentorapp.services import exports, mentees, search, vault_life
from mentorapp.services.vault_files import Keychain, is_vault, vault_id_of
from mentorapp.store.errors import (
    BackupInvalid,
    ForeignKeyFile,
    NotAVault,
    VaultDamaged,
    VaultError,
    WrongRecoveryKey,
)
from mentorapp.store.vault import Vault, db_path

if TYPE_CHECKING:
    from mentorapp.services.exports import CoachInfo

from mentorapp.cli_messages import message_for

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
MAX_ID = 2**63 - 1  # SQLite's largest rowid
MAX_LIMIT = 1000


class CliError(Exception):
    """A problem found after parsing: a usage error (exit 2) unless ``code`` says 1."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


class Interrupted(Exception):
    """Ctrl-C, with the sentence that says truly what state the vault was left in."""


class ArgumentParser(argparse.ArgumentParser):
    """argparse, with every usage error as one line (``CliError``) instead of usage text.

    Subparsers are made of the parent's class, so this covers every level. ``--help``
    and ``--version`` still print and exit 0 as usual.
    """

    def error(self, message: str) -> NoReturn:
        raise CliError(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if status:
            raise CliError((message or "invalid usage").strip(), status)
        super().exit(status, message)


class SecretReader:
    """Passphrases from the terminal, or one line each from a non-terminal stdin."""

    def __init__(self, stdin: TextIO | None) -> None:
        self.stdin = stdin
        try:
            self.interactive = stdin is not None and stdin.isatty()
        except (OSError, ValueError):  # a closed stream
            self.interactive = False

    def ask(self, prompt: str, *, confirm: bool = False) -> str:
        if not self.interactive:
            try:
                line = self.stdin.readline() if self.stdin is not None else ""
            except UnicodeDecodeError:
                raise CliError("standard input is not text in this locale", EXIT_ERROR) from None
            except (OSError, ValueError):  # closed: as good as empty
                line = ""
            if not line:
                raise CliError("expected a passphrase on standard input", EXIT_ERROR)
            return line.rstrip("\r\n")
        try:
            first = getpass.getpass(prompt)
            if confirm and getpass.getpass("Repeat: ") != first:
                raise CliError("the two passphrases differ")
        except EOFError:  # Ctrl-D at the prompt
            raise CliError("no passphrase was given", EXIT_ERROR) from None
        return first

    def confirm(self, question: str) -> bool:
        """Yes only when a person at the terminal says so."""
        if not self.interactive:
            return False
        try:
            answer = input(f"{question} [y/N] ")
        except EOFError:
            return False
        return answer.strip().lower() in {"y", "yes", "j", "ja"}


def _one_line(text: str) -> str:
    """Control characters (newlines, escapes) shown as escapes: a message stays one line."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def _shown(text: str, limit: int = 30) -> str:
    """A value someone typed, quoted and ASCII-escaped, cut short when long."""
    return ascii(text[:limit]) + ("..." if len(text) > limit else "")


def _whole_number(text: str, largest: int) -> int | None:
    """``text`` as a number from 1 to ``largest`` if it is ASCII digits only, else None.

    ``str.isdigit`` alone accepts superscripts and other scripts' digits (and ``int``
    reads Arabic-Indic digits), so only 0-9 count here.
    """
    if not (text.isascii() and text.isdigit()):
        return None
    digits = text.lstrip("0")
    if not digits or len(digits) > len(str(largest)):
        return None
    value = int(digits)
    return value if value <= largest else None


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
def _open(path: Path, secrets: SecretReader, *, reading: bool = False) -> Iterator[Vault]:
    """The vault for one command; ``reading`` commands may read beside a writer."""
    passphrase = secrets.ask("Passphrase: ")
    opener = vault_life.open_for_reading if reading else vault_life.open_vault
    vault = opener(path, passphrase)
    try:
        yield vault
    finally:
        vault_life.lock(vault)


def _mentee_id(text: str) -> MenteeId:
    value = _whole_number(text, MAX_ID)
    if value is None:
        raise CliError(f"MENTEE_ID must be a number from 1 to {MAX_ID}, not {_shown(text)}")
    return MenteeId(value)


def _limit(text: str) -> int:
    value = _whole_number(text, MAX_LIMIT)
    if value is None:
        raise argparse.ArgumentTypeError(
            f"must be a number from 1 to {MAX_LIMIT}, not {_shown(text)}"
        )
    return value


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
    with _open(args.path, secrets, reading=True) as vault:
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
    old_key = vault.data_key  # only to tell, after a Ctrl-C, whether the database changed
    try:
        try:
            recovery = vault_life.rekey(vault, passphrase, Keychain())
        finally:
            vault_life.lock(vault)
        print("The vault has a new data key; the old recovery key no longer opens it.", file=out)
        _print_recovery(recovery, out)
    except KeyboardInterrupt:
        raise Interrupted(_after_rekey_interrupted(args.path, old_key)) from None
    return EXIT_OK


def _after_rekey_interrupted(folder: Path, old_key: bytes) -> str:
    """What a Ctrl-C during a re-key left: the database itself says whether it was re-keyed.

    The re-key writes the new key file aside first and swaps it in after ``PRAGMA
    rekey``, and the passphrase unlock completes that swap: so either the old key still
    opens the database (nothing that matters changed), or the new one does and the
    passphrase reaches it.
    """
    try:
        vault_life.lock(vault_life.open_with_key(folder, old_key))
    except (WrongRecoveryKey, ForeignKeyFile):  # the old key no longer opens the database
        return (
            f"interrupted after the vault was re-keyed; it opens with your passphrase; "
            f"run 'mentorapp vault recovery-key {_one_line(str(folder))}' for the new "
            "recovery key"
        )
    except (VaultError, OSError, KeyboardInterrupt):
        return (
            "interrupted during the re-key; unlock it with your passphrase, then run "
            f"'mentorapp vault recovery-key {_one_line(str(folder))}' for its recovery key"
        )
    return (
        "interrupted before the vault was re-keyed; it still opens with your passphrase "
        "and its old recovery key"
    )


def cmd_vault_recovery_key(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    _print_recovery(vault_life.recovery_key(args.path, secrets.ask("Passphrase: ")), out)
    return EXIT_OK


def cmd_vault_backup(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    with _open(args.path, secrets) as vault:
        info = vault_life.back_up(vault, vault_life.BackupPolicy()).value
    print(f"Backup: {info.path}", file=out)
    return EXIT_OK


_BACKUP_NAME = re.compile(r"^vault-(\d{8}-\d{6})-\d{6}-[a-z-]+\.db$")
_KEY_FILE_PEEK_BYTES = 16 * 1024


def _backup_made(backup: Path) -> str:
    """When a backup was made: from its name as the app writes it, else its file time."""
    match = _BACKUP_NAME.match(backup.name)
    if match:
        with contextlib.suppress(ValueError):
            return f"{datetime.strptime(match.group(1), '%Y%m%d-%H%M%S'):%Y-%m-%d %H:%M}"
    return f"{datetime.fromtimestamp(backup.stat().st_mtime):%Y-%m-%d %H:%M}"


def _backup_vault_id(backup: Path) -> str | None:
    """The vault id in the key file beside a backup (``vault-*.key.json``); None if unknown.

    Only a label for a question to the coach: the restore itself loads and checks the
    key file properly, and a forged id buys nothing without that backup's passphrase.
    """
    try:
        with backup.with_suffix(".key.json").open("rb") as file:
            doc = json.loads(file.read(_KEY_FILE_PEEK_BYTES))
    except (OSError, ValueError, RecursionError):
        return None
    vault_id = doc.get("vault_id") if isinstance(doc, dict) else None
    if isinstance(vault_id, str) and re.fullmatch(r"[0-9A-Za-z-]{1,64}", vault_id):
        return vault_id
    return None


def cmd_vault_restore(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    folder, backup = Path(args.path), Path(args.backup)
    if not folder.is_dir():
        raise NotAVault("no vault folder")
    if not backup.is_file():
        raise BackupInvalid("backup file missing")
    origin, target = _backup_vault_id(backup), vault_id_of(folder)
    where = _one_line(str(folder))
    line = (
        f"About to restore backup {_one_line(str(backup))}, made {_backup_made(backup)}, "
        f"{f'of vault {origin}' if origin else 'of an unknown vault'}, into {where}"
    )
    refusal = None
    if not is_vault(folder):
        line += ", which is not a vault"
        refusal = "that folder is not a vault"
    else:
        if origin and target and origin != target:
            line += f", which is vault {target}"
            refusal = "that backup belongs to another vault"
        if db_path(folder).is_file():
            line += f"; its current database is kept aside in {_one_line(str(folder / 'backups'))}"
    print(line, file=out, flush=True)
    if refusal and not args.yes:
        if not secrets.interactive:
            raise CliError(f"{refusal}: add --yes to restore it anyway")
        if not secrets.confirm("Restore it anyway?"):
            print("Nothing restored.", file=out)
            return EXIT_OK
    passphrase = secrets.ask("Passphrase of the backup: ")
    before = _file_identity(db_path(folder))
    try:
        aside = vault_life.restore(folder, backup, passphrase)
        print(f"Restored {args.backup}", file=out)
        print(f"The database it replaced is kept at {aside}", file=out)
    except KeyboardInterrupt:
        raise Interrupted(_after_restore_interrupted(folder, before)) from None
    return EXIT_OK


def _file_identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` (device and inode), None when there is none."""
    try:
        found = path.stat()
    except FileNotFoundError:
        return None
    return found.st_dev, found.st_ino


def _after_restore_interrupted(folder: Path, before: tuple[int, int] | None) -> str:
    """What a Ctrl-C during a restore left: the backup's copy in place of vault.db, or not.

    The restore copies the backup to a temp name, sets the old database aside, then
    renames the copy onto vault.db and only then the key file (written aside first,
    completed by the next unlock). A rename puts another file at the path, so whether
    vault.db is still the file it was tells which side of that the Ctrl-C came.
    """
    try:
        swapped = _file_identity(db_path(folder)) not in (before, None)
    except (OSError, KeyboardInterrupt):
        return (
            "interrupted during the restore; run 'mentorapp vault check "
            f"{_one_line(str(folder))}' to see what state the vault is in"
        )
    if swapped:
        return (
            "interrupted after the backup was restored; the vault opens with the backup's "
            "passphrase; the database it replaced is kept in backups/"
        )
    return "interrupted before the backup was restored; vault.db and its key file are unchanged"


def cmd_mentees(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    with _open(args.path, secrets, reading=True) as vault:
        rows = mentees.summaries(vault)
    for row in sorted(rows, key=lambda r: r.id):
        fields = (str(row.id), row.display_name, row.organisation, row.status.value)
        print("\t".join(_clean(f) for f in fields), file=out)
    return EXIT_OK


def cmd_search(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    with _open(args.path, secrets, reading=True) as vault:
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
            if not secrets.interactive:
                raise CliError("refusing to erase without confirmation: add --yes")
            if not secrets.confirm(f"Erase mentee {mentee_id} and all their records for good?"):
                print("Nothing erased.", file=out)
                return EXIT_OK
        vault_life.erase_mentees(vault, [mentee_id], "request")
    print(f"Erased mentee {mentee_id}.", file=out)
    return EXIT_OK


# ---- parser -----------------------------------------------------------------------

Command = Callable[[argparse.Namespace, SecretReader, TextIO], int]


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(
        prog="mentorapp",
        description="Mentorapp command line. Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"Mentorapp {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    vault = sub.add_parser("vault", help="create, check, back up and re-key vaults")
    vsub = vault.add_subparsers(dest="vault_command", required=True, metavar="ACTION")

    def add(
        parent: argparse._SubParsersAction[ArgumentParser],
        name: str,
        func: Command,
        help_text: str,
    ) -> ArgumentParser:
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
    add(vsub, "recovery-key", cmd_vault_recovery_key, "show the recovery key again").add_argument(
        "path", type=Path
    )
    restore = add(vsub, "restore", cmd_vault_restore, "restore a verified backup")
    restore.add_argument("path", type=Path)
    restore.add_argument("backup", type=Path)
    restore.add_argument(
        "--yes", action="store_true", help="restore even another vault's backup or into a non-vault"
    )

    add(sub, "demo", cmd_demo, "create a demo vault with sample data").add_argument(
        "path", type=Path
    )
    add(sub, "mentees", cmd_mentees, "list mentees (tab-separated)").add_argument("path", type=Path)
    found = add(sub, "search", cmd_search, "full-text search (tab-separated)")
    found.add_argument("path", type=Path)
    found.add_argument("query")
    found.add_argument("--limit", type=_limit, default=50, help=argparse.SUPPRESS)

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
    out, err = sys.stdout, sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except CliError as exc:
        print(f"mentorapp: error: {_one_line(str(exc))}", file=err)
        return exc.code
    secrets = SecretReader(stdin or sys.stdin)
    try:
        return int(args.func(args, secrets, out))
    except VaultError as exc:
        print(f"mentorapp: error: {message_for(exc)}", file=err)
    except CliError as exc:
        print(f"mentorapp: error: {_one_line(str(exc))}", file=err)
        return exc.code
    except Interrupted as exc:
        print(f"mentorapp: {exc}", file=err)
    except KeyboardInterrupt:
        print("mentorapp: interrupted; nothing was changed", file=err)
    except BrokenPipeError:
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the exit flush
        return EXIT_OK
    except OSError as exc:
        print(f"mentorapp: error: {exc.strerror or type(exc).__name__}", file=err)
    return EXIT_ERROR
