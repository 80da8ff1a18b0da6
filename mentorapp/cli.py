"""The headless command line beside the GUI (like keepassxc-cli): a stable contract.

Output formats are relied on by scripts: see README "Command line". The passphrase is
never an argument: it is asked on the terminal, or read from standard input (one line
per secret) when that is not a terminal. Errors are one line on stderr, exit code 1,
and nothing changed; usage errors (argparse's included) are one line too and exit 2.
Whatever reaches the command line from outside (ids, limits, paths in messages) is
checked or escaped here, so no input gives a traceback or a second line. What is said
to the person (errors, prompts, help) is translated (``cli_messages``); standard output
stays English for scripts.
"""

from __future__ import annotations

import argparse
import configparser
import contextlib
import getpass
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from platformdirs import user_config_dir

from mentorapp import __version__
from mentorapp import cli_vault_state as vault_state
from mentorapp.cli_messages import (
    QT_TRANSLATE_NOOP,
    argparse_translated,
    coach_warning,
    error_line,
    message_for,
    one_line,
    os_error_message,
    output_problem,
    shown_path,
    translate,
    warning_line,
)
from mentorapp.domain.enums import Language
from mentorapp.domain.ids import MenteeId
from mentorapp.services import diagnostics, exports, mentees, search, vault_life
from mentorapp.services.vault_files import Keychain, is_vault, vault_id_of
from mentorapp.store.errors import NotAVault, VaultDamaged, VaultError
from mentorapp.store.vault import Vault, db_path

if TYPE_CHECKING:
    from mentorapp.services.exports import CoachInfo

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
MAX_ID = 2**63 - 1  # SQLite's largest rowid
MAX_LIMIT = 1000
PRIVATE_MARK = "\N{LOCK} "  # starts the snippet of a hit in private text (README)


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
            raise CliError((message or translate("cli", "invalid usage")).strip(), status)
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
                text = translate("cli", "standard input is not text in this locale")
                raise CliError(text, EXIT_ERROR) from None
            except (OSError, ValueError):  # closed: as good as empty
                line = ""
            if not line:
                text = translate("cli", "expected a passphrase on standard input")
                raise CliError(text, EXIT_ERROR)
            return line.rstrip("\r\n")
        try:
            first = getpass.getpass(prompt)
            if confirm and getpass.getpass(translate("cli", "Repeat: ")) != first:
                raise CliError(translate("cli", "the two passphrases differ"))
        except EOFError:  # Ctrl-D at the prompt
            raise CliError(translate("cli", "no passphrase was given"), EXIT_ERROR) from None
        return first

    def confirm(self, question: str) -> bool:
        """Yes only when a person at the terminal says so."""
        if not self.interactive:
            return False
        try:
            answer = input(translate("cli", "{question} [y/N] ").format(question=question))
        except EOFError:
            return False
        return answer.strip().lower() in {"y", "yes", "j", "ja"}


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
    passphrase = secrets.ask(translate("cli", "Passphrase: "))
    opener = vault_life.open_for_reading if reading else vault_life.open_vault
    vault = opener(path, passphrase)
    try:
        yield vault
    finally:
        vault_life.lock(vault)


def _mentee_id(text: str) -> MenteeId:
    value = _whole_number(text, MAX_ID)
    if value is None:
        sentence = translate("cli", "MENTEE_ID must be a number from 1 to {largest}, not {value}")
        raise CliError(sentence.format(largest=MAX_ID, value=_shown(text)))
    return MenteeId(value)


def _limit(text: str) -> int:
    value = _whole_number(text, MAX_LIMIT)
    if value is None:
        sentence = translate("cli", "must be a number from 1 to {largest}, not {value}")
        raise argparse.ArgumentTypeError(sentence.format(largest=MAX_LIMIT, value=_shown(text)))
    return value


# ---- commands ---------------------------------------------------------------------


