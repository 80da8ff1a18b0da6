"""Building a development plan through the editor: SMART, versions, compare, templates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import PlanStatus
from mentorapp.domain.model import Mentee
from mentorapp.gui import record_dialog
from mentorapp.gui.mentee_dialog import OptionalDate
from mentorapp.gui.plan_tab import PlanTab
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
    assert tab.new_button.isVisibleTo(tab) and tab.plan is None
    tab.new_plan()
    assert tab.plan is not None and tab.plan.status == PlanStatus.DRAFT
    qtbot.keyClicks(tab.current_situation, "Werkt 8 jaar als boekhouder.")
    qtbot.waitUntil(lambda: not tab._dirty, timeout=3000)  # autosaved

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
    tab.add_goal()
    select(tab, lambda d: d == (0, None))
    tab.add_action()
    assert "1 action not SMART yet" in tab.smart_label.text()
    assert "measurable" in tab.smart_label.text() and "time-bound" in tab.smart_label.text()
    assert "Not SMART yet" in hints[1]
    select(tab, lambda d: d == (0, 0))
    tab.edit_goal_or_action()
    assert tab.smart_label.text() == "Every action is SMART."

    tab.share_button.click()
    with vault.session() as s:
        (v1,) = PlanRepository(s).versions(tab.plan.mentee_id)
    assert v1.status == PlanStatus.SHARED and v1.frozen_at is not None
    assert tab.current_situation.isReadOnly() and tab.edit_button.isVisibleTo(tab)

    tab.start_new_draft()
    assert tab.plan.version == 2 and tab.plan.status == PlanStatus.DRAFT
    assert not tab.current_situation.isReadOnly()
    answer_dialogs(monkeypatch, [{"measure": "certificaat met onderscheiding"}])
    select(tab, lambda d: d == (0, 0))
    tab.edit_goal_or_action()
    tab.compare_with_previous()
    changes = tab.compare_dialog.changes
    assert [(c.section, c.kind.value, c.field) for c in changes] == [
        ("action", "changed", "measure")
    ]
    assert changes[0].after == "certificaat met onderscheiding"
    row = tab.compare_dialog.tree.topLevelItem(0)
    assert row is not None and row.text(1) == "changed (measure)"
    assert row.text(4) == changes[0].after
    with vault.session() as s:
        versions = PlanRepository(s).versions(tab.plan.mentee_id)
    assert [(p.version, p.status) for p in versions] == [
        (1, PlanStatus.SHARED),
        (2, PlanStatus.DRAFT),
    ]
    assert versions[0].goals[0].actions[0].measure == "certificaat behaald"  # v1 stays frozen


def test_frozen_versions_stay_readable(qtbot: QtBot, tab: PlanTab) -> None:
    tab.new_plan()
    tab.title.setText("Plan A")
    tab.save_now()
    tab.share_button.click()
    tab.start_new_draft()
    tab.title.setText("Plan B")
    tab.save_now()
    tab.version_combo.setCurrentIndex(tab.version_combo.findData(1))
    assert tab.title.text() == "Plan A" and tab.title.isReadOnly()
    assert not tab.share_button.isVisibleTo(tab)


def test_reorder_goals_and_templates(
    qtbot: QtBot, tab: PlanTab, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.new_plan()
    tab.private_remarks.setPlainText("PRIVATE-TEMPLATE-CANARY")
    tab.save_now()
    answer_dialogs(monkeypatch, [{"description": "Eerste doel"}, {"description": "Tweede doel"}])
    tab.add_goal()
    tab.add_goal()
    select(tab, lambda d: d == (1, None))
    tab.move_goal_or_action(-1)
    assert [g.description for g in tab.plan.goals] == ["Tweede doel", "Eerste doel"]
    tab.store_template("Mijn sjabloon")
    with vault.session() as s:
        (template,) = PlanTemplateRepository(s).all()
    assert "PRIVATE-TEMPLATE-CANARY" not in repr(template.content)
    tab.plan_from_template(template)
    assert tab.plan.version == 2
    assert [g.description for g in tab.plan.goals] == ["Tweede doel", "Eerste doel"]
    assert tab.plan.private_remarks == ""
