"""Any questionnaire as a blank form to fill in by hand: open items, scales, choices.

The preparation form, the career check and the job crafting reflection are the built-in
templates printed this way, and so is every template the coach makes. Open items get
ruled lines to write on; a run of scale items with the same range and anchors is one
table, a row of boxes per item under the numbers and the anchor labels (a header that
repeats on every page the table spans); a choice item is a list of tick boxes. The form
holds no personal data: name and date are written in by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from mentorapp.domain.enums import QuestionKind, TemplateKind
from mentorapp.export.documents import FormDocument, FormItemView, FormSectionView
from mentorapp.export.pdf.base import ACCENT, INK, MUTED, RULE, SANS_ITALIC, PdfRenderer
from mentorapp.export.pdf.blocks import (
    WritingLines,
    data_table,
    keep_heading,
    markup,
    paragraph,
    table_style,
    text_flowables,
    with_table_start,
)

# Ruled lines under an open item: more room when it is the only item of its section.
LINES_ALONE = 5
LINES_SHARED = 4
BOX = 4.2 * mm  # the side of a tick box
SCALE_COLUMN = 11 * mm  # the width of one scale point, up to five points
SCALE_ROOM = 66 * mm  # the most a wider scale (0-10) may take


class TickBox(Flowable):  # type: ignore[misc]
    """An empty square to tick by hand."""

    def __init__(self, size: float = BOX) -> None:
        super().__init__()
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.7)
        canvas.rect(0, 0, self.size, self.size, stroke=1, fill=0)
        canvas.restoreState()


def _scale_key(item: FormItemView) -> tuple[int, int, str, str]:
    return item.low, item.high, item.low_label, item.high_label


def item_groups(items: Sequence[FormItemView]) -> list[list[FormItemView]]:
    """The items in order, consecutive scale items with the same scale as one group."""
    groups: list[list[FormItemView]] = []
    for item in items:
        previous = groups[-1][-1] if groups else None
        if (
            previous is not None
            and item.kind is QuestionKind.SCALE
            and previous.kind is QuestionKind.SCALE
            and _scale_key(item) == _scale_key(previous)
        ):
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups


class QuestionnaireFormPdf(PdfRenderer):
    """A ``FormDocument`` as a PDF, in the template's own language."""

    def __init__(self, doc: FormDocument, created: datetime | None = None) -> None:
        self.doc = doc
        super().__init__(
            doc.language, doc.mentor_name, doc.mentor_organisation, doc.logo_path, created
        )

    def styles(self) -> dict[str, ParagraphStyle]:
        styles = super().styles()
        styles["question"] = ParagraphStyle(
            "question", parent=styles["body"], spaceBefore=4, spaceAfter=3, keepWithNext=1
        )
        styles["hint"] = ParagraphStyle(
            "hint", parent=styles["body"], fontName=SANS_ITALIC, textColor=MUTED, fontSize=8.5,
            leading=11.5, spaceAfter=3, keepWithNext=1,
        )  # fmt: skip
        styles["intro"] = ParagraphStyle(
            "intro", parent=styles["body"], textColor=MUTED, keepWithNext=1
        )
        styles["choice"] = ParagraphStyle(
            "choice", parent=styles["cell"], leftIndent=14, firstLineIndent=0
        )
        styles["anchor_low"] = ParagraphStyle(
            "anchor_low", parent=styles["cell_small"], textColor=ACCENT, spaceBefore=0
        )
        styles["anchor_high"] = ParagraphStyle(
            "anchor_high", parent=styles["anchor_low"], alignment=TA_RIGHT
        )
        styles["point"] = ParagraphStyle("point", parent=styles["cell_head"], alignment=TA_CENTER)
        return styles

    def document_title(self) -> str:
        return self.doc.title

    def footer_text(self) -> str:
        version = f"{self.labels['version']} {self.doc.version}".lower()
        return f"{self.doc.title}, {version}"

    # --- story ---------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        doc, s = self.doc, self.style
        story: list[Flowable] = [paragraph(doc.title, s["title"]), Spacer(1, 6)]
        story += text_flowables(doc.intro, s["body"], s["bullet"])
        story += [Spacer(1, 6), self.name_lines()]
        for section in doc.sections:
            story += self.section(section)
        return story

    def name_lines(self) -> Flowable:
        """Name and date, written in by hand (a preparation asks the conversation's date)."""
        w, s = self.labels, self.style
        width = self.frame_width
        when = "preparation.date" if self.doc.kind is TemplateKind.PREPARATION else "form.date"
        data = [
            [paragraph(f"{w['form.name']}:", s["label"]), ""],
            [paragraph(f"{w[when]}:", s["label"]), ""],
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

    def section(self, section: FormSectionView) -> list[Flowable]:
        """The section's title and intro, kept with the start of its first item."""
        s = self.style
        heading: list[Flowable] = []
        if section.title.strip():
            heading.append(Paragraph(markup(section.title), s["h2"]))
        heading += text_flowables(section.intro, s["intro"])
        alone = len(section.items) == 1
        blocks = [self.group(group, alone) for group in item_groups(section.items)]
        if not heading:
            return [Spacer(1, 8), *blocks] if blocks else []
        if blocks and section.items[0].kind is QuestionKind.SCALE:
            first = with_table_start(heading, blocks[0], self.frame_width, self.frame_height / 2)
            return [*first, *blocks[1:]]
        return keep_heading(heading, blocks, self.frame_width, first_whole=True)

    def group(self, items: list[FormItemView], alone: bool) -> Flowable:
        first = items[0]
        if first.kind is QuestionKind.SCALE:
            return self.scale_table(items)
        if first.kind is QuestionKind.CHOICE:
            return self.choice_item(first)
        return self.open_item(first, LINES_ALONE if alone else LINES_SHARED)

    def question(self, item: FormItemView) -> list[Flowable]:
        s = self.style
        flowables = [paragraph(item.text, s["question"])]
        if item.hint.strip():
            flowables.append(paragraph(item.hint, s["hint"]))
        return flowables

    def open_item(self, item: FormItemView, lines: int) -> Flowable:
        return self.whole([*self.question(item), WritingLines(lines), Spacer(1, 4)])

    def whole(self, content: list[Flowable]) -> Flowable:
        """``content`` as one block that a page break never parts (measurable before it
        is placed, unlike ``KeepTogether``, so a heading can be kept with it)."""
        table = Table([[content]], colWidths=[self.frame_width], hAlign="LEFT")
        table.setStyle(
            table_style(
                [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def choice_item(self, item: FormItemView) -> Flowable:
        """The choices as tick boxes: side by side when they are short, else one a line."""
        choices = [c for c in item.choices if c.strip()]
        columns = 3 if choices and max(len(c) for c in choices) <= 28 else 1
        cells = [self.choice(text) for text in choices]
        rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
        rows = [row + [""] * (columns - len(row)) for row in rows]
        content: list[Flowable] = self.question(item)
        if rows:
            table = Table(rows, colWidths=[self.frame_width / columns] * columns, hAlign="LEFT")
            table.setStyle(
                table_style(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("TOPPADDING", (0, 0), (-1, -1), 2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
            )
            content.append(table)
        else:  # a choice item without choices yet: room to write the answer
            content.append(WritingLines(1))
        return self.whole([*content, Spacer(1, 6)])

    def choice(self, text: str) -> Flowable:
        """One choice: a tick box beside its words (the words wrap beside the box)."""
        s = self.style
        table = Table([[TickBox(), paragraph(text, s["cell"])]], colWidths=[BOX + 5, None])
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (0, 0), 0.5),
                ]
            )
        )
        return table

    # --- scales --------------------------------------------------------------------------

    def scale_widths(self, points: int) -> list[float]:
        column = SCALE_COLUMN if points <= 5 else max(6 * mm, SCALE_ROOM / points)
        return [self.frame_width - points * column] + [column] * points

    def scale_header(self, item: FormItemView, widths: list[float]) -> Flowable:
        """The anchor labels over the two ends of the scale, the numbers over the boxes."""
        s = self.style
        numbers = Table(
            [[paragraph(str(p), s["point"]) for p in range(item.low, item.high + 1)]],
            colWidths=widths,
        )
        numbers.setStyle(table_style(self.TIGHT))
        if not (item.low_label.strip() or item.high_label.strip()):
            return numbers
        half = sum(widths) / 2
        anchors = Table(
            [
                [
                    paragraph(item.low_label, s["anchor_low"]),
                    paragraph(item.high_label, s["anchor_high"]),
                ]
            ],
            colWidths=[half, half],
        )
        anchors.setStyle(table_style([*self.TIGHT, ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
        both = Table([[anchors], [numbers]], colWidths=[sum(widths)])
        both.setStyle(table_style(self.TIGHT))
        return both

    TIGHT: tuple[tuple[Any, ...], ...] = (
        ("LEFTPADDING", (0, 0), (-1, -1), 1),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    )

    def scale_table(self, items: list[FormItemView]) -> Flowable:
        """Scale items with one range and one pair of anchors: a row of boxes per item."""
        s = self.style
        first = items[0]
        points = max(1, first.high - first.low + 1)
        widths = self.scale_widths(points)
        rows = []
        for item in items:
            text: list[Flowable] = [paragraph(item.text, s["cell"])]
            if item.hint.strip():
                text.append(paragraph(item.hint, s["cell_small"]))
            rows.append([text, *[TickBox() for _ in range(points)]])
        header: list[str | Flowable] = ["", self.scale_header(first, widths[1:])]
        table = data_table(
            header + [""] * (points - 1),
            rows,
            widths,
            s["cell_head"],
            extra_style=[
                ("SPAN", (1, 0), (-1, 0)),
                ("ALIGN", (1, 1), (-1, -1), "CENTER"),
                ("VALIGN", (1, 1), (-1, -1), "MIDDLE"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("LEFTPADDING", (1, 0), (-1, -1), 0),
                ("RIGHTPADDING", (1, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ],
        )
        return table
