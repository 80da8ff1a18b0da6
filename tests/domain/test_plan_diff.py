"""What changed between two versions of a plan, as the coach and the employee will see it."""

from __future__ import annotations

import copy
import random
from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from mentorapp.domain.enums import (
    ActionOwner,
    ActionStatus,
    ActivityKind,
    Feasibility,
    GoalKind,
    ObstacleKind,
    PlanStatus,
)
from mentorapp.domain.ids import ActionId, GoalId, MenteeId, ObstacleId, PlanId
from mentorapp.domain.model import Action, DevelopmentActivity, DevelopmentPlan, Goal, Obstacle
from mentorapp.domain.plan_diff import ChangeKind, PlanChange, compare, match, render
from mentorapp.domain.plan_lifecycle import agree, new_draft

ADDED, REMOVED, CHANGED = ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.CHANGED
PRIVATE = "Mentor only: she mentioned a job offer elsewhere."


def agreed_version_1() -> DevelopmentPlan:
    """Omar's agreed first version, as stored."""
    plan = DevelopmentPlan(
        mentee_id=MenteeId(3),
        title="Van techniek naar teamleiding",
        desired_direction="Lead a small maintenance team",
        period_start=date(2026, 9, 1),
        period_end=date(2027, 8, 31),
        private_remarks=PRIVATE,
        goals=[
            Goal(
                "Build leadership skills",
                actions=[
                    Action(
                        "Shadow the shift leader",
                        measure="Five shifts shadowed",
                        deadline=date(2026, 12, 15),
                        id=ActionId(1),
                    ),
                    Action("Take the first-line management course", id=ActionId(2)),
                ],
                id=GoalId(1),
            ),
            Goal("Improve written Dutch", kind=GoalKind.PERSONAL, id=GoalId(2)),
            Goal(
                "Work part-time from home",
                kind=GoalKind.PERSONAL,
                feasibility=Feasibility.NOT_NOW,
                id=GoalId(3),
            ),
        ],
        obstacles=[
            Obstacle(ObstacleKind.TIME, "Night shifts", id=ObstacleId(1)),
            Obstacle(ObstacleKind.MONEY, "No training budget left this year", id=ObstacleId(2)),
            Obstacle(ObstacleKind.PERSONAL, "Fear of speaking up in meetings", id=ObstacleId(3)),
        ],
        activities=[DevelopmentActivity(ActivityKind.MENTORING, "Monthly talks with a mentor")],
        id=PlanId(9),
    )
    return agree(plan, datetime(2026, 9, 15, 14, 0))


def test_a_plan_compared_with_itself_or_its_fresh_draft_has_no_changes() -> None:
    agreed = agreed_version_1()
    assert compare(agreed, agreed) == []
    assert compare(agreed, new_draft(agreed, 2)) == []


def test_the_second_version_after_a_review_conversation() -> None:
    old = agreed_version_1()
    new = new_draft(old, 2)
    leadership = new.goals[0]
    leadership.actions[0].measure = "Eight shifts shadowed"
    leadership.actions.append(Action("Lead the Friday toolbox meeting", owner=ActionOwner.EMPLOYEE))
    del new.obstacles[1]
    new.private_remarks = "Mentor only: the offer elsewhere is off the table."

    assert compare(old, new) == [
        PlanChange(
            "action",
            CHANGED,
            "measure",
            "Shadow the shift leader",
            "Five shifts shadowed",
            "Eight shifts shadowed",
        ),
        PlanChange(
            "action",
            ADDED,
            "",
            "Lead the Friday toolbox meeting",
            "",
            "Lead the Friday toolbox meeting",
        ),
        PlanChange(
            "obstacle",
            REMOVED,
            "",
            "No training budget left this year",
            "No training budget left this year",
            "",
        ),
    ]


def test_reordering_goals_is_not_a_change_of_content() -> None:
    old = agreed_version_1()
    new = new_draft(old, 2)
    new.goals.reverse()
    new.goals[0].actions.reverse()
    new.obstacles.reverse()
    assert compare(old, new) == []


