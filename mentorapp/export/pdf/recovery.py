"""The recovery kit: a vault's recovery key on paper, with how to use it and keep it."""

from __future__ import annotations

import re
from datetime import datetime

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from mentorapp.export.documents import RecoveryKitDocument
from mentorapp.export.pdf.base import ACCENT, INK, MONO, MONO_BOLD, TINT, WARN, PdfRenderer
from mentorapp.export.pdf.blocks import callout, key_value_table, markup, paragraph, table_style

GROUP = 4
GROUPS_PER_ROW = 4


def key_groups(recovery_key: str) -> list[str]:
    """The key in groups of four characters, whatever separators it came with."""
    digits = re.sub(r"[\s\-]", "", recovery_key)
    return [digits[i : i + GROUP] for i in range(0, len(digits), GROUP)]


class RecoveryKitPdf(PdfRenderer):
    """A ``RecoveryKitDocument`` as one page to print and keep away from the computer."""

    def __init__(self, doc: RecoveryKitDocument, created: datetime | None = None) -> None:
        self.doc = doc
        super().__init__(doc.language, "Mentorapp", created=created)

    def styles(self) -> dict[str, ParagraphStyle]:
        styles = super().styles()
        styles["key"] = ParagraphStyle(
            "key",
            parent=styles["body"],
            fontName=MONO_BOLD,
            fontSize=19,
            leading=24,
            textColor=INK,
            alignment=TA_CENTER,
            spaceAfter=0,
        )
        styles["code"] = ParagraphStyle(
            "code",
            parent=styles["body"],
            fontName=MONO,
            fontSize=7.6,
            leading=10,
            spaceAfter=0,
        )
        styles["step"] = ParagraphStyle(
            "step",
            parent=styles["body"],
            leftIndent=16,
            bulletIndent=0,
            bulletFontName=styles["body"].fontName,
            spaceAfter=6,
        )
        return styles  # fmt: skip

    def document_title(self) -> str:
        return f"{self.labels['recovery.document']} - {self.doc.vault_name}"

    def author(self) -> str:
        return "Mentorapp"

    def footer_text(self) -> str:
        return self.document_title()

    def story(self) -> list[Flowable]:
        doc, w, s = self.doc, self.labels, self.style
        groups = key_groups(doc.recovery_key)
        hex_key = "".join(groups)
        pragma = f"PRAGMA key = \"x'{hex_key}'\";"
        which = [
            (w["recovery.vault"], doc.vault_name),
            (w["recovery.location"], doc.location),
            (w["recovery.computer"], doc.computer),
            (w["recovery.made_on"], w.long_date(doc.made_on)),
        ]
        return [
            paragraph(w["recovery.document"], s["title"]),
            Spacer(1, 8),
            key_value_table(
                [(k, v) for k, v in which if v.strip()],
                self.frame_width, s["label"], s["value"], columns=1,
            ),
            Spacer(1, 10),
            callout([paragraph(w["recovery.warning"], s["body"])], self.frame_width, WARN),
            Spacer(1, 12),
            KeepTogether([
                Paragraph(markup(w["recovery.key"]), s["h2"]),
                self.key_block(groups),
            ]),
            Spacer(1, 6),
            Paragraph(markup(w["recovery.use_title"]), s["h2"]),
            paragraph(w["recovery.use_app"], s["step"], bulletText="1."),
            paragraph(w["recovery.use_sqlcipher"], s["step"], bulletText="2."),
            callout(
                [paragraph(pragma, s["code"])], self.frame_width - 16, ACCENT, TINT, "RIGHT"
            ),
            Spacer(1, 8),
            paragraph(w["recovery.after"], s["step"], bulletText="3."),
        ]  # fmt: skip

    def key_block(self, groups: list[str]) -> Flowable:
        """The key large, four groups to a row, in a box."""
        s = self.style
        rows = [
            [paragraph(group, s["key"]) for group in groups[i : i + GROUPS_PER_ROW]]
            for i in range(0, len(groups), GROUPS_PER_ROW)
        ]
        width = self.frame_width / GROUPS_PER_ROW
        for row in rows:
            row.extend("" for _ in range(GROUPS_PER_ROW - len(row)))
        table = Table(rows, colWidths=[width] * GROUPS_PER_ROW, hAlign="CENTER")
        table.setStyle(
            table_style(
                [
                    ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
                    ("TOPPADDING", (0, 0), (-1, -1), 7),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                    ("TOPPADDING", (0, 0), (-1, 0), 14),
                    ("BOTTOMPADDING", (0, -1), (-1, -1), 14),
                ]
            )
        )
        return table
