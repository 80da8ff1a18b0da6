"""The shared PDF renderer: bundled fonts, page furniture, "Page X of Y", bytes out.

After pretix's invoice renderer: a class with the page size and margins as attributes and
template methods for fonts, styles, page decorations and the story; ``generate()``
returns the PDF as bytes and the caller decides where it goes (``export.files``).

Only the bundled DejaVu fonts appear in a PDF: the canvas starts in DejaVu rather than
ReportLab's default Helvetica, which would be listed as a font that is not embedded. The
creation date is the export time handed in; everything else is fixed (``invariant``), so
the same document at the same time gives the same bytes.
"""

from __future__ import annotations

import enum
import functools
import io
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from mentorapp import __version__
from mentorapp.domain import clock
from mentorapp.domain.enums import Language
from mentorapp.export.labels import Labels
from mentorapp.resource_files import resource_dir

FONT_DIR = resource_dir("fonts")

# Registered under our own names, so a font of the same name registered elsewhere in the
# process (or found on the system) can never stand in for the bundled files.
SANS = "Mentorapp-DejaVuSans"
SANS_BOLD = "Mentorapp-DejaVuSans-Bold"
SANS_ITALIC = "Mentorapp-DejaVuSans-Oblique"
SANS_BOLD_ITALIC = "Mentorapp-DejaVuSans-BoldOblique"
MONO = "Mentorapp-DejaVuSansMono"
MONO_BOLD = "Mentorapp-DejaVuSansMono-Bold"
FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    MONO: "DejaVuSansMono.ttf",
    MONO_BOLD: "DejaVuSansMono-Bold.ttf",
}

INK = colors.HexColor("#1E2328")
MUTED = colors.HexColor("#5B6670")
ACCENT = colors.HexColor("#1F5566")
TINT = colors.HexColor("#E6EEF1")
RULE = colors.HexColor("#B9C6CC")
WARN = colors.HexColor("#9A5B00")
WARN_TINT = colors.HexColor("#FBF1E3")
OK = colors.HexColor("#2E6B3A")

_fonts_lock = threading.Lock()
_fonts_registered = False


def register_bundled_fonts(folder: Path = FONT_DIR) -> None:
    """Register the bundled DejaVu fonts once per process (never system fonts)."""
    global _fonts_registered
    with _fonts_lock:
        if _fonts_registered:
            return
        for name, filename in FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC
        )
        pdfmetrics.registerFontFamily(
            MONO, normal=MONO, bold=MONO_BOLD, italic=MONO, boldItalic=MONO_BOLD
        )
        _fonts_registered = True


class LogoProblem(enum.Enum):
    """Why a logo file cannot go on a PDF."""

    MISSING = "missing"
    UNREADABLE = "unreadable"  # no permission, or a read error
    NOT_AN_IMAGE = "not_an_image"  # not a PNG or JPEG that decodes (truncated, renamed)


LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")


def logo_problem(path: Path) -> LogoProblem | None:
    """None when ``path`` is a PNG or JPEG logo that decodes as the PDF would load it."""
    try:
        with path.open("rb"):
            pass
    except FileNotFoundError:
        return LogoProblem.MISSING
    except OSError:  # a folder, no permission, a read error
        return LogoProblem.UNREADABLE
    if path.suffix.lower() not in LOGO_SUFFIXES or Logo.load(path) is None:
        return LogoProblem.NOT_AN_IMAGE
    return None


class Logo:
    """A decoded logo image, or nothing: a missing or broken file is skipped silently."""

    def __init__(self, reader: Any, width: float, height: float) -> None:
        self.reader = reader
        self.width = width
        self.height = height

    @classmethod
    def load(cls, path: Path | None) -> Logo | None:
        if path is None:
            return None
        try:
            reader = ImageReader(str(path))
            width, height = reader.getSize()
            reader.getRGBData()  # decode now: a truncated file fails here, not mid-page
        except Exception:  # any unreadable image: the document goes out without a logo
            return None
        if width <= 0 or height <= 0:
            return None
        return cls(reader, float(width), float(height))

    def fit(self, max_width: float, max_height: float) -> tuple[float, float]:
        scale = min(max_width / self.width, max_height / self.height)
        return self.width * scale, self.height * scale