def test_a_reordered_and_edited_goal_reports_only_the_edit() -> None:
    old = agreed_version_1()
    new = new_draft(old, 2)
    new.goals = [new.goals[1], new.goals[0], new.goals[2]]
    new.goals[1].description = "Build leadership skills on the floor"
    changes = compare(old, new)
    assert changes == [
        PlanChange(
            "goal",
            CHANGED,
            "description",
            "Build leadership skills on the floor",
            "Build leadership skills",
            "Build leadership skills on the floor",
        )
    ]


def test_case_and_spacing_of_a_description_do_not_break_the_match() -> None:
    old = agreed_version_1()
    new = new_draft(old, 2)
    new.goals = [new.goals[2], new.goals[0], new.goals[1]]
    new.goals[2].description = "improve  written\nDUTCH"
    changes = compare(old, new)
    assert [(c.section, c.kind, c.field) for c in changes] == [("goal", CHANGED, "description")]
    assert changes[0].before == "Improve written Dutch"


def test_plan_fields_come_first_and_are_rendered_as_text() -> None:
    old = agreed_version_1()
    new = new_draft(old, 2)
    new.period_end = date(2027, 12, 31)
    new.review_date = date(2027, 3, 1)
    new.title = "Naar teamleiding"
    new.goals[1].feasibility = Feasibility.NOT_NOW
    new.goals[0].actions[1].status = ActionStatus.DONE
    new.goals[0].actions[1].specific = True
    new.activities[0].hours = 12.0
    new.activities[0].cost_cents = 45_000
    assert [(c.section, c.field, c.before, c.after) for c in compare(old, new)] == [
        ("plan", "title", "Van techniek naar teamleiding", "Naar teamleiding"),
        ("plan", "period_end", "2027-08-31", "2027-12-31"),
        ("plan", "review_date", "", "2027-03-01"),
        ("action", "status", "open", "done"),
        ("action", "specific", "false", "true"),
        ("goal", "feasibility", "feasible", "not_now"),
        ("activity", "hours", "", "12"),
        ("activity", "cost_cents", "", "45000"),
    ]


def test_status_version_and_private_remarks_are_never_reported() -> None:
    old = agreed_version_1()
    new = copy.deepcopy(old)
    new.status = PlanStatus.ARCHIVED
    new.version = 5
    new.frozen_at = None
    new.private_remarks = "Something else the employee must never read"
    assert compare(old, new) == []


def test_a_removed_item_follows_the_item_it_came_after() -> None:
    old = agreed_version_1()
    new = new_draft(old, 2)
    del new.goals[1]
    new.goals.insert(0, Goal("Get the VCA safety certificate"))
    new.goals[1].actions.pop(0)
    new.obstacles.pop(0)
    changes = compare(old, new)
    assert [(c.section, c.kind, c.label) for c in changes] == [
        ("goal", ADDED, "Get the VCA safety certificate"),
        ("action", REMOVED, "Shadow the shift leader"),
        ("goal", REMOVED, "Improve written Dutch"),
        ("obstacle", REMOVED, "Night shifts"),
    ]


def test_an_added_or_removed_goal_brings_its_actions() -> None:
    old = agreed_version_1()
    new = new_draft(old, 2)
    lost = new.goals.pop(0)
    new.goals.append(Goal("Become a prevention adviser", actions=[Action("Ask HR about it")]))
    changes = compare(old, new)
    assert [(c.section, c.kind, c.label) for c in changes] == [
        ("goal", REMOVED, lost.description),
        ("action", REMOVED, "Shadow the shift leader"),
        ("action", REMOVED, "Take the first-line management course"),
        ("goal", ADDED, "Become a prevention adviser"),
        ("action", ADDED, "Ask HR about it"),
    ]


def test_an_obstacle_whose_kind_changed_is_the_same_obstacle() -> None:
    old = agreed_version_1()
    new = new_draft(old, 2)
    new.obstacles[2].kind = ObstacleKind.ORGANISATIONAL
    new.obstacles.insert(0, Obstacle(ObstacleKind.TIME, "Overtime in the summer"))
    assert [(c.section, c.kind, c.field, c.before, c.after) for c in compare(old, new)] == [
        ("obstacle", ADDED, "", "", "Overtime in the summer"),
        ("obstacle", CHANGED, "kind", "personal", "organisational"),
    ]


