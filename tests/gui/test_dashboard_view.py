"""The dashboard view: a coach opens the vault on Wednesday and sees what is due."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QListWidget
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import (
    Feasibility,
    Language,
    MenteeStatus,
    SafariStatus,
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
    Mentee,
    QuestionnaireResponse,
)
from mentorapp.gui.dashboard import MENTEE_ID_ROLE, DashboardView
from mentorapp.gui.labels import qdate, short_date
from mentorapp.gui.ops import running_count
from mentorapp.gui.settings import AppSettings
from mentorapp.services import moves, questionnaires
from mentorapp.store.repositories import CoachingSessionRepository, MenteeRepository, PlanRepository
from mentorapp.store.vault import Vault

TODAY = date(2026, 11, 25)  # a Wednesday
CANARY = "KANARIE-privé-51c2"


def days(n: int) -> date:
    return TODAY + timedelta(days=n)


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


class Story:
    """An, active, with something in every section but one; Bram, closed and past retention."""

    def __init__(self, vault: Vault) -> None:
        with vault.transaction() as s:
            mentees, sessions = MenteeRepository(s), CoachingSessionRepository(s)
            an = mentees.add(
                Mentee(full_name="Anneleen Peeters", preferred_name="An", private_background=CANARY)
            )
            bram = mentees.add(
                Mentee(
                    full_name="Bram Janssens",
                    status=MenteeStatus.CLOSED,
                    retention_until=days(-30),
                    private_background=CANARY,
                )
            )
            assert an.id is not None and bram.id is not None
            self.an: MenteeId = an.id
            self.bram: MenteeId = bram.id
            sessions.add(
                CoachingSession(
                    mentee_id=an.id,
                    started_at=at(days(-8)),
                    private_notes=CANARY,
                    agreements="Bel de HR-partner over een loopbaansafari\nLees het boek",
                    next_session_at=at(days(1), 14),
                )
            )
            PlanRepository(s).add(
                DevelopmentPlan(
                    mentee_id=an.id,
                    title="Groeien in de breedte",
                    review_date=days(3),
                    private_remarks=CANARY,
                    goals=[
                        Goal(
                            description="Projectleider worden",
                            actions=[
                                Action("Cv bijwerken", deadline=days(-2)),
                                Action("Gesprek met de leidinggevende", deadline=days(5)),
                            ],
                        )
                    ],
                )
            )


@pytest.fixture
def story(vault: Vault) -> Story:
    return Story(vault)


@pytest.fixture
def view(qtbot: QtBot) -> DashboardView:
    widget = DashboardView()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def refreshed(qtbot: QtBot, view: DashboardView, vault: Vault, today: date = TODAY) -> None:
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.refresh(vault, today)
    assert view.loaded


def texts(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_refresh_shows_what_is_due_with_counts(
    qtbot: QtBot, view: DashboardView, vault: Vault, story: Story
) -> None:
    assert not view.loaded
    refreshed(qtbot, view, vault)

    assert view.heading.text() == "Today"
    assert view.date_label.text() == QLocale().toString(qdate(TODAY), QLocale.FormatType.LongFormat)
    counts = {box.title: box.count_label.text() for box in view.sections}
    assert counts == {
        "Sessions this week": "1",
        "Safaris this week": "0",
        "Actions due": "2",
        "Agreements to follow up": "1",
        "Plan reviews due": "1",
        "Debriefs due": "0",
        "Wishes to look at again": "0",
        "Career check due": "0",  # An was added today
        "Past retention date": "1",
        "No next step": "0",
        "Engagements ending": "0",
    }
    for box in view.sections:
        assert box.count_label.objectName() == "dashboardCount"
        assert box.title_label.objectName() == "sectionTitle"

    actions = texts(view.actions_box.list)
    assert actions[0].startswith(short_date(days(-2)))
    assert "An Peeters · overdue" in actions[0] and actions[0].endswith("\nCv bijwerken")
    assert "overdue" not in actions[1] and actions[1].endswith("Gesprek met de leidinggevende")
    assert view.actions_box.overdue_label.text() == "1 overdue"
    assert view.sessions_box.overdue_label.text() == ""
    assert texts(view.sessions_box.list)[0].endswith("\nPlanned session")
    assert texts(view.agreements_box.list)[0].endswith(
        "\nBel de HR-partner over een loopbaansafari"
    )
    assert texts(view.reviews_box.list)[0].endswith("\nGroeien in de breedte")
    assert texts(view.retention_box.list) == [
        f"{short_date(days(-30))} · Bram Janssens · overdue\nRetention period ended (Closed)"
    ]


def test_an_empty_section_says_so_calmly(
    qtbot: QtBot, view: DashboardView, vault: Vault, story: Story
) -> None:
    refreshed(qtbot, view, vault)

    empty = view.revisits_box
    assert not empty.list.isVisible()
    assert empty.empty_label.isVisible()
    assert empty.empty_label.text() == "Nothing due."
    assert view.actions_box.list.isVisible() and not view.actions_box.empty_label.isVisible()


def test_a_wish_to_look_at_again_appears(qtbot: QtBot, view: DashboardView, vault: Vault) -> None:
    with vault.transaction() as s:
        mentee = MenteeRepository(s).add(Mentee(full_name="Cato Maes"))
        assert mentee.id is not None
        PlanRepository(s).add(
            DevelopmentPlan(
                mentee_id=mentee.id,
                goals=[
                    Goal(
                        "Teamleider worden",
                        feasibility=Feasibility.NOT_NOW,
                        revisit_on=days(7),
                    )
                ],
            )
        )
    refreshed(qtbot, view, vault)

    assert view.revisits_box.count_label.text() == "1"
    assert texts(view.revisits_box.list)[0].endswith("Cato Maes\nTeamleider worden")
    assert view.retention_box.empty_label.text() == "No mentee is past the retention date."
    assert not view.erase_button.isVisible()


def test_a_safari_starting_this_week_and_a_debrief_due(
    qtbot: QtBot, view: DashboardView, vault: Vault
) -> None:
    """Dirk starts a safari on Friday; Els's ended three weeks ago with no debrief yet,
    Fien's has its debrief linked, and Gert's was cancelled: neither of those is due."""
    with vault.transaction() as s:
        people = MenteeRepository(s)
        dirk, els, fien, gert = (
            people.add(Mentee(full_name=name, status=MenteeStatus.ACTIVE))
            for name in ("Dirk Claes", "Els Wouters", "Fien Aerts", "Gert Peeters")
        )
    ids = [MenteeId(m.id) for m in (dirk, els, fien, gert) if m.id is not None]
    plan = [
        CareerSafari(
            ids[0], "Logistiek", private_notes=CANARY, start_date=days(2), end_date=days(9)
        ),
        CareerSafari(
            ids[1],
            "Aankoop",
            private_notes=CANARY,
            start_date=days(-35),
            end_date=days(-21),
            status=SafariStatus.COMPLETED,
        ),
        CareerSafari(ids[2], "HR", start_date=days(-20), end_date=days(-10)),
        CareerSafari(
            ids[3], "IT", start_date=days(-20), end_date=days(-10), status=SafariStatus.CANCELLED
        ),
    ]
    stored = [moves.save_safari(vault, safari).value for safari in plan]
    with vault.transaction() as s:
        debrief = CoachingSessionRepository(s).add(
            CoachingSession(ids[2], at(days(-8)), kind=SessionKind.SAFARI_DEBRIEF)
        )
    assert debrief.id is not None and stored[2].id is not None
    moves.link_debrief(vault, debrief.id, stored[2].id)
    refreshed(qtbot, view, vault)

    assert view.safaris_box.count_label.text() == "1"
    assert texts(view.safaris_box.list) == [
        f"{short_date(days(2))} · Dirk Claes\nSafari at Logistiek"
    ]
    assert view.safaris_box.overdue_label.text() == ""
    assert view.debriefs_box.count_label.text() == "1"
    assert texts(view.debriefs_box.list) == [
        f"{short_date(days(-21))} · Els Wouters · overdue\nDebrief: safari at Aankoop"
    ]
    assert view.debriefs_box.overdue_label.text() == "1 overdue"
    with qtbot.waitSignal(view.mentee_requested, timeout=2000) as asked:
        view.debriefs_box.list.setCurrentRow(0)
        view.debriefs_box.list.itemActivated.emit(view.debriefs_box.list.item(0))
    assert asked.args == [ids[1]]
    assert CANARY not in "\n".join(texts(view.safaris_box.list) + texts(view.debriefs_box.list))


def test_enter_or_double_click_asks_for_the_mentee(
    qtbot: QtBot, view: DashboardView, vault: Vault, story: Story
) -> None:
    refreshed(qtbot, view, vault)
    actions = view.actions_box.list
    actions.setFocus()
    actions.setCurrentRow(1)

    with qtbot.waitSignal(view.mentee_requested, timeout=2000) as by_key:
        qtbot.keyClick(actions, Qt.Key.Key_Return)
    assert by_key.args == [story.an]

    retention = view.retention_box.list
    rect = retention.visualItemRect(retention.item(0))
    with qtbot.waitSignal(view.mentee_requested, timeout=2000) as by_mouse:
        # A real double-click is a click, then the double-click event.
        qtbot.mouseClick(retention.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(retention.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert by_mouse.args == [story.bram]
    assert retention.item(0).data(MENTEE_ID_ROLE) == story.bram


def test_erase_button_offers_exactly_the_mentees_past_retention(
    qtbot: QtBot, view: DashboardView, vault: Vault, story: Story
) -> None:
    refreshed(qtbot, view, vault)
    assert view.erase_button.isVisible()
    assert view.erase_button.text() == "Erase mentees past retention…"

    with qtbot.waitSignal(view.erase_retention_requested, timeout=2000) as asked:
        qtbot.mouseClick(view.erase_button, Qt.MouseButton.LeftButton)
    assert asked.args == [[story.bram]]

    refreshed(qtbot, view, vault, today=days(-60))  # before Bram's retention ended
    assert not view.erase_button.isVisible()
    assert view.retention_box.count_label.text() == "0"


def test_clear_empties_everything_and_ignores_a_load_under_way(
    qtbot: QtBot, view: DashboardView, vault: Vault, story: Story
) -> None:
    refreshed(qtbot, view, vault)
    view.clear()

    def empty() -> None:
        assert not view.loaded
        assert view.date_label.text() == ""
        assert not view.erase_button.isVisible()
        for box in view.sections:
            assert box.list.count() == 0
            assert box.count_label.text() == ""
            assert not box.empty_label.isVisible()

    empty()
    view.refresh(vault, TODAY)
    view.clear()  # the vault locks while the dashboard is still loading
    qtbot.waitUntil(lambda: running_count() == 0, timeout=10000)
    qtbot.wait(50)
    empty()


def test_no_private_text_reaches_the_screen(
    qtbot: QtBot, view: DashboardView, vault: Vault, story: Story
) -> None:
    refreshed(qtbot, view, vault)

    shown = [label.text() for label in view.findChildren(QLabel)]
    for box in view.sections:
        for i in range(box.list.count()):
            item = box.list.item(i)
            shown += [item.text(), item.toolTip()]
    assert any("Anneleen" in text or "An Peeters" in text for text in shown)
    assert not [text for text in shown if CANARY in text]


def test_a_locked_vault_is_said_in_words(qtbot: QtBot, view: DashboardView, vault: Vault) -> None:
    vault.close()
    view.refresh(vault, TODAY)

    qtbot.waitUntil(lambda: view.status_label.text() == "The vault is locked.", timeout=10000)
    assert not view.loaded


def test_keyboard_and_screen_reader_reach_every_list(view: DashboardView) -> None:
    lists = [box.list for box in view.sections]
    for box in view.sections:
        assert box.list.accessibleName() == box.title
        assert box.list.focusPolicy() == Qt.FocusPolicy.StrongFocus

    order = []
    widget = view.sessions_box.list.nextInFocusChain()
    while widget is not view.sessions_box.list and len(order) < 200:
        if widget in lists or widget is view.erase_button:
            order.append(widget)
        widget = widget.nextInFocusChain()
    assert order == [*lists[1:], view.erase_button]


def test_three_columns_on_a_wide_window_two_on_a_narrow_one(
    qtbot: QtBot, view: DashboardView
) -> None:
    def position(box: object) -> tuple[int, int]:
        row, column, _, _ = view.grid.getItemPosition(view.grid.indexOf(box))  # type: ignore[arg-type]
        return row, column

    # The week's sessions and safaris side by side, the debriefs under the reviews.
    assert position(view.safaris_box) == (0, 1)
    assert position(view.agreements_box) == (1, 0)
    assert position(view.debriefs_box) == (1, 2)
    assert position(view.retention_box) == (2, 2)
    view.resize(820, 700)
    qtbot.waitUntil(lambda: position(view.agreements_box) == (1, 1))
    assert position(view.checks_box) == (3, 1)
    assert position(view.retention_box) == (4, 0)


def career_check(vault: Vault, mentee_id: MenteeId, on: date) -> None:
    template = questionnaires.builtin(vault, TemplateKind.CAREER_CHECK, Language.NL)
    assert template.id is not None
    questionnaires.save_response(
        vault, QuestionnaireResponse(template.id, mentee_id, on, {"energy_1": "4"})
    )


def test_career_checks_fall_due_after_the_coach_s_interval(
    qtbot: QtBot, vault: Vault, settings: AppSettings
) -> None:
    with vault.transaction() as s:
        mentees = MenteeRepository(s)
        ids = {
            name: mentees.add(
                Mentee(full_name=name, start_date=start, status=MenteeStatus.ACTIVE)
            ).id
            for name, start in (
                ("Cato Maes", days(-400)),  # never had a check, started long ago
                ("Dries Claes", days(-400)),  # checked 100 days ago
                ("Emma Wouters", days(-400)),  # checked 20 days ago
                ("Fien Lambrecht", days(-20)),  # new: not due yet
            )
        }
    career_check(vault, ids["Dries Claes"], days(-100))  # type: ignore[arg-type]
    career_check(vault, ids["Emma Wouters"], days(-20))  # type: ignore[arg-type]

    view = DashboardView(check_interval_days=lambda: settings.career_check_days)
    qtbot.addWidget(view)
    view.show()
    refreshed(qtbot, view, vault)  # six months: only Cato
    assert texts(view.checks_box.list) == [
        f"{short_date(days(-218))} · Cato Maes\nNo career check yet"
    ]
    assert view.checks_box.overdue_label.text() == ""  # due, not a missed deadline

    settings.career_check_months = 3  # the coach checks more often now
    refreshed(qtbot, view, vault)
    assert view.checks_box.count_label.text() == "2"
    cato, dries = texts(view.checks_box.list)
    assert cato.startswith(short_date(days(-309))) and "Cato Maes" in cato
    assert dries == f"{short_date(days(-9))} · Dries Claes\nLast check on {short_date(days(-100))}"
    assert "overdue" not in cato + dries


def test_a_career_check_due_opens_the_mentee(qtbot: QtBot, vault: Vault) -> None:
    with vault.transaction() as s:
        mentee = MenteeRepository(s).add(
            Mentee(full_name="Cato Maes", start_date=days(-400), status=MenteeStatus.ACTIVE)
        )
    view = DashboardView()
    qtbot.addWidget(view)
    view.show()
    refreshed(qtbot, view, vault)
    item = view.checks_box.list.item(0)
    assert item.data(MENTEE_ID_ROLE) == mentee.id
    with qtbot.waitSignal(view.mentee_requested) as asked:
        view.checks_box.list.itemActivated.emit(item)
    assert asked.args == [mentee.id]
