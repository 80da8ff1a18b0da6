"""A development plan's life: drafted, shared with the employee, agreed, revised, archived."""

from __future__ import annotations

import copy
import json
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any, TypeVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mentorapp.domain import plan_edits
from mentorapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityKind,
    Feasibility,
    GoalKind,
    ObstacleKind,
    PlanStatus,
)
from mentorapp.domain.ids import (
    ActionId,
    ActivityId,
    ExperimentId,
    GoalId,
    MenteeId,
    ObstacleId,
    PlanId,
    SafariId,
    SkillId,
)
from mentorapp.domain.model import Action, DevelopmentActivity, DevelopmentPlan, Goal, Obstacle
from mentorapp.domain.plan_lifecycle import (
    InvalidTransition,
    PlanFrozen,
    agree,
    archive,
    duplicate,
    ensure_editable,
    from_template,
    is_editable,
    new_draft,
    share,
    to_template,
)

ZOE = MenteeId(7)
MORNING = datetime(2026, 11, 20, 10, 0)
LATER = datetime(2026, 12, 4, 15, 30)
PRIVATE = "Mentor only: worried she will resign if the move falls through."


def zoes_plan() -> DevelopmentPlan:
    """Zoë's stored draft: every part has an id, as it comes out of the vault."""
    return DevelopmentPlan(
        mentee_id=ZOE,
        version=1,
        title="Groeien in de breedte",
        current_situation="Senior payroll officer for six years; energy drains on routine.",
        desired_direction="A coordinating role across HR teams within two years",
        period_start=date(2026, 12, 1),
        period_end=date(2027, 11, 30),
        resources="Training budget, two hours a week",
        organisation_commitments="Pays the course; arranges a career safari in L&D",
        employee_commitments="Prepares each review; keeps a learning log",
        review_date=date(2027, 3, 1),
        private_remarks=PRIVATE,
        goals=[
            Goal(
                "Learn to facilitate workshops",
                kind=GoalKind.PROFESSIONAL,
                actions=[
                    Action(
                        "Follow the two-day facilitation course",
                        measure="Certificate and one workshop given",
                        deadline=date(2027, 3, 31),
                        owner=ActionOwner.EMPLOYEE,
                        resources="€ 950 from the training budget",
                        status=ActionStatus.IN_PROGRESS,
                        specific=True,
                        achievable=True,
                        relevant=True,
                        id=ActionId(31),
                    ),
                    Action(
                        "Buddy for two newcomers",
                        status=ActionStatus.DONE,
                        owner=ActionOwner.MANAGER,
                        id=ActionId(32),
                    ),
                ],
                id=GoalId(21),
            ),
            Goal(
                "Move to the Ghent office",
                kind=GoalKind.PERSONAL,
                feasibility=Feasibility.NOT_NOW,
                feasibility_note="No openings before the reorganisation",
                revisit_on=date(2027, 6, 1),
                id=GoalId(22),
            ),
        ],
        obstacles=[
            Obstacle(
                ObstacleKind.TIME,
                "Month-end closing takes every afternoon",
                mitigation="Course days outside closing weeks",
                id=ObstacleId(41),
            )
        ],
        activities=[
            DevelopmentActivity(
                ActivityKind.CAREER_SAFARI,
                "Three days with the L&D team",
                provider="L&D",
                hours=22.5,
                cost_cents=0,
                start_date=date(2027, 1, 12),
                end_date=date(2027, 1, 14),
                id=ActivityId(51),
            ),
            DevelopmentActivity(
                ActivityKind.TRAINING,
                "Facilitation course",
                provider="Vormingplus",
                hours=16,
                cost_cents=95_000,
                id=ActivityId(52),
            ),
        ],
        id=PlanId(11),
    )


def all_ids(plan: DevelopmentPlan) -> Iterator[object]:
    yield plan.id
    for goal in plan.goals:
        yield goal.id
        yield from (action.id for action in goal.actions)
    yield from (obstacle.id for obstacle in plan.obstacles)
    yield from (activity.id for activity in plan.activities)


def parts(plan: DevelopmentPlan) -> Iterator[object]:
    """Every mutable object inside the plan, to prove copies share none of them."""
    yield plan.goals
    yield plan.obstacles
    yield plan.activities
    for goal in plan.goals:
        yield goal
        yield goal.actions
        yield from goal.actions
    yield from plan.obstacles
    yield from plan.activities


