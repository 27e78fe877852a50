"""two levels of early warning: each warning records its level (warning or critical)

Revision ID: 0012_warning_levels
Revises: 0010_contractors
Create Date: 2026-12-06 03:30:00

Every rule now has a warning and a critical threshold. The warnings raised before this
version were raised at the only level there was, so they stay at level "warning"; an open
one is raised to critical by the next check whose records meet the critical threshold
(``raised_at`` says when).
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = "0012_warning_levels"
down_revision: Union[str, Sequence[str], None] = "0010_contractors"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column(
        "warning",
        sa.Column("level", sa.String(20), nullable=False, server_default="warning"),
    )
    op.add_column("warning", sa.Column("raised_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("warning") as batch:
        batch.drop_column("raised_at")
        batch.drop_column("level")
