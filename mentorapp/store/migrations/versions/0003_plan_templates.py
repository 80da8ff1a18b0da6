"""Plan templates: a coach saves a plan's structure as a starting point for others.

Revision ID: 0003_templates
Revises: 0002_speed
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_templates"
down_revision = "0002_speed"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("content_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_templates")),
    )


def downgrade() -> None:
    op.drop_table("plan_templates")
