"""Global search (Ctrl+K): results as you type, off the GUI thread; Enter opens the hit."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from mentorapp.gui.labels import short_date
from mentorapp.gui.ops import run_op
from mentorapp.gui.style import (
    ICONS,
    PRIVATE_COLOUR,
    item_background,
    name_clear_button,
    set_status,
)
from mentorapp.services import search
from mentorapp.store.vault import Vault

HTML_ROLE = Qt.ItemDataRole.UserRole + 10
HIT_ROLE = Qt.ItemDataRole.UserRole + 11
DEBOUNCE_MS = 120


def hit_html(hit: search.SearchHit, kind_label: str) -> str:
    """The hit as HTML: who, when, where; a private hit carries the lock in amber."""
    when = short_date(hit.happened) if hit.happened else ""
    snippet = (
        html.escape(hit.snippet)
        .replace(search.HIT_START, "<b><u>")
        .replace(search.HIT_END, "</u></b>")
    )
    head = html.escape(" · ".join(x for x in (hit.mentee_name, when) if x))
    where = html.escape(kind_label)
    if hit.private:
        lock = (ICONS / "lock.svg").as_uri()
        where = (
            f'<img src="{lock}" width="12" height="12"> '
            f'<span style="color:{PRIVATE_COLOUR}">{where}</span>'
        )
    return f"<div><b>{head}</b> · {where}<br>{snippet}</div>"


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HTML (bold name, highlighted snippet)."""

    def _doc(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(200, option.rect.width() - 8))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        option = item_background(self, painter, option, index)
        doc = self._doc(option, index)
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 4, option.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        doc = self._doc(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6)


class SearchPopup(QDialog):
    """Type to search every note and plan; ``hit_chosen`` carries the ``SearchHit``."""

    hit_chosen = Signal(object)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Search - Mentorapp"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search notes, summaries and plans…"))
        self.query.setAccessibleName(self.tr("Search"))
        name_clear_button(self.query, self.tr("Clear the search"))
        layout.addWidget(self.query)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.itemActivated.connect(self._activate)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)
        self._generation = 0
        self.query.textChanged.connect(lambda _t: self._timer.start(DEBOUNCE_MS))
        self.query.returnPressed.connect(self._enter)
        # Where the hit is; (kind, private) - private text never leaves the vault.
        self.kind_labels = {
            ("session", False): self.tr("shared summary or agreements"),
            ("session", True): self.tr("private notes"),
            ("plan", False): self.tr("plan"),
            ("plan", True): self.tr("private remarks on the plan"),
            ("goal", False): self.tr("goal"),
            ("action", False): self.tr("action"),
        }

    def _run(self) -> None:
        text = self.query.text()
        self._generation += 1
        generation = self._generation
        if not search.is_searchable(text):
            self.results.clear()
            set_status(self.status, "")
            return
        vault = self.vault

        def work() -> list[search.SearchHit]:
            return search.search(vault, text, limit=50)

        run_op(work, lambda hits: self._show(generation, hits), self._failed, parent=self)

    def _show(self, generation: int, hits: object) -> None:
        if generation != self._generation or not isinstance(hits, list):
            return  # an older query answered late
        self.results.clear()
        for hit in hits:
            where = self.kind_labels.get((hit.kind, hit.private), hit.kind)
            item = QListWidgetItem()
            item.setData(HTML_ROLE, hit_html(hit, where))
            item.setData(HIT_ROLE, hit)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{hit.mentee_name}, {where}: {hit.snippet_with('', '')}",
            )
            self.results.addItem(item)
        set_status(
            self.status,
            self.tr("No matches.") if not hits else self.tr("%n match(es)", "", len(hits)),
        )
        if hits:
            self.results.setCurrentRow(0)

    def _failed(self, _exc: BaseException) -> None:
        set_status(self.status, self.tr("Search is not available right now."))

    def _enter(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._run()
            return
        item = self.results.currentItem()
        if item is not None:
            self._activate(item)

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        if (
            isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and self.query.hasFocus()
        ):
            row = self.results.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.results.count():
                self.results.setCurrentRow(row)
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def _activate(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if hit is not None:
            self.hit_chosen.emit(hit)
            self.accept()
