"""Building a development plan through the editor: SMART, versions, compare, templates."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import Language, PlanStatus, TemplateKind
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import DevelopmentPlan, Mentee, QuestionnaireResponse
from mentorapp.gui import record_dialog
from mentorapp.gui.i18n import error_message
from mentorapp.gui.mentee_dialog import OptionalDate
from mentorapp.gui.ops import announce, run_op, vault_events
from mentorapp.gui.plan import PlanTab
from mentorapp.services import plans, questionnaires
from mentorapp.services.changes import Area, Changes
from mentorapp.store.errors import DiskFull
from mentorapp.store.repositories import MenteeRepository, PlanRepository, PlanTemplateRepository
from mentorapp.store.vault import Vault


def answer_dialogs(monkeypatch: pytest.MonkeyPatch, answers: list[dict[str, Any]]) -> list[str]:
    """Each RecordDialog that opens is filled in through its widgets, then OK is pressed."""
    hints: list[str] = []

    def fake_exec(self: record_dialog.RecordDialog) -> int:
        values = answers.pop(0)
        for name, value in values.items():
            widget = self.inputs[name]
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findData(value))
            elif isinstance(widget, OptionalDate):
                widget.set_value(value)
        hints.append(self.hint_label.text() if not self.hint_label.isHidden() else "")
        self._accept()
        return int(self.result())

    monkeypatch.setattr(record_dialog.RecordDialog, "exec", fake_exec)
    return hints


@pytest.fixture
def tab(qtbot: QtBot, vault: Vault) -> PlanTab:
    with vault.transaction() as s:
        mentee = MenteeRepository(s).add(Mentee(full_name="Ελένη Παπαδοπούλου"))
    widget = PlanTab()
    qtbot.addWidget(widget)
    widget.load(vault, mentee)
    return widget


def select(tab: PlanTab, match: Callable[[Any], bool]) -> None:
    tree = tab.goals.tree
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        assert top is not None
        for item in [top, *[top.child(j) for j in range(top.childCount())]]:
            if item is not None and match(item.data(0, 256)):
                tree.setCurrentItem(item)
                return
    raise AssertionError("no such row")


def test_build_share_edit_compare(
    qtbot: QtBot, tab: PlanTab, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert tab.bar.new_button.isVisibleTo(tab) and tab.plan is None
    tab.new_plan()
    qtbot.waitUntil(lambda: tab.plan is not None)
    assert tab.plan is not None and tab.plan.status == PlanStatus.DRAFT
    qtbot.keyClicks(tab.header.current_situation, "Werkt 8 jaar als boekhouder.")
    qtbot.waitUntil(lambda: not tab.dirty, timeout=3000)  # autosaved

    deadline = date.today() + timedelta(days=60)
    hints = answer_dialogs(
        monkeypatch,
        [
            {"description": "Doorgroeien naar controller"},
            {"description": "Cursus controlling volgen"},  # not SMART: no measure, deadline, ticks
            {
                "measure": "certificaat behaald",
                "deadline": deadline,
                "specific": True,
                "achievable": True,
                "relevant": True,
            },
        ],
    )
    tab.goals.add_goal()
    select(tab, lambda d: d == (0, None))
    tab.goals.add_action()
    assert "1 action not SMART yet" in tab.smart_label.text()
    assert "measurable" in tab.smart_label.text() and "time-bound" in tab.smart_label.text()
    assert "Not SMART yet" in hints[1]
    select(tab, lambda d: d == (0, 0))
    tab.goals.edit_selected()
    assert tab.smart_label.text() == "Every action is SMART."

    tab.bar.share_button.click()
    qtbot.waitUntil(lambda: tab.plan is not None and tab.plan.status == PlanStatus.SHARED)
    with vault.reading() as s:
        (v1,) = PlanRepository(s).versions(tab.plan.mentee_id)
    assert v1.status == PlanStatus.SHARED and v1.frozen_at is not None
    assert tab.header.current_situation.isReadOnly() and tab.bar.edit_button.isVisibleTo(tab)

    tab.start_new_draft()
    qtbot.waitUntil(lambda: tab.plan is not None and tab.plan.version == 2)
    assert tab.plan.version == 2 and tab.plan.status == PlanStatus.DRAFT
    assert not tab.header.current_situation.isReadOnly()
    answer_dialogs(monkeypatch, [{"measure": "certificaat met onderscheiding"}])
    select(tab, lambda d: d == (0, 0))
    tab.goals.edit_selected()
    tab.compare_with_previous()
    changes = tab.compare_dialog.changes
    assert [(c.section, c.kind.value, c.field) for c in changes] == [
        ("action", "changed", "measure")
    ]
    assert changes[0].after == "certificaat met onderscheiding"
    row = tab.compare_dialog.tree.topLevelItem(0)
    assert row is not None and row.text(1) == "changed (measure)"
    assert row.text(4) == changes[0].after
    qtbot.waitUntil(lambda: not tab.dirty)
    with vault.reading() as s:
        versions = PlanRepository(s).versions(tab.plan.mentee_id)
    assert [(p.version, p.status) for p in versions] == [
        (1, PlanStatus.SHARED),
        (2, PlanStatus.DRAFT),
    ]
    assert versions[0].goals[0].actions[0].measure == "certificaat behaald"  # v1 stays frozen


def test_frozen_versions_stay_readable(qtbot: QtBot, tab: PlanTab) -> None:
    tab.new_plan()
    qtbot.waitUntil(lambda: tab.plan is not None)
    tab.header.title.setText("Plan A")
    tab.save_now()
    tab.bar.share_button.click()
    qtbot.waitUntil(lambda: tab.plan is not None and tab.plan.status == PlanStatus.SHARED)
    tab.start_new_draft()
    qtbot.waitUntil(lambda: tab.plan is not None and tab.plan.version == 2)
    tab.header.title.setText("Plan B")
    tab.save_now()
    tab.bar.version_combo.setCurrentIndex(tab.bar.version_combo.findData(1))
    assert tab.header.title.text() == "Plan A" and tab.header.title.isReadOnly()
    assert not tab.bar.share_button.isVisibleTo(tab)


def test_reorder_goals_and_templates(
    qtbot: QtBot, tab: PlanTab, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.new_plan()
    qtbot.waitUntil(lambda: tab.plan is not None)
    tab.commitments.private_remarks.setPlainText("PRIVATE-TEMPLATE-CANARY")
    tab.save_now()
    answer_dialogs(monkeypatch, [{"description": "Eerste doel"}, {"description": "Tweede doel"}])
    tab.goals.add_goal()
    tab.goals.add_goal()
    select(tab, lambda d: d == (1, None))
    tab.goals.move_selected(-1)
    assert [g.description for g in tab.plan.goals] == ["Tweede doel", "Eerste doel"]
    tab.store_template("Mijn sjabloon")
    qtbot.waitUntil(lambda: "Mijn sjabloon" in tab.message.text())
    with vault.reading() as s:
        (template,) = PlanTemplateRepository(s).all()
    assert "PRIVATE-TEMPLATE-CANARY" not in repr(template.content)
    tab.plan_from_template(template)
    qtbot.waitUntil(lambda: tab.plan is not None and tab.plan.version == 2)
    assert tab.plan.version == 2
    assert [g.description for g in tab.plan.goals] == ["Tweede doel", "Eerste doel"]
    assert tab.plan.private_remarks == ""


def stored_plan(vault: Vault, tab: PlanTab) -> Any:
    assert tab.plan is not None
    return plans.current_plan(vault, tab.plan.mentee_id)


def test_typing_on_while_a_save_is_on_its_way_loses_nothing(
    qtbot: QtBot, tab: PlanTab, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.new_plan()
    qtbot.waitUntil(lambda: tab.plan is not None)
    real_save = plans.save_draft
    sent: list[str] = []
    gate = threading.Event()

    def slow_save(vault: Vault, plan: DevelopmentPlan) -> Any:
        sent.append(plan.current_situation)
        assert gate.wait(10), "the test never let the save finish"
        return real_save(vault, plan)

    monkeypatch.setattr(plans, "save_draft", slow_save)
    editor = tab.header.current_situation
    qtbot.keyClicks(editor, "Boekhouder.")
    tab.writer.save_soon()
    qtbot.waitUntil(lambda: sent == ["Boekhouder."])  # on its way, held at the gate
    qtbot.keyClicks(editor, " Wil controller worden.")
    gate.set()
    qtbot.waitUntil(lambda: tab.versions[-1].current_situation == "Boekhouder.")
    assert editor.toPlainText() == "Boekhouder. Wil controller worden.", "the late result"
    assert tab.dirty and tab.state_label.text() == "Editing…"
    qtbot.waitUntil(lambda: not tab.dirty, timeout=3000)
    assert sent == ["Boekhouder.", "Boekhouder. Wil controller worden."]
    assert stored_plan(vault, tab).current_situation == "Boekhouder. Wil controller worden."
    assert editor.toPlainText() == "Boekhouder. Wil controller worden."
    assert tab.state_label.text() == "All changes saved."


def test_a_structural_change_is_saved_and_shows_the_stored_rows(
    qtbot: QtBot, tab: PlanTab, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.new_plan()
    qtbot.waitUntil(lambda: tab.plan is not None)
    answer_dialogs(monkeypatch, [{"description": "Doorgroeien"}])
    tab.goals.add_goal()
    qtbot.waitUntil(lambda: tab.plan is not None and tab.plan.goals[0].id is not None)
    assert not tab.dirty
    assert [g.description for g in stored_plan(vault, tab).goals] == ["Doorgroeien"]
    top = tab.goals.tree.topLevelItem(0)
    assert top is not None and top.text(0) == "Professional: Doorgroeien"


def test_a_refused_save_keeps_the_text_and_says_why(
    qtbot: QtBot,
    tab: PlanTab,
    vault: Vault,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    tab.new_plan()
    qtbot.waitUntil(lambda: tab.plan is not None)
    real_save = plans.save_draft

    def disk_full(vault: Vault, plan: DevelopmentPlan) -> Any:
        raise DiskFull("no space left for: " + plan.private_remarks)

    monkeypatch.setattr(plans, "save_draft", disk_full)
    caplog.set_level(logging.DEBUG)
    qtbot.keyClicks(tab.commitments.private_remarks, "PRIVATE-CANARY")
    qtbot.waitUntil(lambda: tab.message.isVisibleTo(tab), timeout=3000)  # the autosave
    assert tab.message.text() == error_message(DiskFull())
    assert tab.commitments.private_remarks.toPlainText() == "PRIVATE-CANARY"
    assert tab.dirty and tab.state_label.text() == "Editing…"
    assert tab.save_now() is False, "the flush fails too, and says so"
    assert tab.commitments.private_remarks.toPlainText() == "PRIVATE-CANARY"
    assert "DiskFull" in caplog.text and "PRIVATE-CANARY" not in caplog.text

    monkeypatch.setattr(plans, "save_draft", real_save)  # room again
    assert tab.save_now() is True and not tab.dirty
    assert stored_plan(vault, tab).private_remarks == "PRIVATE-CANARY"
    assert tab.message.isHidden() and tab.state_label.text() == "All changes saved."


def test_writes_tell_the_other_views_what_changed(qtbot: QtBot, tab: PlanTab) -> None:
    assert tab.mentee is not None
    with qtbot.waitSignal(vault_events().changed) as created:
        tab.new_plan()
    assert created.args is not None
    changes = created.args[0]
    assert isinstance(changes, Changes) and changes.touches(Area.PLANS)
    assert changes.mentee_id == tab.mentee.id
    qtbot.waitUntil(lambda: tab.plan is not None)
    with qtbot.waitSignal(vault_events().changed, timeout=3000) as saved:
        qtbot.keyClicks(tab.header.title, " 2027")  # autosaved after a pause
    assert saved.args is not None and saved.args[0].touches(Area.PLANS)


def test_an_autosave_overtaken_by_the_flush_does_not_store_older_text(
    qtbot: QtBot, tab: PlanTab, vault: Vault
) -> None:
    tab.new_plan()
    qtbot.waitUntil(lambda: tab.plan is not None)
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    gate = threading.Event()
    pool.setMaxThreadCount(1)
    try:
        run_op(lambda: gate.wait(10), lambda _r: None, lambda _e: None)  # the one worker is busy
        editor = tab.header.current_situation
        qtbot.keyClicks(editor, "Eerste versie.")
        tab.writer.save_soon()  # waits for the worker
        qtbot.keyClicks(editor, " Tweede.")
        assert tab.save_now() is True  # the flush before the vault locks
        gate.set()
        qtbot.waitUntil(lambda: pool.waitForDone(0))
        qtbot.wait(50)  # the autosave's answer reaches the tab
    finally:
        gate.set()
        pool.setMaxThreadCount(threads)
    assert stored_plan(vault, tab).current_situation == "Eerste versie. Tweede."
    assert not tab.dirty and editor.toPlainText() == "Eerste versie. Tweede."


# ---- the latest career check beside the goals ------------------------------------------


def career_check(
    vault: Vault, mentee_id: MenteeId, on: date, scores: dict[str, int], rest: int = 4
) -> None:
    """A career check whose dimensions score ``scores`` (the others ``rest``)."""
    template = questionnaires.builtin(vault, TemplateKind.CAREER_CHECK, Language.EN)
    assert template.id is not None
    answers = {}
    for q in template.questions:
        value = scores.get(q.section, rest)
        answers[q.key] = str(q.low + q.high - value if q.reversed else value)
    outcome = questionnaires.save_response(
        vault, QuestionnaireResponse(template.id, mentee_id, on, answers)
    )
    announce(outcome.changes)


def test_the_lowest_dimensions_of_the_latest_check_show_beside_the_goals(
    qtbot: QtBot, tab: PlanTab, vault: Vault
) -> None:
    assert tab.mentee is not None and tab.mentee.id is not None
    mentee_id = MenteeId(tab.mentee.id)
    tab.new_plan()
    qtbot.waitUntil(lambda: tab.plan is not None, timeout=10000)
    assert tab.lowest.isHidden()  # no check yet: nothing to say

    career_check(vault, mentee_id, date(2026, 1, 12), {"balance": 3, "support": 2})
    qtbot.waitUntil(lambda: tab.lowest.isVisibleTo(tab), timeout=10000)
    career_check(vault, mentee_id, date(2026, 6, 15), {"balance": 2, "support": 3, "future": 1})
    qtbot.waitUntil(lambda: "15 June 2026" in tab.lowest.title(), timeout=10000)

    assert tab.lowest.title() == "Lowest in the last career check (15 June 2026)"
    lines = tab.lowest.lines.text().split("\n")
    assert len(lines) == 3
    assert lines[0].startswith("Future-proof") and ": 1.0 (▼ 3.0 since" in lines[0]
    assert "balance: 2.0 (▼ 1.0 since the check before)" in lines[1]
    assert lines[2].startswith("Support") and "3.0 (▲ 1.0 since" in lines[2]
    assert tab.lowest.lines.isVisibleTo(tab)


def test_the_lowest_dimensions_go_with_the_mentee_and_the_plan(
    qtbot: QtBot, tab: PlanTab, vault: Vault
) -> None:
    assert tab.mentee is not None and tab.mentee.id is not None
    career_check(vault, MenteeId(tab.mentee.id), date(2026, 1, 12), {"energy": 1})
    qtbot.waitUntil(lambda: tab.lowest.scores is not None, timeout=10000)
    assert tab.lowest.isHidden()  # no plan, no goals to stand beside
    tab.new_plan()
    qtbot.waitUntil(lambda: tab.lowest.isVisibleTo(tab), timeout=10000)
    assert "1.0" in tab.lowest.lines.text()

    tab.clear()
    assert tab.lowest.isHidden() and tab.lowest.lines.text() == ""
