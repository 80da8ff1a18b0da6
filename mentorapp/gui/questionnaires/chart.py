"""The career check over time: a line per dimension and a table of the same numbers.

Colour is never the only cue: every dimension has its own marker shape and line style,
and its name stands at its last point. The change since the previous check is a number
with an arrow (▲ ▼ =) in the table, which is also the keyboard's and the screen reader's
way in (the chart itself takes no focus).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsSimpleTextItem,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.questionnaires import CheckPoint, latest_changes, one_decimal, shown_change
from mentorapp.gui.labels import compact_date, short_date
from mentorapp.gui.questionnaires.reading import score_text

# Okabe-Ito: told apart with the common kinds of colour blindness (and by shape anyway).
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
PEN_STYLES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)
SHAPES = ("circle", "square", "triangle", "diamond", "down", "cross", "hexagon")
MARKER = 12  # pixels
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class DimensionLine:
    """One dimension's scores, oldest first, and its change since the previous check."""

    key: str
    title: str
    points: tuple[tuple[date, float], ...]
    change: float | None  # None: the first check, or the dimension is not in the latest

    def score_on(self, when: date) -> float | None:
        return next((score for day, score in self.points if day == when), None)

    @property
    def shown_change(self) -> float | None:
        """The change as the table's numbers show it: the difference of the two rounded
        scores (3.3 after 4.0 is -0.7, though -0.75 unrounded would round to -0.8)."""
        if self.change is None or len(self.points) < 2:
            return None
        return shown_change(self.points[-1][1], self.points[-2][1])


def dimension_lines(series: list[CheckPoint], titles: dict[str, str]) -> list[DimensionLine]:
    """A line per dimension that has a score, in the template's order of dimensions."""
    changes = {c.dimension: c.change for c in latest_changes(series)}
    keys = list(titles)
    for point in series:
        keys += [key for key in point.scores if key not in keys]
    lines = []
    for key in keys:
        points = tuple((p.answered_on, p.scores[key]) for p in series if key in p.scores)
        if points:
            lines.append(DimensionLine(key, titles.get(key, key), points, changes.get(key)))
    return lines


def change_text(change: float | None) -> str:
    """The change as an arrow and a signed number: "▲ +0,5", "▼ −0,3", "= 0,0"."""
    if change is None:
        return "–"
    rounded = one_decimal(change)
    size = score_text(abs(rounded))
    if rounded > 0:
        return f"▲ +{size}"
    if rounded < 0:
        return f"▼ −{size}"
    return f"= {size}"


def change_words(change: float | None) -> str:
    """The same change in words, for screen readers (they read ▲ as a shape)."""
    if change is None:
        return QCoreApplication.translate("CareerCheck", "No earlier check to compare with")
    rounded = one_decimal(change)
    size = score_text(abs(rounded))
    if rounded > 0:
        text = QCoreApplication.translate("CareerCheck", "Up {change} since the previous check")
    elif rounded < 0:
        text = QCoreApplication.translate("CareerCheck", "Down {change} since the previous check")
    else:
        text = QCoreApplication.translate("CareerCheck", "Unchanged since the previous check")
    return text.format(change=size)


