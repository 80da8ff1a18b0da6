"""Help: the user guide in both languages, About with the versions, Copy diagnostics."""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from mentorapp.gui import i18n
from mentorapp.gui.help import copy_diagnostics, show_about, show_user_guide
from mentorapp.gui.help.about import AboutDialog
from mentorapp.gui.help.guide import UserGuideDialog, guide_path, load_guide
from mentorapp.services import diagnostics
from tests.gui.a11y import unnamed_focusable

ROOT = Path(__file__).resolve().parents[2]
MENU_SOURCE = ROOT / "mentorapp" / "gui" / "main_menu.py"
DUTCH = ROOT / "resources" / "translations" / "mentorapp_nl.ts"
# Menu entries the guide may name before they exist (none now: every one is there).
NOT_YET: dict[str, set[str]] = {"en": set(), "nl": set()}


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[QMainWindow]:
    made = QMainWindow()
    made.setWindowTitle("Mentorapp")
    qtbot.addWidget(made)
    made.show()
    yield made


def test_the_guide_has_the_same_topics_in_both_languages() -> None:
    english, dutch = load_guide("en"), load_guide("nl")
    assert guide_path("en").parent.name == "guide"
    assert len(english.topics) == len(dutch.topics) >= 8
    assert english.title and dutch.title and english.introduction and dutch.introduction
    for en, nl in zip(english.topics, dutch.topics, strict=True):
        assert en.markdown and nl.markdown, (en.title, nl.title)
        # The same shortcuts and file names in both.
        assert set(re.findall(r"Ctrl\+\w|`[^`]+`", en.markdown)) == set(
            re.findall(r"Ctrl\+\w|`[^`]+`", nl.markdown)
        ), en.title
    text = "\n".join(t.markdown for t in english.topics)
    for must in ("recovery key", "Private notes", "Ctrl+L", "vault.db-wal", "read-only"):
        assert must in text


def _menu_words(language: str) -> set[str]:
    """The main menu's entries as shown (without & and …), in ``language``."""
    source = MENU_SOURCE.read_text(encoding="utf-8")
    english = set(re.findall(r'self\.tr\(\s*"([^"]+)"', source))
    if language == "nl":
        shown = set()
        for context in ET.parse(DUTCH).getroot():
            if context.findtext("name") != "MainActions":
                continue
            for message in context.findall("message"):
                if message.findtext("source") in english:
                    shown.add(message.findtext("translation") or "")
    else:
        shown = english
    return {re.sub(r"\s*\(.*\)|…", "", s.replace("&", "")).strip() for s in shown} | {
        s.replace("&", "").replace("…", "").strip() for s in shown
    }


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_menu_entry_the_guide_names_is_in_the_menu(language: str) -> None:
    text = guide_path(language).read_text(encoding="utf-8")
    named = [" ".join(n.split()) for n in re.findall(r"\*([^*]+?(?:\s>\s[^*]+?)+)\*", text)]
    assert len(named) >= 8
    words = _menu_words(language)
    missing = {
        part
        for path in named
        for part in path.split(" > ")
        if part not in words and part not in NOT_YET[language]
    }
    assert missing == set()


def test_the_guide_dialog_shows_each_topic_and_closes_on_escape(qtbot: QtBot, window) -> None:
    show_user_guide(window)
    dialog = window.findChild(UserGuideDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "User guide - Mentorapp"
    assert unnamed_focusable(dialog) == []
    assert dialog.topics.count() == len(dialog.guide.topics)
    assert "Mentorapp" in dialog.text.toPlainText() or dialog.text.toPlainText()
    dialog.topics.setCurrentRow(5)
    assert "Ctrl+L" in dialog.text.toPlainText()
    show_user_guide(window)  # again: the same dialog comes forward
    assert len([d for d in window.findChildren(UserGuideDialog) if d.isVisible()]) == 1
    qtbot.keyClick(dialog.topics, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_guide_follows_the_app_language(qtbot: QtBot, window) -> None:
    i18n.install("nl")
    dialog = UserGuideDialog(parent=window)
    qtbot.addWidget(dialog)
    assert dialog.language == "nl" and dialog.guide.title == "Handleiding Mentorapp"
    assert dialog.topics.item(0).text() == "De eerste keer"


def test_about_names_the_versions_and_the_font_licence(qtbot: QtBot, window) -> None:
    show_about(window)
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert set(dialog.version_labels) == {"Qt", "PySide6", "SQLCipher", "SQLAlchemy", "Python"}
    assert dialog.version_labels["SQLCipher"].text().startswith("4.")
    assert "Bitstream" in dialog.licence_text.toPlainText()
    assert unnamed_focusable(dialog) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_copy_diagnostics_puts_versions_and_the_log_on_the_clipboard(
    qtbot: QtBot, window, tmp_path: Path
) -> None:
    diagnostics.stop_log()
    try:
        diagnostics.start_log("gui", folder=tmp_path / "logs", level=logging.INFO)
        logging.getLogger("mentorapp.gui.test").warning("something failed %d times", 3)
        text = copy_diagnostics(window)
    finally:
        diagnostics.stop_log()
    assert QGuiApplication.clipboard().text() == text
    assert "Qt: 6." in text and "PySide6: 6." in text and "SQLCipher: 4." in text
    assert "something failed 3 times" in text
    assert "Diagnostics copied" in window.statusBar().currentMessage()


def test_qt_messages_are_logged_by_type_only(tmp_path: Path) -> None:
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from mentorapp.gui.help import diagnostics as gui_diagnostics

    diagnostics.stop_log()
    try:
        diagnostics.start_log("gui", folder=tmp_path, level=logging.DEBUG)
        previous = qInstallMessageHandler(gui_diagnostics._qt_message)
        try:
            qWarning("KANARIE cannot open /home/zoe/Peeters.pdf")
        finally:
            qInstallMessageHandler(previous)
    finally:
        diagnostics.stop_log()
    text = (tmp_path / "gui.log").read_text(encoding="utf-8")
    assert "qt message of type QtMsgType.QtWarningMsg" in text
    assert "test_help:test_qt_messages_are_logged_by_type_only:" in text
    assert "KANARIE" not in text and "Peeters" not in text and "/home" not in text