# --- strategies ------------------------------------------------------------------------

ids = st.none() | st.integers(1, 10_000)
texts = st.text(max_size=12)
dates = st.none() | st.dates(date(2025, 1, 1), date(2028, 12, 31))
actions = st.builds(
    Action,
    description=texts,
    measure=texts,
    deadline=dates,
    owner=st.sampled_from(ActionOwner),
    resources=texts,
    status=st.sampled_from(ActionStatus),
    specific=st.booleans(),
    achievable=st.booleans(),
    relevant=st.booleans(),
    id=ids,
)
goals = st.builds(
    Goal,
    description=texts,
    kind=st.sampled_from(GoalKind),
    feasibility=st.sampled_from(Feasibility),
    feasibility_note=texts,
    revisit_on=dates,
    actions=st.lists(actions, max_size=3),
    id=ids,
)
obstacles = st.builds(
    Obstacle, kind=st.sampled_from(ObstacleKind), description=texts, mitigation=texts, id=ids
)
activities = st.builds(
    DevelopmentActivity,
    kind=st.sampled_from(ActivityKind),
    description=texts,
    provider=texts,
    hours=st.none() | st.floats(0, 500, allow_nan=False) | st.integers(0, 500).map(float),
    cost_cents=st.none() | st.integers(0, 10_000_000),
    start_date=dates,
    end_date=dates,
    id=ids,
)
plans = st.builds(
    DevelopmentPlan,
    mentee_id=st.integers(1, 100).map(MenteeId),
    version=st.integers(1, 20),
    status=st.sampled_from(PlanStatus),
    title=texts,
    current_situation=texts,
    desired_direction=texts,
    period_start=dates,
    period_end=dates,
    resources=texts,
    organisation_commitments=texts,
    employee_commitments=texts,
    review_date=dates,
    private_remarks=texts,
    goals=st.lists(goals, max_size=3),
    obstacles=st.lists(obstacles, max_size=3),
    activities=st.lists(activities, max_size=3),
    frozen_at=st.none() | st.datetimes(datetime(2025, 1, 1), datetime(2028, 12, 31)),
    id=ids,
)


# --- the story -------------------------------------------------------------------------


def test_zoes_plan_is_drafted_shared_agreed_revised_and_archived() -> None:
    draft = zoes_plan()
    assert is_editable(draft)
    ensure_editable(draft)

    shared = share(draft, MORNING)
    assert shared.status is PlanStatus.SHARED
    assert shared.frozen_at == MORNING
    assert not is_editable(shared)
    with pytest.raises(PlanFrozen, match="version 1 is shared"):
        ensure_editable(shared)

    agreed = agree(shared, LATER)
    assert agreed.status is PlanStatus.AGREED
    assert agreed.frozen_at == MORNING, "agreeing keeps the moment it was first handed over"
    assert agreed.id == draft.id and agreed.version == 1

    version_2 = new_draft(agreed, next_version=2)
    assert version_2.status is PlanStatus.DRAFT and version_2.version == 2
    assert version_2.frozen_at is None
    assert is_editable(version_2)
    assert version_2.private_remarks == PRIVATE
    assert version_2.goals[0].actions[1].status is ActionStatus.DONE
    assert set(all_ids(version_2)) == {None}
    version_2.goals[0].actions[0].measure = "Two workshops given"
    assert agreed.goals[0].actions[0].measure == "Certificate and one workshop given"

    archived = archive(agreed)
    assert archived.status is PlanStatus.ARCHIVED
    assert archived.frozen_at == MORNING
    assert not is_editable(archived)


def test_agreeing_a_draft_directly_freezes_it_then() -> None:
    agreed = agree(zoes_plan(), LATER)
    assert agreed.status is PlanStatus.AGREED
    assert agreed.frozen_at == LATER


def test_share_and_agree_never_touch_the_plan_they_are_given() -> None:
    draft = zoes_plan()
    before = copy.deepcopy(draft)
    shared = share(draft, MORNING)
    agreed = agree(draft, LATER)
    assert draft == before
    assert shared is not draft and agreed is not draft
    for part in parts(draft):
        assert all(part is not other for other in parts(shared))
    shared.goals[0].description = "Something else entirely"
    assert draft.goals[0].description == "Learn to facilitate workshops"


