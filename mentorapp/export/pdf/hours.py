"""The hours report for a sponsor: per client the billable sessions and hours of a period.

It is handed to the organisation that pays, so it holds only what it counts: the client
as the coach chose to name them, sessions, hours and the totals. No note, summary,
agreement or plan content is in a ``HoursReport`` to begin with.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from mentorapp.domain.enums import Language
from mentorapp.export.pdf.base import SANS_BOLD, PdfRenderer
from mentorapp.export.pdf.blocks import data_table, key_value_table, paragraph
from mentorapp.export.practice import HoursReport

# The report's own words (labels.py holds those shared by several documents).
WORDS = {
    Language.NL: {
        "document": "Urenoverzicht",
        "sponsor": "Opdrachtgever",
        "client": "Cliënt",
        "sessions": "Sessies",
        "total": "Totaal",
        "none": "Geen factureerbare sessies in deze periode.",
        "note": "Alleen factureerbare sessies; de uren volgen uit de geregistreerde duur.",
    },
    Language.EN: {
        "document": "Hours report",
        "sponsor": "Sponsor",
        "client": "Client",
        "sessions": "Sessions",
        "total": "Total",
        "none": "No billable sessions in this period.",
        "note": "Billable sessions only; hours come from the durations logged.",
    },
}


class HoursReportPdf(PdfRenderer):
    """A ``HoursReport`` as a PDF: sponsor and period, a table per client, the totals."""

    def __init__(
        self,
        report: HoursReport,
        language: Language,
        coach_name: str = "",
        coach_organisation: str = "",
        created: datetime | None = None,
    ) -> None:
        self.report = report
        self.words = WORDS[Language(language)]
        super().__init__(language, coach_name, coach_organisation, None, created)

    def styles(self) -> dict[str, ParagraphStyle]:
        styles = super().styles()
        for name in ("cell", "cell_right"):  # the totals line
            styles[f"{name}_total"] = ParagraphStyle(
                f"{name}_total", parent=styles[name], fontName=SANS_BOLD
            )
        return styles

    def document_title(self) -> str:
        return f"{self.words['document']} - {self.report.sponsor}"

    def story(self) -> list[Flowable]:
        report, w, s, labels = self.report, self.words, self.style, self.labels
        flowables: list[Flowable] = [
            paragraph(w["document"], s["title"]),
            key_value_table(
                [
                    (w["sponsor"], report.sponsor),
                    (labels["period"], labels.period(report.start, report.end)),
                ],
                self.frame_width,
                s["label"],
                s["value"],
            ),
            Spacer(1, 12),
        ]
        if not report.rows:
            return [*flowables, paragraph(w["none"], s["body"])]
        width = self.frame_width
        rows = [
            [
                paragraph(row.client, s["cell"]),
                paragraph(str(row.sessions), s["cell_right"]),
                paragraph(labels.number(row.hours), s["cell_right"]),
            ]
            for row in report.rows
        ]
        total = report.totals
        rows.append(
            [
                paragraph(w["total"], s["cell_total"]),
                paragraph(str(total.sessions), s["cell_right_total"]),
                paragraph(labels.number(total.hours), s["cell_right_total"]),
            ]
        )
        table = data_table(
            [w["client"], w["sessions"], labels["col.hours"]],
            rows,
            [0.6 * width, 0.2 * width, 0.2 * width],
            s["cell_head"],
            head_right=(s["cell_head_right"], (1, 2)),
        )
        return [*flowables, table, Spacer(1, 10), paragraph(w["note"], s["small"])]
