"""Building blocks for the PDF stories: escaped text, light Markdown, tables, ruled lines.

Every piece of user text passes through ``xml.sax.saxutils.escape`` before it reaches a
ReportLab ``Paragraph`` (whose text is markup): a name like "O'Brien & <Zoë>" prints as
written instead of breaking the paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from mentorapp.export.pdf.base import ACCENT, MONO, RULE, SANS, TINT

_BLANK_LINES = re.compile(r"\n[ \t]*\n+")
_PLAIN_BULLET = re.compile(r"^\s*[-•*–]\s+(.*)$")
_LIST_ITEM = re.compile(r"^\s*(?:[-•*–]|(\d{1,3})[.)])\s+(.*)$")
_MD_ITEM = re.compile(r"^\s{0,3}(?:([-*+])|(\d{1,3})[.)])\s+(.*)$")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>&'\"~|])")
_MD_CODE = re.compile(r"`([^`]+)`")
_MD_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_MD_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_ITALIC_STAR = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")
_MD_ITALIC_UNDERSCORE = re.compile(r"(?<![_\w])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![_\w])")
_HELD = re.compile("\ue000(\\d+)\ue001")


def table_style(commands: Sequence[tuple[Any, ...]]) -> TableStyle:
    """A table's style, in the bundled font even where a cell is only an empty string.

    ReportLab sets its default font (Helvetica, never embedded) for such cells, and
    ``pdffonts`` would list it in every PDF.
    """
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS), *commands])


def markup(text: str) -> str:
    """Plain text as Paragraph markup: escaped, line breaks kept."""
    return escape(text.strip()).replace("\n", "<br/>")


def paragraph(text: str, style: ParagraphStyle, **kwargs: Any) -> Flowable:
    """One Paragraph of plain (escaped) text."""
    return Paragraph(markup(text), style, **kwargs)


def text_flowables(
    text: str, style: ParagraphStyle, bullet_style: ParagraphStyle | None = None
) -> list[Flowable]:
    """Plain text typed by the coach: blank lines part paragraphs, "- " lines are bullets.

    Every line break the coach typed stays a line break; a run of "- " lines inside a
    paragraph becomes a list there.
    """
    flowables: list[Flowable] = []
    for chunk in _BLANK_LINES.split(text.replace("\r\n", "\n").strip()):
        plain: list[str] = []
        for line in chunk.split("\n"):
            item = _PLAIN_BULLET.match(line) if bullet_style is not None else None
            if item is None:
                plain.append(line)
                continue
            if "".join(plain).strip():
                flowables.append(paragraph("\n".join(plain), style))
            plain = []
            assert bullet_style is not None
            flowables.append(Paragraph(markup(item.group(1)), bullet_style, bulletText="•"))
        if "".join(plain).strip():
            flowables.append(paragraph("\n".join(plain), style))
    return flowables


def list_items(text: str) -> list[tuple[str, str]]:
    """Text typed one item per line, as (mark, item): "•" or the number the coach typed."""
    items: list[tuple[str, str]] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            continue
        found = _LIST_ITEM.match(line)
        if found is None:
            items.append(("•", line.strip()))
        else:
            items.append((f"{found.group(1)}." if found.group(1) else "•", found.group(2).strip()))
    return items


def list_flowables(
    text: str, style: ParagraphStyle, bullet_style: ParagraphStyle
) -> list[Flowable]:
    """Agreements and commitments, typed one per line: a list, one item per line.

    A single line without a list mark is a sentence, and prints as one.
    """
    items = list_items(text)
    if len(items) == 1 and not _LIST_ITEM.match(text.strip()):
        return [paragraph(items[0][1], style)]
    return [Paragraph(markup(item), bullet_style, bulletText=mark) for mark, item in items]


def inline_markdown(text: str, emphasis: bool = True) -> str:
    """Markdown emphasis as Paragraph markup: **bold**, *italic*, `code`, [text](link)."""
    held: list[str] = []

    def hold(match: re.Match[str]) -> str:
        held.append(match.group(1))
        return f"\ue000{len(held) - 1}\ue001"

    out = escape(_MD_ESCAPE.sub(hold, text))
    out = _MD_CODE.sub(lambda m: f'<font face="{MONO}">{m.group(1)}</font>', out)
    out = _MD_LINK.sub(r"\1 (\2)", out)
    if emphasis:
        out = _MD_BOLD.sub(r"<b>\2</b>", out)
        out = _MD_ITALIC_STAR.sub(r"<i>\1</i>", out)
        out = _MD_ITALIC_UNDERSCORE.sub(r"<i>\1</i>", out)
    return _HELD.sub(lambda m: escape(held[int(m.group(1))]), out)


def _md_paragraph(source: str, style: ParagraphStyle, bullet: str | None = None) -> Flowable:
    """A Paragraph of Markdown; emphasis that does not nest cleanly falls back to plain."""
    extra = {} if bullet is None else {"bulletText": bullet}
    try:
        return Paragraph(inline_markdown(source), style, **extra)
    except ValueError:  # e.g. "**a *b** c*": print the words, drop the emphasis
        return Paragraph(inline_markdown(source, emphasis=False), style, **extra)


def markdown_flowables(
    text: str,
    style: ParagraphStyle,
    bullet_style: ParagraphStyle,
    heading_style: ParagraphStyle,
) -> list[Flowable]:
    """The Markdown the session editor stores: paragraphs, lists, headings, emphasis.

    Lines of one paragraph are joined (the editor wraps long lines); a list item may
    continue on indented lines. Anything else prints as the text it is.
    """
    blocks: list[list[str]] = []  # [kind, marker, text]; kind: p, item, h
    open_block = False
    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            open_block = False
            continue
        heading = _MD_HEADING.match(line)
        item = _MD_ITEM.match(line)
        if heading:
            blocks.append(["h", "", heading.group(1)])
            open_block = False
        elif item:
            marker = "•" if item.group(1) else f"{item.group(2)}."
            blocks.append(["item", marker, item.group(3)])
            open_block = True
        elif open_block and blocks and (blocks[-1][0] == "p" or line[:1].isspace()):
            blocks[-1][2] += " " + line.strip()
        else:
            blocks.append(["p", "", line.strip()])
            open_block = True
    flowables: list[Flowable] = []
    for kind, marker, source in blocks:
        if kind == "h":
            flowables.append(_md_paragraph(source, heading_style))
        elif kind == "item":
            flowables.append(_md_paragraph(source, bullet_style, bullet=marker))
        else:
            flowables.append(_md_paragraph(source, style))
    return flowables


def _first_piece(flowable: Flowable, width: float) -> float:
    """The least of ``flowable`` that may start at the foot of a page.

    Three lines of a paragraph (a paragraph splits only where two lines stay on each
    side), the start of a splittable table, anything else whole.
    """
    height = float(flowable.wrap(width, 1e6)[1])
    if isinstance(flowable, Paragraph):
        return min(height, 3 * float(flowable.style.leading)) + float(flowable.getSpaceBefore())
    if isinstance(flowable, Table):
        return min(height, 100.0)
    return height + float(flowable.getSpaceBefore())


def keep_heading(
    heading: list[Flowable],
    content: list[Flowable],
    width: float,
    keep_whole: float = 0.0,
    first_whole: bool = False,
) -> list[Flowable]:
    """``heading`` (a title, perhaps an intro) only where the start of ``content`` fits too.

    A page break comes first when there is no room for the heading and the first lines
    of what it heads, so a heading never ends a page. Unlike keep-with-next, which
    pushes a heading and its whole first paragraph to the next page, a long text still
    starts right under its heading. Content no taller than ``keep_whole`` (a few
    agreements, a short paragraph) is kept whole under its heading: no list leaves its
    last item alone on the next page. ``first_whole`` says the first piece of content
    never splits (a form's item with its lines), so all of it must fit under the heading.
    """
    if not content:
        return heading
    heights = [f.wrap(width, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in content]
    below = sum(heights) - content[-1].getSpaceAfter()
    if first_whole:
        below = heights[0] - content[0].getSpaceAfter()
    elif below > keep_whole:
        below = _first_piece(content[0], width)
    needed = below + sum(
        f.wrap(width, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in heading
    )
    for flowable in heading:
        flowable.keepWithNext = 0  # the conditional break replaces keep-with-next here
    return [CondPageBreak(needed), *heading, *content]


def data_table(
    header: Sequence[str | Flowable],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    head_style: ParagraphStyle,
    extra_style: Sequence[tuple[Any, ...]] = (),
    head_right: tuple[ParagraphStyle, Sequence[int]] | None = None,
) -> Flowable:
    """A table whose header row repeats on every page it spans; rows may split.

    A header cell is a heading's words, or a flowable of its own (a scale's anchors).
    Cells should be lists of flowables, so a very tall row can be split across pages
    (``splitInRow``) instead of running off the bottom.
    """
    right_style, right_columns = head_right or (head_style, ())
    head = [
        Paragraph(escape(h), right_style if i in right_columns else head_style)
        if isinstance(h, str)
        else h
        for i, h in enumerate(header)
    ]
    data = [head, *[list(r) for r in rows]]
    table = Table(
        data,
        colWidths=list(widths),
        repeatRows=1,
        splitByRow=1,
        splitInRow=36,
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), TINT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                *extra_style,
            ]
        )
    )
    return table


def with_table_start(
    before: list[Flowable], table: Any, width: float, limit: float
) -> list[Flowable]:
    """``before`` (a heading, a goal) kept on one page with the start of ``table``.

    A table breaks only where at least two rows stay on each side, so no row is left
    alone at the foot or the top of a page (short tables move whole). A page break
    comes first when the heading and the first piece that can be placed do not fit in
    what is left of the page. Unlike ``KeepTogether`` around all of it, a long table is
    not pushed whole to the next page, which left half-empty pages behind. Pairs of rows
    taller than ``limit`` may still part, so a huge row can never block the layout.
    """
    table.wrap(width, 1e6)
    heights = table._rowHeights  # after wrap: the header row, then the data rows
    rows = len(heights) - 1
    nosplit: list[tuple[Any, ...]] = []
    if rows >= 2 and heights[1] + heights[2] <= limit:
        nosplit.append(("NOSPLIT", (0, 1), (-1, 2)))
    if rows >= 3 and heights[-2] + heights[-1] <= limit:
        nosplit.append(("NOSPLIT", (0, -2), (-1, -1)))
    if nosplit:
        table.setStyle(TableStyle(nosplit))
    first_piece = sum(heights[: 3 if rows >= 4 else rows + 1])
    needed = first_piece + sum(
        f.wrap(width, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in before
    )
    if before:
        before[-1].keepWithNext = 0  # the conditional break replaces keep-with-next here
    return [CondPageBreak(min(needed, limit)), *before, table]


def _widest(texts: Sequence[str], style: ParagraphStyle) -> float:
    lines = [line for text in texts for line in text.split("\n")]
    return max((stringWidth(t, style.fontName, style.fontSize) for t in lines), default=0.0)


def _value_widths(natural: list[float], room: list[float]) -> list[float]:
    """Widths for the value columns: ``room`` each, unless one would wrap while another
    has room to spare; then the spare room goes to the one that wraps.

    When not everything fits on one line, a column that does fit in an equal share of
    what is left keeps its width (no "24 nov-ember" in a narrow column), and the
    others share the rest equally.
    """
    if all(n <= r for n, r in zip(natural, room, strict=True)):
        return room
    total = sum(room)
    if sum(natural) <= total:
        spare = total - sum(natural)
        return [n + spare * n / sum(natural) for n in natural]
    widths: dict[int, float] = {}
    while True:
        open_columns = [i for i in range(len(natural)) if i not in widths]
        share = (total - sum(widths.values())) / len(open_columns)
        fitting = [i for i in open_columns if natural[i] <= share]
        if not fitting:
            break
        widths.update((i, natural[i]) for i in fitting)
    return [widths.get(i, share) for i in range(len(natural))]


def key_value_table(
    pairs: Sequence[tuple[str, str]],
    width: float,
    label_style: ParagraphStyle,
    value_style: ParagraphStyle,
    columns: int = 2,
) -> Flowable:
    """Label/value pairs in a tinted box, ``columns`` pairs side by side, filling ``width``.

    Each label column is as wide as its longest label; the value columns share the rest,
    more of it going to a column whose values would otherwise wrap.
    """
    cells = [(Paragraph(escape(k), label_style), paragraph(v, value_style)) for k, v in pairs]
    rows_needed = -(-len(cells) // columns)
    columns = max(1, -(-len(cells) // max(rows_needed, 1)))  # no empty column at the end
    data: list[list[Any]] = []
    for row in range(rows_needed):
        line: list[Any] = []
        for column in range(columns):
            index = column * rows_needed + row
            line.extend(cells[index] if index < len(cells) else ("", ""))
        data.append(line)
    padding = 12  # left and right padding of a cell
    groups = [pairs[c * rows_needed : (c + 1) * rows_needed] for c in range(columns)]
    labels = [
        min(_widest([k for k, _ in g], label_style) + padding + 4, 0.4 * width / columns)
        for g in groups
    ]
    natural = [_widest([v for _, v in g], value_style) + padding + 1 for g in groups]
    room = [width / columns - label for label in labels]
    values = _value_widths(natural, room)
    widths = [w for pair in zip(labels, values, strict=True) for w in pair]
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ]
        )
    )
    return table


def callout(
    content: list[Flowable], width: float, color: Any, background: Any = None, align: str = "LEFT"
) -> Flowable:
    """Content set off by a coloured bar on the left (and a background when given).

    Long content splits over pages (``splitInRow``) instead of failing the layout.
    """
    table = Table([[content]], colWidths=[width], hAlign=align, splitInRow=36)
    commands: list[tuple[Any, ...]] = [
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, color),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if background is not None:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), background))
    table.setStyle(table_style(commands))
    return table


class WritingLines(Flowable):  # type: ignore[misc]
    """Ruled lines to write on by hand."""

    def __init__(self, count: int, spacing: float = 22, color: Any = RULE) -> None:
        super().__init__()
        self.count = count
        self.spacing = spacing
        self.color = color

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.count * self.spacing

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.color)
        canvas.setLineWidth(0.5)
        for i in range(self.count):
            y = (self.count - i - 1) * self.spacing
            canvas.line(0, y, self.width, y)
        canvas.restoreState()
