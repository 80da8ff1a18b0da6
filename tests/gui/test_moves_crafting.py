"""The Job crafting page, as a coach uses it: fill in the canvas, add an experiment, make
it an action of the draft plan and see which action it became; open the reflection
questionnaire; for a screen reader; and after a lock nothing is left on screen and
nothing typed is lost."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import PlanStatus, TemplateKind
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Mentee
from mentorapp.gui.moves.crafting import _ACTION, _DONE, CraftingPage
from mentorapp.gui.ops import running_count
from mentorapp.services import mentees, moves, plans
from mentorapp.services.plans import Step
from mentorapp.store.vault import Vault
from tests.gui.a11y import all_widget_texts, mute_labels, unnamed_focusable
from tests.gui.test_accessibility import FIXED_NAMES
from tests.gui.test_plan_tab import answer_dialogs

TASKS = "TASKCANARY vooral rapporten maken"
CRAFTED = "CRAFTCANARY meer klantcontact"
REMARK = "REMARKCRAFTCANARY zit vast in de rol"
EXPERIMENT = "Een maand lang de nieuwe collega's wegwijs maken"


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


def _mentee(vault: Vault, name: str = "Sofie Ambachtsvrouw") -> MenteeId:
    mentee = mentees.add_mentee(vault, Mentee(full_name=name)).value
    assert mentee.id is not None
    return MenteeId(mentee.id)


@pytest.fixture
def page(qtbot: QtBot) -> CraftingPage:
    widget = CraftingPage()
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def _shown(qtbot: QtBot, page: CraftingPage, vault: Vault, mentee_id: MenteeId) -> None:
    page.show_mentee(vault, mentee_id)
    wait_idle(qtbot)
    assert page.body.isEnabled()


def _add_experiment(
    qtbot: QtBot, page: CraftingPage, monkeypatch: pytest.MonkeyPatch, what: str = EXPERIMENT
) -> None:
    answer_dialogs(
        monkeypatch, [{"what": what, "by_when": date(2026, 12, 18), "with_whom": "Teamleider"}]
    )
    page.add_button.click()
    qtbot.waitUntil(lambda: not page.autosave.dirty, timeout=10000)
    wait_idle(qtbot)


def test_an_experiment_becomes_an_action_of_the_draft_plan_with_its_link(
    qtbot: QtBot, page: CraftingPage, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentee_id = _mentee(vault)
    _shown(qtbot, page, vault, mentee_id)
    qtbot.keyClicks(page.tasks_now, TASKS)
    qtbot.keyClicks(page.tasks_crafted, CRAFTED)
    _add_experiment(qtbot, page, monkeypatch)
    canvas = moves.canvas(vault, mentee_id)
    assert (canvas.tasks_now, canvas.tasks_crafted) == (TASKS, CRAFTED)
    (experiment,) = canvas.experiments
    assert experiment.what == EXPERIMENT and experiment.by_when == date(2026, 12, 18)
    assert experiment.id is not None
    assert page.experiments[0].id == experiment.id  # the page knows its id
    assert page.table.item(0, _ACTION).text() == ""  # not in the plan yet

    page.table.selectRow(0)
    assert page.action_button.isEnabled()
    page.action_button.click()
    wait_idle(qtbot)
    plan = plans.current_plan(vault, mentee_id)
    assert plan is not None and plan.status is PlanStatus.DRAFT
    actions = [a for g in plan.goals for a in g.actions]
    assert [(a.description, a.experiment_id) for a in actions] == [(EXPERIMENT, experiment.id)]
    assert actions[0].deadline == date(2026, 12, 18)
    qtbot.waitUntil(lambda: page.table.item(0, _ACTION).text() == EXPERIMENT, timeout=5000)
    assert "is now an action of the draft plan" in page.message.text()
    assert moves.actions_of_experiment(vault, mentee_id) == {experiment.id: [EXPERIMENT]}


def test_a_frozen_plan_gets_a_new_draft_for_the_action(
    qtbot: QtBot, page: CraftingPage, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentee_id = _mentee(vault)
    shared = plans.new_plan(vault, mentee_id, "Gedeeld", date(2026, 9, 1)).value.shown
    assert shared is not None
    plans.take_step(vault, shared, Step.SHARE)
    _shown(qtbot, page, vault, mentee_id)
    _add_experiment(qtbot, page, monkeypatch)
    page.table.selectRow(0)
    page.action_button.click()
    wait_idle(qtbot)
    versions = plans.plan_versions(vault, mentee_id)
    assert [v.status for v in versions] == [PlanStatus.SHARED, PlanStatus.DRAFT]
    assert [a.description for g in versions[-1].goals for a in g.actions] == [EXPERIMENT]
    assert "version 2" in page.message.text()


def test_done_toggles_in_the_table_and_is_saved(
    qtbot: QtBot, page: CraftingPage, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentee_id = _mentee(vault)
    _shown(qtbot, page, vault, mentee_id)
    _add_experiment(qtbot, page, monkeypatch)
    item = page.table.item(0, _DONE)
    assert item.checkState() == Qt.CheckState.Unchecked
    item.setCheckState(Qt.CheckState.Checked)
    assert page.save_now()
    assert moves.canvas(vault, mentee_id).experiments[0].done
    page.table.selectRow(0)
    page.remove_button.click()
    assert page.save_now()
    assert moves.canvas(vault, mentee_id).experiments == []


def test_the_reflection_questionnaire_opens_from_here(
    qtbot: QtBot, page: CraftingPage, vault: Vault
) -> None:
    _shown(qtbot, page, vault, _mentee(vault))
    with qtbot.waitSignal(page.open_questionnaire, timeout=2000) as opened:
        page.questionnaire_button.click()
    assert opened.args == [TemplateKind.JOB_CRAFTING]


def test_every_control_has_a_name_and_messages_speak_their_text(
    qtbot: QtBot, page: CraftingPage, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    _shown(qtbot, page, vault, _mentee(vault))
    _add_experiment(qtbot, page, monkeypatch)
    page.table.selectRow(0)
    QApplication.processEvents()
    assert unnamed_focusable(page) + mute_labels(page, FIXED_NAMES) == []


def test_clear_leaves_nothing_and_loses_nothing_typed(
    qtbot: QtBot, page: CraftingPage, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentee_id = _mentee(vault)
    _shown(qtbot, page, vault, mentee_id)
    _add_experiment(qtbot, page, monkeypatch)
    qtbot.keyClicks(page.private_notes, REMARK)  # typed, not yet saved
    qtbot.keyClicks(page.perception_crafted, CRAFTED)
    assert page.autosave.dirty

    page.clear()  # as the lock does
    wait_idle(qtbot)
    qtbot.wait(50)  # the deleteLater of the dialogs used
    texts = all_widget_texts()
    for needle in ("REMARKCRAFTCANARY", "CRAFTCANARY", "wegwijs", "Teamleider"):
        assert needle not in texts
    assert page.table.rowCount() == 0 and not page.body.isEnabled()
    kept = moves.canvas(vault, mentee_id)
    assert (kept.private_notes, kept.perception_crafted) == (REMARK, CRAFTED)


def test_another_mentee_saves_the_typed_text_first_and_shows_their_own(
    qtbot: QtBot, page: CraftingPage, vault: Vault
) -> None:
    first, second = _mentee(vault), _mentee(vault, "Bram Tweede")
    _shown(qtbot, page, vault, first)
    qtbot.keyClicks(page.relationships_now, TASKS)
    _shown(qtbot, page, vault, second)
    assert page.relationships_now.toPlainText() == ""
    assert moves.canvas(vault, first).relationships_now == TASKS
    _shown(qtbot, page, vault, first)
    assert page.relationships_now.toPlainText() == TASKS
