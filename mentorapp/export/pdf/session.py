"""The summary of one session for the employee: what was shared and agreed, no notes."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from mentorapp.export.documents import SessionSummaryDocument
from mentorapp.export.pdf.base import PdfRenderer
from mentorapp.export.pdf.blocks import key_value_table, markdown_flowables, markup, paragraph


class SessionSummaryPdf(PdfRenderer):
    """A ``SessionSummaryDocument`` as a PDF; the summary and agreements are Markdown."""

    def __init__(self, doc: SessionSummaryDocument) -> None:
        self.doc = doc
        super().__init__(doc.language, doc.mentor_name, doc.mentor_organisation, doc.logo_path)

    def document_title(self) -> str:
        return f"{self.labels['summary.document']} - {self.doc.employee_name}"

    def subject(self) -> str:
        return f"{self.labels['summary.document']}, {self.labels.long_date(self.doc.session_date)}"

    def footer_text(self) -> str:
        return self.labels.text("confidential_for", name=self.doc.employee_name)

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
        for key, text in (("summary", doc.summary), ("agreements", doc.agreements)):
            if text.strip():
                story.append(Paragraph(markup(w[key]), s["h2"]))
                story += markdown_flowables(text, s["body"], s["bullet"], s["h3"])
        if doc.next_session is not None:
            story.append(Paragraph(markup(w["next_session"]), s["h2"]))
            story.append(paragraph(w.date_time(doc.next_session), s["body"]))
        return story
