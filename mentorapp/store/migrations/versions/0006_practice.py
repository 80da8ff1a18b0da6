"""The coach's practice: engagements (what a sponsor contracted per mentee), billable
sessions, and attachments whose bytes live inside the vault.

New: sessions.billable (every existing session counts: it was billed as held), the
engagements table (one per mentee) and the attachments table (the file as a BLOB, private
by default). The column is added in place (ALTER TABLE ... ADD COLUMN): a batch copy of
sessions would drop its search triggers. Nothing new goes into the search index.

Revision ID: 0006_practice
Revises: 0005_moves
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_practice"
down_revision = "0005_moves"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE sessions ADD COLUMN billable BOOLEAN DEFAULT 1 NOT NULL")
    op.create_table(
        "engagements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("sponsor", sa.Text(), nullable=False),
        sa.Column("contracted_sessions", sa.Integer(), nullable=True),
        sa.Column("contracted_hours", sa.Float(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("rate_cents", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "contracted_sessions IS NULL OR contracted_sessions >= 0",
            name=op.f("ck_engagements_sessions_positive"),
        ),
        sa.CheckConstraint(
            "contracted_hours IS NULL OR contracted_hours >= 0",
            name=op.f("ck_engagements_hours_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentees.id"],
            name=op.f("fk_engagements_mentee_id_mentees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engagements")),
        sa.UniqueConstraint("mentee_id", name=op.f("uq_engagements_mentee_id")),
    )
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(length=128), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint("size >= 0", name=op.f("ck_attachments_size_positive")),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentees.id"],
            name=op.f("fk_attachments_mentee_id_mentees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    op.create_index("ix_attachments_mentee_id", "attachments", ["mentee_id"])


def downgrade() -> None:
    op.drop_index("ix_attachments_mentee_id", table_name="attachments")
    op.drop_table("attachments")
    op.drop_table("engagements")
    op.execute("ALTER TABLE sessions DROP COLUMN billable")
