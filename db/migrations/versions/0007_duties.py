"""separated administrator duties on accounts; indexes for the audit viewer

Revision ID: 0007_duties
Revises: 0006_accounts
Create Date: 2026-12-05 19:00:00

``user_account.duties`` holds the administrator duties an account holds (system,
security, audit: 三权分立), comma-separated; empty for business accounts. A plain ADD
COLUMN with a constant default, so existing accounts keep their roles and hold no duty:
an upgraded bureau's 督察队长 appoints its first system administrator once
(``console.core.duties.appoint_first_administrator``).

The audit viewer pages through millions of rows newest first, filtered by time, user,
table and record: each filter gets an index that ends in (or is ordered like) the id.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = "0007_duties"
down_revision: Union[str, Sequence[str], None] = "0006_accounts"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column(
        "user_account",
        sa.Column("duties", sa.String(length=40), nullable=False, server_default=""),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_username_id", "audit_log", ["username", "id"])
    op.create_index("ix_audit_log_table_row_id", "audit_log", ["table_name", "row_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_table_row_id", table_name="audit_log")
    op.drop_index("ix_audit_log_username_id", table_name="audit_log")
    op.drop_index("ix_audit_log_at", table_name="audit_log")
    # A plain DROP COLUMN (SQLite ≥ 3.35 and PostgreSQL): a batch rebuild would drop the
    # table, and with it, through ON DELETE CASCADE, every account's sign-in record.
    op.drop_column("user_account", "duties")
