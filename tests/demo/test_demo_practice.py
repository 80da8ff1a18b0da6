"""The demo shows moves in practice: a safari with its debrief, a canvas whose experiment
became an action in the draft plan, skills with gaps and an action that builds one, closed
trajectories with their move and outcome, the coach's catalogue and stories."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from mentorapp.demo import DemoMentee, demo_mentees, fill_demo
from mentorapp.demo.content import load_content
from mentorapp.demo.fields import DemoDataError
from mentorapp.domain.crafting import CRAFTING_GOAL
from mentorapp.domain.enums import (
    ActivityKind,
    MenteeStatus,
    MoveKind,
    PlanStatus,
    SafariOutcome,
    SafariStatus,
)
from mentorapp.domain.ids import MenteeId, SafariId
from mentorapp.services import mentees, moves, plans, search
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 11, 24)
DATA = Path(__file__).resolve().parents[2] / "mentorapp" / "demo" / "data"


@pytest.fixture(scope="module")
def demo() -> list[DemoMentee]:
    return demo_mentees(TODAY)


def _by_name(demo: list[DemoMentee], name: str) -> DemoMentee:
    return next(d for d in demo if d.mentee.full_name == name)


def test_closed_trajectories_record_their_move_and_outcome(demo: list[DemoMentee]) -> None:
    closed = [d for d in demo if d.mentee.status is MenteeStatus.CLOSED]
    assert len(closed) >= 3
    for d in closed:
        final = d.moves[-1]
        assert final.made and final.happened_on is not None
        assert d.mentee.outcome is final.kind and d.mentee.outcome_note
    assert all(d.mentee.outcome is None for d in demo if d not in closed)
    assert {m.made for d in demo for m in d.moves} == {True, False}


def test_safaris_have_arrangements_and_the_completed_ones_an_outcome(
    demo: list[DemoMentee],
) -> None:
    safaris = [s for d in demo for s in d.safaris]
    assert safaris and all(s.arrangements for s in safaris)
    done = [s for s in safaris if s.status is SafariStatus.COMPLETED]
    assert done and all(s.outcome is not None for s in done)
    assert all(s.outcome is None for s in safaris if s.status is not SafariStatus.COMPLETED)


def test_canvases_are_shared_text_with_the_coachs_note_apart(demo: list[DemoMentee]) -> None:
    canvases = [d.canvas for d in demo if d.canvas is not None]
    assert len(canvases) >= 2
    for canvas in canvases:
        assert canvas.tasks_now and canvas.perception_crafted and canvas.experiments
        shared = json.dumps(
            [canvas.tasks_now, canvas.tasks_crafted, *(e.what for e in canvas.experiments)]
        )
        assert canvas.private_notes and canvas.private_notes not in shared
    sukru = _by_name(demo, "Şükrü Yılmaz")
    assert sukru.links.experiment_to_plan
    assert sukru.plan is not None and sukru.plan.status is PlanStatus.DRAFT


def _stored(vault: Vault) -> dict[str, MenteeId]:
    return {mentees.get_mentee(vault, s.id).full_name: s.id for s in mentees.summaries(vault)}


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    created, _ = Vault.create(
        tmp_path_factory.mktemp("demo") / "d.mentorvault", PASSPHRASE, kdf=FAST_KDF
    )
    fill_demo(created, TODAY)
    yield created
    created.close()


def test_a_safari_has_its_debrief_and_its_plan_activity(demo_vault: Vault) -> None:
    an = _stored(demo_vault)["An Peeters"]
    (safari,) = moves.safaris(demo_vault, an)
    assert safari.status is SafariStatus.COMPLETED and safari.outcome is SafariOutcome.MOVE_THERE
    assert safari.id is not None
    debrief = moves.debrief_of(demo_vault, SafariId(safari.id))
    assert debrief is not None and debrief.started_at.date() > (safari.end_date or TODAY)
    plan = plans.current_plan(demo_vault, an)
    assert plan is not None
    linked = [a for a in plan.activities if a.kind is ActivityKind.CAREER_SAFARI]
    assert [a.safari_id for a in linked] == [safari.id]


def test_an_experiment_became_an_action_in_the_draft_plan(demo_vault: Vault) -> None:
    sukru = _stored(demo_vault)["Şükrü Yılmaz"]
    canvas = moves.canvas(demo_vault, sukru)
    first = canvas.experiments[0]
    assert moves.actions_of_experiment(demo_vault, sukru) == {first.id: [first.what]}
    plan = plans.current_plan(demo_vault, sukru)
    assert plan is not None and plan.status is PlanStatus.DRAFT
    goal = next(g for g in plan.goals if g.description == CRAFTING_GOAL)
    assert [(a.experiment_id, a.deadline) for a in goal.actions] == [(first.id, first.by_when)]


def test_skills_with_gaps_and_an_action_that_builds_the_largest(demo_vault: Vault) -> None:
    names = _stored(demo_vault)
    for name in ("Şükrü Yılmaz", "Fatima El Amrani", "Mohamed Benali"):
        gaps = moves.skill_gaps(demo_vault, names[name])
        plan = plans.current_plan(demo_vault, names[name])
        assert gaps and plan is not None, name
        linked = [a for g in plan.goals for a in g.actions if a.skill_id is not None]
        assert [a.skill_id for a in linked] == [gaps[0].id], name
        assert linked[0].deadline is not None and linked[0].measure


def test_a_closed_trajectory_with_its_move_and_outcome(demo_vault: Vault) -> None:
    wouter = _stored(demo_vault)["Wouter Vermeulen"]
    mentee = mentees.get_mentee(demo_vault, wouter)
    assert mentee.status is MenteeStatus.CLOSED and mentee.outcome is MoveKind.LATERAL
    assert "Aankoop" in mentee.outcome_note
    made = [m for m in moves.moves(demo_vault, wouter) if m.made]
    assert [m.kind for m in made] == [MoveKind.LATERAL, MoveKind.SAFARI]


def test_the_catalogue_and_the_stories_of_the_coach(demo_vault: Vault) -> None:
    catalogue = moves.catalogue(demo_vault)
    assert len({s.organisation for s in catalogue}) >= 4
    picked = [
        s
        for m in mentees.summaries(demo_vault)
        for s in moves.skills(demo_vault, m.id)
        if s.catalogue_id is not None
    ]
    assert picked and {s.catalogue_id for s in picked} <= {s.id for s in catalogue}
    stories = moves.stories(demo_vault)
    assert len(stories) >= 3 and {k for s in stories for k in s.move_kinds} >= {
        MoveKind.LATERAL,
        MoveKind.DIAGONAL,
        MoveKind.JOB_CRAFTING,
        MoveKind.EXTERNAL,
    }
    (hit,) = search.search(demo_vault, "omweg")
    assert (hit.kind, hit.mentee_id) == ("story", 0)


def test_moves_json_names_a_wrong_entry(tmp_path: Path) -> None:
    shutil.copytree(DATA, tmp_path, dirs_exist_ok=True)
    raw = json.loads((tmp_path / "moves.json").read_text(encoding="utf-8"))
    raw["people"]["Niemand Bekend"] = {"skill_action": True}
    (tmp_path / "moves.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DemoDataError, match=r"moves\.json\.people\.Niemand Bekend: no person"):
        load_content(tmp_path)
    del raw["people"]["Niemand Bekend"]
    raw["stories"][0]["move_kinds"] = ["sideways"]
    (tmp_path / "moves.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(DemoDataError, match=r"stories\[0\]\.move_kinds: 'sideways'"):
        load_content(tmp_path)
