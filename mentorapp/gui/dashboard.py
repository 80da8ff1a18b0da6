"""The dashboard: the home view when no mentee is selected - what is due, at a glance.

Eleven sections in a grid (three columns when there is room, else two): sessions and
career safaris this week, actions due, agreements to follow up, plan reviews due, safari
debriefs due, wishes to look at again, career checks due, mentees past their retention
date, active mentees with no next step and engagements nearly used up or ending. An empty vault shows what to do first instead.
The figures are read off the GUI thread by ``store.dashboard.load_dashboard``; this
widget only shows them.

Every list is as tall as its rows and never scrolls: only the page does, so a row is
never cut in half and no scroll bar sits inside a scrolling page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial
from typing import NamedTuple

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import DueKind, MenteeStatus, SessionKind
from mentorapp.domain.ids import MenteeId
from mentorapp.gui.i18n import error_message
from mentorapp.gui.labels import label, qdate, short_date
from mentorapp.gui.ops import run_op
from mentorapp.gui.style import ERROR_COLOUR, item_background, set_message, set_status
from mentorapp.services.dashboard import (
    CHECK_INTERVAL_DAYS,
    PLANNED_SESSION,
    Dashboard,
    DueItem,
    due,
)
from mentorapp.store.vault import Vault

MENTEE_ID_ROLE = Qt.ItemDataRole.UserRole
_WHEN_ROLE = Qt.ItemDataRole.UserRole + 1
_NAME_ROLE = Qt.ItemDataRole.UserRole + 2
_TITLE_ROLE = Qt.ItemDataRole.UserRole + 3
_LATE_ROLE = Qt.ItemDataRole.UserRole + 4

_OWN_WORDS = (DueKind.CAREER_CHECK, DueKind.SAFARI, DueKind.ENGAGEMENT)
"""Kinds whose line says itself why it asks for attention: no "overdue" word added."""

MAX_SHOWN = 200
"""Items listed per section; the count above the list always tells the full number."""

NEW_MENTEE_SHORTCUT = "Ctrl+N"
"""The main window's New mentee shortcut, named in the empty vault's first step."""

THREE_COLUMNS_FROM = 1000
"""Below this width (pixels) the sections flow in two columns."""

_SECONDARY_COLOUR = "#5b6677"

_STYLE = f"""
QFrame#dashboardSection {{
    border: 1px solid #c9d3e1; border-radius: 6px; background: palette(base);
}}
QFrame#dashboardSection QListWidget {{ border: 1px solid transparent; }}
QFrame#dashboardSection QListWidget:focus {{ border: 1px solid #1d4f91; }}
QLabel#dashboardOverdue {{ color: {ERROR_COLOUR}; font-weight: bold; }}
QLabel#dashboardHeading {{ font-size: 20pt; font-weight: bold; }}
QLabel#dashboardDate {{ font-size: 13pt; color: {_SECONDARY_COLOUR}; }}
QLabel#dashboardEmpty {{ color: {_SECONDARY_COLOUR}; padding: 4px 2px; }}
"""


class DueLine(NamedTuple):
    """One item as shown: texts already translated and formatted."""

    when: str
    name: str
    title: str
    overdue_word: str  # empty unless overdue
    mentee_id: MenteeId

    @property
    def text(self) -> str:
        """The whole item as plain text (what screen readers and tooltips get)."""
        late = f" · {self.overdue_word}" if self.overdue_word else ""
        return f"{self.when} · {self.name}{late}\n{self.title}"


class DueItemDelegate(QStyledItemDelegate):
    """Paints a due item in two lines: date and name (bold), then what is due; elided."""

    PAD_X, PAD_Y = 6, 4

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return option.font, bold

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if not index.data(_NAME_ROLE):
            return super().sizeHint(option, index)
        plain, bold = self._fonts(option)
        height = QFontMetrics(bold).height() + QFontMetrics(plain).height() + 2 * self.PAD_Y
        return QSize(160, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        name = index.data(_NAME_ROLE)
        if not name:
            super().paint(painter, option, index)
            return
        opt = item_background(self, painter, option, index)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        late = bool(index.data(_LATE_ROLE))
        palette: QPalette = opt.palette
        if selected:
            main = secondary = palette.color(QPalette.ColorRole.HighlightedText)
        elif late:
            main = secondary = QColor(ERROR_COLOUR)
        else:
            main, secondary = palette.color(QPalette.ColorRole.Text), QColor(_SECONDARY_COLOUR)
        plain, bold = self._fonts(opt)
        plain_m, bold_m = QFontMetrics(plain), QFontMetrics(bold)
        rect: QRect = opt.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        first_height = bold_m.height()

        painter.save()
        x, right = rect.left(), rect.right()
        when = f"{index.data(_WHEN_ROLE)} · "
        word = str(index.data(_LATE_ROLE) or "")
        tail = f" · {word}" if word else ""
        painter.setFont(plain)
        painter.setPen(secondary)
        when = plain_m.elidedText(when, Qt.TextElideMode.ElideRight, right - x)
        painter.drawText(QRect(x, rect.top(), right - x, first_height), align, when)
        x += plain_m.horizontalAdvance(when)
        painter.setFont(bold)
        painter.setPen(main)
        room = max(0, right - x - bold_m.horizontalAdvance(tail))
        shown_name = bold_m.elidedText(str(name), Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRect(x, rect.top(), room, first_height), align, shown_name)
        x += bold_m.horizontalAdvance(shown_name)
        if tail:
            painter.drawText(QRect(x, rect.top(), max(0, right - x), first_height), align, tail)
        painter.setFont(plain)
        title = plain_m.elidedText(
            str(index.data(_TITLE_ROLE)), Qt.TextElideMode.ElideRight, rect.width()
        )
        second = QRect(rect.left(), rect.top() + first_height, rect.width(), plain_m.height())
        painter.drawText(second, align, title)
        painter.restore()


class WholeList(QListWidget):
    """A list exactly as tall as its rows: it never scrolls, the page around it does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        rows = sum(max(0, self.sizeHintForRow(i)) for i in range(self.count()))
        return QSize(super().sizeHint().width(), rows + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class DashboardSection(QFrame):
    """One box of the dashboard: a title with a count, then a list or a calm empty line."""

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardSection")
        self.empty_text = empty_text

        self.title_label = QLabel(title)
        self.title_label.setObjectName("sectionTitle")
        self.title_label.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("dashboardCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        # Always laid out (empty when nothing is overdue), so lists side by side line up.
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("dashboardOverdue")

        self.list = WholeList()
        self.list.setAccessibleName(title)
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.list.setAlternatingRowColors(True)
        self.list.setItemDelegate(DueItemDelegate(self.list))
        self.overdue_label.setMinimumHeight(self.overdue_label.sizeHint().height())
        self.empty_label = QLabel()
        self.empty_label.setObjectName("dashboardEmpty")
        self.empty_label.setWordWrap(True)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.overdue_label)
        head.addLayout(titles, 1)
        head.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 10, 12, 12)
        self.body.addLayout(head)
        self.body.addWidget(self.list)
        self.body.addWidget(self.empty_label)
        self.footer = QVBoxLayout()
        self.body.addLayout(self.footer)
        self.body.addStretch(1)  # a card taller than its list (its row is) ends calmly
        self.clear()

    @property
    def title(self) -> str:
        return self.title_label.text()

    def clear(self) -> None:
        """Nothing shown and nothing claimed: not even 'nothing due'."""
        self.list.clear()
        self.list.hide()
        self.count_label.setText("")
        self.overdue_label.setText("")
        self.empty_label.setText("")
        self.empty_label.hide()

    def set_items(self, lines: list[DueLine], total: int, overdue: int) -> None:
        """Show ``lines``; ``total`` (in the count) may exceed what is listed."""
        self.list.clear()
        self.count_label.setText(QLocale().toString(total))
        self.count_label.setAccessibleName(
            self.tr("{title}: {count}").format(title=self.title, count=total)
        )
        self.overdue_label.setText(self.tr("%Ln overdue", "", overdue) if overdue else "")
        for line in lines:
            item = QListWidgetItem(line.text)
            item.setData(MENTEE_ID_ROLE, line.mentee_id)
            item.setData(_WHEN_ROLE, line.when)
            item.setData(_NAME_ROLE, line.name)
            item.setData(_TITLE_ROLE, line.title)
            item.setData(_LATE_ROLE, line.overdue_word)
            item.setToolTip(line.text)
            self.list.addItem(item)
        if total > len(lines):
            more = self.tr("… and %Ln more", "", total - len(lines))
            extra = QListWidgetItem(more)
            extra.setFlags(Qt.ItemFlag.NoItemFlags)
            extra.setData(_NAME_ROLE, "")  # drawn as one plain line
            self.list.addItem(extra)
        has_items = bool(lines)
        self.list.setVisible(has_items)
        self.empty_label.setText("" if has_items else self.empty_text)
        self.empty_label.setVisible(not has_items)
        self.list.updateGeometry()


