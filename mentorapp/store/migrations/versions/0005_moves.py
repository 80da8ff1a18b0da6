"""Moves in practice: safari details and outcome, debrief and plan links, job crafting
canvases and experiments, the skill catalogue, made moves, trajectory outcomes and the
library of career stories; their text in the search index.

New columns: mentees.outcome / outcome_note, sessions.safari_id (a debrief's safari),
plan_actions.experiment_id / skill_id, plan_activities.safari_id, career_safaris
.arrangements / outcome, skills.catalogue_id, moves.made. Links are foreign keys that
become NULL when the record they point to goes, each with an index so that delete (and
erasure) finds them without a scan. Columns are added in place (ALTER TABLE ... ADD
COLUMN, constraints inline): a batch copy of sessions or plan_actions would drop their
search triggers, and one of mentees would cascade-delete every child row.

Existing rows: a move with a date happened, so it counts as made (the demo and the
schema v1 screens dated only moves that happened); a safari-debrief session is linked to
the mentee's safari that ended last on or before the session's day (not cancelled), so a
debrief already held is not shown as due.

Search: rowid = id * 8 + k for k = 1..7 (1 session, 2 plan, 3 goal, 4 action,
5 questionnaire, 6 safari, 7 move). Code 0 is the extension: rowid = id * 64 + j * 8
(j = 1 skill, 2 job crafting canvas with its experiments, 3 career story). A story
belongs to no mentee: its entry has mentee_id 0.

Revision ID: 0005_moves
Revises: 0004_questionnaires
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_moves"
down_revision = "0004_questionnaires"
branch_labels = None
depends_on = None

_MOVE_KINDS = ("lateral", "vertical", "diagonal", "job_crafting", "safari", "external", "none_yet")
_SAFARI_OUTCOMES = (
    "stay_and_craft",
    "move_there",
    "another_safari",
    "other_direction",
    "nothing_yet",
)


def _in(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{value}'" for value in values)


_Column = tuple[str, str, str, bool]  # table, column, DDL, indexed


def _column(table: str, column: str, definition: str) -> _Column:
    return table, column, f"ALTER TABLE {table} ADD COLUMN {column} {definition}", False


def _link(table: str, column: str, target: str) -> _Column:
    definition = (
        f"INTEGER CONSTRAINT fk_{table}_{column}_{target} "
        f"REFERENCES {target} (id) ON DELETE SET NULL"
    )
    return *_column(table, column, definition)[:3], True


def _choice(table: str, column: str, enum_name: str, values: tuple[str, ...]) -> _Column:
    check = f"CONSTRAINT ck_{table}_{enum_name} CHECK ({column} IN ({_in(values)}))"
    return _column(table, column, f"VARCHAR(32) {check}")


_TEXT = "TEXT DEFAULT '' NOT NULL"

# What 0005 adds to existing tables.
_COLUMNS = [
    _choice("mentees", "outcome", "mentee_outcome", _MOVE_KINDS),
    _column("mentees", "outcome_note", _TEXT),
    _link("sessions", "safari_id", "career_safaris"),
    _link("plan_activities", "safari_id", "career_safaris"),
    _column("career_safaris", "arrangements", _TEXT),
    _choice("career_safaris", "outcome", "safari_outcome", _SAFARI_OUTCOMES),
    _column("moves", "made", "BOOLEAN DEFAULT 0 NOT NULL"),
]
# Columns that point to the new tables: added after those exist.
_LINKS = [
    _link("skills", "catalogue_id", "skill_catalogue"),
    _link("plan_actions", "experiment_id", "crafting_experiments"),
    _link("plan_actions", "skill_id", "skills"),
]

# ---- search ---------------------------------------------------------------------------

_EXPERIMENTS = """(SELECT group_concat(concat_ws(char(10), e.what, e.with_whom), char(10))
                   FROM crafting_experiments AS e WHERE e.canvas_id = r.id)"""

# name: (table, rowid, private text, shared text, kind, mentee id, date); ``r`` is the row.
_SOURCES = {
    "safari": (
        "career_safaris",
        "r.id * 8 + 6",
        "r.private_notes",
        "concat_ws(char(10), r.host_department, r.host_role, r.learning_goals, "
        "r.arrangements, r.shared_reflection)",
        "r.mentee_id",
        "r.start_date",
    ),
    "move": (
        "moves",
        "r.id * 8 + 7",
        "''",
        "concat_ws(char(10), r.description, r.from_role, r.to_role)",
        "r.mentee_id",
        "r.happened_on",
    ),
    "skill": (
        "skills",
        "r.id * 64 + 8",
        "''",
        "concat_ws(char(10), r.name, r.evidence)",
        "r.mentee_id",
        "NULL",
    ),
    "canvas": (
        "job_crafting_canvases",
        "r.id * 64 + 16",
        "r.private_notes",
        "concat_ws(char(10), r.tasks_now, r.tasks_crafted, r.relationships_now, "
        f"r.relationships_crafted, r.perception_now, r.perception_crafted, {_EXPERIMENTS})",
        "r.mentee_id",
        "date(r.updated_at)",
    ),
    "story": (
        "career_stories",
        "r.id * 64 + 24",
        "''",
        "concat_ws(char(10), r.title, r.text)",
        "0",
        "date(r.updated_at)",
    ),
}


def _select(kind: str) -> str:
    table, rowid, private, shared, mentee, happened = _SOURCES[kind]
    return (
        "INSERT INTO search_index(rowid, private_text, shared_text, kind, mentee_id, happened) "
        f"SELECT {rowid}, {private}, {shared}, '{kind}', {mentee}, {happened} "
        f"FROM {table} AS r"
    )


def _entry(kind: str, row_id: str) -> str:
    return _SOURCES[kind][1].replace("r.id", row_id)


def _triggers() -> list[tuple[str, str]]:
    """(name, DDL) of every trigger that keeps the new entries in step."""
    made = []
    for kind, (table, *_rest) in _SOURCES.items():
        index = f"{_select(kind)} WHERE r.id = new.id;"
        drop = f"DELETE FROM search_index WHERE rowid = {_entry(kind, 'old.id')};"
        made += [
            (f"search_{kind}_ins", f"AFTER INSERT ON {table} BEGIN {index} END"),
            (f"search_{kind}_upd", f"AFTER UPDATE ON {table} BEGIN {drop} {index} END"),
            (f"search_{kind}_del", f"AFTER DELETE ON {table} BEGIN {drop} END"),
        ]
    # An experiment's text is part of its canvas's entry: any change re-indexes the canvas
    # (once its canvas is gone, as in an erasure, the select finds nothing to index).
    for side, events in (("old", ("upd", "del")), ("new", ("ins", "upd"))):
        refresh = (
            f"DELETE FROM search_index WHERE rowid = {_entry('canvas', side + '.canvas_id')}; "
            f"{_select('canvas')} WHERE r.id = {side}.canvas_id;"
        )
        for event in events:
            verb = {"ins": "INSERT", "upd": "UPDATE", "del": "DELETE"}[event]
            made.append(
                (
                    f"search_experiment_{event}_{side}",
                    f"AFTER {verb} ON crafting_experiments BEGIN {refresh} END",
                )
            )
    return made


# ---- upgrade and downgrade ------------------------------------------------------------

_LINK_DEBRIEFS = """
    UPDATE sessions SET safari_id = (
        SELECT s.id FROM career_safaris AS s
        WHERE s.mentee_id = sessions.mentee_id AND s.status <> 'cancelled'
          AND coalesce(s.end_date, s.start_date) <= date(sessions.started_at)
        ORDER BY coalesce(s.end_date, s.start_date) DESC, s.id DESC LIMIT 1)
    WHERE kind = 'safari_debrief'
