"""Schema migrations run on unlock, after an automatic backup, and keep every row."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from alembic import command

from mentorapp.domain.enums import TemplateKind
from mentorapp.domain.ids import MenteeId
from mentorapp.domain.model import DevelopmentPlan
from mentorapp.services import questionnaires
from mentorapp.services import search as services_search
from mentorapp.store import backup, migrate, search
from mentorapp.store.engine import connect
from mentorapp.store.repositories import (
    PlanRepository,
)
from mentorapp.store.vault import Vault, db_path
from tests.conftest import FAST_KDF, PASSPHRASE, add_mentee_with_session
from tests.store.migration_rows import RowSnapshot

OLD_DEMO_PREPARATION = "Voorbereiding loopbaangesprek"  # the name the old demo gave it


def _downgrade_to(vault: Vault, revision: str) -> None:
    config = migrate.alembic_config()
    with vault.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def _downgrade_to_v1(vault: Vault) -> None:
    _downgrade_to(vault, "0001_v1")


def test_opening_an_older_vault_backs_up_then_migrates(tmp_path: Path) -> None:
    folder = tmp_path / "old.mentorvault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    mentee = add_mentee_with_session(vault, private="loopbaanvraag over jobrotatie")
    _downgrade_to_v1(vault)
    assert migrate.schema_version(vault.engine) == "0001_v1"
    vault.close()

    with Vault.open(folder, PASSPHRASE) as opened:
        assert migrate.schema_version(opened.engine) == migrate.head_revision()
        with opened.reading() as s:
            assert [h.mentee_id for h in search.search(s, "jobrot")] == [mentee]
        with opened.engine.connect() as conn:
            indexes = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list(sessions)")}
        assert "ix_sessions_mentee_next" in indexes
    (pre,) = backup.list_backups(folder / "backups")
    assert pre.label == "pre-migration"
    conn = connect(pre.path, _key(folder))
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_v1",)
    conn.close()


def test_a_current_vault_is_not_backed_up_on_open(vault: Vault) -> None:
    folder = vault.folder
    vault.close()
    Vault.open(folder, PASSPHRASE).close()
    assert backup.list_backups(folder / "backups") == []


def _key(folder: Path) -> bytes:
    with Vault.open(folder, PASSPHRASE) as opened:
        return opened.data_key


def test_migrations_match_the_models(vault: Vault) -> None:
    """Autogenerate finds nothing to add: schema.py and the migrations agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from mentorapp.store.schema import Base

    with vault.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _include_name})
        diff = compare_metadata(context, Base.metadata)
        declared = _column_links(conn)
    assert _without_column_links(diff, declared) == []
    assert db_path(vault.folder).exists()


# The links 0005 added in place (ALTER TABLE ... ADD COLUMN ... REFERENCES): SQLAlchemy
# reflects the name and ON DELETE of a table-level FOREIGN KEY clause only, so autogenerate
# sees these as unnamed, without options. SQLite's own list says what they are.
COLUMN_LINKS = {
    ("sessions", "safari_id", "career_safaris"),
    ("plan_activities", "safari_id", "career_safaris"),
    ("plan_actions", "experiment_id", "crafting_experiments"),
    ("plan_actions", "skill_id", "skills"),
    ("skills", "catalogue_id", "skill_catalogue"),
}


def _column_links(conn: Any) -> set[tuple[str, str, str]]:
    """(table, column, target) of every link SQLite enforces with ON DELETE SET NULL."""
    found = set()
    for table, _column, _target in COLUMN_LINKS:
        for row in conn.exec_driver_sql(f"PRAGMA foreign_key_list({table})"):
            target, column, to, on_delete = row[2], row[3], row[4], row[6]
            if to == "id" and on_delete == "SET NULL":
                found.add((table, column, target))
    return found


