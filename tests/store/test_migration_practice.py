"""Migration 0006 (the coach's practice) on a vault of schema 0005 full of records."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from alembic import command

from mentorapp.domain.model import CoachingSession, Engagement
from mentorapp.services import attachments, engagements
from mentorapp.store import backup, migrate
from mentorapp.store.repositories import CoachingSessionRepository
from mentorapp.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session
from tests.store.migration_rows import RowSnapshot
from tests.store.moves_records import add_moves_records


def _downgrade_to(vault: Vault, revision: str) -> None:
    config = migrate.alembic_config()
    with vault.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def test_a_0005_vault_keeps_every_row_and_every_session_counts(tmp_path: Path) -> None:
    folder = tmp_path / "old.mentorvault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    mentee = add_mentee_with_session(vault, private="wil iets anders", shared="gesprek")
    add_moves_records(vault, mentee, "woordje")
    other = add_mentee_with_session(vault, "Bert Peeters", private="privé")
    with vault.transaction() as s:
        CoachingSessionRepository(s).add(CoachingSession(mentee, datetime(2026, 10, 1, 9), 90))
    _downgrade_to(vault, "0005_moves")
    before = RowSnapshot.take(vault)
    assert before.row_count > 20
    assert "billable" not in before.columns["sessions"]
    assert "engagements" not in before.columns and "attachments" not in before.columns
    vault.close()

    with Vault.open(folder, PASSPHRASE) as opened:
        assert migrate.schema_version(opened.engine) == migrate.head_revision()
        assert before.read(opened) == before.digest
        with opened.reading() as s:
            held = CoachingSessionRepository(s).for_mentee(mentee)
        assert held and all(c.billable for c in held)  # every session held was billed
        engagements.save_engagement(opened, Engagement(mentee, "Stad Gent", contracted_hours=4))
        used = engagements.usage(opened, mentee, today=date(2026, 12, 31))
        minutes = sum(c.duration_minutes for c in held)
        assert (used.sessions_used, used.hours_used) == (len(held), round(minutes / 60, 2))
        assert len(held) >= 2 and minutes > 60 * len(held) - 60
        attachments.attach(opened, other, b"%PDF-1.4 test", file_name="cv.pdf")
        assert [a.title for a in attachments.attachments(opened, other)] == ["cv"]
        assert opened.check().ok
    (pre,) = [b for b in backup.list_backups(folder / "backups") if b.label == "pre-migration"]
    assert pre.label == "pre-migration"


def test_down_and_up_again_keeps_the_schema_as_new(vault: Vault) -> None:
    mentee = add_mentee_with_session(vault)
    engagements.save_engagement(vault, Engagement(mentee, "VDAB", contracted_sessions=5))
    _downgrade_to(vault, "0005_moves")
    with vault.engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert "engagements" not in tables and "attachments" not in tables
    migrate.upgrade(vault.engine)
    assert engagements.engagement(vault, mentee) is None  # the table came back empty
    engagements.save_engagement(vault, Engagement(mentee, "VDAB", contracted_sessions=5))
    assert engagements.usage(vault, mentee, today=date(2026, 12, 1)).sessions_used == 1
    assert vault.check().ok