@pytest.mark.parametrize("status", [PlanStatus.SHARED, PlanStatus.AGREED, PlanStatus.ARCHIVED])
def test_only_a_draft_can_be_shared(status: PlanStatus) -> None:
    plan = zoes_plan()
    plan.status = status
    with pytest.raises(InvalidTransition):
        share(plan, MORNING)


@pytest.mark.parametrize("status", [PlanStatus.AGREED, PlanStatus.ARCHIVED])
def test_an_agreed_or_archived_plan_cannot_be_agreed_again(status: PlanStatus) -> None:
    plan = zoes_plan()
    plan.status = status
    with pytest.raises(InvalidTransition):
        agree(plan, MORNING)


def test_archiving_twice_is_refused_but_a_draft_can_be_put_aside() -> None:
    archived = archive(zoes_plan())
    assert archived.status is PlanStatus.ARCHIVED
    with pytest.raises(InvalidTransition):
        archive(archived)


def test_a_draft_is_edited_in_place_not_copied_into_a_new_version() -> None:
    with pytest.raises(InvalidTransition, match="edit it instead"):
        new_draft(zoes_plan(), next_version=2)


def test_a_new_version_number_must_come_after_the_old_one() -> None:
    agreed = agree(zoes_plan(), MORNING)
    with pytest.raises(ValueError, match="must come after"):
        new_draft(agreed, next_version=1)


def test_an_archived_plan_can_seed_a_new_draft() -> None:
    fresh = new_draft(archive(agree(zoes_plan(), MORNING)), next_version=3)
    assert fresh.status is PlanStatus.DRAFT and fresh.version == 3


@given(plans, st.integers(1, 30))
def test_a_new_draft_never_shares_ids_or_objects_with_the_original(
    plan: DevelopmentPlan, bump: int
) -> None:
    plan.status = PlanStatus.AGREED
    before = copy.deepcopy(plan)
    fresh = new_draft(plan, plan.version + bump)
    assert set(all_ids(fresh)) == {None}
    assert plan == before
    for part in parts(plan):
        assert all(part is not other for other in parts(fresh))
    assert fresh.mentee_id == plan.mentee_id
    assert fresh.private_remarks == plan.private_remarks
    assert len(fresh.goals) == len(plan.goals)
    assert [a.status for g in fresh.goals for a in g.actions] == [
        a.status for g in plan.goals for a in g.actions
    ]


def test_duplicating_for_another_mentee_leaves_the_private_remarks_and_progress_behind() -> None:
    agreed = agree(zoes_plan(), MORNING)
    copy_for_omar = duplicate(agreed, MenteeId(8))
    assert copy_for_omar.mentee_id == MenteeId(8)
    assert copy_for_omar.version == 1
    assert copy_for_omar.status is PlanStatus.DRAFT and copy_for_omar.frozen_at is None
    assert copy_for_omar.private_remarks == ""
    assert set(all_ids(copy_for_omar)) == {None}
    statuses = {a.status for g in copy_for_omar.goals for a in g.actions}
    assert statuses == {ActionStatus.OPEN}
    assert agreed.private_remarks == PRIVATE
    assert agreed.goals[0].actions[1].status is ActionStatus.DONE
    assert duplicate(agreed, ZOE, version=4).version == 4


def _linked(plan: DevelopmentPlan) -> DevelopmentPlan:
    """The plan with its first action linked to an experiment and a skill, and its first
    activity to a safari (all records of the plan's mentee)."""
    linked = copy.deepcopy(plan)
    action = linked.goals[0].actions[0]
    action.experiment_id, action.skill_id = ExperimentId(5), SkillId(6)
    linked.activities[0].safari_id = SafariId(7)
    return linked


def _links(plan: DevelopmentPlan) -> list[int | None]:
    actions = [a for g in plan.goals for a in g.actions]
    return [
        *(a.experiment_id for a in actions),
        *(a.skill_id for a in actions),
        *(a.safari_id for a in plan.activities),
    ]


