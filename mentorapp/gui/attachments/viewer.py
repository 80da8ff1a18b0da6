"""Shows an attachment from memory: PDFs in QtPdf, images in a label; never a temp file."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentorapp.domain.model import Attachment
from mentorapp.gui.style import PRIVATE_COLOUR

PDF = "application/pdf"


def viewable(attachment: Attachment) -> bool:
    """True for the kinds the app shows itself (PDFs and images)."""
    return attachment.media_type == PDF or attachment.media_type.startswith("image/")


class AttachmentViewer(QDialog):
    """One attachment's bytes, held in memory for as long as the dialog is open.

    A child of the main window, so a lock closes it (and deletes it with its bytes).
    """

    save_copy_requested = Signal()

    def __init__(self, attachment: Attachment, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("{title} - Mentorapp").format(title=attachment.title))
        self.resize(900, 700)
        box = QVBoxLayout(self)
        self._buffer: QBuffer | None = None
        self.document: QPdfDocument | None = None
        if attachment.media_type == PDF:
            box.addWidget(self._pdf_view(data), 1)
        elif attachment.media_type.startswith("image/"):
            box.addWidget(self._image_view(data), 1)
        else:
            message = QLabel(self.tr("Mentorapp cannot show this kind of file."))
            message.setWordWrap(True)
            box.addWidget(message, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        save = QPushButton(self.tr("Save a cop&y as…"))
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        save.clicked.connect(self.save_copy_requested)
        buttons.rejected.connect(self.reject)
        warning = QLabel(self.tr("This copy is not encrypted."))
        warning.setStyleSheet(f"color: {PRIVATE_COLOUR};")
        row = QHBoxLayout()
        row.addWidget(warning, 1)
        row.addWidget(buttons)
        box.addLayout(row)

    def _pdf_view(self, data: bytes) -> QWidget:
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        view = QPdfView(self)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(self.document)
        view.setAccessibleName(self.tr("PDF"))
        if self.document.status() != QPdfDocument.Status.Ready:
            return QLabel(self.tr("This PDF cannot be read."))
        return view

    def _image_view(self, data: bytes) -> QWidget:
        image = QImage.fromData(data)
        if image.isNull():
            return QLabel(self.tr("This image cannot be read."))
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setPixmap(QPixmap.fromImage(image))
        label.setAccessibleName(self.tr("Image"))
        scroll = QScrollArea()
        scroll.setWidget(label)
        scroll.setWidgetResizable(True)
        return scroll

    def done(self, result: int) -> None:
        if self.document is not None:
            self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
        super().done(result)
