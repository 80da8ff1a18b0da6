"""What a screen reader and a keyboard get: every focusable object on the main screens
has a name, messages expose their text, and Tab never traps."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from mentorapp.demo import fill_demo
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.settings import AppSettings
from mentorapp.services import vault_life
from mentorapp.store.keychain import Keychain
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.a11y import mute_labels, unnamed_focusable

FIXED_NAMES = (
    "Message",
    "Save state",
    "Search status",
    "Passphrase strength",
    "SMART check",
    "Unlocking",
)


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=30000)


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "demo.mentorvault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    try:
        fill_demo(vault, date.today())
    finally:
        vault.close()
    return folder


@pytest.fixture
def window(
    qtbot: QtBot, demo_folder: Path, settings: AppSettings, no_keychain: Keychain
) -> Iterator[MainWindow]:
    shown = MainWindow(demo_folder, settings, no_keychain)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    shown.enter(vault_life.open_vault(demo_folder, PASSPHRASE))
    qtbot.waitUntil(lambda: shown.mentees.model.rowCount() > 0, timeout=20000)
    wait_idle(qtbot)
    yield shown
    shown.lock()
    wait_idle(qtbot)


def _screens(window: MainWindow, qtbot: QtBot) -> Iterator[str]:
    yield "dashboard"
    window.mentees.select(window.mentees.model.summary(0).id)
    qtbot.waitUntil(lambda: window.workspace.mentee_id is not None, timeout=10000)
    for index, name in enumerate(("overview", "sessions", "plan", "questionnaires")):
        window.workspace.setCurrentIndex(index)
        QApplication.processEvents()
        yield name
    moves = window.workspace.moves
    window.workspace.setCurrentWidget(moves)
    for index in range(moves.pages.count()):
        moves.pages.setCurrentIndex(index)
        QApplication.processEvents()
        yield f"career moves {index}"


def test_every_focusable_object_on_the_main_screens_has_a_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    problems: dict[str, list[str]] = {}
    for screen in _screens(window, qtbot):
        found = unnamed_focusable(window) + mute_labels(window, FIXED_NAMES)
        if found:
            problems[screen] = found
    assert problems == {}


def test_the_lock_screen_names_everything(qtbot: QtBot, window: MainWindow) -> None:
    window.lock()
    wait_idle(qtbot)
    assert unnamed_focusable(window) == []
    assert mute_labels(window, FIXED_NAMES) == []


def _tab_walk(start: QWidget, presses: int, backwards: bool = False) -> list[QWidget]:
    seen: list[QWidget] = []
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused)
        QtBot.keyClick(focused, key, modifier)
        QApplication.processEvents()
    return seen


@pytest.mark.parametrize("backwards", [False, True])
def test_tab_goes_round_the_window_and_never_traps(
    qtbot: QtBot, window: MainWindow, backwards: bool
) -> None:
    for screen in _screens(window, qtbot):
        start = window.mentees.filter_edit
        seen = _tab_walk(start, 120, backwards)
        stops = [w for w in seen]
        # Tab leaves the mentee table after one stop, and comes back round to the start.
        table = window.mentees.table
        longest = max(
            (len(run) for run in _runs([w is table or table.isAncestorOf(w) for w in stops])),
            default=0,
        )
        assert longest <= 1, f"{screen}: Tab stayed in the mentee table"
        assert stops.count(start) >= 2, f"{screen}: Tab never came back to the filter"
        assert len(set(map(id, stops))) >= 6, f"{screen}: Tab visits only a few widgets"


def _runs(flags: list[bool]) -> list[list[bool]]:
    runs: list[list[bool]] = []
    current: list[bool] = []
    for flag in flags:
        if flag:
            current.append(flag)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def test_ctrl_number_moves_the_focus_into_the_tab(qtbot: QtBot, window: MainWindow) -> None:
    window.mentees.select(window.mentees.model.summary(0).id)
    qtbot.waitUntil(lambda: window.workspace.mentee_id is not None, timeout=10000)
    window.mentees.table.setFocus()
    for number, page in ((2, window.workspace.sessions), (3, window.workspace.plan)):
        window.menu.sessions.trigger() if number == 2 else window.menu.plan.trigger()
        QApplication.processEvents()
        focused = QApplication.focusWidget()
        assert focused is not None and page.isAncestorOf(focused), number


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_placeholder_text_has_enough_contrast(qapp: QApplication) -> None:
    from mentorapp.gui import style

    style.apply(qapp)  # type: ignore[arg-type]
    palette = qapp.palette()  # type: ignore[attr-defined]
    fg = _luminance(palette.color(QPalette.ColorRole.PlaceholderText))
    bg = _luminance(palette.color(QPalette.ColorRole.Base))
    ratio = (max(fg, bg) + 0.05) / (min(fg, bg) + 0.05)
    assert ratio >= 4.5


def test_the_dialogs_name_everything(qtbot: QtBot, window: MainWindow) -> None:
    from mentorapp.gui.coach_dialog import CoachDetailsDialog
    from mentorapp.gui.mentee_dialog import MenteeDialog
    from mentorapp.gui.search_popup import SearchPopup
    from mentorapp.gui.settings_dialog import SettingsDialog

    vault = window.vault
    assert vault is not None
    dialogs: dict[str, QWidget] = {
        "mentee": MenteeDialog(None, window),
        "coach": CoachDetailsDialog(window.settings, window),
        "settings": SettingsDialog(
            window.settings, window.keychain, vault.vault_id, lambda: vault.data_key, window
        ),
    }
    popup = SearchPopup(vault, window)
    popup.query.setText("loopbaan")
    popup._run()
    qtbot.waitUntil(lambda: popup.results.count() > 0, timeout=10000)
    dialogs["search"] = popup
    problems = {}
    for name, dialog in dialogs.items():
        dialog.show()
        QApplication.processEvents()
        found = unnamed_focusable(dialog) + mute_labels(dialog, FIXED_NAMES)
        if found:
            problems[name] = found
        dialog.close()
    assert problems == {}
