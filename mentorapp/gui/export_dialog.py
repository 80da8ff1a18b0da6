"""PDF export with a preview: choose the language and options (per export), look, then save."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.enums import Language
from mentorapp.gui.i18n import error_message
from mentorapp.gui.ops import format_for_log, run_op, run_write
from mentorapp.gui.style import set_message
from mentorapp.services.changes import Outcome

log = logging.getLogger(__name__)

Render = Callable[[Language, bool], bytes]
PdfSaver = Callable[[Path, bytes, Language], Outcome[Any]]
"""A service call that writes the previewed bytes (and logs the export); runs off the GUI thread."""


class PdfExportDialog(QDialog):
    """Renders off the GUI thread, shows the pages, saves atomically where the coach says."""

    def __init__(
        self,
        title: str,
        render: Render,
        language: Language,
        suggested: Path,
        save: PdfSaver,
        *,
        manager_option: bool = False,
        chart_render: Render | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``chart_render`` renders with a chart of the career checks: when given, a check
        box offers it, off and greyed out until ``offer_chart`` says there are checks."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.renderer = render
        self.chart_renderer = chart_render
        self.suggested = suggested
        self.saver = save
        self.pdf: bytes = b""
        self._generation = 0
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        language_label = QLabel(self.tr("&Language of the PDF"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the PDF"))
        self.language.addItem("Nederlands", Language.NL)
        self.language.addItem("English", Language.EN)
        self.language.setCurrentIndex(self.language.findData(language))
        language_label.setBuddy(self.language)
        bar.addWidget(language_label)
        bar.addWidget(self.language)
        self.manager = QCheckBox(self.tr("Signature line for the &manager"))
        self.manager.setVisible(manager_option)
        bar.addWidget(self.manager)
        self.chart = QCheckBox(self.tr("Include a c&hart of the career checks"))
        self.chart.setVisible(chart_render is not None)
        self.chart.setEnabled(False)
        bar.addWidget(self.chart)
        bar.addStretch()
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.choose_file)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.reject)
        bar.addWidget(self.save_button)
        bar.addWidget(close)
        layout.addLayout(bar)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Preview"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        self._buffer: QBuffer | None = None
        self.language.currentIndexChanged.connect(lambda _i: self.refresh())
        self.manager.toggled.connect(lambda _on: self.refresh())
        self.chart.toggled.connect(lambda _on: self.refresh())
        self.resize(900, 760)
        self.refresh()

    def offer_chart(self, available: bool) -> None:
        """Whether the mentee has career checks to chart (asked off the GUI thread)."""
        self.chart.setEnabled(available)
        self.chart.setToolTip("" if available else self.tr("This mentee has no career check yet."))

    @property
    def chosen_language(self) -> Language:
        return Language(self.language.currentData())

    @property
    def ready(self) -> bool:
        return bool(self.pdf) and self.save_button.isEnabled()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        language, manager = self.chosen_language, self.manager.isChecked()
        render = self.renderer
        if self.chart_renderer is not None and self.chart.isChecked():
            render = self.chart_renderer
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the preview…"))
        run_op(
            lambda: render(language, manager),
            lambda data: self._show(generation, data),
            self._failed,
            parent=self,
        )

    def _show(self, generation: int, data: object) -> None:
        if generation != self._generation or not isinstance(data, bytes):
            return
        self.pdf = data
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        self.status.setText(
            self.tr("%n page(s). Check it, then save.", "", self.document.pageCount())
        )
        self.save_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        log.warning("pdf rendering failed: %s", format_for_log(exc))
        set_message(self.status, error_message(exc), error=True)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), str(self.suggested), self.tr("PDF files (*.pdf)")
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the previewed bytes atomically; an existing file is replaced whole or kept."""
        data, language, saver = self.pdf, self.chosen_language, self.saver
        self.save_button.setEnabled(False)

        def done(_result: object) -> None:
            self.save_button.setEnabled(True)
            set_message(
                self.status, self.tr("Saved as {file}.").format(file=path.name), error=False
            )

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self._failed(exc)

        run_write(lambda: saver(path, data, language), done, failed, parent=self)
