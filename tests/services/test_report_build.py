"""How ``report.build`` reads the vault: the sessions' counts come back as one JSON row
(read on a second connection while the rest is read and scored) and equal a count of
the session rows; an error on either side reaches the caller."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import date, datetime

import pytest
from sqlalchemy import select

from mentorapp.domain.enums import SessionKind
from mentorapp.domain.report import EVERYONE
from mentorapp.services import report
from mentorapp.store import report_queries as queries
from mentorapp.store.errors import VaultLocked
from mentorapp.store.schema import CoachingSessionRow
from mentorapp.store.vault import Vault
from tests.services.report_data import Person, add_people, team

START, END = date(2026, 1, 1), date(2026, 12, 31)


def _people() -> list[Person]:
    odd = Person(
        "Finance",
        start=date(2025, 3, 1),
        sessions=[
            (SessionKind.CLOSING, datetime(2026, 3, 1, 9), 30, False),
            (SessionKind.CLOSING, datetime(2026, 3, 2, 9), 45, True),
            (SessionKind.FOLLOW_UP, datetime(2025, 12, 31, 23, 59), 60, True),  # before
            (SessionKind.INTAKE, datetime(2026, 12, 31, 23, 59), 50, False),  # last minute
            (SessionKind.INTAKE, datetime(2027, 1, 1, 0, 0), 70, True),  # after
        ],
    )
    return [*team("Finance", 3), odd]


def test_the_sessions_counts_equal_a_count_of_the_rows(vault: Vault) -> None:
    add_people(vault, _people())
    with vault.reading() as db:
        counted = queries.sessions(db, START, END)
        rows = db.execute(
            select(
                CoachingSessionRow.mentee_id,
                CoachingSessionRow.kind,
                CoachingSessionRow.started_at,
                CoachingSessionRow.duration_minutes,
                CoachingSessionRow.billable,
            )
        ).all()
    held: Counter[tuple[int, str]] = Counter()
    minutes: Counter[tuple[int, str]] = Counter()
    paid: Counter[tuple[int, str]] = Counter()
    for mentee, kind, started, duration, billable in rows:
        if START <= started.date() <= END:
            held[(mentee, kind.value)] += 1
            minutes[(mentee, kind.value)] += duration
            paid[(mentee, kind.value)] += duration if billable else 0
    expected = sorted((m, k, n, minutes[(m, k)], paid[(m, k)]) for (m, k), n in held.items())
    assert sorted(counted) == expected
    assert all(type(v) is int for row in counted for v in (row[0], *row[2:]))
    assert (4, "closing", 2, 75, 45) in counted and (4, "intake", 1, 50, 0) in counted


def test_a_vault_without_sessions_in_the_period(vault: Vault) -> None:
    with vault.reading() as db:
        assert queries.sessions(db, START, END) == []
    assert report.build(vault, START, END, None).groups == {EVERYONE: {}}


def test_the_sessions_are_read_on_another_thread(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_people(vault, _people())
    where: list[str] = []
    real = queries.sessions

    def spy(*args: object) -> list[tuple[int, str, int, int, int]]:
        where.append(threading.current_thread().name)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(queries, "sessions", spy)
    cells = report.build(vault, START, END, None).groups[EVERYONE]
    assert cells["sessions.closing"].count == 2
    assert len(where) == 1 and where[0] != threading.current_thread().name


@pytest.mark.parametrize("failing", ["sessions", "mentees"])
def test_an_error_on_either_side_reaches_the_caller(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    add_people(vault, _people())

    def fail(*_args: object) -> None:
        raise VaultLocked("the vault is locked")

    monkeypatch.setattr(queries, failing, fail)
    before = threading.active_count()
    with pytest.raises(VaultLocked):
        report.build(vault, START, END, None)
    assert threading.active_count() == before  # the reading thread has finished
