"""Schema v1: mentees, sessions, plans, safaris, skills, moves, logs and the search index.

Revision ID: 0001_v1
Revises:
Create Date: 2026-11-24 21:08:39.418928
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_v1"
down_revision = None
branch_labels = None
depends_on = None

# Full-text search over notes and plan text, inside the encrypted database. The rowid
# encodes the source: rowid = source id * 8 + kind (1 session, 2 plan, 3 goal, 4 action),
# so triggers find a row's entry without scanning. Triggers keep the index in step with
# any writer, and erasing rows (also by FK cascade) deletes their entries.
SEARCH_INDEX_DDL = [
    """
    CREATE VIRTUAL TABLE search_index USING fts5(
        private_text, shared_text,
        kind UNINDEXED, mentee_id UNINDEXED, happened UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
    )
    """,
    """
    CREATE TRIGGER search_session_ins AFTER INSERT ON sessions BEGIN
        INSERT INTO search_index(rowid, private_text, shared_text, kind, mentee_id, happened)
        VALUES (new.id * 8 + 1, new.private_notes,
                new.shared_summary || char(10) || new.agreements,
                'session', new.mentee_id, date(new.started_at));
    END
    """,
    """
    CREATE TRIGGER search_session_upd AFTER UPDATE ON sessions BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
        INSERT INTO search_index(rowid, private_text, shared_text, kind, mentee_id, happened)
        VALUES (new.id * 8 + 1, new.private_notes,
                new.shared_summary || char(10) || new.agreements,
                'session', new.mentee_id, date(new.started_at));
    END
    """,
    """
    CREATE TRIGGER search_session_del AFTER DELETE ON sessions BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 8 + 1;
    END
    """,
    """
    CREATE TRIGGER search_plan_ins AFTER INSERT ON development_plans BEGIN
        INSERT INTO search_index(rowid, private_text, shared_text, kind, mentee_id, happened)
        VALUES (new.id * 8 + 2, new.private_remarks,
                concat_ws(char(10), new.title, new.current_situation, new.desired_direction,
                          new.resources, new.organisation_commitments,
                          new.employee_commitments),
                'plan', new.mentee_id, date(new.updated_at));
    END
    """,
    """
    CREATE TRIGGER search_plan_upd AFTER UPDATE ON development_plans BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
        INSERT INTO search_index(rowid, private_text, shared_text, kind, mentee_id, happened)
        VALUES (new.id * 8 + 2, new.private_remarks,
                concat_ws(char(10), new.title, new.current_situation, new.desired_direction,
                          new.resources, new.organisation_commitments,
                          new.employee_commitments),
                'plan', new.mentee_id, date(new.updated_at));
    END
    """,
    """
    CREATE TRIGGER search_plan_del AFTER DELETE ON development_plans BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 8 + 2;
    END
    """,
    """
    CREATE TRIGGER search_goal_ins AFTER INSERT ON plan_goals BEGIN
        INSERT INTO search_index(rowid, private_text, shared_text, kind, mentee_id, happened)
        SELECT new.id * 8 + 3, '', concat_ws(char(10), new.description, new.feasibility_note),
               'goal', p.mentee_id, date(p.updated_at)
        FROM development_plans AS p WHERE p.id = new.plan_id;
    END
    """,
    """
    CREATE TRIGGER search_goal_upd AFTER UPDATE ON plan_goals BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
        INSERT INTO search_index(rowid, private_text, shared_text, kind, mentee_id, happened)
        SELECT new.id * 8 + 3, '', concat_ws(char(10), new.description, new.feasibility_note),
               'goal', p.mentee_id, date(p.updated_at)
        FROM development_plans AS p WHERE p.id = new.plan_id;
    END
    """,
    """
    CREATE TRIGGER search_goal_del AFTER DELETE ON plan_goals BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 8 + 3;
    END
    """,
    """
    CREATE TRIGGER search_action_ins AFTER INSERT ON plan_actions BEGIN
        INSERT INTO search_index(rowid, private_text, shared_text, kind, mentee_id, happened)
        SELECT new.id * 8 + 4, '',
               concat_ws(char(10), new.description, new.measure, new.resources),
               'action', p.mentee_id, date(p.updated_at)
        FROM plan_goals AS g JOIN development_plans AS p ON p.id = g.plan_id
        WHERE g.id = new.goal_id;
    END
    """,
    """
    CREATE TRIGGER search_action_upd AFTER UPDATE ON plan_actions BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
        INSERT INTO search_index(rowid, private_text, shared_text, kind, mentee_id, happened)
        SELECT new.id * 8 + 4, '',
               concat_ws(char(10), new.description, new.measure, new.resources),
               'action', p.mentee_id, date(p.updated_at)
        FROM plan_goals AS g JOIN development_plans AS p ON p.id = g.plan_id
        WHERE g.id = new.goal_id;
    END
    """,
    """
    CREATE TRIGGER search_action_del AFTER DELETE ON plan_actions BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 8 + 4;
    END
    """,
]


def upgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    op.create_table(
        "erasure_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("mentee_count", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_log")),
    )
    op.create_table(
        "mentees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.Text(), nullable=False),
        sa.Column("preferred_name", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("department", sa.Text(), nullable=False),
        sa.Column("current_role", sa.Text(), nullable=False),
        sa.Column("referral", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "intake",
                "active",
                "paused",
                "closed",
                name="mentee_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("close_date", sa.Date(), nullable=True),
        sa.Column("consent_given", sa.Boolean(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("consent_scope", sa.Text(), nullable=False),
        sa.Column("retention_until", sa.Date(), nullable=True),
        sa.Column(
            "export_language",
            sa.Enum(
                "nl",
                "en",
                name="export_language",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("trajectory_goal", sa.Text(), nullable=False),
        sa.Column("private_background", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentees")),
    )
    op.create_table(
        "questionnaire_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column(
            "language",
            sa.Enum(
                "nl",
                "en",
                name="template_language",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("questions_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questionnaire_templates")),
    )
    op.create_table(
        "vault_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_vault_meta")),
    )
    op.create_table(
        "career_safaris",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("host_department", sa.Text(), nullable=False),
        sa.Column("host_role", sa.Text(), nullable=False),
        sa.Column("host_contact", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "ongoing",
                "completed",
                "cancelled",
                name="safari_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("learning_goals", sa.Text(), nullable=False),
        sa.Column("shared_reflection", sa.Text(), nullable=False),
        sa.Column("private_notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentees.id"],
            name=op.f("fk_career_safaris_mentee_id_mentees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_career_safaris")),
    )
    with op.batch_alter_table("career_safaris", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_career_safaris_mentee_id"), ["mentee_id"], unique=False
        )

    op.create_table(
        "development_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "shared",
                "agreed",
                "archived",
                name="plan_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("current_situation", sa.Text(), nullable=False),
        sa.Column("desired_direction", sa.Text(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("resources", sa.Text(), nullable=False),
        sa.Column("organisation_commitments", sa.Text(), nullable=False),
        sa.Column("employee_commitments", sa.Text(), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("private_remarks", sa.Text(), nullable=False),
        sa.Column("frozen_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentees.id"],
            name=op.f("fk_development_plans_mentee_id_mentees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_development_plans")),
        sa.UniqueConstraint("mentee_id", "version", name="mentee_version"),
    )
    with op.batch_alter_table("development_plans", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_development_plans_mentee_id"), ["mentee_id"], unique=False
        )

    op.create_table(
        "export_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=True),
        sa.Column("what", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentees.id"],
            name=op.f("fk_export_log_mentee_id_mentees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_log")),
    )
    with op.batch_alter_table("export_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_export_log_mentee_id"), ["mentee_id"], unique=False)

    op.create_table(
        "mentee_tags",
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentees.id"],
            name=op.f("fk_mentee_tags_mentee_id_mentees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("mentee_id", "tag", name=op.f("pk_mentee_tags")),
    )
    op.create_table(
        "moves",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "lateral",
                "vertical",
                "diagonal",
                "job_crafting",
                "safari",
                "external",
                "none_yet",
                name="move_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("from_role", sa.Text(), nullable=False),
        sa.Column("to_role", sa.Text(), nullable=False),
        sa.Column("happened_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentees.id"],
            name=op.f("fk_moves_mentee_id_mentees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moves")),
    )
    with op.batch_alter_table("moves", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_moves_mentee_id"), ["mentee_id"], unique=False)

    op.create_table(
        "questionnaire_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("answers_json", sa.Text(), nullable=False),
        sa.Column("private_interpretation", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentees.id"],
            name=op.f("fk_questionnaire_responses_mentee_id_mentees"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["questionnaire_templates.id"],
            name=op.f("fk_questionnaire_responses_template_id_questionnaire_templates"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questionnaire_responses")),
    )
    with op.batch_alter_table("questionnaire_responses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_questionnaire_responses_mentee_id"), ["mentee_id"], unique=False
        )

    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "intake",
                "career_conversation",
                "follow_up",
                "safari_debrief",
                "closing",
                name="session_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "mode",
            sa.Enum(
                "in_person",
                "video",
                "phone",
                name="session_mode",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("private_notes", sa.Text(), nullable=False),
        sa.Column("shared_summary", sa.Text(), nullable=False),
        sa.Column("energy", sa.Integer(), nullable=True),
        sa.Column("agreements", sa.Text(), nullable=False),
        sa.Column("next_session_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("duration_minutes >= 0", name=op.f("ck_sessions_duration_positive")),
        sa.CheckConstraint(
            "energy IS NULL OR energy BETWEEN 1 AND 10", name=op.f("ck_sessions_energy_range")
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentees.id"],
            name=op.f("fk_sessions_mentee_id_mentees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
    )
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_sessions_mentee_started", ["mentee_id", "started_at"], unique=False
        )

    op.create_table(
        "skills",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("current_level", sa.Integer(), nullable=True),
        sa.Column("target_level", sa.Integer(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "current_level IS NULL OR current_level BETWEEN 1 AND 5", name=op.f("ck_skills_cur")
        ),
        sa.CheckConstraint(
            "target_level IS NULL OR target_level BETWEEN 1 AND 5", name=op.f("ck_skills_tgt")
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["mentees.id"],
            name=op.f("fk_skills_mentee_id_mentees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skills")),
    )
    with op.batch_alter_table("skills", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_skills_mentee_id"), ["mentee_id"], unique=False)

    op.create_table(
        "plan_activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "training",
                "coaching",
                "mentoring",
                "volunteering",
                "project",
                "career_safari",
                "job_crafting",
                "job_rotation",
                "informal_learning",
                name="activity_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("provider", sa.Text(), nullable=False),
        sa.Column("hours", sa.Float(), nullable=True),
        sa.Column("cost_cents", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["development_plans.id"],
            name=op.f("fk_plan_activities_plan_id_development_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_activities")),
    )
    with op.batch_alter_table("plan_activities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_activities_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "personal",
                "professional",
                name="goal_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "feasibility",
            sa.Enum(
                "feasible",
                "not_now",
                name="feasibility",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("feasibility_note", sa.Text(), nullable=False),
        sa.Column("revisit_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["development_plans.id"],
            name=op.f("fk_plan_goals_plan_id_development_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_goals")),
    )
    with op.batch_alter_table("plan_goals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_goals_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_obstacles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "time",
                "money",
                "personal",
                "organisational",
                name="obstacle_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("mitigation", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["development_plans.id"],
            name=op.f("fk_plan_obstacles_plan_id_development_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_obstacles")),
    )
    with op.batch_alter_table("plan_obstacles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_obstacles_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "plan_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("measure", sa.Text(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column(
            "owner",
            sa.Enum(
                "employee",
                "organisation",
                "mentor",
                "manager",
                name="action_owner",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("resources", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "done",
                "dropped",
                name="action_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("smart_specific", sa.Boolean(), nullable=False),
        sa.Column("smart_achievable", sa.Boolean(), nullable=False),
        sa.Column("smart_relevant", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["plan_goals.id"],
            name=op.f("fk_plan_actions_goal_id_plan_goals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_actions")),
    )
    with op.batch_alter_table("plan_actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_actions_goal_id"), ["goal_id"], unique=False)

    # ### end Alembic commands ###
    for statement in SEARCH_INDEX_DDL:
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_index")
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table("plan_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_actions_goal_id"))

    op.drop_table("plan_actions")
    with op.batch_alter_table("plan_obstacles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_obstacles_plan_id"))

    op.drop_table("plan_obstacles")
    with op.batch_alter_table("plan_goals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_goals_plan_id"))

    op.drop_table("plan_goals")
    with op.batch_alter_table("plan_activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_activities_plan_id"))

    op.drop_table("plan_activities")
    with op.batch_alter_table("skills", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skills_mentee_id"))

    op.drop_table("skills")
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_sessions_mentee_started")

    op.drop_table("sessions")
    with op.batch_alter_table("questionnaire_responses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_questionnaire_responses_mentee_id"))

    op.drop_table("questionnaire_responses")
    with op.batch_alter_table("moves", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_moves_mentee_id"))

    op.drop_table("moves")
    op.drop_table("mentee_tags")
    with op.batch_alter_table("export_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_export_log_mentee_id"))

    op.drop_table("export_log")
    with op.batch_alter_table("development_plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_development_plans_mentee_id"))

    op.drop_table("development_plans")
    with op.batch_alter_table("career_safaris", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_career_safaris_mentee_id"))

    op.drop_table("career_safaris")
    op.drop_table("vault_meta")
    op.drop_table("questionnaire_templates")
    op.drop_table("mentees")
    op.drop_table("erasure_log")
    # ### end Alembic commands ###
