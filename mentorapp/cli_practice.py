"""The command line of the coach's practice: the calendar, the hours report, imports and
attachments (README "Command line"; output formats are a contract, tab-separated, English).

An import prints one line per created or skipped item (``created<TAB>mentee id<TAB>name``,
``skipped<TAB>line or file<TAB>reason``) and then a summary line; ``--dry-run`` prints the
same and writes nothing. A note's text, an attachment's bytes and a private note never
reach a line here.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TextIO

from mentorapp.cli import (
    EXIT_ERROR,
    EXIT_OK,
    ArgumentParser,
    CliError,
    SecretReader,
    _clean,
    _command,
    _mentee_args,
    _mentee_id,
    _open,
    _output,
    _shown,
    _vault_arg,
    coach_from_settings,
)
from mentorapp.cli_messages import QT_TRANSLATE_NOOP, in_dutch, translate
from mentorapp.domain.enums import Language
from mentorapp.domain.ids import MenteeId
from mentorapp.services import calendar, imports, mentees
from mentorapp.services.calendar import TitleStyle
from mentorapp.services.imports import ClientField, ImportResult

TITLES = {
    "initials": TitleStyle.INITIALS,
    "full": TitleStyle.FULL,
    "anonymous": TitleStyle.ANONYMOUS,
}


def _line(fields: tuple[str, ...], out: TextIO) -> None:
    print("\t".join(_clean(f) for f in fields), file=out)


def _day(text: str) -> date:
    """``--from`` and ``--to``: an ISO date (2026-01-31)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        sentence = translate("cli", "expected a date as YYYY-MM-DD, not {value}")
        raise argparse.ArgumentTypeError(sentence.format(value=_shown(text))) from None


