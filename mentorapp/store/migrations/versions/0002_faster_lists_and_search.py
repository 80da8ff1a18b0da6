"""Faster mentee list and search: index next sessions, index 4-letter prefixes.

The mentee list asks each mentee's next planned session; without an index on
(mentee_id, next_session_at) SQLite read every session row (and its long text pages) to
find it. The search index gains 4-letter prefixes, so words typed so far match from the
index instead of scanning the term list. The index is rebuilt from the tables; the
triggers of 0001 keep working, as they name the table.

Revision ID: 0002_speed
Revises: 0001_v1
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = "0002_speed"
down_revision = "0001_v1"
branch_labels = None
depends_on = None

_CREATE = """
CREATE VIRTUAL TABLE search_index USING fts5(
    private_text, shared_text,
    kind UNINDEXED, mentee_id UNINDEXED, happened UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '{prefixes}'
)
"""

_FILL = [
    """INSERT INTO search_index(rowid, private_text, shared_text, kind, mentee_id, happened)
       SELECT id * 8 + 1, private_notes, shared_summary || char(10) || agreements,
              'session', mentee_id, date(started_at) FROM sessions""",
    """INSERT INTO search_index(rowid, private_text, shared_text, kind, mentee_id, happened)
       SELECT id * 8 + 2, private_remarks,
              concat_ws(char(10), title, current_situation, desired_direction, resources,
                        organisation_commitments, employee_commitments),
              'plan', mentee_id, date(updated_at) FROM development_plans""",
    """INSERT INTO search_index(rowid, private_text, shared_text, kind, mentee_id, happened)
       SELECT g.id * 8 + 3, '', concat_ws(char(10), g.description, g.feasibility_note),
              'goal', p.mentee_id, date(p.updated_at)
       FROM plan_goals g JOIN development_plans p ON p.id = g.plan_id""",
    """INSERT INTO search_index(rowid, private_text, shared_text, kind, mentee_id, happened)
       SELECT a.id * 8 + 4, '', concat_ws(char(10), a.description, a.measure, a.resources),
              'action', p.mentee_id, date(p.updated_at)
       FROM plan_actions a JOIN plan_goals g ON g.id = a.goal_id
       JOIN development_plans p ON p.id = g.plan_id""",
]


def _rebuild(prefixes: str) -> None:
    op.execute("DROP TABLE search_index")
    op.execute(_CREATE.format(prefixes=prefixes))
    for statement in _FILL:
        op.execute(statement)
    op.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")


def upgrade() -> None:
    op.create_index("ix_sessions_mentee_next", "sessions", ["mentee_id", "next_session_at"])
    _rebuild("2 3 4")


def downgrade() -> None:
    op.drop_index("ix_sessions_mentee_next", table_name="sessions")
    _rebuild("2 3")
