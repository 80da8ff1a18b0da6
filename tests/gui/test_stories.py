"""The coach's library of career stories: write one (no names, the dialog says), tag the
moves it shows, print it on one page for an employee; edits are never lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import Language, MoveKind
from mentorapp.domain.model import CareerStory
from mentorapp.gui.moves.stories import StoriesDialog
from mentorapp.gui.ops import running_count
from mentorapp.services import moves
from mentorapp.services.exports import CoachInfo
from mentorapp.store.vault import Vault
from tests.gui.a11y import mute_labels, unnamed_focusable
from tests.gui.test_accessibility import FIXED_NAMES

STORY = (
    "Ze begon aan de balie, deed een safari bij de planning en koos na een jaar voor een "
    "diagonale stap: minder klantcontact, meer cijfers. Het loon bleef, de energie kwam terug."
)


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


def problems(root: QWidget) -> list[str]:
    QApplication.processEvents()
    return unnamed_focusable(root) + mute_labels(root, FIXED_NAMES)


@pytest.fixture
def dialog(qtbot: QtBot, vault: Vault) -> StoriesDialog:
    shown = StoriesDialog(vault, CoachInfo("Sam Coach", "Loopbaanpunt"))
    qtbot.addWidget(shown)
    shown.show()
    wait_idle(qtbot)
    return shown


def listed(dialog: StoriesDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_write_a_story_tag_it_and_print_it(
    qtbot: QtBot, dialog: StoriesDialog, vault: Vault, tmp_path: Path
) -> None:
    assert dialog.right.currentWidget() is dialog.empty
    assert not dialog.delete_button.isEnabled()

    dialog.new_button.click()
    qtbot.waitUntil(lambda: dialog.right.currentWidget() is dialog.editor, timeout=10000)
    (new,) = moves.stories(vault)
    assert new.title == "New story" and new.language == Language.EN  # the app's language
    assert dialog.title.hasFocus() or dialog.title.selectedText() == "New story"
    assert "holds no name" in dialog.warning.text() and dialog.warning.isVisible()

    dialog.title.clear()
    qtbot.keyClicks(dialog.title, "Van de balie naar de cijfers")
    dialog.text.setPlainText(STORY)
    dialog.kinds[MoveKind.SAFARI].setChecked(True)
    dialog.kinds[MoveKind.DIAGONAL].setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData(Language.NL))
    assert dialog.state.text() == "Editing…"
    qtbot.waitUntil(lambda: dialog.state.text() == "All changes saved.", timeout=10000)
    wait_idle(qtbot)
    (stored,) = moves.stories(vault)
    assert (stored.title, stored.text, stored.language) == (
        "Van de balie naar de cijfers",
        STORY,
        Language.NL,
    )
    assert set(stored.move_kinds) == {MoveKind.SAFARI, MoveKind.DIAGONAL}
    assert listed(dialog)[0].startswith("Van de balie naar de cijfers\nDutch · ")
    assert problems(dialog) == []

    dialog.pdf_button.click()
    export = dialog.export
    assert export is not None
    qtbot.waitUntil(lambda: export.ready, timeout=20000)
    assert not export.language.isVisibleTo(export)  # the story's own language
    assert export.document.pageCount() == 1
    out = tmp_path / "verhaal.pdf"
    export.save_to(out)
    qtbot.waitUntil(lambda: running_count() == 0 and out.exists(), timeout=20000)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Van de balie naar de cijfers" in text and "diagonale stap" in " ".join(text.split())
    assert not list(tmp_path.glob("*.tmp*"))  # written whole, under its own name
    export.close()


def test_typed_text_is_kept_when_another_story_is_chosen_or_the_dialog_closes(
    qtbot: QtBot, vault: Vault
) -> None:
    for title in ("Een stap opzij", "Terug naar school"):
        moves.save_story(vault, CareerStory(title, "…"))
    dialog = StoriesDialog(vault, CoachInfo("", ""))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=10000)
    assert dialog.title.text() == "Een stap opzij"

    dialog.text.setPlainText("Getypt en meteen naar het andere verhaal")
    dialog.list.setCurrentRow(1)  # saved before the other story is shown
    assert dialog.title.text() == "Terug naar school"
    texts = {s.title: s.text for s in moves.stories(vault)}
    assert texts["Een stap opzij"] == "Getypt en meteen naar het andere verhaal"

    dialog.text.setPlainText("Getypt vlak voor het slot")
    dialog.reject()  # a lock closes the dialog too
    texts = {s.title: s.text for s in moves.stories(vault)}
    assert texts["Terug naar school"] == "Getypt vlak voor het slot"
    wait_idle(qtbot)


def test_a_reload_while_typing_keeps_the_typed_text(qtbot: QtBot, vault: Vault) -> None:
    moves.save_story(vault, CareerStory("Een stap opzij", "eerst"))
    dialog = StoriesDialog(vault, CoachInfo("", ""))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10000)
    dialog.text.setPlainText("nog aan het typen")
    dialog.reload()  # another write announced the stories meanwhile
    wait_idle(qtbot)
    assert dialog.text.toPlainText() == "nog aan het typen"
    assert dialog.save_now()
    assert moves.stories(vault)[0].text == "nog aan het typen"


def test_delete_a_story_asks_first(
    qtbot: QtBot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    moves.save_story(vault, CareerStory("Weg ermee", "…"))
    dialog = StoriesDialog(vault, CoachInfo("", ""))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10000)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(
        "mentorapp.gui.moves.stories.QMessageBox.question", lambda *a, **k: next(answers)
    )
    dialog.delete_button.click()
    wait_idle(qtbot)
    assert len(moves.stories(vault)) == 1
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=10000)
    assert moves.stories(vault) == []
    assert dialog.right.currentWidget() is dialog.empty
    assert dialog.title.text() == "" and dialog.text.toPlainText() == ""


def test_a_search_hit_opens_its_story(qtbot: QtBot, vault: Vault) -> None:
    first = moves.save_story(vault, CareerStory("Aaa", "…")).value
    second = moves.save_story(vault, CareerStory("Bbb", "…")).value
    assert first.id is not None and second.id is not None
    dialog = StoriesDialog(vault, CoachInfo("", ""))
    qtbot.addWidget(dialog)
    dialog.select_story(second.id)
    qtbot.waitUntil(lambda: dialog.title.text() == "Bbb", timeout=10000)
    assert dialog.list.currentRow() == 1