def test_an_edited_description_is_matched_by_similarity_before_position() -> None:
    old = ["Shadow the shift leader", "Take the first-line management course"]
    new = ["Take the first-line management course in spring", "Shadow the shift leaders"]
    pairs = match(
        [Action(d) for d in old],
        [Action(d) for d in new],
        (lambda a: a.description,),
    )
    assert pairs == {0: 1, 1: 0}


def test_render() -> None:
    assert render(None) == ""
    assert render(date(2027, 1, 2)) == "2027-01-02"
    assert render(datetime(2027, 1, 2, 9, 30)) == "2027-01-02T09:30:00"
    assert render(ActivityKind.CAREER_SAFARI) == "career_safari"
    assert render(True) == "true"
    assert render(2.5) == "2.5" and render(3.0) == "3" and render(7) == "7"


# --- properties ------------------------------------------------------------------------

texts = st.sampled_from(["", "Course", "course ", "Shadow", "Safari in L&D", "Mentor", "x"])
dates = st.none() | st.dates(date(2026, 1, 1), date(2027, 12, 31))
actions = st.builds(
    Action,
    description=texts,
    measure=texts,
    deadline=dates,
    status=st.sampled_from(ActionStatus),
    specific=st.booleans(),
)
goals = st.builds(
    Goal,
    description=texts,
    kind=st.sampled_from(GoalKind),
    feasibility=st.sampled_from(Feasibility),
    actions=st.lists(actions, max_size=3),
)
obstacles = st.builds(
    Obstacle, kind=st.sampled_from(ObstacleKind), description=texts, mitigation=texts
)
activities = st.builds(
    DevelopmentActivity,
    kind=st.sampled_from(ActivityKind),
    description=texts,
    hours=st.none() | st.sampled_from([1.0, 2.5, 8.0]),
)
plans = st.builds(
    DevelopmentPlan,
    mentee_id=st.just(MenteeId(1)),
    title=texts,
    desired_direction=texts,
    period_end=dates,
    private_remarks=texts,
    goals=st.lists(goals, max_size=4),
    obstacles=st.lists(obstacles, max_size=3),
    activities=st.lists(activities, max_size=3),
)


@given(plans)
def test_a_plan_never_differs_from_itself(plan: DevelopmentPlan) -> None:
    assert compare(plan, plan) == []
    assert compare(plan, copy.deepcopy(plan)) == []


@given(plans, st.randoms(use_true_random=False))
def test_shuffling_the_parts_changes_nothing(plan: DevelopmentPlan, rnd: random.Random) -> None:
    shuffled = copy.deepcopy(plan)
    rnd.shuffle(shuffled.goals)
    for goal in shuffled.goals:
        rnd.shuffle(goal.actions)
    rnd.shuffle(shuffled.obstacles)
    rnd.shuffle(shuffled.activities)
    assert compare(plan, shuffled) == []


@given(plans, plans)
def test_every_difference_is_accounted_for(old: DevelopmentPlan, new: DevelopmentPlan) -> None:
    changes = compare(old, new)
    assert changes == compare(old, new), "deterministic"
    for change in changes:
        assert change.section in {"plan", "goal", "action", "obstacle", "activity"}
        assert change.before != change.after or change.kind is not CHANGED
        assert (change.field == "") == (change.kind is not CHANGED)
        assert "private" not in change.field
    counts = {
        section: sum(c.kind is ADDED for c in changes if c.section == section)
        - sum(c.kind is REMOVED for c in changes if c.section == section)
        for section in ("goal", "action", "obstacle", "activity")
    }
    assert counts["goal"] == len(new.goals) - len(old.goals)
    assert counts["action"] == sum(len(g.actions) for g in new.goals) - sum(
        len(g.actions) for g in old.goals
    )
    assert counts["obstacle"] == len(new.obstacles) - len(old.obstacles)
    assert counts["activity"] == len(new.activities) - len(old.activities)


@given(plans, texts)
def test_private_remarks_never_show_up(plan: DevelopmentPlan, remark: str) -> None:
    other = copy.deepcopy(plan)
    other.private_remarks = remark + " (private)"
    assert compare(plan, other) == []