def test_links_to_the_mentees_records_stay_in_her_versions_and_never_leave_with_a_copy() -> None:
    agreed = agree(_linked(zoes_plan()), MORNING)
    expected = [5, None, 6, None, 7, None]
    assert _links(new_draft(agreed, next_version=2)) == expected
    assert _links(duplicate(agreed, ZOE, version=3)) == expected
    assert set(_links(duplicate(agreed, MenteeId(8)))) == {None}
    assert _links(agreed) == expected  # the original keeps them
    template = to_template(agreed)
    for name in ("experiment_id", "skill_id", "safari_id"):
        assert name not in json.dumps(template)
    assert set(_links(from_template(template, ZOE, version=4))) == {None}


@given(plans, st.integers(1, 100))
def test_a_duplicate_is_always_a_clean_draft(plan: DevelopmentPlan, mentee: int) -> None:
    before = copy.deepcopy(plan)
    fresh = duplicate(plan, MenteeId(mentee))
    assert plan == before
    assert set(all_ids(fresh)) == {None}
    assert fresh.private_remarks == "" and fresh.status is PlanStatus.DRAFT
    assert all(a.status is ActionStatus.OPEN for g in fresh.goals for a in g.actions)


# --- reordering ------------------------------------------------------------------------

T = TypeVar("T")


def move(items: list[T], index: int, delta: int) -> list[T]:
    """The reorder the plan tab applies to goals, actions and list items."""
    return plan_edits.move(index, delta)(items)


def test_moving_a_goal_up_and_down() -> None:
    order = ["course", "buddy", "safari", "network"]
    assert move(order, 2, -1) == ["course", "safari", "buddy", "network"]
    assert move(order, 0, 1) == ["buddy", "course", "safari", "network"]
    assert move(order, 0, -1) == order, "the first item cannot go higher"
    assert move(order, 3, 5) == order, "the last item cannot go lower"
    assert move(order, 1, 99) == ["course", "safari", "network", "buddy"]
    assert order == ["course", "buddy", "safari", "network"]


def test_moving_something_that_is_not_there_is_an_error() -> None:
    with pytest.raises(IndexError):
        move([], 0, 1)
    with pytest.raises(IndexError):
        move(["a", "b"], 2, -1)


@given(st.lists(st.integers(), min_size=1), st.data(), st.integers(-10, 10))
def test_move_keeps_every_item_and_clamps(
    items: list[int], data: st.DataObject, delta: int
) -> None:
    index = data.draw(st.integers(0, len(items) - 1))
    before = list(items)
    moved = move(items, index, delta)
    assert items == before
    assert moved is not items
    assert Counter(moved) == Counter(items)
    target = max(0, min(len(items) - 1, index + delta))
    assert moved[target] == items[index]
    rest = items[:index] + items[index + 1 :]
    assert moved[:target] + moved[target + 1 :] == rest


# --- templates -------------------------------------------------------------------------


def test_a_template_keeps_the_structure_and_leaves_out_private_text_and_dates() -> None:
    plan = zoes_plan()
    template = to_template(plan)
    text = json.dumps(template, ensure_ascii=False)
    assert PRIVATE not in text
    assert plan.current_situation not in text
    assert "2026" not in text and "2027" not in text
    assert "private" not in text and "mentee" not in text and '"id"' not in text
    assert "No openings" not in text, "a feasibility note is about this mentee"

    seeded = from_template(json.loads(text), MenteeId(8), version=1)
    assert seeded.mentee_id == MenteeId(8)
    assert seeded.status is PlanStatus.DRAFT and seeded.version == 1
    assert seeded.title == plan.title
    assert seeded.desired_direction == plan.desired_direction
    assert seeded.resources == plan.resources
    assert seeded.organisation_commitments == plan.organisation_commitments
    assert seeded.employee_commitments == plan.employee_commitments
    assert seeded.private_remarks == "" and seeded.current_situation == ""
    assert seeded.period_start is None and seeded.period_end is None
    assert seeded.review_date is None and seeded.frozen_at is None
    assert set(all_ids(seeded)) == {None}

    assert [(g.description, g.kind) for g in seeded.goals] == [
        ("Learn to facilitate workshops", GoalKind.PROFESSIONAL),
        ("Move to the Ghent office", GoalKind.PERSONAL),
    ]
    assert seeded.goals[1].feasibility is Feasibility.FEASIBLE
    assert seeded.goals[1].revisit_on is None and seeded.goals[1].feasibility_note == ""
    course = seeded.goals[0].actions[0]
    original = plan.goals[0].actions[0]
    assert (course.description, course.measure, course.owner, course.resources) == (
        original.description,
        original.measure,
        original.owner,
        original.resources,
    )
    assert course.specific and course.achievable and course.relevant
    assert course.deadline is None and course.status is ActionStatus.OPEN
    assert seeded.goals[0].actions[1].status is ActionStatus.OPEN
    assert seeded.obstacles == [
        Obstacle(
            ObstacleKind.TIME,
            "Month-end closing takes every afternoon",
            mitigation="Course days outside closing weeks",
        )
    ]
    assert seeded.activities == [
        DevelopmentActivity(
            ActivityKind.CAREER_SAFARI, "Three days with the L&D team", "L&D", 22.5, 0
        ),
        DevelopmentActivity(
            ActivityKind.TRAINING, "Facilitation course", "Vormingplus", 16.0, 95_000
        ),
    ]


