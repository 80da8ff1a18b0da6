"""The practice's CSV files: the hours report per sponsor and the coaching log.

Written as Excel reads them without asking: UTF-8 with a BOM, semicolons (the list
separator of Dutch and Belgian Excel), CRLF, dates in ISO form and hours with a decimal
point, so a script reads them too. They hold only what they count; a cell that starts
like a formula is quoted with an apostrophe, so opening the file never runs anything.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date as Day
from typing import Protocol


class HoursLine(Protocol):
    """A line of an hours report (``services.engagements.HoursRow``)."""

    @property
    def client(self) -> str: ...
    @property
    def sessions(self) -> int: ...
    @property
    def hours(self) -> float: ...


class HoursReport(Protocol):
    """What the report files are made of (``services.engagements.HoursReport``)."""

    @property
    def sponsor(self) -> str: ...
    @property
    def start(self) -> Day: ...
    @property
    def end(self) -> Day: ...
    @property
    def rows(self) -> Sequence[HoursLine]: ...
    @property
    def totals(self) -> HoursLine: ...


class LogRow(Protocol):
    """A line of the coaching log (``services.engagements.LogRow``)."""

    @property
    def client(self) -> str: ...
    @property
    def date(self) -> Day: ...
    @property
    def hours(self) -> float: ...
    @property
    def paid(self) -> bool: ...
    @property
    def kind(self) -> str: ...


HOURS_HEADER = ("client", "sessions", "hours")
LOG_HEADER = ("client", "date", "hours", "paid", "kind")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    text = str(value)
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def _hours(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([_cell(v) for v in row] for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def hours_csv(report: HoursReport) -> bytes:
    """One line per client, then ``total`` with the sums."""
    rows: list[Sequence[object]] = [(r.client, r.sessions, _hours(r.hours)) for r in report.rows]
    rows.append(("total", report.totals.sessions, _hours(report.totals.hours)))
    return _csv(HOURS_HEADER, rows)


def coaching_log_csv(rows: Iterable[LogRow]) -> bytes:
    """One line per session: client, date, hours, paid or pro bono, individual or group."""
    return _csv(
        LOG_HEADER,
        (
            (
                r.client,
                r.date.isoformat(),
                _hours(r.hours),
                "paid" if r.paid else "pro bono",
                r.kind,
            )
            for r in rows
        ),
    )