def marker_image(index: int, size: int = MARKER) -> QImage:
    """The marker of the ``index``-th dimension: its own shape, filled in its colour."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#ffffff"), 1))
    painter.setBrush(QColor(COLOURS[index % len(COLOURS)]))
    painter.drawPath(_shape(SHAPES[index % len(SHAPES)], size))
    painter.end()
    return image


def _shape(name: str, size: int) -> QPainterPath:
    s, m = float(size), float(size) / 2
    path = QPainterPath()
    corners = {
        "triangle": [(m, 0.5), (s - 0.5, s - 1), (0.5, s - 1)],
        "down": [(0.5, 1), (s - 0.5, 1), (m, s - 0.5)],
        "diamond": [(m, 0), (s, m), (m, s), (0, m)],
        "hexagon": [(m, 0), (s, s * 0.27), (s, s * 0.73), (m, s), (0, s * 0.73), (0, s * 0.27)],
        "cross": [
            (s * 0.35, 0),
            (s * 0.65, 0),
            (s * 0.65, s * 0.35),
            (s, s * 0.35),
            (s, s * 0.65),
            (s * 0.65, s * 0.65),
            (s * 0.65, s),
            (s * 0.35, s),
            (s * 0.35, s * 0.65),
            (0, s * 0.65),
            (0, s * 0.35),
            (s * 0.35, s * 0.35),
        ],
    }
    if name == "circle":
        path.addEllipse(1, 1, s - 2, s - 2)
    elif name == "square":
        path.addRect(1, 1, s - 2, s - 2)
    else:
        points = corners[name]
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        path.closeSubpath()
    return path


class CareerCheckModel(QAbstractTableModel):
    """Rows: dimensions; columns: the dimension, each check's date, the change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[DimensionLine] = []
        self.dates: list[date] = []
        self._cells: dict[tuple[int, int, int], object] = {}

    def set_lines(self, lines: list[DimensionLine], dates: list[date]) -> None:
        """Show ``lines``; every cell's text is worked out here once, not per paint (the
        view asks for each cell's roles many times while it sizes its columns)."""
        self.beginResetModel()
        self.lines, self.dates = lines, dates
        self._cells = {}
        for row in range(len(lines)):
            for column in range(len(dates) + 2):
                for role in _ROLES:
                    value = self._cell(row, column, role)
                    if value is not None:
                        self._cells[row, column, int(role)] = value
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.lines else len(self.dates) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if section == 0:
                return QCoreApplication.translate("CareerCheck", "Dimension")
            if section == len(self.dates) + 1:
                return QCoreApplication.translate("CareerCheck", "Change")
            when = self.dates[section - 1]
            full = role == Qt.ItemDataRole.ToolTipRole
            return short_date(when) if full else compact_date(when)
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        return self._cells.get((index.row(), index.column(), int(role)))

    def _cell(self, row: int, column: int, role: int) -> object:
        line = self.lines[row]
        last = len(self.dates) + 1
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QIcon(QPixmap.fromImage(marker_image(row)))
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return line.title
            if column == last:
                return change_text(line.shown_change)
            score = line.score_on(self.dates[column - 1])
            return "–" if score is None else score_text(score)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if column == last:
                return change_words(line.shown_change)
            if column > 0 and line.score_on(self.dates[column - 1]) is None:
                return QCoreApplication.translate("CareerCheck", "No score")
        return None


_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
)