def pdf_date(value: datetime) -> str:
    """A PDF date string (``D:20261124103000+01'00'``); naive times are local wall time."""
    aware = value if value.tzinfo is not None else value.astimezone()
    offset = aware.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"D:{aware:%Y%m%d%H%M%S}{sign}{hours:02d}'{rest:02d}'"


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut short with an ellipsis where it would run wider than ``width``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds every page back until the end so each can say "Page X of Y"."""

    def __init__(
        self,
        *args: Any,
        page_label: Callable[[int, int], str],
        label_font: str,
        label_position: tuple[float, float],
        created: str,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        # ReportLab's supported hook for the dates in the document information: with
        # ``invariant`` on, the only time in the file is the one we hand in.
        self.setDateFormatter(lambda *_ymdhms: created)
        self._saved_pages: list[dict[str, Any]] = []
        self._page_label = page_label
        self._label_font = label_font
        self._label_position = label_position

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_page_label(total)
            super().showPage()
        super().save()

    def _draw_page_label(self, total: int) -> None:
        x, y = self._label_position
        self.saveState()
        self.setFont(self._label_font, 7.5)
        self.setFillColor(MUTED)
        self.drawRightString(x, y, self._page_label(self._pageNumber, total))
        self.restoreState()


class PdfRenderer:
    """Base of every Mentorapp PDF: A4, bundled fonts, header, footer with page numbers."""

    pagesize = A4
    left_margin = 20 * mm
    right_margin = 20 * mm
    top_margin = 30 * mm
    bottom_margin = 22 * mm
    header_top = 10 * mm  # from the top edge of the paper
    logo_max_width = 45 * mm
    logo_max_height = 11.5 * mm  # ends 2.5 mm above the header rule
    footer_offset = 11 * mm  # baseline of the footer text, below the text area
    compress = True

    def __init__(
        self,
        language: Language,
        coach_name: str = "",
        coach_organisation: str = "",
        logo_path: Path | None = None,
        created: datetime | None = None,
    ) -> None:
        self.language = Language(language)
        self.labels = Labels(self.language)
        self.coach_name = coach_name.strip()
        self.coach_organisation = coach_organisation.strip()
        self.logo = Logo.load(logo_path)
        self.created = created if created is not None else clock.now()
        self.register_fonts()
        self.style = self.styles()

    # --- template methods ----------------------------------------------------------------

    def register_fonts(self) -> None:
        register_bundled_fonts()

    def styles(self) -> dict[str, ParagraphStyle]:
        """The paragraph styles, by name; subclasses add their own to the dict."""
        body = ParagraphStyle(
            "body",
            fontName=SANS,
            fontSize=9.5,
            leading=13.5,
            textColor=INK,
            spaceAfter=5,
            alignment=TA_LEFT,
            bulletFontName=SANS,  # the default (Helvetica) is not embedded and not Unicode
        )
        return {
            "body": body,
            "title": ParagraphStyle(
                "title", parent=body, fontName=SANS_BOLD, fontSize=19, leading=24,
                textColor=ACCENT, spaceAfter=2,
            ),
            "subtitle": ParagraphStyle(
                "subtitle", parent=body, fontSize=11.5, leading=15, textColor=MUTED,
                spaceAfter=10,
            ),
            "h2": ParagraphStyle(
                "h2", parent=body, fontName=SANS_BOLD, fontSize=12.5, leading=16,
                textColor=ACCENT, spaceBefore=14, spaceAfter=6, keepWithNext=1,
            ),
            "h3": ParagraphStyle(
                "h3", parent=body, fontName=SANS_BOLD, fontSize=10, leading=13.5,
                spaceBefore=8, spaceAfter=3, keepWithNext=1,
            ),
            "bullet": ParagraphStyle(
                "bullet", parent=body, leftIndent=13, bulletIndent=3, spaceAfter=2.5,
            ),
            "small": ParagraphStyle(
                "small", parent=body, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=2,
            ),
            "label": ParagraphStyle(
                "label", parent=body, fontName=SANS_BOLD, fontSize=8.5, leading=11.5,
                textColor=MUTED, spaceAfter=0,
            ),
            "value": ParagraphStyle(
                "value", parent=body, fontSize=9, leading=12, spaceAfter=0,
            ),
            "cell": ParagraphStyle(
                "cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0,
            ),
            "cell_small": ParagraphStyle(
                "cell_small", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED,
                spaceBefore=1.5, spaceAfter=0,
            ),
            "cell_head": ParagraphStyle(
                "cell_head", parent=body, fontName=SANS_BOLD, fontSize=8, leading=10.5,
                textColor=ACCENT, spaceAfter=0,
            ),
            "cell_head_right": ParagraphStyle(
                "cell_head_right", parent=body, fontName=SANS_BOLD, fontSize=8, leading=10.5,
                textColor=ACCENT, spaceAfter=0, alignment=TA_RIGHT,
            ),
            "cell_right": ParagraphStyle(
                "cell_right", parent=body, fontSize=8.5, leading=11, spaceAfter=0,
                alignment=TA_RIGHT,
            ),
            "mono": ParagraphStyle(
                "mono", parent=body, fontName=MONO, fontSize=8, leading=11,
            ),
        }  # fmt: skip

    def document_title(self) -> str:
        """The PDF's metadata title (what a viewer shows in its title bar)."""
        raise NotImplementedError

    def subject(self) -> str:
        return self.document_title()

    def author(self) -> str:
        return self.coach_name or "Mentorapp"

    def running_title(self) -> str:
        """Top left of the pages after the first."""
        return self.document_title()

    def footer_mark(self) -> str:
        """The word that starts every footer: "Confidential", on all that names a person."""
        return self.labels["confidential"]

    def footer_text(self) -> str:
        """Bottom left of every page, after the footer's mark ("Confidential")."""
        return ""

    def header_mark(self) -> str:
        """A word set off at the top of every page (e.g. "Draft"); none by default."""
        return ""

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def first_page(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        self.draw_full_header(canvas)
        self.draw_footer(canvas)
        canvas.restoreState()

    def later_pages(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        self.draw_running_header(canvas)
        self.draw_footer(canvas)
        canvas.restoreState()

    # --- page furniture ------------------------------------------------------------------

    @property
    def frame_width(self) -> float:
        return float(self.pagesize[0] - self.left_margin - self.right_margin)

    @property
    def frame_height(self) -> float:
        return float(self.pagesize[1] - self.top_margin - self.bottom_margin)

    @property
    def short_block(self) -> float:
        """Content up to this height is kept whole under its heading (a page break
        leaves at most a quarter page empty)."""
        return self.frame_height / 4

    def _header_rule(self, canvas: Any) -> None:
        width, height = self.pagesize
        y = height - self.top_margin + 6 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(self.left_margin, y, width - self.right_margin, y)

    def _side_width(self) -> float:
        """How wide the header text on either side may run, leaving room for the mark."""
        mark = self.header_mark()
        if not mark:
            return self.frame_width
        return (self.frame_width - self._mark_width(mark)) / 2 - float(4 * mm)

    @staticmethod
    def _mark_width(mark: str) -> float:
        return float(stringWidth(mark.upper(), SANS_BOLD, 8.5) + 8 * mm)

    def _draw_mark(self, canvas: Any, baseline: float) -> None:
        """The header mark centred on the page, in a box that stands out in grey print."""
        mark = self.header_mark().upper()
        if not mark:
            return
        width = self._mark_width(mark)
        x = (self.pagesize[0] - width) / 2
        canvas.setFillColor(WARN_TINT)
        canvas.setStrokeColor(WARN)
        canvas.setLineWidth(1)
        canvas.roundRect(x, baseline - 2.2 * mm, width, 6.2 * mm, 1.5 * mm, stroke=1, fill=1)
        canvas.setFillColor(WARN)
        canvas.setFont(SANS_BOLD, 8.5)
        canvas.drawCentredString(self.pagesize[0] / 2, baseline, mark)

    def draw_full_header(self, canvas: Any) -> None:
        """The logo on the left; the coach and their organisation on the right.

        Without a coach's name the organisation heads the page; without either, the
        document's name does, so the first page never starts with an empty header.
        """
        width, height = self.pagesize
        top = height - self.header_top
        side = self._side_width()
        if self.logo is not None:
            w, h = self.logo.fit(self.logo_max_width, self.logo_max_height)
            canvas.drawImage(self.logo.reader, self.left_margin, top - h, w, h, mask="auto")
            side = min(side, self.frame_width - w - 6 * mm)
        right = width - self.right_margin
        lines = [line for line in (self.coach_name, self.coach_organisation) if line]
        if not lines and self.logo is None:
            lines = [self.header_title()]
        for index, line in enumerate(lines):
            font, size, color = (SANS_BOLD, 9, INK) if index == 0 else (SANS, 8, MUTED)
            canvas.setFont(font, size)
            canvas.setFillColor(color)
            canvas.drawRightString(right, top - 9 - 11 * index, fit_text(line, font, size, side))
        self._draw_mark(canvas, top - 9)
        self._header_rule(canvas)

    def header_title(self) -> str:
        """What heads the first page when there is no coach, organisation or logo."""
        return self.running_title()

    def draw_running_header(self, canvas: Any) -> None:
        width, height = self.pagesize
        y = height - self.top_margin + 8.5 * mm
        side = self._side_width()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        who = self.coach_name or self.coach_organisation
        if who:
            # The coach takes at most half the line; the title has the rest.
            who = fit_text(who, SANS, 7.5, min(side, self.frame_width / 2 - 3 * mm))
            canvas.drawRightString(width - self.right_margin, y, who)
        room = min(side, self.frame_width - stringWidth(who, SANS, 7.5) - 6 * mm)
        canvas.drawString(self.left_margin, y, fit_text(self.running_title(), SANS, 7.5, room))
        self._draw_mark(canvas, y)
        self._header_rule(canvas)

    def draw_footer(self, canvas: Any) -> None:
        """The footer's mark and the document's footer text, clear of the page number."""
        width, _ = self.pagesize
        y = self.bottom_margin - self.footer_offset
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(self.left_margin, y + 3.5 * mm, width - self.right_margin, y + 3.5 * mm)
        text = " - ".join(p for p in (self.footer_mark(), self.footer_text()) if p)
        room = self.frame_width - stringWidth(self.labels.page_of(999, 999), SANS, 7.5) - 6 * mm
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(self.left_margin, y, fit_text(text, SANS, 7.5, room))

    def frame(self, name: str) -> Any:
        """The text area: exactly inside the margins (no extra padding), so tables line
        up with the header and footer rules."""
        width, height = self.pagesize
        return Frame(
            self.left_margin,
            self.bottom_margin,
            width - self.left_margin - self.right_margin,
            height - self.top_margin - self.bottom_margin,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
        )

    def canvas_maker(self) -> Any:
        """The canvas class for this document: numbered pages in its language."""
        width, _ = self.pagesize
        return functools.partial(
            NumberedCanvas,
            page_label=self.labels.page_of,
            label_font=SANS,
            label_position=(width - self.right_margin, self.bottom_margin - self.footer_offset),
            created=pdf_date(self.created),
        )

    # --- output --------------------------------------------------------------------------

    def generate(self) -> bytes:
        """The finished PDF. Deterministic: the same document and time give the same bytes."""
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.left_margin,
            rightMargin=self.right_margin,
            topMargin=self.top_margin,
            bottomMargin=self.bottom_margin,
            title=self.document_title(),
            author=self.author(),
            subject=self.subject(),
            creator=f"Mentorapp {__version__}",
            lang=self.language.value,
            invariant=1,
            initialFontName=SANS,  # not ReportLab's Helvetica, which is never embedded
            pageCompression=1 if self.compress else 0,
            displayDocTitle=1,
        )
        doc.addPageTemplates(
            [
                PageTemplate(
                    "first", [self.frame("first")], onPage=self.first_page,
                    autoNextPageTemplate="later",
                ),
                PageTemplate("later", [self.frame("later")], onPage=self.later_pages),
            ]
        )  # fmt: skip
        doc.build(self.story(), canvasmaker=self.canvas_maker())
        return buffer.getvalue()