@given(plans, st.integers(1, 100), st.integers(1, 20))
def test_a_template_round_trip_is_stable(plan: DevelopmentPlan, mentee: int, version: int) -> None:
    template = to_template(plan)
    assert json.loads(json.dumps(template)) == template
    seeded = from_template(template, MenteeId(mentee), version)
    assert to_template(seeded) == template
    assert seeded.private_remarks == "" and seeded.current_situation == ""
    assert seeded.status is PlanStatus.DRAFT and seeded.version == version
    assert set(all_ids(seeded)) == {None}
    for when in (seeded.period_start, seeded.period_end, seeded.review_date, seeded.frozen_at):
        assert when is None
    assert all(a.deadline is None for g in seeded.goals for a in g.actions)
    assert all(a.start_date is None and a.end_date is None for a in seeded.activities)


def test_a_template_from_elsewhere_may_leave_things_out_and_add_its_own_keys() -> None:
    seeded = from_template(
        {
            "title": "Starter plan",
            "made_with": "Mentorapp 0.9",
            "goals": [{"description": "Explore a lateral move", "colour": "green"}],
            "obstacles": [{"kind": "money", "description": "No budget this year"}],
        },
        ZOE,
        version=2,
    )
    assert seeded.title == "Starter plan" and seeded.version == 2
    assert seeded.goals == [Goal("Explore a lateral move")]
    assert seeded.obstacles == [Obstacle(ObstacleKind.MONEY, "No budget this year")]
    assert seeded.activities == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "template: expected an object"),
        ({"goals": "learn"}, "goals: expected a list"),
        ({"goals": ["learn"]}, r"goals\[0\]: expected an object"),
        ({"goals": [{}]}, r"goals\[0\].description: missing"),
        ({"goals": [{"description": "x", "kind": "spiritual"}]}, r"goals\[0\].kind: unknown"),
        (
            {"goals": [{"description": "x", "actions": [{"description": "y", "owner": "boss"}]}]},
            r"goals\[0\].actions\[0\].owner: unknown value 'boss' \(expected one of: employee",
        ),
        (
            {"goals": [{"description": "x", "actions": [{"description": "y", "specific": "yes"}]}]},
            r"goals\[0\].actions\[0\].specific: expected true or false",
        ),
        ({"obstacles": [{"description": "x"}]}, r"obstacles\[0\].kind: missing"),
        ({"activities": [{"kind": "sabbatical", "description": "x"}]}, "activities"),
        (
            {"activities": [{"kind": "training", "description": "x", "hours": "ten"}]},
            r"activities\[0\].hours: expected a number",
        ),
        (
            {"activities": [{"kind": "training", "description": "x", "hours": True}]},
            r"activities\[0\].hours: expected a number",
        ),
        (
            {"activities": [{"kind": "training", "description": "x", "cost_cents": 9.5}]},
            r"activities\[0\].cost_cents: expected a whole number",
        ),
        (
            {"activities": [{"kind": "training", "description": "x", "hours": -2}]},
            r"activities\[0\].hours: expected a number of at least 0",
        ),
        ({"title": 42}, "title: expected text"),
    ],
)
def test_a_malformed_template_is_refused_with_a_clear_message(data: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        from_template(data, ZOE, version=1)
