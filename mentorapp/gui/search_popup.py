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
from mentorapp.services import search
from mentorapp.store.vault import Vault

HTML_ROLE = Qt.ItemDataRole.UserRole + 10
HIT_ROLE = Qt.ItemDataRole.UserRole + 11
DEBOUNCE_MS = 120


def hit_html(hit: search.SearchHit, kind_label: str) -> str:
    when = short_date(hit.happened) if hit.happened else ""
    snippet = (
        html.escape(hit.snippet)
        .replace(search.HIT_START, "<b><u>")
        .replace(search.HIT_END, "</u></b>")
    )
    head = html.escape(f"{hit.mentee_name} · {when} · {kind_label}")
    return f"<div><b>{head}</b><br>{snippet}</div>"


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
        self.initStyleOption(option, index)
        doc = self._doc(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
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
        self.query.setClearButtonEnabled(True)
        layout.addWidget(self.query)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Search status"))
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
        self.kind_labels = {
            "session": self.tr("session"),
            "plan": self.tr("plan"),
            "goal": self.tr("goal"),
            "action": self.tr("action"),
        }

    def _run(self) -> None:
        text = self.query.text()
        self._generation += 1
        generation = self._generation
        if not search.is_searchable(text):
            self.results.clear()
            self.status.setText("")
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
            item = QListWidgetItem()
            item.setData(HTML_ROLE, hit_html(hit, self.kind_labels.get(hit.kind, hit.kind)))
            item.setData(HIT_ROLE, hit)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{hit.mentee_name} {hit.snippet_with('', '')}"
            )
            self.results.addItem(item)
        self.status.setText(
            self.tr("No matches.") if not hits else self.tr("%n match(es)", "", len(hits))
        )
        if hits:
            self.results.setCurrentRow(0)

    def _failed(self, _exc: BaseException) -> None:
        self.status.setText(self.tr("Search is not available right now."))

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
