"""The dashboard: what a coach sees is due on Wednesday 25 November 2026, and what not."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from mentorapp.domain import clock
from mentorapp.domain.enums import (
    ActionStatus,
    DueKind,
    Feasibility,
    Language,
    MenteeStatus,
    PlanStatus,
    SessionKind,
    TemplateKind,
)
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import (
    Action,
    CareerSafari,
    CoachingSession,
    DevelopmentPlan,
    Goal,
    JobCraftingCanvas,
    Mentee,
    QuestionnaireResponse,
)
from mentorapp.store.dashboard import PLANNED_SESSION, Dashboard, DueItem, load_dashboard
from mentorapp.store.moves_repository import CanvasRepository
from mentorapp.store.questionnaire_repository import QuestionnaireRepository
from mentorapp.store.repositories import (
    CoachingSessionRepository,
    MenteeRepository,
    PlanRepository,
    SafariRepository,
)
from mentorapp.store.schema import Base
from mentorapp.store.vault import Vault

TODAY = date(2026, 11, 25)  # a Wednesday: the week runs from Monday 23 to Sunday 29
CANARY = "KANARIE-geheim-7f3a"


def at(day: date, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def add_mentee(
    s: Session,
    name: str,
    *,
    preferred: str = "",
    status: MenteeStatus = MenteeStatus.ACTIVE,
    retention_until: date | None = None,
    start: date | None = None,
) -> MenteeId:
    mentee = MenteeRepository(s).add(
        Mentee(
            full_name=name,
            preferred_name=preferred,
            status=status,
            start_date=start,
            retention_until=retention_until,
            private_background=f"{CANARY} achtergrond",
        )
    )
    assert mentee.id is not None
    return mentee.id


def log_session(
    s: Session,
    mentee_id: MenteeId,
    started_at: datetime,
    *,
    next_at: datetime | None = None,
    agreements: str = "",
    kind: SessionKind = SessionKind.FOLLOW_UP,
) -> int:
    coaching = CoachingSessionRepository(s).add(
        CoachingSession(
            mentee_id=mentee_id,
            started_at=started_at,
            kind=kind,
            private_notes=f"{CANARY} notities",
            shared_summary="Samenvatting die gedeeld mag worden.",
            agreements=agreements,
            next_session_at=next_at,
        )
    )
    assert coaching.id is not None
    return coaching.id


def add_plan(
    s: Session,
    mentee_id: MenteeId,
    version: int,
    *,
    status: PlanStatus = PlanStatus.AGREED,
    title: str = "",
    review_date: date | None = None,
    goals: list[Goal] | None = None,
) -> DevelopmentPlan:
    return PlanRepository(s).add(
        DevelopmentPlan(
            mentee_id=mentee_id,
            version=version,
            status=status,
            title=title or f"Plan v{version}",
            review_date=review_date,
            private_remarks=f"{CANARY} opmerkingen",
            goals=goals or [],
        )
    )


def goal_with_actions(*actions: Action, description: str = "Groeien in de breedte") -> Goal:
    return Goal(description=description, actions=list(actions))


def load(
    vault: Vault, today: date = TODAY, horizon_days: int = 14, check_interval_days: int = 182
) -> Dashboard:
    with vault.reading() as s:
        return load_dashboard(s, today, horizon_days, check_interval_days=check_interval_days)


def answer(
    s: Session, mentee_id: MenteeId, on: date, kind: TemplateKind = TemplateKind.CAREER_CHECK
) -> int:
    """A response to the Dutch built-in of ``kind`` on ``on``, the interpretation private."""
    repo = QuestionnaireRepository(s)
    template = repo.builtin(kind, Language.NL)
    assert template is not None and template.id is not None
    response = repo.add_response(
        QuestionnaireResponse(
            template.id,
            mentee_id,
            on,
            {"energy_1": "3"},
            private_interpretation=f"{CANARY} duiding",
        )
    )
    assert response.id is not None
    return response.id


def lines(items: list[DueItem]) -> list[tuple[str, object, str, bool]]:
    return [(i.mentee_name, i.when, i.title, i.overdue) for i in items]


def test_an_empty_vault_says_it_has_no_mentees(vault: Vault) -> None:
    empty = load(vault)
    assert not empty.has_mentees
    assert not any(getattr(empty, f) for f in ("sessions_this_week", "actions", "agreements"))
    with vault.transaction() as s:
        add_mentee(s, "An Peeters", status=MenteeStatus.CLOSED)
    assert load(vault).has_mentees  # a closed mentee is still in the vault


# ---- sessions this week ---------------------------------------------------------------


def test_sessions_this_week_show_logged_and_planned_sessions_once(vault: Vault) -> None:
    with vault.transaction() as s:
        an = add_mentee(s, "An Peeters")
        log_session(s, an, at(days(-5)))  # last Friday: not this week
        monday = log_session(s, an, at(days(-2), 9), kind=SessionKind.CAREER_CONVERSATION)
        sunday = log_session(s, an, at(days(4), 23, 30))
        log_session(s, an, at(days(5), 0, 0))  # next Monday, midnight: not this week

        bram = add_mentee(s, "Bram Janssens", preferred="Bramke")
        planned = log_session(s, bram, at(days(-7)), next_at=at(days(1), 14))

        cato = add_mentee(s, "Cato Maes")
        missed = log_session(s, cato, at(days(-9)), next_at=at(days(-1), 11))

        # Dirk's planned Monday session was held (logged a bit later): shown once.
        dirk = add_mentee(s, "Dirk Wouters")
        log_session(s, dirk, at(days(-16)), next_at=at(days(-2), 10))
        held = log_session(s, dirk, at(days(-2), 10, 15))

        # Els rescheduled: her latest session plans the next one after this week.
        els = add_mentee(s, "Els Goossens")
        log_session(s, els, at(days(-20)), next_at=at(days(2)))
        log_session(s, els, at(days(-6)), next_at=at(days(15)))

        # Fien had a quick call after planning: the plan still stands.
        fien = add_mentee(s, "Fien Smets")
        plan_call = log_session(s, fien, at(days(-8)), next_at=at(days(3), 16))
        log_session(s, fien, at(days(-3), 17))  # not this week (Sunday before)

        gust = add_mentee(s, "Gust Claes", status=MenteeStatus.CLOSED)
        log_session(s, gust, at(days(0)), next_at=at(days(1)))

    found = load(vault).sessions_this_week

    assert lines(found) == [
        ("An Peeters", at(days(-2), 9), "career_conversation", False),
        ("Dirk Wouters", at(days(-2), 10, 15), "follow_up", False),
        ("Cato Maes", at(days(-1), 11), PLANNED_SESSION, True),
        ("Bramke Janssens", at(days(1), 14), PLANNED_SESSION, False),
        ("Fien Smets", at(days(3), 16), PLANNED_SESSION, False),
        ("An Peeters", at(days(4), 23, 30), "follow_up", False),
    ]
    assert [i.record_id for i in found] == [monday, held, missed, planned, plan_call, sunday]
    assert {i.kind for i in found} == {"session"}
    assert found[0].mentee_id == an


def test_the_week_starts_on_monday_even_on_a_sunday(vault: Vault) -> None:
    sunday = date(2026, 11, 29)
    with vault.transaction() as s:
        an = add_mentee(s, "An Peeters")
        log_session(s, an, at(date(2026, 11, 23), 8))
        log_session(s, an, at(date(2026, 11, 30), 8))

    found = load(vault, today=sunday).sessions_this_week

    assert [i.when for i in found] == [at(date(2026, 11, 23), 8)]


# ---- actions --------------------------------------------------------------------------


def test_actions_come_from_the_current_plan_within_the_horizon(vault: Vault) -> None:
    with vault.transaction() as s:
        an = add_mentee(s, "An Peeters")
        add_plan(
            s,
            an,
            1,
            status=PlanStatus.ARCHIVED,
            goals=[goal_with_actions(Action("Oude actie uit versie 1", deadline=days(2)))],
        )
        add_plan(
            s,
            an,
            2,
            goals=[
                goal_with_actions(
                    Action("Te laat: cv bijwerken", deadline=days(-5)),
                    Action(
                        "Vandaag: vacature bekijken",
                        deadline=days(0),
                        status=ActionStatus.IN_PROGRESS,
                    ),
                    Action("Op de grens: safari plannen", deadline=days(14)),
                    Action("Net te laat voor het venster", deadline=days(15)),
                    Action("Al gedaan", deadline=days(1), status=ActionStatus.DONE),
                    Action("Laten vallen", deadline=days(1), status=ActionStatus.DROPPED),
                    Action("Zonder deadline"),
                ),
                goal_with_actions(
                    Action("Tweede doel: gesprek met HR", deadline=days(3)),
                    description="Job crafting",
                ),
            ],
        )
        bram = add_mentee(s, "Bram Janssens")
        add_plan(s, bram, 1, goals=[goal_with_actions(Action("Bram: netwerken", deadline=days(1)))])
        cato = add_mentee(s, "Cato Maes", status=MenteeStatus.CLOSED)
        add_plan(s, cato, 1, goals=[goal_with_actions(Action("Gesloten", deadline=days(1)))])
        dirk = add_mentee(s, "Dirk Wouters")
        add_plan(
            s,
            dirk,
            1,
            status=PlanStatus.ARCHIVED,
            goals=[goal_with_actions(Action("Gearchiveerd plan", deadline=days(1)))],
        )

    found = load(vault).actions

    assert lines(found) == [
        ("An Peeters", days(-5), "Te laat: cv bijwerken", True),
        ("An Peeters", days(0), "Vandaag: vacature bekijken", False),
        ("Bram Janssens", days(1), "Bram: netwerken", False),
        ("An Peeters", days(3), "Tweede doel: gesprek met HR", False),
        ("An Peeters", days(14), "Op de grens: safari plannen", False),
    ]
    assert {i.kind for i in found} == {"action"}
    assert all(i.record_id is not None for i in found)


def test_a_longer_horizon_shows_later_actions(vault: Vault) -> None:
    with vault.transaction() as s:
        an = add_mentee(s, "An Peeters")
        add_plan(s, an, 1, goals=[goal_with_actions(Action("Later", deadline=days(25)))])

    assert load(vault).actions == []
    assert [i.title for i in load(vault, horizon_days=30).actions] == ["Later"]


# ---- agreements -----------------------------------------------------------------------


def test_agreements_of_the_latest_session_when_the_follow_up_is_near(vault: Vault) -> None:
    with vault.transaction() as s:
        an = add_mentee(s, "An Peeters")
        log_session(s, an, at(days(-30)), agreements="Oude afspraak", next_at=at(days(-14)))
        an_latest = log_session(
            s,
            an,
            at(days(-14)),
            agreements="\n  Bel de HR-partner  \nLees 'Squiggly careers'",
            next_at=at(days(3)),
        )
        bram = add_mentee(s, "Bram Janssens")
        log_session(s, bram, at(days(-20)), agreements="Cv herschrijven", next_at=at(days(-1)))
        cato = add_mentee(s, "Cato Maes")
        log_session(s, cato, at(days(-7)), agreements="Op de grens", next_at=at(days(7), 23))
        dirk = add_mentee(s, "Dirk Wouters")
        log_session(s, dirk, at(days(-7)), agreements="Te ver weg", next_at=at(days(8), 9))
        # Els's latest session has no agreements; an older one, typed in afterwards, has.
        els = add_mentee(s, "Els Goossens")
        log_session(s, els, at(days(-6)), next_at=at(days(2)))
        log_session(s, els, at(days(-20)), agreements="Al opgevolgd", next_at=at(days(-6)))
        fien = add_mentee(s, "Fien Smets")
        log_session(s, fien, at(days(-6)), agreements="  \n\t ", next_at=at(days(2)))
        gust = add_mentee(s, "Gust Claes")
        log_session(s, gust, at(days(-6)), agreements="Geen volgende sessie gepland")
        hilde = add_mentee(s, "Hilde Peeters", status=MenteeStatus.CLOSED)
        log_session(s, hilde, at(days(-6)), agreements="Gesloten", next_at=at(days(2)))

    found = load(vault).agreements

    assert lines(found) == [  # Bram's follow-up was yesterday: no session planned now
        ("An Peeters", at(days(3)), "Bel de HR-partner", False),
        ("Cato Maes", at(days(7), 23), "Op de grens", False),
    ]
    assert found[0].record_id == an_latest
    assert {i.kind for i in found} == {"agreement"}


def test_agreements_wait_for_a_planned_next_session(vault: Vault) -> None:
    """No next session ahead, no agreements to follow up: as the mentee list says it."""
    with vault.transaction() as s:
        # An's planned session was yesterday and nothing was logged since: the mentee
        # list shows no next session, so the dashboard has nothing to follow up either.
        an = add_mentee(s, "An Peeters")
        log_session(s, an, at(days(-14)), agreements="Cv herschrijven", next_at=at(days(-1)))
        # Bram's latest session (a phone call) has agreements and plans nothing; an
        # older one planned a session this week. Those agreements wait for a plan too.
        bram = add_mentee(s, "Bram Janssens")
        log_session(s, bram, at(days(-20)), next_at=at(days(2)))
        log_session(s, bram, at(days(-6)), agreements="Lees het boek")
        # Cato's session is today, earlier than now: still today's follow-up.
        cato = add_mentee(s, "Cato Maes")
        log_session(s, cato, at(days(-7)), agreements="Vandaag bespreken", next_at=at(TODAY, 8))

    board = load(vault)

    assert lines(board.agreements) == [("Cato Maes", at(TODAY, 8), "Vandaag bespreken", False)]
    week = [(i.mentee_name, i.overdue) for i in board.sessions_this_week]
    assert week == [("An Peeters", True), ("Cato Maes", False), ("Bram Janssens", False)]


def test_two_sessions_at_the_same_time_the_later_stored_one_is_latest(vault: Vault) -> None:
    with vault.transaction() as s:
        an = add_mentee(s, "An Peeters")
        log_session(s, an, at(days(-7)), agreements="Eerste", next_at=at(days(1)))
        second = log_session(s, an, at(days(-7)), agreements="Tweede", next_at=at(days(1)))

    found = load(vault).agreements

    assert [(i.title, i.record_id) for i in found] == [("Tweede", second)]


# ---- plan reviews and wishes to look at again -----------------------------------------


def test_reviews_of_current_plans_only(vault: Vault) -> None:
    with vault.transaction() as s:
        an = add_mentee(s, "An Peeters")
        add_plan(s, an, 1, status=PlanStatus.ARCHIVED, review_date=days(1))
        current = add_plan(s, an, 2, title="Groeien in de breedte", review_date=days(-3))
        bram = add_mentee(s, "Bram Janssens")  # only an old version was due
        add_plan(s, bram, 1, status=PlanStatus.ARCHIVED, review_date=days(2))
        add_plan(s, bram, 2, status=PlanStatus.DRAFT, review_date=days(40))
        cato = add_mentee(s, "Cato Maes")
        add_plan(s, cato, 1, status=PlanStatus.SHARED, title="Safari", review_date=days(14))
        dirk = add_mentee(s, "Dirk Wouters")
        add_plan(s, dirk, 1, status=PlanStatus.ARCHIVED, review_date=days(1))
        els = add_mentee(s, "Els Goossens", status=MenteeStatus.CLOSED)
        add_plan(s, els, 1, review_date=days(1))
        fien = add_mentee(s, "Fien Smets")
        add_plan(s, fien, 1, review_date=None)

    found = load(vault).reviews

    assert lines(found) == [
        ("An Peeters", days(-3), "Groeien in de breedte", True),
        ("Cato Maes", days(14), "Safari", False),
    ]
    assert found[0].record_id == current.id


def test_wishes_not_feasible_now_come_back_on_their_revisit_date(vault: Vault) -> None:
    def wish(text_: str, revisit: date | None, feasible: bool = False) -> Goal:
        return Goal(
            description=text_,
            feasibility=Feasibility.FEASIBLE if feasible else Feasibility.NOT_NOW,
            feasibility_note="Nu geen budget",
            revisit_on=revisit,
        )

    with vault.transaction() as s:
        an = add_mentee(s, "An Peeters")
        add_plan(s, an, 1, goals=[wish("Oude wens uit versie 1", days(1))])
        add_plan(
            s,
            an,
            2,
            goals=[
                wish("Teamleider worden", days(-10)),
                wish("Masteropleiding", days(10)),
                wish("Later bekijken", days(15)),
                wish("Haalbaar doel met datum", days(1), feasible=True),
                wish("Zonder datum", None),
            ],
        )
        bram = add_mentee(s, "Bram Janssens", status=MenteeStatus.CLOSED)
        add_plan(s, bram, 1, goals=[wish("Gesloten", days(1))])

    found = load(vault).revisits

    assert lines(found) == [
        ("An Peeters", days(-10), "Teamleider worden", True),
        ("An Peeters", days(10), "Masteropleiding", False),
    ]
    assert {i.kind for i in found} == {"revisit"}


# ---- retention ------------------------------------------------------------------------


def test_a_career_check_falls_due_the_interval_after_the_last_one(vault: Vault) -> None:
    with vault.transaction() as s:
        due_today = add_mentee(s, "Anke Vos")
        checked = answer(s, due_today, days(-182))
        recent = add_mentee(s, "Bram Smet")
        answer(s, recent, days(-400))
        answer(s, recent, days(-181))
        prepared = add_mentee(s, "Cato Peeters")
        old_check = answer(s, prepared, days(-300))
        answer(s, prepared, days(-10), TemplateKind.PREPARATION)  # not a check
        never = add_mentee(s, "Dirk Maes", start=days(-200))
        add_mentee(s, "Eva Wouters", start=days(-100))  # started too recently
        paused = add_mentee(s, "Fien Claes", status=MenteeStatus.PAUSED)
        answer(s, paused, days(-300))
        intake = add_mentee(s, "Geert Mertens", status=MenteeStatus.INTAKE, start=days(-300))
        copied = add_mentee(s, "Hanne Jacobs")
        answer(s, copied, days(-300))
        check = QuestionnaireRepository(s).builtin(TemplateKind.CAREER_CHECK, Language.NL)
        assert check is not None and check.id is not None
        own = QuestionnaireRepository(s).add_template(
            dataclasses.replace(check, id=None, family="own-1", built_in=False, name="Onze check")
        )
        assert own.id is not None
        QuestionnaireRepository(s).add_response(
            QuestionnaireResponse(own.id, copied, days(-5), {"energy_1": "4"})  # a copy counts
        )
        left_empty = add_mentee(s, "Ilse Janssens")
        earlier = answer(s, left_empty, days(-250))
        QuestionnaireRepository(s).add_response(  # started, never filled in: no check
            QuestionnaireResponse(check.id, left_empty, days(-2), {"energy_1": "", "note": "x"})
        )

    board = load(vault)

    assert [
        (i.mentee_id, i.when, i.title, i.overdue, i.record_id) for i in board.career_checks
    ] == [
        (prepared, days(-118), "Loopbaancheck", True, old_check),
        (left_empty, days(-68), "Loopbaancheck", True, earlier),
        (never, days(-18), "", True, None),
        (due_today, TODAY, "Loopbaancheck", False, checked),
    ]
    assert {i.kind for i in board.career_checks} == {DueKind.CAREER_CHECK}
    assert intake not in [i.mentee_id for i in board.career_checks]
    sooner = load(vault, check_interval_days=90)
    assert recent in [i.mentee_id for i in sooner.career_checks]


def test_a_mentee_added_without_a_start_date_counts_from_the_day_added(vault: Vault) -> None:
    with vault.transaction() as s:
        mentee = add_mentee(s, "Ilse Wouters")
    added = clock.now().date()
    assert load(vault, today=added + timedelta(days=181)).career_checks == []
    (item,) = load(vault, today=added + timedelta(days=182)).career_checks
    assert (item.mentee_id, item.when, item.overdue) == (mentee, added + timedelta(days=182), False)


def test_mentees_past_their_retention_date_closed_ones_included(vault: Vault) -> None:
    with vault.transaction() as s:
        closed = add_mentee(s, "An Peeters", status=MenteeStatus.CLOSED, retention_until=days(-400))
        active = add_mentee(s, "Bram Janssens", retention_until=days(-1))
        add_mentee(s, "Cato Maes", status=MenteeStatus.CLOSED, retention_until=days(0))
        add_mentee(s, "Dirk Wouters", status=MenteeStatus.CLOSED)

    board = load(vault)

    assert lines(board.past_retention) == [
        ("An Peeters", days(-400), "closed", True),
        ("Bram Janssens", days(-1), "active", True),
    ]
    assert board.past_retention_ids == [closed, active]
    assert [i.record_id for i in board.past_retention] == [closed, active]


# ---- privacy and cost -----------------------------------------------------------------


@pytest.fixture
def busy_vault(vault: Vault) -> Vault:
    """Something due in every category, and a canary in every private field."""
    with vault.transaction() as s:
        an = add_mentee(s, "An Peeters", retention_until=days(-1))
        log_session(s, an, at(days(-7)), agreements=f"Afspraak\n{CANARY}?", next_at=at(days(1)))
        log_session(s, an, at(days(-1)), agreements="Cv bijwerken", next_at=at(days(2)))
        add_plan(
            s,
            an,
            1,
            review_date=days(1),
            goals=[
                goal_with_actions(Action("Vacature bekijken", deadline=days(1))),
                Goal(
                    description="Teamleider worden",
                    feasibility=Feasibility.NOT_NOW,
                    revisit_on=days(1),
                ),
            ],
        )
        for start in (days(1), days(-30)):  # starting this week; ended without a debrief
            SafariRepository(s).add(
                CareerSafari(
                    mentee_id=an,
                    host_department="HR",
                    start_date=start,
                    end_date=start + timedelta(days=3),
                    private_notes=f"{CANARY} safari",
                )
            )
        CanvasRepository(s).save(
            JobCraftingCanvas(mentee_id=an, tasks_now="Plannen", private_notes=f"{CANARY} canvas")
        )
        answer(s, an, days(-10), TemplateKind.PREPARATION)
        answer(s, an, days(-200))
    return vault


def private_columns() -> list[tuple[str, str]]:
    return [
        (table.name, column.name)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if column.name.startswith("private_")
    ]


def test_private_text_never_reaches_the_dashboard(busy_vault: Vault) -> None:
    with busy_vault.reading() as s:  # the canary really is in every private column
        for table, column in private_columns():
            planted = s.scalar(
                text(f'SELECT count(*) FROM "{table}" WHERE "{column}" LIKE :c'),
                {"c": f"%{CANARY}%"},
            )
            assert planted, f"no canary planted in {table}.{column}"

    board = load(busy_vault)

    for name in (
        "sessions_this_week",
        "actions",
        "agreements",
        "reviews",
        "revisits",
        "career_checks",
        "safaris_starting",
        "debriefs_due",
    ):
        assert getattr(board, name), f"{name} should have an item"
    assert board.past_retention
    assert CANARY not in repr(board)


def test_the_dashboard_costs_the_same_few_queries_for_any_number_of_mentees(
    busy_vault: Vault,
) -> None:
    def statements(vault: Vault) -> int:
        seen: list[str] = []

        def count(*args: object) -> None:
            seen.append(str(args[2]))

        engine = vault.engine
        event.listen(engine, "before_cursor_execute", count)
        try:
            load(vault)
        finally:
            event.remove(engine, "before_cursor_execute", count)
        return len([sql for sql in seen if sql.lstrip().upper().startswith("SELECT")])

    few = statements(busy_vault)
    with busy_vault.transaction() as s:
        for n in range(40):
            mid = add_mentee(s, f"Mentee {n:02d}", retention_until=days(-1))
            log_session(s, mid, at(days(-3)), agreements="Afspraak", next_at=at(days(1)))
            add_plan(
                s,
                mid,
                1,
                review_date=days(2),
                goals=[goal_with_actions(Action("Actie", deadline=days(3)))],
            )
    many = statements(busy_vault)

    assert few == many <= 9
    board = load(busy_vault)
    assert len(board.reviews) == 41 and len(board.agreements) == 41
