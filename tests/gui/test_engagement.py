"""A coach records who pays for a mentee's trajectory and sees how much of it is used:
the Overview's engagement box, its edit dialog, and the session editor's Billable box."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentorapp.domain.enums import DueKind, MenteeStatus
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import Engagement, Mentee
from mentorapp.gui.dashboard import DashboardSection, DashboardView
from mentorapp.gui.engagement_dialog import EngagementDialog
from mentorapp.gui.labels import label, short_date
from mentorapp.gui.ops import running_count
from mentorapp.gui.overview_tab import OverviewTab
from mentorapp.gui.session_editor import SessionEditor
from mentorapp.gui.style import PRIVATE_COLOUR
from mentorapp.services import engagements, mentees, sessions
from mentorapp.store.vault import Vault
from tests.gui.a11y import unnamed_focusable


def wait_idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: running_count() == 0, timeout=20000)


def mentee_with_sessions(vault: Vault, billable: int, pro_bono: int = 0) -> Mentee:
    """A mentee with ``billable`` sessions of 90 minutes and ``pro_bono`` ones of an hour."""
    mentee = mentees.add_mentee(
        vault, Mentee(full_name="Zoë Van den Bossche", status=MenteeStatus.ACTIVE)
    ).value
    assert mentee.id is not None
    for day in range(billable + pro_bono):
        started = sessions.start_session(
            vault, MenteeId(mentee.id), datetime(2026, 3, 2 + day, 10, 0)
        ).value
        sessions.save_session(
            vault,
            dataclasses.replace(
                started,
                duration_minutes=90 if day < billable else 60,
                billable=day < billable,
                private_notes="PRIVCANARY",
            ),
        )
    return mentee


def test_overview_shows_used_against_contracted(vault: Vault, qtbot: QtBot) -> None:
    mentee = mentee_with_sessions(vault, billable=3, pro_bono=1)
    assert mentee.id is not None
    engagements.save_engagement(
        vault,
        Engagement(
            MenteeId(mentee.id),
            "Provincie Antwerpen",
            contracted_sessions=8,
            contracted_hours=12,
            start_date=date(2026, 1, 1),
            end_date=date.today() + timedelta(days=200),
            rate_cents=12000,
        ),
    )
    tab = OverviewTab()
    qtbot.addWidget(tab)
    tab.show_mentee(mentee, [], [], vault=vault)
    box = tab.engagement_box
    qtbot.waitUntil(lambda: box.sponsor.text() == "Provincie Antwerpen", timeout=20000)
    # The pro bono session counts for neither the sessions nor the hours.
    assert box.used.text() == "3 of 8 sessions, 4.5 of 12 hours"
    assert PRIVATE_COLOUR not in box.used.styleSheet()  # 3/8 and 4.5/12: not nearly used
    assert box.period.text().startswith("1 January 2026 – ")
    assert "per hour" in box.rate.text()
    assert box.edit_button.text() == "Edit en&gagement…"
    assert unnamed_focusable(box) == []


def test_nearly_used_engagement_is_amber(vault: Vault, qtbot: QtBot) -> None:
    mentee = mentee_with_sessions(vault, billable=4)
    assert mentee.id is not None
    engagements.save_engagement(
        vault, Engagement(MenteeId(mentee.id), "VDAB", contracted_sessions=5)
    )
    tab = OverviewTab()
    qtbot.addWidget(tab)
    tab.show_mentee(mentee, [], [], vault=vault)
    box = tab.engagement_box
    qtbot.waitUntil(lambda: box.sponsor.text() == "VDAB", timeout=20000)
    assert box.used.text() == "4 of 5 sessions, 6 hours"
    assert PRIVATE_COLOUR in box.used.styleSheet()


def test_without_engagement_the_box_offers_one(vault: Vault, qtbot: QtBot) -> None:
    mentee = mentee_with_sessions(vault, billable=1)
    tab = OverviewTab()
    qtbot.addWidget(tab)
    tab.show_mentee(mentee, [], [], vault=vault)
    box = tab.engagement_box
    qtbot.waitUntil(lambda: box.sponsor.text() == "No engagement recorded.", timeout=20000)
    assert box.edit_button.text() == "Add en&gagement…"
    assert box.used.text() == "1 session, 1.5 hours"


def test_the_dialog_saves_an_engagement_and_remove_takes_it_away(
    vault: Vault, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    mentee = mentee_with_sessions(vault, billable=2)
    assert mentee.id is not None
    mentee_id = MenteeId(mentee.id)
    tab = OverviewTab()
    qtbot.addWidget(tab)
    tab.show_mentee(mentee, [], [], vault=vault)
    box = tab.engagement_box
    qtbot.waitUntil(lambda: box.engagement is None and box.vault is vault, timeout=20000)
    wait_idle(qtbot)
    dialog = EngagementDialog(mentee_id, None, ["Stad Gent"], box)
    qtbot.addWidget(dialog)
    sponsor, count = dialog.inputs["sponsor"], dialog.inputs["contracted_sessions"]
    qtbot.keyClicks(sponsor, "Stad Gent")
    count.setValue(10)  # type: ignore[attr-defined]
    end, start = dialog.inputs["end_date"], dialog.inputs["start_date"]
    start.set_value(date(2026, 2, 1))  # type: ignore[attr-defined]
    end.set_value(date(2026, 1, 15))  # type: ignore[attr-defined]
    dialog._accept()
    assert not dialog.result()  # the end lies before the start: not accepted
    assert dialog.hint_label.text() == "The end lies before the start."
    end.set_value(date(2026, 12, 31))  # type: ignore[attr-defined]
    value = dialog.value()
    assert value.contracted_sessions == 10 and isinstance(value.contracted_sessions, int)
    assert value.contracted_hours is None and value.rate_cents is None
    box._save(value)
    qtbot.waitUntil(lambda: box.sponsor.text() == "Stad Gent", timeout=20000)
    saved = engagements.engagement(vault, mentee_id)
    assert saved is not None and saved.end_date == date(2026, 12, 31)
    assert box.used.text() == "2 of 10 sessions, 3 hours"
    assert box.remove_button.isVisibleTo(box)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    box.remove()
    qtbot.waitUntil(lambda: box.sponsor.text() == "No engagement recorded.", timeout=20000)
    assert engagements.engagement(vault, mentee_id) is None
    assert len(sessions.sessions_of(vault, mentee_id)) == 2  # the sessions stay
    assert not box.remove_button.isVisibleTo(box)


def test_billable_is_saved_with_the_session(vault: Vault, qtbot: QtBot) -> None:
    mentee = mentee_with_sessions(vault, billable=1)
    assert mentee.id is not None
    coaching = sessions.sessions_of(vault, MenteeId(mentee.id))[0]
    editor = SessionEditor()
    qtbot.addWidget(editor)
    editor.load(vault, coaching)
    assert editor.billable.isChecked()
    editor.billable.setChecked(False)
    assert editor.dirty
    assert editor.save_now()
    wait_idle(qtbot)
    assert coaching.id is not None
    assert sessions.get_session(vault, coaching.id).billable is False
    editor.load(vault, sessions.get_session(vault, coaching.id))
    assert not editor.billable.isChecked()


def test_dashboard_warns_of_no_next_step_and_engagements_ending(vault: Vault, qtbot: QtBot) -> None:
    """Zoë has met four times, nothing is planned and 4 of her 5 sessions are used;
    Jan's engagement ended yesterday; Mila has a session planned and nothing contracted."""
    zoe = mentee_with_sessions(vault, billable=4)
    assert zoe.id is not None
    engagements.save_engagement(vault, Engagement(MenteeId(zoe.id), "VDAB", contracted_sessions=5))
    jan = mentees.add_mentee(
        vault, Mentee(full_name="Jan Peeters", status=MenteeStatus.ACTIVE)
    ).value
    assert jan.id is not None
    today = date.today()
    engagements.save_engagement(
        vault,
        Engagement(
            MenteeId(jan.id),
            "Stad Gent",
            start_date=date(2026, 1, 1),
            end_date=today - timedelta(1),
        ),
    )
    mila = mentees.add_mentee(
        vault, Mentee(full_name="Mila Claes", status=MenteeStatus.ACTIVE)
    ).value
    assert mila.id is not None
    sessions.start_session(vault, MenteeId(mila.id), datetime.now() + timedelta(days=3))
    view = DashboardView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.refresh(vault, today)
    no_next = texts(view.no_next_box)
    assert sorted(no_next) == [
        "- · Jan Peeters\nNo session yet",
        f"{short_date(date(2026, 3, 5))} · Zoë Van den Bossche\nLast session; nothing planned",
    ]
    assert view.no_next_box.count_label.text() == "2"
    ending = texts(view.engagements_box)
    assert sorted(ending) == sorted(
        [
            f"{short_date(today - timedelta(1))} · Jan Peeters\nStad Gent: used up or ended",
            "- · Zoë Van den Bossche\nVDAB: nearly used up or ending",
        ]
    )
    assert "overdue" not in "".join(ending)  # the line says why itself
    assert "PRIVCANARY" not in "".join(no_next + ending)
    assert label(DueKind.NO_NEXT_STEP) == "No next step"
    assert label(DueKind.ENGAGEMENT) == "Engagement ending"


def texts(section: DashboardSection) -> list[str]:
    return [section.list.item(i).text() for i in range(section.list.count())]
