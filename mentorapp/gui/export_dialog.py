"""PDF export with a preview: choose the language and options (per export), look, then save."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
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


@dataclass(frozen=True)
class PdfOptions:
    """What the coach chose to add to this one export; every option starts off."""

    manager: bool = False  # a signature line for the manager
    chart: bool = False  # a chart of the career checks
    safaris: bool = False  # the career safaris
    crafting: bool = False  # the crafted job (the job crafting canvas)


Render = Callable[[Language, PdfOptions], bytes]
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
        chart_option: bool = False,
        moves_options: bool = False,
        language_option: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """The options offered: a manager's signature line, a chart of the career checks
        (greyed out until ``offer_chart`` says there are checks), the career safaris and
        the crafted job (greyed out until ``offer_moves`` says there are some). Without
        ``language_option`` the PDF is in its own language (a story's) and none is asked."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.renderer = render
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
        language_label.setVisible(language_option)
        self.language.setVisible(language_option)
        bar.addWidget(language_label)
        bar.addWidget(self.language)
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
        self.manager = QCheckBox(self.tr("Signature line for the &manager"))
        self.manager.setVisible(manager_option)
        self.chart = QCheckBox(self.tr("Include a c&hart of the career checks"))
        self.chart.setVisible(chart_option)
        self.safaris = QCheckBox(self.tr("Include the career sa&faris"))
        self.crafting = QCheckBox(self.tr("Include the crafted &job"))
        for offered in (self.chart, self.safaris, self.crafting):
            offered.setEnabled(False)  # until there is something to include
        for option in (self.safaris, self.crafting):
            option.setVisible(moves_options)
        options = QHBoxLayout()
        for option in self._options():
            options.addWidget(option)
            option.toggled.connect(lambda _on: self.refresh())
        options.addStretch()
        if manager_option or chart_option or moves_options:
            layout.addLayout(options)
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
        self.resize(900, 760)
        self.refresh()

    def _options(self) -> tuple[QCheckBox, ...]:
        return (self.manager, self.chart, self.safaris, self.crafting)

    def offer_chart(self, available: bool) -> None:
        """Whether the mentee has career checks to chart (asked off the GUI thread)."""
        self.chart.setEnabled(available)
        self.chart.setToolTip("" if available else self.tr("This mentee has no career check yet."))

    def offer_moves(self, safaris: bool, crafting: bool) -> None:
        """Whether the mentee has safaris and a job crafting canvas to include."""
        self.safaris.setEnabled(safaris)
        self.safaris.setToolTip("" if safaris else self.tr("This mentee has no career safari."))
        self.crafting.setEnabled(crafting)
        self.crafting.setToolTip(
            "" if crafting else self.tr("This mentee's job crafting canvas is empty.")
        )

    @property
    def options(self) -> PdfOptions:
        """The options chosen: one not offered, or greyed out, is never on."""
        return PdfOptions(
            *(box.isChecked() and box.isEnabled() and not box.isHidden() for box in self._options())
        )

    @property
    def chosen_language(self) -> Language:
        return Language(self.language.currentData())

    @property
    def ready(self) -> bool:
        return bool(self.pdf) and self.save_button.isEnabled()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        language, options, render = self.chosen_language, self.options, self.renderer
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the preview…"))
        run_op(
            lambda: render(language, options),
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
