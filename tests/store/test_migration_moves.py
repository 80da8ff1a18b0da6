"""Migration 0005 (moves in practice) on a vault of schema 0004 full of records."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from alembic import command

from mentorapp.domain.enums import ActivityKind, MoveKind, SafariStatus, SessionKind
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import (
    Action,
    CareerSafari,
    CoachingSession,
    DevelopmentActivity,
    DevelopmentPlan,
    Goal,
    Move,
    SkillEntry,
)
from mentorapp.store import backup, migrate, search
from mentorapp.store.repositories import (
    CoachingSessionRepository,
    MoveRepository,
    PlanRepository,
    SafariRepository,
    SkillRepository,
)
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session
from tests.store.answers import add_answers
from tests.store.migration_rows import RowSnapshot


def _downgrade_to(vault: Vault, revision: str) -> None:
    config = migrate.alembic_config()
    with vault.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def _fill(vault: Vault) -> MenteeId:
    """What a 0004 vault holds: sessions (one a safari debrief), a plan, safaris, skills,
    moves, answers. Written at the head schema; going down to 0004 drops what is new."""
    mentee = add_mentee_with_session(vault, private="wil iets anders", shared="gesprek")
    with vault.transaction() as s:
        for status, start, end in (
            (SafariStatus.COMPLETED, date(2026, 9, 1), date(2026, 9, 5)),
            (SafariStatus.CANCELLED, date(2026, 9, 20), date(2026, 9, 22)),
            (SafariStatus.PLANNED, date(2027, 1, 10), date(2027, 1, 14)),
        ):
            SafariRepository(s).add(
                CareerSafari(
                    mentee,
                    f"Dienst {status.value}",
                    start_date=start,
                    end_date=end,
                    status=status,
                    shared_reflection=f"reflectie{status.value}",
                    private_notes="privesafari",
                )
            )
        CoachingSessionRepository(s).add(
            CoachingSession(mentee, datetime(2026, 9, 30, 10), kind=SessionKind.SAFARI_DEBRIEF)
        )
        SkillRepository(s).add(SkillEntry(mentee, "Plannen", 2, 4, evidence="bewijsstukske"))
        MoveRepository(s).add(
            Move(mentee, MoveKind.LATERAL, "gemaakte stap", "A", "B", date(2026, 6, 1))
        )
        MoveRepository(s).add(Move(mentee, MoveKind.EXTERNAL, "overwogen stap"))
        PlanRepository(s).add(
            DevelopmentPlan(
                mentee_id=mentee,
                title="Plan",
                goals=[Goal("Doel", actions=[Action("Actie", measure="maat")])],
                activities=[DevelopmentActivity(ActivityKind.CAREER_SAFARI, "Safari")],
            )
        )
    add_answers(vault, mentee, {"note": "antwoord"}, private="duiding")
    return mentee


def test_a_0004_vault_keeps_every_row_and_gains_the_new_records(tmp_path: Path) -> None:
    folder = tmp_path / "old.mentorvault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    mentee = _fill(vault)
    _downgrade_to(vault, "0004_questionnaires")
    before = RowSnapshot.take(vault)
    assert before.row_count > 20
    assert "made" not in before.columns["moves"]
    with vault.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM search_index").scalar() == 6  # none new
    vault.close()

    with Vault.open(folder, PASSPHRASE) as opened:
        assert migrate.schema_version(opened.engine) == migrate.head_revision()
        assert before.read(opened) == before.digest
        with opened.reading() as s:
            moves = MoveRepository(s).for_mentee(mentee)
            sessions = CoachingSessionRepository(s).for_mentee(mentee)
            safaris = SafariRepository(s).for_mentee(mentee)
            hits = {
                h.kind for word in ("reflectie", "bewijs", "stap") for h in search.search(s, word)
            }
        # A dated move happened; the debrief looks back on the safari that ended before it.
        assert [(m.description, m.made) for m in moves] == [
            ("gemaakte stap", True),
            ("overwogen stap", False),
        ]
        debrief = next(c for c in sessions if c.kind == SessionKind.SAFARI_DEBRIEF)
        completed = next(s for s in safaris if s.status == SafariStatus.COMPLETED)
        assert debrief.safari_id == completed.id
        assert [c.safari_id for c in sessions if c is not debrief] == [None]
        assert [(s.arrangements, s.outcome) for s in safaris] == [("", None)] * 3
        assert hits == {"safari", "skill", "move"}
    (pre,) = backup.list_backups(folder / "backups")
    assert pre.label == "pre-migration"


def test_down_and_up_again_leaves_the_index_as_new(vault: Vault) -> None:
    _fill(vault)

    def entries() -> list[tuple[int, str, str]]:
        with vault.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT rowid, kind, shared_text FROM search_index ORDER BY rowid"
            )
            return [(int(r), str(k), str(t)) for r, k, t in rows]

    fresh = entries()
    assert {kind for _r, kind, _t in fresh} >= {"safari", "skill", "move", "session"}
    _downgrade_to(vault, "0004_questionnaires")
    assert {kind for _r, kind, _t in entries()} == {
        "session",
        "plan",
        "goal",
        "action",
        "questionnaire",
    }
    migrate.upgrade(vault.engine)
    assert entries() == fresh
    assert vault.check().ok
