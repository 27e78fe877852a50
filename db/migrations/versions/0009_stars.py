"""star levels of auxiliary and assistant staff (辅助人员星级) and their history

Revision ID: 0009_stars
Revises: 0008_queues
Create Date: 2026-12-06 03:30:00

``star_level`` holds the level (1–5) each auxiliary or assistant person holds now;
``star_level_record`` the history behind it: the starting level from years of service,
then each year's confirmed review. New tables only: nothing existing changes.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = "0009_stars"
down_revision: Union[str, Sequence[str], None] = "0008_queues"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "star_level",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("effective_year", sa.Integer(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint("level BETWEEN 1 AND 5", name=op.f("ck_star_level_level_range")),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_star_level_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_star_level")),
        sa.UniqueConstraint("person_id", name=op.f("uq_star_level_person_id")),
    )
    op.create_table(
        "star_level_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("review_year", sa.Integer(), nullable=False),
        sa.Column("effective_year", sa.Integer(), nullable=False),
        sa.Column("previous_level", sa.Integer(), nullable=True),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("confirmed_by_id", sa.Integer(), nullable=True),
        sa.Column("confirmed_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "level BETWEEN 1 AND 5", name=op.f("ck_star_level_record_record_level_range")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_star_level_record_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["confirmed_by_id"],
            ["user_account.id"],
            name=op.f("fk_star_level_record_confirmed_by_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_star_level_record")),
        sa.UniqueConstraint(
            "person_id",
            "kind",
            "effective_year",
            name=op.f("uq_star_level_record_person_id_kind_effective_year"),
        ),
    )
    op.create_index(
        op.f("ix_star_level_record_person_id"), "star_level_record", ["person_id"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_star_level_record_person_id"), table_name="star_level_record")
    op.drop_table("star_level_record")
    op.drop_table("star_level")