class EmptyVaultCard(QFrame):
    """What an empty vault shows instead of empty boxes: the first steps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardSection")
        self.title_label = QLabel(self.tr("No mentees yet"))
        self.title_label.setObjectName("sectionTitle")
        shortcut = QKeySequence(NEW_MENTEE_SHORTCUT).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.text_label = QLabel(
            self.tr(
                "Start by adding your first mentee: Mentee > New mentee… ({shortcut}). "
                "Rather look around first? The demo vault holds made-up mentees with "
                "sessions and plans: File > Open vault…, then Try the demo vault."
            ).format(shortcut=shortcut)
        )
        self.text_label.setWordWrap(True)
        self.text_label.setObjectName("dashboardEmpty")
        self.new_mentee_button = QPushButton(self.tr("Add your first mentee…"))
        self.demo_button = QPushButton(self.tr("Open the demo vault…"))
        self.demo_button.setToolTip(self.tr("A separate vault with made-up people, to try out"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_mentee_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label)
        layout.addLayout(buttons)


class DashboardView(QWidget):
    """What is due today across all mentees; a double-click or Enter opens the mentee."""

    mentee_requested = Signal(int)  # a MenteeId
    erase_retention_requested = Signal(list)  # of MenteeId
    new_mentee_requested = Signal()  # from the empty vault's first step
    demo_requested = Signal()  # the empty vault's other way in: the demo vault
    refreshed = Signal()  # new figures are on screen

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        check_interval_days: Callable[[], int] = lambda: CHECK_INTERVAL_DAYS,
    ) -> None:
        """``check_interval_days`` gives the coach's career check interval at each refresh."""
        super().__init__(parent)
        self.setStyleSheet(_STYLE)
        self.check_interval_days = check_interval_days
        self._interval = CHECK_INTERVAL_DAYS  # of the figures shown
        self._generation = 0
        self._loaded = False
        self._retention_ids: list[MenteeId] = []
        self._columns = 0

        self.heading = QLabel(self.tr("Today"))
        self.heading.setObjectName("dashboardHeading")
        self.date_label = QLabel()
        self.date_label.setObjectName("dashboardDate")
        self.date_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("dashboardStatus")
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        nothing = self.tr("Nothing due.")
        self.sessions_box = DashboardSection(
            self.tr("Sessions this week"), self.tr("No sessions this week.")
        )
        self.safaris_box = DashboardSection(
            self.tr("Safaris this week"), self.tr("No safari starts this week.")
        )
        self.actions_box = DashboardSection(self.tr("Actions due"), nothing)
        self.agreements_box = DashboardSection(self.tr("Agreements to follow up"), nothing)
        self.reviews_box = DashboardSection(self.tr("Plan reviews due"), nothing)
        self.debriefs_box = DashboardSection(
            self.tr("Debriefs due"), self.tr("Every safari that ended has its debrief.")
        )
        self.revisits_box = DashboardSection(self.tr("Wishes to look at again"), nothing)
        self.checks_box = DashboardSection(
            self.tr("Career check due"), self.tr("No career check is due.")
        )
        self.retention_box = DashboardSection(
            self.tr("Past retention date"), self.tr("No mentee is past the retention date.")
        )
        self.no_next_box = DashboardSection(
            self.tr("No next step"), self.tr("Every active mentee has a next session planned.")
        )
        self.engagements_box = DashboardSection(
            self.tr("Engagements ending"), self.tr("No engagement is nearly used up or ending.")
        )
        self.sections: list[DashboardSection] = [
            self.sessions_box,
            self.safaris_box,
            self.actions_box,
            self.agreements_box,
            self.reviews_box,
            self.debriefs_box,
            self.revisits_box,
            self.checks_box,
            self.retention_box,
            self.no_next_box,
            self.engagements_box,
        ]
        self.erase_button = QPushButton(self.tr("Erase mentees past retention…"))
        self.erase_button.setObjectName("eraseRetentionButton")
        self.erase_button.hide()
        self.erase_button.clicked.connect(self._erase_clicked)
        self.retention_box.footer.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignLeft)
        for section in self.sections:
            section.list.itemActivated.connect(self._activated)
            section.list.currentRowChanged.connect(partial(self._row_into_view, section.list))
        self.empty_vault = EmptyVaultCard()
        self.empty_vault.hide()
        self.empty_vault.new_mentee_button.clicked.connect(self.new_mentee_requested)
        self.empty_vault.demo_button.clicked.connect(self.demo_requested)

        top = QHBoxLayout()
        top.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignBaseline)
        top.addSpacing(12)
        top.addWidget(self.date_label, 1, Qt.AlignmentFlag.AlignBaseline)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.page = QWidget()
        page = QVBoxLayout(self.page)
        page.setContentsMargins(0, 0, 6, 0)  # the page scroll bar stays off the cards
        page.addWidget(self.empty_vault)
        page.addLayout(self.grid)
        page.addStretch(1)  # spare height stays below the cards, never inside them
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("Dashboard: what is due"))
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(10)
        outer.addLayout(top)
        outer.addWidget(self.status_label)
        outer.addWidget(self.scroll_area, 1)
        self._arrange(3)

        previous: QWidget = self.empty_vault.new_mentee_button
        for widget in (
            self.empty_vault.demo_button,
            *(section.list for section in self.sections),
            self.erase_button,
        ):
            QWidget.setTabOrder(previous, widget)
            previous = widget

    # ---- public ---------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        """True once a refresh has shown its figures (and until ``clear``)."""
        return self._loaded

    def refresh(self, vault: Vault, today: date) -> None:
        """Read what is due on ``today`` off the GUI thread, then show it."""
        self._generation += 1
        generation = self._generation
        self.date_label.setText(QLocale().toString(qdate(today), QLocale.FormatType.LongFormat))
        self.status_label.setStyleSheet("")
        set_status(self.status_label, self.tr("Loading…"), speak=False)
        self.status_label.show()
        interval = self.check_interval_days()

        def shown(result: object) -> None:
            if generation == self._generation and isinstance(result, Dashboard):
                self._interval = interval
                self.show_dashboard(result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                set_message(self.status_label, error_message(exc), error=True)

        run_op(lambda: due(vault, today, check_interval_days=interval), shown, failed, parent=self)

    def show_dashboard(self, dashboard: Dashboard) -> None:
        """Fill every section from ``dashboard`` (on the GUI thread)."""
        self.status_label.hide()
        filled = (
            (self.sessions_box, dashboard.sessions_this_week),
            (self.safaris_box, dashboard.safaris_starting),
            (self.actions_box, dashboard.actions),
            (self.agreements_box, dashboard.agreements),
            (self.reviews_box, dashboard.reviews),
            (self.debriefs_box, dashboard.debriefs_due),
            (self.revisits_box, dashboard.revisits),
            (self.checks_box, dashboard.career_checks),
            (self.retention_box, dashboard.past_retention),
            (self.no_next_box, dashboard.no_next_step),
            (self.engagements_box, dashboard.engagements_ending),
        )
        for section, items in filled:
            lines = [self.line(i) for i in items[:MAX_SHOWN]]
            # Not a deadline missed: a date passed, a safari that started this week.
            calm = section in (self.retention_box, self.checks_box, self.safaris_box)
            overdue = 0 if calm else sum(i.overdue for i in items)
            section.set_items(lines, len(items), overdue)
        self._retention_ids = list(dashboard.past_retention_ids)
        self.erase_button.setVisible(bool(self._retention_ids))
        self._show_empty_vault(not dashboard.has_mentees)
        self._loaded = True
        self.refreshed.emit()

    def clear(self) -> None:
        """Empty everything (the vault is locking); a load still under way is ignored."""
        self._generation += 1
        self._loaded = False
        self._retention_ids = []
        self.erase_button.hide()
        self.date_label.clear()
        self.status_label.clear()
        self.status_label.hide()
        for section in self.sections:
            section.clear()
        self._show_empty_vault(False)

    def line(self, item: DueItem) -> DueLine:
        """How ``item`` reads: its date, whose, what, and 'overdue' when it is."""
        when = item.when
        if item.kind is DueKind.NO_NEXT_STEP and isinstance(when, datetime):
            when = when.date()  # the day of the last session is enough
        return DueLine(
            when=short_date(when),
            name=item.mentee_name,
            title=self._title(item),
            overdue_word=self.tr("overdue") if item.overdue and item.kind not in _OWN_WORDS else "",
            mentee_id=item.mentee_id,
        )

    # ---- inside ---------------------------------------------------------------------

    def _title(self, item: DueItem) -> str:
        if item.kind is DueKind.SESSION:
            if item.title == PLANNED_SESSION:
                if item.overdue:
                    return self.tr("Planned session, not logged")
                return self.tr("Planned session")
            try:
                return label(SessionKind(item.title))
            except ValueError:
                return item.title
        if item.kind is DueKind.REVIEW:
            return item.title or self.tr("Development plan")
        if item.kind is DueKind.CAREER_CHECK:
            if item.record_id is None or not isinstance(item.when, date):
                return self.tr("No career check yet")
            last = item.when - timedelta(days=self._interval)
            return self.tr("Last check on {date}").format(date=short_date(last))
        if item.kind is DueKind.SAFARI:
            return self.tr("Safari at {host}").format(host=item.title)
        if item.kind is DueKind.DEBRIEF:
            return self.tr("Debrief: safari at {host}").format(host=item.title)
        if item.kind is DueKind.NO_NEXT_STEP:  # the date is the last session's
            return (
                self.tr("Last session; nothing planned") if item.when else self.tr("No session yet")
            )
        if item.kind is DueKind.ENGAGEMENT:  # the date is its end, the title its sponsor
            if item.overdue:
                return self.tr("{sponsor}: used up or ended").format(sponsor=item.title)
            return self.tr("{sponsor}: nearly used up or ending").format(sponsor=item.title)
        if item.kind is DueKind.RETENTION:
            try:
                status = label(MenteeStatus(item.title))
            except ValueError:
                status = item.title
            return self.tr("Retention period ended ({status})").format(status=status)
        return item.title

    def _show_empty_vault(self, empty: bool) -> None:
        """An empty vault shows its first steps; the boxes would only say 'nothing'."""
        self.empty_vault.setVisible(empty)
        # A host that offers no demo gets no dead button.
        self.empty_vault.demo_button.setVisible(self._connected("demo_requested()"))
        self.empty_vault.new_mentee_button.setVisible(self._connected("new_mentee_requested()"))
        for section in self.sections:
            section.setVisible(not empty)

    def _connected(self, signature: str) -> bool:
        meta = self.metaObject()
        return self.isSignalConnected(meta.method(meta.indexOfSignal(signature)))

    def _activated(self, item: QListWidgetItem) -> None:
        mentee_id = item.data(MENTEE_ID_ROLE)
        if mentee_id is not None:
            self.mentee_requested.emit(MenteeId(int(mentee_id)))

    def _row_into_view(self, items: QListWidget, row: int) -> None:
        """The lists do not scroll, so the page brings the current row into view."""
        item = items.item(row)
        if item is None:
            return
        rect = items.visualItemRect(item)
        centre = items.viewport().mapTo(self.page, rect.center())
        self.scroll_area.ensureVisible(centre.x(), centre.y(), 0, rect.height())

    def _erase_clicked(self) -> None:
        if self._retention_ids:
            self.erase_retention_requested.emit(list(self._retention_ids))

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for section in self.sections:
            self.grid.removeWidget(section)
        for index, section in enumerate(self.sections):
            self.grid.addWidget(section, index // columns, index % columns)
        for column in range(3):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(3 if event.size().width() >= THREE_COLUMNS_FROM else 2)
        super().resizeEvent(event)
