"""The first-start window: recent vaults by name, their label on the list, and names for
every control in both languages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentorapp.gui import i18n
from mentorapp.gui.welcome import WelcomeWindow
from tests.gui.a11y import unnamed_focusable


def test_recent_vaults_show_their_name_with_the_folder_beside_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "Documents"
    recent = [folder / "Praktijk Marleen.mentorvault", folder / "Loopbaancentrum.mentorvault"]
    window = WelcomeWindow(recent, "en")
    qtbot.addWidget(window)
    window.show()
    items = [window.recent.item(i) for i in range(window.recent.count())]
    assert [item.text() for item in items] == ["Praktijk Marleen", "Loopbaancentrum"]
    assert items[0].toolTip() == str(recent[0])
    assert items[0].data(Qt.ItemDataRole.AccessibleDescriptionRole) == str(folder)
    chosen: list[Path] = []
    window.recent_chosen.connect(chosen.append)
    window.recent.itemActivated.emit(items[1])
    assert chosen == [recent[1]]


def test_the_recent_label_sits_on_its_list(qtbot: QtBot, tmp_path: Path) -> None:
    window = WelcomeWindow([tmp_path / "a.mentorvault"], "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    label, listing = window.recent_label, window.recent
    assert label.buddy() is listing
    gap = (
        listing.mapTo(window, listing.rect().topLeft()).y()
        - label.mapTo(window, label.rect().bottomLeft()).y()
    )
    assert 0 <= gap <= 8
    assert window.demo_button.geometry().bottom() < label.mapTo(window, label.rect().topLeft()).y()


def test_a_language_switch_retranslates_the_window_in_place(qtbot: QtBot) -> None:
    window = WelcomeWindow([], "en")
    qtbot.addWidget(window)
    assert window.windowTitle() == "Welcome - Mentorapp"
    i18n.install("nl")
    QApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert window.windowTitle() == "Welkom - Mentorapp"
    assert window.create_button.text() == "&Nieuwe kluis maken…"


def test_every_control_of_the_first_window_has_a_name(qtbot: QtBot, tmp_path: Path) -> None:
    for language in ("en", "nl"):
        i18n.install(language)
        window = WelcomeWindow([tmp_path / "a.mentorvault"], language)
        qtbot.addWidget(window)
        window.show()
        assert unnamed_focusable(window) == []
        window.close()
