"""Questionnaires: versioned templates, the three built-ins, conversation guides, and the
answers in the search index.

Templates gain a family (the versions of one questionnaire in one language), a version, a
kind, a built-in flag, an intro, sections and a current flag. Every vault, new or
migrated, gets the built-in preparation, career check and job crafting reflection in
Dutch and English as version 1. Responses are unchanged; their answers (the employee's
words: shared) and the coach's private interpretation are indexed for search (rowid =
id * 8 + 5), kept in step by triggers like the others.

Templates that exist already (only demo vaults had any) become the coach's own, version
1 of a family of their own. The old demo's "Voorbereiding loopbaangesprek" is marked as a
preparation, so answers to it show beside a career conversation like the built-in's; it
stays an own template, so nothing is lost and the coach may still edit or delete it.

Revision ID: 0004_questionnaires
Revises: 0003_templates
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mentorapp.domain.builtin_questionnaires import builtin_templates
from mentorapp.store.questionnaire_repository import template_columns

revision = "0004_questionnaires"
down_revision = "0003_templates"
branch_labels = None
depends_on = None

OLD_DEMO_PREPARATION = "Voorbereiding loopbaangesprek"

_KINDS = ("preparation", "career_check", "job_crafting", "own")
_SESSION_KINDS = ("intake", "career_conversation", "follow_up", "safari_debrief", "closing")

# The answers' words: scale answers are numbers, not words, and are left out.
_ANSWER_TEXT = """coalesce((SELECT group_concat(value, char(10)) FROM json_each(new.answers_json)
                   WHERE trim(value) <> '' AND trim(value) GLOB '*[^0-9]*'), '')"""
_INSERT = f"""
    INSERT INTO search_index(rowid, private_text, shared_text, kind, mentee_id, happened)
    VALUES (new.id * 8 + 5, new.private_interpretation, {_ANSWER_TEXT},
            'questionnaire', new.mentee_id, new.answered_on);
"""
SEARCH_TRIGGERS = [
    f"CREATE TRIGGER search_response_ins AFTER INSERT ON questionnaire_responses BEGIN "
    f"{_INSERT} END",
    "CREATE TRIGGER search_response_upd AFTER UPDATE ON questionnaire_responses BEGIN "
    f"DELETE FROM search_index WHERE rowid = old.id * 8 + 5; {_INSERT} END",
    "CREATE TRIGGER search_response_del AFTER DELETE ON questionnaire_responses BEGIN "
    "DELETE FROM search_index WHERE rowid = old.id * 8 + 5; END",
]
_FILL = f"""
    INSERT INTO search_index(rowid, private_text, shared_text, kind, mentee_id, happened)
    SELECT new.id * 8 + 5, new.private_interpretation, {_ANSWER_TEXT},
           'questionnaire', new.mentee_id, new.answered_on
    FROM questionnaire_responses AS new
"""
_TRIGGER_NAMES = ("search_response_ins", "search_response_upd", "search_response_del")

_NEW_COLUMNS = ("family", "version", "kind", "built_in", "intro", "sections_json", "current")


def _enum(name: str, values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    op.add_column(
        "questionnaire_templates",
        sa.Column("family", sa.String(length=64), nullable=False, server_default=""),
    )
    op.add_column(
        "questionnaire_templates",
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
    )
    # By hand: Alembic's ALTER on SQLite would leave out the check on the values.
    kinds = ", ".join(f"'{kind}'" for kind in _KINDS)
    op.execute(
        "ALTER TABLE questionnaire_templates ADD COLUMN kind VARCHAR(32) DEFAULT 'own' NOT NULL "
        f"CONSTRAINT ck_questionnaire_templates_template_kind CHECK (kind IN ({kinds}))"
    )
    op.add_column(
        "questionnaire_templates",
        sa.Column("built_in", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "questionnaire_templates",
        sa.Column("intro", sa.Text(), nullable=False, server_default=""),
    )
    op.add_column(
        "questionnaire_templates",
        sa.Column("sections_json", sa.Text(), nullable=False, server_default="[]"),
    )
    op.add_column(
        "questionnaire_templates",
        sa.Column("current", sa.Boolean(), nullable=False, server_default=sa.true()),
    )
    op.execute("UPDATE questionnaire_templates SET family = 'own-' || id")
    op.execute(
        sa.text(
            "UPDATE questionnaire_templates SET kind = 'preparation' "
            "WHERE name = :name AND language = 'nl'"
        ).bindparams(name=OLD_DEMO_PREPARATION)
    )
    op.create_index(
        "ix_questionnaire_templates_family_version",
        "questionnaire_templates",
        ["family", "version"],
        unique=True,
    )
    templates = sa.table(
        "questionnaire_templates",
        *(sa.column(name) for name in template_columns(builtin_templates()[0])),
    )
    op.bulk_insert(
        templates,
        [
            {**template_columns(t), "kind": t.kind.value, "language": t.language.value}
            for t in builtin_templates()
        ],
    )
    op.create_table(
        "conversation_guides",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_kind", _enum("guide_session_kind", _SESSION_KINDS), nullable=False),
        sa.Column("language", _enum("guide_language", ("nl", "en")), nullable=False),
        sa.Column("steps_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversation_guides")),
        sa.UniqueConstraint("session_kind", "language", name="kind_language"),
    )
    for statement in SEARCH_TRIGGERS:
        op.execute(statement)
    op.execute(_FILL)


def downgrade() -> None:
    for name in _TRIGGER_NAMES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DELETE FROM search_index WHERE rowid % 8 = 5")
    op.drop_table("conversation_guides")
    op.drop_index("ix_questionnaire_templates_family_version", "questionnaire_templates")
    # Built-ins nobody answered go; answered ones stay as plain templates. SQLite drops
    # a column in place (no table copy, which the answers' foreign key would refuse).
    op.execute(
        "DELETE FROM questionnaire_templates WHERE built_in "
        "AND id NOT IN (SELECT template_id FROM questionnaire_responses)"
    )
    for name in _NEW_COLUMNS:
        op.execute(f"ALTER TABLE questionnaire_templates DROP COLUMN {name}")
