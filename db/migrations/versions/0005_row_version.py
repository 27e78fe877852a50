"""row_version on the records two desktops may change (optimistic concurrency)

Revision ID: 0005_row_version
Revises: 0004_point_tally
Create Date: 2026-12-05 09:00:00

A plain ADD COLUMN with a constant default: SQLite and PostgreSQL both add it without
rebuilding the table, so point_event keeps its tally triggers and large bureaus upgrade
in moments.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = "0005_row_version"
down_revision: Union[str, Sequence[str], None] = "0004_point_tally"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

TABLES = (
    "user_account",
    "unit",
    "person",
    "rule_set",
    "rule",
    "point_event",
    "inspection",
    "finding",
    "complaint",
    "case_review",
    "risk_point",
    "pledge",
    "integrity_talk",
    "major_matter_report",
    "warning",
    "training_session",
    "exam",
    "certificate",
)


def upgrade() -> None:
    for table in TABLES:
        op.add_column(
            table, sa.Column("row_version", sa.Integer(), server_default="1", nullable=False)
        )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("row_version")
