"""The Questionnaires tab as the coach uses it: enter a career check twice and see the
change, correct answers without losing a keystroke, edit an own copy of a template while
the old answers keep their items and scores."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import Language, QuestionKind, TemplateKind
from mentorapp.domain.model import Mentee, QuestionnaireResponse
from mentorapp.domain.questionnaires import dimension_scores
from mentorapp.gui.labels import qdate
from mentorapp.gui.ops import running_count
from mentorapp.gui.questionnaires import QuestionnairesTab
from mentorapp.gui.questionnaires.chart import change_text
from mentorapp.gui.questionnaires.choose import ChooseTemplateDialog
from mentorapp.gui.questionnaires.fields import ScaleAnswer, TextAnswer
from mentorapp.gui.questionnaires.templates import TemplateManager
from mentorapp.services import mentees
from mentorapp.services import questionnaires as q
from mentorapp.store.vault import Vault


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


@pytest.fixture
def mentee(vault: Vault) -> Mentee:
    return mentees.add_mentee(
        vault, Mentee(full_name="Ilse Wouters", export_language=Language.EN)
    ).value


@pytest.fixture
def tab(qtbot: QtBot, vault: Vault, mentee: Mentee) -> Iterator[QuestionnairesTab]:
    shown = QuestionnairesTab()
    qtbot.addWidget(shown)
    shown.resize(1280, 760)
    shown.show()
    shown.load(vault, mentee)
    wait_idle(qtbot)
    yield shown
    shown.clear()
    wait_idle(qtbot)


def choose(monkeypatch: pytest.MonkeyPatch, kind: TemplateKind, seen: list[list[str]]) -> None:
    """The next template choice picks the first ``kind`` in the list, as shown."""

    def fake_exec(self: ChooseTemplateDialog) -> int:
        rows = [self.list.item(i) for i in range(self.list.count())]
        seen.append([row.text() for row in rows])
        for row in rows:
            if row.data(Qt.ItemDataRole.UserRole).kind is kind:
                self.list.setCurrentItem(row)
                return int(QDialog.DialogCode.Accepted)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(ChooseTemplateDialog, "exec", fake_exec)


def fill_career_check(
    qtbot: QtBot, tab: QuestionnairesTab, when: date, scores: dict[str, int]
) -> None:
    """New answers, the career check, each dimension answered to score ``scores[dim]``."""
    tab.new_answers()
    qtbot.waitUntil(lambda: tab.editor.editing and tab.editor.response is not None, timeout=10000)
    editor = tab.editor
    assert editor.template is not None and editor.template.kind is TemplateKind.CAREER_CHECK
    editor.answered_on.setDate(qdate(when))
    for question in editor.template.questions:
        field = editor.form.inputs[question.key]
        if isinstance(field, ScaleAnswer):
            target = scores[question.section]
            value = question.low + question.high - target if question.reversed else target
            field.group.button(value).click()
    editor.edit_button.click()  # Done: saves and shows the answers as a page
    assert not editor.editing
    wait_idle(qtbot)


def test_two_career_checks_make_two_points_per_dimension_and_the_change(
    qtbot: QtBot, tab: QuestionnairesTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[list[str]] = []
    choose(monkeypatch, TemplateKind.CAREER_CHECK, seen)
    assert tab.check.stack.currentWidget() is tab.check.empty  # no check yet: what to do
    first = {"energy": 2, "meaning": 3, "learning": 4, "fit": 3, "balance": 5, "future": 1}
    first["support"] = 3
    second = {**first, "energy": 4, "balance": 3}
    fill_career_check(qtbot, tab, date(2026, 3, 2), first)
    fill_career_check(qtbot, tab, date(2026, 9, 14), second)

    # The mentee's language (English) comes first in the choice.
    assert all("English" in text for text in seen[0][:3]) and "Dutch" in seen[0][-1]
    assert tab.list.count() == 2
    assert tab.list.item(0).text().startswith("14 September 2026")  # newest first
    lines = {line.key: line for line in tab.check.lines}
    assert set(lines) == set(first)
    for key, line in lines.items():
        assert line.points == ((date(2026, 3, 2), first[key]), (date(2026, 9, 14), second[key]))
        assert line.change == pytest.approx(second[key] - first[key])
    assert lines["energy"].title == "Energy and vitality"
    model = tab.check.model
    assert (model.rowCount(), model.columnCount()) == (7, 4)
    change = model.columnCount() - 1
    shown = {model.index(r, 0).data(): model.index(r, change).data() for r in range(7)}
    assert shown["Energy and vitality"] == "▲ +2.0"
    assert shown["Work-life balance"] == "▼ −2.0"
    assert shown["Learning and growth"] == "= 0.0"
    words = model.index(0, change).data(Qt.ItemDataRole.AccessibleTextRole)
    assert words == "Up 2.0 since the previous check"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "2 Mar 2026"
    assert tab.check.stack.currentWidget() is tab.check.page
    names = sorted(text.text() for _series, text, _marker in tab.check.chart.end_labels)
    assert names[0] == "Energy and vitality 4.0"  # each line named at its last point
    assert len(tab.check.chart.chart_.series()) == 7
    assert all(series.pointsVisible() for series in tab.check.chart.chart_.series())

    tab.new_answers()  # a third check, not answered yet, leaves the chart as it was
    qtbot.waitUntil(lambda: tab.editor.editing and tab.list.count() == 3, timeout=10000)
    wait_idle(qtbot)
    assert len(tab.check.dates) == 2 and tab.check.lines[0].change == pytest.approx(2)


def test_the_change_is_the_difference_of_the_numbers_shown() -> None:
    assert change_text(3.25 - 4.0) == "▼ −0.8"  # -0.75 unrounded, halves away from zero
    assert change_text(None) == "–"
    assert change_text(0.04) == "= 0.0"


def test_corrections_are_saved_as_typed_and_never_lost(
    qtbot: QtBot, tab: QuestionnairesTab, vault: Vault, mentee: Mentee
) -> None:
    preparation = q.builtin(vault, TemplateKind.PREPARATION, Language.EN)
    assert preparation.id is not None and mentee.id is not None
    for when in (date(2026, 1, 5), date(2026, 2, 9)):
        q.save_response(vault, QuestionnaireResponse(preparation.id, mentee.id, when))
    tab.reload()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: tab.editor.response is not None)
    editor = tab.editor
    assert not editor.editing and editor.reading.isVisible()  # opens read-only
    assert editor.interpretation.isReadOnly()
    editor.edit_button.click()
    first = preparation.questions[0]
    field = editor.form.inputs[first.key]
    tab.activateWindow()
    qtbot.waitUntil(field.hasFocus)  # Edit puts the focus on the first item
    last = editor.form.focus_chain()[-1]
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert editor.interpretation.hasFocus()  # the items in order, then the interpretation
    assert isinstance(field, TextAnswer) and field.accessibleName() == first.text
    qtbot.keyClicks(field, "Plans well")
    qtbot.keyClicks(editor.interpretation, "Seems tired")
    assert editor.dirty
    tab.list.setCurrentRow(1)  # another response at once: the typed text is saved first
    stored = q.response(vault, tab.list.item(0).data(Qt.ItemDataRole.UserRole).id)
    assert stored.answers[first.key] == "Plans well"
    assert stored.private_interpretation == "Seems tired"
    wait_idle(qtbot)


def test_a_scale_is_answered_and_cleared_with_the_keyboard(
    qtbot: QtBot, tab: QuestionnairesTab, vault: Vault
) -> None:
    check = q.builtin(vault, TemplateKind.CAREER_CHECK, Language.EN)
    form = QWidget()
    before = QLineEdit()
    scale = ScaleAnswer(check.questions[0])
    box = QVBoxLayout(form)
    box.addWidget(before)
    box.addWidget(scale)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    assert scale.group.button(1).accessibleName() == "1 of 5, strongly disagree"
    assert scale.group.button(1).accessibleDescription() == check.questions[0].text
    scale.set_value("3")
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)  # Tab lands on the answer given, not on 1
    three = scale.group.button(3)
    assert three.hasFocus()
    qtbot.keyClick(three, Qt.Key.Key_Right)  # the arrow keys move and choose
    assert scale.value() == "4" and scale.group.button(4).hasFocus()
    qtbot.keyClick(scale.group.button(4), Qt.Key.Key_Delete)
    assert scale.value() == ""


def test_deleting_answers_asks_first(
    qtbot: QtBot,
    tab: QuestionnairesTab,
    vault: Vault,
    mentee: Mentee,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    crafting = q.builtin(vault, TemplateKind.JOB_CRAFTING, Language.EN)
    assert crafting.id is not None and mentee.id is not None
    q.save_response(vault, QuestionnaireResponse(crafting.id, mentee.id, date(2026, 4, 1)))
    tab.reload()
    wait_idle(qtbot)
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> None:
        monkeypatch.setattr(
            QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or reply
        )

    answer(QMessageBox.StandardButton.No)
    tab.delete_button.click()
    wait_idle(qtbot)
    assert len(asked) == 1 and q.responses(vault, mentee.id)
    answer(QMessageBox.StandardButton.Yes)
    tab.delete_button.click()
    wait_idle(qtbot)
    assert q.responses(vault, mentee.id) == []
    qtbot.waitUntil(lambda: tab.list.count() == 0)
    assert tab.right.currentWidget() is tab.empty


def test_an_edited_template_leaves_old_answers_with_their_own_items_and_scores(
    qtbot: QtBot,
    tab: QuestionnairesTab,
    vault: Vault,
    mentee: Mentee,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab.open_templates()
    manager = tab.manager
    assert isinstance(manager, TemplateManager)
    wait_idle(qtbot)
    rows = [
        manager.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(manager.list.count())
    ]
    check_row = next(
        i
        for i, t in enumerate(rows)
        if t.kind is TemplateKind.CAREER_CHECK and t.language is Language.EN
    )
    manager.list.setCurrentRow(check_row)
    assert manager.pages.currentWidget() is manager.built_in_page  # a built-in is read
    assert not manager.delete_button.isEnabled()
    names = iter([("My check", True), ("Energy, renamed", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: next(names))
    manager.copy_button.click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: manager.shown is not None and manager.shown.name == "My check")
    own = manager.shown
    assert own is not None and own.id is not None and mentee.id is not None
    assert manager.pages.currentWidget() is manager.own_page
    assert "saving makes version 2" in manager.version_note.text()

    answers = {
        item.key: str(2 if item.reversed else 4)
        for item in own.questions
        if item.kind is QuestionKind.SCALE
    }
    old = q.save_response(
        vault, QuestionnaireResponse(own.id, mentee.id, date(2026, 5, 4), answers)
    ).value
    old_scores = dimension_scores(own, old)
    first_item = own.questions[0].text

    form = manager.form
    form.section_list.setCurrentRow(0)
    form.rename_section_button.click()
    form.tree.setCurrentItem(form.tree.topLevelItem(0))
    form.remove_item_button.click()
    assert form.dirty and manager.save_button.isEnabled()
    manager.save_button.click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: "version 2" in manager.message.text())
    assert manager.message.text() == (
        "Saved as version 2: the answers given so far keep version 1."
    )
    manager.reject()

    current = next(t for t in q.templates(vault) if t.name == "My check")
    assert current.version == 2 and current.questions[0].text != first_item
    tab.reload()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: tab.editor.response is not None and tab.editor.response.id == old.id)
    editor = tab.editor
    assert editor.template is not None and editor.template.id == own.id  # its own version
    page = editor.reading.toPlainText()
    assert first_item in page and "Energy and vitality" in page
    assert "Energy, renamed" not in page
    assert f"Energy and vitality\t{old_scores['energy']:.1f}" in page.replace("\n", "\t")
    line = next(line for line in tab.check.lines if line.key == "energy")
    assert line.points == ((date(2026, 5, 4), old_scores["energy"]),)
