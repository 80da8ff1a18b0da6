"""Marks on records kept twice after a sync conflict copy was merged into the vault.

New: the merge_marks table. When a record differs between the vault and a sync tool's
conflict copy of it, both versions are kept: the copy's comes in as a new record, and a
row here says so (which kind of record, its id, the mentee it belongs to, the vault's own
version it stands beside, which copy it came from and when). The coach clears a mark
once they have looked at both versions. A mark goes with its mentee (ON DELETE CASCADE),
so erasing a mentee erases their marks. Nothing goes into the search index.

Revision ID: 0007_merge_marks
Revises: 0006_practice
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_merge_marks"
down_revision = "0006_practice"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "merge_marks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=True),
        sa.Column("twin_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentees.id"],
            name=op.f("fk_merge_marks_mentee_id_mentees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_marks")),
        sa.UniqueConstraint("kind", "record_id", name="kind_record"),
    )
    op.create_index("ix_merge_marks_mentee_id", "merge_marks", ["mentee_id"])


def downgrade() -> None:
    op.drop_index("ix_merge_marks_mentee_id", table_name="merge_marks")
    op.drop_table("merge_marks")