class CareerCheckChart(QChartView):
    """The lines; each dimension's name (and last score) at its last point."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table below holds the numbers
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart_.legend().hide()
        self.chart_.setBackgroundRoundness(0)
        self.end_labels: list[tuple[QLineSeries, QGraphicsSimpleTextItem, QGraphicsPixmapItem]]
        self.end_labels = []
        self.chart_.plotAreaChanged.connect(lambda _area: self._place_labels())

    def reset(self) -> None:
        """No lines, axes or names left."""
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        for _series, text, marker in self.end_labels:
            for item in (text, marker):
                scene = item.scene()
                if scene is not None:
                    scene.removeItem(item)  # and so out of the chart, its parent
        self.end_labels = []

    def show_lines(
        self, lines: list[DimensionLine], dates: list[date], low: int, high: int
    ) -> None:
        self.reset()
        chart = self.chart_
        chart.setLocale(self.locale())
        chart.setLocalizeNumbers(True)
        x_axis, y_axis = self._axes(dates, low, high)
        widest = 0
        for index, line in enumerate(lines):
            series = QLineSeries()
            series.setName(line.title)
            pen = QPen(QColor(COLOURS[index % len(COLOURS)]), 2)
            pen.setStyle(PEN_STYLES[index % len(PEN_STYLES)])
            series.setPen(pen)
            for when, score in line.points:
                series.append(float(when.toordinal()), score)
            series.setLightMarker(marker_image(index))
            series.setMarkerSize(MARKER)
            series.setPointsVisible(True)
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
            text = QGraphicsSimpleTextItem(f"{line.title} {score_text(line.points[-1][1])}", chart)
            marker = QGraphicsPixmapItem(QPixmap.fromImage(marker_image(index)), chart)
            widest = max(widest, int(text.boundingRect().width()))
            self.end_labels.append((series, text, marker))
        chart.setMargins(QMargins(8, 8, widest + MARKER + 24, 8))
        self._place_labels()

    def _axes(self, dates: list[date], low: int, high: int) -> tuple[QCategoryAxis, QValueAxis]:
        chart = self.chart_
        first, last = dates[0].toordinal(), dates[-1].toordinal()
        pad = max(20.0, (last - first) * 0.06)
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        x_axis.setRange(first - pad, last + pad)
        x_axis.setStartValue(first - pad)
        for when in dates:
            x_axis.append(compact_date(when), float(when.toordinal()))
        x_axis.setGridLineVisible(True)
        y_axis = QValueAxis()
        y_axis.setRange(low, high)
        y_axis.setTickCount(high - low + 1)
        y_axis.setLabelFormat("%.0f")
        y_axis.setTitleText(QCoreApplication.translate("CareerCheck", "Score"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        return x_axis, y_axis

    def _place_labels(self) -> None:
        """Each name beside its last point, moved apart where two would overlap."""
        placed: list[tuple[float, QGraphicsSimpleTextItem, QGraphicsPixmapItem]] = []
        for series, text, marker in self.end_labels:
            points = series.points()
            if not points:
                continue
            at = self.chart_.mapToPosition(QPointF(points[-1]), series)
            placed.append((at.y(), text, marker))
        placed.sort(key=lambda entry: entry[0])
        height = max((t.boundingRect().height() for _y, t, _m in placed), default=0.0) + 2
        plot = self.chart_.plotArea()
        next_free = plot.top() - height
        for y, text, marker in placed:
            top = max(y - height / 2, next_free)
            next_free = top + height
            marker.setPos(plot.right() + 8, top + (height - MARKER) / 2)
            text.setPos(plot.right() + 8 + MARKER + 4, top)
        overflow = next_free - (plot.bottom() + height)
        if overflow > 0:  # pushed below the plot: move the whole column up
            for _y, text, marker in placed:
                text.moveBy(0, -overflow)
                marker.moveBy(0, -overflow)


class CareerCheckView(QWidget):
    """The chart and the table, or what to do when there is no career check yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[DimensionLine] = []
        self.dates: list[date] = []
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        self.empty = QLabel(
            self.tr(
                "No career check yet.\n\nAdd one with New answers and choose Career check: this page then shows each dimension's score per check and how it changed since the one before."
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page = QWidget()
        page = QVBoxLayout(self.page)
        page.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel(
            self.tr(
                "A self-check written for Mentorapp, not a validated test. Each dimension's score is the mean of its items, from 1 to 5."
            )
        )
        self.note.setWordWrap(True)
        page.addWidget(self.note)
        self.chart = CareerCheckChart()
        self.chart.setAccessibleName(self.tr("Career check chart; the table below has its numbers"))
        self.chart.setMinimumHeight(260)
        page.addWidget(self.chart, 3)
        self.model = CareerCheckModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Career check scores per dimension and date"))
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        page.addWidget(self.table, 2)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.page)
        layout.addWidget(self.stack)

    def show_checks(
        self, series: list[CheckPoint], titles: dict[str, str], low: int, high: int
    ) -> None:
        """Show ``series`` (oldest first); ``titles`` name the dimensions. A check with no
        scale item answered yet (just added) is left out: it has no point to draw and would
        hide the change since the check before."""
        scored = [point for point in series if point.scores]
        self.lines = dimension_lines(scored, titles)
        self.dates = sorted({point.answered_on for point in scored})
        self.model.set_lines(self.lines, self.dates)
        if not self.lines:
            self.stack.setCurrentWidget(self.empty)
            self.chart.reset()
            return
        self.chart.show_lines(self.lines, self.dates, low, high)
        self.stack.setCurrentWidget(self.page)
        rows = self.table.verticalHeader().length() + self.table.horizontalHeader().height()
        self.table.setMaximumHeight(rows + 2 * self.table.frameWidth() + 2)

    def clear(self) -> None:
        self.show_checks([], {}, 1, 5)