def _without_column_links(diff: list[Any], declared: set[tuple[str, str, str]]) -> list[Any]:
    assert declared == COLUMN_LINKS
    rest = []
    for change in diff:
        if isinstance(change, tuple) and change[0] in ("add_fk", "remove_fk"):
            fk = change[1]
            (column,) = [c.name for c in fk.columns]
            (target,) = {e.column.table.name for e in fk.elements}
            if (fk.table.name, column, target) in declared:
                continue
        rest.append(change)
    return rest


def _include_name(name: str | None, type_: str, parent_names: object) -> bool:
    # The same rule as migrations/env.py (which runs only inside Alembic).
    return not (type_ == "table" and name is not None and name.startswith("search_index"))


OLD_QUESTIONS = json.dumps(
    [
        {"key": "talents", "text": "Waar ben je goed in?", "kind": "text"},
        {"key": "values", "text": "Wat vind je belangrijk in je werk?", "kind": "text"},
    ]
)


def _fill_a_0003_vault(vault: Vault) -> MenteeId:
    """What a vault of schema 0003 could hold: a mentee with a session and a plan (written
    at the head schema, before going down), the old demo's preparation questionnaire and
    another template, each answered."""
    mentee = add_mentee_with_session(vault, private="twijfelt over de overstap")
    with vault.transaction() as s:
        PlanRepository(s).add(DevelopmentPlan(mentee_id=mentee, title="Groeien in de breedte"))
    _downgrade_to(vault, "0003_templates")
    assert vault.count_rows("questionnaire_templates") == 0  # the built-ins went with 0004
    with vault.transaction() as s:
        db = s.connection()
        for name in (OLD_DEMO_PREPARATION, "Na de safari"):
            db.exec_driver_sql(
                "INSERT INTO questionnaire_templates (name, language, questions_json) "
                "VALUES (?, 'nl', ?)",
                (name, OLD_QUESTIONS),
            )
        for template_id, talents in ((1, "Plannen en organiseren"), (2, "Luisteren")):
            db.exec_driver_sql(
                "INSERT INTO questionnaire_responses (template_id, mentee_id, answered_on, "
                "answers_json, private_interpretation) VALUES (?, ?, ?, ?, ?)",
                (template_id, mentee, "2026-10-0" + str(template_id),
                 json.dumps({"talents": talents}), "wil eigenlijk weg"),
            )  # fmt: skip
    return mentee


def test_a_0003_vault_with_answers_migrates_keeping_every_row(tmp_path: Path) -> None:
    folder = tmp_path / "old.mentorvault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    mentee = _fill_a_0003_vault(vault)
    before = RowSnapshot.take(vault)
    assert before.row_count >= 7
    vault.close()

    with Vault.open(folder, PASSPHRASE) as opened:
        assert migrate.schema_version(opened.engine) == migrate.head_revision()
        assert before.read(opened) == before.digest
        listed = questionnaires.templates(opened)
        assert [t.built_in for t in listed] == [True] * 6 + [False] * 2
        other, old_demo = listed[6:]  # own ones by name
        assert (other.name, other.kind, other.version) == ("Na de safari", TemplateKind.OWN, 1)
        assert (old_demo.name, old_demo.kind) == (OLD_DEMO_PREPARATION, TemplateKind.PREPARATION)
        assert old_demo.family != other.family and old_demo.current
        assert [q.text for q in old_demo.questions] == [
            "Waar ben je goed in?",
            "Wat vind je belangrijk in je werk?",
        ]
        latest = questionnaires.latest_preparation(opened, mentee)
        assert latest is not None
        assert latest[0].id == old_demo.id and latest[1].answers == {
            "talents": "Plannen en organiseren"
        }
        hits = services_search.search(opened, "luisteren")
        assert [(h.kind, h.private) for h in hits] == [("questionnaire", False)]
        assert [h.private for h in services_search.search(opened, "eigenlijk weg")] == [True] * 2
        # The coach can edit the old template now: answered, so as a new version.
        edited = questionnaires.save_template(opened, dataclasses.replace(other, name="Safari"))
        assert edited.value.version == 2
    (pre,) = backup.list_backups(folder / "backups")
    assert pre.label == "pre-migration"
