"""A coach keeps a mentee's skills: picked from the catalogue of the mentee's organisation
or typed, the largest gap first; the gap shows in the plan editor, where an action says
which skill it builds, and the Skills page shows that action."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import CatalogueSkill, Goal, Mentee, SkillEntry
from mentorapp.gui import record_dialog
from mentorapp.gui.moves import skills as skills_module
from mentorapp.gui.moves.catalogue import CatalogueDialog
from mentorapp.gui.moves.skills import SkillDialog, SkillsPage
from mentorapp.gui.ops import running_count
from mentorapp.gui.plan import PlanTab
from mentorapp.gui.plan.goals import ActionDialog
from mentorapp.services import mentees, moves, plans
from mentorapp.store.vault import Vault
from tests.gui.a11y import mute_labels, unnamed_focusable, widget_texts
from tests.gui.test_accessibility import FIXED_NAMES

EVIDENCE = "EVIDENCECANARY gaf twee keer de teamdag"


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


def problems(root: QWidget) -> list[str]:
    QApplication.processEvents()
    return unnamed_focusable(root) + mute_labels(root, FIXED_NAMES)


@pytest.fixture
def mentee_id(vault: Vault) -> MenteeId:
    mentee = mentees.add_mentee(
        vault,
        Mentee(full_name="Ilse Vervoort", organisation="Stad Gent", current_role="Baliemedewerker"),
    ).value
    assert mentee.id is not None
    for organisation, name, about in (
        ("Stad Gent", "Presenteren", "Voor een groep helder vertellen"),
        ("Stad Gent", "Data lezen", "Cijfers begrijpen en uitleggen"),
        ("AZ Oost", "Triage", "Een ziekenhuisvaardigheid"),
    ):
        moves.save_catalogue_skill(vault, CatalogueSkill(organisation, name, about))
    return MenteeId(mentee.id)


def answer_skill_dialog(
    monkeypatch: pytest.MonkeyPatch, fill: Callable[[SkillDialog], None], seen: list[SkillDialog]
) -> None:
    def fake_exec(self: SkillDialog) -> int:
        seen.append(self)
        fill(self)
        self._accept()
        return int(self.result())

    monkeypatch.setattr(skills_module.SkillDialog, "exec", fake_exec)


def shown_page(qtbot: QtBot, vault: Vault, mentee_id: MenteeId) -> SkillsPage:
    page = SkillsPage()
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    page.show_mentee(vault, mentee_id)
    qtbot.waitUntil(lambda: page.loaded is not None, timeout=10000)
    wait_idle(qtbot)
    return page


def rows(page: SkillsPage) -> list[list[str]]:
    tree = page.tree
    return [
        [item.text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
        if (item := tree.topLevelItem(i)) is not None
    ]


def test_skills_from_the_catalogue_or_typed_largest_gap_first(
    qtbot: QtBot, vault: Vault, mentee_id: MenteeId, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = shown_page(qtbot, vault, mentee_id)
    assert page.empty.isVisible() and not page.tree.isVisible()
    seen: list[SkillDialog] = []

    def from_catalogue(dialog: SkillDialog) -> None:
        # Only the mentee's organisation is offered.
        offered = [dialog.name.itemText(i) for i in range(dialog.name.count())]
        assert sorted(offered) == ["Data lezen", "Presenteren"]
        dialog.name.setCurrentIndex(dialog.name.findText("Presenteren"))
        assert "Voor een groep helder vertellen" in dialog.about.text()
        dialog.current.set_level(2)
        dialog.target.set_level(4)
        assert dialog.gap.text() == "2"
        dialog.evidence.setPlainText(EVIDENCE)

    answer_skill_dialog(monkeypatch, from_catalogue, seen)
    page.add_button.click()
    qtbot.waitUntil(lambda: len(rows(page)) == 1, timeout=10000)

    def typed(dialog: SkillDialog) -> None:
        dialog.name.setEditText("Onderhandelen")
        assert dialog.about.text() == "Your own skill: it is not in your catalogue."
        dialog.current.set_level(3)
        dialog.target.set_level(4)

    answer_skill_dialog(monkeypatch, typed, seen)
    page.add_button.click()
    qtbot.waitUntil(lambda: len(rows(page)) == 2, timeout=10000)
    wait_idle(qtbot)

    stored = moves.skills(vault, mentee_id)
    assert [(s.name, s.gap) for s in stored] == [("Presenteren", 2), ("Onderhandelen", 1)]
    catalogue_ids = {c.name: c.id for c in moves.catalogue(vault)}
    assert stored[0].catalogue_id == catalogue_ids["Presenteren"]
    assert stored[1].catalogue_id is None
    assert stored[0].evidence == EVIDENCE
    assert rows(page)[0][:5] == ["Presenteren", "2", "4", "2", EVIDENCE]
    assert rows(page)[1][:4] == ["Onderhandelen", "3", "4", "1"]

    # Editing keeps the skill and shows the change; a level can be left unset.
    page.tree.setCurrentItem(page.tree.topLevelItem(1))

    def unset(dialog: SkillDialog) -> None:
        assert dialog.name.currentText() == "Onderhandelen"
        dialog.target.set_level(None)
        assert dialog.gap.text() == "not known yet"

    answer_skill_dialog(monkeypatch, unset, seen)
    page.edit_button.click()
    qtbot.waitUntil(lambda: rows(page)[1][2] == "-", timeout=10000)
    assert [s.id for s in moves.skills(vault, mentee_id)] == [s.id for s in stored]

    # A name is required.
    empty = SkillDialog(SkillEntry(mentee_id, ""), [], "", page)
    qtbot.addWidget(empty)
    empty._accept()
    assert empty.result() != QDialog.DialogCode.Accepted
    assert empty.message.text() == "Fill in: Skill"
    assert "no skills for this organisation" in empty.about.text()

    assert problems(page) == []
    dialog = seen[0]
    dialog.show()
    assert problems(dialog) == []

    page.clear()  # the vault locks: nothing of the mentee stays on the page
    assert rows(page) == [] and not page.empty.isVisible() and not page.add_button.isEnabled()
    assert EVIDENCE not in "\n".join(widget_texts(page.tree))


def test_removing_a_skill_asks_first(
    qtbot: QtBot, vault: Vault, mentee_id: MenteeId, monkeypatch: pytest.MonkeyPatch
) -> None:
    moves.save_skill(vault, SkillEntry(mentee_id, "Presenteren", 2, 4))
    page = shown_page(qtbot, vault, mentee_id)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(
        "mentorapp.gui.moves.records_page.QMessageBox.question", lambda *a, **k: next(answers)
    )
    page.remove_button.click()
    wait_idle(qtbot)
    assert len(moves.skills(vault, mentee_id)) == 1
    page.remove_button.click()
    qtbot.waitUntil(lambda: not rows(page), timeout=10000)
    assert moves.skills(vault, mentee_id) == []
    assert page.empty.isVisible()


def test_a_skill_gap_shows_in_the_plan_editor_and_an_action_builds_it(
    qtbot: QtBot, vault: Vault, mentee_id: MenteeId, monkeypatch: pytest.MonkeyPatch
) -> None:
    presenting = moves.save_skill(vault, SkillEntry(mentee_id, "Presenteren", 2, 4)).value
    moves.save_skill(vault, SkillEntry(mentee_id, "Plannen", 4, 4))  # no gap: not listed
    today = date.today()
    plans.new_plan(vault, mentee_id, "Groeien", today)
    draft = plans.current_plan(vault, mentee_id)
    assert draft is not None
    draft.period_start, draft.period_end = today, today + timedelta(days=200)
    draft.goals = [Goal("Teamcoördinator worden")]
    plans.save_draft(vault, draft)

    tab = PlanTab()
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.load(vault, mentees.get_mentee(vault, mentee_id))
    qtbot.waitUntil(lambda: tab.skill_gaps.isVisible(), timeout=10000)
    assert tab.skill_gaps.title() == "Largest skill gaps"
    assert tab.skill_gaps.lines.text() == "Presenteren: 2 → 4 (gap 2) - no action builds it yet"
    wait_idle(qtbot)

    offered: list[list[str]] = []

    def fake_exec(self: record_dialog.RecordDialog) -> int:
        assert isinstance(self, ActionDialog)
        combo = self.inputs["skill_id"]
        assert isinstance(combo, QComboBox)
        offered.append([combo.itemText(i) for i in range(combo.count())])
        self.inputs["description"].setPlainText("Een presentatie geven op de teamdag")  # type: ignore[attr-defined]
        combo.setCurrentIndex(combo.findData(presenting.id))
        self._accept()
        return int(self.result())

    monkeypatch.setattr(record_dialog.RecordDialog, "exec", fake_exec)
    tab.goals.tree.setCurrentItem(tab.goals.tree.topLevelItem(0))
    tab.goals.add_action_button.click()
    assert offered == [["No skill in particular", "Presenteren (gap 2)", "Plannen"]]
    qtbot.waitUntil(lambda: not tab.dirty and running_count() == 0, timeout=10000)

    stored = plans.current_plan(vault, mentee_id)
    assert stored is not None
    (action,) = stored.goals[0].actions
    assert action.skill_id == presenting.id
    assert tab.skill_gaps.lines.text() == "Presenteren: 2 → 4 (gap 2) - actions that build it: 1"
    action_row = tab.goals.tree.topLevelItem(0).child(0)  # type: ignore[union-attr]
    assert action_row.text(0).endswith("Builds the skill: Presenteren")

    # The Skills page shows the action beside the skill.
    page = shown_page(qtbot, vault, mentee_id)
    assert rows(page)[0][0] == "Presenteren"
    assert rows(page)[0][5] == "• Een presentatie geven op de teamdag"

    # Closing the gap takes it out of the plan's box (the page's write announces it).
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    monkeypatch.setattr(
        skills_module.SkillDialog,
        "exec",
        lambda self: (self.current.set_level(4), self._accept(), int(self.result()))[-1],
    )
    page.edit_button.click()
    qtbot.waitUntil(lambda: not tab.skill_gaps.isVisible(), timeout=10000)
    assert tab.skill_gaps.gaps == []


def test_the_catalogue_per_organisation(
    qtbot: QtBot, vault: Vault, mentee_id: MenteeId, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = CatalogueDialog(vault, "Stad Gent")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 2, timeout=10000)
    groups = {
        dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i).childCount()  # type: ignore[union-attr]
        for i in range(2)
    }
    assert groups == {"AZ Oost": 1, "Stad Gent": 2}
    current = dialog.tree.currentItem()
    assert current is not None and current.text(0) == "Stad Gent"
    assert not dialog.edit_button.isEnabled()
    assert problems(dialog) == []

    given: list[Any] = []

    def fake_exec(self: record_dialog.RecordDialog) -> int:
        given.append(self.record)
        self.inputs["name"].setText("Coachen")  # type: ignore[attr-defined]
        self.inputs["description"].setPlainText("Collega's laten groeien")  # type: ignore[attr-defined]
        self._accept()
        return int(self.result())

    monkeypatch.setattr(record_dialog.RecordDialog, "exec", fake_exec)
    dialog.add_button.click()
    assert given[0].organisation == "Stad Gent"  # the selected organisation
    qtbot.waitUntil(
        lambda: (
            [c.name for c in moves.catalogue(vault, "Stad Gent")]
            == ["Coachen", "Data lezen", "Presenteren"]
        ),
        timeout=10000,
    )
    qtbot.waitUntil(
        lambda: dialog.tree.topLevelItem(1).childCount() == 3,  # type: ignore[union-attr]
        timeout=10000,
    )
    monkeypatch.setattr(
        "mentorapp.gui.moves.catalogue.QMessageBox.question",
        lambda *a, **k: QMessageBox.StandardButton.Yes,
    )
    triage = dialog.tree.topLevelItem(0).child(0)  # type: ignore[union-attr]
    dialog.tree.setCurrentItem(triage)
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=10000)
    assert [c.organisation for c in moves.catalogue(vault)] == ["Stad Gent"] * 3
    dialog.close()
