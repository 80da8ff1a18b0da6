"""The small chart of the last career checks in the plan: a line per dimension, with a
table of the same numbers under it.

Read on paper, often printed in grey: so no line is told apart by its colour alone.
Each dimension has its own marker shape and dash pattern, its name stands beside its
last point, and the table under the chart repeats the marker beside the name with the
scores per date and the change since the check before (an arrow and a signed number).
"""

from __future__ import annotations

import math
from typing import Any

from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Group, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table

from mentorapp.export.documents import CareerCheckView
from mentorapp.export.labels import Labels
from mentorapp.export.pdf.base import INK, MUTED, RULE, SANS, fit_text
from mentorapp.export.pdf.blocks import data_table, paragraph, table_style

# Okabe and Ito's colours, told apart with most colour-vision deficiencies; the shapes
# and dashes below tell the lines apart without any colour.
PALETTE = (
    colors.HexColor("#0072B2"),
    colors.HexColor("#D55E00"),
    colors.HexColor("#009E73"),
    colors.HexColor("#CC79A7"),
    colors.HexColor("#56B4E9"),
    colors.HexColor("#E69F00"),
    colors.HexColor("#000000"),
)
MARKERS = (
    "FilledCircle",
    "FilledSquare",
    "FilledTriangle",
    "FilledDiamond",
    "Circle",
    "Square",
    "Cross",
)
DASHES: tuple[tuple[float, ...] | None, ...] = (
    None,
    (4, 2),
    (1, 2),
    (6, 2, 1, 2),
    None,
    (4, 2),
    (1, 2),
)

HEIGHT = 150.0  # points: a small chart, about a quarter of the page
LABEL_SIZE = 7.0
LABEL_GAP = 9.0  # the least distance between two names beside the chart


def style_of(index: int) -> tuple[Any, str, tuple[float, ...] | None]:
    """The colour, marker and dash of the ``index``-th dimension (they repeat after 7)."""
    return (
        PALETTE[index % len(PALETTE)],
        MARKERS[index % len(MARKERS)],
        DASHES[index % len(DASHES)],
    )


def marker(index: int, x: float, y: float, size: float = 5.0) -> Any:
    color, kind, _ = style_of(index)
    made = makeMarker(kind, size=size, x=x, y=y, fillColor=color, strokeColor=color)
    made.strokeWidth = 0.9
    return made


def marker_drawing(index: int, size: float = 8.0) -> Flowable:
    """The dimension's marker alone, for the table beside its name."""
    drawing = Drawing(size, size, initialFontName=SANS)
    drawing.add(marker(index, size / 2, size / 2, size - 2))
    return drawing


def value_range(view: CareerCheckView) -> tuple[int, int]:
    """The value axis: 1 to 5, wider only when a score lies outside it."""
    scores = [s for d in view.dimensions for s in d.scores if s is not None]
    low = min([1.0, *scores])
    high = max([5.0, *scores])
    return math.floor(low), math.ceil(high)


def spread(wanted: list[float], low: float, high: float, gap: float) -> list[float]:
    """Positions near ``wanted`` (in any order) at least ``gap`` apart, within low-high."""
    order = sorted(range(len(wanted)), key=lambda i: wanted[i])
    placed: dict[int, float] = {}
    floor = low
    for i in order:
        placed[i] = max(wanted[i], floor)
        floor = placed[i] + gap
    overflow = (placed[order[-1]] - high) if order else 0.0
    if overflow > 0:  # too high at the top: push the whole stack down, keeping the gaps
        ceiling = high
        for i in reversed(order):
            placed[i] = min(placed[i], ceiling)
            ceiling = placed[i] - gap
    return [placed[i] for i in range(len(wanted))]


def _font(texts: Any, color: Any) -> None:
    """The bundled font for an axis' labels (ReportLab's default is never embedded)."""
    texts.fontName, texts.fontSize, texts.fillColor = SANS, LABEL_SIZE, color


