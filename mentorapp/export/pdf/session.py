"""The summary of one session for the employee: what was shared and agreed, no notes."""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import Flowable, Paragraph, Spacer

from mentorapp.export.documents import SessionSummaryDocument
from mentorapp.export.pdf.base import PdfRenderer
from mentorapp.export.pdf.blocks import (
    keep_heading,
    key_value_table,
    list_flowables,
    markdown_flowables,
    markup,
    paragraph,
)


class SessionSummaryPdf(PdfRenderer):
    """A ``SessionSummaryDocument`` as a PDF.

    The summary is Markdown (the session editor's rich text); the agreements are typed one
    per line, and print as a list, one agreement per line.
    """

    def __init__(self, doc: SessionSummaryDocument, created: datetime | None = None) -> None:
        self.doc = doc
        super().__init__(
            doc.language, doc.mentor_name, doc.mentor_organisation, doc.logo_path, created
        )

    def document_title(self) -> str:
        return f"{self.labels['summary.document']} - {self.doc.employee_name}"

    def subject(self) -> str:
        return f"{self.labels['summary.document']}, {self.labels.long_date(self.doc.session_date)}"

    def footer_text(self) -> str:
        return self.labels.text("for_name", name=self.doc.employee_name)

    def story(self) -> list[Flowable]:
        doc, w, s = self.doc, self.labels, self.style
        mentor = doc.mentor_name
        if doc.mentor_organisation.strip():
            mentor = f"{mentor} ({doc.mentor_organisation})" if mentor else doc.mentor_organisation
        pairs = [
            (w["employee"], doc.employee_name),
            (w["mentor"], mentor),
            (w["session.kind"], w.enum(doc.kind)),
            (w["session.mode"], w.enum(doc.mode)),
        ]
        story: list[Flowable] = [
            paragraph(w["summary.document"], s["title"]),
            paragraph(w.date_time(doc.session_date), s["subtitle"]),
            key_value_table(
                [(k, v) for k, v in pairs if v.strip()], self.frame_width, s["label"], s["value"]
            ),
            Spacer(1, 4),
        ]
        if doc.summary.strip():
            story += self.section(
                "summary", markdown_flowables(doc.summary, s["body"], s["bullet"], s["h3"])
            )
        if doc.agreements.strip():
            story += self.section(
                "agreements", list_flowables(doc.agreements, s["body"], s["bullet"])
            )
        if doc.next_session is not None:
            story += self.section(
                "next_session", [paragraph(w.date_time(doc.next_session), s["body"])]
            )
        return story

    def section(self, key: str, content: list[Flowable]) -> list[Flowable]:
        heading = Paragraph(markup(self.labels[key]), self.style["h2"])
        return keep_heading([heading], content, self.frame_width, self.short_block)
