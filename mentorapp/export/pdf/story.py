"""A career story on one page, to hand to an employee: a non-linear path made visible.

The story belongs to no mentee and names nobody, so its footer has no "Confidential";
it keeps the footer's place and style (the document's name, the page number). The move
kinds it shows are tags under the title, in the story's own language.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from mentorapp.export.documents import StoryDocument
from mentorapp.export.pdf.base import ACCENT, MUTED, SANS, SANS_BOLD, TINT, PdfRenderer
from mentorapp.export.pdf.blocks import paragraph, text_flowables


class TagRow(Flowable):  # type: ignore[misc]
    """A label and tags as rounded boxes, running on to a next line when the width ends."""

    font_size = 8.5
    height_each = 15.0  # one box
    gap = 5.0  # between boxes and between lines
    padding = 6.0  # inside a box, left and right

    def __init__(self, label: str, tags: list[str]) -> None:
        super().__init__()
        self.label = label
        self.tags = tags
        self.placed: list[tuple[float, int, str]] = []  # x, line, tag

    def _box_width(self, tag: str) -> float:
        return float(stringWidth(tag, SANS, self.font_size)) + 2 * self.padding

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        start = stringWidth(self.label, SANS_BOLD, self.font_size) + self.gap if self.label else 0
        x, line, self.placed = float(start), 0, []
        for tag in self.tags:
            width = self._box_width(tag)
            if x > start and x + width > available_width:
                x, line = float(start), line + 1
            self.placed.append((x, line, tag))
            x += width + self.gap
        lines = line + 1 if self.tags else 0
        self.width = available_width
        self.height = lines * self.height_each + max(lines - 1, 0) * self.gap
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        baseline = self.height_each / 2 - self.font_size * 0.35
        top = self.height - self.height_each  # the first line's box bottom
        if self.label:
            canvas.setFont(SANS_BOLD, self.font_size)
            canvas.setFillColor(MUTED)
            canvas.drawString(0, top + baseline, self.label)
        canvas.setFont(SANS, self.font_size)
        for x, line, tag in self.placed:
            y = top - line * (self.height_each + self.gap)
            canvas.setFillColor(TINT)
            canvas.setStrokeColor(TINT)
            canvas.roundRect(x, y, self._box_width(tag), self.height_each, 4, stroke=0, fill=1)
            canvas.setFillColor(ACCENT)
            canvas.drawString(x + self.padding, y + baseline, tag)
        canvas.restoreState()


class CareerStoryPdf(PdfRenderer):
    """A ``StoryDocument`` as a PDF: title, move kinds as tags, the story, a short note."""

    def __init__(self, doc: StoryDocument, created: datetime | None = None) -> None:
        self.doc = doc
        super().__init__(
            doc.language, doc.mentor_name, doc.mentor_organisation, doc.logo_path, created
        )

    def styles(self) -> dict[str, ParagraphStyle]:
        styles = super().styles()
        # A story is read, not filled in: a little larger and airier than a plan.
        styles["story"] = ParagraphStyle(
            "story", parent=styles["body"], fontSize=10.5, leading=15.5, spaceAfter=7
        )
        styles["story_bullet"] = ParagraphStyle(
            "story_bullet", parent=styles["story"], leftIndent=14, bulletIndent=3, spaceAfter=3
        )
        styles["kicker"] = ParagraphStyle(
            "kicker", parent=styles["label"], textColor=MUTED, spaceAfter=3
        )
        return styles

    def document_title(self) -> str:
        return f"{self.labels['story.document']} - {self.doc.title}"

    def footer_mark(self) -> str:
        return ""  # no person in it: nothing confidential

    def footer_text(self) -> str:
        return self.document_title()

    def story(self) -> list[Flowable]:
        doc, w, s = self.doc, self.labels, self.style
        flowables: list[Flowable] = [
            paragraph(w["story.document"], s["kicker"]),
            paragraph(doc.title, s["title"]),
            Spacer(1, 6),
        ]
        if doc.move_kinds:
            tags = [w.enum(kind) for kind in doc.move_kinds]
            flowables += [TagRow(f"{w['story.moves']}:", tags), Spacer(1, 12)]
        for flowable in text_flowables(doc.text, s["story"], s["story_bullet"]):
            if _is_bullet(flowables[-1]) and not _is_bullet(flowable):
                flowables.append(Spacer(1, 5))  # a list ends before the story goes on
            flowables.append(flowable)
        flowables += [Spacer(1, 10), paragraph(w["story.note"], s["small"])]
        return flowables


def _is_bullet(flowable: Flowable) -> bool:
    return isinstance(flowable, Paragraph) and bool(flowable.bulletText)
