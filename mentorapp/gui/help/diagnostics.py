"""Copy diagnostics, and the desktop app's log: Qt's messages go in by their type only.

A Qt message can carry a file path or a font or widget name, so the log keeps its type
(``QtMsgType.QtWarningMsg``) and the Python code that was calling into Qt when it came,
never its text; the text still goes where Qt would have put it (stderr), as before.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Any

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qFormatLogMessage,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QWidget

from mentorapp.gui.style import announce
from mentorapp.services import diagnostics

log = logging.getLogger(__name__)

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

_installed = False
_previous: Any = None


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # Attributed to the Python code that called into Qt (stacklevel), not to this handler.
    log.log(_QT_LEVELS.get(mode, logging.WARNING), "qt message of type %s", mode, stacklevel=2)
    if _previous is not None:
        _previous(mode, context, message)
    elif sys.stderr is not None:  # a windowed build has no stderr
        sys.stderr.write(qFormatLogMessage(mode, context, message) + "\n")


def install_qt_message_handler() -> None:
    global _installed, _previous
    if not _installed:
        _previous = qInstallMessageHandler(_qt_message)
        _installed = True


def start_gui_log() -> None:
    """The log of this process (see ``services.diagnostics.start_log``), Qt's messages in
    it, and how long the start took until the event loop first ran."""
    started = time.perf_counter()
    if diagnostics.start_log("gui") is None:
        return
    install_qt_message_handler()
    if QCoreApplication.instance() is not None:
        QTimer.singleShot(
            0,
            lambda: log.info(
                "event loop running %.0f ms after the log started",
                (time.perf_counter() - started) * 1000,
            ),
        )


def diagnostics_text() -> str:
    return diagnostics.diagnostics_text(qt_version=qVersion(), pyside_version=PySide6.__version__)


def copy_diagnostics(window: QWidget) -> str:
    text = diagnostics_text()
    QGuiApplication.clipboard().setText(text)
    said = QCoreApplication.translate(
        "Help",
        "Diagnostics copied: versions and the last lines of the log, without names or notes. Paste them into your message to support.",
    )
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(said, 10000)
    announce(window, said)
    log.info("diagnostics copied, %d lines", text.count("\n"))
    return text
