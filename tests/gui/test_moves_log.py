"""A coach logs the moves a mentee considers and makes, then closes the trajectory with
its outcome: the move made, or that the mentee stayed, and what changed."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import MenteeStatus, MoveKind
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Mentee, Move
from mentorapp.gui import record_dialog
from mentorapp.gui.main_window import MainWindow
from mentorapp.gui.mentee_dialog import OptionalDate
from mentorapp.gui.moves import moves_log
from mentorapp.gui.moves.moves_log import CloseTrajectoryDialog, MovesPage
from mentorapp.gui.ops import running_count
from mentorapp.gui.settings import AppSettings
from mentorapp.services import mentees, moves
from mentorapp.store.keychain import Keychain
from mentorapp.store.vault import Vault
from tests.gui.a11y import mute_labels, unnamed_focusable, widget_texts
from tests.gui.test_accessibility import FIXED_NAMES

NOTE = "MOVENOTECANARY twijfelde tussen planning en aankoop"


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


def problems(root: QWidget) -> list[str]:
    QApplication.processEvents()
    return unnamed_focusable(root) + mute_labels(root, FIXED_NAMES)


@pytest.fixture
def mentee_id(vault: Vault) -> MenteeId:
    mentee = mentees.add_mentee(
        vault,
        Mentee(full_name="Jonas De Smet", current_role="Boekhouder", status=MenteeStatus.ACTIVE),
    ).value
    assert mentee.id is not None
    return MenteeId(mentee.id)


def shown_page(qtbot: QtBot, vault: Vault, mentee_id: MenteeId) -> MovesPage:
    page = MovesPage()
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    page.show_mentee(vault, mentee_id)
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10000)
    wait_idle(qtbot)
    return page


def rows(page: MovesPage) -> list[list[str]]:
    tree = page.tree
    return [
        [item.text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
        if (item := tree.topLevelItem(i)) is not None
    ]


def fill_move(monkeypatch: pytest.MonkeyPatch, values: dict[str, Any], seen: list[Any]) -> None:
    """The next move dialog is filled in through its widgets, then OK is pressed."""

    def fake_exec(self: record_dialog.RecordDialog) -> int:
        seen.append(self)
        for name, value in values.items():
            widget = self.inputs[name]
            if isinstance(widget, OptionalDate):
                widget.set_value(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findData(value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value)
            else:
                widget.setPlainText(value)  # type: ignore[attr-defined]
        self._accept()
        return int(self.result())

    monkeypatch.setattr(record_dialog.RecordDialog, "exec", fake_exec)


def test_record_a_move_and_close_the_trajectory(
    qtbot: QtBot, vault: Vault, mentee_id: MenteeId, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = shown_page(qtbot, vault, mentee_id)
    assert page.empty.isVisible()
    assert page.outcome_label.text() == "Open: the trajectory has not been closed yet."
    assert page.close_button.text() == "C&lose the trajectory…"

    seen: list[Any] = []
    fill_move(
        monkeypatch,
        {"kind": MoveKind.LATERAL, "to_role": "Planner", "description": NOTE},
        seen,
    )
    page.add_button.click()
    qtbot.waitUntil(lambda: len(rows(page)) == 1, timeout=10000)
    (considered,) = moves.moves(vault, mentee_id)
    assert considered.from_role == "Boekhouder"  # the mentee's role, to start from
    assert (considered.kind, considered.made, considered.description) == (
        MoveKind.LATERAL,
        False,
        NOTE,
    )
    assert considered.happened_on == date.today()

    fill_move(
        monkeypatch,
        {
            "happened_on": date(2026, 9, 1),
            "kind": MoveKind.DIAGONAL,
            "to_role": "Teamcoördinator aankoop",
            "made": True,
        },
        seen,
    )
    page.add_button.click()
    qtbot.waitUntil(lambda: len(rows(page)) == 2, timeout=10000)
    wait_idle(qtbot)
    texts = {row[1]: row for row in rows(page)}
    assert texts["Diagonal move"][2:5] == ["Boekhouder", "Teamcoördinator aankoop", "Made"]
    assert texts["Lateral move"][4:] == ["Considered", NOTE]
    assert problems(page) == []
    seen[0].show()
    assert problems(seen[0]) == []

    # Closing: the made move is offered as the outcome; the date and what changed are asked.
    dialogs: list[CloseTrajectoryDialog] = []

    def close(self: CloseTrajectoryDialog) -> int:
        dialogs.append(self)
        assert self.outcome.currentData() == MoveKind.DIAGONAL
        self.closed_on.setDate(QDate(2026, 10, 15))
        self.note.setPlainText("Werkt nu als coördinator in aankoop")
        self.accept()
        return int(self.result())

    monkeypatch.setattr(moves_log.CloseTrajectoryDialog, "exec", close)
    page.close_button.click()
    qtbot.waitUntil(lambda: "Closed on" in page.outcome_label.text(), timeout=10000)
    closed = mentees.get_mentee(vault, mentee_id)
    assert closed.status == MenteeStatus.CLOSED
    assert (closed.close_date, closed.outcome, closed.outcome_note) == (
        date(2026, 10, 15),
        MoveKind.DIAGONAL,
        "Werkt nu als coördinator in aankoop",
    )
    assert page.outcome_label.text() == (
        "Closed on 15 October 2026: Diagonal move.\nWerkt nu als coördinator in aankoop"
    )
    assert page.close_button.text() == "Change the ou&tcome…"
    dialogs[0].show()
    assert problems(dialogs[0]) == []

    # A stay reads as a stay, with what changed.
    def stayed(self: CloseTrajectoryDialog) -> int:
        assert self.outcome.currentData() == MoveKind.DIAGONAL  # the recorded outcome
        assert self.windowTitle() == "Outcome of the trajectory - Mentorapp"
        self.outcome.setCurrentIndex(self.outcome.findData(MoveKind.NONE_YET))
        assert self.outcome.currentText() == "Stayed, with what changed"
        self.note.setPlainText("Bleef, met een buddyrol voor nieuwkomers")
        self.accept()
        return int(self.result())

    monkeypatch.setattr(moves_log.CloseTrajectoryDialog, "exec", stayed)
    page.close_button.click()
    qtbot.waitUntil(lambda: "Stayed" in page.outcome_label.text(), timeout=10000)
    assert mentees.get_mentee(vault, mentee_id).outcome == MoveKind.NONE_YET

    page.clear()  # the vault locks: nothing of the mentee stays on the page
    assert rows(page) == [] and not page.outcome_box.isVisible()
    assert NOTE not in "\n".join(widget_texts(page.tree))


def test_edit_and_remove_a_move(
    qtbot: QtBot, vault: Vault, mentee_id: MenteeId, monkeypatch: pytest.MonkeyPatch
) -> None:
    moves.save_move(vault, Move(mentee_id, MoveKind.EXTERNAL, to_role="Controller"))
    page = shown_page(qtbot, vault, mentee_id)
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    fill_move(monkeypatch, {"made": True}, [])
    page.edit_button.click()
    qtbot.waitUntil(lambda: rows(page)[0][4] == "Made", timeout=10000)
    (move,) = moves.moves(vault, mentee_id)
    assert move.made and move.kind == MoveKind.EXTERNAL
    assert rows(page)[0][1] == "Move to another organisation"

    monkeypatch.setattr(
        "mentorapp.gui.moves.records_page.QMessageBox.question",
        lambda *a, **k: QMessageBox.StandardButton.Yes,
    )
    page.remove_button.click()
    qtbot.waitUntil(lambda: not rows(page), timeout=10000)
    assert moves.moves(vault, mentee_id) == []


def visible_mnemonics(window: MainWindow) -> list[str]:
    """The Alt+letter keys of what is on screen: menus, workspace tabs, labels, buttons."""
    texts = [action.text() for action in window.menuBar().actions()]
    texts += [window.workspace.tabText(i) for i in range(window.workspace.count())]
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisible():
            texts.append(widget.text())
    return [t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "")]


@pytest.mark.parametrize("page_name", ["skills", "moves"])
def test_the_pages_mnemonics_clash_with_nothing_on_screen(
    qtbot: QtBot,
    vault: Vault,
    mentee_id: MenteeId,
    settings: AppSettings,
    no_keychain: Keychain,
    page_name: str,
) -> None:
    window = MainWindow(vault.folder, settings, no_keychain, vault=vault)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.reload_mentees(keep=mentee_id)
    qtbot.waitUntil(lambda: window.workspace.mentee_id == mentee_id, timeout=10000)
    wait_idle(qtbot)
    tab = window.workspace.moves
    window.workspace.setCurrentWidget(tab)
    page = getattr(tab, page_name)
    tab.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.loaded is not None and page.isVisible(), timeout=10000)
    wait_idle(qtbot)
    keys = visible_mnemonics(window)
    assert len(keys) >= 12 and len(keys) == len(set(keys)), sorted(keys)
    assert problems(page) == []
    window.close()