def cmd_calendar(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    target = _output(args.out)
    with _open(args.path, secrets, reading=True) as vault:
        calendar.write_calendar(vault, target, TITLES[args.title])
    print(f"Wrote calendar to {args.out}", file=out)
    return EXIT_OK


def _report(
    created: list[tuple[MenteeId | None, str]],
    result: ImportResult,
    args: argparse.Namespace,
    out: TextIO,
) -> None:
    """One line per created item (a mentee not yet created has no id), per skipped one,
    then the summary."""
    for mentee_id, name in created:
        _line(("created", "" if mentee_id is None else str(mentee_id), name), out)
    for item in result.skipped:
        _line(("skipped", item.where, item.reason.value), out)
    verb, skip = ("Would create", "would skip") if args.dry_run else ("Created", "skipped")
    notes = args.import_command == "notes"
    sessions = f" and {result.sessions} sessions" if notes else ""
    print(f"{verb} {result.mentees} mentees{sessions}; {skip} {len(result.skipped)}", file=out)


def cmd_import_clients(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    try:  # an unreadable file is said before the passphrase is asked
        table = imports.read_clients_csv(args.file)
    except imports.NotATable:
        sentence = translate("cli", "{file} is not a CSV file")
        raise CliError(sentence.format(file=_shown(str(args.file))), EXIT_ERROR) from None
    mapping = imports.guess_mapping(table.headers)
    if ClientField.FULL_NAME not in mapping and ClientField.LAST_NAME not in mapping:
        sentence = translate(
            "cli", "{file} has no name column (naam, name, or voornaam and achternaam)"
        )
        raise CliError(sentence.format(file=_shown(str(args.file))), EXIT_ERROR)
    with _open(args.path, secrets, reading=args.dry_run) as vault:
        plan = imports.plan_client_import(vault, table, mapping)
        if args.dry_run:
            created: list[tuple[MenteeId | None, str]] = [(None, m.full_name) for m in plan.created]
            result = ImportResult(skipped=plan.skipped, mentees=len(plan.created))
        else:
            result = imports.run_client_import(vault, plan).value
            created = [(mid, name) for mid, name in result.created]
    _report(created, result, args, out)
    return EXIT_OK


def cmd_import_notes(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    if not Path(args.folder).is_dir():
        sentence = translate("cli", "{folder} is not a folder")
        raise CliError(sentence.format(folder=_shown(str(args.folder))), EXIT_ERROR)
    table = imports.read_notes_folder(args.folder)
    with _open(args.path, secrets, reading=args.dry_run) as vault:
        plan = imports.plan_notes_import(vault, table)
        if args.dry_run:
            created: list[tuple[MenteeId | None, str]]
            created = [(p.mentee_id, p.note.mentee_name) for p in plan.notes]
            result = ImportResult(
                skipped=plan.skipped, mentees=len(plan.new_mentees), sessions=len(plan.notes)
            )
        else:
            result = imports.run_notes_import(vault, plan).value
            created = [(mid, name) for mid, name in result.created]
    _report(created, result, args, out)
    return EXIT_OK


def cmd_hours(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from mentorapp.services import engagements, exports
    from mentorapp.services.engagements import NameStyle

    target = _output(args.out)
    kind = target.suffix.casefold()
    if kind not in (".csv", ".pdf"):
        raise CliError(translate("cli", "OUT must end in .csv or .pdf"))
    if args.end < args.start:
        raise CliError(translate("cli", "--to is before --from"))
    with _open(args.path, secrets, reading=True) as vault:
        report = engagements.hours_report(
            vault, args.sponsor, args.start, args.end, NameStyle(args.names)
        )
    if kind == ".csv":
        data = exports.hours_csv(report)
    else:  # in the coach's language, with the name and organisation of the app's settings
        language = Language.NL if in_dutch() else Language.EN
        data = exports.render_hours_report(report, language, coach_from_settings(args))
    digest = exports.write_file(target, data).value
    print(f"Wrote hours report to {args.out} (sha256 {digest})", file=out)
    return EXIT_OK


def _attachment_line(found: object, out: TextIO) -> None:
    from mentorapp.domain.model import Attachment

    assert isinstance(found, Attachment)
    privacy = "private" if found.private else "shared"
    fields = (str(found.id), found.added_on.isoformat(), str(found.size), privacy, found.title)
    _line(fields, out)


def cmd_attach(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from mentorapp.services import attachments

    mentee_id = _mentee_id(args.mentee_id)
    source = Path(args.file)
    if not source.is_file():
        sentence = translate("cli", "{file} is not a file")
        raise CliError(sentence.format(file=_shown(str(source))), EXIT_ERROR)
    if source.stat().st_size > attachments.MAX_BYTES:
        sentence = translate(
            "cli", "{file} is larger than {limit} MB, the most one attachment may be"
        )
        limit = attachments.MAX_BYTES // (1024 * 1024)
        raise CliError(sentence.format(file=_shown(str(source)), limit=limit), EXIT_ERROR)
    with _open(args.path, secrets) as vault:
        try:
            stored = attachments.attach(
                vault, mentee_id, source, args.title or "", private=not args.shared
            ).value
        except attachments.TooLarge as exc:  # it grew after the check above
            sentence = translate(
                "cli", "{file} is larger than {limit} MB, the most one attachment may be"
            )
            limit = exc.limit // (1024 * 1024)
            raise CliError(
                sentence.format(file=_shown(str(source)), limit=limit), EXIT_ERROR
            ) from None
    _attachment_line(stored, out)
    return EXIT_OK


def cmd_attachments(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    from mentorapp.services import attachments

    mentee_id = _mentee_id(args.mentee_id)
    with _open(args.path, secrets, reading=True) as vault:
        mentees.get_mentee(vault, mentee_id)  # an unknown mentee is named, not an empty list
        found = attachments.attachments(vault, mentee_id)
    for item in found:
        _attachment_line(item, out)
    return EXIT_OK


# ---- the parser -------------------------------------------------------------------------


def add_commands(sub: argparse._SubParsersAction[ArgumentParser]) -> None:
    """``calendar``, ``hours``, ``import clients|notes``, ``attach`` and ``attachments``."""
    calendar_help = QT_TRANSLATE_NOOP("cli", "the planned sessions as an iCalendar file (.ics)")
    planned = _vault_arg(_command(sub, "calendar", cmd_calendar, calendar_help))
    planned.add_argument(
        "out", type=Path, metavar="OUT.ics", help=translate("cli", "the file to write")
    )
    title_help = translate(
        "cli", "what an event's title says of the mentee (default: initials; never a note)"
    )
    planned.add_argument("--title", choices=list(TITLES), default="initials", help=title_help)

    hours_help = QT_TRANSLATE_NOOP(
        "cli", "the hours report of one sponsor and period, as CSV or PDF (never a note)"
    )
    report = _vault_arg(_command(sub, "hours", cmd_hours, hours_help))
    sponsor_help = translate("cli", "the organisation that pays")
    report.add_argument("--sponsor", metavar="NAME", required=True, help=sponsor_help)
    from_help = translate("cli", "the first day of the period (YYYY-MM-DD)")
    report.add_argument(
        "--from", dest="start", metavar="DATE", type=_day, required=True, help=from_help
    )
    to_help = translate("cli", "the last day of the period (YYYY-MM-DD)")
    report.add_argument("--to", dest="end", metavar="DATE", type=_day, required=True, help=to_help)
    out_help = translate("cli", "the file to write: .csv or .pdf")
    report.add_argument("out", type=Path, metavar="OUT", help=out_help)
    report.set_defaults(coach=None, organisation=None, logo=None)  # from the app's settings
    names_help = translate("cli", "how clients are named (default: initials)")
    report.add_argument(
        "--names", choices=["full", "initials", "number"], default="initials", help=names_help
    )

    import_ = sub.add_parser("import", help=translate("cli", "import clients or notes"))
    isub = import_.add_subparsers(dest="import_command", required=True, metavar="KIND")
    clients_help = QT_TRANSLATE_NOOP("cli", "clients from a CSV file (as Excel writes it)")
    clients = _vault_arg(_command(isub, "clients", cmd_import_clients, clients_help))
    file_help = translate("cli", "the CSV file")
    clients.add_argument("file", type=Path, metavar="FILE.csv", help=file_help)
    notes_help = QT_TRANSLATE_NOOP(
        "cli",
        "notes from a folder: one sub-folder per mentee, one .md, .txt or .docx file per session",
    )
    notes = _vault_arg(_command(isub, "notes", cmd_import_notes, notes_help))
    notes.add_argument("folder", type=Path, metavar="FOLDER", help=translate("cli", "the folder"))
    dry_help = translate("cli", "say what would be imported, and change nothing")
    for parser_ in (clients, notes):
        parser_.add_argument("--dry-run", action="store_true", help=dry_help)

    attach_help = QT_TRANSLATE_NOOP("cli", "keep a file with a mentee, inside the vault")
    attach = _command(sub, "attach", cmd_attach, attach_help)
    _mentee_args(attach)
    attach.add_argument(
        "file", type=Path, metavar="FILE", help=translate("cli", "the file to keep")
    )
    attach.add_argument(
        "--title", metavar="T", help=translate("cli", "the title (default: the file's name)")
    )
    shared_help = translate("cli", "shared with the mentee (default: private)")
    attach.add_argument("--shared", action="store_true", help=shared_help)
    list_help = QT_TRANSLATE_NOOP("cli", "list a mentee's attachments (tab-separated)")
    _mentee_args(_command(sub, "attachments", cmd_attachments, list_help))