def career_check_chart(view: CareerCheckView, labels: Labels, width: float) -> Drawing:
    """The line chart: one line per dimension over the check dates, names at the right."""
    drawing = Drawing(width, HEIGHT, initialFontName=SANS)  # never ReportLab's Helvetica
    low, high = value_range(view)
    names_width = min(0.36 * width, 150.0)
    chart = HorizontalLineChart()
    chart.x, chart.y = 16, 20
    chart.width = width - names_width - chart.x - 14
    chart.height = HEIGHT - chart.y - 8
    chart.data = [
        [s if s is not None else None for s in dimension.scores] for dimension in view.dimensions
    ]
    chart.joinedLines = 1
    axis = chart.categoryAxis
    axis.categoryNames = [labels.short_date(d) for d in view.dates]
    _font(axis.labels, INK)
    axis.labels.dy = -2
    axis.strokeColor = RULE
    values = chart.valueAxis
    values.valueMin, values.valueMax, values.valueStep = low, high, 1
    values.labels.fontName, values.labels.fontSize, values.labels.fillColor = (
        SANS,
        LABEL_SIZE,
        MUTED,
    )
    values.strokeColor = RULE
    values.visibleGrid = 1
    values.gridStrokeColor = colors.HexColor("#E3E8EB")
    values.gridStrokeWidth = 0.5
    for index in range(len(view.dimensions)):
        color, _, dash = style_of(index)
        line = chart.lines[index]
        line.strokeColor = color
        line.strokeWidth = 1.1
        line.strokeDashArray = dash
        line.symbol = makeMarker(style_of(index)[1], size=5, fillColor=color, strokeColor=color)
    drawing.add(chart)
    drawing.add(_names(view, labels, chart, width, names_width))
    return drawing


def _names(
    view: CareerCheckView, labels: Labels, chart: Any, width: float, names_width: float
) -> Any:
    """Each dimension's marker, name and last score beside its last point on the chart."""
    group = Group()
    band = chart.width / max(len(view.dates), 1)
    low, high = value_range(view)

    def y_of(score: float) -> float:
        return float(chart.y + (score - low) / (high - low) * chart.height)

    ends: list[tuple[int, float, float]] = []  # dimension, x of its last point, its score
    for index, dimension in enumerate(view.dimensions):
        last = [(i, s) for i, s in enumerate(dimension.scores) if s is not None]
        if last:
            column, score = last[-1]
            ends.append((index, chart.x + (column + 0.5) * band, score))
    wanted = [y_of(score) for _, _, score in ends]
    placed = spread(wanted, chart.y - 4, chart.y + chart.height, LABEL_GAP)
    left = width - names_width + 6
    for (index, x, score), y_point, y in zip(ends, wanted, placed, strict=True):
        group.add(Line(x + 4, y_point, left - 5, y + 2.5, strokeColor=RULE, strokeWidth=0.4))
        group.add(marker(index, left, y + 2.5, 5))
        text = f"{view.dimensions[index].title} {labels.score(score)}"
        room = width - left - 8
        group.add(
            String(
                left + 6,
                y,
                fit_text(text, SANS, LABEL_SIZE, room),
                fontName=SANS,
                fontSize=LABEL_SIZE,
                fillColor=INK,
            )
        )
    return group


def score_table(
    view: CareerCheckView, labels: Labels, width: float, styles: dict[str, ParagraphStyle]
) -> Flowable:
    """The chart's numbers: per dimension its marker and name, its score at each date and
    (from the second check on) the change since the check before the last."""
    dates = len(view.dates)
    changes = dates > 1
    name_share, change_share = 0.28, 0.11 if changes else 0.0
    date_width = width * (1 - name_share - change_share) / max(dates, 1)
    widths = [width * name_share, *[date_width] * dates]
    header = [labels["check.dimension"], *[labels.short_date(d) for d in view.dates]]
    if changes:
        widths.append(width * change_share)
        header.append(labels["check.change"])
    rows = []
    for index, dimension in enumerate(view.dimensions):
        scores = dimension.scores
        row: list[Any] = [[_name_cell(index, dimension.title, styles)]]
        row += [
            [paragraph(labels.score(s) if s is not None else "-", styles["cell_right"])]
            for s in scores
        ]
        if changes:
            last, before = scores[-1], scores[-2]
            change = "-" if last is None or before is None else labels.change(before, last)
            row.append([paragraph(change, styles["cell_right"])])
        rows.append(row)
    right = tuple(range(1, len(header)))
    return data_table(
        header, rows, widths, styles["cell_head"], head_right=(styles["cell_head_right"], right)
    )


def _name_cell(index: int, title: str, styles: dict[str, ParagraphStyle]) -> Flowable:
    """The dimension's marker beside its name, as in the chart."""
    name = Table([[marker_drawing(index), paragraph(title, styles["cell"])]], colWidths=[12, None])
    name.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (0, 0), 1.5),
            ]
        )
    )
    return name
