"""A blank form to prepare a career conversation: talents, ambitions, energy, values."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from mentorapp.domain.enums import Language
from mentorapp.export.documents import CoachInfo
from mentorapp.export.pdf.base import MUTED, SANS_ITALIC, PdfRenderer
from mentorapp.export.pdf.blocks import WritingLines, markup, paragraph, table_style

# (section, ruled lines): the employee's own reflection, in the order of the conversation.
SECTIONS = (
    ("talents", 6),
    ("ambitions", 6),
    ("energy_givers", 5),
    ("energy_drainers", 6),
    ("values", 6),
    ("questions", 8),
)


class PreparationFormPdf(PdfRenderer):
    """The preparation sheet to hand out before a career conversation (no personal data)."""

    def __init__(
        self, language: Language, coach: CoachInfo | None = None, created: datetime | None = None
    ) -> None:
        super().__init__(
            language,
            coach.name if coach else "",
            coach.organisation if coach else "",
            coach.logo_path if coach else None,
            created,
        )

    def styles(self) -> dict[str, ParagraphStyle]:
        styles = super().styles()
        styles["prompt"] = ParagraphStyle(
            "prompt", parent=styles["body"], fontName=SANS_ITALIC, textColor=MUTED,
            spaceAfter=4, keepWithNext=1,
        )  # fmt: skip
        return styles

    def document_title(self) -> str:
        return self.labels["preparation.document"]

    def story(self) -> list[Flowable]:
        w, s = self.labels, self.style
        story: list[Flowable] = [
            paragraph(w["preparation.document"], s["title"]),
            Spacer(1, 6),
            paragraph(w["preparation.intro"], s["body"]),
            Spacer(1, 6),
            self.name_lines(),
        ]
        for key, lines in SECTIONS:
            story.append(
                KeepTogether(
                    [
                        Paragraph(markup(w[key]), s["h2"]),
                        paragraph(w[f"{key}.prompt"], s["prompt"]),
                        WritingLines(lines),
                    ]
                )
            )
        return story

    def name_lines(self) -> Flowable:
        w, s = self.labels, self.style
        width = self.frame_width
        data = [
            [paragraph(f"{w['form.name']}:", s["label"]), ""],
            [paragraph(f"{w['preparation.date']}:", s["label"]), ""],
        ]
        table = Table(data, colWidths=[0.3 * width, 0.7 * width], rowHeights=[24, 24])
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("LINEBELOW", (1, 0), (1, -1), 0.5, MUTED),
                ]
            )
        )
        return table
