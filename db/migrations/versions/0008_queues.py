"""one open warning per person and rule: last seen and months seen; duplicates merged

Revision ID: 0008_queues
Revises: 0007_duties
Create Date: 2026-12-06 01:50:00

The monthly run used to add a new warning each month for the same person and rule.
From now on it extends the open one; on upgrade, the open duplicates of each person and
rule are merged into the oldest (their evidence kept in it, and the months counted).
The merge is a data step run after the migrations (console/core/upgrade_anchors.py), through
the ORM so that the audit log records every change; a migration cannot use the models,
which later migrations change.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = "0008_queues"
down_revision: Union[str, Sequence[str], None] = "0007_duties"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column("warning", sa.Column("last_seen_at", sa.DateTime(), nullable=True))
    op.add_column(
        "warning", sa.Column("months_seen", sa.Integer(), nullable=False, server_default="1")
    )


def downgrade() -> None:
    with op.batch_alter_table("warning") as batch:
        batch.drop_column("months_seen")
        batch.drop_column("last_seen_at")