"""


def _add(columns: list[_Column]) -> None:
    for table, column, ddl, indexed in columns:
        op.execute(ddl)
        if indexed:
            op.create_index(f"ix_{table}_{column}", table, [column])


def upgrade() -> None:
    _add(_COLUMNS)
    op.execute("UPDATE moves SET made = (happened_on IS NOT NULL)")
    op.execute(_LINK_DEBRIEFS)
    op.create_table(
        "skill_catalogue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_catalogue")),
    )
    op.create_table(
        "job_crafting_canvases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        *(
            sa.Column(name, sa.Text(), nullable=False)
            for name in (
                "tasks_now",
                "tasks_crafted",
                "relationships_now",
                "relationships_crafted",
                "perception_now",
                "perception_crafted",
                "private_notes",
            )
        ),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentees.id"],
            name=op.f("fk_job_crafting_canvases_mentee_id_mentees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_crafting_canvases")),
        sa.UniqueConstraint("mentee_id", name=op.f("uq_job_crafting_canvases_mentee_id")),
    )
    op.create_table(
        "crafting_experiments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("canvas_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("by_when", sa.Date(), nullable=True),
        sa.Column("with_whom", sa.Text(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["canvas_id"],
            ["job_crafting_canvases.id"],
            name=op.f("fk_crafting_experiments_canvas_id_job_crafting_canvases"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crafting_experiments")),
    )
    op.create_index("ix_crafting_experiments_canvas_id", "crafting_experiments", ["canvas_id"])
    op.create_table(
        "career_stories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("move_kinds", sa.Text(), nullable=False),
        sa.Column(
            "language",
            sa.Enum(
                "nl", "en", name="story_language", native_enum=False, create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_career_stories")),
    )  # fmt: skip
    _add(_LINKS)
    for name, body in _triggers():
        op.execute(f"CREATE TRIGGER {name} {body}")
    for kind in ("safari", "move", "skill"):  # the new tables start empty
        op.execute(_select(kind))


def downgrade() -> None:
    for name, _body in _triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DELETE FROM search_index WHERE rowid % 8 IN (0, 6, 7)")
    # SQLite drops a column in place once no index names it; its inline constraints go
    # with it. The link columns first: they point to the tables dropped next.
    for table, column, _ddl, indexed in [*_LINKS, *_COLUMNS]:
        if indexed:
            op.drop_index(f"ix_{table}_{column}", table_name=table)
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    op.drop_table("career_stories")
    op.drop_index("ix_crafting_experiments_canvas_id", table_name="crafting_experiments")
    op.drop_table("crafting_experiments")
    op.drop_table("job_crafting_canvases")
    op.drop_table("skill_catalogue")
