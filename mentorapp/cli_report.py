"""The career-centre report on the command line (README "Career-centre report").

``mentorapp report PATH --from DATE --to DATE OUT.pdf|OUT.csv|OUT.json [--by KIND]``
reports on one vault (the .json is the aggregate file for the centre), and
``mentorapp report merge OUT.pdf|OUT.csv FILE.json... [--threshold N]`` merges the
coaches' aggregate files into one published report. Both print one line:
``Report written: OUT (N cells suppressed)`` (a merge adds ``, M files merged``), or
``Aggregate written: OUT (...)`` for a .json. Only counts and means are written.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from mentorapp.cli import (
    EXIT_ERROR,
    EXIT_OK,
    ArgumentParser,
    CliError,
    SecretReader,
    _open,
    _output,
    _shown,
    _whole_number,
)
from mentorapp.cli_messages import QT_TRANSLATE_NOOP, in_dutch, shown_path, translate
from mentorapp.domain.enums import Language
from mentorapp.domain.report import MIN_THRESHOLD
from mentorapp.services import report
from mentorapp.services.report import ReportFileInvalid, ThresholdTooLow

MERGE = "merge"
MAX_THRESHOLD = 1_000_000


def _threshold(text: str) -> int:
    """``--threshold``: a whole number of at least 5."""
    value = _whole_number(text, MAX_THRESHOLD)
    if value is None or value < MIN_THRESHOLD:
        sentence = translate("cli", "--threshold must be a whole number of at least 5, not {value}")
        raise argparse.ArgumentTypeError(sentence.format(value=_shown(text)))
    return value


def _language() -> Language:
    return Language.NL if in_dutch() else Language.EN


def _file_problem(error: ReportFileInvalid) -> str:
    """The sentence for an aggregate file we cannot merge (it names the file only)."""
    where = shown_path(error.path) if error.path is not None else "?"
    sentence = {
        "not-json": translate("cli", "{file} is not a JSON file"),
        "format": translate("cli", "{file} is not a Mentorapp career-centre aggregate file"),
        "newer-version": translate(
            "cli", "{file} was made by a newer Mentorapp; update Mentorapp to merge it"
        ),
        "bad-value": translate(
            "cli", "{file} is damaged or was changed by hand (at {field}); ask for it again"
        ),
        "mismatch": translate(
            "cli",
            "{file} covers another period or grouping than the first file; merge only "
            "files of one period and grouping",
        ),
        "no-files": translate("cli", "no aggregate file was given"),
        "duplicate": translate(
            "cli",
            "{file} is the same file as one given before, or an exact copy of it; "
            "its mentees would count twice",
        ),
    }.get(error.reason, translate("cli", "{file} is not a Mentorapp career-centre aggregate file"))
    return sentence.format(file=where, field=error.detail or "?")


def _written(written: report.Written, merged: int | None, out: TextIO) -> None:
    if written.suppressed is None:
        print(
            f"Aggregate written: {written.path} (counts per cell, small cells included: "
            "hand it to the career centre, never publish it as it is)",
            file=out,
        )
        return
    files = "" if merged is None else f", {merged} files merged"
    print(
        f"Report written: {written.path} ({written.suppressed} cells suppressed{files})", file=out
    )


def _report_vault(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    if len(args.words) != 2:
        raise CliError(
            translate("cli", "expected: mentorapp report PATH --from DATE --to DATE OUT")
        )
    path, target = Path(args.words[0]), Path(args.words[1])
    args.path = path  # errors name the vault the coach typed
    if args.start is None or args.end is None:
        raise CliError(translate("cli", "a report of a vault needs --from and --to"))
    if args.end < args.start:
        raise CliError(translate("cli", "--to is before --from"))
    if target.suffix.casefold() not in (".pdf", ".csv", ".json"):
        raise CliError(translate("cli", "OUT must end in .pdf, .csv or .json"))
    _output(target)
    with _open(path, secrets, reading=True) as vault:
        least = report.threshold(vault)
        aggregate = report.build(vault, args.start, args.end, args.by)
    if args.threshold is not None and args.threshold < least:
        raise ThresholdTooLow(args.threshold, least)  # (worded by cmd_report)
    threshold = args.threshold or least
    written = report.write_report(aggregate, target, threshold=threshold, language=_language())
    _written(written, None, out)
    return EXIT_OK


def _report_merge(args: argparse.Namespace, out: TextIO) -> int:
    if len(args.words) < 3:
        raise CliError(translate("cli", "expected: mentorapp report merge OUT FILE.json..."))
    if args.start is not None or args.end is not None or args.by is not None:
        raise CliError(
            translate(
                "cli",
                "a merge keeps the period and grouping of its files: leave out "
                "--from, --to and --by",
            )
        )
    target, files = Path(args.words[1]), [Path(w) for w in args.words[2:]]
    if target.suffix.casefold() not in (".pdf", ".csv"):
        raise CliError(translate("cli", "OUT must end in .pdf or .csv"))
    _output(target)
    merged = report.merge_files(files)
    threshold = args.threshold or MIN_THRESHOLD
    written = report.write_report(merged, target, threshold=threshold, language=_language())
    _written(written, len(files), out)
    return EXIT_OK


def cmd_report(args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> int:
    try:
        if args.words[0] == MERGE:
            return _report_merge(args, out)
        return _report_vault(args, secrets, out)
    except ReportFileInvalid as exc:
        raise CliError(_file_problem(exc), EXIT_ERROR) from None
    except ThresholdTooLow as exc:
        sentence = translate("cli", "the threshold can only go up: this vault's is {least}")
        raise CliError(sentence.format(least=exc.least), EXIT_ERROR) from None


class _Intermixed(ArgumentParser):
    """The report's parser: options may stand between the positional words
    (``report PATH --from D --to D OUT``), which plain argparse would refuse."""

    _inside = False

    def parse_known_args(  # type: ignore[override]
        self, args: list[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self._inside:
            return super().parse_known_args(args, namespace)
        self._inside = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._inside = False


def register(sub: argparse._SubParsersAction[ArgumentParser]) -> None:
    """``report PATH ...`` and ``report merge OUT FILE.json...`` (one parser, two forms:
    a first word ``merge`` is the merge; a vault folder named merge is ``./merge``)."""
    help_text = QT_TRANSLATE_NOOP(
        "cli", "the career-centre report: counts and means only, small cells suppressed"
    )
    description = translate(
        "cli",
        "Two forms. 'mentorapp report PATH --from DATE --to DATE OUT' writes the report of "
        "one vault: OUT.pdf or OUT.csv to publish, or OUT.json, the aggregate file to hand "
        "to the career centre. 'mentorapp report merge OUT FILE.json...' merges the "
        "coaches' aggregate files into one report (OUT.pdf or OUT.csv). Every cell of fewer "
        "than the threshold of mentees is suppressed, and so is whatever would reveal one.",
    )
    parser = sub.add_parser(
        "report",
        help=translate("cli", help_text),
        description=description,
        usage=(
            "mentorapp report PATH --from DATE --to DATE OUT.pdf|OUT.csv|OUT.json "
            "[--by {organisation,department}] [--threshold N]\n"
            "       mentorapp report merge OUT.pdf|OUT.csv FILE.json... [--threshold N]"
        ),
    )
    parser.__class__ = _Intermixed
    parser.set_defaults(func=cmd_report)
    words_help = translate(
        "cli", "PATH OUT (the vault folder and the file to write), or: merge OUT FILE.json..."
    )
    parser.add_argument("words", nargs="+", metavar="ARG", help=words_help)
    from mentorapp.cli_practice import _day

    from_help = translate("cli", "the first day of the period (YYYY-MM-DD)")
    parser.add_argument("--from", dest="start", metavar="DATE", type=_day, help=from_help)
    to_help = translate("cli", "the last day of the period (YYYY-MM-DD)")
    parser.add_argument("--to", dest="end", metavar="DATE", type=_day, help=to_help)
    by_help = translate("cli", "a column per organisation or per department (default: everyone)")
    parser.add_argument("--by", choices=["organisation", "department"], help=by_help)
    threshold_help = translate(
        "cli",
        "suppress cells of fewer than N mentees (at least 5; a vault's report uses at least "
        "the vault's setting)",
    )
    parser.add_argument("--threshold", type=_threshold, metavar="N", help=threshold_help)
