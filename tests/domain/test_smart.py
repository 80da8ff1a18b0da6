"""SMART checks: what a coach sees when an action in a development plan is still vague."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from mentorapp.domain.enums import Feasibility
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Action, DevelopmentPlan, Goal
from mentorapp.domain.smart import SmartCheck, SmartCriterion, check_action, plan_smart_report

S, M, A, R, T = (
    SmartCriterion.SPECIFIC,
    SmartCriterion.MEASURABLE,
    SmartCriterion.ACHIEVABLE,
    SmartCriterion.RELEVANT,
    SmartCriterion.TIME_BOUND,
)
PERIOD = (date(2026, 9, 1), date(2027, 6, 30))


SMART = Action(
    description="Follow the two-day course on facilitating workshops",
    measure="certificate received and one workshop given to the team",
    deadline=date(2027, 3, 31),
    specific=True,
    achievable=True,
    relevant=True,
)


def smart_action(**changes: Any) -> Action:
    return dataclasses.replace(SMART, **changes)


def test_a_fully_worked_out_action_is_smart() -> None:
    check = check_action(smart_action(), *PERIOD)
    assert check.ok
    assert check.missing == ()


def test_an_action_from_a_first_conversation_misses_everything() -> None:
    check = check_action(Action(description="Do something with people"), *PERIOD)
    assert not check.ok
    assert check.missing == (S, M, A, R, T)


def test_a_deadline_after_the_plan_period_is_not_time_bound() -> None:
    late = smart_action(deadline=date(2027, 7, 1))
    early = smart_action(deadline=date(2026, 8, 31))
    assert check_action(late, *PERIOD).missing == (T,)
    assert check_action(early, *PERIOD).missing == (T,)


def test_the_period_edges_count_as_inside() -> None:
    start, end = PERIOD
    assert check_action(smart_action(deadline=start), *PERIOD).ok
    assert check_action(smart_action(deadline=end), *PERIOD).ok


def test_an_open_side_of_the_period_is_not_checked() -> None:
    far = smart_action(deadline=date(2035, 1, 1))
    old = smart_action(deadline=date(2001, 1, 1))
    assert check_action(far, PERIOD[0], None).ok
    assert check_action(old, PERIOD[0], None).missing == (T,)
    assert check_action(old, None, PERIOD[1]).ok
    assert check_action(far, None, None).ok


def test_no_deadline_is_never_time_bound_even_without_a_period() -> None:
    assert check_action(smart_action(deadline=None), None, None).missing == (T,)


def test_a_blank_measure_or_description_does_not_count() -> None:
    assert check_action(smart_action(measure="  \n\t"), *PERIOD).missing == (M,)
    # The coach ticked "specific", but there is nothing written to be specific about.
    assert check_action(smart_action(description="   "), *PERIOD).missing == (S,)


def test_each_tick_is_the_coachs_judgement() -> None:
    assert check_action(smart_action(specific=False), *PERIOD).missing == (S,)
    assert check_action(smart_action(achievable=False), *PERIOD).missing == (A,)
    assert check_action(smart_action(relevant=False), *PERIOD).missing == (R,)


def test_a_check_lists_the_criteria_in_smart_order() -> None:
    assert SmartCheck((T, S, M, S)).missing == (S, M, T)
    assert [c.value for c in SmartCriterion] == [
        "specific",
        "measurable",
        "achievable",
        "relevant",
        "time_bound",
    ]


def test_the_plan_report_skips_wishes_that_are_not_feasible_now() -> None:
    plan = DevelopmentPlan(
        mentee_id=MenteeId(1),
        period_start=PERIOD[0],
        period_end=PERIOD[1],
        goals=[
            Goal(
                "Grow into a team coordinator role",
                actions=[smart_action(), smart_action(measure=""), smart_action()],
            ),
            Goal(
                "Move to the Antwerp office",
                feasibility=Feasibility.NOT_NOW,
                feasibility_note="No openings before the reorganisation; look again in spring.",
                actions=[Action(description="Ask about openings")],
            ),
            Goal(
                "Keep energy up",
                actions=[smart_action(deadline=date(2027, 9, 1), relevant=False)],
            ),
        ],
    )
    report = plan_smart_report(plan)
    assert report == [
        (0, 1, SmartCheck((M,))),
        (2, 0, SmartCheck((R, T))),
    ]


def test_an_empty_plan_has_nothing_to_report() -> None:
    assert plan_smart_report(DevelopmentPlan(mentee_id=MenteeId(1))) == []


@given(
    description=st.text(max_size=20),
    measure=st.text(max_size=20),
    deadline=st.none() | st.dates(date(2020, 1, 1), date(2030, 12, 31)),
    ticks=st.tuples(st.booleans(), st.booleans(), st.booleans()),
    start=st.none() | st.dates(date(2020, 1, 1), date(2030, 12, 31)),
    length=st.integers(0, 1000),
)
def test_the_check_agrees_with_the_rules(
    description: str,
    measure: str,
    deadline: date | None,
    ticks: tuple[bool, bool, bool],
    start: date | None,
    length: int,
) -> None:
    end = None if start is None else start + timedelta(days=length)
    action = Action(
        description=description,
        measure=measure,
        deadline=deadline,
        specific=ticks[0],
        achievable=ticks[1],
        relevant=ticks[2],
    )
    missing = check_action(action, start, end).missing
    assert (S in missing) == (not ticks[0] or description.strip() == "")
    assert (M in missing) == (measure.strip() == "")
    assert (A in missing) == (not ticks[1])
    assert (R in missing) == (not ticks[2])
    if deadline is None:
        inside = False
    else:
        inside = (start is None or start <= deadline) and (end is None or deadline <= end)
    assert (T in missing) == (not inside)
    assert list(missing) == sorted(missing, key=list(SmartCriterion).index)
