"""The coach's story with moves: a safari and its debrief, a crafted job whose experiment
becomes a plan action, skills and their gaps, moves, a closed trajectory, stories."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest

from mentorapp.domain.enums import (
    ActivityKind,
    Language,
    MenteeStatus,
    MoveKind,
    PlanStatus,
    SafariOutcome,
    SafariStatus,
    SessionKind,
)
from mentorapp.domain.ids import ExperimentId, MenteeId, SafariId, SessionId
from mentorapp.domain.model import (
    Action,
    CareerSafari,
    CareerStory,
    CatalogueSkill,
    CraftingExperiment,
    DevelopmentActivity,
    Goal,
    Move,
    SkillEntry,
)
from mentorapp.domain.plan_lifecycle import PlanFrozen
from mentorapp.services import dashboard, mentees, moves, plans, sessions
from mentorapp.services.changes import Area
from mentorapp.store.errors import NoSuchRecord
from mentorapp.store.vault import Vault
from tests.conftest import add_mentee_with_session

TODAY = date(2026, 12, 8)


def _session(vault: Vault, mentee: MenteeId) -> SessionId:
    started = sessions.start_session(vault, mentee, datetime(2026, 11, 30, 14)).value
    started.kind = SessionKind.SAFARI_DEBRIEF
    sessions.save_session(vault, started)
    assert started.id is not None
    return SessionId(started.id)


def _safari(vault: Vault, mentee: MenteeId, start: date, department: str = "Logistiek") -> SafariId:
    saved = moves.save_safari(
        vault, CareerSafari(mentee, department, start_date=start, end_date=start)
    )
    assert saved.changes.touches(Area.MOVES) and saved.changes.dashboard
    assert saved.value.id is not None
    return SafariId(saved.value.id)


def test_a_safari_is_planned_debriefed_and_linked_to_the_plan(vault: Vault) -> None:
    an = add_mentee_with_session(vault, "An Peeters")
    older = _safari(vault, an, date(2026, 10, 1), "Aankoop")
    undated = moves.save_safari(vault, CareerSafari(an, "Later")).value
    newer = _safari(vault, an, date(2026, 11, 20))
    assert [s.id for s in moves.safaris(vault, an)] == [undated.id, newer, older]

    record = moves.safari(vault, newer)
    record.status, record.outcome = SafariStatus.COMPLETED, SafariOutcome.MOVE_THERE
    record.arrangements, record.shared_reflection = "Vervanging door Jan", "Boeiend"
    moves.save_safari(vault, record)
    assert moves.safari(vault, newer) == record

    debrief = _session(vault, an)
    assert moves.debrief_of(vault, newer) is None
    linked = moves.link_debrief(vault, debrief, newer)
    assert linked.value.safari_id == newer and linked.changes.touches(Area.SESSIONS)
    found = moves.debrief_of(vault, newer)
    assert found is not None and found.id == debrief

    plan = plans.new_plan(vault, an, "Plan", TODAY).value.shown
    assert plan is not None
    plan.activities = [
        DevelopmentActivity(ActivityKind.TRAINING, "Excel"),
        DevelopmentActivity(ActivityKind.CAREER_SAFARI, "Safari bij logistiek"),
    ]
    plan = plans.save_draft(vault, plan).value
    with pytest.raises(ValueError, match="career safari"):
        moves.link_activity(vault, plan, 0, newer)
    plan = moves.link_activity(vault, plan, 1, newer).value
    assert [a.safari_id for a in plans.current_plan(vault, an).activities] == [None, newer]  # type: ignore[union-attr]

    # The link travels to the next version; deleting the safari leaves the rest.
    shared = plans.take_step(vault, plan, plans.Step.SHARE).value
    draft = plans.new_draft(vault, shared).value.shown
    assert draft is not None and draft.activities[1].safari_id == newer
    with pytest.raises(PlanFrozen):
        moves.link_activity(vault, shared, 1, None)
    gone = moves.delete_safari(vault, newer)
    assert gone.changes.touches(Area.PLANS, Area.SESSIONS)
    assert moves.debrief_of(vault, newer) is None
    assert sessions.get_session(vault, debrief).safari_id is None
    assert all(a.safari_id is None for p in plans.plan_versions(vault, an) for a in p.activities)
    with pytest.raises(NoSuchRecord):
        moves.safari(vault, newer)


def test_links_never_cross_mentees(vault: Vault) -> None:
    an = add_mentee_with_session(vault, "An")
    bo = add_mentee_with_session(vault, "Bo")
    safari_of_bo = _safari(vault, bo, TODAY)
    with pytest.raises(ValueError, match="another mentee"):
        moves.link_debrief(vault, _session(vault, an), safari_of_bo)
    experiment = _experiment(vault, bo, "Buddy worden")
    with pytest.raises(ValueError, match="another mentee"):
        moves.experiment_to_action(vault, an, experiment)
    record = moves.safari(vault, safari_of_bo)
    with pytest.raises(ValueError, match="another mentee"):
        moves.save_safari(vault, dataclasses.replace(record, mentee_id=an))


def _experiment(vault: Vault, mentee: MenteeId, what: str) -> ExperimentId:
    canvas = moves.canvas(vault, mentee)
    canvas.experiments.append(CraftingExperiment(what, by_when=date(2027, 1, 15)))
    stored = moves.save_canvas(vault, canvas).value
    found = stored.experiments[-1].id
    assert found is not None
    return found


def test_an_experiment_becomes_an_action_in_the_draft_with_its_link(vault: Vault) -> None:
    an = add_mentee_with_session(vault, "An")
    empty = moves.canvas(vault, an)
    assert empty.mentee_id == an and empty.experiments == [] and empty.tasks_now == ""

    canvas = dataclasses.replace(empty, tasks_now="Facturen", tasks_crafted="Nieuwkomers")
    canvas.experiments = [CraftingExperiment("Peter van een nieuwkomer", with_whom="Els")]
    canvas = moves.save_canvas(vault, canvas).value
    buddy = canvas.experiments[0].id
    assert buddy is not None
    canvas.experiments.append(CraftingExperiment("Lunch met het andere team"))
    canvas.experiments[0].done = True
    canvas = moves.save_canvas(vault, canvas).value
    assert canvas.experiments[0].id == buddy  # ids stay: actions link to them
    lunch = canvas.experiments[1].id
    assert lunch is not None and moves.canvas(vault, an) == canvas

    # No plan yet: one is made, with a goal "Job crafting".
    outcome = moves.experiment_to_action(vault, an, buddy)
    first = outcome.value
    assert outcome.changes.touches(Area.PLANS, Area.MOVES)
    assert (first.version, first.status) == (1, PlanStatus.DRAFT)
    (goal,) = first.goals
    assert goal.description == "Job crafting"
    assert [(a.description, a.experiment_id) for a in goal.actions] == [
        ("Peter van een nieuwkomer", buddy)
    ]
    # Again: not twice. Another one goes under the chosen goal.
    first.goals.insert(0, Goal("Breder kijken"))
    plans.save_draft(vault, first)
    again = moves.experiment_to_action(vault, an, buddy).value
    assert sum(len(g.actions) for g in again.goals) == 1
    chosen = moves.experiment_to_action(vault, an, lunch, goal_index=0).value
    assert [a.experiment_id for a in chosen.goals[0].actions] == [lunch]
    with pytest.raises(ValueError, match="no goal 5"):
        moves.experiment_to_action(vault, an, lunch, goal_index=5)
    assert moves.actions_of_experiment(vault, an) == {
        buddy: ["Peter van een nieuwkomer"],
        lunch: ["Lunch met het andere team"],
    }

    # A shared plan is frozen: the action goes to a new draft version.
    plans.take_step(vault, chosen, plans.Step.SHARE)
    third = _experiment(vault, an, "Klantenbezoek")
    draft = moves.experiment_to_action(vault, an, third).value
    assert (draft.version, draft.status) == (2, PlanStatus.DRAFT)
    crafting = next(g for g in draft.goals if g.description == "Job crafting")
    assert [a.experiment_id for a in crafting.actions] == [buddy, third]
    assert crafting.actions[1].deadline == date(2027, 1, 15)
    plans.take_step(vault, draft, plans.Step.SHARE)
    unchanged = moves.experiment_to_action(vault, an, third)
    assert (unchanged.value.version, unchanged.value.status) == (2, PlanStatus.SHARED)
    assert not unchanged.changes.touches(Area.PLANS)
    assert len(plans.plan_versions(vault, an)) == 2

    # An experiment taken off the canvas leaves its actions, without the link.
    canvas = moves.canvas(vault, an)
    canvas.experiments = [e for e in canvas.experiments if e.id != buddy]
    assert moves.save_canvas(vault, canvas).changes.touches(Area.PLANS)
    assert buddy not in moves.actions_of_experiment(vault, an)
    kept = plans.current_plan(vault, an)
    assert kept is not None
    assert "Peter van een nieuwkomer" in [a.description for g in kept.goals for a in g.actions]


def test_skills_by_gap_the_catalogue_and_an_action_that_builds_one(vault: Vault) -> None:
    an = add_mentee_with_session(vault, "An")
    for name, current, target in (
        ("Presenteren", 3, 4),
        ("Excel", None, 4),
        ("Onderhandelen", 1, 4),
        ("Analyseren", 4, 4),
        ("Coachen", 2, 3),
    ):
        moves.save_skill(vault, SkillEntry(an, name, current, target))
    assert [s.name for s in moves.skills(vault, an)] == [
        "Onderhandelen",
        "Coachen",
        "Presenteren",
        "Analyseren",
        "Excel",
    ]
    gaps = moves.skill_gaps(vault, an)
    assert [(s.name, s.gap) for s in gaps] == [
        ("Onderhandelen", 3),
        ("Coachen", 1),
        ("Presenteren", 1),
    ]

    vdab = moves.save_catalogue_skill(
        vault, CatalogueSkill("VDAB", "Klantgericht", "Ziet de klant")
    )
    assert vdab.changes.touches(Area.CATALOGUE)
    moves.save_catalogue_skill(vault, CatalogueSkill("Acme", "Zorgvuldig"))
    assert [s.name for s in moves.catalogue(vault)] == ["Zorgvuldig", "Klantgericht"]
    assert [s.name for s in moves.catalogue(vault, "VDAB")] == ["Klantgericht"]
    picked = moves.save_skill(
        vault,
        SkillEntry(an, "Klantgericht", 2, 4, "Klachten behandeld", catalogue_id=vdab.value.id),
    ).value
    assert vdab.value.id is not None
    moves.delete_catalogue_skill(vault, vdab.value.id)
    kept = next(s for s in moves.skills(vault, an) if s.id == picked.id)
    assert (kept.name, kept.catalogue_id) == ("Klantgericht", None)

    plan = plans.new_plan(vault, an, "Plan", TODAY).value.shown
    assert plan is not None
    plan.goals = [Goal("Onderhandelen", actions=[Action("Cursus", skill_id=gaps[0].id)])]
    plan = plans.save_draft(vault, plan).value
    assert plan.goals[0].actions[0].skill_id == gaps[0].id
    assert gaps[0].id is not None
    assert moves.delete_skill(vault, gaps[0].id).changes.touches(Area.PLANS)
    current = plans.current_plan(vault, an)
    assert current is not None and current.goals[0].actions[0].skill_id is None


def test_moves_and_closing_the_trajectory(vault: Vault) -> None:
    an = add_mentee_with_session(vault, "An")
    bo = add_mentee_with_session(vault, "Bo")
    considered = moves.save_move(vault, Move(an, MoveKind.EXTERNAL, "Bij de concurrent?")).value
    made = moves.save_move(
        vault, Move(an, MoveKind.LATERAL, "Naar aankoop", "Boekhouder", "Aankoper",
                    date(2026, 11, 1), made=True)
    ).value  # fmt: skip
    other = moves.save_move(vault, Move(bo, MoveKind.VERTICAL, happened_on=date(2026, 6, 1))).value
    assert [m.id for m in moves.moves(vault, an)] == [considered.id, made.id]
    assert [m.id for m in moves.moves(vault)] == [considered.id, made.id, other.id]
    made.description = "Naar aankoop, halftijds"
    moves.save_move(vault, made)
    assert moves.moves(vault, an)[1] == made
    assert considered.id is not None
    moves.delete_move(vault, considered.id)
    assert [m.id for m in moves.moves(vault, an)] == [made.id]

    closed = moves.close_trajectory(
        vault, an, date(2026, 12, 1), MoveKind.LATERAL, "Nieuwe rol, meer klantcontact"
    )
    assert closed.changes.touches(Area.MENTEE_LIST, Area.PROFILE) and closed.changes.dashboard
    mentee = mentees.get_mentee(vault, an)
    assert (mentee.status, mentee.close_date, mentee.outcome, mentee.outcome_note) == (
        MenteeStatus.CLOSED,
        date(2026, 12, 1),
        MoveKind.LATERAL,
        "Nieuwe rol, meer klantcontact",
    )


def test_stories_belong_to_no_mentee(vault: Vault) -> None:
    saved = moves.save_story(
        vault,
        CareerStory(
            "Van boekhouding naar HR",
            "Een zijstap die een sprong werd.",
            [MoveKind.LATERAL, MoveKind.SAFARI, MoveKind.LATERAL],
            Language.NL,
        ),
    )
    assert saved.changes.touches(Area.STORIES) and not saved.changes.dashboard
    moves.save_story(vault, CareerStory("A sideways career", "Text", [], Language.EN))
    listed = moves.stories(vault)
    assert [s.title for s in listed] == ["A sideways career", "Van boekhouding naar HR"]
    assert listed[1].move_kinds == [MoveKind.LATERAL, MoveKind.SAFARI]
    assert saved.value.id is not None
    assert moves.story(vault, saved.value.id) == listed[1]
    listed[1].text = "Herschreven"
    moves.save_story(vault, listed[1])
    assert moves.story(vault, saved.value.id).text == "Herschreven"
    moves.delete_story(vault, saved.value.id)
    assert [s.title for s in moves.stories(vault)] == ["A sideways career"]


def test_the_dashboard_shows_a_safari_starting_then_its_debrief_until_linked(
    vault: Vault,
) -> None:
    an = add_mentee_with_session(vault, "An Peeters")
    monday = TODAY - timedelta(days=TODAY.weekday())
    planned = moves.save_safari(
        vault,
        CareerSafari(
            an,
            "Logistiek",
            start_date=monday + timedelta(days=3),
            end_date=monday + timedelta(days=4),
        ),
    ).value
    board = dashboard.due(vault, TODAY)
    assert [(i.title, i.record_id) for i in board.safaris_starting] == [("Logistiek", planned.id)]
    assert board.debriefs_due == []

    after = monday + timedelta(days=7)
    assert [i.record_id for i in dashboard.due(vault, after).debriefs_due] == [planned.id]
    assert planned.id is not None
    moves.link_debrief(vault, _session(vault, an), SafariId(planned.id))
    assert dashboard.due(vault, after).debriefs_due == []