def cmd_vault_create(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    vault, recovery = vault_life.create_vault(
        args.path, secrets.ask(translate("cli", "New passphrase: "), confirm=True)
    )
    vault_life.lock(vault)
    print(f"Created vault {args.path}", file=out)
    _print_recovery(recovery, out)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from mentorapp.services.demo import create_demo_vault

    passphrase = secrets.ask(translate("cli", "New passphrase: "), confirm=True)
    count, recovery = create_demo_vault(args.path, passphrase, date.today())
    print(f"Created demo vault {args.path} with {count} mentees", file=out)
    _print_recovery(recovery, out)
    return EXIT_OK


def cmd_vault_check(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    # Who holds the lock is read before this command opens the vault (and holds it).
    lock_line = vault_state.lock_line(args.path) if is_vault(args.path) else None
    with _open(args.path, secrets, reading=True) as vault:
        report = vault_life.check_vault(vault)
    for line in vault_state.conflict_copy_lines(args.path):
        print(line, file=out)
    if lock_line is not None:
        print(lock_line, file=out)
    print(f"schema: {report.schema_version} (app {report.app_schema_version})", file=out)
    for problem in report.problems:
        print(f"problem: {_clean(problem)}", file=out)
    if not report.ok:
        raise VaultDamaged("check found problems")
    print("ok", file=out)
    return EXIT_OK


def cmd_vault_passwd(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    with _open(args.path, secrets) as vault:
        vault_life.change_passphrase(
            vault, secrets.ask(translate("cli", "New passphrase: "), confirm=True)
        )
    print("Passphrase changed.", file=out)
    return EXIT_OK


def cmd_vault_rekey(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    passphrase = secrets.ask(translate("cli", "Passphrase: "))
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
        raise Interrupted(vault_state.after_rekey_interrupted(args.path, old_key)) from None
    return EXIT_OK


def cmd_vault_recovery_key(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    _print_recovery(
        vault_life.recovery_key(args.path, secrets.ask(translate("cli", "Passphrase: "))), out
    )
    return EXIT_OK


def cmd_vault_backup(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    with _open(args.path, secrets) as vault:
        info = vault_life.back_up(vault, vault_life.BackupPolicy()).value
    print(f"Backup: {info.path}", file=out)
    return EXIT_OK


def cmd_vault_restore(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    folder, backup = Path(args.path), Path(args.backup)
    if not folder.is_dir():
        raise NotAVault("no vault folder")
    if not backup.is_file():
        sentence = translate("cli", "there is no backup file at {path}")
        raise CliError(sentence.format(path=shown_path(backup)), EXIT_ERROR)
    origin, target = vault_state.backup_vault_id(backup), vault_id_of(folder)
    where = shown_path(folder)
    line = (
        f"About to restore backup {shown_path(backup)}, made {vault_state.backup_made(backup)}, "
        f"{f'of vault {origin}' if origin else 'of an unknown vault'}, into {where}"
    )
    refusal = None
    if not is_vault(folder):
        line += ", which is not a vault"
        refusal = translate("cli", "that folder is not a vault")
    else:
        if origin and target and origin != target:
            line += f", which is vault {target}"
            refusal = translate("cli", "that backup belongs to another vault")
        if db_path(folder).is_file():
            line += f"; its current database is kept aside in {shown_path(folder / 'backups')}"
    print(line, file=out, flush=True)
    if refusal and not args.yes:
        if not secrets.interactive:
            raise CliError(
                translate("cli", "{refusal}: add --yes to restore it anyway").format(
                    refusal=refusal
                )
            )
        if not secrets.confirm(translate("cli", "Restore it anyway?")):
            print(translate("cli", "Nothing restored."), file=out)
            return EXIT_OK
    passphrase = secrets.ask(translate("cli", "Passphrase of the backup: "))
    before = vault_state.file_identity(db_path(folder))
    try:
        aside = vault_life.restore(folder, backup, passphrase)
        print(f"Restored {args.backup}", file=out)
        print(f"The database it replaced is kept at {aside}", file=out)
    except KeyboardInterrupt:
        raise Interrupted(vault_state.after_restore_interrupted(folder, before)) from None
    return EXIT_OK


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
        snippet = (PRIVATE_MARK if hit.private else "") + hit.snippet_with("[", "]")
        fields = ["" if hit.kind == "story" else str(hit.mentee_id), when, snippet]  # no mentee
        if args.privacy:
            fields.append("private" if hit.private else "shared")
        print("\t".join(_clean(f) for f in fields), file=out)
    return EXIT_OK


def _output(path: Path) -> Path:
    """The file an export writes: its folder must exist (said before any passphrase)."""
    problem = output_problem(Path(path))
    if problem is not None:
        raise CliError(problem, EXIT_ERROR)
    return Path(path)


def _logo(text: str) -> Path:
    """``--logo``: a PNG or JPEG file that decodes, else an error (exit 1)."""
    from mentorapp.services.exports import LogoProblem, check_logo

    path = Path(text)
    problem = check_logo(path)
    if problem is None:
        return path
    sentence = {
        LogoProblem.MISSING: translate("cli", "the logo {path} does not exist"),
        LogoProblem.UNREADABLE: translate("cli", "the logo {path} cannot be read"),
        LogoProblem.NOT_AN_IMAGE: translate("cli", "the logo {path} is not a PNG or JPEG image"),
    }[problem]
    raise CliError(sentence.format(path=shown_path(path)), EXIT_ERROR)


def cmd_export_data(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    mentee_id = _mentee_id(args.mentee_id)
    target = _output(args.out)
    with _open(args.path, secrets) as vault:
        export = exports.export_data(
            vault, mentee_id, target, include_private=args.include_private
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

    logo = _logo(args.logo) if args.logo else setting("logo")
    return CoachInfo(
        name=args.coach if args.coach is not None else setting("name"),
        organisation=args.organisation
        if args.organisation is not None
        else setting("organisation"),
        logo_path=Path(logo) if logo else None,
    )


def cmd_export_plan(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from mentorapp.cli_moves import plan_sections  # it builds on this module's helpers

    mentee_id = _mentee_id(args.mentee_id)
    target = _output(args.out)
    coach = coach_from_settings(args)
    language = Language(args.lang) if args.lang else None
    sections = plan_sections(args)
    with _open(args.path, secrets) as vault:
        try:
            export = exports.export_plan(
                vault, mentee_id, target, coach, language, date.today(), **sections
            )
        except exports.NoPlanToExport:
            sentence = translate("cli", "mentee {mentee_id} has no development plan")
            raise CliError(sentence.format(mentee_id=mentee_id), EXIT_ERROR) from None
    print(
        f"Exported plan v{export.value.version} of mentee {mentee_id} to {args.out} "
        f"(sha256 {export.value.sha256})",
        file=out,
    )
    missing = exports.missing_coach_details(coach)
    if missing:  # the PDF went out; the coach hears once what its header lacks
        print(warning_line(coach_warning(missing)), file=sys.stderr)
    return EXIT_OK


def cmd_erase(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    mentee_id = _mentee_id(args.mentee_id)
    with _open(args.path, secrets) as vault:
        mentees.get_mentee(vault, mentee_id)  # NoSuchRecord before asking anything
        if not args.yes:
            if not secrets.interactive:
                sentence = translate("cli", "refusing to erase without confirmation: add --yes")
                raise CliError(sentence)
            question = translate("cli", "Erase mentee {mentee_id} and all their records for good?")
            if not secrets.confirm(question.format(mentee_id=mentee_id)):
                print(translate("cli", "Nothing erased."), file=out)
                return EXIT_OK
        vault_life.erase_mentees(vault, [mentee_id], "request")
    print(f"Erased mentee {mentee_id}.", file=out)
    return EXIT_OK


# ---- parser -----------------------------------------------------------------------

Command = Callable[[argparse.Namespace, SecretReader, TextIO], int]


def _command(
    parent: argparse._SubParsersAction[ArgumentParser], name: str, func: Command, help_text: str
) -> ArgumentParser:
    """A subcommand that runs ``func``; ``help_text`` is marked for translation by the caller."""
    made = parent.add_parser(name, help=translate("cli", help_text))
    made.set_defaults(func=func)
    return made


def _vault_arg(parser: ArgumentParser) -> ArgumentParser:
    parser.add_argument(
        "path", type=Path, metavar="PATH", help=translate("cli", "the vault folder")
    )
    return parser


def _mentee_args(parser: ArgumentParser) -> None:
    _vault_arg(parser)
    mentee_help = translate("cli", "the mentee's number (see 'mentorapp mentees')")
    parser.add_argument("mentee_id", metavar="MENTEE_ID", help=mentee_help)


def _out_arg(parser: ArgumentParser) -> None:
    parser.add_argument("out", type=Path, metavar="OUT", help=translate("cli", "the file to write"))


def build_parser() -> ArgumentParser:
    """The whole command line; build it inside ``argparse_translated`` for Dutch help."""
    parser = ArgumentParser(
        prog="mentorapp",
        description=translate(
            "cli", "Mentorapp command line. Without a command, the desktop app starts."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Mentorapp {__version__}",
        help=translate("cli", "show the version and exit"),
    )
    parser.add_argument(  # handled in __main__ before anything imports Qt; listed here
        "--self-test",
        action="store_true",
        help=translate(
            "cli",
            "check that this installation works (in a temporary vault, no display needed) and exit",
        ),
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    vault = sub.add_parser(
        "vault", help=translate("cli", "create, check, back up and re-key vaults")
    )
    vsub = vault.add_subparsers(dest="vault_command", required=True, metavar="ACTION")
    for name, func, help_text in (
        ("create", cmd_vault_create, QT_TRANSLATE_NOOP("cli", "create a new vault")),
        (
            "check",
            cmd_vault_check,
            QT_TRANSLATE_NOOP("cli", "verify encryption, integrity and schema"),
        ),
        ("passwd", cmd_vault_passwd, QT_TRANSLATE_NOOP("cli", "change the passphrase")),
        ("rekey", cmd_vault_rekey, QT_TRANSLATE_NOOP("cli", "new data key and recovery key")),
        ("backup", cmd_vault_backup, QT_TRANSLATE_NOOP("cli", "make an encrypted backup")),
        (
            "recovery-key",
            cmd_vault_recovery_key,
            QT_TRANSLATE_NOOP("cli", "show the recovery key again"),
        ),
    ):
        _vault_arg(_command(vsub, name, func, help_text))
    restore_help = QT_TRANSLATE_NOOP("cli", "restore a verified backup")
    restore = _vault_arg(_command(vsub, "restore", cmd_vault_restore, restore_help))
    backup_help = translate("cli", "a backup file (vault-*.db)")
    restore.add_argument("backup", type=Path, metavar="BACKUP", help=backup_help)
    anyway_help = translate("cli", "restore even another vault's backup or into a non-vault")
    restore.add_argument("--yes", action="store_true", help=anyway_help)
    from mentorapp import cli_vault_tune  # on this one's helpers

    cli_vault_tune.register(vsub)

    for name, func, help_text in (
        ("demo", cmd_demo, QT_TRANSLATE_NOOP("cli", "create a demo vault with sample data")),
        ("mentees", cmd_mentees, QT_TRANSLATE_NOOP("cli", "list mentees (tab-separated)")),
    ):
        _vault_arg(_command(sub, name, func, help_text))
    from mentorapp import cli_moves, cli_practice, cli_questionnaires  # on this one's helpers

    cli_questionnaires.add_commands(sub)
    cli_moves.add_commands(sub)
    cli_practice.add_commands(sub)
    from mentorapp import cli_report

    cli_report.register(sub)
    search_help = QT_TRANSLATE_NOOP("cli", "full-text search (tab-separated)")
    found = _vault_arg(_command(sub, "search", cmd_search, search_help))
    found.add_argument("query", metavar="QUERY", help=translate("cli", "the words to look for"))
    found.add_argument("--limit", type=_limit, default=50, help=argparse.SUPPRESS)
    privacy_help = translate("cli", "add a fourth column: private or shared")
    found.add_argument("--privacy", action="store_true", help=privacy_help)

    export = sub.add_parser("export", help=translate("cli", "export data"))
    esub = export.add_subparsers(dest="export_command", required=True, metavar="KIND")
    data_help = QT_TRANSLATE_NOOP("cli", "GDPR export of one mentee as JSON")
    data = _command(esub, "data", cmd_export_data, data_help)
    _mentee_args(data)
    _out_arg(data)
    private_help = translate("cli", "include the private notes")
    data.add_argument("--include-private", action="store_true", help=private_help)
    plan_help = QT_TRANSLATE_NOOP("cli", "the current development plan of a mentee as PDF")
    plan = _command(esub, "plan", cmd_export_plan, plan_help)
    _mentee_args(plan)
    _out_arg(plan)
    cli_questionnaires.add_plan_options(plan)
    cli_moves.add_plan_options(plan)
    form_help = QT_TRANSLATE_NOOP(
        "cli",
        "a blank form of a questionnaire (PDF): the preparation form, unless --template "
        "names another",
    )
    form = _command(esub, "form", cli_questionnaires.cmd_export_form, form_help)
    _out_arg(form)
    cli_questionnaires.add_form_options(form)
    for parser_ in (plan, form):
        lang_help = translate("cli", "language of the PDF")
        parser_.add_argument("--lang", choices=["nl", "en"], help=lang_help)
    for parser_ in (plan, form, cli_moves.add_export_story(esub)):  # a story: its own language
        coach_help = translate("cli", "your name on the PDF (default: from the app's settings)")
        parser_.add_argument("--coach", metavar="NAME", help=coach_help)
        organisation_help = translate("cli", "your organisation on the PDF")
        parser_.add_argument("--organisation", metavar="ORG", help=organisation_help)
        logo_help = translate("cli", "a PNG or JPEG logo for the PDF header")
        parser_.add_argument("--logo", metavar="FILE", help=logo_help)

    erase_help = QT_TRANSLATE_NOOP("cli", "erase a mentee for good (GDPR art. 17)")
    erase = _command(sub, "erase", cmd_erase, erase_help)
    _mentee_args(erase)
    erase.add_argument("--yes", action="store_true", help=translate("cli", "erase without asking"))
    return parser


def _said(error: VaultError, args: argparse.Namespace) -> str:
    """The error's sentence, naming the vault path and mentee id the coach typed."""
    path = getattr(args, "path", None)
    mentee_id = _whole_number(getattr(args, "mentee_id", None) or "", MAX_ID)
    shown = shown_path(path) if path is not None else None
    return message_for(error, path=shown, mentee_id=mentee_id)


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None) -> int:
    diagnostics.start_log("cli")
    out, err = sys.stdout, sys.stderr
    try:
        with argparse_translated():
            args = build_parser().parse_args(argv)
    except CliError as exc:
        print(error_line(one_line(str(exc))), file=err)
        return exc.code
    secrets = SecretReader(stdin or sys.stdin)
    try:
        return int(args.func(args, secrets, out))
    except VaultError as exc:
        print(error_line(_said(exc, args)), file=err)
    except CliError as exc:
        print(error_line(one_line(str(exc))), file=err)
        return exc.code
    except Interrupted as exc:
        print(f"mentorapp: {exc}", file=err)
    except KeyboardInterrupt:
        sentence = translate("cli", "interrupted; nothing was changed")
        print(f"mentorapp: {sentence}", file=err)
    except BrokenPipeError:
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the exit flush
        return EXIT_OK
    except OSError as exc:
        where = shown_path(str(exc.filename)) if exc.filename is not None else None
        print(error_line(os_error_message(exc, where)), file=err)
    return EXIT_ERROR
