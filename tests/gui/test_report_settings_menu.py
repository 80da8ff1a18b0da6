"""The report's threshold in Settings (it only goes up) and the File menu's two new entries:
Career-centre report… and Sync conflict copies…, both off while the vault is locked."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
import types
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.ops import running_count
from mentorapp.gui.report.dialog import ReportDialog
from mentorapp.gui.settings import AppSettings
from mentorapp.gui.settings_dialog import SettingsDialog
from mentorapp.services import report
from mentorapp.store.keychain import Keychain
from mentorapp.store.vault import Vault
from tests.gui.a11y import unnamed_focusable


def settings_dialog(
    qtbot: QtBot, settings: AppSettings, keychain: Keychain, vault: Vault | None
) -> SettingsDialog:
    dialog = SettingsDialog(settings, keychain, None, None, vault=vault)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_threshold_spin_starts_at_the_vault_value_and_only_goes_up(
    qtbot: QtBot, vault: Vault, settings: AppSettings, no_keychain: Keychain
) -> None:
    dialog = settings_dialog(qtbot, settings, no_keychain, vault)
    spin = dialog.threshold_spin
    assert spin is not None and spin.isVisible()
    assert (spin.minimum(), spin.value()) == (5, 5)
    spin.setValue(4)
    assert spin.value() == 5  # never below the minimum of 5
    spin.setValue(8)
    dialog.accept()
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)
    assert report.threshold(vault) == 8

    again = settings_dialog(qtbot, settings, no_keychain, vault)
    spin = again.threshold_spin
    assert spin is not None
    assert (spin.minimum(), spin.value()) == (8, 8)
    spin.setValue(6)
    assert spin.value() == 8  # it cannot go back down
    assert "only go up" in spin.accessibleDescription()
    assert unnamed_focusable(again) == []
    texts = [w.text() for w in again.findChildren(QLabel) + again.findChildren(QAbstractButton)]
    keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert keys.count("s") == 1, sorted(keys)  # Alt+S reaches the threshold, nothing else


def test_without_a_vault_there_is_no_threshold(
    qtbot: QtBot, settings: AppSettings, no_keychain: Keychain
) -> None:
    dialog = settings_dialog(qtbot, settings, no_keychain, None)
    assert dialog.threshold_spin is None


def _file_menu(window: MainWindow) -> QMenu:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    return menu


def test_file_menu_opens_the_report_and_the_conflict_copies(
    qtbot: QtBot,
    vault: Vault,
    settings: AppSettings,
    no_keychain: Keychain,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    texts = [a.text() for a in _file_menu(window).actions()]
    assert "C&areer-centre report…" in texts
    assert "S&ync conflict copies…" in texts
    mnemonics = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(mnemonics) == len(set(mnemonics)), mnemonics

    window.menu.report.trigger()
    shown = [d for d in window.findChildren(ReportDialog) if d.isVisible()]
    assert len(shown) == 1
    qtbot.waitUntil(lambda: running_count() == 0 and shown[0].published is not None, timeout=20000)
    shown[0].saved.emit("Saved: report.pdf")  # what the dialog says once it wrote a file
    assert window.statusBar().currentMessage() == "Saved: report.pdf"
    shown[0].close()

    called: list[QWidget] = []
    fake = types.ModuleType("mentorapp.gui.sync.conflicts")
    fake.show_conflict_copies = called.append  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "mentorapp.gui.sync.conflicts", fake)
    window.menu.conflicts.trigger()
    assert called == [window]

    window.lock()
    qtbot.waitUntil(lambda: window.vault is None, timeout=20000)
    assert not window.menu.report.isEnabled()
    assert not window.menu.conflicts.isEnabled()
    window.close()


def test_dutch_mnemonics_of_the_file_menu_stay_unique() -> None:
    """The proposed Dutch texts (see the report to the lead) against the existing ones."""
    import xml.etree.ElementTree as ET

    ts = Path(__file__).parents[2] / "resources" / "translations" / "mentorapp_nl.ts"
    file_menu = {
        "&New vault…",
        "&Open vault…",
        "&Back up now",
        "&Restore backup…",
        "Show recovery &key…",
        "Blank &preparation form (PDF)…",
        "Conversation &guides…",
        "Career s&tories…",
        "&Hours report…",
        "&Coaching log (CSV)…",
        "&Export calendar…",
        "&Settings…",
        "&Lock",
        "&Quit",
        "&Import",
    }
    dutch = []
    for context in ET.parse(ts).getroot():
        if context.findtext("name") != "MainActions":
            continue
        for message in context.findall("message"):
            if message.findtext("source") in file_menu:
                dutch.append(message.findtext("translation") or "")
    assert len(dutch) == len(file_menu)
    dutch += ["Rapport voor het loopb&aancentrum…", "Con&flictkopieën van synchronisatie…"]
    letters = [t[t.index("&") + 1].lower() for t in dutch]
    assert len(letters) == len(set(letters)), sorted(letters)
