"""The published career-centre report as CSV: one line per group and metric.

Columns ``group;metric;value;suppressed`` (semicolons and a BOM, as Excel opens it, like
the hours report). ``group`` is ``(all)`` for every mentee, ``(other groups)`` for the
pooled small groups, else the group's label; ``metric`` is the published metric key
(README "Career-centre report"); ``value`` is empty and ``suppressed`` is ``yes`` for a
suppressed cell. Only what ``publish`` let through is here.
"""

from __future__ import annotations

import csv
import io

from mentorapp.domain.report import FRACTIONAL, OTHER_LABEL, Published, published_metric
from mentorapp.export.practice import _cell

HEADER = ("group", "metric", "value", "suppressed")
ALL = "(all)"
OTHER = "(other groups)"
_DECIMALS = {published_metric(m) for m in FRACTIONAL}


def _group(label: str) -> str:
    return ALL if label == "" else OTHER if label == OTHER_LABEL else label


def _value(metric: str, value: float | None) -> str:
    if value is None:
        return ""
    if metric in _DECIMALS:
        return f"{value:.2f}"
    return str(int(value))


def report_csv(report: Published) -> bytes:
    """The report's rows, every group and metric, suppressed cells empty. A label that
    a spreadsheet would read as a formula starts with a quote; numbers stay numbers."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for r in report.rows:
        writer.writerow(
            (
                _cell(_group(r.group)),
                r.metric,
                _value(r.metric, r.value),
                "yes" if r.value is None else "no",
            )
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
